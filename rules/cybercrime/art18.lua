-- Cybercrime Convention article 18 -- Liability of legal persons
-- (Responsabilité des personnes morales)
--
-- The twin of UNTOC art. 10, read from the SAME facts: one regime of
-- liability of legal persons (`legal_persons`: its forms, its scope, its
-- sanctions) serves both treaties; the offences its scope covers decide each.
-- Where they differ this Convention's wording decides here: 18(1) reaches
-- "les infractions établies conformément à la présente Convention" (arts
-- 7-17 and 19), not serious crime involving an organized criminal group and
-- UNTOC's arts 5, 6, 8 and 23.  A scope limited to serious crime (four years
-- or more) meets UNTOC 10(1) but leaves out an illegal access offence
-- punishable by two years: a gap here only.
--
-- Levels: 18(1) mandatory ("adopte", "conformément à ses principes
-- juridiques" is a qualifier on the form, given effect by 18(2)); 18(2)
-- optional ("peut être pénale, civile ou administrative"; the finding names
-- the forms chosen); 18(3) mandatory ("est sans préjudice"); 18(4) mandatory
-- ("veille ... y compris de sanctions pécuniaires").  18(3) and 18(4) qualify
-- the liability of 18(1): without any liability they have nothing to apply
-- to, and the shortfall is reported once, under 18(1).

-- The Convention's offences (arts 7-17), by the conduct elements of the
-- shared model.
local CONVENTION_OFFENCES = lx.CYBERCRIME_OFFENCES

-- The forms of liability in force at the as-of date (lx, shared with UNTOC
-- art. 10): `chosen` (adopted, in full or in part), `unknown` (not stated);
-- their text ("criminal liability (source)") and, as an option, "criminal
-- and administrative liability".
local forms = lx.liability_forms
local forms_text, forms_option = lx.liability_forms_text, lx.liability_forms_option

local NONE = { en = "liability of legal persons (criminal, civil or administrative)", fr = "la responsabilité des personnes morales (pénale, civile ou administrative)" }

-- Does the scope of liability reach the national offences implementing the
-- Convention?  { left = {labels}, open = bool }.
local function scope_reach(ctx, scope)
  local r = { left = {}, open = false }
  if scope.scope == "all_offences" then return r end
  local found, open = lx.offences_implementing(ctx, CONVENTION_OFFENCES,
    { en = "Which offences of national law implement art. {a} of the Cybercrime Convention? Legal persons must be liable for them (art. 18(1)).",
      fr = "Quelles infractions du droit national mettent en œuvre l'art. {a} de la Convention sur la cybercriminalité ? Les personnes morales doivent pouvoir en répondre (art. 18, par. 1)." })
  r.open = #open > 0
  for _, x in ipairs(found) do
    local c = lx.scope_covers(scope, x.e)
    if c == false then
      r.left[#r.left + 1] = lx.t({ en = "liability for {o} (art. {a})", fr = "la responsabilité pour {o} (art. {a})" }, { o = ctx:cite_offence(x.e), a = x.art })
    elseif c == nil then
      r.open = true
      ctx:ask("offences." .. x.e.id .. ".max_prison_years", lx.t({ en = "What is the maximum penalty for {o}?", fr = "Quelle est la peine maximale encourue pour {o} ?" }, { o = ctx:cite_offence(x.e) }))
    end
  end
  return r
end

-- "Conformément à ses principes juridiques" (18(1)) and "Sous réserve des
-- principes juridiques de l'État partie" (18(2)) let those principles choose
-- the form of liability, not dispense with it (as UNTOC 10(1)-(2)): a
-- principle the profile states for cybercrime:18.1 (or 18) is quoted next to
-- a shortfall of 18(1), with why it does not excuse it.
local function principle_shortfall(ctx)
  local p = ctx:principle("cybercrime:18.1")
  if not p then return { en = "", fr = "" } end
  return lx.t({ en = " The State invokes its legal principles: {s}. Those principles decide the form of liability, which may be criminal, civil or administrative (art. 18(2)); they do not dispense with it.",
                fr = " L'État invoque ses principes juridiques : {s}. Ces principes déterminent la nature de la responsabilité, qui peut être pénale, civile ou administrative (art. 18, par. 2) ; ils n'en dispensent pas." },
              { s = lx.stated_principle(p) })
end

obligation {
  ref = "cybercrime:18.1",
  level = "mandatory",
  title = { en = "Liability of legal persons for the offences of the Convention", fr = "Responsabilité des personnes morales pour les infractions de la Convention" },
  category = "liability",
  cluster = 2,
  note = "twin: untoc:10.1",
  text = {
    fr = [[Chaque État partie adopte les mesures nécessaires, conformément à ses principes juridiques, pour établir la responsabilité des personnes morales qui participent aux infractions établies conformément à la présente Convention.]],
    en = [[Each State Party shall adopt such measures as may be necessary, consistent with its legal principles, to establish the liability of legal persons for participation in offences established in accordance with this Convention.]],
  },
  facts = { "legal_persons.criminal", "legal_persons.civil", "legal_persons.administrative", "legal_persons.scope", "offences", "no_offence_for" },
  check = function(ctx)
    local f = forms(ctx)
    if #f.chosen == 0 then
      if #f.unknown > 0 then
        return ctx:unknown({ en = "The profile does not show whether legal persons can be held liable, criminally, civilly or administratively.",
                             fr = "Le profil n'indique pas si les personnes morales peuvent être tenues responsables, pénalement, civilement ou administrativement." })
      end
      return ctx:not_met(lx.t({ en = "National law provides for no liability of legal persons, whether criminal, civil or administrative, at the assessment date.{p}",
                                fr = "Le droit national ne prévoit, à la date d'évaluation, aucune responsabilité des personnes morales, qu'elle soit pénale, civile ou administrative.{p}" },
                              { p = principle_shortfall(ctx) }), { NONE })
    end
    local lead = lx.t({ en = "Legal persons incur {f}.", fr = "Les personnes morales encourent {f}." }, { f = forms_text(f.chosen) })
    local scope = ctx:fact("legal_persons.scope")
    if scope == nil then
      ctx:ask("legal_persons.scope")
      return ctx:unknown(lx.t({ en = "{l} The profile does not say for which offences.", fr = "{l} Le profil n'indique pas pour quelles infractions." }, { l = lead }))
    end
    local r = scope_reach(ctx, scope)
    if #r.left > 0 then
      return ctx:partly(lx.t({ en = "{l} Its scope{s} leaves out offences established in accordance with the Convention, whatever their penalty.{p}",
                               fr = "{l} Son champ{s} laisse de côté des infractions établies conformément à la Convention, quelle que soit leur peine.{p}" },
                             { l = lead, s = lx.cited(scope), p = principle_shortfall(ctx) }), r.left)
    end
    if r.open then
      return ctx:unknown(lx.t({ en = "It is not settled that the scope of that liability{s} reaches every offence established in accordance with the Convention. {l}",
                                fr = "Il n'est pas établi que le champ de cette responsabilité{s} atteigne toutes les infractions établies conformément à la Convention. {l}" },
                              { l = lead, s = lx.cited(scope) }))
    end
    -- one form in full is enough; forms only in part leave what each lacks
    local full, missing = false, {}
    for _, x in ipairs(f.chosen) do
      if x.m.state == "adopted" then full = true end
      for _, m in ipairs(x.m.missing or {}) do missing[#missing + 1] = m end
    end
    if not full then
      if #f.unknown > 0 then
        return ctx:unknown(lx.t({ en = "{l} No form is provided for in full, and the profile does not say whether another form exists.",
                                  fr = "{l} Aucune forme n'est prévue en entier, et le profil n'indique pas s'il en existe une autre." }, { l = lead }), missing)
      end
      return ctx:partly(lx.t({ en = "{l} No form of liability is provided for in full.", fr = "{l} Aucune forme de responsabilité n'est prévue en entier." }, { l = lead }),
                        #missing > 0 and missing or { NONE })
    end
    return ctx:met(lx.t({ en = "{l} Its scope{s} reaches the offences established in accordance with the Convention.",
                          fr = "{l} Son champ{s} atteint les infractions établies conformément à la Convention." },
                        { l = lead, s = lx.cited(scope) }), forms_option(f.chosen))
  end,
}

obligation {
  ref = "cybercrime:18.2",
  level = "optional",
  title = { en = "Form of liability of legal persons: criminal, civil or administrative", fr = "Nature de la responsabilité des personnes morales : pénale, civile ou administrative" },
  category = "liability",
  cluster = 2,
  note = "twin: untoc:10.2",
  text = {
    fr = [[Sous réserve des principes juridiques de l'État partie, la responsabilité des personnes morales peut être pénale, civile ou administrative.]],
    en = [[Subject to the legal principles of the State Party, the liability of legal persons may be criminal, civil or administrative.]],
  },
  facts = { "legal_persons.criminal", "legal_persons.civil", "legal_persons.administrative" },
  check = function(ctx)
    local f = forms(ctx)
    if #f.chosen > 0 then
      return ctx:met(lx.t({ en = "For legal persons, the State chose {f}.", fr = "L'État a retenu pour les personnes morales {f}." }, { f = forms_text(f.chosen) }), forms_option(f.chosen))
    end
    if #f.unknown > 0 then
      return ctx:unknown({ en = "The profile does not say which form of liability, if any, legal persons incur.",
                           fr = "Le profil n'indique pas quelle responsabilité, le cas échéant, encourent les personnes morales." })
    end
    return ctx:not_met({ en = "National law provides for no form of liability of legal persons.", fr = "Le droit national ne prévoit aucune forme de responsabilité des personnes morales." },
                       { { en = "a form of liability of legal persons", fr = "une forme de responsabilité des personnes morales" } })
  end,
}

-- 18(3) and 18(4) qualify the liability of 18(1): where national law has
-- none, they have nothing to apply to (lx.liability_qualifies).
local PARA_1 = { en = "art. 18(1)", fr = "l'art. 18, par. 1" }

obligation {
  ref = "cybercrime:18.3",
  level = "mandatory",
  title = { en = "Liability of legal persons without prejudice to that of natural persons", fr = "Responsabilité des personnes morales sans préjudice de celle des personnes physiques" },
  category = "liability",
  cluster = 2,
  note = "twin: untoc:10.3",
  text = {
    fr = [[Cette responsabilité est sans préjudice de la responsabilité pénale des personnes physiques qui ont commis les infractions.]],
    en = [[Such liability shall be without prejudice to the criminal liability of the natural persons who have committed the offences.]],
  },
  facts = { "legal_persons.natural_persons_unaffected" },
  depends = { "cybercrime:18.2" },
  check = function(ctx) return lx.natural_persons_unaffected(ctx, "cybercrime:18.2", PARA_1) end,
}

-- Monetary sanctions are the one element the text names; whether the
-- sanctions are effective, proportionate and dissuasive is a judgement on
-- amounts and practice, which a met finding says remains to be made.
obligation {
  ref = "cybercrime:18.4",
  level = "mandatory",
  title = { en = "Effective, proportionate and dissuasive sanctions against legal persons, including monetary sanctions",
            fr = "Sanctions efficaces, proportionnées et dissuasives contre les personnes morales, y compris pécuniaires" },
  category = "liability",
  cluster = 2,
  note = "twin: untoc:10.4",
  text = {
    fr = [[Chaque État partie veille, en particulier, à ce que les personnes morales tenues responsables conformément au présent article fassent l'objet de sanctions efficaces, proportionnées et dissuasives de nature pénale ou non pénale, y compris de sanctions pécuniaires.]],
    en = [[Each State Party shall, in particular, ensure that legal persons held liable in accordance with this article are subject to effective, proportionate and dissuasive criminal or non-criminal sanctions, including monetary sanctions.]],
  },
  facts = { "legal_persons.monetary_sanctions", "legal_persons.other_sanctions" },
  depends = { "cybercrime:18.2" },
  -- The text names one element expressly, monetary sanctions ("y compris de
  -- sanctions pécuniaires"): other sanctions without any fine are partly
  -- met, no sanction at all not met, as UNTOC 10(4) (lx.legal_person_sanctions).
  check = function(ctx)
    return lx.legal_person_sanctions(ctx, "cybercrime:18.2", PARA_1, { en = "art. 18(4)", fr = "l'art. 18, par. 4" })
  end,
}
