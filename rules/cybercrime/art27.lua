-- Cybercrime Convention article 27 -- Production order (Injonction de
-- produire)
--
-- Mandatory ("habiliter ses autorités compétentes à ordonner"), two powers,
-- each met only with its safeguards (art. 24(2)): (a) an order to a person
-- in the territory to submit specified stored electronic data in that
-- person's possession or control; (b) an order to a service provider
-- offering its services in the territory to submit subscriber information
-- (art. 2(f)) on those services.  "Fournisseur de services" (art. 2(e)) and
-- interpretative note 1: hosting and caching services and network access
-- providers, not the mere customers of a host.
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

obligation {
  ref = "cybercrime:27.a",
  level = "mandatory",
  title = { en = "Production order for stored electronic data", fr = "Injonction de produire des données électroniques stockées" },
  category = "investigation",
  cluster = 4,
  text = {
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour habiliter ses autorités compétentes à ordonner : a) À une personne présente sur son territoire de communiquer des données électroniques spécifiées qui sont en sa possession ou sous son contrôle et qui sont stockées dans un système d'information et de communication ou sur un support de stockage de données électroniques ; et]],
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to empower its competent authorities to order: (a) A person in its territory to submit specified electronic data in that person's possession or control that are stored in an information and communications technology system or an electronic data storage medium; and]],
  },
  facts = { "procedural_powers.production_order", "procedural_powers.general_safeguards" },
  check = function(ctx)
    return lx.power_finding(ctx, "procedural_powers.production_order", {
      what = { en = "orders to a person in the territory to submit specified stored electronic data in that person's possession or control",
               fr = "des injonctions à une personne présente sur le territoire de communiquer des données électroniques stockées spécifiées en sa possession ou sous son contrôle" },
      general = "procedural_powers.general_safeguards" })
  end,
}

obligation {
  ref = "cybercrime:27.b",
  level = "mandatory",
  title = { en = "Production order for subscriber information", fr = "Injonction de produire les informations relatives aux abonnés" },
  category = "investigation",
  cluster = 4,
  text = {
    fr = [[b) À un fournisseur de services offrant des prestations sur son territoire de communiquer les données relatives aux personnes abonnées qui sont en sa possession ou sous son contrôle concernant ces prestations.]],
    en = [[(b) A service provider offering its services in the territory of the State Party to submit subscriber information relating to such services in that service provider's possession or control.]],
  },
  facts = { "procedural_powers.subscriber_production", "procedural_powers.general_safeguards" },
  check = function(ctx)
    return lx.power_finding(ctx, "procedural_powers.subscriber_production", {
      what = { en = "orders to a service provider offering its services in the territory to submit subscriber information",
               fr = "des injonctions à un fournisseur de services offrant des prestations sur le territoire de communiquer les informations relatives aux abonnés" },
      general = "procedural_powers.general_safeguards" })
  end,
}
