-- Base profile for the UNTOC rule tests: a State bound by the Convention and
-- nothing else known.  Each test case merges its fragment onto this profile
-- (keyed fields replace or merge, lists replace), so a case states only the
-- facts it is about, and every other obligation stays `unknown`.
return {
  profile_format = 1,
  state = { code = "TST", name = "Testland", kind = "state" },
  describes_law_as_of = "2024-01-01",
  parties = {
    untoc = { signed = "2000-12-12", deposited = "2003-01-15", means = "ratification" },
  },
}
