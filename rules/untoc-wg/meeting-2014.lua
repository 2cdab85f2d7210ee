-- untoc-wg: good practice of the UNTOC Working Group on International
-- Cooperation.  Every obligation here is a recommendation (level optional,
-- reported as good practice, never a gap, never rated); `serves` names the
-- UNTOC obligation it serves, beside which reports show it.  The French is
-- the paper's; the English renderings are ours (unofficial translations).

-- Fifth meeting of the Working Group (2014): paragraphs 30 to 35.  Paragraph
-- 35 lists the recommendations the Conference endorsed in resolution 7/4; the
-- views exchanged in paragraphs 33 and 34 are taken up there.

-- Paragraph 30: the Working Group noted the usefulness of bilateral and
-- multilateral cooperation agreements to overcome differences between legal
-- systems.  Read through the agreements UNTOC itself mentions: extradition
-- (16(17)) and mutual legal assistance (18(30)).
obligation {
  ref = "untoc-wg:30",
  level = "optional",   -- soft law: a recommendation, never a duty
  title = { en = "Bilateral and multilateral agreements on extradition and mutual legal assistance",
            fr = "Accords bilatéraux et multilatéraux d'extradition et d'entraide judiciaire" },
  category = "cooperation",
  text = {
    fr = [[Le Groupe de travail s’est réuni pour la cinquième fois à Vienne, les 8 et 9 octobre 2014, pour étudier, entre autres, différentes questions relatives à l’adoption et à la négociation d’accords bilatéraux et multilatéraux de coopération internationale en matière pénale, et a noté l’utilité de ce type d’instruments pour surmonter les différences entre les différents systèmes juridiques nationaux et accompagner l’application de la Convention contre la criminalité organisée.]],
    en = [[The Working Group met for the fifth time in Vienna on 8 and 9 October 2014 to discuss, inter alia, various issues relating to the adoption and negotiation of bilateral and multilateral agreements on international cooperation in criminal matters, and noted the usefulness of such instruments in overcoming the differences between national legal systems and in supporting the implementation of the Organized Crime Convention.]],   -- unofficial translation
  },
  serves = { "untoc:16.17", "untoc:18.30" },
  facts = { "extradition.agreements", "mutual_legal_assistance.agreements" },
  check = function(ctx)
    return lx.good_practice(ctx, {
      by = { en = "the Working Group on International Cooperation (meeting of 2014)", fr = "le Groupe de travail sur la coopération internationale (réunion de 2014)" },
      presupposes = "untoc",
      practice = {
        { path = "extradition.agreements", what = { en = "bilateral or multilateral extradition agreements", fr = "des accords bilatéraux ou multilatéraux d'extradition" } },
        { path = "mutual_legal_assistance.agreements", what = { en = "bilateral or multilateral mutual legal assistance agreements", fr = "des accords bilatéraux ou multilatéraux d'entraide judiciaire" } },
      },
    })
  end,
}

not_encoded {
  ref = "untoc-wg:31",
  reason = { en = "Views exchanged on regional networks; the recommendation on them is encoded under paragraph 17.",
             fr = "Échange de vues sur les réseaux régionaux ; la recommandation correspondante est encodée au paragraphe 17." },
}

-- Paragraph 32: States parties that had not yet notified the Secretary-General
-- of their central authority under art. 18(13) were encouraged to do so as soon
-- as possible.  Reads UNTOC's own facts: the designation and the notification.
obligation {
  ref = "untoc-wg:32",
  level = "optional",   -- soft law: a recommendation, never a duty
  title = { en = "Central authority designated and notified without delay",
            fr = "Autorité centrale désignée et notifiée sans délai" },
  category = "cooperation",
  text = {
    fr = [[Les États parties qui ne l’avaient pas encore fait ont été encouragés à satisfaire à cette obligation dans les meilleurs délais.]],
    en = [[States parties that had not yet done so were encouraged to fulfil that obligation as soon as possible.]],   -- unofficial translation
  },
  serves = { "untoc:18.13" },
  facts = { "mutual_legal_assistance.central_authority" },
  check = function(ctx)
    return lx.good_practice(ctx, {
      by = { en = "the Working Group on International Cooperation (meeting of 2014)", fr = "le Groupe de travail sur la coopération internationale (réunion de 2014)" },
      presupposes = "untoc",
      practice = {
        { path = "mutual_legal_assistance.central_authority", what = { en = "a central authority for mutual legal assistance", fr = "une autorité centrale pour l'entraide judiciaire" } },
        { notification = "untoc:18.13", what = { en = "its central authority to the Secretary-General", fr = "son autorité centrale au Secrétaire général" },
          question = { en = "Has the State notified the Secretary-General of its central authority (art. 18(13))? On what date?", fr = "L'État a-t-il notifié son autorité centrale au Secrétaire général (art. 18, par. 13) ? À quelle date ?" } },
      },
    })
  end,
}

not_encoded {
  ref = "untoc-wg:33",
  reason = { en = "Views of speakers on the central authorities' coordinating role; the Working Group's recommendation on it is paragraph 35(a) and (b).",
             fr = "Opinions d'intervenants sur le rôle de coordination des autorités centrales ; la recommandation du Groupe de travail figure au paragraphe 35 a) et b)." },
}

not_encoded {
  ref = "untoc-wg:34",
  reason = { en = "Views of speakers on cooperation between central authorities; the Working Group's recommendation on guidelines is paragraph 35(d).",
             fr = "Opinions d'intervenants sur la coopération entre autorités centrales ; la recommandation du Groupe de travail sur les directives figure au paragraphe 35 d)." },
}

