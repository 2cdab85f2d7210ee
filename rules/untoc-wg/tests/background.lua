-- Cases for background.lua: followed, partly followed where the recommendation has parts,
-- not followed, unknown, and not applicable to a State not party to UNTOC.
return {
  { name = "untoc-wg:10: followed",
    profile = { cooperation_practice = { cultural_property = { adopted = true, source = "Testland Code of Criminal Procedure, art. 100" } } },
    expect = { ["untoc-wg:10"] = "met" } },
  { name = "untoc-wg:10: not followed (advised)",
    profile = { cooperation_practice = { cultural_property = { adopted = false, note = "Not provided for." } } },
    expect = { ["untoc-wg:10"] = "not_met" } },
  { name = "untoc-wg:10: the profile does not say",
    expect = { ["untoc-wg:10"] = "unknown" } },
  { name = "untoc-wg:10: not applicable, the State is not (yet) a party to UNTOC",
    profile = { cooperation_practice = { cultural_property = { adopted = true, source = "Testland Code of Criminal Procedure, art. 100" } }, parties = { untoc = { deposited = "2030-06-01" } } },
    expect = { ["untoc-wg:10"] = "not_applicable" } },
}
