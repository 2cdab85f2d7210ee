-- Test cases for UNTOC article 28 (rules/untoc/art28.lua): three duties to consider.
return {
  {
    name = "trend analysis, shared expertise and policy monitoring in place",
    profile = { law_enforcement = {
      trend_analysis = { adopted = true, source = "National Crime Observatory Decree, art. 2" },
      analytical_expertise = { adopted = true, source = "Memorandum with the regional police organisation (2016)" },
      policy_monitoring = { adopted = true, source = "Organized Crime Strategy 2022-2026, ch. 7" },
    } },
    expect = { ["untoc:28.1"] = "met", ["untoc:28.2"] = "met", ["untoc:28.3"] = "met" },
  },
  {
    name = "considered without adopting: the duties to consider are met",
    profile = { law_enforcement = {
      trend_analysis = { adopted = false, considered = true, note = "Feasibility study (2020)." },
      analytical_expertise = { adopted = false, considered = true },
      policy_monitoring = { adopted = false, considered = true },
    } },
    expect = {
      ["untoc:28.1"] = { status = "met", option = "considered" },
      ["untoc:28.2"] = { status = "met", option = "considered" },
      ["untoc:28.3"] = { status = "met", option = "considered" },
    },
  },
  {
    name = "never considered",
    profile = { law_enforcement = {
      trend_analysis = { adopted = false }, analytical_expertise = { adopted = false }, policy_monitoring = { adopted = false },
    } },
    expect = { ["untoc:28.1"] = "not_met", ["untoc:28.2"] = "not_met", ["untoc:28.3"] = "not_met" },
  },
  {
    name = "trend analysis without the academic community",
    profile = { law_enforcement = { trend_analysis = { adopted = "partly", source = "Police Intelligence Directive (2019)",
      missing = { "No consultation of the scientific and academic communities." } } } },
    expect = { ["untoc:28.1"] = "partly_met" },
  },
  {
    name = "nothing known",
    profile = {},
    expect = { ["untoc:28.1"] = "unknown", ["untoc:28.2"] = "unknown", ["untoc:28.3"] = "unknown" },
  },
}
