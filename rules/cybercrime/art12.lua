-- Cybercrime Convention article 12 -- ICT-related forgery (Falsification en
-- rapport avec les systèmes d'information et de communication)
--
-- 12(1) is mandatory.  It contains the intent "que celles-ci soient prises
-- en compte ou utilisées à des fins légales comme si elles étaient
-- authentiques" (`requires = { "specific_purpose" }` does not narrow the
-- offence).  12(2) is an option ("Un État partie peut exiger une intention
-- frauduleuse ou une intention malhonnête ou criminelle similaire"):
-- requiring it never lowers the finding (`dishonest_intent`), encoded within
-- 12(1) (covers).  Any other element narrows the offence.  12(2), quoted here
-- because `text` holds the words of 12(1):
--   « Un État partie peut exiger une intention frauduleuse ou une intention malhonnête ou criminelle similaire pour que la responsabilité pénale soit engagée. »
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

obligation {
  ref = "cybercrime:12.1",
  covers = { "cybercrime:12.2" },
  level = "mandatory",
  title = { en = "ICT-related forgery", fr = "Falsification en rapport avec les systèmes d'information et de communication" },
  category = "criminalization",
  cluster = 2,
  text = {
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour conférer le caractère d'infraction pénale, conformément à son droit interne, à l'introduction, à l'altération, à l'effacement ou à la suppression de données électroniques engendrant des données non authentiques, lorsque l'acte a été commis intentionnellement et sans droit, dans l'intention que celles-ci soient prises en compte ou utilisées à des fins légales comme si elles étaient authentiques, qu'elles soient ou non directement lisibles et intelligibles.]],
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to establish as a criminal offence under its domestic law, when committed intentionally and without right, the input, alteration, deletion or suppression of electronic data resulting in inauthentic data with the intent that it be considered or acted upon for legal purposes as if it were authentic, regardless of whether or not the data is directly readable and intelligible.]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx)
    return lx.criminalized_allowing(ctx, {
      { "ict_forgery",
        en = "the input, alteration, deletion or suppression of electronic data resulting in inauthentic data, with intent that it be considered or acted upon for legal purposes as if authentic",
        fr = "l'introduction, l'altération, l'effacement ou la suppression de données électroniques engendrant des données non authentiques, dans l'intention qu'elles soient prises en compte ou utilisées à des fins légales comme si elles étaient authentiques" },
    }, { ids = { "specific_purpose", "dishonest_intent" },
          en = "art. 12 (the intent that the data be acted upon as authentic; a fraudulent or similar dishonest or criminal intent, 12(2))",
          fr = "l'article 12 (l'intention que les données soient utilisées comme authentiques ; une intention frauduleuse ou malhonnête ou criminelle similaire, par. 2)" })
  end,
}
