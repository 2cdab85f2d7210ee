-- Cybercrime Convention article 32 -- Criminal records (Établissement des
-- antécédents judiciaires)
--
-- Optional ("peut adopter"), "dans les conditions et aux fins qu'il juge
-- appropriées": taking into account a previous conviction in another State
-- in criminal proceedings on an offence established under the Convention.
-- The twin of UNTOC art. 22 (also "peut adopter"): the profile states the
-- national measure once, as `investigation.foreign_convictions`, and both
-- rules read it.  Reported in its own terms, never a gap.
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

obligation {
  ref = "cybercrime:32",
  level = "optional",
  title = { en = "Previous convictions in another State taken into account", fr = "Prise en compte des condamnations antérieures prononcées dans un autre État" },
  category = "prosecution",
  cluster = 4,
  text = {
    fr = [[Chaque État partie peut adopter les mesures législatives ou autres nécessaires pour tenir compte, dans les conditions et aux fins qu'il juge appropriées, de toute condamnation dont la personne présumée avoir commis une infraction aurait antérieurement fait l'objet dans un autre État, afin d'utiliser cette information dans le cadre d'une procédure pénale relative à une infraction établie conformément à la présente Convention.]],
    en = [[Each State Party may adopt such legislative or other measures as may be necessary to take into consideration, under such terms as and for the purpose that it deems appropriate, any previous conviction in another State of an alleged offender, for the purpose of using such information in criminal proceedings relating to an offence established in accordance with this Convention.]],
  },
  facts = { "investigation.foreign_convictions" },
  check = function(ctx)
    return lx.measure_finding(ctx, "investigation.foreign_convictions", {
      what = { en = "the taking into account of previous convictions pronounced in another State",
               fr = "la prise en compte des condamnations antérieures prononcées dans un autre État" } })
  end,
}
