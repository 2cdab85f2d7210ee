-- Directive 2004/80/EC, article 18 -- Implementation.
--
-- Paragraph 1 (mandatory): the measures in force by 1 January 2006 (art.
-- 12(2) by 1 July 2005) -- that part is what every other rule of this pack
-- checks, provision by provision, from its own deadline -- and « ils en
-- informent immédiatement la Commission »: encoded here as the
-- communication of the transposing measures (their `notified` date in the
-- table of correspondence).
--
-- Paragraph 2 (optional, « peuvent »): the State may limit its measures to
-- applicants whose bodily injury results from crimes committed after 30 June
-- 2005.  Met when the State used the option (transposition.options), not
-- adopted otherwise; never a gap.
--
-- Paragraph 3 (mandatory): measures adopted to transpose the directive refer
-- to it (in the text or on official publication).  Law that existed before
-- and already gave effect to it (kind = "pre_existing") was not adopted for
-- it and is left out.
--
-- Paragraph 4 (mandatory): the text of the main provisions adopted in the
-- field is communicated to the Commission.

obligation {
  ref = "eu-2004-80:18.1",
  level = "mandatory",
  title = { en = "Commission informed of the transposing measures",
            fr = "Information de la Commission sur les mesures de transposition" },
  category = "implementation",
  text = {
    fr = [[Les États membres mettent en vigueur les dispositions législatives, réglementaires et administratives nécessaires pour se conformer à la présente directive au plus tard le 1er janvier 2006, à l'exception de l'article 12, paragraphe 2, pour lequel la mise en conformité aura lieu au plus tard le 1er juillet 2005. Ils en informent immédiatement la Commission.]],
  },
  facts = { "transposition.eu-2004-80" },
  check = function(ctx)
    return lx.measures_notified(ctx, "eu-2004-80")
  end,
}

obligation {
  ref = "eu-2004-80:18.2",
  level = "optional",
  title = { en = "Measures limited to crimes committed after 30 June 2005",
            fr = "Mesures limitées aux infractions commises après le 30 juin 2005" },
  category = "implementation",
  text = {
    fr = [[Les États membres peuvent prévoir que les mesures nécessaires pour se conformer à la présente directive ne s'appliquent qu'aux demandeurs ayant subi des dommages corporels du fait d'infractions commises après le 30 juin 2005.]],
  },
  facts = { "transposition.eu-2004-80" },
  check = function(ctx)
    local used = lx.directive_option(ctx, "eu-2004-80:18.2")
    if used == true then
      return ctx:met({ en = "The State used the option of article 18(2): its measures apply only to applicants whose bodily injury results from crimes committed after 30 June 2005.",
                       fr = "L'État a fait usage de l'option de l'article 18, paragraphe 2 : ses mesures ne s'appliquent qu'aux demandeurs ayant subi des dommages corporels du fait d'infractions commises après le 30 juin 2005." },
                     { id = "limited", en = "limited to crimes after 30 June 2005", fr = "limitées aux infractions postérieures au 30 juin 2005" })
    elseif used == false then
      return ctx:not_met({ en = "The State did not use the option of article 18(2): its measures apply whatever the date of the crime.",
                           fr = "L'État n'a pas fait usage de l'option de l'article 18, paragraphe 2 : ses mesures s'appliquent quelle que soit la date de l'infraction." })
    end
    return ctx:unknown({ en = "The profile does not say whether the State limited its measures to crimes committed after 30 June 2005 (article 18(2)).",
                         fr = "Le profil n'indique pas si l'État a limité ses mesures aux infractions commises après le 30 juin 2005 (article 18, paragraphe 2)." })
  end,
}

obligation {
  ref = "eu-2004-80:18.3",
  level = "mandatory",
  title = { en = "Reference to the directive in the national measures",
            fr = "Référence à la directive dans les mesures nationales" },
  category = "implementation",
  text = {
    fr = [[Lorsque les États membres adoptent ces mesures, celles-ci contiennent une référence à la présente directive ou sont accompagnées d'une telle référence lors de leur publication officielle. Les modalités de cette référence sont arrêtées par les États membres.]],
  },
  facts = { "transposition.eu-2004-80" },
  check = function(ctx)
    return lx.measures_refer_to_directive(ctx, "eu-2004-80")
  end,
}

obligation {
  ref = "eu-2004-80:18.4",
  level = "mandatory",
  title = { en = "Texts of the main national provisions communicated to the Commission",
            fr = "Communication à la Commission du texte des principales dispositions nationales" },
  category = "implementation",
  text = {
    fr = [[Les États membres communiquent à la Commission le texte des principales dispositions de droit interne qu'ils adoptent dans le domaine régi par la présente directive.]],
  },
  facts = { "transposition.eu-2004-80" },
  check = function(ctx)
    return lx.measures_notified(ctx, "eu-2004-80", { adopted_only = true })
  end,
}
