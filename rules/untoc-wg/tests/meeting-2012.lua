-- Cases for meeting-2012.lua: followed, partly followed where the recommendation has parts,
-- not followed, unknown, and not applicable to a State not party to UNTOC.
return {
  { name = "untoc-wg:28: followed",
    profile = { cooperation_practice = { regional_networks = { adopted = true, source = "Testland Code of Criminal Procedure, art. 100" }, law_enforcement_coordination = { adopted = true, source = "Testland Code of Criminal Procedure, art. 101" } } },
    expect = { ["untoc-wg:28"] = "met" } },
  { name = "untoc-wg:28: not followed (advised)",
    profile = { cooperation_practice = { regional_networks = { adopted = false, note = "Not provided for." }, law_enforcement_coordination = { adopted = false, note = "Not provided for." } } },
    expect = { ["untoc-wg:28"] = "not_met" } },
  { name = "untoc-wg:28: partly followed",
    profile = { cooperation_practice = { regional_networks = { adopted = true, source = "Testland Code of Criminal Procedure, art. 100" }, law_enforcement_coordination = { adopted = false, note = "Not provided for." } } },
    expect = { ["untoc-wg:28"] = "partly_met" } },
  { name = "untoc-wg:28: the profile does not say",
    expect = { ["untoc-wg:28"] = "unknown" } },
  { name = "untoc-wg:28: not applicable, the State is not (yet) a party to UNTOC",
    profile = { cooperation_practice = { regional_networks = { adopted = true, source = "Testland Code of Criminal Procedure, art. 100" }, law_enforcement_coordination = { adopted = true, source = "Testland Code of Criminal Procedure, art. 101" } }, parties = { untoc = { deposited = "2030-06-01" } } },
    expect = { ["untoc-wg:28"] = "not_applicable" } },
}
