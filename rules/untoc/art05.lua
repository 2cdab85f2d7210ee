-- UNTOC article 5 -- Criminalization of participation in an organized criminal group
--
-- Paragraph 1 obliges every State Party to establish, as offences committed
-- intentionally:
--   (a) EITHER OR BOTH of (i) agreeing to commit a serious crime (the
--       "conspiracy" model) and (ii) active participation in the criminal
--       activities, or in the other activities, of an organized criminal group
--       (the "criminal association" model).  One obligation, met by either
--       option; the finding names the option(s) the State chose.
--   (b) organizing, directing, aiding, abetting, facilitating or counselling
--       the commission of serious crime involving an organized criminal group.
-- Paragraph 2 ("may be inferred") allows the mental elements to be proven by
-- objective factual circumstances: permissive wording about proof, encoded at
-- the optional level.
-- Paragraph 3 holds two conditional duties: a State whose conspiracy offence
-- requires an organized criminal group must make its law cover all serious
-- crimes involving such groups (first sentence), and a State whose conspiracy
-- offence requires a group or an overt act must inform the Secretary-General
-- (second sentence).  They are encoded as two obligations (clauses
-- "coverage" and "notification").
--
-- Not encoded separately:
--   * "when committed intentionally" (chapeau of paragraph 1) and "distinct
--     from those involving the attempt or completion of the criminal
--     activity" (paragraph 1(a)): they define the conduct elements
--     participation_* and ocg_crime_* of the schema, which a profile only
--     lists for offences that match them.
--   * transnationality and the involvement of an organized criminal group as
--     extra elements of the offence: art. 34(2) (rules/untoc/art34.lua) checks
--     them for all offences of arts 5, 6, 8 and 23, so they are not counted a
--     second time here.  The elements that art. 5(1)(a)(i) itself allows
--     ("where required by domestic law": an overt act, an organized criminal
--     group) do not lower the finding under paragraph 1; they trigger
--     paragraph 3.
--
-- "Serious crime" (art. 2(b)): conduct punishable by a maximum deprivation of
-- liberty of at least four years or a more serious penalty.  An art. 5
-- offence whose `aims_at` scope leaves out some serious crimes (a penalty
-- threshold above 4 years, a closed list) is a partial implementation.

---------------------------------------------------------------------------
-- Shared legal reasoning
---------------------------------------------------------------------------

-- `allowed`: the elements an offence may require without narrowing it
-- (lx.offence_fit).  Transnationality is assessed by art. 34(2).  Art.
-- 5(1)(a)(i) itself names a purpose relating to a financial or other
-- material benefit and, where domestic law requires them, an overt act or
-- an organized criminal group.  Options (ii) and (b) concern an organized
-- criminal group, which art. 2(a) defines as acting "to obtain ... a
-- financial or other material benefit": requiring the group or that benefit
-- does not narrow them.  Nor does an overt act: taking an active part,
-- organizing, directing, aiding are acts, and a law that requires the
-- group's preparation of crimes to be shown by material acts (French "faits
-- matériels", Code pénal art. 450-1) is read as within them (a judgement
-- call, flagged for review).  A specific purpose or any other element
-- narrows them.
local CONSPIRACY = { "participation_conspiracy",
  allowed = { "transnational", "organized_group", "overt_act", "material_benefit", "specific_purpose" },
  en = "agreeing with one or more other persons to commit a serious crime (conspiracy)",
  fr = "le fait de s'entendre avec une ou plusieurs personnes en vue de commettre une infraction grave (entente)" }
