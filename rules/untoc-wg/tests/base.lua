-- Base profile for the untoc-wg tests: a State party to UNTOC (the
-- recommendations are made to its parties) and nothing else known.  Each case
-- merges its fragment onto it, so a case states only the facts it is about.
return {
  profile_format = 1,
  state = { code = "TST", name = "Testland", kind = "state" },
  describes_law_as_of = "2024-01-01",
  parties = {
    untoc = { signed = "2000-12-12", deposited = "2003-01-15", means = "ratification" },
  },
}
