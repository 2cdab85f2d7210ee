-- UNTOC article 8 -- Criminalization of corruption
--
-- Paragraph 1 obliges every State Party ("shall adopt") to criminalize active
-- (a) and passive (b) bribery of national public officials, when committed
-- intentionally.  Each sub-paragraph lists acts (promise, offering, giving;
-- solicitation, acceptance) and two modalities that the offence must reach:
-- "directly or indirectly" (through intermediaries) and an advantage "for the
-- official himself or herself or another person or entity" (third-party
-- beneficiaries).  A national offence that covers the acts but not a modality
-- is narrower than the Convention: partly met.
--
-- Paragraph 2 holds two duties to consider ("shall consider"), encoded as two
-- obligations: bribery of foreign public officials and international civil
-- servants (#foreign-officials), and other forms of corruption
-- (#other-corruption).  Not adopting them is no breach.
--
-- Paragraph 3 is mandatory: participation as an accomplice in the offences
-- established under this article.
--
-- Not encoded:
--   * 8(4) defines "public official" for paragraph 1 and art. 9 by reference
--     to domestic law; a definition imposes no duty of its own.  The rules
--     take the national offences' notion of public official as given.
--   * Art. 34(2) (the offences must not require transnationality or an
--     organized criminal group) is assessed once, for arts 5, 6, 8 and 23
--     together, by untoc:34.2; these rules do not repeat it, so the same
--     shortcoming is not counted twice.
--   * "When committed intentionally" sets the mental element the Convention
--     requires at most; the rules do not read the offences' `mental` field.

-- What a bribery offence may require without being narrower than art. 8(1)
-- (lx.offence_fit): the purpose the Convention itself names ("in order that
-- the official act or refrain from acting in the exercise of his or her
-- official duties") and the elements art. 34(2) assesses.  A breach of duty
-- (an act "contrary to his duties"), a material benefit or an overt act
-- narrows the offence; so does an advantage limited in kind (`advantage` =
-- "pecuniary" or "material"): the Convention covers "an undue advantage",
-- of any kind.
local ALLOWED = { "specific_purpose", "transnational", "organized_group" }

-- The acts and the two modalities of paragraph 1, worded for each side.
local ACTIVE = {
  acts = {
    { "bribery_active_promise", allowed = ALLOWED, advantage = true, en = "promising an undue advantage to a public official", fr = "le fait de promettre un avantage indu à un agent public" },
    { "bribery_active_offer", allowed = ALLOWED, advantage = true, en = "offering an undue advantage to a public official", fr = "le fait d'offrir un avantage indu à un agent public" },
    { "bribery_active_give", allowed = ALLOWED, advantage = true, en = "giving an undue advantage to a public official", fr = "le fait d'accorder un avantage indu à un agent public" },
  },
  modalities = {
    { "bribery_indirect", en = "active bribery committed indirectly (through an intermediary)", fr = "la corruption active commise indirectement (par un intermédiaire)" },
    { "bribery_third_party_beneficiary", en = "an advantage promised, offered or given for another person or entity than the official", fr = "un avantage promis, offert ou accordé au profit d'une autre personne ou entité que l'agent" },
  },
}

local PASSIVE = {
  acts = {
    { "bribery_passive_solicit", allowed = ALLOWED, advantage = true, en = "solicitation of an undue advantage by a public official", fr = "la sollicitation d'un avantage indu par un agent public" },
    { "bribery_passive_accept", allowed = ALLOWED, advantage = true, en = "acceptance of an undue advantage by a public official", fr = "l'acceptation d'un avantage indu par un agent public" },
  },
  modalities = {
    { "bribery_indirect", en = "passive bribery committed indirectly (through an intermediary)", fr = "la corruption passive commise indirectement (par un intermédiaire)" },
    { "bribery_third_party_beneficiary", en = "an advantage solicited or accepted for another person or entity than the official", fr = "un avantage sollicité ou accepté au profit d'une autre personne ou entité que l'agent" },
  },
}

local function labels(list)
  local out = {}
  for i, x in ipairs(list) do out[i] = x.label end
  return out
end

local SEP = { en = "; ", fr = " ; " }

-- Bribery of national public officials, one side (active or passive).
--
-- The acts are analysed like any conduct list, each offence checked for
-- elements narrower than the Convention's (lx.offence_fit).  The modalities
-- qualify the acts, so they count only where an offence that covers one of
-- this side's acts also covers them: an active bribery offence that reaches
-- intermediaries says nothing about the passive one.  When no offence covers
-- any act, the offence is missing as a whole and the modalities are not
-- asked about.
local function bribery(ctx, side)
  local a = lx.analyse_conduct(ctx, side.acts)
  if #a.covered == 0 and #a.narrowed == 0 then
    local undescribed, unsure = {}, false
    for _, x in ipairs(a.unknown) do
      if x.unsure then unsure = true else undescribed[#undescribed + 1] = x.label end
    end
    if #undescribed > 0 then
      return ctx:unknown(lx.t({ en = "The profile does not show which offence, if any, covers {u}.{n}",
                                fr = "Le profil n'indique pas quelle infraction couvre, le cas échéant, {u}.{n}" },
                              { u = lx.join(undescribed), n = lx.narrowed_text(a) }), labels(a.absent))
    end
    if unsure then
      return ctx:unknown(lx.t({ en = "The profile does not describe an element the bribery offence requires.{n}",
                                fr = "Le profil ne décrit pas un élément qu'exige l'infraction de corruption.{n}" },
                              { n = lx.narrowed_text(a) }), labels(a.absent))
    end
    return ctx:not_met(lx.t({ en = "No offence of national law covers {m}.",
                              fr = "Aucune infraction du droit national ne couvre {m}." },
                            { m = lx.join(labels(a.absent)) }), labels(a.absent))
  end

  local acting = {}          -- offences covering at least one act of this side
  for _, list in ipairs({ a.covered, a.narrowed, a.unknown }) do
    for _, c in ipairs(list) do
      for _, e in ipairs(c.offences or {}) do acting[e.id] = true end
    end
  end
  local covered, absent, unknown = {}, {}, {}
  for _, c in ipairs(a.covered) do covered[#covered + 1] = { label = c.label, names = c.names } end
  for _, x in ipairs(a.absent) do absent[#absent + 1] = x end
  for _, x in ipairs(a.unknown) do if not x.unsure then unknown[#unknown + 1] = x end end

  for _, m in ipairs(side.modalities) do
    local label = { en = m.en, fr = m.fr }
    local names = {}
    for _, e in ipairs(ctx:covering(m[1])) do
      if acting[e.id] then names[#names + 1] = ctx:cite_offence(e) end
    end
    if #names > 0 then
      covered[#covered + 1] = { label = label, names = names }
    elseif ctx:declared_absent(m[1]) then
      absent[#absent + 1] = { label = label }
    else
      unknown[#unknown + 1] = { label = label }
      ctx:ask("offences", lx.t({ en = "Does the bribery offence also reach {m}? If so, list {id} among the conduct of that offence; if no offence does, list it under no_offence_for.",
                                 fr = "L'infraction de corruption vise-t-elle aussi {m} ? Dans l'affirmative, ajouter {id} aux comportements de cette infraction ; si aucune infraction ne le vise, l'indiquer dans no_offence_for." },
                               { m = label, id = m[1] }))
    end
  end

  local parts = {}
  for i, c in ipairs(covered) do
    parts[i] = lx.t({ en = "{c} by {o}", fr = "{c} par {o}" }, { c = c.label, o = table.concat(c.names, "; ") })
  end
  local l = #parts > 0 and lx.t({ en = "Covered: {l}.", fr = "Couvert : {l}." }, { l = lx.join(parts, SEP, SEP) }) or { en = "", fr = "" }
  local body = lx.t({ en = "{l}{n}", fr = "{l}{n}" }, { l = l, n = lx.narrowed_text(a) })
  body = { en = (body.en:gsub("^ ", "")), fr = (body.fr:gsub("^ ", "")) }
  local missing = lx.conduct_missing(a)
  for _, x in ipairs(absent) do if not lx.has(a.absent, x) then missing[#missing + 1] = x.label end end
  local has_unsure = false
  for _, x in ipairs(a.unknown) do if x.unsure then has_unsure = true end end
  if #unknown > 0 then
    return ctx:unknown(lx.t({ en = "The profile does not establish {u}. {b}",
                              fr = "Le profil n'établit pas {u}. {b}" },
                            { u = lx.join(labels(unknown)), b = body }), missing)
  end
  if #absent > 0 or #a.narrowed > 0 then
    local none = #absent > 0 and lx.t({ en = " No offence covers {m}.", fr = " Aucune infraction ne couvre {m}." }, { m = lx.join(labels(absent)) }) or { en = "", fr = "" }
    return ctx:partly(lx.t({ en = "{b}{n}", fr = "{b}{n}" }, { b = body, n = none }), missing)
  end
  if has_unsure then
    return ctx:unknown(lx.t({ en = "The profile does not describe an element the bribery offence requires. {b}",
                              fr = "Le profil ne décrit pas un élément qu'exige l'infraction de corruption. {b}" }, { b = body }), missing)
  end
  return ctx:met(lx.t({ en = "Criminalized: {l}.", fr = "Incriminé : {l}." }, { l = lx.join(parts, SEP, SEP) }))
end

obligation {
  ref = "untoc:8.1.a",
  level = "mandatory",
  title = { en = "Active bribery of national public officials",
            fr = "Corruption active d'agents publics nationaux" },
  category = "criminalization",
  cluster = 1,
  text = {
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences, when committed intentionally: (a) the promise, offering or giving to a public official, directly or indirectly, of an undue advantage, for the official himself or herself or another person or entity, in order that the official act or refrain from acting in the exercise of his or her official duties;]],
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour conférer le caractère d'infraction pénale, lorsque les actes ont été commis intentionnellement: a) au fait de promettre, d'offrir ou d'accorder à un agent public, directement ou indirectement, un avantage indu, pour lui-même ou pour une autre personne ou entité, afin qu'il accomplisse ou s'abstienne d'accomplir un acte dans l'exercice de ses fonctions officielles;]],
  },
  facts = { "offences", "no_offence_for" },
  -- Met when the promise, the offer and the giving are all criminalized, and
  -- the offence covering them also reaches indirect bribery and advantages
  -- for third parties; partly met when any of these is missing.
  check = function(ctx)
    return bribery(ctx, ACTIVE)
  end,
}

obligation {
  ref = "untoc:8.1.b",
  level = "mandatory",
  title = { en = "Passive bribery of national public officials",
            fr = "Corruption passive d'agents publics nationaux" },
  category = "criminalization",
  cluster = 1,
  text = {
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences, when committed intentionally: (b) the solicitation or acceptance by a public official, directly or indirectly, of an undue advantage, for the official himself or herself or another person or entity, in order that the official act or refrain from acting in the exercise of his or her official duties.]],
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour conférer le caractère d'infraction pénale, lorsque les actes ont été commis intentionnellement: b) au fait pour un agent public de solliciter ou d'accepter, directement ou indirectement, un avantage indu pour lui-même ou pour une autre personne ou entité, afin d'accomplir ou de s'abstenir d'accomplir un acte dans l'exercice de ses fonctions officielles.]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx)
    return bribery(ctx, PASSIVE)
  end,
}

-- A duty to consider creating offences (paragraph 2) is met when the State
-- considered them, even if it created none; the profile says so in
-- no_offence_for[].considered (Ctx:consideration).  `f` is the finding on the
-- offences themselves, `a` the analysis of their conduct elements:
--   every missing offence considered (declined, pending) -> met, option "considered"
--   one stated as never considered                       -> f, saying so
--   consideration not recorded: nothing created          -> unknown ("consideration not recorded")
--                               some created (partly)    -> f, with the question
local CONSIDERED = { id = "considered", en = "considered", fr = "envisagé" }
local function with_consideration(ctx, f, a)
  if (f.status ~= "not_met" and f.status ~= "partly_met") or #a.absent == 0 or #a.narrowed > 0 then return f end
  local verdict, text = ctx:consideration(a.absent)
  if verdict == "considered" then
    return ctx:met(lx.t({ en = "{t} {e} This meets a duty to consider.", fr = "{t} {e} L'obligation d'envisager est remplie." },
                        { t = text, e = f.explanation }), CONSIDERED)
  end
  if verdict == "unrecorded" and f.status == "not_met" then
    return ctx:unknown(lx.t({ en = "{t} {e}", fr = "{t} {e}" }, { t = text, e = f.explanation }), f.missing)
  end
  local expl = lx.t({ en = "{e} {t}", fr = "{e} {t}" }, { e = f.explanation, t = text })
  if f.status == "not_met" then return ctx:not_met(expl, f.missing) end
  return ctx:partly(expl, f.missing)
end

obligation {
  ref = "untoc:8.2",
  clause = "foreign-officials",
  level = "consider",
  title = { en = "Bribery of foreign public officials and international civil servants",
            fr = "Corruption d'agents publics étrangers et de fonctionnaires internationaux" },
  category = "criminalization",
  cluster = 1,
  text = {
    en = [[Each State Party shall consider adopting such legislative and other measures as may be necessary to establish as criminal offences conduct referred to in paragraph 1 of this Article involving a foreign public official or international civil servant.]],
    fr = [[Chaque État partie envisage d'adopter les mesures législatives et autres nécessaires pour conférer le caractère d'infraction pénale aux actes visés au paragraphe 1, impliquant un agent public étranger ou un fonctionnaire international.]],
  },
  facts = { "offences", "no_offence_for" },
  -- "Conduct referred to in paragraph 1" is both active and passive bribery:
  -- one without the other is partly met (at the level "consider", never a gap).
  -- What the State did about the offences it has not created is read from
  -- no_offence_for[].considered (with_consideration).
  check = function(ctx)
    return with_consideration(ctx, lx.criminalized(ctx, {
      { "bribery_active_foreign_official", allowed = ALLOWED, advantage = true, en = "active bribery of foreign public officials or international civil servants",
        fr = "la corruption active d'agents publics étrangers ou de fonctionnaires internationaux" },
      { "bribery_passive_foreign_official", allowed = ALLOWED, advantage = true, en = "passive bribery of foreign public officials or international civil servants",
        fr = "la corruption passive d'agents publics étrangers ou de fonctionnaires internationaux" },
    }))
  end,
}

-- "Other forms of corruption" is open-ended: the Convention names none.  The
-- profile's vocabulary offers four (forms the UN Convention against
-- Corruption of 2003 later addressed); any one criminalized shows the State
-- acted on the duty to consider.
local OTHER_FORMS = {
  { "corruption_trading_in_influence", en = "trading in influence", fr = "le trafic d'influence" },
  { "corruption_private_sector", en = "bribery in the private sector", fr = "la corruption dans le secteur privé" },
  { "corruption_embezzlement", en = "embezzlement by a public official", fr = "la soustraction de biens par un agent public" },
  { "corruption_abuse_of_functions", en = "abuse of functions", fr = "l'abus de fonctions" },
}

obligation {
  ref = "untoc:8.2",
  clause = "other-corruption",
  level = "consider",
  title = { en = "Other forms of corruption",
            fr = "Autres formes de corruption" },
  category = "criminalization",
  cluster = 1,
  text = {
    en = [[Likewise, each State Party shall consider establishing as criminal offences other forms of corruption.]],
    fr = [[De même, chaque État partie envisage de conférer le caractère d'infraction pénale à d'autres formes de corruption.]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx)
    local a = lx.analyse_conduct(ctx, OTHER_FORMS)
    local rest = { en = "", fr = "" }
    if #a.absent > 0 then
      rest = lx.t({ en = " Not criminalized: {m}.", fr = " Non incriminé : {m}." }, { m = lx.join(labels(a.absent)) })
    end
    if #a.covered > 0 then
      local parts = {}
      for i, c in ipairs(a.covered) do
        parts[i] = lx.t({ en = "{c} by {o}", fr = "{c} par {o}" }, { c = c.label, o = table.concat(c.names, "; ") })
      end
      return ctx:met(lx.t({ en = "Other forms of corruption are criminalized: {l}.{r}",
                            fr = "D'autres formes de corruption sont incriminées : {l}.{r}" },
                          { l = lx.join(parts, { en = "; ", fr = " ; " }, { en = "; ", fr = " ; " }), r = rest }))
    end
    if #a.unknown > 0 then
      return ctx:unknown(lx.t({ en = "The profile does not show whether national law criminalizes {u}.{r}",
                                fr = "Le profil n'indique pas si le droit national incrimine {u}.{r}" },
                              { u = lx.join(labels(a.unknown), nil, { en = " or ", fr = " ou " }), r = rest }), labels(a.absent))
    end
    return with_consideration(ctx, ctx:not_met(lx.t({ en = "National law criminalizes no other form of corruption: neither {m}.",
                              fr = "Le droit national n'incrimine aucune autre forme de corruption : ni {m}." },
                            { m = lx.join(labels(a.absent), { en = ", ", fr = ", ni " }, { en = " nor ", fr = ", ni " }) }),
                      labels(a.absent)), a)
  end,
}

obligation {
  ref = "untoc:8.3",
  level = "mandatory",
  title = { en = "Participation as an accomplice in corruption offences",
            fr = "Complicité dans les infractions de corruption" },
  category = "criminalization",
  cluster = 1,
  text = {
    en = [[Each State Party shall also adopt such measures as may be necessary to establish as a criminal offence participation as an accomplice in an offence established in accordance with this Article.]],
    fr = [[Chaque État partie adopte également les mesures nécessaires pour conférer le caractère d'infraction pénale au fait de se rendre complice d'une infraction établie conformément au présent article.]],
  },
  facts = { "general_part.complicity" },
  -- Complicity is usually a rule of the general part of criminal law that
  -- reaches every offence, bribery included.  A complicity rule limited to some
  -- offences (e.g. to felonies, when bribery is a lesser offence) is stated
  -- as adopted = "partly" with what it leaves out.
  check = function(ctx)
    return lx.measure_finding(ctx, "general_part.complicity", {
      what = { en = "the punishment of participation as an accomplice in the corruption offences",
               fr = "la répression de la complicité dans les infractions de corruption" } })
  end,
}
