-- Directive 2004/81/EC article 3 -- Scope
--
-- Paragraph 1 is mandatory (« Les États membres appliquent »): the scheme of
-- the directive (reflection period, permit, treatment) must reach
-- third-country nationals who are or have been victims of offences related
-- to trafficking in human beings, even if they entered illegally.
--
-- Paragraph 2 is an option (« peuvent appliquer »): extending the scheme to
-- persons who have been the subject of an action to facilitate illegal
-- immigration (smuggled persons).  Never a gap.
--
-- Paragraph 3: the first subparagraph sets the scope (adults, as national law
-- defines majority); the second is an option (« peuvent décider ») to apply
-- the directive to minors.  A State that takes it is then bound by art. 10
-- (rules/eu-2004-81/art10.lua reads the same fact).

obligation {
  ref = "eu-2004-81:3.1",
  level = "mandatory",
  title = { en = "The scheme covers victims of trafficking in human beings",
            fr = "Le régime couvre les victimes de la traite des êtres humains" },
  category = "residence",
  text = {
    fr = [[Les États membres appliquent la présente directive aux ressortissants de pays tiers qui sont, ou ont été, victimes d'infractions liées à la traite des êtres humains, même s'ils sont entrés clandestinement sur le territoire des États membres.]],
  },
  facts = { "victim_residence.trafficking_victims" },
  check = function(ctx)
    return lx.measure_finding(ctx, "victim_residence.trafficking_victims", {
      what = { en = "a reflection period and a residence permit for third-country nationals who are or have been victims of trafficking in human beings, including those who entered illegally",
               fr = "un délai de réflexion et un titre de séjour pour les ressortissants de pays tiers qui sont ou ont été victimes de la traite des êtres humains, y compris ceux entrés clandestinement" } })
  end,
}

obligation {
  ref = "eu-2004-81:3.2",
  level = "optional",
  title = { en = "Option: extending the scheme to persons subject of facilitated illegal immigration",
            fr = "Faculté : étendre le régime aux personnes ayant fait l'objet d'une aide à l'immigration clandestine" },
  category = "residence",
  text = {
    fr = [[Les États membres peuvent appliquer la présente directive aux ressortissants de pays tiers qui ont fait l'objet d'une aide à l'immigration clandestine.]],
  },
  facts = { "victim_residence.smuggled_persons" },
  check = function(ctx)
    return lx.measure_finding(ctx, "victim_residence.smuggled_persons", {
      what = { en = "the scheme for third-country nationals who have been the subject of an action to facilitate illegal immigration",
               fr = "le régime pour les ressortissants de pays tiers ayant fait l'objet d'une aide à l'immigration clandestine" } })
  end,
}

obligation {
  ref = "eu-2004-81:3.3",
  level = "optional",
  title = { en = "Option: applying the directive to minors",
            fr = "Faculté : appliquer la directive aux mineurs" },
  category = "residence",
  text = {
    fr = [[Par dérogation, les États membres peuvent décider d'appliquer la présente directive aux personnes mineures, conformément aux conditions prévues par leur droit national.]],
  },
  facts = { "victim_residence.minors" },
  note = "A State that takes this option is bound by art. 10 (minors).",
  check = function(ctx)
    local r = lx.measure_finding(ctx, "victim_residence.minors", {
      what = { en = "the scheme for minors, under the conditions of national law",
               fr = "le régime pour les personnes mineures, dans les conditions du droit national" } })
    -- What the choice means for art. 10, said in the finding itself.
    local consequence = ({
      met = { en = " Article 10 (minors) therefore binds the State.", fr = " L'article 10 (mineurs) lie donc l'État." },
      partly_met = { en = " Article 10 (minors) therefore binds the State.", fr = " L'article 10 (mineurs) lie donc l'État." },
      not_met = { en = " Article 10 (minors) therefore does not bind the State.", fr = " L'article 10 (mineurs) ne lie donc pas l'État." },
    })[r.status]
    if consequence then
      r.explanation = lx.t({ en = "{e}{c}", fr = "{e}{c}" }, { e = r.explanation, c = consequence })
    end
    return r
  end,
}
