-- Cybercrime Convention article 17 -- Laundering of proceeds of crime
-- (Blanchiment du produit du crime)
--
-- The twin of UNTOC art. 6, almost word for word, read from the SAME facts:
-- a national laundering offence is one entry in `offences` (conduct
-- laundering_*, predicates, foreign_predicates, self_laundering) whichever
-- treaty it serves.  Where the two treaties differ, this Convention's
-- wording decides here:
--   * predicates (17(2)(a)): "les infractions pertinentes établies
--     conformément aux articles 7 à 16", whatever their penalty; UNTOC
--     6(2)(b) asks for all serious crime and arts 5, 8 and 23.  A threshold
--     of four years meets UNTOC but leaves out an ICT offence punishable by
--     two years: a gap here, none there.  Interpretative note 3
--     (cybercrime:note.3) adds that, for the Convention, a laundering offence
--     counts as an art. 17 offence only when its predicate is an offence of
--     arts 7 to 16; it limits what the Convention's cooperation treats as an
--     art. 17 offence, not the national predicates (an all-crimes law meets
--     17(2)(a)).
--   * the Convention has no twin of UNTOC 34(2): nothing here tolerates a
--     national offence requiring transnationality or an organized criminal
--     group.  Such an element narrows the offence (partly met), where UNTOC
--     assesses it once under its art. 34(2).
--   * 17(2)(a) is a plain duty ("confère"); UNTOC 6(2)(a) "shall seek to
--     apply ... the widest range" has no twin here.
--
-- Levels (French official text):
--   17(1)(a)(i), (a)(ii)  mandatory ("adopte ... conformément aux principes
--       fondamentaux de son droit interne": the principles frame the offence,
--       they do not release the State from it; their one recognised effect is
--       17(2)(e))
--   17(1)(b)(i), (b)(ii)  mandatory "sous réserve des concepts fondamentaux
--       de son système juridique": an escape the profile states under
--       `principles` (not_applicable, or met with option "basic-concepts")
--   17(2)(a)  mandatory; 17(2)(b) mandatory for a State defining predicates
--       by a list (not applicable otherwise); 17(2)(c) mandatory, dual
--       criminality allowed; 17(2)(d) mandatory (copies of laws)
--   17(2)(e)  optional ("il peut être disposé"), only where fundamental
--       principles require it; 17(2)(f) optional ("peut être déduite")
-- The chapeaux of paragraphs 1 and 2 are quoted with their sub-paragraphs.

