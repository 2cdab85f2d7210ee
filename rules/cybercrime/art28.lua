-- Cybercrime Convention article 28 -- Search and seizure of stored
-- electronic data (Perquisition et saisie de données électroniques stockées)
--
-- Four mandatory powers ("habiliter ses autorités compétentes"), each met
-- only with its safeguards (art. 24(2)):
-- 28(1) search or similarly access, in the territory, (a) an ICT system or
-- part of it and the data stored in it and (b) a storage medium: both.
-- 28(2) expeditiously extend a search under 28(1)(a) to another system in
-- the territory from which the data are lawfully accessible or available.
-- 28(3) seize or similarly secure data accessed under 28(1) or (2); "Ces
-- mesures incluent" (a) seizing a system, part or storage medium, (b) making
-- and retaining a copy, (c) maintaining integrity, (d) rendering the data
-- inaccessible or removing them: all four.
-- 28(4) order any person with knowledge of the system or of the measures
-- protecting its data to provide, "dans la mesure du raisonnable", the
-- information needed for 28(1)-(3).
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

-- The items of a list fact the provision requires, those missing named.
local function required_items(ctx, path, list, items, question)
  if list == nil then
    ctx:ask(path, question)
    return { open = true }
  end
  local have, missing = {}, {}
  for _, k in ipairs(list) do have[k] = true end
  for _, it in ipairs(items) do
    if not have[it[1]] then missing[#missing + 1] = { en = it.en, fr = it.fr } end
  end
  return { missing = missing }
end

obligation {
  ref = "cybercrime:28.1",
  level = "mandatory",
  title = { en = "Search of systems and storage media", fr = "Perquisition des systèmes et supports de stockage" },
  category = "investigation",
  cluster = 4,
  text = {
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour habiliter ses autorités compétentes à perquisitionner : a) Un système d'information et de communication ou une partie de celui-ci ainsi que les données électroniques qui y sont stockées ; et b) Un support de stockage de données électroniques dans lequel pourraient être stockées les données électroniques recherchées ; ou à y accéder de façon similaire sur son territoire.]],
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to empower its competent authorities to search or similarly access: (a) An information and communications technology system, part of it and electronic data stored therein; and (b) An electronic data storage medium in which the electronic data sought may be stored; in the territory of that State Party.]],
  },
  facts = { "procedural_powers.search", "procedural_powers.general_safeguards" },
  check = function(ctx)
    return lx.power_finding(ctx, "procedural_powers.search", {
      what = { en = "the search of, or similar access to, ICT systems and storage media in the territory",
               fr = "la perquisition de systèmes d'information et de communication et de supports de stockage sur le territoire, ou l'accès similaire à ceux-ci" },
      general = "procedural_powers.general_safeguards",
      details = function(m)
        return required_items(ctx, "procedural_powers.search.targets", m.targets, {
          { "system", en = "search of an ICT system, part of it and the data stored in it (28(1)(a))", fr = "la perquisition d'un système d'information et de communication, d'une partie de celui-ci et des données qui y sont stockées (28(1)(a))" },
          { "storage_medium", en = "search of a storage medium in which the data sought may be stored (28(1)(b))", fr = "la perquisition d'un support de stockage pouvant contenir les données recherchées (28(1)(b))" },
        }, { en = "Can the authorities search an ICT system with its stored data, a storage medium, or both?", fr = "Les autorités peuvent-elles perquisitionner un système avec ses données stockées, un support de stockage, ou les deux ?" })
      end })
  end,
}

obligation {
  ref = "cybercrime:28.2",
  level = "mandatory",
  title = { en = "Extension of a search to connected systems in the territory", fr = "Extension de la perquisition aux systèmes connectés sur le territoire" },
  category = "investigation",
  cluster = 4,
  text = {
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour que, lorsque ses autorités perquisitionnent un système d'information et de communication donné, ou une partie de celui-ci, ou y accèdent de façon similaire, en application des dispositions de l'alinéa a) du paragraphe 1 du présent article et qu'elles ont des raisons de penser que les données électroniques recherchées sont stockées dans un autre système d'information et de communication situé sur son territoire ou dans une partie de celui-ci située sur son territoire, et que ces données sont légalement accessibles à partir du système initial ou disponibles pour ce système initial, elles soient en mesure de procéder rapidement à la perquisition pour obtenir l'accès à cet autre système d'information et de communication.]],
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to ensure that, where its authorities search or similarly access a specific information and communications technology system or part of it, pursuant to paragraph 1 (a) of this article, and have grounds to believe that the electronic data sought are stored in another information and communications technology system or part of it in its territory, and such data are lawfully accessible from or available to the initial system, the authorities shall be able to expeditiously conduct the search to obtain access to that other information and communications technology system.]],
  },
  facts = { "procedural_powers.search_extension", "procedural_powers.general_safeguards" },
  check = function(ctx)
    return lx.power_finding(ctx, "procedural_powers.search_extension", {
      what = { en = "the expeditious extension of a search to another system in the territory from which the data are lawfully accessible or available",
               fr = "l'extension rapide d'une perquisition à un autre système situé sur le territoire dont les données sont légalement accessibles ou disponibles" },
      general = "procedural_powers.general_safeguards" })
  end,
}

