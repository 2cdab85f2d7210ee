-- Cybercrime Convention article 14 -- Offences related to online child
-- sexual abuse or child sexual exploitation material
--
-- 14(1)(a)-(d) are mandatory, each its own rule.  (b) names three acts,
-- soliciting, "fournir" and accessing: national law must reach all three.
-- "Fournir" (supplying) where the equally authentic English text says
-- "procuring" (obtaining): the conduct element csam_procuring is meant to
-- be covered by an offence reaching obtaining such material; supplying it
-- is 14(1)(a) anyway.  (d) "ce que les États parties peuvent ériger en infraction
-- distincte": financing must be criminalized (levels.lua: mandatory); only
-- the form (a separate offence or not) is optional: an offence entry
-- covering csam_financing, or the general rules on complicity
-- (general_part.complicity, adopted), meet it.  The Convention lets a
-- State add no element to these offences ("lorsqu'ils ont été commis
-- intentionnellement et sans droit"): any `requires` narrows them.
-- 14(2) defines the material: "on entend tout contenu visuel" (mandatory:
-- the offences must reach every visual content depicting a person under 18
-- in the situations (a)-(d)) "et on peut entendre tout contenu écrit ou
-- sonore" (optional: its own clause).  The definition is the fact
-- child_sexual_abuse_material.definition_visual; a limitation of 14(3) the
-- State uses is not a shortfall of it.
-- 14(3) "peut exiger que le contenu ... se limite" and 14(4) "peuvent prendre
-- des mesures pour exclure l'incrimination" are options: reported for
-- information, never gaps.  14(5) is a saving clause (levels.lua "none").
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

local NONE = { ids = {}, en = "art. 14(1) (which allows none)", fr = "l'article 14, paragraphe 1 (qui n'en permet aucun)" }

obligation {
  ref = "cybercrime:14.1.a",
  level = "mandatory",
  title = { en = "Child sexual abuse material: producing and making available", fr = "Contenus pédopornographiques : production et mise à disposition" },
  category = "criminalization",
  cluster = 2,
  text = {
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour conférer le caractère d'infraction pénale, conformément à son droit interne, aux actes ci-après, lorsqu'ils ont été commis intentionnellement et sans droit : a) Produire, offrir, vendre, distribuer, transmettre, diffuser, exhiber, publier ou mettre autrement à disposition des contenus présentant des abus sexuels sur enfant ou l'exploitation sexuelle d'enfants au moyen d'un système d'information et de communication ;]],
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences under its domestic law, when committed intentionally and without right, the following conduct: (a) Producing, offering, selling, distributing, transmitting, broadcasting, displaying, publishing or otherwise making available child sexual abuse or child sexual exploitation material through an information and communications technology system;]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx)
    return lx.criminalized_allowing(ctx, {
      { "csam_making_available", en = "producing, offering, selling, distributing, transmitting, broadcasting, displaying, publishing or otherwise making available child sexual abuse or exploitation material through an ICT system", fr = "la production, l'offre, la vente, la distribution, la transmission, la diffusion, l'exhibition, la publication ou toute autre mise à disposition de contenus présentant des abus sexuels sur enfant ou l'exploitation sexuelle d'enfants au moyen d'un système d'information et de communication" },
    }, NONE)
  end,
}

obligation {
  ref = "cybercrime:14.1.b",
  level = "mandatory",
  title = { en = "Child sexual abuse material: soliciting, procuring, accessing", fr = "Contenus pédopornographiques : sollicitation, fourniture, accès" },
  category = "criminalization",
  cluster = 2,
  text = {
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour conférer le caractère d'infraction pénale, conformément à son droit interne, aux actes ci-après, lorsqu'ils ont été commis intentionnellement et sans droit : b) Solliciter ou fournir des contenus présentant des abus sexuels sur enfant ou l'exploitation sexuelle d'enfants ou accéder à de tels contenus au moyen d'un système d'information et de communication ;]],
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences under its domestic law, when committed intentionally and without right, the following conduct: (b) Soliciting, procuring or accessing child sexual abuse or child sexual exploitation material through an information and communications technology system;]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx)
    return lx.criminalized_allowing(ctx, {
      { "csam_soliciting", en = "soliciting child sexual abuse or exploitation material through an ICT system", fr = "la sollicitation de tels contenus au moyen d'un système d'information et de communication" },
      { "csam_procuring", en = "procuring it through an ICT system (\"fournir\" in the French text, \"procuring\" in the English)", fr = "la fourniture de tels contenus au moyen d'un système d'information et de communication (« fournir » ; le texte anglais dit « procuring », se procurer)" },
      { "csam_accessing", en = "accessing it through an ICT system", fr = "l'accès à de tels contenus au moyen d'un système d'information et de communication" },
    }, NONE)
  end,
}

