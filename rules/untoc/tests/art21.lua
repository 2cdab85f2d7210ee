-- Test cases for UNTOC article 21 (rules/untoc/art21.lua): consider.
return {
  {
    name = "proceedings can be transferred and taken over: met",
    profile = { transfers = { criminal_proceedings = { adopted = true, source = "Code of Criminal Procedure s. 400 (official denunciation)" } } },
    expect = { ["untoc:21"] = "met" },
  },
  {
    name = "considered and not adopted: met (considered)",
    profile = { transfers = { criminal_proceedings = { adopted = false, considered = true, source = "Law Commission report No. 88 (2012)" } } },
    expect = { ["untoc:21"] = { status = "met", option = "considered" } },
  },
  {
    name = "neither provided for nor considered: not met (a duty to consider, not a gap)",
    profile = { transfers = { criminal_proceedings = { adopted = false } } },
    expect = { ["untoc:21"] = "not_met" },
  },
  {
    name = "nothing known: unknown",
    profile = {},
    expect = { ["untoc:21"] = "unknown" },
  },
  {
    name = "transfer only under a partial regime: partly met",
    profile = { transfers = { criminal_proceedings = { adopted = "partly", source = "Code of Criminal Procedure s. 400",
                                                        missing = { "taking over proceedings for offences committed abroad by foreigners" } } } },
    expect = { ["untoc:21"] = "partly_met" },
  },
}
