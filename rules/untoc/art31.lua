-- UNTOC article 31 -- Prevention
--
-- Levels, from the wording:
--   31(1) "shall endeavour" / "s'efforcent": endeavour; two elements (national
--         projects developed and evaluated; best practices and policies).
--   31(2) "shall endeavour, in accordance with fundamental principles of their
--         domestic law, to reduce ... opportunities for organised criminal
--         groups to participate in lawful markets with proceeds of crime ...
--         These measures should focus on: (a)-(d)".  The duty is a best effort
--         and (a)-(d) are its focus ("should" / "devraient"), so each of
--         (a)-(d) is encoded at the endeavour level, with the chapeau quoted.
--         The qualifier "in accordance with fundamental principles" opens an
--         escape: a principle recorded under `principles` for untoc:31.2 (or
--         a sub-paragraph) makes a measure the State has not taken not
--         applicable, and a partial one met (option "fundamental-principles"),
--         with the principle quoted.
--         (d)(i)-(iv) "such measures could include" / "pourraient inclure":
--         examples of what (d) may comprise, optional, one obligation each.
--         (d)(iv) (exchange of the information in the records of (d)(i) and
--         (iii)) presupposes such records: not applicable when the State has
--         neither.
--   31(3), 31(4) "shall endeavour" / "s'efforcent": endeavour.
--   31(5) first sentence "shall endeavour to promote public awareness":
--         endeavour (clause "awareness").  Second sentence: "Information may
--         be disseminated where appropriate through the mass media" / "Ils
--         peuvent le faire ... par l'intermédiaire des médias": optional
--         (clause "media"); "and shall include measures to promote public
--         participation" (Spanish "se adoptarán medidas") / French "et en
--         adoptant des mesures" governed by "peuvent".  The authentic texts
--         diverge (art. 41: all equally authentic); the reading that
--         reconciles them (Vienna Convention on the Law of Treaties, art.
--         33(4)) treats public participation as part of the awareness effort
--         of paragraph 5, so at the endeavour level (clause "participation"):
--         stronger than the French "may", no stronger than the paragraph
--         whose means it is.
--   31(6) "shall inform the Secretary-General" / "communique": mandatory; a
--         dated notification (notifications, provision untoc:31.6).
--   31(7) "shall, as appropriate, collaborate" / "collaborent, selon qu'il
--         convient" ... "This includes participation in international projects"
--         / "À ce titre, ils participent": mandatory with the qualifier "as
--         appropriate"; two elements (collaboration; participation in
--         international prevention projects).
--
-- Not encoded: nothing (every paragraph is addressed to States).

---------------------------------------------------------------------------
-- Local helpers (the lx library has no pattern for several limbs that are
-- all required, nor for optional forms of which every one adopted is named).
---------------------------------------------------------------------------

local all_of = lx.all_of         -- every limb required (see engine/lua/lexgap.lua)

local any_forms = lx.any_forms   -- any form, naming those adopted

-- Art. 31(2) qualifier: "in accordance with fundamental principles of their
-- domestic law".  r is the finding so far; a recorded principle explains a
-- measure not taken (not applicable) or taken in part (met, option
-- "fundamental-principles").
local function principles_escape(ctx, ref, r)
  if r.status ~= "not_met" and r.status ~= "partly_met" then return r end
  local p = ctx:principle(ref)
  if not p then return r end
  local vals = { e = r.explanation, st = (p.statement:gsub("%.%s*$", "")), s = p.source and (" (" .. p.source .. ")") or "" }
  if r.status == "not_met" then
    return ctx:not_applicable(lx.t({
      en = "{e} The State records that such measures would not accord with fundamental principles of its domestic law: {st}{s}. Paragraph 2 asks for efforts only \"in accordance with fundamental principles of their domestic law\".",
      fr = "{e} L'État indique que de telles mesures ne seraient pas conformes aux principes fondamentaux de son droit interne : {st}{s}. Le paragraphe 2 ne demande des efforts que « conformément aux principes fondamentaux de leur droit interne »." }, vals))
  end
  return ctx:met(lx.t({
    en = "{e} The State invokes fundamental principles of its domestic law for what it has not done: {st}{s}. Paragraph 2 asks for efforts only \"in accordance with fundamental principles of their domestic law\"; reviewers should verify that the stated limit is genuine.",
    fr = "{e} L'État invoque les principes fondamentaux de son droit interne pour ce qu'il n'a pas fait : {st}{s}. Le paragraphe 2 ne demande des efforts que « conformément aux principes fondamentaux de leur droit interne » ; les évaluateurs vérifieront que la limite invoquée est réelle." }, vals),
    { id = "fundamental-principles", en = "in accordance with fundamental principles of domestic law (art. 31(2))", fr = "conformément aux principes fondamentaux du droit interne (art. 31, par. 2)" })
