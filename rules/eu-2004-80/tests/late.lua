-- Test cases for a late transposition of Directive 2004/80/EC (the EU
-- section of engine/lua/lexgap.lua, lx.noting_late).  A provision transposed
-- by measures that all entered into force after it became due for the State
-- (its deadline: 1 January 2006, 1 July 2005 for arts 12(2) and 13(1); or
-- the State's accession, when later) keeps its status: the law in force at
-- the assessment date is what is rated, and the explanation adds "Transposed
-- late: ...".  These cases check the status; the sentence itself, and the
-- cases where it must not appear, are checked in
-- tests/e2e/suites/late-transposition.sh.
return {
  {
    name = "transposed late (in force 2006-05-01, due 2006-01-01): still met",
    profile = { transposition = { ["eu-2004-80"] = { measures = { late = { title = "Late Act 2006", kind = "act", from = "2006-05-01" } },
      table = { { provision = "eu-2004-80:4", measures = { "late" } } } } } },
    expect = { ["eu-2004-80:4"] = "met" },
  },
  {
    name = "partly transposed late: still partly met",
    profile = { transposition = { ["eu-2004-80"] = { measures = { late = { title = "Late Act 2006", kind = "act", from = "2006-05-01" } },
      table = { { provision = "eu-2004-80:11.1", measures = { "late" }, adopted = "partly",
                  missing = { "acceptance of a second language (art. 11(1)(b))" } } } } } },
    expect = { ["eu-2004-80:11.1"] = "partly_met" },
  },
  {
    name = "transposed on time (in force 2005-12-01): met",
    profile = { transposition = { ["eu-2004-80"] = { measures = { ontime = { title = "Timely Act 2005", kind = "act", from = "2005-12-01" } },
      table = { { provision = "eu-2004-80:4", measures = { "ontime" } } } } } },
    expect = { ["eu-2004-80:4"] = "met" },
  },
  {
    name = "the late act assessed before it entered into force: not met",
    as_of = "2006-03-01",
    profile = { transposition = { ["eu-2004-80"] = { measures = { late = { title = "Late Act 2006", kind = "act", from = "2006-05-01" } },
      table = { { provision = "eu-2004-80:4", measures = { "late" } } } } } },
    expect = { ["eu-2004-80:4"] = "not_met" },
  },
  {
    name = "art. 12(2), its own deadline (2005-07-01): a scheme of 2005-09-01 is late, still met",
    profile = { transposition = { ["eu-2004-80"] = { measures = { scheme = { title = "Compensation Scheme Act 2005", kind = "act", from = "2005-09-01" } },
      table = { { provision = "eu-2004-80:12.2", measures = { "scheme" } } } } } },
    expect = { ["eu-2004-80:12.2"] = "met" },
  },
  {
    name = "art. 12(2) read from the national scheme, in force after 2005-07-01: still met",
    profile = { protection = { victim_compensation_state = { adopted = true, source = "Compensation Act 2005, s. 1", from = "2005-09-01" } } },
    expect = { ["eu-2004-80:12.2"] = "met" },
  },
  {
    name = "art. 13(1), its own deadline (2005-07-01): information sent late, still met",
    profile = { notifications = {
      { provision = "eu-2004-80:13.1.a", date = "2005-09-01" }, { provision = "eu-2004-80:13.1.b", date = "2005-09-01" },
      { provision = "eu-2004-80:13.1.c", date = "2005-09-01" }, { provision = "eu-2004-80:13.1.d", date = "2005-09-01" } } },
    expect = { ["eu-2004-80:13.1"] = "met" },
  },
  {
    name = "Croatia (accession 2013-07-01, after every deadline): transposed on accession, met",
    profile = { state = { code = "HRV", name = "Croatia (test)", eu_member = { from = "2013-07-01" } },
                transposition = { ["eu-2004-80"] = {
                  measures = { act = { title = "Accession Act 2013", kind = "act", from = "2013-07-01" } },
                  table = { { provision = "eu-2004-80:4", measures = { "act" } }, { provision = "eu-2004-80:12.2", measures = { "act" } } } } } },
    expect = { ["eu-2004-80:4"] = "met", ["eu-2004-80:12.2"] = "met" },
  },
}
