-- Cybercrime Convention article 55 -- Exchange of information (Échange
-- d'informations): chapter VII.
--
-- Four duties to CONSIDER ("envisage", "envisagent"): a measure in place, or
-- a documented consideration, meets each; never a gap for the measure
-- itself.  "S'il y a lieu" (55(1)) and "dans la mesure du possible" (55(2))
-- are escapes.  The twins are UNTOC 28(1)-(3) in form, but the subject is
-- cybercrime: the facts are their own (rules/schema/cybercrime-prevention.lua,
-- section cyber_information).  55(4) has no UNTOC twin.
--
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

obligation {
  ref = "cybercrime:55.1",
  twin = "untoc:28.1",
  level = "consider",
  title = { en = "Analysis of cybercrime trends in the territory",
            fr = "Analyse des tendances de la cybercriminalité sur le territoire" },
  category = "prevention",
  cluster = 7,
  text = {
    fr = [[Chaque État partie envisage d'analyser, s'il y a lieu, en consultation avec les experts compétents, y compris ceux des organisations non gouvernementales, des organisations de la société civile, des établissements universitaires et des entités du secteur privé, les tendances observées sur son territoire en ce qui concerne les infractions visées par la présente Convention, ainsi que les circonstances dans lesquelles ces infractions sont commises.]],
    en = [[Each State Party shall consider analysing, where appropriate, in consultation with relevant experts, including from non-governmental organizations, civil society organizations, academic institutions and private sector entities, trends in its territory with respect to offences covered by this Convention, as well as the circumstances in which such offences are committed.]],
  },
  facts = { "cyber_information.trend_analysis" },
  check = function(ctx)
    return lx.measure_finding(ctx, "cyber_information.trend_analysis", {
      what = { en = "analysis, in consultation with relevant experts, of the trends in its territory of the Convention's offences and the circumstances in which they are committed",
               fr = "l'analyse, en consultation avec les experts compétents, des tendances observées sur son territoire en ce qui concerne les infractions de la Convention et des circonstances de leur commission" } })
  end,
}

obligation {
  ref = "cybercrime:55.2",
  twin = "untoc:28.2",
  level = "consider",
  title = { en = "Sharing statistics, analytical expertise and information on cybercrime",
            fr = "Mise en commun de statistiques, de capacités d'analyse et d'informations sur la cybercriminalité" },
  category = "prevention",
  cluster = 7,
  text = {
    fr = [[Les États parties envisagent de développer et de mettre en commun, directement entre eux et par l'intermédiaire d'organisations internationales et régionales, leurs statistiques, leurs capacités d'analyse et leurs informations sur la cybercriminalité en vue d'élaborer, dans la mesure du possible, des définitions, normes et méthodes communes, ainsi que des bonnes pratiques pour prévenir et combattre cette forme de criminalité.]],
    en = [[States Parties shall consider developing and sharing with each other and through international and regional organizations statistics, analytical expertise and information concerning cybercrime, with a view to developing, insofar as possible, common definitions, standards and methodologies, including best practices to prevent and combat such crime.]],
  },
  facts = { "cyber_information.statistics_sharing" },
  check = function(ctx)
    return lx.measure_finding(ctx, "cyber_information.statistics_sharing", {
      what = { en = "the development and sharing, directly and through international and regional organizations, of statistics, analytical expertise and information on cybercrime",
               fr = "le développement et la mise en commun, directement et par l'intermédiaire d'organisations internationales et régionales, de statistiques, de capacités d'analyse et d'informations sur la cybercriminalité" } })
  end,
}

obligation {
  ref = "cybercrime:55.3",
  twin = "untoc:28.3",
  level = "consider",
  title = { en = "Monitoring and evaluating its policies against the Convention's offences",
            fr = "Suivi et évaluation de ses politiques contre les infractions de la Convention" },
  category = "prevention",
  cluster = 7,
  text = {
    fr = [[Chaque État partie envisage d'assurer le suivi des politiques et mesures concrètes qu'il prend pour prévenir et combattre les infractions visées par la présente Convention, et d'évaluer leur mise en œuvre et leur efficacité.]],
    en = [[Each State Party shall consider monitoring its policies and actual measures to prevent and combat offences covered by this Convention and making assessments of their implementation and effectiveness.]],
  },
  facts = { "cyber_information.policy_monitoring" },
  check = function(ctx)
    return lx.measure_finding(ctx, "cyber_information.policy_monitoring", {
      what = { en = "monitoring of its policies and actual measures to prevent and combat the Convention's offences and evaluation of their implementation and effectiveness",
               fr = "le suivi de ses politiques et mesures concrètes de prévention et de lutte contre les infractions de la Convention et l'évaluation de leur mise en œuvre et de leur efficacité" } })
  end,
}

obligation {
  ref = "cybercrime:55.4",
  level = "consider",
  title = { en = "Exchange of information on legal, policy and technological developments",
            fr = "Échange d'informations sur les avancées juridiques, politiques et technologiques" },
  category = "prevention",
  cluster = 7,
  text = {
    fr = [[Les États parties envisagent d'échanger des informations sur les avancées juridiques, politiques ou technologiques concernant la cybercriminalité et la collecte de preuves sous forme électronique.]],
    en = [[States Parties shall consider exchanging information on legal, policy or technological developments related to cybercrime and the collection of evidence in electronic form.]],
  },
  facts = { "cyber_information.developments_exchange" },
  check = function(ctx)
    return lx.measure_finding(ctx, "cyber_information.developments_exchange", {
      what = { en = "the exchange of information on legal, policy or technological developments related to cybercrime and the collection of evidence in electronic form",
               fr = "l'échange d'informations sur les avancées juridiques, politiques ou technologiques concernant la cybercriminalité et la collecte de preuves sous forme électronique" } })
  end,
}
