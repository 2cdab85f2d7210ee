-- Test cases for a late transposition of Directive 2004/81/EC (due on
-- 2006-08-05; the EU section of engine/lua/lexgap.lua: the measure patterns
-- note the entry into force of the measures a finding rests on, and lx._run
-- adds "Transposed late: ..." once, through lx.noting_late).  A provision
-- whose measures all entered into force after it became due for the State
-- keeps its status: the law in force at the assessment date is what is
-- rated.  These cases check the status; the sentence itself, and the cases
-- where it must not appear, are checked in tests/e2e/suites/late-transposition.sh.
return {
  {
    name = "art. 3(1) transposed late (in force 2007-01-01): still met",
    profile = { victim_residence = { trafficking_victims = { adopted = true, source = "Aliens Act s. 50", from = "2007-01-01" } } },
    expect = { ["eu-2004-81:3.1"] = "met" },
  },
  {
    name = "art. 7(1), one part late and one not provided: still partly met",
    profile = { victim_residence = { subsistence = { adopted = true, source = "Social Aid Act s. 3", from = "2007-01-01" },
                                     vulnerable_needs = { adopted = false } } },
    expect = { ["eu-2004-81:7.1"] = "partly_met" },
  },
  {
    name = "art. 8(3), a permit of three months in force late: still partly met",
    profile = { victim_residence = { permit_validity = { adopted = true, months = 3, source = "Aliens Act s. 52", from = "2007-01-01" } } },
    expect = { ["eu-2004-81:8.3#validity"] = "partly_met" },
  },
  {
    name = "art. 11(1), every rule late: still met",
    profile = { victim_residence = {
      access_employment = { adopted = true, source = "Aliens Act s. 60", from = "2007-01-01" },
      access_vocational_training = { adopted = true, source = "Aliens Act s. 61", from = "2007-01-01" },
      access_education = { adopted = true, source = "Aliens Act s. 62", from = "2007-01-01" } } },
    expect = { ["eu-2004-81:11.1"] = "met" },
  },
  {
    name = "art. 10 under the option of 3(3) taken late, with its rules: still met",
    profile = { victim_residence = {
      minors = { adopted = true, source = "Aliens Act s. 40(5)", from = "2008-01-01" },
      minors_best_interests = { adopted = true, source = "Children Act s. 1", from = "2008-01-01" } } },
    expect = { ["eu-2004-81:3.3"] = "met", ["eu-2004-81:10.a"] = "met" },
  },
  {
    name = "the late act assessed before it entered into force: not met",
    as_of = "2006-12-01",
    profile = { victim_residence = { trafficking_victims = { adopted = true, source = "Aliens Act s. 50", from = "2007-01-01" } } },
    expect = { ["eu-2004-81:3.1"] = "not_met" },
  },
}
