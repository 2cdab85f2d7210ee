-- Cybercrime Convention article 26 -- Expedited preservation and partial
-- disclosure of traffic data (Préservation et divulgation partielle
-- accélérées de données de trafic)
--
-- Both sub-paragraphs are mandatory ("adopte les mesures ... : a) Pour
-- veiller ... b) Pour veiller ..."), "afin d'assurer la préservation des
-- données de trafic en application de l'article 25": (a) preservation of
-- traffic data whether one or several service providers took part in the
-- transmission; (b) expeditious disclosure of enough traffic data to
-- identify the providers and the path of the communication.  (b) is a
-- power over data, met only with its safeguards (art. 24(2)); (a) is a duty
-- on the reach of the preservation power of art. 25, assessed as a measure.
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

obligation {
  ref = "cybercrime:26.a",
  level = "mandatory",
  title = { en = "Preservation of traffic data whatever the number of providers", fr = "Préservation des données de trafic quel que soit le nombre de fournisseurs" },
  category = "investigation",
  cluster = 4,
  text = {
    fr = [[Afin d'assurer la préservation des données de trafic en application de l'article 25 de la présente Convention, chaque État partie adopte les mesures législatives et autres nécessaires : a) Pour veiller à la préservation rapide de ces données de trafic, qu'un seul ou plusieurs fournisseurs de services aient participé à la transmission de la communication ; et]],
    en = [[With respect to traffic data that are to be preserved under article 25 of this Convention, each State Party shall adopt such legislative and other measures as may be necessary to: (a) Ensure that such expeditious preservation of traffic data is available regardless of whether one or more service providers were involved in the transmission of that communication; and]],
  },
  facts = { "procedural_powers.traffic_preservation_all_providers" },
  check = function(ctx)
    return lx.measure_finding(ctx, "procedural_powers.traffic_preservation_all_providers", {
      what = { en = "the expeditious preservation of traffic data whether one or several service providers took part in the transmission",
               fr = "la préservation rapide des données de trafic, qu'un seul ou plusieurs fournisseurs de services aient participé à la transmission" } })
  end,
}

obligation {
  ref = "cybercrime:26.b",
  level = "mandatory",
  title = { en = "Partial disclosure of traffic data to identify providers and the path", fr = "Divulgation partielle des données de trafic pour identifier les fournisseurs et la voie" },
  category = "investigation",
  cluster = 4,
  text = {
    fr = [[b) Pour veiller à la divulgation rapide à son autorité compétente, ou à une personne désignée par cette autorité, d'une quantité de données de trafic suffisante pour que l'État partie puisse identifier les fournisseurs de services et la voie par laquelle la communication ou les informations indiquées ont été transmises.]],
    en = [[(b) Ensure the expeditious disclosure to the State Party's competent authority, or a person designated by that authority, of a sufficient amount of traffic data to enable the State Party to identify the service providers and the path through which the communication or indicated information was transmitted.]],
  },
  facts = { "procedural_powers.traffic_partial_disclosure", "procedural_powers.general_safeguards" },
  check = function(ctx)
    return lx.power_finding(ctx, "procedural_powers.traffic_partial_disclosure", {
      what = { en = "the expeditious disclosure of enough traffic data to identify the service providers and the path of the communication",
               fr = "la divulgation rapide d'une quantité de données de trafic suffisante pour identifier les fournisseurs de services et la voie de la communication" },
      general = "procedural_powers.general_safeguards" })
  end,
}
