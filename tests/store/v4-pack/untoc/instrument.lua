-- A small UNTOC pack (article 15 only) with which tests/store/v4.sql was
-- saved by lexgap of schema version 4; see tests/e2e/suites/store-integrity.sh.
return {
  id = "untoc",
  title = { en = "United Nations Convention against Transnational Organized Crime", fr = "Convention des Nations Unies contre la criminalité transnationale organisée" },
  short = { en = "UNTOC", fr = "CTO" },
  kind = "treaty",
  in_force = "2003-09-29",
  days_after_deposit = 30,
  denunciation_years = 1,
  clusters = { { en = "Criminalization and jurisdiction", fr = "Incrimination et compétence" } },
}
