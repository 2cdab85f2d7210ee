-- Directive 2004/80/EC, article 8 -- Requests for additional information.
--
-- Mandatory (levels.lua): the assisting authority guides the applicant in
-- answering the deciding authority's requests for additional information
-- (« s'il y a lieu »: a qualifier) and, at the applicant's request, passes the
-- answers on directly and as quickly as possible.
--
-- Facts: the row of the table of correspondence on this provision
-- (transposition["eu-2004-80"], rules/schema/eu-transposition.lua), read by
-- lx.transposition_finding: transposed completely (met), in part (partly
-- met, with what the row says is missing), not at all (not met); no row:
-- unknown.

obligation {
  ref = "eu-2004-80:8",
  level = "mandatory",
  title = { en = "Requests for additional information",
            fr = "Demandes d'informations supplémentaires" },
  category = "compensation",
  text = {
    fr = [[L'autorité chargée de l'assistance fournit, s'il y a lieu, au demandeur des indications générales pour l'aider à répondre à toute demande d'informations supplémentaires présentée par l'autorité de décision. À la demande du demandeur, elle transmet ensuite, dans les meilleurs délais, lesdites informations directement à l'autorité de décision, en y joignant, le cas échéant, la liste des pièces justificatives transmises.]],
  },
  facts = { "transposition.eu-2004-80" },
  check = function(ctx)
    return lx.transposition_finding(ctx, "eu-2004-80:8", {
      what = { en = "guidance by the assisting authority on requests for additional information and the transmission of the answers to the deciding authority",
               fr = "l'aide de l'autorité chargée de l'assistance pour répondre aux demandes d'informations supplémentaires et la transmission des réponses à l'autorité de décision" } })
  end,
}
