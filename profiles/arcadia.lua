-- Arcadia: a FICTIONAL State, country profile for lexgap.
--
-- What it is: a complete, largely compliant profile for the UNTOC rule packs
-- (arts 5, 6, 8, 10, 12, 15, 23, 34(2)) whose legal choices differ from
-- France's, so that the alternatives the Convention allows are exercised:
--   * art. 5 through active participation in a criminal organization
--     (option (ii)); Arcadia has NO conspiracy offence (declared in
--     no_offence_for), so art. 5(3) does not apply;
--   * laundering predicates defined by a penalty threshold (4 years), offences
--     abroad counted under dual criminality;
--   * self-laundering not punishable, a fundamental principle invoked for
--     UNTOC art. 6(2)(e);
--   * liability of legal persons administrative and civil, not criminal
--     (UNTOC art. 10(2)), for all offences;
--   * nationals are extradited, so UNTOC art. 15(3) is not applicable;
--   * a reservation to art. 35(2) (dispute settlement) under art. 35(3).
-- Known shortcoming kept on purpose: intermingled property can be
-- confiscated only in part (UNTOC art. 12(4) partly met).
--
-- Date described: the law of Arcadia as of 1 January 2026.
-- Prepared by: lexgap bundled example.
-- How it was sourced: invented for testing and demonstration.  The citations
-- ("Arcadian Criminal Code, s. 210") are fictional but written the way a real
-- profile cites its sources; no real State's law is described.

