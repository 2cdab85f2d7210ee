-- rules/schema/cybercrime-extradition-mla.lua: facts for the Cybercrime
-- Convention's chapter V, arts 35-41 (rules/cybercrime/art35.lua to
-- art41.lua), beside those UNTOC arts 16-18 already ask for.
--
-- One fact, several instruments: extradition (Cybercrime art. 37) reads the
-- `extradition` record of UNTOC art. 16 (rules/schema/extradition.lua),
-- mutual legal assistance (art. 40) the `mutual_legal_assistance` record of
-- UNTOC art. 18 (rules/schema/mutual-legal-assistance.lua), and the transfer
-- of sentenced persons and of proceedings (arts 38, 39) the `transfers`
-- record of UNTOC arts 17 and 21.  Only what UNTOC does not ask is added:
--   * to `extradition`: extradition without dual criminality (37(2)), this
--     Convention's offences in extradition treaties and this Convention as
--     the legal basis (37(4), 37(5): UNTOC's facts speak of UNTOC), and
--     informing the requesting State of the decision and the reasons for a
--     refusal (37(18));
--   * to `mutual_legal_assistance`: cooperation for electronic evidence
--     (35(1)(b)-(c), 40(1)), requests and evidence in electronic form
--     (40(14)); the forms of assistance on electronic data of 40(3)(d)-(f)
--     and the recovery of proceeds of 40(3)(l) are assessed with arts 44-46
--     and 49-52, which govern them;
--   * to `transfers`: the Convention as the legal basis for a transfer of
--     proceedings (39(2));
--   * new sections: `cooperation_principles` (dual criminality judged by the
--     conduct, 35(3)), `personal_data_transfers` (art. 36) and
--     `contact_point_24_7` (art. 41).
-- Notifications are dated entries of the profile's `notifications` list:
-- the legal basis for extradition (cybercrime:37.6.a), the authority for
-- extradition requests (cybercrime:37.19), the central authority
-- (cybercrime:40.12.c), the accepted languages (cybercrime:40.13) and the
-- 24/7 point of contact (cybercrime:41.2).
return {
  fields = {
    extradition = { type = "record", fields = {
      -- Cybercrime art. 37(2).
      without_dual_criminality = { type = "measure",
        question = { en = "Does national law allow extradition for an offence established under the Cybercrime Convention that is not punishable under national law (extradition without dual criminality)?",
                     fr = "Le droit national permet-il l'extradition pour une infraction établie conformément à la Convention sur la cybercriminalité qui n'est pas punissable en droit national (extradition sans double incrimination) ?" } },
      -- Cybercrime art. 37(4) and 37(5): the UNTOC facts existing_treaties,
      -- new_treaties and convention_as_legal_basis speak of UNTOC; whether
      -- THIS Convention has the same effect is a fact of its own.
      cybercrime_existing_treaties = { type = "measure",
        question = { en = "Are the offences established under the Cybercrime Convention treated as extraditable offences under the extradition treaties in force with other States Parties (by direct effect of the Convention or by legislation)?",
                     fr = "Les infractions établies conformément à la Convention sur la cybercriminalité sont-elles traitées comme des infractions pouvant donner lieu à extradition au titre des traités d'extradition en vigueur avec d'autres États parties (par effet direct de la Convention ou par la loi) ?" } },
      cybercrime_new_treaties = { type = "measure",
        question = { en = "Do the extradition treaties the State concludes with other States Parties (or its treaty practice) include the offences established under the Cybercrime Convention as extraditable offences?",
                     fr = "Les traités d'extradition que l'État conclut avec d'autres États parties (ou sa pratique conventionnelle) incluent-ils les infractions établies conformément à la Convention sur la cybercriminalité parmi les infractions pouvant donner lieu à extradition ?" } },
      cybercrime_legal_basis = { type = "measure",
        question = { en = "Can the Cybercrime Convention itself serve as the legal basis for extradition to a State Party with which there is no extradition treaty?",
                     fr = "La Convention sur la cybercriminalité elle-même peut-elle servir de base légale à l'extradition vers un État partie avec lequel aucun traité d'extradition n'est en vigueur ?" } },
      -- Cybercrime art. 37(18).
      decision_reasons = { type = "measure",
        question = { en = "Is the requesting State informed of the decision on its extradition request, and of the reasons for any refusal (by law or the established practice of the authority)?",
                     fr = "L'État requérant est-il informé de la décision sur sa demande d'extradition et des motifs de tout refus (par la loi ou la pratique établie de l'autorité) ?" } },
    } },

    mutual_legal_assistance = { type = "record", fields = {
      -- Cybercrime arts 35(1)(b)-(c) and 40(1).
      electronic_evidence = { type = "measure",
        extra = { offences = { type = "enum", values = { "convention_offences", "serious_crimes", "any_offence" },
                               doc = { en = "The offences for which electronic evidence can be collected, obtained, preserved and shared on a foreign request: only the offences established under the Cybercrime Convention (convention_offences), also any serious crime (serious_crimes), or any offence (any_offence).",
                                       fr = "Les infractions pour lesquelles des preuves sous forme électronique peuvent être collectées, obtenues, préservées et communiquées sur demande étrangère : les seules infractions établies conformément à la Convention sur la cybercriminalité (convention_offences), aussi toute infraction grave (serious_crimes), ou toute infraction (any_offence)." } } },
        question = { en = "Can the State collect, obtain, preserve and share evidence in electronic form on a foreign request, for which offences (those of the Cybercrime Convention; also any serious crime; any offence)?",
                     fr = "L'État peut-il collecter, obtenir, préserver et communiquer des preuves sous forme électronique sur demande étrangère, et pour quelles infractions (celles de la Convention sur la cybercriminalité ; aussi toute infraction grave ; toute infraction) ?" } },
      -- Cybercrime art. 40(14).
      electronic_requests = { type = "measure",
        question = { en = "Can the central authority send and receive requests for mutual legal assistance, related communications and evidence in electronic form, under conditions that allow authenticity to be established and keep communications secure?",
                     fr = "L'autorité centrale peut-elle transmettre et recevoir sous forme électronique les demandes d'entraide judiciaire, les communications y relatives et les preuves, dans des conditions permettant d'en établir l'authenticité et garantissant la sécurité des communications ?" } },
    } },

    transfers = { type = "record", fields = {
      -- Cybercrime art. 39(2).
      proceedings_convention_basis = { type = "measure",
        question = { en = "Where national law makes the transfer of criminal proceedings conditional on a treaty, can the Cybercrime Convention serve as the legal basis for a transfer with a State Party with which there is no such treaty?",
                     fr = "Lorsque le droit national subordonne le transfert des procédures pénales à l'existence d'un traité, la Convention sur la cybercriminalité peut-elle servir de base légale à un transfert avec un État partie avec lequel aucun traité de ce type n'est en vigueur ?" } },
    } },

    cooperation_principles = { type = "record",
      title = { en = "General principles of international cooperation", fr = "Principes généraux de la coopération internationale" },
      doc = { en = "General principles of international cooperation (Cybercrime Convention art. 35).",
              fr = "Principes généraux de la coopération internationale (Convention sur la cybercriminalité, art. 35)." },
      fields = {
        -- Art. 35(3).
        dual_criminality_conduct = { type = "measure",
          question = { en = "Where national law makes extradition or assistance conditional on dual criminality, is the condition judged by the conduct (the act is an offence under the law of both States), whatever the name or category national law gives the offence?",
                       fr = "Lorsque le droit national subordonne l'extradition ou l'entraide à la double incrimination, la condition est-elle appréciée au regard des faits (l'acte est une infraction pénale selon la loi des deux États), quelle que soit la qualification ou la catégorie que le droit national donne à l'infraction ?" } },
      } },

    personal_data_transfers = { type = "record",
      title = { en = "Personal data transferred under the Cybercrime Convention", fr = "Données personnelles transférées en vertu de la Convention sur la cybercriminalité" },
      doc = { en = "Protection of personal data transferred and received in international cooperation (Cybercrime Convention art. 36).",
              fr = "Protection des données personnelles transférées et reçues dans la coopération internationale (Convention sur la cybercriminalité, art. 36)." },
      fields = {
        -- Art. 36(1)(a).
        lawful_transfer = { type = "measure",
          question = { en = "Do transfers of personal data to foreign authorities in criminal cooperation follow national data protection law and the State's international obligations (a legal framework that governs them)?",
                       fr = "Les transferts de données personnelles vers des autorités étrangères dans la coopération pénale suivent-ils le droit national de la protection des données et les obligations internationales de l'État (un cadre juridique qui les régit) ?" } },
        -- Art. 36(1)(b).
        transfer_conditions = { type = "measure",
          question = { en = "Where a transfer might not comply with national data protection law, can the authorities make the execution of a request for personal data subject to conditions that ensure compliance?",
                       fr = "Lorsqu'un transfert pourrait ne pas être conforme au droit national de la protection des données, les autorités peuvent-elles subordonner l'exécution d'une demande de données personnelles à des conditions propres à en assurer la conformité ?" } },
        -- Art. 36(1)(c).
        agreements = { type = "measure",
          extra = { instruments = { type = "list", of = "text",
                                    doc = { en = "Bilateral or multilateral agreements facilitating transfers of personal data.", fr = "Accords bilatéraux ou multilatéraux facilitant le transfert de données personnelles." } } },
          question = { en = "Has the State concluded bilateral or multilateral agreements to facilitate the transfer of personal data? Which ones?",
                       fr = "L'État a-t-il conclu des accords bilatéraux ou multilatéraux pour faciliter le transfert de données personnelles ? Lesquels ?" } },
        -- Art. 36(2).
        safeguards_received = { type = "measure",
          question = { en = "Does national law provide effective and appropriate safeguards for personal data received from another State in criminal cooperation (purpose limitation, retention limits, security, rights of the persons concerned, independent oversight)?",
                       fr = "Le droit national prévoit-il des garanties effectives et appropriées pour les données personnelles reçues d'un autre État dans la coopération pénale (limitation des finalités, durée de conservation, sécurité, droits des personnes concernées, contrôle indépendant) ?" } },
        -- Art. 36(3).
        onward_transfer_authorisation = { type = "measure",
          question = { en = "Does national law allow personal data received from another State to be passed on to a third country or an international organisation only after informing that State and with its authorisation?",
                       fr = "Le droit national ne permet-il de transférer à un pays tiers ou à une organisation internationale des données personnelles reçues d'un autre État qu'après avoir informé cet État et avec son autorisation ?" } },
      } },

    contact_point_24_7 = { type = "record",
      title = { en = "24/7 point of contact", fr = "Point de contact 24/7" },
      doc = { en = "The point of contact available 24 hours a day, 7 days a week (Cybercrime Convention art. 41); its notification to the Secretary-General is an entry of `notifications` (cybercrime:41.2).",
              fr = "Le point de contact joignable 24 heures sur 24, sept jours sur sept (Convention sur la cybercriminalité, art. 41) ; sa notification au Secrétaire général est une entrée de `notifications` (cybercrime:41.2)." },
      fields = {
        -- Art. 41(1).
        designated = { type = "measure",
          extra = { contact = { type = "string", doc = { en = "The service designated.", fr = "Le service désigné." } } },
          question = { en = "Has the State designated a point of contact available 24 hours a day, 7 days a week, to provide immediate assistance in investigations, prosecutions and proceedings concerning the Convention's offences and serious crimes, and for electronic evidence? Which one?",
                       fr = "L'État a-t-il désigné un point de contact joignable 24 heures sur 24, sept jours sur sept, afin d'assurer une assistance immédiate pour les enquêtes, poursuites et procédures concernant les infractions de la Convention et les infractions graves, et pour les preuves sous forme électronique ? Lequel ?" } },
        -- Art. 41(3).
        assistance = { type = "measure",
          extra = { measures = { type = "list",
                                 of = { type = "enum", values = { "technical_advice", "preservation", "evidence_and_legal_information", "locating_suspects", "emergency_data" } },
                                 doc = { en = "The measures of art. 41(3) the point of contact facilitates or carries out: (a) technical_advice, (b) preservation (of stored electronic data under arts 42 and 43, with the location of the service provider), (c) evidence_and_legal_information, (d) locating_suspects, (e) emergency_data.",
                                         fr = "Les mesures de l'art. 41, par. 3, que le point de contact facilite ou applique : a) technical_advice, b) preservation (de données électroniques stockées, art. 42 et 43, avec l'emplacement du fournisseur de services), c) evidence_and_legal_information, d) locating_suspects, e) emergency_data." } } },
          question = { en = "Which measures does the point of contact facilitate or, where national law and practice allow, carry out directly: technical advice; preservation of stored electronic data; collecting evidence and giving legal information; locating suspects; providing electronic data to avert an emergency?",
                       fr = "Quelles mesures le point de contact facilite-t-il ou, si le droit et la pratique internes le permettent, applique-t-il directement : conseils techniques ; préservation de données électroniques stockées ; collecte de preuves et informations juridiques ; localisation des suspects ; fourniture de données électroniques pour éviter une situation d'urgence ?" } },
        -- Art. 41(4), first sentence.
        expedited_communication = { type = "measure",
          question = { en = "Can the point of contact communicate with the points of contact of other States Parties on an expedited basis?",
                       fr = "Le point de contact peut-il correspondre avec les points de contact des autres États parties selon une procédure accélérée ?" } },
        -- Art. 41(4), second sentence.
        coordination = { type = "measure",
          question = { en = "Where the point of contact is not part of the authorities responsible for mutual legal assistance or extradition, can it coordinate with them on an expedited basis (or is it part of them)?",
                       fr = "Si le point de contact ne dépend pas des autorités responsables de l'entraide judiciaire ou de l'extradition, peut-il agir en coordination avec elles selon une procédure accélérée (ou en dépend-il) ?" } },
        -- Art. 41(5).
        trained_staff = { type = "measure",
          question = { en = "Does the point of contact have trained and equipped personnel to ensure the operation of the 24/7 network?",
                       fr = "Le point de contact dispose-t-il d'un personnel formé et équipé pour veiller au fonctionnement du réseau 24/7 ?" } },
        -- Art. 41(6).
        existing_networks = { type = "measure",
          question = { en = "Does the State use existing authorized networks of points of contact, such as INTERPOL's 24/7 networks on computer crime, for rapid police cooperation?",
                       fr = "L'État utilise-t-il les réseaux autorisés existants de points de contact, tels que les réseaux 24/7 de l'Organisation internationale de police criminelle spécialisés dans la criminalité informatique, pour une coopération policière rapide ?" } },
      } },
  },
}
