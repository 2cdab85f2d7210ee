-- Directive 2004/82/EC article 6 -- Data processing
--
-- Paragraph 1 holds five rules in five subparagraphs, encoded as clauses:
--   transmission (first and second subparagraphs, mandatory, « veillent »):
--     the data go to the authorities carrying out checks at the border
--     crossing point of entry, to facilitate the checks; carriers collect and
--     transmit them electronically (or, failing that, by any other
--     appropriate means); the authorities keep them in a temporary file;
--   authority-deletion (third, mandatory, « effacent »): the authorities
--     delete the data within 24 hours of transmission once the passengers
--     have entered, unless needed later for their statutory functions;
--   carrier-deletion (fourth, mandatory, « prennent les mesures nécessaires
--     afin d'établir l'obligation »): carriers must delete the data within
--     24 hours of the arrival of the means of transport;
--   law-enforcement (fifth, optional, « peuvent »): use for law enforcement.
-- Paragraph 2 (mandatory): carriers must inform passengers under Directive
-- 95/46/EC, including the information of its arts 10(c) and 11(1)(c).
--
-- The 24-hour limits are computed from the profile's `hours`: a longer time
-- is a shortcoming, a shorter one meets the duty.

local MAX_HOURS = 24   -- art. 6(1): « dans les vingt-quatre heures »

-- A deletion duty within 24 hours, from a measure with `hours`.
local function deleted_within_a_day(ctx, path, what)
  return lx.measure_details(ctx, path, { what = what, details = function(m)
    if m.hours == nil then
      ctx:ask(path, { en = "Within how many hours must the data be deleted?", fr = "Dans combien d'heures les données doivent-elles être effacées ?" })
      return { open = true }
    end
    if m.hours > MAX_HOURS then
      return { missing = { lx.t({ en = "deletion within 24 hours, not {h}", fr = "l'effacement dans les vingt-quatre heures, et non {h}" }, { h = tostring(m.hours) .. " h" }) } }
    end
    return { met = lx.t({ en = "National law provides for {w}, within {h} hours{s}.", fr = "Le droit national prévoit {w}, dans un délai de {h} heures{s}." },
                        { w = what, h = tostring(m.hours), s = m.source and (" (" .. m.source .. ")") or "" }) }
  end })
end

obligation {
  ref = "eu-2004-82:6.1",
  clause = "transmission",
  level = "mandatory",
  title = { en = "Data transmitted electronically to the border authorities and kept in a temporary file",
            fr = "Données transmises par voie électronique aux autorités de contrôle et conservées dans un fichier temporaire" },
  category = "data_transfer",
  text = {
    fr = [[Les États membres veillent à ce que ces données soient recueillies par les transporteurs et transmises par voie électronique ou, en cas d'échec, par tout autre moyen approprié aux autorités chargées d'effectuer les contrôles au point de passage frontalier autorisé par lequel le passager entrera sur le territoire d'un État membre. Les autorités chargées d'effectuer le contrôle des personnes aux frontières extérieures conservent les données dans un fichier temporaire.]],
  },
  facts = { "carrier_data.electronic_transmission" },
  check = function(ctx)
    return lx.measure_finding(ctx, "carrier_data.electronic_transmission", {
      what = { en = "the electronic transmission of the data (or by other appropriate means if it fails) to the border authorities of the point of entry, which keep them in a temporary file",
               fr = "la transmission électronique des données (ou, en cas d'échec, par tout autre moyen approprié) aux autorités de contrôle du point d'entrée, qui les conservent dans un fichier temporaire" } })
  end,
}

obligation {
  ref = "eu-2004-82:6.1",
  clause = "authority-deletion",
  level = "mandatory",
  title = { en = "Border authorities delete the data within 24 hours",
            fr = "Effacement des données par les autorités dans les vingt-quatre heures" },
  category = "data_transfer",
  text = {
    fr = [[Une fois que les passagers sont entrés, les autorités visées à l'alinéa précédent effacent les données dans les vingt-quatre heures qui suivent la transmission, à moins qu'elles ne soient nécessaires ultérieurement pour permettre aux autorités chargées d'effectuer les contrôles sur les personnes aux frontières extérieures d'exercer leurs pouvoirs réglementaires conformément au droit national et sous réserve des dispositions relatives à la protection des données figurant dans la directive 95/46/CE.]],
  },
  facts = { "carrier_data.authority_deletion" },
  check = function(ctx)
    return deleted_within_a_day(ctx, "carrier_data.authority_deletion",
      { en = "the deletion of the data by the border authorities after the passengers' entry", fr = "l'effacement des données par les autorités de contrôle après l'entrée des passagers" })
  end,
}

obligation {
  ref = "eu-2004-82:6.1",
  clause = "carrier-deletion",
  level = "mandatory",
  title = { en = "Carriers obliged to delete the data within 24 hours of arrival",
            fr = "Obligation des transporteurs d'effacer les données dans les vingt-quatre heures de l'arrivée" },
  category = "data_transfer",
  text = {
    fr = [[Les États membres prennent les mesures nécessaires afin d'établir l'obligation, pour les transporteurs, d'effacer, dans les vingt-quatre heures suivant l'arrivée du moyen de transport visé à l'article 3, paragraphe 1, les données à caractère personnel qu'ils ont recueillies et transmises aux autorités chargées du contrôle aux frontières aux fins de la présente directive.]],
  },
  facts = { "carrier_data.carrier_deletion" },
  check = function(ctx)
    return deleted_within_a_day(ctx, "carrier_data.carrier_deletion",
      { en = "a duty of carriers to delete the personal data they collected and transmitted, after the arrival of the means of transport",
        fr = "l'obligation pour les transporteurs d'effacer les données à caractère personnel recueillies et transmises, après l'arrivée du moyen de transport" })
  end,
}

obligation {
  ref = "eu-2004-82:6.1",
  clause = "law-enforcement",
  level = "optional",
  title = { en = "Option: use of the data for law enforcement", fr = "Faculté : usage des données pour les besoins des services répressifs" },
  category = "data_transfer",
  text = {
    fr = [[Conformément à leur droit interne et sous réserve des dispositions relatives à la protection des données figurant dans la directive 95/46/CE, les États membres peuvent également faire usage des données à caractère personnel visées à l'article 3, paragraphe 1, pour répondre aux besoins des services répressifs.]],
  },
  facts = { "carrier_data.law_enforcement_use" },
  check = function(ctx)
    return lx.measure_finding(ctx, "carrier_data.law_enforcement_use", {
      what = { en = "the use of the passenger data for law-enforcement purposes", fr = "l'usage des données des passagers pour répondre aux besoins des services répressifs" } })
  end,
}

obligation {
  ref = "eu-2004-82:6.2",
  level = "mandatory",
  title = { en = "Carriers obliged to inform passengers", fr = "Obligation des transporteurs d'informer les passagers" },
  category = "data_transfer",
  text = {
    fr = [[Les États membres prennent les mesures nécessaires afin d'établir l'obligation, pour les transporteurs, d'informer les passagers conformément aux dispositions de la directive 95/46/CE. Cette obligation porte également sur les informations visées à l'article 10, point c), et à l'article 11, paragraphe 1, point c), de ladite directive.]],
  },
  facts = { "carrier_data.passenger_information" },
  check = function(ctx)
    return lx.measure_finding(ctx, "carrier_data.passenger_information", {
      what = { en = "a duty of carriers to inform passengers as Directive 95/46/EC requires", fr = "l'obligation pour les transporteurs d'informer les passagers comme l'exige la directive 95/46/CE" } })
  end,
}
