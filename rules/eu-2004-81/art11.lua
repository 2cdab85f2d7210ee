-- Directive 2004/81/EC article 11 -- Work, vocational training and education
--
-- Paragraph 1, mandatory (« définissent les règles »): national law must set
-- the rules under which permit holders access the labour market, vocational
-- training and education: three elements, all required.  The directive
-- leaves the content of those rules to the State (paragraph 2: conditions
-- and procedures set by the competent authorities under national law), and
-- limits access to the duration of the permit (« Cet accès est limité à la
-- durée du titre de séjour »): a limit, not a further measure.

obligation {
  ref = "eu-2004-81:11.1",
  level = "mandatory",
  title = { en = "Rules on access to work, vocational training and education",
            fr = "Règles d'accès au travail, à la formation professionnelle et à l'enseignement" },
  category = "residence",
  text = {
    fr = [[Les États membres définissent les règles selon lesquelles le bénéficiaire du titre de séjour est autorisé à accéder au marché du travail, à la formation professionnelle et à l'enseignement.]],
  },
  facts = { "victim_residence.access_employment", "victim_residence.access_vocational_training", "victim_residence.access_education" },
  check = function(ctx)
    return lx.finding_of(ctx, lx.all_measures(ctx, {
      { path = "victim_residence.access_employment",
        what = { en = "rules on access of permit holders to the labour market", fr = "des règles d'accès des titulaires au marché du travail" } },
      { path = "victim_residence.access_vocational_training",
        what = { en = "rules on their access to vocational training", fr = "des règles d'accès à la formation professionnelle" } },
      { path = "victim_residence.access_education",
        what = { en = "rules on their access to education", fr = "des règles d'accès à l'enseignement" } },
    }))
  end,
}
