-- UNTOC article 22 -- Establishment of criminal record
--
-- One paragraph: "Each State Party may adopt such legislative or other
-- measures as may be necessary to take into consideration ... any previous
-- conviction in another State of an alleged offender" / "Chaque État partie
-- peut adopter les mesures législatives ou autres qui sont nécessaires pour
-- tenir compte ... de toute condamnation ... dans un autre État".  "May" /
-- "peut": OPTIONAL.  Never a gap; the finding reports whether the State took
-- the option.
--
-- "Under such terms as and for the purpose that it deems appropriate" / "dans
-- les conditions et aux fins qu'il juge appropriées": the State chooses the
-- effects (sentencing, recidivism, pre-trial decisions) and the States whose
-- convictions count.  A regime limited to convictions from some States (for
-- instance the member States of a regional organisation) is therefore an
-- exercise of the option, entered as adopted = true with a note; use
-- adopted = "partly" only where the State itself describes its measure as
-- incomplete.

obligation {
  ref = "untoc:22",
  level = "optional",
  title = { en = "Previous convictions in another State taken into consideration",
            fr = "Prise en compte des condamnations prononcées dans un autre État" },
  category = "prosecution",
  cluster = 3,
  text = {
    en = [[Each State Party may adopt such legislative or other measures as may be necessary to take into consideration, under such terms as and for the purpose that it deems appropriate, any previous conviction in another State of an alleged offender for the purpose of using such information in criminal proceedings relating to an offence covered by this Convention.]],
    fr = [[Chaque État partie peut adopter les mesures législatives ou autres qui sont nécessaires pour tenir compte, dans les conditions et aux fins qu'il juge appropriées, de toute condamnation dont l'auteur présumé d'une infraction aurait antérieurement fait l'objet dans un autre État, afin d'utiliser cette information dans le cadre d'une procédure pénale relative à une infraction visée par la présente convention.]],
  },
  facts = { "investigation.foreign_convictions" },
  check = function(ctx)
    return lx.measure_finding(ctx, "investigation.foreign_convictions", {
      what = { en = "taking into consideration, in criminal proceedings, previous convictions of an alleged offender in another State",
               fr = "la prise en compte, dans la procédure pénale, des condamnations antérieures de l'auteur présumé dans un autre État" } })
  end,
}
