-- Cybercrime Convention article 52 -- Return and disposal of confiscated
-- proceeds of crime or property (Restitution et disposition du produit du
-- crime ou des biens confisqués)
--
-- The twin of UNTOC art. 14: 52(1)-(3) = UNTOC 14(1)-(3); 52(4) has no UNTOC
-- twin.  The same national facts serve both (confiscation_cooperation.*).
--
--   52(1) mandatory ("en dispose conformément à son droit interne"): twin
--         untoc:14.1.  Here the property is that confiscated under art. 31
--         or art. 50 of this Convention.
--   52(2) mandatory ("ils doivent ... envisager à titre prioritaire de
--         restituer"): a duty to give PRIORITY consideration, not a "shall
--         consider" (the "doivent" settles it, as in UNTOC 14(2)); "dans la
--         mesure où leur droit interne le leur permet" is an escape
--         (principles, cybercrime:52.2).  Here restitution is to the
--         requesting State "afin que ce dernier puisse indemniser les victimes
--         ... ou restituer ... aux personnes qui en avaient antérieurement la
--         propriété légitime": the same fact as untoc:14.2.
--   52(3) optional ("il peut ... envisager spécialement"): (a) contributions
--         to the account designated under art. 56(2)(c) of THIS Convention and
--         to intergovernmental bodies fighting cybercrime (not UNTOC's
--         account: a fact of its own); (b) sharing with other States (the same
--         fact as untoc:14.3.b).
--   52(4) optional ("peut déduire"), "s'il y a lieu" an escape: deduction of
--         reasonable expenses.  Informational only.
--
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

obligation {
  ref = "cybercrime:52.1",
  twin = "untoc:14.1",
  level = "mandatory",
  title = { en = "Disposal of confiscated proceeds and property under domestic law",
            fr = "Disposition du produit et des biens confisqués conformément au droit interne" },
  category = "confiscation",
  cluster = 5,
  text = {
    fr = [[Un État partie qui confisque le produit du crime ou des biens en application de l'article 31 ou 50 de la présente Convention en dispose conformément à son droit interne et à ses procédures administratives.]],
    en = [[A State Party that confiscates proceeds of crime or property pursuant to article 31 or 50 of this Convention shall dispose of them in accordance with its domestic law and administrative procedures.]],
  },
  facts = { "confiscation_cooperation.disposal" },
  note = "Twin of untoc:14.1 (same fact): rules covering only domestic or only foreign-request confiscation are 'partly'.",
  check = function(ctx)
    return lx.measure_finding(ctx, "confiscation_cooperation.disposal", {
      what = { en = "rules of domestic law and administrative procedures governing the disposal of proceeds and property confiscated in domestic proceedings and on foreign requests",
               fr = "des règles de droit interne et des procédures administratives régissant la disposition du produit et des biens confisqués dans les procédures nationales et sur demande étrangère" } })
  end,
}

obligation {
  ref = "cybercrime:52.2",
  twin = "untoc:14.2",
  level = "mandatory",
  title = { en = "Priority consideration to returning confiscated property to the requesting State",
            fr = "Examen prioritaire de la restitution des biens confisqués à l'État requérant" },
  category = "confiscation",
  cluster = 5,
  text = {
    fr = [[Lorsque les États parties agissent à la demande d'un autre État partie en application de l'article 50 de la présente Convention, ils doivent, dans la mesure où leur droit interne le leur permet et si la demande leur en est faite, envisager à titre prioritaire de restituer le produit du crime ou les biens confisqués à l'État partie requérant, afin que ce dernier puisse indemniser les victimes de l'infraction ou restituer ce produit du crime ou ces biens aux personnes qui en avaient antérieurement la propriété légitime.]],
    en = [[When acting on the request made by another State Party in accordance with article 50 of this Convention, States Parties shall, to the extent permitted by domestic law and if so requested, give priority consideration to returning the confiscated proceeds of crime or property to the requesting State Party so that it can give compensation to the victims of the crime or return such proceeds of crime or property to their prior legitimate owners.]],
  },
  facts = { "confiscation_cooperation.return_to_requesting_state" },
  note = "Twin of untoc:14.2 (same fact). The qualifier 'dans la mesure où leur droit interne le leur permet' is an escape recorded under principles for cybercrime:52.2.",
  check = function(ctx)
    local r = lx.measure_finding(ctx, "confiscation_cooperation.return_to_requesting_state", {
      what = { en = "priority consideration, when requested, to returning proceeds or property confiscated on a foreign request to the requesting State, for the compensation of victims or the return to prior legitimate owners",
               fr = "l'examen prioritaire, lorsqu'elle est demandée, de la restitution à l'État requérant du produit ou des biens confisqués sur sa demande, pour l'indemnisation des victimes ou la restitution aux anciens propriétaires légitimes" } })
    return lx.principle_escape(ctx, r, "cybercrime:52.2",
      { en = "\"to the extent permitted by domestic law\"", fr = "« dans la mesure où leur droit interne le leur permet »" },
      { id = "domestic-law-limit", en = "to the extent permitted by domestic law (art. 52(2))",
        fr = "dans la mesure où le droit interne le permet (art. 52, par. 2)" })
  end,
}

obligation {
  ref = "cybercrime:52.3.a",
  twin = "untoc:14.3.a",
  level = "optional",
  title = { en = "Agreements on contributing confiscated proceeds to the Convention's account and to bodies fighting cybercrime",
            fr = "Accords sur le versement du produit confisqué au compte de la Convention et à des organismes de lutte contre la cybercriminalité" },
  category = "confiscation",
  cluster = 5,
  text = {
    fr = [[Lorsqu'un État partie agit à la demande d'un autre État partie en application des articles 31 et 50 de la présente Convention, il peut, après avoir dûment pris en considération l'indemnisation des victimes, envisager spécialement de conclure des accords ou arrangements prévoyant : a) De verser la valeur de ce produit ou de ces biens, ou les fonds provenant de leur vente, ou une partie de ceux-ci, au compte désigné en application de l'alinéa c) du paragraphe 2 de l'article 56 de la présente Convention et à des organismes intergouvernementaux spécialisés dans la lutte contre la cybercriminalité ;]],
    en = [[When acting on the request made by another State Party in accordance with articles 31 and 50 of this Convention, a State Party may, after due consideration has been given to compensation of victims, give special consideration to concluding agreements or arrangements on: (a) Contributing the value of such proceeds of crime or property or funds derived from the sale of such proceeds of crime or property, or a part thereof, to the account designated in accordance with article 56, paragraph 2 (c), of this Convention and to intergovernmental bodies specializing in the fight against cybercrime;]],
  },
  facts = { "confiscation_cooperation.cybercrime_account_contributions" },
  note = "Optional. Not the twin of untoc:14.3.a: the account and the bodies are this Convention's.",
  check = function(ctx)
    return lx.measure_finding(ctx, "confiscation_cooperation.cybercrime_account_contributions", {
      what = { en = "contributions of confiscated proceeds, or of their value, to the account designated under art. 56(2)(c) and to intergovernmental bodies fighting cybercrime, under agreements or arrangements",
               fr = "le versement du produit confisqué, ou de sa valeur, au compte désigné en application de l'art. 56, par. 2 c), et à des organismes intergouvernementaux de lutte contre la cybercriminalité, en vertu d'accords ou arrangements" } })
  end,
}

obligation {
  ref = "cybercrime:52.3.b",
  twin = "untoc:14.3.b",
  level = "optional",
  title = { en = "Sharing confiscated proceeds or property with other States",
            fr = "Partage du produit ou des biens confisqués avec d'autres États" },
  category = "confiscation",
  cluster = 5,
  text = {
    fr = [[Lorsqu'un État partie agit à la demande d'un autre État partie en application des articles 31 et 50 de la présente Convention, il peut, après avoir dûment pris en considération l'indemnisation des victimes, envisager spécialement de conclure des accords ou arrangements prévoyant : b) De partager avec d'autres États parties, systématiquement ou au cas par cas, ce produit ou ces biens, ou les fonds provenant de leur vente, conformément à son droit interne ou à ses procédures administratives.]],
    en = [[When acting on the request made by another State Party in accordance with articles 31 and 50 of this Convention, a State Party may, after due consideration has been given to compensation of victims, give special consideration to concluding agreements or arrangements on: (b) Sharing with other States Parties, on a regular or case-by-case basis, such proceeds of crime or property, or funds derived from the sale of such proceeds of crime or property, in accordance with its domestic law or administrative procedures.]],
  },
  facts = { "confiscation_cooperation.sharing_agreements" },
  note = "Twin of untoc:14.3.b (same fact). Optional.",
  check = function(ctx)
    return lx.measure_finding(ctx, "confiscation_cooperation.sharing_agreements", {
      what = { en = "the sharing of confiscated proceeds or property, or of the funds from their sale, with other States, on a regular or case-by-case basis",
               fr = "le partage avec d'autres États, systématiquement ou au cas par cas, du produit ou des biens confisqués, ou des fonds provenant de leur vente" } })
  end,
}

obligation {
  ref = "cybercrime:52.4",
  level = "optional",
  title = { en = "Deduction of reasonable expenses before return or disposal",
            fr = "Déduction des dépenses raisonnables avant restitution ou disposition" },
  category = "confiscation",
  cluster = 5,
  text = {
    fr = [[S'il y a lieu, et sauf si les États parties en décident autrement, l'État partie requis peut déduire des dépenses raisonnables encourues pour les enquêtes, poursuites ou procédures judiciaires ayant abouti à la restitution ou à la disposition des biens confisqués en application du présent article.]],
    en = [[Where appropriate, unless States Parties decide otherwise, the requested State Party may deduct reasonable expenses incurred in investigations, prosecutions or judicial proceedings leading to the return or disposition of confiscated property pursuant to this article.]],
  },
  facts = { "confiscation_cooperation.expenses_deduction" },
  note = "A permission: informational only. No UNTOC twin.",
  check = function(ctx)
    return lx.measure_finding(ctx, "confiscation_cooperation.expenses_deduction", {
      what = { en = "the deduction of reasonable investigation and proceedings expenses before returning or disposing of property confiscated on a foreign request",
               fr = "la déduction des dépenses raisonnables d'enquête et de procédure avant la restitution ou la disposition des biens confisqués sur demande étrangère" } })
  end,
}
