-- Cybercrime Convention articles 45 and 46 -- Mutual legal assistance in the
-- real-time collection of traffic data and in the interception of content
-- data (Entraide judiciaire aux fins de la collecte en temps réel de données
-- de trafic ; ... aux fins de l'interception de données de contenu)
--
--   45(1) endeavour ("s'efforcent de s'accorder une entraide judiciaire");
--         45(2) endeavour ("s'efforce d'accorder cette entraide au moins à
--         l'égard des infractions pour lesquelles la collecte ... serait
--         possible dans une affaire analogue au niveau interne"): the floor of
--         the same effort, encoded within 45(1) (covers); an assistance that
--         stops short of that floor is "partly".  "Régie par les conditions et
--         les procédures prévues en droit interne" is an escape on how.
--   46    endeavour ("s'efforcent de s'accorder, dans la mesure permise par
--         les traités ... ou par leur droit interne"): reported in its own
--         terms, never a gap.
-- Not encoded: 45(3), what a request must specify (binds the requesting
-- State).
--
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

obligation {
  ref = "cybercrime:45.1",
  level = "endeavour",
  title = { en = "Assistance in the real-time collection of traffic data", fr = "Entraide aux fins de la collecte en temps réel de données de trafic" },
  category = "cooperation",
  cluster = 5,
  covers = { "cybercrime:45.2" },
  text = {
    fr = [[Les États parties s'efforcent de s'accorder une entraide judiciaire aux fins de la collecte en temps réel de données de trafic associées à des communications spécifiées transmises sur leur territoire au moyen d'un système d'information et de communication. Sous réserve des dispositions du paragraphe 2 du présent article, cette entraide est régie par les conditions et les procédures prévues en droit interne.]],
    en = [[States Parties shall endeavour to provide mutual legal assistance to each other in the real-time collection of traffic data associated with specified communications in their territory transmitted by means of an information and communications technology system. Subject to the provisions of paragraph 2 of this article, such assistance shall be governed by the conditions and procedures provided for under domestic law.]],
  },
  facts = { "evidence_cooperation.realtime_traffic_assistance" },
  note = "45(2) quoted here: « Chaque État partie s'efforce d'accorder cette entraide au moins à l'égard des infractions pénales pour lesquelles la collecte en temps réel de données de trafic serait possible dans une affaire analogue au niveau interne. » Assistance narrower than that floor is 'partly'.",
  check = function(ctx)
    return lx.measure_finding(ctx, "evidence_cooperation.realtime_traffic_assistance", {
      what = { en = "assistance to other States in the real-time collection of traffic data of specified communications transmitted in its territory, at least for the offences for which it would be available in a similar domestic case",
               fr = "l'entraide avec d'autres États aux fins de la collecte en temps réel des données de trafic de communications spécifiées transmises sur son territoire, au moins pour les infractions pour lesquelles elle serait possible dans une affaire interne analogue" } })
  end,
}

obligation {
  ref = "cybercrime:46",
  level = "endeavour",
  title = { en = "Assistance in the interception of content data", fr = "Entraide aux fins de l'interception de données de contenu" },
  category = "cooperation",
  cluster = 5,
  text = {
    fr = [[Les États parties s'efforcent de s'accorder, dans la mesure permise par les traités qui leur sont applicables ou par leur droit interne, une entraide judiciaire aux fins de la collecte ou de l'enregistrement en temps réel de données de contenu de communications spécifiées transmises au moyen d'un système d'information et de communication.]],
    en = [[States Parties shall endeavour to provide mutual legal assistance to each other in the real-time collection or recording of content data of specified communications transmitted by means of an information and communications technology system to the extent permitted under treaties applicable to them and under their domestic laws.]],
  },
  facts = { "evidence_cooperation.interception_assistance" },
  check = function(ctx)
    return lx.measure_finding(ctx, "evidence_cooperation.interception_assistance", {
      what = { en = "assistance to other States in the real-time collection or recording of content data of specified communications",
               fr = "l'entraide avec d'autres États aux fins de la collecte ou de l'enregistrement en temps réel de données de contenu de communications spécifiées" } })
  end,
}

not_encoded {
  ref = "cybercrime:45.3",
  reason = {
    en = "What a request for real-time collection must specify: binds the requesting State in each case, not the requested State's law.",
    fr = "Ce que doit préciser une demande de collecte en temps réel : lie l'État requérant dans chaque affaire, non le droit de l'État requis.",
  },
}
