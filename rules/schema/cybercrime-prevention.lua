-- rules/schema/cybercrime-prevention.lua: facts for the Cybercrime Convention
-- arts 53-56 (chapters VI and VII: preventive measures, technical assistance,
-- exchange of information, implementation through development).
--
-- Every fact is a standard `measure` (adopted true / false / "partly",
-- source, url, note, from, repealed, missing, considered).  For what a State
-- must only consider or endeavour, write `considered = true` with
-- `adopted = false` when it considered or pursued the measure without
-- adopting it.  UNTOC's `prevention`, `capacity` and `law_enforcement`
-- analysis facts (arts 28-31) concern organized crime; the Convention asks
-- the same kinds of measure about cybercrime, so these facts are their own.
-- The notification of the prevention authority (art. 53(7)) is an item of
-- `notifications` with provision = "cybercrime:53.7".
return {
  fields = {
    cyber_prevention = {
      title = { en = "Prevention of cybercrime", fr = "Prévention de la cybercriminalité" },
      type = "record",
      doc = { en = "Preventive measures against cybercrime (Cybercrime Convention art. 53).",
              fr = "Mesures préventives contre la cybercriminalité (art. 53 de la Convention sur la cybercriminalité)." },
      fields = {
        -- art. 53(1)
        policies = { type = "measure",
          question = { en = "Has the State developed and implemented or maintained effective and coordinated policies and good practices (a strategy, a plan) to reduce existing or future opportunities for cybercrime?",
                       fr = "L'État a-t-il élaboré et mis en œuvre ou maintenu des politiques et bonnes pratiques efficaces et coordonnées (stratégie, plan) visant à réduire les possibilités actuelles ou futures de cybercriminalité ?" } },
        -- art. 53(2)
        non_public_participation = { type = "measure",
          question = { en = "What measures does the State take to promote the active participation of non-governmental and civil-society organizations, academic institutions, private-sector entities and the public in preventing cybercrime offences?",
                       fr = "Quelles mesures l'État prend-il pour favoriser la participation active des organisations non gouvernementales et de la société civile, des établissements universitaires, des entités du secteur privé et du public à la prévention des infractions de cybercriminalité ?" } },
        -- art. 53(4)
        reporting_authority = { type = "measure",
          question = { en = "Are the authorities responsible for preventing and combating cybercrime known and accessible to the public, so that incidents that may be offences can be reported to them, including anonymously (e.g. a reporting platform)?",
                       fr = "Les autorités chargées de prévenir et de combattre la cybercriminalité sont-elles connues du public et accessibles, pour que des faits susceptibles de constituer des infractions puissent leur être signalés, y compris sous couvert d'anonymat (par exemple une plateforme de signalement) ?" } },
        -- art. 53(5)
        framework_evaluation = { type = "measure",
          question = { en = "Does the State periodically evaluate its legal framework and administrative practices on cybercrime to identify gaps and vulnerabilities and keep them relevant to changing threats? When was the last evaluation?",
                       fr = "L'État évalue-t-il périodiquement ses cadres juridiques et pratiques administratives en matière de cybercriminalité pour en déceler les lacunes et les points faibles et les maintenir à jour face à l'évolution des menaces ? Quand a eu lieu la dernière évaluation ?" } },
        -- art. 53(6)
        international_collaboration = { type = "measure",
          question = { en = "Does the State collaborate with other States and international or regional organizations to promote and develop measures to prevent cybercrime, including through international projects?",
                       fr = "L'État collabore-t-il avec d'autres États et des organisations internationales ou régionales pour promouvoir et mettre au point des mesures de prévention de la cybercriminalité, y compris dans le cadre de projets internationaux ?" } },
      },
    },
    cyber_capacity = {
      title = { en = "Technical assistance and capacity-building against cybercrime", fr = "Assistance technique et renforcement des capacités contre la cybercriminalité" },
      type = "record",
      doc = { en = "Technical assistance, training and implementation through development (Cybercrime Convention arts 54 and 56).",
              fr = "Assistance technique, formation et application par le développement (art. 54 et 56 de la Convention sur la cybercriminalité)." },
      fields = {
        -- art. 54(1)
        technical_assistance = { type = "measure",
          question = { en = "Does the State afford other States technical assistance and capacity-building against cybercrime (training, exchange of experience and expertise, transfer of technology on mutually agreed terms), or has it considered doing so?",
                       fr = "L'État accorde-t-il à d'autres États une assistance technique et un renforcement des capacités contre la cybercriminalité (formation, échange d'expérience et de connaissances, transfert de technologies suivant des modalités convenues), ou l'a-t-il envisagé ?" } },
        -- art. 54(2)
        training_programmes = { type = "measure",
          question = { en = "Has the State established, developed, implemented or improved specific training programmes for the personnel (police, prosecutors, judges) responsible for preventing, detecting, investigating and prosecuting cybercrime offences?",
                       fr = "L'État a-t-il établi, développé, mis en œuvre ou amélioré des programmes de formation spécifiques pour le personnel (police, parquet, juges) chargé de prévenir, de détecter, d'enquêter et de poursuivre les infractions de cybercriminalité ?" } },
        -- art. 54(4)
        expertise_cooperation = { type = "measure",
          question = { en = "Does the State draw on the expertise of, and cooperate closely with, other States, international and regional organizations, NGOs, civil society, academia and the private sector to implement the Cybercrime Convention?",
                       fr = "L'État tire-t-il parti des compétences d'autres États, des organisations internationales et régionales, des ONG, de la société civile, des universités et du secteur privé, et coopère-t-il étroitement avec eux, pour appliquer la Convention sur la cybercriminalité ?" } },
        -- art. 54(5)
        research_training_assistance = { type = "measure",
          question = { en = "Does the State assist other States in planning and implementing research and training programmes on cybercrime, using regional and international conferences and seminars where appropriate?",
                       fr = "L'État aide-t-il d'autres États à planifier et exécuter des programmes de recherche et de formation sur la cybercriminalité, en mettant à profit, s'il y a lieu, des conférences et séminaires régionaux et internationaux ?" } },
        -- art. 54(6)
        research_assistance = { type = "measure",
          question = { en = "Does the State assist other States, on request, in evaluations, studies and research on the types, causes and effects of cybercrime offences (or has it considered doing so)?",
                       fr = "L'État aide-t-il d'autres États, sur demande, à mener des évaluations, études et recherches sur la typologie, les causes et les effets des infractions de cybercriminalité (ou l'a-t-il envisagé) ?" } },
        -- art. 54(7)
        extradition_mla_training = { type = "measure",
          question = { en = "Does the State promote training and technical assistance that facilitate speedy extradition and mutual legal assistance (language training, help with drafting and handling requests, secondments and exchanges of central-authority staff)?",
                       fr = "L'État encourage-t-il des activités de formation et d'assistance technique propres à faciliter des procédures rapides d'extradition et d'entraide judiciaire (formation linguistique, aide à la rédaction et au traitement des demandes, détachements et échanges de personnels des autorités centrales) ?" } },
        -- art. 54(8)
        assistance_effectiveness = { type = "measure",
          question = { en = "Has the State strengthened, as necessary, its efforts to optimize the effectiveness of technical assistance and capacity-building on cybercrime in international and regional organizations and under bilateral and multilateral agreements?",
                       fr = "L'État a-t-il renforcé, autant qu'il est nécessaire, les mesures prises pour optimiser l'efficacité de l'assistance technique et du renforcement des capacités en matière de cybercriminalité au sein des organisations internationales et régionales et dans le cadre d'accords bilatéraux et multilatéraux ?" } },
        -- art. 54(9)
        voluntary_financing = { type = "measure",
          question = { en = "Has the State established, or considered establishing, voluntary mechanisms to contribute financially to the efforts of developing countries to implement the Cybercrime Convention?",
                       fr = "L'État a-t-il établi, ou envisagé d'établir, des mécanismes à caractère volontaire pour contribuer financièrement aux efforts des pays en développement pour appliquer la Convention sur la cybercriminalité ?" } },
        -- art. 54(10)
        unodc_contributions = { type = "measure",
          question = { en = "Does the State make voluntary contributions to the United Nations Office on Drugs and Crime for programmes and projects implementing the Cybercrime Convention?",
                       fr = "L'État verse-t-il des contributions volontaires à l'Office des Nations Unies contre la drogue et le crime pour des programmes et projets d'application de la Convention sur la cybercriminalité ?" } },
        -- art. 56(1)
        international_cooperation_measures = { type = "measure",
          question = { en = "What measures does the State take, through international cooperation, to implement the Cybercrime Convention as fully as possible, taking into account the negative effects of cybercrime on society and sustainable development?",
                       fr = "Quelles mesures l'État prend-il, par la coopération internationale, pour assurer l'application optimale de la Convention sur la cybercriminalité, compte tenu des effets négatifs de la cybercriminalité sur la société et le développement durable ?" } },
        -- art. 56(2)
        development_efforts = { type = "measure",
          question = { en = "Does the State make concrete efforts, in coordination with other States and organizations, to enhance cooperation with developing countries against cybercrime, increase financial and material assistance, provide technical assistance, encourage other contributors and exchange good practices (art. 56(2)(a)-(e))?",
                       fr = "L'État fournit-il des efforts concrets, en coordination avec d'autres États et des organisations, pour développer la coopération avec les pays en développement contre la cybercriminalité, accroître l'assistance financière et matérielle, fournir une assistance technique, encourager d'autres contributeurs et échanger des bonnes pratiques (art. 56, par. 2 a) à e)) ?" } },
        -- art. 56(2)(c)
        account_contributions = { type = "measure",
          question = { en = "Does the State make adequate and regular voluntary contributions to the account designated in a United Nations funding mechanism for the implementation of the Cybercrime Convention?",
                       fr = "L'État verse-t-il des contributions volontaires adéquates et régulières au compte désigné dans le cadre d'un mécanisme de financement des Nations Unies pour l'application de la Convention sur la cybercriminalité ?" } },
        -- art. 56(3)
        regional_programmes = { type = "measure",
          question = { en = "Does the State make use of existing subregional, regional and international programmes, conferences and seminars to promote cooperation and technical assistance on cybercrime (or has it considered doing so)?",
                       fr = "L'État met-il à profit les programmes sous-régionaux, régionaux et internationaux existants, y compris les conférences et séminaires, pour favoriser la coopération et l'assistance technique en matière de cybercriminalité (ou l'a-t-il envisagé) ?" } },
        -- art. 56(4)
        harmonisation_resources = { type = "measure",
          question = { en = "Does the State ensure, to the extent possible, that resources and efforts are distributed and directed to support the harmonization of standards, skills, capacities, expertise and technical capabilities among States Parties against cybercrime?",
                       fr = "L'État veille-t-il, dans la mesure du possible, à ce que des ressources et des efforts soient répartis et affectés à l'appui de l'harmonisation des normes, des compétences, des capacités, des connaissances spécialisées et des moyens techniques entre États parties contre la cybercriminalité ?" } },
        -- art. 56(6)
        material_logistical_agreements = { type = "measure",
          question = { en = "Has the State concluded bilateral, regional or multilateral agreements or arrangements on material and logistical assistance for international cooperation against cybercrime?",
                       fr = "L'État a-t-il conclu des accords ou arrangements bilatéraux, régionaux ou multilatéraux sur l'aide matérielle et logistique à la coopération internationale contre la cybercriminalité ?" } },
      },
    },
    cyber_information = {
      title = { en = "Exchange of information on cybercrime", fr = "Échange d'informations sur la cybercriminalité" },
      type = "record",
      doc = { en = "Analysis and exchange of information on cybercrime (Cybercrime Convention art. 55).",
              fr = "Analyse et échange d'informations sur la cybercriminalité (art. 55 de la Convention sur la cybercriminalité)." },
      fields = {
        -- art. 55(1)
        trend_analysis = { type = "measure",
          question = { en = "Does the State analyse, in consultation with experts (including NGOs, civil society, academia and the private sector), the trends of cybercrime offences in its territory and the circumstances in which they are committed (or has it considered doing so)?",
                       fr = "L'État analyse-t-il, en consultation avec des experts (y compris des ONG, de la société civile, des universités et du secteur privé), les tendances des infractions de cybercriminalité sur son territoire et les circonstances de leur commission (ou l'a-t-il envisagé) ?" } },
        -- art. 55(2)
        statistics_sharing = { type = "measure",
          question = { en = "Does the State develop and share with other States, directly or through international and regional organizations, statistics, analytical expertise and information on cybercrime (or has it considered doing so)?",
                       fr = "L'État développe-t-il et met-il en commun avec d'autres États, directement ou par l'intermédiaire d'organisations internationales et régionales, des statistiques, des capacités d'analyse et des informations sur la cybercriminalité (ou l'a-t-il envisagé) ?" } },
        -- art. 55(3)
        policy_monitoring = { type = "measure",
          question = { en = "Does the State monitor its policies and practical measures to prevent and combat cybercrime offences and evaluate their implementation and effectiveness (or has it considered doing so)?",
                       fr = "L'État assure-t-il le suivi de ses politiques et mesures concrètes de prévention et de lutte contre les infractions de cybercriminalité et en évalue-t-il la mise en œuvre et l'efficacité (ou l'a-t-il envisagé) ?" } },
        -- art. 55(4)
        developments_exchange = { type = "measure",
          question = { en = "Does the State exchange with other States information on legal, policy or technological developments related to cybercrime and the collection of evidence in electronic form (or has it considered doing so)?",
                       fr = "L'État échange-t-il avec d'autres États des informations sur les avancées juridiques, politiques ou technologiques concernant la cybercriminalité et la collecte de preuves sous forme électronique (ou l'a-t-il envisagé) ?" } },
      },
    },
  },
}
