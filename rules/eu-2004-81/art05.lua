-- Directive 2004/81/EC article 5 -- Information given to the third-country
-- nationals concerned
--
-- First subparagraph: mandatory.  Its subject is the competent authorities
-- (« elles informent »), a present indicative binding the State through its
-- authorities; the French cue words do not see it, so levels.lua says so.
--
-- Second subparagraph: an option (« peuvent décider ») to let a designated
-- non-governmental organisation or association give that information too.

obligation {
  ref = "eu-2004-81:5",
  level = "mandatory",
  title = { en = "Information of the persons concerned about the scheme",
            fr = "Information des personnes concernées sur le régime" },
  category = "residence",
  text = {
    fr = [[Lorsque les autorités compétentes d'un État membre estiment qu'un ressortissant d'un pays tiers peut relever du champ d'application de la présente directive, elles informent la personne concernée des possibilités offertes par celle-ci.]],
  },
  facts = { "victim_residence.information" },
  check = function(ctx)
    return lx.measure_finding(ctx, "victim_residence.information", {
      what = { en = "a duty of the competent authorities to inform a third-country national who may fall within the scheme of the possibilities it offers",
               fr = "l'obligation pour les autorités compétentes d'informer le ressortissant de pays tiers susceptible de relever du régime des possibilités qu'il offre" } })
  end,
}

obligation {
  ref = "eu-2004-81:5",
  clause = "ngos",
  level = "optional",
  title = { en = "Option: information also given by a designated NGO or association",
            fr = "Faculté : information fournie aussi par une ONG ou une association désignée" },
  category = "residence",
  text = {
    fr = [[Les États membres peuvent décider qu'une telle information peut aussi être fournie par une organisation non gouvernementale ou une association expressément désignées à cet effet par l'État membre concerné.]],
  },
  facts = { "victim_residence.information_by_ngos" },
  check = function(ctx)
    return lx.measure_finding(ctx, "victim_residence.information_by_ngos", {
      what = { en = "information given also by a non-governmental organisation or association specifically appointed by the State",
               fr = "une information fournie aussi par une organisation non gouvernementale ou une association expressément désignée par l'État" } })
  end,
}