-- The Convention's own offences that must be predicates (arts 7-16), by the
-- conduct elements of the shared model.
local CYBER_OFFENCES = {}
for _, g in ipairs(lx.CYBERCRIME_OFFENCES) do
  if g.art ~= "17" then CYBER_OFFENCES[#CYBER_OFFENCES + 1] = g end
end

-- `allowed`: what an offence may require without narrowing it.  17(1)(a)(i)
-- names a purpose (concealing the illicit origin, helping the offender), so
-- an offence requiring a purpose is read as requiring that one; nothing else
-- is tolerated (no art. 34(2) here, see above).
local CONVERSION = { "laundering_conversion_transfer", allowed = { "specific_purpose" },
  en = "conversion or transfer of proceeds of crime", fr = "la conversion ou le transfert du produit du crime" }
local CONCEALMENT = { "laundering_concealment_disguise", allowed = {},
  en = "concealment or disguise of the true nature, origin, location, disposition, movement or ownership of proceeds of crime",
  fr = "la dissimulation ou le déguisement de la nature véritable, de l'origine, de l'emplacement, de la disposition, du mouvement ou de la propriété du produit du crime" }
local ACQUISITION = { "laundering_acquisition_possession_use", allowed = {},
  en = "acquisition, possession or use of proceeds of crime", fr = "l'acquisition, la détention ou l'utilisation du produit du crime" }
local MAIN = { CONVERSION, CONCEALMENT, ACQUISITION }

local SEMI = { en = "; ", fr = " ; " }

-- Every laundering offence in force (covering an element of MAIN), once.
local function laundering_offences(ctx)
  local out, seen = {}, {}
  for _, el in ipairs(MAIN) do
    for _, e in ipairs(ctx:covering(el[1])) do
      if not seen[e.id] then seen[e.id] = true; out[#out + 1] = e end
    end
  end
  return out
end

-- The finding of a paragraph 2 duty when no laundering offence is in force:
-- not met when the profile states that conversion and concealment are not
-- criminalized, unknown (with the question) otherwise.
local function without_laundering(ctx, missing)
  if ctx:declared_absent(CONVERSION[1]) and ctx:declared_absent(CONCEALMENT[1]) then
    return ctx:not_met({ en = "National law has no laundering offence (art. 17(1)(a)), so nothing defines predicate offences.",
                         fr = "Le droit national ne connaît pas d'infraction de blanchiment (art. 17, par. 1, a)) ; rien ne définit donc d'infractions principales." },
                       { missing })
  end
  return lx.laundering_unstated(ctx)
end

-- Whether the offences `offs` reach the author of the predicate offence:
-- lx.self_laundering ("punishable", returned with the offence, "exempt" or
-- "unknown", the question asked), shared with UNTOC art. 6.
local self_laundering = lx.self_laundering

-- 17(1)(a)(i) and (ii): the conduct must be an offence reaching the author of
-- the predicate offence, unless the State invokes the fundamental principle
-- 17(2)(e) requires for the exemption.  A principle invoked for 17(1) itself
-- is cited but does not excuse a missing offence.
local function laundering_offence(ctx, el, ref)
  local f, a = lx.criminalized(ctx, { el })
  if f.status == "not_met" then
    local p = ctx:principle(ref)
    if p then
      return ctx:not_met(lx.t({ en = "{e} The State invokes a fundamental principle of its domestic law ({p}); art. 17(1) lets it frame the offence accordingly, not forgo it.",
                                fr = "{e} L'État invoque un principe fondamental de son droit interne ({p}) ; l'art. 17, par. 1, lui permet d'en tenir compte pour définir l'infraction, non d'y renoncer." },
                              { e = f.explanation, p = p.statement }), f.missing)
    end
    return f
  end
  if f.status ~= "met" then return f end
  local state, by = self_laundering(ctx, a.by[el[1]])
  if state == "punishable" then
    return ctx:met(lx.t({ en = "{e} {o} also applies to the author of the predicate offence.", fr = "{e} {o} s'applique aussi à l'auteur de l'infraction principale." },
                        { e = f.explanation, o = ctx:cite_offence(by) }))
  end
  if state == "unknown" then
    return ctx:unknown(lx.t({ en = "The profile does not say whether an offence covering this conduct also applies to the author of the predicate offence (self-laundering). {e}",
                              fr = "Le profil n'indique pas si une infraction qui incrimine ce comportement s'applique aussi à l'auteur de l'infraction principale (auto-blanchiment). {e}" },
                            { e = f.explanation }))
  end
  local p = ctx:principle("cybercrime:17.2.e")
  if p then
    return ctx:met(lx.t({ en = "{e} None of these offences applies to the author of the predicate offence, which a fundamental principle of domestic law requires ({p}), as art. 17(2)(e) allows.",
                          fr = "{e} Aucune de ces infractions ne s'applique à l'auteur de l'infraction principale, ce qu'exige un principe fondamental du droit interne ({p}), comme le permet l'art. 17, par. 2, e)." },
                        { e = f.explanation, p = p.statement }),
                   { id = "self-laundering-exemption", en = "self-laundering exemption required by fundamental principles (art. 17(2)(e))",
                     fr = "exemption de l'auto-blanchiment exigée par des principes fondamentaux (art. 17, par. 2, e))" })
  end
  return ctx:partly(lx.t({ en = "{e} But none of these offences applies to the author of the predicate offence, and the State invokes no fundamental principle requiring that exemption (art. 17(2)(e)).",
                           fr = "{e} Mais aucune de ces infractions ne s'applique à l'auteur de l'infraction principale, et l'État n'invoque aucun principe fondamental exigeant cette exemption (art. 17, par. 2, e))." },
                         { e = f.explanation }),
                    { { en = "application of the offence to the author of the predicate offence (self-laundering), which art. 17(2)(e) allows to exclude only where fundamental principles of domestic law require it",
                        fr = "l'application de l'infraction à l'auteur de l'infraction principale (auto-blanchiment), que l'art. 17, par. 2, e), ne permet d'exclure que si les principes fondamentaux du droit interne l'exigent" } })
end

obligation {
  ref = "cybercrime:17.1.a.i",
  level = "mandatory",
  title = { en = "Laundering: conversion or transfer of proceeds of crime", fr = "Blanchiment : conversion ou transfert du produit du crime" },
  category = "criminalization",
  cluster = 2,
  note = "twin: untoc:6.1.a.i",
  text = {
    fr = [[Chaque État partie adopte, conformément aux principes fondamentaux de son droit interne, les mesures législatives et autres nécessaires pour conférer le caractère d'infraction pénale, lorsque l'acte a été commis intentionnellement : a) i) À la conversion ou au transfert de biens dont celui ou celle qui s'y livre sait qu'ils sont le produit du crime, dans le but de dissimuler ou de déguiser l'origine illicite desdits biens ou d'aider toute personne qui est impliquée dans la commission de l'infraction principale à échapper aux conséquences juridiques de ses actes ;]],
    en = [[Each State Party shall adopt, in accordance with fundamental principles of its domestic law, such legislative and other measures as may be necessary to establish as criminal offences, when committed intentionally: (a) (i) the conversion or transfer of property, knowing that such property is the proceeds of crime, for the purpose of concealing or disguising the illicit origin of the property or of helping any person who is involved in the commission of the predicate offence to evade the legal consequences of his or her action;]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx) return laundering_offence(ctx, CONVERSION, "cybercrime:17.1.a.i") end,
}

obligation {
  ref = "cybercrime:17.1.a.ii",
  level = "mandatory",
  title = { en = "Laundering: concealment or disguise of proceeds of crime", fr = "Blanchiment : dissimulation ou déguisement du produit du crime" },
  category = "criminalization",
  cluster = 2,
  note = "twin: untoc:6.1.a.ii",
  text = {
    fr = [[Chaque État partie adopte, conformément aux principes fondamentaux de son droit interne, les mesures législatives et autres nécessaires pour conférer le caractère d'infraction pénale, lorsque l'acte a été commis intentionnellement : ii) À la dissimulation ou au déguisement de la nature véritable, de l'origine, de l'emplacement, de la disposition, du mouvement ou de la propriété de biens ou de droits y relatifs dont celui ou celle qui s'y livre sait qu'ils sont le produit du crime ;]],
    en = [[Each State Party shall adopt, in accordance with fundamental principles of its domestic law, such legislative and other measures as may be necessary to establish as criminal offences, when committed intentionally: (ii) the concealment or disguise of the true nature, source, location, disposition, movement or ownership of or rights with respect to property, knowing that such property is the proceeds of crime;]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx) return laundering_offence(ctx, CONCEALMENT, "cybercrime:17.1.a.ii") end,
}

-- "Sous réserve des concepts fondamentaux de son système juridique": a basic
-- concept the State invokes releases it to that extent (an escape, not a
-- lower level).
local function basic_concept(ctx, ref)
  local p = ctx:principle(ref)
  if not p then return nil end
  return lx.t({ en = "The State invokes a basic concept of its legal system ({p}); art. 17(1)(b) binds only subject to those concepts, so it does not require this criminalization of that State.",
                fr = "L'État invoque un concept fondamental de son système juridique ({p}) ; l'art. 17, par. 1, b), ne s'impose que sous réserve de ces concepts et n'exige donc pas de lui cette incrimination." },
              { p = p.statement })
end

obligation {
  ref = "cybercrime:17.1.b.i",
  level = "mandatory",
  title = { en = "Laundering: acquisition, possession or use of proceeds of crime", fr = "Blanchiment : acquisition, détention ou utilisation du produit du crime" },
  category = "criminalization",
  cluster = 2,
  note = "twin: untoc:6.1.b.i",
  text = {
    fr = [[b) Sous réserve des concepts fondamentaux de son système juridique : i) À l'acquisition, à la détention ou à l'utilisation de biens dont celui ou celle qui les acquiert, les détient ou les utilise sait, au moment de leur réception, qu'ils sont le produit du crime ;]],
    en = [[(b) Subject to the basic concepts of its legal system: (i) the acquisition, possession or use of property, knowing, at the time of receipt, that such property is the proceeds of crime;]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx)
    local f = lx.criminalized(ctx, { ACQUISITION })
    local why = f.status == "not_met" and basic_concept(ctx, "cybercrime:17.1.b.i")
    if why then return ctx:not_applicable(why) end
    return f
  end,
}

-- 17(1)(b)(ii): participation, association, conspiracy (an offence entry),
-- attempt and aiding, abetting or counselling (an offence entry or the
-- general part, which the profile states applies to the offences concerned).
local ANCILLARY = {
  { "laundering_association_conspiracy", en = "participation in, association with or conspiracy to commit laundering",
    fr = "la participation au blanchiment, l'association ou l'entente en vue de le commettre" },
  { "laundering_attempt", general = "general_part.attempt", en = "attempt to commit laundering", fr = "la tentative de blanchiment" },
  { "laundering_aiding_abetting", general = "general_part.complicity",
    en = "aiding, abetting or counselling laundering", fr = "la complicité par aide, assistance ou conseils en vue du blanchiment" },
}

-- One ancillary element: "covered" with a text, "absent", or "unknown".  An
-- offence entry covering it is enough; otherwise the general part, adopted.
local function ancillary(ctx, el)
  local offs = ctx:covering(el[1])
  if #offs > 0 then
    local names = {}
    for i, e in ipairs(offs) do names[i] = ctx:cite_offence(e) end
    return "covered", lx.t({ en = "{c} by {o}", fr = "{c} par {o}" }, { c = { en = el.en, fr = el.fr }, o = table.concat(names, "; ") })
  end
  if el.general then
    local m = ctx:measure(el.general)
    if m.state == "adopted" then
      return "covered", lx.t({ en = "{c} by the general part of criminal law{s}", fr = "{c} par la partie générale du droit pénal{s}" },
                             { c = { en = el.en, fr = el.fr }, s = lx.cited(m) })
    end
    if m.state == "unknown" and not ctx:declared_absent(el[1]) then return "unknown" end
  end
  if ctx:declared_absent(el[1]) then return "absent" end
  ctx:ask("offences", lx.t({ en = "Which offence of national law, if any, criminalizes {c}? (If none, list it under no_offence_for.)",
                             fr = "Quelle infraction du droit national incrimine, le cas échéant, {c} ? (Si aucune, l'indiquer dans no_offence_for.)" },
                           { c = { en = el.en, fr = el.fr } }))
  return "unknown"
end

obligation {
  ref = "cybercrime:17.1.b.ii",
  level = "mandatory",
  title = { en = "Laundering: participation, association, conspiracy, attempt, aiding and abetting", fr = "Blanchiment : participation, association, entente, tentative et complicité" },
  category = "criminalization",
  cluster = 2,
  note = "twin: untoc:6.1.b.ii",
  text = {
    fr = [[b) Sous réserve des concepts fondamentaux de son système juridique : ii) À la participation à l'une des infractions établies conformément au présent article ou à toute association, entente, tentative ou complicité par fourniture d'une assistance, d'une aide ou de conseils en vue de sa commission.]],
    en = [[(b) Subject to the basic concepts of its legal system: (ii) participation in, association with or conspiracy to commit, attempts to commit and aiding, abetting, facilitating and counselling the commission of any of the offences established in accordance with this article.]],
  },
  facts = { "offences", "no_offence_for", "general_part.attempt", "general_part.complicity" },
  check = function(ctx)
    local covered, absent, unknown = {}, {}, {}
    for _, el in ipairs(ANCILLARY) do
      local state, text = ancillary(ctx, el)
      if state == "covered" then covered[#covered + 1] = text
      elseif state == "absent" then absent[#absent + 1] = { en = el.en, fr = el.fr }
      else unknown[#unknown + 1] = { en = el.en, fr = el.fr } end
    end
    local c = lx.join(covered, SEMI, SEMI)
    if #unknown > 0 then
      local lead = lx.t({ en = "The profile does not show how national law covers {u}.", fr = "Le profil n'indique pas comment le droit national couvre {u}." }, { u = lx.join(unknown) })
      if #covered > 0 then lead = lx.t({ en = "{l} Covered: {c}.", fr = "{l} Couvert : {c}." }, { l = lead, c = c }) end
      return ctx:unknown(lead, absent)
    end
    if #absent == 0 then return ctx:met(lx.t({ en = "Criminalized: {c}.", fr = "Incriminé : {c}." }, { c = c })) end
    local why = basic_concept(ctx, "cybercrime:17.1.b.ii")
    if why and #covered == 0 then return ctx:not_applicable(why) end
    if why then
      return ctx:met(lx.t({ en = "Criminalized: {c}. Not criminalized: {m}. {w}", fr = "Incriminé : {c}. Non incriminé : {m}. {w}" }, { c = c, m = lx.join(absent), w = why }),
                     { id = "basic-concepts", en = "limited by the basic concepts of the legal system (art. 17(1)(b))", fr = "limité par les concepts fondamentaux du système juridique (art. 17, par. 1, b))" })
    end
    if #covered > 0 then
      return ctx:partly(lx.t({ en = "Criminalized: {c}. No offence covers {m}.", fr = "Incriminé : {c}. Aucune infraction ne couvre {m}." }, { c = c, m = lx.join(absent) }), absent)
    end
    return ctx:not_met(lx.t({ en = "No offence of national law covers {m}.", fr = "Aucune infraction du droit national ne couvre {m}." }, { m = lx.join(absent) }), absent)
  end,
}

-- Does some laundering offence's predicate scope reach the national offence
-- `x`?  true, false, or nil (a scope or a penalty is not stated).
local function reached(scopes, x, unstated)
  local undecided = unstated
  for _, s in ipairs(scopes) do
    local c = lx.scope_covers(s, x)
    if c == true then return true end
    if c == nil then undecided = true end
  end
  if undecided then return nil end
  return false
end

-- The predicate scopes of the laundering offences, and how many leave them
-- unstated (each asked about).
local function predicate_scopes(ctx, offs)
  local scopes, unstated = {}, false
  for _, e in ipairs(offs) do
    if e.o.predicates then scopes[#scopes + 1] = e.o.predicates
    else
      unstated = true
      ctx:ask("offences." .. e.id .. ".predicates", lx.t(
        { en = "Which predicate offences does {o} reach: all offences, offences above a penalty threshold, or a list?",
          fr = "Quelles infractions principales {o} vise-t-elle : toutes les infractions, celles au-delà d'un seuil de peine, ou une liste ?" },
        { o = ctx:cite_offence(e) }))
    end
  end
  return scopes, unstated
end

-- Are the national offences implementing arts 7-16 predicates?  Returns
-- { left = {labels}, open = bool, arts_open = {arts} }.
local function cyber_predicates(ctx, scopes, unstated)
  local found, arts_open = lx.offences_implementing(ctx, CYBER_OFFENCES,
    { en = "Which offences of national law implement art. {a} of the Cybercrime Convention (with their maximum penalties)? They must be predicate offences of laundering (art. 17(2)(a)).",
      fr = "Quelles infractions du droit national mettent en œuvre l'art. {a} de la Convention sur la cybercriminalité (avec leur peine maximale) ? Elles doivent être des infractions principales du blanchiment (art. 17, par. 2, a))." })
  local r = { left = {}, open = #arts_open > 0, arts_open = arts_open }
  for _, x in ipairs(found) do
    local c = reached(scopes, x.e, unstated)
    if c == false then
      r.left[#r.left + 1] = lx.t({ en = "{o} (art. {a}) as a predicate offence", fr = "{o} (art. {a}) comme infraction principale" },
                                 { o = ctx:cite_offence(x.e), a = x.art })
    elseif c == nil then
      r.open = true
      if x.e.o.max_prison_years == nil and not x.e.o.life_imprisonment then
        ctx:ask("offences." .. x.e.id .. ".max_prison_years", lx.t({ en = "What is the maximum penalty for {o}?", fr = "Quelle est la peine maximale encourue pour {o} ?" },
                                                                  { o = ctx:cite_offence(x.e) }))
      end
    end
  end
  return r
end

local function scopes_text(ctx, offs)
  local parts = {}
  for i, e in ipairs(offs) do
    local s = e.o.predicates
    local what = s == nil and { en = "not stated", fr = "non indiquées" }
      or s.scope == "all_offences" and { en = "all offences", fr = "toutes les infractions" }
      or s.scope == "threshold" and lx.t({ en = "offences punishable by at least {y}", fr = "infractions punies d'au moins {y}" },
                                         { y = s.threshold_prison_years and lx.years(s.threshold_prison_years) or { en = "a threshold not stated", fr = "un seuil non indiqué" } })
      or { en = "a list of offences", fr = "une liste d'infractions" }
    parts[i] = lx.t({ en = "{o}: predicate offences — {w}", fr = "{o} : infractions principales — {w}" }, { o = ctx:cite_offence(e), w = what })
  end
  return lx.join(parts, SEMI, SEMI)
end

local PREDICATES_WHAT = { en = "laundering offences whose predicates include the offences established under arts 7 to 16",
                          fr = "des infractions de blanchiment dont les infractions principales comprennent celles établies conformément aux articles 7 à 16" }

-- The finding of 17(2)(a), or of 17(2)(b) for a list: every national offence
-- implementing arts 7-16 must be reached by some laundering offence.
local function predicates_finding(ctx, offs, para)
  local scopes, unstated = predicate_scopes(ctx, offs)
  local summary = scopes_text(ctx, offs)
  for _, s in ipairs(scopes) do
    if s.scope == "all_offences" then
      return ctx:met(lx.t({ en = "{s}. Every offence is a predicate offence, those established under arts 7 to 16 included.",
                            fr = "{s}. Toute infraction est une infraction principale, y compris celles établies conformément aux articles 7 à 16." },
                          { s = summary }), { id = "all-offences", en = "all-crimes approach", fr = "approche « toutes infractions »" })
    end
  end
  local r = cyber_predicates(ctx, scopes, unstated)
  if #r.left > 0 then
    return ctx:partly(lx.t({ en = "{s}. These scopes leave out offences established under arts 7 to 16, which art. 17(2)({p}) requires as predicates whatever their penalty.",
                             fr = "{s}. Ces champs laissent de côté des infractions établies conformément aux articles 7 à 16, que l'art. 17, par. 2, {p}), exige comme infractions principales quelle que soit leur peine." },
                           { s = summary, p = para }), r.left)
  end
  if r.open then
    local arts = #r.arts_open > 0 and lx.t({ en = " The profile names no offence implementing art. {a}.", fr = " Le profil ne nomme aucune infraction mettant en œuvre l'art. {a}." },
                                           { a = table.concat(r.arts_open, ", ") }) or { en = "", fr = "" }
    return ctx:unknown(lx.t({ en = "It is not settled whether every offence established under arts 7 to 16 is a predicate offence.{a} {s}.",
                              fr = "Il n'est pas établi que toute infraction établie conformément aux articles 7 à 16 soit une infraction principale.{a} {s}." },
                            { s = summary, a = arts }))
  end
  return ctx:met(lx.t({ en = "{s}. Every offence of the profile established under arts 7 to 16 is a predicate offence (interpretative note 3: for the Convention, laundering is an art. 17 offence when its predicate is one of them).",
                        fr = "{s}. Toute infraction du profil établie conformément aux articles 7 à 16 est une infraction principale (note interprétative 3 : pour la Convention, le blanchiment relève de l'article 17 lorsque l'infraction principale est l'une d'elles)." },
                      { s = summary }))
end

obligation {
  ref = "cybercrime:17.2.a",
  level = "mandatory",
  title = { en = "Predicate offences: the offences of arts 7 to 16", fr = "Infractions principales : les infractions des articles 7 à 16" },
  category = "criminalization",
  cluster = 2,
  note = "twin: untoc:6.2.b",
  text = {
    fr = [[Aux fins de la mise en œuvre ou de l'application du paragraphe 1 du présent article : a) Chaque État partie confère le caractère d'infraction principale aux infractions pertinentes établies conformément aux articles 7 à 16 de la présente Convention ;]],
    en = [[For purposes of implementing or applying paragraph 1 of this article: (a) each State Party shall include as predicate offences relevant offences established in accordance with articles 7 to 16 of this Convention;]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx)
    local offs = laundering_offences(ctx)
    if #offs == 0 then return without_laundering(ctx, PREDICATES_WHAT) end
    return predicates_finding(ctx, offs, "a")
  end,
}

obligation {
  ref = "cybercrime:17.2.b",
  level = "mandatory",
  title = { en = "A list of predicate offences includes a comprehensive range of the offences of arts 7 to 16",
            fr = "Une liste d'infractions principales comprend un éventail complet des infractions des articles 7 à 16" },
  category = "criminalization",
  cluster = 2,
  note = "twin: untoc:6.2.b#list",
  text = {
    fr = [[Aux fins de la mise en œuvre ou de l'application du paragraphe 1 du présent article : b) S'agissant d'États parties dont la législation contient une liste d'infractions principales spécifiques, cette liste comporte, au minimum, un éventail complet d'infractions établies conformément aux articles 7 à 16 de la présente Convention ;]],
    en = [[For purposes of implementing or applying paragraph 1 of this article: (b) in the case of States Parties whose legislation sets out a list of specific predicate offences, they shall, at a minimum, include in such list a comprehensive range of offences established in accordance with articles 7 to 16 of this Convention;]],
  },
  facts = { "offences", "no_offence_for" },
  -- Binds a State whose laundering offences define predicates by a list;
  -- "un éventail complet" is read as every offence of the profile that
  -- implements arts 7-16, the same test as 17(2)(a) applied to the lists.
  check = function(ctx)
    local offs = laundering_offences(ctx)
    if #offs == 0 then return without_laundering(ctx, PREDICATES_WHAT) end
    local listed, open = {}, false
    for _, e in ipairs(offs) do
      local s = e.o.predicates
      if s == nil then open = true
      elseif s.scope == "list" then listed[#listed + 1] = e end
    end
    if #listed == 0 then
      if open then
        predicate_scopes(ctx, offs)
        return ctx:unknown({ en = "Whether paragraph 2(b) applies depends on whether the State defines predicate offences by a list, which the profile does not say for every laundering offence.",
                             fr = "L'application du paragraphe 2, b), dépend de la définition des infractions principales par une liste, que le profil n'indique pas pour chaque infraction de blanchiment." })
      end
      return ctx:not_applicable({ en = "National law does not define predicate offences by a list of specific offences, so paragraph 2(b) does not apply.",
                                  fr = "Le droit national ne définit pas les infractions principales par une liste d'infractions spécifiques : le paragraphe 2, b), ne s'applique pas." })
    end
    return predicates_finding(ctx, listed, "b")
  end,
}

obligation {
  ref = "cybercrime:17.2.c",
  level = "mandatory",
  title = { en = "Predicate offences committed abroad", fr = "Infractions principales commises à l'étranger" },
  category = "criminalization",
  cluster = 2,
  note = "twin: untoc:6.2.c",
  text = {
    fr = [[Aux fins de la mise en œuvre ou de l'application du paragraphe 1 du présent article : c) Aux fins de l'alinéa b) du présent paragraphe, les infractions principales incluent les infractions commises à l'intérieur et à l'extérieur du territoire relevant de la compétence de l'État partie en question. Toutefois, une infraction commise à l'extérieur du territoire relevant de la compétence d'un État partie ne constitue une infraction principale que lorsque l'acte correspondant est une infraction pénale en vertu du droit interne de l'État où il a été commis et constituerait une infraction pénale en vertu du droit interne de l'État partie mettant en œuvre ou appliquant le présent article s'il avait été commis sur son territoire ;]],
    en = [[For purposes of implementing or applying paragraph 1 of this article: (c) for the purposes of subparagraph (b) of this paragraph, predicate offences shall include offences committed both within and outside the jurisdiction of the State Party in question. However, offences committed outside the jurisdiction of a State Party shall constitute predicate offences only when the relevant conduct is a criminal offence under the domestic law of the State where it is committed and would be a criminal offence under the domestic law of the State Party implementing or applying this article had it been committed there;]],
  },
  facts = { "offences", "no_offence_for" },
  -- Read, like UNTOC 6(2)(c), as binding every State (the cross-reference to
  -- (b) is the drafting inherited from UNTOC).  The second sentence allows
  -- dual criminality.  One laundering offence taking foreign predicates is
  -- enough: it is the offence the State relies on for them.
  check = function(ctx)
    local offs = laundering_offences(ctx)
    if #offs == 0 then
      return without_laundering(ctx, { en = "laundering offences whose predicates include offences committed abroad",
                                       fr = "des infractions de blanchiment dont les infractions principales comprennent les infractions commises à l'étranger" })
    end
    local no, open = {}, false
    for _, e in ipairs(offs) do
      local v, expl = lx.dual_criminality(e.o.foreign_predicates)
      if v == "yes" then
        local option = e.o.foreign_predicates == "covered"
          and { id = "covered", en = "foreign predicates without dual criminality", fr = "infractions principales étrangères sans condition de double incrimination" }
          or { id = "dual-criminality", en = "foreign predicates subject to dual criminality", fr = "infractions principales étrangères sous condition de double incrimination" }
        return ctx:met(lx.t({ en = "Under {o}, {x}.", fr = "Au titre de {o}, {x}." }, { o = ctx:cite_offence(e), x = expl }), option)
      elseif v == "unknown" then
        open = true
        ctx:ask("offences." .. e.id .. ".foreign_predicates", lx.t(
          { en = "Can an offence committed abroad be the predicate offence of {o}, and on what condition (dual criminality)?",
            fr = "Une infraction commise à l'étranger peut-elle être l'infraction principale de {o}, et à quelle condition (double incrimination) ?" },
          { o = ctx:cite_offence(e) }))
      else
        no[#no + 1] = ctx:cite_offence(e)
      end
    end
    local missing = { { en = "offences committed abroad as predicate offences (dual criminality may be required)",
                        fr = "les infractions commises à l'étranger comme infractions principales (la double incrimination peut être exigée)" } }
    if open then
      return ctx:unknown({ en = "The profile does not say whether offences committed abroad are predicates of every laundering offence.",
                           fr = "Le profil n'indique pas si les infractions commises à l'étranger sont des infractions principales de chaque infraction de blanchiment." }, missing)
    end
    return ctx:not_met(lx.t({ en = "Offences committed abroad are not predicate offences of {o}.", fr = "Les infractions commises à l'étranger ne sont pas des infractions principales de {o}." },
                            { o = table.concat(no, "; ") }), missing)
  end,
}

-- The copies must reach the Secretary-General, and so must later changes: a
-- laundering offence in force or repealed after the latest communication is
-- a change not yet communicated, as far as the profile shows.  The
-- communication is a notification under cybercrime:17.2.d (one made under
-- UNTOC 6(2)(d) is a different act, to a different treaty's depositary
-- record, and does not count here).
obligation {
  ref = "cybercrime:17.2.d",
  level = "mandatory",
  title = { en = "Copies of laundering laws to the UN Secretary-General", fr = "Communication des lois sur le blanchiment au Secrétaire général de l'ONU" },
  category = "implementation",
  cluster = 2,
  note = "twin: untoc:6.2.d",
  text = {
    fr = [[Aux fins de la mise en œuvre ou de l'application du paragraphe 1 du présent article : d) Chaque État partie remet au Secrétaire général ou à la Secrétaire générale de l'Organisation des Nations Unies une copie de ses lois qui donnent effet au présent article ainsi qu'une copie de toute modification ultérieurement apportée à ces lois ou une description de ces lois et modifications ultérieures ;]],
    en = [[For purposes of implementing or applying paragraph 1 of this article: (d) each State Party shall furnish copies of its laws that give effect to this article and of any subsequent changes to such laws or a description thereof to the Secretary-General of the United Nations;]],
  },
  facts = { "offences" },
  check = function(ctx)
    if ctx:fact("notifications") == nil then
      ctx:ask("notifications")
      return ctx:unknown({ en = "The profile does not list the State's communications to the Secretary-General.",
                           fr = "Le profil ne recense pas les communications de l'État au Secrétaire général." })
    end
    local latest = ctx:notification("cybercrime:17.2.d")
    if latest == nil then
      return ctx:not_met({ en = "The State has not furnished copies or a description of its laws giving effect to art. 17 to the Secretary-General.",
                           fr = "L'État n'a pas remis au Secrétaire général de copie ni de description de ses lois donnant effet à l'art. 17." },
                         { { en = "copies or a description of the laws giving effect to art. 17, furnished to the Secretary-General",
                             fr = "la copie ou la description des lois donnant effet à l'art. 17, remise au Secrétaire général" } })
    end
    local items, ids = {}, {}
    local all = ctx:fact("offences") or {}
    for id in pairs(all) do ids[#ids + 1] = id end
    table.sort(ids)
    for _, id in ipairs(ids) do
      local o = all[id]
      local laundering = false
      for _, el in ipairs(MAIN) do if lx.has(o.conduct, el[1]) then laundering = true end end
      if laundering then items[#items + 1] = { label = ctx:cite_offence({ id = id, o = o }), from = o.from, repealed = o.repealed } end
    end
    return lx.laws_since_communication(ctx, latest, items, { en = "art. 17", fr = "l'art. 17" })
  end,
}

-- An option, never a gap: met = the State exempts predicate offenders and
-- invokes the principle that requires it; partly met = it exempts them
-- without such a principle (the shortfall is the gap under 17(1)(a)); not met
-- = it does not use the option.
obligation {
  ref = "cybercrime:17.2.e",
  level = "optional",
  title = { en = "Exemption of the author of the predicate offence (self-laundering)", fr = "Exemption de l'auteur de l'infraction principale (auto-blanchiment)" },
  category = "criminalization",
  cluster = 2,
  note = "twin: untoc:6.2.e",
  text = {
    fr = [[Aux fins de la mise en œuvre ou de l'application du paragraphe 1 du présent article : e) Lorsque les principes fondamentaux du droit interne d'un État partie l'exigent, il peut être disposé que les infractions énoncées au paragraphe 1 du présent article ne s'appliquent pas aux personnes qui ont commis l'infraction principale ;]],
    en = [[For purposes of implementing or applying paragraph 1 of this article: (e) if required by fundamental principles of the domestic law of a State Party, it may be provided that the offences set forth in paragraph 1 of this article do not apply to the persons who committed the predicate offence;]],
  },
  facts = { "offences", "no_offence_for" },
  -- The met sentence is this pack's own: unlike UNTOC 6(2)(e) (and the
  -- helper's default) it names neither the principle's source nor the clause.
  check = function(ctx)
    return lx.self_laundering_exemption(ctx, {
      ref = "cybercrime:17.2.e",
      elements = { CONVERSION, CONCEALMENT },
      clause = { en = "art. 17(2)(e)", fr = "l'art. 17, par. 2, e)" },
      offence_duty = { en = "art. 17(1)", fr = "l'art. 17, par. 1" },
      met = { en = "The offences covering {c} do not apply to the author of the predicate offence, on the basis of a fundamental principle of domestic law ({p}).",
              fr = "Les infractions couvrant {c} ne s'appliquent pas à l'auteur de l'infraction principale, sur le fondement d'un principe fondamental du droit interne ({p})." } })
  end,
}

-- "Peut être déduite": a permission; reported at level optional, as UNTOC
-- 6(2)(f), from the same general-part fact.
obligation {
  ref = "cybercrime:17.2.f",
  level = "optional",
  title = { en = "Inference of knowledge, intent or purpose from objective factual circumstances",
            fr = "Déduction de la connaissance, de l'intention ou de la motivation à partir de circonstances factuelles objectives" },
  category = "criminalization",
  cluster = 2,
  note = "twin: untoc:6.2.f",
  text = {
    fr = [[Aux fins de la mise en œuvre ou de l'application du paragraphe 1 du présent article : f) La connaissance, l'intention ou la motivation nécessaire en tant qu'élément d'une infraction visée au paragraphe 1 du présent article peut être déduite de circonstances factuelles objectives.]],
    en = [[For purposes of implementing or applying paragraph 1 of this article: (f) knowledge, intent or purpose required as an element of an offence set forth in paragraph 1 of this article may be inferred from objective factual circumstances.]],
  },
  facts = { "general_part.inference_from_circumstances" },
  check = function(ctx)
    return lx.measure_finding(ctx, "general_part.inference_from_circumstances", {
      what = { en = "the inference of knowledge, intent or purpose from objective factual circumstances",
               fr = "la déduction de la connaissance, de l'intention ou de la motivation à partir de circonstances factuelles objectives" } })
  end,
}
