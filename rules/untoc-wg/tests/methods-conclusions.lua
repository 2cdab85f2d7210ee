-- Cases for methods-conclusions.lua: followed, partly followed where the recommendation has parts,
-- not followed, unknown, and not applicable to a State not party to UNTOC.
return {
  { name = "untoc-wg:43.c: followed",
    profile = { cooperation_practice = { statistics = { adopted = true, source = "Testland Code of Criminal Procedure, art. 100" }, legal_basis_statistics = { adopted = true, source = "Testland Code of Criminal Procedure, art. 101" } } },
    expect = { ["untoc-wg:43.c"] = "met" } },
  { name = "untoc-wg:43.c: not followed (advised)",
    profile = { cooperation_practice = { statistics = { adopted = false, note = "Not provided for." }, legal_basis_statistics = { adopted = false, note = "Not provided for." } } },
    expect = { ["untoc-wg:43.c"] = "not_met" } },
  { name = "untoc-wg:43.c: partly followed",
    profile = { cooperation_practice = { statistics = { adopted = true, source = "Testland Code of Criminal Procedure, art. 100" }, legal_basis_statistics = { adopted = false, note = "Not provided for." } } },
    expect = { ["untoc-wg:43.c"] = "partly_met" } },
  { name = "untoc-wg:43.c: the profile does not say",
    expect = { ["untoc-wg:43.c"] = "unknown" } },
  { name = "untoc-wg:43.c: not applicable, the State is not (yet) a party to UNTOC",
    profile = { cooperation_practice = { statistics = { adopted = true, source = "Testland Code of Criminal Procedure, art. 100" }, legal_basis_statistics = { adopted = true, source = "Testland Code of Criminal Procedure, art. 101" } }, parties = { untoc = { deposited = "2030-06-01" } } },
    expect = { ["untoc-wg:43.c"] = "not_applicable" } },
}
