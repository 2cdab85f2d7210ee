return {
    untoc = {
      signed = "2000-12-13",
      deposited = "2004-05-10",
      means = "ratification",
      source = "Instrument of ratification of Arcadia, deposited with the Secretary-General of the United Nations (fictional)",
      note = "Enters into force for Arcadia on the 30th day after deposit (UNTOC art. 38(2)).",
    },
  }
