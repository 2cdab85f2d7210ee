-- Cybercrime Convention article 47 -- Law enforcement cooperation
-- (Coopération entre les services de détection et de répression)
--
-- The twin of UNTOC art. 27(1)-(2).  Paragraph 1: "Les États parties
-- coopèrent étroitement ... Ils prennent en particulier des mesures efficaces
-- pour : a) ... f)": each sub-paragraph is a MANDATORY duty to take
-- effective measures (as UNTOC 27(1)); "conformément à leurs systèmes
-- juridiques et administratifs respectifs" lets each State organise the
-- cooperation, it does not lower the level; "si nécessaire", "lorsqu'il y a
-- lieu", "comme il convient" and "sous réserve de l'existence d'accords" are
-- escapes explained in the findings, not lower levels.
--
-- One fact, two treaties.  Channels of communication (a), cooperation in
-- inquiries (b), the provision of items or data (c), coordination and
-- exchange of personnel (e) and the full use of agreements and organisations
-- (47(2), third sentence) are mechanisms of police cooperation open to any
-- offence: the facts of UNTOC art. 27 serve both treaties (a mechanism
-- limited to organized crime is entered as "partly", with what it leaves out
-- under `missing`).  Sub-paragraphs (d) (the means and methods used to commit
-- THIS Convention's offences, including cybercriminal tactics, techniques and
-- procedures) and (f) (early identification of THIS Convention's offences)
-- differ in subject from UNTOC 27(1)(e) and (f) and have facts of their own;
-- so has the use of THIS Convention as a basis (47(2), second sentence).
-- Here the Cybercrime Convention's wording decides: the offences are those
-- "établies conformément à la présente Convention".
--
-- 47(2) holds three sentences at three levels (clauses): "agreements"
-- ("envisagent de conclure": consider), "convention-basis" ("peuvent se
-- baser": optional), "full-use" ("utilisent pleinement": mandatory,
-- "chaque fois que cela est approprié" an escape).
--
-- Not encoded separately: 47(1), first sentence ("coopèrent étroitement"),
-- the general duty whose content (a) to (f) spell out "en particulier" (as
-- UNTOC 27(1)).  UNTOC 27(3) (modern technology) has no twin here: the whole
-- Convention is about it.
--
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

local CHAPEAU = {
  fr = [[Ils prennent en particulier des mesures efficaces pour :]],
  en = [[In particular, each State Party shall adopt effective measures:]],
}

local function para1(fr, en)
  return { fr = CHAPEAU.fr .. " " .. fr, en = CHAPEAU.en .. " " .. en }
end

-- The finding of measure path for sub-paragraph what (lx.measure_finding).
local function measure(ctx, path, en, fr)
  return lx.measure_finding(ctx, path, { what = { en = en, fr = fr } })
end

obligation {
  ref = "cybercrime:47.1.a",
  twin = "untoc:27.1.a",
  level = "mandatory",
  title = { en = "Channels of communication for the secure and rapid exchange of information",
            fr = "Voies de communication pour l'échange sûr et rapide d'informations" },
  category = "cooperation",
  cluster = 5,
  text = para1(
    [[a) Renforcer les voies de communication entre leurs autorités, organismes et services compétents et, si nécessaire, en établir, compte tenu de celles qui existent, notamment de celles de l'Organisation internationale de police criminelle, afin de faciliter l'échange sûr et rapide d'informations concernant tous les aspects des infractions établies conformément à la présente Convention, y compris, si les États parties concernés le jugent approprié, les liens avec d'autres activités criminelles ;]],
    [[(a) To enhance and, where necessary, to establish channels of communication between their competent authorities, agencies and services, taking into account existing channels, including those of the International Criminal Police Organization, in order to facilitate the secure and rapid exchange of information concerning all aspects of the offences established in accordance with this Convention, including, if the States Parties concerned deem it appropriate, links with other criminal activities;]]),
  facts = { "law_enforcement.communication_channels" },
  note = "Twin of untoc:27.1.a (same fact).",
  check = function(ctx)
    return measure(ctx, "law_enforcement.communication_channels",
      "channels of communication between its competent authorities and those of other States (including INTERPOL's) for the secure and rapid exchange of information on the offences established under the Convention",
      "des voies de communication entre ses autorités compétentes et celles d'autres États (y compris celles d'INTERPOL) pour l'échange sûr et rapide d'informations sur les infractions établies conformément à la Convention")
  end,
}

