-- Base profile for the tests of Directive 2004/82/EC: a fictional Member
-- State (not listed in rules/eu-members.lua, so its own `eu_member` date
-- decides) bound by the directive, assessed after the transposition deadline,
-- and nothing else known.  Each test case merges its fragment onto this
-- profile (named fields merge, lists replace).
return {
  profile_format = 1,
  state = { code = "TST", name = "Testland", kind = "state", eu_member = { from = "1995-01-01" } },
  describes_law_as_of = "2024-01-01",
}
