-- Directive 2004/81/EC article 13 -- Non-renewal
--
-- Paragraph 1: « Le titre de séjour ... n'est pas renouvelé si les conditions
-- énoncées à l'article 8, paragraphe 2, ne sont plus remplies, ou si une
-- décision adoptée par les autorités compétentes a mis fin à la procédure ».
-- Binding in form, but art. 4 lets a State adopt or maintain provisions more
-- favourable to the persons concerned: a State that keeps renewing, or grants
-- a stay on another ground (recitals 15 and 18), is not in breach.  The side
-- of the rule that protects the person -- renewal while the conditions hold --
-- is art. 8(3), second sentence (art08.lua).  So providing for non-renewal is
-- in effect the State's choice: encoded at the optional level (levels.lua
-- records the reading), reported, never a gap.  A reviewer who reads art. 13
-- as a strict limit should change both.
--
-- Paragraph 2: on expiry the general law on aliens applies; the consequence
-- of the permit's end, needing no transposing measure (levels.lua: none).

obligation {
  ref = "eu-2004-81:13.1",
  level = "optional",
  title = { en = "Non-renewal when the conditions cease or the proceedings end",
            fr = "Non-renouvellement lorsque les conditions cessent ou que la procédure prend fin" },
  category = "residence",
  text = {
    fr = [[Le titre de séjour délivré sur la base de la présente directive n'est pas renouvelé si les conditions énoncées à l'article 8, paragraphe 2, ne sont plus remplies, ou si une décision adoptée par les autorités compétentes a mis fin à la procédure concernée.]],
  },
  facts = { "victim_residence.non_renewal" },
  check = function(ctx)
    local r = lx.measure_finding(ctx, "victim_residence.non_renewal", {
      what = { en = "the non-renewal of the permit when the conditions of art. 8(2) cease or the proceedings have been terminated",
               fr = "le non-renouvellement du titre lorsque les conditions de l'art. 8, par. 2, cessent ou que la procédure a pris fin" } })
    if r.status == "not_met" or r.status == "partly_met" then
      local why = { en = " Art. 4 allows provisions more favourable to the persons concerned, so a wider renewal is no breach.",
                    fr = " L'art. 4 permet des dispositions plus favorables aux personnes concernées ; un renouvellement plus large n'est donc pas un manquement." }
      local e = lx.t({ en = "{e}{w}", fr = "{e}{w}" }, { e = r.explanation, w = why })
      if r.status == "not_met" then return ctx:not_met(e, r.missing) end
      return ctx:partly(e, r.missing)
    end
    return r
  end,
}
