-- UNTOC article 12 -- Confiscation and seizure
--
-- Paragraph 1 is mandatory ("shall adopt" / "adoptent"), qualified by "to the
-- greatest extent possible within their domestic legal systems" ("dans toute
-- la mesure possible dans le cadre de leurs systèmes juridiques nationaux").
-- The qualifier does not lower the level; it opens an escape: where the
-- profile records (under `principles`, for untoc:12.1 or the sub-paragraph)
-- that the domestic legal system does not allow a limb, with its source, the
-- finding says so instead of reporting a gap (see `required_limbs` below).
-- Paragraph 1 is split by sub-paragraph: (a) proceeds / corresponding value,
-- (b) instrumentalities.  "Offences covered by this Convention" are those of
-- arts 5, 6, 8 and 23 and serious crime (art. 3(1)); art. 34(2) means the
-- domestic measures may not require transnationality or an organized
-- criminal group.  The profile has no separate scope for confiscation: a
-- measure limited to some offences is stated as adopted = "partly" with
-- `missing`, and is reported as partly met.
--
-- Paragraphs 2 ("shall adopt such measures as may be necessary") and 6
-- ("shall empower"; "shall not decline to act ... on the ground of bank
-- secrecy" / "ne peuvent invoquer le secret bancaire") are mandatory and have
-- no qualifier.  Paragraph 6 holds two obligations of different content: the
-- power to order records, and the prohibition to refuse on the ground of bank
-- secrecy (a prohibition is mandatory): clauses "records" and "bank-secrecy".
--
-- Paragraphs 3, 4 and 5 are mandatory.  They state the result national law
-- must reach ("such property shall be liable to the measures ..."), not an
-- option.  The French text says "peuvent faire l'objet" / "peuvent être
-- confisqués": that "peuvent" describes the property's exposure to the
-- measures (it *can be* confiscated), it is not addressed to the State as a
-- discretion; the English "shall be liable" is equally authentic (art. 41(2))
-- and the UNODC legislative guide lists paragraphs 3 to 5 among the mandatory
-- requirements of article 12.
--
-- Paragraph 7 ("may consider the possibility" / "peuvent envisager") is
-- optional: it is permissive, not a duty to consider (that would be "shall
-- consider"), and the legislative guide lists the reversal of the burden of
-- proof among the optional measures.  It is never a gap.
--
-- Not encoded as obligations (they impose no duty on States):
--   12(8) "The provisions of this Article shall not be construed to prejudice
--         the rights of bona fide third parties" / "L'interprétation des
--         dispositions du présent article ne doit en aucun cas porter atteinte
--         aux droits des tiers de bonne foi".  It is a rule of construction
--         addressed to whoever reads article 12: it limits what paragraphs 1-7
--         require (they never require confiscating a bona fide third party's
--         rights), it does not oblige States to adopt any measure, and no
--         level (shall / shall consider / shall endeavour / may) can be read
--         in its wording.  The profile fact confiscation.third_party_protection
--         is reported as context in the findings on 12(1)(a) and 12(1)(b); it
--         never changes their status and, being context, is never asked.
--   12(9) "Nothing contained in this Article shall affect the principle that
--         the measures ... shall be defined and implemented in accordance with
--         ... domestic law": a saving clause; it does not excuse the absence of
--         a measure.

---------------------------------------------------------------------------
-- Shared helpers (plain Lua functions; the checks below stay short).
---------------------------------------------------------------------------

-- Bona fide third parties (art. 12(8)), as context for a confiscation
-- finding: a sentence to append, or an empty text when the profile is silent.
local function third_parties(ctx)
  local v = ctx:fact("confiscation.third_party_protection")
  if v == nil or v.adopted == nil then return { en = "", fr = "" } end
  local src = v.source and lx.t({ en = " ({s})", fr = " ({s})" }, { s = v.source }) or { en = "", fr = "" }
  if v.adopted == false or not ctx:in_force(v) then
    return lx.t({ en = " Context (art. 12(8)): the profile shows no protection of the rights of bona fide third parties in confiscation{s}; article 12 may not be construed to prejudice those rights.",
                  fr = " Contexte (art. 12, par. 8) : le profil ne montre aucune protection des droits des tiers de bonne foi en matière de confiscation{s} ; l'article 12 ne peut être interprété comme portant atteinte à ces droits." }, { s = src })
  end
  if v.adopted == "partly" then
    return lx.t({ en = " Context (art. 12(8)): the rights of bona fide third parties are protected in part{s}.",
                  fr = " Contexte (art. 12, par. 8) : les droits des tiers de bonne foi sont protégés en partie{s}." }, { s = src })
  end
  return lx.t({ en = " Context (art. 12(8)): the rights of bona fide third parties are protected{s}.",
                fr = " Contexte (art. 12, par. 8) : les droits des tiers de bonne foi sont protégés{s}." }, { s = src })
end

local function append(a, b)
  return { en = a.en .. b.en, fr = a.fr .. b.fr }
end

-- Several limbs that are ALL required (e.g. instrumentalities used in AND
-- destined for use in the offences).  limbs = { { path = ..., what = {en, fr} } }.
--   every limb provided for                     -> met
--   any limb not stated by the profile          -> unknown (questions asked)
--   every limb absent                           -> not_met
--   some provided, others absent or partial     -> partly_met
-- opts.escape: the provision whose qualifier ("to the greatest extent
--   possible within their domestic legal systems") the State may invoke;
--   when the profile records it (ctx:principle), established shortcomings are
--   explained, not reported as a gap: met, option "greatest-extent-possible".
-- opts.reading: a sentence appended whenever a limb falls short (how the
--   provision is read).  opts.context: a sentence appended to every finding.
local function required_limbs(ctx, limbs, opts)
  opts = opts or {}
  local texts, missing, count = {}, {}, { met = 0, partly_met = 0, not_met = 0, unknown = 0 }
  for i, l in ipairs(limbs) do
    local r = lx.measure_finding(ctx, l.path, { what = l.what })
    texts[i] = r.explanation
    count[r.status] = count[r.status] + 1
    for _, m in ipairs(r.missing or {}) do missing[#missing + 1] = m end
    if r.status == "partly_met" and #(r.missing or {}) == 0 then
      missing[#missing + 1] = lx.t({ en = "{w}: implemented only in part (the profile does not say what is missing)",
                                     fr = "{w} : mise en œuvre partielle (le profil ne précise pas ce qui manque)" }, { w = l.what })
    end
  end
  local expl = lx.join(texts, { en = " ", fr = " " }, { en = " ", fr = " " })
  local context = opts.context or { en = "", fr = "" }
  if count.met == #limbs then return ctx:met(append(expl, context)) end
  if opts.reading then expl = append(expl, opts.reading) end
  if count.unknown > 0 then return ctx:unknown(append(expl, context), missing) end
  local p = opts.escape and ctx:principle(opts.escape)
  if p then
    local why = lx.t({ en = " The State invokes the limits of its domestic legal system: {st}{s}. Paragraph 1 requires these measures only \"to the greatest extent possible within their domestic legal systems\", so the shortcoming ({m}) is explained rather than reported as a gap; reviewers should verify that the stated limit is genuine.",
                       fr = " L'État invoque les limites de son système juridique national : {st}{s}. Le paragraphe 1 n'exige ces mesures que « dans toute la mesure possible dans le cadre de leurs systèmes juridiques nationaux » : la lacune ({m}) est expliquée et non signalée comme un manquement ; les évaluateurs vérifieront que la limite invoquée est réelle." },
                     { st = p.statement, s = p.source and (" (" .. p.source .. ")") or "", m = lx.join(missing, { en = "; ", fr = " ; " }, { en = "; ", fr = " ; " }) })
    return ctx:met(append(append(expl, why), context),
      { id = "greatest-extent-possible", en = "to the greatest extent possible within the domestic legal system (art. 12(1))",
        fr = "dans toute la mesure possible dans le cadre du système juridique national (art. 12, par. 1)" })
  end
  if count.not_met == #limbs then return ctx:not_met(append(expl, context), missing) end
  return ctx:partly(append(expl, context), missing)
end

---------------------------------------------------------------------------
-- Paragraph 1: confiscation
---------------------------------------------------------------------------

obligation {
  ref = "untoc:12.1.a",
  level = "mandatory",
  title = { en = "Confiscation of proceeds of crime and of property of corresponding value",
            fr = "Confiscation du produit du crime et des biens de valeur correspondante" },
  category = "confiscation",
  cluster = 4,
  text = {
    en = [[States Parties shall adopt, to the greatest extent possible within their domestic legal systems, such measures as may be necessary to enable confiscation of: (a) proceeds of crime derived from offences covered by this Convention or property the value of which corresponds to that of such proceeds;]],
    fr = [[Les États parties adoptent, dans toute la mesure possible dans le cadre de leurs systèmes juridiques nationaux, les mesures nécessaires pour permettre la confiscation: a) du produit du crime provenant d'infractions visées par la présente convention ou de biens dont la valeur correspond à celle de ce produit;]],
  },
  facts = { "confiscation.proceeds", "confiscation.value_based", "confiscation.third_party_protection" },
  note = "Both limbs are required (UNODC legislative guide): the proceeds themselves and property of corresponding value. The 12(1) qualifier is an escape recorded under principles for untoc:12.1 or untoc:12.1.a.",
  -- "Proceeds ... or property the value of which corresponds": the "or" names
  -- what may be confiscated in a given case (the proceeds where they can be
  -- found, otherwise property of equivalent value); it is not a choice of one
  -- system for the State.  Following the UNODC legislative guide, States must
  -- be able to do both, so one limb alone is partly met.  (A State with a
  -- purely value-based system whose value order can be enforced against the
  -- proceeds themselves should record that under confiscation.proceeds, with
  -- the source.)
  check = function(ctx)
    return required_limbs(ctx, {
      { path = "confiscation.proceeds",
        what = { en = "confiscation of the proceeds of the offences covered by the Convention",
                 fr = "la confiscation du produit des infractions visées par la Convention" } },
      { path = "confiscation.value_based",
        what = { en = "confiscation of property of a value corresponding to those proceeds (value confiscation)",
                 fr = "la confiscation de biens d'une valeur correspondant à ce produit (confiscation en valeur)" } },
    }, {
      escape = "untoc:12.1.a",
      reading = { en = " Article 12(1)(a) is read, as in the UNODC legislative guide, as requiring both confiscation of the proceeds themselves and confiscation of property of corresponding value when the proceeds cannot be reached; one without the other is a partial implementation.",
                  fr = " L'article 12, paragraphe 1 a), est lu, comme dans le guide législatif de l'ONUDC, comme exigeant à la fois la confiscation du produit lui-même et celle de biens de valeur correspondante lorsque le produit ne peut être atteint ; l'une sans l'autre est une mise en œuvre partielle." },
      context = third_parties(ctx),
    })
  end,
}

obligation {
  ref = "untoc:12.1.b",
  level = "mandatory",
  title = { en = "Confiscation of instrumentalities used in or destined for use in the offences",
            fr = "Confiscation des instruments utilisés ou destinés à être utilisés pour les infractions" },
  category = "confiscation",
  cluster = 4,
  text = {
    en = [[States Parties shall adopt, to the greatest extent possible within their domestic legal systems, such measures as may be necessary to enable confiscation of: (b) property, equipment or other instrumentalities used in or destined for use in offences covered by this Convention.]],
    fr = [[Les États parties adoptent, dans toute la mesure possible dans le cadre de leurs systèmes juridiques nationaux, les mesures nécessaires pour permettre la confiscation: b) des biens, des matériels et autres instruments utilisés ou destinés à être utilisés pour les infractions visées par la présente convention.]],
  },
  facts = { "confiscation.instrumentalities", "confiscation.intended_instrumentalities", "confiscation.third_party_protection" },
  note = "Both limbs are required: instrumentalities used and instrumentalities destined for use. The 12(1) qualifier is an escape recorded under principles for untoc:12.1 or untoc:12.1.b.",
  -- "Used in or destined for use in": two cases the confiscation power must
  -- reach (the offence committed, and the offence prepared or attempted);
  -- the "or" lists both, it does not offer a choice.
  check = function(ctx)
    return required_limbs(ctx, {
      { path = "confiscation.instrumentalities",
        what = { en = "confiscation of property, equipment or other instrumentalities used in the offences",
                 fr = "la confiscation des biens, matériels et autres instruments utilisés pour les infractions" } },
      { path = "confiscation.intended_instrumentalities",
        what = { en = "confiscation of instrumentalities destined for use in the offences",
                 fr = "la confiscation des instruments destinés à être utilisés pour les infractions" } },
    }, { escape = "untoc:12.1.b", context = third_parties(ctx) })
  end,
}

---------------------------------------------------------------------------
-- Paragraph 2: identification, tracing, freezing, seizure
---------------------------------------------------------------------------

obligation {
  ref = "untoc:12.2",
  level = "mandatory",
  title = { en = "Identification, tracing, freezing or seizure with a view to confiscation",
            fr = "Identification, localisation, gel ou saisie aux fins de confiscation" },
  category = "confiscation",
  cluster = 4,
  text = {
    en = [[States Parties shall adopt such measures as may be necessary to enable the identification, tracing, freezing or seizure of any item referred to in paragraph 1 of this Article for the purpose of eventual confiscation.]],
    fr = [[Les États parties adoptent les mesures nécessaires pour permettre l'identification, la localisation, le gel ou la saisie de tout ce qui est mentionné au paragraphe 1 aux fins de confiscation éventuelle.]],
  },
  facts = { "confiscation.identification_tracing", "confiscation.freezing_seizure" },
  -- The paragraph lists the powers the State must make available; "or" joins
  -- the items of the list, each of which must be possible.  "Freezing" and
  -- "seizure" are one defined notion (art. 2(f): temporary prohibition or
  -- custody ordered by a court or competent authority), so the profile has
  -- one measure for them.  No "greatest extent possible" qualifier here.
  check = function(ctx)
    return required_limbs(ctx, {
      { path = "confiscation.identification_tracing",
        what = { en = "the identification and tracing of property liable to confiscation",
                 fr = "l'identification et la localisation des biens susceptibles de confiscation" } },
      { path = "confiscation.freezing_seizure",
        what = { en = "the freezing or seizure of property liable to confiscation",
                 fr = "le gel ou la saisie des biens susceptibles de confiscation" } },
    })
  end,
}

---------------------------------------------------------------------------
-- Paragraphs 3 to 5: transformed, intermingled property; income
---------------------------------------------------------------------------

obligation {
  ref = "untoc:12.3",
  level = "mandatory",
  title = { en = "Transformed or converted proceeds",
            fr = "Produit transformé ou converti" },
  category = "confiscation",
  cluster = 4,
  text = {
    en = [[If proceeds of crime have been transformed or converted, in part or in full, into other property, such property shall be liable to the measures referred to in this Article instead of the proceeds.]],
    fr = [[Si le produit du crime a été transformé ou converti, en partie ou en totalité, en d'autres biens, ces derniers peuvent faire l'objet des mesures visées au présent article en lieu et place dudit produit.]],
  },
  facts = { "confiscation.transformed_property" },
  -- Mandatory despite the French "peuvent faire l'objet": see the header.
  check = function(ctx)
    return lx.measure_finding(ctx, "confiscation.transformed_property", {
      what = { en = "freezing, seizure and confiscation of property into which proceeds of crime have been transformed or converted, instead of the proceeds",
               fr = "le gel, la saisie et la confiscation des biens en lesquels le produit du crime a été transformé ou converti, en lieu et place de ce produit" } })
  end,
}

obligation {
  ref = "untoc:12.4",
  level = "mandatory",
  title = { en = "Proceeds intermingled with legitimate property",
            fr = "Produit mêlé à des biens acquis légitimement" },
  category = "confiscation",
  cluster = 4,
  text = {
    en = [[If proceeds of crime have been intermingled with property acquired from legitimate sources, such property shall, without prejudice to any powers relating to freezing or seizure, be liable to confiscation up to the assessed value of the intermingled proceeds.]],
    fr = [[Si le produit du crime a été mêlé à des biens acquis légitimement, ces biens, sans préjudice de tous pouvoirs de gel ou de saisie, peuvent être confisqués à concurrence de la valeur estimée du produit qui y a été mêlé.]],
  },
  facts = { "confiscation.intermingled_property" },
  -- Mandatory despite the French "peuvent être confisqués": see the header.
  check = function(ctx)
    return lx.measure_finding(ctx, "confiscation.intermingled_property", {
      what = { en = "confiscation of property intermingled with proceeds of crime, up to the assessed value of the intermingled proceeds",
               fr = "la confiscation des biens auxquels le produit du crime a été mêlé, à concurrence de la valeur estimée de ce produit" } })
  end,
}

obligation {
  ref = "untoc:12.5",
  level = "mandatory",
  title = { en = "Income and other benefits derived from proceeds",
            fr = "Revenus et autres avantages tirés du produit" },
  category = "confiscation",
  cluster = 4,
  text = {
    en = [[Income or other benefits derived from proceeds of crime, from property into which proceeds of crime have been transformed or converted or from property with which proceeds of crime have been intermingled shall also be liable to the measures referred to in this Article, in the same manner and to the same extent as proceeds of crime.]],
    fr = [[Les revenus ou autres avantages tirés du produit du crime, des biens en lesquels le produit a été transformé ou converti ou des biens auxquels il a été mêlé peuvent aussi faire l'objet des mesures visées au présent article, de la même manière et dans la même mesure que le produit du crime.]],
  },
  facts = { "confiscation.income_from_proceeds" },
  -- Mandatory despite the French "peuvent aussi faire l'objet": see the header.
  check = function(ctx)
    return lx.measure_finding(ctx, "confiscation.income_from_proceeds", {
      what = { en = "freezing, seizure and confiscation of income and other benefits derived from proceeds of crime (and from transformed or intermingled property) in the same manner and to the same extent as proceeds",
               fr = "le gel, la saisie et la confiscation des revenus et autres avantages tirés du produit du crime (et des biens transformés ou mêlés) de la même manière et dans la même mesure que le produit" } })
  end,
}

---------------------------------------------------------------------------
-- Paragraph 6: records, and bank secrecy
---------------------------------------------------------------------------

obligation {
  ref = "untoc:12.6",
  clause = "records",
  level = "mandatory",
  title = { en = "Power to order bank, financial or commercial records to be made available or seized",
            fr = "Pouvoir d'ordonner la production ou la saisie de documents bancaires, financiers ou commerciaux" },
  category = "confiscation",
  cluster = 4,
  text = {
    en = [[For the purposes of this Article and Article 13 of this Convention, each State Party shall empower its courts or other competent authorities to order that bank, financial or commercial records be made available or be seized.]],
    fr = [[Aux fins du présent article et de l'article 13 de la présente convention, chaque État partie habilite ses tribunaux ou autres autorités compétentes à ordonner la production ou la saisie de documents bancaires, financiers ou commerciaux.]],
  },
  facts = { "confiscation.records_orders" },
  check = function(ctx)
    return lx.measure_finding(ctx, "confiscation.records_orders", {
      what = { en = "a power of its courts or other competent authorities to order that bank, financial or commercial records be made available or be seized",
               fr = "le pouvoir de ses tribunaux ou autres autorités compétentes d'ordonner la production ou la saisie de documents bancaires, financiers ou commerciaux" } })
  end,
}

obligation {
  ref = "untoc:12.6",
  clause = "bank-secrecy",
  level = "mandatory",
  title = { en = "Bank secrecy is no ground for declining to act",
            fr = "Le secret bancaire ne peut être invoqué pour refuser d'agir" },
  category = "confiscation",
  cluster = 4,
  text = {
    en = [[States Parties shall not decline to act under the provisions of this paragraph on the ground of bank secrecy.]],
    fr = [[Les États parties ne peuvent invoquer le secret bancaire pour refuser de donner effet aux dispositions du présent paragraphe.]],
  },
  facts = { "confiscation.bank_secrecy_no_bar" },
  -- A prohibition ("shall not decline" / "ne peuvent invoquer"): mandatory.
  -- Met when national law excludes bank secrecy as a ground for refusing to
  -- produce or seize records; not met when bank secrecy can bar the order.
  check = function(ctx)
    return lx.measure_finding(ctx, "confiscation.bank_secrecy_no_bar", {
      what = { en = "the exclusion of bank secrecy as a ground for refusing to make records available or to seize them",
               fr = "l'exclusion du secret bancaire comme motif de refus de produire ou de saisir des documents" } })
  end,
}

---------------------------------------------------------------------------
-- Paragraph 7: reversal of the burden of proof (optional)
---------------------------------------------------------------------------

obligation {
  ref = "untoc:12.7",
  level = "optional",
  title = { en = "Offender required to demonstrate the lawful origin of property liable to confiscation",
            fr = "Obligation pour l'auteur d'établir l'origine licite des biens confiscables" },
  category = "confiscation",
  cluster = 4,
  text = {
    en = [[States Parties may consider the possibility of requiring that an offender demonstrate the lawful origin of alleged proceeds of crime or other property liable to confiscation, to the extent that such a requirement is consistent with the principles of their domestic law and with the nature of the judicial and other proceedings.]],
    fr = [[Les États parties peuvent envisager d'exiger que l'auteur d'une infraction établisse l'origine licite du produit présumé du crime ou d'autres biens pouvant faire l'objet d'une confiscation, dans la mesure où cette exigence est conforme aux principes de leur droit interne et à la nature de la procédure judiciaire et des autres procédures.]],
  },
  facts = { "confiscation.reversed_burden" },
  -- Optional: never a gap.  The option exists only "to the extent that such a
  -- requirement is consistent with the principles of their domestic law": when
  -- the State has not adopted it and records such a principle for untoc:12.7
  -- (e.g. the presumption of innocence), the option is not open to it, and
  -- the finding is not_applicable with that reason rather than "not adopted".
  check = function(ctx)
    local what = { en = "a requirement that an offender demonstrate the lawful origin of alleged proceeds or other property liable to confiscation",
                   fr = "l'obligation pour l'auteur d'établir l'origine licite du produit présumé ou d'autres biens confiscables" }
    local m = ctx:measure("confiscation.reversed_burden")
    local p = (m.state == "not_adopted") and ctx:principle("untoc:12.7") or nil
    if p then
      return ctx:not_applicable(lx.t({
        en = "National law does not require an offender to demonstrate the lawful origin of property, and the State records that such a requirement would not be consistent with the principles of its domestic law: {st}{s}. Paragraph 7 offers the option only to that extent.",
        fr = "Le droit national n'exige pas de l'auteur qu'il établisse l'origine licite des biens, et l'État indique qu'une telle exigence ne serait pas conforme aux principes de son droit interne : {st}{s}. Le paragraphe 7 n'ouvre cette option que dans cette mesure." },
        { st = p.statement, s = p.source and (" (" .. p.source .. ")") or "" }))
    end
    return lx.measure_finding(ctx, "confiscation.reversed_burden", { what = what })
  end,
}
