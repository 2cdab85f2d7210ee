-- UNTOC article 6 -- Criminalization of the laundering of proceeds of crime
--
-- Paragraph 1 obliges every State Party to establish the laundering offences.
-- (a)(i) conversion or transfer and (a)(ii) concealment or disguise are
-- mandatory.  The chapeau's "in accordance with fundamental principles of its
-- domestic law" governs how the offences are framed; it is not a licence not
-- to establish them (its one recognised consequence is spelt out in 2(e):
-- the self-laundering exemption).  (b)(i) acquisition, possession or use and
-- (b)(ii) the ancillary offences are mandatory too, but "subject to the basic
-- concepts of its legal system": a State that invokes such a concept is
-- released to that extent, and the finding says so instead of flagging a gap
-- (not_applicable when nothing is criminalized, met with option
-- "basic-concepts" when the concept explains the part left out; see the
-- comment above 6.1.b.i).
--
-- Paragraph 2 sets the reach of those offences:
--   (a) widest range of predicate offences   "shall seek"  -> endeavour
--   (b) all serious crime and the offences of arts 5, 8 and 23 -> mandatory;
--       second sentence (States using a list of predicates) -> mandatory,
--       conditional, encoded as its own obligation (#list)
--   (c) predicates committed abroad, dual criminality allowed -> mandatory
--   (d) copies of laws to the Secretary-General             -> mandatory
--   (e) "it may be provided" that predicate offenders are exempt, "if
--       required by fundamental principles"                  -> optional
--   (f) mental elements "may be inferred" from objective circumstances ->
--       optional: the text grants a permission (no State is the subject of a
--       "shall"); it is reported because reviewers ask about it, never a gap.
--       UNODC's legislative guide discusses the twin clause of art. 5(2)
--       among the "mandatory requirements" (States should let their law of
--       evidence allow such inference); a pack that follows that reading
--       changes the level here and in art05.lua together.
--
-- Several laundering offences may coexist (general laundering, drug-money
-- laundering, receiving...).  For each conduct element, what matters is the
-- set of offences in force that cover it: an element is fully implemented if
-- one of them, or their combination, reaches what the Convention requires.
--
-- Not encoded here, on purpose:
--   * the chapeaux of paragraphs 1 and 2: they introduce the sub-paragraphs
--     and are quoted with them;
--   * art. 2(b), (e), (h) (serious crime, proceeds of crime, predicate
--     offence): definitions, applied by the checks below;
--   * art. 34(2) (no requirement of transnationality or of an organised
--     criminal group in the domestic laundering offence): assessed once for
--     arts 5, 6, 8 and 23 in rules/untoc/art34.lua, not repeated here;
--   * the mental element ("intentionally", "knowing that such property is
--     the proceeds of crime", the purpose in (a)(i)): a national offence that
--     also reaches recklessness or negligence goes beyond the minimum, which
--     art. 34(3) allows; the profile's `mental` list is not checked here.

---------------------------------------------------------------------------
-- Conduct elements and shared analyses
---------------------------------------------------------------------------

-- `allowed`: the elements an offence may require without narrowing it
-- (lx.offence_fit).  Transnationality and the organized criminal group are
-- assessed by art. 34(2); (a)(i) itself names a purpose ("for the purpose of
-- concealing or disguising ... or of helping any person ... to evade the
-- legal consequences"), so an offence requiring a purpose is read as
-- requiring that one.  Any other element (a material benefit, an overt act, a
-- purpose in (a)(ii) or (b)) narrows the offence.
local BY_34_2 = { "transnational", "organized_group" }
local CONVERSION = { "laundering_conversion_transfer",
  en = "conversion or transfer of proceeds of crime",
  fr = "la conversion ou le transfert du produit du crime",
  allowed = { "transnational", "organized_group", "specific_purpose" } }
local CONCEALMENT = { "laundering_concealment_disguise",
  en = "concealment or disguise of the true nature, source or ownership of proceeds of crime",
  fr = "la dissimulation ou le déguisement de la nature véritable, de l'origine ou de la propriété du produit du crime",
  allowed = BY_34_2 }
local ACQUISITION = { "laundering_acquisition_possession_use",
  en = "acquisition, possession or use of proceeds of crime",
  fr = "l'acquisition, la détention ou l'utilisation du produit du crime",
  allowed = BY_34_2 }

-- The laundering offences proper: those to which predicate offences attach.
local MAIN = { CONVERSION, CONCEALMENT, ACQUISITION }

-- Offences established in accordance with arts 5, 8 and 23, by the conduct
-- elements every State must criminalize (art. 8: para. 1 only; offences a
-- State chose to create under 8(2) are reached anyway when they are serious
-- crimes, and whether they must be predicates otherwise is left to the
-- reviewer).
local CONVENTION_OFFENCES = {
  { art = "5", elements = { "participation_conspiracy", "participation_ocg_criminal_activities",
      "participation_ocg_other_activities", "ocg_crime_organizing", "ocg_crime_directing",
      "ocg_crime_aiding_abetting", "ocg_crime_facilitating_counselling" } },
  { art = "8", elements = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give",
      "bribery_passive_solicit", "bribery_passive_accept" } },
  { art = "23", elements = { "obstruction_witness_force_threats", "obstruction_witness_undue_advantage",
      "obstruction_official_force_threats" } },
}

-- Accessory forms of liability.  An offence made only of these (a general
-- complicity or attempt provision) attaches to principal offences: the
-- proceeds an accomplice obtains are proceeds of the principal offence, so
-- such a provision is not examined as a predicate offence of its own.
local ACCESSORY = { ocg_crime_aiding_abetting = true, ocg_crime_facilitating_counselling = true,
                    laundering_aiding_abetting = true, laundering_attempt = true }
local function derivative(o)
  local conduct = o.conduct
  if conduct == nil or #conduct == 0 then return false end
  for _, c in ipairs(conduct) do
    if not ACCESSORY[c] then return false end
  end
  return true
end

local function label(el) return { en = el.en, fr = el.fr } end

-- The laundering offences in force, element by element:
-- { { el = CONVERSION, offs = { {id, o}, ... } }, ... } for the elements some
-- offence covers.
local function laundering_by_element(ctx)
  local out = {}
  for _, el in ipairs(MAIN) do
    local offs = ctx:covering(el[1])
    if #offs > 0 then out[#out + 1] = { el = el, offs = offs } end
  end
  return out
end

-- Every laundering offence in force, once (from `les`, laundering_by_element's list, when given).
local function laundering_offences(ctx, les)
  local out, seen = {}, {}
  for _, le in ipairs(les or laundering_by_element(ctx)) do
    for _, e in ipairs(le.offs) do
      if not seen[e.id] then seen[e.id] = true; out[#out + 1] = e end
    end
  end
  return out
end

-- The finding of a paragraph 2 duty when no laundering offence is in force:
-- not met if the profile states that conversion and concealment are not
-- criminalized (`consequence` says what follows, `missing` what is lacking),
-- unknown otherwise.
local function without_laundering(ctx, consequence, missing)
  if ctx:declared_absent(CONVERSION[1]) and ctx:declared_absent(CONCEALMENT[1]) then
    return ctx:not_met(lx.t({ en = "National law has no laundering offence (art. 6(1)(a)), so {w}.",
                              fr = "Le droit national ne connaît pas d'infraction de blanchiment (art. 6, par. 1, a)) ; partant, {w}." }, { w = consequence }),
      { missing })
  end
  return lx.laundering_unstated(ctx)
end

-- How the offences covering an element treat the author of the predicate
-- offence: lx.self_laundering ("punishable", "exempt" or "unknown", with
-- the question recorded).
local self_laundering = lx.self_laundering

-- Art. 6(1)(a)(i) and (a)(ii): the conduct must be an offence, and
-- the offence must reach the author of the predicate offence, unless one of
-- the `escapes` (a principle the State invokes for that ref) allows the
-- exemption.  Nothing in art. 6(1) excludes the predicate offender; art.
-- 6(2)(e) allows the exemption only "if required by fundamental principles
-- of the domestic law", so an unexplained exemption is an offence narrower
-- than the Convention requires.
local function laundering_offence(ctx, el, escapes)
  local f, a = lx.criminalized(ctx, { el })
  if f.status ~= "met" then return f end
  local state, by = self_laundering(ctx, a.by[el[1]])
  if state == "punishable" then
    return ctx:met(lx.t({ en = "{e} {o} also applies to the author of the predicate offence.",
                          fr = "{e} {o} s'applique aussi à l'auteur de l'infraction principale." }, { e = f.explanation, o = ctx:cite_offence(by) }))
  end
  if state == "unknown" then
    return ctx:unknown(lx.t({ en = "{e} The profile does not say whether an offence covering this conduct also applies to the author of the predicate offence (self-laundering).",
                              fr = "{e} Le profil n'indique pas si une infraction qui incrimine ce comportement s'applique aussi à l'auteur de l'infraction principale (auto-blanchiment)." }, { e = f.explanation }))
  end
  for _, esc in ipairs(escapes) do
    local p = ctx:principle(esc.ref)
    if p then
      return ctx:met(lx.t({ en = "{e} None of the offences covering this conduct applies to the author of the predicate offence; the State bases this on a principle of its law ({p}{s}), {why}.",
                            fr = "{e} Aucune des infractions qui incriminent ce comportement ne s'applique à l'auteur de l'infraction principale ; l'État se fonde sur un principe de son droit ({p}{s}), {why}." },
          { e = f.explanation, p = p.statement, s = p.source and (", " .. p.source) or "", why = esc.why }),
        esc.option)
    end
  end
  local gap = { en = "application of the offence to the author of the predicate offence (self-laundering), which art. 6(2)(e) allows to exclude only where fundamental principles of domestic law require it, and no such principle is invoked",
                fr = "l'application de l'infraction à l'auteur de l'infraction principale (auto-blanchiment), que l'art. 6, par. 2, e), ne permet d'exclure que si les principes fondamentaux du droit interne l'exigent, ce qu'aucun principe invoqué n'établit" }
  return ctx:partly(lx.t({ en = "{e} But none of the offences covering this conduct applies to the author of the predicate offence, and the State invokes no fundamental principle requiring that exemption (art. 6(2)(e)).",
                           fr = "{e} Mais aucune des infractions qui incriminent ce comportement ne s'applique à l'auteur de l'infraction principale, et l'État n'invoque aucun principe fondamental exigeant cette exemption (art. 6, par. 2, e))." }, { e = f.explanation }),
    { gap })
end

local ESCAPE_6_2_E = {
  ref = "untoc:6.2.e",
  why = { en = "as art. 6(2)(e) allows", fr = "comme le permet l'art. 6, par. 2, e)" },
  option = { id = "self-laundering-exemption", en = "self-laundering exemption required by fundamental principles (art. 6(2)(e))",
             fr = "exemption de l'auto-blanchiment exigée par des principes fondamentaux (art. 6, par. 2, e))" },
}

-- For (a): the qualifier "in accordance with fundamental principles of its
-- domestic law" does not dispense a State from establishing the offence; a
-- principle invoked for it is reported with the gap, for the reviewer.
local function with_principle_note(ctx, f, ref)
  if f.status ~= "not_met" then return f end
  local p = ctx:principle(ref)
  if not p then return f end
  return ctx:not_met(lx.t({ en = "{e} The State invokes a fundamental principle of its domestic law ({p}); art. 6(1) lets it frame the offence in accordance with such principles but does not release it from establishing the offence.",
                            fr = "{e} L'État invoque un principe fondamental de son droit interne ({p}) ; l'art. 6, par. 1, lui permet de définir l'infraction conformément à ces principes, mais ne le dispense pas de l'établir." },
    { e = f.explanation, p = p.statement }), f.missing)
end

-- How an offence_scope reads in a sentence.
local function scope_text(s)
  if s == nil then return { en = "not stated", fr = "non indiquées" } end
  if s.scope == "all_offences" then return { en = "all offences", fr = "toutes les infractions" } end
  if s.scope == "threshold" then
    if s.threshold_prison_years == nil then return { en = "offences above a threshold that is not stated", fr = "infractions au-delà d'un seuil non indiqué" } end
    return lx.t({ en = "offences punishable by at least {y}", fr = "infractions punies d'au moins {y}" }, { y = lx.years(s.threshold_prison_years) })
  end
  local n = #(s.offences or {})
  if n == 1 then return { en = "a single offence listed", fr = "une seule infraction énumérée" } end
  return lx.t({ en = "{n} offences listed", fr = "{n} infractions énumérées" }, { n = n })
end

-- "Code X art. 1 (Laundering): predicate offences — all offences; ..."
local function predicates_summary(ctx, offs)
  local parts = {}
  for i, e in ipairs(offs) do
    parts[i] = lx.t({ en = "{o}: predicate offences — {s}", fr = "{o} : infractions principales — {s}" },
      { o = ctx:cite_offence(e), s = scope_text(e.o.predicates) })
  end
  return lx.join(parts, { en = "; ", fr = " ; " }, { en = "; ", fr = " ; " })
end

local Q_PREDICATES = { en = "Which predicate offences does {o} reach: all offences, offences above a penalty threshold, or a list?",
                       fr = "Quelles infractions principales {o} vise-t-elle : toutes les infractions, celles au-delà d'un seuil de peine, ou une liste ?" }
local Q_PENALTY = { en = "What is the maximum penalty for {o}?", fr = "Quelle est la peine maximale encourue pour {o} ?" }

-- The offences established under arts 5, 8 and 23 that the profile shows,
-- and the articles for which it shows none without stating that none exists
-- (a question is recorded for those).
local function convention_offences(ctx)
  local targets, seen, unknown_arts = {}, {}, {}
  for _, group in ipairs(CONVENTION_OFFENCES) do
    local found, all_absent = false, true
    for _, el in ipairs(group.elements) do
      for _, e in ipairs(ctx:covering(el)) do
        found = true
        if not seen[e.id] and not derivative(e.o) then seen[e.id] = true; targets[#targets + 1] = { e = e, art = group.art } end
      end
    end
    if not found then
      for _, el in ipairs(group.elements) do
        if not ctx:declared_absent(el) then all_absent = false end
      end
      if not all_absent then
        unknown_arts[#unknown_arts + 1] = group.art
        ctx:ask("offences", lx.t({ en = "Which offences of national law establish the offences under art. {a} of the Convention (with their maximum penalties)?",
                                   fr = "Quelles infractions du droit national établissent les infractions visées à l'art. {a} de la Convention (avec leur peine maximale) ?" }, { a = group.art }))
      end
    end
  end
  return targets, unknown_arts
end

-- Art. 6(2)(b) for one conduct element: which serious crimes and offences
-- under arts 5, 8 and 23 are predicates of none of the offences covering it.
-- Returns { left = { {e, why} ... }, notes = { text ... }, unknown = bool }.
local function predicate_shortfall(ctx, offs, targets, unknown_arts)
  local scopes, unstated = {}, 0
  for _, e in ipairs(offs) do
    if e.o.predicates then
      scopes[#scopes + 1] = e.o.predicates
      if e.o.predicates.scope == "all_offences" then return { left = {}, notes = {}, unknown = false } end
    else
      unstated = unstated + 1
      ctx:ask("offences." .. e.id .. ".predicates", lx.t(Q_PREDICATES, { o = ctx:cite_offence(e) }))
    end
  end
  local r = { left = {}, notes = {}, unknown = unstated > 0 }
  -- true when some offence covering the element takes `x` as a predicate,
  -- false when none does, nil when that cannot be told.
  local function reached(x)
    local undecided = unstated > 0
    for _, s in ipairs(scopes) do
      local c = lx.scope_covers(s, x)
      if c == true then return true end
      if c == nil then undecided = true end
    end
    if undecided then return nil end
    return false
  end
  local function consider(x, why)
    local c = reached(x)
    if c == false then
      r.left[#r.left + 1] = { e = x, why = why }
    elseif c == nil then
      r.unknown = true
      if x.o.max_prison_years == nil and not x.o.life_imprisonment then
        ctx:ask("offences." .. x.id .. ".max_prison_years", lx.t(Q_PENALTY, { o = ctx:cite_offence(x) }))
      end
    end
  end
  -- (1) all serious crime (art. 2(b)): a scope that reaches it settles it;
  -- otherwise the serious crimes of the profile that no scope reaches.
  local serious_ok, lowest = false, nil
  for _, s in ipairs(scopes) do
    local v = lx.scope_covers_serious(ctx, s)
    if v == "yes" then serious_ok = true break end
    if s.scope == "threshold" and s.threshold_prison_years and (lowest == nil or s.threshold_prison_years < lowest.threshold_prison_years) then lowest = s end
  end
  -- Each offence is examined once, with every reason it must be a predicate.
  local candidates, index = {}, {}
  local function candidate(x, why)
    local c = index[x.id]
    if c then c.why[#c.why + 1] = why; return end
    c = { e = x, why = { why } }
    index[x.id] = c
    candidates[#candidates + 1] = c
  end
  -- The laundering offences under examination are the subject, not
  -- candidates: a laundering offence is not reported as a missing predicate
  -- of itself (whether the proceeds of laundering must in turn be laundering
  -- predicates is left to the reviewer; the Convention's concern in 6(2)(b)
  -- is the crimes that generate proceeds).
  local subject = {}
  for _, e in ipairs(offs) do subject[e.id] = true end
  if not serious_ok then
    for _, x in ipairs(ctx:offences()) do
      local serious = not subject[x.id] and not derivative(x.o) and lx.serious(x.o)
      if serious == true then
        candidate(x, { en = "a serious crime", fr = "infraction grave" })
      elseif serious == nil and reached(x) ~= true then
        r.unknown = true
        ctx:ask("offences." .. x.id .. ".max_prison_years", lx.t(Q_PENALTY, { o = ctx:cite_offence(x) }))
      end
    end
    -- A threshold above 4 years can leave out serious crimes the profile
    -- does not list; the closed penalty scale tells (lx.scope_covers_serious).
    if lowest and unstated == 0 then
      local v, expl, named = lx.scope_covers_serious(ctx, lowest)
      if v == "no" and #named == 0 then r.notes[#r.notes + 1] = expl
      elseif v == "unknown" then r.unknown = true end
    end
  end
  -- (2) the offences established under arts 5, 8 and 23.
  for _, t in ipairs(targets) do
    candidate(t.e, lx.t({ en = "an offence under art. {a}", fr = "infraction visée à l'art. {a}" }, { a = t.art }))
  end
  for _, c in ipairs(candidates) do consider(c.e, lx.join(c.why)) end
  if #unknown_arts > 0 then r.unknown = true end
  return r
end

-- Offences of conspiracy or criminal association (art. 5 type) whose scope
-- reaches every laundering offence: they supply "association with or
-- conspiracy to commit" laundering under art. 6(1)(b)(ii).
local function conspiracy_reaching(ctx, laundering)
  if #laundering == 0 then return nil end
  for _, e in ipairs(ctx:offences()) do
    local c = e.o.conduct
    if e.o.aims_at and (lx.has(c, "participation_conspiracy") or lx.has(c, "participation_ocg_criminal_activities")) then
      local all = true
      for _, l in ipairs(laundering) do
        if lx.scope_covers(e.o.aims_at, l) ~= true then all = false; break end
      end
      if all then return e end
    end
  end
  return nil
end

---------------------------------------------------------------------------
-- Paragraph 1: the offences
---------------------------------------------------------------------------

obligation {
  ref = "untoc:6.1.a.i",
  level = "mandatory",
  title = { en = "Laundering: conversion or transfer of proceeds of crime",
            fr = "Blanchiment : conversion ou transfert du produit du crime" },
  category = "criminalization",
  cluster = 1,
  text = {
    en = [[Each State Party shall adopt, in accordance with fundamental principles of its domestic law, such legislative and other measures as may be necessary to establish as criminal offences, when committed intentionally: (a) (i) the conversion or transfer of property, knowing that such property is the proceeds of crime, for the purpose of concealing or disguising the illicit origin of the property or of helping any person who is involved in the commission of the predicate offence to evade the legal consequences of his or her action;]],
    fr = [[Chaque État partie adopte, conformément aux principes fondamentaux de son droit interne, les mesures législatives et autres nécessaires pour conférer le caractère d'infraction pénale, lorsque l'acte a été commis intentionnellement: a) i) à la conversion ou au transfert de biens dont celui qui s'y livre sait qu'ils sont le produit du crime, dans le but de dissimuler ou de déguiser l'origine illicite desdits biens ou d'aider toute personne qui est impliquée dans la commission de l'infraction principale à échapper aux conséquences juridiques de ses actes;]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx)
    local f = laundering_offence(ctx, CONVERSION, { ESCAPE_6_2_E })
    return with_principle_note(ctx, f, "untoc:6.1.a.i")
  end,
}

obligation {
  ref = "untoc:6.1.a.ii",
  level = "mandatory",
  title = { en = "Laundering: concealment or disguise of proceeds of crime",
            fr = "Blanchiment : dissimulation ou déguisement du produit du crime" },
  category = "criminalization",
  cluster = 1,
  text = {
    en = [[Each State Party shall adopt, in accordance with fundamental principles of its domestic law, such legislative and other measures as may be necessary to establish as criminal offences, when committed intentionally: (ii) the concealment or disguise of the true nature, source, location, disposition, movement or ownership of or rights with respect to property, knowing that such property is the proceeds of crime;]],
    fr = [[Chaque État partie adopte, conformément aux principes fondamentaux de son droit interne, les mesures législatives et autres nécessaires pour conférer le caractère d'infraction pénale, lorsque l'acte a été commis intentionnellement: ii) à la dissimulation ou au déguisement de la nature véritable, de l'origine, de l'emplacement, de la disposition, du mouvement ou de la propriété de biens ou de droits y relatifs dont l'auteur sait qu'ils sont le produit du crime;]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx)
    local f = laundering_offence(ctx, CONCEALMENT, { ESCAPE_6_2_E })
    return with_principle_note(ctx, f, "untoc:6.1.a.ii")
  end,
}

-- "Subject to the basic concepts of its legal system" (6(1)(b)): the duty
-- binds only as far as those concepts allow.  When the State invokes such a
-- concept (profile `principles`, with its source) and the conduct is not
-- criminalized at all, the duty does not bind it for that conduct: the
-- finding is not_applicable, with the concept as the reason.  (Not `met`:
-- nothing was enacted, and a rating must not count it as implemented.)  When
-- part is criminalized and the concept explains the rest (in (b)(ii), which
-- has three limbs), the State does all the qualified duty asks: `met`, with
-- option "basic-concepts" so the report shows that the escape clause was
-- used.  A concept explains an absence the
-- profile states; it does not settle conduct the profile is silent about.
--
-- Self-laundering is checked for (a)(i) and (a)(ii) only.  (b)(i) describes
-- a person who acquires, possesses or uses property "knowing, at the time of
-- receipt" that it is proceeds of crime, i.e. who receives it from another:
-- a receiving offence (recel, handling) that does not reach the author of
-- the predicate offence implements it fully, and is no use of 6(2)(e).
local OPTION_BASIC_CONCEPTS = { id = "basic-concepts", en = "limited by the basic concepts of the legal system (art. 6(1)(b))",
                                fr = "limité par les concepts fondamentaux du système juridique (art. 6, par. 1, b))" }

local function basic_concept_reason(p)
  return lx.t({ en = "The State invokes a basic concept of its legal system ({p}{s}); art. 6(1)(b) binds only subject to those concepts, so it does not require this criminalization of that State.",
                fr = "L'État invoque un concept fondamental de son système juridique ({p}{s}) ; l'art. 6, par. 1, b), ne s'impose que sous réserve de ces concepts et n'exige donc pas de lui cette incrimination." },
    { p = p.statement, s = p.source and (", " .. p.source) or "" })
end

obligation {
  ref = "untoc:6.1.b.i",
  level = "mandatory",
  title = { en = "Laundering: acquisition, possession or use of proceeds of crime",
            fr = "Blanchiment : acquisition, détention ou utilisation du produit du crime" },
  category = "criminalization",
  cluster = 1,
  text = {
    en = [[(b) subject to the basic concepts of its legal system: (i) the acquisition, possession or use of property, knowing, at the time of receipt, that such property is the proceeds of crime;]],
    fr = [[b) et, sous réserve des concepts fondamentaux de son système juridique: i) à l'acquisition, à la détention ou à l'utilisation de biens dont celui qui les acquiert, les détient ou les utilise sait, au moment où il les reçoit, qu'ils sont le produit du crime;]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx)
    local f = lx.criminalized(ctx, { ACQUISITION })
    if f.status == "not_met" then
      local p = ctx:principle("untoc:6.1.b.i")
      if p then return ctx:not_applicable(basic_concept_reason(p)) end
    end
    return f
  end,
}

-- `allowed` (lx.offence_fit): for association and conspiracy, an overt act
-- or an organized criminal group, the elements art. 5(1)(a)(i) itself allows
-- for conspiracy; otherwise only what art. 34(2) assesses.
local ANCILLARY = {
  { "laundering_association_conspiracy", allowed = { "transnational", "organized_group", "overt_act" },
    en = "participation in, association with or conspiracy to commit laundering",
    fr = "la participation au blanchiment, l'association ou l'entente en vue de le commettre" },
  { "laundering_attempt", allowed = BY_34_2,
    en = "attempt to commit laundering", fr = "la tentative de blanchiment",
    general = "general_part.attempt" },
  { "laundering_aiding_abetting", allowed = BY_34_2,
    en = "aiding, abetting, facilitating and counselling laundering",
    fr = "l'aide, l'assistance, la facilitation et le conseil en vue du blanchiment",
    general = "general_part.complicity" },
}

-- How one ancillary element is covered, in this order:
--   1. an offence of the profile lists the element (e.g. "attempt is
--      punished like the offence" in the laundering statute);
--   2. the profile states that no offence covers it (no_offence_for): that
--      statement about laundering prevails over general provisions;
--   3. attempt: the general part's rule on attempt (general_part.attempt),
--      when adopted, i.e. when the profile states it punishes attempt of
--      the offences concerned, laundering included; aiding, abetting,
--      facilitating and counselling: the general rule on complicity
--      (general_part.complicity) -- aiding and abetting are its core, and
--      facilitating and counselling are the forms of aid and instigation it
--      punishes; a general part adopted only "partly" is not assumed to
--      reach laundering (question asked);
--      association or conspiracy: a conspiracy or criminal-association
--      offence (art. 5 type) whose scope reaches every laundering offence;
--   4. an offence of step 1 that is narrower than the Convention (it requires
--      an element art. 6 does not contain, lx.offence_fit): partly covered,
--      when no other route covers the element in full;
--   5. otherwise unknown.
-- Returns "covered" (with a text), "partly" (with a text and what is
-- missing), "absent" or "unknown".
local function ancillary_element(ctx, el, laundering)
  local offs = ctx:covering(el[1])
  local full, narrow = {}, {}
  for _, e in ipairs(offs) do
    local fit, why = lx.offence_fit(e.o, el)
    if fit == "full" then full[#full + 1] = ctx:cite_offence(e)
    else
      if fit == "unsure" then ctx:ask_other(e, el) end
      narrow[#narrow + 1] = lx.t({ en = "{o} {w}", fr = "{o} {w}" }, { o = ctx:cite_offence(e), w = lx.join(why) })
    end
  end
  if #full > 0 then
    return "covered", lx.t({ en = "{c} by {o}", fr = "{c} par {o}" }, { c = label(el), o = table.concat(full, "; ") })
  end
  local semi = { en = "; ", fr = " ; " }
  local function narrower()
    if #narrow == 0 then return "unknown" end
    local what = lx.t({ en = "{c}: {w}", fr = "{c} : {w}" }, { c = label(el), w = lx.join(narrow, semi, semi) })
    return "partly", lx.t({ en = "{c} only by a narrower offence ({w})", fr = "{c} seulement par une infraction plus étroite ({w})" },
                          { c = label(el), w = lx.join(narrow, semi, semi) }), what
  end
  if #offs == 0 and ctx:declared_absent(el[1]) then return "absent" end
  if el.general then
    local m = ctx:measure(el.general)
    if m.state == "adopted" then
      return "covered", lx.t({ en = "{c} by the general part of criminal law{s}, which the profile states applies to the offences concerned",
                               fr = "{c} par la partie générale du droit pénal{s}, dont le profil indique qu'elle s'applique aux infractions concernées" },
        { c = label(el), s = lx.cited(m) })
    elseif m.state == "partly" then
      local missing = {}
      for i, x in ipairs(m.missing or {}) do missing[i] = x end
      ctx:ask(el.general, lx.t({ en = "The general-part provision{s} is only partly adopted ({m}): does it reach {c}?",
                                 fr = "La disposition de la partie générale{s} n'est adoptée qu'en partie ({m}) : s'applique-t-elle à {c} ?" },
        { s = lx.cited(m), m = lx.join(missing, { en = "; ", fr = " ; " }, { en = "; ", fr = " ; " }), c = label(el) }))
      return narrower()
    end
  else
    local via = conspiracy_reaching(ctx, laundering)
    if via then
      return "covered", lx.t({ en = "{c} by {o}, whose scope reaches the laundering offences",
                               fr = "{c} par {o}, dont le champ couvre les infractions de blanchiment" },
        { c = label(el), o = ctx:cite_offence(via) })
    end
  end
  if #narrow > 0 then return narrower() end
  ctx:ask("offences", lx.t({ en = "Which offence of national law, if any, criminalizes {c}? (If none, list it under no_offence_for.)",
                             fr = "Quelle infraction du droit national incrimine, le cas échéant, {c} ? (Si aucune, l'indiquer dans no_offence_for.)" }, { c = label(el) }))
  return "unknown"
end

obligation {
  ref = "untoc:6.1.b.ii",
  level = "mandatory",
  title = { en = "Laundering: participation, association, conspiracy, attempt, aiding and abetting",
            fr = "Blanchiment : participation, association, entente, tentative et complicité" },
  category = "criminalization",
  cluster = 1,
  text = {
    en = [[(b) subject to the basic concepts of its legal system: (ii) participation in, association with or conspiracy to commit, attempts to commit and aiding, abetting, facilitating and counselling the commission of any of the offences established in accordance with this Article.]],
    fr = [[b) et, sous réserve des concepts fondamentaux de son système juridique: ii) à la participation à l'une des infractions établies conformément au présent article ou à toute autre association, entente, tentative ou complicité par fourniture d'une assistance, d'une aide ou de conseils en vue de sa commission.]],
  },
  facts = { "offences", "no_offence_for", "general_part.attempt", "general_part.complicity" },
  check = function(ctx)
    local laundering = laundering_offences(ctx)
    if #laundering == 0 and ctx:declared_absent(CONVERSION[1]) and ctx:declared_absent(CONCEALMENT[1])
       and ctx:declared_absent(ACQUISITION[1]) then
      -- Nothing to participate in, attempt or aid: the ancillary offences
      -- cannot exist without a laundering offence.
      local p = ctx:principle("untoc:6.1.b.ii")
      if p then return ctx:not_applicable(basic_concept_reason(p)) end
      local missing = {}
      for i, el in ipairs(ANCILLARY) do missing[i] = label(el) end
      return ctx:not_met({ en = "National law has no laundering offence, so there is no participation in, association with, conspiracy to commit, attempt to commit or aiding and abetting of laundering to punish.",
                           fr = "Le droit national ne connaît pas d'infraction de blanchiment ; il n'y a donc ni participation, ni association, ni entente, ni tentative, ni complicité de blanchiment à punir." }, missing)
    end
    local covered, absent, unknown, narrowed = {}, {}, {}, {}
    for _, el in ipairs(ANCILLARY) do
      local state, text, what = ancillary_element(ctx, el, laundering)
      if state == "covered" then covered[#covered + 1] = text
      elseif state == "partly" then covered[#covered + 1] = text; narrowed[#narrowed + 1] = what
      elseif state == "absent" then absent[#absent + 1] = label(el)
      else unknown[#unknown + 1] = label(el) end
    end
    local semi = { en = "; ", fr = " ; " }
    local covered_text = lx.join(covered, semi, semi)
    -- what is missing: the elements covered only by narrower offences, then
    -- those no offence covers
    local short = {}
    for _, x in ipairs(narrowed) do short[#short + 1] = x end
    for _, x in ipairs(absent) do short[#short + 1] = x end
    if #unknown > 0 then
      local expl = #covered > 0
        and lx.t({ en = "Not established by the profile: {u}. Covered: {c}.", fr = "Non établi par le profil : {u}. Couvert : {c}." }, { c = covered_text, u = lx.join(unknown) })
        or lx.t({ en = "The profile does not show how national law covers {u}.", fr = "Le profil n'indique pas comment le droit national couvre {u}." }, { u = lx.join(unknown) })
      if #absent > 0 then
        expl = lx.t({ en = "{e} No offence covers {m}.", fr = "{e} Aucune infraction ne couvre {m}." }, { e = expl, m = lx.join(absent) })
      end
      return ctx:unknown(expl, short)
    end
    if #absent == 0 and #narrowed == 0 then
      return ctx:met(lx.t({ en = "Criminalized: {c}.", fr = "Incriminé : {c}." }, { c = covered_text }))
    end
    if #absent == 0 then
      return ctx:partly(lx.t({ en = "Criminalized: {c}.", fr = "Incriminé : {c}." }, { c = covered_text }), short)
    end
    local p = ctx:principle("untoc:6.1.b.ii")
    if p then
      if #covered == 0 then return ctx:not_applicable(basic_concept_reason(p)) end
      return ctx:met(lx.t({ en = "Criminalized: {c}. Not criminalized: {m}, which the State explains by a basic concept of its legal system ({p}); art. 6(1)(b) binds only subject to those concepts.",
                            fr = "Incriminé : {c}. Non incriminé : {m}, ce que l'État explique par un concept fondamental de son système juridique ({p}) ; l'art. 6, par. 1, b), ne s'impose que sous réserve de ces concepts." },
        { c = covered_text, m = lx.join(absent), p = p.statement }), OPTION_BASIC_CONCEPTS)
    end
    if #covered > 0 then
      return ctx:partly(lx.t({ en = "Criminalized: {c}. No offence covers {m}.", fr = "Incriminé : {c}. Aucune infraction ne couvre {m}." },
        { c = covered_text, m = lx.join(absent) }), short)
    end
    return ctx:not_met(lx.t({ en = "No offence of national law covers {m}.", fr = "Aucune infraction du droit national ne couvre {m}." }, { m = lx.join(absent) }), absent)
  end,
}

---------------------------------------------------------------------------
-- Paragraph 2: predicate offences and related duties
---------------------------------------------------------------------------

-- "Shall seek to apply ... to the widest range": a best-efforts duty.  The
-- widest range is reached by an all-crimes approach; a threshold below the
-- four years of art. 2(b) shows an effort beyond the minimum that 2(b)
-- imposes.  A higher threshold or a list is reported as a partial effort
-- (never a gap: the mandatory floor is checked under 2(b)).
obligation {
  ref = "untoc:6.2.a",
  level = "endeavour",
  title = { en = "Widest range of predicate offences",
            fr = "Éventail le plus large d'infractions principales" },
  category = "criminalization",
  cluster = 1,
  text = {
    en = [[For purposes of implementing or applying paragraph 1 of this Article: (a) each State Party shall seek to apply paragraph 1 of this Article to the widest range of predicate offences;]],
    fr = [[Aux fins de l'application du paragraphe 1: a) chaque État partie s'efforce d'appliquer le paragraphe 1 à l'éventail le plus large d'infractions principales;]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx)
    local offs = laundering_offences(ctx)
    if #offs == 0 then
      return without_laundering(ctx, { en = "no predicate offences are defined", fr = "aucune infraction principale n'est définie" },
        { en = "laundering offences applying to a wide range of predicate offences", fr = "des infractions de blanchiment applicables à un large éventail d'infractions principales" })
    end
    local summary = predicates_summary(ctx, offs)
    local lowest, unstated = nil, 0
    for _, e in ipairs(offs) do
      local s = e.o.predicates
      if s == nil then
        unstated = unstated + 1
        ctx:ask("offences." .. e.id .. ".predicates", lx.t(Q_PREDICATES, { o = ctx:cite_offence(e) }))
      elseif s.scope == "all_offences" then
        return ctx:met(lx.t({ en = "Laundering applies to the proceeds of any offence (all-crimes approach). {s}.", fr = "Le blanchiment s'applique au produit de toute infraction (approche « toutes infractions »). {s}." }, { s = summary }),
          { id = "all-offences", en = "all-crimes approach", fr = "approche « toutes infractions »" })
      elseif s.scope == "threshold" and s.threshold_prison_years and (lowest == nil or s.threshold_prison_years < lowest) then
        lowest = s.threshold_prison_years
      end
    end
    if lowest and lowest < lx.SERIOUS_CRIME_YEARS then
      return ctx:met(lx.t({ en = "Laundering applies to the proceeds of every offence punishable by at least {y}, beyond the serious crime (at least 4 years) that art. 6(2)(b) requires. {s}.",
                            fr = "Le blanchiment s'applique au produit de toute infraction punie d'au moins {y}, au-delà des infractions graves (au moins 4 ans) qu'exige l'art. 6, par. 2, b). {s}." }, { y = lx.years(lowest), s = summary }),
        { id = "threshold", en = "threshold approach below serious crime", fr = "approche par seuil en deçà des infractions graves" })
    end
    if unstated > 0 then
      return ctx:unknown(lx.t({ en = "The profile does not state the predicate offences of every laundering offence. {s}.", fr = "Le profil n'indique pas les infractions principales de chaque infraction de blanchiment. {s}." }, { s = summary }))
    end
    local what = { en = "predicate offences wider than the serious-crime minimum (an all-crimes approach or a lower threshold)",
                   fr = "des infractions principales plus larges que le minimum des infractions graves (approche « toutes infractions » ou seuil plus bas)" }
    return ctx:partly(lx.t({ en = "The predicate offences do not go beyond a threshold of serious crime or a list of offences. {s}.",
                             fr = "Les infractions principales ne vont pas au-delà d'un seuil d'infractions graves ou d'une liste d'infractions. {s}." }, { s = summary }), { what })
  end,
}

-- All serious crime (art. 2(b): a maximum of at least four years) and the
-- offences established under arts 5, 8 and 23 must be predicates, for every
-- laundering conduct: computed from the `predicates` scope of the offences
-- covering each element, never asked.  Several offences covering the same
-- element combine (a predicate of any of them counts).
obligation {
  ref = "untoc:6.2.b",
  level = "mandatory",
  title = { en = "Predicate offences: all serious crime and the offences of arts 5, 8 and 23",
            fr = "Infractions principales : toutes les infractions graves et les infractions des articles 5, 8 et 23" },
  category = "criminalization",
  cluster = 1,
  text = {
    en = [[For purposes of implementing or applying paragraph 1 of this Article: (b) each State Party shall include as predicate offences all serious crime as defined in Article 2 of this Convention and the offences established in accordance with Articles 5, 8 and 23 of this Convention.]],
    fr = [[Aux fins de l'application du paragraphe 1: b) chaque État partie inclut dans les infractions principales toutes les infractions graves telles que définies à l'article 2 de la présente convention et les infractions établies conformément à ses articles 5, 8 et 23.]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx)
    local les = laundering_by_element(ctx)
    if #les == 0 then
      return without_laundering(ctx, { en = "serious crime and the offences under arts 5, 8 and 23 are not predicate offences of laundering",
                                       fr = "les infractions graves et celles des articles 5, 8 et 23 ne sont pas des infractions principales du blanchiment" },
        { en = "laundering offences whose predicates include all serious crime and the offences under arts 5, 8 and 23",
          fr = "des infractions de blanchiment dont les infractions principales comprennent toutes les infractions graves et celles des articles 5, 8 et 23" })
    end
    local targets, unknown_arts = convention_offences(ctx)
    local left, order, notes, note_order, unknown = {}, {}, {}, {}, false
    for _, le in ipairs(les) do
      local r = predicate_shortfall(ctx, le.offs, targets, unknown_arts)
      unknown = unknown or r.unknown
      for _, n in ipairs(r.notes) do
        if not notes[n.en] then notes[n.en] = { text = n, els = {} }; note_order[#note_order + 1] = n.en end
        table.insert(notes[n.en].els, label(le.el))
      end
      for _, x in ipairs(r.left) do
        if not left[x.e.id] then left[x.e.id] = { e = x.e, why = x.why, els = {} }; order[#order + 1] = x.e.id end
        table.insert(left[x.e.id].els, label(le.el))
      end
    end
    local summary = predicates_summary(ctx, laundering_offences(ctx, les))
    local missing = {}
    for _, id in ipairs(order) do
      local l = left[id]
      local scope = #l.els == #les and { en = "", fr = "" }
        or lx.t({ en = " as regards {c}", fr = " en ce qui concerne {c}" }, { c = lx.join(l.els) })
      missing[#missing + 1] = lx.t({ en = "{o}, {w}, as a predicate offence{s}", fr = "{o}, {w}, comme infraction principale{s}" },
        { o = ctx:cite_offence(l.e), w = l.why, s = scope })
    end
    for _, key in ipairs(note_order) do
      local n = notes[key]
      missing[#missing + 1] = #n.els == #les and n.text
        or lx.t({ en = "as regards {c}, {n}", fr = "en ce qui concerne {c}, {n}" }, { c = lx.join(n.els), n = n.text })
    end
    if #missing > 0 then
      return ctx:partly(lx.t({ en = "Not every serious crime and offence under arts 5, 8 and 23 is a predicate offence. {s}. Left out: {m}.",
                               fr = "Les infractions graves et celles des articles 5, 8 et 23 ne sont pas toutes des infractions principales. {s}. Laissées de côté : {m}." },
        { s = summary, m = lx.join(missing, { en = "; ", fr = " ; " }, { en = "; ", fr = " ; " }) }), missing)
    end
    if unknown then
      return ctx:unknown(lx.t({ en = "The profile does not establish that every serious crime and every offence under arts 5, 8 and 23 is a predicate offence. {s}.",
                                fr = "Le profil ne permet pas d'établir que toutes les infractions graves et toutes celles des articles 5, 8 et 23 sont des infractions principales. {s}." }, { s = summary }))
    end
    return ctx:met(lx.t({ en = "Every serious crime and every offence under arts 5, 8 and 23 shown in the profile is a predicate offence. {s}.",
                          fr = "Toutes les infractions graves et toutes celles des articles 5, 8 et 23 figurant au profil sont des infractions principales. {s}." }, { s = summary }))
  end,
}

-- Second sentence: binds only a State whose legislation sets out a list of
-- specific predicate offences, i.e. where, for some laundering conduct,
-- every offence covering it defines its predicates by a list.  An organised
-- criminal group is defined by its aim of committing serious crimes or
-- offences established under the Convention (art. 2(a)); a list that
-- includes every serious crime and every offence under arts 5, 8 and 23
-- (first sentence met) therefore includes a comprehensive range of offences
-- associated with such groups.  Conversely, the offences established under
-- art. 5 (participation in such a group, organising or aiding its crimes)
-- are associated with organised criminal groups by definition: a list that
-- leaves out those the profile shows is not comprehensive (partly met, the
-- offences named).  Between the two, whether the list is comprehensive is a
-- judgement the profile cannot express: the question goes to the reviewer.
obligation {
  ref = "untoc:6.2.b",
  clause = "list",
  level = "mandatory",
  title = { en = "Lists of predicate offences: a comprehensive range of offences associated with organised criminal groups",
            fr = "Listes d'infractions principales : un éventail complet d'infractions liées aux groupes criminels organisés" },
  category = "criminalization",
  cluster = 1,
  text = {
    en = [[In the case of States Parties whose legislation sets out a list of specific predicate offences, they shall, at a minimum, include in such list a comprehensive range of offences associated with organised criminal groups;]],
    fr = [[S'agissant des États parties dont la législation contient une liste d'infractions principales spécifiques, ceux-ci incluent dans cette liste, au minimum, un éventail complet d'infractions liées à des groupes criminels organisés;]],
  },
  facts = { "offences", "no_offence_for" },
  depends = { "untoc:6.2.b" },
  check = function(ctx)
    local les = laundering_by_element(ctx)
    if #les == 0 then
      if ctx:declared_absent(CONVERSION[1]) and ctx:declared_absent(CONCEALMENT[1]) then
        return ctx:not_applicable({ en = "National law has no laundering offence, hence no list of predicate offences; the absence of the offence is a gap under art. 6(1)(a).",
                                    fr = "Le droit national ne connaît pas d'infraction de blanchiment, donc pas de liste d'infractions principales ; l'absence de l'infraction est une lacune au regard de l'art. 6, par. 1, a)." })
      end
      return without_laundering(ctx)
    end
    local lists, seen, undecided = {}, {}, false
    for _, le in ipairs(les) do
      local list_only, unstated = true, false
      for _, e in ipairs(le.offs) do
        local s = e.o.predicates
        if s == nil then unstated = true
        elseif s.scope ~= "list" then list_only = false end
      end
      if list_only and not unstated then
        for _, e in ipairs(le.offs) do
          if not seen[e.id] then seen[e.id] = true; lists[#lists + 1] = e end
        end
      elseif list_only and unstated then
        undecided = true
        for _, e in ipairs(le.offs) do
          if e.o.predicates == nil then ctx:ask("offences." .. e.id .. ".predicates", lx.t(Q_PREDICATES, { o = ctx:cite_offence(e) })) end
        end
      end
    end
    if #lists == 0 then
      local uses_list = false            -- no conduct relies on a list alone
      if undecided then uses_list = nil end -- unless some scopes are not stated
      local stop = lx.only_if(ctx, uses_list,
        { en = "The State does not define predicate offences by a list: for every laundering conduct, an offence reaches all offences or those above a penalty threshold.",
          fr = "L'État ne définit pas les infractions principales par une liste : pour chaque comportement de blanchiment, une infraction vise toutes les infractions ou celles au-delà d'un seuil de peine." },
        { en = "Whether the State defines predicate offences by a list depends on predicate scopes the profile does not state.",
          fr = "La question de savoir si l'État définit les infractions principales par une liste dépend de champs d'infractions principales que le profil n'indique pas." })
      return stop
    end
    local names = {}
    for i, e in ipairs(lists) do names[i] = ctx:cite_offence(e) end
    local first = ctx:finding("untoc:6.2.b")
    if first.status == "met" then
      return ctx:met(lx.t({ en = "The list of predicate offences of {o} includes every serious crime and every offence under arts 5, 8 and 23, the crimes an organised criminal group by definition aims at (art. 2(a)); it therefore includes a comprehensive range of offences associated with such groups.",
                            fr = "La liste des infractions principales de {o} comprend toutes les infractions graves et toutes celles des articles 5, 8 et 23, c'est-à-dire les infractions que vise par définition un groupe criminel organisé (art. 2, a)) ; elle comprend donc un éventail complet d'infractions liées à ces groupes." },
        { o = table.concat(names, "; ") }))
    end
    local listed, left = {}, {}
    for _, e in ipairs(lists) do
      for _, id in ipairs(e.o.predicates.offences or {}) do listed[id] = true end
    end
    for _, x in ipairs(ctx:offences()) do
      local art5 = false
      for _, el in ipairs(CONVENTION_OFFENCES[1].elements) do
        if lx.has(x.o.conduct, el) then art5 = true end
      end
      if art5 and not derivative(x.o) and not listed[x.id] then left[#left + 1] = ctx:cite_offence(x) end
    end
    if #left > 0 then
      local missing = {}
      for i, o in ipairs(left) do
        missing[i] = lx.t({ en = "{o}, an offence under art. 5, in the list of predicate offences", fr = "{o}, infraction visée à l'art. 5, dans la liste des infractions principales" }, { o = o })
      end
      return ctx:partly(lx.t({ en = "The list of predicate offences of {o} leaves out offences under art. 5, which by definition concern organised criminal groups: {l}. A list without them is not a comprehensive range of offences associated with such groups.",
                               fr = "La liste des infractions principales de {o} laisse de côté des infractions visées à l'art. 5, qui concernent par définition les groupes criminels organisés : {l}. Une liste qui ne les comprend pas n'est pas un éventail complet d'infractions liées à ces groupes." },
        { o = table.concat(names, "; "), l = table.concat(left, "; ") }), missing)
    end
    for _, e in ipairs(lists) do
      ctx:ask("offences." .. e.id .. ".predicates", lx.t(
        { en = "Does the list of predicate offences of {o} include a comprehensive range of offences associated with organised criminal groups (for example drug trafficking, trafficking in persons, smuggling of migrants, trafficking in firearms, corruption, extortion, fraud)?",
          fr = "La liste des infractions principales de {o} comprend-elle un éventail complet d'infractions liées aux groupes criminels organisés (par exemple trafic de stupéfiants, traite des personnes, trafic illicite de migrants, trafic d'armes à feu, corruption, extorsion, escroquerie) ?" },
        { o = ctx:cite_offence(e) }))
    end
    local first_text = first.status == "partly_met"
      and { en = "which does not include every serious crime and offence under arts 5, 8 and 23", fr = "qui ne comprend pas toutes les infractions graves et celles des articles 5, 8 et 23" }
      or { en = "which is not shown to include every serious crime and offence under arts 5, 8 and 23", fr = "dont il n'est pas établi qu'elle comprend toutes les infractions graves et celles des articles 5, 8 et 23" }
    return ctx:unknown(lx.t({ en = "The State defines predicate offences by a list (that of {o}), {f} (see art. 6(2)(b), first sentence); whether it still includes a comprehensive range of offences associated with organised criminal groups is a judgement the profile cannot settle.",
                              fr = "L'État définit les infractions principales par une liste (celle de {o}), {f} (voir l'art. 6, par. 2, b), première phrase) ; savoir si elle comprend néanmoins un éventail complet d'infractions liées aux groupes criminels organisés est une appréciation que le profil ne permet pas de trancher." },
      { o = table.concat(names, "; "), f = first_text }))
  end,
}

-- Offences committed abroad must be predicates; the second sentence allows
-- the State to require dual criminality (lx.dual_criminality accepts both).
-- For each laundering conduct, one covering offence that takes foreign
-- predicates suffices.
obligation {
  ref = "untoc:6.2.c",
  level = "mandatory",
  title = { en = "Predicate offences committed abroad",
            fr = "Infractions principales commises à l'étranger" },
  category = "criminalization",
  cluster = 1,
  text = {
    en = [[For purposes of implementing or applying paragraph 1 of this Article: (c) for the purposes of subparagraph (b), predicate offences shall include offences committed both within and outside the jurisdiction of the State Party in question. However, offences committed outside the jurisdiction of a State Party shall constitute predicate offences only when the relevant conduct is a criminal offence under the domestic law of the State where it is committed and would be a criminal offence under the domestic law of the State Party implementing or applying this Article had it been committed there;]],
    fr = [[Aux fins de l'application du paragraphe 1: c) aux fins du point b), les infractions principales incluent les infractions commises à l'intérieur et à l'extérieur du territoire relevant de la compétence de l'État partie en question. Toutefois, une infraction commise à l'extérieur du territoire relevant de la compétence d'un État partie ne constitue une infraction principale que lorsque l'acte correspondant est une infraction pénale en vertu du droit interne de l'État où il a été commis et constituerait une infraction pénale en vertu du droit interne de l'État partie appliquant le présent article s'il avait été commis sur son territoire;]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx)
    local les = laundering_by_element(ctx)
    if #les == 0 then
      return without_laundering(ctx, { en = "offences committed abroad are not predicate offences", fr = "les infractions commises à l'étranger ne sont pas des infractions principales" },
        { en = "laundering offences whose predicates include offences committed abroad", fr = "des infractions de blanchiment dont les infractions principales comprennent les infractions commises à l'étranger" })
    end
    local yes, no, unknown, only_dual = {}, {}, {}, false
    local by, order = {}, {}   -- offence relied on -> the conducts it serves
    for _, le in ipairs(les) do
      local best, best_expl, undecided = nil, nil, false
      for _, e in ipairs(le.offs) do
        local v, expl = lx.dual_criminality(e.o.foreign_predicates)
        if v == "yes" and (best == nil or e.o.foreign_predicates == "covered") then
          best, best_expl = e, expl
        elseif v == "unknown" then
          undecided = true
          ctx:ask("offences." .. e.id .. ".foreign_predicates", lx.t(
            { en = "Can an offence committed abroad be the predicate offence of {o}, and on what condition (dual criminality)?",
              fr = "Une infraction commise à l'étranger peut-elle être l'infraction principale de {o}, et à quelle condition (double incrimination) ?" },
            { o = ctx:cite_offence(e) }))
        end
      end
      if best then
        yes[#yes + 1] = label(le.el)
        if best.o.foreign_predicates ~= "covered" then only_dual = true end
        if not by[best.id] then by[best.id] = { e = best, x = best_expl, els = {} }; order[#order + 1] = best.id end
        table.insert(by[best.id].els, label(le.el))
      elseif undecided then
        unknown[#unknown + 1] = label(le.el)
      else
        no[#no + 1] = label(le.el)
      end
    end
    local semi = { en = "; ", fr = " ; " }
    local parts = {}
    for i, id in ipairs(order) do
      local b = by[id]
      local scope = #b.els == #les and { en = "", fr = "" } or lx.t({ en = " (for {c})", fr = " (pour {c})" }, { c = lx.join(b.els) })
      parts[i] = lx.t({ en = "{o}{s}: {x}", fr = "{o}{s} : {x}" }, { o = ctx:cite_offence(b.e), s = scope, x = b.x })
    end
    local missing = {}
    for i, c in ipairs(no) do
      missing[i] = lx.t({ en = "offences committed abroad as predicates of {c}", fr = "les infractions commises à l'étranger comme infractions principales de {c}" }, { c = c })
    end
    if #no > 0 and #yes > 0 then
      return ctx:partly(lx.t({ en = "{p}; but offences committed abroad are not predicates of {m}.", fr = "{p} ; mais les infractions commises à l'étranger ne sont pas des infractions principales de {m}." },
        { p = lx.join(parts, semi, semi), m = lx.join(no) }), missing)
    end
    if #unknown > 0 then
      return ctx:unknown(lx.t({ en = "The profile does not say whether offences committed abroad are predicates of the offences covering {u}.",
                                fr = "Le profil n'indique pas si les infractions commises à l'étranger sont des infractions principales des infractions couvrant {u}." }, { u = lx.join(unknown) }), missing)
    end
    if #yes == 0 then
      return ctx:not_met({ en = "Offences committed abroad are not predicate offences of laundering under national law.",
                           fr = "Les infractions commises à l'étranger ne sont pas des infractions principales du blanchiment en droit national." }, missing)
    end
    local option = only_dual
      and { id = "dual-criminality", en = "foreign predicates subject to dual criminality", fr = "infractions principales étrangères sous condition de double incrimination" }
      or { id = "covered", en = "foreign predicates without dual criminality", fr = "infractions principales étrangères sans condition de double incrimination" }
    return ctx:met(lx.t({ en = "Offences committed abroad are predicate offences: {p}.", fr = "Les infractions commises à l'étranger sont des infractions principales : {p}." },
      { p = lx.join(parts, semi, semi) }), option)
  end,
}

-- The copies (or a description) must reach the Secretary-General, and so
-- must "any subsequent changes": a laundering offence that entered into
-- force, or was repealed, after the latest communication is a change not yet
-- communicated, as far as the profile shows.  A profile that lists
-- notifications is taken to list them all; one that lists none leaves the
-- question open.
obligation {
  ref = "untoc:6.2.d",
  level = "mandatory",
  title = { en = "Copies of laundering laws to the UN Secretary-General",
            fr = "Communication des lois sur le blanchiment au Secrétaire général de l'ONU" },
  category = "implementation",
  cluster = 1,
  text = {
    en = [[For purposes of implementing or applying paragraph 1 of this Article: (d) each State Party shall furnish copies of its laws that give effect to this Article and of any subsequent changes to such laws or a description thereof to the Secretary-General of the United Nations;]],
    fr = [[Aux fins de l'application du paragraphe 1: d) chaque État partie remet au secrétaire général de l'Organisation des Nations unies une copie de ses lois qui donnent effet au présent article, ainsi qu'une copie de toute modification ultérieurement apportée à ces lois ou une description de ces lois et modifications ultérieures;]],
  },
  facts = { "offences" },
  check = function(ctx)
    local all = ctx:fact("notifications")
    if all == nil then
      ctx:ask("notifications")
      return ctx:unknown({ en = "The profile does not list the State's communications to the Secretary-General.",
                           fr = "Le profil ne recense pas les communications de l'État au Secrétaire général." })
    end
    local latest, at = nil, nil
    for i, n in ipairs(all) do
      if n.provision == "untoc:6.2.d" and n.date <= ctx.as_of and (latest == nil or n.date > latest.date) then latest, at = n, i end
    end
    if latest == nil then
      return ctx:not_met({ en = "The State has not furnished copies or a description of its laws giving effect to art. 6 to the Secretary-General.",
                           fr = "L'État n'a pas remis au Secrétaire général de copie ni de description de ses lois donnant effet à l'art. 6." },
        { { en = "copies or a description of the laws giving effect to art. 6, furnished to the Secretary-General",
            fr = "la copie ou la description des lois donnant effet à l'art. 6, remise au Secrétaire général" } })
    end
    ctx:cite("notifications." .. at, latest, { en = "communication under untoc:6.2.d of " .. latest.date })
    -- Changes: laundering offences that entered into force, or were
    -- repealed, after the latest communication and by the as-of date.
    local items, ids = {}, {}
    local all_offences = ctx:fact("offences") or {}
    for id in pairs(all_offences) do ids[#ids + 1] = id end
    table.sort(ids)
    for _, id in ipairs(ids) do
      local e = { id = id, o = all_offences[id] }
      local is_laundering = false
      for _, c in ipairs(e.o.conduct or {}) do
        if c:sub(1, 11) == "laundering_" then is_laundering = true end
      end
      local changed = (e.o.from and e.o.from > latest.date and e.o.from <= ctx.as_of)
                      or (e.o.repealed and e.o.repealed > latest.date and e.o.repealed <= ctx.as_of)
      if is_laundering then
        items[#items + 1] = { label = changed and ctx:cite_offence(e) or e.o.source, from = e.o.from, repealed = e.o.repealed }
      end
    end
    return lx.laws_since_communication(ctx, latest, items, { en = "art. 6", fr = "l'art. 6" })
  end,
}

-- An option of the State, never a gap.  Statuses, in the terms of the
-- option: met = the State exempts predicate offenders and invokes the
-- fundamental principle that requires it (the option as the Convention
-- allows it); partly_met = it exempts them without invoking such a principle
-- (the option's condition is missing; the resulting shortfall is the gap
-- reported under art. 6(1)); not_met = it does not use the option
-- (self-laundering is punishable); not_applicable = no laundering offence.
-- Only the offences of (a) are examined (see the comment above 6.1.b.i).
obligation {
  ref = "untoc:6.2.e",
  level = "optional",
  title = { en = "Exemption of the author of the predicate offence (self-laundering)",
            fr = "Exemption de l'auteur de l'infraction principale (auto-blanchiment)" },
  category = "criminalization",
  cluster = 1,
  text = {
    en = [[For purposes of implementing or applying paragraph 1 of this Article: (e) if required by fundamental principles of the domestic law of a State Party, it may be provided that the offences set forth in paragraph 1 of this Article do not apply to the persons who committed the predicate offence;]],
    fr = [[Aux fins de l'application du paragraphe 1: e) lorsque les principes fondamentaux du droit interne d'un État partie l'exigent, il peut être disposé que les infractions énoncées au paragraphe 1 ne s'appliquent pas aux personnes qui ont commis l'infraction principale;]],
  },
  facts = { "offences", "no_offence_for" },
  -- The offences of (a): see the comment above 6.1.b.i on receiving.
  check = function(ctx)
    return lx.self_laundering_exemption(ctx, {
      ref = "untoc:6.2.e",
      elements = { CONVERSION, CONCEALMENT },
      clause = { en = "art. 6(2)(e)", fr = "l'art. 6, par. 2, e)" },
      offence_duty = { en = "art. 6(1)", fr = "l'art. 6, par. 1" } })
  end,
}

-- "May be inferred": a permission with no State as the subject of a duty
-- (see the header).  Reported at level optional.
obligation {
  ref = "untoc:6.2.f",
  level = "optional",
  title = { en = "Inference of knowledge, intent or purpose from objective factual circumstances",
            fr = "Déduction de la connaissance, de l'intention ou de la motivation à partir de circonstances factuelles objectives" },
  category = "criminalization",
  cluster = 1,
  text = {
    en = [[For purposes of implementing or applying paragraph 1 of this Article: (f) knowledge, intent or purpose required as an element of an offence set forth in paragraph 1 of this Article may be inferred from objective factual circumstances.]],
    fr = [[Aux fins de l'application du paragraphe 1: f) la connaissance, l'intention ou la motivation, en tant qu'éléments constitutifs d'une infraction énoncée au paragraphe 1, peuvent être déduites de circonstances factuelles objectives.]],
  },
  facts = { "general_part.inference_from_circumstances" },
  check = function(ctx)
    return lx.measure_finding(ctx, "general_part.inference_from_circumstances", {
      what = { en = "the inference of knowledge, intent or purpose from objective factual circumstances",
               fr = "la déduction de la connaissance, de l'intention ou de la motivation à partir de circonstances factuelles objectives" } })
  end,
}
