-- Directive 2004/80/EC, article 2 -- Responsibility for paying compensation.
--
-- « L'indemnité est versée par l'autorité compétente de l'État membre sur le
-- territoire duquel l'infraction a été commise »: a passive present
-- indicative with no State subject, read as mandatory (levels.lua).  It binds
-- the State of the crime: its scheme pays applicants resident in other Member
-- States too (a scheme reserved to residents or nationals does not transpose
-- it).
--
-- Facts: the row of the table of correspondence on this provision
-- (transposition["eu-2004-80"], rules/schema/eu-transposition.lua), read by
-- lx.transposition_finding: transposed completely (met), in part (partly
-- met, with what the row says is missing), not at all (not met); no row:
-- unknown.

obligation {
  ref = "eu-2004-80:2",
  level = "mandatory",
  title = { en = "Compensation paid by the State where the crime was committed",
            fr = "Paiement de l'indemnité par l'État membre du lieu de l'infraction" },
  category = "compensation",
  text = {
    fr = [[L'indemnité est versée par l'autorité compétente de l'État membre sur le territoire duquel l'infraction a été commise.]],
  },
  facts = { "transposition.eu-2004-80" },
  check = function(ctx)
    return lx.transposition_finding(ctx, "eu-2004-80:2", {
      what = { en = "payment of compensation by its competent authority for violent intentional crimes committed in its territory, including to applicants resident in another Member State",
               fr = "le versement de l'indemnité par son autorité compétente pour les infractions intentionnelles violentes commises sur son territoire, y compris aux demandeurs résidant dans un autre État membre" } })
  end,
}