return {
  profile_format = 1,

  state = {
    code = "ARC",
    name = "Arcadia",
    name_fr = "Arcadie",
    kind = "state",
  },

  describes_law_as_of = "2026-01-01",

  prepared = {
    by = "lexgap bundled example",
    on = "2026-11-22",
    note = "Fictional State: every fact and citation is invented.",
  },

  parties = {
    cybercrime = { signed = "2025-10-25", source = "Signature at Hanoi (fictional)" },
    untoc = {
      signed = "2000-12-13",
      deposited = "2004-05-10",
      means = "ratification",
      source = "Instrument of ratification of Arcadia, deposited with the Secretary-General of the United Nations (fictional)",
      note = "Enters into force for Arcadia on the 30th day after deposit (UNTOC art. 38(2)).",
    },
  },

  reservations = {
    {
      instrument = "untoc",
      provisions = { "untoc:35.2" },
      kind = "reservation",
      from = "2004-05-10",
      text = "In accordance with article 35, paragraph 3, of the Convention, the Republic of Arcadia declares that it does not consider itself bound by article 35, paragraph 2.",
      source = "Reservation made upon ratification (fictional)",
    },
    -- Cybercrime Convention art. 42(5) (cyber5): within its limits.
    {
      instrument = "cybercrime",
      provisions = { "cybercrime:42.5" },
      kind = "reservation",
      from = "2026-01-10",
      text = "In accordance with article 42, paragraph 5, the Republic of Arcadia reserves the right to refuse a request for preservation, for offences other than those established in accordance with the Convention, where it has reason to believe that dual criminality cannot be fulfilled at the time of disclosure.",
      source = "Reservation made upon signature, to be confirmed upon ratification (fictional)",
    },
  },

  notifications = {
    -- Cybercrime Convention (cyber4): Arcadia has only signed it; the
    -- authority for extradition requests was communicated at signature
    -- (art. 37(19) allows it then); the notifications due at deposit
    -- (37(6)(a), 40(12)(c), 40(13), 41(2)) are not made yet.
    {
      provision = "cybercrime:37.19",
      date = "2025-10-25",
      content = "Authority for requests for extradition or provisional arrest: Ministry of Justice, Extradition Unit, 4 Law Courts Lane, Arcadia City.",
      source = "Communication made upon signature (fictional)",
    },
    {
      provision = "untoc:31.6",
      date = "2004-05-10",
      content = "Authority that can assist other States Parties in developing prevention measures: the National Crime Prevention Council, 12 Republic Square, Arcadia City.",
      source = "Notification made upon ratification (fictional)",
    },
    {
      provision = "untoc:6.2.d",
      date = "2005-02-01",
      content = "Copies of the Arcadian Criminal Code, Part 3 (laundering), and of the Proceeds of Crime Act 2003, with their amendments.",
      source = "Note verbale of the Permanent Mission of Arcadia to the United Nations (fictional)",
    },
    {
      provision = "untoc:16.5.a",
      date = "2004-05-10",
      content = "Arcadia takes the Convention as the legal basis for cooperation on extradition with other States Parties.",
      source = "Declaration made upon ratification (fictional)",
    },
    {
      provision = "untoc:18.13",
      date = "2004-05-10",
      content = "Central authority for mutual legal assistance: the Attorney-General's Department, International Cooperation Unit.",
      source = "Notification made upon ratification (fictional)",
    },
    {
      provision = "untoc:18.14",
      date = "2004-05-10",
      content = "Requests are accepted in Arcadian, English and French.",
      source = "Notification made upon ratification (fictional)",
    },
    {
      provision = "untoc:13.5",
      date = "2005-02-01",
      content = "Copies of the Mutual Assistance in Criminal Matters Act 2004 (Part 5, proceeds of crime) and of the Proceeds of Crime Act 2003.",
      source = "Note verbale of the Permanent Mission of Arcadia to the United Nations (fictional)",
    },
    -- Cybercrime Convention (cyber5)
    { provision = "cybercrime:50.5", date = "2026-02-01", content = "Copies of the Mutual Assistance in Criminal Matters Act 2004 (Part 5) and of the Electronic Evidence (International Cooperation) Act 2025.", source = "Note verbale (fictional)" },
    { provision = "cybercrime:53.7", date = "2026-02-01", content = "National Cyber Security Centre, 1 Harbour Road, Arcadia City.", source = "Note verbale (fictional)" },
  },

  principles = {
    {
      provisions = { "untoc:25.3", "cybercrime:34.3" },
      statement = "Criminal trials are adversarial between the prosecution and the accused: the victim is not a party and speaks through the prosecutor until sentencing.",
      source = "Constitution of Arcadia, art. 21(2); Criminal Procedure Act 1999, s. 5 (fictional)",
      note = "Victims may address the court in a victim impact statement before sentence (Sentencing Act 1998, s. 21).",
    },
    {
      provisions = { "untoc:6.2.e", "cybercrime:17.2.e" },   -- the same principle, invoked for both treaties
      statement = "No one may be punished twice for the same gain: the author of the predicate offence cannot also be convicted of laundering its proceeds, since disposing of the proceeds is deemed part of the predicate offence already punished.",
      source = "Constitution of Arcadia, art. 19(3); Supreme Court of Arcadia, State v. Halloran (2001)",
      note = "The exemption is limited to the author of the predicate offence; accomplices and third parties remain liable for laundering.",
    },
    {
      -- Cybercrime Convention arts 29(2) and 30(2) (fictional)
      provisions = { "cybercrime:29.1.a", "cybercrime:30.1.a" },
      statement = "Only licensed operators may install or operate equipment on public communications networks; the police may not intercept on the network with their own equipment, and operators collect for them under judicial order.",
      source = "Constitution of Arcadia, art. 17(4); Supreme Court of Arcadia, In re Network Integrity (2009) (fictional)",
    },
  },

  penalty_scale = {
    life_imprisonment = true,
    closed = false,
    source = "Sentencing Act 1998, s. 4 (fictional)",
    note = "Each statute fixes its own maximum; the scale is open.",
  },

  offences = {
    -- UNTOC art. 5: active participation (option (ii)) and art. 5(1)(b).
    arc_cc_210 = {
      name = "Participation in the activities of a criminal organization",
      source = "Arcadian Criminal Code, s. 210",
      from = "2003-09-01",
      max_prison_years = 10,
      conduct = { "participation_ocg_criminal_activities", "participation_ocg_other_activities" },
      mental = { "knowledge", "intent" },
      requires = { "organized_group" },
      aims_at = {
        scope = "threshold",
        threshold_prison_years = 4,
        source = "Arcadian Criminal Code, s. 2 (definition of criminal organization)",
        note = "A structured group of three or more persons acting in concert to commit offences punishable by at least 4 years, for a financial or other material benefit: the UNTOC art. 2(a) definition.",
      },
      note = "Taking part in the criminal activities of the organization, or in its other activities knowing that the participation will contribute to its criminal aim (s. 210(1)(a) and (b)).",
    },
    arc_cc_211 = {
      name = "Directing or organizing offences for a criminal organization",
      source = "Arcadian Criminal Code, s. 211",
      from = "2003-09-01",
      max_prison_years = 20,
      conduct = { "ocg_crime_organizing", "ocg_crime_directing" },
      mental = { "intent" },
      requires = { "organized_group" },
      aims_at = {
        scope = "threshold",
        threshold_prison_years = 4,
        source = "Arcadian Criminal Code, s. 2 (definition of criminal organization)",
        note = "Offences committed for a criminal organization, which aims at offences punishable by at least 4 years.",
      },
    },
    arc_cc_212 = {
      name = "Facilitating offences of a criminal organization",
      source = "Arcadian Criminal Code, s. 212",
      from = "2003-09-01",
      max_prison_years = 14,
      conduct = { "ocg_crime_aiding_abetting", "ocg_crime_facilitating_counselling" },
      mental = { "intent", "knowledge" },
      requires = { "organized_group" },
      aims_at = {
        scope = "threshold",
        threshold_prison_years = 4,
        source = "Arcadian Criminal Code, s. 2 (definition of criminal organization)",
        note = "Offences committed for a criminal organization, which aims at offences punishable by at least 4 years.",
      },
    },

    -- UNTOC art. 6.
    arc_cc_310 = {
      name = "Laundering proceeds of crime",
      source = "Arcadian Criminal Code, s. 310",
      from = "2003-09-01",
      max_prison_years = 12,
      conduct = {
        "laundering_conversion_transfer",
        "laundering_concealment_disguise",
        "laundering_association_conspiracy",
        "laundering_attempt",
        "laundering_aiding_abetting",
      },
      mental = { "knowledge", "intent" },
      predicates = {
        scope = "threshold",
        threshold_prison_years = 4,
        source = "Arcadian Criminal Code, s. 309 (definition of designated offence)",
        note = "Every offence punishable by imprisonment for 4 years or more.",
      },
      foreign_predicates = "dual_criminality",
      self_laundering = false,
      note = "Subsection (3) extends the offence to whoever participates or associates in, attempts, aids, abets, facilitates or counsels the laundering. Offences committed abroad are predicates if they would be designated offences in Arcadia and were offences where committed (s. 309(2)). The author of the predicate offence is exempt (s. 310(5)): see principles.",
    },
    arc_cc_311 = {
      name = "Acquisition, possession or use of proceeds of crime",
      source = "Arcadian Criminal Code, s. 311",
      from = "2003-09-01",
      max_prison_years = 6,
      conduct = { "laundering_acquisition_possession_use" },
      mental = { "knowledge" },
      predicates = {
        scope = "threshold",
        threshold_prison_years = 4,
        source = "Arcadian Criminal Code, s. 309",
      },
      foreign_predicates = "dual_criminality",
      self_laundering = false,
    },

    -- UNTOC art. 8.
    arc_cc_401 = {
      name = "Bribery of a public official",
      source = "Arcadian Criminal Code, s. 401",
      max_prison_years = 10,
      conduct = {
        "bribery_active_promise",
        "bribery_active_offer",
        "bribery_active_give",
        "bribery_indirect",
        "bribery_third_party_beneficiary",
      },
      mental = { "intent" },
    },
    arc_cc_402 = {
      name = "Acceptance of a bribe by a public official",
      source = "Arcadian Criminal Code, s. 402",
      max_prison_years = 10,
      conduct = {
        "bribery_passive_solicit",
        "bribery_passive_accept",
        "bribery_indirect",
        "bribery_third_party_beneficiary",
      },
      mental = { "intent" },
    },
    arc_cc_405 = {
      name = "Bribery of foreign public officials and international civil servants",
      source = "Arcadian Criminal Code, s. 405",
      from = "2006-01-01",
      max_prison_years = 10,
      conduct = { "bribery_active_foreign_official", "bribery_passive_foreign_official" },
      mental = { "intent" },
    },
    arc_cc_407 = {
      name = "Trading in influence",
      source = "Arcadian Criminal Code, s. 407",
      max_prison_years = 6,
      conduct = { "corruption_trading_in_influence" },
      mental = { "intent" },
    },
    arc_cc_408 = {
      name = "Embezzlement by a public official",
      source = "Arcadian Criminal Code, s. 408",
      max_prison_years = 10,
      conduct = { "corruption_embezzlement" },
      mental = { "intent" },
    },

    -- UNTOC art. 23.
    arc_cc_520 = {
      name = "Interference with witnesses and evidence",
      source = "Arcadian Criminal Code, s. 520",
      max_prison_years = 7,
      conduct = { "obstruction_witness_force_threats", "obstruction_witness_undue_advantage" },
      mental = { "intent" },
      note = "Using force, threats or intimidation, or promising, offering or giving an undue advantage, to induce false testimony or to interfere with testimony or the production of evidence.",
    },
    arc_cc_521 = {
      name = "Intimidation of judicial and law-enforcement officers",
      source = "Arcadian Criminal Code, s. 521",
      max_prison_years = 7,
      conduct = { "obstruction_official_force_threats" },
      mental = { "intent" },
    },

    -- ==== UN Convention against Cybercrime, arts 7-16 (offences) ==========
    -- Arcadia narrows its computer offences only by elements the Convention
    -- allows (arts 7(2), 8(2), 9(2)): every finding stays met.
    arc_cma_3 = {
      name = "Unauthorised access to a computer system by breach of security",
      source = "Computer Misuse Act of Arcadia, s. 3",
      conduct = { "ict_illegal_access" },
      requires = { "security_measures" },
      mental = { "intent" },
    },
    arc_cma_4 = {
      name = "Unlawful interception of computer data",
      source = "Computer Misuse Act of Arcadia, s. 4",
      conduct = { "ict_illegal_interception" },
      requires = { "dishonest_intent" },
      mental = { "intent" },
    },
    arc_cma_5 = {
      name = "Damage to computer data causing serious harm",
      source = "Computer Misuse Act of Arcadia, s. 5",
      conduct = { "ict_data_interference" },
      requires = { "serious_harm" },
      mental = { "intent" },
    },
    arc_cma_6 = {
      name = "Serious hindering of a computer system",
      source = "Computer Misuse Act of Arcadia, s. 6",
      conduct = { "ict_system_interference" },
      mental = { "intent" },
    },
    arc_cma_7 = {
      name = "Misuse of devices and access credentials",
      source = "Computer Misuse Act of Arcadia, s. 7",
      conduct = { "ict_device_misuse", "ict_credentials_obtaining", "ict_credentials_making_available", "ict_misuse_possession" },
      requires = { "specific_purpose" },
      mental = { "intent" },
      note = "With intent that the item be used to commit an offence under ss. 3-6.",
    },
    arc_cma_8 = {
      name = "Computer-related forgery",
      source = "Computer Misuse Act of Arcadia, s. 8",
      conduct = { "ict_forgery" },
      requires = { "dishonest_intent" },
      mental = { "intent" },
    },
    arc_cma_9 = {
      name = "Computer-related fraud",
      source = "Computer Misuse Act of Arcadia, s. 9",
      conduct = { "ict_fraud_data", "ict_fraud_system", "ict_fraud_deception" },
      requires = { "dishonest_intent" },
      mental = { "intent" },
    },
    arc_cc_240 = {
      name = "Child sexual abuse material",
      source = "Criminal Code of Arcadia, s. 240",
      max_prison_years = 10,
      conduct = { "csam_making_available", "csam_soliciting", "csam_procuring", "csam_accessing", "csam_possession", "csam_financing" },
      mental = { "intent" },
    },
    arc_cc_241 = {
      name = "Online grooming of a child",
      source = "Criminal Code of Arcadia, s. 241",
      conduct = { "child_solicitation_ict" },
      requires = { "overt_act" },
      mental = { "intent", "purpose" },
      note = "Punishable where the communication is followed by an act towards a meeting (art. 15(2) of the Cybercrime Convention allows it).",
    },
    arc_cc_242 = {
      name = "Disclosure of intimate images with intent to cause distress",
      source = "Criminal Code of Arcadia, s. 242",
      conduct = { "intimate_image_dissemination" },
      requires = { "intent_to_harm" },
      mental = { "intent" },
    },
  },

  no_offence_for = {
    {
      conduct = "participation_conspiracy",
      source = "Arcadian Criminal Code (no general offence of conspiracy)",
      note = "Arcadia chose the participation option of UNTOC art. 5(1)(a)(ii); a mere agreement to commit an offence is not punishable unless the offence is attempted.",
    },
  },

  general_part = {
    -- Cybercrime Convention art. 19(3) (cyber3).
    preparation = { adopted = true, source = "Computer Misuse Act 2019, s. 9 (fictional)", note = "Preparing any offence against computer systems or data, including by obtaining tools or credentials." },
    attempt = {
      adopted = true,
      source = "Arcadian Criminal Code, s. 25",
      note = "Attempt of any offence punishable by imprisonment.",
    },
    complicity = {
      adopted = true,
      source = "Arcadian Criminal Code, s. 30",
      note = "Aiding, abetting, counselling or procuring any offence; the accomplice incurs the penalty of the principal.",
    },
    inference_from_circumstances = {
      adopted = true,
      source = "Evidence Act 1995, s. 12",
      note = "Knowledge, intent and purpose may be inferred from objective factual circumstances.",
    },
  },

  legal_persons = {
    criminal = {
      adopted = false,
      source = "Arcadian Criminal Code, s. 14",
      note = "Only natural persons can commit an offence (societas delinquere non potest).",
    },
    administrative = {
      adopted = true,
      source = "Corporate Responsibility Act 2003, s. 4",
      from = "2003-09-01",
      note = "The Corporate Sanctions Authority imposes administrative sanctions on a legal person for any offence committed for its benefit by a person in a leading position, or made possible by a lack of supervision.",
    },
    civil = {
      adopted = true,
      source = "Civil Code of Arcadia, art. 1120",
      note = "Civil liability of legal persons for damage caused by their organs and employees.",
    },
    scope = {
      scope = "all_offences",
      source = "Corporate Responsibility Act 2003, s. 3",
    },
    natural_persons_unaffected = {
      adopted = true,
      source = "Corporate Responsibility Act 2003, s. 6",
    },
    monetary_sanctions = {
      adopted = true,
      source = "Corporate Responsibility Act 2003, s. 8",
      max_fine = 10000000,
      currency = "ACR",
      note = "Up to 10 000 000 Arcadian crowns, or three times the benefit obtained if higher.",
    },
    other_sanctions = {
      adopted = true,
      source = "Corporate Responsibility Act 2003, s. 9",
      note = "Exclusion from public procurement, withdrawal of licences, judicial supervision, winding-up.",
    },
  },

  jurisdiction = {
    -- Cybercrime Convention art. 22(2)(d) (cyber3).
    against_state = { adopted = true, source = "Arcadian Criminal Code, s. 7(3) (fictional)" },
    territory = { adopted = true, source = "Arcadian Criminal Code, s. 5" },
    flag_vessels = { adopted = true, source = "Arcadian Criminal Code, s. 6(1)" },
    registered_aircraft = { adopted = true, source = "Arcadian Criminal Code, s. 6(2)" },
    passive_personality = { adopted = true, source = "Arcadian Criminal Code, s. 7(2)" },
    active_nationality = { adopted = true, source = "Arcadian Criminal Code, s. 7(1)(a)" },
    stateless_residents = { adopted = true, source = "Arcadian Criminal Code, s. 7(1)(b)" },
    preparatory_participation_abroad = { adopted = true, source = "Arcadian Criminal Code, s. 8(a)" },
    preparatory_laundering_abroad = { adopted = true, source = "Arcadian Criminal Code, s. 8(b)" },
    non_extradited_others = {
      adopted = true,
      source = "Arcadian Criminal Code, s. 9",
      note = "Jurisdiction over any offence committed abroad by a person present in Arcadia whose extradition has been refused.",
    },
    consultation = {
      adopted = true,
      source = "Mutual Legal Assistance Act 2004, s. 31",
      note = "The Attorney-General consults foreign authorities conducting proceedings for the same conduct.",
    },
  },

  confiscation = {
    -- Cybercrime Convention art. 31(3) (cyber3).
    property_management = { adopted = true, source = "Proceeds of Crime Act 2003, Part 6 (Official Trustee) (fictional)" },
    proceeds = { adopted = true, source = "Proceeds of Crime Act 2003, s. 5" },
    value_based = { adopted = true, source = "Proceeds of Crime Act 2003, s. 7" },
    instrumentalities = { adopted = true, source = "Proceeds of Crime Act 2003, s. 6(1)" },
    intended_instrumentalities = { adopted = true, source = "Proceeds of Crime Act 2003, s. 6(2)" },
    identification_tracing = { adopted = true, source = "Proceeds of Crime Act 2003, Part 4 (production and monitoring orders)" },
    freezing_seizure = { adopted = true, source = "Proceeds of Crime Act 2003, Part 3 (restraining orders)" },
    transformed_property = { adopted = true, source = "Proceeds of Crime Act 2003, s. 2(4)" },
    intermingled_property = {
      adopted = "partly",
      source = "Proceeds of Crime Act 2003, s. 2(5)",
      missing = {
        "Intermingled property can be confiscated only where the share derived from the proceeds can be traced and separated, not up to the assessed value of the intermingled proceeds in every case.",
      },
    },
    income_from_proceeds = { adopted = true, source = "Proceeds of Crime Act 2003, s. 2(6)" },
    records_orders = { adopted = true, source = "Proceeds of Crime Act 2003, s. 40 (production orders)" },
    bank_secrecy_no_bar = {
      adopted = true,
      source = "Banking Act 1990, s. 55(2)(c)",
      note = "Bank secrecy yields to a production order or warrant issued in criminal proceedings.",
    },
    reversed_burden = {
      adopted = false,
      considered = true,
      source = "Law Commission of Arcadia, Report No. 112 (2008)",
      note = "Considered and rejected as incompatible with the presumption of innocence (Constitution, art. 19(2)).",
    },
    third_party_protection = { adopted = true, source = "Proceeds of Crime Act 2003, s. 12" },
  },

  extradition = {
    -- Cybercrime Convention art. 37 (cyber4): the Extradition Act names every
    -- multilateral convention in force for Arcadia, so this Convention would
    -- be a legal basis and its offences deemed included in treaties once
    -- ratified; dual criminality stays required.
    cybercrime_existing_treaties = { adopted = true, source = "Extradition Act 2002, s. 5" },
    cybercrime_new_treaties = { adopted = true, source = "Ministry of Justice, model extradition treaty (2005), art. 2" },
    cybercrime_legal_basis = { adopted = true, source = "Extradition Act 2002, s. 4(2)(c)",
      note = "A State bound to Arcadia by a multilateral convention the Act recognises is a partner State; the Schedule is amended on ratification." },
    without_dual_criminality = { adopted = false, source = "Extradition Act 2002, s. 6(1)", note = "The conduct must be an offence under Arcadian law." },
    decision_reasons = { adopted = true, source = "Extradition Act 2002, s. 26", note = "The Minister notifies the decision and its reasons to the requesting State." },
    nationals = {
      adopted = true,
      policy = "extradited",
      source = "Extradition Act 2002, s. 3",
      note = "Nationality is not a ground for refusing extradition.",
    },

    -- UNTOC art. 16 (rules/untoc/art16.lua).  Unlike France, Arcadia extradites
    -- only to "partner States" (a treaty requirement) and takes the
    -- Convention as the legal basis (notification untoc:16.5.a above); it
    -- extradites its nationals, so arts 16(10) to 16(12) do not apply.
    treaty_required = {
      required = true,
      source = "Extradition Act 2002, s. 4(1)",
      note = "Extradition only to a partner State: a State bound to Arcadia by an extradition treaty or by a multilateral convention that the Act recognises as a legal basis.",
    },
    convention_as_legal_basis = {
      adopted = true,
      source = "Extradition Act 2002, s. 4(2)(c)",
      note = "Every State Party to UNTOC is a partner State for the offences to which its art. 16 applies.",
    },
    accessory_offences = { adopted = true, source = "Extradition Act 2002, s. 7(3)" },
    existing_treaties = {
      adopted = true,
      source = "Extradition Act 2002, s. 5",
      note = "An offence covered by a multilateral convention in force for Arcadia is deemed an extraditable offence under every extradition treaty with another party to that convention.",
    },
    new_treaties = {
      adopted = true,
      source = "Ministry of Justice, model extradition treaty (2005), art. 2",
      note = "Treaties concluded since 2005 define extraditable offences by a one-year threshold, which reaches every offence covered by the Convention.",
    },
    expedited_procedures = { adopted = true, source = "Extradition Act 2002, s. 22", note = "Simplified surrender when the person consents." },
    simplified_evidence = { adopted = true, source = "Extradition Act 2002, s. 15", note = "A record of the case certified by the requesting State suffices; no prima facie case is required." },
    provisional_arrest = { adopted = true, source = "Extradition Act 2002, s. 10" },
    fair_treatment = { adopted = true, source = "Constitution of Arcadia, art. 19; Extradition Act 2002, s. 16" },
    fiscal_offences_no_bar = { adopted = true, source = "Extradition Act 2002, s. 9(4)" },
    consultation_before_refusal = {
      adopted = true,
      source = "Extradition Act 2002, s. 25",
      note = "The Minister must invite the requesting State to comment and to supply further information before refusing extradition.",
    },
    agreements = { adopted = true, source = "Register of extradition treaties of Arcadia (19 bilateral treaties, 11 concluded since 2004)" },
  },

  -- UNTOC arts 19, 20 and 22 (fictional).  Arcadia's choice differs from
  -- France's: it allows controlled delivery and electronic surveillance but
  -- has decided against undercover operations, which UNTOC art. 20(1)
  -- requires only "where it deems appropriate" (-> not applicable).
  investigation = {
    jit_agreements = { adopted = true, source = "Treaty on Joint Investigation Teams between Arcadia and its neighbours (2009) (fictional)" },
    jit_case_by_case = { adopted = true, source = "International Cooperation in Criminal Matters Act 2006, s. 31 (fictional)" },
    controlled_delivery = { adopted = true, source = "Code of Criminal Procedure of Arcadia, s. 210 (fictional)" },
    electronic_surveillance = { adopted = true, source = "Code of Criminal Procedure of Arcadia, ss. 211-215 (fictional)" },
    undercover_operations = {
      adopted = false,
      deemed_appropriate = false,
      source = "Law Commission of Arcadia, Report No. 97 (2005) (fictional)",
      note = "Considered and rejected: informants and controlled delivery were judged sufficient, and undercover officers too exposed to incitement.",
    },
    sit_agreements = { adopted = true, source = "Regional Convention on Police Cooperation (2007), arts 12-14 (fictional)" },
    sit_case_by_case = { adopted = true, source = "International Cooperation in Criminal Matters Act 2006, s. 32 (fictional)" },
    controlled_delivery_methods = { adopted = true, source = "Customs Act 1999, s. 88(2) (fictional)" },
    foreign_convictions = { adopted = true, source = "Arcadian Criminal Code, s. 55A (fictional)", note = "Convictions from any State are taken into account for sentencing and recidivism." },
  },

  -- UNTOC arts 26, 27 and 28 (fictional).  Arcadia encourages cooperation by
  -- prosecutorial immunity agreements rather than by mitigation of
  -- punishment, which it considered and rejected (art. 26(1)(a) met through
  -- immunity, art. 26(2) met as considered).
  law_enforcement = {
    mitigation_for_cooperation = {
      adopted = false,
      considered = true,
      source = "Law Commission of Arcadia, Report No. 97 (2005) (fictional)",
      note = "Rejected in favour of immunity agreements, judged more predictable for cooperating persons.",
    },
    immunity_for_cooperation = { adopted = true, source = "Prosecution Service Act 2004, s. 22 (fictional)" },
    informant_incentives = { adopted = true, source = "Collaborators of Justice Act 2007, ss. 3-9 (fictional)" },
    asset_help_incentives = { adopted = true, source = "Prosecution Service Act 2004, s. 22(3) (fictional)", note = "Immunity agreements may reward help in tracing and recovering the group's assets." },
    cooperator_protection = { adopted = true, source = "Collaborators of Justice Act 2007, s. 10 (fictional)" },
    cooperator_agreements = { adopted = false, note = "No such agreement concluded (optional)." },
    communication_channels = { adopted = true, source = "Police Act 2001, s. 40 (INTERPOL national central bureau) (fictional)" },
    joint_inquiries = { adopted = true, source = "Police Act 2001, s. 41 (fictional)" },
    samples_provision = { adopted = true, source = "National Forensic Service Regulations 2010, reg. 12 (fictional)" },
    coordination_personnel = { adopted = true, liaison_officers = true, source = "Police Act 2001, s. 42 (fictional)" },
    methods_information_exchange = { adopted = true, source = "Police Act 2001, s. 43 (fictional)" },
    early_identification = { adopted = true, source = "Customs and Police Coordination Decree 2012 (fictional)" },
    cooperation_agreements = { adopted = true, source = "Regional Convention on Police Cooperation (2007) (fictional)" },
    convention_as_basis = { adopted = true, source = "Police Act 2001, s. 44(2) (fictional)", note = "Where no agreement applies, the Convention is the basis for police cooperation with other States Parties." },
    international_organisations = { adopted = true, source = "Member of INTERPOL and of the regional police organisation (fictional)" },
    technology_crime_cooperation = { adopted = true, source = "Cybercrime Unit Decree 2015, art. 3 (24/7 contact point) (fictional)" },
    trend_analysis = { adopted = true, source = "National Crime Observatory Decree 2011, art. 2 (fictional)", note = "The Observatory's board includes university criminologists." },
    analytical_expertise = {
      adopted = false,
      considered = true,
      source = "Ministry of the Interior, Organized Crime Strategy 2022-2026, ch. 6 (fictional)",
      note = "Sharing of analytical products with other States considered; postponed for lack of a common methodology.",
    },
    policy_monitoring = { adopted = true, source = "Ministry of the Interior, Organized Crime Strategy 2022-2026, ch. 7 (fictional)" },
    -- Cybercrime Convention art. 47 (cyber5)
    cyber_methods_information_exchange = { adopted = true, source = "National Cyber Security Centre Act 2021, s. 8 (fictional)" },
    cyber_early_identification = { adopted = true, source = "National Cyber Security Centre Act 2021, s. 9 (fictional)" },
    cybercrime_convention_as_basis = { adopted = true, source = "Police Act 1998, s. 31(2) as amended 2025 (fictional)" },
  },

  -- UNTOC arts 7, 9 and 11 (sections aml, anti_corruption, prosecution).
  -- Fictional, largely compliant, with choices that differ from France's:
  -- a disclosure system for cross-border cash (not a declaration), mandatory
  -- prosecution with discretionary exceptions (not the opportunity
  -- principle), no limitation period for serious offences (art. 11(5) met by
  -- option "no-limitation").
  aml = {
    financial_institutions = { adopted = true, source = "Proceeds of Crime (Money Laundering) Act 2003, s. 3 and Schedule 1 (fictional)" },
    other_bodies = {
      adopted = true,
      source = "Proceeds of Crime (Money Laundering) Act 2003, Schedule 2 (fictional)",
      note = "Casinos, real-estate agents, dealers in precious metals and stones, lawyers, notaries, accountants and trust and company service providers.",
    },
    customer_identification = { adopted = true, source = "Proceeds of Crime (Money Laundering) Act 2003, ss. 10-13 (fictional)" },
    record_keeping = { adopted = true, source = "Proceeds of Crime (Money Laundering) Act 2003, s. 15 (fictional)", note = "Records kept for seven years." },
    suspicious_transaction_reporting = { adopted = true, source = "Proceeds of Crime (Money Laundering) Act 2003, s. 20 (fictional)" },
    supervision = { adopted = true, source = "Proceeds of Crime (Money Laundering) Act 2003, Part 5 (fictional)", note = "The Financial Services Authority and the Gaming Board supervise compliance and impose administrative penalties." },
    domestic_cooperation = { adopted = true, source = "Proceeds of Crime (Money Laundering) Act 2003, s. 41 (fictional)" },
    international_exchange = { adopted = true, source = "Proceeds of Crime (Money Laundering) Act 2003, s. 42 (fictional)", note = "The FIU and the supervisors may exchange information with foreign counterparts, spontaneously or on request." },
    fiu = { adopted = true, name = "Arcadian Financial Intelligence Centre", source = "Proceeds of Crime (Money Laundering) Act 2003, s. 30 (fictional)" },
    cross_border_cash = {
      adopted = true,
      system = "disclosure",
      source = "Customs and Excise Act 1995, s. 77A (fictional)",
      note = "Travellers must truthfully disclose cash and bearer negotiable instruments when asked by customs officers; false disclosure is an offence and the cash may be seized.",
    },
    international_standards = {
      adopted = true,
      initiatives = { "FATF Recommendations", "Council of Europe Convention on Laundering (Warsaw, 2005)" },
      source = "Proceeds of Crime (Money Laundering) Act 2003, s. 2 (fictional)",
    },
    international_cooperation = { adopted = true, source = "Membership of a FATF-style regional body and of the Egmont Group (fictional)" },
  },

  anti_corruption = {
    integrity = { adopted = true, source = "Public Service Integrity Act 2006, Parts 2-3 (fictional)", note = "Code of conduct, conflict-of-interest rules, annual declarations of assets." },
    prevention = { adopted = true, source = "Anti-Corruption Commission Act 2008, s. 5 (fictional)" },
    detection = { adopted = true, source = "Protected Disclosures Act 2012 (fictional); Auditor-General Act 1999, s. 14 (fictional)" },
    punishment = { adopted = true, source = "Public Service Act 1998, s. 61 (fictional)", note = "Dismissal and disqualification from public office for corrupt conduct." },
    authorities = { adopted = true, source = "Anti-Corruption Commission Act 2008, ss. 5-20 (fictional)", note = "An anti-corruption commission with investigative powers and a specialised prosecution unit." },
    independence = { adopted = true, source = "Anti-Corruption Commission Act 2008, s. 7 (fictional)", note = "Commissioners appointed for a single seven-year term, removable only by Parliament; no instructions in individual cases." },
  },

  prosecution = {
    -- Cybercrime Convention art. 21(2), (4), (7) (cyber3).
    aggravating_circumstances = { adopted = true, source = "Computer Misuse Act 2019, s. 12 (critical infrastructure) (fictional)" },
    defence_rights = { adopted = true, source = "Constitution of Arcadia, art. 21 (fictional)" },
    child_defendants = { adopted = true, source = "Youth Justice Act 2005 (fictional)" },
    discretion = {
      adopted = true,
      system = "legality_with_exceptions",
      source = "Code of Criminal Procedure of Arcadia, ss. 152-154 (fictional)",
      note = "Prosecution is mandatory; minor cases may be discontinued with the court's consent, under published guidelines that exclude offences committed for a criminal organization.",
    },
    release_pending_trial = { adopted = true, source = "Bail Act 2001, s. 8 (fictional)" },
    release_pending_appeal = { adopted = true, source = "Bail Act 2001, s. 19 (fictional)" },
    early_release = {
      adopted = true,
      available = true,
      source = "Sentencing Act 1998, s. 70(2)(a) (fictional)",
      note = "The parole board must take into account the nature and gravity of the offence.",
    },
    limitation = {
      adopted = true,
      no_limitation = true,
      source = "Criminal Procedure Act 1990, s. 4 (fictional)",
      note = "No limitation period applies to offences punishable by 4 years' imprisonment or more, which include every offence of arts 5, 6, 8 and 23.",
    },
  },

  -- UNTOC arts 24 and 25 (rules/untoc/art24.lua, art25.lua): protection of
  -- witnesses and victims.  Arcadia's choices: no anonymous testimony (the
  -- accused's right to confront witnesses), protection by relocation and a
  -- programme instead; compensation through a State fund rather than from
  -- the offender; victims heard at sentencing only, under its adversarial
  -- procedure (principle recorded for untoc:25.3).
  protection = {
    -- Cybercrime Convention arts 33(1), 34(4)-(6) (cyber3).
    informants = { adopted = true, source = "Witness Protection Act 2005, s. 3 (fictional)", note = "Extends protection to persons who report offences in good faith or assist investigators." },
    victim_recovery = { adopted = true, source = "Victims of Crime Act 2008, s. 9 (fictional)", note = "Specialised support, funded in partnership with accredited NGOs." },
    victim_needs = { adopted = true, source = "Victims of Crime Act 2008, s. 3 (fictional)" },
    content_removal = { adopted = true, source = "Online Safety Act 2020, ss. 20-24 (fictional)" },
    witnesses = { adopted = true, source = "Witness Protection Act 2005, s. 3 (fictional)",
                  note = "Applies to witnesses in proceedings on any offence punishable by at least 2 years." },
    witness_relatives = { adopted = true, source = "Witness Protection Act 2005, s. 3(4) (fictional)" },
    physical_protection = { adopted = true, source = "Witness Protection Act 2005, ss. 5-7 (fictional)" },
    relocation = { adopted = true, source = "Witness Protection Act 2005, s. 9 (fictional)" },
    identity_non_disclosure = { adopted = false, source = "Criminal Procedure Act 1999, s. 144 (fictional)",
                                note = "Witnesses must be identified to the defence; anonymous testimony is not admitted." },
    remote_testimony = { adopted = true, source = "Criminal Procedure Act 1999, s. 146A (fictional)" },
    relocation_agreements = { adopted = true, source = "Regional Agreement on the Relocation of Witnesses (2010) (fictional)" },
    victim_witnesses = { adopted = true, source = "Witness Protection Act 2005, s. 2 (fictional)" },
    victim_assistance = { adopted = true, source = "Victims of Crime Act 2008, ss. 4-6 (fictional)" },
    victim_protection = { adopted = true, source = "Victims of Crime Act 2008, s. 10 (fictional)" },
    victim_compensation_offender = { adopted = false, note = "Victims must bring a separate civil action; criminal courts make no compensation orders." },
    victim_compensation_state = { adopted = true, source = "Criminal Injuries Compensation Act 2003 (fictional)" },
    victim_restitution = { adopted = true, source = "Criminal Procedure Act 1999, s. 301 (fictional)" },
    victim_views = { adopted = "partly", source = "Sentencing Act 1998, s. 21 (victim impact statement) (fictional)",
                     missing = { "Victims cannot present their views before the sentencing stage." } },
  },

  -- UNTOC arts 29 and 30 (rules/untoc/art29.lua, art30.lua): training and
  -- technical assistance.
  capacity = {
    training_programmes = { adopted = true, source = "Police and Prosecution Training Act 2006, s. 2 (fictional)" },
    training_topics = {
      prevention_methods = { adopted = true, source = "National Police College curriculum, module A (fictional)" },
      routes_techniques = { adopted = true, source = "National Police College curriculum, module B (fictional)" },
      contraband = { adopted = true, source = "Customs Academy curriculum, module 3 (fictional)" },
      proceeds_movements = { adopted = true, source = "Financial Investigation Course (fictional)" },
      evidence = { adopted = true, source = "National Police College curriculum, module C (fictional)" },
      free_zones = { adopted = true, source = "Customs Academy curriculum, module 5 (fictional)" },
      modern_techniques = { adopted = true, source = "Special Investigative Techniques Course (fictional)" },
      technology_crime = { adopted = true, source = "Cybercrime Investigation Course (fictional)" },
      victims_witnesses = { adopted = true, source = "Witness Protection Act 2005, s. 30 (training) (fictional)" },
    },
    staff_exchanges = { adopted = true, source = "Police and Prosecution Training Act 2006, s. 8 (fictional)" },
    mutual_training_assistance = { adopted = true, source = "Ministry of Justice, International Training Programme 2020-2025 (fictional)" },
    conferences_seminars = { adopted = true, source = "Host of the annual Regional Conference on Organized Crime (fictional)" },
    cooperation_training = { adopted = true, source = "Attorney-General's Department, International Cooperation Unit, training plan (fictional)" },
    language_training = { adopted = false },
    central_authority_exchanges = { adopted = true, source = "Liaison prosecutor exchange with Ruritania (fictional)" },
    operational_training_activities = { adopted = true, source = "Ministry of the Interior, Organized Crime Strategy 2022-2026, ch. 8 (fictional)" },
    international_cooperation_measures = { adopted = true, source = "Development Cooperation Act 2001, s. 4 (fictional)" },
    developing_countries_cooperation = { adopted = true, source = "Development Cooperation Act 2001, s. 6 (fictional)" },
    financial_material_assistance = { adopted = false, considered = true,
                                      note = "A dedicated budget line was proposed in 2024 and deferred; assistance is given through technical assistance instead." },
    technical_assistance = { adopted = true, source = "Development Cooperation Act 2001, s. 7 (fictional)" },
    un_account_contributions = { adopted = true, source = "Annual budget, item 12.4 (fictional)" },
    confiscated_proceeds_contributions = { adopted = false },
    encouraging_others = { adopted = true, source = "Statements at the Conference of the Parties (fictional)" },
    material_logistical_agreements = { adopted = false },
  },

  -- UNTOC art. 31 (rules/untoc/art31.lua): prevention.  The prevention
  -- authority was notified under art. 31(6) (see notifications).
  prevention = {
    national_projects = { adopted = true, source = "National Crime Prevention Strategy 2021-2025, s. 3 (fictional)" },
    best_practices = { adopted = true, source = "National Crime Prevention Strategy 2021-2025 (fictional)" },
    private_sector_cooperation = { adopted = true, source = "Proceeds of Crime Act 2003, s. 60 (public-private partnership) (fictional)" },
    integrity_standards = { adopted = true, source = "Public Integrity Act 2010 (fictional)" },
    professional_codes = { adopted = true, source = "Legal Profession Act 2002, s. 40; Notaries Act 1995, s. 12; Accountants Act 2000, s. 18 (fictional)" },
    procurement_misuse = { adopted = true, source = "Public Procurement Act 2012, s. 57 (fictional)" },
    subsidies_licences_misuse = { adopted = true, source = "Licensing Act 2009, s. 14 (fictional)" },
    legal_persons_records = { adopted = true, source = "Companies Act 2001, s. 80 (register of beneficial owners) (fictional)" },
    director_disqualification = { adopted = true, source = "Companies Act 2001, s. 120 (fictional)" },
    disqualification_records = { adopted = false, note = "Disqualifications are entered in the criminal record only." },
    records_exchange = { adopted = true, source = "Companies Act 2001, s. 85 (fictional)" },
    legal_persons_other = { adopted = true, source = "Company Service Providers Act 2015 (fictional)" },
    reintegration = { adopted = true, source = "Corrections Act 2004, s. 2 (fictional)" },
    vulnerability_assessment = { adopted = true, source = "National Risk Assessment 2023 (fictional)" },
    public_awareness = { adopted = true, source = "Ministry of the Interior awareness programme (fictional)" },
    media = { adopted = true, source = "Public Broadcasting Act, s. 9 (fictional)" },
    public_participation = { adopted = true, source = "Crime Stoppers Act 2011 (fictional)" },
    international_collaboration = { adopted = true, source = "Regional Crime Prevention Network (fictional)" },
    international_projects = { adopted = true, source = "Participation in UNODC prevention projects (fictional)" },
  },

  -- UNTOC art. 18: mutual legal assistance (rules/untoc/art18.lua).  Arcadia
  -- is dualist: the Mutual Legal Assistance Act 2004 gives effect to the
  -- Convention and allows assistance to any State Party without a treaty
  -- (France, by contrast, applies the Convention directly).  Dual
  -- criminality is required only for coercive measures.  The central
  -- authority and the accepted languages were notified on ratification (see
  -- notifications).  Optional measure not taken, on purpose: government
  -- records not available to the public are not provided without a treaty
  -- (art. 18(29)(b), never a gap).
  mutual_legal_assistance = {
    -- Cybercrime Convention arts 35 and 40 (cyber4).
    electronic_evidence = { adopted = true, offences = "any_offence", source = "Mutual Legal Assistance Act 2004, ss. 14-16 (stored data, production orders on request)" },
    electronic_requests = { adopted = true, source = "Mutual Legal Assistance Act 2004, s. 9(4)", note = "Requests and evidence may be transmitted through the secure e-MLA platform of the central authority." },
    legal_basis = {
      adopted = true,
      source = "Mutual Legal Assistance Act 2004, ss. 3-5",
      from = "2004-04-01",
      note = "Assistance to any foreign State in investigations, prosecutions and proceedings for any offence; a request stating reasonable grounds to suspect a transnational offence involving an organized criminal group is sufficient (s. 5(2)).",
    },
    legal_persons = {
      adopted = true,
      source = "Mutual Legal Assistance Act 2004, s. 4(3)",
      note = "Assistance is available in criminal, civil or administrative proceedings against legal persons in the requesting State, although Arcadia itself holds legal persons only administratively and civilly liable.",
    },
    purposes = {
      taking_evidence = { adopted = true, source = "Mutual Legal Assistance Act 2004, s. 10" },
      service_of_documents = { adopted = true, source = "Mutual Legal Assistance Act 2004, s. 11" },
      search_seizure_freezing = { adopted = true, source = "Mutual Legal Assistance Act 2004, ss. 12-13; Proceeds of Crime Act 2003, Part 3" },
      examining_objects_sites = { adopted = true, source = "Mutual Legal Assistance Act 2004, s. 14" },
      information_expertise = { adopted = true, source = "Mutual Legal Assistance Act 2004, s. 15" },
      documents_records = { adopted = true, source = "Mutual Legal Assistance Act 2004, s. 16; Proceeds of Crime Act 2003, s. 40" },
      tracing_proceeds = { adopted = true, source = "Mutual Legal Assistance Act 2004, s. 17; Proceeds of Crime Act 2003, Part 4" },
      voluntary_appearance = { adopted = true, source = "Mutual Legal Assistance Act 2004, s. 18" },
      other_assistance = {
        adopted = true,
        source = "Mutual Legal Assistance Act 2004, s. 19",
        note = "Any other assistance that an Arcadian court or authority could give in domestic proceedings.",
      },
    },
    spontaneous_transmission = { adopted = true, source = "Mutual Legal Assistance Act 2004, s. 25" },
    received_information_conditions = {
      adopted = true,
      source = "Mutual Legal Assistance Act 2004, ss. 26-27",
      note = "Information and evidence received from abroad may be used only as the providing State allows; exculpatory material is disclosed after notice to that State.",
    },
    without_treaty = {
      adopted = true,
      basis = "national_law",
      source = "Mutual Legal Assistance Act 2004, s. 2 and Schedule 1",
      note = "The Act applies to every State Party to the Convention, listed in Schedule 1, whether or not a treaty binds Arcadia to it; where a treaty applies, its provisions prevail (s. 2(3)).",
    },
    bank_secrecy_no_ground = {
      adopted = true,
      source = "Mutual Legal Assistance Act 2004, s. 8(3); Banking Act 1990, s. 55(2)(c)",
    },
    dual_criminality = {
      adopted = true,
      requirement = "coercive_only",
      source = "Mutual Legal Assistance Act 2004, s. 7",
      note = "Dual criminality is required only for search, seizure, freezing and production orders; all other assistance is given without it.",
    },
    detained_persons = {
      outgoing = { adopted = true, source = "Mutual Legal Assistance Act 2004, s. 20", note = "With the prisoner's written consent." },
      incoming = { adopted = true, source = "Mutual Legal Assistance Act 2004, s. 21" },
      custody = { adopted = true, source = "Mutual Legal Assistance Act 2004, s. 21(2)" },
      return_without_extradition = { adopted = true, source = "Mutual Legal Assistance Act 2004, s. 21(4)" },
      time_credit = { adopted = true, source = "Sentencing Act 1998, s. 61" },
      safe_conduct = { adopted = true, source = "Mutual Legal Assistance Act 2004, s. 22" },
    },
    central_authority = {
      adopted = true,
      authority = "Attorney-General's Department, International Cooperation Unit",
      source = "Mutual Legal Assistance Act 2004, s. 6",
    },
    oral_requests = {
      adopted = true,
      source = "Mutual Legal Assistance Act 2004, s. 9(2)",
      note = "Urgent requests by telephone or e-mail, to be confirmed in writing within 10 days.",
    },
    requested_procedures = { adopted = true, source = "Mutual Legal Assistance Act 2004, s. 23" },
    videoconference = { adopted = true, source = "Evidence Act 1995, s. 88A; Mutual Legal Assistance Act 2004, s. 24" },
    refusal_grounds = {
      adopted = true,
      grounds = { "non_conformity", "essential_interests", "domestic_prohibition", "legal_system" },
      other_grounds = { "the person concerned has been finally acquitted or convicted in Arcadia for the same conduct" },
      source = "Mutual Legal Assistance Act 2004, s. 8",
    },
    fiscal_no_ground = { adopted = true, source = "Mutual Legal Assistance Act 2004, s. 8(4)" },
    refusal_reasons = { adopted = true, source = "Mutual Legal Assistance Act 2004, s. 8(6)" },
    timely_execution = {
      adopted = true,
      source = "Attorney-General's Department, Mutual Legal Assistance Guidelines (2012), ch. 4",
      note = "Requests are registered in a case-management system; deadlines stated in the request are tracked and requesting States receive a progress report on request.",
    },
    postponement = { adopted = true, source = "Mutual Legal Assistance Act 2004, s. 8(7)" },
    consultation_before_refusal = { adopted = true, source = "Mutual Legal Assistance Act 2004, s. 8(8)" },
    safe_conduct = { adopted = true, source = "Mutual Legal Assistance Act 2004, s. 28" },
    public_records = { adopted = true, source = "Freedom of Information Act 1999, s. 11" },
    non_public_records = {
      adopted = false,
      source = "Mutual Legal Assistance Act 2004, s. 16(4)",
      note = "Government records not available to the public are provided only where a treaty so requires.",
    },
    agreements = {
      adopted = true,
      instruments = { "Treaty on Mutual Legal Assistance in Criminal Matters between Arcadia and Ruritania (2006)", "Treaty on Mutual Legal Assistance in Criminal Matters between Arcadia and Utopia (2011)" },
      source = "Arcadian Treaty Series 2006/3 and 2011/9",
    },
  },

  -- UNTOC arts 13 and 14 (rules/schema/cooperation-confiscation.lua).
  -- Arcadia's choices differ from France's: it obtains its OWN confiscation
  -- order on a foreign request (art. 13(1)(a)) instead of enforcing the
  -- foreign order, and it cooperates only with "treaty partners", the
  -- Convention being designated as such a treaty (art. 13(6) applies and is
  -- met).
  confiscation_cooperation = {
    domestic_order_on_request = {
      adopted = true,
      source = "Mutual Assistance in Criminal Matters Act 2004, s. 41",
      from = "2004-07-01",
      note = "On a foreign request, the Attorney-General may apply to the High Court for a confiscation or pecuniary penalty order under the Proceeds of Crime Act 2003 against property in Arcadia; the order is enforced as a domestic order.",
    },
    foreign_order_enforcement = {
      adopted = false,
      source = "Mutual Assistance in Criminal Matters Act 2004, s. 41(4)",
      note = "Foreign confiscation orders are not registered or enforced as such: they serve as evidence in the application for an Arcadian order.",
    },
    identification_tracing_on_request = {
      adopted = true,
      source = "Mutual Assistance in Criminal Matters Act 2004, s. 38 (production and monitoring orders on a foreign request)",
      from = "2004-07-01",
    },
    freezing_seizure_on_request = {
      adopted = true,
      source = "Mutual Assistance in Criminal Matters Act 2004, s. 39 (restraining orders on a foreign request)",
      from = "2004-07-01",
      note = "A restraining order may serve a confiscation to be ordered abroad or an application under s. 41.",
    },
    treaty_basis = {
      adopted = true,
      treaty_required = true,
      source = "Mutual Assistance in Criminal Matters Act 2004, s. 5 and Schedule 1",
      note = "Assistance is given only to a 'treaty partner'; Schedule 1 lists the Convention, so every State Party to it is a treaty partner.",
    },
    refusal_non_convention_offence = {
      adopted = true,
      source = "Mutual Assistance in Criminal Matters Act 2004, s. 12(1)(g)",
      note = "A request from a State that is a treaty partner only through the Convention may be refused if the offence is not covered by the Convention.",
    },
    agreements = {
      adopted = true,
      source = "Asset-sharing agreements with Ruritania (2009) and Syldavia (2014) (fictional)",
    },
    disposal = {
      adopted = true,
      source = "Proceeds of Crime Act 2003, s. 80 (Confiscated Assets Fund); Mutual Assistance in Criminal Matters Act 2004, s. 44",
      note = "Property confiscated in domestic proceedings or on a foreign request is realised by the Official Trustee and paid into the Confiscated Assets Fund, subject to ss. 45-46.",
    },
    return_to_requesting_state = {
      adopted = true,
      source = "Mutual Assistance in Criminal Matters Act 2004, s. 45",
      note = "When the requesting State asks for it, the Minister must give priority consideration to returning the property or its value so that victims can be compensated or owners recover their property.",
    },
    contribution_agreements = {
      adopted = false,
      note = "Arcadia has no agreement or rule on contributions to the UNTOC account or to intergovernmental bodies.",
    },
    sharing_agreements = {
      adopted = true,
      source = "Mutual Assistance in Criminal Matters Act 2004, s. 46",
      note = "The Minister may share confiscated property with the requesting State case by case under an asset-sharing arrangement.",
    },
    -- Cybercrime Convention arts 49-52 (cyber5)
    foreign_origin_confiscation = { adopted = true, source = "Proceeds of Crime Act 2003, s. 12 (fictional)", note = "Confiscation on conviction of laundering extends to property of foreign origin." },
    non_conviction_based = { adopted = false, considered = true, source = "Law Commission, Report on Civil Recovery, 2023 (fictional)", note = "Considered and rejected: confiscation requires a conviction under the Constitution." },
    foreign_freezing_order = { adopted = true, source = "Mutual Assistance in Criminal Matters Act 2004, s. 40(2) (fictional)" },
    preservation_for_confiscation = { adopted = true, source = "Mutual Assistance in Criminal Matters Act 2004, s. 40(3) (fictional)", note = "Restraint on the basis of a foreign charge." },
    refusal_insufficient_evidence_minimal_value = { adopted = true, source = "Mutual Assistance in Criminal Matters Act 2004, s. 9(3) (fictional)" },
    hearing_before_lifting = { adopted = true, source = "Mutual Assistance in Criminal Matters Act 2004, s. 40(5) (fictional)" },
    spontaneous_proceeds_information = { adopted = true, source = "Financial Intelligence Act 2005, s. 22 (fictional)" },
    cybercrime_account_contributions = { adopted = false, note = "No agreement on contributions to the Convention's account (optional)." },
    expenses_deduction = { adopted = true, source = "Mutual Assistance in Criminal Matters Act 2004, s. 46(2) (fictional)" },
  },

  -- UNTOC arts 17 and 21.  Arcadia considered and rejected a general regime
  -- of transfer of proceedings (unlike France, which takes over proceedings
  -- on official denunciations).
  transfers = {
    -- Cybercrime Convention art. 39(2) (cyber4): Arcadia needs no treaty to
    -- take over proceedings, and no statute uses a convention as the basis.
    proceedings_convention_basis = { adopted = false, source = "Law Commission of Arcadia, Report No. 120 (2011), ch. 4" },
    sentenced_persons = {
      adopted = true,
      source = "Transfer of Sentenced Persons Act 1999, s. 3; multilateral convention on the transfer of sentenced persons (1983), ratified 1999 (fictional)",
    },
    criminal_proceedings = {
      adopted = false,
      considered = true,
      source = "Law Commission of Arcadia, Report No. 120 (2011), ch. 4",
      note = "Considered and not adopted: prosecutors may discontinue in favour of a foreign prosecution, but no statute allows proceedings to be transferred or taken over.",
    },
  },

  -- ==================================================================
  -- Good practice of the UNTOC Working Group on International Cooperation
  -- (rules/untoc-wg).  Fictional: Arcadia follows nearly all of it; its
  -- statistics are kept but not published, and do not record the legal
  -- basis of requests (partly followed).
  -- ==================================================================
  cooperation_practice = {
    direct_contacts = { adopted = true, source = "Mutual Legal Assistance Act 2004, s. 7(3) (direct contacts coordinated by the central authority) (fictional)" },
    email_requests = { adopted = true, source = "Central Authority Practice Direction No. 2 (2012), para. 4 (fictional)" },
    regional_networks = { adopted = true, networks = { "Regional Network of Prosecutors (fictional)" }, source = "Memorandum on the Regional Network of Prosecutors (2008) (fictional)" },
    law_enforcement_coordination = { adopted = true, source = "National Coordination Committee on International Cooperation Order 2010 (fictional)" },
    central_authority_coordination = { adopted = true, source = "Mutual Legal Assistance Act 2004, s. 8 (fictional)" },
    request_tracking = { adopted = true, source = "Central Authority Case Management System, Annual Report 2024 (fictional)" },
    statistics = { adopted = "partly", missing = { "publication of the statistics" },
                   source = "Central Authority Annual Report 2024, internal annex (fictional)" },
    legal_basis_statistics = { adopted = false, note = "The statistics do not record the legal basis of requests (fictional)." },
    published_guidelines = { adopted = true, source = "Guidelines for Requests to Arcadia (Ministry of Justice, 2015) (fictional)" },
    electronic_evidence_in_tools = { adopted = true, source = "Model MLA request form, Part E (electronic evidence) (fictional)" },
    expedited_mla = { adopted = true, source = "Mutual Legal Assistance Act 2004, s. 19A (expedited preservation on request) (fictional)" },
    cultural_property = { adopted = true, source = "Cultural Property Protection Act 2016 (fictional)" },
  },

  -- ==== UN Convention against Cybercrime, ch. IV: procedural powers (arts 23-30) ====
  -- (fictional) Arcadia has the full set of powers of the Computer Evidence
  -- Act 2015 under one regime of safeguards; preservation orders last 30
  -- days and can be renewed (art. 25(2) met through renewal); judicial review
  -- is held not appropriate to preservation, which discloses nothing; a
  -- constitutional principle keeps the police from operating interception
  -- equipment on networks, and operators collect in real time instead
  -- (the alternative of arts 29(2) and 30(2)).
  procedural_powers = {
    scope_convention_offences = { adopted = true, source = "Computer Evidence Act 2015, s. 3(a) (fictional)" },
    scope_ict_offences = { adopted = true, source = "Computer Evidence Act 2015, s. 3(b) (fictional)" },
    scope_electronic_evidence = { adopted = true, source = "Computer Evidence Act 2015, s. 3(c) (fictional)" },
    human_rights_conditions = { adopted = true, source = "Constitution of Arcadia, arts 14-16; Computer Evidence Act 2015, s. 4 (fictional)" },
    proportionality = { adopted = true, source = "Computer Evidence Act 2015, s. 5 (fictional)", note = "Every order must be necessary and proportionate to the offence under investigation." },
    general_safeguards = {
      review = "judicial", remedy = true, grounds = true, scope_limits = true, duration_limits = true,
      source = "Computer Evidence Act 2015, ss. 6-9 (fictional)",
      note = "Orders are made by a judge on a sworn application stating the offence and the grounds; each order names the data and its period; any person affected may apply to set it aside.",
    },
    third_party_impact = { adopted = true, source = "Computer Evidence Act 2015, s. 10 (fictional)", note = "Service providers are compensated for costs and may object to orders that are unduly burdensome." },
    safeguards_in_cooperation = { adopted = true, source = "Mutual Assistance in Criminal Matters Act 2004, s. 31 (fictional)" },
    preservation = {
      adopted = true, source = "Computer Evidence Act 2015, s. 11 (fictional)",
      data = { "traffic", "content", "subscriber" }, by_order = true, max_days = 30, renewable = true,
      safeguards = {
        review = "none", remedy = true, grounds = true, scope_limits = true, duration_limits = true,
        not_appropriate = { "review" },
        source = "Computer Evidence Act 2015, s. 11(3) (fictional)",
        note = "A senior police officer orders preservation; nothing is disclosed until a judge orders production, so prior judicial review is held not appropriate to preservation itself.",
      },
    },
    preservation_confidentiality = { adopted = true, source = "Computer Evidence Act 2015, s. 12 (fictional)" },
    traffic_preservation_all_providers = { adopted = true, source = "Computer Evidence Act 2015, s. 13(1) (fictional)" },
    traffic_partial_disclosure = { adopted = true, source = "Computer Evidence Act 2015, s. 13(2) (fictional)" },
    production_order = { adopted = true, source = "Computer Evidence Act 2015, s. 14 (fictional)" },
    subscriber_production = { adopted = true, source = "Computer Evidence Act 2015, s. 15 (fictional)" },
    search = { adopted = true, source = "Computer Evidence Act 2015, s. 16 (fictional)", targets = { "system", "storage_medium" } },
    search_extension = { adopted = true, source = "Computer Evidence Act 2015, s. 17 (fictional)" },
    seizure = { adopted = true, source = "Computer Evidence Act 2015, s. 18 (fictional)", prerogatives = { "seize_system", "copy", "integrity", "render_inaccessible" } },
    compelled_assistance = { adopted = true, source = "Computer Evidence Act 2015, s. 19 (fictional)" },
    realtime_traffic = {
      adopted = true, source = "Computer Evidence Act 2015, s. 20 (fictional)",
      by_authorities = false, alternative_collection = true, provider_collects = true, provider_assists = true,
      offences = { scope = "threshold", threshold_prison_years = 2 },
    },
    realtime_traffic_confidentiality = { adopted = true, source = "Computer Evidence Act 2015, s. 22 (fictional)" },
    interception = {
      adopted = true, source = "Computer Evidence Act 2015, s. 21 (fictional)",
      by_authorities = false, alternative_collection = true, provider_collects = true, provider_assists = true,
      offences = { scope = "threshold", threshold_prison_years = 5 },
    },
    interception_confidentiality = { adopted = true, source = "Computer Evidence Act 2015, s. 22 (fictional)" },
  },

  -- ==== UN Convention against Cybercrime, ch. I and II (arts 4, 6, 14-16) ==
  offences_by_ict = {
    other_un_conventions = { adopted = true, source = "Criminal Code of Arcadia, s. 2A",
      note = "Every offence of the Code may be committed 'by any means, including a computer system'." },
  },
  human_rights = {
    implementation_consistent = { adopted = true, source = "Constitution of Arcadia, arts 9 and 31 (treaties part of the law; judicial review)" },
  },
  child_sexual_abuse_material = {
    definition_visual = { adopted = true, source = "Criminal Code of Arcadia, s. 239" },
    definition_written_audio = { adopted = true, source = "Criminal Code of Arcadia, s. 239(2)" },
    limited_existing_persons = { adopted = false, source = "Criminal Code of Arcadia, s. 239" },
    limited_visual = { adopted = false, source = "Criminal Code of Arcadia, s. 239" },
    excludes_self_generated = { adopted = true, source = "Criminal Code of Arcadia, s. 243" },
    excludes_consensual_private = { adopted = false, source = "Criminal Code of Arcadia, s. 243" },
  },
  child_grooming = {
    believed_child = { adopted = false, source = "Criminal Code of Arcadia, s. 241" },
    acts_by_children_excluded = { adopted = false, source = "Criminal Code of Arcadia, s. 241" },
  },
  intimate_images = {
    definition = { adopted = true, source = "Criminal Code of Arcadia, s. 242(3)" },
    minors_of_legal_age = { adopted = false, source = "Criminal Code of Arcadia, s. 242(3)" },
    minor_consent_ineffective = { adopted = true, source = "Criminal Code of Arcadia, s. 240(4)" },
  },

  -- ==== UN Convention against Cybercrime, ch. V-VII (arts 42-46, 53-56; cyber5) ==
  evidence_cooperation = {
    preservation_on_request = { adopted = true, source = "Electronic Evidence (International Cooperation) Act 2025, s. 4 (fictional)" },
    preservation_without_dual_criminality = { adopted = "partly", source = "Electronic Evidence (International Cooperation) Act 2025, s. 5 (fictional)",
      search_assistance_requires_dual_criminality = true, refused_for_convention_offences = false,
      note = "Preservation is refused for offences outside the Convention where dual criminality could not be met at disclosure, under Arcadia's reservation to art. 42(5)." },
    preservation_refusal_grounds = { adopted = true, source = "Electronic Evidence (International Cooperation) Act 2025, s. 6 (fictional)" },
    preservation_insufficiency_notice = { adopted = true, source = "Electronic Evidence (International Cooperation) Act 2025, s. 7 (fictional)" },
    preservation_period = { adopted = true, days = 90, until_decision = true, source = "Electronic Evidence (International Cooperation) Act 2025, s. 8 (fictional)" },
    traffic_disclosure_on_request = { adopted = true, source = "Electronic Evidence (International Cooperation) Act 2025, s. 9 (fictional)" },
    traffic_disclosure_refusal_grounds = { adopted = true, source = "Electronic Evidence (International Cooperation) Act 2025, s. 9(3) (fictional)" },
    stored_data_access_on_request = { adopted = true, source = "Mutual Assistance in Criminal Matters Act 2004, s. 30A (fictional)" },
    stored_data_expedited_response = { adopted = true, source = "Mutual Assistance in Criminal Matters Act 2004, s. 30B (fictional)" },
    realtime_traffic_assistance = { adopted = true, source = "Electronic Evidence (International Cooperation) Act 2025, s. 11 (fictional)" },
    interception_assistance = { adopted = false, considered = true, source = "Ministry of Justice, review of interception powers, 2025 (fictional)",
      note = "Interception on foreign request is under study; the Constitution allows interception only for domestic proceedings." },
  },
  cyber_prevention = {
    policies = { adopted = true, source = "National Cybersecurity Strategy 2024-2028 (fictional)" },
    non_public_participation = { adopted = true, source = "National Cybersecurity Strategy 2024-2028, pillar 3 (fictional)" },
    reporting_authority = { adopted = true, source = "National Cyber Security Centre Act 2021, s. 12 (online reporting, anonymous reports accepted) (fictional)" },
    framework_evaluation = { adopted = true, source = "National Cybersecurity Strategy 2024-2028, s. 9 (biennial review) (fictional)" },
    international_collaboration = { adopted = true, source = "Regional cybercrime prevention programme (fictional)" },
  },
  cyber_capacity = {
    technical_assistance = { adopted = true, source = "Development Cooperation Act 2010, s. 4 (fictional)" },
    training_programmes = { adopted = true, source = "Police Academy curriculum, cybercrime module (fictional)" },
    expertise_cooperation = { adopted = true, source = "National Cyber Security Centre Act 2021, s. 14 (fictional)" },
    research_training_assistance = { adopted = true, source = "Judicial Training Institute programme (fictional)" },
    research_assistance = { adopted = false, considered = true, source = "Ministry of Justice reply, 2025 (fictional)" },
    extradition_mla_training = { adopted = true, source = "Central Authority training programme (fictional)" },
    assistance_effectiveness = { adopted = true, source = "Development Cooperation Act 2010, s. 6 (fictional)" },
    voluntary_financing = { adopted = false, considered = true, source = "Ministry of Finance reply, 2025 (fictional)" },
    unodc_contributions = { adopted = true, source = "Budget Act 2026, line 14.3 (fictional)" },
    international_cooperation_measures = { adopted = true, source = "Development Cooperation Act 2010, s. 4 (fictional)" },
    development_efforts = { adopted = true, source = "Development Cooperation Act 2010 (fictional)" },
    account_contributions = { adopted = false, considered = true, source = "Budget Act 2026 (fictional)", note = "No contribution yet: the United Nations account is not established." },
    regional_programmes = { adopted = true, source = "Regional cybercrime programme (fictional)" },
    harmonisation_resources = { adopted = true, source = "Development Cooperation Act 2010, s. 5 (fictional)" },
    material_logistical_agreements = { adopted = false, note = "No such agreement (optional)." },
  },
  cyber_information = {
    trend_analysis = { adopted = true, source = "National Cyber Security Centre annual threat report (fictional)" },
    statistics_sharing = { adopted = true, source = "Regional cybercrime statistics network (fictional)" },
    policy_monitoring = { adopted = true, source = "National Cybersecurity Strategy 2024-2028, s. 9 (fictional)" },
    developments_exchange = { adopted = true, source = "National Cyber Security Centre Act 2021, s. 14 (fictional)" },
  },

  -- ==== UN Convention against Cybercrime, ch. V (arts 35-41, cyber4) ======
  cooperation_principles = {
    dual_criminality_conduct = { adopted = true, source = "Extradition Act 2002, s. 6(2); Mutual Legal Assistance Act 2004, s. 7(2)",
      note = "Dual criminality is met if the conduct would be an offence in Arcadia, whatever its name or category." },
  },
  personal_data_transfers = {
    lawful_transfer = { adopted = true, source = "Data Protection (Law Enforcement) Act 2019, Part 4" },
    transfer_conditions = { adopted = true, source = "Data Protection (Law Enforcement) Act 2019, s. 41" },
    agreements = { adopted = false, note = "No agreement specific to personal data transfers; transfers rest on the Act." },
    safeguards_received = { adopted = true, source = "Data Protection (Law Enforcement) Act 2019, ss. 30-38 (purpose limitation, retention, security, rights, Information Commissioner)" },
    onward_transfer_authorisation = { adopted = "partly", source = "Data Protection (Law Enforcement) Act 2019, s. 43",
      missing = { "the authorisation of the State that transferred the data before an onward transfer to an international organisation (s. 43 covers third countries only)" } },
  },
  contact_point_24_7 = {
    designated = { adopted = true, contact = "National Cybercrime Unit, Arcadian Police", source = "Police (Cybercrime Unit) Regulations 2015, reg. 3" },
    assistance = { adopted = true, measures = { "technical_advice", "preservation", "evidence_and_legal_information", "locating_suspects" },
      source = "Police (Cybercrime Unit) Regulations 2015, reg. 4",
      note = "No power to provide electronic data to avert an emergency without a court order." },
    expedited_communication = { adopted = true, source = "Police (Cybercrime Unit) Regulations 2015, reg. 5" },
    coordination = { adopted = true, source = "Memorandum between the Police and the Attorney-General's Department (2016)" },
    trained_staff = { adopted = true, source = "National Cybercrime Unit annual report 2025" },
    existing_networks = { adopted = true, source = "INTERPOL 24/7 network membership (fictional)" },
  },
}
