-- Directive 2004/82/EC article 7 -- Transposition
--
-- Paragraph 1, first subparagraph (mandatory): the measures by 5 September
-- 2006 -- that part is what every other rule of this pack checks, from the
-- deadline of the descriptor -- and « Ils en informent immédiatement la
-- Commission »: encoded as the communication of the transposing measures
-- (their `notified` date in the table of correspondence).
-- Paragraph 1, second subparagraph (mandatory): measures adopted to
-- transpose the directive refer to it.  Law that existed before and already
-- gave effect to it (kind = "pre_existing") is left out.
-- Paragraph 2 (mandatory): the text of the main provisions of national law
-- adopted in the field is communicated to the Commission (the measures
-- adopted for it, not law that existed before).

obligation {
  ref = "eu-2004-82:7.1",
  clause = "inform",
  level = "mandatory",
  title = { en = "Commission informed of the transposing measures",
            fr = "Information de la Commission sur les mesures de transposition" },
  category = "implementation",
  text = {
    fr = [[Les États membres prennent les mesures nécessaires pour se conformer à la présente directive au plus tard le 5 septembre 2006. Ils en informent immédiatement la Commission.]],
  },
  facts = { "transposition.eu-2004-82" },
  check = function(ctx)
    return lx.measures_notified(ctx, "eu-2004-82")
  end,
}

obligation {
  ref = "eu-2004-82:7.1",
  clause = "reference",
  level = "mandatory",
  title = { en = "Reference to the directive in the national measures",
            fr = "Référence à la directive dans les mesures nationales" },
  category = "implementation",
  text = {
    fr = [[Lorsque les États membres adoptent ces dispositions, celles-ci contiennent une référence à la présente directive ou sont accompagnées d'une telle référence lors de leur publication officielle. Les modalités de cette référence sont arrêtées par les États membres.]],
  },
  facts = { "transposition.eu-2004-82" },
  check = function(ctx)
    return lx.measures_refer_to_directive(ctx, "eu-2004-82")
  end,
}

obligation {
  ref = "eu-2004-82:7.2",
  level = "mandatory",
  title = { en = "Texts of the main national provisions communicated to the Commission",
            fr = "Communication à la Commission du texte des dispositions essentielles de droit interne" },
  category = "implementation",
  text = {
    fr = [[Les États membres communiquent à la Commission le texte des dispositions essentielles de droit interne qu'ils adoptent dans le domaine régi par la présente directive.]],
  },
  facts = { "transposition.eu-2004-82" },
  check = function(ctx)
    return lx.measures_notified(ctx, "eu-2004-82", { adopted_only = true })
  end,
}
