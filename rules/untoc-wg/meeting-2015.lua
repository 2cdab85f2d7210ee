-- untoc-wg: good practice of the UNTOC Working Group on International
-- Cooperation.  Every obligation here is a recommendation (level optional,
-- reported as good practice, never a gap, never rated); `serves` names the
-- UNTOC obligation it serves, beside which reports show it.  The French is
-- the paper's; the English renderings are ours (unofficial translations).

-- Sixth meeting of the Working Group (2015): paragraphs 36 to 39.  The
-- recommendations of paragraph 39 were brought to the attention of the
-- Conference at its eighth session; they name no addressee and are read as
-- addressed to States (their cooperation tools, their law-enforcement
-- cooperation, their procedures).  Judgement call, noted for review.

not_encoded {
  ref = "untoc-wg:36",
  reason = { en = "Views on electronic evidence and cybercrime; the recommendations on them are paragraph 39.",
             fr = "Opinions sur les preuves électroniques et la cybercriminalité ; les recommandations correspondantes figurent au paragraphe 39." },
}

not_encoded {
  ref = "untoc-wg:37",
  reason = { en = "Experiences shared on liaison officers and magistrates; the paper records no recommendation to States.",
             fr = "Expériences échangées sur les agents et magistrats de liaison ; le document n'y rapporte aucune recommandation aux États." },
}

not_encoded {
  ref = "untoc-wg:38",
  reason = { en = "Records a discussion of the Convention beside other treaties; no recommendation to States.",
             fr = "Rapporte un débat sur la convention et les autres traités ; aucune recommandation aux États." },
}

obligation {
  ref = "untoc-wg:39.a",
  level = "optional",   -- soft law: a recommendation, never a duty
  title = { en = "Electronic evidence in the tools of international cooperation",
            fr = "Les preuves électroniques dans les outils de coopération internationale" },
  category = "cooperation",
  text = {
    fr = [[Intégrer la question des preuves électroniques dans les outils actuels et futurs de coopération internationale en matière pénale;]],
    en = [[Integrate the issue of electronic evidence into current and future tools for international cooperation in criminal matters;]],   -- unofficial translation
  },
  serves = { "untoc:18.1" },
  facts = { "cooperation_practice.electronic_evidence_in_tools" },
  check = function(ctx)
    return lx.good_practice(ctx, {
      by = { en = "the Working Group on International Cooperation (meeting of 2015), brought to the Conference at its eighth session", fr = "le Groupe de travail sur la coopération internationale (réunion de 2015), porté à l'attention de la Conférence à sa huitième session" },
      presupposes = "untoc",
      practice = {
        { path = "cooperation_practice.electronic_evidence_in_tools", what = { en = "cooperation tools that deal with electronic evidence", fr = "des outils de coopération qui traitent des preuves électroniques" } },
      },
    })
  end,
}

obligation {
  ref = "untoc-wg:39.b",
  level = "optional",   -- soft law: a recommendation, never a duty
  title = { en = "Effective law-enforcement cooperation: information sharing, channels and agreements",
            fr = "Coopération efficace entre services de détection et de répression : partage d'informations, canaux et accords" },
  category = "cooperation",
  text = {
    fr = [[Améliorer l’efficacité des mécanismes de coopération entre les services de détection et de répression, notamment en concevant des systèmes efficaces de partage d’informations, en mettant en place des canaux de communication entre les autorités compétentes et, au besoin, en concluant des accords destinés à faciliter l’assistance opérationnelle;]],
    en = [[Enhance the effectiveness of law enforcement cooperation mechanisms, including by developing effective information-sharing systems, establishing channels of communication between competent authorities and, where necessary, concluding agreements to facilitate operational assistance;]],   -- unofficial translation
  },
  serves = { "untoc:27.1.a", "untoc:27.2#agreements" },
  facts = { "law_enforcement.communication_channels", "law_enforcement.cooperation_agreements" },
  -- « et, au besoin, en concluant des accords »: agreements only where they
  -- are needed, which the profile cannot say.  The channels follow the
  -- recommendation (agreements concluded are cited beside them); agreements
  -- without channels follow it in part.
  check = function(ctx)
    local practice = {
      { path = "law_enforcement.communication_channels", what = { en = "channels of communication for the exchange of information between competent authorities", fr = "des canaux de communication pour l'échange d'informations entre autorités compétentes" } },
    }
    local channels = lx.stated(ctx, "law_enforcement.communication_channels")
    if channels == "not_adopted" or lx.stated(ctx, "law_enforcement.cooperation_agreements") == "adopted" then
      practice[2] = { path = "law_enforcement.cooperation_agreements", what = { en = "agreements facilitating operational law-enforcement assistance", fr = "des accords facilitant l'assistance opérationnelle entre services de détection et de répression" } }
    end
    return lx.good_practice(ctx, {
      by = { en = "the Working Group on International Cooperation (meeting of 2015), brought to the Conference at its eighth session", fr = "le Groupe de travail sur la coopération internationale (réunion de 2015), porté à l'attention de la Conférence à sa huitième session" },
      presupposes = "untoc",
      practice = practice,
    })
  end,
}

obligation {
  ref = "untoc-wg:39.c",
  level = "optional",   -- soft law: a recommendation, never a duty
  title = { en = "Faster formal mutual legal assistance, especially for electronic evidence",
            fr = "Une entraide judiciaire formelle plus rapide, notamment pour les preuves électroniques" },
  category = "cooperation",
  text = {
    fr = [[Étudier des moyens de promouvoir la coopération internationale qui engloberaient notamment le recours aux preuves électroniques, leur conservation et, en particulier, étudier les possibilités d’accélérer les procédures officielles d’entraide judiciaire.]],
    en = [[Explore ways to promote international cooperation that would include the use of electronic evidence and its preservation and, in particular, explore possibilities for expediting formal mutual legal assistance procedures.]],   -- unofficial translation
  },
  serves = { "untoc:18.24" },
  facts = { "cooperation_practice.expedited_mla" },
  check = function(ctx)
    return lx.good_practice(ctx, {
      by = { en = "the Working Group on International Cooperation (meeting of 2015), brought to the Conference at its eighth session", fr = "le Groupe de travail sur la coopération internationale (réunion de 2015), porté à l'attention de la Conférence à sa huitième session" },
      presupposes = "untoc",
      practice = {
        { path = "cooperation_practice.expedited_mla", what = { en = "measures expediting formal mutual legal assistance, including the preservation of electronic evidence", fr = "des mesures accélérant l'entraide judiciaire formelle, y compris la conservation des preuves électroniques" } },
      },
    })
  end,
}
