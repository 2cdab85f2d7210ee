-- UNTOC article 10 -- Liability of legal persons
--
-- Paragraph 1 obliges every State Party ("shall adopt") to establish the
-- liability of legal persons for participation in serious crimes involving an
-- organized criminal group and for the offences established under arts 5, 6,
-- 8 and 23.  Paragraph 2 leaves the form to the State ("may be criminal, civil
-- or administrative"): it is optional, and the finding reports the form(s)
-- chosen.  Any one form meets paragraph 1.  Paragraphs 3 (without prejudice
-- to the criminal liability of natural persons) and 4 (effective,
-- proportionate and dissuasive sanctions, including monetary sanctions) are
-- mandatory; both attach to the liability of paragraph 1, so they do not apply
-- where national law provides no liability of legal persons at all (that
-- shortcoming is reported once, under paragraph 1).
--
-- "Consistent with its legal principles" (10(1)) and "subject to the legal
-- principles of the State Party" (10(2)) are qualifiers.  They are given
-- effect by accepting every form of liability: a State whose legal principles
-- exclude criminal liability of corporations complies through civil or
-- administrative liability (the UNODC legislative guide reads art. 10 this
-- way: no obligation to establish criminal liability where that is
-- inconsistent with a State's legal principles).  A principle the profile states for art. 10 is therefore cited in the
-- findings, but it does not turn the absence of any liability into a non-gap.
--
-- Every provision of article 10 is addressed to States; nothing is left out.

-- The forms of liability of paragraph 2 at the as-of date (lx, shared with
-- the Cybercrime Convention's art. 18): each { form, m = measure }, sorted
-- by state, in the text's order.  With `quiet`, once some form is fully in
-- force the forms the profile leaves open are not asked about: any one form
-- meets 10(1), so the others are no open question there.
local liability_forms = lx.liability_forms

-- " Criminal liability of legal persons exists only from 2014-01-01, after
-- the assessment date (source)." for the forms adopted but not in force at
-- the as-of date: the finding says so rather than that there is none.
local function dated_text(f)
  local parts = {}
  for _, x in ipairs(f.absent) do
    if x.m.later then
      parts[#parts + 1] = lx.t({ en = " {F} liability of legal persons exists only from {d}, after the assessment date{s}.",
                                 fr = " La responsabilité {f} des personnes morales n'existe qu'à partir du {d}, après la date d'évaluation{s}." },
                               { F = { en = (x.form.en:gsub("^%l", string.upper)), fr = x.form.fr }, f = { en = x.form.en, fr = x.form.fr }, d = x.m.later, s = lx.cited(x.m) })
    elseif x.m.repealed then
      parts[#parts + 1] = lx.t({ en = " {F} liability of legal persons ended on {d}{s}.",
                                 fr = " La responsabilité {f} des personnes morales a pris fin le {d}{s}." },
                               { F = { en = (x.form.en:gsub("^%l", string.upper)), fr = x.form.fr }, f = { en = x.form.en, fr = x.form.fr }, d = x.m.repealed, s = lx.cited(x.m) })
    end
  end
  return lx.join(parts, { en = "", fr = "" }, { en = "", fr = "" })
end

-- "criminal liability (Penal Code art. 121-2)", with "in part" for a partly
-- adopted form; as an option, "criminal and administrative liability" (id
-- "criminal+administrative").
local forms_text, forms_option = lx.liability_forms_text, lx.liability_forms_option

-- " The State invokes its legal principles: ... ." when the profile states
-- one; with `shortfall`, adds why they do not excuse a shortcoming of 10(1).
local function principle_text(ctx, ref, shortfall)
  local p = ctx:principle(ref)
  if not p then return { en = "", fr = "" } end
  local t = lx.t({ en = " The State invokes its legal principles: {s}.", fr = " L'État invoque ses principes juridiques : {s}." },
                 { s = (p.statement:gsub("[%s%.]+$", "")) })
  if shortfall then
    t = lx.t({ en = "{t} Those principles decide the form of liability, which may be criminal, civil or administrative (art. 10(2)); they do not dispense with it.",
               fr = "{t} Ces principes déterminent la nature de la responsabilité, qui peut être pénale, civile ou administrative (art. 10, par. 2) ; ils n'en dispensent pas." },
             { t = t })
  end
  return t
end

-- The offences of arts 5, 6, 8 and 23, recognised by the conduct elements the
-- Convention makes mandatory.  The bribery of foreign officials and the other
-- forms of corruption of art. 8(2) are left out: their criminalization is
-- only to be considered, so art. 10(1) is read as reaching the offences the
-- Convention requires (as the rules for arts 6(2)(b) and 34(2) read the same
-- words).  When such an offence is a serious crime, the serious-crime test
-- below reaches it anyway.
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

-- Does the scope of liability reach the offences of arts 5, 6, 8 and 23 and
-- all serious crime?  Returns
--   { left = { {en, fr}, ... }  offences established to be outside the scope,
--     open = true               when the profile does not settle it,
--     text = {en, fr} }         a sentence for the explanation.
-- With scope = all_offences nothing more is needed.  With a list or a
-- threshold, every offence in force covering a conduct element of arts 5, 6,
-- 8 or 23 must be within it; an article for which the profile names no
-- offence (and does not declare its conduct absent) leaves the answer open.
local function scope_reach(ctx, scope)
  local r = { left = {}, open = false }
  local treaty_left, listed = 0, {}
  local seen, unsure, groups_open = {}, {}, {}
  if scope.scope ~= "all_offences" then
    for _, g in ipairs(TREATY_OFFENCES) do
      local found = false
      for _, el in ipairs(g.elements) do
        for _, e in ipairs(ctx:covering(el)) do
          found = true
          if not seen[e.id] then
            seen[e.id] = true
            local c = lx.scope_covers(scope, e)
            if c == false then
              treaty_left = treaty_left + 1
              r.left[#r.left + 1] = lx.t({ en = "liability for {o} (art. {a})", fr = "la responsabilité pour {o} (art. {a})" },
                                         { o = ctx:cite_offence(e), a = g.art })
              listed[#listed + 1] = r.left[#r.left]
            elseif c == nil then
              unsure[#unsure + 1] = ctx:cite_offence(e)
            end
          end
        end
      end
      if not found then
        local all_absent = true
        for _, el in ipairs(g.elements) do
          if not ctx:declared_absent(el) then all_absent = false end
        end
        if not all_absent then
          groups_open[#groups_open + 1] = lx.t({ en = "art. {a} ({w})", fr = "l'art. {a} ({w})" }, { a = g.art, w = { en = g.en, fr = g.fr } })
          ctx:ask("offences", lx.t({ en = "Which offences of national law implement art. {a} ({w})? Legal persons must be liable for them (art. 10(1)); if none exists, list the conduct under no_offence_for.",
                                     fr = "Quelles infractions du droit national mettent en œuvre l'art. {a} ({w}) ? Les personnes morales doivent pouvoir en répondre (art. 10, par. 1) ; s'il n'en existe aucune, l'indiquer dans no_offence_for." },
                                   { a = g.art, w = { en = g.en, fr = g.fr } }))
        end
      end
    end
  end
  if #unsure > 0 then
    ctx:ask("offences", { en = "What is the maximum penalty of each offence of arts 5, 6, 8 and 23 in the profile?",
                          fr = "Quelle est la peine maximale de chaque infraction des art. 5, 6, 8 et 23 du profil ?" })
  end

  local serious, stext, sleft = lx.scope_covers_serious(ctx, scope)
  if serious == "no" then
    if #sleft > 0 then
      for _, e in ipairs(sleft) do
        if not seen[e.id] then
          seen[e.id] = true
          r.left[#r.left + 1] = lx.t({ en = "liability for {o} (serious crime)", fr = "la responsabilité pour {o} (infraction grave)" },
                                     { o = ctx:cite_offence(e) })
          listed[#listed + 1] = r.left[#r.left]
        end
      end
    else
      r.left[#r.left + 1] = lx.t({ en = "liability for all serious crime: {t}", fr = "la responsabilité pour toutes les infractions graves : {t}" }, { t = stext })
    end
  end

  -- One sentence on serious crime, then the offences left out, each named
  -- once (an offence of arts 5, 6, 8 or 23 is often a serious crime too).
  local sentences = {}
  if serious == "no" and #sleft > 0 then
    sentences[1] = lx.t({ en = "As to its scope{s}, it does not reach every serious crime (offences punishable by at least 4 years' imprisonment).",
                          fr = "Quant à son champ{s}, il n'atteint pas toutes les infractions graves (punies d'au moins 4 ans d'emprisonnement)." },
                        { s = lx.cited(scope) })
  else
    sentences[1] = lx.t({ en = "As to its scope{s}, {t}.", fr = "Quant à son champ{s}, {t}." }, { s = lx.cited(scope), t = stext })
  end
  if treaty_left == 0 and scope.scope ~= "all_offences" and #unsure == 0 and #groups_open == 0 then
    sentences[#sentences + 1] = { en = "It reaches every offence of arts 5, 6, 8 and 23 that the profile names.",
                                  fr = "Il atteint toutes les infractions des art. 5, 6, 8 et 23 que nomme le profil." }
  end
  if #listed > 0 then
    sentences[#sentences + 1] = lx.t({ en = "It leaves out {l}.", fr = "Il laisse de côté {l}." },
                                     { l = lx.join(listed, { en = "; ", fr = " ; " }, { en = "; ", fr = " ; " }) })
  end
  if #unsure > 0 then
    sentences[#sentences + 1] = lx.t({ en = "The profile gives no maximum penalty for {o}, so it is not known whether the threshold reaches them.",
                                       fr = "Le profil n'indique pas la peine maximale de {o} : on ne sait pas si le seuil les atteint." },
                                     { o = table.concat(unsure, "; ") })
  end
  if #groups_open > 0 then
    sentences[#sentences + 1] = lx.t({ en = "The profile names no offence implementing {g}, so it does not show that the scope reaches them.",
                                       fr = "Le profil ne nomme aucune infraction mettant en œuvre {g} : il ne montre pas que le champ les atteint." },
                                     { g = lx.join(groups_open) })
  end
  r.open = serious == "unknown" or #unsure > 0 or #groups_open > 0
  r.text = lx.join(sentences, { en = " ", fr = " " }, { en = " ", fr = " " })
  return r
end

obligation {
  ref = "untoc:10.1",
  level = "mandatory",
  title = { en = "Liability of legal persons for organized crime and the offences of arts 5, 6, 8 and 23",
            fr = "Responsabilité des personnes morales pour la criminalité organisée et les infractions des art. 5, 6, 8 et 23" },
  category = "liability",
  cluster = 1,
  text = {
    en = [[Each State Party shall adopt such measures as may be necessary, consistent with its legal principles, to establish the liability of legal persons for participation in serious crimes involving an organised criminal group and for the offences established in accordance with Articles 5, 6, 8 and 23 of this Convention.]],
    fr = [[Chaque État partie adopte les mesures nécessaires, conformément à ses principes juridiques, pour établir la responsabilité des personnes morales qui participent à des infractions graves impliquant un groupe criminel organisé et qui commettent les infractions établies conformément aux articles 5, 6, 8 et 23 de la présente convention.]],
  },
  facts = { "legal_persons.criminal", "legal_persons.civil", "legal_persons.administrative", "legal_persons.scope",
            "offences", "no_offence_for" },
  -- Met when some form of liability (any of the three) is in force and its
  -- scope reaches all serious crime (liability for "participation in serious
  -- crimes involving an organized criminal group": national law need not ask
  -- for the group) and every offence of arts 5, 6, 8 and 23.  The option
  -- names the form(s) fully in force.
  check = function(ctx)
    local f = liability_forms(ctx, true)
    if #f.chosen == 0 then
      if #f.unknown > 0 then
        return ctx:unknown({ en = "The profile does not show whether legal persons can be held liable, criminally, civilly or administratively.",
                             fr = "Le profil n'indique pas si les personnes morales peuvent être tenues responsables, pénalement, civilement ou administrativement." })
      end
      return ctx:not_met(lx.t({ en = "National law provides for no liability of legal persons, whether criminal, civil or administrative, at the assessment date.{d}{p}",
                                fr = "Le droit national ne prévoit, à la date d'évaluation, aucune responsabilité des personnes morales, qu'elle soit pénale, civile ou administrative.{d}{p}" },
                              { d = dated_text(f), p = principle_text(ctx, "untoc:10.1", true) }),
                         { { en = "liability of legal persons (criminal, civil or administrative)",
                             fr = "la responsabilité des personnes morales (pénale, civile ou administrative)" } })
    end

    local forms = lx.t({ en = "Legal persons incur {f}.", fr = "Les personnes morales encourent {f}." }, { f = forms_text(f.chosen) })
    local scope = ctx:fact("legal_persons.scope")
    if scope == nil then
      ctx:ask("legal_persons.scope")
      return ctx:unknown(lx.t({ en = "{f} The profile does not say for which offences.", fr = "{f} Le profil n'indique pas pour quelles infractions." },
                              { f = forms }))
    end
    local reach = scope_reach(ctx, scope)

    local missing = {}
    if #f.adopted == 0 then        -- only forms adopted in part
      for _, x in ipairs(f.partly) do
        for _, m in ipairs(x.m.missing or {}) do missing[#missing + 1] = m end
        if not x.m.missing or #x.m.missing == 0 then
          missing[#missing + 1] = lx.t({ en = "{f} liability in full", fr = "une responsabilité {f} complète" }, { f = { en = x.form.en, fr = x.form.fr } })
        end
      end
    end
    for _, l in ipairs(reach.left) do missing[#missing + 1] = l end

    local expl = lx.t({ en = "{f} {r}", fr = "{f} {r}" }, { f = forms, r = reach.text })
    -- a form adopted only in part, the others not stated: one of them might
    -- be complete, so the finding stays open
    local forms_open = #f.adopted == 0 and #f.unknown > 0
    if forms_open then
      local adj = {}
      for i, x in ipairs(f.unknown) do adj[i] = { en = x.form.en, fr = x.form.fr } end
      expl = lx.t({ en = "{e} The profile does not say whether legal persons also incur {a} liability in full.",
                    fr = "{e} Le profil n'indique pas si les personnes morales encourent aussi une responsabilité {a} complète." },
                  { e = expl, a = lx.join(adj, nil, { en = " or ", fr = " ou " }) })
    end
    if reach.open or forms_open then return ctx:unknown(expl, missing) end
    if #missing > 0 then
      return ctx:partly(lx.t({ en = "{e}{p}", fr = "{e}{p}" }, { e = expl, p = principle_text(ctx, "untoc:10.1", true) }), missing)
    end
    return ctx:met(expl, forms_option(f.adopted))
  end,
}

obligation {
  ref = "untoc:10.2",
  level = "optional",
  title = { en = "Form of liability of legal persons: criminal, civil or administrative",
            fr = "Nature de la responsabilité des personnes morales : pénale, civile ou administrative" },
  category = "liability",
  cluster = 1,
  text = {
    en = [[Subject to the legal principles of the State Party, the liability of legal persons may be criminal, civil or administrative.]],
    fr = [[Sous réserve des principes juridiques de l'État partie, la responsabilité des personnes morales peut être pénale, civile ou administrative.]],
  },
  facts = { "legal_persons.criminal", "legal_persons.civil", "legal_persons.administrative" },
  -- Reports the form(s) chosen: option "criminal", "civil", "administrative",
  -- or several joined with "+" in that order (e.g. "criminal+administrative").
  -- A form adopted in part is still a form chosen.
  check = function(ctx)
    local f = liability_forms(ctx)
    local p = principle_text(ctx, "untoc:10.2")
    if #f.chosen > 0 then
      local rest = { en = "", fr = "" }
      if #f.unknown > 0 then
        local adj = {}
        for i, x in ipairs(f.unknown) do adj[i] = { en = x.form.en, fr = x.form.fr } end
        rest = lx.t({ en = " The profile does not say whether they also incur {a} liability.",
                      fr = " Le profil n'indique pas si elles encourent aussi une responsabilité {a}." },
                    { a = lx.join(adj, nil, { en = " or ", fr = " ou " }) })
      end
      return ctx:met(lx.t({ en = "For legal persons, the State chose {f}.{r}{p}", fr = "L'État a retenu pour les personnes morales {f}.{r}{p}" },
                          { f = forms_text(f.chosen), r = rest, p = p }),
                     forms_option(f.chosen))
    end
    if #f.unknown > 0 then
      return ctx:unknown({ en = "The profile does not say which form of liability, if any, legal persons incur.",
                           fr = "Le profil n'indique pas quelle responsabilité, le cas échéant, encourent les personnes morales." })
    end
    return ctx:not_met(lx.t({ en = "National law provides for no liability of legal persons, whether criminal, civil or administrative, at the assessment date.{d}{p}",
                              fr = "Le droit national ne prévoit, à la date d'évaluation, aucune responsabilité des personnes morales, qu'elle soit pénale, civile ou administrative.{d}{p}" },
                            { d = dated_text(f), p = p }),
                       { { en = "a form of liability of legal persons", fr = "une forme de responsabilité des personnes morales" } })
  end,
}

-- Paragraphs 3 and 4 qualify the liability of paragraph 1: where national law
-- has none (10(2) finds no form in force), they have nothing to attach to.
local PARA_1 = { en = "art. 10(1)", fr = "l'art. 10, par. 1" }

obligation {
  ref = "untoc:10.3",
  level = "mandatory",
  title = { en = "Liability of legal persons without prejudice to that of natural persons",
            fr = "Responsabilité des personnes morales sans préjudice de celle des personnes physiques" },
  category = "liability",
  cluster = 1,
  text = {
    en = [[Such liability shall be without prejudice to the criminal liability of the natural persons who have committed the offences.]],
    fr = [[Cette responsabilité est sans préjudice de la responsabilité pénale des personnes physiques qui ont commis les infractions.]],
  },
  facts = { "legal_persons.natural_persons_unaffected" },
  depends = { "untoc:10.2" },
  check = function(ctx) return lx.natural_persons_unaffected(ctx, "untoc:10.2", PARA_1) end,
}

obligation {
  ref = "untoc:10.4",
  level = "mandatory",
  title = { en = "Effective, proportionate and dissuasive sanctions against legal persons, including monetary sanctions",
            fr = "Sanctions efficaces, proportionnées et dissuasives contre les personnes morales, y compris pécuniaires" },
  category = "liability",
  cluster = 1,
  text = {
    en = [[Each State Party shall, in particular, ensure that legal persons held liable in accordance with this Article are subject to effective, proportionate and dissuasive criminal or non-criminal sanctions, including monetary sanctions.]],
    fr = [[Chaque État partie veille, en particulier, à ce que les personnes morales tenues responsables conformément au présent article fassent l'objet de sanctions efficaces, proportionnées et dissuasives de nature pénale ou non pénale, y compris de sanctions pécuniaires.]],
  },
  facts = { "legal_persons.monetary_sanctions", "legal_persons.other_sanctions" },
  depends = { "untoc:10.2" },
  -- The text names one element expressly: monetary sanctions.  Sanctions
  -- without any monetary one are partly met.  Whether the sanctions are
  -- effective, proportionate and dissuasive is a judgement on amounts and
  -- practice that the profile's facts do not settle: a met finding says so.
  -- The logic is the twin helper's (Cybercrime Convention 18(4)).
  check = function(ctx)
    return lx.legal_person_sanctions(ctx, "untoc:10.2", PARA_1, { en = "art. 10(4)", fr = "l'art. 10, par. 4" })
  end,
}
