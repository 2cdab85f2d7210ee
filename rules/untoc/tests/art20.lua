-- Test cases for UNTOC article 20 (rules/untoc/art20.lua): special
-- investigative techniques.  Paragraph 1 is mandatory, conditional on the
-- basic principles of the domestic legal system (principle for untoc:20.1);
-- surveillance and undercover operations are required only where the State
-- deems them appropriate (`deemed_appropriate`).
return {
  {
    name = "all three techniques allowed; agreements, case-by-case use and interception methods",
    profile = { investigation = {
      controlled_delivery = { adopted = true, source = "Code of Criminal Procedure s. 210" },
      electronic_surveillance = { adopted = true, source = "Code of Criminal Procedure ss. 211-215" },
      undercover_operations = { adopted = true, source = "Code of Criminal Procedure s. 216" },
      sit_agreements = { adopted = true, source = "Regional Convention on Police Cooperation, arts 12-14" },
      sit_case_by_case = { adopted = true, source = "International Cooperation Act s. 31" },
      controlled_delivery_methods = { adopted = true, source = "Customs Act s. 88(2)" },
    } },
    expect = {
      ["untoc:20.1#controlled-delivery"] = "met", ["untoc:20.1#electronic-surveillance"] = "met", ["untoc:20.1#undercover"] = "met",
      ["untoc:20.2"] = "met", ["untoc:20.3"] = "met", ["untoc:20.4"] = "met",
    },
  },
  {
    name = "nothing known about special investigative techniques",
    profile = {},
    expect = {
      ["untoc:20.1#controlled-delivery"] = "unknown", ["untoc:20.1#electronic-surveillance"] = "unknown", ["untoc:20.1#undercover"] = "unknown",
      ["untoc:20.2"] = "unknown", ["untoc:20.3"] = "unknown", ["untoc:20.4"] = "unknown",
    },
  },
  {
    name = "no controlled delivery and no principle invoked: a gap; optional paragraphs not taken",
    profile = { investigation = {
      controlled_delivery = { adopted = false, note = "Seizure is compulsory as soon as illicit goods are detected." },
      sit_agreements = { adopted = false },
      sit_case_by_case = { adopted = false },
      controlled_delivery_methods = { adopted = false },
    } },
    expect = { ["untoc:20.1#controlled-delivery"] = "not_met", ["untoc:20.2"] = "not_met", ["untoc:20.3"] = "not_met", ["untoc:20.4"] = "not_met" },
  },
  {
    name = "controlled delivery only for drug offences",
    profile = { investigation = { controlled_delivery = { adopted = "partly", source = "Drugs Act s. 40",
      missing = { "Not available for trafficking in persons, firearms or other organized crime." } } } },
    expect = { ["untoc:20.1#controlled-delivery"] = "partly_met" },
  },
  {
    name = "basic principles do not permit a technique that national law lacks: paragraph 1 does not bind for it",
    profile = {
      principles = { { provisions = { "untoc:20.1" }, statement = "State agents may not take part in or let pass the commission of an offence (principle of legality of police action).",
                       source = "Constitution, art. 14; Supreme Court, Ruling 12/1998" } },
      investigation = {
        controlled_delivery = { adopted = false },
        electronic_surveillance = { adopted = true, source = "Code of Criminal Procedure s. 211" },
        undercover_operations = { adopted = false },
      },
    },
    expect = {
      ["untoc:20.1#controlled-delivery"] = "not_applicable",
      ["untoc:20.1#electronic-surveillance"] = "met",
      ["untoc:20.1#undercover"] = "not_applicable",
    },
  },
  {
    name = "a technique allowed in part, the limit explained by the basic principles",
    profile = {
      principles = { { provisions = { "untoc:20.1" }, statement = "Officers may never deliver prohibited weapons.", source = "Constitution, art. 14" } },
      investigation = { controlled_delivery = { adopted = "partly", source = "Code of Criminal Procedure s. 210",
        missing = { "No controlled delivery of firearms." } } },
    },
    expect = { ["untoc:20.1#controlled-delivery"] = { status = "met", option = "basic-principles" } },
  },
  {
    name = "surveillance and undercover operations not allowed and not deemed appropriate",
    profile = { investigation = {
      electronic_surveillance = { adopted = false, deemed_appropriate = false, source = "Parliamentary report on investigative powers (2019)" },
      undercover_operations = { adopted = false, deemed_appropriate = false },
    } },
    expect = { ["untoc:20.1#electronic-surveillance"] = "not_applicable", ["untoc:20.1#undercover"] = "not_applicable" },
  },
  {
    name = "surveillance and undercover operations deemed appropriate but not allowed: gaps",
    profile = { investigation = {
      electronic_surveillance = { adopted = false, deemed_appropriate = true, note = "Bill pending since 2021." },
      undercover_operations = { adopted = false, deemed_appropriate = true },
    } },
    expect = { ["untoc:20.1#electronic-surveillance"] = "not_met", ["untoc:20.1#undercover"] = "not_met" },
  },
  {
    name = "techniques not allowed, the State's judgment not stated: unknown",
    profile = { investigation = {
      electronic_surveillance = { adopted = false },
      undercover_operations = { adopted = false },
    } },
    expect = { ["untoc:20.1#electronic-surveillance"] = "unknown", ["untoc:20.1#undercover"] = "unknown" },
  },
  {
    name = "techniques allowed in part, wider use not deemed appropriate",
    profile = { investigation = {
      electronic_surveillance = { adopted = "partly", deemed_appropriate = false, source = "Code of Criminal Procedure s. 211",
        missing = { "No interception of communications, only geolocation." } },
      undercover_operations = { adopted = "partly", deemed_appropriate = false, source = "Code of Criminal Procedure s. 216",
        missing = { "Only for drug trafficking." } },
    } },
    expect = {
      ["untoc:20.1#electronic-surveillance"] = { status = "met", option = "deemed-appropriate" },
      ["untoc:20.1#undercover"] = { status = "met", option = "deemed-appropriate" },
    },
  },
  {
    name = "techniques allowed in part, the State's judgment not stated: partly met",
    profile = { investigation = {
      electronic_surveillance = { adopted = "partly", source = "Code of Criminal Procedure s. 211", missing = { "No capture of computer data." } },
      undercover_operations = { adopted = "partly", deemed_appropriate = true, source = "Code of Criminal Procedure s. 216" },
    } },
    expect = { ["untoc:20.1#electronic-surveillance"] = "partly_met", ["untoc:20.1#undercover"] = "partly_met" },
  },
  {
    name = "surveillance power repealed before the as-of date, judgment not stated",
    profile = { investigation = { electronic_surveillance = { adopted = true, source = "Old Interception Act", repealed = "2020-01-01" } } },
    expect = { ["untoc:20.1#electronic-surveillance"] = "unknown" },
  },
  {
    name = "undercover operations enacted after the as-of date, deemed appropriate",
    as_of = "2015-01-01",
    profile = { investigation = { undercover_operations = { adopted = true, deemed_appropriate = true, source = "Code of Criminal Procedure s. 216", from = "2017-01-01" } } },
    expect = { ["untoc:20.1#undercover"] = "not_met" },
  },
  {
    name = "optional paragraphs taken in part",
    profile = { investigation = {
      sit_agreements = { adopted = "partly", source = "Bilateral treaty with Ruritania (2008)", missing = { "Only one agreement, on controlled delivery." } },
      controlled_delivery_methods = { adopted = "partly", source = "Customs Act s. 88", missing = { "Goods may not be replaced." } },
    } },
    expect = { ["untoc:20.2"] = "partly_met", ["untoc:20.4"] = "partly_met" },
  },
}
