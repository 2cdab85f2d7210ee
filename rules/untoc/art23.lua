-- UNTOC article 23 -- Criminalization of obstruction of justice
--
-- Both sub-paragraphs are mandatory ("shall adopt ... to establish as criminal
-- offences, when committed intentionally").
--   (a) protects testimony and evidence.  It names two means, use of physical
--       force, threats or intimidation, and the promise, offering or giving
--       of an undue advantage; "or" lists the ways of committing the offence,
--       so national law must reach both: one without the other is partly met.
--   (b) protects justice and law-enforcement officials against physical
--       force, threats or intimidation.
--
-- Not encoded:
--   * The second sentence of (b) ("Nothing in this subparagraph shall
--     prejudice the right of States Parties to have legislation that protects
--     other categories of public officials") is a saving clause: it imposes
--     no duty and takes no right away.
--   * Art. 34(2) (the offences must not require transnationality or an
--     organized criminal group) is assessed once, for arts 5, 6, 8 and 23
--     together, by untoc:34.2.
--   * "In a proceeding in relation to the commission of offences covered by
--     this Convention" delimits the proceedings concerned; a national offence
--     protecting every judicial proceeding reaches them, and the profile has
--     no fact on narrower offences (a limitation goes in the offence's note,
--     with the element declared under no_offence_for where it is not covered).

-- What an offence may require without being narrower than art. 23
-- (lx.offence_fit): the purpose the Convention itself names ("to induce false
-- testimony or to interfere", "to interfere with the exercise of official
-- duties"), and the elements art. 34(2) assesses.  A material benefit, an
-- overt act or a breach of duty narrows the offence; an advantage limited in
-- kind narrows the undue-advantage limb of (a).
local ALLOWED = { "specific_purpose", "transnational", "organized_group" }

obligation {
  ref = "untoc:23.a",
  level = "mandatory",
  title = { en = "Obstruction of justice: interference with witnesses and evidence",
            fr = "Entrave à la justice : atteintes aux témoignages et aux preuves" },
  category = "criminalization",
  cluster = 1,
  text = {
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences, when committed intentionally: (a) the use of physical force, threats or intimidation or the promise, offering or giving of an undue advantage to induce false testimony or to interfere in the giving of testimony or the production of evidence in a proceeding in relation to the commission of offences covered by this Convention;]],
    fr = [[Chaque État partie adopte les mesures législatives et autres qui sont nécessaires pour conférer le caractère d'infraction pénale, lorsque les actes ont été commis intentionnellement: a) au fait de recourir à la force physique, à des menaces ou à l'intimidation ou de promettre, d'offrir ou d'accorder un avantage indu pour obtenir un faux témoignage ou empêcher un témoignage ou la présentation d'éléments de preuve dans une procédure en rapport avec la commission d'infractions visées par la présente convention;]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx)
    return lx.criminalized(ctx, {
      { "obstruction_witness_force_threats", allowed = ALLOWED,
        en = "the use of physical force, threats or intimidation to induce false testimony or to interfere with testimony or the production of evidence",
        fr = "le recours à la force physique, à des menaces ou à l'intimidation pour obtenir un faux témoignage ou empêcher un témoignage ou la présentation d'éléments de preuve" },
      { "obstruction_witness_undue_advantage", allowed = ALLOWED, advantage = true,
        en = "the promise, offering or giving of an undue advantage to induce false testimony or to interfere with testimony or the production of evidence",
        fr = "le fait de promettre, d'offrir ou d'accorder un avantage indu pour obtenir un faux témoignage ou empêcher un témoignage ou la présentation d'éléments de preuve" },
    })
  end,
}

obligation {
  ref = "untoc:23.b",
  level = "mandatory",
  title = { en = "Obstruction of justice: interference with justice and law-enforcement officials",
            fr = "Entrave à la justice : atteintes aux agents de la justice et des services de détection et de répression" },
  category = "criminalization",
  cluster = 1,
  text = {
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences, when committed intentionally: (b) the use of physical force, threats or intimidation to interfere with the exercise of official duties by a justice or law enforcement official in relation to the commission of offences covered by this Convention.]],
    fr = [[Chaque État partie adopte les mesures législatives et autres qui sont nécessaires pour conférer le caractère d'infraction pénale, lorsque les actes ont été commis intentionnellement: b) au fait de recourir à la force physique, à des menaces ou à l'intimidation pour empêcher un agent de la justice ou un agent des services de détection et de répression d'exercer les devoirs de leur charge lors de la commission d'infractions visées par la présente convention.]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx)
    return lx.criminalized(ctx, {
      { "obstruction_official_force_threats", allowed = ALLOWED,
        en = "the use of physical force, threats or intimidation to interfere with the official duties of a justice or law-enforcement official",
        fr = "le recours à la force physique, à des menaces ou à l'intimidation pour empêcher un agent de la justice ou des services de détection et de répression d'exercer ses fonctions" },
    })
  end,
}
