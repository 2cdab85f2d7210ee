-- Cybercrime Convention article 29 -- Real-time collection of traffic data
-- (Collecte en temps réel de données de trafic)
--
-- 29(1), mandatory: empower the authorities (a) to collect or record, by
-- technical means in the territory, "et" (b) to compel a service provider,
-- within its existing technical capability, (i) to collect or record "ou"
-- (ii) to assist, in real time, traffic data (art. 2(c)) of specified
-- communications transmitted in the territory.  A power, met only with its
-- safeguards (art. 24(2)).
-- 29(2), an alternative ("peut à la place"): a State whose legal principles
-- prevent (a) may instead ensure real-time collection by technical means in
-- the territory by other measures.  Encoded within 29(1) (covers): the
-- principle is stated under `principles` for "cybercrime:29.1.a" and the
-- alternative measures as `alternative_collection`.
-- 29(3), mandatory: the service provider's confidentiality.
-- A reservation under art. 23(3)(a) (offences named) or (b) (closed
-- systems) is an entry of `reservations` naming art. 29: the engine then
-- reports these findings not applicable; its limits are checked under
-- art. 23(3).
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

obligation {
  ref = "cybercrime:29.1",
  covers = { "cybercrime:29.2" },
  level = "mandatory",
  title = { en = "Real-time collection of traffic data", fr = "Collecte en temps réel des données de trafic" },
  category = "investigation",
  cluster = 4,
  text = {
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour habiliter ses autorités compétentes à faire ce qui suit : a) Collecter ou enregistrer, par l'application de moyens techniques sur son territoire ; et b) Obliger un fournisseur de services, dans le cadre de ses capacités techniques existantes : i) À collecter ou à enregistrer, par l'application de moyens techniques sur son territoire ; ou ii) À prêter aux autorités compétentes son concours et son assistance pour collecter ou enregistrer ; en temps réel, les données de trafic associées à des communications spécifiées transmises sur son territoire au moyen d'un système d'information et de communication.]],
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to empower its competent authorities to: (a) Collect or record, through the application of technical means in the territory of that State Party; and (b) Compel a service provider, within its existing technical capability: (i) To collect or record, through the application of technical means in the territory of that State Party; or (ii) To cooperate and assist the competent authorities in the collection or recording of; traffic data, in real time, associated with specified communications in its territory transmitted by means of an information and communications technology system.]],
  },
  facts = { "procedural_powers.realtime_traffic", "procedural_powers.general_safeguards" },
  check = function(ctx)
    return lx.power_finding(ctx, "procedural_powers.realtime_traffic", {
      what = { en = "the real-time collection or recording of traffic data of specified communications in the territory",
               fr = "la collecte ou l'enregistrement en temps réel des données de trafic de communications spécifiées sur le territoire" },
      general = "procedural_powers.general_safeguards",
      details = function(m) return lx.collection_means(ctx, "procedural_powers.realtime_traffic", m, "cybercrime:29.1.a") end })
  end,
}

obligation {
  ref = "cybercrime:29.3",
  level = "mandatory",
  title = { en = "Confidentiality of real-time collection", fr = "Secret de la collecte en temps réel" },
  category = "investigation",
  cluster = 4,
  text = {
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour obliger un fournisseur de services à garder le secret sur le fait que l'un quelconque des pouvoirs prévus au présent article a été exécuté ainsi que sur toute information à ce sujet.]],
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to oblige a service provider to keep confidential the fact of the execution of any power provided for in this article and any information relating to it.]],
  },
  facts = { "procedural_powers.realtime_traffic_confidentiality" },
  check = function(ctx)
    return lx.measure_finding(ctx, "procedural_powers.realtime_traffic_confidentiality", {
      what = { en = "an obligation on service providers to keep real-time collection of traffic data confidential",
               fr = "l'obligation pour les fournisseurs de services de garder le secret sur la collecte en temps réel des données de trafic" } })
  end,
}
