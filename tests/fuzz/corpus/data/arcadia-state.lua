return {
    code = "ARC",
    name = "Arcadia",
    name_fr = "Arcadie",
    kind = "state",
  }
