-- Cybercrime Convention article 22 -- Jurisdiction (Compétence)
--
-- The twin of UNTOC art. 15, read from the SAME facts (`jurisdiction.*`,
-- `extradition.nationals`): the national rules on jurisdiction serve both
-- treaties.  Each rule's `note` names its UNTOC twin ("twin: untoc:15.1.a")
-- so that a report holding both treaties can set the two findings side by
-- side once the engine reads it (docs/cybercrime.md).  Levels:
--   22(1)(a) territory, 22(1)(b) flag vessels and registered aircraft:
--            mandatory ("adopte les mesures nécessaires"); both limbs of (b).
--   22(2)(a)-(d) optional ("peut également établir"), "sous réserve de
--            l'article 5" (sovereignty).  (c) is UNTOC 15(2)(c)(ii) (acts of
--            laundering abroad with a view to laundering in the territory);
--            UNTOC's 15(2)(c)(i) (organized criminal group) has no twin here.
--            (d) offences against the State itself has no UNTOC twin: a new
--            fact, `jurisdiction.against_state`.
--   22(3)    mandatory, conditional: binds a State that does not extradite
--            its nationals (for art. 37(11)), as UNTOC 15(3).
--   22(4)    optional ("peut également adopter").
--   22(5)    mandatory ("se consultent, selon qu'il convient"): consultation
--            where others investigate the same conduct.
--   22(6)    saving clause: no duty (levels.lua).

-- The declaration of an obligation met by one measure of `jurisdiction`
-- (lx.measure_finding on `path`, described by `what`); `twin` names the
-- UNTOC obligation read from the same fact.  Declared at the call site,
-- obligation(measure(...)), so that reports point to its own line.
local function measure(ref, title, level, path, what, text_fr, text_en, twin)
  return {
    ref = ref,
    level = level,
    title = title,
    category = "jurisdiction",
    cluster = 3,
    text = { fr = text_fr, en = text_en },
    facts = { path },
    note = twin and ("twin: " .. twin) or nil,
    check = function(ctx) return lx.measure_finding(ctx, path, { what = what }) end,
  }
end

obligation(measure("cybercrime:22.1.a", { en = "Jurisdiction over offences committed in the territory", fr = "Compétence pour les infractions commises sur le territoire" },
  "mandatory", "jurisdiction.territory",
  { en = "jurisdiction over the offences when committed in its territory", fr = "la compétence à l'égard des infractions commises sur son territoire" },
  [[Chaque État partie adopte les mesures nécessaires pour établir sa compétence à l'égard des infractions établies conformément à la présente Convention dans les cas suivants : a) Lorsque l'infraction est commise sur son territoire ; ou]],
  [[Each State Party shall adopt such measures as may be necessary to establish its jurisdiction over the offences established in accordance with this Convention when: (a) the offence is committed in the territory of that State Party; or]],
  "untoc:15.1.a"))

obligation {
  ref = "cybercrime:22.1.b",
  level = "mandatory",
  title = { en = "Jurisdiction on board flag vessels and registered aircraft", fr = "Compétence à bord des navires battant pavillon et des aéronefs immatriculés" },
  category = "jurisdiction",
  cluster = 3,
  text = {
    fr = [[Chaque État partie adopte les mesures nécessaires pour établir sa compétence à l'égard des infractions établies conformément à la présente Convention dans les cas suivants : b) Lorsque l'infraction est commise à bord d'un navire qui bat son pavillon ou à bord d'un aéronef immatriculé conformément à son droit interne au moment où ladite infraction est commise.]],
    en = [[Each State Party shall adopt such measures as may be necessary to establish its jurisdiction over the offences established in accordance with this Convention when: (b) the offence is committed on board a vessel that is flying the flag of that State Party or an aircraft that is registered under the laws of that State Party at the time that the offence is committed.]],
  },
  facts = { "jurisdiction.flag_vessels", "jurisdiction.registered_aircraft" },
  note = "twin: untoc:15.1.b",
  check = function(ctx)
    return lx.all_of(ctx, {
      { path = "jurisdiction.flag_vessels", label = { en = "Vessels", fr = "Navires" },
        what = { en = "jurisdiction over offences committed on board vessels flying its flag", fr = "la compétence pour les infractions commises à bord des navires battant son pavillon" } },
      { path = "jurisdiction.registered_aircraft", label = { en = "Aircraft", fr = "Aéronefs" },
        what = { en = "jurisdiction over offences committed on board aircraft registered under its laws", fr = "la compétence pour les infractions commises à bord des aéronefs immatriculés conformément à son droit" } },
    })
  end,
}

