-- Independent review of the Cybercrime Convention pack, articles 1 to 16
-- (chapter I, general provisions, and chapter II, criminalization, arts 7-16).
-- Fictional States' profiles, with the statuses expected from the official
-- French text of the Convention alone, written before the pack's rules were
-- read or run.  Kept as regression tests; the review's tally and its
-- disagreements are in docs/cybercrime.md ("Independent review").
--
-- The Convention is not in force (art. 65(1): « le quatre-vingt-dixième jour
-- suivant la date de dépôt du quarantième instrument »): every case is a
-- prospective assessment (prospective = true) except those that show it.
-- The base profile (tests/base.lua) is a State that signed on 2025-10-25;
-- the assessment date is 2026-06-01 unless a case says otherwise.
--
-- The articles of chapter I that the pack encodes are 4(1) and 6(1); arts 1
-- (purpose), 2 (definitions), 3 (scope), 4(2), 5 and 6(2) put no measure of
-- national law to check.  English renderings in the comments are
-- unofficial translations.
return {

  ---------------------------------------------------------------------------
  -- 1. A complete and correct State.
  -- Art. 7(1): « Chaque État partie adopte les mesures législatives et autres
  -- nécessaires pour conférer le caractère d'infraction pénale ... au fait
  -- d'accéder à tout ou partie d'un système d'information et de
  -- communication sans droit »; 7(2): « Un État partie peut exiger que
  -- l'infraction soit commise en violation de mesures de sécurité » (an
  -- element the text allows: the offence still meets 7(1)).
  -- Art. 9(2): « peut exiger que l'acte ... entraîne un préjudice grave ».
  -- Art. 11(1)(a): « afin que ce dispositif ... servent à commettre l'une des
  -- infractions établies conformément aux articles 7 à 10 » (the purpose is
  -- in the text).  Art. 12(1) « dans l'intention que celles-ci soient prises
  -- en compte ... comme si elles étaient authentiques », 12(2) « peut exiger
  -- une intention frauduleuse ou une intention malhonnête ».  Art. 13 « dans
  -- l'intention frauduleuse ou malhonnête de réaliser sans droit un gain
  -- financier ou autre ».  Art. 15(1) « aux fins de commettre à son encontre
  -- une infraction sexuelle ».
  -- Art. 14(2): « tout contenu visuel, et on peut entendre tout contenu
  -- écrit ou sonore » (written and audio content: an option, used here);
  -- 14(3) « peut exiger que le contenu ... se limite » (not used here);
  -- 14(4) « peuvent prendre des mesures pour exclure l'incrimination ...
  -- a) Les actes commis par des enfants en cas de contenus autoproduits »
  -- (used here).  15(3) « peut envisager d'étendre ... aux cas où l'on croit
  -- que la personne concernée est un enfant » ("peut envisager": optional,
  -- DOMAIN.md §2; used here); 15(4) (used here).  16(3) « peut étendre la
  -- définition » (not used); 16(4) « ne peut consentir » (a prohibition:
  -- mandatory; national law follows it).
  -- Art. 11(3) « Chaque État partie peut se réserver le droit de ne pas
  -- appliquer le paragraphe 1 »: the State made no reservation
  -- (reservations = {}): the option is not used, and the limit of the
  -- reservation has nothing to bite on.
  -- Art. 4(1) « veillent à ce que les infractions pénales établies
  -- conformément à ces conventions ... soient aussi considérées comme des
  -- infractions pénales ... quand elles sont commises au moyen de systèmes
  -- d'information et de communication »; art. 6(1) « s'acquittent de leurs
  -- obligations ... d'une manière compatible avec les obligations que leur
  -- impose le droit international des droits de l'homme ».
  ---------------------------------------------------------------------------
  {
    name = "review-crim: complete and correct implementation of arts 4, 6 and 7-16, no reservation",
    prospective = true,
    profile = {
      offences_by_ict = { other_un_conventions = { adopted = true, source = "Criminal Code art. 2A (technology-neutral offences)" } },
      human_rights = { implementation_consistent = { adopted = true, source = "Constitution arts 10 and 55; Human Rights Act 2001" } },
      offences = {
        tl_cc_301 = { name = "Unauthorised access to an ICT system", source = "Criminal Code art. 301", max_prison_years = 3,
                      conduct = { "ict_illegal_access" }, requires = { "security_measures" } },
        tl_cc_302 = { name = "Interception of non-public transmissions", source = "Criminal Code art. 302", max_prison_years = 5,
                      conduct = { "ict_illegal_interception" } },
        tl_cc_303 = { name = "Interference with data", source = "Criminal Code art. 303", max_prison_years = 5,
                      conduct = { "ict_data_interference" }, requires = { "serious_harm" } },
        tl_cc_304 = { name = "Interference with a system", source = "Criminal Code art. 304", max_prison_years = 5,
                      conduct = { "ict_system_interference" } },
        tl_cc_305 = { name = "Misuse of devices and credentials", source = "Criminal Code art. 305", max_prison_years = 3,
                      conduct = { "ict_device_misuse", "ict_credentials_obtaining", "ict_credentials_making_available", "ict_misuse_possession" },
                      requires = { "specific_purpose" } },
        tl_cc_306 = { name = "Computer forgery", source = "Criminal Code art. 306", max_prison_years = 5,
                      conduct = { "ict_forgery" }, requires = { "specific_purpose", "dishonest_intent" } },
        tl_cc_307 = { name = "Computer fraud", source = "Criminal Code art. 307", max_prison_years = 7,
                      conduct = { "ict_fraud_data", "ict_fraud_system", "ict_fraud_deception" },
                      requires = { "dishonest_intent", "specific_purpose" } },
        tl_cc_310 = { name = "Child sexual abuse material", source = "Criminal Code art. 310", max_prison_years = 10,
                      conduct = { "csam_making_available", "csam_soliciting", "csam_procuring", "csam_accessing", "csam_possession", "csam_financing" } },
        tl_cc_311 = { name = "Online grooming of a child", source = "Criminal Code art. 311", max_prison_years = 5,
                      conduct = { "child_solicitation_ict" }, requires = { "specific_purpose" } },
        tl_cc_312 = { name = "Non-consensual dissemination of intimate images", source = "Criminal Code art. 312", max_prison_years = 3,
                      conduct = { "intimate_image_dissemination" } },
      },
      child_sexual_abuse_material = {
        definition_visual = { adopted = true, source = "Criminal Code art. 310(4)" },
        definition_written_audio = { adopted = true, source = "Criminal Code art. 310(4)(b)" },
        limited_existing_persons = { adopted = false, source = "Criminal Code art. 310(4)" },
        limited_visual = { adopted = false, source = "Criminal Code art. 310(4)" },
        excludes_self_generated = { adopted = true, source = "Criminal Code art. 310(6)" },
        excludes_consensual_private = { adopted = false, source = "Criminal Code art. 310" },
      },
      child_grooming = {
        believed_child = { adopted = true, source = "Criminal Code art. 311(2)" },
        acts_by_children_excluded = { adopted = true, source = "Criminal Code art. 311(3)" },
      },
      intimate_images = {
        definition = { adopted = true, source = "Criminal Code art. 312(2)" },
        minors_of_legal_age = { adopted = false, source = "Criminal Code art. 312(2)" },
        minor_consent_ineffective = { adopted = true, source = "Criminal Code art. 312(4)" },
      },
      reservations = {},
    },
    expect = {
      ["cybercrime:4.1"] = "met",
      ["cybercrime:6.1"] = "met",
      ["cybercrime:7.1"] = "met",
      ["cybercrime:8.1"] = "met",
      ["cybercrime:9.1"] = "met",
      ["cybercrime:10"] = "met",
      ["cybercrime:11.1.a.i"] = "met",
      ["cybercrime:11.1.a.ii"] = "met",
      ["cybercrime:11.1.b"] = "met",
      ["cybercrime:11.3"] = "not_met",
      ["cybercrime:11.3#limit"] = "not_applicable",
      ["cybercrime:12.1"] = "met",
      ["cybercrime:13"] = "met",
      ["cybercrime:14.1.a"] = "met",
      ["cybercrime:14.1.b"] = "met",
      ["cybercrime:14.1.c"] = "met",
      ["cybercrime:14.1.d"] = "met",
      ["cybercrime:14.2"] = "met",
      ["cybercrime:14.2#written-audio"] = "met",
      ["cybercrime:14.3"] = "not_met",
      ["cybercrime:14.4"] = "met",
      ["cybercrime:15.1"] = "met",
      ["cybercrime:15.3"] = "met",
      ["cybercrime:15.4"] = "met",
      ["cybercrime:16.1"] = "met",
      ["cybercrime:16.2"] = "met",
      ["cybercrime:16.3"] = "not_met",
      ["cybercrime:16.4"] = "met",
    },
  },

  ---------------------------------------------------------------------------
  -- 2. The same State, assessed as it is: the Convention is not in force
  -- (art. 65(1)), so nothing binds it yet, signed or ratified.
  ---------------------------------------------------------------------------
  {
    name = "review-crim: not prospective, a signatory: the Convention binds no one yet",
    profile = {
      offences = {
        tl_cc_301 = { name = "Unauthorised access to an ICT system", source = "Criminal Code art. 301", conduct = { "ict_illegal_access" } },
      },
    },
    expect = {
      ["cybercrime:7.1"] = "not_applicable",
      ["cybercrime:4.1"] = "not_applicable",
    },
  },
  {
    name = "review-crim: not prospective, ratified: a deposit does not bind before the Convention is in force",
    profile = {
      parties = { cybercrime = { signed = "2025-10-25", deposited = "2026-02-01", means = "ratification" } },
      offences = {
        tl_cc_301 = { name = "Unauthorised access to an ICT system", source = "Criminal Code art. 301", conduct = { "ict_illegal_access" } },
      },
    },
    expect = {
      ["cybercrime:7.1"] = "not_applicable",
      ["cybercrime:16.4"] = "not_applicable",
    },
  },

  ---------------------------------------------------------------------------
  -- 3. Nothing stated: a signatory whose law is not described.  Every duty
  -- of arts 4, 6 and 7-16 is unknown (never guessed), and so are the
  -- options: nothing says whether the State used them.
  ---------------------------------------------------------------------------
  {
    name = "review-crim: nothing stated: every duty and option unknown",
    prospective = true,
    profile = {},
    expect = {
      ["cybercrime:4.1"] = "unknown",
      ["cybercrime:6.1"] = "unknown",
      ["cybercrime:7.1"] = "unknown",
      ["cybercrime:11.1.a.ii"] = "unknown",
      ["cybercrime:11.3"] = "unknown",
      ["cybercrime:11.3#limit"] = "unknown",
      ["cybercrime:13"] = "unknown",
      ["cybercrime:14.1.d"] = "unknown",
      ["cybercrime:14.2"] = "unknown",
      ["cybercrime:14.3"] = "unknown",
      ["cybercrime:15.3"] = "unknown",
      ["cybercrime:16.4"] = "unknown",
    },
  },

  ---------------------------------------------------------------------------
  -- 4. Absence stated: no offence of arts 7-13 exists, art. 4(1) and 6(1)
  -- not implemented.  Each « adopte les mesures ... nécessaires pour
  -- conférer le caractère d'infraction pénale » is not met.
  ---------------------------------------------------------------------------
  {
    name = "review-crim: no offence against ICT systems or data, stated; arts 4(1) and 6(1) not adopted",
    prospective = true,
    profile = {
      offences_by_ict = { other_un_conventions = { adopted = false, source = "Criminal Code (offences tied to physical means)" } },
      human_rights = { implementation_consistent = { adopted = false, source = "Constitution (treaties not binding in domestic law, no review)" } },
      no_offence_for = {
        { conduct = "ict_illegal_access", source = "Criminal Code (no such offence)" },
        { conduct = "ict_illegal_interception", source = "Criminal Code (no such offence)" },
        { conduct = "ict_data_interference", source = "Criminal Code (no such offence)" },
        { conduct = "ict_system_interference", source = "Criminal Code (no such offence)" },
        { conduct = "ict_device_misuse", source = "Criminal Code (no such offence)" },
        { conduct = "ict_credentials_obtaining", source = "Criminal Code (no such offence)" },
        { conduct = "ict_credentials_making_available", source = "Criminal Code (no such offence)" },
        { conduct = "ict_misuse_possession", source = "Criminal Code (no such offence)" },
        { conduct = "ict_forgery", source = "Criminal Code (no such offence)" },
        { conduct = "ict_fraud_data", source = "Criminal Code (no such offence)" },
        { conduct = "ict_fraud_system", source = "Criminal Code (no such offence)" },
        { conduct = "ict_fraud_deception", source = "Criminal Code (no such offence)" },
      },
    },
    expect = {
      ["cybercrime:4.1"] = "not_met",
      ["cybercrime:6.1"] = "not_met",
      ["cybercrime:7.1"] = "not_met",
      ["cybercrime:8.1"] = "not_met",
      ["cybercrime:9.1"] = "not_met",
      ["cybercrime:10"] = "not_met",
      ["cybercrime:11.1.a.i"] = "not_met",
      ["cybercrime:11.1.a.ii"] = "not_met",
      ["cybercrime:11.1.b"] = "not_met",
      ["cybercrime:12.1"] = "not_met",
      ["cybercrime:13"] = "not_met",
    },
  },

  ---------------------------------------------------------------------------
  -- 5. Elements each article lets a State add: they never lower the finding.
  -- 7(2): « en violation de mesures de sécurité, dans l'intention d'obtenir
  -- des données électroniques ou dans une autre intention malhonnête ou
  -- criminelle, ou en relation avec un système ... connecté à un autre
  -- système ».  8(2): « dans une intention malhonnête ou criminelle, ou en
  -- relation avec un système ... connecté à un autre système ».  15(2):
  -- « peut exiger que le comportement ... débouche sur un acte ».  16(5):
  -- « peut exiger qu'il y ait une intention de nuire ».
  ---------------------------------------------------------------------------
  {
    name = "review-crim: the elements arts 7(2), 8(2), 15(2) and 16(5) allow: met",
    prospective = true,
    profile = {
      offences = {
        access = { name = "Hacking", source = "Computer Misuse Act s. 1",
                   conduct = { "ict_illegal_access" }, requires = { "dishonest_intent", "connected_system", "security_measures" } },
        intercept = { name = "Wiretapping by computer", source = "Computer Misuse Act s. 2",
                      conduct = { "ict_illegal_interception" }, requires = { "dishonest_intent", "connected_system" } },
        groom = { name = "Meeting a child following sexual grooming", source = "Sexual Offences Act s. 15",
                  conduct = { "child_solicitation_ict" }, requires = { "overt_act", "specific_purpose" } },
        nci = { name = "Disclosing private sexual images", source = "Criminal Justice Act s. 33",
                conduct = { "intimate_image_dissemination" }, requires = { "intent_to_harm" } },
      },
    },
    expect = {
      ["cybercrime:7.1"] = "met",
      ["cybercrime:8.1"] = "met",
      ["cybercrime:15.1"] = "met",
      ["cybercrime:16.1"] = "met",
    },
  },

  ---------------------------------------------------------------------------
  -- 6. Elements the article does not allow: a narrower offence, partly met.
  -- 7(2) does not name serious harm; 8(2) does not name security measures
  -- (only 7(2) does); 9(2) names serious harm, not a dishonest intent; art.
  -- 10 allows no element at all (its « entraver gravement » is the
  -- conduct, not a « préjudice grave »: an offence asking for serious harm
  -- besides is narrower); art. 11 allows none (« afin que ... servent à
  -- commettre » is its only purpose); 12(2) allows a fraudulent or dishonest
  -- intent, not serious harm; art. 13 reaches « un gain financier ou
  -- autre », so an offence limited to a material benefit is narrower; 14
  -- allows no element (possession « Détenir ou contrôler » without any
  -- further purpose); 15 allows an overt act (15(2)), not an intent to harm;
  -- 16(5) allows an intent to harm, not a dishonest intent.
  ---------------------------------------------------------------------------
  {
    name = "review-crim: elements the articles do not allow: partly met, article by article",
    prospective = true,
    profile = {
      offences = {
        o7 = { name = "Harmful access", source = "Penal Code art. 7", conduct = { "ict_illegal_access" }, requires = { "serious_harm" } },
        o8 = { name = "Interception through a protected system", source = "Penal Code art. 8", conduct = { "ict_illegal_interception" }, requires = { "security_measures" } },
        o9 = { name = "Malicious damage to data", source = "Penal Code art. 9", conduct = { "ict_data_interference" }, requires = { "dishonest_intent" } },
        o10 = { name = "Sabotage of a system causing serious damage", source = "Penal Code art. 10", conduct = { "ict_system_interference" }, requires = { "serious_harm" } },
        o11 = { name = "Trafficking in hacking tools causing loss", source = "Penal Code art. 11", conduct = { "ict_device_misuse" }, requires = { "serious_harm" } },
        o12 = { name = "Harmful data forgery", source = "Penal Code art. 12", conduct = { "ict_forgery" }, requires = { "serious_harm" } },
        o13 = { name = "Computer fraud for pecuniary gain", source = "Penal Code art. 13",
                conduct = { "ict_fraud_data", "ict_fraud_system", "ict_fraud_deception" }, requires = { "material_benefit" } },
        o14 = { name = "Possession of child abuse images for distribution", source = "Penal Code art. 14", conduct = { "csam_possession" }, requires = { "specific_purpose" } },
        o15 = { name = "Grooming with intent to harm", source = "Penal Code art. 15", conduct = { "child_solicitation_ict" }, requires = { "intent_to_harm" } },
        o16 = { name = "Dishonest disclosure of intimate images", source = "Penal Code art. 16", conduct = { "intimate_image_dissemination" }, requires = { "dishonest_intent" } },
      },
    },
    expect = {
      ["cybercrime:7.1"] = "partly_met",
      ["cybercrime:8.1"] = "partly_met",
      ["cybercrime:9.1"] = "partly_met",
      ["cybercrime:10"] = "partly_met",
      ["cybercrime:11.1.a.i"] = "partly_met",
      ["cybercrime:12.1"] = "partly_met",
      ["cybercrime:13"] = "partly_met",
      ["cybercrime:14.1.c"] = "partly_met",
      ["cybercrime:15.1"] = "partly_met",
      ["cybercrime:16.1"] = "partly_met",
    },
  },

  ---------------------------------------------------------------------------
  -- 7. Several routes to art. 7(1): the best offence counts.  A narrow
  -- offence alone (serious harm, which 7(2) does not allow) is partly met;
  -- adding a general offence of unauthorised access makes it met.
  ---------------------------------------------------------------------------
  {
    name = "review-crim: 7(1) a narrow offence, then a general offence of access added",
    prospective = true,
    profile = {
      offences = {
        narrow = { name = "Access causing serious damage", source = "Penal Code art. 7", conduct = { "ict_illegal_access" }, requires = { "serious_harm" } },
      },
    },
    adding = {
      offences = {
        general = { name = "Unauthorised access", source = "Penal Code art. 7A", conduct = { "ict_illegal_access" } },
      },
    },
    expect = { ["cybercrime:7.1"] = "met" },
  },

  ---------------------------------------------------------------------------
  -- 8. Partial conduct: a missing element of a multi-element duty.
  -- 11(1)(a): « À l'obtention, à la production, à la vente, à la fourniture
  -- pour utilisation, à l'importation, à la distribution ou à d'autres formes
  -- de mise à disposition ... ii) D'un mot de passe, de justificatifs
  -- d'accès » (all the dealings, obtaining and making available alike).
  -- 13: « a) Toute introduction ... de données électroniques; b) Toute
  -- atteinte au fonctionnement d'un système ...; c) Tout acte de tromperie »
  -- (all three means).  14(1)(b): « Solliciter ou fournir des contenus ...
  -- ou accéder à de tels contenus » (accessing included).
  ---------------------------------------------------------------------------
  {
    name = "review-crim: a missing element stated: 11(1)(a)(ii), 13 and 14(1)(b) partly met",
    prospective = true,
    profile = {
      offences = {
        creds = { name = "Obtaining access codes", source = "Penal Code art. 21", conduct = { "ict_credentials_obtaining" } },
        fraud = { name = "Computer fraud", source = "Penal Code art. 22", conduct = { "ict_fraud_data", "ict_fraud_deception" } },
        csam = { name = "Child abuse images", source = "Penal Code art. 23",
                 conduct = { "csam_making_available", "csam_soliciting", "csam_procuring", "csam_possession" } },
      },
      no_offence_for = {
        { conduct = "ict_credentials_making_available", source = "Penal Code (no offence of selling or distributing access codes)" },
        { conduct = "ict_fraud_system", source = "Penal Code (fraud by interference with a system not covered)" },
        { conduct = "csam_accessing", source = "Penal Code (mere viewing online is not an offence)" },
      },
    },
    expect = {
      ["cybercrime:11.1.a.ii"] = "partly_met",
      ["cybercrime:13"] = "partly_met",
      ["cybercrime:14.1.a"] = "met",
      ["cybercrime:14.1.b"] = "partly_met",
      ["cybercrime:14.1.c"] = "met",
    },
  },
  {
    name = "review-crim: an element neither covered nor declared absent: unknown, not partly met",
    prospective = true,
    profile = {
      offences = {
        creds = { name = "Obtaining access codes", source = "Penal Code art. 21", conduct = { "ict_credentials_obtaining" } },
        fraud = { name = "Computer fraud", source = "Penal Code art. 22", conduct = { "ict_fraud_data", "ict_fraud_deception" } },
      },
    },
    expect = {
      ["cybercrime:11.1.a.ii"] = "unknown",
      ["cybercrime:13"] = "unknown",
    },
  },
  {
    name = "review-crim: 11(1)(a)(ii) obtaining only, then making available added: met",
    prospective = true,
    profile = {
      offences = {
        creds = { name = "Obtaining access codes", source = "Penal Code art. 21", conduct = { "ict_credentials_obtaining" } },
      },
    },
    adding = {
      offences = {
        traffic = { name = "Trafficking in access codes", source = "Penal Code art. 21A", conduct = { "ict_credentials_making_available" } },
      },
    },
    expect = { ["cybercrime:11.1.a.ii"] = "met" },
  },

  ---------------------------------------------------------------------------
  -- 9. Financing (14(1)(d)): « Financer des infractions établies
  -- conformément aux alinéas a) à c) du présent paragraphe, ce que les États
  -- parties peuvent ériger en infraction distincte ».  A distinct offence is
  -- optional: financing punished as complicity in the offences of 14(1)(a)
  -- to (c) meets the duty.  Without a distinct offence and without
  -- complicity, not met.
  ---------------------------------------------------------------------------
  {
    name = "review-crim: 14(1)(d) no distinct offence of financing, then the general rules on complicity added: met",
    prospective = true,
    profile = {
      offences = {
        csam = { name = "Child abuse images", source = "Penal Code art. 23",
                 conduct = { "csam_making_available", "csam_soliciting", "csam_procuring", "csam_accessing", "csam_possession" } },
      },
    },
    adding = {
      general_part = { complicity = { adopted = true, source = "Penal Code art. 40 (complicity by aid or assistance, means provided)" } },
    },
    expect = {
      ["cybercrime:14.1.a"] = "met",
      ["cybercrime:14.1.d"] = "met",
    },
  },
  {
    name = "review-crim: 14(1)(d) neither a distinct offence nor complicity: not met",
    prospective = true,
    profile = {
      offences = {
        csam = { name = "Child abuse images", source = "Penal Code art. 23",
                 conduct = { "csam_making_available", "csam_soliciting", "csam_procuring", "csam_accessing", "csam_possession" } },
      },
      general_part = { complicity = { adopted = false, source = "Penal Code (no general rule on complicity)" } },
      no_offence_for = {
        { conduct = "csam_financing", source = "Penal Code (no offence of financing)" },
      },
    },
    expect = {
      ["cybercrime:14.1.b"] = "met",
      ["cybercrime:14.1.d"] = "not_met",
    },
  },

  ---------------------------------------------------------------------------
  -- 10. The definition of art. 14(2) and the options of 14(2)-(4).
  -- 14(2): « tout contenu visuel ... qui dépeint, décrit ou représente une
  -- personne de moins de 18 ans: a) Se livrant à un acte sexuel réel ou
  -- simulé; b) En présence d'une personne qui se livre à un acte sexuel;
  -- c) Dont les organes sexuels sont exhibés ...; ou d) Qui est soumise à des
  -- actes de torture ... lorsque ce contenu est à caractère sexuel ».
  -- A definition that leaves out (d) and persons aged 16 and 17 is partly
  -- met.  14(3)(b) « Contenu représentant visuellement des abus sexuels »:
  -- the State limits the material to visual content (option used); its
  -- offences then reach no written or audio content, so the option of
  -- 14(2) (« on peut entendre tout contenu écrit ou sonore ») is not used.
  -- 14(4): neither exclusion used.
  ---------------------------------------------------------------------------
  {
    name = "review-crim: 14(2) definition narrower than the text; 14(3)(b) used; 14(4) not used",
    prospective = true,
    profile = {
      child_sexual_abuse_material = {
        definition_visual = { adopted = "partly", source = "Penal Code art. 23(3)",
                              missing = { "persons aged 16 and 17", "content of a sexual nature showing torture or cruel, inhuman or degrading treatment (14(2)(d))" } },
        definition_written_audio = { adopted = false, source = "Penal Code art. 23(3) (images only)" },
        limited_existing_persons = { adopted = false, source = "Penal Code art. 23(3)" },
        limited_visual = { adopted = true, source = "Penal Code art. 23(3) (« images »)" },
        excludes_self_generated = { adopted = false, source = "Penal Code art. 23" },
        excludes_consensual_private = { adopted = false, source = "Penal Code art. 23" },
      },
    },
    expect = {
      ["cybercrime:14.2"] = "partly_met",
      ["cybercrime:14.2#written-audio"] = "not_met",
      ["cybercrime:14.3"] = "met",
      ["cybercrime:14.4"] = "not_met",
    },
  },
  -- 14(3) « se limite à ce qui suit: a) ... ou b) ... »: one limitation used
  -- is the option used.  14(4) « exclure l'incrimination de ce qui suit:
  -- a) ...; ou b) ... »: one exclusion used is the option used, whatever the
  -- other.  A limitation of 14(3) the State uses is not a shortfall of the
  -- definition of 14(2) (14(3) allows it).
  {
    name = "review-crim: 14(3)(a) used with a full definition; 14(4)(b) used, (a) not stated",
    prospective = true,
    profile = {
      child_sexual_abuse_material = {
        definition_visual = { adopted = true, source = "Penal Code art. 23(3)" },
        limited_existing_persons = { adopted = true, source = "Penal Code art. 23(3) (real children only)" },
        excludes_consensual_private = { adopted = true, source = "Penal Code art. 23(5)" },
      },
    },
    expect = {
      ["cybercrime:14.2"] = "met",
      ["cybercrime:14.3"] = "met",
      ["cybercrime:14.4"] = "met",
    },
  },
  {
    name = "review-crim: 14(3) one limitation not used, the other not stated: unknown; 14(4) then an exclusion added",
    prospective = true,
    profile = {
      child_sexual_abuse_material = {
        limited_existing_persons = { adopted = false, source = "Penal Code art. 23(3)" },
        excludes_self_generated = { adopted = false, source = "Penal Code art. 23" },
      },
    },
    adding = {
      child_sexual_abuse_material = {
        excludes_consensual_private = { adopted = true, source = "Penal Code art. 23(5)" },
      },
    },
    expect = {
      ["cybercrime:14.3"] = "unknown",
      ["cybercrime:14.4"] = "met",
    },
  },
  -- 14(1)(a) « Produire, offrir, vendre, distribuer ... ou mettre autrement à
  -- disposition »: no element beyond intent and « sans droit »; an offence
  -- reaching only commercial dealings (for a material benefit) is narrower.
  {
    name = "review-crim: 14(1)(a) reached only for a material benefit: partly met",
    prospective = true,
    profile = {
      offences = {
        csam = { name = "Commercial exploitation of child abuse images", source = "Penal Code art. 24",
                 conduct = { "csam_making_available" }, requires = { "material_benefit" } },
      },
    },
    expect = { ["cybercrime:14.1.a"] = "partly_met" },
  },

  ---------------------------------------------------------------------------
  -- 11. Grooming (art. 15).  15(1) « communiquer avec un enfant, le
  -- solliciter, le manipuler ou s'entendre avec lui au moyen d'un système
  -- ... aux fins de commettre à son encontre une infraction sexuelle »;
  -- 15(2) « peut exiger que le comportement ... débouche sur un acte »;
  -- 15(3) « peut envisager d'étendre » (optional); 15(4) « peuvent prendre
  -- des mesures pour exclure » (optional).
  ---------------------------------------------------------------------------
  {
    name = "review-crim: 15(1) with an overt act required, 15(3) not used, 15(4) not stated",
    prospective = true,
    profile = {
      offences = {
        groom = { name = "Luring a child", source = "Penal Code art. 31", conduct = { "child_solicitation_ict" }, requires = { "overt_act" } },
      },
      child_grooming = {
        believed_child = { adopted = false, source = "Penal Code art. 31 (a real child is required)" },
      },
    },
    expect = {
      ["cybercrime:15.1"] = "met",
      ["cybercrime:15.3"] = "not_met",
      ["cybercrime:15.4"] = "unknown",
    },
  },
  {
    name = "review-crim: 15(1) an offence with an intent to harm, then one with an overt act added: met",
    prospective = true,
    profile = {
      offences = {
        narrow = { name = "Luring a child to harm", source = "Penal Code art. 31", conduct = { "child_solicitation_ict" }, requires = { "intent_to_harm" } },
      },
    },
    adding = {
      offences = {
        wide = { name = "Sexual grooming", source = "Penal Code art. 31A", conduct = { "child_solicitation_ict" }, requires = { "overt_act" } },
      },
    },
    expect = { ["cybercrime:15.1"] = "met" },
  },

  ---------------------------------------------------------------------------
  -- 12. Intimate images (art. 16).  16(2) « un enregistrement visuel d'une
  -- personne de plus de 18 ans ... de nature sexuelle, où les organes
  -- sexuels de la personne sont exposés ou où cette personne se livre à un
  -- acte sexuel »: a definition reaching only sexual acts is partly met.
  -- 16(3) « peut étendre la définition » (optional, used here).  16(4)
  -- « une personne de moins de 18 ans ... ne peut consentir à la diffusion
  -- d'une image intime qui constitue un contenu [de l'article 14] »: a
  -- prohibition, binding whatever the State chose under 16(3); national
  -- law that lets such consent be a defence does not meet it.
  ---------------------------------------------------------------------------
  {
    name = "review-crim: 16(2) narrower definition, 16(3) used, 16(4) not met",
    prospective = true,
    profile = {
      offences = {
        nci = { name = "Revenge pornography", source = "Penal Code art. 41", conduct = { "intimate_image_dissemination" } },
      },
      intimate_images = {
        definition = { adopted = "partly", source = "Penal Code art. 41(2)", missing = { "images showing sexual organs without a sexual act" } },
        minors_of_legal_age = { adopted = true, source = "Penal Code art. 41(3)" },
        minor_consent_ineffective = { adopted = false, source = "Penal Code art. 41(5) (consent of the person depicted is a defence at any age)" },
      },
    },
    expect = {
      ["cybercrime:16.1"] = "met",
      ["cybercrime:16.2"] = "partly_met",
      ["cybercrime:16.3"] = "met",
      ["cybercrime:16.4"] = "not_met",
    },
  },
  {
    name = "review-crim: 16(4) binds also a State that did not extend the definition under 16(3)",
    prospective = true,
    profile = {
      intimate_images = {
        minors_of_legal_age = { adopted = false, source = "Penal Code art. 41(2) (adults only)" },
        minor_consent_ineffective = { adopted = false, source = "Penal Code art. 41(5)" },
      },
    },
    expect = {
      ["cybercrime:16.3"] = "not_met",
      ["cybercrime:16.4"] = "not_met",
    },
  },

  ---------------------------------------------------------------------------
  -- 13. Art. 4(1) and 6(1) partly implemented.
  ---------------------------------------------------------------------------
  {
    name = "review-crim: 4(1) and 6(1) partly adopted",
    prospective = true,
    profile = {
      offences_by_ict = { other_un_conventions = { adopted = "partly", source = "Drugs Act s. 4",
                                                   missing = { "offences of the UNTOC Protocol on smuggling of migrants committed online" } } },
      human_rights = { implementation_consistent = { adopted = "partly", source = "Constitution art. 12",
                                                     missing = { "no judicial review of procedural powers" } } },
    },
    expect = {
      ["cybercrime:4.1"] = "partly_met",
      ["cybercrime:6.1"] = "partly_met",
    },
  },

  ---------------------------------------------------------------------------
  -- 14. The reservation of art. 11(3): « Chaque État partie peut se réserver
  -- le droit de ne pas appliquer le paragraphe 1 du présent article, à
  -- condition que cette réserve ne porte pas sur la vente, la distribution
  -- ou d'autres formes de mise à disposition des éléments mentionnés à
  -- l'alinéa a) ii) dudit paragraphe ».
  -- A reservation to 11(1): 11(1)(a)(i) and 11(1)(b) no longer apply; the
  -- option is used; making credentials available must still be an offence.
  ---------------------------------------------------------------------------
  {
    name = "review-crim: reservation under 11(3), making credentials available still an offence",
    prospective = true,
    profile = {
      reservations = {
        { instrument = "cybercrime", provisions = { "cybercrime:11.1" }, kind = "reservation", from = "2025-10-25",
          text = "Testland reserves the right not to apply article 11, paragraph 1.", source = "Reservation upon signature" },
      },
      offences = {
        traffic = { name = "Trafficking in access codes", source = "Penal Code art. 21A", conduct = { "ict_credentials_making_available" } },
      },
    },
    expect = {
      ["cybercrime:11.1.a.i"] = "not_applicable",
      ["cybercrime:11.1.b"] = "not_applicable",
      ["cybercrime:11.3"] = "met",
      ["cybercrime:11.3#limit"] = "met",
    },
  },
  {
    name = "review-crim: reservation under 11(3), making credentials available not an offence: the limit not met",
    prospective = true,
    profile = {
      reservations = {
        { instrument = "cybercrime", provisions = { "cybercrime:11.1" }, kind = "reservation", from = "2025-10-25", source = "Reservation upon signature" },
      },
      no_offence_for = {
        { conduct = "ict_credentials_making_available", source = "Penal Code (no offence of trafficking in access codes)" },
      },
    },
    expect = {
      ["cybercrime:11.1.a.i"] = "not_applicable",
      ["cybercrime:11.3"] = "met",
      ["cybercrime:11.3#limit"] = "not_met",
    },
  },
  -- A reservation naming the whole of art. 11 goes beyond what 11(3)
  -- allows: the condition « à condition que cette réserve ne porte pas sur la
  -- vente, la distribution ... » is not lifted by it, so the limit should
  -- still be checked and, with no offence, not met.
  -- After the first run: the expectation on cybercrime:11.3#limit
  -- ("not_met") is left out, as a limit of the model, not a mistake of the
  -- reading: the engine honours every reservation in force on the
  -- provisions it names, one the instrument does not open to reservation
  -- included (flagged so, docs/profile.md 10.2), and switches off 11(3) and
  -- its limit with the rest of art. 11 before any rule runs; a rule cannot
  -- keep a clause of the treaty that forbids that very reservation (Vienna
  -- Convention art. 19(b)).  See docs/cybercrime.md, "Independent review".
  {
    name = "review-crim: a reservation to the whole of art. 11 does not lift the limit of 11(3)",
    prospective = true,
    profile = {
      reservations = {
        { instrument = "cybercrime", provisions = { "cybercrime:11" }, kind = "reservation", from = "2025-10-25", source = "Reservation upon signature" },
      },
      no_offence_for = {
        { conduct = "ict_credentials_making_available", source = "Penal Code (no offence of trafficking in access codes)" },
      },
    },
    expect = {
      ["cybercrime:11.1.b"] = "not_applicable",
    },
  },
  -- A reservation that leaves out less than 11(3) allows (possession only)
  -- is within it: 11(1)(b) no longer applies, 11(1)(a)(i) still does, the
  -- limit has nothing to bite on (11(1)(a)(ii) applies in full).
  {
    name = "review-crim: a reservation to 11(1)(b) only",
    prospective = true,
    profile = {
      reservations = {
        { instrument = "cybercrime", provisions = { "cybercrime:11.1.b" }, kind = "reservation", from = "2025-10-25", source = "Reservation upon signature" },
      },
      offences = {
        tools = { name = "Trafficking in hacking tools", source = "Penal Code art. 20", conduct = { "ict_device_misuse" } },
      },
    },
    expect = {
      ["cybercrime:11.1.a.i"] = "met",
      ["cybercrime:11.1.b"] = "not_applicable",
      ["cybercrime:11.3"] = "met",
      ["cybercrime:11.3#limit"] = "not_applicable",
    },
  },

  ---------------------------------------------------------------------------
  -- 15. A reservation the Convention does not provide for (art. 7 has no
  -- reservation clause): honoured, its effect being a matter between the
  -- Parties, so 7(1) is not applicable (the finding flags it).  A
  -- declaration switches nothing off: 9(1) is assessed.
  ---------------------------------------------------------------------------
  {
    name = "review-crim: a reservation to art. 7 (not provided for) and a declaration on art. 9",
    prospective = true,
    profile = {
      reservations = {
        { instrument = "cybercrime", provisions = { "cybercrime:7.1" }, kind = "reservation", from = "2025-10-25", source = "Reservation upon signature" },
        { instrument = "cybercrime", provisions = { "cybercrime:9.1" }, kind = "declaration", from = "2025-10-25",
          text = "Testland understands 'sans droit' as 'without lawful authority'.", source = "Declaration upon signature" },
      },
      offences = {
        data = { name = "Damage to data", source = "Penal Code art. 9", conduct = { "ict_data_interference" } },
        access = { name = "Unauthorised access", source = "Penal Code art. 7", conduct = { "ict_illegal_access" } },
      },
    },
    expect = {
      ["cybercrime:7.1"] = "not_applicable",
      ["cybercrime:9.1"] = "met",
    },
  },

  ---------------------------------------------------------------------------
  -- 16. A reservation around the as-of date: in force from `from`,
  -- no longer on the day of `withdrawn`.
  ---------------------------------------------------------------------------
  {
    name = "review-crim: reservation to 11(1) withdrawn on the as-of date: 11(1) applies that day",
    prospective = true,
    profile = {
      reservations = {
        { instrument = "cybercrime", provisions = { "cybercrime:11.1" }, kind = "reservation", from = "2025-10-25", withdrawn = "2026-06-01", source = "Reservation upon signature, withdrawn" },
      },
      offences = {
        tools = { name = "Trafficking in hacking tools", source = "Penal Code art. 20", conduct = { "ict_device_misuse" } },
      },
    },
    expect = {
      ["cybercrime:11.1.a.i"] = "met",
      ["cybercrime:11.3"] = "not_met",
    },
  },
  {
    name = "review-crim: reservation to 11(1) withdrawn the day after the as-of date: still in force",
    prospective = true,
    as_of = "2026-05-31",
    profile = {
      reservations = {
        { instrument = "cybercrime", provisions = { "cybercrime:11.1" }, kind = "reservation", from = "2025-10-25", withdrawn = "2026-06-01", source = "Reservation upon signature, withdrawn" },
      },
      offences = {
        tools = { name = "Trafficking in hacking tools", source = "Penal Code art. 20", conduct = { "ict_device_misuse" } },
      },
    },
    expect = {
      ["cybercrime:11.1.a.i"] = "not_applicable",
      ["cybercrime:11.3"] = "met",
    },
  },
  {
    name = "review-crim: reservation to 11(1) effective only after the as-of date",
    prospective = true,
    profile = {
      reservations = {
        { instrument = "cybercrime", provisions = { "cybercrime:11.1" }, kind = "reservation", from = "2026-06-02", source = "Reservation upon ratification" },
      },
      offences = {
        poss = { name = "Possession of hacking tools", source = "Penal Code art. 20A", conduct = { "ict_misuse_possession" } },
      },
    },
    expect = {
      ["cybercrime:11.1.b"] = "met",
      ["cybercrime:11.3"] = "not_met",
    },
  },

  ---------------------------------------------------------------------------
  -- 17. Law changes around the as-of date.  Only law in force counts
  -- (DOMAIN.md §3): in force on its `from` day, no longer on its `repealed`
  -- day.  An offence not in force leaves the conduct unknown unless its
  -- absence is stated; a measure not in force is not adopted.
  ---------------------------------------------------------------------------
  {
    name = "review-crim: law changes, assessed on 2026-06-01",
    prospective = true,
    profile = {
      offences = {
        access = { name = "Unauthorised access", source = "Law 2026/1 art. 1", from = "2026-06-01", conduct = { "ict_illegal_access" } },
        intercept = { name = "Interception", source = "Law 2026/1 art. 2", from = "2026-06-02", conduct = { "ict_illegal_interception" } },
        data = { name = "Damage to data (old)", source = "Penal Code art. 9 (old)", repealed = "2026-06-01", conduct = { "ict_data_interference" } },
        system = { name = "Sabotage (old)", source = "Penal Code art. 10 (old)", repealed = "2026-06-02", conduct = { "ict_system_interference" } },
        forgery = { name = "Computer forgery (old)", source = "Penal Code art. 12 (old)", repealed = "2026-06-01", conduct = { "ict_forgery" } },
      },
      no_offence_for = {
        { conduct = "ict_forgery", from = "2026-06-01", source = "Law 2026/2 (repeal of art. 12, no successor)" },
      },
      human_rights = { implementation_consistent = { adopted = true, from = "2026-06-02", source = "Constitutional amendment 2026" } },
      offences_by_ict = { other_un_conventions = { adopted = true, repealed = "2026-06-01", source = "Criminal Code art. 2A (repealed)" } },
    },
    expect = {
      ["cybercrime:7.1"] = "met",
      ["cybercrime:8.1"] = "unknown",
      ["cybercrime:9.1"] = "unknown",
      ["cybercrime:10"] = "met",
      ["cybercrime:12.1"] = "not_met",
      ["cybercrime:6.1"] = "not_met",
      ["cybercrime:4.1"] = "not_met",
    },
  },
  {
    name = "review-crim: law changes, assessed the day before (2026-05-31)",
    prospective = true,
    as_of = "2026-05-31",
    profile = {
      offences = {
        access = { name = "Unauthorised access", source = "Law 2026/1 art. 1", from = "2026-06-01", conduct = { "ict_illegal_access" } },
        intercept = { name = "Interception", source = "Law 2026/1 art. 2", from = "2026-06-02", conduct = { "ict_illegal_interception" } },
        data = { name = "Damage to data (old)", source = "Penal Code art. 9 (old)", repealed = "2026-06-01", conduct = { "ict_data_interference" } },
        system = { name = "Sabotage (old)", source = "Penal Code art. 10 (old)", repealed = "2026-06-02", conduct = { "ict_system_interference" } },
        forgery = { name = "Computer forgery (old)", source = "Penal Code art. 12 (old)", repealed = "2026-06-01", conduct = { "ict_forgery" } },
      },
      no_offence_for = {
        { conduct = "ict_forgery", from = "2026-06-01", source = "Law 2026/2 (repeal of art. 12, no successor)" },
      },
      human_rights = { implementation_consistent = { adopted = true, from = "2026-06-02", source = "Constitutional amendment 2026" } },
      offences_by_ict = { other_un_conventions = { adopted = true, repealed = "2026-06-01", source = "Criminal Code art. 2A (repealed)" } },
    },
    expect = {
      ["cybercrime:7.1"] = "unknown",
      ["cybercrime:9.1"] = "met",
      ["cybercrime:10"] = "met",
      ["cybercrime:12.1"] = "met",
      ["cybercrime:6.1"] = "not_met",
      ["cybercrime:4.1"] = "met",
    },
  },
  {
    name = "review-crim: law changes, assessed the day after (2026-06-02)",
    prospective = true,
    as_of = "2026-06-02",
    profile = {
      offences = {
        intercept = { name = "Interception", source = "Law 2026/1 art. 2", from = "2026-06-02", conduct = { "ict_illegal_interception" } },
        system = { name = "Sabotage (old)", source = "Penal Code art. 10 (old)", repealed = "2026-06-02", conduct = { "ict_system_interference" } },
      },
      human_rights = { implementation_consistent = { adopted = true, from = "2026-06-02", source = "Constitutional amendment 2026" } },
    },
    expect = {
      ["cybercrime:8.1"] = "met",
      ["cybercrime:10"] = "unknown",
      ["cybercrime:6.1"] = "met",
    },
  },

  ---------------------------------------------------------------------------
  -- 18. Art. 11(1)(b) « À la détention d'un élément visé aux alinéas a) i)
  -- ou ii) ... afin qu'il serve à commettre » and 11(1)(a)(i): the purpose
  -- is the text's own, so an offence requiring it is met; art. 11(2) (no
  -- liability for authorised testing) is a saving clause that the same
  -- purpose already expresses.
  ---------------------------------------------------------------------------
  {
    name = "review-crim: 11(1)(a)(i) and 11(1)(b) with the purpose of the text: met",
    prospective = true,
    profile = {
      offences = {
        tools = { name = "Making or supplying articles for computer misuse", source = "Computer Misuse Act s. 3A",
                  conduct = { "ict_device_misuse", "ict_misuse_possession" }, requires = { "specific_purpose" } },
      },
    },
    expect = {
      ["cybercrime:11.1.a.i"] = "met",
      ["cybercrime:11.1.b"] = "met",
    },
  },

  ---------------------------------------------------------------------------
  -- 19. Art. 12: the fraudulent intent of 12(2) and the purpose of 12(1)
  -- allowed; art. 13: a dishonest intent and the gain are in the text.
  ---------------------------------------------------------------------------
  {
    name = "review-crim: 12(1) with a fraudulent intent, 13 with the dishonest intent of gain: met",
    prospective = true,
    profile = {
      offences = {
        forge = { name = "Computer forgery", source = "Penal Code art. 12", conduct = { "ict_forgery" }, requires = { "dishonest_intent" } },
        fraud = { name = "Computer fraud", source = "Penal Code art. 13",
                  conduct = { "ict_fraud_data", "ict_fraud_system", "ict_fraud_deception" }, requires = { "dishonest_intent" } },
      },
    },
    expect = {
      ["cybercrime:12.1"] = "met",
      ["cybercrime:13"] = "met",
    },
  },
}
