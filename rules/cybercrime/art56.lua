-- Cybercrime Convention article 56 -- Implementation of the Convention
-- through economic development and technical assistance (Application de la
-- Convention par le développement économique et l'assistance technique):
-- chapter VII.  The twin of UNTOC art. 30 in form; the subject is this
-- Convention, so the facts are their own (section cyber_capacity).
--
--   56(1) mandatory ("prennent des mesures propres à assurer l'application
--         optimale ... dans la mesure du possible, par la coopération
--         internationale"): "dans la mesure du possible" an escape.
--   56(2) "sont vivement encouragés à fournir des efforts concrets": a
--         strong encouragement, weaker than UNTOC 30(2)'s "font des efforts
--         concrets" (endeavour): no duty, read as OPTIONAL (informational,
--         never a gap); its sub-paragraphs (a) to (e) are encoded within.
--         The second sentence of (c), "les États parties s'efforcent de verser
--         volontairement des contributions adéquates et régulières à un
--         compte", is a duty to ENDEAVOUR: clause "contributions".
--   56(3) consider ("envisagent également de mettre à profit").
--   56(4) mandatory ("veillent à ce que les ressources et les efforts soient
--         répartis"), "dans la mesure du possible" an escape.
--   56(6) optional ("peuvent conclure").
-- Not encoded: 56(5), a saving clause for existing foreign-aid commitments.
--
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

obligation {
  ref = "cybercrime:56.1",
  twin = "untoc:30.1",
  level = "mandatory",
  title = { en = "Measures for the optimal implementation of the Convention through international cooperation",
            fr = "Mesures pour l'application optimale de la Convention par la coopération internationale" },
  category = "prevention",
  cluster = 7,
  text = {
    fr = [[Les États parties prennent des mesures propres à assurer l'application optimale de la présente Convention dans la mesure du possible, par la coopération internationale, compte tenu des effets négatifs qu'ont les infractions visées par la présente Convention sur la société en général et sur le développement durable en particulier.]],
    en = [[States Parties shall take measures conducive to the optimal implementation of this Convention to the extent possible, through international cooperation, taking into account the negative effects of the offences covered by this Convention on society in general and, in particular, on sustainable development.]],
  },
  facts = { "cyber_capacity.international_cooperation_measures" },
  check = function(ctx)
    return lx.measure_finding(ctx, "cyber_capacity.international_cooperation_measures", {
      what = { en = "measures conducive to the optimal implementation of the Convention, to the extent possible, through international cooperation",
               fr = "des mesures propres à assurer l'application optimale de la Convention, dans la mesure du possible, par la coopération internationale" } })
  end,
}

obligation {
  ref = "cybercrime:56.2",
  level = "optional",
  title = { en = "Concrete efforts with developing countries (strongly encouraged)",
            fr = "Efforts concrets avec les pays en développement (vivement encouragés)" },
  category = "prevention",
  cluster = 7,
  covers = { "cybercrime:56.2.a", "cybercrime:56.2.b", "cybercrime:56.2.d", "cybercrime:56.2.e" },
  text = {
    fr = [[Les États parties sont vivement encouragés à fournir des efforts concrets, dans la mesure du possible et en coordination les uns avec les autres ainsi qu'avec les organisations internationales et régionales :]],
    en = [[States Parties are strongly encouraged to make concrete efforts, to the extent possible and in coordination with each other, as well as with international and regional organizations:]],
  },
  facts = { "cyber_capacity.development_efforts" },
  note = "'Sont vivement encouragés': an encouragement, not a duty; informational only.",
  check = function(ctx)
    return lx.measure_finding(ctx, "cyber_capacity.development_efforts", {
      what = { en = "concrete efforts, coordinated with other States and organizations, to enhance cooperation with developing countries, increase financial and material assistance, provide technical assistance, encourage other contributors and exchange good practices",
               fr = "des efforts concrets, coordonnés avec d'autres États et des organisations, pour développer la coopération avec les pays en développement, accroître l'assistance financière et matérielle, fournir une assistance technique, encourager d'autres contributeurs et échanger des bonnes pratiques" } })
  end,
}

obligation {
  ref = "cybercrime:56.2.c",
  clause = "contributions",
  twin = "untoc:30.2.c#contributions",
  level = "endeavour",
  title = { en = "Voluntary contributions to the United Nations funding account",
            fr = "Contributions volontaires au compte du mécanisme de financement des Nations Unies" },
  category = "prevention",
  cluster = 7,
  text = {
    fr = [[Pour fournir une assistance technique aux autres États parties, en particulier aux pays en développement, afin de les aider à combler leurs besoins aux fins de l'application de la présente Convention. Pour ce faire, les États parties s'efforcent de verser volontairement des contributions adéquates et régulières à un compte désigné à cet effet dans le cadre d'un mécanisme de financement des Nations Unies ;]],
    en = [[To provide technical assistance to other States Parties, in particular developing countries, in support of meeting their needs for the implementation of this Convention. To that end, States Parties shall endeavour to make adequate and regular voluntary contributions to an account specifically designated for that purpose in a United Nations funding mechanism;]],
  },
  facts = { "cyber_capacity.account_contributions" },
  note = "The second sentence of 56(2)(c) is a duty to endeavour.",
  check = function(ctx)
    return lx.measure_finding(ctx, "cyber_capacity.account_contributions", {
      what = { en = "adequate and regular voluntary contributions to an account designated for that purpose in a United Nations funding mechanism",
               fr = "des contributions volontaires adéquates et régulières à un compte désigné à cet effet dans le cadre d'un mécanisme de financement des Nations Unies" } })
  end,
}

obligation {
  ref = "cybercrime:56.3",
  level = "consider",
  title = { en = "Use of existing subregional, regional and international programmes",
            fr = "Mise à profit des programmes sous-régionaux, régionaux et internationaux existants" },
  category = "prevention",
  cluster = 7,
  text = {
    fr = [[Les États parties envisagent également de mettre à profit les programmes sous-régionaux, régionaux et internationaux existants, y compris les conférences et séminaires, pour favoriser la coopération et l'assistance technique et stimuler les échanges de vues sur les problèmes communs, y compris les problèmes et les besoins particuliers des pays en développement.]],
    en = [[States Parties shall also consider using existing subregional, regional and international programmes, including conferences and seminars, to promote cooperation and technical assistance and to stimulate discussion on problems of mutual concern, including the special problems and needs of developing countries.]],
  },
  facts = { "cyber_capacity.regional_programmes" },
  check = function(ctx)
    return lx.measure_finding(ctx, "cyber_capacity.regional_programmes", {
      what = { en = "the use of existing subregional, regional and international programmes, conferences and seminars to promote cooperation and technical assistance",
               fr = "la mise à profit des programmes sous-régionaux, régionaux et internationaux existants, y compris les conférences et séminaires, pour favoriser la coopération et l'assistance technique" } })
  end,
}

obligation {
  ref = "cybercrime:56.4",
  level = "mandatory",
  title = { en = "Resources allocated to harmonizing standards and capacities",
            fr = "Ressources affectées à l'harmonisation des normes et des capacités" },
  category = "prevention",
  cluster = 7,
  text = {
    fr = [[Dans la mesure du possible, les États parties veillent à ce que les ressources et les efforts soient répartis et affectés à l'appui de l'harmonisation des normes, des compétences, des capacités, des connaissances spécialisées et des moyens techniques, l'objectif étant d'établir des normes minimales communes entre États parties afin de faire en sorte que les infractions visées par la présente Convention ne puissent plus être commises nulle part en toute impunité et de renforcer la lutte contre la cybercriminalité.]],
    en = [[To the extent possible, States Parties shall ensure that resources and efforts are distributed and directed to support the harmonization of standards, skills, capacity, expertise and technical capabilities with the aim of establishing common minimum standards among States Parties to eradicate safe havens for offences covered by this Convention and strengthen the fight against cybercrime.]],
  },
  facts = { "cyber_capacity.harmonisation_resources" },
  note = "'Veillent' is a duty; 'dans la mesure du possible' an escape, not a lower level.",
  check = function(ctx)
    return lx.measure_finding(ctx, "cyber_capacity.harmonisation_resources", {
      what = { en = "the allocation of resources and efforts, to the extent possible, in support of the harmonization of standards, skills, capacities, expertise and technical capabilities among States Parties",
               fr = "la répartition et l'affectation des ressources et des efforts, dans la mesure du possible, à l'appui de l'harmonisation des normes, des compétences, des capacités, des connaissances spécialisées et des moyens techniques entre États parties" } })
  end,
}

obligation {
  ref = "cybercrime:56.6",
  twin = "untoc:30.4",
  level = "optional",
  title = { en = "Agreements on material and logistical assistance",
            fr = "Accords sur l'aide matérielle et logistique" },
  category = "prevention",
  cluster = 7,
  text = {
    fr = [[Les États parties peuvent conclure des accords ou des arrangements bilatéraux, régionaux ou multilatéraux sur l'aide matérielle et logistique, en tenant compte des arrangements financiers nécessaires pour assurer l'efficacité des moyens de coopération internationale prévus par la présente Convention ainsi que pour prévenir les infractions visées par la présente Convention, les détecter, enquêter à leur sujet et engager des poursuites en conséquence.]],
    en = [[States Parties may conclude bilateral, regional or multilateral agreements or arrangements on material and logistical assistance, taking into consideration the financial arrangements necessary for the means of international cooperation provided for by this Convention to be effective and for the prevention, detection, investigation and prosecution of offences covered by this Convention.]],
  },
  facts = { "cyber_capacity.material_logistical_agreements" },
  note = "Optional: informational only.",
  check = function(ctx)
    return lx.measure_finding(ctx, "cyber_capacity.material_logistical_agreements", {
      what = { en = "bilateral, regional or multilateral agreements or arrangements on material and logistical assistance for the means of international cooperation of the Convention",
               fr = "des accords ou arrangements bilatéraux, régionaux ou multilatéraux sur l'aide matérielle et logistique aux moyens de coopération internationale prévus par la Convention" } })
  end,
}

not_encoded {
  ref = "cybercrime:56.5",
  reason = {
    en = "Saving clause: the measures of the article are taken without prejudice to existing foreign-assistance commitments and financial cooperation arrangements; it requires no measure.",
    fr = "Clause de sauvegarde : les mesures de l'article sont prises sans préjudice des engagements existants en matière d'aide extérieure et de coopération financière ; elle n'exige aucune mesure.",
  },
}
