-- UNTOC article 11 -- Prosecution, adjudication and sanctions
--
-- Paragraph 1 "shall make the commission of an offence established in
--   accordance with Articles 5, 6, 8 and 23 ... liable to sanctions that take
--   into account the gravity of that offence" / "rend ... passible de
--   sanctions qui tiennent compte de la gravité": mandatory.  It is read from
--   the offences of the profile and their penalties, not asked again: every
--   offence in force that covers a conduct element of arts 5, 6, 8 or 23 must
--   carry a sanction that takes account of its gravity.  The Convention sets
--   no minimum, but it treats these offences as grave (art. 11(4): "the grave
--   nature of the offences covered by this Convention"; art. 5 and the
--   predicates of art. 6 are defined through serious crime): an offence
--   punishable by a fine only, with no deprivation of liberty, is read as
--   falling short (partly met, or not met when no offence carries
--   imprisonment).  Offences below the 4-year threshold of a serious crime
--   (art. 2(b)) are named in the finding for the reviewer, not counted as
--   shortcomings.  An entry made only of accessory conduct (organizing,
--   directing, aiding, abetting, facilitating or counselling the crimes of a
--   group, aiding or attempting laundering) and giving no penalty of its own
--   -- a general complicity or attempt rule -- is sanctioned by reference to
--   the principal offence, so it is not examined separately.  Where the
--   profile names no offence for an article (and does not declare its conduct
--   absent), the finding is unknown; where it declares every conduct of an
--   article absent, that shortcoming belongs to the article concerned and is
--   only mentioned here.  The sanctions of legal persons are art. 10(4)'s.
-- Paragraph 2 "shall endeavour to ensure" / "s'efforce de faire en sorte":
--   endeavour.  It concerns "any discretionary legal powers": a State whose
--   law gives no discretion relating to prosecution (strict legality) is not
--   concerned (not applicable).  The option reports the system
--   ("opportunity" or "legality_with_exceptions").
-- Paragraph 3 "shall take appropriate measures, in accordance with its
--   domestic law and with due regard to the rights of the defence, to seek to
--   ensure that conditions imposed in connection with decisions on release
--   pending trial or appeal take into consideration the need to ensure the
--   presence of the defendant".  Mandatory: the duty is to take the measures
--   ("shall take appropriate measures" / "prend les mesures appropriées");
--   "to seek to ensure" describes their aim (no State can guarantee that a
--   released defendant appears), it does not make the taking of measures a
--   matter of best efforts -- the French text, equally authentic (art. 41),
--   has no "seek" at all ("pour faire en sorte que").  "In accordance with
--   its domestic law and with due regard to the rights of the defence" are
--   qualifiers on the measures' form.  Both release pending trial and release
--   pending appeal are required; one without the other is partly met.
-- Paragraph 4 "shall ensure" / "s'assure": mandatory.  It binds when the
--   courts or other authorities consider early release or parole; a State
--   whose law knows neither is not concerned (not applicable).
-- Paragraph 5 "shall, where appropriate, establish ... a long statute of
--   limitations period ... and a longer period where the alleged offender
--   has evaded the administration of justice" / "Lorsqu'il y a lieu, ...
--   détermine": mandatory, qualified by "where appropriate".  Two elements: a
--   long period, and a longer one (or suspension) where the offender evaded
--   justice.  A State whose law subjects these offences to no limitation at
--   all goes beyond the requirement (met, option "no-limitation").  The
--   qualifier opens an escape: where the profile records (under
--   `principles`, for untoc:11.5) why a longer period would not be
--   appropriate, the shortcoming is explained (met, option
--   "where-appropriate"), to be verified by reviewers.
--
-- Not encoded as obligations:
--   11(6) "Nothing contained in this Convention shall affect the principle
--   that the description of the offences ... is reserved to the domestic law
--   of a State Party": a saving clause; it imposes nothing on States.
--
-- Cluster: 3 (law enforcement and the judicial system) -- prosecution,
-- release, parole and limitation; verify against the appendix to Conference
-- resolution 9/1.

