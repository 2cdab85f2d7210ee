-- Directive 2004/80/EC, article 6 -- Transmission of applications.
--
-- Paragraphs 1 and 2 address the assisting authority (« transmet »):
-- mandatory (levels.lua).  Paragraph 3 only refers to the language rules of
-- art. 11(1), encoded there; levels.lua marks it as imposing nothing of its
-- own.
--
-- Facts: the row of the table of correspondence on this provision
-- (transposition["eu-2004-80"], rules/schema/eu-transposition.lua), read by
-- lx.transposition_finding: transposed completely (met), in part (partly
-- met, with what the row says is missing), not at all (not met); no row:
-- unknown.

obligation {
  ref = "eu-2004-80:6.1",
  level = "mandatory",
  title = { en = "Transmission of the application as quickly as possible",
            fr = "Transmission de la demande dans les meilleurs délais" },
  category = "compensation",
  text = {
    fr = [[L'autorité chargée de l'assistance transmet dans les meilleurs délais la demande et les pièces justificatives à l'autorité de décision.]],
  },
  facts = { "transposition.eu-2004-80" },
  check = function(ctx)
    return lx.transposition_finding(ctx, "eu-2004-80:6.1", {
      what = { en = "the transmission by the assisting authority of the application and supporting documents to the deciding authority as quickly as possible",
               fr = "la transmission dans les meilleurs délais, par l'autorité chargée de l'assistance, de la demande et des pièces justificatives à l'autorité de décision" } })
  end,
}

obligation {
  ref = "eu-2004-80:6.2",
  level = "mandatory",
  title = { en = "Transmission on the standard form",
            fr = "Transmission au moyen du formulaire type" },
  category = "compensation",
  text = {
    fr = [[L'autorité chargée de l'assistance transmet la demande au moyen du formulaire type prévu à l'article 14.]],
  },
  facts = { "transposition.eu-2004-80" },
  check = function(ctx)
    return lx.transposition_finding(ctx, "eu-2004-80:6.2", {
      what = { en = "the use of the standard form of article 14 to transmit the application",
               fr = "l'usage du formulaire type de l'article 14 pour transmettre la demande" } })
  end,
}
