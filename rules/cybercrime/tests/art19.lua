-- Cases for Cybercrime Convention art. 19 (prospective).
return {
  {
    name = "19(1): provided for",
    prospective = true,
    profile = { general_part = { complicity = { adopted = true, source = "Law s. 1" } } },
    expect = { ["cybercrime:19.1"] = "met" },
  },
  {
    name = "19(1): not provided for",
    prospective = true,
    profile = { general_part = { complicity = { adopted = false } } },
    expect = { ["cybercrime:19.1"] = "not_met" },
  },
  {
    name = "19(1): the profile does not say",
    prospective = true,
    expect = { ["cybercrime:19.1"] = "unknown" },
  },
  {
    name = "19(2): provided for",
    prospective = true,
    profile = { general_part = { attempt = { adopted = true, source = "Law s. 1" } } },
    expect = { ["cybercrime:19.2"] = "met" },
  },
  {
    name = "19(2): not provided for",
    prospective = true,
    profile = { general_part = { attempt = { adopted = false } } },
    expect = { ["cybercrime:19.2"] = "not_met" },
  },
  {
    name = "19(2): the profile does not say",
    prospective = true,
    expect = { ["cybercrime:19.2"] = "unknown" },
  },
  {
    name = "19(3): provided for",
    prospective = true,
    profile = { general_part = { preparation = { adopted = true, source = "Law s. 1" } } },
    expect = { ["cybercrime:19.3"] = "met" },
  },
  {
    name = "19(3): not provided for",
    prospective = true,
    profile = { general_part = { preparation = { adopted = false } } },
    expect = { ["cybercrime:19.3"] = "not_met" },
  },
  {
    name = "19(3): the profile does not say",
    prospective = true,
    expect = { ["cybercrime:19.3"] = "unknown" },
  },
  {
    name = "19(1): complicity in force only later: not met",
    prospective = true,
    profile = { general_part = { complicity = { adopted = true, source = "Penal Code s. 13", from = "2030-01-01" } } },
    expect = { ["cybercrime:19.1"] = "not_met" },
  },
}
