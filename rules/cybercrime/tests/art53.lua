-- Cases for Cybercrime Convention art. 53 (rules/cybercrime/art53.lua);
-- prospective: the Convention is not in force.
return {
  { name = "53: every measure in place: met", prospective = true,
    profile = { cyber_prevention = { policies = { adopted = true, source = "National Cyber Strategy 2025" }, non_public_participation = { adopted = true, source = "National Cyber Strategy 2025" }, reporting_authority = { adopted = true, source = "National Cyber Strategy 2025" }, framework_evaluation = { adopted = true, source = "National Cyber Strategy 2025" }, international_collaboration = { adopted = true, source = "National Cyber Strategy 2025" } }, notifications = { { provision = "cybercrime:53.7", date = "2026-02-01", content = "National Cybersecurity Agency, Paris." } } },
    expect = { ["cybercrime:53.1"] = "met", ["cybercrime:53.2"] = "met", ["cybercrime:53.4"] = "met", ["cybercrime:53.5"] = "met", ["cybercrime:53.6"] = "met", ["cybercrime:53.7"] = "met" } },
  { name = "53: nothing known: unknown", prospective = true,
    expect = { ["cybercrime:53.1"] = "unknown", ["cybercrime:53.2"] = "unknown", ["cybercrime:53.4"] = "unknown", ["cybercrime:53.5"] = "unknown", ["cybercrime:53.6"] = "unknown", ["cybercrime:53.7"] = "unknown" } },
  { name = "53: nothing in place, nothing considered: not met (a gap only where mandatory)", prospective = true,
    profile = { cyber_prevention = { policies = { adopted = false }, non_public_participation = { adopted = false }, reporting_authority = { adopted = false }, framework_evaluation = { adopted = false }, international_collaboration = { adopted = false } }, notifications = { { provision = "untoc:31.6", date = "2004-01-01", content = "Ministry of the Interior." } } },
    expect = { ["cybercrime:53.1"] = "not_met", ["cybercrime:53.2"] = "not_met", ["cybercrime:53.4"] = "not_met", ["cybercrime:53.5"] = "not_met", ["cybercrime:53.6"] = "not_met", ["cybercrime:53.7"] = "not_met", ["untoc:31.6"] = "met" } },
  { name = "cybercrime:53.1: considered or pursued, not adopted: met (endeavour)", prospective = true,
    profile = { cyber_prevention = { policies = { adopted = false, considered = true, source = "Government reply, 2025" } } },
    expect = { ["cybercrime:53.1"] = "met" } },
  { name = "cybercrime:53.2: in place in part: partly met", prospective = true,
    profile = { cyber_prevention = { non_public_participation = { adopted = "partly", source = "Decree 2025-1", missing = { "the part the decree leaves out" } } } },
    expect = { ["cybercrime:53.2"] = "partly_met" } },
  { name = "cybercrime:53.4: in place in part: partly met", prospective = true,
    profile = { cyber_prevention = { reporting_authority = { adopted = "partly", source = "Decree 2025-1", missing = { "the part the decree leaves out" } } } },
    expect = { ["cybercrime:53.4"] = "partly_met" } },
  { name = "cybercrime:53.5: considered or pursued, not adopted: met (endeavour)", prospective = true,
    profile = { cyber_prevention = { framework_evaluation = { adopted = false, considered = true, source = "Government reply, 2025" } } },
    expect = { ["cybercrime:53.5"] = "met" } },
  -- 53(7): a communication dated after the as-of date was not made by then
  -- (the finding says so); on the day itself it was.
  { name = "53(7): communication dated the day after the as-of date: not met", prospective = true, as_of = "2026-06-01",
    profile = { notifications = { { provision = "cybercrime:53.7", date = "2026-06-02", content = "National Cybersecurity Agency" } } },
    expect = { ["cybercrime:53.7"] = "not_met" } },
  { name = "53(7): communication dated on the as-of date: met", prospective = true, as_of = "2026-06-02",
    profile = { notifications = { { provision = "cybercrime:53.7", date = "2026-06-02", content = "National Cybersecurity Agency" } } },
    expect = { ["cybercrime:53.7"] = "met" } },
  -- 53(1), 53(2): a fundamental principle stated is quoted, the status kept
  -- ("conformément aux principes fondamentaux" shapes the measures, it does
  -- not dispense with them).
  { name = "53(1) in part, 53(2) absent, a principle stated for art. 53: partly met and not met as without it", prospective = true,
    profile = { cyber_prevention = { policies = { adopted = "partly", missing = { "no implementation plan" }, source = "National Cyber Strategy 2025" },
                                     non_public_participation = { adopted = false, source = "Government reply, 2026" } },
                principles = { { provisions = { "cybercrime:53" }, statement = "The State does not direct private associations.", source = "Constitution, art. 12" } } },
    expect = { ["cybercrime:53.1"] = "partly_met", ["cybercrime:53.2"] = "not_met" } },
  { name = "53: not in force, not assessed prospectively: not applicable",
    profile = { cyber_prevention = { policies = { adopted = true, source = "National Cyber Strategy 2025" } } },
    expect = { ["cybercrime:53.1"] = "not_applicable" } },
}
