-- The instrument this pack encodes.  A data file (never executed).
--
-- Council Directive 2004/82/EC of 29 April 2004 on the obligation of
-- carriers to communicate passenger data (OJ L 261, 6.8.2004, p. 24).  Only
-- the French text is here; every official language of the Union is equally
-- authentic.
return {
  id = "eu-2004-82",
  title = {
    en = "Council Directive 2004/82/EC on the obligation of carriers to communicate passenger data",
    fr = "Directive 2004/82/CE du Conseil concernant l'obligation pour les transporteurs de communiquer les données relatives aux passagers",
  },
  short = { en = "Directive 2004/82/EC", fr = "Directive 2004/82/CE" },
  -- Rules quote the French official text (`lexgap test` checks it).  It is
  -- the only authentic text in the tree: a rendering in another language a
  -- rule may add is shown as an unofficial translation in every report.
  text_languages = { "fr" },
  official_languages = { "fr" },
  kind = "eu_directive",
  adopted = "2004-04-29",
  -- Art. 8: in force thirty days after its publication (OJ of 6.8.2004).
  in_force = "2004-09-05",
  -- Art. 7(1): « au plus tard le 5 septembre 2006 ».
  deadline = "2006-09-05",
  -- Recital 13: Denmark does not take part (Protocol on its position, arts 1
  -- and 2); the directive builds on the Schengen acquis, so under art. 5 of
  -- that Protocol Denmark was to decide within six months whether to
  -- implement it in its national law, which then binds it as a matter of
  -- international law, not of Community law.  Recitals 15 and 16: the United
  -- Kingdom and Ireland take part.
  not_bound = {
    { code = "DNK",
      reason = { en = "Recital 13: under the Protocol on the position of Denmark, Denmark is not bound by the directive. As the directive builds on the Schengen acquis, Denmark could decide (art. 5 of that Protocol) to implement it in its national law, which would bind it under international law, not as a directive.",
                 fr = "Considérant 13 : conformément au protocole sur la position du Danemark, celui-ci n'est pas lié par la directive. Celle-ci développant l'acquis de Schengen, le Danemark pouvait décider (art. 5 du protocole) de la transposer dans son droit national, ce qui le lierait en droit international, non en tant que directive." } },
  },
}