obligation {
  ref = "cybercrime:47.1.b",
  twin = "untoc:27.1.b",
  level = "mandatory",
  title = { en = "Cooperation in inquiries on suspects, proceeds and instrumentalities",
            fr = "Coopération dans les enquêtes sur les suspects, le produit et les instruments" },
  category = "cooperation",
  cluster = 5,
  covers = { "cybercrime:47.1.b.i", "cybercrime:47.1.b.ii", "cybercrime:47.1.b.iii" },
  text = para1(
    [[b) Coopérer avec d'autres États parties, s'agissant des infractions établies conformément à la présente Convention, dans la conduite d'enquêtes concernant les points suivants : i) L'identité et les activités des personnes soupçonnées d'implication dans lesdites infractions, le lieu où elles se trouvent ou celui où se trouvent les autres personnes concernées ; ii) Le mouvement du produit du crime ou des biens provenant de la commission de ces infractions ; iii) Le mouvement des biens, des matériels ou d'autres instruments utilisés ou destinés à être utilisés dans la commission de ces infractions ;]],
    [[(b) To cooperate with other States Parties in conducting inquiries with respect to offences established in accordance with this Convention concerning: (i) The identity, whereabouts and activities of persons suspected of involvement in such offences or the location of other persons concerned; (ii) The movement of proceeds of crime or property derived from the commission of such offences; (iii) The movement of property, equipment or other instrumentalities used or intended for use in the commission of such offences;]]),
  facts = { "law_enforcement.joint_inquiries" },
  note = "Twin of untoc:27.1.b (same fact); the three subjects are all required.",
  check = function(ctx)
    return measure(ctx, "law_enforcement.joint_inquiries",
      "cooperation with other States in inquiries on the identity, whereabouts and activities of suspects and the location of other persons concerned, on the movement of proceeds of crime and on the movement of instrumentalities",
      "la coopération avec d'autres États dans les enquêtes sur l'identité, les activités et la localisation des suspects et des autres personnes concernées, sur le mouvement du produit du crime et sur celui des instruments")
  end,
}

