return {
    code = "FRA",
    name = "France",
    name_fr = "France",
    kind = "state",
    eu_member = {
      from = "1958-01-01",
      source = "Traité instituant la Communauté économique européenne (Rome, 25 mars 1957), entré en vigueur le 1er janvier 1958",
      note = "Founding member of the European Communities.",
    },
  }
