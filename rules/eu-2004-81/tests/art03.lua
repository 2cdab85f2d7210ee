-- Test cases for Directive 2004/81/EC article 3 (rules/eu-2004-81/art03.lua),
-- and the applicability of the directive: participation (recitals 21 and
-- 22), the transposition deadline, accession after it, withdrawal.
return {
  {
    name = "victims of trafficking covered; both options taken",
    profile = { victim_residence = {
      trafficking_victims = { adopted = true, source = "Aliens Act s. 40" },
      smuggled_persons = { adopted = true, source = "Aliens Act s. 40(3)" },
      minors = { adopted = true, source = "Aliens Act s. 40(5)" } } },
    expect = { ["eu-2004-81:3.1"] = "met", ["eu-2004-81:3.2"] = "met", ["eu-2004-81:3.3"] = "met" },
  },
  {
    name = "no scheme; neither option taken",
    profile = { victim_residence = {
      trafficking_victims = { adopted = false }, smuggled_persons = { adopted = false }, minors = { adopted = false } } },
    expect = { ["eu-2004-81:3.1"] = "not_met", ["eu-2004-81:3.2"] = "not_met", ["eu-2004-81:3.3"] = "not_met" },
  },
  {
    name = "scheme limited to victims who entered lawfully: partly met",
    profile = { victim_residence = { trafficking_victims = { adopted = "partly", source = "Aliens Act s. 40", missing = { "victims who entered illegally" } } } },
    expect = { ["eu-2004-81:3.1"] = "partly_met" },
  },
  {
    name = "nothing known",
    profile = {},
    expect = { ["eu-2004-81:3.1"] = "unknown", ["eu-2004-81:3.2"] = "unknown", ["eu-2004-81:3.3"] = "unknown" },
  },
  {
    name = "scheme enacted after the assessment date: not met then",
    as_of = "2010-01-01",
    profile = { victim_residence = { trafficking_victims = { adopted = true, source = "Aliens Act s. 40", from = "2012-03-01" } } },
    expect = { ["eu-2004-81:3.1"] = "not_met" },
  },
  -- Applicability (engine/applicability.c, from the descriptor and rules/eu-members.lua)
  {
    name = "before the deadline (5 August 2006): not applicable",
    as_of = "2006-08-04",
    profile = { victim_residence = { trafficking_victims = { adopted = false } } },
    expect = { ["eu-2004-81:3.1"] = "not_applicable" },
  },
  {
    name = "on the deadline: bound",
    as_of = "2006-08-05",
    profile = { victim_residence = { trafficking_victims = { adopted = false } } },
    expect = { ["eu-2004-81:3.1"] = "not_met" },
  },
  {
    name = "Denmark does not take part (recital 22)",
    profile = { state = { code = "DNK", name = "Denmark", eu_member = { from = "1973-01-01" } },
                victim_residence = { trafficking_victims = { adopted = false } } },
    expect = { ["eu-2004-81:3.1"] = "not_applicable", ["eu-2004-81:17#inform"] = "not_applicable" },
  },
  {
    name = "Ireland does not take part (recital 21)",
    profile = { state = { code = "IRL", name = "Ireland", eu_member = { from = "1973-01-01" } },
                victim_residence = { trafficking_victims = { adopted = false } } },
    expect = { ["eu-2004-81:3.1"] = "not_applicable" },
  },
  {
    name = "the United Kingdom does not take part (recital 21), even before it left",
    as_of = "2010-01-01",
    profile = { state = { code = "GBR", name = "United Kingdom", eu_member = { from = "1973-01-01" } },
                victim_residence = { trafficking_victims = { adopted = false } } },
    expect = { ["eu-2004-81:3.1"] = "not_applicable" },
  },
  {
    name = "a State excluded by the recitals that later accepted the directive (opted_out = false) is bound",
    profile = { state = { code = "IRL", name = "Ireland", eu_member = { from = "1973-01-01" } },
                parties = { ["eu-2004-81"] = { opted_out = false, source = "fictional acceptance under art. 4 of the Protocol" } },
                victim_residence = { trafficking_victims = { adopted = false } } },
    expect = { ["eu-2004-81:3.1"] = "not_met" },
  },
  {
    name = "Romania, acceding on 1 January 2007 after the deadline: not bound in 2006",
    as_of = "2006-12-31",
    profile = { state = { code = "ROU", name = "Romania" }, victim_residence = { trafficking_victims = { adopted = false } } },
    expect = { ["eu-2004-81:3.1"] = "not_applicable" },
  },
  {
    name = "Romania: bound from its accession",
    as_of = "2007-01-01",
    profile = { state = { code = "ROU", name = "Romania" }, victim_residence = { trafficking_victims = { adopted = false } } },
    expect = { ["eu-2004-81:3.1"] = "not_met" },
  },
  {
    name = "Croatia, acceding on 1 July 2013: bound from then",
    as_of = "2013-07-01",
    profile = { state = { code = "HRV", name = "Croatia" }, victim_residence = { trafficking_victims = { adopted = true, source = "fictional" } } },
    expect = { ["eu-2004-81:3.1"] = "met" },
  },
  {
    name = "a fictional State that left the Union: not applicable after it left",
    as_of = "2021-06-01",
    profile = { state = { eu_member = { from = "1995-01-01", left = "2021-01-01" } },
                victim_residence = { trafficking_victims = { adopted = false } } },
    expect = { ["eu-2004-81:3.1"] = "not_applicable" },
  },
}