obligation {
  ref = "cybercrime:47.1.c",
  twin = "untoc:27.1.c",
  level = "mandatory",
  title = { en = "Provision of items or data for analytical or investigative purposes",
            fr = "Fourniture de pièces ou de données à des fins d'analyse ou d'enquête" },
  category = "cooperation",
  cluster = 5,
  text = para1(
    [[c) Fournir, lorsqu'il y a lieu, les pièces ou données nécessaires à des fins d'analyse ou d'enquête ;]],
    [[(c) To provide, where appropriate, necessary items or data for analytical or investigative purposes;]]),
  facts = { "law_enforcement.samples_provision" },
  note = "Twin of untoc:27.1.c (same fact), where the Convention says 'données' (data) for UNTOC's 'quantités de substances'; a mechanism that does not reach data (data = false, read here only, so that UNTOC's finding is not lowered) is partly met; one in force that does not say (data absent) is unknown.",
  check = function(ctx)
    local path = "law_enforcement.samples_provision"
    local raw = ctx:fact(path)
    if raw and raw.data ~= true then
      local m = ctx:measure(path)
      -- A mechanism in force that may reach items or substances only: whether
      -- it reaches data decides (never guessed: a UNTOC answer is about
      -- substances).
      if m.state == "adopted" and raw.data == nil then
        ctx:ask(path)
        return ctx:unknown(lx.t({ en = "National law provides for the provision to other States of items for analytical or investigative purposes{s}; the profile does not say whether it reaches electronic data, which art. 47(1)(c) names (« pièces ou données »): state data = true or false.",
                                  fr = "Le droit national prévoit la fourniture à d'autres États de pièces à des fins d'analyse ou d'enquête{s} ; le profil n'indique pas si elle s'étend aux données électroniques, que vise l'art. 47, par. 1 c) (« pièces ou données ») : l'indiquer par data = true ou false." },
                                { s = lx.cited(m) }))
      end
      if raw.data == false and (m.state == "adopted" or m.state == "partly") then
        local missing = {}
        if m.state == "partly" then for _, x in ipairs(m.missing or {}) do missing[#missing + 1] = x end end
        missing[#missing + 1] = { en = "the provision of electronic data for analytical or investigative purposes",
                                  fr = "la fourniture de données électroniques à des fins d'analyse ou d'enquête" }
        return ctx:partly(lx.t({ en = "National law provides for the provision to other States of items or substances for analytical or investigative purposes{s}, but not of electronic data, which art. 47(1)(c) names (« pièces ou données »).",
                                 fr = "Le droit national prévoit la fourniture à d'autres États de pièces ou de substances à des fins d'analyse ou d'enquête{s}, mais non de données électroniques, que vise l'art. 47, par. 1 c) (« pièces ou données »)." },
                               { s = lx.cited(m) }), missing)
      end
    end
    return measure(ctx, path,
      "the provision to other States, when appropriate, of items or data needed for analytical or investigative purposes",
      "la fourniture à d'autres États, lorsqu'il y a lieu, des pièces ou données nécessaires à des fins d'analyse ou d'enquête")
  end,
}

obligation {
  ref = "cybercrime:47.1.d",
  twin = "untoc:27.1.e",
  level = "mandatory",
  title = { en = "Exchange of information on the means and methods used to commit the Convention's offences",
            fr = "Échange d'informations sur les moyens et procédés employés pour commettre les infractions de la Convention" },
  category = "cooperation",
  cluster = 5,
  text = para1(
    [[d) Échanger, lorsqu'il y a lieu, avec d'autres États parties des informations sur les moyens et procédés spécifiques employés pour commettre les infractions établies conformément à la présente Convention, tels que l'usage de fausses identités, de documents contrefaits, modifiés ou falsifiés ou d'autres moyens de dissimulation des activités, ainsi que les tactiques, techniques et procédés cybercriminels ;]],
    [[(d) To exchange, where appropriate, information with other States Parties on specific means and methods used to commit the offences established in accordance with this Convention, such as the use of false identities, forged, altered or false documents or other means of concealing activities, as well as cybercriminal tactics, techniques and procedures;]]),
  facts = { "law_enforcement.cyber_methods_information_exchange" },
  note = "UNTOC 27(1)(e) concerns the methods of organized criminal groups: a fact of its own here.",
  check = function(ctx)
    return measure(ctx, "law_enforcement.cyber_methods_information_exchange",
      "the exchange of information with other States on the means and methods used to commit the Convention's offences, including cybercriminal tactics, techniques and procedures",
      "l'échange d'informations avec d'autres États sur les moyens et procédés employés pour commettre les infractions de la Convention, y compris les tactiques, techniques et procédés cybercriminels")
  end,
}

obligation {
  ref = "cybercrime:47.1.e",
  twin = "untoc:27.1.d",
  level = "mandatory",
  title = { en = "Coordination between authorities and exchange of personnel and experts",
            fr = "Coordination entre autorités et échange de personnel et d'experts" },
  category = "cooperation",
  cluster = 5,
  text = para1(
    [[e) Faciliter une coordination efficace entre leurs autorités, organismes et services compétents et favoriser l'échange de personnel et d'experts, y compris, sous réserve de l'existence d'accords ou d'arrangements bilatéraux entre les États parties concernés, le détachement d'agents de liaison ;]],
    [[(e) To facilitate effective coordination between their competent authorities, agencies and services and to promote the exchange of personnel and other experts, including, subject to bilateral agreements or arrangements between the States Parties concerned, the posting of liaison officers;]]),
  facts = { "law_enforcement.coordination_personnel" },
  note = "Twin of untoc:27.1.d (same fact); the posting of liaison officers is subject to bilateral agreements and never decides the status.",
  check = function(ctx)
    return measure(ctx, "law_enforcement.coordination_personnel",
      "effective coordination between its competent authorities and those of other States and the exchange of personnel and other experts",
      "une coordination efficace entre ses autorités compétentes et celles d'autres États et l'échange de personnel et d'experts")
  end,
}

obligation {
  ref = "cybercrime:47.1.f",
  twin = "untoc:27.1.f",
  level = "mandatory",
  title = { en = "Exchange of information and coordination for the early identification of the Convention's offences",
            fr = "Échange d'informations et coordination pour détecter au plus tôt les infractions de la Convention" },
  category = "cooperation",
  cluster = 5,
  text = para1(
    [[f) Échanger des informations et coordonner les mesures administratives et autres prises, comme il convient, pour détecter au plus tôt les infractions établies conformément à la présente Convention.]],
    [[(f) To exchange information and coordinate administrative and other measures taken, as appropriate, for the purpose of early identification of the offences established in accordance with this Convention.]]),
  facts = { "law_enforcement.cyber_early_identification" },
  note = "UNTOC 27(1)(f) concerns UNTOC's offences: a fact of its own here.",
  check = function(ctx)
    return measure(ctx, "law_enforcement.cyber_early_identification",
      "the exchange of information and the coordination of administrative and other measures with other States for the early identification of the offences established under the Convention",
      "l'échange d'informations et la coordination de mesures administratives et autres avec d'autres États pour détecter au plus tôt les infractions établies conformément à la Convention")
  end,
}

