-- Test cases for UNTOC article 13 (rules/untoc/art13.lua).
-- Each case: a profile fragment merged onto tests/base.lua, an optional
-- as-of date (default: the base profile's describes_law_as_of, 2024-01-01),
-- and the expected status of each obligation named.
-- An expectation is a status, or { status = ..., option = <option id> }.
return {
  -- Everything in place ---------------------------------------------------
  {
    name = "complete regime: both options, tracing and freezing on request, treaty basis accepted",
    profile = {
      confiscation_cooperation = {
        domestic_order_on_request = { adopted = true, source = "Mutual Assistance Act s. 30" },
        foreign_order_enforcement = { adopted = true, source = "Mutual Assistance Act s. 31" },
        identification_tracing_on_request = { adopted = true, source = "Mutual Assistance Act s. 28" },
        freezing_seizure_on_request = { adopted = true, source = "Mutual Assistance Act s. 29" },
        treaty_basis = { adopted = true, treaty_required = true, source = "Mutual Assistance Act s. 4(2)" },
        refusal_non_convention_offence = { adopted = true, source = "Mutual Assistance Act s. 9(1)(f)" },
        agreements = { adopted = true, source = "Treaty with Ruritania on confiscation cooperation (2010)" },
      },
    },
    expect = {
      ["untoc:13.1"] = { status = "met", option = "a" },
      ["untoc:13.2"] = "met", ["untoc:13.6"] = "met", ["untoc:13.7"] = "met", ["untoc:13.9"] = "met",
    },
  },
  {
    name = "nothing known: every obligation of art. 13 unknown",
    profile = {},
    expect = {
      ["untoc:13.1"] = "unknown", ["untoc:13.2"] = "unknown", ["untoc:13.5"] = "unknown",
      ["untoc:13.6"] = "unknown", ["untoc:13.7"] = "unknown", ["untoc:13.9"] = "unknown",
    },
  },
  {
    name = "no cooperation mechanism at all: 13(1) and 13(2) not met, optional and consider not adopted",
    profile = {
      confiscation_cooperation = {
        domestic_order_on_request = { adopted = false },
        foreign_order_enforcement = { adopted = false, note = "Foreign confiscation orders have no effect in the territory." },
        identification_tracing_on_request = { adopted = false },
        freezing_seizure_on_request = { adopted = false },
        refusal_non_convention_offence = { adopted = false },
        agreements = { adopted = false },
      },
    },
    expect = {
      ["untoc:13.1"] = "not_met", ["untoc:13.2"] = "not_met", ["untoc:13.7"] = "not_met", ["untoc:13.9"] = "not_met",
    },
  },

  -- 13(1): the two alternatives -----------------------------------------------
  {
    name = "13(1): enforcement of the foreign order only: met through option (b)",
    profile = {
      confiscation_cooperation = {
        domestic_order_on_request = { adopted = false },
        foreign_order_enforcement = { adopted = true, source = "Code of Criminal Procedure art. 713" },
      },
    },
    expect = { ["untoc:13.1"] = { status = "met", option = "b" } },
  },
  {
    name = "13(1): domestic order on request only: met through option (a)",
    profile = {
      confiscation_cooperation = {
        domestic_order_on_request = { adopted = true, source = "Proceeds of Crime Act s. 90" },
        foreign_order_enforcement = { adopted = false },
      },
    },
    expect = { ["untoc:13.1"] = { status = "met", option = "a" } },
  },
  {
    name = "13(1): foreign orders enforced only for drug offences, no domestic order: partly met",
    profile = {
      confiscation_cooperation = {
        domestic_order_on_request = { adopted = false },
        foreign_order_enforcement = { adopted = "partly", source = "Narcotics Act s. 50",
                                      missing = { "enforcement of foreign confiscation orders for offences other than drug trafficking" } },
      },
    },
    expect = { ["untoc:13.1"] = "partly_met" },
  },
  {
    name = "13(1): option (a) not stated, option (b) not adopted: unknown",
    profile = { confiscation_cooperation = { foreign_order_enforcement = { adopted = false } } },
    expect = { ["untoc:13.1"] = "unknown" },
  },
  {
    name = "13(1): enforcement law enacted after the as-of date does not count",
    as_of = "2010-01-01",
    profile = {
      confiscation_cooperation = {
        domestic_order_on_request = { adopted = false },
        foreign_order_enforcement = { adopted = true, source = "Code of Criminal Procedure art. 713", from = "2010-07-11" },
      },
    },
    expect = { ["untoc:13.1"] = "not_met" },
  },
  {
    name = "13(1): neither option, but the State invokes the limits of its legal system: explained, met",
    profile = {
      confiscation_cooperation = { domestic_order_on_request = { adopted = false }, foreign_order_enforcement = { adopted = false } },
      principles = {
        { provisions = { "untoc:13.1" }, statement = "Confiscation is a criminal penalty that only a domestic court convicting the owner may impose.",
          source = "Constitution art. 8" },
      },
    },
    expect = { ["untoc:13.1"] = { status = "met", option = "greatest-extent-possible" } },
  },

  -- 13(2): tracing and freezing ----------------------------------------------
  {
    name = "13(2): tracing on request but no freezing or seizure: partly met",
    profile = {
      confiscation_cooperation = {
        identification_tracing_on_request = { adopted = true, source = "Mutual Assistance Act s. 28" },
        freezing_seizure_on_request = { adopted = false },
      },
    },
    expect = { ["untoc:13.2"] = "partly_met" },
  },
  {
    name = "13(2): freezing on request, tracing not stated: unknown",
    profile = { confiscation_cooperation = { freezing_seizure_on_request = { adopted = true, source = "Mutual Assistance Act s. 29" } } },
    expect = { ["untoc:13.2"] = "unknown" },
  },
  {
    name = "13(2): freezing power repealed before the as-of date: partly met",
    profile = {
      confiscation_cooperation = {
        identification_tracing_on_request = { adopted = true, source = "Mutual Assistance Act s. 28" },
        freezing_seizure_on_request = { adopted = true, source = "Old Mutual Assistance Act s. 12", repealed = "2020-01-01" },
      },
    },
    expect = { ["untoc:13.2"] = "partly_met" },
  },

  -- 13(5): copies of laws ------------------------------------------------------
  {
    name = "13(5): notifications listed, none under 13(5): not met",
    profile = {
      notifications = { { provision = "untoc:18.13", date = "2004-05-10", content = "Central authority: Ministry of Justice." } },
    },
    expect = { ["untoc:13.5"] = "not_met" },
  },
  {
    name = "13(5): laws communicated, no later change: met",
    profile = {
      notifications = { { provision = "untoc:13.5", date = "2012-02-01", content = "Mutual Assistance Act 2011." } },
      confiscation_cooperation = {
        foreign_order_enforcement = { adopted = true, source = "Mutual Assistance Act 2011 s. 31", from = "2011-07-01" },
      },
    },
    expect = { ["untoc:13.5"] = "met" },
  },
  {
    name = "13(5): a law giving effect to art. 13 entered into force after the communication: partly met",
    profile = {
      notifications = { { provision = "untoc:13.5", date = "2005-02-01", content = "Mutual Assistance Act 1999." } },
      confiscation_cooperation = {
        freezing_seizure_on_request = { adopted = true, source = "Mutual Assistance (Amendment) Act 2015 s. 4", from = "2015-06-01" },
      },
    },
    expect = { ["untoc:13.5"] = "partly_met" },
  },
  {
    name = "13(5): the only communication is dated after the as-of date: not met",
    as_of = "2010-01-01",
    profile = {
      notifications = { { provision = "untoc:13.5", date = "2012-02-01", content = "Mutual Assistance Act 2011." } },
    },
    expect = { ["untoc:13.5"] = "not_met" },
  },

  -- 13(6): treaty basis (conditional) ---------------------------------------------
  {
    name = "13(6): cooperation without a treaty: not applicable",
    profile = { confiscation_cooperation = { treaty_basis = { treaty_required = false, source = "Mutual Assistance Act s. 3" } } },
    expect = { ["untoc:13.6"] = "not_applicable" },
  },
  {
    name = "13(6): treaty required and the Convention not accepted as the basis: not met",
    profile = { confiscation_cooperation = { treaty_basis = { treaty_required = true, adopted = false,
                                                              note = "Only bilateral treaties listed in the Schedule are a basis." } } },
    expect = { ["untoc:13.6"] = "not_met" },
  },
  {
    name = "13(6): treaty required, whether the Convention serves not stated: unknown",
    profile = { confiscation_cooperation = { treaty_basis = { treaty_required = true, source = "Mutual Assistance Act s. 3" } } },
    expect = { ["untoc:13.6"] = "unknown" },
  },
  -- Met, not unknown (review-latea, Cybercrime Convention 50(6), the same
  -- helper): a State that regards the Convention as a sufficient treaty basis
  -- meets 13(6) if it requires a treaty and is not bound by it if it does not;
  -- the open condition cannot make a shortfall.
  {
    name = "13(6): the Convention accepted, whether a treaty is required not stated: met",
    profile = { confiscation_cooperation = { treaty_basis = { adopted = true, source = "Mutual Assistance Act s. 4" } } },
    expect = { ["untoc:13.6"] = "met" },
  },
  {
    name = "13(6): the Convention not accepted, whether a treaty is required not stated: unknown",
    profile = { confiscation_cooperation = { treaty_basis = { adopted = false, source = "Mutual Assistance Act s. 4" } } },
    expect = { ["untoc:13.6"] = "unknown" },
  },

  -- 13(9): consider ------------------------------------------------------------
  {
    name = "13(9): agreements considered but none concluded: met (considered)",
    profile = { confiscation_cooperation = { agreements = { adopted = false, considered = true,
                                                            source = "Ministry of Justice, treaty programme 2020-2025" } } },
    expect = { ["untoc:13.9"] = { status = "met", option = "considered" } },
  },
}
