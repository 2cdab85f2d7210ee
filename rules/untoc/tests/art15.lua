-- Test cases for UNTOC article 15 (rules/untoc/art15.lua).
-- Each case: a profile fragment merged onto tests/base.lua, an optional
-- as-of date (default: the base profile's describes_law_as_of), and the
-- expected status of each obligation named (other obligations are not checked).
-- An expectation is a status, or { status = ..., option = <option id> }.
return {
  {
    name = "territorial and flag jurisdiction both established",
    profile = {
      jurisdiction = {
        territory = { adopted = true, source = "Penal Code s. 5" },
        flag_vessels = { adopted = true, source = "Penal Code s. 6(1)" },
        registered_aircraft = { adopted = true, source = "Penal Code s. 6(2)" },
      },
    },
    expect = { ["untoc:15.1.a"] = "met", ["untoc:15.1.b"] = "met" },
  },
  {
    name = "no jurisdiction over registered aircraft: 15(1)(b) partly met",
    profile = {
      jurisdiction = {
        territory = { adopted = true, source = "Penal Code s. 5" },
        flag_vessels = { adopted = true, source = "Penal Code s. 6(1)" },
        registered_aircraft = { adopted = false, note = "Aviation offences are tried only where the aircraft lands." },
      },
    },
    expect = { ["untoc:15.1.b"] = "partly_met" },
  },
  {
    name = "no territorial jurisdiction statute: 15(1)(a) not met",
    profile = { jurisdiction = { territory = { adopted = false } , flag_vessels = { adopted = false }, registered_aircraft = { adopted = false } } },
    expect = { ["untoc:15.1.a"] = "not_met", ["untoc:15.1.b"] = "not_met" },
  },
  {
    name = "nothing known about jurisdiction",
    profile = {},
    expect = {
      ["untoc:15.1.a"] = "unknown", ["untoc:15.1.b"] = "unknown", ["untoc:15.2.a"] = "unknown",
      ["untoc:15.2.b"] = "unknown", ["untoc:15.2.c.i"] = "unknown", ["untoc:15.2.c.ii"] = "unknown",
      ["untoc:15.3"] = "unknown", ["untoc:15.4"] = "unknown", ["untoc:15.5"] = "unknown",
    },
  },
  {
    name = "territorial jurisdiction enacted after the as-of date does not count",
    as_of = "2010-01-01",
    profile = { jurisdiction = { territory = { adopted = true, source = "Penal Code s. 5", from = "2012-03-01" } } },
    expect = { ["untoc:15.1.a"] = "not_met" },
  },
  {
    name = "territorial jurisdiction repealed before the as-of date does not count",
    profile = { jurisdiction = { territory = { adopted = true, source = "Old Penal Code s. 5", repealed = "2020-01-01" } } },
    expect = { ["untoc:15.1.a"] = "not_met" },
  },
  {
    name = "optional bases: active nationality only, passive personality not adopted",
    profile = {
      jurisdiction = {
        passive_personality = { adopted = false },
        active_nationality = { adopted = true, source = "Penal Code s. 7" },
        stateless_residents = { adopted = false },
        preparatory_participation_abroad = { adopted = true, source = "Penal Code s. 8" },
        preparatory_laundering_abroad = { adopted = false },
        non_extradited_others = { adopted = true, source = "Penal Code s. 9" },
      },
    },
    expect = {
      ["untoc:15.2.a"] = "not_met",
      ["untoc:15.2.b"] = { status = "met", option = "nationals" },
      ["untoc:15.2.c.i"] = "met", ["untoc:15.2.c.ii"] = "not_met", ["untoc:15.4"] = "met",
    },
  },
  {
    name = "stateless residents only",
    profile = { jurisdiction = { active_nationality = { adopted = false }, stateless_residents = { adopted = true, source = "Penal Code s. 7A" } } },
    expect = { ["untoc:15.2.b"] = { status = "met", option = "stateless" } },
  },
  {
    name = "nationals not extradited and jurisdiction established: 15(3) met",
    profile = {
      extradition = { nationals = { adopted = true, policy = "not_extradited", source = "Constitution art. 12" } },
      jurisdiction = { non_extradited_nationals = { adopted = true, source = "Penal Code s. 10" } },
    },
    expect = { ["untoc:15.3"] = "met" },
  },
  {
    name = "nationals extradited only under conditions and no jurisdiction: 15(3) not met",
    profile = {
      extradition = { nationals = { adopted = true, policy = "conditional", source = "Extradition Act s. 4" } },
      jurisdiction = { non_extradited_nationals = { adopted = false } },
    },
    expect = { ["untoc:15.3"] = "not_met" },
  },
  {
    name = "nationals always extradited: 15(3) does not apply",
    profile = { extradition = { nationals = { adopted = true, policy = "extradited", source = "Extradition Act s. 2" } } },
    expect = { ["untoc:15.3"] = "not_applicable" },
  },
  {
    name = "consultation with foreign authorities in practice",
    profile = { jurisdiction = { consultation = { adopted = true, source = "Code of Criminal Procedure s. 77", note = "Eurojust-style coordination meetings." } } },
    expect = { ["untoc:15.5"] = "met" },
  },
  {
    name = "optional bases: the mirror image of the case above",
    profile = {
      jurisdiction = {
        passive_personality = { adopted = true, source = "Penal Code s. 7B" },
        active_nationality = { adopted = false },
        stateless_residents = { adopted = false },
        preparatory_participation_abroad = { adopted = false },
        preparatory_laundering_abroad = { adopted = true, source = "Penal Code s. 8A" },
        non_extradited_others = { adopted = false },
        consultation = { adopted = false, note = "No rule or practice of coordination with foreign authorities." },
      },
    },
    expect = {
      ["untoc:15.2.a"] = "met", ["untoc:15.2.b"] = "not_met", ["untoc:15.2.c.i"] = "not_met",
      ["untoc:15.2.c.ii"] = "met", ["untoc:15.4"] = "not_met", ["untoc:15.5"] = "not_met",
    },
  },
  -- lx.non_extradited_nationals_jurisdiction, as the Cybercrime Convention's 22(3) tests
  {
    name = "15(3): extradition of nationals not stated, jurisdiction over nationals not extradited provided: met",
    profile = { extradition = { nationals = { adopted = true, source = "Extradition Act s. 1" } },
                jurisdiction = { non_extradited_nationals = { adopted = true, source = "Penal Code s. 10" } } },
    expect = { ["untoc:15.3"] = "met" },
  },
  {
    name = "15(3): extradition of nationals not stated, no jurisdiction over nationals not extradited: unknown, not a gap (15(3) may not bind)",
    profile = { extradition = { nationals = { adopted = true, source = "Extradition Act s. 1" } },
                jurisdiction = { non_extradited_nationals = { adopted = false } } },
    expect = { ["untoc:15.3"] = "unknown" },
  },
  {
    name = "15(3): nationals not extradited, no jurisdiction over them: not met",
    profile = { extradition = { nationals = { adopted = true, policy = "not_extradited", source = "Constitution art. 28" } },
                jurisdiction = { non_extradited_nationals = { adopted = false } } },
    expect = { ["untoc:15.3"] = "not_met" },
  },
}
