return {
    untoc = {
      signed = "2000-12-12",
      deposited = "2002-10-29",
      means = "ratification",
      -- Deposited before the 40th instrument (1 July 2003): the Convention
      -- entered into force for France with the Convention itself on
      -- 29 September 2003 (art. 38(1)).  That is the date the instrument's own
      -- rule gives, so `in_force` is not stated.
      source = "UN Treaty Collection, MTDSG chapter XVIII-12",
      url = "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12&chapter=18",
      note = "Signed at Palermo on 12 December 2000; instrument of ratification deposited on 29 October 2002; in force for France on 29 September 2003.",
    },
  }
