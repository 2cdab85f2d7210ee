-- Cases for Cybercrime Convention art. 12 (prospective: not in force).
return {
  { name = "12: a forgery offence reaching electronic data", prospective = true,
    profile = { offences = { x = { name = "Computer forgery", source = "Penal Code s. 20", conduct = { "ict_forgery" }, requires = { "specific_purpose" } } } },
    expect = { ["cybercrime:12.1"] = "met" } },
  { name = "12(2): requiring a fraudulent intent never lowers the finding", prospective = true,
    profile = { offences = { x = { name = "Computer forgery", source = "Penal Code s. 20", conduct = { "ict_forgery" }, requires = { "dishonest_intent" } } } },
    expect = { ["cybercrime:12.1"] = "met" } },
  { name = "12: requiring serious harm narrows the offence", prospective = true,
    profile = { offences = { x = { name = "Computer forgery", source = "Penal Code s. 20", conduct = { "ict_forgery" }, requires = { "serious_harm" } } } },
    expect = { ["cybercrime:12.1"] = "partly_met" } },
  { name = "12: an element the profile does not describe", prospective = true,
    profile = { offences = { x = { name = "Forgery", source = "Penal Code s. 21", conduct = { "ict_forgery" }, requires = { "other" } } } },
    expect = { ["cybercrime:12.1"] = "unknown" } },
  { name = "12: no forgery offence reaches electronic data", prospective = true,
    profile = { no_offence_for = { { conduct = "ict_forgery", source = "Penal Code (forgery of paper documents only)" } } },
    expect = { ["cybercrime:12.1"] = "not_met" } },
  { name = "12: nothing known", prospective = true, expect = { ["cybercrime:12.1"] = "unknown" } },
}
