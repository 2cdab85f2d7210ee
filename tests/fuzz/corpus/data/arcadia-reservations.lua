return {
    {
      instrument = "untoc",
      provisions = { "untoc:35.2" },
      kind = "reservation",
      from = "2004-05-10",
      text = "In accordance with article 35, paragraph 3, of the Convention, the Republic of Arcadia declares that it does not consider itself bound by article 35, paragraph 2.",
      source = "Reservation made upon ratification (fictional)",
    },
  }
