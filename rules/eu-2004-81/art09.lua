-- Directive 2004/81/EC article 9 -- Treatment granted to the holders of a
-- residence permit
--
-- Paragraph 1, mandatory (« garantissent »): holders without sufficient
-- resources receive at least the treatment of art. 7.
-- Paragraph 2, mandatory (« fournissent »): the necessary medical or other
-- assistance to those without sufficient resources who have special needs
-- (pregnant women, the disabled, victims of sexual violence or other forms of
-- violence, and minors where the State applies the directive to minors under
-- art. 3(3)).

obligation {
  ref = "eu-2004-81:9.1",
  level = "mandatory",
  title = { en = "Permit holders: treatment at least equal to art. 7",
            fr = "Titulaires du titre : traitement au moins équivalent à l'art. 7" },
  category = "residence",
  text = {
    fr = [[Les États membres garantissent au bénéficiaire d'un titre de séjour qui ne dispose pas de ressources suffisantes un traitement au moins équivalent à celui qui est prévu à l'article 7.]],
  },
  facts = { "victim_residence.treatment_after" },
  check = function(ctx)
    return lx.measure_finding(ctx, "victim_residence.treatment_after", {
      what = { en = "treatment at least equivalent to that of art. 7 for permit holders without sufficient resources",
               fr = "un traitement au moins équivalent à celui de l'art. 7 pour les titulaires du titre sans ressources suffisantes" } })
  end,
}

obligation {
  ref = "eu-2004-81:9.2",
  level = "mandatory",
  title = { en = "Medical and other assistance for persons with special needs",
            fr = "Assistance médicale ou autre aux personnes ayant des besoins particuliers" },
  category = "residence",
  text = {
    fr = [[Les États membres fournissent l'assistance médicale nécessaire ou tout autre type d'assistance aux ressortissants de pays tiers concernés qui ne disposent pas de ressources suffisantes et qui ont des besoins particuliers, notamment les femmes enceintes, les personnes handicapées ou les victimes de violences sexuelles ou d'autres formes de violence, et, dans l'hypothèse où les États membres ont recours à la possibilité prévue à l'article 3, paragraphe 3, les mineurs.]],
  },
  facts = { "victim_residence.special_needs_assistance" },
  check = function(ctx)
    return lx.measure_finding(ctx, "victim_residence.special_needs_assistance", {
      what = { en = "the necessary medical or other assistance to those without sufficient resources who have special needs (pregnant women, the disabled, victims of sexual or other violence, and minors where the directive applies to them)",
               fr = "l'assistance médicale nécessaire ou toute autre assistance aux personnes sans ressources suffisantes ayant des besoins particuliers (femmes enceintes, personnes handicapées, victimes de violences sexuelles ou autres, et mineurs si la directive leur est appliquée)" } })
  end,
}
