return {
    untoc = {
      signed = "2000-12-14",
      deposited = "2011-03-14",
      means = "ratification",
      source = "Instrument of ratification of Borduria (fictional)",
      note = "Deposited late: bound from the 30th day after deposit (UNTOC art. 38(2)).",
    },
  }
