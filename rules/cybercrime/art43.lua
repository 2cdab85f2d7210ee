-- Cybercrime Convention article 43 -- International cooperation for the
-- expedited disclosure of preserved traffic data (Coopération internationale
-- aux fins de la divulgation accélérée de données de trafic préservées)
--
--   43(1) mandatory ("il divulgue rapidement ... une quantité de données de
--         trafic suffisante pour permettre d'identifier ce fournisseur de
--         services et la voie"): the fact evidence_cooperation.traffic_disclosure_on_request.
--   43(2) mandatory, a prohibition ("ne peut être refusée que pour les
--         motifs"): evidence_cooperation.traffic_disclosure_refusal_grounds.
-- No UNTOC twin.
--
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

obligation {
  ref = "cybercrime:43.1",
  level = "mandatory",
  title = { en = "Expedited disclosure of enough traffic data to identify another State's service provider",
            fr = "Divulgation rapide de données de trafic suffisantes pour identifier le fournisseur de services d'un autre État" },
  category = "cooperation",
  cluster = 5,
  text = {
    fr = [[Lorsque, en exécutant une demande faite en application de l'article 42 de la présente Convention pour la préservation de données de trafic associées à une communication spécifique, l'État partie requis découvre qu'un fournisseur de services, dans un autre État partie, a participé à la transmission de cette communication, il divulgue rapidement à l'État partie requérant une quantité de données de trafic suffisante pour permettre d'identifier ce fournisseur de services et la voie par laquelle la communication a été transmise.]],
    en = [[Where, in the course of executing a request made pursuant to article 42 of this Convention to preserve traffic data concerning a specific communication, the requested State Party discovers that a service provider in another State Party was involved in the transmission of the communication, the requested State Party shall expeditiously disclose to the requesting State Party a sufficient amount of traffic data to identify that service provider and the path through which the communication was transmitted.]],
  },
  facts = { "evidence_cooperation.traffic_disclosure_on_request" },
  check = function(ctx)
    return lx.measure_finding(ctx, "evidence_cooperation.traffic_disclosure_on_request", {
      what = { en = "the expeditious disclosure to the requesting State of enough preserved traffic data to identify another State's service provider and the path of the communication",
               fr = "la divulgation rapide à l'État requérant d'une quantité de données de trafic préservées suffisante pour identifier le fournisseur de services d'un autre État et la voie de la communication" } })
  end,
}

obligation {
  ref = "cybercrime:43.2",
  level = "mandatory",
  title = { en = "Disclosure of traffic data refused only on the grounds of art. 40(21)(b)-(c) and (22)",
            fr = "Divulgation de données de trafic refusée uniquement pour les motifs de l'art. 40, par. 21 b) et c), et par. 22" },
  category = "cooperation",
  cluster = 5,
  text = {
    fr = [[La divulgation de données de trafic visée au paragraphe 1 du présent article ne peut être refusée que pour les motifs énoncés aux alinéas b) et c) du paragraphe 21 et au paragraphe 22 de l'article 40 de la présente Convention.]],
    en = [[Disclosure of traffic data under paragraph 1 of this article may only be refused on the grounds contained in article 40, paragraph 21 (b) and (c), and paragraph 22, of this Convention.]],
  },
  facts = { "evidence_cooperation.traffic_disclosure_refusal_grounds" },
  check = function(ctx)
    return lx.measure_finding(ctx, "evidence_cooperation.traffic_disclosure_refusal_grounds", {
      what = { en = "grounds for refusing that disclosure limited to those of art. 40(21)(b) and (c) and 40(22)",
               fr = "des motifs de refus de cette divulgation limités à ceux de l'art. 40, par. 21 b) et c), et par. 22" } })
  end,
}