obligation {
  ref = "untoc-wg:35.a",
  level = "optional",   -- soft law: a recommendation, never a duty
  title = { en = "Coordinating role of the central authority: communication and consultation with executing authorities",
            fr = "Rôle de coordination de l'autorité centrale : communication et consultation avec les autorités d'exécution" },
  category = "cooperation",
  text = {
    fr = [[Les États parties devraient envisager de renforcer le rôle de coordination des autorités centrales désignées en vertu du paragraphe 13 de l’article 18 de la Convention contre la criminalité organisée, notamment en nouant des liens étroits et en mettant en place une communication efficace ainsi que des mécanismes de consultation avec les autorités compétentes chargées d’exécuter les demandes d’entraide judiciaire;]],
    en = [[States parties should consider strengthening the coordinating role of central authorities designated under article 18, paragraph 13, of the Organized Crime Convention, including by establishing close links and effective communication, as well as consultation mechanisms with the competent authorities responsible for executing requests for mutual legal assistance;]],   -- unofficial translation
  },
  serves = { "untoc:18.13" },
  facts = { "cooperation_practice.central_authority_coordination" },
  check = function(ctx)
    return lx.good_practice(ctx, {
      by = { en = "the Working Group on International Cooperation (meeting of 2014), endorsed by Conference resolution 7/4", fr = "le Groupe de travail sur la coopération internationale (réunion de 2014), approuvé par la résolution 7/4 de la Conférence" },
      presupposes = "untoc",
      practice = {
        { path = "cooperation_practice.central_authority_coordination", what = { en = "channels of communication and consultation between the central authority and the authorities executing requests", fr = "des canaux de communication et de consultation entre l'autorité centrale et les autorités d'exécution des demandes" } },
      },
    })
  end,
}

obligation {
  ref = "untoc-wg:35.b",
  level = "optional",   -- soft law: a recommendation, never a duty
  title = { en = "A system to track the progress of requests",
            fr = "Un système de suivi de l'état d'avancement des demandes" },
  category = "cooperation",
  text = {
    fr = [[Les États devraient aider les autorités centrales à concevoir des systèmes de suivi de l’état d’avancement des demandes, y compris après que ces demandes ont été transférées à une autorité compétente pour exécution;]],
    en = [[States should assist central authorities in developing case-tracking systems for requests, including after those requests have been transferred to a competent authority for execution;]],   -- unofficial translation
  },
  serves = { "untoc:18.13", "untoc:18.24" },
  facts = { "cooperation_practice.request_tracking" },
  check = function(ctx)
    return lx.good_practice(ctx, {
      by = { en = "the Working Group on International Cooperation (meeting of 2014), endorsed by Conference resolution 7/4", fr = "le Groupe de travail sur la coopération internationale (réunion de 2014), approuvé par la résolution 7/4 de la Conférence" },
      presupposes = "untoc",
      practice = {
        { path = "cooperation_practice.request_tracking", what = { en = "a system tracking requests until they are executed", fr = "un système de suivi des demandes jusqu'à leur exécution" } },
      },
    })
  end,
}

obligation {
  ref = "untoc-wg:35.c",
  level = "optional",   -- soft law: a recommendation, never a duty
  title = { en = "Statistics on requests for mutual legal assistance",
            fr = "Statistiques sur les demandes d'entraide judiciaire" },
  category = "cooperation",
  text = {
    fr = [[Les États devraient étudier la possibilité, pour les autorités centrales, de recueillir et de diffuser des informations statistiques sur les demandes d’entraide judiciaire, y compris sur la nature de l’aide demandée ou fournie, et sur la base juridique de cette coopération;]],
    en = [[States should explore the possibility of central authorities collecting and disseminating statistical information on requests for mutual legal assistance, including on the nature of the assistance requested or provided and on the legal basis for such cooperation;]],   -- unofficial translation
  },
  serves = { "untoc:18.13" },
  facts = { "cooperation_practice.statistics" },
  check = function(ctx)
    return lx.good_practice(ctx, {
      by = { en = "the Working Group on International Cooperation (meeting of 2014), endorsed by Conference resolution 7/4", fr = "le Groupe de travail sur la coopération internationale (réunion de 2014), approuvé par la résolution 7/4 de la Conférence" },
      presupposes = "untoc",
      practice = {
        { path = "cooperation_practice.statistics", what = { en = "statistics on requests for mutual legal assistance, collected and made available", fr = "des statistiques sur les demandes d'entraide judiciaire, recueillies et diffusées" } },
      },
    })
  end,
}

obligation {
  ref = "untoc-wg:35.d",
  level = "optional",   -- soft law: a recommendation, never a duty
  title = { en = "Published guidelines for submitting requests",
            fr = "Directives publiées pour la soumission des demandes" },
  category = "cooperation",
  text = {
    fr = [[Les États devraient encourager les autorités centrales à publier des directives claires sur les procédures et les critères qu’elles appliquent pour la soumission des demandes d’entraide judiciaire.]],
    en = [[States should encourage central authorities to publish clear guidelines on the procedures and requirements they apply for the submission of requests for mutual legal assistance.]],   -- unofficial translation
  },
  serves = { "untoc:18.13" },
  facts = { "cooperation_practice.published_guidelines" },
  check = function(ctx)
    return lx.good_practice(ctx, {
      by = { en = "the Working Group on International Cooperation (meeting of 2014), endorsed by Conference resolution 7/4", fr = "le Groupe de travail sur la coopération internationale (réunion de 2014), approuvé par la résolution 7/4 de la Conférence" },
      presupposes = "untoc",
      practice = {
        { path = "cooperation_practice.published_guidelines", what = { en = "published guidelines on how to submit a request for mutual legal assistance", fr = "des directives publiées sur la soumission d'une demande d'entraide judiciaire" } },
      },
    })
  end,
}
