-- Directive 2004/81/EC article 14 -- Withdrawal
--
-- An option: « Le titre de séjour peut être retiré à tout moment si les
-- conditions relatives à la délivrance ne sont plus remplies », and in
-- particular in the cases (a) to (e).  The list is illustrative (« en
-- particulier »).  The finding names the grounds national law uses, from the
-- profile's `grounds` (the schema accepts only the directive's own).

local GROUNDS = {
  conditions_no_longer_met = { en = "the conditions for issue are no longer met", fr = "les conditions de délivrance ne sont plus remplies" },
  renewed_contact = { en = "renewed contact with the suspected perpetrators (a)", fr = "lien renoué avec les auteurs présumés (a)" },
  fraud = { en = "fraudulent cooperation or complaint, or unfounded complaint (b)", fr = "coopération ou plainte frauduleuse, ou plainte non fondée (b)" },
  public_policy = { en = "public policy and domestic security (c)", fr = "ordre public et sécurité intérieure (c)" },
  ceased_cooperation = { en = "the victim ceases to cooperate (d)", fr = "la victime cesse de coopérer (d)" },
  proceedings_discontinued = { en = "the authorities discontinue the proceedings (e)", fr = "les autorités interrompent la procédure (e)" },
}

obligation {
  ref = "eu-2004-81:14",
  level = "optional",
  title = { en = "Option: withdrawal of the residence permit", fr = "Faculté : retrait du titre de séjour" },
  category = "residence",
  text = {
    fr = [[Le titre de séjour peut être retiré à tout moment si les conditions relatives à la délivrance ne sont plus remplies. En particulier, le titre de séjour peut être retiré dans les cas suivants:]],
  },
  facts = { "victim_residence.withdrawal" },
  check = function(ctx)
    local r = lx.measure_finding(ctx, "victim_residence.withdrawal", {
      what = { en = "the withdrawal of the permit", fr = "le retrait du titre" } })
    local m = ctx:fact("victim_residence.withdrawal")
    if r.status ~= "met" or not (m and m.grounds) then return r end
    local names = {}
    for i, g in ipairs(m.grounds) do names[i] = GROUNDS[g] end
    return ctx:met(lx.t({ en = "{e} Grounds: {g}.", fr = "{e} Motifs : {g}." },
                        { e = r.explanation, g = lx.join(names, { en = "; ", fr = " ; " }, { en = "; ", fr = " ; " }) }))
  end,
}
