-- Otherland: every jurisdiction of article 15 established.
return {
  profile_format = 1,
  state = { code = "OTH", name = "Otherland", name_fr = "Autreterre" },
  describes_law_as_of = "2024-12-31",
  parties = { untoc = { signed = "2000-12-12", deposited = "2003-01-15" } },
  jurisdiction = {
    territory = { adopted = true, source = "Criminal Code, s. 3" },
    flag_vessels = { adopted = true, source = "Criminal Code, s. 4" },
    passive_personality = { adopted = true, source = "Criminal Code, s. 5" },
    non_extradited_nationals = { adopted = true, source = "Criminal Code, s. 6" },
  },
}
