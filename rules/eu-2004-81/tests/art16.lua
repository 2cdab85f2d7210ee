-- Test cases for Directive 2004/81/EC article 16 (rules/eu-2004-81/art16.lua).
return {
  {
    name = "information sent for the Commission's report",
    profile = { notifications = { { provision = "eu-2004-81:16.1", date = "2008-03-01", content = "Reply to the Commission's questionnaire", source = "fictional" } } },
    expect = { ["eu-2004-81:16.1"] = "met" },
  },
  {
    name = "communications listed, none for the report",
    profile = { notifications = {} },
    expect = { ["eu-2004-81:16.1"] = "not_met" },
  },
  {
    name = "none listed before the report was due: not applicable",
    as_of = "2007-01-01",
    profile = { notifications = {} },
    expect = { ["eu-2004-81:16.1"] = "not_applicable" },
  },
  {
    name = "Croatia, bound from 1 July 2013, after the report was due: not applicable",
    as_of = "2014-01-01",
    profile = { state = { code = "HRV", name = "Croatia" }, notifications = {} },
    expect = { ["eu-2004-81:16.1"] = "not_applicable" },
  },
  {
    name = "Romania, bound from 1 January 2007, before the report was due: not met without a communication",
    as_of = "2014-01-01",
    profile = { state = { code = "ROU", name = "Romania" }, notifications = {} },
    expect = { ["eu-2004-81:16.1"] = "not_met" },
  },
  {
    name = "Croatia, a communication recorded: still not applicable (the duty never concerned it)",
    as_of = "2014-01-01",
    profile = { state = { code = "HRV", name = "Croatia" },
                notifications = { { provision = "eu-2004-81:16.1", date = "2013-09-01" } } },
    expect = { ["eu-2004-81:16.1"] = "not_applicable" },
  },
  {
    name = "communications not recorded, before the report was due: not applicable",
    as_of = "2007-01-01",
    profile = {},
    expect = { ["eu-2004-81:16.1"] = "not_applicable" },
  },
  {
    name = "communications not recorded",
    profile = {},
    expect = { ["eu-2004-81:16.1"] = "unknown" },
  },
}
