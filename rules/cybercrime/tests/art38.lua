-- Cases for Cybercrime Convention art. 38, transfer of sentenced persons (prospective: the
-- Convention is not in force).  Every obligation has met, partly or not
-- met, and unknown cases, and each condition and option its own.
return {
  { name = "38: provided for", prospective = true,
    profile = { transfers = { sentenced_persons = { adopted = true, source = "Test law s. 1" } } },
    expect = { ["cybercrime:38"] = "met" } },
  { name = "38: provided for in part", prospective = true,
    profile = { transfers = { sentenced_persons = { adopted = "partly", source = "Test law s. 1", missing = { "an element" } } } },
    expect = { ["cybercrime:38"] = "partly_met" } },
  { name = "38: not provided for", prospective = true,
    profile = { transfers = { sentenced_persons = { adopted = false, source = "Test law s. 1" } } },
    expect = { ["cybercrime:38"] = "not_met" } },
  { name = "38: the profile does not say", prospective = true,
    expect = { ["cybercrime:38"] = "unknown" } },
}
