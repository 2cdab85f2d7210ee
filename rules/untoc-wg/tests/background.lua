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
  -- « a encouragé les États Membres »: a State not (yet) party to UNTOC is addressed too
  { name = "untoc-wg:10: followed by a State not (yet) party to UNTOC, which resolution 6/1 also addresses (Member States)",
    profile = { cooperation_practice = { cultural_property = { adopted = true, source = "Testland Code of Criminal Procedure, art. 100" } }, parties = { untoc = { deposited = "2030-06-01" } } },
    expect = { ["untoc-wg:10"] = "met" } },
}
