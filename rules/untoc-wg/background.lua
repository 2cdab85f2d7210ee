-- untoc-wg: good practice of the UNTOC Working Group on International
-- Cooperation.  Every obligation here is a recommendation (level optional,
-- reported as good practice, never a gap, never rated); `serves` names the
-- UNTOC obligation it serves, beside which reports show it.  The French is
-- the paper's; the English renderings are ours (unofficial translations).

-- Paragraphs 1 to 10 of the paper: introduction, how often the Working Group
-- meets, and its synergies with other bodies.  Only paragraph 10 holds an
-- encouragement addressed to States (Conference resolution 6/1).

not_encoded {
  ref = "untoc-wg:1",
  reason = { en = "Background: Conference decision 2/2 setting up the Working Group; no recommendation to States.",
             fr = "Historique : la décision 2/2 de la Conférence créant le Groupe de travail ; aucune recommandation aux États." },
}

not_encoded {
  ref = "untoc-wg:2",
  reason = { en = "Background: the place of international cooperation in the Convention; no recommendation to States.",
             fr = "Historique : la place de la coopération internationale dans la convention ; aucune recommandation aux États." },
}

not_encoded {
  ref = "untoc-wg:3",
  reason = { en = "The purpose of the paper itself; no recommendation to States.",
             fr = "L'objet du document lui-même ; aucune recommandation aux États." },
}

not_encoded {
  ref = "untoc-wg:4",
  reason = { en = "The Working Group's own methods: how often it meets.",
             fr = "Les méthodes du Groupe de travail : la fréquence de ses réunions." },
}

not_encoded {
  ref = "untoc-wg:5",
  reason = { en = "The Working Group's own methods: resolution 7/1 encourages the working groups, not States, to meet every year.",
             fr = "Les méthodes du Groupe de travail : la résolution 7/1 encourage les groupes de travail, non les États, à se réunir chaque année." },
}

not_encoded {
  ref = "untoc-wg:6",
  reason = { en = "The Working Group's own methods: its synergies with the meetings held under the Convention against Corruption.",
             fr = "Les méthodes du Groupe de travail : ses synergies avec les réunions tenues au titre de la Convention contre la corruption." },
}

not_encoded {
  ref = "untoc-wg:7",
  reason = { en = "The Working Group's own methods: its synergies with the meetings held under the Convention against Corruption.",
             fr = "Les méthodes du Groupe de travail : ses synergies avec les réunions tenues au titre de la Convention contre la corruption." },
}

not_encoded {
  ref = "untoc-wg:8",
  reason = { en = "The Working Group's own methods: its synergies with the meetings held under the Convention against Corruption.",
             fr = "Les méthodes du Groupe de travail : ses synergies avec les réunions tenues au titre de la Convention contre la corruption." },
}

not_encoded {
  ref = "untoc-wg:9",
  reason = { en = "The Working Group's own methods: its synergies with the meetings held under the Convention against Corruption.",
             fr = "Les méthodes du Groupe de travail : ses synergies avec les réunions tenues au titre de la Convention contre la corruption." },
}

-- Paragraph 10.  Resolution 6/1 endorsed the recommendations of the joint discussion
-- on trafficking in cultural property and "encouraged Member States and the
-- Secretariat to continue work on the issue"; the guidelines it awaited became the
-- International Guidelines of GA resolution 69/196.  The request to the
-- Secretariat in the same sentence is not addressed to States.  No UNTOC article
-- names cultural property, so the rule serves none.  « a encouragé les États
-- Membres »: the encouragement is addressed to the Members of the United
-- Nations (and the guidelines were adopted by the General Assembly), not only
-- to the parties to UNTOC, so it presupposes no party status.
obligation {
  ref = "untoc-wg:10",
  level = "optional",   -- soft law: a recommendation, never a duty
  title = { en = "Continued work against trafficking in cultural property",
            fr = "Poursuite des travaux contre le trafic de biens culturels" },
  category = "cooperation",
  text = {
    fr = [[Dans sa résolution 6/1 sur les moyens d’assurer la bonne application de la Convention contre la criminalité organisée et des Protocoles s’y rapportant, la Conférence s’est félicitée des conclusions des discussions sur le trafic de biens culturels que les deux groupes de travail avaient tenues conjointement à sa sixième session, a approuvé les recommandations issues de ces discussions, a encouragé les États Membres et le Secrétariat à poursuivre les travaux sur la question,]],
    en = [[In its resolution 6/1 on ensuring effective implementation of the Organized Crime Convention and the Protocols thereto, the Conference welcomed the conclusions of the discussions on trafficking in cultural property that the two working groups had held jointly at its sixth session, endorsed the recommendations arising from those discussions, encouraged Member States and the Secretariat to continue work on the issue,]],   -- unofficial translation
  },
  facts = { "cooperation_practice.cultural_property" },
  check = function(ctx)
    return lx.good_practice(ctx, {
      by = { en = "Conference resolution 6/1", fr = "la résolution 6/1 de la Conférence" },
      -- no presupposes: « les États Membres », not « les États parties »
      practice = {
        { path = "cooperation_practice.cultural_property", what = { en = "work against trafficking in cultural property in line with the International Guidelines (GA resolution 69/196)", fr = "une action contre le trafic de biens culturels conforme aux Principes directeurs internationaux (résolution 69/196 de l'Assemblée générale)" } },
      },
    })
  end,
}