---------------------------------------------------------------------------
-- Shared helpers (plain Lua; the checks below stay short).
---------------------------------------------------------------------------

local function list(items)
  return lx.join(items, { en = "; ", fr = " ; " }, { en = "; ", fr = " ; " })
end

local function space(parts)
  return lx.join(parts, { en = " ", fr = " " }, { en = " ", fr = " " })
end

local all_elements = lx.all_measures   -- every element required (see engine/lua/lexgap.lua)

local finding = lx.finding_of

---------------------------------------------------------------------------
-- Paragraph 1: sanctions that take into account the gravity of the offence
---------------------------------------------------------------------------

-- The offences of arts 5, 6, 8 and 23, recognised by the conduct elements
-- the Convention makes mandatory (art. 8: paragraph 1; the offences a State
-- chose to create under art. 8(2) are not reached, as in the rules for arts
-- 6(2)(b) and 10(1)).
local TREATY_OFFENCES = {
  { art = "5", en = "participation in an organized criminal group", fr = "participation à un groupe criminel organisé",
    elements = { "participation_conspiracy", "participation_ocg_criminal_activities", "participation_ocg_other_activities",
                 "ocg_crime_organizing", "ocg_crime_directing", "ocg_crime_aiding_abetting", "ocg_crime_facilitating_counselling" } },
  { art = "6", en = "laundering of proceeds of crime", fr = "blanchiment du produit du crime",
    elements = { "laundering_conversion_transfer", "laundering_concealment_disguise", "laundering_acquisition_possession_use",
                 "laundering_association_conspiracy", "laundering_attempt", "laundering_aiding_abetting" } },
  { art = "8", en = "bribery of national public officials", fr = "corruption d'agents publics nationaux",
    elements = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give",
                 "bribery_passive_solicit", "bribery_passive_accept", "bribery_indirect", "bribery_third_party_beneficiary" } },
  { art = "23", en = "obstruction of justice", fr = "entrave au bon fonctionnement de la justice",
    elements = { "obstruction_witness_force_threats", "obstruction_witness_undue_advantage", "obstruction_official_force_threats" } },
}

-- Accessory conduct (lx.accessory_only): an entry made only of it and
-- stating no penalty is a general complicity or attempt rule, punished by
-- reference to the principal offence.
local accessory_only = lx.accessory_only

-- The sanction an offence carries: kind ("custodial", "derived", "none",
-- "unknown") and a phrase.
local function sanction(o)
  if o.life_imprisonment then
    return "custodial", { en = "life imprisonment", fr = "la réclusion à perpétuité" }
  end
  local y = o.max_prison_years
  if y == nil then
    if accessory_only(o) then
      return "derived", { en = "the penalty of the principal offence (accessory liability)", fr = "la peine de l'infraction principale (responsabilité accessoire)" }
    end
    return "unknown", { en = "a penalty the profile does not state", fr = "une peine que le profil n'indique pas" }
  end
  if y > 0 then
    return "custodial", lx.t({ en = "up to {y} of imprisonment", fr = "jusqu'à {y} d'emprisonnement" }, { y = lx.years(y) })
  end
  return "none", { en = "no deprivation of liberty", fr = "aucune peine privative de liberté" }
end