obligation {
  ref = "cybercrime:28.3",
  level = "mandatory",
  title = { en = "Seizure of electronic data accessed", fr = "Saisie des données électroniques accédées" },
  category = "investigation",
  cluster = 4,
  text = {
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour habiliter ses autorités compétentes à saisir ou à obtenir de façon similaire, sur son territoire, des données électroniques auxquelles il a été accédé conformément aux paragraphes 1 ou 2 du présent article. Ces mesures incluent les prérogatives suivantes : a) Saisir ou obtenir de façon similaire un système d'information et de communication, ou une partie de celui-ci, ou un support de stockage de données électroniques ; b) Réaliser et conserver une copie de ces données électroniques au format électronique ; c) Préserver l'intégrité des données électroniques stockées concernées ; d) Rendre ces données électroniques inaccessibles ou les retirer du système d'information et de communication auquel il a été accédé.]],
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to empower its competent authorities to seize or similarly secure electronic data in its territory accessed in accordance with paragraph 1 or 2 of this article. These measures shall include the power to: (a) Seize or similarly secure an information and communications technology system or part of it, or an electronic data storage medium; (b) Make and retain copies of those electronic data in electronic form; (c) Maintain the integrity of the relevant stored electronic data; (d) Render inaccessible or remove those electronic data in the accessed information and communications technology system.]],
  },
  facts = { "procedural_powers.seizure", "procedural_powers.general_safeguards" },
  check = function(ctx)
    return lx.power_finding(ctx, "procedural_powers.seizure", {
      what = { en = "the seizure or similar securing of electronic data accessed by a search",
               fr = "la saisie, ou l'obtention de façon similaire, des données électroniques accédées lors d'une perquisition" },
      general = "procedural_powers.general_safeguards",
      details = function(m)
        return required_items(ctx, "procedural_powers.seizure.prerogatives", m.prerogatives, {
          { "seize_system", en = "seizing a system, part of it or a storage medium (28(3)(a))", fr = "saisir un système, une partie de celui-ci ou un support de stockage (28(3)(a))" },
          { "copy", en = "making and retaining a copy of the data (28(3)(b))", fr = "réaliser et conserver une copie des données (28(3)(b))" },
          { "integrity", en = "maintaining the integrity of the stored data (28(3)(c))", fr = "préserver l'intégrité des données stockées (28(3)(c))" },
          { "render_inaccessible", en = "rendering the data inaccessible or removing them from the system (28(3)(d))", fr = "rendre les données inaccessibles ou les retirer du système (28(3)(d))" },
        }, { en = "Which of these does seizure include: seizing a system or medium, copying the data, maintaining their integrity, rendering them inaccessible or removing them?",
             fr = "Lesquelles de ces prérogatives la saisie comprend-elle : saisir un système ou un support, copier les données, en préserver l'intégrité, les rendre inaccessibles ou les retirer ?" })
      end })
  end,
}

obligation {
  ref = "cybercrime:28.4",
  level = "mandatory",
  title = { en = "Orders to persons with knowledge of the system", fr = "Injonctions aux personnes connaissant le système" },
  category = "investigation",
  cluster = 4,
  text = {
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour habiliter ses autorités compétentes à ordonner à toute personne connaissant le fonctionnement du système d'information et de communication en question, du réseau d'information et de télécommunications, ou de leurs éléments constitutifs, ou des mesures appliquées pour protéger les données électroniques qu'ils contiennent, de fournir, dans la mesure du raisonnable, toutes les informations nécessaires pour permettre l'application des mesures visées aux paragraphes 1 à 3 du présent article.]],
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to empower its competent authorities to order any person who has knowledge about the functioning of the information and communications technology system in question, the information and telecommunications network, or their component parts, or measures applied to protect the electronic data therein, to provide, as is reasonable, the necessary information to enable the undertaking of the measures referred to in paragraphs 1 to 3 of this article.]],
  },
  facts = { "procedural_powers.compelled_assistance", "procedural_powers.general_safeguards" },
  check = function(ctx)
    return lx.power_finding(ctx, "procedural_powers.compelled_assistance", {
      what = { en = "orders to any person with knowledge of the system or of the measures protecting its data to provide the information needed for the search and seizure",
               fr = "des injonctions à toute personne connaissant le système ou les mesures protégeant ses données de fournir les informations nécessaires à la perquisition et à la saisie" },
      general = "procedural_powers.general_safeguards" })
  end,
}