local GROUP_ALLOWED = { "transnational", "organized_group", "material_benefit", "overt_act" }
local PARTICIPATION = {
  { "participation_ocg_criminal_activities", allowed = GROUP_ALLOWED,
    en = "taking an active part in the criminal activities of an organized criminal group",
    fr = "la participation active aux activités criminelles d'un groupe criminel organisé" },
  { "participation_ocg_other_activities", allowed = GROUP_ALLOWED,
    en = "taking an active part in the other activities of an organized criminal group, knowing it contributes to its criminal aim",
    fr = "la participation active à d'autres activités d'un groupe criminel organisé, en sachant qu'elle contribue à son but criminel" },
}
-- Art. 5(1)(b).  The second flag says whether the general rules on complicity
-- (general_part.complicity) may stand in for a specific offence.
local OCG_CRIME = {
  { "ocg_crime_organizing", false, allowed = GROUP_ALLOWED,
    en = "organizing the commission of serious crime involving an organized criminal group",
    fr = "le fait d'organiser la commission d'une infraction grave impliquant un groupe criminel organisé" },
  { "ocg_crime_directing", false, allowed = GROUP_ALLOWED,
    en = "directing the commission of serious crime involving an organized criminal group",
    fr = "le fait de diriger la commission d'une infraction grave impliquant un groupe criminel organisé" },
  { "ocg_crime_aiding_abetting", true, allowed = GROUP_ALLOWED,
    en = "aiding or abetting the commission of serious crime involving an organized criminal group",
    fr = "le fait de favoriser au moyen d'une aide ou d'encourager la commission d'une infraction grave impliquant un groupe criminel organisé" },
  { "ocg_crime_facilitating_counselling", true, allowed = GROUP_ALLOWED,
    en = "facilitating or counselling the commission of serious crime involving an organized criminal group",
    fr = "le fait de faciliter ou de favoriser au moyen de conseils la commission d'une infraction grave impliquant un groupe criminel organisé" },
}

local SEP = { en = "; ", fr = " ; " }

-- Does an art. 5 offence reach every serious crime?  Its `aims_at` scope says
-- which crimes the agreement (5(1)(a)(i)) or the group (5(1)(a)(ii), 5(1)(b))
-- must aim at.  An absent scope is an open question, never assumed.
-- Returns "yes" | "no" | "unknown" and a bilingual reason.
local function reaches_serious_crime(ctx, e)
  local label = ctx:cite_offence(e)
  if e.o.aims_at == nil then
    ctx:ask("offences." .. e.id .. ".aims_at", lx.t({
      en = "Which crimes must the agreement or the group aim at under {o}: all offences, offences above a penalty threshold, or a list?",
      fr = "Quelles infractions l'entente ou le groupe doit-il viser selon {o} : toutes les infractions, celles au-dessus d'un seuil de peine, ou une liste ?" }, { o = label }))
    return "unknown", lx.t({ en = "{o} (scope: not stated in the profile)",
                             fr = "{o} (champ : non indiqué dans le profil)" }, { o = label })
  end
  local verdict, why = lx.scope_covers_serious(ctx, e.o.aims_at)
  return verdict, lx.t({ en = "{o} (scope: {w})", fr = "{o} (champ : {w})" }, { o = label, w = why })
end

-- One conduct element of art. 5, as national law covers it:
--   { label, state = "covered" | "partly" | "absent" | "unknown", why, missing }
-- Two routes can establish an element, and the better one counts (a true
-- fact added to the profile never lowers the finding):
--   * an offence in force that reaches every serious crime and requires no
--     element the provision does not contain (the best offence counts when
--     several cover it);
--   * with `complicity_ok`, the general rules on complicity: a general
--     provision punishing whoever aids, abets, facilitates or instigates
--     (counsels) an offence applies to every serious crime, whether or not an
--     organized criminal group is involved.  It does NOT cover organizing or
--     directing: leading a group's crimes is not accessory participation in
--     one offence, so those need an offence of their own.
-- Order of the states: covered > partly > unknown > absent.
local RANK = { yes = 3, unknown = 2, no = 1 }
local STATE_RANK = { covered = 4, partly = 3, unknown = 2, absent = 1 }

