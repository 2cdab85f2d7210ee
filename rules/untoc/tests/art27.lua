-- Test cases for UNTOC article 27 (rules/untoc/art27.lua): law enforcement cooperation.
return {
  {
    name = "every measure of paragraph 1 in place; agreements, Convention basis, organisations, technology",
    profile = { law_enforcement = {
      communication_channels = { adopted = true, source = "Police Act s. 40 (INTERPOL national central bureau)" },
      joint_inquiries = { adopted = true, source = "Police Act s. 41; Regional Police Convention, art. 39" },
      samples_provision = { adopted = true, source = "Forensic Service Regulation, reg. 12" },
      coordination_personnel = { adopted = true, liaison_officers = true, source = "Police Act s. 42" },
      methods_information_exchange = { adopted = true, source = "Police Act s. 43" },
      early_identification = { adopted = true, source = "Customs and Police Coordination Decree" },
      cooperation_agreements = { adopted = true, source = "Bilateral police cooperation agreements with four neighbours" },
      convention_as_basis = { adopted = true, source = "Ministry of the Interior circular of 2005" },
      international_organisations = { adopted = true, source = "Member of INTERPOL and of the regional police organisation" },
      technology_crime_cooperation = { adopted = true, source = "Cybercrime Unit Decree, art. 3 (24/7 contact point)" },
    } },
    expect = {
      ["untoc:27.1.a"] = "met", ["untoc:27.1.b"] = "met", ["untoc:27.1.c"] = "met", ["untoc:27.1.d"] = "met",
      ["untoc:27.1.e"] = "met", ["untoc:27.1.f"] = "met",
      ["untoc:27.2#agreements"] = "met", ["untoc:27.2#convention-basis"] = "met", ["untoc:27.2#full-use"] = "met",
      ["untoc:27.3"] = "met",
    },
  },
  {
    name = "nothing known",
    profile = {},
    expect = {
      ["untoc:27.1.a"] = "unknown", ["untoc:27.1.b"] = "unknown", ["untoc:27.1.c"] = "unknown", ["untoc:27.1.d"] = "unknown",
      ["untoc:27.1.e"] = "unknown", ["untoc:27.1.f"] = "unknown",
      ["untoc:27.2#agreements"] = "unknown", ["untoc:27.2#convention-basis"] = "unknown", ["untoc:27.2#full-use"] = "unknown",
      ["untoc:27.3"] = "unknown",
    },
  },
  {
    name = "no cooperation measures at all",
    profile = { law_enforcement = {
      communication_channels = { adopted = false },
      joint_inquiries = { adopted = false },
      samples_provision = { adopted = false },
      coordination_personnel = { adopted = false, liaison_officers = false },
      methods_information_exchange = { adopted = false },
      early_identification = { adopted = false },
      cooperation_agreements = { adopted = false },
      convention_as_basis = { adopted = false },
      international_organisations = { adopted = false },
      technology_crime_cooperation = { adopted = false },
    } },
    expect = {
      ["untoc:27.1.a"] = "not_met", ["untoc:27.1.b"] = "not_met", ["untoc:27.1.c"] = "not_met", ["untoc:27.1.d"] = "not_met",
      ["untoc:27.1.e"] = "not_met", ["untoc:27.1.f"] = "not_met",
      ["untoc:27.2#agreements"] = "not_met", ["untoc:27.2#convention-basis"] = "not_met", ["untoc:27.2#full-use"] = "not_met",
      ["untoc:27.3"] = "not_met",
    },
  },
  {
    name = "inquiries do not reach the movement of instrumentalities; no liaison officers (not a shortcoming)",
    profile = { law_enforcement = {
      joint_inquiries = { adopted = "partly", source = "Police Act s. 41",
        missing = { "No cooperation in inquiries on the movement of instrumentalities (art. 27(1)(b)(iii))." } },
      coordination_personnel = { adopted = true, liaison_officers = false, source = "Police Act s. 42" },
      communication_channels = { adopted = "partly", source = "Police Act s. 40", missing = { "No secure channel with States outside the region." } },
    } },
    expect = { ["untoc:27.1.b"] = "partly_met", ["untoc:27.1.d"] = "met", ["untoc:27.1.a"] = "partly_met" },
  },
  {
    name = "agreements considered and efforts made without concluding anything",
    profile = { law_enforcement = {
      cooperation_agreements = { adopted = false, considered = true, note = "Negotiations with two neighbours under way." },
      technology_crime_cooperation = { adopted = false, considered = true, note = "Accession to a 24/7 network under study." },
    } },
    expect = {
      ["untoc:27.2#agreements"] = { status = "met", option = "considered" },
      ["untoc:27.3"] = { status = "met", option = "considered" },
    },
  },
  {
    name = "measures in part",
    profile = { law_enforcement = {
      samples_provision = { adopted = "partly", source = "Forensic Service Regulation", missing = { "Drug samples only." } },
      methods_information_exchange = { adopted = "partly", source = "Police Act s. 43", missing = { "Only within the region." } },
      early_identification = { adopted = "partly", source = "Customs Decree", missing = { "Customs only." } },
      coordination_personnel = { adopted = "partly", source = "Police Act s. 42", missing = { "No exchange of experts." } },
      cooperation_agreements = { adopted = "partly", source = "One agreement", missing = { "Existing agreements never amended." } },
      convention_as_basis = { adopted = "partly", source = "Circular", missing = { "Only for information exchange." } },
      international_organisations = { adopted = "partly", source = "Member of INTERPOL", missing = { "No regional organisation used." } },
      technology_crime_cooperation = { adopted = "partly", source = "Cybercrime Unit Decree", missing = { "No 24/7 point of contact." } },
    } },
    expect = {
      ["untoc:27.1.c"] = "partly_met", ["untoc:27.1.e"] = "partly_met", ["untoc:27.1.f"] = "partly_met", ["untoc:27.1.d"] = "partly_met",
      ["untoc:27.2#agreements"] = "partly_met", ["untoc:27.2#convention-basis"] = "partly_met", ["untoc:27.2#full-use"] = "partly_met",
      ["untoc:27.3"] = "partly_met",
    },
  },
}
