-- Base profile for the Cybercrime Convention rule tests: a State that signed
-- the Convention and nothing else known.  The Convention is not in force, so
-- every case is assessed as a prospective party (`prospective = true`).
return {
  profile_format = 1,
  state = { code = "TST", name = "Testland", kind = "state" },
  describes_law_as_of = "2026-06-01",
  parties = {
    cybercrime = { signed = "2025-10-25" },
  },
}
