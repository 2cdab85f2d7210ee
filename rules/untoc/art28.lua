-- UNTOC article 28 -- Collection, exchange and analysis of information on the
-- nature of organized crime
--
-- The three paragraphs are duties to CONSIDER ("shall consider" /
-- "envisage", "envisagent").  Each is met when the State does what the
-- paragraph describes, or when the profile shows that it considered doing so
-- (`considered = true` with `adopted = false`); not_met means no sign of any
-- consideration (a weak shortcoming, never a gap).
--   (1) analysing trends in organized crime in its territory, the
--       circumstances in which it operates and the professional groups and
--       technologies involved, "in consultation with the scientific and
--       academic communities": analysis without that consultation is entered
--       as adopted = "partly" with `missing`;
--   (2) developing and sharing analytical expertise with other States and
--       through international and regional organisations;
--   (3) monitoring its policies and actual measures against organized crime
--       and assessing their effectiveness and efficiency.
--
-- Not encoded separately:
--   * 28(2), second sentence: "For that purpose, common definitions, standards
--     and methodologies should be developed and applied as appropriate" /
--     "devraient être élaborées et appliquées".  "Should", in the passive and
--     addressed to no one in particular, is a recommendation on how the
--     expertise of the first sentence is to be developed, not a further duty
--     of each State; it is quoted with paragraph 2.

obligation {
  ref = "untoc:28.1",
  level = "consider",
  title = { en = "Analysis of trends in organized crime, with the scientific and academic communities",
            fr = "Analyse des tendances de la criminalité organisée, avec les milieux scientifiques et universitaires" },
  category = "prevention",
  cluster = 2,
  text = {
    en = [[Each State Party shall consider analysing, in consultation with the scientific and academic communities, trends in organised crime in its territory, the circumstances in which organised crime operates, as well as the professional groups and technologies involved.]],
    fr = [[Chaque État partie envisage d'analyser, en consultation avec les milieux scientifiques et universitaires, les tendances de la criminalité organisée sur son territoire, les circonstances dans lesquelles elle opère, ainsi que les groupes professionnels et les techniques impliqués.]],
  },
  facts = { "law_enforcement.trend_analysis" },
  check = function(ctx)
    return lx.measure_finding(ctx, "law_enforcement.trend_analysis", {
      what = { en = "analysis, in consultation with the scientific and academic communities, of trends in organized crime in its territory, the circumstances in which it operates and the professional groups and technologies involved",
               fr = "l'analyse, en consultation avec les milieux scientifiques et universitaires, des tendances de la criminalité organisée sur son territoire, des circonstances dans lesquelles elle opère et des groupes professionnels et techniques impliqués" } })
  end,
}

obligation {
  ref = "untoc:28.2",
  level = "consider",
  title = { en = "Developing and sharing analytical expertise on organized criminal activities",
            fr = "Développement et mise en commun des capacités d'analyse des activités criminelles organisées" },
  category = "cooperation",
  cluster = 2,
  text = {
    en = [[States Parties shall consider developing and sharing analytical expertise concerning organised criminal activities with each other and through international and regional organisations. For that purpose, common definitions, standards and methodologies should be developed and applied as appropriate.]],
    fr = [[Les États parties envisagent de développer leurs capacités d'analyse des activités criminelles organisées et de les mettre en commun directement entre eux et par le biais des organisations internationales et régionales. À cet effet, des définitions, normes et méthodes communes devraient être élaborées et appliquées selon qu'il convient.]],
  },
  facts = { "law_enforcement.analytical_expertise" },
  check = function(ctx)
    return lx.measure_finding(ctx, "law_enforcement.analytical_expertise", {
      what = { en = "the development of analytical expertise on organized criminal activities and its sharing with other States and through international and regional organisations",
               fr = "le développement de capacités d'analyse des activités criminelles organisées et leur mise en commun avec d'autres États et par le biais des organisations internationales et régionales" } })
  end,
}

obligation {
  ref = "untoc:28.3",
  level = "consider",
  title = { en = "Monitoring and assessment of policies and measures against organized crime",
            fr = "Suivi et évaluation des politiques et mesures contre la criminalité organisée" },
  category = "implementation",
  cluster = 2,
  text = {
    en = [[Each State Party shall consider monitoring its policies and actual measures to combat organised crime and making assessments of their effectiveness and efficiency.]],
    fr = [[Chaque État partie envisage de suivre ses politiques et les mesures concrètes prises pour combattre la criminalité organisée et d'évaluer leur mise en œuvre et leur efficacité.]],
  },
  facts = { "law_enforcement.policy_monitoring" },
  check = function(ctx)
    return lx.measure_finding(ctx, "law_enforcement.policy_monitoring", {
      what = { en = "monitoring of its policies and actual measures against organized crime and assessment of their effectiveness and efficiency",
               fr = "le suivi de ses politiques et des mesures concrètes prises contre la criminalité organisée et l'évaluation de leur mise en œuvre et de leur efficacité" } })
  end,
}