obligation {
  ref = "cybercrime:14.1.c",
  level = "mandatory",
  title = { en = "Child sexual abuse material: possession or control", fr = "Contenus pédopornographiques : détention ou contrôle" },
  category = "criminalization",
  cluster = 2,
  text = {
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour conférer le caractère d'infraction pénale, conformément à son droit interne, aux actes ci-après, lorsqu'ils ont été commis intentionnellement et sans droit : c) Détenir ou contrôler des contenus présentant des abus sexuels sur enfant ou l'exploitation sexuelle d'enfants stockés dans un système d'information et de communication ou sur un autre support de stockage ;]],
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences under its domestic law, when committed intentionally and without right, the following conduct: (c) Possessing or controlling child sexual abuse or child sexual exploitation material stored in an information and communications technology system or another storage medium;]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx)
    return lx.criminalized_allowing(ctx, {
      { "csam_possession", en = "possessing or controlling child sexual abuse or exploitation material stored in an ICT system or another storage medium", fr = "la détention ou le contrôle de tels contenus stockés dans un système d'information et de communication ou sur un autre support de stockage" },
    }, NONE)
  end,
}

obligation {
  ref = "cybercrime:14.1.d",
  level = "mandatory",
  title = { en = "Child sexual abuse material: financing", fr = "Contenus pédopornographiques : financement" },
  category = "criminalization",
  cluster = 2,
  text = {
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour conférer le caractère d'infraction pénale, conformément à son droit interne, aux actes ci-après, lorsqu'ils ont été commis intentionnellement et sans droit : d) Financer des infractions établies conformément aux alinéas a) à c) du présent paragraphe, ce que les États parties peuvent ériger en infraction distincte.]],
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences under its domestic law, when committed intentionally and without right, the following conduct: (d) Financing the offences established in accordance with subparagraphs (a) to (c) of this paragraph, which States Parties may establish as a separate offence.]],
  },
  facts = { "offences", "no_offence_for", "general_part.complicity" },
  check = function(ctx)
    local f = lx.criminalized_allowing(ctx, {
      { "csam_financing", en = "financing the offences of art. 14(1)(a) to (c) (as a separate offence or otherwise)", fr = "le financement des infractions de l'article 14, paragraphe 1, alinéas a) à c) (infraction distincte ou non)" },
    }, NONE)
    if f.status == "met" then return f end
    -- "ce que les États parties peuvent ériger en infraction distincte":
    -- without a distinct offence, financing is reached as complicity (aid
    -- by providing the means) in the offences of (a) to (c), by the general
    -- rules on complicity that art. 19(1) reads too.  Met, with a caveat
    -- for reviewers (second reading of the independent review): complicity
    -- needs a principal offence committed or attempted, a distinct offence
    -- of financing would not.  A statement that no
    -- offence covers financing (no_offence_for) is taken at its word when
    -- the general rules are not stated, as for art. 17(1)(b)(ii).
    local m = ctx:measure("general_part.complicity")
    if m.state == "adopted" then
      return ctx:met(lx.t({ en = "Financing the offences of art. 14(1)(a) to (c) is punishable as complicity in them under the general rules on complicity{s}; art. 14(1)(d) lets the State make it a separate offence, or not. Reviewers should note that complicity is accessory: the financier is punishable only where an offence of art. 14(1)(a) to (c) is committed or attempted, which a separate offence of financing would not require.",
                            fr = "Le financement des infractions de l'article 14, paragraphe 1, alinéas a) à c), est punissable comme complicité de celles-ci selon les règles générales de la complicité{s} ; l'article 14, paragraphe 1, alinéa d), permet à l'État d'en faire une infraction distincte, sans l'y obliger. Les évaluateurs noteront que la complicité est accessoire : le financeur n'est punissable que si une infraction de l'article 14, paragraphe 1, alinéas a) à c), est commise ou tentée, ce qu'une infraction distincte de financement n'exigerait pas." },
                          { s = lx.cited(m) }),
                    { id = "complicity", en = "the general rules on complicity", fr = "les règles générales de la complicité" })
    end
    return f
  end,
}

