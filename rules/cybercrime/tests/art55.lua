-- Cases for Cybercrime Convention art. 55 (rules/cybercrime/art55.lua);
-- prospective: the Convention is not in force.
return {
  { name = "55: every measure in place: met", prospective = true,
    profile = { cyber_information = { trend_analysis = { adopted = true, source = "National Cyber Strategy 2025" }, statistics_sharing = { adopted = true, source = "National Cyber Strategy 2025" }, policy_monitoring = { adopted = true, source = "National Cyber Strategy 2025" }, developments_exchange = { adopted = true, source = "National Cyber Strategy 2025" } } },
    expect = { ["cybercrime:55.1"] = "met", ["cybercrime:55.2"] = "met", ["cybercrime:55.3"] = "met", ["cybercrime:55.4"] = "met" } },
  { name = "55: nothing known: unknown", prospective = true,
    expect = { ["cybercrime:55.1"] = "unknown", ["cybercrime:55.2"] = "unknown", ["cybercrime:55.3"] = "unknown", ["cybercrime:55.4"] = "unknown" } },
  { name = "55: nothing in place, nothing considered: not met (a gap only where mandatory)", prospective = true,
    profile = { cyber_information = { trend_analysis = { adopted = false }, statistics_sharing = { adopted = false }, policy_monitoring = { adopted = false }, developments_exchange = { adopted = false } } },
    expect = { ["cybercrime:55.1"] = "not_met", ["cybercrime:55.2"] = "not_met", ["cybercrime:55.3"] = "not_met", ["cybercrime:55.4"] = "not_met" } },
  { name = "cybercrime:55.1: considered or pursued, not adopted: met (consider)", prospective = true,
    profile = { cyber_information = { trend_analysis = { adopted = false, considered = true, source = "Government reply, 2025" } } },
    expect = { ["cybercrime:55.1"] = "met" } },
  { name = "cybercrime:55.2: considered or pursued, not adopted: met (consider)", prospective = true,
    profile = { cyber_information = { statistics_sharing = { adopted = false, considered = true, source = "Government reply, 2025" } } },
    expect = { ["cybercrime:55.2"] = "met" } },
  { name = "cybercrime:55.3: considered or pursued, not adopted: met (consider)", prospective = true,
    profile = { cyber_information = { policy_monitoring = { adopted = false, considered = true, source = "Government reply, 2025" } } },
    expect = { ["cybercrime:55.3"] = "met" } },
  { name = "cybercrime:55.4: considered or pursued, not adopted: met (consider)", prospective = true,
    profile = { cyber_information = { developments_exchange = { adopted = false, considered = true, source = "Government reply, 2025" } } },
    expect = { ["cybercrime:55.4"] = "met" } },
  -- A measure adopted in part that the State records it considered: the
  -- duty to consider is met, as when it adopted none after consideration;
  -- without `considered`, the measure is reported as adopted in part.
  { name = "55(3): adopted in part and considered: met (consider), not below the measure considered and not adopted", prospective = true,
    profile = { cyber_information = { policy_monitoring = { adopted = "partly", considered = true, missing = { "no evaluation of effectiveness" }, source = "Cyber Strategy Monitoring Circular 2025" } } },
    expect = { ["cybercrime:55.3"] = { status = "met", option = "considered" } } },
  { name = "55(1): adopted in part, consideration not recorded: partly met (consider, never a gap)", prospective = true,
    profile = { cyber_information = { trend_analysis = { adopted = "partly", missing = { "no consultation of experts outside government" }, source = "Cybercrime Observatory Decree 2024" } } },
    adding = { cyber_information = { trend_analysis = { adopted = "partly", considered = true, missing = { "no consultation of experts outside government" }, source = "Cybercrime Observatory Decree 2024" } } },
    expect = { ["cybercrime:55.1"] = { status = "met", option = "considered" } } },
  { name = "55: not in force, not assessed prospectively: not applicable",
    profile = { cyber_information = { trend_analysis = { adopted = true, source = "National Cyber Strategy 2025" } } },
    expect = { ["cybercrime:55.1"] = "not_applicable" } },
}
