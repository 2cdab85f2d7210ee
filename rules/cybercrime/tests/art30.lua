-- Cases for Cybercrime Convention art. 30 (rules/cybercrime/art30.lua):
-- interception of content data for serious offences (prospective).
return {
  { name = "30(1): interception for offences of 5 years or more, own means and providers", prospective = true,
    profile = { procedural_powers = { general_safeguards = { review = "judicial", remedy = true, grounds = true, scope_limits = true, duration_limits = true, source = "Code of Criminal Procedure s. 100" }, interception = { adopted = true, source = "CCP s. 17", offences = { scope = "threshold", threshold_prison_years = 5 }, by_authorities = true, provider_collects = true, provider_assists = true } } },
    expect = { ["cybercrime:30.1"] = "met" } },
  { name = "30(1): the serious offences not stated: open", prospective = true,
    profile = { procedural_powers = { general_safeguards = { review = "judicial", remedy = true, grounds = true, scope_limits = true, duration_limits = true, source = "Code of Criminal Procedure s. 100" }, interception = { adopted = true, source = "CCP s. 17", by_authorities = true, provider_collects = true, provider_assists = true } } },
    expect = { ["cybercrime:30.1"] = "unknown" } },
  { name = "30(1): without judicial or independent review: partly met", prospective = true,
    profile = { procedural_powers = { interception = { adopted = true, source = "CCP s. 17", offences = { scope = "threshold", threshold_prison_years = 5 }, safeguards = { review = "none", remedy = true, grounds = true, scope_limits = true, duration_limits = true, source = "Code of Criminal Procedure s. 100" }, by_authorities = true, provider_collects = true, provider_assists = true } } },
    expect = { ["cybercrime:30.1"] = "partly_met" } },
  { name = "30(2): a principle prevents own means; the alternative measures: met", prospective = true,
    profile = { principles = { { provisions = { "cybercrime:30.1.a" }, statement = "Only operators may operate interception equipment on networks.", source = "Constitutional Court 2011/3" } }, procedural_powers = { general_safeguards = { review = "judicial", remedy = true, grounds = true, scope_limits = true, duration_limits = true, source = "Code of Criminal Procedure s. 100" }, interception = { adopted = true, source = "CCP s. 17", offences = { scope = "threshold", threshold_prison_years = 5 }, by_authorities = false, alternative_collection = true, provider_assists = true } } },
    expect = { ["cybercrime:30.1"] = "met" } },
  { name = "30(1): no interception", prospective = true,
    profile = { procedural_powers = { interception = { adopted = false, source = "Ministry of Justice reply" } } },
    expect = { ["cybercrime:30.1"] = "not_met" } },
  { name = "30: the profile does not say", prospective = true,
    expect = { ["cybercrime:30.1"] = "unknown", ["cybercrime:30.3"] = "unknown" } },
  { name = "30(3): confidentiality", prospective = true,
    profile = { procedural_powers = { interception_confidentiality = { adopted = true, source = "Telecommunications Act s. 21" } } },
    expect = { ["cybercrime:30.3"] = "met" } },
  { name = "30(3): no confidentiality duty", prospective = true,
    profile = { procedural_powers = { interception_confidentiality = { adopted = false, source = "Ministry of Justice reply" } } },
    expect = { ["cybercrime:30.3"] = "not_met" } },
  -- Only a reservation naming art. 30 as a whole is one of art. 23(3)(b)
  -- (second reading, fix13b): one naming 30(3) switches 30(3) off, and
  -- art. 30(1) and the conditions of 23(3)(b) run as without a reservation.
  { name = "30: a reservation naming 30(3) only is no 23(3)(b) reservation: 30(3) switched off, 30(1) met, 23(3)(b) not applicable", prospective = true,
    profile = { reservations = { { instrument = "cybercrime", provisions = { "cybercrime:30.3" }, from = "2026-01-01", kind = "reservation", text = "Providers not bound to secrecy on interception." } }, procedural_powers = { general_safeguards = { review = "judicial", remedy = true, grounds = true, scope_limits = true, duration_limits = true, source = "Code of Criminal Procedure s. 100" }, interception = { adopted = true, source = "CCP s. 17", by_authorities = true, provider_collects = true, offences = { scope = "threshold", threshold_prison_years = 5 } } } },
    expect = { ["cybercrime:30.1"] = "met", ["cybercrime:30.3"] = "not_applicable", ["cybercrime:23.3.b#condition"] = "not_applicable" } },
  { name = "30: a 23(3)(b) reservation naming art. 30: not switched off, 30(1) met outside closed systems, 30(3) assessed", prospective = true,
    profile = { reservations = { { instrument = "cybercrime", provisions = { "cybercrime:30" }, from = "2026-01-01", kind = "reservation", text = "Art. 30 not applied to closed systems." } }, procedural_powers = { general_safeguards = { review = "judicial", remedy = true, grounds = true, scope_limits = true, duration_limits = true, source = "Code of Criminal Procedure s. 100" }, interception = { adopted = true, source = "CCP s. 17", by_authorities = true, provider_collects = true, offences = { scope = "threshold", threshold_prison_years = 5 } }, interception_confidentiality = { adopted = false, source = "Ministry of Justice reply" } } },
    expect = { ["cybercrime:30.1"] = "met", ["cybercrime:30.3"] = "not_met" } },
}
