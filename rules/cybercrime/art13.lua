-- Cybercrime Convention article 13 -- ICT-related theft or fraud (Vol ou
-- fraude en rapport avec les systèmes d'information et de communication)
--
-- Mandatory.  The loss of property must be caused by any of three means,
-- (a) input, alteration, deletion or suppression of data, (b) interference
-- with the functioning of an ICT system, (c) deception as to factual
-- circumstances made through an ICT system; the list is of the ways the
-- offence is committed, so national law must reach all three (one missing:
-- partly met).  An offence may reach a means more widely (an offence of
-- data interference that does not require a loss of property covers (a)).
-- The provision contains the fraudulent or dishonest intent of procuring,
-- without right, a gain "financier ou autre": `dishonest_intent` and
-- `specific_purpose` do not narrow the offence; `material_benefit` (gain of
-- a material kind only) does, as does any other element.
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.  It renders « un gain financier ou
-- autre » as "a financial or other gain": a gain of any kind, as the rule
-- reads it (an earlier rendering, "a gain in money or other property",
-- said a material gain and contradicted the rule; review-crim).

obligation {
  ref = "cybercrime:13",
  level = "mandatory",
  title = { en = "ICT-related theft or fraud", fr = "Vol ou fraude en rapport avec les systèmes d'information et de communication" },
  category = "criminalization",
  cluster = 2,
  text = {
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour conférer le caractère d'infraction pénale conformément à son droit interne, lorsque l'acte a été commis intentionnellement et sans droit, au fait de causer à autrui un préjudice patrimonial par : a) Toute introduction, toute altération, tout effacement ou toute suppression de données électroniques ; b) Toute atteinte au fonctionnement d'un système d'information et de communication ; c) Tout acte de tromperie concernant des circonstances factuelles, commis à l'aide d'un système d'information et de communication, qui incite une personne à faire ou à omettre de faire quelque chose qu'elle n'aurait autrement pas fait ou omis de faire ; dans l'intention frauduleuse ou malhonnête de réaliser sans droit un gain financier ou autre à son profit ou à celui d'autrui.]],
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to establish as a criminal offence under its domestic law, when committed intentionally and without right, the causing of a loss of property to another person by: (a) any input, alteration, deletion or suppression of electronic data; (b) any interference with the functioning of an information and communications technology system; (c) any deception as to factual circumstances made through an information and communications technology system that causes a person to do or omit to do anything which that person would not otherwise do or omit to do; with the fraudulent or dishonest intent of procuring, without right, a financial or other gain for oneself or for another person.]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx)
    return lx.criminalized_allowing(ctx, {
      { "ict_fraud_data", en = "causing a loss of property by the input, alteration, deletion or suppression of electronic data",
        fr = "le fait de causer un préjudice patrimonial par l'introduction, l'altération, l'effacement ou la suppression de données électroniques" },
      { "ict_fraud_system", en = "causing a loss of property by interfering with the functioning of an ICT system",
        fr = "le fait de causer un préjudice patrimonial par une atteinte au fonctionnement d'un système d'information et de communication" },
      { "ict_fraud_deception", en = "causing a loss of property by deception as to factual circumstances made through an ICT system",
        fr = "le fait de causer un préjudice patrimonial par un acte de tromperie concernant des circonstances factuelles, commis à l'aide d'un système d'information et de communication" },
    }, { ids = { "dishonest_intent", "specific_purpose" },
          en = "art. 13 (the fraudulent or dishonest intent of procuring a gain, in money or otherwise)",
          fr = "l'article 13 (l'intention frauduleuse ou malhonnête de réaliser un gain, financier ou autre)" })
  end,
}
