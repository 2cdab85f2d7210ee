-- Cases for Cybercrime Convention art. 26 (rules/cybercrime/art26.lua):
-- preservation and partial disclosure of traffic data (prospective).
return {
  { name = "26: preservation across providers and partial disclosure", prospective = true,
    profile = { procedural_powers = { general_safeguards = { review = "judicial", remedy = true, grounds = true, scope_limits = true, duration_limits = true, source = "Code of Criminal Procedure s. 100" }, traffic_preservation_all_providers = { adopted = true, source = "CCP s. 12" }, traffic_partial_disclosure = { adopted = true, source = "CCP s. 12(2)" } } },
    expect = { ["cybercrime:26.a"] = "met", ["cybercrime:26.b"] = "met" } },
  { name = "26: one provider only; disclosure without limits of duration", prospective = true,
    profile = { procedural_powers = { general_safeguards = { review = "judicial", remedy = true, grounds = true, scope_limits = true, duration_limits = true, source = "Code of Criminal Procedure s. 100" }, traffic_preservation_all_providers = { adopted = false, source = "Ministry of Justice reply" }, traffic_partial_disclosure = { adopted = true, source = "CCP s. 12(2)", safeguards = { review = "judicial", remedy = true, grounds = true, scope_limits = true, duration_limits = false, source = "Code of Criminal Procedure s. 100" } } } },
    expect = { ["cybercrime:26.a"] = "not_met", ["cybercrime:26.b"] = "partly_met" } },
  { name = "26: the profile does not say", prospective = true,
    expect = { ["cybercrime:26.a"] = "unknown", ["cybercrime:26.b"] = "unknown" } },
  { name = "26(b): no partial disclosure", prospective = true,
    profile = { procedural_powers = { traffic_partial_disclosure = { adopted = false, source = "Ministry of Justice reply" } } },
    expect = { ["cybercrime:26.b"] = "not_met" } },
}