end

local CHAPEAU_2 = {
  en = [[States Parties shall endeavour, in accordance with fundamental principles of their domestic law, to reduce existing or future opportunities for organised criminal groups to participate in lawful markets with proceeds of crime, through appropriate legislative, administrative or other measures. These measures should focus on:]],
  fr = [[Conformément aux principes fondamentaux de leur droit interne, les États parties s'efforcent de réduire, par des mesures législatives, administratives ou autres appropriées, les possibilités actuelles ou futures des groupes criminels organisés de participer à l'activité des marchés licites en utilisant le produit du crime. Ces mesures devraient être axées sur:]],
}
local function chapeau(en, fr)
  return { en = CHAPEAU_2.en .. " " .. en, fr = CHAPEAU_2.fr .. " " .. fr }
end

obligation {
  ref = "untoc:31.1",
  level = "endeavour",
  title = { en = "National prevention projects and best practices",
            fr = "Projets nationaux et meilleures pratiques de prévention" },
  category = "prevention",
  cluster = 2,
  text = {
    en = [[States Parties shall endeavour to develop and evaluate national projects and to establish and promote best practices and policies aimed at the prevention of transnational organised crime.]],
    fr = [[Les États parties s'efforcent d'élaborer et d'évaluer des projets nationaux ainsi que de mettre en place et de promouvoir les meilleures pratiques et politiques pour prévenir la criminalité transnationale organisée.]],
  },
  facts = { "prevention.national_projects", "prevention.best_practices" },
  check = function(ctx)
    return all_of(ctx, {
      { path = "prevention.national_projects",
        what = { en = "national projects, developed and evaluated, for the prevention of transnational organized crime",
                 fr = "des projets nationaux, élaborés et évalués, de prévention de la criminalité transnationale organisée" } },
      { path = "prevention.best_practices",
        what = { en = "best practices and policies aimed at that prevention",
                 fr = "des pratiques et politiques visant cette prévention" } },
    })
  end,
}

obligation {
  ref = "untoc:31.2.a",
  level = "endeavour",
  title = { en = "Cooperation between law enforcement or prosecutors and private entities",
            fr = "Coopération entre services de détection et de répression ou parquet et entités privées" },
  category = "prevention",
  cluster = 2,
  text = chapeau(
    [[(a) the strengthening of cooperation between law enforcement agencies or prosecutors and relevant private entities, including industry;]],
    [[a) le renforcement de la coopération entre les services de détection et de répression ou les magistrats du parquet et entités privées concernées, notamment dans l'industrie;]]),
  facts = { "prevention.private_sector_cooperation" },
  check = function(ctx)
    return principles_escape(ctx, "untoc:31.2.a", lx.measure_finding(ctx, "prevention.private_sector_cooperation", {
      what = { en = "measures strengthening cooperation between law enforcement agencies or prosecutors and relevant private entities",
               fr = "des mesures renforçant la coopération entre les services de détection et de répression ou le parquet et les entités privées concernées" } }))
  end,
}

obligation {
  ref = "untoc:31.2.b",
  level = "endeavour",
  title = { en = "Integrity standards and codes of conduct for relevant professions",
            fr = "Normes d'intégrité et codes de déontologie des professions concernées" },
  category = "prevention",
  cluster = 2,
  text = chapeau(
    [[(b) the promotion of the development of standards and procedures designed to safeguard the integrity of public and relevant private entities, as well as codes of conduct for relevant professions, in particular lawyers, notaries public, tax consultants and accountants;]],
    [[b) la promotion de l'élaboration de normes et procédures visant à préserver l'intégrité des entités publiques et des entités privées concernées, ainsi que de codes de déontologie pour les professions concernées, notamment celles de juriste, de notaire, de conseiller fiscal et de comptable;]]),
  facts = { "prevention.integrity_standards", "prevention.professional_codes" },
  check = function(ctx)
    return principles_escape(ctx, "untoc:31.2.b", all_of(ctx, {
      { path = "prevention.integrity_standards",
        what = { en = "standards and procedures safeguarding the integrity of public and relevant private entities",
                 fr = "des normes et procédures préservant l'intégrité des entités publiques et privées concernées" } },
      { path = "prevention.professional_codes",
        what = { en = "codes of conduct for the relevant professions (lawyers, notaries, tax consultants, accountants)",
                 fr = "des codes de déontologie pour les professions concernées (juristes, notaires, conseillers fiscaux, comptables)" } },
    }))
  end,
}

obligation {
  ref = "untoc:31.2.c",
  level = "endeavour",
  title = { en = "Preventing misuse of public tenders, subsidies and licences",
            fr = "Prévenir l'usage impropre des appels d'offres, subventions et licences publics" },
  category = "prevention",
  cluster = 2,
  text = chapeau(
    [[(c) the prevention of the misuse by organised criminal groups of tender procedures conducted by public authorities and of subsidies and licences granted by public authorities for commercial activity;]],
    [[c) la prévention de l'usage impropre par les groupes criminels organisés des procédures d'appel d'offres menées par des autorités publiques ainsi que des subventions et licences accordées par des autorités publiques pour une activité commerciale;]]),
  facts = { "prevention.procurement_misuse", "prevention.subsidies_licences_misuse" },
  check = function(ctx)
    return principles_escape(ctx, "untoc:31.2.c", all_of(ctx, {
      { path = "prevention.procurement_misuse",
        what = { en = "measures preventing the misuse of public tender procedures by organized criminal groups",
                 fr = "des mesures prévenant l'usage impropre des procédures d'appel d'offres publiques par les groupes criminels organisés" } },
      { path = "prevention.subsidies_licences_misuse",
        what = { en = "measures preventing the misuse of public subsidies and licences for commercial activity",
                 fr = "des mesures prévenant l'usage impropre des subventions et licences publiques accordées pour une activité commerciale" } },
    }))
  end,
}

local RECORDS = { en = "public records of the legal and natural persons involved in the establishment, management and funding of legal persons",
                  fr = "des registres publics des personnes morales et physiques impliquées dans la création, la gestion et le financement de personnes morales" }
local DISQUALIFICATION = { en = "the possibility of disqualifying persons convicted of the offences covered by the Convention from acting as directors of legal persons",
                           fr = "la possibilité de déchoir les personnes reconnues coupables d'infractions visées par la Convention du droit de diriger des personnes morales" }
local DISQ_RECORDS = { en = "a national record of persons disqualified from acting as directors of legal persons",
                       fr = "un registre national des personnes déchues du droit de diriger des personnes morales" }

obligation {
  ref = "untoc:31.2.d",
  level = "endeavour",
  title = { en = "Preventing misuse of legal persons by organized criminal groups",
            fr = "Prévenir l'usage impropre de personnes morales par les groupes criminels organisés" },
  category = "prevention",
  cluster = 2,
  text = chapeau(
    [[(d) the prevention of the misuse of legal persons by organised criminal groups;]],
    [[d) la prévention de l'usage impropre par des groupes criminels organisés de personnes morales;]]),
  facts = { "prevention.legal_persons_records", "prevention.director_disqualification",
            "prevention.disqualification_records", "prevention.legal_persons_other" },
  -- Any measure preventing the misuse of legal persons shows the effort:
  -- the examples of (d)(i)-(iii), or other measures.  The finding names
  -- every one the State has.
  check = function(ctx)
    return principles_escape(ctx, "untoc:31.2.d", any_forms(ctx, {
      { id = "i", label = { en = "public records (i)", fr = "registres publics (i)" }, path = "prevention.legal_persons_records", what = RECORDS },
      { id = "ii", label = { en = "disqualification of directors (ii)", fr = "déchéance du droit de diriger (ii)" }, path = "prevention.director_disqualification", what = DISQUALIFICATION },
      { id = "iii", label = { en = "record of disqualified persons (iii)", fr = "registre des personnes déchues (iii)" }, path = "prevention.disqualification_records", what = DISQ_RECORDS },
      { id = "other", label = { en = "other measures", fr = "autres mesures" }, path = "prevention.legal_persons_other",
        what = { en = "other measures preventing the misuse of legal persons by organized criminal groups",
                 fr = "d'autres mesures prévenant l'usage impropre de personnes morales par des groupes criminels organisés" } },
    }, { missing = { en = "measures preventing the misuse of legal persons by organized criminal groups",
                     fr = "des mesures prévenant l'usage impropre de personnes morales par des groupes criminels organisés" } }))
  end,
}

local D_CHAPEAU = {
  en = [[(d) the prevention of the misuse of legal persons by organised criminal groups; such measures could include:]],
  fr = [[d) la prévention de l'usage impropre par des groupes criminels organisés de personnes morales; ces mesures pourraient inclure:]],
}

obligation {
  ref = "untoc:31.2.d.i",
  level = "optional",
  title = { en = "Public records of persons involved in legal persons",
            fr = "Registres publics des personnes impliquées dans les personnes morales" },
  category = "prevention",
  cluster = 2,
  text = {
    en = D_CHAPEAU.en .. " " .. [[(i) the establishment of public records on legal and natural persons involved in the establishment, management and funding of legal persons;]],
    fr = D_CHAPEAU.fr .. " " .. [[i) l'établissement de registres publics des personnes morales et physiques impliquées dans la création, la gestion et le financement de personnes morales;]],
  },
  facts = { "prevention.legal_persons_records" },
  check = function(ctx)
    return lx.measure_finding(ctx, "prevention.legal_persons_records", { what = RECORDS })
  end,
}

obligation {
  ref = "untoc:31.2.d.ii",
  level = "optional",
  title = { en = "Disqualification of convicted persons from acting as directors",
            fr = "Déchéance du droit de diriger des personnes morales" },
  category = "prevention",
  cluster = 2,
  text = {
    en = D_CHAPEAU.en .. " " .. [[(ii) the introduction of the possibility of disqualifying by court order or any appropriate means for a reasonable period of time persons convicted of offences covered by this Convention from acting as directors of legal persons incorporated within their jurisdiction;]],
    fr = D_CHAPEAU.fr .. " " .. [[ii) la possibilité de déchoir les personnes reconnues coupables d'infractions visées par la présente convention, par décision de justice ou par tout moyen approprié, pour une période raisonnable, du droit de diriger des personnes morales constituées sur leur territoire;]],
  },
  facts = { "prevention.director_disqualification" },
  check = function(ctx)
    return lx.measure_finding(ctx, "prevention.director_disqualification", { what = DISQUALIFICATION })
  end,
}

obligation {
  ref = "untoc:31.2.d.iii",
  level = "optional",
  title = { en = "National records of disqualified directors",
            fr = "Registres nationaux des personnes déchues du droit de diriger" },
  category = "prevention",
  cluster = 2,
  text = {
    en = D_CHAPEAU.en .. " " .. [[(iii) the establishment of national records of persons disqualified from acting as directors of legal persons; and]],
    fr = D_CHAPEAU.fr .. " " .. [[iii) l'établissement de registres nationaux des personnes déchues du droit de diriger des personnes morales, et]],
  },
  facts = { "prevention.disqualification_records" },
  check = function(ctx)
    return lx.measure_finding(ctx, "prevention.disqualification_records", { what = DISQ_RECORDS })
  end,
}

obligation {
  ref = "untoc:31.2.d.iv",
  level = "optional",
  title = { en = "Exchange of the records' information with other States Parties",
            fr = "Échange des informations des registres avec les autres États parties" },
  category = "prevention",
  cluster = 2,
  text = {
    en = D_CHAPEAU.en .. " " .. [[(iv) the exchange of information contained in the records referred to in subparagraphs (d)(i) and (iii) of this paragraph with the competent authorities of other States Parties.]],
    fr = D_CHAPEAU.fr .. " " .. [[iv) l'échange d'informations contenues dans les registres mentionnés aux points d) i) et d) iii) avec les autorités compétentes des autres États parties.]],
  },
  facts = { "prevention.legal_persons_records", "prevention.disqualification_records", "prevention.records_exchange" },
  -- Condition: records of (d)(i) or (d)(iii) exist.  With neither, there is
  -- nothing to exchange.
  check = function(ctx)
    local a = ctx:measure("prevention.legal_persons_records")
    local b = ctx:measure("prevention.disqualification_records")
    local has_records = nil
    if a.state == "adopted" or a.state == "partly" or b.state == "adopted" or b.state == "partly" then
      has_records = true
    elseif a.state == "not_adopted" and b.state == "not_adopted" then
      has_records = false
    end
    local stop = lx.only_if(ctx, has_records,
      { en = "The State keeps neither public records on persons involved in legal persons nor a record of disqualified directors; sub-paragraph (d)(iv) concerns the exchange of the information in those records.",
        fr = "L'État ne tient ni registres publics des personnes impliquées dans les personnes morales ni registre des personnes déchues du droit de diriger ; le point d) iv) concerne l'échange des informations de ces registres." },
      { en = "Whether sub-paragraph (d)(iv) is relevant depends on whether the State keeps the records of (d)(i) or (d)(iii), which the profile does not say.",
        fr = "La pertinence du point d) iv) dépend de la tenue par l'État des registres visés aux points d) i) ou d) iii), que le profil n'indique pas." })
    if stop then return stop end
    return lx.measure_finding(ctx, "prevention.records_exchange", {
      what = { en = "the exchange of the information in those records with the competent authorities of other States Parties",
               fr = "l'échange des informations de ces registres avec les autorités compétentes des autres États parties" } })
  end,
}

obligation {
  ref = "untoc:31.3",
  level = "endeavour",
  title = { en = "Reintegration into society of convicted persons",
            fr = "Réinsertion dans la société des personnes condamnées" },
  category = "prevention",
  cluster = 2,
  text = {
    en = [[States Parties shall endeavour to promote the reintegration into society of persons convicted of offences covered by this Convention.]],
    fr = [[Les États parties s'efforcent de promouvoir la réinsertion dans la société des personnes reconnues coupables d'infractions visées par la présente convention.]],
  },
  facts = { "prevention.reintegration" },
  check = function(ctx)
    return lx.measure_finding(ctx, "prevention.reintegration", {
      what = { en = "measures promoting the reintegration into society of persons convicted of the offences covered by the Convention",
               fr = "des mesures favorisant la réinsertion dans la société des personnes reconnues coupables d'infractions visées par la Convention" } })
  end,
}

obligation {
  ref = "untoc:31.4",
  level = "endeavour",
  title = { en = "Periodic evaluation of legal instruments and practices for vulnerability to misuse",
            fr = "Évaluation périodique des instruments juridiques et pratiques administratives" },
  category = "prevention",
  cluster = 2,
  text = {
    en = [[States Parties shall endeavour to evaluate periodically existing relevant legal instruments and administrative practices with a view to detecting their vulnerability to misuse by organised criminal groups.]],
    fr = [[Les États parties s'efforcent d'évaluer périodiquement les instruments juridiques et les pratiques administratives pertinents en vue de déterminer s'ils comportent des lacunes permettant aux groupes criminels organisés d'en faire un usage impropre.]],
  },
  facts = { "prevention.vulnerability_assessment" },
  check = function(ctx)
    return lx.measure_finding(ctx, "prevention.vulnerability_assessment", {
      what = { en = "a periodic evaluation of its legal instruments and administrative practices for their vulnerability to misuse by organized criminal groups",
               fr = "une évaluation périodique de ses instruments juridiques et pratiques administratives au regard de leur vulnérabilité à l'usage impropre par les groupes criminels organisés" } })
  end,
}

obligation {
  ref = "untoc:31.5",
  clause = "awareness",
  level = "endeavour",
  title = { en = "Public awareness of transnational organized crime",
            fr = "Sensibilisation du public à la criminalité transnationale organisée" },
  category = "prevention",
  cluster = 2,
  text = {
    en = [[States Parties shall endeavour to promote public awareness regarding the existence, causes and gravity of and the threat posed by transnational organised crime.]],
    fr = [[Les États parties s'efforcent de mieux sensibiliser le public à l'existence, aux causes et à la gravité de la criminalité transnationale organisée et à la menace qu'elle représente.]],
  },
  facts = { "prevention.public_awareness" },
  check = function(ctx)
    return lx.measure_finding(ctx, "prevention.public_awareness", {
      what = { en = "efforts to promote public awareness of the existence, causes, gravity and threat of transnational organized crime",
               fr = "des efforts de sensibilisation du public à l'existence, aux causes, à la gravité et à la menace de la criminalité transnationale organisée" } })
  end,
}

obligation {
  ref = "untoc:31.5",
  clause = "media",
  level = "optional",
  title = { en = "Dissemination of information through the mass media",
            fr = "Diffusion d'informations par l'intermédiaire des médias" },
  category = "prevention",
  cluster = 2,
  text = {
    en = [[Information may be disseminated where appropriate through the mass media]],
    fr = [[Ils peuvent le faire, selon qu'il convient, par l'intermédiaire des médias]],
  },
  facts = { "prevention.media" },
  check = function(ctx)
    return lx.measure_finding(ctx, "prevention.media", {
      what = { en = "the dissemination of information on organized crime through the mass media",
               fr = "la diffusion d'informations sur la criminalité organisée par l'intermédiaire des médias" } })
  end,
}

obligation {
  ref = "untoc:31.5",
  clause = "participation",
  level = "endeavour",
  title = { en = "Measures to promote public participation in preventing and combating organized crime",
            fr = "Mesures destinées à promouvoir la participation du public à la prévention et à la lutte" },
  category = "prevention",
  cluster = 2,
  text = {
    en = [[and shall include measures to promote public participation in preventing and combating such crime.]],
    fr = [[et en adoptant des mesures destinées à promouvoir la participation du public aux activités de prévention et de lutte.]],
  },
  facts = { "prevention.public_participation" },
  note = "Level reconciles the English and Spanish (\"shall include\", \"se adoptarán\") with the French (\"peuvent\"): part of the endeavour of paragraph 5. See the header.",
  check = function(ctx)
    return lx.measure_finding(ctx, "prevention.public_participation", {
      what = { en = "measures to promote public participation in preventing and combating transnational organized crime",
               fr = "des mesures destinées à promouvoir la participation du public à la prévention et à la lutte contre la criminalité transnationale organisée" } })
  end,
}

obligation {
  ref = "untoc:31.6",
  level = "mandatory",
  title = { en = "Notification of the authority that can assist other States in developing prevention measures",
            fr = "Communication de l'autorité susceptible d'aider les autres États à mettre au point des mesures de prévention" },
  category = "prevention",
  cluster = 2,
  text = {
    en = [[Each State Party shall inform the Secretary-General of the United Nations of the name and address of the authority or authorities that can assist other States Parties in developing measures to prevent transnational organised crime.]],
    fr = [[Chaque État partie communique au secrétaire général de l'Organisation des Nations unies le nom et l'adresse de l'autorité ou des autorités susceptibles d'aider les autres États parties à mettre au point des mesures de prévention de la criminalité transnationale organisée.]],
  },
  facts = {},
  -- A dated fact: the latest notification under untoc:31.6 made on or
  -- before the as-of date.  Without a `notifications` list the State's
  -- notifications are unknown; with a list, one not in it was not made.
  check = function(ctx)
    local n = ctx:notification("untoc:31.6")
    if n then
      local what = n.content and lx.t({ en = ": {c}", fr = " : {c}" }, { c = n.content }) or { en = "", fr = "" }
      return ctx:met(lx.t({ en = "The State informed the Secretary-General of its prevention authority on {d}{w}.",
                            fr = "L'État a communiqué au Secrétaire général son autorité de prévention le {d}{w}." }, { d = n.date, w = what }))
    end
    local missing = { { en = "communication to the Secretary-General of the name and address of the prevention authority (art. 31(6))",
                        fr = "la communication au Secrétaire général du nom et de l'adresse de l'autorité de prévention (art. 31, par. 6)" } }
    if ctx:fact("notifications") == nil then
      ctx:ask("notifications", { en = "Has the State informed the Secretary-General of the name and address of the authority that can assist other States Parties in developing measures to prevent transnational organized crime (UNTOC art. 31(6))? When?",
                                 fr = "L'État a-t-il communiqué au Secrétaire général le nom et l'adresse de l'autorité susceptible d'aider les autres États parties à mettre au point des mesures de prévention de la criminalité transnationale organisée (art. 31, par. 6, CTO) ? Quand ?" })
      return ctx:unknown({ en = "The profile does not list the State's notifications to the depositary, so it does not show whether the prevention authority was communicated.",
                           fr = "Le profil ne recense pas les notifications de l'État au dépositaire ; il ne montre donc pas si l'autorité de prévention a été communiquée." })
    end
    return ctx:not_met({ en = "The State's notifications listed in the profile include none under art. 31(6): the Secretary-General has not been informed of an authority that can assist other States Parties in developing prevention measures.",
                         fr = "Les notifications de l'État recensées dans le profil n'en comprennent aucune au titre de l'art. 31, par. 6 : le Secrétaire général n'a pas été informé d'une autorité susceptible d'aider les autres États parties à mettre au point des mesures de prévention." }, missing)
  end,
}

obligation {
  ref = "untoc:31.7",
  level = "mandatory",
  title = { en = "Collaboration with other States and organisations on prevention",
            fr = "Collaboration avec les autres États et les organisations en matière de prévention" },
  category = "prevention",
  cluster = 2,
  text = {
    en = [[States Parties shall, as appropriate, collaborate with each other and relevant international and regional organisations in promoting and developing the measures referred to in this Article. This includes participation in international projects aimed at the prevention of transnational organised crime, for example by alleviating the circumstances that render socially marginalised groups vulnerable to the action of transnational organised crime.]],
    fr = [[Les États parties collaborent, selon qu'il convient, entre eux et avec les organisations régionales et internationales compétentes en vue de promouvoir et de mettre au point les mesures visées dans le présent article. À ce titre, ils participent à des projets internationaux visant à prévenir la criminalité transnationale organisée, par exemple en agissant sur les facteurs qui rendent les groupes socialement marginalisés vulnérables à l'action de cette criminalité.]],
  },
  facts = { "prevention.international_collaboration", "prevention.international_projects" },
  check = function(ctx)
    return all_of(ctx, {
      { path = "prevention.international_collaboration",
        what = { en = "collaboration with other States and international and regional organisations in promoting and developing prevention measures",
                 fr = "la collaboration avec d'autres États et les organisations internationales et régionales pour promouvoir et mettre au point des mesures de prévention" } },
      { path = "prevention.international_projects",
        what = { en = "participation in international projects aimed at the prevention of transnational organized crime",
                 fr = "la participation à des projets internationaux de prévention de la criminalité transnationale organisée" } },
    })
  end,
}
