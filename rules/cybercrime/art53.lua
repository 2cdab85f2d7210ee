-- Cybercrime Convention article 53 -- Preventive measures (Mesures
-- préventives): chapter VI.
--
-- Reported in the terms of each paragraph's level, never as gaps where the
-- text asks only for efforts or allows:
--   53(1) endeavour ("s'efforce d'élaborer et de mettre en œuvre ou de
--         maintenir des politiques"); "conformément aux principes
--         fondamentaux de son système juridique" is an escape, not a level.
--   53(2) mandatory ("prend des mesures appropriées"), qualified by "dans la
--         limite de ses moyens" and "conformément aux principes fondamentaux
--         de son droit interne": escapes, not a lower level.
--   53(4) mandatory ("prend des mesures appropriées pour veiller à ce que
--         l'autorité ... soient connues du public et lui soient accessibles
--         ... y compris sous couvert d'anonymat"); "lorsqu'il y a lieu" an
--         escape.
--   53(5) endeavour ("s'efforcent d'évaluer périodiquement").
--   53(6) optional: "peuvent collaborer"; the second sentence ("À ce titre,
--         ils participent à des projets internationaux") says what that
--         collaboration includes, it adds no duty of its own (a State that
--         does not collaborate under the first sentence is not bound by the
--         second).  Unlike UNTOC 31(7) ("shall collaborate"), optional.
--   53(7) mandatory ("communique"): the name and address of the prevention
--         authority to the Secretary-General, a dated notification under
--         cybercrime:53.7 (the twin of untoc:31.6, a communication of its own).
-- Not encoded: 53(3), "Les mesures préventives peuvent consister en ce qui
-- suit : a) ... m)": an illustrative list of the forms the measures of
-- 53(1) and (2) may take (declared below with the reason).
--
-- The facts are in rules/schema/cybercrime-prevention.lua (section
-- cyber_prevention): UNTOC art. 31's prevention facts concern organized
-- crime and are not read here.
--
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

-- 53(1) and 53(2) are to be carried out "conformément aux principes
-- fondamentaux" of the State's legal system or domestic law: those
-- principles shape the measures, they do not dispense with them.  A
-- principle the profile states for the paragraph is quoted next to a
-- finding that is not met or met in part, which keeps its status.
local function principle_noted(ctx, r, ref, para)
  if r.status ~= "not_met" and r.status ~= "partly_met" then return r end
  local p = ctx:principle(ref)
  if not p then return r end
  local why = lx.t({ en = " The State invokes a fundamental principle of its law: {st}. Art. 53({n}) lets such principles shape the measures (« conformément aux principes fondamentaux »); it does not dispense with them.",
                     fr = " L'État invoque un principe fondamental de son droit : {st}. L'art. 53, par. {n}, laisse ces principes modeler les mesures (« conformément aux principes fondamentaux ») ; il n'en dispense pas." },
                   { st = lx.stated_principle(p), n = para })
  local text = { en = r.explanation.en .. why.en, fr = r.explanation.fr .. why.fr }
  if r.status == "not_met" then return ctx:not_met(text, r.missing) end
  return ctx:partly(text, r.missing)
end

obligation {
  ref = "cybercrime:53.1",
  twin = "untoc:31.1",
  level = "endeavour",
  title = { en = "Policies and good practices to reduce opportunities for cybercrime",
            fr = "Politiques et bonnes pratiques visant à réduire les possibilités de cybercriminalité" },
  category = "prevention",
  cluster = 6,
  text = {
    fr = [[Conformément aux principes fondamentaux de son système juridique, chaque État partie s'efforce d'élaborer et de mettre en œuvre ou de maintenir des politiques et des bonnes pratiques efficaces et coordonnées afin de réduire, par des mesures législatives, administratives ou autres appropriées, les possibilités actuelles ou futures de cybercriminalité.]],
    en = [[Each State Party shall endeavour, in accordance with the fundamental principles of its legal system, to develop and implement or maintain effective and coordinated policies and best practices to reduce existing or future opportunities for cybercrime through appropriate legislative, administrative or other measures.]],
  },
  facts = { "cyber_prevention.policies" },
  check = function(ctx)
    return principle_noted(ctx, lx.measure_finding(ctx, "cyber_prevention.policies", {
      what = { en = "effective and coordinated policies and good practices to reduce existing or future opportunities for cybercrime through legislative, administrative or other measures",
               fr = "des politiques et bonnes pratiques efficaces et coordonnées visant à réduire, par des mesures législatives, administratives ou autres, les possibilités actuelles ou futures de cybercriminalité" } }), "cybercrime:53.1", "1")
  end,
}

obligation {
  ref = "cybercrime:53.2",
  level = "mandatory",
  title = { en = "Participation of non-public actors and the public in prevention",
            fr = "Participation des acteurs non publics et du public à la prévention" },
  category = "prevention",
  cluster = 6,
  text = {
    fr = [[Chaque État partie prend des mesures appropriées, dans la limite de ses moyens et conformément aux principes fondamentaux de son droit interne, pour favoriser la participation active des personnes et des entités n'appartenant pas au secteur public, telles que les organisations non gouvernementales, les organisations de la société civile, les établissements universitaires et les entités du secteur privé, concernées, ainsi que du grand public, aux aspects pertinents de la prévention des infractions établies conformément à la présente Convention.]],
    en = [[Each State Party shall take appropriate measures, within its means and in accordance with fundamental principles of its domestic law, to promote the active participation of relevant individuals and entities outside the public sector, such as non-governmental organizations, civil society organizations, academic institutions and private sector entities, as well as the public in general, in the relevant aspects of prevention of the offences established in accordance with this Convention.]],
  },
  facts = { "cyber_prevention.non_public_participation" },
  note = "'Dans la limite de ses moyens' and 'conformément aux principes fondamentaux de son droit interne' are escapes, not a lower level.",
  check = function(ctx)
    return principle_noted(ctx, lx.measure_finding(ctx, "cyber_prevention.non_public_participation", {
      what = { en = "appropriate measures to promote the active participation of non-governmental and civil-society organizations, academic institutions, the private sector and the public in the prevention of the Convention's offences",
               fr = "des mesures appropriées pour favoriser la participation active des organisations non gouvernementales et de la société civile, des établissements universitaires, du secteur privé et du public à la prévention des infractions de la Convention" } }), "cybercrime:53.2", "2")
  end,
}

obligation {
  ref = "cybercrime:53.4",
  level = "mandatory",
  title = { en = "Public knowledge of and access to the authorities for reporting offences, anonymously included",
            fr = "Autorités connues du public et accessibles pour le signalement des infractions, y compris anonyme" },
  category = "prevention",
  cluster = 6,
  text = {
    fr = [[Chaque État partie prend des mesures appropriées pour veiller à ce que l'autorité ou les autorités compétentes chargées de prévenir et de combattre la cybercriminalité soient connues du public et lui soient accessibles, lorsqu'il y a lieu, pour que tout fait susceptible d'être considéré comme constituant une infraction pénale établie conformément à la présente Convention puisse leur être signalé, y compris sous couvert d'anonymat.]],
    en = [[Each State Party shall take appropriate measures to ensure that the relevant competent authority or authorities responsible for preventing and combating cybercrime are known and accessible to the public, where appropriate, for the reporting, including anonymously, of any incidents that may be considered to constitute an offence established in accordance with this Convention.]],
  },
  facts = { "cyber_prevention.reporting_authority" },
  note = "Reporting that cannot be made anonymously is 'partly' (missing: anonymous reporting).",
  check = function(ctx)
    return lx.measure_finding(ctx, "cyber_prevention.reporting_authority", {
      what = { en = "appropriate measures so that the authorities responsible for preventing and combating cybercrime are known and accessible to the public for reporting incidents that may be offences, including anonymously",
               fr = "des mesures appropriées pour que les autorités chargées de prévenir et de combattre la cybercriminalité soient connues du public et lui soient accessibles pour le signalement de faits susceptibles de constituer des infractions, y compris sous couvert d'anonymat" } })
  end,
}

obligation {
  ref = "cybercrime:53.5",
  level = "endeavour",
  title = { en = "Periodic evaluation of legal frameworks and administrative practices",
            fr = "Évaluation périodique des cadres juridiques et des pratiques administratives" },
  category = "prevention",
  cluster = 6,
  text = {
    fr = [[Les États parties s'efforcent d'évaluer périodiquement les cadres juridiques nationaux et les pratiques administratives pertinents en vue de déterminer s'ils comportent des lacunes et des points faibles et de veiller à leur actualité face à l'évolution des menaces que représentent les infractions établies conformément à la présente Convention.]],
    en = [[States Parties shall endeavour to periodically evaluate relevant national legal frameworks and administrative practices with a view to identifying gaps and vulnerabilities and ensuring their relevance in the face of changing threats posed by the offences established in accordance with this Convention.]],
  },
  facts = { "cyber_prevention.framework_evaluation" },
  check = function(ctx)
    return lx.measure_finding(ctx, "cyber_prevention.framework_evaluation", {
      what = { en = "periodic evaluation of national legal frameworks and administrative practices to identify gaps and vulnerabilities and keep them relevant to the changing threats of the Convention's offences",
               fr = "l'évaluation périodique des cadres juridiques nationaux et des pratiques administratives pour en déceler les lacunes et les points faibles et les maintenir à jour face à l'évolution des menaces" } })
  end,
}

obligation {
  ref = "cybercrime:53.6",
  level = "optional",
  title = { en = "Collaboration with other States and organizations on prevention, international projects included",
            fr = "Collaboration avec d'autres États et organisations en matière de prévention, projets internationaux compris" },
  category = "prevention",
  cluster = 6,
  text = {
    fr = [[Les États parties peuvent collaborer entre eux et avec les organisations internationales et régionales compétentes en vue de promouvoir et de mettre au point les mesures visées au présent article. À ce titre, ils participent à des projets internationaux visant à prévenir la cybercriminalité.]],
    en = [[States Parties may collaborate with each other and relevant international and regional organizations in promoting and developing the measures referred to in this article. This includes participation in international projects aimed at the prevention of cybercrime.]],
  },
  facts = { "cyber_prevention.international_collaboration" },
  note = "Optional ('peuvent collaborer'); the second sentence spells out what that collaboration includes.",
  check = function(ctx)
    return lx.measure_finding(ctx, "cyber_prevention.international_collaboration", {
      what = { en = "collaboration with other States and international and regional organizations to promote and develop preventive measures, including participation in international projects",
               fr = "la collaboration avec d'autres États et des organisations internationales et régionales pour promouvoir et mettre au point des mesures préventives, y compris la participation à des projets internationaux" } })
  end,
}

obligation {
  ref = "cybercrime:53.7",
  twin = "untoc:31.6",
  level = "mandatory",
  title = { en = "Notification of the authority that can assist other States in developing prevention measures",
            fr = "Communication de l'autorité susceptible d'aider les autres États à mettre au point des mesures de prévention" },
  category = "prevention",
  cluster = 6,
  text = {
    fr = [[Chaque État partie communique au Secrétaire général ou à la Secrétaire générale de l'Organisation des Nations Unies le nom et l'adresse de l'autorité ou des autorités susceptibles d'aider d'autres États parties à mettre au point et à appliquer des mesures spécifiques de prévention de la cybercriminalité.]],
    en = [[Each State Party shall inform the Secretary-General of the United Nations of the name and address of the authority or authorities that can assist other States Parties in developing and implementing specific measures for the prevention of cybercrime.]],
  },
  facts = {},
  note = "Twin of untoc:31.6, but a communication of its own: listed under notifications, provision cybercrime:53.7.",
  check = function(ctx)
    local n = ctx:notification("cybercrime:53.7")
    if n then
      local what = n.content and lx.t({ en = ": {c}", fr = " : {c}" }, { c = n.content }) or { en = "", fr = "" }
      return ctx:met(lx.t({ en = "The State informed the Secretary-General of its cybercrime prevention authority on {d}{w}.",
                            fr = "L'État a communiqué au Secrétaire général son autorité de prévention de la cybercriminalité le {d}{w}." }, { d = n.date, w = what }))
    end
    if ctx:fact("notifications") == nil then
      ctx:ask("notifications", { en = "Has the State informed the Secretary-General of the name and address of the authority that can assist other States Parties in developing and implementing measures to prevent cybercrime (Cybercrime Convention art. 53(7))? When? (List it under notifications, provision cybercrime:53.7.)",
                                 fr = "L'État a-t-il communiqué au Secrétaire général le nom et l'adresse de l'autorité susceptible d'aider les autres États parties à mettre au point et à appliquer des mesures de prévention de la cybercriminalité (art. 53, par. 7, de la Convention sur la cybercriminalité) ? Quand ? (L'indiquer dans notifications, disposition cybercrime:53.7.)" })
      return ctx:unknown({ en = "The profile does not list the State's notifications to the depositary, so it does not show whether the prevention authority was communicated.",
                           fr = "Le profil ne recense pas les notifications de l'État au dépositaire ; il ne montre donc pas si l'autorité de prévention a été communiquée." })
    end
    -- A communication the list dates after the assessment date was not made
    -- by then: say so, rather than that the list has none.
    local later
    for _, e in ipairs(ctx:fact("notifications")) do
      if e.provision == "cybercrime:53.7" and e.date > ctx.as_of and (later == nil or e.date < later) then later = e.date end
    end
    local text = later
      and lx.t({ en = "The State's communication under art. 53(7) is dated {d}, after the assessment date; none was made by then.",
                 fr = "La communication de l'État au titre de l'art. 53, par. 7, est datée du {d}, après la date d'évaluation ; aucune n'avait été faite à cette date." }, { d = later })
      or { en = "The State's notifications listed in the profile include none under art. 53(7) (one under UNTOC art. 31(6) does not count for this Convention).",
           fr = "Les notifications de l'État recensées dans le profil n'en comprennent aucune au titre de l'art. 53, par. 7 (une notification au titre de l'art. 31, par. 6, de la CTO ne vaut pas pour la présente Convention)." }
    return ctx:not_met(text,
      { { en = "communication to the Secretary-General of the name and address of the cybercrime prevention authority (art. 53(7))",
          fr = "la communication au Secrétaire général du nom et de l'adresse de l'autorité de prévention de la cybercriminalité (art. 53, par. 7)" } })
  end,
}

not_encoded {
  ref = "cybercrime:53.3",
  reason = {
    en = "\"Les mesures préventives peuvent consister en ce qui suit\": an illustrative, optional list (a) to (m) of the forms the measures of paragraphs 1 and 2 may take; it adds no duty, and a profile cites such measures as evidence for 53(1) and (2).",
    fr = "« Les mesures préventives peuvent consister en ce qui suit » : liste indicative et facultative, a) à m), des formes que peuvent prendre les mesures des paragraphes 1 et 2 ; elle n'ajoute aucune obligation, et un profil cite ces mesures à l'appui des par. 1 et 2.",
  },
}
