-- UNTOC article 27 -- Law enforcement cooperation
--
-- Paragraph 1.  "States Parties shall cooperate closely with one another,
-- consistent with their respective domestic legal and administrative
-- systems ... Each State Party shall, in particular, adopt effective
-- measures: (a) ... (f)" / "Les États parties coopèrent étroitement ... En
-- particulier, chaque État partie adopte des mesures efficaces pour: a) ...
-- f)".  Each sub-paragraph (a) to (f) is a MANDATORY duty to adopt effective
-- measures, encoded as its own obligation.  "Consistent with their respective
-- domestic legal and administrative systems" is a qualifier: it lets each
-- State organise the cooperation through its own institutions, it does not
-- lower the level.  Qualifiers inside the sub-paragraphs ("where necessary",
-- "when appropriate", "if the States Parties concerned deem it appropriate",
-- "subject to bilateral agreements or arrangements", "where applicable")
-- limit what each measure must reach; they are explained in the findings.
-- The measures are largely administrative (channels, units, practice): a
-- profile cites the law, treaty or arrangement that provides them.
--
-- Paragraph 2 holds three sentences at three levels (clauses):
--   * "agreements": "shall consider entering into bilateral or multilateral
--     agreements or arrangements on direct cooperation between their law
--     enforcement agencies and, where such agreements or arrangements already
--     exist, amending them" / "envisagent de conclure ... et ... de les
--     modifier": CONSIDER;
--   * "convention-basis": "the Parties may consider this Convention as the
--     basis for mutual law enforcement cooperation" / "peuvent se baser sur
--     la présente convention": OPTIONAL;
--   * "full-use": "Whenever appropriate, States Parties shall make full use of
--     agreements or arrangements, including international or regional
--     organisations" / "Chaque fois que cela est approprié, les États parties
--     utilisent pleinement": MANDATORY, qualified by "whenever appropriate".
--
-- Paragraph 3, "States Parties shall endeavour to cooperate within their
-- means to respond to transnational organised crime committed through the use
-- of modern technology" / "s'efforcent de coopérer": ENDEAVOUR.  A
-- best-efforts duty: the finding reports the State's efforts; "considered" in
-- the profile counts as an effort made.
--
-- Not encoded separately:
--   * 27(1), first sentence ("shall cooperate closely with one another ... to
--     enhance the effectiveness of law enforcement action"): the general duty
--     whose content the second sentence spells out "in particular" in
--     sub-paragraphs (a) to (f); each of those is encoded, and a separate
--     finding would only repeat them.

local CHAPEAU = {
  en = [[Each State Party shall, in particular, adopt effective measures:]],
  fr = [[En particulier, chaque État partie adopte des mesures efficaces pour:]],
}

local function para1(en, fr)
  return { en = CHAPEAU.en .. " " .. en, fr = CHAPEAU.fr .. " " .. fr }
end

obligation {
  ref = "untoc:27.1.a",
  level = "mandatory",
  title = { en = "Channels of communication for the secure and rapid exchange of information",
            fr = "Voies de communication pour l'échange sûr et rapide d'informations" },
  category = "cooperation",
  cluster = 3,
  text = para1(
    [[(a) to enhance and, where necessary, to establish channels of communication between their competent authorities, agencies and services in order to facilitate the secure and rapid exchange of information concerning all aspects of the offences covered by this Convention, including, if the States Parties concerned deem it appropriate, links with other criminal activities;]],
    [[a) renforcer ou, si nécessaire, établir des voies de communication entre ses autorités, organismes et services compétents pour faciliter l'échange sûr et rapide d'informations concernant tous les aspects des infractions visées par la présente convention, y compris, si les États parties concernés le jugent approprié, les liens avec d'autres activités criminelles;]]),
  facts = { "law_enforcement.communication_channels" },
  -- "Links with other criminal activities" are covered only "if the States
  -- Parties concerned deem it appropriate": not required.
  check = function(ctx)
    return lx.measure_finding(ctx, "law_enforcement.communication_channels", {
      what = { en = "channels of communication between its competent authorities and those of other States for the secure and rapid exchange of information on the offences covered by the Convention",
               fr = "des voies de communication entre ses autorités compétentes et celles d'autres États pour l'échange sûr et rapide d'informations sur les infractions visées par la Convention" } })
  end,
}

obligation {
  ref = "untoc:27.1.b",
  level = "mandatory",
  title = { en = "Cooperation in inquiries on suspects, proceeds and instrumentalities",
            fr = "Coopération dans les enquêtes sur les suspects, le produit et les instruments" },
  category = "cooperation",
  cluster = 3,
  text = para1(
    [[(b) to cooperate with other States Parties in conducting inquiries with respect to offences covered by this Convention concerning: (i) the identity, whereabouts and activities of persons suspected of involvement in such offences or the location of other persons concerned; (ii) the movement of proceeds of crime or property derived from the commission of such offences; (iii) the movement of property, equipment or other instrumentalities used or intended for use in the commission of such offences;]],
    [[b) coopérer avec d'autres États parties, s'agissant des infractions visées par la présente convention, dans la conduite d'enquêtes concernant les points suivants: i) identité et activités des personnes soupçonnées d'implication dans lesdites infractions, lieu où elles se trouvent ou lieu où se trouvent les autres personnes concernées; ii) mouvement du produit du crime ou des biens provenant de la commission de ces infractions; iii) mouvement des biens, des matériels ou d'autres instruments utilisés ou destinés à être utilisés dans la commission de ces infractions;]]),
  covers = { "untoc:27.1.b.i", "untoc:27.1.b.ii", "untoc:27.1.b.iii" },
  facts = { "law_enforcement.joint_inquiries" },
  -- The three subjects (i)-(iii) are all required; cooperation that does not
  -- reach one of them is entered as adopted = "partly" with `missing`.
  check = function(ctx)
    return lx.measure_finding(ctx, "law_enforcement.joint_inquiries", {
      what = { en = "cooperation with other States in inquiries on the identity, whereabouts and activities of suspects and the location of other persons concerned, on the movement of proceeds of crime and on the movement of instrumentalities",
               fr = "la coopération avec d'autres États dans les enquêtes sur l'identité, les activités et la localisation des suspects et des autres personnes concernées, sur le mouvement du produit du crime et sur celui des instruments" } })
  end,
}

obligation {
  ref = "untoc:27.1.c",
  level = "mandatory",
  title = { en = "Provision of items or substances for analytical or investigative purposes",
            fr = "Fourniture de pièces ou de substances à des fins d'analyse ou d'enquête" },
  category = "cooperation",
  cluster = 3,
  text = para1(
    [[(c) to provide, when appropriate, necessary items or quantities of substances for analytical or investigative purposes;]],
    [[c) fournir, lorsqu'il y a lieu, les pièces ou quantités de substances nécessaires à des fins d'analyse ou d'enquête;]]),
  facts = { "law_enforcement.samples_provision" },
  check = function(ctx)
    return lx.measure_finding(ctx, "law_enforcement.samples_provision", {
      what = { en = "the provision to other States, when appropriate, of items or quantities of substances needed for analytical or investigative purposes",
               fr = "la fourniture à d'autres États, lorsqu'il y a lieu, des pièces ou quantités de substances nécessaires à des fins d'analyse ou d'enquête" } })
  end,
}

obligation {
  ref = "untoc:27.1.d",
  level = "mandatory",
  title = { en = "Coordination between authorities and exchange of personnel and experts",
            fr = "Coordination entre autorités et échange de personnel et d'experts" },
  category = "cooperation",
  cluster = 3,
  text = para1(
    [[(d) to facilitate effective coordination between their competent authorities, agencies and services and to promote the exchange of personnel and other experts, including, subject to bilateral agreements or arrangements between the States Parties concerned, the posting of liaison officers;]],
    [[d) faciliter une coordination efficace entre les autorités, organismes et services compétents et favoriser l'échange de personnel et d'experts, y compris, sous réserve de l'existence d'accords ou d'arrangements bilatéraux entre les États parties concernés, le détachement d'agents de liaison;]]),
  facts = { "law_enforcement.coordination_personnel" },
  -- The posting of liaison officers is "subject to bilateral agreements or
  -- arrangements": it is reported as context (the measure's
  -- `liaison_officers` field) and never decides the status.
  check = function(ctx)
    local r = lx.measure_finding(ctx, "law_enforcement.coordination_personnel", {
      what = { en = "effective coordination between its competent authorities and those of other States and the exchange of personnel and other experts",
               fr = "une coordination efficace entre ses autorités compétentes et celles d'autres États et l'échange de personnel et d'experts" } })
    local v = ctx:fact("law_enforcement.coordination_personnel")
    local lo = v and v.liaison_officers
    if lo == nil then return r end
    local extra = lo
      and { en = " Liaison officers are posted or received under bilateral agreements or arrangements.",
            fr = " Des agents de liaison sont détachés ou accueillis en vertu d'accords ou d'arrangements bilatéraux." }
      or { en = " No liaison officers are posted or received; the Convention makes their posting subject to bilateral agreements or arrangements, so this is not a shortcoming.",
           fr = " Aucun agent de liaison n'est détaché ni accueilli ; la Convention subordonne leur détachement à des accords ou arrangements bilatéraux, ce n'est donc pas une lacune." }
    r.explanation = { en = r.explanation.en .. extra.en, fr = r.explanation.fr .. extra.fr }
    return r
  end,
}

obligation {
  ref = "untoc:27.1.e",
  level = "mandatory",
  title = { en = "Exchange of information on the means and methods of organized criminal groups",
            fr = "Échange d'informations sur les moyens et procédés des groupes criminels organisés" },
  category = "cooperation",
  cluster = 3,
  text = para1(
    [[(e) to exchange information with other States Parties on specific means and methods used by organised criminal groups, including, where applicable, routes and conveyances and the use of false identities, altered or false documents or other means of concealing their activities;]],
    [[e) échanger, avec d'autres États parties, des informations sur les moyens et procédés spécifiques employés par les groupes criminels organisés, y compris, s'il y a lieu, sur les itinéraires et les moyens de transport ainsi que sur l'usage de fausses identités, de documents modifiés ou falsifiés ou d'autres moyens de dissimulation de leurs activités;]]),
  facts = { "law_enforcement.methods_information_exchange" },
  check = function(ctx)
    return lx.measure_finding(ctx, "law_enforcement.methods_information_exchange", {
      what = { en = "the exchange of information with other States on the specific means and methods used by organized criminal groups",
               fr = "l'échange d'informations avec d'autres États sur les moyens et procédés spécifiques employés par les groupes criminels organisés" } })
  end,
}

obligation {
  ref = "untoc:27.1.f",
  level = "mandatory",
  title = { en = "Exchange of information and coordination for the early identification of offences",
            fr = "Échange d'informations et coordination pour détecter au plus tôt les infractions" },
  category = "cooperation",
  cluster = 3,
  text = para1(
    [[(f) to exchange information and coordinate administrative and other measures taken as appropriate for the purpose of early identification of the offences covered by this Convention.]],
    [[f) échanger des informations et coordonner les mesures administratives et autres prises, comme il convient, pour détecter au plus tôt les infractions visées par la présente convention.]]),
  facts = { "law_enforcement.early_identification" },
  check = function(ctx)
    return lx.measure_finding(ctx, "law_enforcement.early_identification", {
      what = { en = "the exchange of information and the coordination of administrative and other measures with other States for the early identification of the offences covered by the Convention",
               fr = "l'échange d'informations et la coordination de mesures administratives et autres avec d'autres États pour détecter au plus tôt les infractions visées par la Convention" } })
  end,
}

obligation {
  ref = "untoc:27.2",
  clause = "agreements",
  level = "consider",
  title = { en = "Agreements or arrangements on direct cooperation between law enforcement agencies",
            fr = "Accords ou arrangements de coopération directe entre services de détection et de répression" },
  category = "cooperation",
  cluster = 3,
  text = {
    en = [[With a view to giving effect to this Convention, States Parties shall consider entering into bilateral or multilateral agreements or arrangements on direct cooperation between their law enforcement agencies and, where such agreements or arrangements already exist, amending them.]],
    fr = [[Afin de donner effet à la présente convention, les États parties envisagent de conclure des accords ou des arrangements bilatéraux ou multilatéraux prévoyant une coopération directe entre leurs services de détection et de répression et, lorsque de tels accords ou arrangements existent déjà, de les modifier.]],
  },
  facts = { "law_enforcement.cooperation_agreements" },
  check = function(ctx)
    return lx.measure_finding(ctx, "law_enforcement.cooperation_agreements", {
      what = { en = "bilateral or multilateral agreements or arrangements on direct cooperation between its law enforcement agencies and those of other States",
               fr = "des accords ou arrangements bilatéraux ou multilatéraux de coopération directe entre ses services de détection et de répression et ceux d'autres États" } })
  end,
}

obligation {
  ref = "untoc:27.2",
  clause = "convention-basis",
  level = "optional",
  title = { en = "The Convention as the basis for law enforcement cooperation",
            fr = "La Convention comme base de la coopération en matière de détection et de répression" },
  category = "cooperation",
  cluster = 3,
  text = {
    en = [[In the absence of such agreements or arrangements between the States Parties concerned, the Parties may consider this Convention as the basis for mutual law enforcement cooperation in respect of the offences covered by this Convention.]],
    fr = [[En l'absence de tels accords ou arrangements entre les États parties concernés, ces derniers peuvent se baser sur la présente convention pour instaurer une coopération en matière de détection et de répression concernant les infractions visées par la présente convention.]],
  },
  facts = { "law_enforcement.convention_as_basis" },
  check = function(ctx)
    return lx.measure_finding(ctx, "law_enforcement.convention_as_basis", {
      what = { en = "the use of the Convention as the basis for law enforcement cooperation with States Parties to which no agreement or arrangement binds it",
               fr = "le recours à la Convention comme base de la coopération en matière de détection et de répression avec les États parties auxquels aucun accord ou arrangement ne le lie" } })
  end,
}

obligation {
  ref = "untoc:27.2",
  clause = "full-use",
  level = "mandatory",
  title = { en = "Full use of agreements, arrangements and international or regional organisations",
            fr = "Utilisation pleine des accords, arrangements et organisations internationales ou régionales" },
  category = "cooperation",
  cluster = 3,
  text = {
    en = [[Whenever appropriate, States Parties shall make full use of agreements or arrangements, including international or regional organisations, to enhance the cooperation between their law enforcement agencies.]],
    fr = [[Chaque fois que cela est approprié, les États parties utilisent pleinement les accords ou arrangements, y compris les organisations internationales ou régionales, pour renforcer la coopération entre leurs services de détection et de répression.]],
  },
  facts = { "law_enforcement.international_organisations" },
  check = function(ctx)
    return lx.measure_finding(ctx, "law_enforcement.international_organisations", {
      what = { en = "full use of agreements or arrangements, including international or regional organisations, to enhance cooperation between its law enforcement agencies and those of other States",
               fr = "l'utilisation pleine des accords ou arrangements, y compris des organisations internationales ou régionales, pour renforcer la coopération entre ses services de détection et de répression et ceux d'autres États" } })
  end,
}

obligation {
  ref = "untoc:27.3",
  level = "endeavour",
  title = { en = "Cooperation against organized crime committed through modern technology",
            fr = "Coopération contre la criminalité organisée perpétrée au moyen de techniques modernes" },
  category = "cooperation",
  cluster = 3,
  text = {
    en = [[States Parties shall endeavour to cooperate within their means to respond to transnational organised crime committed through the use of modern technology.]],
    fr = [[Les États parties s'efforcent de coopérer, dans la mesure de leurs moyens, pour faire face à la criminalité transnationale organisée perpétrée au moyen de techniques modernes.]],
  },
  facts = { "law_enforcement.technology_crime_cooperation" },
  check = function(ctx)
    return lx.measure_finding(ctx, "law_enforcement.technology_crime_cooperation", {
      what = { en = "cooperation with other States to respond to transnational organized crime committed through the use of modern technology",
               fr = "une coopération avec d'autres États pour faire face à la criminalité transnationale organisée perpétrée au moyen de techniques modernes" } })
  end,
}
