-- Cybercrime Convention article 7 -- Illegal access (Accès illégal)
--
-- 7(1) is mandatory ("Chaque État partie adopte les mesures législatives et
-- autres nécessaires pour conférer le caractère d'infraction pénale").
-- 7(2) is an option ("Un État partie peut exiger que..."): the elements it
-- names may be added to the national offence without lowering the finding;
-- any other element (`requires`) narrows the offence below the Convention
-- and makes the finding partly met.  The option is encoded within 7(1)
-- (covers): it is never a gap by itself.
-- 7(2), quoted here because `text` holds the words of 7(1) alone:
--   « Un État partie peut exiger que l'infraction soit commise en violation de mesures de sécurité, dans l'intention d'obtenir des données électroniques ou dans une autre intention malhonnête ou criminelle, ou en relation avec un système d'information et de communication connecté à un autre système d'information et de communication. »
--   (unofficial translation: "A State Party may require that the offence be committed by infringing security measures, with the intent of obtaining electronic data or other dishonest or criminal intent or in relation to an information and communications technology system that is connected to another information and communications technology system.")
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

obligation {
  ref = "cybercrime:7.1",
  covers = { "cybercrime:7.2" },
  level = "mandatory",
  title = { en = "Illegal access", fr = "Accès illégal" },
  category = "criminalization",
  cluster = 2,
  text = {
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour conférer le caractère d'infraction pénale conformément à son droit interne, lorsque l'acte a été commis intentionnellement, au fait d'accéder à tout ou partie d'un système d'information et de communication sans droit.]],
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to establish as a criminal offence under its domestic law, when committed intentionally, the access to the whole or any part of an information and communications technology system without right.]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx)
    return lx.criminalized_allowing(ctx, {
      { "ict_illegal_access",
        en = "intentional access to the whole or any part of an information and communications technology system without right",
        fr = "l'accès intentionnel, sans droit, à tout ou partie d'un système d'information et de communication" },
    }, { ids = { "security_measures", "dishonest_intent", "connected_system" },
          en = "art. 7(2) (infringing security measures, intent to obtain electronic data or other dishonest or criminal intent, a system connected to another)", fr = "l'article 7, paragraphe 2 (violation de mesures de sécurité, intention d'obtenir des données électroniques ou autre intention malhonnête ou criminelle, système connecté à un autre)" })
  end,
}
