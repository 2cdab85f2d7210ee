-- Cybercrime Convention article 16 -- Non-consensual dissemination of
-- intimate images
--
-- 16(1) is mandatory.  16(5) is an option ("peut exiger qu'il y ait une
-- intention de nuire"): `intent_to_harm` never lowers the finding; encoded
-- within 16(1).  16(5):
--   « Un État partie peut exiger qu'il y ait une intention de nuire pour que la responsabilité pénale soit engagée. »
-- 16(2) defines the intimate image the offence must reach (levels.lua:
-- mandatory): the fact intimate_images.definition.  16(3) "peut étendre la
-- définition" is an option.  16(4) "ne peut consentir": a person under 18 can
-- never consent to the dissemination of an intimate image that is child
-- sexual abuse or exploitation material (art. 14): a rule on consent the law
-- must not contradict, mandatory.  16(6) "peuvent prendre d'autres mesures"
-- is an open permission with no content to check: declared not encoded.
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

obligation {
  ref = "cybercrime:16.1",
  covers = { "cybercrime:16.5" },
  level = "mandatory",
  title = { en = "Non-consensual dissemination of intimate images", fr = "Diffusion non consentie d'images intimes" },
  category = "criminalization",
  cluster = 2,
  text = {
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour conférer le caractère d'infraction pénale conformément à son droit interne, lorsque l'acte a été commis intentionnellement et sans droit, au fait de vendre, de distribuer, de transmettre, de publier ou de mettre autrement à disposition une image intime d'une personne au moyen d'un système d'information et de communication, sans le consentement de la personne représentée sur l'image.]],
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to establish as a criminal offence under its domestic law, when committed intentionally and without right, the selling, distributing, transmitting, publishing or otherwise making available of an intimate image of a person by means of an information and communications technology system, without the consent of the person depicted in the image.]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx)
    return lx.criminalized_allowing(ctx, {
      { "intimate_image_dissemination",
        en = "selling, distributing, transmitting, publishing or otherwise making available an intimate image of a person through an ICT system without the consent of the person depicted",
        fr = "la vente, la distribution, la transmission, la publication ou toute autre mise à disposition d'une image intime d'une personne au moyen d'un système d'information et de communication sans le consentement de la personne représentée" },
    }, { ids = { "intent_to_harm" }, en = "art. 16(5) (an intent to cause harm)", fr = "l'article 16, paragraphe 5 (une intention de nuire)" })
  end,
}

obligation {
  ref = "cybercrime:16.2",
  level = "mandatory",
  title = { en = "Intimate images: the definition the offence must reach", fr = "Images intimes : la définition que l'infraction doit couvrir" },
  category = "criminalization",
  cluster = 2,
  text = {
    fr = [[Aux fins du paragraphe 1 du présent article, on entend par « image intime » un enregistrement visuel d'une personne de plus de 18 ans réalisé par quelque moyen que ce soit, y compris une photographie ou un enregistrement vidéo, de nature sexuelle, où les organes sexuels de la personne sont exposés ou où cette personne se livre à un acte sexuel qui était à caractère privé au moment de l'enregistrement, et au sujet duquel la ou les personnes représentées pouvaient raisonnablement avoir certaines attentes en matière de respect de la vie privée au moment où l'infraction a été commise.]],
    en = [[For the purpose of paragraph 1 of this article, "intimate image" shall mean a visual recording of a person over the age of 18 years made by any means, including a photograph or video recording, that is sexual in nature, in which the person's sexual parts are exposed or the person is engaged in sexual activity, which was private at the time of the recording, and in respect of which the person or persons depicted maintained a reasonable expectation of privacy at the time of the offence.]],
  },
  facts = { "intimate_images.definition" },
  check = function(ctx)
    return lx.measure_finding(ctx, "intimate_images.definition", {
      what = { en = "an offence reaching every intimate image within the meaning of art. 16(2)", fr = "une infraction visant toute image intime au sens de l'article 16, paragraphe 2" } })
  end,
}

obligation {
  ref = "cybercrime:16.3",
  level = "optional",
  title = { en = "Intimate images of persons under 18 of legal age", fr = "Images intimes de personnes de moins de 18 ans ayant l'âge légal" },
  category = "criminalization",
  cluster = 2,
  text = {
    fr = [[Un État partie peut étendre la définition du terme « image intime », selon qu'il convient, à la représentation de personnes de moins de 18 ans si celles-ci ont l'âge légal d'avoir des rapports sexuels selon le droit interne et que les images ne montrent pas d'abus sexuels sur enfant ni d'exploitation sexuelle d'enfants.]],
    en = [[A State Party may extend the definition of intimate images, as appropriate, to depictions of persons under the age of 18 years if they are of legal age for sexual activity under domestic law and the image does not depict child abuse or exploitation.]],
  },
  facts = { "intimate_images.minors_of_legal_age" },
  check = function(ctx)
    return lx.measure_finding(ctx, "intimate_images.minors_of_legal_age", {
      what = { en = "the offence for intimate images of persons under 18 of legal age for sexual activity", fr = "l'infraction pour les images intimes de personnes de moins de 18 ans ayant l'âge légal des relations sexuelles" } })
  end,
}

obligation {
  ref = "cybercrime:16.4",
  level = "mandatory",
  title = { en = "Intimate images: no consent of a person under 18 to material of art. 14", fr = "Images intimes : pas de consentement d'une personne de moins de 18 ans pour les contenus de l'article 14" },
  category = "criminalization",
  cluster = 2,
  text = {
    fr = [[Aux fins du présent article, une personne de moins de 18 ans représentée sur une image intime ne peut consentir à la diffusion d'une image intime qui constitue un contenu présentant des abus sexuels sur enfant ou l'exploitation sexuelle d'enfants au sens de l'article 14 de la présente Convention.]],
    en = [[For the purpose of this article, a person under the age of 18 years depicted in an intimate image cannot consent to the dissemination of an intimate image which constitutes child sexual abuse or child sexual exploitation material under article 14 of this Convention.]],
  },
  facts = { "intimate_images.minor_consent_ineffective" },
  check = function(ctx)
    return lx.measure_finding(ctx, "intimate_images.minor_consent_ineffective", {
      what = { en = "that the consent of a person under 18 never makes lawful the dissemination of an intimate image that is child sexual abuse or exploitation material",
               fr = "que le consentement d'une personne de moins de 18 ans ne rend jamais licite la diffusion d'une image intime constituant un contenu d'abus ou d'exploitation sexuels d'enfants" } })
  end,
}

not_encoded {
  ref = "cybercrime:16.6",
  reason = { en = "An open permission (\"may take other measures ... in accordance with their domestic law\"): optional, with no content that a profile could be checked against.",
             fr = "Une faculté ouverte (« peuvent prendre d'autres mesures ... conformément à leur droit interne ») : facultative, sans contenu au regard duquel un profil pourrait être vérifié." },
}
