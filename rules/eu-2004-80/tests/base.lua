-- Base profile for the tests of Directive 2004/80/EC: a fictional Member
-- State ("TST", not in rules/eu-members.lua, so its profile's eu_member
-- decides) that joined in 1995, assessed in 2024, with nothing known about
-- its law.  Cases merge their fragment onto it (named fields merge, lists
-- replace); cases on applicability take a real State code, whose dates then
-- come from rules/eu-members.lua.
return {
  profile_format = 1,
  state = { code = "TST", name = "Testland", kind = "state", eu_member = { from = "1995-01-01" } },
  describes_law_as_of = "2024-01-01",
}