obligation {
  ref = "untoc:11.1",
  level = "mandatory",
  title = { en = "Sanctions that take into account the gravity of the offences of arts 5, 6, 8 and 23",
            fr = "Sanctions tenant compte de la gravité des infractions des art. 5, 6, 8 et 23" },
  category = "prosecution",
  cluster = 3,
  text = {
    en = [[Each State Party shall make the commission of an offence established in accordance with Articles 5, 6, 8 and 23 of this Convention liable to sanctions that take into account the gravity of that offence.]],
    fr = [[Chaque État partie rend la commission d'une infraction établie conformément aux articles 5, 6, 8 et 23 de la présente convention passible de sanctions qui tiennent compte de la gravité de cette infraction.]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx)
    local seen = {}
    local lines, open_groups, absent_groups = {}, {}, {}
    local no_custody, unstated, below = {}, {}, {}
    local evaluated, custodial = 0, 0
    for _, g in ipairs(TREATY_OFFENCES) do
      local offs, ids = {}, {}
      for _, el in ipairs(g.elements) do
        for _, e in ipairs(ctx:covering(el)) do
          if not ids[e.id] then ids[e.id] = true; offs[#offs + 1] = e end
        end
      end
      local label = { en = g.en, fr = g.fr }
      if #offs == 0 then
        local all_absent = true
        for _, el in ipairs(g.elements) do
          if not ctx:declared_absent(el) then all_absent = false end
        end
        if all_absent then
          absent_groups[#absent_groups + 1] = lx.t({ en = "art. {a} ({w})", fr = "l'art. {a} ({w})" }, { a = g.art, w = label })
        else
          open_groups[#open_groups + 1] = lx.t({ en = "art. {a} ({w})", fr = "l'art. {a} ({w})" }, { a = g.art, w = label })
          ctx:ask("offences", lx.t({ en = "Which offences of national law implement art. {a} ({w}), and what is their maximum penalty? (If none exists, list the conduct under no_offence_for.)",
                                     fr = "Quelles infractions du droit national mettent en œuvre l'art. {a} ({w}), et quelle est leur peine maximale ? (S'il n'en existe aucune, l'indiquer dans no_offence_for.)" },
                                   { a = g.art, w = label }))
        end
      else
        local items = {}
        for _, e in ipairs(offs) do
          local name = ctx:cite_offence(e)
          local kind, phrase = sanction(e.o)
          items[#items + 1] = lx.t({ en = "{o}, {p}", fr = "{o}, {p}" }, { o = name, p = phrase })
          if not seen[e.id] then
            seen[e.id] = true
            if kind == "custodial" or kind == "none" then evaluated = evaluated + 1 end
            if kind == "custodial" then
              custodial = custodial + 1
              if not e.o.life_imprisonment and e.o.max_prison_years < lx.SERIOUS_CRIME_YEARS then below[#below + 1] = name end
            elseif kind == "none" then
              no_custody[#no_custody + 1] = lx.t({ en = "a penalty of deprivation of liberty for {o}", fr = "une peine privative de liberté pour {o}" }, { o = name })
            elseif kind == "unknown" then
              unstated[#unstated + 1] = name
            end
          end
        end
        lines[#lines + 1] = lx.t({ en = "Art. {a}: {l}.", fr = "Art. {a} : {l}." }, { a = g.art, l = list(items) })
      end
    end

    if #lines == 0 and #open_groups == 0 then
      return ctx:not_applicable(lx.t({
        en = "National law establishes no offence under arts 5, 6, 8 or 23 (the profile declares their conduct absent), so there is no offence to make liable to sanctions; the shortcomings are reported under those articles.",
        fr = "Le droit national n'établit aucune infraction au titre des art. 5, 6, 8 ou 23 (le profil déclare leurs comportements non incriminés) : il n'y a pas d'infraction à rendre passible de sanctions ; les lacunes sont relevées au titre de ces articles." }, {}))
    end

    local parts = {}
    for _, l in ipairs(lines) do parts[#parts + 1] = l end
    if #absent_groups > 0 then
      parts[#parts + 1] = lx.t({ en = "No offence is established under {g}; that shortcoming is reported there.",
                                 fr = "Aucune infraction n'est établie au titre de {g} ; cette lacune est relevée à ce titre." },
                               { g = lx.join(absent_groups) })
    end
    if #below > 0 then
      parts[#parts + 1] = lx.t({ en = "Punishable by less than the 4 years that make a serious crime (art. 2(b)), a minimum art. 11(1) does not set: {o}.",
                                 fr = "Punies de moins des 4 ans qui font une infraction grave (art. 2 b)), minimum que l'art. 11, par. 1, n'impose pas : {o}." },
                               { o = table.concat(below, "; ") })
    end
    if #unstated > 0 then
      ctx:ask("offences", { en = "What is the maximum penalty of each offence of arts 5, 6, 8 and 23 in the profile?",
                            fr = "Quelle est la peine maximale de chaque infraction des art. 5, 6, 8 et 23 du profil ?" })
      parts[#parts + 1] = lx.t({ en = "The profile gives no penalty for {o}.", fr = "Le profil n'indique pas la peine de {o}." },
                               { o = table.concat(unstated, "; ") })
    end
    if #open_groups > 0 then
      parts[#parts + 1] = lx.t({ en = "The profile names no offence implementing {g}.", fr = "Le profil ne nomme aucune infraction mettant en œuvre {g}." },
                               { g = lx.join(open_groups) })
    end
    local reading = { en = "Offences of arts 5, 6, 8 and 23 are grave (art. 11(4)); a penalty without any deprivation of liberty is read as not taking that gravity into account.",
                      fr = "Les infractions des art. 5, 6, 8 et 23 sont graves (art. 11, par. 4) ; une peine sans aucune privation de liberté est considérée comme ne tenant pas compte de cette gravité." }
    if #no_custody > 0 then parts[#parts + 1] = reading end

    local expl = space(parts)
    if #open_groups > 0 or #unstated > 0 then return ctx:unknown(expl, no_custody) end
    if #no_custody > 0 then
      if custodial == 0 and evaluated > 0 then return ctx:not_met(expl, no_custody) end
      return ctx:partly(expl, no_custody)
    end
    return ctx:met(space({ expl, { en = "Every offence carries a penalty of deprivation of liberty; whether each level reflects the gravity of the offence remains for the reviewer to judge.",
                                   fr = "Chaque infraction est punie d'une peine privative de liberté ; il reste à apprécier si chaque niveau de peine reflète la gravité de l'infraction." } }))
  end,
}

---------------------------------------------------------------------------
-- Paragraph 2: discretionary powers of prosecution (endeavour)
---------------------------------------------------------------------------

local SYSTEMS = {
  opportunity = { en = "discretionary prosecution (opportunity principle)", fr = "opportunité des poursuites" },
  legality_with_exceptions = { en = "mandatory prosecution with discretionary exceptions", fr = "légalité des poursuites assortie d'exceptions discrétionnaires" },
}

obligation {
  ref = "untoc:11.2",
  level = "endeavour",
  title = { en = "Discretionary powers of prosecution exercised to maximise effectiveness and deterrence",
            fr = "Pouvoirs discrétionnaires de poursuite exercés de façon à optimiser l'efficacité et la dissuasion" },
  category = "prosecution",
  cluster = 3,
  text = {
    en = [[Each State Party shall endeavour to ensure that any discretionary legal powers under its domestic law relating to the prosecution of persons for offences covered by this Convention are exercised to maximise the effectiveness of law enforcement measures in respect of those offences and with due regard to the need to deter the commission of such offences.]],
    fr = [[Chaque État partie s'efforce de faire en sorte que tout pouvoir judiciaire discrétionnaire conféré par son droit interne et afférent aux poursuites judiciaires engagées contre des individus pour des infractions visées par la présente convention soit exercé de façon à optimiser l'efficacité des mesures de détection et de répression de ces infractions, compte dûment tenu de la nécessité d'exercer un effet dissuasif en ce qui concerne leur commission.]],
  },
  facts = { "prosecution.discretion" },
  -- Condition: some discretionary power relating to prosecution exists
  -- (system other than strict_legality).  Best efforts: not_met is never a
  -- gap; with adopted = false and considered = true the efforts count.
  check = function(ctx)
    local v = ctx:fact("prosecution.discretion")
    if v and v.system == "strict_legality" then
      return ctx:not_applicable({
        en = "National law gives no discretionary power relating to prosecution (prosecution is mandatory, strict legality); paragraph 2 concerns only such powers.",
        fr = "Le droit national ne confère aucun pouvoir discrétionnaire relatif aux poursuites (poursuites obligatoires, légalité stricte) ; le paragraphe 2 ne vise que de tels pouvoirs." })
    end
    local m = ctx:measure("prosecution.discretion")
    local s = lx.cited(m)
    local sys = v and v.system and SYSTEMS[v.system]
    local under = sys and lx.t({ en = " Prosecution follows {y}.", fr = " Le système est celui de {y}." }, { y = sys }) or { en = "", fr = "" }
    if m.state == "adopted" then
      return ctx:met(lx.t({ en = "The discretionary powers relating to prosecution are guided so as to maximise the effectiveness of law enforcement against the offences covered and to deter their commission{s}.{u}",
                            fr = "Les pouvoirs discrétionnaires relatifs aux poursuites sont orientés de façon à optimiser l'efficacité de la répression des infractions visées et à dissuader leur commission{s}.{u}" },
                          { s = s, u = under }),
                     sys and { id = v.system, en = sys.en, fr = sys.fr } or nil)
    elseif m.state == "partly" then
      local missing = {}
      for i, x in ipairs(m.missing or {}) do missing[i] = x end
      return ctx:partly(lx.t({ en = "The discretionary powers relating to prosecution are so guided only in part{s}.{u}",
                               fr = "Les pouvoirs discrétionnaires relatifs aux poursuites ne sont orientés en ce sens qu'en partie{s}.{u}" },
                             { s = s, u = under }), missing)
    elseif m.state == "not_adopted" then
      if m.considered then
        return ctx:met(lx.t({ en = "The State has made efforts to guide the discretionary powers relating to prosecution towards effectiveness and deterrence, without a measure in force yet{s}; this meets a best-efforts duty.{u}",
                              fr = "L'État s'est efforcé d'orienter les pouvoirs discrétionnaires relatifs aux poursuites vers l'efficacité et la dissuasion, sans mesure encore en vigueur{s} ; l'obligation de moyens est remplie.{u}" },
                            { s = s, u = under }),
                       { id = "considered", en = "efforts made", fr = "efforts accomplis" })
      end
      return ctx:not_met(lx.t({ en = "The profile shows no measure guiding the discretionary powers relating to prosecution towards the effectiveness of law enforcement and deterrence{s}.{u}",
                                fr = "Le profil ne montre aucune mesure orientant les pouvoirs discrétionnaires relatifs aux poursuites vers l'efficacité de la répression et la dissuasion{s}.{u}" },
                              { s = s, u = under }),
                         { { en = "guidance for the exercise of discretionary powers of prosecution", fr = "l'encadrement de l'exercice des pouvoirs discrétionnaires de poursuite" } })
    end
    return ctx:unknown({ en = "The profile does not say whether discretionary powers relating to prosecution exist and how their exercise is guided.",
                         fr = "Le profil n'indique pas s'il existe des pouvoirs discrétionnaires relatifs aux poursuites ni comment leur exercice est orienté." })
  end,
}

---------------------------------------------------------------------------
-- Paragraph 3: conditions of release pending trial or appeal
---------------------------------------------------------------------------

obligation {
  ref = "untoc:11.3",
  level = "mandatory",
  title = { en = "Conditions of release pending trial or appeal that take into account the need to ensure the defendant's presence",
            fr = "Conditions de mise en liberté avant jugement ou appel tenant compte de la nécessité d'assurer la présence du défendeur" },
  category = "prosecution",
  cluster = 3,
  text = {
    en = [[In the case of offences established in accordance with Articles 5, 6, 8 and 23 of this Convention, each State Party shall take appropriate measures, in accordance with its domestic law and with due regard to the rights of the defence, to seek to ensure that conditions imposed in connection with decisions on release pending trial or appeal take into consideration the need to ensure the presence of the defendant at subsequent criminal proceedings.]],
    fr = [[S'agissant d'infractions établies conformément aux articles 5, 6, 8 et 23 de la présente convention, chaque État partie prend les mesures appropriées conformément à son droit interne et compte dûment tenu des droits de la défense, pour faire en sorte que les conditions auxquelles sont subordonnées les décisions de mise en liberté dans l'attente du jugement ou de la procédure d'appel tiennent compte de la nécessité d'assurer la présence du défendeur lors de la procédure pénale ultérieure.]],
  },
  facts = { "prosecution.release_pending_trial", "prosecution.release_pending_appeal" },
  -- Mandatory (see the header on "to seek to ensure").  Release pending
  -- trial and release pending appeal are both required.
  check = function(ctx)
    return finding(ctx, all_elements(ctx, {
      { path = "prosecution.release_pending_trial",
        what = { en = "conditions of release pending trial that take into account the need to ensure the defendant's presence at later proceedings",
                 fr = "des conditions de mise en liberté dans l'attente du jugement qui tiennent compte de la nécessité d'assurer la présence du défendeur lors de la procédure ultérieure" } },
      { path = "prosecution.release_pending_appeal",
        what = { en = "conditions of release pending appeal that take into account the same need",
                 fr = "des conditions de mise en liberté dans l'attente de la procédure d'appel qui tiennent compte de la même nécessité" } },
    }))
  end,
}

---------------------------------------------------------------------------
-- Paragraph 4: early release and parole
---------------------------------------------------------------------------

obligation {
  ref = "untoc:11.4",
  level = "mandatory",
  title = { en = "Grave nature of the offences borne in mind in decisions on early release or parole",
            fr = "Gravité des infractions prise en compte dans les décisions de libération anticipée ou conditionnelle" },
  category = "prosecution",
  cluster = 3,
  text = {
    en = [[Each State Party shall ensure that its courts or other competent authorities bear in mind the grave nature of the offences covered by this Convention when considering the eventuality of early release or parole of persons convicted of such offences.]],
    fr = [[Chaque État partie s'assure que ses tribunaux ou autres autorités compétentes ont à l'esprit la gravité des infractions visées par la présente convention lorsqu'ils envisagent l'éventualité d'une libération anticipée ou conditionnelle de personnes reconnues coupables de ces infractions.]],
  },
  facts = { "prosecution.early_release" },
  -- Condition: national law provides for early release or parole
  -- (available is not false).
  check = function(ctx)
    local v = ctx:fact("prosecution.early_release")
    if v and v.available == false then
      return ctx:not_applicable({
        en = "National law provides for no early release or parole, so the courts never consider it; paragraph 4 applies only when they do.",
        fr = "Le droit national ne prévoit aucune libération anticipée ou conditionnelle : les juridictions n'ont jamais à l'envisager ; le paragraphe 4 ne s'applique que lorsqu'elles le font." })
    end
    return lx.measure_finding(ctx, "prosecution.early_release", {
      what = { en = "a duty for the courts or other competent authorities to bear in mind the grave nature of the offences covered when considering early release or parole",
               fr = "l'obligation pour les juridictions ou autres autorités compétentes d'avoir à l'esprit la gravité des infractions visées lorsqu'elles envisagent une libération anticipée ou conditionnelle" } })
  end,
}

---------------------------------------------------------------------------
-- Paragraph 5: statute of limitations
---------------------------------------------------------------------------

obligation {
  ref = "untoc:11.5",
  level = "mandatory",
  title = { en = "Long limitation period, longer where the offender has evaded justice",
            fr = "Prescription prolongée, plus longue lorsque l'auteur s'est soustrait à la justice" },
  category = "prosecution",
  cluster = 3,
  text = {
    en = [[Each State Party shall, where appropriate, establish under its domestic law a long statute of limitations period in which to commence proceedings for any offence covered by this Convention and a longer period where the alleged offender has evaded the administration of justice.]],
    fr = [[Lorsqu'il y a lieu, chaque État partie détermine, dans le cadre de son droit interne, une période de prescription prolongée au cours de laquelle des poursuites peuvent être engagées du chef d'une des infractions visées par la présente convention, cette période étant plus longue lorsque l'auteur présumé de l'infraction s'est soustrait à la justice.]],
  },
  facts = { "prosecution.limitation", "prosecution.limitation_evasion" },
  -- Options when met: "no-limitation" (the offences are not subject to
  -- limitation), "limitation-periods" (a long period and a longer one, or
  -- suspension, for evasion), "where-appropriate" (a shortcoming the State
  -- explains under principles for untoc:11.5).
  check = function(ctx)
    local v = ctx:fact("prosecution.limitation")
    if v and v.no_limitation == true and v.adopted ~= false and ctx:in_force(v) then
      return ctx:met(lx.t({ en = "The offences covered are not subject to any limitation period{s}: proceedings can be commenced at any time, which goes beyond a long period, and a longer period for offenders who evade justice has no object.",
                            fr = "Les infractions visées ne sont soumises à aucune prescription{s} : les poursuites peuvent être engagées à tout moment, ce qui va au-delà d'une prescription prolongée, et une période plus longue pour l'auteur qui se soustrait à la justice est sans objet." },
                          { s = lx.cited(v) }),
                     { id = "no-limitation", en = "no limitation period", fr = "imprescriptibilité" })
    end
    local r = all_elements(ctx, {
      { path = "prosecution.limitation",
        what = { en = "a long limitation period in which to commence proceedings for the offences covered",
                 fr = "une période de prescription prolongée pour engager des poursuites du chef des infractions visées" } },
      { path = "prosecution.limitation_evasion",
        what = { en = "a longer period, or a suspension of the period, where the alleged offender has evaded the administration of justice",
                 fr = "une période plus longue, ou une suspension de la prescription, lorsque l'auteur présumé s'est soustrait à la justice" } },
    })
    if v and v.years then
      r.text = space({ r.text, lx.t({ en = "The shortest period that applies to the offences covered is {y}.",
                                       fr = "La plus courte période applicable aux infractions visées est de {y}." }, { y = lx.years(v.years) }) })
    end
    if r.status == "met" then
      return ctx:met(r.text, { id = "limitation-periods", en = "a long limitation period, longer for offenders who evade justice",
                               fr = "une prescription prolongée, plus longue pour l'auteur qui se soustrait à la justice" })
    end
    if r.status ~= "unknown" then
      local p = ctx:principle("untoc:11.5")
      if p then
        local why = lx.t({ en = "The State explains why such a period is not appropriate: {st}{s}. Paragraph 5 requires it \"where appropriate\", so the shortcoming ({m}) is explained rather than reported as a gap; reviewers should verify the explanation.",
                           fr = "L'État explique pourquoi une telle période ne convient pas : {st}{s}. Le paragraphe 5 ne l'exige que « lorsqu'il y a lieu » : la lacune ({m}) est expliquée et non signalée comme un manquement ; les évaluateurs vérifieront l'explication." },
                         { st = (p.statement:gsub("[%s%.]+$", "")), s = p.source and (" (" .. p.source .. ")") or "", m = list(r.missing) })
        return ctx:met(space({ r.text, why }), { id = "where-appropriate", en = "where appropriate (art. 11(5))", fr = "lorsqu'il y a lieu (art. 11, par. 5)" })
      end
    end
    return finding(ctx, r)
  end,
}