obligation {
  ref = "cybercrime:14.2",
  level = "mandatory",
  title = { en = "Child sexual abuse material: visual content of any person under 18", fr = "Contenus pédopornographiques : tout contenu visuel représentant une personne de moins de 18 ans" },
  category = "criminalization",
  cluster = 2,
  text = {
    fr = [[Aux fins du présent article, par « contenu présentant des abus sexuels sur enfant ou l'exploitation sexuelle d'enfants », on entend tout contenu visuel, et on peut entendre tout contenu écrit ou sonore, qui dépeint, décrit ou représente une personne de moins de 18 ans : a) Se livrant à un acte sexuel réel ou simulé ; b) En présence d'une personne qui se livre à un acte sexuel ; c) Dont les organes sexuels sont exhibés à des fins principalement sexuelles ; ou d) Qui est soumise à des actes de torture ou à des peines ou traitements cruels, inhumains ou dégradants, lorsque ce contenu est à caractère sexuel.]],
    en = [[For the purposes of this article, the term "child sexual abuse or child sexual exploitation material" shall include visual material, and may include written or audio content, that depicts, describes or represents any person under 18 years of age: (a) engaging in real or simulated sexual activity; (b) in the presence of a person engaging in any sexual activity; (c) whose sexual parts are displayed for primarily sexual purposes; or (d) subjected to torture or cruel, inhumane or degrading treatment or punishment and such material is sexual in nature.]],
  },
  facts = { "child_sexual_abuse_material.definition_visual", "child_sexual_abuse_material.limited_existing_persons", "child_sexual_abuse_material.limited_visual" },
  check = function(ctx)
    local f = lx.measure_finding(ctx, "child_sexual_abuse_material.definition_visual", {
      what = { en = "offences reaching all visual content depicting, describing or representing a person under 18 in the situations of art. 14(2)(a)-(d)",
               fr = "des infractions visant tout contenu visuel dépeignant, décrivant ou représentant une personne de moins de 18 ans dans les situations de l'article 14, paragraphe 2, alinéas a) à d)" } })
    -- the limitations of 14(3) the State uses are said, never counted
    for _, lim in ipairs({ { "child_sexual_abuse_material.limited_existing_persons", en = "existing persons (art. 14(3)(a))", fr = "aux personnes existantes (art. 14, par. 3, al. a))" },
                           { "child_sexual_abuse_material.limited_visual", en = "visual representations of abuse (art. 14(3)(b))", fr = "aux représentations visuelles d'abus (art. 14, par. 3, al. b))" } }) do
      local m = ctx:measure(lim[1])
      if m.state == "adopted" then
        f.explanation = lx.t({ en = "{e} The State limits the material to {l}, as the Convention allows; this does not lower the finding.",
                               fr = "{e} L'État limite ces contenus {l}, comme la Convention le permet ; le constat n'en est pas abaissé." },
                            { e = f.explanation, l = { en = lim.en, fr = lim.fr } })
      end
    end
    return f
  end,
}

obligation {
  ref = "cybercrime:14.2",
  clause = "written-audio",
  level = "optional",
  title = { en = "Child sexual abuse material: written or audio content", fr = "Contenus pédopornographiques : contenus écrits ou sonores" },
  category = "criminalization",
  cluster = 2,
  text = {
    fr = [[Aux fins du présent article, par « contenu présentant des abus sexuels sur enfant ou l'exploitation sexuelle d'enfants », on entend tout contenu visuel, et on peut entendre tout contenu écrit ou sonore, qui dépeint, décrit ou représente une personne de moins de 18 ans :]],
    en = [[For the purposes of this article, the term "child sexual abuse or child sexual exploitation material" shall include visual material, and may include written or audio content, that depicts, describes or represents any person under 18 years of age:]],
  },
  facts = { "child_sexual_abuse_material.definition_written_audio" },
  check = function(ctx)
    return lx.measure_finding(ctx, "child_sexual_abuse_material.definition_written_audio", {
      what = { en = "offences reaching written or audio content as well", fr = "des infractions visant aussi les contenus écrits ou sonores" } })
  end,
}

