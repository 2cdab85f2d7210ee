-- untoc-wg: good practice of the UNTOC Working Group on International
-- Cooperation.  Every obligation here is a recommendation (level optional,
-- reported as good practice, never a gap, never rated); `serves` names the
-- UNTOC obligation it serves, beside which reports show it.  The French is
-- the paper's; the English renderings are ours (unofficial translations).

-- Third meeting of the Working Group (2010) and Conference resolution 5/8:
-- paragraphs 18 to 24.  Paragraphs 20 and 21 are covered by the rules on
-- paragraphs 17 and 15.

not_encoded {
  ref = "untoc-wg:18",
  reason = { en = "Background: the 2010 meeting; no recommendation to States.",
             fr = "Historique : la réunion de 2010 ; aucune recommandation aux États." },
}

not_encoded {
  ref = "untoc-wg:19",
  reason = { en = "Records that article 16 was examined; no recommendation to States.",
             fr = "Rapporte l'examen de l'article 16 ; aucune recommandation aux États." },
}

not_encoded {
  ref = "untoc-wg:22",
  reason = { en = "Records that article 13 was examined; no recommendation to States.",
             fr = "Rapporte l'examen de l'article 13 ; aucune recommandation aux États." },
}

-- Paragraph 23: resolution 5/8 encouraged States parties, subject to domestic
-- law, to dispose of confiscated proceeds under art. 14, to give priority
-- consideration to returning them to a requesting State (14(2)) and to consider
-- agreements for the purposes of 14(3).  Both limbs are read: the return, and
-- sharing or contribution agreements (either one answers 14(3)).
obligation {
  ref = "untoc-wg:23",
  level = "optional",   -- soft law: a recommendation, never a duty
  title = { en = "Return of confiscated proceeds to the requesting State, and sharing or contribution agreements",
            fr = "Restitution du produit confisqué à l'État requérant et accords de partage ou de versement" },
  category = "confiscation",
  text = {
    fr = [[la Conférence, dans sa résolution 5/8, a encouragé les États parties, sous réserve de leur droit interne, à disposer du produit du crime ou des biens confisqués conformément aux dispositions de l’article 14 de la Convention, à envisager à titre prioritaire de restituer le produit du crime ou les biens confisqués à l’État partie requérant, s’il en faisait la demande, afin que ce dernier puisse indemniser les victimes de l’infraction ou restituer ce produit ou ces biens à leurs propriétaires légitimes, et à envisager de conclure des accords ou arrangements aux fins énoncées au paragraphe 3 de l’article 14 de la Convention.]],
    en = [[the Conference, in its resolution 5/8, encouraged States parties, subject to their domestic law, to dispose of proceeds of crime or confiscated property in accordance with article 14 of the Convention, to give priority consideration to returning the proceeds of crime or confiscated property to the requesting State party, if so requested, so that it can give compensation to the victims of the crime or return such proceeds or property to their legitimate owners, and to consider concluding agreements or arrangements for the purposes set out in article 14, paragraph 3, of the Convention.]],   -- unofficial translation
  },
  serves = { "untoc:14.2", "untoc:14.3.a", "untoc:14.3.b" },
  facts = { "confiscation_cooperation.return_to_requesting_state", "confiscation_cooperation.sharing_agreements",
            "confiscation_cooperation.contribution_agreements" },
  check = function(ctx)
    return lx.good_practice(ctx, {
      by = { en = "Conference resolution 5/8", fr = "la résolution 5/8 de la Conférence" },
      presupposes = "untoc",
      practice = {
        { path = "confiscation_cooperation.return_to_requesting_state", what = { en = "priority consideration to returning confiscated proceeds to the requesting State", fr = "la restitution prioritaire du produit confisqué à l'État requérant" } },
        -- « aux fins énoncées au paragraphe 3 de l'article 14 »: 14(3)(a)
        -- contributions or 14(3)(b) sharing, either one
        { routes = {
            { path = "confiscation_cooperation.sharing_agreements", what = { en = "sharing of confiscated proceeds with other States under agreements or arrangements", fr = "le partage du produit confisqué avec d'autres États en vertu d'accords ou d'arrangements" } },
            { path = "confiscation_cooperation.contribution_agreements", what = { en = "agreements or arrangements contributing confiscated proceeds to the account of art. 30(2)(c) or to intergovernmental bodies", fr = "des accords ou arrangements de versement du produit confisqué au compte prévu à l'art. 30, par. 2 c), ou à des organismes intergouvernementaux" } },
          } },
      },
    })
  end,
}

-- Paragraph 24: resolution 5/8 encouraged States parties, subject to domestic
-- law, to apply fully the cooperation provisions, with particular attention to
-- joint investigations (art. 19) and special investigative techniques in
-- international cooperation (art. 20).  Read through arts 19 and 20(2)-(3):
-- joint investigations by agreement or arrangement, or else agreed case by
-- case (« In the absence of such agreements »); special techniques used at
-- the international level under agreements, or else decided case by case.
-- Either route develops them.
obligation {
  ref = "untoc-wg:24",
  level = "optional",   -- soft law: a recommendation, never a duty
  title = { en = "Joint investigations and special investigative techniques in international cooperation",
            fr = "Enquêtes conjointes et techniques d'enquête spéciales dans la coopération internationale" },
  category = "investigation",
  text = {
    fr = [[en encourageant les États parties, sous réserve de leur droit interne, à appliquer pleinement toutes les dispositions de la Convention relatives à la coopération internationale, en accordant une attention particulière, entre autres, à la possibilité de développer les instances d’enquêtes conjointes dans le respect intégral de la souveraineté territoriale des États (art. 19 de la Convention) et aux techniques d’enquête spéciales dans le cadre de la coopération internationale (art. 20 de la Convention).]],
    en = [[by encouraging States parties, subject to their domestic law, to implement fully all the provisions of the Convention on international cooperation, giving particular attention, inter alia, to the possibility of developing joint investigative bodies with full respect for the territorial sovereignty of States (art. 19 of the Convention) and to special investigative techniques in the context of international cooperation (art. 20 of the Convention).]],   -- unofficial translation
  },
  serves = { "untoc:19#agreements", "untoc:19#case-by-case", "untoc:20.2", "untoc:20.3" },
  facts = { "investigation.jit_agreements", "investigation.jit_case_by_case", "investigation.sit_agreements", "investigation.sit_case_by_case" },
  check = function(ctx)
    return lx.good_practice(ctx, {
      by = { en = "Conference resolution 5/8", fr = "la résolution 5/8 de la Conférence" },
      presupposes = "untoc",
      practice = {
        { routes = {
            { path = "investigation.jit_agreements", what = { en = "joint investigative bodies under agreements or arrangements with other States", fr = "des instances d'enquête conjointes en vertu d'accords ou d'arrangements avec d'autres États" } },
            { path = "investigation.jit_case_by_case", what = { en = "joint investigations with other States agreed case by case", fr = "des enquêtes conjointes avec d'autres États convenues au cas par cas" } },
          } },
        { routes = {
            { path = "investigation.sit_agreements", what = { en = "special investigative techniques used with other States under agreements or arrangements", fr = "des techniques d'enquête spéciales mises en œuvre avec d'autres États en vertu d'accords ou d'arrangements" } },
            { path = "investigation.sit_case_by_case", what = { en = "special investigative techniques used with other States, decided case by case", fr = "des techniques d'enquête spéciales mises en œuvre avec d'autres États, décidées au cas par cas" } },
          } },
      },
    })
  end,
}
