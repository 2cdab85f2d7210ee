-- Cases for Cybercrime Convention art. 53 (rules/cybercrime/art53.lua);
-- prospective: the Convention is not in force.
return {
  { name = "53: every measure in place: met", prospective = true,
    profile = { cyber_prevention = { policies = { adopted = true, source = "National Cyber Strategy 2025" }, non_public_participation = { adopted = true, source = "National Cyber Strategy 2025" }, reporting_authority = { adopted = true, source = "National Cyber Strategy 2025" }, framework_evaluation = { adopted = true, source = "National Cyber Strategy 2025" }, international_collaboration = { adopted = true, source = "National Cyber Strategy 2025" } }, notifications = { { provision = "cybercrime:53.7", date = "2026-02-01", content = "National Cybersecurity Agency, Paris." } } },
    expect = { ["cybercrime:53.1"] = "met", ["cybercrime:53.2"] = "met", ["cybercrime:53.4"] = "met", ["cybercrime:53.5"] = "met", ["cybercrime:53.6"] = "met", ["cybercrime:53.7"] = "met" } },
  { name = "53: nothing known: unknown", prospective = true,
    expect = { ["cybercrime:53.1"] = "unknown", ["cybercrime:53.2"] = "unknown", ["cybercrime:53.4"] = "unknown", ["cybercrime:53.5"] = "unknown", ["cybercrime:53.6"] = "unknown", ["cybercrime:53.7"] = "unknown" } },
  { name = "53: nothing in place, nothing considered: not met (a gap only where mandatory)", prospective = true,
    profile = { cyber_prevention = { policies = { adopted = false }, non_public_participation = { adopted = false }, reporting_authority = { adopted = false }, framework_evaluation = { adopted = false }, international_collaboration = { adopted = false } }, notifications = { { provision = "untoc:31.6", date = "2004-01-01", content = "Ministry of the Interior." } } },
    expect = { ["cybercrime:53.1"] = "not_met", ["cybercrime:53.2"] = "not_met", ["cybercrime:53.4"] = "not_met", ["cybercrime:53.5"] = "not_met", ["cybercrime:53.6"] = "not_met", ["cybercrime:53.7"] = "not_met", ["untoc:31.6"] = "met" } },
  { name = "cybercrime:53.1: considered or pursued, not adopted: met (endeavour)", prospective = true,
    profile = { cyber_prevention = { policies = { adopted = false, considered = true, source = "Government reply, 2025" } } },
    expect = { ["cybercrime:53.1"] = "met" } },
  { name = "cybercrime:53.2: in place in part: partly met", prospective = true,
    profile = { cyber_prevention = { non_public_participation = { adopted = "partly", source = "Decree 2025-1", missing = { "the part the decree leaves out" } } } },
    expect = { ["cybercrime:53.2"] = "partly_met" } },
  { name = "cybercrime:53.4: in place in part: partly met", prospective = true,
    profile = { cyber_prevention = { reporting_authority = { adopted = "partly", source = "Decree 2025-1", missing = { "the part the decree leaves out" } } } },
    expect = { ["cybercrime:53.4"] = "partly_met" } },
  { name = "cybercrime:53.5: considered or pursued, not adopted: met (endeavour)", prospective = true,
    profile = { cyber_prevention = { framework_evaluation = { adopted = false, considered = true, source = "Government reply, 2025" } } },
    expect = { ["cybercrime:53.5"] = "met" } },
  -- 53(7): a communication dated after the as-of date was not made by then
  -- (the finding says so); on the day itself it was.
  { name = "53(7): communication dated the day after the as-of date: not met", prospective = true, as_of = "2026-06-01",
    profile = { notifications = { { provision = "cybercrime:53.7", date = "2026-06-02", content = "National Cybersecurity Agency" } } },
    expect = { ["cybercrime:53.7"] = "not_met" } },
  { name = "53(7): communication dated on the as-of date: met", prospective = true, as_of = "2026-06-02",
    profile = { notifications = { { provision = "cybercrime:53.7", date = "2026-06-02", content = "National Cybersecurity Agency" } } },
    expect = { ["cybercrime:53.7"] = "met" } },
  -- 53(1), 53(2): a fundamental principle stated is quoted, the status kept
  -- ("conformément aux principes fondamentaux" shapes the measures, it does
  -- not dispense with them).
  { name = "53(1) in part, 53(2) absent, a principle stated for art. 53: partly met and not met as without it", prospective = true,
    profile = { cyber_prevention = { policies = { adopted = "partly", missing = { "no implementation plan" }, source = "National Cyber Strategy 2025" },
                                     non_public_participation = { adopted = false, source = "Government reply, 2026" } },
                principles = { { provisions = { "cybercrime:53" }, statement = "The State does not direct private associations.", source = "Constitution, art. 12" } } },
    expect = { ["cybercrime:53.1"] = "partly_met", ["cybercrime:53.2"] = "not_met" } },
  { name = "53: not in force, not assessed prospectively: not applicable",
    profile = { cyber_prevention = { policies = { adopted = true, source = "National Cyber Strategy 2025" } } },
    expect = { ["cybercrime:53.1"] = "not_applicable" } },
  -- What the 53(1)-(2) findings say of a fundamental principle the State
  -- invokes ("conformément aux principes fondamentaux"): quoted beside the
  -- shortfall, with why it does not excuse it; nothing of the kind when the
  -- profile states no principle.
  { name = "53(1)-(2) words: in part and absent, a principle stated for art. 53: each finding quotes it and says it does not dispense with the measures", prospective = true,
    profile = { cyber_prevention = { policies = { adopted = "partly", missing = { "no implementation plan" }, source = "National Cyber Strategy 2025" },
                                     non_public_participation = { adopted = false, source = "Government reply, 2026" } },
                principles = { { provisions = { "cybercrime:53" }, statement = "The State does not direct private associations.", source = "Constitution, art. 12" } } },
    expect = { ["cybercrime:53.1"] = { status = "partly_met",
                 explains = { "The State invokes a fundamental principle of its law: The State does not direct private associations (Constitution, art. 12).", "Art. 53(1) lets such principles shape the measures", "it does not dispense with them." },
                 explains_fr = { "L'État invoque un principe fondamental de son droit : The State does not direct private associations (Constitution, art. 12).", "L'art. 53, par. 1, laisse ces principes modeler les mesures", "il n'en dispense pas." } },
               ["cybercrime:53.2"] = { status = "not_met",
                 explains = { "The State invokes a fundamental principle of its law: The State does not direct private associations (Constitution, art. 12).", "Art. 53(2) lets such principles shape the measures" },
                 explains_fr = "L'art. 53, par. 2, laisse ces principes modeler les mesures" } } },
  { name = "53(1)-(2) words: in part and absent, no principle stated: the findings invoke none", prospective = true,
    profile = { cyber_prevention = { policies = { adopted = "partly", missing = { "no implementation plan" }, source = "National Cyber Strategy 2025" },
                                     non_public_participation = { adopted = false, source = "Government reply, 2026" } } },
    expect = { ["cybercrime:53.1"] = { status = "partly_met", explains_not = "fundamental principle", explains_not_fr = "principe fondamental" },
               ["cybercrime:53.2"] = { status = "not_met", explains_not = "fundamental principle", explains_not_fr = "principe fondamental" } } },
  -- What the 53(7) finding says of a communication the profile dates after
  -- the assessment date: its date, and that none was made by then (not that
  -- the list holds none).
  { name = "53(7) words: communication dated the day after the as-of date: the finding names its date", prospective = true, as_of = "2026-06-01",
    profile = { notifications = { { provision = "cybercrime:53.7", date = "2026-06-02", content = "National Cybersecurity Agency" } } },
    expect = { ["cybercrime:53.7"] = { status = "not_met",
                 explains = "communication under art. 53(7) is dated 2026-06-02, after the assessment date; none was made by then",
                 explains_fr = "est datée du 2026-06-02, après la date d'évaluation",
                 explains_not = "include none under art. 53(7)" } } },
  { name = "53(7) words: no communication listed: the finding says the list holds none, and names no date", prospective = true,
    profile = { notifications = { { provision = "untoc:31.6", date = "2020-01-01", content = "Crime Prevention Council" } } },
    expect = { ["cybercrime:53.7"] = { status = "not_met",
                 explains = "include none under art. 53(7)", explains_not = "is dated" } } },
}