obligation {
  ref = "cybercrime:14.3",
  level = "optional",
  title = { en = "Child sexual abuse material: limitations a State may require", fr = "Contenus pédopornographiques : limitations qu'un État peut exiger" },
  category = "criminalization",
  cluster = 2,
  text = {
    fr = [[Un État partie peut exiger que le contenu visé au paragraphe 2 du présent article se limite à ce qui suit : a) Contenu dépeignant, décrivant ou représentant une personne existante ; ou b) Contenu représentant visuellement des abus sexuels sur enfant ou l'exploitation sexuelle d'enfants.]],
    en = [[A State Party may require that the material identified in paragraph 2 of this article be limited to material that: (a) depicts, describes or represents an existing person; or (b) visually depicts child sexual abuse or child sexual exploitation.]],
  },
  facts = { "child_sexual_abuse_material.limited_existing_persons", "child_sexual_abuse_material.limited_visual" },
  check = function(ctx)
    return lx.any_forms(ctx, {
      { id = "existing-person", label = { en = "existing persons only", fr = "personnes existantes seulement" },
        path = "child_sexual_abuse_material.limited_existing_persons",
        what = { en = "a limitation to material depicting an existing person", fr = "une limitation aux contenus représentant une personne existante" } },
      { id = "visual", label = { en = "visual depictions only", fr = "représentations visuelles seulement" },
        path = "child_sexual_abuse_material.limited_visual",
        what = { en = "a limitation to material visually depicting abuse or exploitation", fr = "une limitation aux contenus représentant visuellement des abus ou l'exploitation" } },
    })
  end,
}

obligation {
  ref = "cybercrime:14.4",
  level = "optional",
  title = { en = "Child sexual abuse material: exclusions a State may make", fr = "Contenus pédopornographiques : exclusions qu'un État peut prévoir" },
  category = "criminalization",
  cluster = 2,
  text = {
    fr = [[Conformément à leur droit interne et d'une manière compatible avec les obligations internationales applicables, les États parties peuvent prendre des mesures pour exclure l'incrimination de ce qui suit : a) Les actes commis par des enfants en cas de contenus autoproduits les représentant ; ou b) La production, la transmission ou la détention consenties de contenu décrit aux alinéas a) à c) du paragraphe 2 du présent article, lorsque les actes représentés sont légaux selon le droit interne et que ce contenu est réservé exclusivement à l'usage privé et consenti des personnes prenant part aux actes en question.]],
    en = [[States Parties may, in accordance with their domestic law and consistent with applicable international obligations, take steps to exclude the criminalization of: (a) conduct committed by children for self-generated material depicting them; or (b) the consensual production, transmission or possession of material described in paragraph 2 (a) to (c) of this article, where the underlying conduct depicted is legal as determined by domestic law, and where such material is maintained exclusively for the private and consensual use of the persons involved.]],
  },
  facts = { "child_sexual_abuse_material.excludes_self_generated", "child_sexual_abuse_material.excludes_consensual_private" },
  check = function(ctx)
    return lx.any_forms(ctx, {
      { id = "self-generated", label = { en = "self-generated material of children", fr = "contenus autoproduits par des enfants" },
        path = "child_sexual_abuse_material.excludes_self_generated",
        what = { en = "an exclusion of conduct by children concerning self-generated material depicting them", fr = "une exclusion des actes commis par des enfants concernant des contenus autoproduits les représentant" } },
      { id = "consensual-private", label = { en = "consensual private material", fr = "contenus privés consentis" },
        path = "child_sexual_abuse_material.excludes_consensual_private",
        what = { en = "an exclusion of consensual production, transmission or possession for private use", fr = "une exclusion de la production, de la transmission ou de la détention consenties pour un usage privé" } },
    })
  end,
}

not_encoded {
  ref = "cybercrime:14.5",
  reason = { en = "Saving clause: the Convention does not affect international obligations more conducive to the realization of the rights of the child.",
             fr = "Clause de sauvegarde : la Convention ne porte pas atteinte aux obligations internationales plus propices à la réalisation des droits de l'enfant." },
}
