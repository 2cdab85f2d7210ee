-- Independent review of the Cybercrime Convention pack, arts 42 to 50 (session
-- 13, reviewer "latea"): fictional States' profiles, with the statuses expected
-- from the official French text alone (arts 42-50, the articles they refer to:
-- 25, 31(1), 35, 40(15), 40(21)-(22), 41; the definitions of art. 2 and the
-- interpretative notes), written BEFORE the pack was run and before its rules,
-- tests or docs/cybercrime.md were read.  Only `lexgap rules`, `lexgap
-- questionnaire`, docs/profile.md, rules/schema* and tests/base.lua were
-- consulted, for the fact model.  The Convention is not in force (art. 65(1)):
-- every case is assessed prospectively unless it says otherwise.  Kept as
-- regression tests; the tally and the disagreements are in docs/cybercrime.md
-- ("Independent review" at the end of "Chapters V to IX").
return {

  -- Complete and correct implementation.  Each obligation of arts 42-50 is met
  -- by a measure in force.  The words that decide:
  --   42(4) « l'État partie requis doit prendre toutes les mesures appropriées pour
  --   procéder rapidement à la préservation ... la double incrimination n'est pas
  --   requise comme condition préalable à la préservation » ;
  --   42(8) « pour une période minimum de 60 jours ... les données continuent à être
  --   préservées dans l'attente d'une décision » (90 days and until the decision);
  --   45(1), 46 « s'efforcent » (endeavour: assistance given meets it);
  --   47(2) « envisagent de conclure » (consider), « peuvent se baser sur la
  --   présente Convention » (optional, used), « utilisent pleinement » (mandatory);
  --   48 « envisagent de conclure », « des enquêtes conjointes peuvent être décidées
  --   au cas par cas » (optional, used);
  --   49(1)(c), 49(2)(c) « Envisage de prendre les mesures » (consider, adopted);
  --   50(1) « a) Transmet la demande ... ; ou b) Transmet ... la décision de
  --   confiscation » (either; both here);
  --   50(5) « Chaque État partie remet au Secrétaire général ... une copie de ses lois
  --   et règlements qui donnent effet au présent article » (sent 2026-03-15, no later
  --   change);
  --   50(6) « Si un État partie décide de subordonner ... à l'existence d'un traité, il
  --   considère la présente Convention comme une base conventionnelle nécessaire et
  --   suffisante » (treaty required, and the Convention is accepted);
  --   50(7) « peut aussi être refusée » (optional, used);
  --   50(8) « donne, si possible, ... la faculté de présenter ses arguments ».
  {
    name = "review-latea: complete and correct implementation of arts 42-50 (every obligation met)",
    prospective = true,
    profile = {
      evidence_cooperation = {
        preservation_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 40",
        },
        preservation_without_dual_criminality = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 40(3)",
        },
        preservation_refusal_grounds = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 41",
        },
        preservation_insufficiency_notice = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 42",
        },
        preservation_period = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 43",
          days = 90,
          until_decision = true,
        },
        traffic_disclosure_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 44",
        },
        traffic_disclosure_refusal_grounds = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 44(2)",
        },
        stored_data_access_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 45",
        },
        stored_data_expedited_response = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 45(4)",
        },
        realtime_traffic_assistance = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 46",
        },
        interception_assistance = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 47",
        },
      },
      law_enforcement = {
        communication_channels = { adopted = true, source = "Police Act, s. 12 (INTERPOL NCB, secure channels)" },
        joint_inquiries = { adopted = true, source = "Police Act, s. 13" },
        -- data = true added after the first run (f59a503): the source always
        -- said "items and data", which the model could not read until
        -- samples_provision.data existed; without it 47(1)(c) is now unknown.
        samples_provision = { adopted = true, data = true, source = "Police Act, s. 14 (items and data)" },
        cyber_methods_information_exchange = { adopted = true, source = "Police Act, s. 15" },
        coordination_personnel = { adopted = true, source = "Police Act, s. 16", liaison_officers = true },
        cyber_early_identification = { adopted = true, source = "Police Act, s. 17" },
        cooperation_agreements = {
          adopted = true,
          source = "Police cooperation agreements with three neighbours (2019, 2021)",
        },
        cybercrime_convention_as_basis = { adopted = true, source = "Police Act, s. 18" },
        international_organisations = { adopted = true, source = "Police Act, s. 19 (INTERPOL, regional police organisation)" },
      },
      investigation = {
        jit_agreements = { adopted = true, source = "Agreement on joint investigation teams (2020)" },
        jit_case_by_case = { adopted = true, source = "Code of Criminal Procedure, art. 695-2" },
      },
      confiscation_cooperation = {
        foreign_order_enforcement = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 60",
        },
        foreign_origin_confiscation = { adopted = true, source = "Penal Code, art. 131-21" },
        non_conviction_based = { adopted = true, source = "Code of Criminal Procedure, art. 706-150" },
        foreign_freezing_order = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 61",
        },
        freezing_seizure_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 62",
        },
        preservation_for_confiscation = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 63",
        },
        domestic_order_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 64",
        },
        identification_tracing_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 65",
        },
        treaty_basis = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 59",
          treaty_required = true,
        },
        refusal_insufficient_evidence_minimal_value = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 66",
        },
        hearing_before_lifting = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 67",
        },
        agreements = { adopted = true, source = "Asset-sharing agreements (2018, 2022)" },
      },
      notifications = {
        {
          provision = "cybercrime:50.5",
          date = "2026-03-15",
          content = "Copy of the International Cooperation in Criminal Matters Act 2026, ss. 59-67",
        },
      },
    },
    expect = {
      ["cybercrime:42.4#preserve"] = "met",
      ["cybercrime:42.4#no-dual-criminality"] = "met",
      ["cybercrime:42.6"] = "met",
      ["cybercrime:42.7"] = "met",
      ["cybercrime:42.8"] = "met",
      ["cybercrime:43.1"] = "met",
      ["cybercrime:43.2"] = "met",
      ["cybercrime:44.2"] = "met",
      ["cybercrime:44.3"] = "met",
      ["cybercrime:45.1"] = "met",
      ["cybercrime:46"] = "met",
      ["cybercrime:47.1.a"] = "met",
      ["cybercrime:47.1.b"] = "met",
      ["cybercrime:47.1.c"] = "met",
      ["cybercrime:47.1.d"] = "met",
      ["cybercrime:47.1.e"] = "met",
      ["cybercrime:47.1.f"] = "met",
      ["cybercrime:47.2#agreements"] = "met",
      ["cybercrime:47.2#convention-basis"] = "met",
      ["cybercrime:47.2#full-use"] = "met",
      ["cybercrime:48#agreements"] = "met",
      ["cybercrime:48#case-by-case"] = "met",
      ["cybercrime:49.1.a"] = "met",
      ["cybercrime:49.1.b"] = "met",
      ["cybercrime:49.1.c"] = "met",
      ["cybercrime:49.2.a"] = "met",
      ["cybercrime:49.2.b"] = "met",
      ["cybercrime:49.2.c"] = "met",
      ["cybercrime:50.1"] = "met",
      ["cybercrime:50.2"] = "met",
      ["cybercrime:50.5"] = "met",
      ["cybercrime:50.6"] = "met",
      ["cybercrime:50.7"] = "met",
      ["cybercrime:50.8"] = "met",
      ["cybercrime:50.10"] = "met",
    },
  },

  -- The same State, ratified on 2026-03-01, assessed as it stands (not
  -- prospectively).  Art. 65(1): « La présente Convention entre en vigueur le
  -- quatre-vingt-dixième jour suivant la date de dépôt du quarantième instrument » ;
  -- the fortieth instrument has not been deposited (instrument.lua has no in_force),
  -- so nothing binds the State yet, whatever its law says.
  {
    name = "review-latea: ratified, Convention not in force, not assessed prospectively: not applicable",
    profile = {
      evidence_cooperation = {
        preservation_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 40",
        },
        preservation_without_dual_criminality = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 40(3)",
        },
        preservation_refusal_grounds = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 41",
        },
        preservation_insufficiency_notice = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 42",
        },
        preservation_period = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 43",
          days = 90,
          until_decision = true,
        },
        traffic_disclosure_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 44",
        },
        traffic_disclosure_refusal_grounds = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 44(2)",
        },
        stored_data_access_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 45",
        },
        stored_data_expedited_response = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 45(4)",
        },
        realtime_traffic_assistance = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 46",
        },
        interception_assistance = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 47",
        },
      },
      law_enforcement = {
        communication_channels = { adopted = true, source = "Police Act, s. 12 (INTERPOL NCB, secure channels)" },
        joint_inquiries = { adopted = true, source = "Police Act, s. 13" },
        -- data = true added after the first run (f59a503): the source always
        -- said "items and data", which the model could not read until
        -- samples_provision.data existed; without it 47(1)(c) is now unknown.
        samples_provision = { adopted = true, data = true, source = "Police Act, s. 14 (items and data)" },
        cyber_methods_information_exchange = { adopted = true, source = "Police Act, s. 15" },
        coordination_personnel = { adopted = true, source = "Police Act, s. 16", liaison_officers = true },
        cyber_early_identification = { adopted = true, source = "Police Act, s. 17" },
        cooperation_agreements = {
          adopted = true,
          source = "Police cooperation agreements with three neighbours (2019, 2021)",
        },
        cybercrime_convention_as_basis = { adopted = true, source = "Police Act, s. 18" },
        international_organisations = { adopted = true, source = "Police Act, s. 19 (INTERPOL, regional police organisation)" },
      },
      investigation = {
        jit_agreements = { adopted = true, source = "Agreement on joint investigation teams (2020)" },
        jit_case_by_case = { adopted = true, source = "Code of Criminal Procedure, art. 695-2" },
      },
      confiscation_cooperation = {
        foreign_order_enforcement = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 60",
        },
        foreign_origin_confiscation = { adopted = true, source = "Penal Code, art. 131-21" },
        non_conviction_based = { adopted = true, source = "Code of Criminal Procedure, art. 706-150" },
        foreign_freezing_order = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 61",
        },
        freezing_seizure_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 62",
        },
        preservation_for_confiscation = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 63",
        },
        domestic_order_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 64",
        },
        identification_tracing_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 65",
        },
        treaty_basis = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 59",
          treaty_required = true,
        },
        refusal_insufficient_evidence_minimal_value = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 66",
        },
        hearing_before_lifting = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 67",
        },
        agreements = { adopted = true, source = "Asset-sharing agreements (2018, 2022)" },
      },
      notifications = {
        {
          provision = "cybercrime:50.5",
          date = "2026-03-15",
          content = "Copy of the International Cooperation in Criminal Matters Act 2026, ss. 59-67",
        },
      },
      parties = { cybercrime = { signed = "2025-10-25", deposited = "2026-03-01", means = "ratification" } },
    },
    expect = {
      ["cybercrime:42.4#preserve"] = "not_applicable",
      ["cybercrime:45.1"] = "not_applicable",
      ["cybercrime:47.2#convention-basis"] = "not_applicable",
      ["cybercrime:50.5"] = "not_applicable",
    },
  },

  -- Nothing stated: the base profile alone (a signatory).  DOMAIN §3: « unknown:
  -- the profile does not hold the facts needed ... Never guess. »  Every
  -- obligation of arts 42-50 reads a fact the profile leaves out (50(5): no
  -- `notifications` key, so the State's notifications are unknown; 50(6): whether
  -- the State requires a treaty is unknown).
  {
    name = "review-latea: nothing stated: every obligation of arts 42-50 unknown",
    prospective = true,
    profile = {},
    expect = {
      ["cybercrime:42.4#preserve"] = "unknown",
      ["cybercrime:42.4#no-dual-criminality"] = "unknown",
      ["cybercrime:42.6"] = "unknown",
      ["cybercrime:42.7"] = "unknown",
      ["cybercrime:42.8"] = "unknown",
      ["cybercrime:43.1"] = "unknown",
      ["cybercrime:43.2"] = "unknown",
      ["cybercrime:44.2"] = "unknown",
      ["cybercrime:44.3"] = "unknown",
      ["cybercrime:45.1"] = "unknown",
      ["cybercrime:46"] = "unknown",
      ["cybercrime:47.1.a"] = "unknown",
      ["cybercrime:47.1.b"] = "unknown",
      ["cybercrime:47.1.c"] = "unknown",
      ["cybercrime:47.1.e"] = "unknown",
      ["cybercrime:47.2#agreements"] = "unknown",
      ["cybercrime:47.2#convention-basis"] = "unknown",
      ["cybercrime:47.2#full-use"] = "unknown",
      ["cybercrime:48#agreements"] = "unknown",
      ["cybercrime:48#case-by-case"] = "unknown",
      ["cybercrime:49.1.a"] = "unknown",
      ["cybercrime:49.1.b"] = "unknown",
      ["cybercrime:49.1.c"] = "unknown",
      ["cybercrime:49.2.a"] = "unknown",
      ["cybercrime:49.2.b"] = "unknown",
      ["cybercrime:49.2.c"] = "unknown",
      ["cybercrime:50.1"] = "unknown",
      ["cybercrime:50.2"] = "unknown",
      ["cybercrime:50.5"] = "unknown",
      ["cybercrime:50.6"] = "unknown",
      ["cybercrime:50.7"] = "unknown",
      ["cybercrime:50.8"] = "unknown",
      ["cybercrime:50.10"] = "unknown",
    },
  },

  -- Every measure stated absent, nothing considered.  Each level says what its
  -- absence means (DOMAIN §2): a mandatory duty (« prend les mesures », « transmet »,
  -- « prend des mesures pour identifier », « il en informe rapidement »,
  -- « coopèrent étroitement ... prennent ... des mesures efficaces ») is not met, a
  -- gap; a duty to consider (47(2), 48, 49(1)(c), 49(2)(c), 50(10) « envisage(nt) »)
  -- without any consideration is not met (a weak gap); an endeavour (45(1), 46
  -- « s'efforcent ») without effort is not met (not a breach); an option (47(2)
  -- « peuvent se baser », 48 « peuvent être décidées au cas par cas », 50(7) « peut
  -- aussi être refusée ») not used is not met, for information.  50(6): the State
  -- makes cooperation conditional on a treaty (treaty_required) and does not
  -- accept the Convention as that treaty: not met.  50(5) is left out of this case:
  -- with no law giving effect to art. 50 there is nothing to copy.
  {
    name = "review-latea: every measure stated absent, nothing considered",
    prospective = true,
    profile = {
      evidence_cooperation = {
        preservation_on_request = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
        },
        preservation_without_dual_criminality = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
        },
        preservation_refusal_grounds = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
        },
        preservation_insufficiency_notice = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
        },
        preservation_period = { adopted = false, source = "no provision" },
        traffic_disclosure_on_request = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
        },
        traffic_disclosure_refusal_grounds = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
        },
        stored_data_access_on_request = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
        },
        stored_data_expedited_response = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
        },
        realtime_traffic_assistance = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
        },
        interception_assistance = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
        },
      },
      law_enforcement = {
        communication_channels = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
        },
        joint_inquiries = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
        },
        samples_provision = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
        },
        cyber_methods_information_exchange = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
        },
        coordination_personnel = { adopted = false, source = "no provision" },
        cyber_early_identification = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
        },
        cooperation_agreements = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
        },
        cybercrime_convention_as_basis = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
        },
        international_organisations = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
        },
      },
      investigation = {
        jit_agreements = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
        },
        jit_case_by_case = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
        },
      },
      confiscation_cooperation = {
        foreign_order_enforcement = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
        },
        foreign_origin_confiscation = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
        },
        non_conviction_based = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
        },
        foreign_freezing_order = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
        },
        freezing_seizure_on_request = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
        },
        preservation_for_confiscation = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
        },
        domestic_order_on_request = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
        },
        identification_tracing_on_request = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
        },
        treaty_basis = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
          treaty_required = true,
        },
        refusal_insufficient_evidence_minimal_value = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
        },
        hearing_before_lifting = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
        },
        agreements = {
          adopted = false,
          source = "no provision (checked: International Cooperation in Criminal Matters Act 2026 and Police Act)",
        },
      },
      notifications = {},
    },
    expect = {
      ["cybercrime:42.4#preserve"] = "not_met",
      ["cybercrime:42.4#no-dual-criminality"] = "not_met",
      ["cybercrime:42.6"] = "not_met",
      ["cybercrime:42.7"] = "not_met",
      ["cybercrime:42.8"] = "not_met",
      ["cybercrime:43.1"] = "not_met",
      ["cybercrime:43.2"] = "not_met",
      ["cybercrime:44.2"] = "not_met",
      ["cybercrime:44.3"] = "not_met",
      ["cybercrime:45.1"] = "not_met",
      ["cybercrime:46"] = "not_met",
      ["cybercrime:47.1.a"] = "not_met",
      ["cybercrime:47.1.b"] = "not_met",
      ["cybercrime:47.1.c"] = "not_met",
      ["cybercrime:47.1.d"] = "not_met",
      ["cybercrime:47.1.e"] = "not_met",
      ["cybercrime:47.1.f"] = "not_met",
      ["cybercrime:47.2#agreements"] = "not_met",
      ["cybercrime:47.2#convention-basis"] = "not_met",
      ["cybercrime:47.2#full-use"] = "not_met",
      ["cybercrime:48#agreements"] = "not_met",
      ["cybercrime:48#case-by-case"] = "not_met",
      ["cybercrime:49.1.a"] = "not_met",
      ["cybercrime:49.1.b"] = "not_met",
      ["cybercrime:49.1.c"] = "not_met",
      ["cybercrime:49.2.a"] = "not_met",
      ["cybercrime:49.2.b"] = "not_met",
      ["cybercrime:49.2.c"] = "not_met",
      ["cybercrime:50.1"] = "not_met",
      ["cybercrime:50.2"] = "not_met",
      ["cybercrime:50.6"] = "not_met",
      ["cybercrime:50.7"] = "not_met",
      ["cybercrime:50.8"] = "not_met",
      ["cybercrime:50.10"] = "not_met",
    },
  },

  -- Considered, not adopted.  « Envisage(nt) » (47(2) first sentence, 48 first
  -- sentence, 49(1)(c), 49(2)(c), 50(10)) asks only that the State consider the
  -- measure; « s'efforcent » (45(1), 46) that it make efforts: a State that
  -- considered and declined meets both (docs/profile.md §6).  Considering changes
  -- nothing for an option (« peuvent se baser », « peuvent être décidées au cas par
  -- cas », « peut aussi être refusée »: not used, not met for information) nor for
  -- a mandatory duty (47(2) « utilisent pleinement », 50(8) « donne, si possible,
  -- ... la faculté de présenter ses arguments »: not met).
  {
    name = "review-latea: considered, not adopted: the consider and endeavour duties met, options and duties not",
    prospective = true,
    profile = {
      evidence_cooperation = {
        realtime_traffic_assistance = {
          adopted = false,
          source = "no provision",
          considered = true,
          note = "Considered in the 2025 review of the MLA Act; left to treaties",
        },
        interception_assistance = { adopted = false, source = "no provision", considered = true },
      },
      law_enforcement = {
        cooperation_agreements = { adopted = false, source = "none concluded", considered = true },
        cybercrime_convention_as_basis = { adopted = false, source = "Police Act, s. 18 (treaty basis only)", considered = true },
        international_organisations = { adopted = false, source = "no provision", considered = true },
      },
      investigation = {
        jit_agreements = { adopted = false, source = "none concluded", considered = true },
        jit_case_by_case = { adopted = false, source = "no provision", considered = true },
      },
      confiscation_cooperation = {
        non_conviction_based = {
          adopted = false,
          source = "White Paper on asset recovery (2024), ch. 3",
          considered = true,
        },
        preservation_for_confiscation = {
          adopted = false,
          source = "White Paper on asset recovery (2024), ch. 4",
          considered = true,
        },
        agreements = { adopted = false, source = "none concluded", considered = true },
        refusal_insufficient_evidence_minimal_value = { adopted = false, source = "no provision", considered = true },
        hearing_before_lifting = { adopted = false, source = "no provision", considered = true },
      },
    },
    expect = {
      ["cybercrime:45.1"] = "met",
      ["cybercrime:46"] = "met",
      ["cybercrime:47.2#agreements"] = "met",
      ["cybercrime:48#agreements"] = "met",
      ["cybercrime:49.1.c"] = "met",
      ["cybercrime:49.2.c"] = "met",
      ["cybercrime:50.10"] = "met",
      ["cybercrime:47.2#convention-basis"] = "not_met",
      ["cybercrime:48#case-by-case"] = "not_met",
      ["cybercrime:50.7"] = "not_met",
      ["cybercrime:47.2#full-use"] = "not_met",
      ["cybercrime:50.8"] = "not_met",
    },
  },

  -- Partial implementation: narrower measures.
  --   42(6) « une demande de préservation ne peut être rejetée que pour les motifs
  --   énoncés aux alinéas b) et c) du paragraphe 21 et au paragraphe 22 de l'article
  --   40 »: one more ground (40(21)(a)) makes it partly met.
  --   42(7) « il en informe rapidement l'État partie requérant »: absent, not met.
  --   43(2) « ne peut être refusée que pour les motifs ... »: refusal for lack of dual
  --   criminality allowed, not met.
  --   44(2) « perquisitionner ..., de les saisir ... et de les divulguer »: no
  --   disclosure, partly met; 44(3) « Il doit être répondu ... aussi rapidement que
  --   possible dans les cas suivants : a) ... ; ou b) ... »: one case only, partly met.
  --   45(1)-(2) « au moins à l'égard des infractions pénales pour lesquelles la
  --   collecte en temps réel ... serait possible dans une affaire analogue » and 46
  --   (endeavour): partly.
  --   47(1)(b) « i) ... ii) Le mouvement du produit du crime ... iii) Le mouvement des
  --   biens, des matériels ou d'autres instruments »: only (i), partly met.
  --   47(1)(c) « les pièces ou données nécessaires à des fins d'analyse ou
  --   d'enquête »: items only, partly met.
  --   49(1)(c) « Envisage de prendre les mesures nécessaires » (consider): adopted
  --   in part and considered, met.
  {
    name = "review-latea: partial implementation (an extra refusal ground, no disclosure, inquiries on suspects only)",
    prospective = true,
    profile = {
      evidence_cooperation = {
        preservation_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 40",
        },
        preservation_refusal_grounds = {
          adopted = "partly",
          source = "International Cooperation in Criminal Matters Act 2026, s. 41",
          missing = { "s. 41(1)(e) also lets preservation be refused where the request does not conform to the Act (art. 40(21)(a)), a ground art. 42(6) does not list" },
        },
        preservation_insufficiency_notice = { adopted = false, source = "no provision" },
        traffic_disclosure_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 44",
        },
        traffic_disclosure_refusal_grounds = {
          adopted = false,
          source = "International Cooperation in Criminal Matters Act 2026, s. 44(3): disclosure may be refused for lack of dual criminality",
        },
        stored_data_access_on_request = {
          adopted = "partly",
          source = "International Cooperation in Criminal Matters Act 2026, s. 45",
          missing = { "data may be searched and seized but not disclosed before a court decision on the merits" },
        },
        stored_data_expedited_response = {
          adopted = "partly",
          source = "International Cooperation in Criminal Matters Act 2026, s. 45(4)",
          missing = { "no expedited response where the applicable instruments provide for expedited cooperation (art. 44(3)(b))" },
        },
        realtime_traffic_assistance = {
          adopted = "partly",
          source = "International Cooperation in Criminal Matters Act 2026, s. 46",
          missing = { "only for terrorism offences, not for every offence for which real-time collection is available domestically" },
        },
        interception_assistance = {
          adopted = "partly",
          source = "International Cooperation in Criminal Matters Act 2026, s. 47",
          missing = { "only under bilateral treaties with two States" },
        },
      },
      law_enforcement = {
        joint_inquiries = {
          adopted = "partly",
          source = "Police Act, s. 13",
          missing = { "movement of proceeds (art. 47(1)(b)(ii))", "movement of instrumentalities (art. 47(1)(b)(iii))" },
        },
        samples_provision = {
          adopted = "partly",
          source = "Police Act, s. 14",
          missing = { "electronic data (« pièces ou données »): only physical items" },
        },
      },
      confiscation_cooperation = {
        non_conviction_based = {
          adopted = "partly",
          source = "Code of Criminal Procedure, art. 706-150",
          considered = true,
          missing = { "flight and absence: only death of the offender" },
        },
      },
    },
    expect = {
      ["cybercrime:42.4#preserve"] = "met",
      ["cybercrime:42.6"] = "partly_met",
      ["cybercrime:42.7"] = "not_met",
      ["cybercrime:43.1"] = "met",
      ["cybercrime:43.2"] = "not_met",
      ["cybercrime:44.2"] = "partly_met",
      ["cybercrime:44.3"] = "partly_met",
      ["cybercrime:45.1"] = "partly_met",
      ["cybercrime:46"] = "partly_met",
      ["cybercrime:47.1.b"] = "partly_met",
      ["cybercrime:47.1.c"] = "partly_met",
      ["cybercrime:49.1.c"] = "met",
    },
  },

  -- Art. 42(8): « Toute préservation effectuée en réponse à une demande ... l'est
  -- pour une période minimum de 60 jours ... Après la réception d'une telle demande,
  -- les données continuent à être préservées dans l'attente d'une décision
  -- concernant la demande. »  Two elements: at least 60 days, and until the decision.
  -- 60 days exactly meets the minimum; kept until the decision: met.
  {
    name = "review-latea: 42(8) preserved for exactly 60 days and until the decision: met",
    prospective = true,
    profile = {
      evidence_cooperation = {
        preservation_period = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 43",
          days = 60,
          until_decision = true,
        },
      },
    },
    expect = { ["cybercrime:42.8"] = "met" },
  },

  -- Art. 42(8): « Toute préservation effectuée en réponse à une demande ... l'est
  -- pour une période minimum de 60 jours ... Après la réception d'une telle demande,
  -- les données continuent à être préservées dans l'attente d'une décision
  -- concernant la demande. »  Two elements: at least 60 days, and until the decision.
  -- 59 days falls one day short of the minimum: partly met (the second element is there).
  {
    name = "review-latea: 42(8) preserved for 59 days: partly met",
    prospective = true,
    profile = {
      evidence_cooperation = {
        preservation_period = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 43",
          days = 59,
          until_decision = true,
        },
      },
    },
    expect = { ["cybercrime:42.8"] = "partly_met" },
  },

  -- Art. 42(8): « Toute préservation effectuée en réponse à une demande ... l'est
  -- pour une période minimum de 60 jours ... Après la réception d'une telle demande,
  -- les données continuent à être préservées dans l'attente d'une décision
  -- concernant la demande. »  Two elements: at least 60 days, and until the decision.
  -- 90 days, but the data are released at the end of the period even if a request
  -- for disclosure is pending: partly met.
  {
    name = "review-latea: 42(8) 90 days but not kept until the decision: partly met",
    prospective = true,
    profile = {
      evidence_cooperation = {
        preservation_period = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 43",
          days = 90,
          until_decision = false,
        },
      },
    },
    expect = { ["cybercrime:42.8"] = "partly_met" },
  },

  -- Art. 42(8): « Toute préservation effectuée en réponse à une demande ... l'est
  -- pour une période minimum de 60 jours ... Après la réception d'une telle demande,
  -- les données continuent à être préservées dans l'attente d'une décision
  -- concernant la demande. »  Two elements: at least 60 days, and until the decision.
  -- The period is not stated: whether it reaches 60 days is unknown (never guess).
  {
    name = "review-latea: 42(8) preservation provided for, its period not stated: unknown",
    prospective = true,
    profile = {
      evidence_cooperation = {
        preservation_period = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 43",
          until_decision = true,
        },
      },
    },
    expect = { ["cybercrime:42.8"] = "unknown" },
  },

  -- Art. 42(8): « Toute préservation effectuée en réponse à une demande ... l'est
  -- pour une période minimum de 60 jours ... Après la réception d'une telle demande,
  -- les données continuent à être préservées dans l'attente d'une décision
  -- concernant la demande. »  Two elements: at least 60 days, and until the decision.
  -- 30 days, released at the end: preservation exists, both elements fall short: partly met.
  {
    name = "review-latea: 42(8) 30 days and released at the end: partly met",
    prospective = true,
    profile = {
      evidence_cooperation = {
        preservation_period = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 43",
          days = 30,
          until_decision = false,
        },
      },
    },
    expect = { ["cybercrime:42.8"] = "partly_met" },
  },

  -- Art. 42(4): « la double incrimination n'est pas requise comme condition
  -- préalable à la préservation ».  Art. 42(5): « Un État partie qui exige la double
  -- incrimination comme condition pour répondre à une demande d'entraide judiciaire
  -- aux fins de la perquisition ... peut, pour des infractions autres que celles
  -- établies conformément à la présente Convention, se réserver le droit de rejeter
  -- la demande de préservation ... dans le cas où il a des raisons de penser que,
  -- au moment de la divulgation, la condition de double incrimination ne pourrait
  -- pas être remplie. »  The reservation is open only to a State that requires dual
  -- criminality for search and seizure assistance, and only for offences other than
  -- the Convention's.
  -- The State refuses only what the reservation allows, and the reservation is in
  -- force: 42(4) (as reserved) met; the duty to preserve and 42(6) untouched.
  -- Added as a fact: without the reservation the refusal is partly met.
  {
    name = "review-latea: 42(5) reservation within its limits: 42(4) dual criminality met",
    prospective = true,
    profile = {
      evidence_cooperation = {
        preservation_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 40",
        },
        preservation_refusal_grounds = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 41",
        },
        preservation_without_dual_criminality = {
          adopted = "partly",
          source = "International Cooperation in Criminal Matters Act 2026, s. 40(3)",
          search_assistance_requires_dual_criminality = true,
          refused_for_convention_offences = false,
          missing = { "preservation refused for offences other than the Convention's where dual criminality could not be met at disclosure" },
        },
      },
    },
    adding = {
      reservations = {
        {
          instrument = "cybercrime",
          kind = "reservation",
          provisions = { "cybercrime:42.5" },
          from = "2026-03-01",
          text = "Testland reserves the right to refuse preservation under art. 42(5)",
          source = "Instrument of ratification, reservation 1",
        },
      },
    },
    expect = {
      ["cybercrime:42.4#no-dual-criminality"] = "met",
      ["cybercrime:42.4#preserve"] = "met",
      ["cybercrime:42.6"] = "met",
    },
  },

  -- Art. 42(4): « la double incrimination n'est pas requise comme condition
  -- préalable à la préservation ».  Art. 42(5): « Un État partie qui exige la double
  -- incrimination comme condition pour répondre à une demande d'entraide judiciaire
  -- aux fins de la perquisition ... peut, pour des infractions autres que celles
  -- établies conformément à la présente Convention, se réserver le droit de rejeter
  -- la demande de préservation ... dans le cas où il a des raisons de penser que,
  -- au moment de la divulgation, la condition de double incrimination ne pourrait
  -- pas être remplie. »  The reservation is open only to a State that requires dual
  -- criminality for search and seizure assistance, and only for offences other than
  -- the Convention's.
  -- The State requires dual criminality for every preservation, the Convention's
  -- offences included: the reservation cannot reach them, and for them the duty
  -- is not met at all.
  {
    name = "review-latea: 42(5) reservation but dual criminality required for the Convention's offences too: not met",
    prospective = true,
    profile = {
      evidence_cooperation = {
        preservation_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 40",
        },
        preservation_refusal_grounds = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 41",
        },
        preservation_without_dual_criminality = {
          adopted = false,
          source = "International Cooperation in Criminal Matters Act 2026, s. 40(3)",
          search_assistance_requires_dual_criminality = true,
          refused_for_convention_offences = true,
        },
      },
      reservations = {
        {
          instrument = "cybercrime",
          kind = "reservation",
          provisions = { "cybercrime:42.5" },
          from = "2026-03-01",
          text = "Testland reserves the right to refuse preservation under art. 42(5)",
          source = "Instrument of ratification, reservation 1",
        },
      },
    },
    expect = { ["cybercrime:42.4#no-dual-criminality"] = "not_met" },
  },

  -- Art. 42(4): « la double incrimination n'est pas requise comme condition
  -- préalable à la préservation ».  Art. 42(5): « Un État partie qui exige la double
  -- incrimination comme condition pour répondre à une demande d'entraide judiciaire
  -- aux fins de la perquisition ... peut, pour des infractions autres que celles
  -- établies conformément à la présente Convention, se réserver le droit de rejeter
  -- la demande de préservation ... dans le cas où il a des raisons de penser que,
  -- au moment de la divulgation, la condition de double incrimination ne pourrait
  -- pas être remplie. »  The reservation is open only to a State that requires dual
  -- criminality for search and seizure assistance, and only for offences other than
  -- the Convention's.
  -- The State does not require dual criminality for search and seizure assistance:
  -- the reservation of 42(5) is not open to it, so its refusal stays a shortfall.
  {
    name = "review-latea: 42(5) reservation by a State that does not require dual criminality for search: partly met",
    prospective = true,
    profile = {
      evidence_cooperation = {
        preservation_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 40",
        },
        preservation_refusal_grounds = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 41",
        },
        preservation_without_dual_criminality = {
          adopted = "partly",
          source = "International Cooperation in Criminal Matters Act 2026, s. 40(3)",
          search_assistance_requires_dual_criminality = false,
          refused_for_convention_offences = false,
          missing = { "preservation refused for offences other than the Convention's where dual criminality could not be met at disclosure" },
        },
      },
      reservations = {
        {
          instrument = "cybercrime",
          kind = "reservation",
          provisions = { "cybercrime:42.5" },
          from = "2026-03-01",
          text = "Testland reserves the right to refuse preservation under art. 42(5)",
          source = "Instrument of ratification, reservation 1",
        },
      },
    },
    expect = { ["cybercrime:42.4#no-dual-criminality"] = "partly_met" },
  },

  -- Art. 42(4): « la double incrimination n'est pas requise comme condition
  -- préalable à la préservation ».  Art. 42(5): « Un État partie qui exige la double
  -- incrimination comme condition pour répondre à une demande d'entraide judiciaire
  -- aux fins de la perquisition ... peut, pour des infractions autres que celles
  -- établies conformément à la présente Convention, se réserver le droit de rejeter
  -- la demande de préservation ... dans le cas où il a des raisons de penser que,
  -- au moment de la divulgation, la condition de double incrimination ne pourrait
  -- pas être remplie. »  The reservation is open only to a State that requires dual
  -- criminality for search and seizure assistance, and only for offences other than
  -- the Convention's.
  -- Whether the State requires dual criminality for search assistance is not
  -- stated: whether its reservation is open to it is unknown.
  {
    name = "review-latea: 42(5) reservation, the condition on search assistance not stated: unknown",
    prospective = true,
    profile = {
      evidence_cooperation = {
        preservation_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 40",
        },
        preservation_refusal_grounds = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 41",
        },
        preservation_without_dual_criminality = {
          adopted = "partly",
          source = "International Cooperation in Criminal Matters Act 2026, s. 40(3)",
          refused_for_convention_offences = false,
          missing = { "preservation refused for offences other than the Convention's where dual criminality could not be met at disclosure" },
        },
      },
      reservations = {
        {
          instrument = "cybercrime",
          kind = "reservation",
          provisions = { "cybercrime:42.5" },
          from = "2026-03-01",
          text = "Testland reserves the right to refuse preservation under art. 42(5)",
          source = "Instrument of ratification, reservation 1",
        },
      },
    },
    expect = { ["cybercrime:42.4#no-dual-criminality"] = "unknown" },
  },

  -- Art. 42(4): « la double incrimination n'est pas requise comme condition
  -- préalable à la préservation ».  Art. 42(5): « Un État partie qui exige la double
  -- incrimination comme condition pour répondre à une demande d'entraide judiciaire
  -- aux fins de la perquisition ... peut, pour des infractions autres que celles
  -- établies conformément à la présente Convention, se réserver le droit de rejeter
  -- la demande de préservation ... dans le cas où il a des raisons de penser que,
  -- au moment de la divulgation, la condition de double incrimination ne pourrait
  -- pas être remplie. »  The reservation is open only to a State that requires dual
  -- criminality for search and seizure assistance, and only for offences other than
  -- the Convention's.
  -- A declaration is not a reservation: it switches nothing off (docs/profile.md
  -- 10.2), so the refusal is a shortfall.
  {
    name = "review-latea: 42(5) declared, not reserved: partly met",
    prospective = true,
    profile = {
      evidence_cooperation = {
        preservation_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 40",
        },
        preservation_refusal_grounds = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 41",
        },
        preservation_without_dual_criminality = {
          adopted = "partly",
          source = "International Cooperation in Criminal Matters Act 2026, s. 40(3)",
          search_assistance_requires_dual_criminality = true,
          refused_for_convention_offences = false,
          missing = { "preservation refused for offences other than the Convention's where dual criminality could not be met at disclosure" },
        },
      },
      reservations = {
        {
          instrument = "cybercrime",
          kind = "declaration",
          provisions = { "cybercrime:42.5" },
          from = "2026-03-01",
          text = "Testland reserves the right to refuse preservation under art. 42(5)",
          source = "Instrument of ratification, reservation 1",
        },
      },
    },
    expect = { ["cybercrime:42.4#no-dual-criminality"] = "partly_met" },
  },

  -- Art. 42(4): « la double incrimination n'est pas requise comme condition
  -- préalable à la préservation ».  Art. 42(5): « Un État partie qui exige la double
  -- incrimination comme condition pour répondre à une demande d'entraide judiciaire
  -- aux fins de la perquisition ... peut, pour des infractions autres que celles
  -- établies conformément à la présente Convention, se réserver le droit de rejeter
  -- la demande de préservation ... dans le cas où il a des raisons de penser que,
  -- au moment de la divulgation, la condition de double incrimination ne pourrait
  -- pas être remplie. »  The reservation is open only to a State that requires dual
  -- criminality for search and seizure assistance, and only for offences other than
  -- the Convention's.
  -- Reservation withdrawn on 2026-06-01, assessed that day: no longer in force.
  {
    name = "review-latea: 42(5) reservation withdrawn on the as-of date: partly met",
    prospective = true,
    as_of = "2026-06-01",
    profile = {
      evidence_cooperation = {
        preservation_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 40",
        },
        preservation_refusal_grounds = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 41",
        },
        preservation_without_dual_criminality = {
          adopted = "partly",
          source = "International Cooperation in Criminal Matters Act 2026, s. 40(3)",
          search_assistance_requires_dual_criminality = true,
          refused_for_convention_offences = false,
          missing = { "preservation refused for offences other than the Convention's where dual criminality could not be met at disclosure" },
        },
      },
      reservations = {
        {
          instrument = "cybercrime",
          kind = "reservation",
          provisions = { "cybercrime:42.5" },
          from = "2026-03-01",
          text = "Testland reserves the right to refuse preservation under art. 42(5)",
          source = "Instrument of ratification, reservation 1",
          withdrawn = "2026-06-01",
        },
      },
    },
    expect = { ["cybercrime:42.4#no-dual-criminality"] = "partly_met" },
  },

  -- Art. 42(4): « la double incrimination n'est pas requise comme condition
  -- préalable à la préservation ».  Art. 42(5): « Un État partie qui exige la double
  -- incrimination comme condition pour répondre à une demande d'entraide judiciaire
  -- aux fins de la perquisition ... peut, pour des infractions autres que celles
  -- établies conformément à la présente Convention, se réserver le droit de rejeter
  -- la demande de préservation ... dans le cas où il a des raisons de penser que,
  -- au moment de la divulgation, la condition de double incrimination ne pourrait
  -- pas être remplie. »  The reservation is open only to a State that requires dual
  -- criminality for search and seizure assistance, and only for offences other than
  -- the Convention's.
  -- The same reservation withdrawn on 2026-06-01, assessed the day before: in force.
  {
    name = "review-latea: 42(5) reservation withdrawn the day after the as-of date: met",
    prospective = true,
    as_of = "2026-05-31",
    profile = {
      evidence_cooperation = {
        preservation_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 40",
        },
        preservation_refusal_grounds = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 41",
        },
        preservation_without_dual_criminality = {
          adopted = "partly",
          source = "International Cooperation in Criminal Matters Act 2026, s. 40(3)",
          search_assistance_requires_dual_criminality = true,
          refused_for_convention_offences = false,
          missing = { "preservation refused for offences other than the Convention's where dual criminality could not be met at disclosure" },
        },
      },
      reservations = {
        {
          instrument = "cybercrime",
          kind = "reservation",
          provisions = { "cybercrime:42.5" },
          from = "2026-03-01",
          text = "Testland reserves the right to refuse preservation under art. 42(5)",
          source = "Instrument of ratification, reservation 1",
          withdrawn = "2026-06-01",
        },
      },
    },
    expect = { ["cybercrime:42.4#no-dual-criminality"] = "met" },
  },

  -- Art. 42(4): « la double incrimination n'est pas requise comme condition
  -- préalable à la préservation ».  Art. 42(5): « Un État partie qui exige la double
  -- incrimination comme condition pour répondre à une demande d'entraide judiciaire
  -- aux fins de la perquisition ... peut, pour des infractions autres que celles
  -- établies conformément à la présente Convention, se réserver le droit de rejeter
  -- la demande de préservation ... dans le cas où il a des raisons de penser que,
  -- au moment de la divulgation, la condition de double incrimination ne pourrait
  -- pas être remplie. »  The reservation is open only to a State that requires dual
  -- criminality for search and seizure assistance, and only for offences other than
  -- the Convention's.
  -- Reservation effective from 2026-06-02, assessed on 2026-06-01: not yet in force.
  {
    name = "review-latea: 42(5) reservation effective the day after the as-of date: partly met",
    prospective = true,
    as_of = "2026-06-01",
    profile = {
      evidence_cooperation = {
        preservation_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 40",
        },
        preservation_refusal_grounds = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 41",
        },
        preservation_without_dual_criminality = {
          adopted = "partly",
          source = "International Cooperation in Criminal Matters Act 2026, s. 40(3)",
          search_assistance_requires_dual_criminality = true,
          refused_for_convention_offences = false,
          missing = { "preservation refused for offences other than the Convention's where dual criminality could not be met at disclosure" },
        },
      },
      reservations = {
        {
          instrument = "cybercrime",
          kind = "reservation",
          provisions = { "cybercrime:42.5" },
          from = "2026-06-02",
          text = "Testland reserves the right to refuse preservation under art. 42(5)",
          source = "Instrument of ratification, reservation 1",
        },
      },
    },
    expect = { ["cybercrime:42.4#no-dual-criminality"] = "partly_met" },
  },

  -- Art. 42(4): « la double incrimination n'est pas requise comme condition
  -- préalable à la préservation ».  Art. 42(5): « Un État partie qui exige la double
  -- incrimination comme condition pour répondre à une demande d'entraide judiciaire
  -- aux fins de la perquisition ... peut, pour des infractions autres que celles
  -- établies conformément à la présente Convention, se réserver le droit de rejeter
  -- la demande de préservation ... dans le cas où il a des raisons de penser que,
  -- au moment de la divulgation, la condition de double incrimination ne pourrait
  -- pas être remplie. »  The reservation is open only to a State that requires dual
  -- criminality for search and seizure assistance, and only for offences other than
  -- the Convention's.
  -- The same reservation assessed on the day it takes effect: in force.
  {
    name = "review-latea: 42(5) reservation effective on the as-of date: met",
    prospective = true,
    as_of = "2026-06-02",
    profile = {
      evidence_cooperation = {
        preservation_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 40",
        },
        preservation_refusal_grounds = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 41",
        },
        preservation_without_dual_criminality = {
          adopted = "partly",
          source = "International Cooperation in Criminal Matters Act 2026, s. 40(3)",
          search_assistance_requires_dual_criminality = true,
          refused_for_convention_offences = false,
          missing = { "preservation refused for offences other than the Convention's where dual criminality could not be met at disclosure" },
        },
      },
      reservations = {
        {
          instrument = "cybercrime",
          kind = "reservation",
          provisions = { "cybercrime:42.5" },
          from = "2026-06-02",
          text = "Testland reserves the right to refuse preservation under art. 42(5)",
          source = "Instrument of ratification, reservation 1",
        },
      },
    },
    expect = { ["cybercrime:42.4#no-dual-criminality"] = "met" },
  },

  -- Art. 42(4): « la double incrimination n'est pas requise comme condition
  -- préalable à la préservation ».  Art. 42(5): « Un État partie qui exige la double
  -- incrimination comme condition pour répondre à une demande d'entraide judiciaire
  -- aux fins de la perquisition ... peut, pour des infractions autres que celles
  -- établies conformément à la présente Convention, se réserver le droit de rejeter
  -- la demande de préservation ... dans le cas où il a des raisons de penser que,
  -- au moment de la divulgation, la condition de double incrimination ne pourrait
  -- pas être remplie. »  The reservation is open only to a State that requires dual
  -- criminality for search and seizure assistance, and only for offences other than
  -- the Convention's.
  -- A State that made the reservation but never requires dual criminality for
  -- preservation: met.
  {
    name = "review-latea: 42(5) reservation not used: preservation without dual criminality met",
    prospective = true,
    profile = {
      evidence_cooperation = {
        preservation_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 40",
        },
        preservation_refusal_grounds = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 41",
        },
        preservation_without_dual_criminality = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 40(3)",
          search_assistance_requires_dual_criminality = true,
        },
      },
      reservations = {
        {
          instrument = "cybercrime",
          kind = "reservation",
          provisions = { "cybercrime:42.5" },
          from = "2026-03-01",
          text = "Testland reserves the right to refuse preservation under art. 42(5)",
          source = "Instrument of ratification, reservation 1",
        },
      },
    },
    expect = { ["cybercrime:42.4#no-dual-criminality"] = "met" },
  },

  -- A reservation the Convention does not provide for: to the whole of art. 42.  Only
  -- « peut ... se réserver le droit de rejeter la demande de préservation » (42(5))
  -- is open, and only for what 42(5) says.  DOMAIN §4 and docs/profile.md 10.2: a
  -- reservation to another provision is still honoured (its effect is a matter
  -- between the Parties) and the finding says it is not provided for: every
  -- obligation of art. 42 is not applicable.  It does not reach art. 43 (« il
  -- divulgue rapidement »), which stays not met.
  {
    name = "review-latea: a reservation to all of art. 42 (not provided for): art. 42 not applicable, art. 43 not",
    prospective = true,
    profile = {
      evidence_cooperation = {
        preservation_on_request = { adopted = false, source = "no provision" },
        preservation_without_dual_criminality = { adopted = false, source = "no provision" },
        preservation_refusal_grounds = { adopted = false, source = "no provision" },
        preservation_insufficiency_notice = { adopted = false, source = "no provision" },
        traffic_disclosure_on_request = { adopted = false, source = "no provision" },
        preservation_period = { adopted = false, source = "no provision" },
      },
      reservations = {
        {
          instrument = "cybercrime",
          kind = "reservation",
          provisions = { "cybercrime:42" },
          from = "2026-03-01",
          text = "Testland does not consider itself bound by article 42",
          source = "Instrument of ratification, reservation 2",
        },
      },
    },
    expect = {
      ["cybercrime:42.4#preserve"] = "not_applicable",
      ["cybercrime:42.4#no-dual-criminality"] = "not_applicable",
      ["cybercrime:42.6"] = "not_applicable",
      ["cybercrime:42.7"] = "not_applicable",
      ["cybercrime:42.8"] = "not_applicable",
      ["cybercrime:43.1"] = "not_met",
    },
  },

  -- Art. 50(1): « Dans toute la mesure possible dans le cadre de son système
  -- juridique interne, un État partie qui a reçu ... une demande de confiscation ... :
  -- a) Transmet la demande à ses autorités compétentes en vue de faire prononcer une
  -- décision de confiscation ... ; ou b) Transmet à ses autorités compétentes ... la
  -- décision de confiscation prise par un tribunal ... de l'État partie requérant ».
  -- Either route meets it.  Art. 49(1)(a) is a separate duty: « Prend les mesures
  -- nécessaires pour permettre à ses autorités compétentes de donner effet à une
  -- décision de confiscation prise par un tribunal d'un autre État partie ».
  -- Route (a) only: 50(1) met; 49(1)(a) not met.
  {
    name = "review-latea: 50(1) by a domestic order only: met; 49(1)(a) not met",
    prospective = true,
    profile = {
      confiscation_cooperation = {
        domestic_order_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 64",
        },
        foreign_order_enforcement = { adopted = false, source = "no provision" },
      },
    },
    expect = { ["cybercrime:50.1"] = "met", ["cybercrime:49.1.a"] = "not_met" },
  },

  -- Art. 50(1): « Dans toute la mesure possible dans le cadre de son système
  -- juridique interne, un État partie qui a reçu ... une demande de confiscation ... :
  -- a) Transmet la demande à ses autorités compétentes en vue de faire prononcer une
  -- décision de confiscation ... ; ou b) Transmet à ses autorités compétentes ... la
  -- décision de confiscation prise par un tribunal ... de l'État partie requérant ».
  -- Either route meets it.  Art. 49(1)(a) is a separate duty: « Prend les mesures
  -- nécessaires pour permettre à ses autorités compétentes de donner effet à une
  -- décision de confiscation prise par un tribunal d'un autre État partie ».
  -- Route (b) only: 50(1) met; 49(1)(a) met.
  {
    name = "review-latea: 50(1) by enforcing the foreign order only: met; 49(1)(a) met",
    prospective = true,
    profile = {
      confiscation_cooperation = {
        domestic_order_on_request = { adopted = false, source = "no provision" },
        foreign_order_enforcement = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 60",
        },
      },
    },
    expect = { ["cybercrime:50.1"] = "met", ["cybercrime:49.1.a"] = "met" },
  },

  -- Art. 50(1): « Dans toute la mesure possible dans le cadre de son système
  -- juridique interne, un État partie qui a reçu ... une demande de confiscation ... :
  -- a) Transmet la demande à ses autorités compétentes en vue de faire prononcer une
  -- décision de confiscation ... ; ou b) Transmet à ses autorités compétentes ... la
  -- décision de confiscation prise par un tribunal ... de l'État partie requérant ».
  -- Either route meets it.  Art. 49(1)(a) is a separate duty: « Prend les mesures
  -- nécessaires pour permettre à ses autorités compétentes de donner effet à une
  -- décision de confiscation prise par un tribunal d'un autre État partie ».
  -- Route (a) in part, (b) absent: partly met.
  {
    name = "review-latea: 50(1) a domestic order for proceeds only, no enforcement: partly met",
    prospective = true,
    profile = {
      confiscation_cooperation = {
        domestic_order_on_request = {
          adopted = "partly",
          source = "International Cooperation in Criminal Matters Act 2026, s. 64",
          missing = { "instrumentalities cannot be the object of a domestic order on request" },
        },
        foreign_order_enforcement = { adopted = false, source = "no provision" },
      },
    },
    expect = { ["cybercrime:50.1"] = "partly_met", ["cybercrime:49.1.a"] = "not_met" },
  },

  -- Art. 50(1): « Dans toute la mesure possible dans le cadre de son système
  -- juridique interne, un État partie qui a reçu ... une demande de confiscation ... :
  -- a) Transmet la demande à ses autorités compétentes en vue de faire prononcer une
  -- décision de confiscation ... ; ou b) Transmet à ses autorités compétentes ... la
  -- décision de confiscation prise par un tribunal ... de l'État partie requérant ».
  -- Either route meets it.  Art. 49(1)(a) is a separate duty: « Prend les mesures
  -- nécessaires pour permettre à ses autorités compétentes de donner effet à une
  -- décision de confiscation prise par un tribunal d'un autre État partie ».
  -- Route (a) in part, then route (b) stated in full (added fact): met, and
  -- 49(1)(a) met.
  {
    name = "review-latea: 50(1) a partial domestic route, then the foreign order enforced: met",
    prospective = true,
    profile = {
      confiscation_cooperation = {
        domestic_order_on_request = {
          adopted = "partly",
          source = "International Cooperation in Criminal Matters Act 2026, s. 64",
          missing = { "instrumentalities cannot be the object of a domestic order on request" },
        },
      },
    },
    adding = {
      confiscation_cooperation = {
        foreign_order_enforcement = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 60",
        },
      },
    },
    expect = { ["cybercrime:50.1"] = "met", ["cybercrime:49.1.a"] = "met" },
  },

  -- Art. 50(1): « Dans toute la mesure possible dans le cadre de son système
  -- juridique interne, un État partie qui a reçu ... une demande de confiscation ... :
  -- a) Transmet la demande à ses autorités compétentes en vue de faire prononcer une
  -- décision de confiscation ... ; ou b) Transmet à ses autorités compétentes ... la
  -- décision de confiscation prise par un tribunal ... de l'État partie requérant ».
  -- Either route meets it.  Art. 49(1)(a) is a separate duty: « Prend les mesures
  -- nécessaires pour permettre à ses autorités compétentes de donner effet à une
  -- décision de confiscation prise par un tribunal d'un autre État partie ».
  -- Both routes in part, and the State invokes its legal system for 50(1)
  -- (« Dans toute la mesure possible dans le cadre de son système juridique
  -- interne »): the shortfall is explained, not a gap (DOMAIN §2, qualifiers).
  -- 49(1)(a) has no such qualifier: partly met.
  {
    name = "review-latea: 50(1) both routes in part, the legal-system qualifier invoked: met",
    prospective = true,
    profile = {
      confiscation_cooperation = {
        domestic_order_on_request = {
          adopted = "partly",
          source = "International Cooperation in Criminal Matters Act 2026, s. 64",
          missing = { "instrumentalities cannot be the object of a domestic order on request" },
        },
        foreign_order_enforcement = {
          adopted = "partly",
          source = "International Cooperation in Criminal Matters Act 2026, s. 60",
          missing = { "orders for property of corresponding value cannot be enforced" },
        },
      },
      principles = {
        {
          provisions = { "cybercrime:50.1" },
          statement = "Confiscation is a penalty: only a court of Testland may order it, for property it can reach under the Penal Code",
          source = "Constitution, art. 34; Supreme Court, decision 14/2011",
        },
      },
    },
    expect = { ["cybercrime:50.1"] = "met", ["cybercrime:49.1.a"] = "partly_met" },
  },

  -- Art. 50(1): « Dans toute la mesure possible dans le cadre de son système
  -- juridique interne, un État partie qui a reçu ... une demande de confiscation ... :
  -- a) Transmet la demande à ses autorités compétentes en vue de faire prononcer une
  -- décision de confiscation ... ; ou b) Transmet à ses autorités compétentes ... la
  -- décision de confiscation prise par un tribunal ... de l'État partie requérant ».
  -- Either route meets it.  Art. 49(1)(a) is a separate duty: « Prend les mesures
  -- nécessaires pour permettre à ses autorités compétentes de donner effet à une
  -- décision de confiscation prise par un tribunal d'un autre État partie ».
  -- The same, but the principle is invoked for UNTOC 13(1) only: a principle is
  -- invoked per provision (docs/profile.md 11), so 50(1) stays partly met.
  {
    name = "review-latea: 50(1) both routes in part, the principle invoked under UNTOC only: partly met",
    prospective = true,
    profile = {
      confiscation_cooperation = {
        domestic_order_on_request = {
          adopted = "partly",
          source = "International Cooperation in Criminal Matters Act 2026, s. 64",
          missing = { "instrumentalities cannot be the object of a domestic order on request" },
        },
        foreign_order_enforcement = {
          adopted = "partly",
          source = "International Cooperation in Criminal Matters Act 2026, s. 60",
          missing = { "orders for property of corresponding value cannot be enforced" },
        },
      },
      principles = {
        {
          provisions = { "untoc:13.1" },
          statement = "Confiscation is a penalty: only a court of Testland may order it",
          source = "Constitution, art. 34",
        },
      },
    },
    expect = { ["cybercrime:50.1"] = "partly_met" },
  },

  -- Art. 50(1): « Dans toute la mesure possible dans le cadre de son système
  -- juridique interne, un État partie qui a reçu ... une demande de confiscation ... :
  -- a) Transmet la demande à ses autorités compétentes en vue de faire prononcer une
  -- décision de confiscation ... ; ou b) Transmet à ses autorités compétentes ... la
  -- décision de confiscation prise par un tribunal ... de l'État partie requérant ».
  -- Either route meets it.  Art. 49(1)(a) is a separate duty: « Prend les mesures
  -- nécessaires pour permettre à ses autorités compétentes de donner effet à une
  -- décision de confiscation prise par un tribunal d'un autre État partie ».
  -- Route (a) not stated, (b) absent: unknown (route (a) may meet it).
  {
    name = "review-latea: 50(1) domestic route not stated, no enforcement: unknown",
    prospective = true,
    profile = {
      confiscation_cooperation = { foreign_order_enforcement = { adopted = false, source = "no provision" } },
    },
    expect = { ["cybercrime:50.1"] = "unknown", ["cybercrime:49.1.a"] = "not_met" },
  },

  -- Art. 50(1): « Dans toute la mesure possible dans le cadre de son système
  -- juridique interne, un État partie qui a reçu ... une demande de confiscation ... :
  -- a) Transmet la demande à ses autorités compétentes en vue de faire prononcer une
  -- décision de confiscation ... ; ou b) Transmet à ses autorités compétentes ... la
  -- décision de confiscation prise par un tribunal ... de l'État partie requérant ».
  -- Either route meets it.  Art. 49(1)(a) is a separate duty: « Prend les mesures
  -- nécessaires pour permettre à ses autorités compétentes de donner effet à une
  -- décision de confiscation prise par un tribunal d'un autre État partie ».
  -- Route (a) not stated, (b) in full: met.
  {
    name = "review-latea: 50(1) domestic route not stated, the foreign order enforced: met",
    prospective = true,
    profile = {
      confiscation_cooperation = {
        foreign_order_enforcement = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 60",
        },
      },
    },
    expect = { ["cybercrime:50.1"] = "met" },
  },

  -- Art. 50(2): « l'État partie requis prend des mesures pour identifier, localiser
  -- et geler ou saisir le produit du crime ... en vue d'une confiscation ultérieure
  -- à ordonner soit par l'État partie requérant, soit ... par l'État partie requis »
  -- (all of: identify, trace, freeze or seize).  Art. 49(2)(a): « geler ou saisir des
  -- biens sur la base d'une décision de saisie ou de gel prononcée par un tribunal
  -- ou une autorité compétente d'un État partie requérant » ; 49(2)(b): « sur la base
  -- d'une demande » (two distinct duties).
  -- Freezing on a request but not on the basis of a foreign order: 49(2)(a) not
  -- met, 49(2)(b) and 50(2) met.
  {
    name = "review-latea: freezing on request but not on a foreign freezing order",
    prospective = true,
    profile = {
      confiscation_cooperation = {
        foreign_freezing_order = { adopted = false, source = "no provision" },
        freezing_seizure_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 62",
        },
        identification_tracing_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 65",
        },
      },
    },
    expect = {
      ["cybercrime:49.2.a"] = "not_met",
      ["cybercrime:49.2.b"] = "met",
      ["cybercrime:50.2"] = "met",
    },
  },

  -- Art. 50(2): « l'État partie requis prend des mesures pour identifier, localiser
  -- et geler ou saisir le produit du crime ... en vue d'une confiscation ultérieure
  -- à ordonner soit par l'État partie requérant, soit ... par l'État partie requis »
  -- (all of: identify, trace, freeze or seize).  Art. 49(2)(a): « geler ou saisir des
  -- biens sur la base d'une décision de saisie ou de gel prononcée par un tribunal
  -- ou une autorité compétente d'un État partie requérant » ; 49(2)(b): « sur la base
  -- d'une demande » (two distinct duties).
  -- Freezing on request, but no identification or tracing: 50(2) partly met.
  {
    name = "review-latea: 50(2) freezing without identification or tracing: partly met",
    prospective = true,
    profile = {
      confiscation_cooperation = {
        freezing_seizure_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 62",
        },
        identification_tracing_on_request = { adopted = false, source = "no provision" },
      },
    },
    expect = { ["cybercrime:49.2.b"] = "met", ["cybercrime:50.2"] = "partly_met" },
  },

  -- Art. 50(2): « l'État partie requis prend des mesures pour identifier, localiser
  -- et geler ou saisir le produit du crime ... en vue d'une confiscation ultérieure
  -- à ordonner soit par l'État partie requérant, soit ... par l'État partie requis »
  -- (all of: identify, trace, freeze or seize).  Art. 49(2)(a): « geler ou saisir des
  -- biens sur la base d'une décision de saisie ou de gel prononcée par un tribunal
  -- ou une autorité compétente d'un État partie requérant » ; 49(2)(b): « sur la base
  -- d'une demande » (two distinct duties).
  -- Tracing on request, freezing not stated: 50(2) and 49(2)(b) unknown.
  {
    name = "review-latea: 50(2) tracing, freezing not stated: unknown",
    prospective = true,
    profile = {
      confiscation_cooperation = {
        identification_tracing_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 65",
        },
      },
    },
    expect = { ["cybercrime:49.2.b"] = "unknown", ["cybercrime:50.2"] = "unknown" },
  },

  -- Art. 50(2): « l'État partie requis prend des mesures pour identifier, localiser
  -- et geler ou saisir le produit du crime ... en vue d'une confiscation ultérieure
  -- à ordonner soit par l'État partie requérant, soit ... par l'État partie requis »
  -- (all of: identify, trace, freeze or seize).  Art. 49(2)(a): « geler ou saisir des
  -- biens sur la base d'une décision de saisie ou de gel prononcée par un tribunal
  -- ou une autorité compétente d'un État partie requérant » ; 49(2)(b): « sur la base
  -- d'une demande » (two distinct duties).
  -- Tracing on request, freezing only of proceeds (not instrumentalities): both
  -- partly met.
  {
    name = "review-latea: 50(2) freezing of proceeds only: partly met",
    prospective = true,
    profile = {
      confiscation_cooperation = {
        identification_tracing_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 65",
        },
        freezing_seizure_on_request = {
          adopted = "partly",
          source = "International Cooperation in Criminal Matters Act 2026, s. 62",
          missing = { "instrumentalities cannot be frozen on request" },
        },
      },
    },
    expect = { ["cybercrime:49.2.b"] = "partly_met", ["cybercrime:50.2"] = "partly_met" },
  },

  -- Art. 50(5): « Chaque État partie remet au Secrétaire général ... une copie de ses
  -- lois et règlements qui donnent effet au présent article ainsi qu'une copie de
  -- toute modification ultérieurement apportée à ces lois et règlements ou une
  -- description de ces lois, règlements et modifications ultérieures. »
  -- The laws exist; the profile lists the State's notifications, none under
  -- 50(5): not met.
  {
    name = "review-latea: 50(5) laws in force, no copy sent: not met",
    prospective = true,
    profile = {
      confiscation_cooperation = {
        domestic_order_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 64",
        },
        foreign_order_enforcement = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 60",
        },
        identification_tracing_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 65",
        },
        freezing_seizure_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 62",
        },
      },
      notifications = {},
    },
    expect = { ["cybercrime:50.5"] = "not_met" },
  },

  -- Art. 50(5): « Chaque État partie remet au Secrétaire général ... une copie de ses
  -- lois et règlements qui donnent effet au présent article ainsi qu'une copie de
  -- toute modification ultérieurement apportée à ces lois et règlements ou une
  -- description de ces lois, règlements et modifications ultérieures. »
  -- A copy sent under UNTOC 13(5) does not answer 50(5) (docs/profile.md 11:
  -- « A notification is made under one treaty »): not met.
  {
    name = "review-latea: 50(5) a copy sent under UNTOC 13(5) only: not met",
    prospective = true,
    profile = {
      confiscation_cooperation = {
        domestic_order_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 64",
        },
        foreign_order_enforcement = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 60",
        },
        identification_tracing_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 65",
        },
        freezing_seizure_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 62",
        },
      },
      notifications = {
        { provision = "untoc:13.5", date = "2015-01-10", content = "Mutual Assistance Act" },
      },
    },
    expect = { ["cybercrime:50.5"] = "not_met" },
  },

  -- Art. 50(5): « Chaque État partie remet au Secrétaire général ... une copie de ses
  -- lois et règlements qui donnent effet au présent article ainsi qu'une copie de
  -- toute modification ultérieurement apportée à ces lois et règlements ou une
  -- description de ces lois, règlements et modifications ultérieures. »
  -- The copy is dated 2026-06-02, assessed on 2026-06-01: not yet sent.
  {
    name = "review-latea: 50(5) copy sent the day after the as-of date: not met",
    prospective = true,
    as_of = "2026-06-01",
    profile = {
      confiscation_cooperation = {
        domestic_order_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 64",
        },
        foreign_order_enforcement = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 60",
        },
        identification_tracing_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 65",
        },
        freezing_seizure_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 62",
        },
      },
      notifications = {
        {
          provision = "cybercrime:50.5",
          date = "2026-06-02",
          content = "Copy of the MLA Act, ss. 59-67",
        },
      },
    },
    expect = { ["cybercrime:50.5"] = "not_met" },
  },

  -- Art. 50(5): « Chaque État partie remet au Secrétaire général ... une copie de ses
  -- lois et règlements qui donnent effet au présent article ainsi qu'une copie de
  -- toute modification ultérieurement apportée à ces lois et règlements ou une
  -- description de ces lois, règlements et modifications ultérieures. »
  -- The same copy, assessed on the day it is dated: met.
  {
    name = "review-latea: 50(5) copy sent on the as-of date: met",
    prospective = true,
    as_of = "2026-06-02",
    profile = {
      confiscation_cooperation = {
        domestic_order_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 64",
        },
        foreign_order_enforcement = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 60",
        },
        identification_tracing_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 65",
        },
        freezing_seizure_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 62",
        },
      },
      notifications = {
        {
          provision = "cybercrime:50.5",
          date = "2026-06-02",
          content = "Copy of the MLA Act, ss. 59-67",
        },
      },
    },
    expect = { ["cybercrime:50.5"] = "met" },
  },

  -- Art. 50(5): « Chaque État partie remet au Secrétaire général ... une copie de ses
  -- lois et règlements qui donnent effet au présent article ainsi qu'une copie de
  -- toute modification ultérieurement apportée à ces lois et règlements ou une
  -- description de ces lois, règlements et modifications ultérieures. »
  -- A copy sent on 2026-01-15; s. 64 was amended with effect from 2026-04-01 and no
  -- copy (or description) of the amendment was sent: « toute modification
  -- ultérieurement apportée » not answered, partly met.
  {
    name = "review-latea: 50(5) copy sent, a later amendment not communicated: partly met",
    prospective = true,
    profile = {
      confiscation_cooperation = {
        domestic_order_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 64",
          from = "2026-04-01",
          note = "s. 64 as amended by the Asset Recovery Amendment Act 2026",
        },
        foreign_order_enforcement = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 60",
        },
        identification_tracing_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 65",
        },
        freezing_seizure_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 62",
        },
      },
      notifications = {
        {
          provision = "cybercrime:50.5",
          date = "2026-01-15",
          content = "Copy of the MLA Act, ss. 59-67",
        },
      },
    },
    expect = { ["cybercrime:50.5"] = "partly_met" },
  },

  -- Art. 50(5): « Chaque État partie remet au Secrétaire général ... une copie de ses
  -- lois et règlements qui donnent effet au présent article ainsi qu'une copie de
  -- toute modification ultérieurement apportée à ces lois et règlements ou une
  -- description de ces lois, règlements et modifications ultérieures. »
  -- The laws exist; the profile does not say which notifications were made:
  -- unknown.
  {
    name = "review-latea: 50(5) notifications not stated: unknown",
    prospective = true,
    profile = {
      confiscation_cooperation = {
        domestic_order_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 64",
        },
        foreign_order_enforcement = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 60",
        },
        identification_tracing_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 65",
        },
        freezing_seizure_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 62",
        },
      },
    },
    expect = { ["cybercrime:50.5"] = "unknown" },
  },

  -- Art. 50(6): « Si un État partie décide de subordonner l'adoption des mesures
  -- visées aux paragraphes 1 et 2 du présent article à l'existence d'un traité en la
  -- matière, il considère la présente Convention comme une base conventionnelle
  -- nécessaire et suffisante. »  It binds only a State that requires a treaty.
  -- No treaty required: the condition does not hold, not applicable.
  {
    name = "review-latea: 50(6) no treaty required: not applicable",
    prospective = true,
    profile = {
      confiscation_cooperation = {
        treaty_basis = {
          treaty_required = false,
          source = "International Cooperation in Criminal Matters Act 2026, s. 59 (no treaty needed)",
        },
      },
    },
    expect = { ["cybercrime:50.6"] = "not_applicable" },
  },

  -- Art. 50(6): « Si un État partie décide de subordonner l'adoption des mesures
  -- visées aux paragraphes 1 et 2 du présent article à l'existence d'un traité en la
  -- matière, il considère la présente Convention comme une base conventionnelle
  -- nécessaire et suffisante. »  It binds only a State that requires a treaty.
  -- No treaty required, and the State does not treat the Convention as a treaty
  -- basis: still not applicable (adopted is read only when a treaty is required).
  {
    name = "review-latea: 50(6) no treaty required, Convention not accepted as a basis: not applicable",
    prospective = true,
    profile = {
      confiscation_cooperation = {
        treaty_basis = {
          adopted = false,
          source = "International Cooperation in Criminal Matters Act 2026, s. 59",
          treaty_required = false,
        },
      },
    },
    expect = { ["cybercrime:50.6"] = "not_applicable" },
  },

  -- Art. 50(6): « Si un État partie décide de subordonner l'adoption des mesures
  -- visées aux paragraphes 1 et 2 du présent article à l'existence d'un traité en la
  -- matière, il considère la présente Convention comme une base conventionnelle
  -- nécessaire et suffisante. »  It binds only a State that requires a treaty.
  -- A treaty required; whether the Convention serves is not stated: unknown.
  {
    name = "review-latea: 50(6) treaty required, the Convention's role not stated: unknown",
    prospective = true,
    profile = {
      confiscation_cooperation = {
        treaty_basis = {
          treaty_required = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 59",
        },
      },
    },
    expect = { ["cybercrime:50.6"] = "unknown" },
  },

  -- Art. 50(6): « Si un État partie décide de subordonner l'adoption des mesures
  -- visées aux paragraphes 1 et 2 du présent article à l'existence d'un traité en la
  -- matière, il considère la présente Convention comme une base conventionnelle
  -- nécessaire et suffisante. »  It binds only a State that requires a treaty.
  -- Whether a treaty is required is not stated, but the State treats the
  -- Convention as a sufficient treaty basis: whichever the answer, the duty is
  -- met (or does not arise); met.
  {
    name = "review-latea: 50(6) treaty requirement not stated, the Convention accepted as a basis: met",
    prospective = true,
    profile = {
      confiscation_cooperation = {
        treaty_basis = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 59(2)",
        },
      },
    },
    expect = { ["cybercrime:50.6"] = "met" },
  },

  -- Only law in force on the as-of date counts (DOMAIN §3; docs/profile.md 6: « The
  -- day of `from` is in force; the day of `repealed` is not »).  42(4) « doit prendre
  -- toutes les mesures appropriées pour procéder rapidement à la préservation » ; 43(1)
  -- « il divulgue rapidement » ; 44(2) « répond à la demande » ; 44(3) « Il doit être
  -- répondu ... aussi rapidement que possible » ; 50(8) « donne, si possible, ... la
  -- faculté de présenter ses arguments » ; 48 « envisagent de conclure des accords ».
  -- The JIT agreement enters into force on 2026-06-02.  Corrected after the first
  -- run (the blind expectation was met on both dates): 48 « envisagent de conclure
  -- des accords » is met by consideration, but the profile gives only the
  -- agreement's entry into force (`from`), not when it was negotiated or signed
  -- (the date in `source` is words, which no rule reads); a measure in force only
  -- later does not show that the State had considered it by the as-of date.  The
  -- profile states consideration with `considered = true` (next case); without
  -- it, 48 is not met (a duty to consider, not a gap).
  -- Assessed on 2026-06-01: s. 40 and s. 67 in force that day; s. 44 from the next
  -- day; the 1998 s. 12 repealed that day, s. 13 the next day.
  {
    name = "review-latea: measures entering into force or repealed on the as-of date and the day after",
    prospective = true,
    as_of = "2026-06-01",
    profile = {
      evidence_cooperation = {
        preservation_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 40",
          from = "2026-06-01",
        },
        traffic_disclosure_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 44",
          from = "2026-06-02",
        },
        stored_data_access_on_request = { adopted = true, source = "Mutual Assistance Act 1998, s. 12", repealed = "2026-06-01" },
        stored_data_expedited_response = { adopted = true, source = "Mutual Assistance Act 1998, s. 13", repealed = "2026-06-02" },
      },
      confiscation_cooperation = {
        hearing_before_lifting = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 67",
          from = "2026-06-01",
        },
      },
      investigation = {
        jit_agreements = {
          adopted = true,
          source = "Agreement on joint investigation teams, signed 2026-02-10",
          from = "2026-06-02",
        },
      },
    },
    expect = {
      ["cybercrime:42.4#preserve"] = "met",
      ["cybercrime:43.1"] = "not_met",
      ["cybercrime:44.2"] = "not_met",
      ["cybercrime:44.3"] = "met",
      ["cybercrime:50.8"] = "met",
      ["cybercrime:48#agreements"] = "not_met",
    },
  },

  -- Only law in force on the as-of date counts (DOMAIN §3; docs/profile.md 6: « The
  -- day of `from` is in force; the day of `repealed` is not »).  42(4) « doit prendre
  -- toutes les mesures appropriées pour procéder rapidement à la préservation » ; 43(1)
  -- « il divulgue rapidement » ; 44(2) « répond à la demande » ; 44(3) « Il doit être
  -- répondu ... aussi rapidement que possible » ; 50(8) « donne, si possible, ... la
  -- faculté de présenter ses arguments » ; 48 « envisagent de conclure des accords ».
  -- The JIT agreement enters into force on 2026-06-02.  Corrected after the first
  -- run (the blind expectation was met on both dates): 48 « envisagent de conclure
  -- des accords » is met by consideration, but the profile gives only the
  -- agreement's entry into force (`from`), not when it was negotiated or signed
  -- (the date in `source` is words, which no rule reads); a measure in force only
  -- later does not show that the State had considered it by the as-of date.  The
  -- profile states consideration with `considered = true` (next case); without
  -- it, 48 is not met (a duty to consider, not a gap).
  -- The same profile assessed on 2026-05-31, the day before.
  {
    name = "review-latea: the same measures assessed the day before",
    prospective = true,
    as_of = "2026-05-31",
    profile = {
      evidence_cooperation = {
        preservation_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 40",
          from = "2026-06-01",
        },
        traffic_disclosure_on_request = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 44",
          from = "2026-06-02",
        },
        stored_data_access_on_request = { adopted = true, source = "Mutual Assistance Act 1998, s. 12", repealed = "2026-06-01" },
        stored_data_expedited_response = { adopted = true, source = "Mutual Assistance Act 1998, s. 13", repealed = "2026-06-02" },
      },
      confiscation_cooperation = {
        hearing_before_lifting = {
          adopted = true,
          source = "International Cooperation in Criminal Matters Act 2026, s. 67",
          from = "2026-06-01",
        },
      },
      investigation = {
        jit_agreements = {
          adopted = true,
          source = "Agreement on joint investigation teams, signed 2026-02-10",
          from = "2026-06-02",
        },
      },
    },
    expect = {
      ["cybercrime:42.4#preserve"] = "not_met",
      ["cybercrime:43.1"] = "not_met",
      ["cybercrime:44.2"] = "met",
      ["cybercrime:44.3"] = "met",
      ["cybercrime:50.8"] = "not_met",
      ["cybercrime:48#agreements"] = "not_met",
    },
  },

  -- Art. 48: « Les États parties envisagent de conclure des accords ou des
  -- arrangements bilatéraux ou multilatéraux ».  Added after the first run: the
  -- agreement in force only from 2026-06-02, and the profile stating that the
  -- State considered (indeed negotiated) it: the duty to consider is met the day
  -- before the agreement enters into force.
  {
    name = "review-latea: 48 an agreement in force only later, its consideration stated: met",
    prospective = true,
    as_of = "2026-05-31",
    profile = {
      investigation = {
        jit_agreements = {
          adopted = true,
          considered = true,
          source = "Agreement on joint investigation teams, signed 2026-02-10",
          from = "2026-06-02",
        },
      },
    },
    expect = { ["cybercrime:48#agreements"] = "met" },
  },

  -- Art. 47(1)(e): « Faciliter une coordination efficace entre leurs autorités,
  -- organismes et services compétents et favoriser l'échange de personnel et
  -- d'experts, y compris, sous réserve de l'existence d'accords ou d'arrangements
  -- bilatéraux entre les États parties concernés, le détachement d'agents de
  -- liaison ».  Liaison officers are due only under bilateral agreements: a State
  -- that posts none still meets the duty.
  {
    name = "review-latea: 47(1)(e) coordination and exchange of experts, no liaison officers: met",
    prospective = true,
    profile = {
      law_enforcement = {
        coordination_personnel = { adopted = true, source = "Police Act, s. 16", liaison_officers = false },
      },
    },
    expect = { ["cybercrime:47.1.e"] = "met" },
  },

  -- Art. 45(1): « Les États parties s'efforcent de s'accorder une entraide
  -- judiciaire aux fins de la collecte en temps réel de données de trafic ».  An
  -- endeavour: no assistance, then (added fact) the State's consideration of it
  -- recorded: met.
  {
    name = "review-latea: 45(1) not adopted, then its consideration recorded: met",
    prospective = true,
    profile = {
      evidence_cooperation = { realtime_traffic_assistance = { adopted = false, source = "no provision" } },
    },
    adding = {
      evidence_cooperation = {
        realtime_traffic_assistance = { considered = true, note = "Considered in the 2025 review of the MLA Act" },
      },
    },
    expect = { ["cybercrime:45.1"] = "met" },
  },
}
