-- Test cases for a late transposition of Directive 2004/82/EC (due on
-- 2006-09-05; the EU section of engine/lua/lexgap.lua: the measure patterns
-- note the entry into force of the measures a finding rests on, and lx._run
-- adds "Transposed late: ..." once, through lx.noting_late).  A provision
-- whose measures all entered into force after it became due for the State
-- keeps its status.  These cases check the status; the sentence itself, and
-- the cases where it must not appear, are checked in
-- tests/e2e/suites/late-transposition.sh.
return {
  {
    name = "art. 3(1) transposed late (in force 2007-01-01): still met",
    profile = { carrier_data = { transmission = { adopted = true, items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code",
                                                  "departure_arrival_times", "total_passengers", "initial_embarkation_point" }, on_request = true, by_end_of_check_in = true,
                                                  source = "Border Act s. 9", from = "2007-01-01" } } },
    expect = { ["eu-2004-82:3.1"] = "met" },
  },
  {
    name = "art. 4(1), alternative (b), in force late: still met through (b)",
    profile = { carrier_data = { sanctions = { adopted = true, max_fine_eur = 4000, min_fine_eur = 3000, failures = { "not_transmitted", "incomplete", "false" },
                                               source = "Border Act s. 10", from = "2007-01-01" } } },
    expect = { ["eu-2004-82:4.1"] = { status = "met", option = "b" } },
  },
  {
    name = "art. 6(1), data kept 72 hours under a late decree: still partly met",
    profile = { carrier_data = { authority_deletion = { adopted = true, hours = 72, source = "Border Decree s. 5", from = "2007-01-01" } } },
    expect = { ["eu-2004-82:6.1#authority-deletion"] = "partly_met" },
  },
  {
    name = "art. 5, remedies in force late: still met",
    profile = { carrier_data = { remedies = { adopted = true, source = "Administrative Procedure Act s. 1", from = "2007-01-01" } } },
    expect = { ["eu-2004-82:5"] = "met" },
  },
}
