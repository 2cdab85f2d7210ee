-- When a State is one of « les États parties » the recommendations address
-- (lx.good_practice's presupposes = "untoc"): the engine decides it from
-- UNTOC's descriptor (rules/untoc/instrument.lua), as it decides UNTOC's own
-- applicability, never from a copy of its terms.  review-wg.lua holds the
-- 30th day after a deposit (art. 38(2)) and a denunciation's effect (art.
-- 40(1)); these cases hold the other edges: a profile that records the
-- date of entry into force for the State (parties.untoc.in_force: the
-- depositary's date governs, not the one computed from the deposit), UNTOC's
-- own entry into force (29 September 2003: an early ratifier is a party
-- from that day, not from its deposit plus 30 days), and --prospective,
-- which assesses the obligations of a treaty not binding the State but
-- does not make it one of the parties a recommendation is made to.
-- (A profile with no parties.untoc at all, assessed as if a party, cannot
-- be a case here: every case is merged onto base.lua, which records the
-- State's deposit; tests/e2e/suites/untoc-wg.sh and
-- tests/unit/test_bound_by.c hold it.)
return {
  -- Deposit 2023-12-20, entry into force for the State recorded as 2024-02-01: on 2024-01-19, the 30th
  -- day after the deposit, the recorded date governs and the State is not yet a party.
  {
    name = "party-status: in_force recorded (2024-02-01), as of the 30th day after the deposit: not yet a party",
    as_of = "2024-01-19",
    profile = {
      cooperation_practice = { direct_contacts = { adopted = true, source = "Central Authority Circular 3/2009, s. 2" } },
      mutual_legal_assistance = {
        central_authority = { adopted = true, source = "Mutual Assistance Act 2005, s. 4", authority = "Ministry of Justice" },
      },
      notifications = { { provision = "untoc:18.13", date = "2003-01-15", content = "Ministry of Justice" } },
      parties = { untoc = { deposited = "2023-12-20", in_force = "2024-02-01" } },
    },
    expect = { ["untoc-wg:11"] = "not_applicable", ["untoc-wg:32"] = "not_applicable" },
  },
  {
    name = "party-status: in_force recorded (2024-02-01), as of that day: a party",
    as_of = "2024-02-01",
    profile = {
      cooperation_practice = { direct_contacts = { adopted = true, source = "Central Authority Circular 3/2009, s. 2" } },
      mutual_legal_assistance = {
        central_authority = { adopted = true, source = "Mutual Assistance Act 2005, s. 4", authority = "Ministry of Justice" },
      },
      notifications = { { provision = "untoc:18.13", date = "2003-01-15", content = "Ministry of Justice" } },
      parties = { untoc = { deposited = "2023-12-20", in_force = "2024-02-01" } },
    },
    expect = { ["untoc-wg:11"] = "met", ["untoc-wg:32"] = "met" },
  },
  -- A deposit (2003-01-15) before UNTOC's entry into force (29 September 2003, art. 38(1)): no State is
  -- a party before it, and this one is from that day.
  {
    name = "party-status: early deposit, as of 2003-09-28 (the day before UNTOC's entry into force): not a party",
    as_of = "2003-09-28",
    profile = {
      cooperation_practice = { direct_contacts = { adopted = true, source = "Central Authority Circular 3/2009, s. 2" } },
      mutual_legal_assistance = {
        central_authority = { adopted = true, source = "Mutual Assistance Act 2005, s. 4", authority = "Ministry of Justice" },
      },
      notifications = { { provision = "untoc:18.13", date = "2003-01-15", content = "Ministry of Justice" } },
      parties = { untoc = { deposited = "2003-01-15" } },
    },
    expect = { ["untoc-wg:11"] = "not_applicable", ["untoc-wg:32"] = "not_applicable" },
  },
  {
    name = "party-status: early deposit, as of 2003-09-29 (UNTOC's entry into force): a party",
    as_of = "2003-09-29",
    profile = {
      cooperation_practice = { direct_contacts = { adopted = true, source = "Central Authority Circular 3/2009, s. 2" } },
      mutual_legal_assistance = {
        central_authority = { adopted = true, source = "Mutual Assistance Act 2005, s. 4", authority = "Ministry of Justice" },
      },
      notifications = { { provision = "untoc:18.13", date = "2003-01-15", content = "Ministry of Justice" } },
      parties = { untoc = { deposited = "2003-01-15" } },
    },
    expect = { ["untoc-wg:11"] = "met", ["untoc-wg:32"] = "met" },
  },
  -- --prospective assesses a treaty's obligations as if they bound the State; it does not make the
  -- State one of the parties the Working Group's recommendations are made to.
  {
    name = "party-status: prospective, deposit after the as-of date: still not a party",
    as_of = "2024-01-18",
    prospective = true,
    profile = {
      cooperation_practice = { direct_contacts = { adopted = true, source = "Central Authority Circular 3/2009, s. 2" } },
      mutual_legal_assistance = {
        central_authority = { adopted = true, source = "Mutual Assistance Act 2005, s. 4", authority = "Ministry of Justice" },
      },
      notifications = { { provision = "untoc:18.13", date = "2003-01-15", content = "Ministry of Justice" } },
      parties = { untoc = { deposited = "2023-12-20" } },
    },
    expect = { ["untoc-wg:11"] = "not_applicable", ["untoc-wg:32"] = "not_applicable" },
  },
}
