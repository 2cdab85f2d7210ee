-- UNTOC article 30 -- Other measures: implementation of the Convention
-- through economic development and technical assistance
--
-- Which parts bind a State, and how:
--   * Paragraph 1 "shall take measures conducive to the optimal
--     implementation of this Convention to the extent possible, through
--     international cooperation" / "prennent des mesures": mandatory, with
--     the qualifier "to the extent possible".  It binds the State's
--     administration and foreign policy, not its legislature; a profile shows
--     it by the measures of international cooperation the State takes.
--   * Paragraph 2 "shall make concrete efforts to the extent possible" /
--     "font des efforts concrets, dans la mesure du possible": a best-efforts
--     duty (endeavour), for each of (a), (b), (c) and (d).  Sub-paragraph (c)
--     holds three clauses: the efforts to provide technical assistance
--     (endeavour, clause "technical-assistance"); "shall endeavour to make
--     adequate and regular voluntary contributions" to the United Nations
--     account / "s'efforcent de verser" (endeavour, clause "contributions");
--     "may also give special consideration ... to contributing ... a
--     percentage of ... proceeds of crime or property confiscated" / "peuvent
--     aussi envisager spécialement" (optional, clause "confiscated-proceeds":
--     "may", not "shall consider", as for art. 12(7) in this pack).
--     The duties are addressed to every State Party, the qualifier "to the
--     extent possible" measuring what a State with few resources can do; no
--     condition of being a donor is read into them.
--   * Paragraph 4 "may conclude bilateral or multilateral agreements or
--     arrangements on material and logistical assistance" / "peuvent
--     conclure": optional.
--
-- Not encoded (they impose no measure on States):
--   30(3) "To the extent possible, these measures shall be without prejudice
--         to existing foreign assistance commitments or to other financial
--         cooperation arrangements": a non-prejudice clause.  It governs how
--         the measures of paragraph 2 relate to existing commitments (new
--         assistance should add to them, not replace them); it requires no
--         legislative or administrative measure of its own that a profile
--         could show, and a shortfall would appear only in budget figures
--         outside the scope of a legal profile.

local function measure(ctx, path, en, fr)
  return lx.measure_finding(ctx, path, { what = { en = en, fr = fr } })
end

obligation {
  ref = "untoc:30.1",
  level = "mandatory",
  title = { en = "Measures for the optimal implementation of the Convention through international cooperation",
            fr = "Mesures propres à assurer la meilleure application de la convention par la coopération internationale" },
  category = "cooperation",
  cluster = 2,
  text = {
    en = [[States Parties shall take measures conducive to the optimal implementation of this Convention to the extent possible, through international cooperation, taking into account the negative effects of organised crime on society in general, in particular on sustainable development.]],
    fr = [[Les États parties prennent des mesures propres à assurer la meilleure application possible de la présente convention par la coopération internationale, compte tenu des effets négatifs de la criminalité organisée sur la société en général, et sur le développement durable en particulier.]],
  },
  facts = { "capacity.international_cooperation_measures" },
  check = function(ctx)
    return measure(ctx, "capacity.international_cooperation_measures",
      "measures of international cooperation conducive to the optimal implementation of the Convention",
      "des mesures de coopération internationale propres à assurer la meilleure application de la Convention")
  end,
}

