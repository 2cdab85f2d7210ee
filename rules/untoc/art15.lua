-- UNTOC article 15 -- Jurisdiction
--
-- Paragraph 1 obliges every State Party to establish territorial and flag
-- jurisdiction over the offences of arts 5, 6, 8 and 23.  Paragraph 2 lists
-- optional bases ("may").  Paragraph 3 is mandatory but conditional: it binds
-- only a State that does not extradite its nationals (it serves the aut dedere
-- aut judicare duty of art. 16(10)).  Paragraph 4 is optional.  Paragraph 5 is
-- addressed to the competent authorities ("shall, as appropriate, consult").
-- Paragraph 6 is a saving clause, not addressed to States as a duty.

obligation {
  ref = "untoc:15.1.a",
  level = "mandatory",
  title = { en = "Jurisdiction over offences committed in the territory",
            fr = "Compétence pour les infractions commises sur le territoire" },
  category = "jurisdiction",
  cluster = 1,
  text = {
    en = [[Each State Party shall adopt such measures as may be necessary to establish its jurisdiction over the offences established in accordance with Articles 5, 6, 8 and 23 of this Convention when: (a) The offence is committed in the territory of that State Party;]],
    fr = [[Chaque État partie adopte les mesures nécessaires pour établir sa compétence à l'égard des infractions établies conformément aux articles 5, 6, 8 et 23 de la présente convention dans les cas suivants: a) lorsque l'infraction est commise sur son territoire, ou]],
  },
  facts = { "jurisdiction.territory" },
  check = function(ctx)
    return lx.measure_finding(ctx, "jurisdiction.territory", {
      what = { en = "jurisdiction over offences committed in its territory",
               fr = "la compétence pour les infractions commises sur son territoire" } })
  end,
}

