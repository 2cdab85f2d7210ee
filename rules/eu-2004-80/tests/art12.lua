-- Test cases for Directive 2004/80/EC article 12(2) (rules/eu-2004-80/art12.lua).
-- The national scheme is the fact of UNTOC art. 25(2)
-- (protection.victim_compensation_state); the table of correspondence
-- decides only when the profile says nothing of the scheme.
return {
  {
    name = "a State scheme for victims of violent intentional crime: met",
    profile = { protection = { victim_compensation_state = { adopted = true, source = "Criminal Injuries Compensation Act 1996, s. 2" } } },
    expect = { ["eu-2004-80:12.2"] = "met" },
  },
  {
    name = "a scheme reserved to nationals: partly met",
    profile = { protection = { victim_compensation_state = { adopted = "partly", source = "Criminal Injuries Compensation Act 1996, s. 2",
                                                             missing = { "victims who are not nationals of the State" } } } },
    expect = { ["eu-2004-80:12.2"] = "partly_met" },
  },
  {
    name = "no State scheme: not met",
    profile = { protection = { victim_compensation_state = { adopted = false } } },
    expect = { ["eu-2004-80:12.2"] = "not_met" },
  },
  {
    name = "the scheme repealed before the assessment date: not met",
    profile = { protection = { victim_compensation_state = { adopted = true, source = "Act 1996", repealed = "2010-01-01" } } },
    expect = { ["eu-2004-80:12.2"] = "not_met" },
  },
  {
    name = "the scheme not described, the table's row says transposed: met",
    profile = {
      transposition = { ["eu-2004-80"] = {
        measures = { act = { title = "Criminal Injuries Compensation Act 1996", kind = "pre_existing", from = "1996-04-01" } },
        table = { { provision = "eu-2004-80:12.2", measures = { "act" } } },
      } },
    },
    expect = { ["eu-2004-80:12.2"] = "met" },
  },
  {
    name = "nothing known: unknown",
    profile = {},
    expect = { ["eu-2004-80:12.2"] = "unknown" },
  },
}
