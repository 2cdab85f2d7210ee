-- The instrument this pack encodes.  A data file (never executed).
--
-- How an EU directive binds (engine/applicability.c, docs/eu-directives.md):
-- a Member State (rules/eu-members.lua, by ISO code) that takes part in it,
-- provision by provision from its transposition deadline, or from the
-- State's accession when that comes later; not after the State withdrew
-- (once Union law ceased to apply to it).  There is no signature,
-- ratification or reservation.
return {
  id = "eu-2004-80",
  title = {
    en = "Council Directive 2004/80/EC of 29 April 2004 relating to compensation to crime victims",
    fr = "Directive 2004/80/CE du Conseil du 29 avril 2004 relative à l'indemnisation des victimes de la criminalité",
  },
  short = { en = "Directive 2004/80/EC", fr = "Directive 2004/80/CE" },
  -- Only the French official text is in the tree (all the EU languages are
  -- equally authentic); rules quote it and write no English rendering.
  text_languages = { "fr" },
  kind = "eu_directive",
  adopted = "2004-04-29",
  -- Art. 18(1): "au plus tard le 1er janvier 2006, à l'exception de
  -- l'article 12, paragraphe 2, pour lequel la mise en conformité aura lieu
  -- au plus tard le 1er juillet 2005".  A deadline is the first day the
  -- provision is due.
  deadline = "2006-01-01",
  deadlines = {
    ["eu-2004-80:12.2"] = "2005-07-01",
    -- Art. 13(1): the information is transmitted to the Commission "au plus
    -- tard le 1er juillet 2005".
    ["eu-2004-80:13.1"] = "2005-07-01",
  },
  -- Participation: no recital excludes a Member State (adopted under art. 308
  -- EC, outside Title IV, so the protocols on the position of Denmark, the
  -- United Kingdom and Ireland do not apply); every Member State is bound.
  not_bound = {},
}
