-- Directive 2004/80/EC, article 7 -- Receipt of applications.
--
-- Mandatory: on receiving an application, the deciding authority sends the
-- assisting authority and the applicant (a) the contact person or
-- department, (b) an acknowledgement of receipt, (c) if possible, the
-- approximate time for a decision.  « Si possible » in (c) is a qualifier,
-- not a lower level.  One obligation covers the three items (a row on
-- art. 7 covers them; rows on 7(a)-(c) may also be given).
--
-- Facts: the row of the table of correspondence on this provision
-- (transposition["eu-2004-80"], rules/schema/eu-transposition.lua), read by
-- lx.transposition_finding: transposed completely (met), in part (partly
-- met, with what the row says is missing), not at all (not met); no row:
-- unknown.

obligation {
  ref = "eu-2004-80:7",
  level = "mandatory",
  title = { en = "Information sent on receipt of an application",
            fr = "Informations communiquées dès réception d'une demande" },
  category = "compensation",
  text = {
    fr = [[Dès réception d'une demande transmise en vertu de l'article 6, l'autorité de décision communique dès que possible les informations et documents suivants à l'autorité chargée de l'assistance et au demandeur:
a) le nom de la personne de contact ou du service chargé du dossier;
b) un accusé de réception de la demande;
c) si possible, une indication du délai approximatif dans lequel une décision relative à la demande sera rendue.]],
  },
  covers = { "eu-2004-80:7.a", "eu-2004-80:7.b", "eu-2004-80:7.c" },
  facts = { "transposition.eu-2004-80" },
  check = function(ctx)
    return lx.transposition_finding(ctx, "eu-2004-80:7", {
      what = { en = "the duty of the deciding authority to send the contact person, an acknowledgement of receipt and, if possible, the approximate time for a decision, on receiving an application",
               fr = "l'obligation pour l'autorité de décision de communiquer, dès réception d'une demande, la personne de contact, un accusé de réception et, si possible, le délai approximatif de la décision" } })
  end,
}