-- The route through offence entries, or nil when no offence covers the element.
local function by_offences(ctx, el, label, reach)
  local offs = ctx:covering(el[1])
  if #offs == 0 then return nil end
  local best, whys, missing = nil, {}, {}
  for i, e in ipairs(offs) do
    local known = reach[e.id] or { reaches_serious_crime(ctx, e) }; reach[e.id] = known; local v, why = known[1], known[2]
    local fit, narrow = lx.offence_fit(e.o, el)
    if fit == "narrow" then
      why = lx.t({ en = "{w}, which {n}", fr = "{w}, qui {n}" }, { w = why, n = lx.join(narrow) })
      missing[#missing + 1] = lx.t({ en = "{c}: {o} {n}", fr = "{c} : {o} {n}" }, { c = label, o = ctx:cite_offence(e), n = lx.join(narrow) })
      v = "no"
    elseif fit == "unsure" then
      ctx:ask_other(e, el)
      why = lx.t({ en = "{w}, which {n}", fr = "{w}, qui {n}" }, { w = why, n = lx.join(narrow) })
      if v == "yes" then v = "unknown" end
    elseif v == "no" then
      missing[#missing + 1] = lx.t({ en = "{c}, for every serious crime", fr = "{c}, pour toute infraction grave" }, { c = label })
    end
    whys[i] = why
    if best == nil or RANK[v] > RANK[best] then best = v end
  end
  local why = lx.t({ en = "{c} is an offence under {w}", fr = "{c} constitue une infraction selon {w}" }, { c = label, w = lx.join(whys, SEP, SEP) })
  if best == "yes" then return { label = label, state = "covered", why = why } end
  if best == "unknown" then return { label = label, state = "unknown", why = why } end
  return { label = label, state = "partly", why = why, missing = missing }
end

-- The route through the general rules on complicity, or nil when they do
-- not establish the element (not adopted, not stated).
local function by_complicity(ctx, label)
  local m = ctx:measure("general_part.complicity")
  if m.state == "adopted" then
    return { label = label, state = "covered",
             why = lx.t({ en = "{c} is punishable under the general rules on complicity{s}", fr = "{c} constitue une infraction au titre des règles générales de la complicité{s}" }, { c = label, s = lx.cited(m) }) }
  elseif m.state == "partly" then
    local missing = {}
    for i, x in ipairs(m.missing or {}) do missing[i] = x end
    if #missing == 0 then missing[1] = label end
    return { label = label, state = "partly", missing = missing,
             why = lx.t({ en = "the general rules on complicity{s} reach only in part {c}", fr = "les règles générales de la complicité{s} n'atteignent {c} qu'en partie" }, { c = label, s = lx.cited(m) }) }
  end
  return nil
end

local function element(ctx, el, complicity_ok, reach)
  local label = { en = el.en, fr = el.fr }
  local best = by_offences(ctx, el, label, reach)
  if complicity_ok and not (best and best.state == "covered") then
    local via = by_complicity(ctx, label)
    if via and (best == nil or STATE_RANK[via.state] > STATE_RANK[best.state]) then best = via end
  end
  if best then return best end
  if ctx:declared_absent(el[1]) then
    return { label = label, state = "absent", missing = { label },
             why = lx.t({ en = "no offence covers {c}", fr = "aucune infraction ne couvre {c}" }, { c = label }) }
  end
  ctx:ask("offences", lx.t({ en = "Which offence of national law, if any, criminalizes {c}? (If none, list it under no_offence_for.)",
                             fr = "Quelle infraction du droit national incrimine, le cas échéant, {c} ? (Si aucune, l'indiquer dans no_offence_for.)" }, { c = label }))
  local dated = ctx:out_of_force(el[1])
  return { label = label, state = "unknown",
           why = lx.t({ en = "the profile does not show which offence, if any, covers {c} at the assessment date{d}", fr = "le profil n'indique pas quelle infraction couvre, le cas échéant, {c} à la date d'évaluation{d}" },
                      { c = label, d = dated and lx.t({ en = " ({x})", fr = " ({x})" }, { x = { en = dated.en:gsub("^ ", ""):gsub("%.$", ""), fr = dated.fr:gsub("^ ", ""):gsub("%.$", "") } }) or "" }) }
end

-- The finding for a set of elements that must all be covered.
local function conclude(ctx, entries)
  local count, whys, missing = { covered = 0, partly = 0, absent = 0, unknown = 0 }, {}, {}
  for i, x in ipairs(entries) do
    count[x.state] = count[x.state] + 1
    whys[i] = x.why
    for _, m in ipairs(x.missing or {}) do missing[#missing + 1] = m end
  end
  local expl = lx.t({ en = "{w}.", fr = "{w}." }, { w = lx.join(whys, SEP, SEP) })
  if count.covered == #entries then return ctx:met(expl) end
  if count.unknown > 0 then
    -- an unknown finding starts with why it is unknown: the open elements first
    local open, settled = {}, {}
    for _, x in ipairs(entries) do
      if x.state == "unknown" then open[#open + 1] = x.why else settled[#settled + 1] = x.why end
    end
    for _, w in ipairs(settled) do open[#open + 1] = w end
    return ctx:unknown(lx.t({ en = "Not established: {w}.", fr = "Non établi : {w}." }, { w = lx.join(open, SEP, SEP) }), missing)
  end
  if count.covered + count.partly > 0 then return ctx:partly(expl, missing) end
  return ctx:not_met(expl, missing)
end

-- The offences in force that establish the conspiracy offence of 5(1)(a)(i),
-- for paragraph 3.  Returns the list, or nil and a finding (not_applicable
-- when the profile states that there is none, unknown when it is silent).
local function conspiracy_offences(ctx)
  local offs = ctx:covering("participation_conspiracy")
  if #offs > 0 then return offs end
  if ctx:declared_absent("participation_conspiracy") then
    return nil, ctx:not_applicable({
      en = "National law has no conspiracy offence under art. 5(1)(a)(i) (the State relies on participation, option (ii), or on neither), so no requirement of an organized criminal group or of an overt act for that offence can trigger paragraph 3.",
      fr = "Le droit national ne connaît pas d'infraction d'entente au sens de l'art. 5, par. 1 a) i) (l'État retient la participation, option ii), ou aucune des deux) : aucune exigence d'un groupe criminel organisé ou d'un acte matériel pour cette infraction ne peut déclencher le paragraphe 3." })
  end
  ctx:ask("offences", { en = "Which offence of national law, if any, criminalizes agreeing to commit a serious crime (conspiracy, art. 5(1)(a)(i)), and does it require an overt act or the involvement of an organized criminal group? (If none, list participation_conspiracy under no_offence_for.)",
                        fr = "Quelle infraction du droit national incrimine, le cas échéant, l'entente en vue de commettre une infraction grave (art. 5, par. 1 a) i)), et exige-t-elle un acte matériel ou l'implication d'un groupe criminel organisé ? (Si aucune, indiquer participation_conspiracy dans no_offence_for.)" })
  return nil, ctx:unknown({
    en = "Whether paragraph 3 applies depends on the elements of the conspiracy offence (art. 5(1)(a)(i)), which the profile does not show.",
    fr = "L'application du paragraphe 3 dépend des éléments de l'infraction d'entente (art. 5, par. 1 a) i)), que le profil n'indique pas." })
end

-- Does domestic law make an extra element (`pred` tests the offence's
-- `requires` list) a condition of the conspiracy offence?  Only if every
-- conspiracy offence in force requires it: where one offence punishes the
-- bare agreement, domestic law does not make the element a condition.
local function all_require(offs, pred)
  for _, e in ipairs(offs) do
    if not pred(e.o.requires) then return false end
  end
  return true
end

local function names(ctx, offs)
  local out = {}
  for i, e in ipairs(offs) do out[i] = ctx:cite_offence(e) end
  return table.concat(out, "; ")
end

---------------------------------------------------------------------------
-- Paragraph 1
---------------------------------------------------------------------------

obligation {
  ref = "untoc:5.1.a",
  covers = { "untoc:5.1.a.i", "untoc:5.1.a.ii", "untoc:5.1.a.ii.a", "untoc:5.1.a.ii.b" },
  level = "mandatory",
  title = { en = "Criminalization of conspiracy or of participation in an organized criminal group",
            fr = "Incrimination de l'entente ou de la participation à un groupe criminel organisé" },
  category = "criminalization",
  cluster = 1,
  text = {
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences, when committed intentionally: (a) either or both of the following as criminal offences distinct from those involving the attempt or completion of the criminal activity: (i) agreeing with one or more other persons to commit a serious crime for a purpose relating directly or indirectly to the obtaining of a financial or other material benefit and, where required by domestic law, involving an act undertaken by one of the participants in furtherance of the agreement or involving an organised criminal group; (ii) conduct by a person who, with knowledge of either the aim and general criminal activity of an organised criminal group or its intention to commit the crimes in question, takes an active part in: a. criminal activities of the organised criminal group; b. other activities of the organised criminal group in the knowledge that his or her participation will contribute to the achievement of the above-described criminal aim;]],
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour conférer le caractère d'infraction pénale, lorsque commis intentionnellement: a) à l'un ou l'autre des actes suivants, ou aux deux, en tant qu'infractions pénales distinctes de celles impliquant une tentative d'activité criminelle ou sa consommation: i) au fait de s'entendre avec une ou plusieurs personnes en vue de commettre une infraction grave à une fin liée directement ou indirectement à l'obtention d'un avantage financier ou autre avantage matériel et, lorsque le droit interne l'exige, impliquant un acte commis par un des participants en vertu de cette entente ou impliquant un groupe criminel organisé; ii) à la participation active d'une personne ayant connaissance, soit du but et de l'activité criminelle générale d'un groupe criminel organisé, soit de son intention de commettre les infractions en question: a. aux activités criminelles du groupe criminel organisé; b. à d'autres activités du groupe criminel organisé lorsque cette personne sait que sa participation contribuera à la réalisation du but criminel susmentionné;]],
  },
  facts = { "offences", "no_offence_for" },
  note = [[Option (i) needs the conspiracy offence; option (ii) needs BOTH limbs (a) and (b).  Each covering offence must reach every serious crime (its aims_at scope).  An overt act or an organized criminal group required by the conspiracy offence is allowed by (i) itself; it triggers paragraph 3, not a shortcoming here.]],
  -- "Either or both": the duty is met by one option; when both are in place the
  -- finding says so (option id "both"), which matters for paragraph 3 and art. 15(2)(c)(i).
  check = function(ctx)
    local reach = {}   -- each offence's reach of serious crime, examined once (it does not depend on the element)
    local option_i = { id = "i",
      label = { en = "option (i), conspiracy", fr = "l'option i), entente" },
      check = function(c) return conclude(c, { element(c, CONSPIRACY, false, reach) }) end }
    local option_ii = { id = "ii",
      label = { en = "option (ii), participation in an organized criminal group", fr = "l'option ii), participation à un groupe criminel organisé" },
      check = function(c) return conclude(c, { element(c, PARTICIPATION[1], false, reach), element(c, PARTICIPATION[2], false, reach) }) end }
    local r = lx.any_of(ctx, { option_i, option_ii })
    if r.status == "met" and r.option.id == "i" then
      local r2 = option_ii.check(ctx)
      if r2.status == "met" then
        return ctx:met(lx.t({ en = "{a} Also met through {o}: {b}", fr = "{a} Également rempli par {o} : {b}" },
                            { a = r.explanation, o = option_ii.label, b = r2.explanation }),
                       { id = "both", en = "both options, conspiracy (i) and participation (ii)", fr = "les deux options, entente (i) et participation (ii)" })
      end
    end
    return r
  end,
}

obligation {
  ref = "untoc:5.1.b",
  level = "mandatory",
  title = { en = "Criminalization of organizing, directing, aiding, abetting, facilitating or counselling serious crime involving an organized criminal group",
            fr = "Incrimination du fait d'organiser, de diriger, de faciliter, d'encourager ou de favoriser une infraction grave impliquant un groupe criminel organisé" },
  category = "criminalization",
  cluster = 1,
  text = {
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences, when committed intentionally: (b) organising, directing, aiding, abetting, facilitating or counselling the commission of serious crime involving an organised criminal group.]],
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour conférer le caractère d'infraction pénale, lorsque commis intentionnellement: b) au fait d'organiser, de diriger, de faciliter, d'encourager ou de favoriser au moyen d'une aide ou de conseils la commission d'une infraction grave impliquant un groupe criminel organisé.]],
  },
  facts = { "offences", "no_offence_for", "general_part.complicity" },
  note = [[Aiding, abetting, facilitating and counselling may be covered by a specific offence or by the general rules on complicity (general_part.complicity), which apply to every serious crime.  Organizing and directing need an offence of their own (e.g. leading a criminal organization): a general complicity provision does not reach them.]],
  check = function(ctx)
    local entries, reach = {}, {}
    for i, el in ipairs(OCG_CRIME) do entries[i] = element(ctx, el, el[2], reach) end
    return conclude(ctx, entries)
  end,
}

---------------------------------------------------------------------------
-- Paragraph 2
---------------------------------------------------------------------------

-- "may be inferred": the Convention allows proof of the mental elements by
-- objective factual circumstances; it does not order the State to adopt a
-- measure ("may", not "shall").  Optional: reported, never a gap.
obligation {
  ref = "untoc:5.2",
  level = "optional",
  title = { en = "Mental elements inferred from objective factual circumstances",
            fr = "Éléments moraux déduits de circonstances factuelles objectives" },
  category = "criminalization",
  cluster = 1,
  text = {
    en = [[The knowledge, intent, aim, purpose or agreement referred to in paragraph 1 of this Article may be inferred from objective factual circumstances.]],
    fr = [[La connaissance, l'intention, le but, la motivation ou l'entente visés au paragraphe 1 peuvent être déduits de circonstances factuelles objectives.]],
  },
  facts = { "general_part.inference_from_circumstances" },
  check = function(ctx)
    return lx.measure_finding(ctx, "general_part.inference_from_circumstances", {
      what = { en = "the proof of knowledge, intent, aim, purpose or agreement by inference from objective factual circumstances",
               fr = "la preuve de la connaissance, de l'intention, du but, de la motivation ou de l'entente par déduction de circonstances factuelles objectives" } })
  end,
}

---------------------------------------------------------------------------
-- Paragraph 3
---------------------------------------------------------------------------

-- First sentence.  Condition: domestic law makes the involvement of an
-- organized criminal group an element of the conspiracy offence (every
-- conspiracy offence in force requires it).  Duty: the law must then cover
-- all serious crimes involving organized criminal groups, i.e. the offence
-- may not be limited to some serious crimes (a list, or a penalty threshold
-- above 4 years).  Checked on the aims_at scope of those offences.
obligation {
  ref = "untoc:5.3",
  clause = "coverage",
  level = "mandatory",
  title = { en = "Coverage of all serious crimes where conspiracy requires an organized criminal group",
            fr = "Couverture de toutes les infractions graves lorsque l'entente exige un groupe criminel organisé" },
  category = "criminalization",
  cluster = 1,
  text = {
    en = [[States Parties whose domestic law requires involvement of an organised criminal group for purposes of the offences established in accordance with paragraph 1(a)(i) of this article shall ensure that their domestic law covers all serious crimes involving organised criminal groups.]],
    fr = [[Les États parties dont le droit interne subordonne l'établissement des infractions visées au paragraphe 1, point a) i), à l'implication d'un groupe criminel organisé veillent à ce que leur droit interne couvre toutes les infractions graves impliquant des groupes criminels organisés.]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx)
    local offs, stop = conspiracy_offences(ctx)
    if stop then return stop end
    local requires_group = all_require(offs, function(req) return lx.has(req, "organized_group") end)
    stop = lx.only_if(ctx, requires_group, lx.t({
      en = "The conspiracy offence does not require the involvement of an organized criminal group ({o}); the first sentence of paragraph 3 binds only a State whose law does.",
      fr = "L'infraction d'entente n'exige pas l'implication d'un groupe criminel organisé ({o}) ; la première phrase du paragraphe 3 ne lie que l'État dont le droit l'exige." }, { o = names(ctx, offs) }))
    if stop then return stop end
    local best, whys = nil, {}
    for i, e in ipairs(offs) do
      local v, why = reaches_serious_crime(ctx, e)
      whys[i] = why
      if best == nil or RANK[v] > RANK[best] then best = v end
    end
    local expl = lx.t({ en = "The conspiracy offence requires the involvement of an organized criminal group, so it must reach all serious crimes involving such groups: {w}.",
                        fr = "L'infraction d'entente exige l'implication d'un groupe criminel organisé ; elle doit donc viser toutes les infractions graves impliquant de tels groupes : {w}." }, { w = lx.join(whys, SEP, SEP) })
    if best == "yes" then return ctx:met(expl) end
    if best == "unknown" then return ctx:unknown(expl) end
    return ctx:partly(expl, { { en = "coverage of all serious crimes involving organized criminal groups",
                                fr = "la couverture de toutes les infractions graves impliquant des groupes criminels organisés" } })
  end,
}

-- Second sentence.  Condition: the conspiracy offence requires an organized
-- criminal group or an overt act (every conspiracy offence in force requires
-- one of them).  Duty: inform the Secretary-General.  The Convention asks for
-- it at signature or deposit; a later notification still informs the
-- depositary, so it meets the duty, and the finding records the delay.
obligation {
  ref = "untoc:5.3",
  clause = "notification",
  level = "mandatory",
  title = { en = "Notification to the Secretary-General of the requirement of a group or an overt act",
            fr = "Information du Secrétaire général sur l'exigence d'un groupe ou d'un acte matériel" },
  category = "implementation",
  cluster = 1,
  text = {
    en = [[Such States Parties, as well as States Parties whose domestic law requires an act in furtherance of the agreement for purposes of the offences established in accordance with paragraph 1(a) (i) of this article, shall so inform the Secretary-General of the United Nations at the time of their signature or of deposit of their instrument of ratification, acceptance or approval of or accession to this Convention.]],
    fr = [[Ces États parties, de même que les États parties dont le droit interne subordonne l'établissement des infractions visées au paragraphe 1, point a) i), à la commission d'un acte en vertu de l'entente, portent cette information à la connaissance du secrétaire général de l'Organisation des Nations unies au moment où ils signent la présente convention ou déposent leurs instruments de ratification, d'acceptation ou d'approbation ou d'adhésion.]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx)
    local offs, stop = conspiracy_offences(ctx)
    if stop then return stop end
    local requires = all_require(offs, function(req) return lx.has(req, "organized_group") or lx.has(req, "overt_act") end)
    stop = lx.only_if(ctx, requires, lx.t({
      en = "The conspiracy offence requires neither an organized criminal group nor an act in furtherance of the agreement ({o}); the second sentence of paragraph 3 binds only a State whose law does.",
      fr = "L'infraction d'entente n'exige ni groupe criminel organisé ni acte commis en vertu de l'entente ({o}) ; la seconde phrase du paragraphe 3 ne lie que l'État dont le droit l'exige." }, { o = names(ctx, offs) }))
    if stop then return stop end
    local n = ctx:notification("untoc:5.3")
    if n then
      local party = ctx:fact("parties.untoc")
      local deposited = party and party.deposited
      if deposited and n.date > deposited then
        return ctx:met(lx.t({ en = "The State informed the Secretary-General on {d}, after the deposit of its instrument ({p}), whereas the Convention asks for it at signature or deposit; the depositary nonetheless holds the information.",
                              fr = "L'État a informé le Secrétaire général le {d}, après le dépôt de son instrument ({p}), alors que la convention demande de le faire à la signature ou au dépôt ; le dépositaire dispose néanmoins de l'information." }, { d = n.date, p = deposited }))
      end
      return ctx:met(lx.t({ en = "The State informed the Secretary-General of the requirement on {d}.",
                            fr = "L'État a informé le Secrétaire général de cette exigence le {d}." }, { d = n.date }))
    end
    local missing = { { en = "information of the Secretary-General under art. 5(3)", fr = "l'information du Secrétaire général en vertu de l'art. 5, par. 3" } }
    if ctx:fact("notifications") == nil then
      ctx:ask("notifications")
      return ctx:unknown(lx.t({ en = "The conspiracy offence requires an organized criminal group or an overt act ({o}), and the profile does not list the State's notifications to the depositary.",
                                fr = "L'infraction d'entente exige un groupe criminel organisé ou un acte matériel ({o}), et le profil ne recense pas les notifications de l'État au dépositaire." }, { o = names(ctx, offs) }))
    end
    return ctx:not_met(lx.t({ en = "The conspiracy offence requires an organized criminal group or an overt act ({o}), and the State has not informed the Secretary-General.",
                              fr = "L'infraction d'entente exige un groupe criminel organisé ou un acte matériel ({o}), et l'État n'en a pas informé le Secrétaire général." }, { o = names(ctx, offs) }), missing)
  end,
}
