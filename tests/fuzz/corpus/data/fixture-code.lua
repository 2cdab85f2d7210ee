return {
  profile_format = 1,
  state = { code = "COD", name = os.execute("id") },
  describes_law_as_of = "2024-01-01",
}
