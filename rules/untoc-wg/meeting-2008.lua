-- untoc-wg: good practice of the UNTOC Working Group on International
-- Cooperation.  Every obligation here is a recommendation (level optional,
-- reported as good practice, never a gap, never rated); `serves` names the
-- UNTOC obligation it serves, beside which reports show it.  The French is
-- the paper's; the English renderings are ours (unofficial translations).

-- Second meeting of the Working Group (2008): paragraphs 13 to 17.
-- Paragraph 14 lists what the Working Group examined, as summed up in
-- Conference decision 4/2; its items (a) and (b) record conclusions (the
-- potential of art. 16 as a legal basis; art. 18 as a complete set of rules
-- where no treaty applies; requests by e-mail and orally), which are encoded;
-- item (c) only names a subject examined.

-- Does national law extradite only under a treaty?  true, false, or nil
-- (unknown: the question is asked).
local treaty_required = lx.extradition_treaty_required

not_encoded {
  ref = "untoc-wg:13",
  reason = { en = "Background: the 2008 meeting and its proposal of decision 4/2; the recommendations are encoded under paragraphs 14 and 15.",
             fr = "Historique : la réunion de 2008 et sa proposition de décision 4/2 ; les recommandations sont encodées aux paragraphes 14 et 15." },
}

-- Paragraph 14(a): the Working Group stressed the potential of art. 16 as the
-- legal basis for extradition.  Good practice: a State whose law requires a
-- treaty can extradite on the basis of the Convention (art. 16(4)); a State
-- that extradites without a treaty needs no treaty basis, and is told so.
obligation {
  ref = "untoc-wg:14.a",
  level = "optional",   -- soft law: a recommendation, never a duty
  title = { en = "The Convention as the legal basis for extradition",
            fr = "La convention comme base légale de l'extradition" },
  category = "cooperation",
  text = {
    fr = [[Les différents éléments de l’article 16, sur l’extradition, de la Convention, soulignant le potentiel de ces dispositions comme base légale de l’extradition,]],
    en = [[The various elements of article 16 of the Convention, on extradition, emphasizing the potential of those provisions as a legal basis for extradition,]],   -- unofficial translation
  },
  serves = { "untoc:16.4" },
  facts = { "extradition.treaty_required", "extradition.convention_as_legal_basis" },
  check = function(ctx)
    return lx.good_practice(ctx, {
      by = { en = "the Working Group on International Cooperation (meeting of 2008, Conference decision 4/2)", fr = "le Groupe de travail sur la coopération internationale (réunion de 2008, décision 4/2 de la Conférence)" },
      presupposes = "untoc",
      -- 16(4) concerns a State that extradites only under a treaty
      only_if = { holds = treaty_required,
                  reason = { en = "National law allows extradition without a treaty, so the State needs no treaty basis and the Convention's potential as one is beside the point.",
                             fr = "Le droit national permet l'extradition sans traité ; l'État n'a donc pas besoin d'une base conventionnelle et le potentiel de la convention à ce titre est sans objet." },
                  unknown = { en = "Whether the State needs a treaty basis to extradite is not known.",
                              fr = "On ne sait pas si l'État a besoin d'une base conventionnelle pour extrader." } },
      practice = {
        { path = "extradition.convention_as_legal_basis", what = { en = "extradition on the basis of the Convention where no treaty binds it to the requesting State", fr = "l'extradition sur le fondement de la convention lorsqu'aucun traité ne le lie à l'État requérant" } },
      },
    })
  end,
}

-- Paragraph 14(b), first limb: the Working Group found that art. 18 is a
-- complete set of rules where no other treaty applies.  Good practice: national
-- law lets the State give assistance on the Convention alone (art. 18(7)).
obligation {
  ref = "untoc-wg:14.b",
  clause = "legal-basis",
  level = "optional",   -- soft law: a recommendation, never a duty
  title = { en = "Article 18 applied as a complete set of rules where no treaty applies",
            fr = "L'article 18 appliqué comme un ensemble complet de règles en l'absence de traité" },
  category = "cooperation",
  text = {
    fr = [[Les dispositions détaillées de l’article 18 sur l’entraide judiciaire, dont le Groupe de travail a estimé qu’elles constituaient un ensemble complet de règles applicables dans des domaines où aucun autre traité ne s’appliquait;]],
    en = [[The detailed provisions of article 18 on mutual legal assistance, which the Working Group considered to constitute a comprehensive set of rules applicable in areas where no other treaty applied;]],   -- unofficial translation
  },
  serves = { "untoc:18.7" },
  facts = { "mutual_legal_assistance.without_treaty" },
  check = function(ctx)
    return lx.good_practice(ctx, {
      by = { en = "the Working Group on International Cooperation (meeting of 2008, Conference decision 4/2)", fr = "le Groupe de travail sur la coopération internationale (réunion de 2008, décision 4/2 de la Conférence)" },
      presupposes = "untoc",
      practice = {
        { path = "mutual_legal_assistance.without_treaty", what = { en = "mutual legal assistance under paragraphs 9 to 29 of article 18 where no treaty binds it to the requesting State", fr = "l'entraide judiciaire selon les paragraphes 9 à 29 de l'article 18 lorsqu'aucun traité ne le lie à l'État requérant" } },
      },
    })
  end,
}

