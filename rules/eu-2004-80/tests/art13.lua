-- Test cases for Directive 2004/80/EC article 13(1) (rules/eu-2004-80/art13.lua).
return {
  {
    name = "all four items sent on time: met",
    profile = { notifications = {
      { provision = "eu-2004-80:13.1.a", date = "2005-06-20", content = "Assisting authority: the Ministry of Justice; deciding authority: the Compensation Board." },
      { provision = "eu-2004-80:13.1.b", date = "2005-06-20" },
      { provision = "eu-2004-80:13.1.c", date = "2005-06-20" },
      { provision = "eu-2004-80:13.1.d", date = "2005-06-20" },
    } },
    expect = { ["eu-2004-80:13.1"] = "met" },
  },
  {
    name = "sent late: still met at the assessment date",
    profile = { notifications = {
      { provision = "eu-2004-80:13.1.a", date = "2006-03-01" }, { provision = "eu-2004-80:13.1.b", date = "2006-03-01" },
      { provision = "eu-2004-80:13.1.c", date = "2006-03-01" }, { provision = "eu-2004-80:13.1.d", date = "2006-03-01" },
    } },
    expect = { ["eu-2004-80:13.1"] = "met" },
  },
  {
    name = "authorities and languages only: partly met",
    profile = { notifications = { { provision = "eu-2004-80:13.1.a", date = "2005-06-20" }, { provision = "eu-2004-80:13.1.b", date = "2005-06-20" } } },
    expect = { ["eu-2004-80:13.1"] = "partly_met" },
  },
  {
    name = "sent after the assessment date: not counted",
    as_of = "2005-08-01",
    profile = { notifications = { { provision = "eu-2004-80:13.1.a", date = "2005-09-01" } },
                transposition = { ["eu-2004-80"] = { table = { { provision = "eu-2004-80:13.1", adopted = false } } } } },
    expect = { ["eu-2004-80:13.1"] = "not_met" },
  },
  {
    name = "a notifications list with nothing under 13(1): not met (the list is taken to be complete)",
    profile = { notifications = {} },
    expect = { ["eu-2004-80:13.1"] = "not_met" },
  },
  {
    name = "sent only after the assessment date, the list complete: not met without a table row",
    as_of = "2005-08-01",
    profile = { notifications = { { provision = "eu-2004-80:13.1.a", date = "2005-09-01" } } },
    expect = { ["eu-2004-80:13.1"] = "not_met" },
  },
  {
    name = "nothing recorded: unknown",
    profile = {},
    expect = { ["eu-2004-80:13.1"] = "unknown" },
  },
}
