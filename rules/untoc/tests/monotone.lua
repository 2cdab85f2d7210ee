-- "Adding a true fact must never lower a finding" (issue 14), for every rule
-- that can reach its finding by several routes: options (lx.any_of), forms
-- (lx.any_forms, art. 10(2)), several offences for one conduct, a specific
-- offence or the general part, an offence or an explanation of the legal
-- system (principles, basic concepts).  Each case states a profile, then a
-- true fact (`adding`); `lexgap test` assesses both and fails if any finding
-- of the run gets worse (not_met < partly_met < met; a settled finding may not
-- become unknown).  `expect` is about the profile with the fact added.
return {
  -- 5(1)(a): option (i) partly met, then option (ii) in full
  {
    name = "5(1)(a): a narrow conspiracy offence, then a participation offence reaching every serious crime",
    profile = {
      offences = {
        conspiracy = { name = "Conspiracy", source = "Criminal Code s. 21", max_prison_years = 10, conduct = { "participation_conspiracy" },
                       aims_at = { scope = "threshold", threshold_prison_years = 10 } },
        robbery = { name = "Robbery", source = "Criminal Code s. 40", max_prison_years = 6 },
      },
    },
    adding = {
      offences = {
        org = { name = "Participation in a criminal organisation", source = "Criminal Code s. 22", max_prison_years = 7,
                conduct = { "participation_ocg_criminal_activities", "participation_ocg_other_activities" },
                requires = { "organized_group" }, aims_at = { scope = "all_offences" } },
      },
    },
    expect = { ["untoc:5.1.a"] = { status = "met", option = "ii" } },
  },
  -- 6(1)(a)(i): a self-laundering exemption, then the principle that requires it
  {
    name = "6(1)(a)(i): self-laundering excluded, then the fundamental principle requiring it stated",
    profile = {
      offences = {
        ml = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = false,
               conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" } },
      },
    },
    adding = { principles = { { provisions = { "untoc:6.2.e" }, statement = "No one is punished twice for the same gain.", source = "Constitution art. 19" } } },
    expect = { ["untoc:6.1.a.i"] = "met", ["untoc:6.1.a.ii"] = "met", ["untoc:6.2.e"] = "met" },
  },
  -- 6(1)(a)(i): a narrow laundering offence, then a full one
  {
    name = "6(1)(a)(ii): concealment only by an offence requiring a material benefit, then a general laundering offence",
    profile = {
      offences = {
        narrow = { name = "Laundering for gain", source = "Penal Code s. 301", max_prison_years = 5, requires = { "material_benefit" },
                   self_laundering = true, conduct = { "laundering_concealment_disguise" } },
      },
    },
    adding = {
      offences = { ml = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = true,
                          conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" } } },
    },
    expect = { ["untoc:6.1.a.ii"] = "met" },
  },
  -- 6(1)(b)(ii): attempt by a narrow offence entry, then the general part
  {
    name = "6(1)(b)(ii): attempt only by an offence requiring a material benefit, then the general rule on attempt",
    profile = {
      offences = {
        ml = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = true,
               conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise", "laundering_acquisition_possession_use",
                           "laundering_association_conspiracy", "laundering_aiding_abetting" } },
        attempt = { name = "Attempted laundering for gain", source = "Penal Code s. 302", max_prison_years = 5,
                    requires = { "material_benefit" }, conduct = { "laundering_attempt" } },
      },
    },
    adding = { general_part = { attempt = { adopted = true, source = "Penal Code s. 15" } } },
    expect = { ["untoc:6.1.b.ii"] = "met" },
  },
  -- 6(2)(c): one laundering offence without foreign predicates, then another with them
  {
    name = "6(2)(c): an offence not reaching foreign predicates, then one reaching them",
    profile = {
      offences = {
        old = { name = "Drug-money laundering", source = "Drugs Act s. 9", max_prison_years = 10, self_laundering = true,
                foreign_predicates = "not_covered", predicates = { scope = "all_offences" },
                conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise", "laundering_acquisition_possession_use" } },
      },
    },
    adding = {
      offences = { ml = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, self_laundering = true,
                          foreign_predicates = "dual_criminality", predicates = { scope = "all_offences" },
                          conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise", "laundering_acquisition_possession_use" } } },
    },
    expect = { ["untoc:6.2.c"] = "met" },
  },
  -- 8(2): other forms of corruption, any one criminalized
  {
    name = "8(2): no other form of corruption, considered and declined; then trading in influence criminalized",
    profile = {
      no_offence_for = {
        { conduct = "corruption_private_sector", considered = { outcome = "declined" } },
        { conduct = "corruption_embezzlement", considered = { outcome = "declined" } },
        { conduct = "corruption_abuse_of_functions", considered = { outcome = "declined" } },
      },
      offences = { bribery = { name = "Bribery", source = "Penal Code s. 210", max_prison_years = 5, conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give", "bribery_passive_solicit", "bribery_passive_accept" } } },
    },
    adding = { offences = { tii = { name = "Trading in influence", source = "Penal Code s. 211", max_prison_years = 5,
                                    conduct = { "corruption_trading_in_influence" } } } },
    expect = { ["untoc:8.2#other-corruption"] = "met" },
  },
  -- 10(2): any of the three forms of liability
  {
    name = "10(2): criminal liability excluded, then administrative liability stated",
    profile = { legal_persons = { criminal = { adopted = false }, civil = { adopted = false } } },
    adding = { legal_persons = { administrative = { adopted = true, source = "Administrative Offences Act s. 30" } } },
    expect = { ["untoc:10.2"] = { status = "met", option = "administrative" } },
  },
  -- 13(1): either option
  {
    name = "13(1): no domestic order on request, then enforcement of the foreign order",
    profile = { confiscation_cooperation = { domestic_order_on_request = { adopted = false } } },
    adding = { confiscation_cooperation = { foreign_order_enforcement = { adopted = true, source = "Code of Criminal Procedure art. 713" } } },
    expect = { ["untoc:13.1"] = { status = "met", option = "b" } },
  },
  -- 15(2)(b): nationals or stateless residents
  {
    name = "15(2)(b): no active nationality jurisdiction, then jurisdiction over stateless residents",
    profile = { jurisdiction = { active_nationality = { adopted = false } } },
    adding = { jurisdiction = { stateless_residents = { adopted = true, source = "Penal Code s. 7A" } } },
    expect = { ["untoc:15.2.b"] = { status = "met", option = "stateless" } },
  },
  -- 24(2)(a): any form of physical protection
  {
    name = "24(2)(a): no relocation, then non-disclosure of identity",
    profile = { protection = { relocation = { adopted = false }, physical_protection = { adopted = false } } },
    adding = { protection = { identity_non_disclosure = { adopted = true, source = "Code of Criminal Procedure s. 190A" } } },
    expect = { ["untoc:24.2.a"] = "met" },
  },
  -- 26(1)(a): mitigation or immunity
  {
    name = "26(1)(a): no mitigation, then immunity for cooperating offenders",
    profile = { law_enforcement = { mitigation_for_cooperation = { adopted = false } } },
    adding = { law_enforcement = { immunity_for_cooperation = { adopted = true, source = "Code of Criminal Procedure s. 150" } } },
    expect = { ["untoc:26.1.a"] = "met" },
  },
  -- 23(a): two offences together
  {
    name = "23(a): intimidation of witnesses criminalized, then subornation added",
    profile = {
      offences = { threats = { name = "Intimidation of witnesses", source = "Penal Code s. 434", max_prison_years = 3,
                               conduct = { "obstruction_witness_force_threats" } } },
      no_offence_for = { { conduct = "obstruction_witness_undue_advantage", repealed = "2023-01-01" } },
    },
    adding = { offences = { subornation = { name = "Subornation of witnesses", source = "Penal Code s. 435", max_prison_years = 3,
                                            from = "2023-01-01", conduct = { "obstruction_witness_undue_advantage" } } } },
    expect = { ["untoc:23.a"] = "met" },
  },
  -- 10(1): liability in any form, for the offences concerned
  {
    name = "10(1): criminal liability of legal persons limited to a list, then administrative liability for every offence",
    profile = {
      offences = { ml = { name = "Money laundering", source = "Penal Code s. 300", max_prison_years = 10, conduct = { "laundering_conversion_transfer" } } },
      legal_persons = { criminal = { adopted = "partly", source = "Penal Code s. 12", missing = { "Only for offences under the Penal Code." } },
                        civil = { adopted = false } },
    },
    adding = { legal_persons = { administrative = { adopted = true, source = "Administrative Offences Act s. 30" } } },
    expect = { ["untoc:10.2"] = "met" },
  },
  -- 12(1)(a): a shortcoming, then the principle that explains it
  {
    name = "12(1)(a): no value confiscation, then the limits of the domestic legal system stated",
    profile = { confiscation = { proceeds = { adopted = true, source = "Penal Code s. 50" }, value_based = { adopted = false } } },
    adding = { principles = { { provisions = { "untoc:12.1.a" }, statement = "Confiscation is a penalty in rem and cannot reach property untainted by the offence.",
                                source = "Constitutional Court, decision 12/2001" } } },
    expect = { ["untoc:12.1.a"] = { status = "met", option = "greatest-extent-possible" } },
  },
  -- 25(2): compensation from the offender or from the State
  {
    name = "25(2): no State scheme, then compensation from the offender",
    profile = { protection = { victim_compensation_state = { adopted = false } } },
    adding = { protection = { victim_compensation_offender = { adopted = true, source = "Code of Criminal Procedure s. 70" },
                              victim_restitution = { adopted = true, source = "Code of Criminal Procedure s. 72" } } },
    expect = { ["untoc:25.2"] = { status = "met", option = "offender" } },
  },
  -- 29(3): any of the forms of training
  {
    name = "29(3): no language training, then exchanges between central authorities",
    profile = { capacity = { language_training = { adopted = false } } },
    adding = { capacity = { central_authority_exchanges = { adopted = true, source = "Liaison prosecutor exchange programme (2015)" } } },
    expect = { ["untoc:29.3#forms"] = "met" },
  },
  -- 31(2)(d): any of the measures on legal persons
  {
    name = "31(2)(d): no public records of legal persons, then disqualification of directors",
    profile = { prevention = { legal_persons_records = { adopted = false } } },
    adding = { prevention = { director_disqualification = { adopted = true, source = "Companies Act s. 80" } } },
    expect = { ["untoc:31.2.d"] = "met" },
  },
  -- 8(2): foreign bribery, nothing criminalized, consideration then recorded
  {
    name = "8(2): no foreign bribery offence, then its consideration recorded",
    profile = { no_offence_for = { { conduct = "bribery_active_foreign_official" }, { conduct = "bribery_passive_foreign_official" } } },
    adding = { no_offence_for = {
      { conduct = "bribery_active_foreign_official", considered = { outcome = "declined", source = "Law Commission Report No. 12 (2019)" } },
      { conduct = "bribery_passive_foreign_official", considered = { outcome = "declined", source = "Law Commission Report No. 12 (2019)" } } } },
    expect = { ["untoc:8.2#foreign-officials"] = { status = "met", option = "considered" } },
  },
}