-- Paragraph 14(b), second limb: the means of requesting assistance,
-- including by e-mail and orally.  The paper records the subject as examined;
-- shared/DOMAIN.md section 8 and decision 4/2 read it as a recommendation to
-- accept such requests in urgent cases.  Judgement call, noted for review.
-- Oral requests are UNTOC's own fact (18(14)); e-mail is not in the Convention.
obligation {
  ref = "untoc-wg:14.b",
  clause = "email-oral",
  level = "optional",   -- soft law: a recommendation, never a duty
  title = { en = "Requests accepted by e-mail and, in urgent cases, orally",
            fr = "Demandes acceptées par courriel et, en cas d'urgence, oralement" },
  category = "cooperation",
  text = {
    fr = [[les moyens de demander une assistance, notamment par courriel et oralement;]],
    en = [[the means of requesting assistance, including by e-mail and orally;]],   -- unofficial translation
  },
  serves = { "untoc:18.14#oral" },
  facts = { "mutual_legal_assistance.oral_requests", "cooperation_practice.email_requests" },
  check = function(ctx)
    return lx.good_practice(ctx, {
      by = { en = "the Working Group on International Cooperation (meeting of 2008, Conference decision 4/2)", fr = "le Groupe de travail sur la coopération internationale (réunion de 2008, décision 4/2 de la Conférence)" },
      presupposes = "untoc",
      practice = {
        { path = "cooperation_practice.email_requests", what = { en = "requests sent by e-mail", fr = "les demandes transmises par courriel" } },
        { path = "mutual_legal_assistance.oral_requests", what = { en = "oral requests in urgent cases, confirmed in writing", fr = "les demandes orales en cas d'urgence, confirmées par écrit" } },
      },
    })
  end,
}

not_encoded {
  ref = "untoc-wg:14.c",
  reason = { en = "Records a subject the Working Group examined (the diversity of conviction-based and non-conviction-based confiscation systems); the paper records no recommendation to States on it.",
             fr = "Rapporte un sujet examiné par le Groupe de travail (la diversité des systèmes de confiscation, avec ou sans condamnation) ; le document n'y rapporte aucune recommandation aux États." },
}

-- Paragraph 15: the Working Group recommended that States parties consider
-- using videoconference and taking testimony by video link, and encouraged them
-- to provide for it in their legal systems.  Paragraph 21 (2010) adds that it
-- saves time and money and protects witnesses and victims: covered here.
obligation {
  ref = "untoc-wg:15",
  level = "optional",   -- soft law: a recommendation, never a duty
  title = { en = "Hearings and testimony by videoconference, provided for in national law",
            fr = "Auditions et témoignages par vidéoconférence, prévus en droit interne" },
  category = "cooperation",
  text = {
    fr = [[Il a recommandé aux États parties d’envisager d’y recourir et de recueillir des témoignages par liaison vidéo. En outre, il les a encouragés à prévoir, dans leurs systèmes juridiques nationaux, des dispositions relatives à ce type de coopération,]],
    en = [[It recommended that States parties consider using it and taking testimony by video link. It further encouraged them to provide, in their domestic legal systems, for that type of cooperation,]],   -- unofficial translation
  },
  covers = { "untoc-wg:21" },
  serves = { "untoc:18.18" },
  facts = { "mutual_legal_assistance.videoconference" },
  check = function(ctx)
    return lx.good_practice(ctx, {
      by = { en = "the Working Group on International Cooperation (meeting of 2008)", fr = "le Groupe de travail sur la coopération internationale (réunion de 2008)" },
      presupposes = "untoc",
      practice = {
        { path = "mutual_legal_assistance.videoconference", what = { en = "hearings of witnesses and experts by videoconference", fr = "l'audition de témoins et d'experts par vidéoconférence" } },
      },
    })
  end,
}

not_encoded {
  ref = "untoc-wg:16",
  reason = { en = "Follow-up of regional workshops and a request to the Secretariat to hold more; not addressed to States.",
             fr = "Suivi des ateliers régionaux et demande au Secrétariat d'en organiser d'autres ; ne s'adresse pas aux États." },
}

-- Paragraph 17: the Working Group encouraged central authorities and the
-- authorities competent for extradition to make full use of existing regional
-- networks (the request to the Secretariat in the same paragraph is not
-- addressed to States).  Covers paragraph 20 (2010: the role of regional
-- networks) and paragraph 26 (2012: States invited to promote networks).
obligation {
  ref = "untoc-wg:17",
  level = "optional",   -- soft law: a recommendation, never a duty
  title = { en = "Full use of regional networks by central and extradition authorities",
            fr = "Pleine utilisation des réseaux régionaux par les autorités centrales et d'extradition" },
  category = "cooperation",
  text = {
    fr = [[Le Groupe de travail a encouragé les autorités centrales chargées de l’entraide judiciaire et les autorités compétentes chargées des demandes d’extradition à mettre pleinement à profit les réseaux régionaux existants.]],
    en = [[The Working Group encouraged central authorities responsible for mutual legal assistance and authorities competent for extradition requests to make full use of existing regional networks.]],   -- unofficial translation
  },
  covers = { "untoc-wg:20", "untoc-wg:26" },
  serves = { "untoc:18.13" },
  facts = { "cooperation_practice.regional_networks" },
  check = function(ctx)
    return lx.good_practice(ctx, {
      by = { en = "the Working Group on International Cooperation (meeting of 2008)", fr = "le Groupe de travail sur la coopération internationale (réunion de 2008)" },
      presupposes = "untoc",
      practice = {
        { path = "cooperation_practice.regional_networks", what = { en = "participation of its central and extradition authorities in regional networks, and their use", fr = "la participation de ses autorités centrales et d'extradition à des réseaux régionaux, et leur utilisation" } },
      },
    })
  end,
}
