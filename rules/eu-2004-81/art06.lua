-- Directive 2004/81/EC article 6 -- Reflection period
--
-- Paragraph 1, mandatory (« garantissent »): a reflection period allowing the
-- persons concerned to recover and escape the influence of the perpetrators,
-- so that they can decide, informed, whether to cooperate.  The second
-- subparagraph leaves its length and starting point to national law: the
-- directive sets no minimum, so any period the law guarantees meets it; the
-- finding states the length the profile gives, for the reviewer.
--
-- Paragraph 2, mandatory (« ont accès », « aucune mesure d'éloignement ne peut
-- être exécutée »): during the period, access to the treatment of art. 7 and
-- no enforcement of an expulsion order.  Both are elements of one measure.
--
-- Paragraph 3: the period gives no right of residence under the directive; a
-- limit, not a measure (levels.lua: none).
--
-- Paragraph 4, an option (« peut mettre fin »): ending the period early for
-- renewed contact with the perpetrators, or for public policy and domestic
-- security.

obligation {
  ref = "eu-2004-81:6.1",
  level = "mandatory",
  title = { en = "Reflection period guaranteed", fr = "Délai de réflexion garanti" },
  category = "residence",
  text = {
    fr = [[Les États membres garantissent que les ressortissants de pays tiers concernés bénéficient d'un délai de réflexion leur permettant de se rétablir et de se soustraire à l'influence des auteurs des infractions, de sorte qu'ils puissent décider en connaissance de cause de coopérer ou non avec les autorités compétentes.

La durée et le point de départ du délai visé au premier alinéa sont déterminés conformément au droit national.]],
  },
  facts = { "victim_residence.reflection_period" },
  check = function(ctx)
    local r = lx.measure_finding(ctx, "victim_residence.reflection_period", {
      what = { en = "a reflection period for the persons concerned to recover and decide whether to cooperate",
               fr = "un délai de réflexion permettant aux personnes concernées de se rétablir et de décider de coopérer ou non" } })
    local m = ctx:fact("victim_residence.reflection_period")
    if r.status == "met" and m and m.days then
      return ctx:met(lx.t({ en = "{e} The period lasts {d} days; the directive leaves its length and starting point to national law.",
                            fr = "{e} Le délai est de {d} jours ; la directive laisse sa durée et son point de départ au droit national." },
                          { e = r.explanation, d = tostring(m.days) }))
    end
    return r
  end,
}

obligation {
  ref = "eu-2004-81:6.2",
  level = "mandatory",
  title = { en = "During the reflection period: treatment of art. 7, no expulsion enforced",
            fr = "Pendant le délai de réflexion : traitement de l'art. 7, aucun éloignement exécuté" },
  category = "residence",
  text = {
    fr = [[Pendant le délai de réflexion, et en attendant que les autorités compétentes se soient prononcées, les ressortissants de pays tiers concernés ont accès au traitement prévu à l'article 7 et aucune mesure d'éloignement ne peut être exécutée à leur égard.]],
  },
  facts = { "victim_residence.reflection_protection" },
  check = function(ctx)
    return lx.measure_finding(ctx, "victim_residence.reflection_protection", {
      what = { en = "access to the treatment of art. 7 and protection from the enforcement of any expulsion order during the reflection period",
               fr = "l'accès au traitement de l'art. 7 et l'absence d'exécution de toute mesure d'éloignement pendant le délai de réflexion" } })
  end,
}

obligation {
  ref = "eu-2004-81:6.4",
  level = "optional",
  title = { en = "Option: ending the reflection period early", fr = "Faculté : mettre fin au délai de réflexion" },
  category = "residence",
  text = {
    fr = [[L'État membre peut mettre fin à tout moment au délai de réflexion si les autorités compétentes ont établi que la personne concernée a activement, volontairement et de sa propre initiative renoué un lien avec les auteurs des infractions visées à l'article 2, points b) et c), ou pour des raisons liées à l'ordre public et à la protection de la sécurité intérieure.]],
  },
  facts = { "victim_residence.reflection_termination" },
  check = function(ctx)
    return lx.measure_finding(ctx, "victim_residence.reflection_termination", {
      what = { en = "the termination of the reflection period for renewed contact with the perpetrators or for reasons of public policy and domestic security",
               fr = "la fin du délai de réflexion en cas de lien renoué avec les auteurs ou pour des raisons d'ordre public et de sécurité intérieure" } })
  end,
}
