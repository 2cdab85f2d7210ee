-- The instrument this pack encodes.  A data file (never executed).
--
-- Council Directive 2004/81/EC of 29 April 2004 on the residence permit
-- issued to third-country nationals who are victims of trafficking in human
-- beings or who have been the subject of an action to facilitate illegal
-- immigration, who cooperate with the competent authorities (OJ L 261,
-- 6.8.2004, p. 19).  Only the French text is here; every official language
-- of the Union is equally authentic.
return {
  id = "eu-2004-81",
  title = {
    en = "Council Directive 2004/81/EC on the residence permit issued to third-country nationals who are victims of trafficking in human beings or who have been the subject of an action to facilitate illegal immigration, who cooperate with the competent authorities",
    fr = "Directive 2004/81/CE du Conseil relative au titre de séjour délivré aux ressortissants de pays tiers qui sont victimes de la traite des êtres humains ou ont fait l'objet d'une aide à l'immigration clandestine et qui coopèrent avec les autorités compétentes",
  },
  short = { en = "Directive 2004/81/EC", fr = "Directive 2004/81/CE" },
  -- Rules quote the French official text (`lexgap test` checks it).  It is
  -- the only authentic text in the tree: a rendering in another language a
  -- rule may add is shown as an unofficial translation in every report.
  text_languages = { "fr" },
  official_languages = { "fr" },
  kind = "eu_directive",
  adopted = "2004-04-29",
  -- Art. 18: in force on the day of its publication in the Official Journal.
  in_force = "2004-08-06",
  -- Art. 17: « avant le 6 août 2006 »: the measures had to be in force on
  -- 5 August 2006 at the latest, so a State is bound from that day.
  deadline = "2006-08-05",
  -- Recital 21: the United Kingdom and Ireland do not take part (Protocol on
  -- their position, arts 1 and 2, without prejudice to its art. 4, under
  -- which either could later accept the measure; a profile records such an
  -- acceptance with parties["eu-2004-81"].opted_out = false).  Recital 22:
  -- Denmark does not take part (Protocol on its position, arts 1 and 2).
  not_bound = {
    { code = "GBR",
      reason = { en = "Recital 21: under the Protocol on the position of the United Kingdom and Ireland (arts 1 and 2), the United Kingdom did not take part in the adoption of the directive and is not bound by it or subject to its application.",
                 fr = "Considérant 21 : conformément au protocole sur la position du Royaume-Uni et de l'Irlande (art. 1er et 2), le Royaume-Uni ne participe pas à l'adoption de la directive et n'est pas lié par celle-ci ni soumis à son application." } },
    { code = "IRL",
      reason = { en = "Recital 21: under the Protocol on the position of the United Kingdom and Ireland (arts 1 and 2), Ireland did not take part in the adoption of the directive and is not bound by it or subject to its application.",
                 fr = "Considérant 21 : conformément au protocole sur la position du Royaume-Uni et de l'Irlande (art. 1er et 2), l'Irlande ne participe pas à l'adoption de la directive et n'est pas liée par celle-ci ni soumise à son application." } },
    { code = "DNK",
      reason = { en = "Recital 22: under the Protocol on the position of Denmark (arts 1 and 2), Denmark did not take part in the adoption of the directive and is not bound by it or subject to its application.",
                 fr = "Considérant 22 : conformément au protocole sur la position du Danemark (art. 1er et 2), le Danemark ne participe pas à l'adoption de la directive et n'est pas lié par celle-ci ni soumis à son application." } },
  },
}
