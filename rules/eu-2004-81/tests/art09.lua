-- Test cases for Directive 2004/81/EC article 9 (rules/eu-2004-81/art09.lua).
return {
  {
    name = "treatment continues after the permit; special needs met",
    profile = { victim_residence = { treatment_after = { adopted = true, source = "Social Aid Act s. 5" },
                                     special_needs_assistance = { adopted = true, source = "Health Act s. 9" } } },
    expect = { ["eu-2004-81:9.1"] = "met", ["eu-2004-81:9.2"] = "met" },
  },
  {
    name = "nothing after the permit",
    profile = { victim_residence = { treatment_after = { adopted = false }, special_needs_assistance = { adopted = false } } },
    expect = { ["eu-2004-81:9.1"] = "not_met", ["eu-2004-81:9.2"] = "not_met" },
  },
  {
    name = "special needs only for pregnant women: partly met",
    profile = { victim_residence = { special_needs_assistance = { adopted = "partly", source = "Health Act s. 9", missing = { "the disabled", "victims of sexual or other violence" } } } },
    expect = { ["eu-2004-81:9.2"] = "partly_met" },
  },
  {
    name = "nothing known",
    profile = {},
    expect = { ["eu-2004-81:9.1"] = "unknown", ["eu-2004-81:9.2"] = "unknown" },
  },
}
