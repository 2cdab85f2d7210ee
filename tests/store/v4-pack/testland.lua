-- Testland: flag jurisdiction not established (a gap on untoc:15.1.b).
return {
  profile_format = 1,
  state = { code = "TST", name = "Testland", name_fr = "Testlande" },
  describes_law_as_of = "2024-12-31",
  parties = { untoc = { signed = "2000-12-12", deposited = "2004-06-01" } },
  jurisdiction = {
    territory = { adopted = true, source = "Penal Code, art. 1", url = "https://example.org/pc", note = "n" },
    flag_vessels = { adopted = false, source = "Maritime Code, art. 2" },
    passive_personality = { adopted = false },
  },
}
