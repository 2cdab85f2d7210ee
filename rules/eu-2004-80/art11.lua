-- Directive 2004/80/EC, article 11 -- Other provisions.
--
-- Paragraph 1: the languages of the information exchanged under arts 6-10
-- (the official language(s) of the receiving State that are languages of the
-- institutions, or another institutional language it accepts; full decisions
-- and hearing records follow their own rules).  Paragraph 2: the assisting
-- authority's services are free of charge.  Paragraph 3: no legalisation or
-- equivalent formality.  All three bind the State's authorities: mandatory
-- (levels.lua).
--
-- Facts: the row of the table of correspondence on this provision
-- (transposition["eu-2004-80"], rules/schema/eu-transposition.lua), read by
-- lx.transposition_finding: transposed completely (met), in part (partly
-- met, with what the row says is missing), not at all (not met); no row:
-- unknown.

obligation {
  ref = "eu-2004-80:11.1",
  level = "mandatory",
  title = { en = "Languages of the information exchanged",
            fr = "Langues des informations échangées" },
  category = "compensation",
  text = {
    fr = [[Les informations que les autorités s'échangent au titre des articles 6 à 10 sont rédigées:
a) dans les langues officielles ou dans l'une des langues de l'État membre de l'autorité destinataire, qui correspond à une des langues des institutions de la Communauté, ou
b) dans une autre langue des institutions de la Communauté que l'État membre s'est dit disposé à accepter;
à l'exception i) du texte intégral des décisions adoptées par l'autorité de décision, dont le régime linguistique est fixé par le droit de l'État membre dont elle relève; ii) des procès-verbaux établis à l'issue d'une audition en application de l'article 9, paragraphe 1, point b), dont le régime linguistique est fixé par l'autorité chargée de l'assistance, sous réserve qu'il corresponde à une des langues des institutions de la Communauté.]],
  },
  covers = { "eu-2004-80:11.1.a", "eu-2004-80:11.1.b" },
  facts = { "transposition.eu-2004-80" },
  check = function(ctx)
    return lx.transposition_finding(ctx, "eu-2004-80:11.1", {
      what = { en = "the language rules for the information the authorities exchange under articles 6 to 10",
               fr = "le régime linguistique des informations que les autorités s'échangent au titre des articles 6 à 10" } })
  end,
}

obligation {
  ref = "eu-2004-80:11.2",
  level = "mandatory",
  title = { en = "No charge for the assisting authority's services",
            fr = "Gratuité des services de l'autorité chargée de l'assistance" },
  category = "compensation",
  text = {
    fr = [[Les services rendus par l'autorité chargée de l'assistance en application des articles 1er à 10 ne donnent lieu à aucune demande de remboursement de taxes ou de frais par le demandeur ou l'autorité de décision.]],
  },
  facts = { "transposition.eu-2004-80" },
  check = function(ctx)
    return lx.transposition_finding(ctx, "eu-2004-80:11.2", {
      what = { en = "the rule that the assisting authority's services give rise to no claim for fees or costs from the applicant or the deciding authority",
               fr = "la règle selon laquelle les services de l'autorité chargée de l'assistance ne donnent lieu à aucune demande de remboursement de taxes ou de frais" } })
  end,
}

obligation {
  ref = "eu-2004-80:11.3",
  level = "mandatory",
  title = { en = "No legalisation of forms and documents",
            fr = "Dispense de certification des formulaires et documents" },
  category = "compensation",
  text = {
    fr = [[Les formulaires de demande et autres documents transmis en application des articles 6 à 10 sont exemptés de certification ou de toute autre formalité équivalente.]],
  },
  facts = { "transposition.eu-2004-80" },
  check = function(ctx)
    return lx.transposition_finding(ctx, "eu-2004-80:11.3", {
      what = { en = "the exemption of application forms and other documents transmitted under articles 6 to 10 from legalisation or any equivalent formality",
               fr = "l'exemption de certification ou de toute formalité équivalente pour les formulaires et documents transmis en application des articles 6 à 10" } })
  end,
}
