-- Cybercrime Convention article 54 -- Technical assistance and
-- capacity-building (Assistance technique et renforcement des capacités):
-- chapter VII.
--
-- Each paragraph at its level, reported in its own terms:
--   54(1) consider ("envisagent de s'accorder ... les services d'assistance
--         technique"), "selon leurs moyens" an escape.
--   54(2) mandatory ("établissent, développent, mettent en œuvre ou
--         améliorent, dans la mesure des besoins, des programmes de formation
--         spécifiques"): twin of UNTOC 29(1), but the training is on THIS
--         Convention's offences: a fact of its own.
--   54(4) endeavour ("s'efforcent ... de tirer parti des compétences ...
--         et de coopérer étroitement"); "sous réserve de leur droit interne"
--         an escape.
--   54(5) mandatory ("s'entraident pour planifier et exécuter des
--         programmes de recherche et de formation"); twin of UNTOC 29(2).
--   54(6) consider ("envisagent de s'entraider ... pour mener des
--         évaluations, des études et des recherches").
--   54(7) mandatory ("encouragent les activités de formation et
--         d'assistance technique propres à faciliter des procédures rapides
--         d'extradition et d'entraide judiciaire"); the second sentence
--         ("peuvent inclure") lists optional forms, encoded within.  Twin of
--         UNTOC 29(3).
--   54(8) mandatory ("renforcent, autant qu'il est nécessaire, les mesures
--         prises pour optimiser l'efficacité de l'assistance technique").
--   54(9) consider ("envisagent d'établir des mécanismes à caractère
--         volontaire").
--   54(10) endeavour ("s'efforce de verser des contributions volontaires").
-- Not encoded: 54(3) ("peuvent porter ... sur ce qui suit"), an optional
-- list of the subjects of the activities of 54(1) and (2).
--
-- The facts are in rules/schema/cybercrime-prevention.lua (section
-- cyber_capacity): UNTOC's `capacity` facts concern organized crime.
--
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

obligation {
  ref = "cybercrime:54.1",
  level = "consider",
  title = { en = "Technical assistance and capacity-building to other States",
            fr = "Assistance technique et renforcement des capacités au profit d'autres États" },
  category = "prevention",
  cluster = 7,
  text = {
    fr = [[Les États parties envisagent de s'accorder, selon leurs moyens, les services d'assistance technique et de renforcement des capacités les plus étendus, couvrant la formation et d'autres formes d'assistance, l'échange mutuel de données d'expérience pertinentes et de connaissances spécialisées et le transfert de technologies suivant des modalités acceptées de part et d'autre, en tenant compte tout particulièrement des intérêts et des besoins des États parties en développement, en vue de faciliter la prévention des infractions visées par la présente Convention, leur détection, les enquêtes à leur sujet et l'engagement de poursuites en conséquence.]],
    en = [[States Parties shall consider affording one another, according to their capacity, the widest measure of technical assistance and capacity-building, including training and other forms of assistance, the mutual exchange of relevant experience and specialized knowledge and the transfer of technology on mutually agreed terms, with special consideration for the interests and needs of developing States Parties, with a view to facilitating the prevention, detection, investigation and prosecution of the offences covered by this Convention.]],
  },
  facts = { "cyber_capacity.technical_assistance" },
  check = function(ctx)
    return lx.measure_finding(ctx, "cyber_capacity.technical_assistance", {
      what = { en = "the widest measure of technical assistance and capacity-building to other States (training, exchange of experience and expertise, transfer of technology on mutually agreed terms), with particular regard to developing States",
               fr = "les services d'assistance technique et de renforcement des capacités les plus étendus au profit d'autres États (formation, échange d'expérience et de connaissances, transfert de technologies suivant des modalités convenues), en particulier des États en développement" } })
  end,
}

obligation {
  ref = "cybercrime:54.2",
  twin = "untoc:29.1#programmes",
  level = "mandatory",
  title = { en = "Specific training programmes for personnel fighting the Convention's offences",
            fr = "Programmes de formation spécifiques pour le personnel chargé de combattre les infractions de la Convention" },
  category = "prevention",
  cluster = 7,
  text = {
    fr = [[Les États parties établissent, développent, mettent en œuvre ou améliorent, dans la mesure des besoins, des programmes de formation spécifiques à l'intention du personnel chargé de prévenir les infractions visées par la présente Convention, de les détecter, d'enquêter à leur sujet et d'engager des poursuites en conséquence.]],
    en = [[States Parties shall, to the extent necessary, establish, develop, implement or improve specific training programmes for their personnel responsible for the prevention, detection, investigation and prosecution of the offences covered by this Convention.]],
  },
  facts = { "cyber_capacity.training_programmes" },
  note = "Twin of UNTOC 29(1) in form; the training is on this Convention's offences, so the fact is its own. 'Dans la mesure des besoins' is an escape, not a lower level.",
  check = function(ctx)
    return lx.measure_finding(ctx, "cyber_capacity.training_programmes", {
      what = { en = "specific training programmes, as needed, for the personnel responsible for preventing, detecting, investigating and prosecuting the Convention's offences",
               fr = "des programmes de formation spécifiques, dans la mesure des besoins, à l'intention du personnel chargé de prévenir, de détecter, d'enquêter et de poursuivre les infractions de la Convention" } })
  end,
}

obligation {
  ref = "cybercrime:54.4",
  level = "endeavour",
  title = { en = "Drawing on the expertise of other States and organizations",
            fr = "Recours aux compétences des autres États et organisations" },
  category = "prevention",
  cluster = 7,
  text = {
    fr = [[Les États parties s'efforcent, sous réserve de leur droit interne, de tirer parti des compétences des autres États parties et des organisations internationales et régionales, des organisations non gouvernementales, des organisations de la société civile, des établissements universitaires et des entités du secteur privé concernés et de coopérer étroitement avec eux, en vue de renforcer l'application effective de la présente Convention.]],
    en = [[States Parties shall endeavour, subject to their domestic law, to leverage the expertise of and cooperate closely with other States Parties and relevant international and regional organizations, non-governmental organizations, civil society organizations, academic institutions and private sector entities, with a view to enhancing the effective implementation of this Convention.]],
  },
  facts = { "cyber_capacity.expertise_cooperation" },
  check = function(ctx)
    return lx.measure_finding(ctx, "cyber_capacity.expertise_cooperation", {
      what = { en = "efforts to draw on the expertise of, and cooperate closely with, other States, international and regional organizations, non-governmental and civil-society organizations, academic institutions and the private sector to implement the Convention",
               fr = "des efforts pour tirer parti des compétences d'autres États, des organisations internationales et régionales, des organisations non gouvernementales et de la société civile, des établissements universitaires et du secteur privé, et coopérer étroitement avec eux" } })
  end,
}

obligation {
  ref = "cybercrime:54.5",
  twin = "untoc:29.2#assistance",
  level = "mandatory",
  title = { en = "Mutual assistance in research and training programmes",
            fr = "Entraide pour les programmes de recherche et de formation" },
  category = "prevention",
  cluster = 7,
  text = {
    fr = [[Les États parties s'entraident pour planifier et exécuter des programmes de recherche et de formation conçus pour l'échange de connaissances spécialisées dans les domaines visés au paragraphe 3 du présent article et, à cette fin, mettent aussi à profit, lorsqu'il y a lieu, des conférences et séminaires régionaux et internationaux pour favoriser la coopération et stimuler les échanges de vues sur les problèmes communs.]],
    en = [[States Parties shall assist one another in planning and implementing research and training programmes designed to share expertise in the areas referred to in paragraph 3 of this article and, to that end, shall also, when appropriate, use regional and international conferences and seminars to promote cooperation and to stimulate discussion on problems of mutual concern.]],
  },
  facts = { "cyber_capacity.research_training_assistance" },
  note = "Twin of UNTOC 29(2) in form; a fact of its own (the subject is cybercrime).",
  check = function(ctx)
    return lx.measure_finding(ctx, "cyber_capacity.research_training_assistance", {
      what = { en = "assistance to other States in planning and implementing research and training programmes to share expertise in the areas of art. 54(3), using regional and international conferences and seminars where appropriate",
               fr = "l'entraide avec d'autres États pour planifier et exécuter des programmes de recherche et de formation sur les domaines de l'art. 54, par. 3, en mettant à profit, s'il y a lieu, des conférences et séminaires régionaux et internationaux" } })
  end,
}

obligation {
  ref = "cybercrime:54.6",
  level = "consider",
  title = { en = "Assistance with evaluations, studies and research on the Convention's offences",
            fr = "Entraide pour des évaluations, études et recherches sur les infractions de la Convention" },
  category = "prevention",
  cluster = 7,
  text = {
    fr = [[Les États parties envisagent de s'entraider, sur demande, pour mener des évaluations, des études et des recherches portant sur la typologie, les causes et les effets des infractions visées par la présente Convention qui sont commises sur leur territoire, en vue d'élaborer, avec la participation des autorités compétentes et des organisations non gouvernementales, des organisations de la société civile, des établissements universitaires et des entités du secteur privé concernés, des stratégies et plans d'action visant à prévenir et à combattre la cybercriminalité.]],
    en = [[States Parties shall consider assisting one another, upon request, in conducting evaluations, studies and research relating to the types, causes and effects of offences covered by this Convention committed in their respective territories, with a view to developing, with the participation of the competent authorities and relevant non-governmental organizations, civil society organizations, academic institutions and private sector entities, strategies and action plans to prevent and combat cybercrime.]],
  },
  facts = { "cyber_capacity.research_assistance" },
  check = function(ctx)
    return lx.measure_finding(ctx, "cyber_capacity.research_assistance", {
      what = { en = "assistance to other States, on request, in evaluations, studies and research on the types, causes and effects of the Convention's offences, with a view to strategies and action plans",
               fr = "l'entraide avec d'autres États, sur demande, pour des évaluations, études et recherches sur la typologie, les causes et les effets des infractions de la Convention, en vue de stratégies et plans d'action" } })
  end,
}

obligation {
  ref = "cybercrime:54.7",
  twin = "untoc:29.3#promotion",
  level = "mandatory",
  title = { en = "Training and technical assistance for speedy extradition and mutual legal assistance",
            fr = "Formation et assistance technique pour des procédures rapides d'extradition et d'entraide judiciaire" },
  category = "prevention",
  cluster = 7,
  text = {
    fr = [[Les États parties encouragent les activités de formation et d'assistance technique propres à faciliter des procédures rapides d'extradition et d'entraide judiciaire. Ces activités de formation et d'assistance technique peuvent inclure une formation linguistique, une aide à la rédaction et au traitement des demandes d'entraide judiciaire, ainsi que des détachements et des échanges entre les personnels des autorités centrales ou des organismes ayant des responsabilités dans les domaines concernés.]],
    en = [[States Parties shall promote training and technical assistance that will facilitate speedy extradition and mutual legal assistance. Such training and technical assistance may include language training, assistance with the drafting and handling of mutual legal assistance requests, and secondments and exchanges between personnel in central authorities or agencies with relevant responsibilities.]],
  },
  facts = { "cyber_capacity.extradition_mla_training" },
  note = "Twin of UNTOC 29(3) in form; the second sentence ('peuvent inclure') lists optional forms and never decides the status.",
  check = function(ctx)
    return lx.measure_finding(ctx, "cyber_capacity.extradition_mla_training", {
      what = { en = "the promotion of training and technical assistance that facilitate speedy extradition and mutual legal assistance",
               fr = "l'encouragement des activités de formation et d'assistance technique propres à faciliter des procédures rapides d'extradition et d'entraide judiciaire" } })
  end,
}

obligation {
  ref = "cybercrime:54.8",
  level = "mandatory",
  title = { en = "Strengthening technical assistance within organizations and agreements",
            fr = "Renforcement de l'assistance technique au sein des organisations et dans le cadre des accords" },
  category = "prevention",
  cluster = 7,
  text = {
    fr = [[Les États parties renforcent, autant qu'il est nécessaire, les mesures prises pour optimiser l'efficacité de l'assistance technique et du renforcement des capacités au sein des organisations internationales et régionales et dans le cadre des accords ou des arrangements bilatéraux et multilatéraux pertinents.]],
    en = [[States Parties shall strengthen, to the extent necessary, efforts to maximize the effectiveness of technical assistance and capacity-building in international and regional organizations and within the framework of relevant bilateral and multilateral agreements or arrangements.]],
  },
  facts = { "cyber_capacity.assistance_effectiveness" },
  note = "'Autant qu'il est nécessaire' is an escape, not a lower level.",
  check = function(ctx)
    return lx.measure_finding(ctx, "cyber_capacity.assistance_effectiveness", {
      what = { en = "measures, as necessary, to optimize the effectiveness of technical assistance and capacity-building within international and regional organizations and under bilateral and multilateral agreements or arrangements",
               fr = "des mesures, autant qu'il est nécessaire, pour optimiser l'efficacité de l'assistance technique et du renforcement des capacités au sein des organisations internationales et régionales et dans le cadre des accords ou arrangements bilatéraux et multilatéraux" } })
  end,
}

obligation {
  ref = "cybercrime:54.9",
  level = "consider",
  title = { en = "Voluntary mechanisms financing the efforts of developing countries",
            fr = "Mécanismes volontaires de financement des efforts des pays en développement" },
  category = "prevention",
  cluster = 7,
  text = {
    fr = [[Les États parties envisagent d'établir des mécanismes à caractère volontaire en vue de contribuer financièrement, par des programmes d'assistance technique et des projets de renforcement des capacités, aux efforts que déploient les pays en développement pour appliquer la présente Convention.]],
    en = [[States Parties shall consider establishing voluntary mechanisms with a view to contributing financially to the efforts of developing countries to apply this Convention through technical assistance programmes and capacity-building projects.]],
  },
  facts = { "cyber_capacity.voluntary_financing" },
  check = function(ctx)
    return lx.measure_finding(ctx, "cyber_capacity.voluntary_financing", {
      what = { en = "voluntary mechanisms contributing financially, through technical assistance and capacity-building, to the efforts of developing countries to implement the Convention",
               fr = "des mécanismes à caractère volontaire contribuant financièrement, par l'assistance technique et le renforcement des capacités, aux efforts des pays en développement pour appliquer la Convention" } })
  end,
}

obligation {
  ref = "cybercrime:54.10",
  level = "endeavour",
  title = { en = "Voluntary contributions to UNODC",
            fr = "Contributions volontaires à l'ONUDC" },
  category = "prevention",
  cluster = 7,
  text = {
    fr = [[Chaque État partie s'efforce de verser des contributions volontaires à l'Office des Nations Unies contre la drogue et le crime afin d'encourager, par son intermédiaire, des programmes et projets visant à appliquer la présente Convention au moyen de services d'assistance technique et de renforcement des capacités.]],
    en = [[Each State Party shall endeavour to make voluntary contributions to the United Nations Office on Drugs and Crime for the purpose of fostering, through the Office, programmes and projects aimed at implementing this Convention through technical assistance and capacity-building.]],
  },
  facts = { "cyber_capacity.unodc_contributions" },
  check = function(ctx)
    return lx.measure_finding(ctx, "cyber_capacity.unodc_contributions", {
      what = { en = "voluntary contributions to the United Nations Office on Drugs and Crime for programmes and projects implementing the Convention",
               fr = "des contributions volontaires à l'Office des Nations Unies contre la drogue et le crime pour des programmes et projets d'application de la Convention" } })
  end,
}

not_encoded {
  ref = "cybercrime:54.3",
  reason = {
    en = "\"Les activités ... peuvent porter ... sur ce qui suit\": an optional list (a) to (i) of the subjects the activities of paragraphs 1 and 2 may cover; it adds no duty.",
    fr = "« Les activités ... peuvent porter ... sur ce qui suit » : liste facultative, a) à i), des sujets que peuvent couvrir les activités des paragraphes 1 et 2 ; elle n'ajoute aucune obligation.",
  },
}
