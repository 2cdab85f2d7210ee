-- UNTOC article 14 -- Disposal of confiscated proceeds of crime or property
--
-- Encoded:
--   14(1) mandatory ("shall be disposed of by that State Party in accordance
--         with its domestic law and administrative procedures" / "en
--         dispose conformément à son droit interne et à ses procédures
--         administratives").  It leaves the content of the rules to the
--         State but requires that domestic law and administrative procedures
--         govern the disposal of what is confiscated under art. 12 (domestic
--         proceedings) and under art. 13(1) (on a foreign request).  A
--         framework covering only one of the two is "partly".
--   14(2) mandatory ("shall ... give priority consideration to returning" /
--         "ils doivent ... envisager à titre prioritaire de restituer").  The
--         duty is to give return PRIORITY consideration when asked, not to
--         return in every case; it is a duty of the State, not a mere
--         "shall consider" (the French "doivent" confirms it), so a State
--         whose law offers no way to return confiscated property to the
--         requesting State, or gives return no priority, has a gap.  "If so
--         requested" and "when acting on the request made ... in accordance
--         with Article 13" describe when the duty is triggered in a case; they
--         are not conditions of applicability to the State.  "To the extent
--         permitted by domestic law" is a qualifier: it does not lower the
--         level but opens an escape, recorded under `principles` for
--         untoc:14.2 with its source; the finding then explains the limit
--         instead of reporting a gap.
--   14(3) optional ("may give special consideration to concluding agreements
--         or arrangements" / "peut envisager spécialement de conclure"): two
--         sub-paragraphs, (a) contributions to the account of art. 30(2)(c)
--         and to intergovernmental bodies, (b) sharing with other States.
--         "May give special consideration" is permissive: no duty even to
--         consider (as "may consider" in art. 12(7)); informational only.
--
-- Nothing in article 14 is left unencoded.

obligation {
  ref = "untoc:14.1",
  level = "mandatory",
  title = { en = "Disposal of confiscated proceeds and property under domestic law",
            fr = "Disposition du produit et des biens confisqués conformément au droit interne" },
  category = "confiscation",
  cluster = 4,
  text = {
    en = [[Proceeds of crime or property confiscated by a State Party pursuant to Articles 12 or 13(1), of this Convention shall be disposed of by that State Party in accordance with its domestic law and administrative procedures.]],
    fr = [[Un État partie qui confisque le produit du crime ou des biens en application de l'article 12 ou de l'article 13, paragraphe 1, de la présente convention en dispose conformément à son droit interne et à ses procédures administratives.]],
  },
  facts = { "confiscation_cooperation.disposal" },
  check = function(ctx)
    return lx.measure_finding(ctx, "confiscation_cooperation.disposal", {
      what = { en = "rules of domestic law and administrative procedures governing the disposal of proceeds and property confiscated in domestic proceedings and on foreign requests",
               fr = "des règles de droit interne et des procédures administratives régissant la disposition du produit et des biens confisqués dans les procédures nationales et sur demande étrangère" } })
  end,
}

obligation {
  ref = "untoc:14.2",
  level = "mandatory",
  title = { en = "Priority consideration to returning confiscated property to the requesting State",
            fr = "Examen prioritaire de la restitution des biens confisqués à l'État requérant" },
  category = "confiscation",
  cluster = 4,
  text = {
    en = [[When acting on the request made by another State Party in accordance with Article 13 of this Convention, States Parties shall, to the extent permitted by domestic law and if so requested, give priority consideration to returning the confiscated proceeds of crime or property to the requesting State Party so that it can give compensation to the victims of the crime or return such proceeds of crime or property to their legitimate owners.]],
    fr = [[Lorsque les États parties agissent à la demande d'un autre État partie en application de l'article 13 de la présente convention, ils doivent, dans la mesure où leur droit interne le leur permet et si la demande leur en est faite, envisager à titre prioritaire de restituer le produit du crime ou les biens confisqués à l'État partie requérant, afin que ce dernier puisse indemniser les victimes de l'infraction ou restituer ce produit du crime ou ces biens à leurs propriétaires légitimes.]],
  },
  facts = { "confiscation_cooperation.return_to_requesting_state" },
  note = "Met when national law allows confiscated proceeds or property to be returned to the requesting State and return is given priority consideration when requested. The qualifier 'to the extent permitted by domestic law' is an escape recorded under principles for untoc:14.2.",
  check = function(ctx)
    local r = lx.measure_finding(ctx, "confiscation_cooperation.return_to_requesting_state", {
      what = { en = "priority consideration, when requested, to returning proceeds or property confiscated on a foreign request to the requesting State, for the compensation of victims or the return to legitimate owners",
               fr = "l'examen prioritaire, lorsqu'elle est demandée, de la restitution à l'État requérant du produit ou des biens confisqués sur sa demande, pour l'indemnisation des victimes ou la restitution aux propriétaires légitimes" } })
    if r.status == "partly_met" or r.status == "not_met" then
      local p = ctx:principle("untoc:14.2")
      if p then
        local why = lx.t({ en = " The State records the limit its domestic law sets: {st}{s}. Paragraph 2 applies only \"to the extent permitted by domestic law\", so the shortcoming is explained rather than reported as a gap; reviewers should verify the limit and whether it could be relaxed.",
                           fr = " L'État indique la limite que fixe son droit interne : {st}{s}. Le paragraphe 2 ne s'applique que « dans la mesure où leur droit interne le leur permet » : la lacune est expliquée et non signalée comme un manquement ; les évaluateurs vérifieront cette limite et si elle pourrait être assouplie." },
                         { st = p.statement, s = p.source and (" (" .. p.source .. ")") or "" })
        return ctx:met({ en = r.explanation.en .. why.en, fr = r.explanation.fr .. why.fr },
          { id = "domestic-law-limit", en = "to the extent permitted by domestic law (art. 14(2))",
            fr = "dans la mesure où le droit interne le permet (art. 14, par. 2)" })
      end
    end
    return r
  end,
}

obligation {
  ref = "untoc:14.3.a",
  level = "optional",
  title = { en = "Agreements on contributing confiscated proceeds to the UNTOC account and to intergovernmental bodies",
            fr = "Accords sur le versement du produit confisqué au compte de la Convention et à des organismes intergouvernementaux" },
  category = "confiscation",
  cluster = 4,
  text = {
    en = [[When acting on the request made by another State Party in accordance with Articles 12 and 13 of this Convention, a State Party may give special consideration to concluding agreements or arrangements on: (a) contributing the value of such proceeds of crime or property or funds derived from the sale of such proceeds of crime or property or a part thereof to the account designated in accordance with Article 30(2)(c), of this Convention and to intergovernmental bodies specialising in the fight against organised crime;]],
    fr = [[Lorsqu'un État partie agit à la demande d'un autre État partie en application des articles 12 et 13 de la présente convention, il peut envisager spécialement de conclure des accords ou arrangements prévoyant: a) de verser la valeur de ce produit ou de ces biens, ou les fonds provenant de leur vente, ou une partie de ceux-ci, au compte établi en application de l'article 30, paragraphe 2, point c), de la présente convention et à des organismes intergouvernementaux spécialisés dans la lutte contre la criminalité organisée;]],
  },
  facts = { "confiscation_cooperation.contribution_agreements" },
  check = function(ctx)
    return lx.measure_finding(ctx, "confiscation_cooperation.contribution_agreements", {
      what = { en = "contributions of confiscated proceeds, or of their value, to the account designated under art. 30(2)(c) and to intergovernmental bodies fighting organized crime, under agreements or arrangements",
               fr = "le versement du produit confisqué, ou de sa valeur, au compte désigné en application de l'art. 30, par. 2 c), et à des organismes intergouvernementaux de lutte contre la criminalité organisée, en vertu d'accords ou arrangements" } })
  end,
}

obligation {
  ref = "untoc:14.3.b",
  level = "optional",
  title = { en = "Sharing confiscated proceeds or property with other States",
            fr = "Partage du produit ou des biens confisqués avec d'autres États" },
  category = "confiscation",
  cluster = 4,
  text = {
    en = [[When acting on the request made by another State Party in accordance with Articles 12 and 13 of this Convention, a State Party may give special consideration to concluding agreements or arrangements on: (b) sharing with other States Parties, on a regular or case-by-case basis, such proceeds of crime or property, or funds derived from the sale of such proceeds of crime or property, in accordance with its domestic law or administrative procedures.]],
    fr = [[Lorsqu'un État partie agit à la demande d'un autre État partie en application des articles 12 et 13 de la présente convention, il peut envisager spécialement de conclure des accords ou arrangements prévoyant: b) de partager avec d'autres États parties, systématiquement ou au cas par cas, ce produit ou ces biens, ou les fonds provenant de leur vente, conformément à son droit interne ou à ses procédures administratives.]],
  },
  facts = { "confiscation_cooperation.sharing_agreements" },
  check = function(ctx)
    return lx.measure_finding(ctx, "confiscation_cooperation.sharing_agreements", {
      what = { en = "the sharing of confiscated proceeds or property, or of the funds from their sale, with other States, on a regular or case-by-case basis",
               fr = "le partage avec d'autres États, systématiquement ou au cas par cas, du produit ou des biens confisqués, ou des fonds provenant de leur vente" } })
  end,
}
