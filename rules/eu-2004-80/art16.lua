-- Directive 2004/80/EC, article 16 -- Central contact points.
--
-- Mandatory (« désignent »): one central contact point, for the manual
-- (a), cooperation between the authorities (b) and solving difficulties in
-- applying arts 1-10 (c); the contact points meet regularly.  One obligation
-- covers the three tasks.
--
-- Facts: the row of the table of correspondence on this provision
-- (transposition["eu-2004-80"], rules/schema/eu-transposition.lua), read by
-- lx.transposition_finding: transposed completely (met), in part (partly
-- met, with what the row says is missing), not at all (not met); no row:
-- unknown.

obligation {
  ref = "eu-2004-80:16",
  level = "mandatory",
  title = { en = "Central contact point",
            fr = "Point de contact central" },
  category = "compensation",
  text = {
    fr = [[Les États membres désignent un point de contact central afin de:
a) contribuer à la mise en œuvre de l'article 13, paragraphe 2;
b) renforcer la coopération et accroître les échanges d'informations entre les autorités chargées de l'assistance et les autorités de décision des États membres, et
c) fournir une assistance et rechercher des solutions face aux difficultés susceptibles de se présenter dans l'application des articles 1er à 10.
Les points de contact se réunissent régulièrement.]],
  },
  covers = { "eu-2004-80:16.a", "eu-2004-80:16.b", "eu-2004-80:16.c" },
  facts = { "transposition.eu-2004-80" },
  check = function(ctx)
    return lx.transposition_finding(ctx, "eu-2004-80:16", {
      what = { en = "the designation of a central contact point with the tasks of article 16",
               fr = "la désignation d'un point de contact central chargé des missions de l'article 16" } })
  end,
}
