-- Test cases for Directive 2004/81/EC article 13 (rules/eu-2004-81/art13.lua):
-- non-renewal is in effect the State's choice (art. 4), never a gap.
return {
  {
    name = "non-renewal provided for",
    profile = { victim_residence = { non_renewal = { adopted = true, source = "Aliens Act s. 42" } } },
    expect = { ["eu-2004-81:13.1"] = "met" },
  },
  {
    name = "permit renewed whatever happens: not adopted (optional, more favourable under art. 4)",
    profile = { victim_residence = { non_renewal = { adopted = false, note = "The permit is renewed for as long as the holder resides." } } },
    expect = { ["eu-2004-81:13.1"] = "not_met" },
  },
  {
    name = "nothing known",
    profile = {},
    expect = { ["eu-2004-81:13.1"] = "unknown" },
  },
}
