-- Directive 2004/81/EC article 12 -- Programmes or schemes for the
-- third-country nationals concerned
--
-- Paragraph 1, first subparagraph: the persons concerned « ont le droit
-- d'accéder » to existing programmes or schemes aimed at their recovery of a
-- normal social life.  A right conferred on them binds the State to grant
-- access: mandatory (levels.lua says so; the French cue words see none).
-- The duty is access to programmes that exist; the directive does not
-- oblige the State to create them.
-- Paragraph 1, second subparagraph: an option (« peuvent prévoir ») to set
-- up programmes specifically for them.
-- Paragraph 2: an option (« il peut lier ») to make the permit's issue or
-- renewal conditional on participating.

obligation {
  ref = "eu-2004-81:12.1",
  level = "mandatory",
  title = { en = "Access to existing programmes or schemes", fr = "Accès aux programmes ou projets existants" },
  category = "residence",
  text = {
    fr = [[Les ressortissants de pays tiers concernés ont le droit d'accéder aux programmes et projets existants prévus par les États membres ou par des organisations non gouvernementales ou des associations ayant passé des accords spécifiques avec les États membres, dont l'objectif est leur retour à une vie sociale normale, y compris, le cas échéant, des cours conçus pour améliorer leurs compétences professionnelles ou la préparation de leur retour assisté dans leur pays d'origine.]],
  },
  facts = { "victim_residence.programmes_access" },
  check = function(ctx)
    return lx.measure_finding(ctx, "victim_residence.programmes_access", {
      what = { en = "access of the persons concerned to existing programmes or schemes aimed at their recovery of a normal social life",
               fr = "l'accès des personnes concernées aux programmes et projets existants visant leur retour à une vie sociale normale" } })
  end,
}

obligation {
  ref = "eu-2004-81:12.1",
  clause = "specific",
  level = "optional",
  title = { en = "Option: programmes specifically for the persons concerned",
            fr = "Faculté : programmes destinés spécifiquement aux personnes concernées" },
  category = "residence",
  text = {
    fr = [[Les États membres peuvent prévoir des programmes ou projets destinés spécifiquement aux ressortissants de pays tiers concernés.]],
  },
  facts = { "victim_residence.specific_programmes" },
  check = function(ctx)
    return lx.measure_finding(ctx, "victim_residence.specific_programmes", {
      what = { en = "programmes or schemes specifically for the persons concerned", fr = "des programmes ou projets destinés spécifiquement aux personnes concernées" } })
  end,
}

obligation {
  ref = "eu-2004-81:12.2",
  level = "optional",
  title = { en = "Option: permit conditional on participation in the programmes",
            fr = "Faculté : titre subordonné à la participation aux programmes" },
  category = "residence",
  text = {
    fr = [[Lorsqu'un État membre décide d'instaurer et de mettre en œuvre les programmes ou les projets visés au paragraphe 1, il peut lier la délivrance du titre de séjour ou son renouvellement à la participation auxdits programmes ou projets.]],
  },
  facts = { "victim_residence.permit_linked_to_programmes" },
  check = function(ctx)
    return lx.measure_finding(ctx, "victim_residence.permit_linked_to_programmes", {
      what = { en = "a permit whose issue or renewal is conditional on participation in the programmes or schemes",
               fr = "un titre dont la délivrance ou le renouvellement est subordonné à la participation aux programmes ou projets" } })
  end,
}
