-- Directive 2004/80/EC, article 10 -- Communication of the decision.
--
-- Mandatory (levels.lua): the deciding authority sends its decision, on the
-- standard form, to the applicant and to the assisting authority as quickly
-- as possible.
--
-- Facts: the row of the table of correspondence on this provision
-- (transposition["eu-2004-80"], rules/schema/eu-transposition.lua), read by
-- lx.transposition_finding: transposed completely (met), in part (partly
-- met, with what the row says is missing), not at all (not met); no row:
-- unknown.

obligation {
  ref = "eu-2004-80:10",
  level = "mandatory",
  title = { en = "Communication of the decision",
            fr = "Communication de la décision" },
  category = "compensation",
  text = {
    fr = [[L'autorité de décision transmet la décision relative à la demande d'indemnisation, au moyen du formulaire type prévu à l'article 14, au demandeur et à l'autorité chargée de l'assistance dans les meilleurs délais, conformément à la législation nationale, après avoir rendu sa décision.]],
  },
  facts = { "transposition.eu-2004-80" },
  check = function(ctx)
    return lx.transposition_finding(ctx, "eu-2004-80:10", {
      what = { en = "the transmission of the decision on the standard form to the applicant and to the assisting authority as quickly as possible",
               fr = "la transmission de la décision au moyen du formulaire type au demandeur et à l'autorité chargée de l'assistance dans les meilleurs délais" } })
  end,
}
