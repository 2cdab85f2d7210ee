-- Cybercrime Convention article 8 -- Illegal interception (Interception illégale)
--
-- 8(1) is mandatory ("Chaque État partie adopte les mesures législatives et
-- autres nécessaires pour conférer le caractère d'infraction pénale").
-- 8(2) is an option ("Un État partie peut exiger que..."): the elements it
-- names may be added to the national offence without lowering the finding;
-- any other element (`requires`) narrows the offence below the Convention
-- and makes the finding partly met.  The option is encoded within 8(1)
-- (covers): it is never a gap by itself.
-- 8(2), quoted here because `text` holds the words of 8(1) alone:
--   « Un État partie peut exiger que l'infraction soit commise dans une intention malhonnête ou criminelle, ou en relation avec un système d'information et de communication connecté à un autre système d'information et de communication. »
--   (unofficial translation: "A State Party may require that the offence be committed with dishonest or criminal intent, or in relation to an information and communications technology system that is connected to another information and communications technology system.")
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

obligation {
  ref = "cybercrime:8.1",
  covers = { "cybercrime:8.2" },
  level = "mandatory",
  title = { en = "Illegal interception", fr = "Interception illégale" },
  category = "criminalization",
  cluster = 2,
  text = {
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour conférer le caractère d'infraction pénale conformément à son droit interne, lorsque l'acte a été commis intentionnellement et sans droit, au fait d'intercepter, par des moyens techniques, des données électroniques lors de transmissions non publiques, à destination, en provenance ou à l'intérieur d'un système d'information et de communication, y compris les émissions électromagnétiques provenant d'un système d'information et de communication transportant de telles données électroniques.]],
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to establish as a criminal offence under its domestic law, when committed intentionally and without right, the interception, made by technical means, of non-public transmissions of electronic data to, from or within an information and communications technology system, including electromagnetic emissions from an information and communications technology system carrying such electronic data.]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx)
    return lx.criminalized_allowing(ctx, {
      { "ict_illegal_interception",
        en = "the intentional interception without right, by technical means, of non-public transmissions of electronic data to, from or within an ICT system, including electromagnetic emissions carrying such data",
        fr = "l'interception intentionnelle, sans droit, par des moyens techniques, de données électroniques lors de transmissions non publiques, à destination, en provenance ou à l'intérieur d'un système d'information et de communication, y compris les émissions électromagnétiques" },
    }, { ids = { "dishonest_intent", "connected_system" },
          en = "art. 8(2) (dishonest or criminal intent, a system connected to another)", fr = "l'article 8, paragraphe 2 (intention malhonnête ou criminelle, système connecté à un autre)" })
  end,
}