obligation {
  ref = "cybercrime:47.2",
  clause = "agreements",
  twin = "untoc:27.2#agreements",
  level = "consider",
  title = { en = "Agreements or arrangements on direct cooperation between law enforcement agencies",
            fr = "Accords ou arrangements de coopération directe entre services de détection et de répression" },
  category = "cooperation",
  cluster = 5,
  text = {
    fr = [[Afin de donner effet à la présente Convention, les États parties envisagent de conclure des accords ou des arrangements bilatéraux ou multilatéraux prévoyant une coopération directe entre leurs services de détection et de répression et, lorsque de tels accords ou arrangements existent déjà, de les modifier.]],
    en = [[In order to give effect to this Convention, States Parties shall consider entering into bilateral or multilateral agreements or arrangements on direct cooperation between their law enforcement agencies and, where such agreements or arrangements already exist, amending them.]],
  },
  facts = { "law_enforcement.cooperation_agreements" },
  note = "Twin of untoc:27.2#agreements (same fact). Consider level: agreements concluded, or a documented consideration, meet it.",
  check = function(ctx)
    return measure(ctx, "law_enforcement.cooperation_agreements",
      "bilateral or multilateral agreements or arrangements on direct cooperation between its law enforcement agencies and those of other States",
      "des accords ou arrangements bilatéraux ou multilatéraux de coopération directe entre ses services de détection et de répression et ceux d'autres États")
  end,
}

obligation {
  ref = "cybercrime:47.2",
  clause = "convention-basis",
  twin = "untoc:27.2#convention-basis",
  level = "optional",
  title = { en = "The Convention as the basis for law enforcement cooperation",
            fr = "La Convention comme base de la coopération en matière de détection et de répression" },
  category = "cooperation",
  cluster = 5,
  text = {
    fr = [[En l'absence de tels accords ou arrangements entre les États parties concernés, ces derniers peuvent se baser sur la présente Convention pour instaurer une coopération en matière de détection et de répression concernant les infractions établies conformément à la présente Convention.]],
    en = [[In the absence of such agreements or arrangements between the States Parties concerned, the States Parties may consider this Convention to be the basis for mutual law enforcement cooperation in respect of the offences established in accordance with this Convention.]],
  },
  facts = { "law_enforcement.cybercrime_convention_as_basis" },
  note = "Optional: informational only. The basis is this Convention, not UNTOC: a fact of its own.",
  check = function(ctx)
    return measure(ctx, "law_enforcement.cybercrime_convention_as_basis",
      "the use of the Cybercrime Convention as the basis for law enforcement cooperation on its offences with States Parties to which no agreement or arrangement binds it",
      "le recours à la Convention sur la cybercriminalité comme base de la coopération en matière de détection et de répression concernant ses infractions avec les États parties auxquels aucun accord ou arrangement ne le lie")
  end,
}

obligation {
  ref = "cybercrime:47.2",
  clause = "full-use",
  twin = "untoc:27.2#full-use",
  level = "mandatory",
  title = { en = "Full use of agreements, arrangements and international or regional organisations",
            fr = "Utilisation pleine des accords, arrangements et organisations internationales ou régionales" },
  category = "cooperation",
  cluster = 5,
  text = {
    fr = [[Chaque fois que cela est approprié, les États parties utilisent pleinement les accords ou arrangements, y compris les organisations internationales ou régionales, pour renforcer la coopération entre leurs services de détection et de répression.]],
    en = [[Whenever appropriate, States Parties shall make full use of agreements or arrangements, including international or regional organizations, to enhance the cooperation between their law enforcement agencies.]],
  },
  facts = { "law_enforcement.international_organisations" },
  note = "Twin of untoc:27.2#full-use (same fact).",
  check = function(ctx)
    return measure(ctx, "law_enforcement.international_organisations",
      "full use of agreements or arrangements, including international or regional organisations, to enhance cooperation between its law enforcement agencies and those of other States",
      "l'utilisation pleine des accords ou arrangements, y compris des organisations internationales ou régionales, pour renforcer la coopération entre ses services de détection et de répression et ceux d'autres États")
  end,
}
