-- Cybercrime Convention article 9 -- Interference with electronic data (Atteinte à l'intégrité de données électroniques)
--
-- 9(1) is mandatory ("Chaque État partie adopte les mesures législatives et
-- autres nécessaires pour conférer le caractère d'infraction pénale").
-- 9(2) is an option ("Un État partie peut exiger que..."): the elements it
-- names may be added to the national offence without lowering the finding;
-- any other element (`requires`) narrows the offence below the Convention
-- and makes the finding partly met.  The option is encoded within 9(1)
-- (covers): it is never a gap by itself.
-- 9(2), quoted here because `text` holds the words of 9(1) alone:
--   « Un État partie peut exiger que l'acte décrit au paragraphe 1 du présent article entraîne un préjudice grave. »
--   (unofficial translation: "A State Party may require that the conduct described in paragraph 1 of this article result in serious harm.")
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

obligation {
  ref = "cybercrime:9.1",
  covers = { "cybercrime:9.2" },
  level = "mandatory",
  title = { en = "Interference with electronic data", fr = "Atteinte à l'intégrité de données électroniques" },
  category = "criminalization",
  cluster = 2,
  text = {
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour conférer le caractère d'infraction pénale conformément à son droit interne, lorsque l'acte a été commis intentionnellement et sans droit, au fait d'endommager, d'effacer, de détériorer, d'altérer ou de supprimer des données électroniques.]],
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to establish as a criminal offence under its domestic law, when committed intentionally and without right, the damaging, deletion, deterioration, alteration or suppression of electronic data.]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx)
    return lx.criminalized_allowing(ctx, {
      { "ict_data_interference",
        en = "the intentional damaging, deletion, deterioration, alteration or suppression of electronic data without right",
        fr = "le fait intentionnel, sans droit, d'endommager, d'effacer, de détériorer, d'altérer ou de supprimer des données électroniques" },
    }, { ids = { "serious_harm" },
          en = "art. 9(2) (serious harm)", fr = "l'article 9, paragraphe 2 (préjudice grave)" })
  end,
}
