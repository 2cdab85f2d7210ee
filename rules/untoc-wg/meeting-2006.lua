-- untoc-wg: good practice of the UNTOC Working Group on International
-- Cooperation.  Every obligation here is a recommendation (level optional,
-- reported as good practice, never a gap, never rated); `serves` names the
-- UNTOC obligation it serves, beside which reports show it.  The French is
-- the paper's; the English renderings are ours (unofficial translations).

-- First meeting of the Working Group (2006): paragraphs 11 and 12.

-- Paragraph 11.  Conference decision 3/2 encouraged central authorities to
-- coordinate, within their competence and where appropriate, direct contacts
-- between the prosecutors and judges who handle mutual legal assistance and
-- confiscation cases day to day.  It serves the central authority of art. 18(13).
-- What a profile can show is whether such direct contacts are open (the
-- coordination is "within the limits of their competence and where
-- appropriate"); how the central authority coordinates them is in the note.
obligation {
  ref = "untoc-wg:11",
  level = "optional",   -- soft law: a recommendation, never a duty
  title = { en = "Direct contacts between prosecutors and judges, coordinated by the central authority",
            fr = "Contacts directs entre procureurs et magistrats, coordonnés par l'autorité centrale" },
  category = "cooperation",
  text = {
    fr = [[la Conférence des Parties a reconnu qu’il importait d’accorder une assistance dans les meilleurs délais dans les domaines de l’extradition et de la coopération aux fins de la confiscation et, à cet égard, elle a encouragé les autorités centrales à coordonner, dans les limites de leur compétence et lorsqu’il y a lieu, des contacts directs entre procureurs et magistrats qui gèrent au quotidien des affaires impliquant une entraide judiciaire et des confiscations.]],
    en = [[the Conference of the Parties recognized the importance of providing assistance as promptly as possible in extradition and cooperation for purposes of confiscation and, in that regard, encouraged central authorities to coordinate, within the limits of their competence and where appropriate, direct contacts between prosecutors and judges who deal on a daily basis with cases involving mutual legal assistance and confiscation.]],   -- unofficial translation
  },
  serves = { "untoc:18.13" },
  facts = { "cooperation_practice.direct_contacts" },
  check = function(ctx)
    return lx.good_practice(ctx, {
      by = { en = "Conference decision 3/2", fr = "la décision 3/2 de la Conférence" },
      presupposes = "untoc",
      practice = {
        { path = "cooperation_practice.direct_contacts", what = { en = "direct contacts between its prosecutors and judges and those of other States in mutual legal assistance and confiscation cases", fr = "des contacts directs entre ses procureurs et magistrats et ceux d'autres États dans les affaires d'entraide et de confiscation" } },
      },
    })
  end,
}

not_encoded {
  ref = "untoc-wg:12",
  reason = { en = "The Working Group's own standing and mandate (decision 3/2 made it permanent); no recommendation to States.",
             fr = "Le statut et le mandat du Groupe de travail (la décision 3/2 le rend permanent) ; aucune recommandation aux États." },
}
