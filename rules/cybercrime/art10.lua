-- Cybercrime Convention article 10 -- Interference with an information and
-- communications technology system (Atteinte à l'intégrité d'un système
-- d'information et de communication)
--
-- Mandatory ("Chaque État partie adopte les mesures législatives et autres
-- nécessaires pour conférer le caractère d'infraction pénale").  Unlike
-- arts 7-9, art. 10 lets a State add no element: any element the national
-- offence requires beyond the conduct (`requires`) narrows it.  "Gravement"
-- (seriously hindering) is part of the conduct itself.
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

obligation {
  ref = "cybercrime:10",
  level = "mandatory",
  title = { en = "Interference with an information and communications technology system",
            fr = "Atteinte à l'intégrité d'un système d'information et de communication" },
  category = "criminalization",
  cluster = 2,
  text = {
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour conférer le caractère d'infraction pénale conformément à son droit interne, lorsque l'acte a été commis intentionnellement et sans droit, au fait d'entraver gravement le fonctionnement d'un système d'information et de communication par l'introduction, la transmission, l'endommagement, l'effacement, la détérioration, l'altération ou la suppression de données électroniques.]],
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to establish as a criminal offence under its domestic law, when committed intentionally and without right, the serious hindering of the functioning of an information and communications technology system by inputting, transmitting, damaging, deleting, deteriorating, altering or suppressing electronic data.]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx)
    return lx.criminalized_allowing(ctx, {
      { "ict_system_interference",
        en = "the intentional serious hindering, without right, of the functioning of an ICT system by inputting, transmitting, damaging, deleting, deteriorating, altering or suppressing electronic data",
        fr = "le fait intentionnel, sans droit, d'entraver gravement le fonctionnement d'un système d'information et de communication par l'introduction, la transmission, l'endommagement, l'effacement, la détérioration, l'altération ou la suppression de données électroniques" },
    }, { ids = {}, en = "art. 10 (which allows none)", fr = "l'article 10 (qui n'en permet aucun)" })
  end,
}
