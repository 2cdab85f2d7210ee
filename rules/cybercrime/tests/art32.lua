-- Cases for Cybercrime Convention art. 32 (rules/cybercrime/art32.lua):
-- previous convictions abroad, the fact shared with UNTOC art. 22
-- (prospective).
return {
  { name = "32: foreign convictions taken into account (the fact UNTOC art. 22 reads)", prospective = true,
    profile = { investigation = { foreign_convictions = { adopted = true, source = "Penal Code s. 40" } } },
    expect = { ["cybercrime:32"] = "met", ["untoc:22"] = "met" } },
  { name = "32: not adopted (optional: reported, never a gap)", prospective = true,
    profile = { investigation = { foreign_convictions = { adopted = false, source = "Ministry of Justice reply" } } },
    expect = { ["cybercrime:32"] = "not_met" } },
  { name = "32: the profile does not say", prospective = true,
    expect = { ["cybercrime:32"] = "unknown" } },
}
