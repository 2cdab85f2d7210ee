-- UNTOC article 29 -- Training and technical assistance
--
-- Paragraph 1 holds three clauses at their own levels:
--   * "shall, to the extent necessary, initiate, develop or improve specific
--     training programmes" / "établit, développe ou améliore, dans la mesure
--     des besoins": mandatory (clause "programmes"); "to the extent
--     necessary" is a qualifier;
--   * "Such programmes may include secondments and exchanges of staff" /
--     "peuvent prévoir": optional (clause "secondments");
--   * "Such programmes shall deal, in particular and to the extent permitted
--     by domestic law, with the following" (a)-(i) / "Ils portent en
--     particulier, dans la mesure où le droit interne l'autorise": mandatory
--     (clause "content").  The nine subjects are elements of one duty, read
--     from capacity.training_topics; a subject that domestic law does not
--     permit to be taught (e.g. a special investigative technique the law
--     does not allow) is excused when the profile records that under
--     `principles` for its sub-paragraph (untoc:29.1.g ...).
-- Paragraph 2: "shall assist one another" and "shall also, when appropriate,
--   use regional and international conferences and seminars" / "s'entraident"
--   and "mettent aussi à profit, lorsqu'il y a lieu": two mandatory duties of
--   cooperation (clauses "assistance" and "conferences"); they bind the
--   State's administration, not its legislature, and a profile shows them by
--   practice.
-- Paragraph 3: "shall promote training and technical assistance that will
--   facilitate extradition and mutual legal assistance" / "encouragent":
--   mandatory (clause "promotion"); "may include language training,
--   secondments and exchanges" / "peuvent inclure": optional (clause "forms").
-- Paragraph 4: "In the case of existing bilateral and multilateral
--   agreements or arrangements, States Parties shall strengthen, to the
--   extent necessary, efforts" / "Lorsqu'il existe ... renforcent":
--   mandatory, conditional on the State having such agreements or
--   arrangements.  The condition reads the fact that art. 27(2) also reads,
--   law_enforcement.cooperation_agreements (agreements or arrangements on
--   direct cooperation between law enforcement agencies): entered once, it
--   feeds both; adopted (or "partly") means such agreements exist.
--
-- Not encoded: nothing (every paragraph is addressed to States).

---------------------------------------------------------------------------
-- Local helpers (the lx library has no pattern for several limbs that are
-- all required, nor for optional forms of which every one adopted is named).
---------------------------------------------------------------------------

local all_of = lx.all_of         -- every limb required (see engine/lua/lexgap.lua)

local any_forms = lx.any_forms   -- any form, naming those adopted

local PROGRAMMES = { en = "specific training programmes for its law enforcement personnel, prosecutors, investigating magistrates, customs and other personnel charged with the prevention, detection and control of the offences",
                     fr = "des programmes de formation spécifiques pour le personnel de ses services de détection et de répression, les magistrats du parquet, les juges d'instruction, les agents des douanes et les autres personnels chargés de prévenir, de détecter et de réprimer les infractions" }

-- The subjects of art. 29(1)(a)-(i), with the sub-paragraph each comes from.
local TOPICS = {
  { key = "prevention_methods", ref = "untoc:29.1.a",
    en = "(a) methods of prevention, detection and control of the offences", fr = "a) méthodes de prévention, de détection et de lutte contre les infractions" },
  { key = "routes_techniques", ref = "untoc:29.1.b",
    en = "(b) routes and techniques of suspects, including in transit States, and countermeasures", fr = "b) itinéraires et techniques des suspects, y compris dans les États de transit, et mesures de lutte" },
  { key = "contraband", ref = "untoc:29.1.c",
    en = "(c) monitoring of the movement of contraband", fr = "c) surveillance du mouvement des produits de contrebande" },
  { key = "proceeds_movements", ref = "untoc:29.1.d",
    en = "(d) detection and monitoring of movements of proceeds and instrumentalities, and combating money-laundering and other financial crimes", fr = "d) détection et surveillance des mouvements du produit du crime et des instruments, et lutte contre le blanchiment et les autres infractions financières" },
  { key = "evidence", ref = "untoc:29.1.e",
    en = "(e) collection of evidence", fr = "e) rassemblement des éléments de preuve" },
  { key = "free_zones", ref = "untoc:29.1.f",
    en = "(f) control techniques in free trade zones and free ports", fr = "f) techniques de contrôle dans les zones franches et les ports francs" },
  { key = "modern_techniques", ref = "untoc:29.1.g",
    en = "(g) modern law enforcement equipment and techniques (electronic surveillance, controlled deliveries, undercover operations)", fr = "g) matériels et techniques modernes de détection et de répression (surveillance électronique, livraisons surveillées, infiltration)" },
  { key = "technology_crime", ref = "untoc:29.1.h",
    en = "(h) combating organized crime committed through computers, telecommunications networks or other modern technology", fr = "h) lutte contre la criminalité organisée perpétrée au moyen d'ordinateurs, de réseaux de télécommunication ou d'autres techniques modernes" },
  { key = "victims_witnesses", ref = "untoc:29.1.i",
    en = "(i) protection of victims and witnesses", fr = "i) protection des victimes et des témoins" },
}

