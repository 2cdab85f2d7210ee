-- Cases for meeting-2006.lua: followed, partly followed where the recommendation has parts,
-- not followed, unknown, and not applicable to a State not party to UNTOC.
return {
  { name = "untoc-wg:11: followed",
    profile = { cooperation_practice = { direct_contacts = { adopted = true, source = "Testland Code of Criminal Procedure, art. 100" } } },
    expect = { ["untoc-wg:11"] = "met" } },
  { name = "untoc-wg:11: not followed (advised)",
    profile = { cooperation_practice = { direct_contacts = { adopted = false, note = "Not provided for." } } },
    expect = { ["untoc-wg:11"] = "not_met" } },
  { name = "untoc-wg:11: the profile does not say",
    expect = { ["untoc-wg:11"] = "unknown" } },
  { name = "untoc-wg:11: not applicable, the State is not (yet) a party to UNTOC",
    profile = { cooperation_practice = { direct_contacts = { adopted = true, source = "Testland Code of Criminal Procedure, art. 100" } }, parties = { untoc = { deposited = "2030-06-01" } } },
    expect = { ["untoc-wg:11"] = "not_applicable" } },
  { name = "untoc-wg:11: not applicable, the State denounced UNTOC",
    profile = { cooperation_practice = { direct_contacts = { adopted = true, source = "Testland Code of Criminal Procedure, art. 100" } }, parties = { untoc = { denounced = "2020-01-01" } } },
    expect = { ["untoc-wg:11"] = "not_applicable" } },
}
