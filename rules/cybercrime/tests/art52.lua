-- Cases for Cybercrime Convention art. 52 (rules/cybercrime/art52.lua);
-- prospective: the Convention is not in force.  The facts of 52(1), 52(2) and
-- 52(3)(b) are those of UNTOC art. 14.
return {
  { name = "52: everything in place: met (the optional ones adopted)", prospective = true,
    profile = { confiscation_cooperation = {
      disposal = { adopted = true, source = "Code of Criminal Procedure art. 713-40" },
      return_to_requesting_state = { adopted = true, source = "Mutual Assistance Act s. 33" },
      cybercrime_account_contributions = { adopted = true, source = "Agreement with UNODC (2026)" },
      sharing_agreements = { adopted = true, source = "Asset Sharing Act s. 2" },
      expenses_deduction = { adopted = true, source = "Mutual Assistance Act s. 34" } } },
    expect = { ["cybercrime:52.1"] = "met", ["cybercrime:52.2"] = "met", ["cybercrime:52.3.a"] = "met",
               ["cybercrime:52.3.b"] = "met", ["cybercrime:52.4"] = "met", ["untoc:14.1"] = "met", ["untoc:14.2"] = "met" } },
  { name = "52: nothing known: unknown", prospective = true,
    expect = { ["cybercrime:52.1"] = "unknown", ["cybercrime:52.2"] = "unknown", ["cybercrime:52.3.a"] = "unknown",
               ["cybercrime:52.3.b"] = "unknown", ["cybercrime:52.4"] = "unknown" } },
  { name = "52: nothing in place: the duties not met, the options not adopted", prospective = true,
    profile = { confiscation_cooperation = {
      disposal = { adopted = false }, return_to_requesting_state = { adopted = false }, cybercrime_account_contributions = { adopted = false },
      sharing_agreements = { adopted = false }, expenses_deduction = { adopted = false } } },
    expect = { ["cybercrime:52.1"] = "not_met", ["cybercrime:52.2"] = "not_met", ["cybercrime:52.3.a"] = "not_met",
               ["cybercrime:52.3.b"] = "not_met", ["cybercrime:52.4"] = "not_met" } },
  { name = "52(1): disposal rules for domestic confiscation only: partly met", prospective = true,
    profile = { confiscation_cooperation = { disposal = { adopted = "partly", source = "Code of Criminal Procedure art. 713-40", missing = { "property confiscated on a foreign request" } } } },
    expect = { ["cybercrime:52.1"] = "partly_met" } },
  { name = "52(2): no return, a limit of domestic law recorded: explained, met", prospective = true,
    profile = { confiscation_cooperation = { return_to_requesting_state = { adopted = false } },
                principles = { { provisions = { "cybercrime:52.2" }, statement = "Confiscated property vests in the State and may be transferred only by statute.", source = "Public Property Code art. 3" } } },
    expect = { ["cybercrime:52.2"] = { status = "met", option = "domestic-law-limit" } } },
  { name = "52(3)(a): contributions to the UNTOC account only do not count here", prospective = true,
    profile = { confiscation_cooperation = { contribution_agreements = { adopted = true, source = "Agreement with UNODC (2010)" }, cybercrime_account_contributions = { adopted = false } } },
    expect = { ["untoc:14.3.a"] = "met", ["cybercrime:52.3.a"] = "not_met" } },
  { name = "52: not in force, not assessed prospectively: not applicable",
    profile = { confiscation_cooperation = { disposal = { adopted = true, source = "CPP art. 713-40" } } },
    expect = { ["cybercrime:52.1"] = "not_applicable", ["untoc:14.1"] = "met" } },
}
