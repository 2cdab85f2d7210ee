-- Independent review of the Cybercrime Convention pack, arts 35-39 and 41
-- (general principles of international cooperation, protection of personal
-- data, extradition, transfer of sentenced persons, transfer of criminal
-- proceedings, the 24/7 network): fictional States' profiles, with the
-- statuses expected from the official French text alone, written before the
-- pack's rules, its tests or docs/cybercrime.md were read and before lexgap
-- was run on them.  Kept as regression tests; the review's tally and its
-- disagreements are in docs/cybercrime.md ("Independent review" under
-- Chapter V, arts 35-41).
--
-- The Convention is not in force (art. 65(1)): every case but one is
-- assessed as a prospective party.  Assessment date: the base's 2026-06-01
-- unless the case says otherwise.
return {

  -- Complete and correct implementation, a State that extradites without a treaty.
  -- Art. 37(7): « Les États parties qui ne subordonnent pas l'extradition à l'existence
  -- d'un traité reconnaissent entre eux aux infractions auxquelles le présent article
  -- s'applique le caractère d'infraction pouvant donner lieu à extradition. »  Art. 37(5)
  -- and 37(6) speak only of « un État partie qui subordonne l'extradition à l'existence
  -- d'un traité »: not applicable here.  Art. 37(12): the State extradites its nationals
  -- only on condition of return, « cette extradition ou remise conditionnelle est
  -- suffisante aux fins de l'exécution de l'obligation énoncée au paragraphe 11 », and
  -- it also submits the case for prosecution when the condition is not agreed.
  -- Art. 41(3) a)-e): every measure facilitated.  Every other measure stated adopted.
  {
    name = "review-coopa: complete and correct State, extradition without a treaty (every obligation met, 37(5)-(6) not applicable)",
    prospective = true,
    profile = {
      mutual_legal_assistance = {
        legal_basis = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2018, s. 3",
        },
        electronic_evidence = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2018, ss. 40-52",
          offences = "any_offence",
        },
      },
      cooperation_principles = {
        dual_criminality_conduct = {
          adopted = true,
          source = "Extradition Act 2019, s. 5(2); Mutual Assistance Act 2018, s. 9(3)",
        },
      },
      personal_data_transfers = {
        lawful_transfer = {
          adopted = true,
          source = "Data Protection (Law Enforcement) Act 2020, ss. 60-66",
        },
        transfer_conditions = {
          adopted = true,
          source = "Data Protection (Law Enforcement) Act 2020, s. 64",
        },
        agreements = {
          adopted = true,
          source = "Treaty Series 2022 No. 4",
          instruments = { "Agreement with Ruritania on personal data in criminal matters (2022)" },
        },
        safeguards_received = {
          adopted = true,
          source = "Data Protection (Law Enforcement) Act 2020, ss. 30-45 and 70",
        },
        onward_transfer_authorisation = {
          adopted = true,
          source = "Data Protection (Law Enforcement) Act 2020, s. 67",
        },
      },
      extradition = {
        treaty_required = {
          required = false,
          source = "Extradition Act 2019, s. 2",
        },
        extraditable_offences = {
          adopted = true,
          source = "Extradition Act 2019, s. 4",
          scope = {
            scope = "all_offences",
            source = "Extradition Act 2019, s. 4",
          },
        },
        without_dual_criminality = {
          adopted = true,
          source = "Extradition Act 2019, s. 5(4)",
        },
        accessory_offences = {
          adopted = true,
          source = "Extradition Act 2019, s. 6",
        },
        cybercrime_existing_treaties = {
          adopted = true,
          source = "Extradition Act 2019, s. 3(2)",
        },
        cybercrime_new_treaties = {
          adopted = true,
          source = "Treaty practice: model extradition treaty 2021, art. 2",
        },
        cybercrime_legal_basis = {
          adopted = true,
          source = "Extradition Act 2019, s. 3(1)",
        },
        expedited_procedures = {
          adopted = true,
          source = "Extradition Act 2019, ss. 30-34 (simplified procedure on consent)",
        },
        simplified_evidence = {
          adopted = true,
          source = "Extradition Act 2019, s. 12 (no prima facie case)",
        },
        provisional_arrest = {
          adopted = true,
          source = "Extradition Act 2019, s. 15",
        },
        nationals = {
          adopted = true,
          policy = "conditional",
          source = "Constitution, art. 22(3)",
        },
        submission_for_prosecution = {
          adopted = true,
          source = "Code of Criminal Procedure, art. 690",
        },
        prosecution_cooperation = {
          adopted = true,
          source = "Code of Criminal Procedure, art. 691",
        },
        conditional_surrender = {
          adopted = true,
          source = "Extradition Act 2019, s. 8",
        },
        sentence_enforcement = {
          adopted = true,
          source = "International Enforcement of Sentences Act 2015, s. 2",
        },
        fair_treatment = {
          adopted = true,
          source = "Constitution, art. 40; Extradition Act 2019, s. 20",
        },
        fiscal_offences_no_bar = {
          adopted = true,
          source = "Extradition Act 2019, s. 7(3)",
        },
        consultation_before_refusal = {
          adopted = true,
          source = "Extradition Act 2019, s. 25",
        },
        decision_reasons = {
          adopted = true,
          source = "Extradition Act 2019, s. 26",
        },
        agreements = {
          adopted = true,
          source = "Treaty Series: 14 bilateral extradition treaties",
        },
      },
      transfers = {
        sentenced_persons = {
          adopted = true,
          source = "Transfer of Prisoners Act 2010",
        },
        criminal_proceedings = {
          adopted = true,
          source = "Code of Criminal Procedure, arts 700-705",
        },
        proceedings_convention_basis = {
          adopted = true,
          source = "Code of Criminal Procedure, art. 700(2)",
        },
      },
      contact_point_24_7 = {
        designated = {
          adopted = true,
          source = "Decree 2025-77, art. 1",
          contact = "National Cybercrime Unit, 24/7 desk",
        },
        assistance = {
          adopted = true,
          source = "Decree 2025-77, art. 2",
          measures = { "technical_advice", "preservation", "evidence_and_legal_information", "locating_suspects", "emergency_data" },
        },
        expedited_communication = {
          adopted = true,
          source = "Decree 2025-77, art. 3",
        },
        coordination = {
          adopted = true,
          source = "Decree 2025-77, art. 4",
        },
        trained_staff = {
          adopted = true,
          source = "Decree 2025-77, art. 5; staffing order 2025",
        },
        existing_networks = {
          adopted = true,
          source = "INTERPOL 24/7 network membership (2019)",
        },
      },
      notifications = {
        {
          provision = "cybercrime:37.19",
          date = "2025-10-25",
          content = "Ministry of Justice, extradition unit",
          source = "UN depositary notification",
        },
        {
          provision = "cybercrime:41.2",
          date = "2025-10-25",
          content = "National Cybercrime Unit, 24/7 desk",
          source = "UN depositary notification",
        },
      },
    },
    expect = {
      ["cybercrime:35.1"] = "met",
      ["cybercrime:35.3"] = "met",
      ["cybercrime:36.1.a"] = "met",
      ["cybercrime:36.1.b"] = "met",
      ["cybercrime:36.1.c"] = "met",
      ["cybercrime:36.2"] = "met",
      ["cybercrime:36.3"] = "met",
      ["cybercrime:37.2"] = "met",
      ["cybercrime:37.3"] = "met",
      ["cybercrime:37.4#existing-treaties"] = "met",
      ["cybercrime:37.4#future-treaties"] = "met",
      ["cybercrime:37.5"] = "not_applicable",
      ["cybercrime:37.6.a"] = "not_applicable",
      ["cybercrime:37.6.b"] = "not_applicable",
      ["cybercrime:37.7"] = "met",
      ["cybercrime:37.9"] = "met",
      ["cybercrime:37.10"] = "met",
      ["cybercrime:37.11#cooperation"] = "met",
      ["cybercrime:37.11#submission"] = "met",
      ["cybercrime:37.12"] = "met",
      ["cybercrime:37.13"] = "met",
      ["cybercrime:37.14"] = "met",
      ["cybercrime:37.16"] = "met",
      ["cybercrime:37.17"] = "met",
      ["cybercrime:37.18"] = "met",
      ["cybercrime:37.19"] = "met",
      ["cybercrime:37.20"] = "met",
      ["cybercrime:38"] = "met",
      ["cybercrime:39.1"] = "met",
      ["cybercrime:39.2"] = "met",
      ["cybercrime:41.1"] = "met",
      ["cybercrime:41.2"] = "met",
      ["cybercrime:41.3"] = "met",
      ["cybercrime:41.4"] = "met",
      ["cybercrime:41.5"] = "met",
      ["cybercrime:41.6"] = "met",
    },
  },

  -- Complete State that requires a treaty and takes the Convention as the legal basis.
  -- Art. 37(5): « il peut considérer la présente Convention comme la base légale de
  -- l'extradition » (optional, used: met).  Art. 37(6) a): « indiquent au Secrétaire
  -- général ... s'ils considèrent la présente Convention comme la base légale » (notified:
  -- met).  Art. 37(6) b) binds only those which do not (« S'ils ne considèrent pas ... »):
  -- not applicable; 37(7) binds only « Les États parties qui ne subordonnent pas »: not
  -- applicable.  Nationals always extradited: art. 37(11) (« s'il n'extrade pas cette
  -- personne ... au seul motif qu'il s'agit d'une ou d'un de ses ressortissants »),
  -- 37(12) and 37(13) (« Si l'extradition ... est refusée parce que la personne ... est
  -- une ou un ressortissant ») are not triggered.  But the third sentence of 37(11),
  -- « Les États parties intéressés coopèrent entre eux, notamment en matière de procédure
  -- et de preuve », binds every State concerned, the requesting State too: a State that
  -- extradites its nationals still cooperates with another State's prosecution.
  -- [Corrected after the first run: the expectation « 37.11#cooperation met » is left
  -- out.  The reading stands, but the profile cannot state it: the fact
  -- extradition.prosecution_cooperation records the cooperation of the State that
  -- prosecutes instead of extraditing, which a State extraditing its nationals never
  -- is; its part as the requesting State is a limit of the model (docs/cybercrime.md,
  -- "Independent review").  lexgap says not applicable and now says why.]
  {
    name = "review-coopa: complete State, a treaty required, the Convention as legal basis notified, nationals extradited",
    prospective = true,
    profile = {
      mutual_legal_assistance = {
        legal_basis = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2018, s. 3",
        },
        electronic_evidence = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2018, ss. 40-52",
          offences = "any_offence",
        },
      },
      cooperation_principles = {
        dual_criminality_conduct = {
          adopted = true,
          source = "Extradition Act 2019, s. 5(2); Mutual Assistance Act 2018, s. 9(3)",
        },
      },
      personal_data_transfers = {
        lawful_transfer = {
          adopted = true,
          source = "Data Protection (Law Enforcement) Act 2020, ss. 60-66",
        },
        transfer_conditions = {
          adopted = true,
          source = "Data Protection (Law Enforcement) Act 2020, s. 64",
        },
        agreements = {
          adopted = true,
          source = "Treaty Series 2022 No. 4",
          instruments = { "Agreement with Ruritania on personal data in criminal matters (2022)" },
        },
        safeguards_received = {
          adopted = true,
          source = "Data Protection (Law Enforcement) Act 2020, ss. 30-45 and 70",
        },
        onward_transfer_authorisation = {
          adopted = true,
          source = "Data Protection (Law Enforcement) Act 2020, s. 67",
        },
      },
      extradition = {
        treaty_required = {
          required = true,
          source = "Constitution, art. 19(2)",
        },
        extraditable_offences = {
          adopted = true,
          source = "Extradition Act 2019, s. 4",
          scope = {
            scope = "all_offences",
            source = "Extradition Act 2019, s. 4",
          },
        },
        without_dual_criminality = {
          adopted = true,
          source = "Extradition Act 2019, s. 5(4)",
        },
        accessory_offences = {
          adopted = true,
          source = "Extradition Act 2019, s. 6",
        },
        cybercrime_existing_treaties = {
          adopted = true,
          source = "Extradition Act 2019, s. 3(2)",
        },
        cybercrime_new_treaties = {
          adopted = true,
          source = "Treaty practice: model extradition treaty 2021, art. 2",
        },
        cybercrime_legal_basis = {
          adopted = true,
          source = "Extradition Act 2019, s. 3(1)",
        },
        expedited_procedures = {
          adopted = true,
          source = "Extradition Act 2019, ss. 30-34 (simplified procedure on consent)",
        },
        simplified_evidence = {
          adopted = true,
          source = "Extradition Act 2019, s. 12 (no prima facie case)",
        },
        provisional_arrest = {
          adopted = true,
          source = "Extradition Act 2019, s. 15",
        },
        nationals = {
          adopted = true,
          policy = "extradited",
          source = "Extradition Act 2019, s. 9",
        },
        submission_for_prosecution = {
          adopted = true,
          source = "Code of Criminal Procedure, art. 690",
        },
        prosecution_cooperation = {
          adopted = true,
          source = "Code of Criminal Procedure, art. 691",
        },
        conditional_surrender = {
          adopted = true,
          source = "Extradition Act 2019, s. 8",
        },
        sentence_enforcement = {
          adopted = true,
          source = "International Enforcement of Sentences Act 2015, s. 2",
        },
        fair_treatment = {
          adopted = true,
          source = "Constitution, art. 40; Extradition Act 2019, s. 20",
        },
        fiscal_offences_no_bar = {
          adopted = true,
          source = "Extradition Act 2019, s. 7(3)",
        },
        consultation_before_refusal = {
          adopted = true,
          source = "Extradition Act 2019, s. 25",
        },
        decision_reasons = {
          adopted = true,
          source = "Extradition Act 2019, s. 26",
        },
        agreements = {
          adopted = true,
          source = "Treaty Series: 14 bilateral extradition treaties",
        },
      },
      transfers = {
        sentenced_persons = {
          adopted = true,
          source = "Transfer of Prisoners Act 2010",
        },
        criminal_proceedings = {
          adopted = true,
          source = "Code of Criminal Procedure, arts 700-705",
        },
        proceedings_convention_basis = {
          adopted = true,
          source = "Code of Criminal Procedure, art. 700(2)",
        },
      },
      contact_point_24_7 = {
        designated = {
          adopted = true,
          source = "Decree 2025-77, art. 1",
          contact = "National Cybercrime Unit, 24/7 desk",
        },
        assistance = {
          adopted = true,
          source = "Decree 2025-77, art. 2",
          measures = { "technical_advice", "preservation", "evidence_and_legal_information", "locating_suspects", "emergency_data" },
        },
        expedited_communication = {
          adopted = true,
          source = "Decree 2025-77, art. 3",
        },
        coordination = {
          adopted = true,
          source = "Decree 2025-77, art. 4",
        },
        trained_staff = {
          adopted = true,
          source = "Decree 2025-77, art. 5; staffing order 2025",
        },
        existing_networks = {
          adopted = true,
          source = "INTERPOL 24/7 network membership (2019)",
        },
      },
      notifications = {
        {
          provision = "cybercrime:37.19",
          date = "2025-10-25",
          content = "Ministry of Justice, extradition unit",
          source = "UN depositary notification",
        },
        {
          provision = "cybercrime:41.2",
          date = "2025-10-25",
          content = "National Cybercrime Unit, 24/7 desk",
          source = "UN depositary notification",
        },
        {
          provision = "cybercrime:37.6.a",
          date = "2026-03-02",
          content = "The Convention is taken as the legal basis for extradition",
          source = "UN depositary notification",
        },
      },
    },
    expect = {
      ["cybercrime:37.5"] = "met",
      ["cybercrime:37.6.a"] = "met",
      ["cybercrime:37.6.b"] = "not_applicable",
      ["cybercrime:37.7"] = "not_applicable",
      ["cybercrime:37.11#submission"] = "not_applicable",
      ["cybercrime:37.12"] = "not_applicable",
      ["cybercrime:37.13"] = "not_applicable",
      ["cybercrime:37.4#existing-treaties"] = "met",
      ["cybercrime:37.19"] = "met",
      ["cybercrime:37.20"] = "met",
    },
  },

  -- A treaty required, the Convention NOT taken as the legal basis, treaties sought.
  -- Art. 37(5) « peut considérer » is an option: not used, not met (never a gap).
  -- Art. 37(6) a) asks the State to indicate « s'ils considèrent » the Convention as the
  -- basis: saying no is a notification made (met).  Art. 37(6) b): « S'ils ne considèrent
  -- pas la présente Convention comme la base légale ..., s'efforcent, s'il y a lieu, de
  -- conclure des traités d'extradition »: negotiations opened meet the endeavour; art.
  -- 37(20) « s'efforcent de conclure des accords » likewise.
  {
    name = "review-coopa: a treaty required, the Convention not the legal basis, treaties sought",
    prospective = true,
    profile = {
      extradition = {
        treaty_required = {
          required = true,
          source = "Constitution, art. 19(2)",
        },
        cybercrime_legal_basis = {
          adopted = false,
          source = "Constitution, art. 19(2): a bilateral treaty is required",
          note = "The Convention is not accepted as the legal basis",
        },
        agreements = {
          adopted = true,
          source = "Negotiations opened with 6 States Parties (2026)",
        },
      },
      notifications = {
        {
          provision = "cybercrime:37.6.a",
          date = "2026-03-02",
          content = "The Convention is not taken as the legal basis for extradition",
          source = "UN depositary notification",
        },
      },
    },
    expect = {
      ["cybercrime:37.5"] = "not_met",
      ["cybercrime:37.6.a"] = "met",
      ["cybercrime:37.6.b"] = "met",
      ["cybercrime:37.20"] = "met",
      ["cybercrime:37.7"] = "not_applicable",
    },
  },

  -- Notifications made under UNTOC only.  The list is given, so it is complete.
  -- Art. 37(6) a) (« indiquent au Secrétaire général ... s'ils considèrent la présente
  -- Convention comme la base légale »), 37(19) (« Chaque État partie communique au
  -- Secrétaire général ... le nom et l'adresse d'une autorité responsable de l'envoi ou
  -- de la réception des demandes d'extradition ») and 41(2) (« Le point de contact
  -- désigné fait l'objet d'une notification adressée au Secrétaire général ») are
  -- notifications under THIS Convention: one made under UNTOC 16(5)(a) or 18(13) does
  -- not answer them.  The point of contact itself is designated (41(1) met).
  {
    name = "review-coopa: notifications under UNTOC only do not answer 37(6)(a), 37(19), 41(2)",
    prospective = true,
    profile = {
      extradition = {
        treaty_required = {
          required = true,
          source = "Constitution, art. 19(2)",
        },
        cybercrime_legal_basis = {
          adopted = false,
          source = "Constitution, art. 19(2)",
        },
      },
      contact_point_24_7 = {
        designated = {
          adopted = true,
          source = "Decree 2025-77, art. 1",
          contact = "Police cyber desk",
        },
      },
      notifications = {
        {
          provision = "untoc:16.5.a",
          date = "2004-05-10",
          content = "UNTOC not the legal basis",
          source = "UN depositary notification",
        },
        {
          provision = "untoc:18.13",
          date = "2004-05-10",
          content = "Central authority: Ministry of Justice",
          source = "UN depositary notification",
        },
      },
    },
    expect = {
      ["cybercrime:37.6.a"] = "not_met",
      ["cybercrime:37.19"] = "not_met",
      ["cybercrime:41.2"] = "not_met",
      ["cybercrime:41.1"] = "met",
    },
  },

  -- Notifications around the assessment date (2026-06-01, the base's date).  Only
  -- what is done by that date counts: the 37(19) authority notified the day after is not
  -- yet notified; the 41(2) point of contact notified on the day itself is.
  -- « Chaque État partie communique ... le nom et l'adresse d'une autorité »; « Le point
  -- de contact désigné fait l'objet d'une notification ».
  {
    name = "review-coopa: a notification the day after the assessment date does not count, one on the day does",
    prospective = true,
    profile = {
      contact_point_24_7 = {
        designated = {
          adopted = true,
          source = "Decree 2025-77, art. 1",
          contact = "Police cyber desk",
        },
      },
      notifications = {
        {
          provision = "cybercrime:37.19",
          date = "2026-06-02",
          content = "Ministry of Justice",
          source = "UN depositary notification",
        },
        {
          provision = "cybercrime:41.2",
          date = "2026-06-01",
          content = "Police cyber desk",
          source = "UN depositary notification",
        },
      },
    },
    expect = {
      ["cybercrime:37.19"] = "not_met",
      ["cybercrime:41.2"] = "met",
    },
  },

  -- Nothing stated: the base profile only (signed, nothing about the law).  Every
  -- obligation of arts 35-39 and 41 is unknown, the conditions of 37(5), 37(6), 37(7),
  -- 37(11)-(13) included (whether a treaty is required, whether nationals are extradited
  -- are not known), and the notifications too (no `notifications` key).
  {
    name = "review-coopa: nothing stated, every obligation of arts 35-39 and 41 unknown",
    prospective = true,
    profile = {},
    expect = {
      ["cybercrime:35.1"] = "unknown",
      ["cybercrime:35.3"] = "unknown",
      ["cybercrime:36.1.a"] = "unknown",
      ["cybercrime:36.1.b"] = "unknown",
      ["cybercrime:36.1.c"] = "unknown",
      ["cybercrime:36.2"] = "unknown",
      ["cybercrime:36.3"] = "unknown",
      ["cybercrime:37.2"] = "unknown",
      ["cybercrime:37.3"] = "unknown",
      ["cybercrime:37.4#existing-treaties"] = "unknown",
      ["cybercrime:37.4#future-treaties"] = "unknown",
      ["cybercrime:37.5"] = "unknown",
      ["cybercrime:37.6.a"] = "unknown",
      ["cybercrime:37.6.b"] = "unknown",
      ["cybercrime:37.7"] = "unknown",
      ["cybercrime:37.9"] = "unknown",
      ["cybercrime:37.10"] = "unknown",
      ["cybercrime:37.11#cooperation"] = "unknown",
      ["cybercrime:37.11#submission"] = "unknown",
      ["cybercrime:37.12"] = "unknown",
      ["cybercrime:37.13"] = "unknown",
      ["cybercrime:37.14"] = "unknown",
      ["cybercrime:37.16"] = "unknown",
      ["cybercrime:37.17"] = "unknown",
      ["cybercrime:37.18"] = "unknown",
      ["cybercrime:37.19"] = "unknown",
      ["cybercrime:37.20"] = "unknown",
      ["cybercrime:38"] = "unknown",
      ["cybercrime:39.1"] = "unknown",
      ["cybercrime:39.2"] = "unknown",
      ["cybercrime:41.1"] = "unknown",
      ["cybercrime:41.2"] = "unknown",
      ["cybercrime:41.3"] = "unknown",
      ["cybercrime:41.4"] = "unknown",
      ["cybercrime:41.5"] = "unknown",
      ["cybercrime:41.6"] = "unknown",
    },
  },

  -- Not assessed prospectively.  Art. 65(1): « La présente Convention entrera en
  -- vigueur le quatre-vingt-dixième jour suivant la date de dépôt du quarantième
  -- instrument »; it is not in force, so nothing binds the State yet.
  {
    name = "review-coopa: the complete State assessed without --prospective, nothing binds it yet",
    profile = {
      mutual_legal_assistance = {
        legal_basis = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2018, s. 3",
        },
        electronic_evidence = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2018, ss. 40-52",
          offences = "any_offence",
        },
      },
      cooperation_principles = {
        dual_criminality_conduct = {
          adopted = true,
          source = "Extradition Act 2019, s. 5(2); Mutual Assistance Act 2018, s. 9(3)",
        },
      },
      personal_data_transfers = {
        lawful_transfer = {
          adopted = true,
          source = "Data Protection (Law Enforcement) Act 2020, ss. 60-66",
        },
        transfer_conditions = {
          adopted = true,
          source = "Data Protection (Law Enforcement) Act 2020, s. 64",
        },
        agreements = {
          adopted = true,
          source = "Treaty Series 2022 No. 4",
          instruments = { "Agreement with Ruritania on personal data in criminal matters (2022)" },
        },
        safeguards_received = {
          adopted = true,
          source = "Data Protection (Law Enforcement) Act 2020, ss. 30-45 and 70",
        },
        onward_transfer_authorisation = {
          adopted = true,
          source = "Data Protection (Law Enforcement) Act 2020, s. 67",
        },
      },
      extradition = {
        treaty_required = {
          required = false,
          source = "Extradition Act 2019, s. 2",
        },
        extraditable_offences = {
          adopted = true,
          source = "Extradition Act 2019, s. 4",
          scope = {
            scope = "all_offences",
            source = "Extradition Act 2019, s. 4",
          },
        },
        without_dual_criminality = {
          adopted = true,
          source = "Extradition Act 2019, s. 5(4)",
        },
        accessory_offences = {
          adopted = true,
          source = "Extradition Act 2019, s. 6",
        },
        cybercrime_existing_treaties = {
          adopted = true,
          source = "Extradition Act 2019, s. 3(2)",
        },
        cybercrime_new_treaties = {
          adopted = true,
          source = "Treaty practice: model extradition treaty 2021, art. 2",
        },
        cybercrime_legal_basis = {
          adopted = true,
          source = "Extradition Act 2019, s. 3(1)",
        },
        expedited_procedures = {
          adopted = true,
          source = "Extradition Act 2019, ss. 30-34 (simplified procedure on consent)",
        },
        simplified_evidence = {
          adopted = true,
          source = "Extradition Act 2019, s. 12 (no prima facie case)",
        },
        provisional_arrest = {
          adopted = true,
          source = "Extradition Act 2019, s. 15",
        },
        nationals = {
          adopted = true,
          policy = "conditional",
          source = "Constitution, art. 22(3)",
        },
        submission_for_prosecution = {
          adopted = true,
          source = "Code of Criminal Procedure, art. 690",
        },
        prosecution_cooperation = {
          adopted = true,
          source = "Code of Criminal Procedure, art. 691",
        },
        conditional_surrender = {
          adopted = true,
          source = "Extradition Act 2019, s. 8",
        },
        sentence_enforcement = {
          adopted = true,
          source = "International Enforcement of Sentences Act 2015, s. 2",
        },
        fair_treatment = {
          adopted = true,
          source = "Constitution, art. 40; Extradition Act 2019, s. 20",
        },
        fiscal_offences_no_bar = {
          adopted = true,
          source = "Extradition Act 2019, s. 7(3)",
        },
        consultation_before_refusal = {
          adopted = true,
          source = "Extradition Act 2019, s. 25",
        },
        decision_reasons = {
          adopted = true,
          source = "Extradition Act 2019, s. 26",
        },
        agreements = {
          adopted = true,
          source = "Treaty Series: 14 bilateral extradition treaties",
        },
      },
      transfers = {
        sentenced_persons = {
          adopted = true,
          source = "Transfer of Prisoners Act 2010",
        },
        criminal_proceedings = {
          adopted = true,
          source = "Code of Criminal Procedure, arts 700-705",
        },
        proceedings_convention_basis = {
          adopted = true,
          source = "Code of Criminal Procedure, art. 700(2)",
        },
      },
      contact_point_24_7 = {
        designated = {
          adopted = true,
          source = "Decree 2025-77, art. 1",
          contact = "National Cybercrime Unit, 24/7 desk",
        },
        assistance = {
          adopted = true,
          source = "Decree 2025-77, art. 2",
          measures = { "technical_advice", "preservation", "evidence_and_legal_information", "locating_suspects", "emergency_data" },
        },
        expedited_communication = {
          adopted = true,
          source = "Decree 2025-77, art. 3",
        },
        coordination = {
          adopted = true,
          source = "Decree 2025-77, art. 4",
        },
        trained_staff = {
          adopted = true,
          source = "Decree 2025-77, art. 5; staffing order 2025",
        },
        existing_networks = {
          adopted = true,
          source = "INTERPOL 24/7 network membership (2019)",
        },
      },
      notifications = {
        {
          provision = "cybercrime:37.19",
          date = "2025-10-25",
          content = "Ministry of Justice, extradition unit",
          source = "UN depositary notification",
        },
        {
          provision = "cybercrime:41.2",
          date = "2025-10-25",
          content = "National Cybercrime Unit, 24/7 desk",
          source = "UN depositary notification",
        },
      },
    },
    expect = {
      ["cybercrime:35.1"] = "not_applicable",
      ["cybercrime:36.2"] = "not_applicable",
      ["cybercrime:37.11#submission"] = "not_applicable",
      ["cybercrime:37.19"] = "not_applicable",
      ["cybercrime:38"] = "not_applicable",
      ["cybercrime:41.1"] = "not_applicable",
    },
  },

  -- Personal data, partial.  Art. 36(1) a): « Un État partie qui transfère des données
  -- personnelles ... le fait conformément à son droit interne et à toute obligation lui
  -- incombant en vertu du droit international applicable » (one element missing: partly
  -- met).  36(1) b) « les États parties peuvent exiger ... que soient respectées les
  -- conditions » and 36(1) c) « sont encouragés à conclure des accords » are options:
  -- not used, not met, no gap.  36(2): « les États parties veillent à ce que leurs cadres
  -- juridiques respectifs prévoient l'application de garanties effectives et appropriées
  -- aux données reçues » (mandatory; received data outside the Act: not met).  36(3):
  -- « Il ne transfère de telles données qu'avec l'autorisation » (met).
  {
    name = "review-coopa: personal data, lawful transfer partial, no safeguards for data received, options unused",
    prospective = true,
    profile = {
      personal_data_transfers = {
        lawful_transfer = {
          adopted = "partly",
          source = "Data Protection Act 2012, s. 50",
          missing = { "transfers in criminal matters are not bound to the State's international obligations (only to the Act)" },
        },
        transfer_conditions = {
          adopted = false,
          source = "Data Protection Act 2012 (no power to attach conditions)",
        },
        agreements = {
          adopted = false,
          source = "No agreement concluded",
        },
        safeguards_received = {
          adopted = false,
          source = "Data Protection Act 2012, s. 3(4): data received from foreign authorities excluded from the Act",
        },
        onward_transfer_authorisation = {
          adopted = true,
          source = "Mutual Assistance Act 2018, s. 60",
        },
      },
    },
    expect = {
      ["cybercrime:36.1.a"] = "partly_met",
      ["cybercrime:36.1.b"] = "not_met",
      ["cybercrime:36.1.c"] = "not_met",
      ["cybercrime:36.2"] = "not_met",
      ["cybercrime:36.3"] = "met",
    },
  },

  -- Art. 35(1) c): cooperation for « Collecte, obtention, préservation et communication
  -- de preuves sous forme électronique de toute infraction grave », not only the
  -- Convention's offences (b).  A State that shares electronic evidence only for the
  -- Convention's offences meets (a) and (b), not (c): partly met.  Art. 35(3): « chaque
  -- fois que la double incrimination est considérée comme une condition, celle-ci est
  -- réputée remplie, que la législation ... qualifie ou désigne ou non l'infraction de la
  -- même manière » — « En matière de coopération internationale », extradition and
  -- assistance alike: conduct test for extradition only is partly met.
  {
    name = "review-coopa: electronic evidence for the Convention's offences only, conduct test for extradition only",
    prospective = true,
    profile = {
      mutual_legal_assistance = {
        legal_basis = {
          adopted = true,
          source = "Mutual Assistance Act 2018, s. 3",
        },
        electronic_evidence = {
          adopted = true,
          source = "Mutual Assistance Act 2018, s. 40",
          offences = "convention_offences",
        },
      },
      cooperation_principles = {
        dual_criminality_conduct = {
          adopted = "partly",
          source = "Extradition Act 2019, s. 5(2)",
          missing = { "mutual legal assistance: the Mutual Assistance Act 2018, s. 9, requires the same legal qualification" },
        },
      },
    },
    expect = {
      ["cybercrime:35.1"] = "partly_met",
      ["cybercrime:35.3"] = "partly_met",
    },
  },

  -- Art. 35(1) a): cooperation in « Enquêtes, poursuites et procédures judiciaires
  -- concernant les infractions pénales établies conformément à la présente Convention »;
  -- no legal basis for it, while electronic evidence is shared for any offence (b, c):
  -- partly met.  Art. 35(3): a qualification test instead of the conduct test: not met.
  {
    name = "review-coopa: no legal basis for assistance but electronic evidence for any offence; qualification test",
    prospective = true,
    profile = {
      mutual_legal_assistance = {
        legal_basis = {
          adopted = false,
          source = "No statute on mutual assistance; assistance only under treaties",
          note = "no legal basis for requests outside treaties",
        },
        electronic_evidence = {
          adopted = true,
          source = "Electronic Evidence (International) Act 2024, s. 2",
          offences = "any_offence",
        },
      },
      cooperation_principles = {
        dual_criminality_conduct = {
          adopted = false,
          source = "Extradition Act 2019, s. 5(1): same legal qualification required",
        },
      },
    },
    expect = {
      ["cybercrime:35.1"] = "partly_met",
      ["cybercrime:35.3"] = "not_met",
    },
  },

  -- Art. 35(1): the legal basis stated, electronic evidence (b, c) not stated: the
  -- finding cannot be settled (unknown), it must not be guessed met.
  {
    name = "review-coopa: 35(1) legal basis stated, electronic evidence not stated",
    prospective = true,
    profile = {
      mutual_legal_assistance = {
        legal_basis = {
          adopted = true,
          source = "Mutual Assistance Act 2018, s. 3",
        },
      },
    },
    expect = {
      ["cybercrime:35.1"] = "unknown",
    },
  },

  -- Art. 35(1), the same State, the fact on electronic evidence added (« de toute
  -- infraction grave »): met; adding a true fact never lowers a finding.
  {
    name = "review-coopa: 35(1) electronic evidence for serious crimes added",
    prospective = true,
    profile = {
      mutual_legal_assistance = {
        legal_basis = {
          adopted = true,
          source = "Mutual Assistance Act 2018, s. 3",
        },
      },
    },
    adding = {
      mutual_legal_assistance = {
        electronic_evidence = {
          adopted = true,
          source = "Mutual Assistance Act 2018, s. 40",
          offences = "serious_crimes",
        },
      },
    },
    expect = {
      ["cybercrime:35.1"] = "met",
    },
  },

  -- Art. 35(1): assistance in investigations (a) yes, electronic evidence (b, c) not
  -- available at all: partly met (some of the purposes of the paragraph served).
  {
    name = "review-coopa: 35(1) assistance but no electronic evidence",
    prospective = true,
    profile = {
      mutual_legal_assistance = {
        legal_basis = {
          adopted = true,
          source = "Mutual Assistance Act 2018, s. 3",
        },
        electronic_evidence = {
          adopted = false,
          source = "Mutual Assistance Act 2018: no power to preserve or produce electronic data for a foreign request",
        },
      },
    },
    expect = {
      ["cybercrime:35.1"] = "partly_met",
    },
  },

  -- Nationals never extradited.  Art. 37(11): « est tenu, à la demande de l'État
  -- partie requérant l'extradition, de soumettre l'affaire sans retard excessif à ses
  -- autorités compétentes aux fins de poursuites » (no such duty in law: not met);
  -- « Les États parties intéressés coopèrent entre eux » (met).  Art. 37(12) concerns
  -- « un État partie [qui] ... n'est autorisé à extradier ... l'un de ses ressortissants
  -- que si cette personne est ensuite renvoyée »: a State that never extradites them is
  -- not that State (not applicable).  Art. 37(13): « envisage de faire exécuter lui-même
  -- la peine » — a consider-level duty; no law, and nothing shows it was considered:
  -- not met (a weak gap, not a gap).
  -- [Corrected after the first run, two expectations were wrong.  37(12): an option the
  -- State does not use is not met (never a gap), not « not applicable »: the words
  -- « Lorsqu'un État partie ... n'est autorisé à extrader ... que si » describe the State
  -- that uses the option, and a State that never extradites its nationals has not used
  -- it (lexgap first asked the question, which the policy already answers: fixed in the
  -- rule).  37(13): the duty arises only « si son droit interne le lui permet », and the
  -- fact sentence_enforcement asks exactly whether national law allows enforcing a
  -- foreign sentence; stated not adopted, the condition fails: not applicable, as lexgap
  -- says.  A principle of domestic law (stated in the fourth case below) is not needed for it.]
  -- [Corrected again after the second reading (fix13a): 37(12) is unknown, neither not
  -- applicable nor not met.  The paragraph speaks of a State that « n'est autorisé à
  -- extradier ou à remettre de toute autre manière l'une ou l'un de ses ressortissants
  -- que si cette personne est ensuite renvoyée sur son territoire pour purger la peine »:
  -- a constitutional bar on extraditing nationals does not say whether national law
  -- allows another surrender on that condition (the European arrest warrant's return
  -- guarantee is one).  The profile does not state conditional_surrender, so the
  -- question is asked, as UNTOC 16(11) asks it with the same facts.]
  {
    name = "review-coopa: nationals never extradited, no submission duty, no enforcement of foreign sentences",
    prospective = true,
    profile = {
      extradition = {
        nationals = {
          adopted = true,
          policy = "not_extradited",
          source = "Constitution, art. 22(1)",
        },
        submission_for_prosecution = {
          adopted = false,
          source = "Code of Criminal Procedure, art. 40: prosecution at the prosecutor's discretion, no duty on request",
        },
        prosecution_cooperation = {
          adopted = true,
          source = "Mutual Assistance Act 2018, s. 30",
        },
        sentence_enforcement = {
          adopted = false,
          source = "No law on the enforcement of foreign sentences",
        },
      },
    },
    expect = {
      ["cybercrime:37.11#submission"] = "not_met",
      ["cybercrime:37.11#cooperation"] = "met",
      ["cybercrime:37.12"] = "unknown",
      ["cybercrime:37.13"] = "not_applicable",
    },
  },

  -- Nationals extradited only on condition of return.  Art. 37(12): the conditional
  -- surrender « est suffisante aux fins de l'exécution de l'obligation énoncée au
  -- paragraphe 11 » — but only « lorsque cet État partie et l'État partie requérant
  -- s'accordent sur cette option ».  Where the requesting State does not accept the
  -- condition, the State refuses on the sole ground of nationality and 37(11) requires
  -- submission; without it, 37(11) is met only in part.  37(12) itself: met.
  {
    name = "review-coopa: conditional surrender of nationals without a submission duty",
    prospective = true,
    profile = {
      extradition = {
        nationals = {
          adopted = true,
          policy = "conditional",
          source = "Constitution, art. 22(3)",
        },
        conditional_surrender = {
          adopted = true,
          source = "Extradition Act 2019, s. 8",
        },
        submission_for_prosecution = {
          adopted = false,
          source = "Code of Criminal Procedure, art. 40",
        },
      },
    },
    expect = {
      ["cybercrime:37.11#submission"] = "partly_met",
      ["cybercrime:37.12"] = "met",
    },
  },

  -- The same conditional State, the submission duty then stated: 37(11) met by the
  -- two routes together (adding a true fact never lowers a finding).
  {
    name = "review-coopa: conditional surrender, submission duty added",
    prospective = true,
    profile = {
      extradition = {
        nationals = {
          adopted = true,
          policy = "conditional",
          source = "Constitution, art. 22(3)",
        },
        conditional_surrender = {
          adopted = true,
          source = "Extradition Act 2019, s. 8",
        },
      },
    },
    adding = {
      extradition = {
        submission_for_prosecution = {
          adopted = true,
          source = "Code of Criminal Procedure, art. 690",
        },
      },
    },
    expect = {
      ["cybercrime:37.11#submission"] = "met",
      ["cybercrime:37.12"] = "met",
    },
  },

  -- Nationals never extradited, nothing else stated: the duties 37(11) and 37(13) are
  -- triggered and nothing says how they are met: unknown; 37(12) not applicable.
  -- [Corrected after the first run: 37(12) is an option the State does not use, not met
  -- (see the case « nationals never extradited, no submission duty ... » above).]
  -- [Corrected again after the second reading (fix13a): unknown, for the reason given in
  -- that case: « remettre de toute autre manière » on condition of return is not
  -- excluded by a policy of never extraditing nationals.]
  {
    name = "review-coopa: nationals never extradited, nothing else stated",
    prospective = true,
    profile = {
      extradition = {
        nationals = {
          adopted = true,
          policy = "not_extradited",
          source = "Constitution, art. 22(1)",
        },
      },
    },
    expect = {
      ["cybercrime:37.11#submission"] = "unknown",
      ["cybercrime:37.11#cooperation"] = "unknown",
      ["cybercrime:37.12"] = "unknown",
      ["cybercrime:37.13"] = "unknown",
    },
  },

  -- Art. 37(13): the State « si son droit interne le lui permet, en conformité avec
  -- les prescriptions de ce droit ..., envisage de faire exécuter lui-même la peine ».
  -- The State states, with its source, that its law does not permit it: the duty to
  -- consider does not arise (an escape the text opens, DOMAIN §2): not applicable.
  {
    name = "review-coopa: 37(13) domestic law does not permit enforcing foreign sentences (principle stated)",
    prospective = true,
    profile = {
      extradition = {
        nationals = {
          adopted = true,
          policy = "not_extradited",
          source = "Constitution, art. 22(1)",
        },
        sentence_enforcement = {
          adopted = false,
          source = "No law on the enforcement of foreign sentences",
        },
      },
      principles = {
        {
          provisions = { "cybercrime:37.13" },
          statement = "Only a sentence pronounced by a national court can be enforced in the State; a foreign criminal judgment has no executory force.",
          source = "Constitution, art. 31; Supreme Court, Ministry v. Orlov (2011)",
        },
      },
    },
    expect = {
      ["cybercrime:37.13"] = "not_applicable",
    },
  },

  -- Measures considered and not adopted.  What meets each level (DOMAIN §2):
  -- « envisage » (37(13), 39(1) « envisagent la possibilité de se transférer ») is met by
  -- consideration; « s'efforcent » (37(6) b), 37(9), 37(20)) is a best-efforts duty and a
  -- documented consideration is the state of the efforts (met, considered).  Art. 38
  -- « peuvent ... envisager » and 36(1) c) « sont encouragés » are options: a measure not
  -- adopted stays not met, consideration changes nothing.  Art. 41(5) « fait en sorte de
  -- disposer d'un personnel formé et équipé » is mandatory: considering it is not doing it.
  {
    name = "review-coopa: considered but not adopted, by level (consider, endeavour, optional, mandatory)",
    prospective = true,
    profile = {
      extradition = {
        nationals = {
          adopted = true,
          policy = "not_extradited",
          source = "Constitution, art. 22(1)",
        },
        sentence_enforcement = {
          adopted = false,
          source = "No law",
          considered = true,
          note = "Considered in the 2023 review of the Code; rejected",
        },
        treaty_required = {
          required = true,
          source = "Constitution, art. 19(2)",
        },
        cybercrime_legal_basis = {
          adopted = false,
          source = "Constitution, art. 19(2)",
        },
        agreements = {
          adopted = false,
          source = "No treaty negotiated",
          considered = true,
          note = "Treaty programme reviewed in 2025",
        },
        expedited_procedures = {
          adopted = false,
          source = "Extradition Act 2019",
          considered = true,
        },
        simplified_evidence = {
          adopted = false,
          source = "Extradition Act 2019",
          considered = true,
        },
      },
      transfers = {
        sentenced_persons = {
          adopted = false,
          source = "No agreement",
          considered = true,
        },
        criminal_proceedings = {
          adopted = false,
          source = "No provision",
          considered = true,
          note = "Bill considered and withdrawn, 2024",
        },
      },
      personal_data_transfers = {
        agreements = {
          adopted = false,
          source = "No agreement",
          considered = true,
        },
      },
      contact_point_24_7 = {
        trained_staff = {
          adopted = false,
          source = "No staff assigned",
          considered = true,
        },
      },
    },
    expect = {
      ["cybercrime:37.13"] = "met",
      ["cybercrime:39.1"] = "met",
      ["cybercrime:37.6.b"] = "met",
      ["cybercrime:37.20"] = "met",
      ["cybercrime:37.9"] = "met",
      ["cybercrime:38"] = "not_met",
      ["cybercrime:36.1.c"] = "not_met",
      ["cybercrime:41.5"] = "not_met",
    },
  },

  -- Extradition, partial implementation.  37(14) « se voit garantir un traitement
  -- équitable à tous les stades de la procédure, y compris la jouissance de tous les
  -- droits »: partly met.  37(16) « ne peuvent rejeter une demande d'extradition au seul
  -- motif que l'infraction est considérée comme touchant aussi à des questions
  -- fiscales »: a fiscal bar is not met.  37(17) « consulte, s'il y a lieu »: not met.
  -- 37(18) « Il l'informe de toute raison de refus d'extradition, à moins qu'il n'en soit
  -- empêché par son droit interne »: no bar in law, reasons withheld: partly met.  37(9)
  -- « s'efforcent ... d'accélérer les procédures ... et de simplifier les exigences en
  -- matière de preuve »: one of two: partly met.  37(10) « peut ... placer en
  -- détention » and 37(2) « peut accorder l'extradition », 37(3) « peut appliquer »:
  -- options not used, not met.  37(4): existing treaties include the offences
  -- « de plein droit » (met); « s'engagent à inclure ces infractions ... dans tout traité
  -- d'extradition qu'ils concluront »: the new model treaty does not (not met).
  {
    name = "review-coopa: extradition, partial implementation across paragraphs",
    prospective = true,
    profile = {
      extradition = {
        fair_treatment = {
          adopted = "partly",
          source = "Constitution, art. 40",
          missing = { "no right to legal aid in extradition proceedings" },
        },
        fiscal_offences_no_bar = {
          adopted = false,
          source = "Extradition Act 2019, s. 7(1)(c): fiscal offences excluded",
        },
        consultation_before_refusal = {
          adopted = false,
          source = "No provision or practice",
          note = "the Ministry refuses without consulting",
        },
        decision_reasons = {
          adopted = "partly",
          source = "Extradition Act 2019, s. 26",
          missing = { "the reasons for a refusal are never given (not a bar of national law)" },
        },
        expedited_procedures = {
          adopted = true,
          source = "Extradition Act 2019, ss. 30-34",
        },
        simplified_evidence = {
          adopted = false,
          source = "Extradition Act 2019, s. 12: prima facie case required",
        },
        provisional_arrest = {
          adopted = false,
          source = "Extradition Act 2019 (no provisional arrest before a request is received)",
        },
        without_dual_criminality = {
          adopted = false,
          source = "Extradition Act 2019, s. 5(1)",
        },
        accessory_offences = {
          adopted = false,
          source = "Extradition Act 2019, s. 6 (no accessory extradition)",
        },
        cybercrime_existing_treaties = {
          adopted = true,
          source = "Extradition Act 2019, s. 3(2)",
        },
        cybercrime_new_treaties = {
          adopted = false,
          source = "Model treaty 2021 lists offences without the Convention's offences",
        },
      },
    },
    expect = {
      ["cybercrime:37.14"] = "partly_met",
      ["cybercrime:37.16"] = "not_met",
      ["cybercrime:37.17"] = "not_met",
      ["cybercrime:37.18"] = "partly_met",
      ["cybercrime:37.9"] = "partly_met",
      ["cybercrime:37.10"] = "not_met",
      ["cybercrime:37.2"] = "not_met",
      ["cybercrime:37.3"] = "not_met",
      ["cybercrime:37.4#existing-treaties"] = "met",
      ["cybercrime:37.4#future-treaties"] = "not_met",
    },
  },

  -- The UNTOC facts of art. 16(3)-(4) are about UNTOC: « La présente Convention »
  -- of art. 37(4)-(5) of this Convention is this Convention.  Knowing that UNTOC is a
  -- legal basis or that UNTOC offences are in treaties says nothing of the cybercrime
  -- offences: 37(4) both sentences, 37(5) and 37(6) b) (whose condition is whether this
  -- Convention is the basis) unknown; 37(6) a) unknown (no notifications key).  The
  -- transfer facts are general (transfer of sentenced persons, of proceedings) and serve
  -- both treaties (DOMAIN §6): 38 and 39(1) met.
  {
    name = "review-coopa: UNTOC's extradition facts do not answer the Cybercrime Convention's; shared transfer facts do",
    prospective = true,
    profile = {
      extradition = {
        treaty_required = {
          required = true,
          source = "Constitution, art. 19(2)",
        },
        existing_treaties = {
          adopted = true,
          source = "Extradition Act 2019, s. 3(2) (UNTOC offences)",
        },
        new_treaties = {
          adopted = true,
          source = "Treaty practice (UNTOC offences)",
        },
        convention_as_legal_basis = {
          adopted = true,
          source = "Extradition Act 2019, s. 3(1) (UNTOC)",
        },
      },
      transfers = {
        sentenced_persons = {
          adopted = true,
          source = "Transfer of Prisoners Act 2010",
        },
        criminal_proceedings = {
          adopted = true,
          source = "Code of Criminal Procedure, arts 700-705",
        },
      },
    },
    expect = {
      ["cybercrime:37.4#existing-treaties"] = "unknown",
      ["cybercrime:37.4#future-treaties"] = "unknown",
      ["cybercrime:37.5"] = "unknown",
      ["cybercrime:37.6.b"] = "unknown",
      ["cybercrime:37.6.a"] = "unknown",
      ["cybercrime:38"] = "met",
      ["cybercrime:39.1"] = "met",
    },
  },

  -- Art. 37(7): the offences « auxquelles le présent article s'applique » (37(1): the
  -- offences established under the Convention, punishable in both States) must be
  -- recognized as extraditable.  A list of extraditable offences that leaves out the
  -- illegal access offence (art. 7) does not recognize them all: partly met.
  {
    name = "review-coopa: 37(7) a list of extraditable offences without the illegal access offence",
    prospective = true,
    profile = {
      offences = {
        tl_access = {
          name = "Unauthorised access",
          source = "Criminal Code, s. 301",
          max_prison_years = 1,
          conduct = { "ict_illegal_access" },
        },
        tl_intercept = {
          name = "Unlawful interception",
          source = "Criminal Code, s. 302",
          max_prison_years = 5,
          conduct = { "ict_illegal_interception" },
        },
        tl_damage = {
          name = "Data damage",
          source = "Criminal Code, s. 303",
          max_prison_years = 5,
          conduct = { "ict_data_interference", "ict_system_interference" },
        },
      },
      extradition = {
        treaty_required = {
          required = false,
          source = "Extradition Act 2019, s. 2",
        },
        extraditable_offences = {
          adopted = true,
          source = "Extradition Act 2019, sch. 1",
          scope = {
            scope = "list",
            offences = { "tl_intercept", "tl_damage" },
            source = "Extradition Act 2019, sch. 1",
          },
        },
      },
    },
    expect = {
      ["cybercrime:37.7"] = "partly_met",
    },
  },

  -- Art. 37(7) read with 37(8): « L'extradition est subordonnée aux conditions
  -- prévues par le droit interne de l'État partie requis ..., y compris, notamment, aux
  -- conditions concernant la peine minimale requise pour extrader ».  A general
  -- minimum-penalty threshold (two years) is a condition the Convention preserves, even
  -- if one Convention offence (1 year) falls below it; 37(3) itself contemplates offences
  -- that « ne peuvent pas donner lieu à extradition en raison de la durée de la peine
  -- d'emprisonnement ».  Met.
  -- [Corrected after the second reading (fix13a): partly met.  37(7) requires that
  -- States « reconnaissent entre eux aux infractions auxquelles le présent article
  -- s'applique le caractère d'infraction pouvant donner lieu à extradition »; the
  -- unauthorised access offence (1 year) is one of them and, below the 2-year threshold,
  -- is not extraditable.  37(8) (« y compris, notamment, aux conditions concernant la
  -- peine minimale requise pour extradier ») is the State's argument, not a ground of
  -- compliance; the offences 37(3) calls not extraditable « en raison de la durée de la
  -- peine d'emprisonnement » are those that « ont un lien avec des infractions établies
  -- conformément à la présente Convention », not those offences themselves.  UNTOC
  -- 16(7) is the same saving clause, and UNTOC 16(6) reports an offence below the
  -- threshold as a gap: the pack keeps one reading for the twins.]
  {
    name = "review-coopa: 37(7) a general penalty threshold (37(8) preserves minimum-penalty conditions)",
    prospective = true,
    profile = {
      offences = {
        tl_access = {
          name = "Unauthorised access",
          source = "Criminal Code, s. 301",
          max_prison_years = 1,
          conduct = { "ict_illegal_access" },
        },
        tl_intercept = {
          name = "Unlawful interception",
          source = "Criminal Code, s. 302",
          max_prison_years = 5,
          conduct = { "ict_illegal_interception" },
        },
        tl_damage = {
          name = "Data damage",
          source = "Criminal Code, s. 303",
          max_prison_years = 5,
          conduct = { "ict_data_interference", "ict_system_interference" },
        },
      },
      extradition = {
        treaty_required = {
          required = false,
          source = "Extradition Act 2019, s. 2",
        },
        extraditable_offences = {
          adopted = true,
          source = "Extradition Act 2019, s. 4",
          scope = {
            scope = "threshold",
            threshold_prison_years = 2,
            source = "Extradition Act 2019, s. 4",
          },
        },
      },
    },
    expect = {
      ["cybercrime:37.7"] = "partly_met",
    },
  },

  -- Art. 37(7), « reconnaissent entre eux ... le caractère d'infraction pouvant donner
  -- lieu à extradition »: none of the offences recognized: not met.
  {
    name = "review-coopa: 37(7) the Convention's offences not extraditable",
    prospective = true,
    profile = {
      extradition = {
        treaty_required = {
          required = false,
          source = "Extradition Act 2019, s. 2",
        },
        extraditable_offences = {
          adopted = false,
          source = "Extradition Act 2019: extradition only for offences listed in sch. 1, none of the Convention's",
        },
      },
    },
    expect = {
      ["cybercrime:37.7"] = "not_met",
    },
  },

  -- Art. 37(7) binds only « Les États parties qui ne subordonnent pas l'extradition à
  -- l'existence d'un traité »: whether a treaty is required is not stated, so neither
  -- 37(7) nor 37(5)-(6) can be settled: unknown.
  {
    name = "review-coopa: 37(7) whether a treaty is required not stated",
    prospective = true,
    profile = {
      extradition = {
        extraditable_offences = {
          adopted = true,
          source = "Extradition Act 2019, s. 4",
          scope = {
            scope = "all_offences",
            source = "Extradition Act 2019, s. 4",
          },
        },
      },
    },
    expect = {
      ["cybercrime:37.7"] = "unknown",
      ["cybercrime:37.5"] = "unknown",
      ["cybercrime:37.6.a"] = "unknown",
    },
  },

  -- No 24/7 point of contact.  41(1) « Chaque État partie désigne un point de
  -- contact joignable 24 heures sur 24 »: not met.  With none designated, there is
  -- nothing to notify (41(2)), no assistance it gives (41(3) « Cette assistance
  -- englobe »), no means of correspondence (41(4)) and no staff « en vue de veiller au
  -- fonctionnement du réseau 24/7 » (41(5)): all not met, settled by the absence stated.
  -- 41(6) (« peuvent aussi ... utiliser ... les réseaux autorisés existants ») is an
  -- option about other networks: nothing stated, unknown.
  {
    name = "review-coopa: no 24/7 point of contact designated",
    prospective = true,
    profile = {
      contact_point_24_7 = {
        designated = {
          adopted = false,
          source = "No point of contact designated",
        },
      },
    },
    expect = {
      ["cybercrime:41.1"] = "not_met",
      ["cybercrime:41.2"] = "not_met",
      ["cybercrime:41.3"] = "not_met",
      ["cybercrime:41.4"] = "not_met",
      ["cybercrime:41.5"] = "not_met",
      ["cybercrime:41.6"] = "unknown",
    },
  },

  -- 24/7 point of contact, partial.  41(3): « Cette assistance englobe la
  -- facilitation ... des mesures suivantes : a) ... e) La fourniture de données
  -- électroniques destinées à éviter toute situation d'urgence » — the list is what the
  -- assistance includes; four of five: partly met.  41(4): « a les moyens de
  -- correspondre ... selon une procédure accélérée » (yes) and, if it is not part of the
  -- authorities for assistance or extradition, « il veille à pouvoir agir en
  -- coordination avec cette autorité » (no): partly met.  41(5): staff partly: partly
  -- met.  41(6) option not used: not met.  41(2): notifications not stated: unknown.
  {
    name = "review-coopa: 24/7 point of contact, assistance, coordination and staff partial",
    prospective = true,
    profile = {
      contact_point_24_7 = {
        designated = {
          adopted = true,
          source = "Decree 2025-77, art. 1",
          contact = "Police cyber desk",
        },
        assistance = {
          adopted = "partly",
          source = "Decree 2025-77, art. 2",
          missing = { "e) providing electronic data to avert an emergency" },
          measures = { "technical_advice", "preservation", "evidence_and_legal_information", "locating_suspects" },
        },
        expedited_communication = {
          adopted = true,
          source = "Decree 2025-77, art. 3",
        },
        coordination = {
          adopted = false,
          source = "The desk is part of the police; no procedure with the Ministry of Justice (central authority)",
        },
        trained_staff = {
          adopted = "partly",
          source = "Staffing order 2025",
          missing = { "no cover at night and weekends" },
        },
        existing_networks = {
          adopted = false,
          source = "Not a member of the INTERPOL network",
        },
      },
    },
    expect = {
      ["cybercrime:41.1"] = "met",
      ["cybercrime:41.2"] = "unknown",
      ["cybercrime:41.3"] = "partly_met",
      ["cybercrime:41.4"] = "partly_met",
      ["cybercrime:41.5"] = "partly_met",
      ["cybercrime:41.6"] = "not_met",
    },
  },

  -- 41(4), two routes: expedited correspondence stated, coordination not stated
  -- (unknown); the coordination then added (the point of contact is within the
  -- Ministry's directorate that is the central authority: « Si le point de contact ...
  -- ne dépend pas de l'autorité ... il veille à pouvoir agir en coordination »): met.
  {
    name = "review-coopa: 41(4) coordination added to expedited communication",
    prospective = true,
    profile = {
      contact_point_24_7 = {
        designated = {
          adopted = true,
          source = "Decree 2025-77, art. 1",
          contact = "Ministry of Justice, international cooperation directorate, 24/7 line",
        },
        expedited_communication = {
          adopted = true,
          source = "Decree 2025-77, art. 3",
        },
      },
    },
    adding = {
      contact_point_24_7 = {
        coordination = {
          adopted = true,
          source = "Decree 2025-77, art. 4: the desk is part of the central authority",
        },
      },
    },
    expect = {
      ["cybercrime:41.4"] = "met",
    },
  },

  -- 37(9), two elements (« d'accélérer les procédures d'extradition et de simplifier
  -- les exigences en matière de preuve »): expedited procedures stated, evidence not
  -- stated; the simplified evidence then added: met.
  {
    name = "review-coopa: 37(9) simplified evidence added to expedited procedures",
    prospective = true,
    profile = {
      extradition = {
        expedited_procedures = {
          adopted = true,
          source = "Extradition Act 2019, ss. 30-34",
        },
      },
    },
    adding = {
      extradition = {
        simplified_evidence = {
          adopted = true,
          source = "Extradition Act 2019, s. 12",
        },
      },
    },
    expect = {
      ["cybercrime:37.9"] = "met",
    },
  },

  -- Law changes: the point of contact is designated by a decree in force from
  -- 2026-07-01.  Only law in force on the assessment date counts: the day before, 41(1)
  -- « désigne un point de contact » is not met.
  {
    name = "review-coopa: 24/7 point of contact designated from 2026-07-01, assessed the day before",
    prospective = true,
    as_of = "2026-06-30",
    profile = {
      contact_point_24_7 = {
        designated = {
          adopted = true,
          source = "Decree 2026-40, art. 1",
          contact = "Cyber desk",
          from = "2026-07-01",
        },
      },
    },
    expect = {
      ["cybercrime:41.1"] = "not_met",
    },
  },

  -- The same decree, assessed on the day it enters into force: met.
  {
    name = "review-coopa: 24/7 point of contact designated from 2026-07-01, assessed that day",
    prospective = true,
    as_of = "2026-07-01",
    profile = {
      contact_point_24_7 = {
        designated = {
          adopted = true,
          source = "Decree 2026-40, art. 1",
          contact = "Cyber desk",
          from = "2026-07-01",
        },
      },
    },
    expect = {
      ["cybercrime:41.1"] = "met",
    },
  },

  -- Law changes: the rule that fiscal matters are no bar (37(16) « ne peuvent rejeter
  -- une demande d'extradition au seul motif que l'infraction est considérée comme
  -- touchant aussi à des questions fiscales ») is repealed on 2026-06-01: on that day it
  -- is no longer in force (not met).
  {
    name = "review-coopa: 37(16) rule repealed on 2026-06-01, assessed that day",
    prospective = true,
    as_of = "2026-06-01",
    profile = {
      extradition = {
        fiscal_offences_no_bar = {
          adopted = true,
          source = "Extradition Act 2019, s. 7(3)",
          from = "2019-01-01",
          repealed = "2026-06-01",
        },
      },
    },
    expect = {
      ["cybercrime:37.16"] = "not_met",
    },
  },

  -- The same repeal, assessed the day before: still in force, met.
  {
    name = "review-coopa: 37(16) rule repealed on 2026-06-01, assessed the day before",
    prospective = true,
    as_of = "2026-05-31",
    profile = {
      extradition = {
        fiscal_offences_no_bar = {
          adopted = true,
          source = "Extradition Act 2019, s. 7(3)",
          from = "2019-01-01",
          repealed = "2026-06-01",
        },
      },
    },
    expect = {
      ["cybercrime:37.16"] = "met",
    },
  },

  -- Reservations and declarations.  Arts 35-41 provide for no reservation (the
  -- Convention's « peut se réserver le droit » appear in arts 11(3), 23(3), 42(5), 63(3)
  -- only).  A reservation to 37(16) is honoured (not applicable) but flagged as not
  -- provided for.  A reservation to 41(1) withdrawn on 2026-05-01 no longer applies
  -- (the designation stated: met).  A declaration on 37(5) switches nothing off
  -- (the Convention is the legal basis: met).
  {
    name = "review-coopa: reservation not provided for (37(16)), reservation withdrawn (41(1)), declaration (37(5))",
    prospective = true,
    profile = {
      extradition = {
        fiscal_offences_no_bar = {
          adopted = false,
          source = "Extradition Act 2019, s. 7(1)(c)",
        },
        treaty_required = {
          required = true,
          source = "Constitution, art. 19(2)",
        },
        cybercrime_legal_basis = {
          adopted = true,
          source = "Extradition Act 2019, s. 3(1)",
        },
      },
      contact_point_24_7 = {
        designated = {
          adopted = true,
          source = "Decree 2025-77, art. 1",
          contact = "Cyber desk",
        },
      },
      reservations = {
        {
          instrument = "cybercrime",
          provisions = { "cybercrime:37.16" },
          from = "2026-01-01",
          kind = "reservation",
          text = "Testland does not consider itself bound by art. 37(16).",
          source = "Instrument of ratification",
        },
        {
          instrument = "cybercrime",
          provisions = { "cybercrime:41.1" },
          from = "2025-10-25",
          withdrawn = "2026-05-01",
          kind = "reservation",
          text = "Testland reserves art. 41(1).",
          source = "Signature",
        },
        {
          instrument = "cybercrime",
          provisions = { "cybercrime:37.5" },
          from = "2026-01-01",
          kind = "declaration",
          text = "Testland will apply art. 37(5) only to States that accept reciprocity.",
          source = "Instrument of ratification",
        },
      },
    },
    expect = {
      ["cybercrime:37.16"] = "not_applicable",
      ["cybercrime:41.1"] = "met",
      ["cybercrime:37.5"] = "met",
    },
  },

  -- A reservation taking effect after the assessment date switches nothing off yet:
  -- 37(16) assessed on the facts (met).
  {
    name = "review-coopa: reservation to 37(16) not yet in effect",
    prospective = true,
    profile = {
      extradition = {
        fiscal_offences_no_bar = {
          adopted = true,
          source = "Extradition Act 2019, s. 7(3)",
        },
      },
      reservations = {
        {
          instrument = "cybercrime",
          provisions = { "cybercrime:37.16" },
          from = "2026-07-01",
          kind = "reservation",
          text = "Testland does not consider itself bound by art. 37(16).",
          source = "Instrument of ratification",
        },
      },
    },
    expect = {
      ["cybercrime:37.16"] = "met",
    },
  },

  -- Transfers, nothing provided.  Art. 38: « Les États parties peuvent ... envisager
  -- de conclure des accords » (optional: not met, no gap).  39(1): « Les États parties
  -- envisagent la possibilité de se transférer mutuellement les procédures » (consider:
  -- nothing adopted and no consideration shown: not met, weak).  39(2): « il peut
  -- considérer la présente Convention comme la base légale du transfert » (optional: not
  -- used, not met).
  {
    name = "review-coopa: no transfer of sentenced persons or of proceedings, nothing considered",
    prospective = true,
    profile = {
      transfers = {
        sentenced_persons = {
          adopted = false,
          source = "No agreement; no law on transfer of prisoners",
        },
        criminal_proceedings = {
          adopted = false,
          source = "No provision",
        },
        proceedings_convention_basis = {
          adopted = false,
          source = "Code of Criminal Procedure, art. 700: a treaty required, the Convention not accepted",
        },
      },
    },
    expect = {
      ["cybercrime:38"] = "not_met",
      ["cybercrime:39.1"] = "not_met",
      ["cybercrime:39.2"] = "not_met",
    },
  },
}
