-- Directive 2004/80/EC, article 4 -- Information to potential applicants.
--
-- Mandatory (« veillent à ce que »): potential applicants have access to the
-- essential information on the possibilities to apply for compensation, by
-- whatever means the State considers appropriate (the choice of means is the
-- State's; access itself is required).
--
-- Facts: the row of the table of correspondence on this provision
-- (transposition["eu-2004-80"], rules/schema/eu-transposition.lua), read by
-- lx.transposition_finding: transposed completely (met), in part (partly
-- met, with what the row says is missing), not at all (not met); no row:
-- unknown.

obligation {
  ref = "eu-2004-80:4",
  level = "mandatory",
  title = { en = "Information to potential applicants",
            fr = "Informations fournies aux demandeurs potentiels" },
  category = "compensation",
  text = {
    fr = [[Les États membres veillent à ce que les personnes susceptibles de demander réparation aient accès aux informations essentielles relatives aux possibilités de demander une indemnisation par tous les moyens que les États membres considèrent comme appropriés.]],
  },
  facts = { "transposition.eu-2004-80" },
  check = function(ctx)
    return lx.transposition_finding(ctx, "eu-2004-80:4", {
      what = { en = "access of potential applicants to the essential information on the possibilities to apply for compensation",
               fr = "l'accès des demandeurs potentiels aux informations essentielles sur les possibilités de demander une indemnisation" } })
  end,
}
