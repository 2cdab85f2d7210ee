-- Test cases for UNTOC article 22 (rules/untoc/art22.lua): foreign convictions (optional).
return {
  {
    name = "foreign convictions have the effects of national ones",
    profile = { investigation = { foreign_convictions = { adopted = true, source = "Penal Code s. 55A",
      note = "Convictions from the member States of the regional organisation only: a choice art. 22 leaves to the State." } } },
    expect = { ["untoc:22"] = "met" },
  },
  {
    name = "foreign convictions ignored: option not taken",
    profile = { investigation = { foreign_convictions = { adopted = false, source = "Penal Code s. 55 (national convictions only)" } } },
    expect = { ["untoc:22"] = "not_met" },
  },
  {
    name = "foreign convictions taken into account only for sentencing",
    profile = { investigation = { foreign_convictions = { adopted = "partly", source = "Sentencing Act s. 12",
      missing = { "Foreign convictions cannot ground recidivism." } } } },
    expect = { ["untoc:22"] = "partly_met" },
  },
  {
    name = "not known",
    profile = {},
    expect = { ["untoc:22"] = "unknown" },
  },
  {
    name = "measure enacted after the as-of date",
    as_of = "2015-01-01",
    profile = { investigation = { foreign_convictions = { adopted = true, source = "Penal Code s. 55A", from = "2018-03-01" } } },
    expect = { ["untoc:22"] = "not_met" },
  },
}
