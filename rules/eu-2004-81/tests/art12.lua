-- Test cases for Directive 2004/81/EC article 12 (rules/eu-2004-81/art12.lua).
return {
  {
    name = "access to programmes; specific programmes; permit linked to them",
    profile = { victim_residence = {
      programmes_access = { adopted = true, source = "Social Aid Act s. 7" },
      specific_programmes = { adopted = true, source = "National action plan against trafficking" },
      permit_linked_to_programmes = { adopted = true, source = "Aliens Act s. 41(4)" } } },
    expect = { ["eu-2004-81:12.1"] = "met", ["eu-2004-81:12.1#specific"] = "met", ["eu-2004-81:12.2"] = "met" },
  },
  {
    name = "no access; no specific programmes; permit not linked",
    profile = { victim_residence = { programmes_access = { adopted = false }, specific_programmes = { adopted = false }, permit_linked_to_programmes = { adopted = false } } },
    expect = { ["eu-2004-81:12.1"] = "not_met", ["eu-2004-81:12.1#specific"] = "not_met", ["eu-2004-81:12.2"] = "not_met" },
  },
  {
    name = "access only to State programmes, not to NGO ones: partly met",
    profile = { victim_residence = { programmes_access = { adopted = "partly", source = "Social Aid Act s. 7", missing = { "programmes of NGOs with agreements with the State" } } } },
    expect = { ["eu-2004-81:12.1"] = "partly_met" },
  },
  {
    name = "nothing known",
    profile = {},
    expect = { ["eu-2004-81:12.1"] = "unknown", ["eu-2004-81:12.1#specific"] = "unknown", ["eu-2004-81:12.2"] = "unknown" },
  },
}
