-- Directive 2004/80/EC, article 5 -- Assistance to the applicant.
--
-- The three paragraphs address the assisting authority in the present
-- indicative (« fournit », « ne procède à aucune appréciation »): duties the
-- State must lay on its authority, mandatory (levels.lua; paragraph 3 is a
-- prohibition).  The manual of art. 13(2) is the Commission's; the
-- authority's duty to give the information and forms stands on its own.
--
-- Facts: the row of the table of correspondence on this provision
-- (transposition["eu-2004-80"], rules/schema/eu-transposition.lua), read by
-- lx.transposition_finding: transposed completely (met), in part (partly
-- met, with what the row says is missing), not at all (not met); no row:
-- unknown.

obligation {
  ref = "eu-2004-80:5.1",
  level = "mandatory",
  title = { en = "Information and application forms given to the applicant",
            fr = "Informations et formulaires fournis au demandeur" },
  category = "compensation",
  text = {
    fr = [[L'autorité chargée de l'assistance fournit au demandeur les informations visées à l'article 4 ainsi que les formulaires de demande nécessaires, sur la base du manuel élaboré en application de l'article 13, paragraphe 2.]],
  },
  facts = { "transposition.eu-2004-80" },
  check = function(ctx)
    return lx.transposition_finding(ctx, "eu-2004-80:5.1", {
      what = { en = "the duty of the assisting authority to provide applicants with the information of article 4 and the application forms",
               fr = "l'obligation pour l'autorité chargée de l'assistance de fournir au demandeur les informations de l'article 4 et les formulaires de demande" } })
  end,
}

obligation {
  ref = "eu-2004-80:5.2",
  level = "mandatory",
  title = { en = "Guidance on filling in the application",
            fr = "Indications sur la manière de remplir la demande" },
  category = "compensation",
  text = {
    fr = [[L'autorité chargée de l'assistance fournit au demandeur, à sa demande, des indications et des informations générales sur la manière dont le formulaire de demande doit être rempli et sur les pièces justificatives susceptibles de lui être demandées.]],
  },
  facts = { "transposition.eu-2004-80" },
  check = function(ctx)
    return lx.transposition_finding(ctx, "eu-2004-80:5.2", {
      what = { en = "the duty of the assisting authority to give applicants, on request, general guidance on how to fill in the application and on the supporting documents",
               fr = "l'obligation pour l'autorité chargée de l'assistance de fournir au demandeur, à sa demande, des indications générales sur la manière de remplir le formulaire et sur les pièces justificatives" } })
  end,
}

obligation {
  ref = "eu-2004-80:5.3",
  level = "mandatory",
  title = { en = "No assessment of the application by the assisting authority",
            fr = "Aucune appréciation de la demande par l'autorité chargée de l'assistance" },
  category = "compensation",
  text = {
    fr = [[L'autorité chargée de l'assistance ne procède à aucune appréciation de la demande.]],
  },
  facts = { "transposition.eu-2004-80" },
  check = function(ctx)
    return lx.transposition_finding(ctx, "eu-2004-80:5.3", {
      what = { en = "the rule that the assisting authority makes no assessment of the application",
               fr = "la règle selon laquelle l'autorité chargée de l'assistance ne procède à aucune appréciation de la demande" } })
  end,
}
