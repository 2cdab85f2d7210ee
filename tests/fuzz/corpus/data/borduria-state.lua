return {
    code = "BOR",
    name = "Borduria",
    name_fr = "Bordurie",
    kind = "state",
  }
