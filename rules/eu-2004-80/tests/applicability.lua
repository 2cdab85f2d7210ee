-- Applicability of Directive 2004/80/EC: membership (rules/eu-members.lua),
-- per-provision deadlines (art. 12(2) and 13(1) on 1 July 2005, the rest on
-- 1 January 2006), accession after the deadline, withdrawal and the United
-- Kingdom's transition period, and an opt-out stated in the profile.
return {
  {
    name = "before 1 July 2005 nothing is due",
    as_of = "2005-06-30",
    profile = {},
    expect = { ["eu-2004-80:12.2"] = "not_applicable", ["eu-2004-80:13.1"] = "not_applicable", ["eu-2004-80:1"] = "not_applicable" },
  },
  {
    name = "from 1 July 2005 art. 12(2) and 13(1) are due, the rest not yet",
    as_of = "2005-07-01",
    profile = {},
    expect = { ["eu-2004-80:12.2"] = "unknown", ["eu-2004-80:13.1"] = "unknown", ["eu-2004-80:1"] = "not_applicable", ["eu-2004-80:18.3"] = "not_applicable" },
  },
  {
    name = "from 1 January 2006 everything is due",
    as_of = "2006-01-01",
    profile = {},
    expect = { ["eu-2004-80:1"] = "unknown", ["eu-2004-80:18.3"] = "unknown" },
  },
  {
    name = "a State of the 2004 enlargement is bound from the deadlines (it acceded before them)",
    as_of = "2005-07-01",
    profile = { state = { code = "POL", name = "Poland" } },
    expect = { ["eu-2004-80:12.2"] = "unknown", ["eu-2004-80:1"] = "not_applicable" },
  },
  {
    name = "Croatia before its accession: not bound",
    as_of = "2013-06-30",
    profile = { state = { code = "HRV", name = "Croatia" } },
    expect = { ["eu-2004-80:12.2"] = "not_applicable", ["eu-2004-80:1"] = "not_applicable" },
  },
  {
    name = "Croatia bound from its accession, after every deadline",
    as_of = "2013-07-01",
    profile = { state = { code = "HRV", name = "Croatia" } },
    expect = { ["eu-2004-80:12.2"] = "unknown", ["eu-2004-80:1"] = "unknown" },
  },
  {
    name = "the United Kingdom during the transition period: bound",
    as_of = "2020-12-31",
    profile = { state = { code = "GBR", name = "United Kingdom" } },
    expect = { ["eu-2004-80:12.2"] = "unknown", ["eu-2004-80:1"] = "unknown" },
  },
  {
    name = "the United Kingdom after the transition period: not bound",
    as_of = "2021-01-01",
    profile = { state = { code = "GBR", name = "United Kingdom" } },
    expect = { ["eu-2004-80:12.2"] = "not_applicable", ["eu-2004-80:1"] = "not_applicable" },
  },
  {
    name = "a State the profile records as not taking part: not bound",
    profile = { parties = { ["eu-2004-80"] = { opted_out = true } } },
    expect = { ["eu-2004-80:12.2"] = "not_applicable" },
  },
}
