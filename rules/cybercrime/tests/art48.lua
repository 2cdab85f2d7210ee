-- Cases for Cybercrime Convention art. 48 (rules/cybercrime/art48.lua);
-- prospective: the Convention is not in force.  The facts are those of UNTOC
-- art. 19.
return {
  { name = "48: agreements concluded, case-by-case investigations possible: met", prospective = true,
    profile = { investigation = { jit_agreements = { adopted = true, source = "Code of Criminal Procedure art. 695-2" },
                                  jit_case_by_case = { adopted = true, source = "Code of Criminal Procedure art. 695-2" } } },
    expect = { ["cybercrime:48#agreements"] = "met", ["cybercrime:48#case-by-case"] = "met", ["untoc:19#agreements"] = "met" } },
  { name = "48: nothing known: unknown", prospective = true,
    expect = { ["cybercrime:48#agreements"] = "unknown", ["cybercrime:48#case-by-case"] = "unknown" } },
  { name = "48: no agreement, never considered; no case-by-case: not met, not adopted", prospective = true,
    profile = { investigation = { jit_agreements = { adopted = false }, jit_case_by_case = { adopted = false } } },
    expect = { ["cybercrime:48#agreements"] = "not_met", ["cybercrime:48#case-by-case"] = "not_met" } },
  { name = "48: agreements considered, none concluded: met (consider)", prospective = true,
    profile = { investigation = { jit_agreements = { adopted = false, considered = true, source = "Ministry of Justice review, 2024" } } },
    expect = { ["cybercrime:48#agreements"] = "met" } },
  { name = "48: agreements limited to organized crime: partly met", prospective = true,
    profile = { investigation = { jit_agreements = { adopted = "partly", source = "Treaty with Ruritania (2012)", missing = { "offences other than organized crime" } } } },
    expect = { ["cybercrime:48#agreements"] = "partly_met" } },
  { name = "48: not in force, not assessed prospectively: not applicable",
    profile = { investigation = { jit_agreements = { adopted = true, source = "CPP art. 695-2" } } },
    expect = { ["cybercrime:48#agreements"] = "not_applicable" } },
}
