-- Test cases for UNTOC article 12 (rules/untoc/art12.lua).
-- Each case: a profile fragment merged onto tests/base.lua, an optional
-- as-of date (default: the base profile's describes_law_as_of), and the
-- expected status of each obligation named (other obligations are not checked).
-- An expectation is a status, or { status = ..., option = <option id> }.
return {
  -- Everything in place -------------------------------------------------
  {
    name = "complete confiscation regime: every mandatory obligation met",
    profile = {
      confiscation = {
        proceeds = { adopted = true, source = "Criminal Code s. 74(1)" },
        value_based = { adopted = true, source = "Criminal Code s. 74(3)" },
        instrumentalities = { adopted = true, source = "Criminal Code s. 75(1)" },
        intended_instrumentalities = { adopted = true, source = "Criminal Code s. 75(1)" },
        identification_tracing = { adopted = true, source = "Proceeds of Crime Act s. 12" },
        freezing_seizure = { adopted = true, source = "Code of Criminal Procedure s. 111" },
        transformed_property = { adopted = true, source = "Criminal Code s. 74(2)" },
        intermingled_property = { adopted = true, source = "Criminal Code s. 74(4)" },
        income_from_proceeds = { adopted = true, source = "Criminal Code s. 74(2)" },
        records_orders = { adopted = true, source = "Code of Criminal Procedure s. 95" },
        bank_secrecy_no_bar = { adopted = true, source = "Banking Act s. 47(2)" },
        third_party_protection = { adopted = true, source = "Criminal Code s. 74(5)" },
      },
    },
    expect = {
      ["untoc:12.1.a"] = "met", ["untoc:12.1.b"] = "met", ["untoc:12.2"] = "met",
      ["untoc:12.3"] = "met", ["untoc:12.4"] = "met", ["untoc:12.5"] = "met",
      ["untoc:12.6#records"] = "met", ["untoc:12.6#bank-secrecy"] = "met",
    },
  },
  {
    name = "nothing known about confiscation: every obligation unknown",
    profile = {},
    expect = {
      ["untoc:12.1.a"] = "unknown", ["untoc:12.1.b"] = "unknown", ["untoc:12.2"] = "unknown",
      ["untoc:12.3"] = "unknown", ["untoc:12.4"] = "unknown", ["untoc:12.5"] = "unknown",
      ["untoc:12.6#records"] = "unknown", ["untoc:12.6#bank-secrecy"] = "unknown",
      ["untoc:12.7"] = "unknown",
    },
  },
  {
    name = "no confiscation measures at all: every mandatory obligation not met",
    profile = {
      confiscation = {
        proceeds = { adopted = false }, value_based = { adopted = false },
        instrumentalities = { adopted = false }, intended_instrumentalities = { adopted = false },
        identification_tracing = { adopted = false }, freezing_seizure = { adopted = false },
        transformed_property = { adopted = false }, intermingled_property = { adopted = false },
        income_from_proceeds = { adopted = false }, records_orders = { adopted = false },
        bank_secrecy_no_bar = { adopted = false, note = "Banking Act s. 47 makes bank secrecy opposable to investigating judges." },
        reversed_burden = { adopted = false },
      },
    },
    expect = {
      ["untoc:12.1.a"] = "not_met", ["untoc:12.1.b"] = "not_met", ["untoc:12.2"] = "not_met",
      ["untoc:12.3"] = "not_met", ["untoc:12.4"] = "not_met", ["untoc:12.5"] = "not_met",
      ["untoc:12.6#records"] = "not_met", ["untoc:12.6#bank-secrecy"] = "not_met",
      ["untoc:12.7"] = "not_met",
    },
  },

  -- 12(1)(a): proceeds AND value confiscation --------------------------------
  {
    name = "12(1)(a): proceeds confiscable but no value confiscation: partly met",
    profile = { confiscation = { proceeds = { adopted = true, source = "Criminal Code s. 74(1)" }, value_based = { adopted = false } } },
    expect = { ["untoc:12.1.a"] = "partly_met" },
  },
  {
    name = "12(1)(a): value confiscation only: partly met",
    profile = { confiscation = { proceeds = { adopted = false }, value_based = { adopted = true, source = "Proceeds of Crime Act s. 6" } } },
    expect = { ["untoc:12.1.a"] = "partly_met" },
  },
  {
    name = "12(1)(a): value confiscation limited to some Convention offences: partly met",
    profile = {
      confiscation = {
        proceeds = { adopted = true, source = "Criminal Code s. 74(1)" },
        value_based = { adopted = "partly", source = "Narcotics Act s. 30",
                        missing = { "value confiscation for offences other than drug trafficking (e.g. laundering, bribery, obstruction of justice)" } },
      },
    },
    expect = { ["untoc:12.1.a"] = "partly_met" },
  },
  {
    name = "12(1)(a): proceeds confiscable, value confiscation not stated: unknown",
    profile = { confiscation = { proceeds = { adopted = true, source = "Criminal Code s. 74(1)" } } },
    expect = { ["untoc:12.1.a"] = "unknown" },
  },
  {
    name = "12(1)(a): no value confiscation, State invokes the limits of its legal system: met within the qualifier",
    profile = {
      confiscation = { proceeds = { adopted = true, source = "Criminal Code s. 74(1)" }, value_based = { adopted = false } },
      principles = {
        { provisions = { "untoc:12.1" }, statement = "The Constitution forbids the confiscation of lawfully acquired property as a penalty",
          source = "Constitution art. 30" },
      },
    },
    expect = {
      ["untoc:12.1.a"] = { status = "met", option = "greatest-extent-possible" },
      ["untoc:12.1.b"] = "unknown",
    },
  },
  {
    name = "12(1)(a): qualifier invoked but value confiscation not stated: still unknown",
    profile = {
      confiscation = { proceeds = { adopted = true, source = "Criminal Code s. 74(1)" } },
      principles = { { provisions = { "untoc:12.1.a" }, statement = "No value confiscation in the legal tradition", source = "Supreme Court, 1998" } },
    },
    expect = { ["untoc:12.1.a"] = "unknown" },
  },
  {
    name = "12(1)(a): qualifier invoked but both limbs adopted: plainly met",
    profile = {
      confiscation = { proceeds = { adopted = true, source = "Criminal Code s. 74(1)" }, value_based = { adopted = true, source = "Criminal Code s. 74(3)" } },
      principles = { { provisions = { "untoc:12.1.a" }, statement = "Value confiscation limited by the proportionality principle", source = "Constitution art. 8" } },
    },
    expect = { ["untoc:12.1.a"] = "met" },
  },
  {
    name = "12(1)(a): value confiscation enacted after the as-of date does not count",
    as_of = "2015-06-30",
    profile = { confiscation = { proceeds = { adopted = true, source = "Criminal Code s. 74(1)" },
                                 value_based = { adopted = true, source = "Criminal Code s. 74(3)", from = "2017-01-01" } } },
    expect = { ["untoc:12.1.a"] = "partly_met" },
  },
  {
    name = "12(1)(a): value confiscation in force at the as-of date counts",
    as_of = "2018-06-30",
    profile = { confiscation = { proceeds = { adopted = true, source = "Criminal Code s. 74(1)" },
                                 value_based = { adopted = true, source = "Criminal Code s. 74(3)", from = "2017-01-01" } } },
    expect = { ["untoc:12.1.a"] = "met" },
  },
  {
    name = "12(1)(a): third parties unprotected is context only, the finding stays met",
    profile = {
      confiscation = {
        proceeds = { adopted = true, source = "Criminal Code s. 74(1)" }, value_based = { adopted = true, source = "Criminal Code s. 74(3)" },
        instrumentalities = { adopted = true, source = "Criminal Code s. 75(1)" }, intended_instrumentalities = { adopted = true, source = "Criminal Code s. 75(1)" },
        third_party_protection = { adopted = false, note = "Confiscation reaches property held by third parties whatever their good faith." },
      },
    },
    expect = { ["untoc:12.1.a"] = "met", ["untoc:12.1.b"] = "met" },
  },

  {
    name = "12(1)(a): value confiscation limited to some offences, qualifier invoked for paragraph 1: met within the qualifier",
    profile = {
      confiscation = {
        proceeds = { adopted = true, source = "Criminal Code s. 74(1)" },
        value_based = { adopted = "partly", source = "Narcotics Act s. 30", missing = { "value confiscation outside drug offences" } },
      },
      principles = { { provisions = { "untoc:12.1" }, statement = "Value confiscation outside drug offences would be a penalty barred by the Constitution", source = "Constitutional Court, decision 12/2009" } },
    },
    expect = { ["untoc:12.1.a"] = { status = "met", option = "greatest-extent-possible" } },
  },

  -- 12(1)(b): instrumentalities used AND destined for use ---------------------
  {
    name = "12(1)(b): only instrumentalities actually used are confiscable: partly met",
    profile = { confiscation = { instrumentalities = { adopted = true, source = "Criminal Code s. 75(1)" },
                                 intended_instrumentalities = { adopted = false } } },
    expect = { ["untoc:12.1.b"] = "partly_met" },
  },
  {
    name = "12(1)(b): instrumentalities used confiscable, intended use not stated: unknown",
    profile = { confiscation = { instrumentalities = { adopted = true, source = "Criminal Code s. 75(1)" } } },
    expect = { ["untoc:12.1.b"] = "unknown" },
  },
  {
    name = "12(1)(b): qualifier invoked for (b): met within the qualifier",
    profile = {
      confiscation = { instrumentalities = { adopted = true, source = "Criminal Code s. 75(1)" }, intended_instrumentalities = { adopted = false } },
      principles = { { provisions = { "untoc:12.1.b" }, statement = "Confiscation presupposes a completed offence", source = "Criminal Code s. 2" } },
    },
    expect = { ["untoc:12.1.b"] = { status = "met", option = "greatest-extent-possible" } },
  },
  {
    name = "12(1)(b): qualifier invoked for (a) only does not excuse (b)",
    profile = {
      confiscation = { instrumentalities = { adopted = true, source = "Criminal Code s. 75(1)" }, intended_instrumentalities = { adopted = false } },
      principles = { { provisions = { "untoc:12.1.a" }, statement = "No value confiscation", source = "Constitution art. 30" } },
    },
    expect = { ["untoc:12.1.b"] = "partly_met" },
  },
  {
    name = "12(1)(b): instrumentality provision repealed before the as-of date: not met",
    profile = { confiscation = { instrumentalities = { adopted = true, source = "Old Criminal Code s. 40", repealed = "2019-01-01" },
                                 intended_instrumentalities = { adopted = true, source = "Old Criminal Code s. 40", repealed = "2019-01-01" } } },
    expect = { ["untoc:12.1.b"] = "not_met" },
  },

  -- 12(2): identification, tracing AND freezing or seizure ---------------------
  {
    name = "12(2): seizure possible but no power to identify and trace: partly met",
    profile = { confiscation = { identification_tracing = { adopted = false }, freezing_seizure = { adopted = true, source = "Code of Criminal Procedure s. 111" } } },
    expect = { ["untoc:12.2"] = "partly_met" },
  },
  {
    name = "12(2): freezing not stated: unknown",
    profile = { confiscation = { identification_tracing = { adopted = true, source = "Proceeds of Crime Act s. 12" } } },
    expect = { ["untoc:12.2"] = "unknown" },
  },
  {
    name = "12(2): the paragraph 1 qualifier does not reach paragraph 2",
    profile = {
      confiscation = { identification_tracing = { adopted = false }, freezing_seizure = { adopted = true, source = "Code of Criminal Procedure s. 111" } },
      principles = { { provisions = { "untoc:12.1" }, statement = "Limits of the domestic legal system", source = "Constitution art. 30" } },
    },
    expect = { ["untoc:12.2"] = "partly_met" },
  },

  -- 12(3) to 12(5) -------------------------------------------------------------
  {
    name = "12(3)-(5): transformed property only in part, intermingled property adopted, income not reachable",
    profile = {
      confiscation = {
        transformed_property = { adopted = "partly", source = "Criminal Code s. 74(2)", missing = { "property into which proceeds were only partly converted" } },
        intermingled_property = { adopted = true, source = "Criminal Code s. 74(4)" },
        income_from_proceeds = { adopted = false },
      },
    },
    expect = { ["untoc:12.3"] = "partly_met", ["untoc:12.4"] = "met", ["untoc:12.5"] = "not_met" },
  },
  {
    name = "12(4): intermingled property provision not yet in force at the as-of date",
    as_of = "2020-01-01",
    profile = { confiscation = { intermingled_property = { adopted = true, source = "Criminal Code s. 74(4)", from = "2021-07-01" } } },
    expect = { ["untoc:12.4"] = "not_met" },
  },

  {
    name = "12(5): income from proceeds only where derived from the proceeds themselves: partly met",
    profile = { confiscation = { income_from_proceeds = { adopted = "partly", source = "Criminal Code s. 74(2)",
                                                          missing = { "income derived from property with which proceeds were intermingled" } },
                                 intermingled_property = { adopted = false } } },
    expect = { ["untoc:12.5"] = "partly_met", ["untoc:12.4"] = "not_met" },
  },

  -- 12(6): records and bank secrecy -----------------------------------------
  {
    name = "12(6): records can be ordered but bank secrecy can bar them: the prohibition is not met",
    profile = { confiscation = { records_orders = { adopted = true, source = "Code of Criminal Procedure s. 95" },
                                 bank_secrecy_no_bar = { adopted = false, source = "Banking Act s. 47" } } },
    expect = { ["untoc:12.6#records"] = "met", ["untoc:12.6#bank-secrecy"] = "not_met" },
  },
  {
    name = "12(6): bank secrecy lifted only for some offences: partly met; records not stated: unknown",
    profile = { confiscation = { bank_secrecy_no_bar = { adopted = "partly", source = "Banking Act s. 47(2)",
                                                         missing = { "bank secrecy still opposable in investigations of bribery and obstruction of justice" } } } },
    expect = { ["untoc:12.6#records"] = "unknown", ["untoc:12.6#bank-secrecy"] = "partly_met" },
  },

  {
    name = "12(6): bank secrecy exclusion repealed before the as-of date: not met",
    profile = { confiscation = { records_orders = { adopted = true, source = "Code of Criminal Procedure s. 95" },
                                 bank_secrecy_no_bar = { adopted = true, source = "Banking Act s. 47(2) (old)", repealed = "2022-05-01" } } },
    expect = { ["untoc:12.6#records"] = "met", ["untoc:12.6#bank-secrecy"] = "not_met" },
  },

  -- 12(7): optional reversal of the burden of proof ------------------------
  {
    name = "12(7): offender must show lawful origin: option taken",
    profile = { confiscation = { reversed_burden = { adopted = true, source = "Criminal Code s. 74A" } } },
    expect = { ["untoc:12.7"] = "met" },
  },
  {
    name = "12(7): option not taken, and the presumption of innocence excludes it: not applicable",
    profile = {
      confiscation = { reversed_burden = { adopted = false } },
      principles = { { provisions = { "untoc:12.7" }, statement = "The presumption of innocence forbids requiring the accused to prove the lawful origin of property", source = "Constitution art. 14(2)" } },
    },
    expect = { ["untoc:12.7"] = "not_applicable" },
  },
  {
    name = "12(7): option taken although a principle is recorded: met",
    profile = {
      confiscation = { reversed_burden = { adopted = true, source = "Criminal Code s. 74A", note = "Limited to extended confiscation after conviction." } },
      principles = { { provisions = { "untoc:12.7" }, statement = "Presumption of innocence", source = "Constitution art. 14(2)" } },
    },
    expect = { ["untoc:12.7"] = "met" },
  },
  {
    name = "12(7): principle recorded but the law is not stated: unknown",
    profile = {
      principles = { { provisions = { "untoc:12.7" }, statement = "Presumption of innocence", source = "Constitution art. 14(2)" } },
    },
    expect = { ["untoc:12.7"] = "unknown" },
  },
}