obligation {
  ref = "untoc:30.2.a",
  level = "endeavour",
  title = { en = "Enhanced cooperation with developing countries",
            fr = "Développement de la coopération avec les pays en développement" },
  category = "cooperation",
  cluster = 2,
  text = {
    en = [[States Parties shall make concrete efforts to the extent possible and in coordination with each other, as well as with international and regional organisations: (a) to enhance their cooperation at various levels with developing countries, with a view to strengthening the capacity of the latter to prevent and combat transnational organised crime;]],
    fr = [[Les États parties font des efforts concrets, dans la mesure du possible, et en coordination les uns avec les autres ainsi qu'avec les organisations régionales et internationales: a) pour développer leur coopération à différents niveaux avec les pays en développement, en vue de renforcer la capacité de ces derniers à prévenir et combattre la criminalité transnationale organisée;]],
  },
  facts = { "capacity.developing_countries_cooperation" },
  check = function(ctx)
    return measure(ctx, "capacity.developing_countries_cooperation",
      "efforts to enhance cooperation with developing countries to strengthen their capacity against transnational organized crime",
      "des efforts pour développer la coopération avec les pays en développement afin de renforcer leur capacité contre la criminalité transnationale organisée")
  end,
}

obligation {
  ref = "untoc:30.2.b",
  level = "endeavour",
  title = { en = "Enhanced financial and material assistance to developing countries",
            fr = "Accroissement de l'assistance financière et matérielle aux pays en développement" },
  category = "cooperation",
  cluster = 2,
  text = {
    en = [[States Parties shall make concrete efforts to the extent possible and in coordination with each other, as well as with international and regional organisations: (b) to enhance financial and material assistance to support the efforts of developing countries to fight transnational organised crime effectively and to help them implement this Convention successfully;]],
    fr = [[Les États parties font des efforts concrets, dans la mesure du possible, et en coordination les uns avec les autres ainsi qu'avec les organisations régionales et internationales: b) pour accroître l'assistance financière et matérielle à fournir aux pays en développement afin d'appuyer les efforts qu'ils déploient pour lutter efficacement contre la criminalité transnationale organisée et de les aider à appliquer la présente convention avec succès;]],
  },
  facts = { "capacity.financial_material_assistance" },
  check = function(ctx)
    return measure(ctx, "capacity.financial_material_assistance",
      "efforts to enhance financial and material assistance to developing countries against transnational organized crime",
      "des efforts pour accroître l'assistance financière et matérielle aux pays en développement contre la criminalité transnationale organisée")
  end,
}

obligation {
  ref = "untoc:30.2.c",
  clause = "technical-assistance",
  level = "endeavour",
  title = { en = "Technical assistance to developing countries and countries with economies in transition",
            fr = "Assistance technique aux pays en développement et aux pays à économie en transition" },
  category = "cooperation",
  cluster = 2,
  text = {
    en = [[States Parties shall make concrete efforts to the extent possible and in coordination with each other, as well as with international and regional organisations: (c) to provide technical assistance to developing countries and countries with economies in transition to assist them in meeting their needs for the implementation of this Convention.]],
    fr = [[Les États parties font des efforts concrets, dans la mesure du possible, et en coordination les uns avec les autres ainsi qu'avec les organisations régionales et internationales: c) pour fournir une assistance technique aux pays en développement et aux pays à économie en transition afin de les aider à répondre à leurs besoins aux fins de l'application de la présente convention.]],
  },
  facts = { "capacity.technical_assistance" },
  check = function(ctx)
    return measure(ctx, "capacity.technical_assistance",
      "technical assistance to developing countries and countries with economies in transition for the implementation of the Convention",
      "une assistance technique aux pays en développement et aux pays à économie en transition pour l'application de la Convention")
  end,
}

obligation {
  ref = "untoc:30.2.c",
  clause = "contributions",
  level = "endeavour",
  title = { en = "Voluntary contributions to the United Nations account for technical assistance",
            fr = "Contributions volontaires au compte des Nations unies pour l'assistance technique" },
  category = "cooperation",
  cluster = 2,
  text = {
    en = [[To that end, States Parties shall endeavour to make adequate and regular voluntary contributions to an account specifically designated for that purpose in a United Nations funding mechanism.]],
    fr = [[Pour ce faire, les États parties s'efforcent de verser volontairement des contributions adéquates et régulières à un compte établi à cet effet dans le cadre d'un mécanisme de financement des Nations unies.]],
  },
  facts = { "capacity.un_account_contributions" },
  check = function(ctx)
    return measure(ctx, "capacity.un_account_contributions",
      "adequate and regular voluntary contributions to the United Nations account designated for technical assistance under the Convention",
      "des contributions volontaires adéquates et régulières au compte des Nations unies établi pour l'assistance technique au titre de la Convention")
  end,
}

obligation {
  ref = "untoc:30.2.c",
  clause = "confiscated-proceeds",
  level = "optional",
  title = { en = "Contribution of a percentage of confiscated proceeds to the United Nations account",
            fr = "Versement au compte des Nations unies d'un pourcentage des produits confisqués" },
  category = "cooperation",
  cluster = 2,
  text = {
    en = [[States Parties may also give special consideration, in accordance with their domestic law and the provisions of this Convention, to contributing to the aforementioned account a percentage of the money or of the corresponding value of proceeds of crime or property confiscated in accordance with the provisions of this Convention;]],
    fr = [[Les États parties peuvent aussi envisager spécialement, conformément à leur droit interne et aux dispositions de la présente convention, de verser au compte susvisé un pourcentage des fonds ou de la valeur correspondante du produit du crime ou des biens confisqués en application des dispositions de la présente convention;]],
  },
  facts = { "capacity.confiscated_proceeds_contributions" },
  -- Optional ("may ... give special consideration"): never a gap; see also
  -- art. 14(3)(a) (contributing confiscated proceeds to the account
  -- designated in art. 30(2)(c)).
  check = function(ctx)
    return measure(ctx, "capacity.confiscated_proceeds_contributions",
      "contributions to the United Nations account of a percentage of confiscated proceeds of crime or property",
      "le versement au compte des Nations unies d'un pourcentage du produit du crime ou des biens confisqués")
  end,
}

obligation {
  ref = "untoc:30.2.d",
  level = "endeavour",
  title = { en = "Encouraging other States and financial institutions to join the efforts",
            fr = "Encourager d'autres États et des institutions financières à s'associer aux efforts" },
  category = "cooperation",
  cluster = 2,
  text = {
    en = [[States Parties shall make concrete efforts to the extent possible and in coordination with each other, as well as with international and regional organisations: (d) to encourage and persuade other States and financial institutions as appropriate to join them in efforts in accordance with this Article, in particular by providing more training programmes and modern equipment to developing countries in order to assist them in achieving the objectives of this Convention.]],
    fr = [[Les États parties font des efforts concrets, dans la mesure du possible, et en coordination les uns avec les autres ainsi qu'avec les organisations régionales et internationales: d) pour encourager et convaincre d'autres États et des institutions financières, selon qu'il convient, de s'associer aux efforts faits conformément au présent article, notamment en fournissant aux pays en développement davantage de programmes de formation et de matériel moderne afin de les aider à atteindre les objectifs de la présente convention.]],
  },
  facts = { "capacity.encouraging_others" },
  check = function(ctx)
    return measure(ctx, "capacity.encouraging_others",
      "efforts to encourage and persuade other States and financial institutions to join the efforts of article 30",
      "des efforts pour encourager et convaincre d'autres États et des institutions financières de s'associer aux efforts de l'article 30")
  end,
}

obligation {
  ref = "untoc:30.4",
  level = "optional",
  title = { en = "Agreements on material and logistical assistance",
            fr = "Accords sur l'assistance matérielle et logistique" },
  category = "cooperation",
  cluster = 2,
  text = {
    en = [[States Parties may conclude bilateral or multilateral agreements or arrangements on material and logistical assistance, taking into consideration the financial arrangements necessary for the means of international cooperation provided for by this Convention to be effective and for the prevention, detection and control of transnational organised crime.]],
    fr = [[Les États parties peuvent conclure des accords ou des arrangements bilatéraux ou multilatéraux sur l'assistance matérielle et logistique, en tenant compte des arrangements financiers nécessaires pour assurer l'efficacité des moyens de coopération internationale prévus par la présente convention et pour prévenir, détecter et combattre la criminalité transnationale organisée.]],
  },
  facts = { "capacity.material_logistical_agreements" },
  check = function(ctx)
    return measure(ctx, "capacity.material_logistical_agreements",
      "bilateral or multilateral agreements or arrangements on material and logistical assistance",
      "des accords ou arrangements bilatéraux ou multilatéraux sur l'assistance matérielle et logistique")
  end,
}