obligation(measure("cybercrime:22.2.a", { en = "Jurisdiction over offences against nationals (passive personality)", fr = "Compétence pour les infractions commises contre des ressortissants (personnalité passive)" },
  "optional", "jurisdiction.passive_personality",
  { en = "jurisdiction over offences committed against its nationals", fr = "la compétence à l'égard des infractions commises contre ses ressortissants" },
  [[Sous réserve de l'article 5 de la présente Convention, un État partie peut également établir sa compétence à l'égard de l'une quelconque de ces infractions dans les cas suivants : a) Lorsque l'infraction est commise à l'encontre d'une ou d'un de ses ressortissants ; ou]],
  [[Subject to article 5 of this Convention, a State Party may also establish its jurisdiction over any such offence when: (a) the offence is committed against a national of that State Party; or]],
  "untoc:15.2.a"))

obligation {
  ref = "cybercrime:22.2.b",
  level = "optional",
  title = { en = "Jurisdiction over offences by nationals or stateless residents (active personality)", fr = "Compétence pour les infractions commises par des ressortissants ou des apatrides résidents (personnalité active)" },
  category = "jurisdiction",
  cluster = 3,
  text = {
    fr = [[Sous réserve de l'article 5 de la présente Convention, un État partie peut également établir sa compétence à l'égard de l'une quelconque de ces infractions dans les cas suivants : b) Lorsque l'infraction est commise par une ou un de ses ressortissants ou par une personne apatride résidant habituellement sur son territoire ; ou]],
    en = [[Subject to article 5 of this Convention, a State Party may also establish its jurisdiction over any such offence when: (b) the offence is committed by a national of that State Party or a stateless person who has his or her habitual residence in its territory; or]],
  },
  facts = { "jurisdiction.active_nationality", "jurisdiction.stateless_residents" },
  note = "twin: untoc:15.2.b",
  -- Either ground is an option the State may take: any one is reported.
  check = function(ctx)
    return lx.any_of(ctx, {
      { id = "nationals", label = { en = "offences by nationals", fr = "infractions commises par des ressortissants" },
        check = function(c) return lx.measure_finding(c, "jurisdiction.active_nationality", { what = { en = "jurisdiction over offences committed by its nationals", fr = "la compétence à l'égard des infractions commises par ses ressortissants" } }) end },
      { id = "stateless", label = { en = "offences by stateless residents", fr = "infractions commises par des apatrides résidents" },
        check = function(c) return lx.measure_finding(c, "jurisdiction.stateless_residents", { what = { en = "jurisdiction over offences committed by stateless persons habitually resident in its territory", fr = "la compétence à l'égard des infractions commises par des apatrides résidant habituellement sur son territoire" } }) end },
    })
  end,
}

obligation(measure("cybercrime:22.2.c", { en = "Jurisdiction over participation in laundering abroad with a view to laundering in the territory", fr = "Compétence pour la participation, à l'étranger, à un blanchiment en vue d'un blanchiment sur le territoire" },
  "optional", "jurisdiction.preparatory_laundering_abroad",
  { en = "jurisdiction over participation in laundering committed abroad with a view to laundering in its territory", fr = "la compétence à l'égard de la participation au blanchiment commise à l'étranger en vue d'un blanchiment sur son territoire" },
  [[Sous réserve de l'article 5 de la présente Convention, un État partie peut également établir sa compétence à l'égard de l'une quelconque de ces infractions dans les cas suivants : c) Lorsque l'infraction est une de celles établies conformément à l'alinéa b) ii) du paragraphe 1 de l'article 17 de la présente Convention et est commise hors de son territoire en vue de la commission, sur son territoire, d'une infraction établie conformément aux alinéas a) i) ou ii) ou b) i) du paragraphe 1 de l'article 17 de la présente Convention ; ou]],
  [[Subject to article 5 of this Convention, a State Party may also establish its jurisdiction over any such offence when: (c) the offence is one of those established in accordance with article 17, paragraph 1 (b) (ii), of this Convention and is committed outside its territory with a view to the commission of an offence established in accordance with article 17, paragraph 1 (a) (i) or (ii) or (b) (i), of this Convention within its territory; or]],
  "untoc:15.2.c.ii"))

obligation(measure("cybercrime:22.2.d", { en = "Jurisdiction over offences committed against the State", fr = "Compétence pour les infractions commises contre l'État" },
  "optional", "jurisdiction.against_state",
  { en = "jurisdiction over the offences committed against the State itself", fr = "la compétence à l'égard des infractions commises contre l'État lui-même" },
  [[Sous réserve de l'article 5 de la présente Convention, un État partie peut également établir sa compétence à l'égard de l'une quelconque de ces infractions dans les cas suivants : d) Lorsque l'infraction est commise à son encontre.]],
  [[Subject to article 5 of this Convention, a State Party may also establish its jurisdiction over any such offence when: (d) the offence is committed against the State Party.]]))

obligation {
  ref = "cybercrime:22.3",
  level = "mandatory",
  title = { en = "Jurisdiction where nationals are not extradited", fr = "Compétence lorsque les ressortissants ne sont pas extradés" },
  category = "jurisdiction",
  cluster = 3,
  text = {
    fr = [[Aux fins du paragraphe 11 de l'article 37 de la présente Convention, chaque État partie prend les mesures nécessaires pour établir sa compétence à l'égard des infractions établies conformément à la présente Convention lorsque la personne présumée avoir commis une des infractions se trouve sur son territoire et qu'il ne l'extrade pas au seul motif qu'il s'agit d'une ou d'un de ses ressortissants.]],
    en = [[For the purposes of article 37, paragraph 11, of this Convention, each State Party shall take such measures as may be necessary to establish its jurisdiction over the offences established in accordance with this Convention when the alleged offender is present in its territory and it does not extradite such person solely on the ground that he or she is one of its nationals.]],
  },
  facts = { "extradition.nationals", "jurisdiction.non_extradited_nationals" },
  note = "twin: untoc:15.3",
  -- Binds only a State that declines to extradite its nationals (always or
  -- in some cases); the same condition as UNTOC 15(3), from the same fact
  -- (where the profile does not say, a shortfall is unknown, not a gap).
  check = function(ctx) return lx.non_extradited_nationals_jurisdiction(ctx, "3") end,
}

obligation(measure("cybercrime:22.4", { en = "Jurisdiction where an offender present is not extradited", fr = "Compétence lorsque l'auteur présent n'est pas extradé" },
  "optional", "jurisdiction.non_extradited_others",
  { en = "jurisdiction over offenders present in its territory whom it does not extradite", fr = "la compétence à l'égard des auteurs présents sur son territoire qu'il n'extrade pas" },
  [[Chaque État partie peut également adopter les mesures nécessaires pour établir sa compétence à l'égard des infractions établies conformément à la présente Convention lorsque la personne présumée avoir commis une de ces infractions se trouve sur son territoire et qu'il ne l'extrade pas.]],
  [[Each State Party may also take such measures as may be necessary to establish its jurisdiction over the offences established in accordance with this Convention when the alleged offender is present in its territory and it does not extradite him or her.]],
  "untoc:15.4"))

obligation(measure("cybercrime:22.5", { en = "Consultation with other States investigating the same conduct", fr = "Concertation avec les autres États qui enquêtent sur les mêmes faits" },
  "mandatory", "jurisdiction.consultation",
  { en = "consultation, as appropriate, of the competent authorities of other States Parties investigating or prosecuting the same conduct, to coordinate their actions",
    fr = "la concertation, selon qu'il convient, avec les autorités compétentes des autres États parties qui enquêtent ou poursuivent pour les mêmes faits, afin de coordonner leurs actions" },
  [[Si un État partie qui exerce sa compétence en vertu du paragraphe 1 ou 2 du présent article a été avisé, ou a appris de toute autre manière, que d'autres États parties mènent une enquête ou ont engagé des poursuites ou une procédure judiciaire concernant le même acte, les autorités compétentes de ces États parties se consultent, selon qu'il convient, pour coordonner leurs actions.]],
  [[If a State Party exercising its jurisdiction under paragraph 1 or 2 of this article has been notified, or has otherwise learned, that any other States Parties are conducting an investigation, prosecution or judicial proceeding in respect of the same conduct, the competent authorities of those States Parties shall, as appropriate, consult one another with a view to coordinating their actions.]],
  "untoc:15.5"))
