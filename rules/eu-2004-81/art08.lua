-- Directive 2004/81/EC article 8 -- Issue and renewal of the residence
-- permit
--
-- Paragraphs 1 and 2, mandatory, read together: after the reflection period
-- (or earlier) the State examines (a) whether prolonging the stay is
-- opportune for the investigation or the judicial proceedings, (b) whether
-- the person shows a clear intention to cooperate, and (c) whether he or she
-- has severed all links with the suspected perpetrators (« l'État membre
-- examine »); the permit requires those conditions (« la délivrance ... exige
-- le respect des conditions »), without prejudice to public policy.  The
-- decision to issue stays with the competent authorities (recital 13), so a
-- permit the authorities grant on examination meets the duty; a permit that
-- national law makes depend on further conditions is partly met (the
-- profile's `missing` says which).
--
-- Paragraph 3 holds two duties (clauses): the permit is valid for at least
-- six months (« est valable pendant une période minimale de six mois »,
-- computed from the profile's `months`), and it is renewed while the
-- conditions of paragraph 2 continue to be met (« Il est renouvelé »).

obligation {
  ref = "eu-2004-81:8.1",
  covers = { "eu-2004-81:8.2" },
  level = "mandatory",
  title = { en = "Examination of the criteria and issue of the residence permit",
            fr = "Examen des critères et délivrance du titre de séjour" },
  category = "residence",
  text = {
    fr = [[Après l'expiration du délai de réflexion, ou plus tôt si les autorités compétentes estiment que le ressortissant d'un pays tiers concerné a déjà satisfait au critère énoncé au point b), l'État membre examine: a) s'il est opportun de prolonger son séjour sur son territoire aux fins de l'enquête ou de la procédure judiciaire, et b) si l'intéressé manifeste une volonté claire de coopération, et c) s'il a rompu tout lien avec les auteurs présumés des faits susceptibles d'être considérés comme une des infractions visées à l'article 2, points b) et c).]],
  },
  facts = { "victim_residence.permit" },
  check = function(ctx)
    return lx.measure_finding(ctx, "victim_residence.permit", {
      what = { en = "the examination, after the reflection period, of the opportunity of the stay for the proceedings, the person's clear intention to cooperate and the severing of links with the perpetrators, and a residence permit issued when those conditions are met",
               fr = "l'examen, après le délai de réflexion, de l'opportunité du séjour pour la procédure, de la volonté claire de coopération et de la rupture des liens avec les auteurs, et la délivrance d'un titre de séjour lorsque ces conditions sont remplies" } })
  end,
}

local SIX_MONTHS = 6   -- art. 8(3): « une période minimale de six mois »

obligation {
  ref = "eu-2004-81:8.3",
  clause = "validity",
  level = "mandatory",
  title = { en = "Residence permit valid for at least six months",
            fr = "Titre de séjour valable au moins six mois" },
  category = "residence",
  text = {
    fr = [[Sans préjudice des dispositions sur le retrait visées à l'article 14, le titre de séjour est valable pendant une période minimale de six mois.]],
  },
  facts = { "victim_residence.permit_validity" },
  check = function(ctx)
    local path = "victim_residence.permit_validity"
    return lx.measure_details(ctx, path, {
      what = { en = "a residence permit valid for a minimum period", fr = "un titre de séjour valable pour une durée minimale" },
      details = function(m)
        local src = m.source and (" (" .. m.source .. ")") or ""
        if m.months == nil then
          ctx:ask(path, { en = "For how many months at least is the residence permit valid?",
                          fr = "Pour combien de mois au moins le titre de séjour est-il valable ?" })
          return { open = true }
        end
        local n = tostring(m.months)
        if m.months < SIX_MONTHS then
          return { missing = { lx.t({ en = "a validity of at least six months (art. 8(3)): the permit is valid for only {n} months{s}",
                                      fr = "une validité d'au moins six mois (art. 8, par. 3) : le titre n'est valable que {n} mois{s}" }, { n = n, s = src }) } }
        end
        return { met = lx.t({ en = "The residence permit is valid for at least {n} months{s}, not less than the six months art. 8(3) requires.",
                              fr = "Le titre de séjour est valable au moins {n} mois{s}, soit pas moins des six mois qu'exige l'art. 8, par. 3." }, { n = n, s = src }) }
      end,
    })
  end,
}

obligation {
  ref = "eu-2004-81:8.3",
  clause = "renewal",
  level = "mandatory",
  title = { en = "Residence permit renewed while the conditions are met",
            fr = "Titre de séjour renouvelé tant que les conditions sont remplies" },
  category = "residence",
  text = {
    fr = [[Il est renouvelé si les conditions énoncées au paragraphe 2 du présent article continuent d'être remplies.]],
  },
  facts = { "victim_residence.permit_renewal" },
  check = function(ctx)
    return lx.measure_finding(ctx, "victim_residence.permit_renewal", {
      what = { en = "the renewal of the permit while the conditions of art. 8(2) continue to be met",
               fr = "le renouvellement du titre tant que les conditions de l'art. 8, par. 2, restent remplies" } })
  end,
}
