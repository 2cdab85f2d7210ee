-- Test cases for UNTOC article 23 (rules/untoc/art23.lua).
-- Each case: a profile fragment merged onto tests/base.lua, an optional
-- as-of date (default: the base profile's describes_law_as_of), and the
-- expected status of each obligation named (other obligations are not checked).
return {
  {
    name = "witnesses and officials protected by separate offences",
    profile = {
      offences = {
        pc_434_15 = { name = "Suborning a witness", source = "Penal Code art. 434-15", max_prison_years = 3,
                      conduct = { "obstruction_witness_force_threats", "obstruction_witness_undue_advantage" } },
        pc_433_3 = { name = "Threats against persons holding public authority", source = "Penal Code art. 433-3", max_prison_years = 10,
                     conduct = { "obstruction_official_force_threats" } },
      },
    },
    expect = { ["untoc:23.a"] = "met", ["untoc:23.b"] = "met" },
  },
  {
    name = "one obstruction of justice offence covering every conduct",
    profile = {
      offences = {
        justice_act_12 = { name = "Obstruction of justice", source = "Administration of Justice Act s. 12", max_prison_years = 7,
                           conduct = { "obstruction_witness_force_threats", "obstruction_witness_undue_advantage",
                                       "obstruction_official_force_threats" } },
      },
    },
    expect = { ["untoc:23.a"] = "met", ["untoc:23.b"] = "met" },
  },
  {
    name = "threats against witnesses covered, bribing a witness not: 23(a) partly met",
    profile = {
      offences = {
        pc_301 = { name = "Intimidation of witnesses", source = "Penal Code s. 301", max_prison_years = 5,
                   conduct = { "obstruction_witness_force_threats" } },
      },
      no_offence_for = {
        { conduct = "obstruction_witness_undue_advantage", note = "Only the witness who accepts commits perjury; the briber is not punished." },
      },
    },
    expect = { ["untoc:23.a"] = "partly_met" },
  },
  {
    name = "no obstruction of justice offence",
    profile = {
      no_offence_for = {
        { conduct = "obstruction_witness_force_threats" }, { conduct = "obstruction_witness_undue_advantage" },
        { conduct = "obstruction_official_force_threats" },
      },
    },
    expect = { ["untoc:23.a"] = "not_met", ["untoc:23.b"] = "not_met" },
  },
  {
    name = "nothing known about obstruction of justice",
    profile = {},
    expect = { ["untoc:23.a"] = "unknown", ["untoc:23.b"] = "unknown" },
  },
  {
    name = "bribing a witness covered, threats not stated: 23(a) unknown",
    profile = {
      offences = {
        pc_302 = { name = "Bribing a witness", source = "Penal Code s. 302", max_prison_years = 5,
                   conduct = { "obstruction_witness_undue_advantage" } },
      },
    },
    expect = { ["untoc:23.a"] = "unknown" },
  },
  {
    name = "offence against officials enacted after the as-of date does not count",
    as_of = "2015-01-01",
    profile = {
      offences = {
        pc_303 = { name = "Obstructing officers of justice", source = "Penal Code s. 303", from = "2019-05-01", max_prison_years = 5,
                   conduct = { "obstruction_official_force_threats" } },
      },
    },
    expect = { ["untoc:23.b"] = "unknown" },
  },
  {
    name = "the same offence counts once in force",
    profile = {
      offences = {
        pc_303 = { name = "Obstructing officers of justice", source = "Penal Code s. 303", from = "2019-05-01", max_prison_years = 5,
                   conduct = { "obstruction_official_force_threats" } },
      },
    },
    expect = { ["untoc:23.b"] = "met" },
  },
  {
    name = "offence against officials repealed without replacement",
    profile = {
      offences = {
        old_pc_303 = { name = "Obstructing officers of justice", source = "Penal Code 1960 s. 303", repealed = "2022-01-01", max_prison_years = 5,
                       conduct = { "obstruction_official_force_threats" } },
      },
      no_offence_for = { { conduct = "obstruction_official_force_threats" } },
    },
    expect = { ["untoc:23.b"] = "not_met" },
  },
}
