-- Cases for Cybercrime Convention art. 28 (rules/cybercrime/art28.lua):
-- search and seizure of stored data (prospective).
return {
  { name = "28: search, extension, seizure, compelled assistance", prospective = true,
    profile = { procedural_powers = { general_safeguards = { review = "judicial", remedy = true, grounds = true, scope_limits = true, duration_limits = true, source = "Code of Criminal Procedure s. 100" }, search = { adopted = true, source = "CCP s. 14", targets = { "system", "storage_medium" } }, search_extension = { adopted = true, source = "CCP s. 14(2)" }, seizure = { adopted = true, source = "CCP s. 15", prerogatives = { "seize_system", "copy", "integrity", "render_inaccessible" } }, compelled_assistance = { adopted = true, source = "CCP s. 15(3)" } } },
    expect = { ["cybercrime:28.1"] = "met", ["cybercrime:28.2"] = "met", ["cybercrime:28.3"] = "met", ["cybercrime:28.4"] = "met" } },
  { name = "28: storage media only; no extension; seizure without rendering data inaccessible; no compelled assistance", prospective = true,
    profile = { procedural_powers = { general_safeguards = { review = "judicial", remedy = true, grounds = true, scope_limits = true, duration_limits = true, source = "Code of Criminal Procedure s. 100" }, search = { adopted = true, source = "CCP s. 14", targets = { "storage_medium" } }, search_extension = { adopted = false, source = "Ministry of Justice reply" }, seizure = { adopted = true, source = "CCP s. 15", prerogatives = { "seize_system", "copy", "integrity" } }, compelled_assistance = { adopted = false, source = "Ministry of Justice reply" } } },
    expect = { ["cybercrime:28.1"] = "partly_met", ["cybercrime:28.2"] = "not_met", ["cybercrime:28.3"] = "partly_met", ["cybercrime:28.4"] = "not_met" } },
  { name = "28: what can be searched and seized not stated: open", prospective = true,
    profile = { procedural_powers = { general_safeguards = { review = "judicial", remedy = true, grounds = true, scope_limits = true, duration_limits = true, source = "Code of Criminal Procedure s. 100" }, search = { adopted = true, source = "CCP s. 14" }, seizure = { adopted = true, source = "CCP s. 15" } } },
    expect = { ["cybercrime:28.1"] = "unknown", ["cybercrime:28.3"] = "unknown" } },
  { name = "28: the profile does not say", prospective = true,
    expect = { ["cybercrime:28.1"] = "unknown", ["cybercrime:28.2"] = "unknown", ["cybercrime:28.3"] = "unknown", ["cybercrime:28.4"] = "unknown" } },
  { name = "28(1): no search of systems at all", prospective = true,
    profile = { procedural_powers = { search = { adopted = false, source = "Ministry of Justice reply" } } },
    expect = { ["cybercrime:28.1"] = "not_met" } },
  { name = "28(3): no seizure of data", prospective = true,
    profile = { procedural_powers = { seizure = { adopted = false, source = "Ministry of Justice reply" } } },
    expect = { ["cybercrime:28.3"] = "not_met" } },
}
