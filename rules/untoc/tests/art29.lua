-- Test cases for UNTOC article 29 (rules/untoc/art29.lua).
return {
  {
    name = "training programmes on every subject, every form of cooperation",
    profile = {
      capacity = {
        training_programmes = { adopted = true, source = "Law Enforcement Training Act s. 2" },
        training_topics = { prevention_methods = { adopted = true, source = "Police Academy curriculum, module 1" }, routes_techniques = { adopted = true, source = "Police Academy curriculum, module 2" }, contraband = { adopted = true, source = "Customs School curriculum, module 3" }, proceeds_movements = { adopted = true, source = "Financial Investigation Course" }, evidence = { adopted = true, source = "Police Academy curriculum, module 4" }, free_zones = { adopted = true, source = "Customs School curriculum, module 5" }, modern_techniques = { adopted = true, source = "Special Techniques Course" }, technology_crime = { adopted = true, source = "Cybercrime Course" }, victims_witnesses = { adopted = true, source = "Witness Protection Course" } },
        staff_exchanges = { adopted = true, source = "Law Enforcement Training Act s. 9" },
        mutual_training_assistance = { adopted = true, source = "Ministry of Justice, cooperation programme 2020-2025" },
        conferences_seminars = { adopted = true, source = "Annual regional conference on organized crime" },
        cooperation_training = { adopted = true, source = "Central Authority training plan" },
        language_training = { adopted = true, source = "Central Authority training plan, s. 4" },
        central_authority_exchanges = { adopted = true, source = "Liaison magistrates programme" },
        operational_training_activities = { adopted = true, source = "Regional police cooperation convention, annual plan" },
      },
      law_enforcement = { cooperation_agreements = { adopted = true, source = "Regional police cooperation convention" } },
    },
    expect = {
      ["untoc:29.1#programmes"] = "met", ["untoc:29.1#secondments"] = "met", ["untoc:29.1#content"] = "met",
      ["untoc:29.2#assistance"] = "met", ["untoc:29.2#conferences"] = "met",
      ["untoc:29.3#promotion"] = "met", ["untoc:29.3#forms"] = { status = "met", option = "language+exchanges" },
      ["untoc:29.4"] = "met",
    },
  },
  {
    name = "no training programmes and no cooperation",
    profile = {
      capacity = {
        training_programmes = { adopted = false },
        staff_exchanges = { adopted = false },
        mutual_training_assistance = { adopted = false },
        conferences_seminars = { adopted = false },
        cooperation_training = { adopted = false },
        language_training = { adopted = false },
        central_authority_exchanges = { adopted = false },
      },
    },
    expect = {
      ["untoc:29.1#programmes"] = "not_met", ["untoc:29.1#secondments"] = "not_met", ["untoc:29.1#content"] = "not_met",
      ["untoc:29.2#assistance"] = "not_met", ["untoc:29.2#conferences"] = "not_met",
      ["untoc:29.3#promotion"] = "not_met", ["untoc:29.3#forms"] = "not_met",
    },
  },
  {
    name = "nothing known about training",
    profile = {},
    expect = {
      ["untoc:29.1#programmes"] = "unknown", ["untoc:29.1#secondments"] = "unknown", ["untoc:29.1#content"] = "unknown",
      ["untoc:29.2#assistance"] = "unknown", ["untoc:29.2#conferences"] = "unknown",
      ["untoc:29.3#promotion"] = "unknown", ["untoc:29.3#forms"] = "unknown", ["untoc:29.4"] = "unknown",
    },
  },
  {
    name = "free trade zones not taught, the other subjects not stated: 29(1) content unknown",
    profile = {
      capacity = {
        training_programmes = { adopted = true, source = "Law Enforcement Training Act s. 2" },
        training_topics = { free_zones = { adopted = false, note = "No free trade zone in the territory." } },
      },
    },
    expect = { ["untoc:29.1#content"] = "unknown" },
  },
  {
    name = "all subjects but free trade zones: partly met",
    profile = {
      capacity = {
        training_programmes = { adopted = true, source = "Law Enforcement Training Act s. 2" },
        training_topics = {
          prevention_methods = { adopted = true, source = "Police Academy curriculum, module 1" }, routes_techniques = { adopted = true, source = "Police Academy curriculum, module 2" },
          contraband = { adopted = true, source = "Customs School curriculum, module 3" }, proceeds_movements = { adopted = true, source = "Financial Investigation Course" },
          evidence = { adopted = true, source = "Police Academy curriculum, module 4" }, free_zones = { adopted = false },
          modern_techniques = { adopted = true, source = "Special Techniques Course" }, technology_crime = { adopted = true, source = "Cybercrime Course" },
          victims_witnesses = { adopted = true, source = "Witness Protection Course" },
        },
      },
    },
    expect = { ["untoc:29.1#content"] = "partly_met" },
  },
  {
    name = "undercover operations not taught because domestic law forbids them: met to the extent permitted",
    profile = {
      capacity = {
        training_programmes = { adopted = true, source = "Law Enforcement Training Act s. 2" },
        training_topics = {
          prevention_methods = { adopted = true, source = "Police Academy curriculum, module 1" }, routes_techniques = { adopted = true, source = "Police Academy curriculum, module 2" },
          contraband = { adopted = true, source = "Customs School curriculum, module 3" }, proceeds_movements = { adopted = true, source = "Financial Investigation Course" },
          evidence = { adopted = true, source = "Police Academy curriculum, module 4" }, free_zones = { adopted = true, source = "Customs School curriculum, module 5" },
          modern_techniques = { adopted = false, note = "Undercover operations are unlawful." },
          technology_crime = { adopted = true, source = "Cybercrime Course" }, victims_witnesses = { adopted = true, source = "Witness Protection Course" },
        },
      },
      principles = { { provisions = { "untoc:29.1.g" }, statement = "Agents of the State may not take part in an offence, even to detect it.", source = "Constitutional Court, decision 12/1998" } },
    },
    expect = { ["untoc:29.1#content"] = { status = "met", option = "domestic-law-limits" } },
  },
  {
    name = "programmes exist but deal with none of the subjects",
    profile = {
      capacity = {
        training_programmes = { adopted = true, source = "Law Enforcement Training Act s. 2" },
        training_topics = {
          prevention_methods = { adopted = false }, routes_techniques = { adopted = false }, contraband = { adopted = false },
          proceeds_movements = { adopted = false }, evidence = { adopted = false }, free_zones = { adopted = false },
          modern_techniques = { adopted = false }, technology_crime = { adopted = false }, victims_witnesses = { adopted = false },
        },
      },
    },
    expect = { ["untoc:29.1#content"] = "not_met" },
  },
  {
    name = "programmes not stated, but every subject taught: content met",
    profile = { capacity = { training_topics = { prevention_methods = { adopted = true, source = "Police Academy curriculum, module 1" }, routes_techniques = { adopted = true, source = "Police Academy curriculum, module 2" }, contraband = { adopted = true, source = "Customs School curriculum, module 3" }, proceeds_movements = { adopted = true, source = "Financial Investigation Course" }, evidence = { adopted = true, source = "Police Academy curriculum, module 4" }, free_zones = { adopted = true, source = "Customs School curriculum, module 5" }, modern_techniques = { adopted = true, source = "Special Techniques Course" }, technology_crime = { adopted = true, source = "Cybercrime Course" }, victims_witnesses = { adopted = true, source = "Witness Protection Course" } } } },
    expect = { ["untoc:29.1#content"] = "met", ["untoc:29.1#programmes"] = "unknown" },
  },
  {
    name = "language training only",
    profile = { capacity = { language_training = { adopted = true, source = "Central Authority training plan, s. 4" }, central_authority_exchanges = { adopted = false } } },
    expect = { ["untoc:29.3#forms"] = { status = "met", option = "language" } },
  },
  {
    name = "exchanges between central authorities only",
    profile = { capacity = { language_training = { adopted = false }, central_authority_exchanges = { adopted = true, source = "Liaison magistrates programme" } } },
    expect = { ["untoc:29.3#forms"] = { status = "met", option = "exchanges" } },
  },
  {
    name = "no agreements or arrangements: 29(4) does not apply",
    profile = { law_enforcement = { cooperation_agreements = { adopted = false, considered = true, note = "The State is party to no police cooperation agreement; one with a neighbour is under negotiation." } } },
    expect = { ["untoc:29.4"] = "not_applicable" },
  },
  {
    name = "agreements exist but efforts not strengthened: 29(4) not met",
    profile = { law_enforcement = { cooperation_agreements = { adopted = true, source = "Regional police cooperation convention" } }, capacity = { operational_training_activities = { adopted = false } } },
    expect = { ["untoc:29.4"] = "not_met" },
  },
  {
    name = "agreements exist, efforts not stated: 29(4) unknown",
    profile = { law_enforcement = { cooperation_agreements = { adopted = true, source = "Regional police cooperation convention" } } },
    expect = { ["untoc:29.4"] = "unknown" },
  },
}
