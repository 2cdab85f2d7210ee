-- Directive 2004/81/EC article 17 -- Transposition
--
-- First subparagraph (mandatory): the measures in force before 6 August 2006
-- -- that part is what every other rule of this pack checks, provision by
-- provision, from the deadline of the descriptor -- and « Ils en informent
-- immédiatement la Commission »: encoded here as the communication of the
-- transposing measures (their `notified` date in the table of
-- correspondence, rules/schema/eu-transposition.lua).
--
-- Second subparagraph (mandatory): measures adopted to transpose the
-- directive refer to it, in their text or on official publication.  Law
-- that existed before and already gave effect to it (kind = "pre_existing")
-- was not adopted for it and is left out.

obligation {
  ref = "eu-2004-81:17",
  clause = "inform",
  level = "mandatory",
  title = { en = "Commission informed of the transposing measures",
            fr = "Information de la Commission sur les mesures de transposition" },
  category = "implementation",
  text = {
    fr = [[Les États membres mettent en vigueur les dispositions législatives, réglementaires et administratives nécessaires pour se conformer à la présente directive avant le 6 août 2006. Ils en informent immédiatement la Commission.]],
  },
  facts = { "transposition.eu-2004-81" },
  check = function(ctx)
    return lx.measures_notified(ctx, "eu-2004-81")
  end,
}

obligation {
  ref = "eu-2004-81:17",
  clause = "reference",
  level = "mandatory",
  title = { en = "Reference to the directive in the national measures",
            fr = "Référence à la directive dans les mesures nationales" },
  category = "implementation",
  text = {
    fr = [[Lorsque les États membres adoptent ces dispositions, celles-ci contiennent une référence à la présente directive ou sont accompagnées d'une telle référence lors de leur publication officielle. Les modalités de cette référence sont arrêtées par les États membres.]],
  },
  facts = { "transposition.eu-2004-81" },
  check = function(ctx)
    return lx.measures_refer_to_directive(ctx, "eu-2004-81")
  end,
}
