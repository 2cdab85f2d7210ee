-- Test cases for Directive 2004/81/EC article 11 (rules/eu-2004-81/art11.lua).
return {
  {
    name = "rules on work, training and education",
    profile = { victim_residence = {
      access_employment = { adopted = true, source = "Labour Code s. 5" },
      access_vocational_training = { adopted = true, source = "Labour Code s. 6" },
      access_education = { adopted = true, source = "Education Act s. 3" } } },
    expect = { ["eu-2004-81:11.1"] = "met" },
  },
  {
    name = "work but no training or education: partly met",
    profile = { victim_residence = {
      access_employment = { adopted = true, source = "Labour Code s. 5" },
      access_vocational_training = { adopted = false }, access_education = { adopted = false } } },
    expect = { ["eu-2004-81:11.1"] = "partly_met" },
  },
  {
    name = "no rules at all",
    profile = { victim_residence = { access_employment = { adopted = false }, access_vocational_training = { adopted = false }, access_education = { adopted = false } } },
    expect = { ["eu-2004-81:11.1"] = "not_met" },
  },
  {
    name = "education not stated: unknown",
    profile = { victim_residence = { access_employment = { adopted = true, source = "Labour Code s. 5" }, access_vocational_training = { adopted = true, source = "Labour Code s. 6" } } },
    expect = { ["eu-2004-81:11.1"] = "unknown" },
  },
}
