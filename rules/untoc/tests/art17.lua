-- Test cases for UNTOC article 17 (rules/untoc/art17.lua): optional.
return {
  {
    name = "party to a multilateral convention on the transfer of sentenced persons: met (option used)",
    profile = { transfers = { sentenced_persons = { adopted = true, source = "Transfer of Prisoners Act s. 2; multilateral convention of 1983" } } },
    expect = { ["untoc:17"] = "met" },
  },
  {
    name = "no agreement on the transfer of sentenced persons: not met (optional, never a gap)",
    profile = { transfers = { sentenced_persons = { adopted = false } } },
    expect = { ["untoc:17"] = "not_met" },
  },
  {
    name = "nothing known: unknown",
    profile = {},
    expect = { ["untoc:17"] = "unknown" },
  },
  {
    name = "considered but not concluded: still not adopted (considered counts only for consider or endeavour)",
    profile = { transfers = { sentenced_persons = { adopted = false, considered = true } } },
    expect = { ["untoc:17"] = "not_met" },
  },
  {
    name = "transfer treaty in force only after the as-of date: not met",
    as_of = "2004-01-01",
    profile = { transfers = { sentenced_persons = { adopted = true, source = "Transfer of Prisoners Act s. 2", from = "2005-03-01" } } },
    expect = { ["untoc:17"] = "not_met" },
  },
}
