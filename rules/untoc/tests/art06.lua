-- Test cases for UNTOC article 6 (rules/untoc/art06.lua).
-- Each case: a profile fragment merged onto tests/base.lua, an optional
-- as-of date (default: the base profile's describes_law_as_of), and the
-- expected status of each obligation named (other obligations are not checked).
-- An expectation is a status, or { status = ..., option = <option id> }.
return {
  -- ---------------------------------------------------------------- all
  {
    name = "nothing known about laundering",
    profile = {},
    expect = {
      ["untoc:6.1.a.i"] = "unknown", ["untoc:6.1.a.ii"] = "unknown",
      ["untoc:6.1.b.i"] = "unknown", ["untoc:6.1.b.ii"] = "unknown",
      ["untoc:6.2.a"] = "unknown", ["untoc:6.2.b"] = "unknown", ["untoc:6.2.b#list"] = "unknown",
      ["untoc:6.2.c"] = "unknown", ["untoc:6.2.d"] = "unknown", ["untoc:6.2.e"] = "unknown",
      ["untoc:6.2.f"] = "unknown",
    },
  },
  {
    name = "comprehensive all-crimes laundering offence, laws communicated",
    profile = {
      offences = {
        laundering = {
          name = "Money laundering", source = "Penal Code s. 300", from = "1998-01-01", max_prison_years = 10,
          conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise", "laundering_acquisition_possession_use",
                      "laundering_association_conspiracy", "laundering_attempt", "laundering_aiding_abetting" },
          mental = { "knowledge", "intent" },
          predicates = { scope = "all_offences", source = "Penal Code s. 300(3)" },
          foreign_predicates = "covered", self_laundering = true,
        },
      },
      notifications = { { provision = "untoc:6.2.d", date = "2004-06-01", content = "Penal Code s. 300" } },
      general_part = { inference_from_circumstances = { adopted = true, source = "Evidence Act s. 12" } },
    },
    expect = {
      ["untoc:6.1.a.i"] = "met", ["untoc:6.1.a.ii"] = "met", ["untoc:6.1.b.i"] = "met", ["untoc:6.1.b.ii"] = "met",
      ["untoc:6.2.a"] = { status = "met", option = "all-offences" },
      ["untoc:6.2.b"] = "met",
      ["untoc:6.2.b#list"] = "not_applicable",
      ["untoc:6.2.c"] = { status = "met", option = "covered" },
      ["untoc:6.2.d"] = "met",
      ["untoc:6.2.e"] = "not_met",
      ["untoc:6.2.f"] = "met",
    },
  },
  {
    name = "no laundering offence at all",
    profile = {
      no_offence_for = {
        { conduct = "laundering_conversion_transfer" }, { conduct = "laundering_concealment_disguise" },
        { conduct = "laundering_acquisition_possession_use" }, { conduct = "laundering_association_conspiracy" },
        { conduct = "laundering_attempt" }, { conduct = "laundering_aiding_abetting" },
      },
      notifications = {},
      general_part = { inference_from_circumstances = { adopted = false } },
    },
    expect = {
      ["untoc:6.1.a.i"] = "not_met", ["untoc:6.1.a.ii"] = "not_met",
      ["untoc:6.1.b.i"] = "not_met", ["untoc:6.1.b.ii"] = "not_met",
      ["untoc:6.2.a"] = "not_met", ["untoc:6.2.b"] = "not_met", ["untoc:6.2.b#list"] = "not_applicable",
      ["untoc:6.2.c"] = "not_met", ["untoc:6.2.d"] = "not_met", ["untoc:6.2.e"] = "not_applicable",
      ["untoc:6.2.f"] = "not_met",
    },
  },
  -- ---------------------------------------------------- 6(1) escape clauses
  {
    name = "basic concept invoked for 6(1)(b), nothing of (b) criminalized: (b) does not bind, (a) still a gap",
    profile = {
      no_offence_for = {
        { conduct = "laundering_conversion_transfer" }, { conduct = "laundering_concealment_disguise" },
        { conduct = "laundering_acquisition_possession_use" }, { conduct = "laundering_association_conspiracy" },
        { conduct = "laundering_attempt" }, { conduct = "laundering_aiding_abetting" },
      },
      principles = { { provisions = { "untoc:6.1.b" }, statement = "Mere possession of property is not punishable without a harmful act", source = "Constitutional Court, decision 12/1999" } },
    },
    expect = {
      ["untoc:6.1.a.i"] = "not_met", ["untoc:6.1.a.ii"] = "not_met",
      ["untoc:6.1.b.i"] = "not_applicable", ["untoc:6.1.b.ii"] = "not_applicable",
    },
  },
  {
    name = "fundamental principle invoked for the whole of 6(1) does not release the State from (a)",
    profile = {
      no_offence_for = { { conduct = "laundering_conversion_transfer" }, { conduct = "laundering_concealment_disguise" },
                         { conduct = "laundering_acquisition_possession_use" } },
      principles = { { provisions = { "untoc:6.1" }, statement = "Legality principle: only conduct causing direct harm is punishable" } },
    },
    expect = { ["untoc:6.1.a.i"] = "not_met", ["untoc:6.1.a.ii"] = "not_met", ["untoc:6.1.b.i"] = "not_applicable" },
  },
  {
    name = "acquisition, possession or use not criminalized and no basic concept invoked",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = true,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" } },
      },
      no_offence_for = { { conduct = "laundering_acquisition_possession_use", note = "Receiving applies to stolen goods only." } },
    },
    expect = { ["untoc:6.1.a.i"] = "met", ["untoc:6.1.a.ii"] = "met", ["untoc:6.1.b.i"] = "not_met" },
  },
  {
    name = "acquisition, possession or use not criminalized, basic concept invoked for 6(1)(b)(i)",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = true,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" } },
      },
      no_offence_for = { { conduct = "laundering_acquisition_possession_use" } },
      principles = { { provisions = { "untoc:6.1.b.i" }, statement = "Possession offences are excluded by the harm principle", source = "Constitution art. 9" } },
    },
    expect = { ["untoc:6.1.b.i"] = "not_applicable" },
  },
  -- ---------------------------------------------------- self-laundering
  {
    name = "self-laundering excluded without a fundamental principle: (a) offences narrower than required; (b)(i) concerns receipt from another",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = false,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise", "laundering_acquisition_possession_use" } },
      },
    },
    expect = {
      ["untoc:6.1.a.i"] = "partly_met", ["untoc:6.1.a.ii"] = "partly_met",
      ["untoc:6.1.b.i"] = "met",
      ["untoc:6.2.e"] = "partly_met",
    },
  },
  {
    name = "self-laundering excluded because a fundamental principle requires it (6(2)(e))",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = false,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise", "laundering_acquisition_possession_use" } },
      },
      principles = { { provisions = { "untoc:6.2.e" }, statement = "Ne bis in idem: disposing of one's own proceeds is part of the predicate offence", source = "Supreme Court, 4 May 2001" } },
    },
    expect = {
      ["untoc:6.1.a.i"] = { status = "met", option = "self-laundering-exemption" },
      ["untoc:6.1.a.ii"] = { status = "met", option = "self-laundering-exemption" },
      ["untoc:6.1.b.i"] = "met",
      ["untoc:6.2.e"] = { status = "met", option = "exemption" },
    },
  },
  {
    name = "self-laundering excluded, basic concept invoked only for 6(1)(b): no help for (a)",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = false,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise", "laundering_acquisition_possession_use" } },
      },
      principles = { { provisions = { "untoc:6.1.b" }, statement = "The thief's use of the stolen thing is not a separate wrong", source = "Criminal Code commentary" } },
    },
    expect = {
      ["untoc:6.1.a.i"] = "partly_met",
      ["untoc:6.1.b.i"] = "met",
      ["untoc:6.2.e"] = "partly_met",
    },
  },
  {
    name = "self-laundering not stated",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" } },
      },
    },
    expect = { ["untoc:6.1.a.i"] = "unknown", ["untoc:6.1.a.ii"] = "unknown", ["untoc:6.2.e"] = "unknown" },
  },
  {
    name = "two offences: self-laundering reached for conversion through the second one only",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = false,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" } },
        self_laundering_offence = { name = "Self-laundering", source = "Penal Code s. 300A", max_prison_years = 8, self_laundering = true,
                                    conduct = { "laundering_conversion_transfer" } },
      },
    },
    expect = { ["untoc:6.1.a.i"] = "met", ["untoc:6.1.a.ii"] = "partly_met", ["untoc:6.2.e"] = "partly_met" },
  },
  -- ---------------------------------------------------- in-force dates
  {
    name = "old offence (self-laundering excluded) in force at the as-of date 2012",
    as_of = "2012-01-01",
    profile = {
      offences = {
        old_laundering = { name = "Money laundering (former)", source = "Penal Code s. 300 (1998 text)", from = "1998-01-01", repealed = "2015-03-01",
                           max_prison_years = 5, self_laundering = false, conduct = { "laundering_conversion_transfer" } },
        laundering = { name = "Money laundering", source = "Penal Code s. 300 (2015 text)", from = "2015-03-01",
                       max_prison_years = 10, self_laundering = true, conduct = { "laundering_conversion_transfer" } },
      },
    },
    expect = { ["untoc:6.1.a.i"] = "partly_met" },
  },
  {
    name = "the 2015 reform (self-laundering punishable) counts at the as-of date 2020",
    as_of = "2020-01-01",
    profile = {
      offences = {
        old_laundering = { name = "Money laundering (former)", source = "Penal Code s. 300 (1998 text)", from = "1998-01-01", repealed = "2015-03-01",
                           max_prison_years = 5, self_laundering = false, conduct = { "laundering_conversion_transfer" } },
        laundering = { name = "Money laundering", source = "Penal Code s. 300 (2015 text)", from = "2015-03-01",
                       max_prison_years = 10, self_laundering = true, conduct = { "laundering_conversion_transfer" } },
      },
    },
    expect = { ["untoc:6.1.a.i"] = "met" },
  },
  {
    name = "laundering offence enacted after the as-of date does not count",
    as_of = "2010-01-01",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", from = "2015-03-01", max_prison_years = 10, self_laundering = true,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" } },
      },
    },
    expect = { ["untoc:6.1.a.i"] = "unknown", ["untoc:6.1.a.ii"] = "unknown" },
  },
  -- ---------------------------------------------------- 6(1)(b)(ii)
  {
    name = "ancillary offences through the general part and a criminal-association offence",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = true,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" } },
        criminal_association = { name = "Criminal association", source = "Penal Code s. 200", max_prison_years = 5,
                                 conduct = { "participation_conspiracy" },
                                 aims_at = { scope = "threshold", threshold_prison_years = 5 } },
      },
      general_part = {
        attempt = { adopted = true, source = "Penal Code s. 20" },
        complicity = { adopted = true, source = "Penal Code s. 25" },
      },
    },
    expect = { ["untoc:6.1.b.ii"] = "met" },
  },
  {
    name = "conspiracy offence aims at crimes above the laundering penalty: association not established",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = true,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" } },
        criminal_association = { name = "Criminal association", source = "Penal Code s. 200", max_prison_years = 5,
                                 conduct = { "participation_conspiracy" },
                                 aims_at = { scope = "threshold", threshold_prison_years = 12 } },
      },
      general_part = {
        attempt = { adopted = true, source = "Penal Code s. 20" },
        complicity = { adopted = true, source = "Penal Code s. 25" },
      },
    },
    expect = { ["untoc:6.1.b.ii"] = "unknown" },
  },
  {
    name = "no association or conspiracy to launder: 6(1)(b)(ii) partly met",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = true,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise", "laundering_attempt" } },
      },
      no_offence_for = { { conduct = "laundering_association_conspiracy" } },
      general_part = { complicity = { adopted = true, source = "Penal Code s. 25" } },
    },
    expect = { ["untoc:6.1.b.ii"] = "partly_met" },
  },
  {
    name = "no association or conspiracy to launder, explained by a basic concept",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = true,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise", "laundering_attempt" } },
      },
      no_offence_for = { { conduct = "laundering_association_conspiracy" } },
      general_part = { complicity = { adopted = true, source = "Penal Code s. 25" } },
      principles = { { provisions = { "untoc:6.1.b.ii" }, statement = "Mere agreement without an act is not punishable", source = "Constitution art. 7" } },
    },
    expect = { ["untoc:6.1.b.ii"] = { status = "met", option = "basic-concepts" } },
  },
  {
    name = "the profile's statement that attempt of laundering is not punishable prevails over the general part",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = true,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise", "laundering_association_conspiracy" } },
      },
      no_offence_for = { { conduct = "laundering_attempt", note = "Attempt of misdemeanours is punishable only where the law says so." } },
      general_part = {
        attempt = { adopted = true, source = "Penal Code s. 20" },
        complicity = { adopted = true, source = "Penal Code s. 25" },
      },
    },
    expect = { ["untoc:6.1.b.ii"] = "partly_met" },
  },
  {
    name = "general part on attempt adopted only in part: whether it reaches laundering is open",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = true,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise", "laundering_association_conspiracy" } },
      },
      general_part = {
        attempt = { adopted = "partly", source = "Penal Code s. 20", missing = { "attempt of misdemeanours, unless a statute provides for it" } },
        complicity = { adopted = true, source = "Penal Code s. 25" },
      },
    },
    expect = { ["untoc:6.1.b.ii"] = "unknown" },
  },
  {
    name = "general rule on complicity not yet in force at the as-of date",
    as_of = "2005-01-01",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = true,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise", "laundering_association_conspiracy", "laundering_attempt" } },
      },
      general_part = { complicity = { adopted = true, source = "Penal Code s. 25", from = "2008-01-01" } },
    },
    expect = { ["untoc:6.1.b.ii"] = "unknown" },
  },
  {
    name = "no laundering offence: general rules on attempt and complicity have nothing to attach to",
    profile = {
      no_offence_for = { { conduct = "laundering_conversion_transfer" }, { conduct = "laundering_concealment_disguise" },
                         { conduct = "laundering_acquisition_possession_use" } },
      general_part = {
        attempt = { adopted = true, source = "Penal Code s. 20" },
        complicity = { adopted = true, source = "Penal Code s. 25" },
      },
    },
    expect = { ["untoc:6.1.b.ii"] = "not_met" },
  },
  -- ---------------------------------------------------- 6(2)(a) widest range
  {
    name = "threshold of one year: beyond serious crime",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = true,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" },
                       predicates = { scope = "threshold", threshold_prison_years = 1 } },
      },
    },
    expect = { ["untoc:6.2.a"] = { status = "met", option = "threshold" } },
  },
  {
    name = "threshold of four years: no wider than serious crime",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = true,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" },
                       predicates = { scope = "threshold", threshold_prison_years = 4 } },
        criminal_association = { name = "Criminal association", source = "Penal Code s. 200", max_prison_years = 5, conduct = { "participation_conspiracy" } },
        bribery = { name = "Bribery", source = "Penal Code s. 210", max_prison_years = 5,
                    conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give", "bribery_passive_solicit", "bribery_passive_accept" } },
        obstruction = { name = "Obstruction of justice", source = "Penal Code s. 220", max_prison_years = 5,
                        conduct = { "obstruction_witness_force_threats", "obstruction_witness_undue_advantage", "obstruction_official_force_threats" } },
      },
    },
    expect = { ["untoc:6.2.a"] = "partly_met", ["untoc:6.2.b"] = "met", ["untoc:6.2.b#list"] = "not_applicable" },
  },
  {
    name = "predicates of the laundering offence not stated",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = true,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" } },
      },
    },
    expect = { ["untoc:6.2.a"] = "unknown", ["untoc:6.2.b"] = "unknown", ["untoc:6.2.b#list"] = "unknown" },
  },
  -- ---------------------------------------------------- 6(2)(b) predicates
  {
    name = "threshold of four years leaves out a bribery offence punishable by three years",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = true,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" },
                       predicates = { scope = "threshold", threshold_prison_years = 4 } },
        criminal_association = { name = "Criminal association", source = "Penal Code s. 200", max_prison_years = 5, conduct = { "participation_conspiracy" } },
        bribery = { name = "Bribery", source = "Penal Code s. 210", max_prison_years = 3,
                    conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give", "bribery_passive_solicit", "bribery_passive_accept" } },
        obstruction = { name = "Obstruction of justice", source = "Penal Code s. 220", max_prison_years = 5,
                        conduct = { "obstruction_witness_force_threats", "obstruction_witness_undue_advantage", "obstruction_official_force_threats" } },
      },
    },
    expect = { ["untoc:6.2.b"] = "partly_met" },
  },
  {
    name = "threshold of four years, but the profile shows no offence under arts 5, 8 and 23",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = true,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" },
                       predicates = { scope = "threshold", threshold_prison_years = 4 } },
      },
    },
    expect = { ["untoc:6.2.b"] = "unknown" },
  },
  {
    name = "threshold of four years; no art. 8 offence exists (stated): nothing left out",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = true,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" },
                       predicates = { scope = "threshold", threshold_prison_years = 4 } },
        criminal_association = { name = "Criminal association", source = "Penal Code s. 200", max_prison_years = 5, conduct = { "participation_conspiracy" } },
        obstruction = { name = "Obstruction of justice", source = "Penal Code s. 220", max_prison_years = 5,
                        conduct = { "obstruction_witness_force_threats", "obstruction_witness_undue_advantage", "obstruction_official_force_threats" } },
      },
      no_offence_for = {
        { conduct = "bribery_active_promise" }, { conduct = "bribery_active_offer" }, { conduct = "bribery_active_give" },
        { conduct = "bribery_passive_solicit" }, { conduct = "bribery_passive_accept" },
      },
    },
    expect = { ["untoc:6.2.b"] = "met" },
  },
  {
    name = "threshold of six years and a closed scale with a five-year maximum: serious crimes left out",
    profile = {
      penalty_scale = { max_prison_years = { 1, 2, 3, 5, 7, 10 }, closed = true, source = "Penal Code s. 8" },
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = true,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" },
                       predicates = { scope = "threshold", threshold_prison_years = 6 } },
        criminal_association = { name = "Criminal association", source = "Penal Code s. 200", max_prison_years = 7, conduct = { "participation_conspiracy" } },
        bribery = { name = "Bribery", source = "Penal Code s. 210", max_prison_years = 7,
                    conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give", "bribery_passive_solicit", "bribery_passive_accept" } },
        obstruction = { name = "Obstruction of justice", source = "Penal Code s. 220", max_prison_years = 7,
                        conduct = { "obstruction_witness_force_threats", "obstruction_witness_undue_advantage", "obstruction_official_force_threats" } },
      },
    },
    expect = { ["untoc:6.2.b"] = "partly_met", ["untoc:6.2.a"] = "partly_met" },
  },
  {
    name = "threshold of six years and a closed scale with no maximum between four and six years",
    profile = {
      penalty_scale = { max_prison_years = { 1, 2, 3, 7, 10 }, closed = true, source = "Penal Code s. 8" },
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = true,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" },
                       predicates = { scope = "threshold", threshold_prison_years = 6 } },
        criminal_association = { name = "Criminal association", source = "Penal Code s. 200", max_prison_years = 7, conduct = { "participation_conspiracy" } },
        bribery = { name = "Bribery", source = "Penal Code s. 210", max_prison_years = 7,
                    conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give", "bribery_passive_solicit", "bribery_passive_accept" } },
        obstruction = { name = "Obstruction of justice", source = "Penal Code s. 220", max_prison_years = 7,
                        conduct = { "obstruction_witness_force_threats", "obstruction_witness_undue_advantage", "obstruction_official_force_threats" } },
      },
    },
    expect = { ["untoc:6.2.b"] = "met" },
  },
  {
    name = "threshold of six years and no penalty scale: cannot tell",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = true,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" },
                       predicates = { scope = "threshold", threshold_prison_years = 6 } },
        criminal_association = { name = "Criminal association", source = "Penal Code s. 200", max_prison_years = 7, conduct = { "participation_conspiracy" } },
        bribery = { name = "Bribery", source = "Penal Code s. 210", max_prison_years = 7,
                    conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give", "bribery_passive_solicit", "bribery_passive_accept" } },
        obstruction = { name = "Obstruction of justice", source = "Penal Code s. 220", max_prison_years = 7,
                        conduct = { "obstruction_witness_force_threats", "obstruction_witness_undue_advantage", "obstruction_official_force_threats" } },
      },
    },
    expect = { ["untoc:6.2.b"] = "unknown" },
  },
  {
    name = "list of predicates naming every serious crime and every offence under arts 5, 8 and 23 (a general complicity rule is not a predicate of its own)",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = true,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" },
                       predicates = { scope = "list", offences = { "laundering", "drug_trafficking", "fraud", "criminal_association", "bribery", "obstruction" }, source = "Penal Code s. 300, Schedule 1" } },
        drug_trafficking = { name = "Drug trafficking", source = "Drugs Act s. 5", max_prison_years = 20 },
        fraud = { name = "Fraud", source = "Penal Code s. 150", max_prison_years = 5 },
        theft = { name = "Theft", source = "Penal Code s. 140", max_prison_years = 3 },
        criminal_association = { name = "Criminal association", source = "Penal Code s. 200", max_prison_years = 5, conduct = { "participation_conspiracy" } },
        bribery = { name = "Bribery", source = "Penal Code s. 210", max_prison_years = 3,
                    conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give", "bribery_passive_solicit", "bribery_passive_accept" } },
        obstruction = { name = "Obstruction of justice", source = "Penal Code s. 220", max_prison_years = 5,
                        conduct = { "obstruction_witness_force_threats", "obstruction_witness_undue_advantage", "obstruction_official_force_threats" } },
        complicity = { name = "Complicity", source = "Penal Code s. 32", max_prison_years = 5,
                       conduct = { "ocg_crime_aiding_abetting", "ocg_crime_facilitating_counselling", "laundering_aiding_abetting" },
                       note = "General complicity rule: the accomplice incurs the principal's penalty; it is not itself a predicate." },
      },
    },
    expect = { ["untoc:6.2.a"] = "partly_met", ["untoc:6.2.b"] = "met", ["untoc:6.2.b#list"] = "met" },
  },
  {
    name = "list of predicates leaving out fraud, a serious crime",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = true,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" },
                       predicates = { scope = "list", offences = { "laundering", "drug_trafficking", "criminal_association", "bribery", "obstruction" } } },
        drug_trafficking = { name = "Drug trafficking", source = "Drugs Act s. 5", max_prison_years = 20 },
        fraud = { name = "Fraud", source = "Penal Code s. 150", max_prison_years = 5 },
        criminal_association = { name = "Criminal association", source = "Penal Code s. 200", max_prison_years = 5, conduct = { "participation_conspiracy" } },
        bribery = { name = "Bribery", source = "Penal Code s. 210", max_prison_years = 3,
                    conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give", "bribery_passive_solicit", "bribery_passive_accept" } },
        obstruction = { name = "Obstruction of justice", source = "Penal Code s. 220", max_prison_years = 5,
                        conduct = { "obstruction_witness_force_threats", "obstruction_witness_undue_advantage", "obstruction_official_force_threats" } },
      },
    },
    expect = { ["untoc:6.2.b"] = "partly_met", ["untoc:6.2.b#list"] = "unknown" },
  },
  {
    name = "all-crimes offence for conversion and concealment, list-based receiving offence for acquisition",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = true,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" },
                       predicates = { scope = "all_offences" }, foreign_predicates = "dual_criminality" },
        receiving = { name = "Receiving proceeds of drug trafficking", source = "Drugs Act s. 12", max_prison_years = 5, self_laundering = false,
                      conduct = { "laundering_acquisition_possession_use" },
                      predicates = { scope = "list", offences = { "drug_trafficking" } }, foreign_predicates = "not_covered" },
        drug_trafficking = { name = "Drug trafficking", source = "Drugs Act s. 5", max_prison_years = 20 },
        fraud = { name = "Fraud", source = "Penal Code s. 150", max_prison_years = 5 },
        criminal_association = { name = "Criminal association", source = "Penal Code s. 200", max_prison_years = 5, conduct = { "participation_conspiracy" } },
        bribery = { name = "Bribery", source = "Penal Code s. 210", max_prison_years = 5,
                    conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give", "bribery_passive_solicit", "bribery_passive_accept" } },
        obstruction = { name = "Obstruction of justice", source = "Penal Code s. 220", max_prison_years = 5,
                        conduct = { "obstruction_witness_force_threats", "obstruction_witness_undue_advantage", "obstruction_official_force_threats" } },
      },
    },
    expect = {
      ["untoc:6.1.a.i"] = "met", ["untoc:6.1.b.i"] = "met",
      ["untoc:6.2.a"] = { status = "met", option = "all-offences" },
      ["untoc:6.2.b"] = "partly_met", ["untoc:6.2.b#list"] = "partly_met",
      ["untoc:6.2.c"] = "partly_met", ["untoc:6.2.e"] = "not_met",
    },
  },
  {
    name = "drug-money list and general threshold combine to reach every serious crime",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = true,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" },
                       predicates = { scope = "threshold", threshold_prison_years = 5 } },
        drug_laundering = { name = "Laundering of drug money", source = "Drugs Act s. 30", max_prison_years = 12, self_laundering = true,
                            conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" },
                            predicates = { scope = "list", offences = { "drug_possession_for_supply" } } },
        drug_possession_for_supply = { name = "Possession for supply", source = "Drugs Act s. 6", max_prison_years = 4.5 },
        criminal_association = { name = "Criminal association", source = "Penal Code s. 200", max_prison_years = 5, conduct = { "participation_conspiracy" } },
        bribery = { name = "Bribery", source = "Penal Code s. 210", max_prison_years = 5,
                    conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give", "bribery_passive_solicit", "bribery_passive_accept" } },
        obstruction = { name = "Obstruction of justice", source = "Penal Code s. 220", max_prison_years = 5,
                        conduct = { "obstruction_witness_force_threats", "obstruction_witness_undue_advantage", "obstruction_official_force_threats" } },
      },
    },
    expect = { ["untoc:6.2.b"] = "met", ["untoc:6.2.b#list"] = "not_applicable" },
  },
  -- ---------------------------------------------------- 6(2)(c) foreign predicates
  {
    name = "foreign predicates subject to dual criminality",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = true,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise", "laundering_acquisition_possession_use" },
                       predicates = { scope = "all_offences" }, foreign_predicates = "dual_criminality" },
      },
    },
    expect = { ["untoc:6.2.c"] = { status = "met", option = "dual-criminality" } },
  },
  {
    name = "foreign predicates not covered",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = true,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" },
                       predicates = { scope = "all_offences" }, foreign_predicates = "not_covered" },
      },
    },
    expect = { ["untoc:6.2.c"] = "not_met" },
  },
  {
    name = "foreign predicates not stated",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = true,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" },
                       predicates = { scope = "all_offences" } },
      },
    },
    expect = { ["untoc:6.2.c"] = "unknown" },
  },
  -- ---------------------------------------------------- 6(2)(d) copies of laws
  {
    name = "laws communicated in 2004, laundering offence replaced in 2015 and not communicated",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300 (2015 text)", from = "2015-03-01", max_prison_years = 10, self_laundering = true,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" } },
      },
      notifications = { { provision = "untoc:6.2.d", date = "2004-06-01" }, { provision = "untoc:18.13", date = "2004-06-01" } },
    },
    expect = { ["untoc:6.2.d"] = "partly_met" },
  },
  {
    name = "the 2015 change communicated in 2016",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300 (2015 text)", from = "2015-03-01", max_prison_years = 10, self_laundering = true,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" } },
      },
      notifications = { { provision = "untoc:6.2.d", date = "2004-06-01" }, { provision = "untoc:6.2.d", date = "2016-02-01" } },
    },
    expect = { ["untoc:6.2.d"] = "met" },
  },
  {
    name = "communication made after the as-of date does not count",
    as_of = "2010-01-01",
    profile = {
      notifications = { { provision = "untoc:6.2.d", date = "2016-02-01" }, { provision = "untoc:18.13", date = "2004-06-01" } },
    },
    expect = { ["untoc:6.2.d"] = "not_met" },
  },
  {
    name = "drug-money laundering offence repealed after the last communication",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", from = "1998-01-01", max_prison_years = 10, self_laundering = true,
                       conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" } },
        drug_laundering = { name = "Laundering of drug money", source = "Drugs Act s. 30", from = "1995-01-01", repealed = "2018-07-01",
                            max_prison_years = 12, conduct = { "laundering_conversion_transfer" } },
      },
      notifications = { { provision = "untoc:6.2.d", date = "2010-05-01" } },
    },
    expect = { ["untoc:6.2.d"] = "partly_met" },
  },
  {
    name = "an amendment not yet in force at the as-of date is not yet a change to communicate",
    profile = {
      offences = {
        laundering = { name = "Money laundering", source = "Penal Code s. 300", from = "1998-01-01", repealed = "2025-01-01", max_prison_years = 10,
                       self_laundering = true, conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" } },
        laundering_2025 = { name = "Money laundering", source = "Penal Code s. 300 (2025 text)", from = "2025-01-01", max_prison_years = 12,
                            self_laundering = true, conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" } },
      },
      notifications = { { provision = "untoc:6.2.d", date = "2010-05-01" } },
    },
    expect = { ["untoc:6.2.d"] = "met" },
  },
  -- ---------------------------------------------------- 6(2)(f) inference
  {
    name = "inference of knowledge from objective circumstances not allowed (optional, not a gap)",
    profile = { general_part = { inference_from_circumstances = { adopted = false, note = "Courts require direct proof of knowledge." } } },
    expect = { ["untoc:6.2.f"] = "not_met" },
  },
  -- lx.self_laundering_exemption: as the Cybercrime Convention's 17(2)(e) tests
  {
    name = "6(2)(e): one conversion offence silent on self-laundering, another reaching it; concealment exempt: partly met",
    profile = { offences = {
      a = { name = "Laundering", source = "Penal Code s. 300", max_prison_years = 10, conduct = { "laundering_conversion_transfer" } },
      b = { name = "Self-laundering", source = "Penal Code s. 300A", max_prison_years = 8, conduct = { "laundering_conversion_transfer" }, self_laundering = true },
      c = { name = "Concealment", source = "Penal Code s. 301", max_prison_years = 8, conduct = { "laundering_concealment_disguise" }, self_laundering = false } } },
    expect = { ["untoc:6.1.a.i"] = "met", ["untoc:6.2.e"] = "partly_met" },
  },
}
