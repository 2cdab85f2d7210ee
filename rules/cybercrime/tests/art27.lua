-- Cases for Cybercrime Convention art. 27 (rules/cybercrime/art27.lua):
-- production orders (prospective).
return {
  { name = "27: both production orders, with the general safeguards", prospective = true,
    profile = { procedural_powers = { general_safeguards = { review = "judicial", remedy = true, grounds = true, scope_limits = true, duration_limits = true, source = "Code of Criminal Procedure s. 100" }, production_order = { adopted = true, source = "CCP s. 13" }, subscriber_production = { adopted = true, source = "CCP s. 13(2)" } } },
    expect = { ["cybercrime:27.a"] = "met", ["cybercrime:27.b"] = "met" } },
  { name = "27: no production order for stored data; subscriber orders without grounds", prospective = true,
    profile = { procedural_powers = { general_safeguards = { review = "judicial", remedy = true, grounds = true, scope_limits = true, duration_limits = true, source = "Code of Criminal Procedure s. 100" }, production_order = { adopted = false, source = "Ministry of Justice reply" }, subscriber_production = { adopted = true, source = "CCP s. 13(2)", safeguards = { review = "judicial", remedy = true, grounds = false, scope_limits = true, duration_limits = true, source = "Code of Criminal Procedure s. 100" } } } },
    expect = { ["cybercrime:27.a"] = "not_met", ["cybercrime:27.b"] = "partly_met" } },
  { name = "27: the powers, safeguards not stated", prospective = true,
    profile = { procedural_powers = { production_order = { adopted = true, source = "CCP s. 13" }, subscriber_production = { adopted = true, source = "CCP s. 13(2)" } } },
    expect = { ["cybercrime:27.a"] = "unknown", ["cybercrime:27.b"] = "unknown" } },
  { name = "27(b): no subscriber production", prospective = true,
    profile = { procedural_powers = { subscriber_production = { adopted = false, source = "Ministry of Justice reply" } } },
    expect = { ["cybercrime:27.b"] = "not_met" } },
}
