-- Borduria: a FICTIONAL State, country profile for lexgap.
--
-- What it is: a profile with deliberate gaps and unknowns, for testing and
-- demonstration of the UNTOC rule packs (arts 5, 6, 8, 10, 12, 15, 23, 34(2)).
-- What it should produce:
--   * art. 5(1)(a): the conspiracy offence aims only at offences punishable by
--     at least 5 years, the penalty scale is open, and the catalogue holds a
--     serious crime of 4 years (passive bribery, art. 181) -> partly met;
--   * art. 5(1)(b): organizing and directing are neither covered nor declared
--     absent -> unknown;
--   * art. 6: the laundering offence requires a transnational element
--     (-> art. 34(2) gap); no offence of acquisition, possession or use;
--     foreign predicates not stated (-> unknown); the predicate list misses
--     serious crimes;
--   * art. 8(2): no offence of passive bribery of foreign officials;
--   * art. 10: liability of legal persons limited to a list of offences that
--     misses the conspiracy and obstruction offences;
--   * art. 12: no value-based confiscation; bank secrecy can be invoked
--     against courts; several confiscation facts absent (-> unknown);
--   * art. 15: no jurisdiction over aircraft; nationals are not extradited and
--     there is no jurisdiction over them instead (art. 15(3) not met);
--   * dates: the laundering offence of the 1999 Act was repealed on
--     2016-01-01 and replaced by the Penal Code offence; intimidation of
--     officials (art. 291) is in force only since 2022-03-01;
--   * Borduria deposited its ratification on 2011-03-14: an assessment as of
--     2005 finds the Convention not yet binding (not applicable).
-- Facts deliberately left absent (-> unknown): inference from circumstances,
-- passive personality, consultation, several confiscation measures, natural
-- persons' liability alongside legal persons, other sanctions for legal
-- persons, notifications.
--
-- Date described: the law of Borduria as of 1 January 2026.
-- Prepared by: lexgap bundled example.
-- How it was sourced: invented for testing and demonstration; the citations
-- ("Bordurian Penal Code, art. 201") are fictional.  No real State's law is
-- described.

