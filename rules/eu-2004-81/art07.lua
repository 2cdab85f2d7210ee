-- Directive 2004/81/EC article 7 -- Treatment granted before the issue of
-- the residence permit
--
-- Paragraph 1, mandatory, two duties both required: (1) for those without
-- sufficient resources, standards of living capable of ensuring subsistence
-- and access to emergency medical treatment (« garantissent »); (2) attending
-- to the special needs of the most vulnerable (« subviennent »), including
-- psychological assistance "where appropriate and if provided for under
-- national law" -- a qualifier that makes psychological help depend on
-- national law, not a lower level.
-- Paragraph 2, mandatory (« tiennent dûment compte »): safety and protection
-- needs, « conformément au droit national ».  The measures that protect
-- victims in general (UNTOC art. 25(1): `protection.victim_protection`, an
-- assessment of a victim's protection needs, protection against
-- retaliation) are the measures the State takes them into account with: the
-- same national fact, read here, not entered twice.
-- Paragraph 3, mandatory « le cas échéant » (where appropriate): translation
-- and interpreting.  The qualifier is the State's judgement of need; having
-- no such service at all is a gap.
-- Paragraph 4, an option (« peuvent fournir »): free legal aid.

obligation {
  ref = "eu-2004-81:7.1",
  level = "mandatory",
  title = { en = "Subsistence, emergency medical treatment and the needs of the most vulnerable",
            fr = "Subsistance, soins médicaux d'urgence et besoins des plus vulnérables" },
  category = "residence",
  text = {
    fr = [[Les États membres garantissent aux ressortissants de pays tiers concernés qui ne disposent pas de ressources suffisantes des conditions de vie susceptibles d'assurer leur subsistance ainsi que l'accès aux soins médicaux d'urgence. Ils subviennent aux besoins particuliers des personnes les plus vulnérables, y compris, le cas échéant et si le droit national le prévoit, en leur fournissant une assistance psychologique.]],
  },
  facts = { "victim_residence.subsistence", "victim_residence.vulnerable_needs" },
  check = function(ctx)
    return lx.all_of(ctx, {
      { path = "victim_residence.subsistence",
        what = { en = "standards of living capable of ensuring subsistence and access to emergency medical treatment for those without sufficient resources",
                 fr = "des conditions de vie assurant la subsistance et l'accès aux soins médicaux d'urgence pour les personnes sans ressources suffisantes" } },
      { path = "victim_residence.vulnerable_needs",
        what = { en = "attention to the special needs of the most vulnerable, including psychological assistance where national law provides for it",
                 fr = "la prise en charge des besoins particuliers des plus vulnérables, y compris une assistance psychologique si le droit national la prévoit" } },
    })
  end,
}

obligation {
  ref = "eu-2004-81:7.2",
  level = "mandatory",
  title = { en = "Safety and protection needs taken into account", fr = "Besoins de sécurité et de protection pris en compte" },
  category = "protection",
  text = {
    fr = [[Lors de l'application de la présente directive, les États membres tiennent dûment compte des besoins en matière de sécurité et de protection des ressortissants de pays tiers concernés, conformément au droit national.]],
  },
  facts = { "protection.victim_protection" },
  check = function(ctx)
    return lx.measure_finding(ctx, "protection.victim_protection", {
      what = { en = "measures protecting victims that take account of their safety and protection needs",
               fr = "des mesures de protection des victimes tenant compte de leurs besoins de sécurité et de protection" } })
  end,
}

obligation {
  ref = "eu-2004-81:7.3",
  level = "mandatory",
  title = { en = "Translation and interpreting where appropriate", fr = "Assistance linguistique le cas échéant" },
  category = "residence",
  text = {
    fr = [[Le cas échéant, les États membres fournissent une assistance linguistique aux ressortissants de pays tiers concernés.]],
  },
  facts = { "victim_residence.translation" },
  check = function(ctx)
    return lx.measure_finding(ctx, "victim_residence.translation", {
      what = { en = "translation and interpreting services for the persons concerned where appropriate",
               fr = "une assistance linguistique aux personnes concernées le cas échéant" } })
  end,
}

obligation {
  ref = "eu-2004-81:7.4",
  level = "optional",
  title = { en = "Option: free legal aid", fr = "Faculté : assistance juridique gratuite" },
  category = "residence",
  text = {
    fr = [[Les États membres peuvent fournir une assistance juridique gratuite aux ressortissants de pays tiers concernés, dans les conditions fixées par le droit national, pour autant qu'une telle assistance y soit prévue.]],
  },
  facts = { "victim_residence.free_legal_aid" },
  check = function(ctx)
    return lx.measure_finding(ctx, "victim_residence.free_legal_aid", {
      what = { en = "free legal aid for the persons concerned", fr = "une assistance juridique gratuite aux personnes concernées" } })
  end,
}