obligation {
  ref = "untoc:15.1.b",
  level = "mandatory",
  title = { en = "Jurisdiction over offences on board national vessels and aircraft",
            fr = "Compétence pour les infractions commises à bord des navires et aéronefs nationaux" },
  category = "jurisdiction",
  cluster = 1,
  text = {
    en = [[(b) The offence is committed on board a vessel that is flying the flag of that State Party or an aircraft that is registered under the laws of that State Party at the time that the offence is committed.]],
    fr = [[b) lorsque l'infraction est commise à bord d'un navire qui bat son pavillon ou à bord d'un aéronef immatriculé conformément à son droit interne au moment où ladite infraction est commise.]],
  },
  facts = { "jurisdiction.flag_vessels", "jurisdiction.registered_aircraft" },
  -- Both limbs are required: vessels and aircraft.  One without the other is
  -- a partial implementation.
  check = function(ctx)
    return lx.all_of(ctx, {
      { id = "vessels", label = { en = "Vessels", fr = "Navires" },
        check = function(c) return lx.measure_finding(c, "jurisdiction.flag_vessels", {
          what = { en = "jurisdiction over offences on board vessels flying its flag",
                   fr = "la compétence pour les infractions commises à bord des navires battant son pavillon" } }) end },
      { id = "aircraft", label = { en = "Aircraft", fr = "Aéronefs" },
        check = function(c) return lx.measure_finding(c, "jurisdiction.registered_aircraft", {
          what = { en = "jurisdiction over offences on board aircraft registered under its laws",
                   fr = "la compétence pour les infractions commises à bord des aéronefs immatriculés selon son droit" } }) end },
    })
  end,
}

obligation {
  ref = "untoc:15.2.a",
  level = "optional",
  title = { en = "Jurisdiction over offences against nationals (passive personality)",
            fr = "Compétence pour les infractions commises contre des ressortissants (personnalité passive)" },
  category = "jurisdiction",
  cluster = 1,
  text = {
    en = [[Subject to Article 4 of this Convention, a State Party may also establish its jurisdiction over any such offence when: (a) the offence is committed against a national of that State Party;]],
    fr = [[Sous réserve de l'article 4 de la présente convention, un État partie peut également établir sa compétence à l'égard de l'une quelconque de ces infractions dans les cas suivants: a) lorsque l'infraction est commise à l'encontre d'un de ses ressortissants;]],
  },
  facts = { "jurisdiction.passive_personality" },
  check = function(ctx)
    return lx.measure_finding(ctx, "jurisdiction.passive_personality", {
      what = { en = "jurisdiction over offences committed against its nationals",
               fr = "la compétence pour les infractions commises contre ses ressortissants" } })
  end,
}

obligation {
  ref = "untoc:15.2.b",
  level = "optional",
  title = { en = "Jurisdiction over offences by nationals and stateless residents (active personality)",
            fr = "Compétence pour les infractions commises par des ressortissants ou des apatrides résidents (personnalité active)" },
  category = "jurisdiction",
  cluster = 1,
  text = {
    en = [[(b) the offence is committed by a national of that State Party or a stateless person who has his or her habitual residence in its territory;]],
    fr = [[b) lorsque l'infraction est commise par un de ses ressortissants ou par une personne apatride résidant habituellement sur son territoire, ou]],
  },
  facts = { "jurisdiction.active_nationality", "jurisdiction.stateless_residents" },
  -- The paragraph offers two bases; the finding reports each.  Either one
  -- adopted is an option taken.
  check = function(ctx)
    return lx.any_of(ctx, {
      { id = "nationals", label = { en = "nationals", fr = "ressortissants" },
        check = function(c) return lx.measure_finding(c, "jurisdiction.active_nationality", {
          what = { en = "jurisdiction over offences committed abroad by its nationals",
                   fr = "la compétence pour les infractions commises à l'étranger par ses ressortissants" } }) end },
      { id = "stateless", label = { en = "stateless residents", fr = "apatrides résidents" },
        check = function(c) return lx.measure_finding(c, "jurisdiction.stateless_residents", {
          what = { en = "jurisdiction over offences committed abroad by stateless persons habitually resident in its territory",
                   fr = "la compétence pour les infractions commises à l'étranger par des apatrides résidant habituellement sur son territoire" } }) end },
    })
  end,
}

obligation {
  ref = "untoc:15.2.c.i",
  level = "optional",
  title = { en = "Jurisdiction over participation abroad aimed at a serious crime in the territory",
            fr = "Compétence pour la participation à l'étranger en vue d'une infraction grave sur le territoire" },
  category = "jurisdiction",
  cluster = 1,
  text = {
    en = [[(c) the offence is: (i) one of those established in accordance with Article 5(1), of this Convention and is committed outside its territory with a view to the commission of a serious crime within its territory;]],
    fr = [[c) lorsque l'infraction est: i) une de celles établies conformément à l'article 5, paragraphe 1, de la présente convention et est commise hors de son territoire en vue de la commission, sur son territoire, d'une infraction grave;]],
  },
  facts = { "jurisdiction.preparatory_participation_abroad" },
  check = function(ctx)
    return lx.measure_finding(ctx, "jurisdiction.preparatory_participation_abroad", {
      what = { en = "jurisdiction over participation in an organized criminal group abroad with a view to a serious crime in its territory",
               fr = "la compétence pour la participation à l'étranger à un groupe criminel organisé en vue d'une infraction grave sur son territoire" } })
  end,
}

obligation {
  ref = "untoc:15.2.c.ii",
  level = "optional",
  title = { en = "Jurisdiction over participation in laundering abroad aimed at laundering in the territory",
            fr = "Compétence pour la participation à un blanchiment à l'étranger en vue d'un blanchiment sur le territoire" },
  category = "jurisdiction",
  cluster = 1,
  text = {
    en = [[(ii) one of those established in accordance with Article 6(1)(b)(ii), of this Convention and is committed outside its territory with a view to the commission of an offence established in accordance with Article 6(1)(a)(i) or (ii) or (b) (i), of this Convention within its territory.]],
    fr = [[ii) une de celles établies conformément à l'article 6, paragraphe 1, point b) ii), de la présente convention et est commise hors de son territoire en vue de la commission, sur son territoire, d'une infraction établie conformément à l'article 6, paragraphe 1, points a) i) ou a) ii), ou b) i), de la présente convention.]],
  },
  facts = { "jurisdiction.preparatory_laundering_abroad" },
  check = function(ctx)
    return lx.measure_finding(ctx, "jurisdiction.preparatory_laundering_abroad", {
      what = { en = "jurisdiction over participation in laundering abroad with a view to laundering in its territory",
               fr = "la compétence pour la participation à l'étranger à un blanchiment en vue d'un blanchiment sur son territoire" } })
  end,
}

obligation {
  ref = "untoc:15.3",
  level = "mandatory",
  title = { en = "Jurisdiction where nationals are not extradited",
            fr = "Compétence lorsque les ressortissants ne sont pas extradés" },
  category = "jurisdiction",
  cluster = 1,
  text = {
    en = [[For the purposes of Article 16(10), of this Convention, each State Party shall adopt such measures as may be necessary to establish its jurisdiction over the offences covered by this Convention when the alleged offender is present in its territory and it does not extradite such person solely on the ground that he or she is one of its nationals.]],
    fr = [[Aux fins de l'article 16, paragraphe 10, de la présente convention, chaque État partie adopte les mesures nécessaires pour établir sa compétence à l'égard des infractions visées par la présente convention lorsque l'auteur présumé se trouve sur son territoire et qu'il n'extrade pas cette personne au seul motif qu'elle est l'un de ses ressortissants.]],
  },
  facts = { "extradition.nationals", "jurisdiction.non_extradited_nationals" },
  -- Condition: the State refuses (always or in some cases) to extradite its
  -- nationals.  A State that always extradites them is not bound; where the
  -- profile does not say, a shortfall is unknown, not a gap.
  check = function(ctx) return lx.non_extradited_nationals_jurisdiction(ctx, "3") end,
}

obligation {
  ref = "untoc:15.4",
  level = "optional",
  title = { en = "Jurisdiction over offenders present and not extradited",
            fr = "Compétence à l'égard des auteurs présents non extradés" },
  category = "jurisdiction",
  cluster = 1,
  text = {
    en = [[Each State Party may also adopt such measures as may be necessary to establish its jurisdiction over the offences covered by this Convention when the alleged offender is present in its territory and it does not extradite him or her.]],
    fr = [[Chaque État partie peut également adopter les mesures nécessaires pour établir sa compétence à l'égard des infractions visées par la présente convention lorsque l'auteur présumé se trouve sur son territoire et qu'il ne l'extrade pas.]],
  },
  facts = { "jurisdiction.non_extradited_others" },
  check = function(ctx)
    return lx.measure_finding(ctx, "jurisdiction.non_extradited_others", {
      what = { en = "jurisdiction over offenders present in its territory whom it does not extradite",
               fr = "la compétence à l'égard des auteurs présents sur son territoire qu'il n'extrade pas" } })
  end,
}

obligation {
  ref = "untoc:15.5",
  level = "mandatory",
  title = { en = "Consultation with States conducting proceedings for the same conduct",
            fr = "Concertation avec les États menant une procédure pour les mêmes faits" },
  category = "jurisdiction",
  cluster = 1,
  text = {
    en = [[If a State Party exercising its jurisdiction under paragraph 1 or 2 of this Article has been notified, or has otherwise learned, that one or more other States Parties are conducting an investigation, prosecution or judicial proceeding in respect of the same conduct, the competent authorities of those States Parties shall, as appropriate, consult one another with a view to coordinating their actions.]],
    fr = [[Si un État partie qui exerce sa compétence en vertu du paragraphe 1 ou 2 a été avisé, ou a appris de toute autre façon, qu'un ou plusieurs autres États parties mènent une enquête ou ont engagé des poursuites ou une procédure judiciaire concernant le même acte, les autorités compétentes de ces États parties se consultent, selon qu'il convient, pour coordonner leurs actions.]],
  },
  facts = { "jurisdiction.consultation" },
  check = function(ctx)
    return lx.measure_finding(ctx, "jurisdiction.consultation", {
      what = { en = "consultation between its competent authorities and those of other States conducting proceedings for the same conduct",
               fr = "la concertation de ses autorités compétentes avec celles des autres États menant une procédure pour les mêmes faits" } })
  end,
}