return {
  profile_format = 1,

  state = {
    code = "BOR",
    name = "Borduria",
    name_fr = "Bordurie",
    kind = "state",
  },

  describes_law_as_of = "2026-01-01",

  prepared = {
    by = "lexgap bundled example",
    on = "2026-11-22",
    note = "Fictional State: every fact and citation is invented. Gaps and unknowns are deliberate.",
  },

  reservations = {
    {
      instrument = "cybercrime",
      provisions = { "cybercrime:11.1" },
      kind = "reservation",
      from = "2025-10-25",
      text = "Borduria reserves the right not to apply article 11, paragraph 1 (fictional).",
      source = "Reservation made upon signature (fictional)",
    },
    -- Cybercrime Convention art. 42(5) (cyber5): goes beyond its limits.
    {
      instrument = "cybercrime",
      provisions = { "cybercrime:42.5" },
      kind = "reservation",
      from = "2025-10-25",
      text = "Borduria reserves the right to refuse any request for preservation where dual criminality cannot be fulfilled at the time of disclosure.",
      source = "Reservation made upon signature (fictional)",
    },
  },

  parties = {
    cybercrime = { signed = "2025-10-25", source = "Signature at Hanoi (fictional)" },
    untoc = {
      signed = "2000-12-14",
      deposited = "2011-03-14",
      means = "ratification",
      source = "Instrument of ratification of Borduria (fictional)",
      note = "Deposited late: bound from the 30th day after deposit (UNTOC art. 38(2)).",
    },
  },

  penalty_scale = {
    life_imprisonment = true,
    closed = false,
    source = "Bordurian Penal Code, art. 40",
    note = "Statutes set maxima freely between 3 months and 25 years; no closed scale.",
  },

  offences = {
    -- UNTOC art. 5 -----------------------------------------------------------
    bor_pc_201 = {
      name = "Criminal conspiracy",
      source = "Bordurian Penal Code, art. 201",
      from = "1998-01-01",
      max_prison_years = 5,
      conduct = { "participation_conspiracy", "laundering_association_conspiracy" },
      mental = { "intent" },
      aims_at = {
        scope = "threshold",
        threshold_prison_years = 5,
        source = "Bordurian Penal Code, art. 201(1)",
        note = "An agreement between two or more persons to commit an offence punishable by at least 5 years.",
      },
    },
    bor_pc_32 = {
      name = "Complicity",
      source = "Bordurian Penal Code, art. 32",
      from = "1998-01-01",
      max_prison_years = 5,
      conduct = { "ocg_crime_aiding_abetting", "ocg_crime_facilitating_counselling", "laundering_aiding_abetting" },
      mental = { "intent" },
      aims_at = {
        scope = "all_offences",
        source = "Bordurian Penal Code, art. 32",
        note = "Complicity in any offence.",
      },
      note = "Aiding or counselling an offence; the accomplice incurs the principal's penalty reduced by one third, up to 5 years for the offences at stake here.",
    },

    -- UNTOC art. 6 -----------------------------------------------------------
    bor_aml_1999_4 = {
      name = "Money laundering (Anti-Money Laundering Act 1999)",
      source = "Anti-Money Laundering Act 1999, s. 4",
      from = "1999-07-01",
      repealed = "2016-01-01",
      max_prison_years = 6,
      conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" },
      mental = { "knowledge" },
      predicates = {
        scope = "list",
        offences = { "bor_pc_310" },
        source = "Anti-Money Laundering Act 1999, s. 2",
        note = "Drug trafficking only.",
      },
      self_laundering = true,
      note = "Repealed and replaced by art. 250 of the Penal Code.",
    },
    bor_pc_250 = {
      name = "Laundering of the proceeds of transnational crime",
      source = "Bordurian Penal Code, art. 250",
      from = "2016-01-01",
      max_prison_years = 8,
      conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" },
      mental = { "knowledge" },
      requires = { "transnational" },
      predicates = {
        scope = "list",
        offences = { "bor_pc_310", "bor_pc_180", "bor_pc_201" },
        source = "Bordurian Penal Code, art. 250(2)",
        note = "Drug trafficking, active bribery and criminal conspiracy.",
      },
      self_laundering = true,
      note = "The proceeds must derive from an offence committed in whole or in part abroad, or the operation must involve a foreign account or person.",
    },

    -- A serious crime outside arts 5, 6, 8 and 23 that the predicate list
    -- names.
    bor_pc_310 = {
      name = "Drug trafficking",
      source = "Bordurian Penal Code, art. 310",
      from = "1998-01-01",
      max_prison_years = 15,
    },
    -- Another serious crime, left out of the predicate list and of the
    -- liability of legal persons.
    bor_pc_220 = {
      name = "Aggravated fraud",
      source = "Bordurian Penal Code, art. 220",
      from = "1998-01-01",
      max_prison_years = 7,
      conduct = { "ict_fraud_deception" },   -- Cybercrime Convention art. 13(c): deception by any means
    },

    -- UNTOC art. 8 -----------------------------------------------------------
    bor_pc_180 = {
      name = "Active bribery of a public official",
      source = "Bordurian Penal Code, art. 180",
      from = "1998-01-01",
      max_prison_years = 8,
      conduct = {
        "bribery_active_promise",
        "bribery_active_offer",
        "bribery_active_give",
        "bribery_indirect",
        "bribery_third_party_beneficiary",
      },
      mental = { "intent" },
    },
    bor_pc_181 = {
      name = "Passive bribery of a public official",
      source = "Bordurian Penal Code, art. 181",
      from = "1998-01-01",
      max_prison_years = 4,
      conduct = { "bribery_passive_solicit", "bribery_passive_accept", "bribery_indirect" },
      mental = { "intent" },
      note = "A serious crime (4 years) that the conspiracy offence (at least 5 years) does not reach. Whether an advantage solicited or accepted for a third person is covered is not stated (left unknown on purpose).",
    },
    bor_pc_182 = {
      name = "Active bribery of a foreign public official",
      source = "Bordurian Penal Code, art. 182",
      from = "2012-06-01",
      max_prison_years = 5,
      conduct = { "bribery_active_foreign_official" },
      mental = { "intent" },
    },

    -- UNTOC art. 23 ----------------------------------------------------------
    bor_pc_290 = {
      name = "Intimidation of witnesses",
      source = "Bordurian Penal Code, art. 290",
      from = "1998-01-01",
      max_prison_years = 6,
      conduct = { "obstruction_witness_force_threats" },
      mental = { "intent" },
      note = "Whether offering an undue advantage to a witness is punishable is not stated.",
    },
    bor_pc_291 = {
      name = "Intimidation of judicial and police officers",
      source = "Bordurian Penal Code, art. 291",
      from = "2022-03-01",
      max_prison_years = 5,
      conduct = { "obstruction_official_force_threats" },
      mental = { "intent" },
      note = "Inserted by the Justice Protection Act 2021, in force on 1 March 2022.",
    },

    -- ==== UN Convention against Cybercrime, arts 7-16 (offences) ==========
    -- Borduria punishes access only for gain (narrower than art. 7 allows:
    -- partly met), its data offence carries an element the profile does not
    -- describe (unknown); no offence covers interception (not met, below).
    bor_pc_260 = {
      name = "Computer intrusion for gain",
      source = "Bordurian Penal Code, art. 260",
      conduct = { "ict_illegal_access" },
      requires = { "material_benefit" },
      mental = { "intent", "purpose" },
    },
    bor_pc_261 = {
      name = "Tampering with electronic records",
      source = "Bordurian Penal Code, art. 261",
      conduct = { "ict_data_interference" },
      requires = { "other" },
      note = "Punishable only 'where the records belong to a public body' (requires = other).",
    },
    bor_pc_300 = {
      name = "Commercial distribution of obscene images of minors",
      source = "Bordurian Penal Code, art. 300",
      conduct = { "csam_making_available" },
      requires = { "material_benefit" },
      note = "Punishable only when done for gain; 'minors' are persons under 16 (art. 300(3)).",
    },
  },

  no_offence_for = {
    -- Cybercrime Convention arts 11-15
    { conduct = "ict_credentials_making_available", source = "Bordurian Penal Code (no offence of trafficking in passwords)" },
    { conduct = "ict_forgery", source = "Bordurian Penal Code, art. 210 (forgery of paper documents only)" },
    { conduct = "ict_fraud_data", source = "Bordurian Penal Code, art. 220 (deception of a person only)" },
    { conduct = "ict_fraud_system", source = "Bordurian Penal Code, art. 220 (deception of a person only)" },
    { conduct = "csam_soliciting", source = "Bordurian Penal Code" },
    { conduct = "csam_accessing", source = "Bordurian Penal Code" },
    { conduct = "child_solicitation_ict", source = "Bordurian Penal Code" },
    {
      conduct = "ict_illegal_interception",   -- Cybercrime Convention art. 8
      source = "Bordurian Penal Code (no offence of intercepting data transmissions)",
    },
    {
      conduct = "laundering_acquisition_possession_use",
      source = "Bordurian Penal Code (no offence of acquisition, possession or use of proceeds)",
      note = "No basic concept of the legal system is invoked to justify the absence.",
    },
    {
      conduct = "bribery_passive_foreign_official",
      source = "Bordurian Penal Code, art. 182 (active bribery only)",
    },
    {
      conduct = "participation_ocg_criminal_activities",
      source = "Bordurian Penal Code (no offence of participation in a criminal organization)",
    },
    {
      conduct = "participation_ocg_other_activities",
      source = "Bordurian Penal Code (no offence of participation in a criminal organization)",
    },
  },

  general_part = {
    -- Cybercrime Convention art. 19(3) (cyber3).
    preparation = { adopted = false, note = "Preparation is punishable only as conspiracy (art. 201)." },
    attempt = {
      adopted = true,
      source = "Bordurian Penal Code, art. 28",
      note = "Attempt of any offence punishable by at least 3 years.",
    },
    complicity = {
      adopted = true,
      source = "Bordurian Penal Code, art. 32",
    },
  },

  legal_persons = {
    criminal = {
      adopted = true,
      source = "Corporate Criminal Liability Act 2009, s. 3",
      from = "2009-07-01",
    },
    scope = {
      scope = "list",
      offences = { "bor_pc_250", "bor_pc_180", "bor_pc_181", "bor_pc_310" },
      source = "Corporate Criminal Liability Act 2009, Schedule 1",
      note = "The schedule lists laundering, bribery and drug trafficking only.",
    },
    monetary_sanctions = {
      adopted = true,
      source = "Corporate Criminal Liability Act 2009, s. 7",
      max_fine = 500000,
      currency = "BDN",
      note = "Fines up to 500 000 Bordurian dinars.",
    },
  },

  jurisdiction = {
    -- Cybercrime Convention art. 22(2)(d) (cyber3).
    against_state = { adopted = false },
    territory = { adopted = true, source = "Bordurian Penal Code, art. 5" },
    flag_vessels = { adopted = true, source = "Bordurian Penal Code, art. 6" },
    registered_aircraft = {
      adopted = false,
      note = "Offences on board Bordurian aircraft abroad are tried only if the aircraft lands in Borduria.",
    },
    active_nationality = {
      adopted = "partly",
      source = "Bordurian Penal Code, art. 9",
      missing = { "Offences by nationals abroad are covered only if punishable by at least 10 years." },
    },
    non_extradited_nationals = {
      adopted = false,
      note = "Nationals who are not extradited can be tried only under art. 9 (offences of at least 10 years); no general rule of aut dedere aut judicare.",
    },
  },

  confiscation = {
    -- Cybercrime Convention art. 31(3) (cyber3).
    property_management = { adopted = false, note = "Seized property stays with the investigating court registry; no rules on its administration." },
    proceeds = { adopted = true, source = "Bordurian Penal Code, art. 60" },
    value_based = {
      adopted = false,
      source = "Bordurian Penal Code, art. 60",
      note = "Only the proceeds themselves can be confiscated; if they have been spent or hidden, no equivalent value can be taken.",
    },
    instrumentalities = { adopted = true, source = "Bordurian Penal Code, art. 61" },
    identification_tracing = { adopted = true, source = "Code of Criminal Procedure of Borduria, art. 140" },
    freezing_seizure = { adopted = true, source = "Code of Criminal Procedure of Borduria, art. 141" },
    records_orders = { adopted = true, source = "Code of Criminal Procedure of Borduria, art. 150" },
    bank_secrecy_no_bar = {
      adopted = false,
      source = "Banking Act 1994, s. 40",
      note = "A bank may refuse to disclose customer records to a court unless the Governor of the National Bank consents.",
    },
    reversed_burden = { adopted = false },
    third_party_protection = { adopted = true, source = "Bordurian Penal Code, art. 62" },
  },

  extradition = {
    -- Cybercrime Convention art. 37 (cyber4): only bilateral treaties found
    -- an extradition; nothing makes this Convention's offences extraditable
    -- under them; refusals are not reasoned.
    cybercrime_existing_treaties = { adopted = false, source = "Extradition Act 1996 of Borduria, s. 2", note = "Multilateral conventions have no effect on the bilateral treaties." },
    cybercrime_new_treaties = { adopted = "partly", source = "Treaty practice of Borduria since 2010",
      missing = { "offences of arts 11, 15 and 16 of the Convention in the lists of extraditable offences" } },
    cybercrime_legal_basis = { adopted = false, source = "Extradition Act 1996 of Borduria, s. 2" },
    without_dual_criminality = { adopted = false, source = "Extradition Act 1996 of Borduria, s. 3" },
    decision_reasons = { adopted = false, source = "Extradition Act 1996 of Borduria, s. 19", note = "The decision is notified without reasons." },
    nationals = {
      adopted = true,
      policy = "not_extradited",
      source = "Constitution of Borduria, art. 28",
      note = "No Bordurian citizen may be surrendered to a foreign State.",
    },

    -- UNTOC art. 16 (rules/untoc/art16.lua).  Borduria requires a bilateral
    -- treaty and does not accept the Convention as a legal basis; its
    -- notifications are not recorded (16(5)(a) unknown); fiscal offences are
    -- a ground of refusal (16(15) not met); nationals who are not extradited
    -- are not submitted for prosecution (16(10) not met).
    treaty_required = { required = true, source = "Extradition Act 1996 of Borduria, s. 2" },
    convention_as_legal_basis = {
      adopted = false,
      source = "Extradition Act 1996 of Borduria, s. 2",
      note = "Only a bilateral treaty can found an extradition; multilateral conventions are not accepted as a legal basis.",
    },
    existing_treaties = {
      adopted = "partly",
      source = "Constitution of Borduria, art. 70",
      missing = { "Treaties apply only as enacted by statute and the Convention was never enacted: bilateral treaties concluded before 2011 remain limited to the offences they list, which omit laundering and obstruction of justice." },
    },
    agreements = {
      adopted = "partly",
      source = "Extradition treaties with three States (1998, 2001, 2009)",
      missing = { "No extradition treaty concluded or negotiated since the Convention bound Borduria in 2011." },
    },
    expedited_procedures = {
      adopted = false,
      considered = true,
      source = "Ministry of Justice of Borduria, Extradition Reform Green Paper (2019)",
      note = "A consent-based simplified procedure was proposed and is still under discussion.",
    },
    simplified_evidence = { adopted = false, note = "The requesting State must establish a prima facie case before the court." },
    provisional_arrest = { adopted = true, source = "Extradition Act 1996 of Borduria, s. 11" },
    fair_treatment = { adopted = true, source = "Constitution of Borduria, art. 31; Extradition Act 1996, s. 14" },
    fiscal_offences_no_bar = {
      adopted = false,
      source = "Extradition Act 1996 of Borduria, s. 8(c)",
      note = "Extradition is refused for offences concerning taxes, customs duties or exchange control.",
    },
    submission_for_prosecution = { adopted = false, note = "A refusal to extradite a national triggers no referral to the prosecutor." },
    sentence_enforcement = { adopted = false, note = "Bordurian law does not allow a foreign criminal sentence to be enforced." },
  },

  -- UNTOC arts 19, 20 and 22 (fictional).  Gaps: controlled delivery only for
  -- drug offences (art. 20(1) partly met); surveillance only by interception
  -- of telephone calls; no agreements on joint investigations ever
  -- considered.  Left absent (-> unknown): undercover operations,
  -- case-by-case joint investigations, international use of special
  -- techniques.
  investigation = {
    jit_agreements = { adopted = false, note = "No agreement on joint investigations; the question has never been examined." },
    controlled_delivery = {
      adopted = "partly",
      source = "Narcotics Act 2001, s. 40 (fictional)",
      missing = { "Controlled delivery is available only for drug offences, not for trafficking in persons, firearms or other organized crime." },
    },
    electronic_surveillance = {
      adopted = "partly",
      source = "Code of Criminal Procedure of Borduria, art. 180 (fictional)",
      missing = { "Only interception of telephone calls; no sound or image recording, geolocation or capture of computer data." },
    },
    sit_agreements = { adopted = false },
    foreign_convictions = { adopted = false, source = "Bordurian Penal Code, art. 70 (fictional)", note = "Only Bordurian convictions count for recidivism and sentencing." },
  },

  -- UNTOC arts 26, 27 and 28 (fictional).  Gaps: reduction of penalty only
  -- for drug offences, no incentive for asset recovery help, no protection
  -- of cooperating offenders.  Left absent (-> unknown): several measures of
  -- art. 27(1), the Convention as a basis, cooperation against high-tech
  -- crime, sharing of analytical expertise.
  law_enforcement = {
    mitigation_for_cooperation = {
      adopted = "partly",
      source = "Narcotics Act 2001, s. 52 (fictional)",
      missing = { "Reduction of penalty for cooperation exists only for drug offences." },
    },
    immunity_for_cooperation = { adopted = false, note = "Prosecution is mandatory; no immunity has been considered." },
    informant_incentives = { adopted = false },
    asset_help_incentives = { adopted = false },
    cooperator_protection = {
      adopted = false,
      source = "Witness Protection Act 2012, s. 2 (fictional)",
      note = "Protection is limited to witnesses who are not suspects; cooperating offenders are excluded.",
    },
    communication_channels = { adopted = true, source = "Police Act 1998, s. 12 (INTERPOL national central bureau) (fictional)" },
    joint_inquiries = {
      adopted = "partly",
      source = "Police Act 1998, s. 13 (fictional)",
      missing = { "No cooperation in inquiries on the movement of proceeds of crime or of instrumentalities." },
    },
    coordination_personnel = { adopted = true, liaison_officers = false, source = "Police Act 1998, s. 14 (fictional)" },
    cooperation_agreements = { adopted = false },
    international_organisations = {
      adopted = "partly",
      source = "Member of INTERPOL (fictional)",
      missing = { "Borduria takes no part in the regional police organisation." },
    },
    trend_analysis = { adopted = false },
    policy_monitoring = { adopted = false, considered = true, note = "An evaluation unit was proposed in the 2023 budget debate and postponed." },
    -- Cybercrime Convention art. 47 (cyber5)
    cyber_methods_information_exchange = { adopted = false },
  },

  -- UNTOC arts 7, 9 and 11 (sections aml, anti_corruption, prosecution).
  -- Fictional, with deliberate gaps: the AML regime leaves out casinos and
  -- real-estate agents and limits suspicious transaction reporting to banks
  -- (7(1)(a) partly met); no FIU, never considered (7(1)(b) FIU not met);
  -- the anti-corruption bureau takes instructions from the Minister (9(2)
  -- partly met); no condition on release pending appeal (11(3) partly met);
  -- a short limitation period (11(5) partly met).  Left absent on purpose
  -- (unknown): international exchange of AML information, cross-border cash
  -- controls, detection of corruption, early release.
  aml = {
    financial_institutions = { adopted = true, source = "Anti-Money Laundering Act 2016, s. 2 (fictional)" },
    other_bodies = {
      adopted = false,
      source = "Anti-Money Laundering Act 2016, s. 2 (fictional)",
      note = "Casinos and real-estate agents, both significant in Borduria, are not subject to the Act.",
    },
    customer_identification = { adopted = true, source = "Anti-Money Laundering Act 2016, s. 5 (fictional)" },
    record_keeping = { adopted = true, source = "Anti-Money Laundering Act 2016, s. 7 (fictional)" },
    suspicious_transaction_reporting = {
      adopted = "partly",
      source = "Anti-Money Laundering Act 2016, s. 9 (fictional)",
      missing = { "Only banks must report suspicious transactions; other financial institutions may report voluntarily." },
    },
    supervision = { adopted = true, source = "National Bank Act 1994, s. 31 (fictional)" },
    domestic_cooperation = { adopted = true, source = "Anti-Money Laundering Act 2016, s. 12 (fictional)" },
    fiu = {
      adopted = false,
      note = "Reports go to the economic crime department of the police; no financial intelligence unit exists and none has been considered.",
    },
    international_cooperation = {
      adopted = "partly",
      source = "Memorandum of understanding with the National Bank of Syldavia (fictional)",
      missing = { "Borduria belongs to no FATF-style regional body." },
    },
  },

  anti_corruption = {
    integrity = { adopted = true, source = "Civil Service Code 2001, ch. 4 (fictional)" },
    prevention = {
      adopted = "partly",
      source = "Public Procurement Act 2010 (fictional)",
      missing = { "No body is responsible for preventing corruption in the public administration." },
    },
    punishment = { adopted = true, source = "Civil Service Code 2001, art. 88 (fictional)" },
    authorities = { adopted = true, source = "Anti-Corruption Bureau Decree 2012 (fictional)" },
    independence = {
      adopted = false,
      source = "Anti-Corruption Bureau Decree 2012, art. 3 (fictional)",
      note = "The Bureau is a department of the Ministry of the Interior and takes instructions from the Minister in individual cases.",
    },
  },

  prosecution = {
    -- Cybercrime Convention art. 21(2), (4), (7) (cyber3).
    aggravating_circumstances = { adopted = false },
    defence_rights = { adopted = true, source = "Constitution of Borduria, art. 31 (fictional)" },
    child_defendants = { adopted = "partly", source = "Bordurian Penal Code, art. 14 (fictional)", missing = { "specialised courts or procedures for children accused of offences" } },
    discretion = {
      adopted = false,
      system = "opportunity",
      source = "Code of Criminal Procedure of Borduria, art. 52 (fictional)",
      note = "Prosecutors may drop any case; no guideline or review governs that discretion.",
    },
    release_pending_trial = { adopted = true, source = "Code of Criminal Procedure of Borduria, art. 160 (fictional)" },
    release_pending_appeal = {
      adopted = false,
      source = "Code of Criminal Procedure of Borduria, art. 301 (fictional)",
      note = "A convicted person who appeals is released without conditions until the appeal is decided.",
    },
    limitation = {
      adopted = false,
      years = 3,
      source = "Bordurian Penal Code, art. 75 (fictional)",
      note = "3 years for offences punishable by up to 5 years, 8 years above; laundering and bribery of a public official are time-barred within 3 to 8 years of the offence.",
    },
    limitation_evasion = {
      adopted = true,
      source = "Bordurian Penal Code, art. 77 (fictional)",
      note = "The period is suspended while the suspect is abroad and evades proceedings.",
    },
  },

  -- UNTOC arts 24 and 25 (rules/untoc/art24.lua, art25.lua): protection of
  -- witnesses and victims.  Gaps kept on purpose: witness protection limited
  -- to drug cases and not extended to relatives (24(1) partly met); victims
  -- assisted but not protected (25(1) partly met).  Left absent (unknown):
  -- video-link testimony, relocation agreements, victims as witnesses,
  -- restitution.
  protection = {
    -- Cybercrime Convention arts 33(1), 34(4)-(6) (cyber3).
    informants = { adopted = false },
    victim_recovery = { adopted = "partly", source = "Social Assistance Act 2011, art. 40 (fictional)", missing = { "cooperation with non-governmental organizations and civil society" } },
    victim_needs = { adopted = false },
    content_removal = { adopted = "partly", source = "Media Act 2015, art. 12 (fictional)", missing = { "removal of intimate images disseminated without consent (art. 16)" } },
    witnesses = { adopted = "partly", source = "Narcotics Act 2001, art. 55 (fictional)",
                  missing = { "Witnesses in proceedings on offences other than drug trafficking (participation in a criminal organization, laundering, corruption, obstruction of justice) are not protected." } },
    witness_relatives = { adopted = false, note = "Art. 55 protects only the person who testifies." },
    physical_protection = { adopted = true, source = "Narcotics Act 2001, art. 55(2) (fictional)", note = "Police protection during the trial." },
    relocation = { adopted = false },
    identity_non_disclosure = { adopted = false },
    victim_assistance = { adopted = true, source = "Code of Criminal Procedure of Borduria, art. 61 (fictional)" },
    victim_protection = { adopted = false, note = "No measure protects victims as such; they are protected only if they testify in a drug case." },
    victim_compensation_offender = { adopted = true, source = "Code of Criminal Procedure of Borduria, art. 70 (civil party) (fictional)" },
    victim_compensation_state = { adopted = false },
    victim_views = { adopted = true, source = "Code of Criminal Procedure of Borduria, art. 72 (fictional)" },
  },

  -- UNTOC arts 29 and 30 (rules/untoc/art29.lua, art30.lua).  Training
  -- exists but its content is only partly known; the cooperation with
  -- developing countries of art. 30 is not documented (unknown).
  capacity = {
    training_programmes = { adopted = true, source = "Police Academy Statute 1997, art. 4 (fictional)" },
    training_topics = {
      prevention_methods = { adopted = true, source = "Police Academy syllabus (fictional)" },
      evidence = { adopted = true, source = "Police Academy syllabus (fictional)" },
      proceeds_movements = { adopted = false, note = "No course on financial investigations." },
      technology_crime = { adopted = false },
    },
    staff_exchanges = { adopted = false },
    mutual_training_assistance = { adopted = false },
    cooperation_training = { adopted = false },
    international_cooperation_measures = { adopted = "partly", source = "Member of INTERPOL (fictional)",
                                           missing = { "No cooperation programme addresses the implementation of the Convention as such." } },
  },

  -- UNTOC art. 31 (rules/untoc/art31.lua).  No prevention strategy; no
  -- exclusion of convicted bidders; no disqualification of directors.
  -- Notifications are not recorded in this profile (art. 31(6) unknown).
  prevention = {
    national_projects = { adopted = false },
    best_practices = { adopted = false },
    procurement_misuse = { adopted = false, note = "The Public Procurement Act 2005 does not exclude bidders convicted of organized crime offences." },
    legal_persons_records = { adopted = true, source = "Commercial Register Act 1999 (fictional)",
                              note = "Records directors and shareholders; beneficial owners are not recorded." },
    director_disqualification = { adopted = false },
    disqualification_records = { adopted = false },
    records_exchange = { adopted = false },
    reintegration = { adopted = true, source = "Penitentiary Code 2003, art. 2 (fictional)" },
  },

  -- UNTOC art. 18: mutual legal assistance (rules/untoc/art18.lua).
  -- Deliberate gaps: assistance only under a treaty in force with the
  -- requesting State (the Convention is not treated as one, art. 18(7) not
  -- met); dual criminality always required; fiscal offences a ground for
  -- refusal (art. 18(22) not met); no consultation before refusal; no
  -- transfer of detained persons (arts 18(11)-(12) not applicable).
  -- Deliberately absent (unknown): bank secrecy for foreign requests (the
  -- domestic bar of the Banking Act is shown as context), tracing, spontaneous
  -- information, use of evidence received, reasons for refusal, timeliness,
  -- safe conduct; notifications (no list in this profile).
  mutual_legal_assistance = {
    -- Cybercrime Convention arts 35 and 40 (cyber4).
    electronic_evidence = { adopted = true, offences = "convention_offences", source = "Electronic Evidence Act 2021 of Borduria, s. 12",
      note = "Foreign requests for electronic evidence are executed only for computer offences." },
    electronic_requests = { adopted = false, note = "Requests must be received on paper through the diplomatic channel." },
    legal_basis = {
      adopted = "partly",
      source = "Code of Criminal Procedure of Borduria, arts 400-430",
      missing = { "Assistance is given only to a State bound to Borduria by a treaty providing for it; States Parties to the Convention without such a treaty receive none." },
    },
    legal_persons = {
      adopted = false,
      source = "Code of Criminal Procedure of Borduria, art. 402(2)",
      note = "Requests concerning proceedings against a legal person are refused unless Bordurian law provides for the liability of legal persons for the offence.",
    },
    purposes = {
      taking_evidence = { adopted = true, source = "Code of Criminal Procedure of Borduria, art. 405" },
      service_of_documents = { adopted = true, source = "Code of Criminal Procedure of Borduria, art. 406" },
      search_seizure_freezing = {
        adopted = "partly",
        source = "Code of Criminal Procedure of Borduria, art. 407",
        missing = { "Freezing of property is not available on a foreign request; only searches and seizures of evidence." },
      },
      examining_objects_sites = { adopted = true, source = "Code of Criminal Procedure of Borduria, art. 407" },
      information_expertise = { adopted = true, source = "Code of Criminal Procedure of Borduria, art. 408" },
      documents_records = {
        adopted = "partly",
        source = "Code of Criminal Procedure of Borduria, art. 409",
        missing = { "Bank records are produced only with the consent of the Governor of the National Bank (Banking Act 1994, s. 40)." },
      },
      voluntary_appearance = { adopted = false, note = "No provision; the Code lists the forms of assistance exhaustively (art. 404)." },
      other_assistance = { adopted = false, source = "Code of Criminal Procedure of Borduria, art. 404", note = "Closed list of forms of assistance." },
    },
    without_treaty = {
      adopted = false,
      source = "Code of Criminal Procedure of Borduria, art. 401",
      note = "Assistance only under a treaty in force with the requesting State; the Convention is not considered such a treaty and its art. 18 is not applied directly.",
    },
    dual_criminality = {
      adopted = true,
      requirement = "mandatory",
      source = "Code of Criminal Procedure of Borduria, art. 412(a)",
    },
    detained_persons = {
      outgoing = { adopted = false, source = "Penitentiary Code of Borduria, art. 5", note = "Prisoners may not leave Bordurian territory before the end of their sentence." },
      incoming = { adopted = false, note = "No provision allows the authorities to receive and hold a person detained abroad." },
    },
    central_authority = {
      adopted = true,
      authority = "Ministry of Justice, Department of International Legal Relations",
      source = "Code of Criminal Procedure of Borduria, art. 403",
    },
    oral_requests = { adopted = false, source = "Code of Criminal Procedure of Borduria, art. 403(3)", note = "Requests must be received in writing through the diplomatic channel." },
    requested_procedures = { adopted = false, source = "Code of Criminal Procedure of Borduria, art. 410", note = "Requests are executed only in the forms of the Bordurian Code." },
    videoconference = { adopted = false, note = "No legal basis for hearings by videoconference." },
    refusal_grounds = {
      adopted = true,
      grounds = { "essential_interests" },
      other_grounds = { "the request concerns a political offence", "the request concerns a fiscal offence", "absence of reciprocity" },
      source = "Code of Criminal Procedure of Borduria, art. 412",
    },
    fiscal_no_ground = {
      adopted = false,
      source = "Code of Criminal Procedure of Borduria, art. 412(c)",
      note = "Requests concerning customs, tax or currency offences are refused.",
    },
    postponement = { adopted = true, source = "Code of Criminal Procedure of Borduria, art. 413" },
    consultation_before_refusal = { adopted = false, note = "Refusals are notified through the diplomatic channel without prior consultation." },
    public_records = { adopted = true, source = "Access to Public Information Act 2008, s. 3" },
    agreements = {
      adopted = true,
      instruments = { "Treaty on Legal Assistance in Criminal Matters between Borduria and Syldavia (2003)" },
      source = "Official Gazette of Borduria 2003/41",
    },
  },

  -- UNTOC arts 13 and 14 (rules/schema/cooperation-confiscation.lua).
  -- Deliberate gaps: foreign confiscation orders are enforced only for drug
  -- offences (art. 13(1) partly met); cooperation needs a bilateral treaty and
  -- the Convention is not accepted as one (art. 13(6) not met); confiscated
  -- property always vests in the Treasury (art. 14(2) not met).  Left absent
  -- (unknown): tracing on request, the art. 13(7) ground, contributions and
  -- sharing (art. 14(3)), copies of laws (no notifications are listed).
  confiscation_cooperation = {
    domestic_order_on_request = {
      adopted = false,
      source = "Code of Criminal Procedure of Borduria, art. 325",
      note = "Bordurian courts may order confiscation only in proceedings for an offence tried in Borduria.",
    },
    foreign_order_enforcement = {
      adopted = "partly",
      source = "Narcotic Drugs Act 2005, s. 77",
      from = "2005-09-01",
      missing = {
        "Enforcement of foreign confiscation orders for offences other than drug trafficking (participation in an organized criminal group, laundering, corruption, obstruction of justice, other serious crime).",
      },
    },
    freezing_seizure_on_request = {
      adopted = true,
      source = "Code of Criminal Procedure of Borduria, art. 330",
      note = "Seizure on a foreign request, only where a bilateral treaty binds Borduria to the requesting State.",
    },
    treaty_basis = {
      adopted = false,
      treaty_required = true,
      source = "Code of Criminal Procedure of Borduria, art. 325(2)",
      note = "Only bilateral treaties approved by Parliament are a basis for cooperation; multilateral conventions are not accepted as such.",
    },
    agreements = {
      adopted = false,
      note = "No treaty or arrangement on confiscation cooperation; none under negotiation.",
    },
    disposal = {
      adopted = true,
      source = "Bordurian Penal Code, art. 63",
      note = "Confiscated property vests in the State Treasury and is sold by the Ministry of Finance.",
    },
    return_to_requesting_state = {
      adopted = false,
      source = "Bordurian Penal Code, art. 63",
      note = "All confiscated property vests in the Treasury; no provision allows it to be returned to a requesting State.",
    },
    -- Cybercrime Convention arts 49-52 (cyber5)
    foreign_origin_confiscation = { adopted = false, source = "Criminal Procedure Code of Borduria, s. 301 (fictional)", note = "Only property acquired in Borduria may be confiscated." },
    non_conviction_based = { adopted = false, note = "Never considered." },
    foreign_freezing_order = { adopted = "partly", source = "Mutual Legal Assistance Act 1999, s. 20 (fictional)", missing = { "orders of authorities other than courts" } },
    hearing_before_lifting = { adopted = false, source = "Mutual Legal Assistance Act 1999, s. 21 (fictional)", note = "Provisional measures lapse after 30 days without notice." },
  },

  -- UNTOC arts 17 and 21.  Transfer of proceedings left absent (unknown).
  transfers = {
    -- Cybercrime Convention art. 39(2) (cyber4).
    proceedings_convention_basis = { adopted = false, note = "No law on transferring or taking over proceedings." },
    sentenced_persons = {
      adopted = false,
      note = "Borduria has concluded no agreement on the transfer of sentenced persons.",
    },
  },

  -- ==================================================================
  -- Good practice of the UNTOC Working Group on International Cooperation
  -- (rules/untoc-wg).  Fictional: Borduria follows little of it.  Before
  -- its deposit (2011) the recommendations do not apply to it at all.
  -- ==================================================================
  cooperation_practice = {
    direct_contacts = { adopted = false, source = "Code of Criminal Procedure of Borduria, art. 401 (all requests through the Ministry of Foreign Affairs) (fictional)" },
    email_requests = { adopted = false, source = "Code of Criminal Procedure of Borduria, art. 403(3) (originals only) (fictional)" },
    regional_networks = { adopted = false, note = "Borduria takes part in no regional network of central authorities or prosecutors (fictional)." },
    law_enforcement_coordination = { adopted = true, source = "Police Act 1998, s. 14 (national coordination bureau) (fictional)" },
    central_authority_coordination = { adopted = false, note = "No consultation mechanism between the Ministry of Justice and the executing courts (fictional)." },
    request_tracking = { adopted = false, note = "Requests are tracked on paper registers only (fictional)." },
    statistics = { adopted = false, note = "No statistics are kept (fictional)." },
    legal_basis_statistics = { adopted = false, note = "No statistics are kept (fictional)." },
    published_guidelines = { adopted = false, note = "No guidelines published (fictional)." },
    electronic_evidence_in_tools = { adopted = false, note = "Borduria's treaties and forms do not mention electronic evidence (fictional)." },
    expedited_mla = { adopted = false, note = "No expedited procedure (fictional)." },
    cultural_property = { adopted = true, source = "Cultural Heritage Act 2012, Part 5 (fictional)" },
  },

  -- ==== UN Convention against Cybercrime, ch. IV: procedural powers (arts 23-30) ====
  -- (fictional) Borduria's Code of Criminal Procedure knows searches and
  -- seizures of "objects", with copies of data, and interception ordered by
  -- the prosecutor without a judge and without a remedy; no preservation
  -- order, no partial disclosure, no order to persons who know a system;
  -- providers cannot be compelled in real time.  The rest is not described.
  procedural_powers = {
    scope_convention_offences = { adopted = "partly", source = "Bordurian Code of Criminal Procedure, art. 140 (fictional)", missing = { "the offences of the Convention punishable by less than five years (interception and searches of systems are limited to offences of five years or more)" } },
    scope_ict_offences = { adopted = false, source = "Bordurian Code of Criminal Procedure, art. 140 (fictional)" },
    human_rights_conditions = { adopted = true, source = "Constitution of Borduria, art. 20 (fictional)" },
    proportionality = { adopted = false, source = "Bordurian Code of Criminal Procedure (fictional)", note = "No rule of necessity or proportionality governs investigative measures." },
    general_safeguards = {
      review = "judicial", remedy = true, grounds = true, scope_limits = true,
      source = "Bordurian Code of Criminal Procedure, arts 150-155 (fictional)",
      note = "Searches need a judge's warrant stating the grounds; any duration limit is not described.",
    },
    third_party_impact = { adopted = false, source = "Ministry of Justice of Borduria, reply to the questionnaire (fictional)" },
    preservation = { adopted = false, source = "Bordurian Code of Criminal Procedure (fictional)", note = "Data can only be seized, not preserved." },
    traffic_partial_disclosure = { adopted = false, source = "Bordurian Code of Criminal Procedure (fictional)" },
    search = { adopted = true, source = "Bordurian Code of Criminal Procedure, art. 150 (fictional)", targets = { "storage_medium" }, note = "Searches reach objects, including data carriers; remote access to a system is not provided for." },
    seizure = {
      adopted = true, source = "Bordurian Code of Criminal Procedure, art. 152 (fictional)", prerogatives = { "seize_system", "copy" },
      safeguards = { review = "judicial", remedy = true, grounds = true, scope_limits = true, duration_limits = true, source = "Bordurian Code of Criminal Procedure, arts 152-155 (fictional)" },
    },
    compelled_assistance = { adopted = false, source = "Bordurian Code of Criminal Procedure (fictional)" },
    realtime_traffic = { adopted = true, source = "Bordurian Code of Criminal Procedure, art. 160 (fictional)", by_authorities = true, provider_collects = false, provider_assists = false },
    interception = {
      adopted = true, source = "Bordurian Code of Criminal Procedure, art. 161 (fictional)",
      by_authorities = true, provider_assists = true, offences = { scope = "threshold", threshold_prison_years = 5 },
      safeguards = { review = "none", remedy = false, grounds = true, scope_limits = true, duration_limits = true,
                     source = "Bordurian Code of Criminal Procedure, art. 161 (fictional)", note = "Ordered by the prosecutor for up to six months; no judge, no remedy." },
    },
    interception_confidentiality = { adopted = false, source = "Bordurian Telecommunications Act (fictional)" },
  },

  -- ==== UN Convention against Cybercrime, ch. I and II (arts 4, 6, 14-16) ==
  offences_by_ict = {
    other_un_conventions = { adopted = "partly", source = "Bordurian Penal Code",
      missing = { "incitement to terrorism committed online (art. 150 reaches printed matter only)" } },
  },
  human_rights = {
    implementation_consistent = { adopted = false, source = "Constitution of Borduria, art. 4 (treaties are not applied by the courts)" },
  },
  child_sexual_abuse_material = {
    definition_visual = { adopted = false, source = "Bordurian Penal Code, art. 300(3)",
      note = "Minors are persons under 16." },
  },

  -- ==== UN Convention against Cybercrime, ch. V-VII (arts 42-46, 53-56; cyber5) ==
  evidence_cooperation = {
    preservation_on_request = { adopted = true, source = "Mutual Legal Assistance Act 1999, s. 33 (fictional)" },
    preservation_without_dual_criminality = { adopted = false, source = "Mutual Legal Assistance Act 1999, s. 4 (fictional)",
      search_assistance_requires_dual_criminality = true, refused_for_convention_offences = true,
      note = "Dual criminality is required for every form of assistance, preservation included, whatever the offence." },
    preservation_period = { adopted = true, days = 30, until_decision = false, source = "Mutual Legal Assistance Act 1999, s. 33(2) (fictional)" },
    stored_data_access_on_request = { adopted = "partly", source = "Mutual Legal Assistance Act 1999, s. 34 (fictional)", missing = { "disclosure of data held by service providers outside criminal proceedings opened in Borduria" } },
    realtime_traffic_assistance = { adopted = false },
    interception_assistance = { adopted = false },
  },
  cyber_prevention = {
    policies = { adopted = false, considered = true, source = "Draft cybersecurity strategy, 2025 (fictional)" },
    reporting_authority = { adopted = "partly", source = "Police Act, s. 12 (fictional)", missing = { "anonymous reporting" } },
    framework_evaluation = { adopted = false },
  },
  cyber_capacity = {
    training_programmes = { adopted = false },
    technical_assistance = { adopted = false },
    unodc_contributions = { adopted = false },
  },
  cyber_information = {
    trend_analysis = { adopted = false },
  },

  -- ==== UN Convention against Cybercrime, ch. V (arts 35-41, cyber4) ======
  cooperation_principles = {
    dual_criminality_conduct = { adopted = "partly", source = "Code of Criminal Procedure of Borduria, art. 412(a)",
      missing = { "dual criminality judged by the conduct in extradition: the Extradition Act 1996 requires the same legal qualification" } },
  },
  personal_data_transfers = {
    lawful_transfer = { adopted = false, note = "The Personal Data Act 2012 excludes criminal justice; no rule governs transfers to foreign authorities." },
    transfer_conditions = { adopted = false },
    safeguards_received = { adopted = false, note = "No safeguards for data received from abroad." },
  },
  contact_point_24_7 = {
    designated = { adopted = "partly", contact = "Cyber Police Department (office hours only)", source = "Order of the Minister of Interior No. 77/2022",
      missing = { "availability 24 hours a day, 7 days a week" } },
    assistance = { adopted = "partly", source = "Order of the Minister of Interior No. 77/2022", missing = { "preservation of stored data on request" } },
    expedited_communication = { adopted = false },
    coordination = { adopted = false, note = "No arrangement with the Ministry of Justice." },
    trained_staff = { adopted = false, considered = true, note = "Staffing plan under preparation." },
    existing_networks = { adopted = false },
  },
}
