-- Independent review of the Cybercrime Convention pack, article 40
-- (general principles and procedures of mutual legal assistance, all its
-- paragraphs), with art. 35(3) on which it relies.  Fictional States'
-- profiles, with the statuses expected from the official French text alone,
-- written before the pack's rules, tests and docs/cybercrime.md were read and
-- before lexgap was run on them.  The Convention is not in force (art. 65):
-- every case is assessed as a prospective party unless it says otherwise.
-- English renderings in comments are unofficial translations.
return {

  -- Case A: complete and correct implementation.  Art. 40(1): « Les États
  -- parties s'accordent mutuellement l'entraide judiciaire la plus large possible
  -- [...] concernant les infractions établies conformément à la présente
  -- Convention, et aux fins de la collecte de preuves sous forme électronique des
  -- infractions établies conformément à la présente Convention, ainsi que
  -- d'infractions graves » (any offence reaches every serious crime, art. 2 h)).
  -- Every mandatory paragraph is met; every option of the text is used, so the
  -- optional ones (40(4) « peuvent », 40(8) « peut [...] fournir cette aide [...]
  -- que l'acte constitue ou non une infraction », 40(9) « peut faire l'objet d'un
  -- transfèrement », 40(13) « les demandes peuvent être faites oralement »,
  -- 40(14) « sont encouragées », 40(18) « peut [...] autoriser son audition par
  -- visioconférence », 40(21) « peut être refusée », 40(27) « peut être
  -- différée », 40(31)(b) « Peut, à son gré ») are met too, and so is the duty
  -- to consider of 40(32) (« envisagent, s'il y a lieu »: agreements concluded).
  -- Notifications of 40(12)(c) and 40(13) « au moment où [l'État partie] dépose
  -- son instrument » were made on the day of deposit.  Art. 35(3): « la double
  -- incrimination [...] est réputée remplie [...] si l'acte constituant
  -- l'infraction [...] est une infraction pénale en vertu de la législation des
  -- deux États parties ».
  {
    name = "review 40: complete and correct implementation, every option used",
    prospective = true,
    profile = {
      parties = {
        cybercrime = {
          signed = "2025-10-25",
          deposited = "2026-02-02",
          means = "ratification",
        },
      },
      mutual_legal_assistance = {
        legal_basis = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 3 (assistance for any offence punishable under the law of the requesting State)",
          from = "2012-07-01",
        },
        legal_persons = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 4(2) (whatever the form of liability in the requesting State)",
        },
        electronic_evidence = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, Part 4A (electronic evidence, any offence)",
          offences = "any_offence",
        },
        electronic_requests = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 9 (electronic transmission through the secure e-MLA platform)",
        },
        purposes = {
          taking_evidence = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 12",
          },
          service_of_documents = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 13",
          },
          search_seizure_freezing = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, ss. 14-16",
          },
          examining_objects_sites = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 17",
          },
          information_expertise = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 18",
          },
          documents_records = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 19 (including bank, financial, corporate and business records)",
          },
          tracing_proceeds = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 20",
          },
          voluntary_appearance = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 21",
          },
          other_assistance = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 22 (any other assistance not contrary to national law)",
          },
        },
        spontaneous_transmission = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 30",
        },
        received_information_conditions = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 31",
        },
        without_treaty = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 5 (no treaty required)",
          basis = "national_law",
        },
        bank_secrecy_no_ground = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 19(3)",
        },
        dual_criminality = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 8 (dual criminality a ground the Minister may waive)",
          requirement = "discretionary",
        },
        detained_persons = {
          outgoing = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 24",
          },
          incoming = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 25",
          },
          custody = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 25(2)",
          },
          return_without_extradition = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 25(3)",
          },
          time_credit = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 24(4)",
          },
          safe_conduct = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 26",
          },
        },
        central_authority = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 6",
          authority = "Ministry of Justice, Department of International Cooperation",
        },
        oral_requests = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 9(2)",
        },
        requested_procedures = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 10",
        },
        videoconference = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 23",
        },
        refusal_grounds = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7",
          grounds = { "non_conformity", "essential_interests", "domestic_prohibition", "legal_system" },
        },
        fiscal_no_ground = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7(3)",
        },
        refusal_reasons = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7(5)",
        },
        timely_execution = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 11",
        },
        postponement = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7(4)",
        },
        consultation_before_refusal = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7(6)",
        },
        safe_conduct = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 27",
        },
        public_records = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 28(1)",
        },
        non_public_records = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 28(2)",
        },
        agreements = {
          adopted = true,
          source = "Treaty Series 2015 No. 4 and 2019 No. 11",
          instruments = { "MLA Treaty with Ruritania (2015)", "MLA Treaty with Freedonia (2019)" },
        },
      },
      cooperation_principles = {
        dual_criminality_conduct = {
          adopted = true,
          source = "Criminal Code, s. 9A (conduct test)",
        },
      },
      notifications = {
        {
          provision = "cybercrime:40.12.c",
          date = "2026-02-02",
          content = "Ministry of Justice, Department of International Cooperation",
          source = "Depositary notification C.N.12.2026",
        },
        {
          provision = "cybercrime:40.13",
          date = "2026-02-02",
          content = "English, French",
          source = "Depositary notification C.N.12.2026",
        },
      },
    },
    expect = {
      ["cybercrime:40.1"] = "met",
      ["cybercrime:40.2"] = "met",
      ["cybercrime:40.3.a"] = "met",
      ["cybercrime:40.3.b"] = "met",
      ["cybercrime:40.3.c"] = "met",
      ["cybercrime:40.3.g"] = "met",
      ["cybercrime:40.3.h"] = "met",
      ["cybercrime:40.3.i"] = "met",
      ["cybercrime:40.3.j"] = "met",
      ["cybercrime:40.3.k"] = "met",
      ["cybercrime:40.3.m"] = "met",
      ["cybercrime:40.4"] = "met",
      ["cybercrime:40.5"] = "met",
      ["cybercrime:40.7"] = "met",
      ["cybercrime:40.8"] = "met",
      ["cybercrime:40.9"] = "met",
      ["cybercrime:40.10.a"] = "met",
      ["cybercrime:40.10.c"] = "met",
      ["cybercrime:40.10.d"] = "met",
      ["cybercrime:40.11"] = "met",
      ["cybercrime:40.12.a"] = "met",
      ["cybercrime:40.12.c"] = "met",
      ["cybercrime:40.13#languages"] = "met",
      ["cybercrime:40.13#oral"] = "met",
      ["cybercrime:40.14"] = "met",
      ["cybercrime:40.17"] = "met",
      ["cybercrime:40.18"] = "met",
      ["cybercrime:40.19"] = "met",
      ["cybercrime:40.21"] = "met",
      ["cybercrime:40.23"] = "met",
      ["cybercrime:40.24"] = "met",
      ["cybercrime:40.25"] = "met",
      ["cybercrime:40.26"] = "met",
      ["cybercrime:40.27"] = "met",
      ["cybercrime:40.28"] = "met",
      ["cybercrime:40.29"] = "met",
      ["cybercrime:40.31.a"] = "met",
      ["cybercrime:40.31.b"] = "met",
      ["cybercrime:40.32"] = "met",
      ["cybercrime:35.3"] = "met",
    },
  },

  -- Case B: electronic evidence only for the Convention's offences.  Art. 40(1)
  -- also requires assistance « aux fins de la collecte de preuves sous forme
  -- électronique [...] ainsi que d'infractions graves » (art. 2 h): « infraction
  -- passible d'une peine privative de liberté dont le maximum ne doit pas être
  -- inférieur à quatre ans »).  A law limited to the Convention's offences misses
  -- the serious crimes: partly met.  Nothing else is stated: the other
  -- obligations the questionnaire covers are unknown (absence never means
  -- « no »), and without a `notifications` key the notifications are unknown.
  {
    name = "review 40(1): electronic evidence only for the Convention's offences, nothing else stated",
    prospective = true,
    profile = {
      parties = {
        cybercrime = {
          signed = "2025-10-25",
          deposited = "2026-02-02",
          means = "ratification",
        },
      },
      mutual_legal_assistance = {
        legal_basis = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 3",
        },
        electronic_evidence = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, Part 4A (only for the offences of the Cybercrime Convention)",
          offences = "convention_offences",
        },
      },
    },
    expect = {
      ["cybercrime:40.1"] = "partly_met",
      ["cybercrime:40.2"] = "unknown",
      ["cybercrime:40.7"] = "unknown",
      ["cybercrime:40.12.a"] = "unknown",
      ["cybercrime:40.12.c"] = "unknown",
      ["cybercrime:40.13#languages"] = "unknown",
      ["cybercrime:40.24"] = "unknown",
      ["cybercrime:40.32"] = "unknown",
      ["cybercrime:40.8"] = "unknown",
      ["cybercrime:40.10.a"] = "unknown",
    },
  },

  -- Case B2: a general basis for assistance, but no way to collect electronic
  -- evidence on request.  Art. 40(1) names two purposes, joined by « et »: the
  -- assistance « lors des enquêtes, poursuites et procédures judiciaires » is
  -- there, that « aux fins de la collecte de preuves sous forme électronique » is
  -- absent: partly met, not met.
  {
    name = "review 40(1): legal basis without electronic evidence",
    prospective = true,
    profile = {
      mutual_legal_assistance = {
        legal_basis = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 3",
        },
        electronic_evidence = {
          adopted = false,
          source = "Mutual Assistance in Criminal Matters Act 2012 (no provision on electronic evidence; MLA only by letters rogatory for documentary evidence)",
        },
      },
    },
    expect = {
      ["cybercrime:40.1"] = "partly_met",
    },
  },

  -- Case B3: the converse of B2: electronic evidence for any offence, but no
  -- general basis for assistance in « enquêtes, poursuites et procédures
  -- judiciaires concernant les infractions établies conformément à la présente
  -- Convention » (art. 40(1), first limb): one limb of two, partly met.
  {
    name = "review 40(1): electronic evidence without a general legal basis",
    prospective = true,
    profile = {
      mutual_legal_assistance = {
        legal_basis = {
          adopted = false,
          source = "Code of Criminal Procedure, art. 700 (letters rogatory only under a treaty, none covering these offences)",
        },
        electronic_evidence = {
          adopted = true,
          source = "Electronic Evidence Act 2024, s. 40 (foreign production requests, any offence)",
          offences = "any_offence",
        },
      },
    },
    expect = {
      ["cybercrime:40.1"] = "partly_met",
    },
  },

  -- Case C: a restrictive, treaty-bound State that states its absences.
  -- 40(7): « Les paragraphes 8 à 31 du présent article sont applicables aux
  -- demandes [...] si les États parties en question ne sont pas liés par un
  -- traité d'entraide judiciaire »: assistance only under a treaty is not met.
  -- 40(23) « ne peuvent rejeter une demande [...] au seul motif que l'infraction
  -- est considérée comme touchant aussi à des questions fiscales » and 40(24)
  -- « ne peuvent invoquer le secret bancaire pour refuser » are prohibitions:
  -- mandatory, not met (lifting secrecy for domestic proceedings does not answer
  -- 40(24), which is about refusing a foreign request).  40(25) « Tout refus
  -- [...] doit être motivé », 40(28) « l'État partie requis étudie avec l'État
  -- partie requérant », 40(31)(a) « Fournit [...] copie des dossiers [...]
  -- auxquels [...] le public a accès »: mandatory, not met.  Options not used
  -- (not met, never a gap): 40(4), 40(8) (dual criminality always required:
  -- « peuvent invoquer l'absence de double incrimination pour refuser » is used,
  -- the option of giving aid without it is not), 40(13) oral requests, 40(14),
  -- 40(18), 40(21) (no ground of the list retained), 40(27), 40(31)(b).  40(32)
  -- « envisagent »: no agreement and no consideration recorded: not met.  An
  -- empty `notifications` list with a deposit made: 40(12)(c) and 40(13) not
  -- met.  35(3) not met: the qualification, not the conduct, decides.
  -- The central authority exists: 40(12)(a) met; 40(1) met (serious crimes).
  {
    name = "review 40: a treaty-bound State that states its absences",
    prospective = true,
    profile = {
      parties = {
        cybercrime = {
          signed = "2025-10-25",
          deposited = "2026-02-02",
          means = "ratification",
        },
      },
      confiscation = {
        bank_secrecy_no_bar = {
          adopted = true,
          source = "Banking Act 1998, s. 47 (secrecy lifted for domestic criminal proceedings)",
        },
      },
      cooperation_principles = {
        dual_criminality_conduct = {
          adopted = false,
          source = "Extradition and Assistance Act 1971, s. 2 (same legal qualification required)",
        },
      },
      mutual_legal_assistance = {
        legal_basis = {
          adopted = true,
          source = "Extradition and Assistance Act 1971, s. 30",
          from = "1971-03-01",
        },
        electronic_evidence = {
          adopted = true,
          source = "Extradition and Assistance Act 1971, s. 30A (any serious crime)",
          offences = "serious_crimes",
        },
        without_treaty = {
          adopted = false,
          source = "Extradition and Assistance Act 1971, s. 29 (assistance only under a treaty)",
        },
        bank_secrecy_no_ground = {
          adopted = false,
          source = "Banking Act 1998, s. 47(4) (secrecy may be opposed to foreign requests)",
        },
        fiscal_no_ground = {
          adopted = false,
          source = "Extradition and Assistance Act 1971, s. 33(c) (fiscal offences excluded)",
        },
        refusal_reasons = {
          adopted = false,
          source = "Extradition and Assistance Act 1971, s. 34 (no reasons given)",
        },
        consultation_before_refusal = {
          adopted = false,
          source = "Ministry of Justice circular 2/2010 (no consultation)",
        },
        public_records = {
          adopted = false,
          source = "Public Records Act 1980, s. 5 (foreign authorities excluded)",
        },
        non_public_records = {
          adopted = false,
          source = "Public Records Act 1980, s. 6",
        },
        spontaneous_transmission = {
          adopted = false,
          source = "Extradition and Assistance Act 1971 (no provision; police information only on request)",
        },
        videoconference = {
          adopted = false,
          source = "Code of Criminal Procedure, art. 410 (personal appearance required)",
        },
        electronic_requests = {
          adopted = false,
          source = "Extradition and Assistance Act 1971, s. 31 (originals by diplomatic bag only)",
        },
        oral_requests = {
          adopted = false,
          source = "Extradition and Assistance Act 1971, s. 31",
        },
        postponement = {
          adopted = false,
          source = "Extradition and Assistance Act 1971 (no provision)",
        },
        dual_criminality = {
          adopted = true,
          source = "Extradition and Assistance Act 1971, s. 33(a) (always required)",
          requirement = "mandatory",
        },
        refusal_grounds = {
          adopted = false,
          source = "Extradition and Assistance Act 1971, s. 33 (no ground of art. 40(21); grounds are those of s. 33(a)-(c))",
        },
        agreements = {
          adopted = false,
          source = "Treaty register (no MLA treaty; no negotiation recorded)",
        },
        central_authority = {
          adopted = true,
          source = "Extradition and Assistance Act 1971, s. 28",
          authority = "Attorney General",
        },
      },
      notifications = {},
    },
    expect = {
      ["cybercrime:40.1"] = "met",
      ["cybercrime:40.7"] = "not_met",
      ["cybercrime:40.23"] = "not_met",
      ["cybercrime:40.24"] = "not_met",
      ["cybercrime:40.25"] = "not_met",
      ["cybercrime:40.28"] = "not_met",
      ["cybercrime:40.31.a"] = "not_met",
      ["cybercrime:40.31.b"] = "not_met",
      ["cybercrime:40.4"] = "not_met",
      ["cybercrime:40.18"] = "not_met",
      ["cybercrime:40.14"] = "not_met",
      ["cybercrime:40.13#oral"] = "not_met",
      ["cybercrime:40.27"] = "not_met",
      ["cybercrime:40.8"] = "not_met",
      ["cybercrime:40.21"] = "not_met",
      ["cybercrime:40.32"] = "not_met",
      ["cybercrime:40.12.a"] = "met",
      ["cybercrime:40.12.c"] = "not_met",
      ["cybercrime:40.13#languages"] = "not_met",
      ["cybercrime:35.3"] = "not_met",
    },
  },

  -- Case D: partial implementation (adopted = "partly" with what is missing).
  -- 40(1) « enquêtes, poursuites et procédures judiciaires »: a law reaching only
  -- investigations is partly met.  40(24) (secret bancaire), 40(23) (questions
  -- fiscales), 40(5) « accèdent à toute demande tendant à ce que lesdites
  -- informations restent confidentielles [...] Dans ce cas, l'État partie qui
  -- reçoit les informations avise, avant la révélation » and 40(19) (same fact:
  -- « ne communique ni n'utilise [...] sans le consentement préalable »),
  -- 40(3)(c) « Effectuer des perquisitions et des saisies, ainsi que geler des
  -- avoirs » without freezing, 40(3)(j) « le produit du crime, des biens, des
  -- instruments », 40(26) « répond aux demandes raisonnables [...] concernant
  -- l'état de la demande », 40(29) « une période de 15 jours consécutifs »,
  -- 40(11) « à raison d'actes, d'omissions ou de condamnations antérieurs »:
  -- each partly met.
  {
    name = "review 40: partial implementations",
    prospective = true,
    profile = {
      mutual_legal_assistance = {
        legal_basis = {
          adopted = "partly",
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 3",
          missing = { "assistance in judicial proceedings after charge (only investigations)" },
        },
        electronic_evidence = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, Part 4A",
          offences = "any_offence",
        },
        bank_secrecy_no_ground = {
          adopted = "partly",
          source = "Banking Act 2001, s. 12",
          missing = { "secrecy of trust and company service providers may still be opposed" },
        },
        fiscal_no_ground = {
          adopted = "partly",
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7(3)",
          missing = { "customs offences still excluded" },
        },
        received_information_conditions = {
          adopted = "partly",
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 31",
          missing = {
            "no duty to notify the providing State before disclosing exculpatory information",
          },
        },
        purposes = {
          search_seizure_freezing = {
            adopted = "partly",
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 14",
            missing = { "freezing of assets on request" },
          },
          tracing_proceeds = {
            adopted = "partly",
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 20",
            missing = { "instrumentalities" },
          },
        },
        timely_execution = {
          adopted = "partly",
          source = "Central authority manual 2020, ch. 3",
          missing = { "no answer to inquiries on progress" },
        },
        safe_conduct = {
          adopted = "partly",
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 27",
          missing = { "immunity ends 8 days (not 15) after notice" },
        },
        detained_persons = {
          incoming = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 25",
          },
          safe_conduct = {
            adopted = "partly",
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 26",
            missing = { "protection does not cover prior convictions" },
          },
        },
      },
    },
    expect = {
      ["cybercrime:40.1"] = "partly_met",
      ["cybercrime:40.24"] = "partly_met",
      ["cybercrime:40.23"] = "partly_met",
      ["cybercrime:40.5"] = "partly_met",
      ["cybercrime:40.19"] = "partly_met",
      ["cybercrime:40.3.c"] = "partly_met",
      ["cybercrime:40.3.j"] = "partly_met",
      ["cybercrime:40.26"] = "partly_met",
      ["cybercrime:40.29"] = "partly_met",
      ["cybercrime:40.11"] = "partly_met",
    },
  },

  -- Case E: a State that sends detained persons but cannot receive them.  40(9):
  -- « peut faire l'objet d'un transfèrement si [...] b) Les autorités
  -- compétentes des deux États parties concernés y consentent »: transfer is an
  -- option, used outwards (met).  40(10)(a) and (c) and 40(11) bind « L'État
  -- partie vers lequel la personne est transférée »: a State that never receives
  -- a transferred person is not in that position, not applicable.  40(10)(d)
  -- « Il est tenu compte de la période que la personne a passée en détention
  -- dans l'État vers lequel elle a été transférée aux fins du décompte de la
  -- peine à purger dans l'État partie à partir duquel elle a été transférée »
  -- binds the sending State: met.
  {
    name = "review 40(9)-(11): a State that sends but does not receive detained persons",
    prospective = true,
    profile = {
      mutual_legal_assistance = {
        detained_persons = {
          outgoing = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 24",
          },
          incoming = {
            adopted = false,
            source = "Mutual Assistance in Criminal Matters Act 2012 (no provision for receiving detained persons; Prisons Act 1990, s. 2: only persons committed by national courts)",
          },
          time_credit = {
            adopted = true,
            source = "Sentencing Act 2005, s. 61",
          },
        },
      },
    },
    expect = {
      ["cybercrime:40.9"] = "met",
      ["cybercrime:40.10.a"] = "not_applicable",
      ["cybercrime:40.10.c"] = "not_applicable",
      ["cybercrime:40.11"] = "not_applicable",
      ["cybercrime:40.10.d"] = "met",
    },
  },

  -- Case F: the converse: a State that receives but never sends.  The option of
  -- 40(9) is not used (not met, optional).  The receiving State's duties of
  -- 40(10)(a) « a le pouvoir et l'obligation de la garder en détention »,
  -- 40(10)(c) « ne peut exiger [...] qu'il engage une procédure d'extradition »
  -- and 40(11) are met.  40(10)(d) concerns the sentence « à purger dans l'État
  -- partie à partir duquel elle a été transférée »: a State that never sends has
  -- nothing to credit, not applicable even though the fact is not stated.
  {
    name = "review 40(9)-(11): a State that receives but does not send detained persons",
    prospective = true,
    profile = {
      mutual_legal_assistance = {
        detained_persons = {
          outgoing = {
            adopted = false,
            source = "Prisons Act 1990, s. 40 (no prisoner leaves the territory except on extradition)",
          },
          incoming = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 25",
          },
          custody = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 25(2)",
          },
          return_without_extradition = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 25(3)",
          },
          safe_conduct = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 26",
          },
        },
      },
    },
    expect = {
      ["cybercrime:40.9"] = "not_met",
      ["cybercrime:40.10.a"] = "met",
      ["cybercrime:40.10.c"] = "met",
      ["cybercrime:40.11"] = "met",
      ["cybercrime:40.10.d"] = "not_applicable",
    },
  },

  -- Case G: a receiving State whose law lacks the receiving State's duties.
  -- 40(10)(a) « a le pouvoir et l'obligation de la garder en détention »: no
  -- power to detain, not met.  40(10)(c) « ne peut exiger [...] qu'il engage une
  -- procédure d'extradition pour qu'elle lui soit remise »: return only after
  -- extradition proceedings, not met.  40(11) not stated: unknown.
  {
    name = "review 40(10)-(11): a receiving State without custody or return",
    prospective = true,
    profile = {
      mutual_legal_assistance = {
        detained_persons = {
          incoming = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 25",
          },
          custody = {
            adopted = false,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 25 (no power to detain a transferred person; Habeas Corpus Act applies)",
          },
          return_without_extradition = {
            adopted = false,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 25(4) (return only after extradition proceedings)",
          },
        },
      },
    },
    expect = {
      ["cybercrime:40.10.a"] = "not_met",
      ["cybercrime:40.10.c"] = "not_met",
      ["cybercrime:40.11"] = "unknown",
    },
  },

  -- Case G2: the custody power exists, whether the State receives transferred
  -- persons is not stated.  40(10)(a) is met whatever the answer: a State that
  -- receives them has the power « et l'obligation de la garder en détention »,
  -- one that does not is not bound.
  {
    name = "review 40(10)(a): custody stated, receiving not stated",
    prospective = true,
    profile = {
      mutual_legal_assistance = {
        detained_persons = {
          custody = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 25(2)",
          },
        },
      },
    },
    expect = {
      ["cybercrime:40.10.a"] = "met",
    },
  },

  -- Case G3: no custody power, and whether the State receives transferred persons
  -- is not stated.  40(10)(a) binds only « L'État partie vers lequel la personne
  -- est transférée »: it may not bind this State at all, so the finding cannot be
  -- not met; unknown, until the State says whether it receives such persons.
  -- Adding that it does not: not applicable (an unknown finding may become
  -- anything).
  {
    name = "review 40(10)(a): no custody, receiving not stated, then stated absent",
    prospective = true,
    profile = {
      mutual_legal_assistance = {
        detained_persons = {
          custody = {
            adopted = false,
            source = "Mutual Assistance in Criminal Matters Act 2012 (no power to detain a transferred person)",
          },
        },
      },
    },
    adding = {
      mutual_legal_assistance = {
        detained_persons = {
          incoming = {
            adopted = false,
            source = "Mutual Assistance in Criminal Matters Act 2012 (no provision for receiving detained persons)",
          },
        },
      },
    },
    expect = {
      ["cybercrime:40.10.a"] = "not_applicable",
      ["cybercrime:40.10.c"] = "not_applicable",
      ["cybercrime:40.11"] = "not_applicable",
    },
  },

  -- Case G4: the same State, unknown before the fact on receiving is added: with
  -- no custody power, 40(10)(a) is unknown (it may not bind the State).
  {
    name = "review 40(10)(a): no custody, receiving not stated",
    prospective = true,
    profile = {
      mutual_legal_assistance = {
        detained_persons = {
          custody = {
            adopted = false,
            source = "Mutual Assistance in Criminal Matters Act 2012 (no power to detain a transferred person)",
          },
        },
      },
    },
    expect = {
      ["cybercrime:40.10.a"] = "unknown",
    },
  },

  -- Case H: 40(32) « Les États parties envisagent, s'il y a lieu, la possibilité
  -- de conclure des accords ou des arrangements bilatéraux ou multilatéraux »:
  -- a duty to consider.  No agreement concluded but the State records that it
  -- considered concluding them: met (the duty is to consider, not to conclude).
  -- The fact `considered` is added to a measure first stated without it: the
  -- finding rises from not met to met.
  {
    name = "review 40(32): agreements considered but not concluded",
    prospective = true,
    profile = {
      mutual_legal_assistance = {
        agreements = {
          adopted = false,
          source = "Treaty register (no MLA agreement)",
        },
      },
    },
    adding = {
      mutual_legal_assistance = {
        agreements = {
          considered = true,
          note = "Negotiations with Ruritania considered and deferred, 2021 (Cabinet minute 21/44)",
        },
      },
    },
    expect = {
      ["cybercrime:40.32"] = {
        status = "met",
        option = "considered",
      },
    },
  },

  -- Case I: 40(8): « un État partie requis peut, lorsqu'il le juge approprié,
  -- fournir cette aide [...] que l'acte constitue ou non une infraction
  -- conformément à son droit interne ».  A State that never requires dual
  -- criminality uses the option: met (optional).
  {
    name = "review 40(8): dual criminality never required",
    prospective = true,
    profile = {
      mutual_legal_assistance = {
        dual_criminality = {
          adopted = false,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 8 (no dual criminality requirement)",
        },
      },
    },
    expect = {
      ["cybercrime:40.8"] = "met",
    },
  },

  -- Case I2: 40(8), dual criminality only for coercive measures: the non-coercive
  -- assistance is given « que l'acte constitue ou non une infraction », so the
  -- option is used; the first sentence (« peuvent invoquer l'absence de double
  -- incrimination pour refuser ») lets the State keep the condition for the
  -- rest.  Met (optional).
  {
    name = "review 40(8): dual criminality for coercive measures only",
    prospective = true,
    profile = {
      mutual_legal_assistance = {
        dual_criminality = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 8 (dual criminality required for coercive measures only)",
          requirement = "coercive_only",
        },
      },
    },
    expect = {
      ["cybercrime:40.8"] = "met",
    },
  },

  -- Case J1: law changes on the as-of date, assessed on the day itself
  -- (2026-06-01).  The day a measure enters into force counts, the day of its
  -- repeal does not (only law in force counts).  The central authority
  -- designated from 2026-06-01 meets 40(12)(a) « Chaque État partie désigne une
  -- ou plusieurs autorités centrales »; its notification dated 2026-06-01 meets
  -- 40(12)(c).  40(25) in force from that day: met.  The fiscal clause of 40(23)
  -- repealed that day, with nothing in its place: not met.  (The legal basis of
  -- 40(1), repealed that day, is tested in J3.)
  {
    name = "review 40: law changes, assessed on the day they take effect",
    as_of = "2026-06-01",
    prospective = true,
    profile = {
      parties = {
        cybercrime = {
          signed = "2025-10-25",
          deposited = "2026-02-02",
          means = "ratification",
        },
      },
      mutual_legal_assistance = {
        central_authority = {
          adopted = true,
          source = "Decree 2026/77 on the central authority, art. 1",
          authority = "Prosecutor General's Office",
          from = "2026-06-01",
        },
        refusal_reasons = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7(5), as amended by Act 2026/12",
          from = "2026-06-01",
        },
        fiscal_no_ground = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7(3), repealed by Act 2026/12",
          repealed = "2026-06-01",
        },
        legal_basis = {
          adopted = true,
          source = "Mutual Assistance Act 1985, s. 2, repealed and replaced by Act 2026/12",
          repealed = "2026-06-01",
        },
      },
      notifications = {
        {
          provision = "cybercrime:40.12.c",
          date = "2026-06-01",
          content = "Prosecutor General's Office",
          source = "Depositary notification C.N.301.2026",
        },
      },
    },
    expect = {
      ["cybercrime:40.12.a"] = "met",
      ["cybercrime:40.12.c"] = "met",
      ["cybercrime:40.25"] = "met",
      ["cybercrime:40.23"] = "not_met",
    },
  },

  -- Case J2: the same State the day before (2026-05-31): the decree and the
  -- amendment are not yet in force, the repealed provisions still are, and the
  -- notification is not yet made (the list is taken to be complete): 40(12)(a)
  -- not met, 40(12)(c) not met, 40(25) not met, 40(23) met; 40(1): the legal
  -- basis is in force but electronic evidence is not stated: unknown.
  {
    name = "review 40: law changes, assessed the day before they take effect",
    as_of = "2026-05-31",
    prospective = true,
    profile = {
      parties = {
        cybercrime = {
          signed = "2025-10-25",
          deposited = "2026-02-02",
          means = "ratification",
        },
      },
      mutual_legal_assistance = {
        central_authority = {
          adopted = true,
          source = "Decree 2026/77 on the central authority, art. 1",
          authority = "Prosecutor General's Office",
          from = "2026-06-01",
        },
        refusal_reasons = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7(5), as amended by Act 2026/12",
          from = "2026-06-01",
        },
        fiscal_no_ground = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7(3), repealed by Act 2026/12",
          repealed = "2026-06-01",
        },
        legal_basis = {
          adopted = true,
          source = "Mutual Assistance Act 1985, s. 2, repealed and replaced by Act 2026/12",
          repealed = "2026-06-01",
        },
      },
      notifications = {
        {
          provision = "cybercrime:40.12.c",
          date = "2026-06-01",
          content = "Prosecutor General's Office",
          source = "Depositary notification C.N.301.2026",
        },
      },
    },
    expect = {
      ["cybercrime:40.12.a"] = "not_met",
      ["cybercrime:40.12.c"] = "not_met",
      ["cybercrime:40.25"] = "not_met",
      ["cybercrime:40.23"] = "met",
      ["cybercrime:40.1"] = "unknown",
    },
  },

  -- Case J3: 40(1), one law replaced by another on 2026-06-01, with the general
  -- legal basis of the new law not stated as a fact: on the day, the old basis is
  -- gone and the electronic-evidence limb is in force.  The first limb is absent
  -- (« lors des enquêtes, poursuites et procédures judiciaires concernant les
  -- infractions »), the second present: partly met.
  {
    name = "review 40(1): old basis repealed, new electronic evidence in force, on the day",
    as_of = "2026-06-01",
    prospective = true,
    profile = {
      mutual_legal_assistance = {
        legal_basis = {
          adopted = true,
          source = "Mutual Assistance Act 1985, s. 2",
          repealed = "2026-06-01",
        },
        electronic_evidence = {
          adopted = true,
          source = "Mutual Assistance Act 2026, s. 15 (any offence)",
          offences = "any_offence",
          from = "2026-06-01",
        },
      },
    },
    expect = {
      ["cybercrime:40.1"] = "partly_met",
    },
  },

  -- Case K1: notifications made under UNTOC art. 18(13) and 18(14) only.  A
  -- notification is made under one treaty: 40(12)(c) « L'autorité centrale
  -- désignée à cette fin fait l'objet d'une notification adressée au Secrétaire
  -- général [...] au moment où chaque État partie dépose son instrument de
  -- ratification [...] de la présente Convention » and 40(13) « La ou les langues
  -- acceptables [...] sont notifiées » are not answered: not met (the list is
  -- given).  The designation itself (40(12)(a)) is met.
  {
    name = "review 40(12)-(13): only UNTOC notifications",
    prospective = true,
    profile = {
      parties = {
        cybercrime = {
          signed = "2025-10-25",
          deposited = "2026-02-02",
          means = "ratification",
        },
      },
      mutual_legal_assistance = {
        central_authority = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 6",
          authority = "Ministry of Justice",
        },
      },
      notifications = {
        {
          provision = "untoc:18.13",
          date = "2005-03-01",
          content = "Ministry of Justice",
          source = "UNTOC depositary notification C.N.88.2005",
        },
        {
          provision = "untoc:18.14",
          date = "2005-03-01",
          content = "English",
          source = "UNTOC depositary notification C.N.88.2005",
        },
      },
    },
    expect = {
      ["cybercrime:40.12.a"] = "met",
      ["cybercrime:40.12.c"] = "not_met",
      ["cybercrime:40.13#languages"] = "not_met",
    },
  },

  -- Case K2: the notifications came late (deposit on 2026-02-02, notifications on
  -- 2026-04-15), but before the as-of date: the registry has the authority and
  -- the languages, so 40(12)(c) and 40(13) are met at the as-of date.
  {
    name = "review 40(12)-(13): notifications made after the deposit, before the as-of date",
    prospective = true,
    profile = {
      parties = {
        cybercrime = {
          signed = "2025-10-25",
          deposited = "2026-02-02",
          means = "ratification",
        },
      },
      notifications = {
        {
          provision = "cybercrime:40.12.c",
          date = "2026-04-15",
          content = "Ministry of Justice",
          source = "Depositary notification C.N.140.2026",
        },
        {
          provision = "cybercrime:40.13",
          date = "2026-04-15",
          content = "English, Spanish",
          source = "Depositary notification C.N.140.2026",
        },
      },
    },
    expect = {
      ["cybercrime:40.12.c"] = "met",
      ["cybercrime:40.13#languages"] = "met",
    },
  },

  -- Case K3: a designation with no notification yet, then the notification added
  -- (a true fact: not met becomes met for 40(12)(c); 40(12)(a) stays met).
  {
    name = "review 40(12)(c): the notification added",
    prospective = true,
    profile = {
      parties = {
        cybercrime = {
          signed = "2025-10-25",
          deposited = "2026-02-02",
          means = "ratification",
        },
      },
      mutual_legal_assistance = {
        central_authority = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 6",
          authority = "Ministry of Justice",
        },
      },
      notifications = {},
    },
    adding = {
      notifications = {
        {
          provision = "cybercrime:40.12.c",
          date = "2026-02-02",
          content = "Ministry of Justice",
          source = "Depositary notification C.N.12.2026",
        },
      },
    },
    expect = {
      ["cybercrime:40.12.a"] = "met",
      ["cybercrime:40.12.c"] = "met",
    },
  },

  -- Case L1: reservations and declarations.  Article 40 provides for no
  -- reservation (the Convention's « peut se réserver le droit » clauses are in
  -- arts 11(3), 23(3), 42(5) and 63(3)); a reservation to 40(24) is honoured
  -- (its effect is a matter between the Parties): not applicable, flagged as not
  -- provided for.  A declaration switches nothing off: 40(7) stays met.  The
  -- reservation of 42(5) (« peut se réserver le droit de rejeter la demande de
  -- préservation [...] si la condition de double incrimination ne peut être
  -- remplie ») concerns preservation under art. 42, not the general rule of
  -- 40(8): 40(8) stays met, and the rest of art. 40 too.
  {
    name = "review 40: a reservation art. 40 does not provide for, a declaration, a 42(5) reservation",
    prospective = true,
    profile = {
      parties = {
        cybercrime = {
          signed = "2025-10-25",
          deposited = "2026-02-02",
          means = "ratification",
        },
      },
      mutual_legal_assistance = {
        legal_basis = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 3 (assistance for any offence punishable under the law of the requesting State)",
          from = "2012-07-01",
        },
        legal_persons = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 4(2) (whatever the form of liability in the requesting State)",
        },
        electronic_evidence = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, Part 4A (electronic evidence, any offence)",
          offences = "any_offence",
        },
        electronic_requests = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 9 (electronic transmission through the secure e-MLA platform)",
        },
        purposes = {
          taking_evidence = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 12",
          },
          service_of_documents = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 13",
          },
          search_seizure_freezing = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, ss. 14-16",
          },
          examining_objects_sites = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 17",
          },
          information_expertise = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 18",
          },
          documents_records = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 19 (including bank, financial, corporate and business records)",
          },
          tracing_proceeds = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 20",
          },
          voluntary_appearance = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 21",
          },
          other_assistance = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 22 (any other assistance not contrary to national law)",
          },
        },
        spontaneous_transmission = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 30",
        },
        received_information_conditions = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 31",
        },
        without_treaty = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 5 (no treaty required)",
          basis = "national_law",
        },
        bank_secrecy_no_ground = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 19(3)",
        },
        dual_criminality = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 8 (dual criminality a ground the Minister may waive)",
          requirement = "discretionary",
        },
        detained_persons = {
          outgoing = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 24",
          },
          incoming = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 25",
          },
          custody = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 25(2)",
          },
          return_without_extradition = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 25(3)",
          },
          time_credit = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 24(4)",
          },
          safe_conduct = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 26",
          },
        },
        central_authority = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 6",
          authority = "Ministry of Justice, Department of International Cooperation",
        },
        oral_requests = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 9(2)",
        },
        requested_procedures = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 10",
        },
        videoconference = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 23",
        },
        refusal_grounds = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7",
          grounds = { "non_conformity", "essential_interests", "domestic_prohibition", "legal_system" },
        },
        fiscal_no_ground = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7(3)",
        },
        refusal_reasons = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7(5)",
        },
        timely_execution = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 11",
        },
        postponement = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7(4)",
        },
        consultation_before_refusal = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7(6)",
        },
        safe_conduct = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 27",
        },
        public_records = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 28(1)",
        },
        non_public_records = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 28(2)",
        },
        agreements = {
          adopted = true,
          source = "Treaty Series 2015 No. 4 and 2019 No. 11",
          instruments = { "MLA Treaty with Ruritania (2015)", "MLA Treaty with Freedonia (2019)" },
        },
      },
      cooperation_principles = {
        dual_criminality_conduct = {
          adopted = true,
          source = "Criminal Code, s. 9A (conduct test)",
        },
      },
      notifications = {
        {
          provision = "cybercrime:40.12.c",
          date = "2026-02-02",
          content = "Ministry of Justice, Department of International Cooperation",
          source = "Depositary notification C.N.12.2026",
        },
        {
          provision = "cybercrime:40.13",
          date = "2026-02-02",
          content = "English, French",
          source = "Depositary notification C.N.12.2026",
        },
      },
      reservations = {
        {
          instrument = "cybercrime",
          provisions = { "cybercrime:40.24" },
          from = "2026-02-02",
          kind = "reservation",
          text = "Testland reserves the right to refuse assistance where bank secrecy applies.",
          source = "Instrument of ratification, 2026-02-02",
        },
        {
          instrument = "cybercrime",
          provisions = { "cybercrime:40.7" },
          from = "2026-02-02",
          kind = "declaration",
          text = "Testland declares that it will apply paragraphs 8 to 31 of article 40 through its Mutual Assistance Act.",
          source = "Instrument of ratification, 2026-02-02",
        },
        {
          instrument = "cybercrime",
          provisions = { "cybercrime:42.5" },
          from = "2026-02-02",
          kind = "reservation",
          text = "Testland reserves the right to refuse preservation requests where dual criminality cannot be fulfilled.",
          source = "Instrument of ratification, 2026-02-02",
        },
      },
    },
    expect = {
      ["cybercrime:40.24"] = "not_applicable",
      ["cybercrime:40.7"] = "met",
      ["cybercrime:40.8"] = "met",
      ["cybercrime:40.23"] = "met",
      ["cybercrime:40.1"] = "met",
    },
  },

  -- Case L2: the reservation to 40(24) withdrawn on the as-of date: from that day
  -- the prohibition « ne peuvent invoquer le secret bancaire » applies, and the
  -- law meets it.
  {
    name = "review 40(24): reservation withdrawn on the as-of date",
    as_of = "2026-06-01",
    prospective = true,
    profile = {
      parties = {
        cybercrime = {
          signed = "2025-10-25",
          deposited = "2026-02-02",
          means = "ratification",
        },
      },
      mutual_legal_assistance = {
        legal_basis = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 3 (assistance for any offence punishable under the law of the requesting State)",
          from = "2012-07-01",
        },
        legal_persons = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 4(2) (whatever the form of liability in the requesting State)",
        },
        electronic_evidence = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, Part 4A (electronic evidence, any offence)",
          offences = "any_offence",
        },
        electronic_requests = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 9 (electronic transmission through the secure e-MLA platform)",
        },
        purposes = {
          taking_evidence = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 12",
          },
          service_of_documents = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 13",
          },
          search_seizure_freezing = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, ss. 14-16",
          },
          examining_objects_sites = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 17",
          },
          information_expertise = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 18",
          },
          documents_records = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 19 (including bank, financial, corporate and business records)",
          },
          tracing_proceeds = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 20",
          },
          voluntary_appearance = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 21",
          },
          other_assistance = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 22 (any other assistance not contrary to national law)",
          },
        },
        spontaneous_transmission = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 30",
        },
        received_information_conditions = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 31",
        },
        without_treaty = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 5 (no treaty required)",
          basis = "national_law",
        },
        bank_secrecy_no_ground = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 19(3)",
        },
        dual_criminality = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 8 (dual criminality a ground the Minister may waive)",
          requirement = "discretionary",
        },
        detained_persons = {
          outgoing = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 24",
          },
          incoming = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 25",
          },
          custody = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 25(2)",
          },
          return_without_extradition = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 25(3)",
          },
          time_credit = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 24(4)",
          },
          safe_conduct = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 26",
          },
        },
        central_authority = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 6",
          authority = "Ministry of Justice, Department of International Cooperation",
        },
        oral_requests = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 9(2)",
        },
        requested_procedures = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 10",
        },
        videoconference = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 23",
        },
        refusal_grounds = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7",
          grounds = { "non_conformity", "essential_interests", "domestic_prohibition", "legal_system" },
        },
        fiscal_no_ground = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7(3)",
        },
        refusal_reasons = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7(5)",
        },
        timely_execution = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 11",
        },
        postponement = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7(4)",
        },
        consultation_before_refusal = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7(6)",
        },
        safe_conduct = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 27",
        },
        public_records = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 28(1)",
        },
        non_public_records = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 28(2)",
        },
        agreements = {
          adopted = true,
          source = "Treaty Series 2015 No. 4 and 2019 No. 11",
          instruments = { "MLA Treaty with Ruritania (2015)", "MLA Treaty with Freedonia (2019)" },
        },
      },
      cooperation_principles = {
        dual_criminality_conduct = {
          adopted = true,
          source = "Criminal Code, s. 9A (conduct test)",
        },
      },
      notifications = {
        {
          provision = "cybercrime:40.12.c",
          date = "2026-02-02",
          content = "Ministry of Justice, Department of International Cooperation",
          source = "Depositary notification C.N.12.2026",
        },
        {
          provision = "cybercrime:40.13",
          date = "2026-02-02",
          content = "English, French",
          source = "Depositary notification C.N.12.2026",
        },
      },
      reservations = {
        {
          instrument = "cybercrime",
          provisions = { "cybercrime:40.24" },
          from = "2026-02-02",
          withdrawn = "2026-06-01",
          kind = "reservation",
          text = "Testland reserves the right to refuse assistance where bank secrecy applies.",
          source = "Instrument of ratification, 2026-02-02; withdrawal C.N.310.2026",
        },
      },
    },
    expect = {
      ["cybercrime:40.24"] = "met",
    },
  },

  -- Case L3: the same, the day before the withdrawal: still reserved, not
  -- applicable.
  {
    name = "review 40(24): the day before the reservation is withdrawn",
    as_of = "2026-05-31",
    prospective = true,
    profile = {
      parties = {
        cybercrime = {
          signed = "2025-10-25",
          deposited = "2026-02-02",
          means = "ratification",
        },
      },
      mutual_legal_assistance = {
        legal_basis = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 3 (assistance for any offence punishable under the law of the requesting State)",
          from = "2012-07-01",
        },
        legal_persons = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 4(2) (whatever the form of liability in the requesting State)",
        },
        electronic_evidence = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, Part 4A (electronic evidence, any offence)",
          offences = "any_offence",
        },
        electronic_requests = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 9 (electronic transmission through the secure e-MLA platform)",
        },
        purposes = {
          taking_evidence = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 12",
          },
          service_of_documents = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 13",
          },
          search_seizure_freezing = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, ss. 14-16",
          },
          examining_objects_sites = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 17",
          },
          information_expertise = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 18",
          },
          documents_records = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 19 (including bank, financial, corporate and business records)",
          },
          tracing_proceeds = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 20",
          },
          voluntary_appearance = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 21",
          },
          other_assistance = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 22 (any other assistance not contrary to national law)",
          },
        },
        spontaneous_transmission = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 30",
        },
        received_information_conditions = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 31",
        },
        without_treaty = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 5 (no treaty required)",
          basis = "national_law",
        },
        bank_secrecy_no_ground = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 19(3)",
        },
        dual_criminality = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 8 (dual criminality a ground the Minister may waive)",
          requirement = "discretionary",
        },
        detained_persons = {
          outgoing = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 24",
          },
          incoming = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 25",
          },
          custody = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 25(2)",
          },
          return_without_extradition = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 25(3)",
          },
          time_credit = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 24(4)",
          },
          safe_conduct = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 26",
          },
        },
        central_authority = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 6",
          authority = "Ministry of Justice, Department of International Cooperation",
        },
        oral_requests = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 9(2)",
        },
        requested_procedures = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 10",
        },
        videoconference = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 23",
        },
        refusal_grounds = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7",
          grounds = { "non_conformity", "essential_interests", "domestic_prohibition", "legal_system" },
        },
        fiscal_no_ground = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7(3)",
        },
        refusal_reasons = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7(5)",
        },
        timely_execution = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 11",
        },
        postponement = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7(4)",
        },
        consultation_before_refusal = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7(6)",
        },
        safe_conduct = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 27",
        },
        public_records = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 28(1)",
        },
        non_public_records = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 28(2)",
        },
        agreements = {
          adopted = true,
          source = "Treaty Series 2015 No. 4 and 2019 No. 11",
          instruments = { "MLA Treaty with Ruritania (2015)", "MLA Treaty with Freedonia (2019)" },
        },
      },
      cooperation_principles = {
        dual_criminality_conduct = {
          adopted = true,
          source = "Criminal Code, s. 9A (conduct test)",
        },
      },
      notifications = {
        {
          provision = "cybercrime:40.12.c",
          date = "2026-02-02",
          content = "Ministry of Justice, Department of International Cooperation",
          source = "Depositary notification C.N.12.2026",
        },
        {
          provision = "cybercrime:40.13",
          date = "2026-02-02",
          content = "English, French",
          source = "Depositary notification C.N.12.2026",
        },
      },
      reservations = {
        {
          instrument = "cybercrime",
          provisions = { "cybercrime:40.24" },
          from = "2026-02-02",
          withdrawn = "2026-06-01",
          kind = "reservation",
          text = "Testland reserves the right to refuse assistance where bank secrecy applies.",
          source = "Instrument of ratification, 2026-02-02; withdrawal C.N.310.2026",
        },
      },
    },
    expect = {
      ["cybercrime:40.24"] = "not_applicable",
    },
  },

  -- Case M: the base State, signatory only, assessed without --prospective.  The
  -- Convention is not in force (art. 65(1): « le quatre-vingt-dixième jour
  -- suivant la date de dépôt du quarantième instrument »): nothing binds it.
  {
    name = "review 40: not prospective, the Convention binds no one",
    prospective = false,
    profile = {
      parties = {
        cybercrime = {
          signed = "2025-10-25",
          deposited = "2026-02-02",
          means = "ratification",
        },
      },
      mutual_legal_assistance = {
        legal_basis = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 3 (assistance for any offence punishable under the law of the requesting State)",
          from = "2012-07-01",
        },
        legal_persons = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 4(2) (whatever the form of liability in the requesting State)",
        },
        electronic_evidence = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, Part 4A (electronic evidence, any offence)",
          offences = "any_offence",
        },
        electronic_requests = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 9 (electronic transmission through the secure e-MLA platform)",
        },
        purposes = {
          taking_evidence = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 12",
          },
          service_of_documents = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 13",
          },
          search_seizure_freezing = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, ss. 14-16",
          },
          examining_objects_sites = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 17",
          },
          information_expertise = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 18",
          },
          documents_records = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 19 (including bank, financial, corporate and business records)",
          },
          tracing_proceeds = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 20",
          },
          voluntary_appearance = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 21",
          },
          other_assistance = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 22 (any other assistance not contrary to national law)",
          },
        },
        spontaneous_transmission = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 30",
        },
        received_information_conditions = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 31",
        },
        without_treaty = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 5 (no treaty required)",
          basis = "national_law",
        },
        bank_secrecy_no_ground = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 19(3)",
        },
        dual_criminality = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 8 (dual criminality a ground the Minister may waive)",
          requirement = "discretionary",
        },
        detained_persons = {
          outgoing = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 24",
          },
          incoming = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 25",
          },
          custody = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 25(2)",
          },
          return_without_extradition = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 25(3)",
          },
          time_credit = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 24(4)",
          },
          safe_conduct = {
            adopted = true,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 26",
          },
        },
        central_authority = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 6",
          authority = "Ministry of Justice, Department of International Cooperation",
        },
        oral_requests = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 9(2)",
        },
        requested_procedures = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 10",
        },
        videoconference = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 23",
        },
        refusal_grounds = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7",
          grounds = { "non_conformity", "essential_interests", "domestic_prohibition", "legal_system" },
        },
        fiscal_no_ground = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7(3)",
        },
        refusal_reasons = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7(5)",
        },
        timely_execution = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 11",
        },
        postponement = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7(4)",
        },
        consultation_before_refusal = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7(6)",
        },
        safe_conduct = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 27",
        },
        public_records = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 28(1)",
        },
        non_public_records = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 28(2)",
        },
        agreements = {
          adopted = true,
          source = "Treaty Series 2015 No. 4 and 2019 No. 11",
          instruments = { "MLA Treaty with Ruritania (2015)", "MLA Treaty with Freedonia (2019)" },
        },
      },
      cooperation_principles = {
        dual_criminality_conduct = {
          adopted = true,
          source = "Criminal Code, s. 9A (conduct test)",
        },
      },
      notifications = {
        {
          provision = "cybercrime:40.12.c",
          date = "2026-02-02",
          content = "Ministry of Justice, Department of International Cooperation",
          source = "Depositary notification C.N.12.2026",
        },
        {
          provision = "cybercrime:40.13",
          date = "2026-02-02",
          content = "English, French",
          source = "Depositary notification C.N.12.2026",
        },
      },
    },
    expect = {
      ["cybercrime:40.1"] = "not_applicable",
      ["cybercrime:40.24"] = "not_applicable",
      ["cybercrime:40.32"] = "not_applicable",
      ["cybercrime:40.8"] = "not_applicable",
    },
  },

  -- Case N1: 40(1) built from two facts.  The legal basis alone leaves the
  -- electronic-evidence limb open (unknown); adding that electronic evidence can
  -- be collected for any serious crime settles it: met.
  {
    name = "review 40(1): legal basis, then electronic evidence for serious crimes added",
    prospective = true,
    profile = {
      mutual_legal_assistance = {
        legal_basis = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 3",
        },
      },
    },
    adding = {
      mutual_legal_assistance = {
        electronic_evidence = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, Part 4A (any serious crime)",
          offences = "serious_crimes",
        },
      },
    },
    expect = {
      ["cybercrime:40.1"] = "met",
    },
  },

  -- Case N2: 40(24) with only the domestic lifting of bank secrecy stated: whether
  -- secrecy may be opposed to a foreign request is not stated (unknown); adding
  -- that it may not be (a true fact) gives met.
  {
    name = "review 40(24): domestic lifting of secrecy, then the foreign-request fact added",
    prospective = true,
    profile = {
      confiscation = {
        bank_secrecy_no_bar = {
          adopted = true,
          source = "Banking Act 1998, s. 47",
        },
      },
    },
    adding = {
      mutual_legal_assistance = {
        bank_secrecy_no_ground = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 19(3)",
        },
      },
    },
    expect = {
      ["cybercrime:40.24"] = "met",
    },
  },

  -- Case N3: the same State before the fact is added: unknown.
  {
    name = "review 40(24): domestic lifting of secrecy only",
    prospective = true,
    profile = {
      confiscation = {
        bank_secrecy_no_bar = {
          adopted = true,
          source = "Banking Act 1998, s. 47",
        },
      },
    },
    expect = {
      ["cybercrime:40.24"] = "unknown",
    },
  },

  -- Case O: 40(3): « L'entraide judiciaire [...] peut être demandée aux fins
  -- suivantes »: the requested State must be able to afford each form (the
  -- requesting State chooses), so each purpose is mandatory: 40(3)(k)
  -- « Faciliter la comparution volontaire de personnes dans l'État partie
  -- requérant » not met, 40(3)(g) « Examiner des objets et visiter des lieux »
  -- not met, 40(3)(b) met.  40(17) « dans la mesure où cela ne contrevient pas à
  -- son droit interne et lorsque cela est possible, conformément aux procédures
  -- spécifiées dans la demande »: a law that never allows them, with no principle
  -- invoked: not met.  Options used (met): 40(13) oral requests, 40(18), 40(27),
  -- 40(4), 40(31)(b); 40(14) « sont encouragées » in part: partly met.
  {
    name = "review 40(3), 40(17) and the options",
    prospective = true,
    profile = {
      mutual_legal_assistance = {
        purposes = {
          voluntary_appearance = {
            adopted = false,
            source = "Mutual Assistance in Criminal Matters Act 2012, s. 21 (repealed in 2019; no replacement)",
          },
          service_of_documents = {
            adopted = true,
            source = "Civil and Criminal Service Act 1960, s. 8",
          },
          examining_objects_sites = {
            adopted = false,
            source = "Mutual Assistance in Criminal Matters Act 2012 (no provision; inspections only in domestic proceedings)",
          },
        },
        requested_procedures = {
          adopted = false,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 10 (national forms only)",
        },
        electronic_requests = {
          adopted = "partly",
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 9",
          missing = { "evidence itself still sent on paper" },
        },
        oral_requests = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 9(2)",
        },
        videoconference = {
          adopted = true,
          source = "Code of Criminal Procedure, art. 411-1",
        },
        postponement = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7(4)",
        },
        spontaneous_transmission = {
          adopted = true,
          source = "Police Act 2001, s. 88",
        },
        non_public_records = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 28(2)",
        },
      },
    },
    expect = {
      ["cybercrime:40.3.k"] = "not_met",
      ["cybercrime:40.3.g"] = "not_met",
      ["cybercrime:40.3.b"] = "met",
      ["cybercrime:40.17"] = "not_met",
      ["cybercrime:40.13#oral"] = "met",
      ["cybercrime:40.18"] = "met",
      ["cybercrime:40.27"] = "met",
      ["cybercrime:40.4"] = "met",
      ["cybercrime:40.31.b"] = "met",
      ["cybercrime:40.14"] = "partly_met",
      ["cybercrime:40.3.a"] = "unknown",
    },
  },

  -- Case P: 40(2) « L'entraide judiciaire la plus large possible est accordée
  -- [...] lors des enquêtes [...] concernant les infractions dont une personne
  -- morale peut être tenue responsable dans l'État partie requérant »: a law
  -- reaching only natural persons' offences, no principle or legal limit
  -- invoked: not met.  40(7) met by direct application and national law.
  -- 40(12)(a) « Chaque État partie désigne une ou plusieurs autorités
  -- centrales »: none: not met.  40(21): one ground of the list retained (option
  -- used): met.  40(28) met.
  {
    name = "review 40(2), 40(7), 40(12)(a), 40(21), 40(28)",
    prospective = true,
    profile = {
      mutual_legal_assistance = {
        legal_persons = {
          adopted = false,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 4(1) (assistance only for offences of natural persons)",
        },
        without_treaty = {
          adopted = true,
          source = "Constitution, art. 55 (treaties directly applicable); Mutual Assistance in Criminal Matters Act 2012, s. 5",
          basis = "both",
        },
        central_authority = {
          adopted = false,
          source = "No designation (requests handled by the courts directly)",
        },
        refusal_grounds = {
          adopted = true,
          source = "Mutual Assistance in Criminal Matters Act 2012, s. 7",
          grounds = { "essential_interests" },
        },
        consultation_before_refusal = {
          adopted = true,
          source = "Central authority guidelines 2018, para. 12",
        },
      },
    },
    expect = {
      ["cybercrime:40.2"] = "not_met",
      ["cybercrime:40.7"] = "met",
      ["cybercrime:40.12.a"] = "not_met",
      ["cybercrime:40.21"] = "met",
      ["cybercrime:40.28"] = "met",
    },
  },
}
