-- Test cases for Directive 2004/81/EC article 5 (rules/eu-2004-81/art05.lua).
return {
  {
    name = "authorities inform; NGOs may inform too",
    profile = { victim_residence = { information = { adopted = true, source = "Aliens Decree s. 12" },
                                     information_by_ngos = { adopted = true, source = "Aliens Decree s. 12(2)" } } },
    expect = { ["eu-2004-81:5"] = "met", ["eu-2004-81:5#ngos"] = "met" },
  },
  {
    name = "no duty to inform; no NGO role",
    profile = { victim_residence = { information = { adopted = false }, information_by_ngos = { adopted = false } } },
    expect = { ["eu-2004-81:5"] = "not_met", ["eu-2004-81:5#ngos"] = "not_met" },
  },
  {
    name = "information given only by NGOs, not by the authorities: partly met",
    profile = { victim_residence = { information = { adopted = "partly", source = "Circular of 2008", missing = { "a duty of the authorities themselves to inform" } } } },
    expect = { ["eu-2004-81:5"] = "partly_met" },
  },
  {
    name = "nothing known",
    profile = {},
    expect = { ["eu-2004-81:5"] = "unknown", ["eu-2004-81:5#ngos"] = "unknown" },
  },
}
