return {
  profile_format = 1,
  state = { code = "BAD", name = "Badland" },
  describes_law_as_of = "2024-02-30",
  jurisdiction = {
    territory = { adopted = "yes", source = "Penal Code s. 1" },
  },
  offences = {
    x = { name = "X", source = "PC 1", conduct = { "laundering_conversion_transfr" } },
    laundering = { name = "Laundering", source = "PC 2", predicates = { scope = "list", offences = { "x", "theft" } } },
  },
}