obligation {
  ref = "untoc:29.1",
  clause = "programmes",
  level = "mandatory",
  title = { en = "Specific training programmes for law enforcement personnel",
            fr = "Programmes de formation spécifiques pour le personnel des services de détection et de répression" },
  category = "implementation",
  cluster = 2,
  text = {
    en = [[Each State Party shall, to the extent necessary, initiate, develop or improve specific training programmes for its law enforcement personnel, including prosecutors, investigating magistrates and customs personnel, and other personnel charged with the prevention, detection and control of the offences covered by this Convention.]],
    fr = [[Chaque État partie établit, développe ou améliore, dans la mesure des besoins, des programmes de formation spécifiques à l'intention du personnel de ses services de détection et de répression, y compris des magistrats du parquet, des juges d'instruction et des agents des douanes, ainsi que d'autres personnels chargés de prévenir, de détecter et de réprimer les infractions visées par la présente convention.]],
  },
  facts = { "capacity.training_programmes" },
  check = function(ctx)
    return lx.measure_finding(ctx, "capacity.training_programmes", { what = PROGRAMMES })
  end,
}

obligation {
  ref = "untoc:29.1",
  clause = "secondments",
  level = "optional",
  title = { en = "Secondments and exchanges of staff in training programmes",
            fr = "Détachements et échanges de personnel dans les programmes de formation" },
  category = "implementation",
  cluster = 2,
  text = {
    en = [[Such programmes may include secondments and exchanges of staff.]],
    fr = [[Ces programmes peuvent prévoir des détachements et des échanges de personnel.]],
  },
  facts = { "capacity.staff_exchanges" },
  check = function(ctx)
    return lx.measure_finding(ctx, "capacity.staff_exchanges", {
      what = { en = "secondments and exchanges of staff in its training programmes for law enforcement personnel",
               fr = "des détachements et des échanges de personnel dans ses programmes de formation des services de détection et de répression" } })
  end,
}

obligation {
  ref = "untoc:29.1",
  clause = "content",
  level = "mandatory",
  title = { en = "Subjects the training programmes must deal with",
            fr = "Thèmes sur lesquels portent les programmes de formation" },
  category = "implementation",
  cluster = 2,
  covers = { "untoc:29.1.a", "untoc:29.1.b", "untoc:29.1.c", "untoc:29.1.d", "untoc:29.1.e",
             "untoc:29.1.f", "untoc:29.1.g", "untoc:29.1.h", "untoc:29.1.i" },
  text = {
    en = [[Such programmes shall deal, in particular and to the extent permitted by domestic law, with the following: (a) methods used in the prevention, detection and control of the offences covered by this Convention; (b) routes and techniques used by persons suspected of involvement in offences covered by this Convention, including in transit States, and appropriate countermeasures; (c) monitoring of the movement of contraband; (d) detection and monitoring of the movements of proceeds of crime, property, equipment or other instrumentalities and methods used for the transfer, concealment or disguise of such proceeds, property, equipment or other instrumentalities, as well as methods used in combating money-laundering and other financial crimes; (e) collection of evidence; (f) control techniques in free trade zones and free ports; (g) modern law enforcement equipment and techniques, including electronic surveillance, controlled deliveries and undercover operations; (h) methods used in combating transnational organised crime committed through the use of computers, telecommunications networks or other forms of modern technology; and (i) methods used in the protection of victims and witnesses.]],
    fr = [[Ils portent en particulier, dans la mesure où le droit interne l'autorise, sur les points suivants: a) méthodes employées pour prévenir, détecter et combattre les infractions visées par la présente convention; b) itinéraires empruntés et techniques employées par les personnes soupçonnées d'implication dans des infractions visées par la présente convention, y compris dans les États de transit, et mesures de lutte appropriées; c) surveillance du mouvement des produits de contrebande; d) détection et surveillance du mouvement du produit du crime, des biens, des matériels ou des autres instruments, et méthodes de transfert, de dissimulation ou de déguisement de ce produit, de ces biens, de ces matériels ou de ces autres instruments, ainsi que les méthodes de lutte contre le blanchiment d'argent et contre d'autres infractions financières; e) rassemblement des éléments de preuve; f) techniques de contrôle dans les zones franches et les ports francs; g) matériels et techniques modernes de détection et de répression, y compris la surveillance électronique, les livraisons surveillées et les opérations d'infiltration; h) méthodes utilisées pour combattre la criminalité transnationale organisée perpétrée au moyen d'ordinateurs, de réseaux de télécommunication ou d'autres techniques modernes, et i) méthodes utilisées pour la protection des victimes et des témoins.]],
  },
  facts = { "capacity.training_programmes", "capacity.training_topics" },
  note = "One duty with nine elements. A subject is excused when a principle is recorded for its sub-paragraph (\"to the extent permitted by domestic law\"). No programmes at all: not met.",
  check = function(ctx)
    local prog = ctx:measure("capacity.training_programmes")
    if prog.state == "not_adopted" then
      return ctx:not_met(lx.t({ en = "The State has no specific training programmes{s}, so none deals with the subjects of paragraph 1(a)-(i).",
                                fr = "L'État n'a pas de programmes de formation spécifiques{s} ; aucun ne porte donc sur les thèmes du paragraphe 1 a) à i)." },
                              { s = lx.cited(prog) }),
        { { en = "training programmes dealing with the subjects of art. 29(1)(a)-(i)", fr = "des programmes de formation portant sur les thèmes de l'art. 29, par. 1 a) à i)" } })
    end
    local covered, partial, absent, excused, unknown, missing = {}, {}, {}, {}, {}, {}
    for _, tp in ipairs(TOPICS) do
      local label = { en = tp.en, fr = tp.fr }
      local m = ctx:measure("capacity.training_topics." .. tp.key)
      if m.state == "adopted" then
        covered[#covered + 1] = label
      elseif m.state == "partly" then
        partial[#partial + 1] = label
        missing[#missing + 1] = lx.t({ en = "{l} (covered only in part)", fr = "{l} (couvert seulement en partie)" }, { l = label })
      elseif m.state == "not_adopted" then
        local p = ctx:principle(tp.ref)
        if p then
          excused[#excused + 1] = lx.t({ en = "{l}: {st}", fr = "{l} : {st}" }, { l = label, st = (p.statement:gsub("%.%s*$", "")) })
        else
          absent[#absent + 1] = label
          missing[#missing + 1] = label
        end
      else
        unknown[#unknown + 1] = label
      end
    end
    local sep = { en = "; ", fr = " ; " }
    local parts = {}
    if #covered > 0 then parts[#parts + 1] = lx.t({ en = "Subjects covered: {l}.", fr = "Thèmes couverts : {l}." }, { l = lx.join(covered, sep, sep) }) end
    if #partial > 0 then parts[#parts + 1] = lx.t({ en = "Covered in part: {l}.", fr = "Couverts en partie : {l}." }, { l = lx.join(partial, sep, sep) }) end
    if #absent > 0 then parts[#parts + 1] = lx.t({ en = "Not covered: {l}.", fr = "Non couverts : {l}." }, { l = lx.join(absent, sep, sep) }) end
    if #excused > 0 then parts[#parts + 1] = lx.t({ en = "Not covered because domestic law does not permit it (\"to the extent permitted by domestic law\"): {l}.", fr = "Non couverts parce que le droit interne ne l'autorise pas (« dans la mesure où le droit interne l'autorise ») : {l}." }, { l = lx.join(excused, sep, sep) }) end
    if #unknown > 0 then parts[#parts + 1] = lx.t({ en = "Not stated by the profile: {l}.", fr = "Non indiqués par le profil : {l}." }, { l = lx.join(unknown, sep, sep) }) end
    local expl = lx.join(parts, { en = " ", fr = " " }, { en = " ", fr = " " })
    if #unknown > 0 then return ctx:unknown(expl, missing) end
    if #partial == 0 and #absent == 0 then
      if #excused > 0 then
        return ctx:met(expl, { id = "domestic-law-limits", en = "to the extent permitted by domestic law (art. 29(1))", fr = "dans la mesure où le droit interne l'autorise (art. 29, par. 1)" })
      end
      return ctx:met(expl)
    end
    if #covered == 0 and #partial == 0 then return ctx:not_met(expl, missing) end
    return ctx:partly(expl, missing)
  end,
}

obligation {
  ref = "untoc:29.2",
  clause = "assistance",
  level = "mandatory",
  title = { en = "Mutual assistance in research and training programmes",
            fr = "Entraide pour les programmes de recherche et de formation" },
  category = "cooperation",
  cluster = 2,
  text = {
    en = [[States Parties shall assist one another in planning and implementing research and training programmes designed to share expertise in the areas referred to in paragraph 1 of this Article]],
    fr = [[Les États parties s'entraident pour planifier et exécuter des programmes de recherche et de formation conçus pour échanger des connaissances spécialisées dans les domaines visés au paragraphe 1]],
  },
  facts = { "capacity.mutual_training_assistance" },
  check = function(ctx)
    return lx.measure_finding(ctx, "capacity.mutual_training_assistance", {
      what = { en = "assistance to (and from) other States Parties in planning and implementing research and training programmes on the subjects of paragraph 1",
               fr = "l'entraide avec d'autres États parties pour planifier et exécuter des programmes de recherche et de formation sur les thèmes du paragraphe 1" } })
  end,
}

obligation {
  ref = "untoc:29.2",
  clause = "conferences",
  level = "mandatory",
  title = { en = "Use of regional and international conferences and seminars",
            fr = "Recours aux conférences et séminaires régionaux et internationaux" },
  category = "cooperation",
  cluster = 2,
  text = {
    en = [[and to that end shall also, when appropriate, use regional and international conferences and seminars to promote cooperation and to stimulate discussion on problems of mutual concern, including the special problems and needs of transit States.]],
    fr = [[et, à cette fin, mettent aussi à profit, lorsqu'il y a lieu, des conférences et séminaires régionaux et internationaux pour favoriser la coopération et stimuler les échanges de vues sur les problèmes communs, y compris les problèmes et besoins particuliers des États de transit.]],
  },
  facts = { "capacity.conferences_seminars" },
  -- "When appropriate" is a qualifier: the State chooses the occasions, it
  -- does not decide whether to take part at all.
  check = function(ctx)
    return lx.measure_finding(ctx, "capacity.conferences_seminars", {
      what = { en = "the use of regional and international conferences and seminars to promote cooperation and discussion of problems of mutual concern",
               fr = "le recours à des conférences et séminaires régionaux et internationaux pour favoriser la coopération et les échanges de vues sur les problèmes communs" } })
  end,
}

obligation {
  ref = "untoc:29.3",
  clause = "promotion",
  level = "mandatory",
  title = { en = "Training and technical assistance facilitating extradition and mutual legal assistance",
            fr = "Formation et assistance technique facilitant l'extradition et l'entraide judiciaire" },
  category = "cooperation",
  cluster = 2,
  text = {
    en = [[States Parties shall promote training and technical assistance that will facilitate extradition and mutual legal assistance.]],
    fr = [[Les États parties encouragent les activités de formation et d'assistance technique de nature à faciliter l'extradition et l'entraide judiciaire.]],
  },
  facts = { "capacity.cooperation_training" },
  check = function(ctx)
    return lx.measure_finding(ctx, "capacity.cooperation_training", {
      what = { en = "the promotion of training and technical assistance that facilitate extradition and mutual legal assistance",
               fr = "l'encouragement d'activités de formation et d'assistance technique de nature à faciliter l'extradition et l'entraide judiciaire" } })
  end,
}

obligation {
  ref = "untoc:29.3",
  clause = "forms",
  level = "optional",
  title = { en = "Language training, secondments and exchanges between central authorities",
            fr = "Formation linguistique, détachements et échanges entre autorités centrales" },
  category = "cooperation",
  cluster = 2,
  text = {
    en = [[Such training and technical assistance may include language training, secondments and exchanges between personnel in central authorities or agencies with relevant responsibilities.]],
    fr = [[Ces activités de formation et d'assistance technique peuvent inclure une formation linguistique, des détachements et des échanges entre les personnels des autorités centrales ou des organismes ayant des responsabilités dans les domaines visés.]],
  },
  facts = { "capacity.language_training", "capacity.central_authority_exchanges" },
  check = function(ctx)
    return any_forms(ctx, {
      { id = "language", label = { en = "language training", fr = "formation linguistique" },
        path = "capacity.language_training",
        what = { en = "language training for extradition and mutual legal assistance", fr = "une formation linguistique en matière d'extradition et d'entraide judiciaire" } },
      { id = "exchanges", label = { en = "secondments and exchanges between central authorities", fr = "détachements et échanges entre autorités centrales" },
        path = "capacity.central_authority_exchanges",
        what = { en = "secondments and exchanges between personnel of central authorities or agencies responsible for extradition and mutual legal assistance",
                 fr = "des détachements et échanges entre les personnels des autorités centrales ou organismes chargés de l'extradition et de l'entraide judiciaire" } },
    })
  end,
}

obligation {
  ref = "untoc:29.4",
  level = "mandatory",
  title = { en = "Strengthening operational and training activities under existing agreements",
            fr = "Renforcement des activités opérationnelles et de formation dans le cadre des accords existants" },
  category = "cooperation",
  cluster = 2,
  text = {
    en = [[In the case of existing bilateral and multilateral agreements or arrangements, States Parties shall strengthen, to the extent necessary, efforts to maximise operational and training activities within international and regional organisations and within other relevant bilateral and multilateral agreements or arrangements.]],
    fr = [[Lorsqu'il existe des accords ou arrangements bilatéraux et multilatéraux en vigueur, les États parties renforcent, autant qu'il est nécessaire, les mesures prises pour optimiser les activités opérationnelles et de formation au sein des organisations internationales et régionales et dans le cadre d'autres accords ou arrangements bilatéraux et multilatéraux en la matière.]],
  },
  facts = { "law_enforcement.cooperation_agreements", "capacity.operational_training_activities" },
  -- Condition: the State has bilateral or multilateral agreements or
  -- arrangements of this kind.
  check = function(ctx)
    local agr = ctx:measure("law_enforcement.cooperation_agreements")
    local applies = nil
    if agr.state == "adopted" or agr.state == "partly" then applies = true
    elseif agr.state == "not_adopted" then applies = false end
    local stop = lx.only_if(ctx, applies,
      { en = "The State has concluded no bilateral or multilateral agreement or arrangement on cooperation between law enforcement agencies; paragraph 4 applies \"in the case of existing\" agreements or arrangements.",
        fr = "L'État n'a conclu aucun accord ou arrangement bilatéral ou multilatéral de coopération entre services de détection et de répression ; le paragraphe 4 s'applique « lorsqu'il existe » de tels accords ou arrangements." },
      { en = "Whether paragraph 4 applies depends on whether the State has bilateral or multilateral agreements or arrangements on law enforcement cooperation, which the profile does not say.",
        fr = "L'application du paragraphe 4 dépend de l'existence d'accords ou arrangements bilatéraux ou multilatéraux de coopération entre services de détection et de répression, que le profil n'indique pas." })
    if stop then return stop end
    return lx.measure_finding(ctx, "capacity.operational_training_activities", {
      what = { en = "strengthened efforts to maximise operational and training activities within international and regional organisations and under its agreements or arrangements",
               fr = "des mesures renforcées pour optimiser les activités opérationnelles et de formation au sein des organisations internationales et régionales et dans le cadre de ses accords ou arrangements" } })
  end,
}
