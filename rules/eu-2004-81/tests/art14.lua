-- Test cases for Directive 2004/81/EC article 14 (rules/eu-2004-81/art14.lua).
return {
  {
    name = "withdrawal on the directive's grounds",
    profile = { victim_residence = { withdrawal = { adopted = true, grounds = { "renewed_contact", "fraud", "public_policy", "ceased_cooperation" }, source = "Aliens Act s. 43" } } },
    expect = { ["eu-2004-81:14"] = "met" },
  },
  {
    name = "no withdrawal",
    profile = { victim_residence = { withdrawal = { adopted = false } } },
    expect = { ["eu-2004-81:14"] = "not_met" },
  },
  {
    name = "nothing known",
    profile = {},
    expect = { ["eu-2004-81:14"] = "unknown" },
  },
}
