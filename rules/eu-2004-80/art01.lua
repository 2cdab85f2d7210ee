-- Directive 2004/80/EC, article 1 -- Right to apply in the Member State of
-- residence.
--
-- Mandatory (« les États membres veillent à ce que »).  The duty falls on
-- the State where the applicant habitually resides: when the violent
-- intentional crime was committed in another Member State, the applicant may
-- submit the application to an authority or body of the State of residence
-- (its assisting authority, art. 3(1)), which passes it on (art. 6).
--
-- Facts: the row of the table of correspondence on this provision
-- (transposition["eu-2004-80"], rules/schema/eu-transposition.lua), read by
-- lx.transposition_finding: transposed completely (met), in part (partly
-- met, with what the row says is missing), not at all (not met); no row:
-- unknown.

obligation {
  ref = "eu-2004-80:1",
  level = "mandatory",
  title = { en = "Right to apply in the Member State of residence",
            fr = "Droit d'introduire la demande dans l'État membre de résidence" },
  category = "compensation",
  text = {
    fr = [[Si l'infraction intentionnelle violente a été commise dans un État membre autre que celui où le demandeur réside habituellement, les États membres veillent à ce que celui-ci ait le droit de présenter sa demande à une autorité ou à tout autre organisme dudit État membre.]],
  },
  facts = { "transposition.eu-2004-80" },
  check = function(ctx)
    return lx.transposition_finding(ctx, "eu-2004-80:1", {
      what = { en = "the right of applicants habitually resident in the State, harmed by a violent intentional crime committed in another Member State, to submit their application to an authority or body of the State",
               fr = "le droit des demandeurs résidant habituellement dans l'État, victimes d'une infraction intentionnelle violente commise dans un autre État membre, de présenter leur demande à une autorité ou à un organisme de cet État" } })
  end,
}
