-- Directive 2004/80/EC, article 3 -- Responsible authorities and
-- administrative procedures.
--
-- Paragraphs 1 and 2 are mandatory (« mettent en place ou désignent »): one
-- or more assisting authorities (for art. 1) and one or more deciding
-- authorities.  Paragraph 3 is a best-efforts duty (« s'efforcent de
-- limiter au maximum les formalités administratives »): not adopting a
-- measure is reported in its own terms, never as a gap.
--
-- Facts: the row of the table of correspondence on this provision
-- (transposition["eu-2004-80"], rules/schema/eu-transposition.lua), read by
-- lx.transposition_finding: transposed completely (met), in part (partly
-- met, with what the row says is missing), not at all (not met); no row:
-- unknown.

obligation {
  ref = "eu-2004-80:3.1",
  level = "mandatory",
  title = { en = "Assisting authorities",
            fr = "Autorités chargées de l'assistance" },
  category = "compensation",
  text = {
    fr = [[Les États membres mettent en place ou désignent une ou plusieurs autorités ou tout autre organisme, ci-après «les autorités chargées de l'assistance», compétents pour appliquer l'article 1er.]],
  },
  facts = { "transposition.eu-2004-80" },
  check = function(ctx)
    return lx.transposition_finding(ctx, "eu-2004-80:3.1", {
      what = { en = "the establishment or designation of one or more assisting authorities or bodies competent to apply article 1",
               fr = "la mise en place ou la désignation d'une ou plusieurs autorités chargées de l'assistance compétentes pour appliquer l'article 1er" } })
  end,
}

obligation {
  ref = "eu-2004-80:3.2",
  level = "mandatory",
  title = { en = "Deciding authorities",
            fr = "Autorités de décision" },
  category = "compensation",
  text = {
    fr = [[Les États membres mettent en place ou désignent une ou plusieurs autorités ou tout autre organisme, ci-après «les autorités de décision», compétents pour se prononcer sur les demandes d'indemnisation.]],
  },
  facts = { "transposition.eu-2004-80" },
  check = function(ctx)
    return lx.transposition_finding(ctx, "eu-2004-80:3.2", {
      what = { en = "the establishment or designation of one or more deciding authorities competent to decide on applications for compensation",
               fr = "la mise en place ou la désignation d'une ou plusieurs autorités de décision compétentes pour se prononcer sur les demandes d'indemnisation" } })
  end,
}

obligation {
  ref = "eu-2004-80:3.3",
  level = "endeavour",
  title = { en = "Administrative formalities kept to a minimum",
            fr = "Formalités administratives limitées au maximum" },
  category = "compensation",
  text = {
    fr = [[Les États membres s'efforcent de limiter au maximum les formalités administratives requises pour introduire une demande d'indemnisation.]],
  },
  facts = { "transposition.eu-2004-80" },
  check = function(ctx)
    return lx.transposition_finding(ctx, "eu-2004-80:3.3", {
      what = { en = "measures keeping to a minimum the administrative formalities required to apply for compensation",
               fr = "des mesures limitant au maximum les formalités administratives requises pour introduire une demande d'indemnisation" } })
  end,
}
