return { profile_format = 1, state = { code = "X", name = "X" }, describes_law_as_of = "2024-01-01",
  parties = { untco = { deposited = "2004-01-01" } },
  reservations = { { instrument = "untok", provisions = { "untoc:35.2" }, from = "2004-01-01" } } }
