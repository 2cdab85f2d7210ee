-- UNTOC article 34 -- Implementation of the Convention
--
-- Encoded: paragraph 2 (mandatory).  The offences of arts 5, 6, 8 and 23 must
-- exist in domestic law "independently of the transnational nature or the
-- involvement of an organized criminal group as described in Article 3(1)":
-- art. 3(1) limits the Convention's scope between States, not the domestic
-- offences.  The one exception is art. 5 itself ("except to the extent that
-- Article 5 would require the involvement of an organized criminal group"):
-- participation (5(1)(a)(ii)) and organizing, directing, aiding... serious
-- crime involving a group (5(1)(b)) involve a group by definition, and the
-- conspiracy offence (5(1)(a)(i)) may require one "where required by domestic
-- law" (art. 5(3) then applies).  Transnationality is never allowed, not even
-- for art. 5 offences.
--
-- Not encoded:
--   * 34(1) "Each State Party shall take the necessary measures ... to ensure
--     the implementation of its obligations under this Convention": the
--     general duty to implement.  It has no content of its own beyond the
--     other obligations; the whole assessment answers it, and a separate
--     finding would only repeat the others.
--   * 34(3) "Each State Party may adopt more strict or severe measures":
--     a permission that confirms the State's freedom to go further.  It asks
--     for no measure, so no fact could show it met or not met; nothing to
--     check.
--
-- How 34(2) is computed (see the check): per conduct element, not per
-- offence.  A conduct element is established "independently" of those
-- elements when at least one offence in force punishes it without them; an
-- additional offence that requires transnationality or a group (typically an
-- aggravated form with a higher penalty) is then no shortcoming.  A conduct
-- element that national law punishes only through offences requiring them is
-- a shortcoming.  An offence whose `requires` list is absent is read as
-- requiring nothing beyond its conduct (the schema's `requires` lists the
-- extra elements an offence has).
--
-- The offences considered are those of arts 5, 6, 8(1) and 23.  Offences a
-- State establishes under art. 8(2) (foreign officials, other forms of
-- corruption) are left out: the State need only consider establishing them,
-- so establishing them in a narrower form cannot be a breach of a mandatory
-- duty.  Participation as an accomplice (8(3)) is a general-part rule, not an
-- offence with elements of its own.

local SCOPE = {
  -- art. 5: a group may be required (the exception of 34(2))
  { "participation_conspiracy", art5 = true, ref = "5(1)(a)(i)", ref_fr = "5, par. 1 a) i)",
    en = "agreeing to commit a serious crime", fr = "l'entente en vue de commettre une infraction grave" },
  { "participation_ocg_criminal_activities", art5 = true, ref = "5(1)(a)(ii)(a)", ref_fr = "5, par. 1 a) ii) a)",
    en = "active participation in the criminal activities of an organized criminal group", fr = "la participation active aux activités criminelles d'un groupe criminel organisé" },
  { "participation_ocg_other_activities", art5 = true, ref = "5(1)(a)(ii)(b)", ref_fr = "5, par. 1 a) ii) b)",
    en = "active participation in the other activities of an organized criminal group", fr = "la participation active à d'autres activités d'un groupe criminel organisé" },
  { "ocg_crime_organizing", art5 = true, ref = "5(1)(b)", ref_fr = "5, par. 1 b)",
    en = "organizing serious crime involving an organized criminal group", fr = "le fait d'organiser une infraction grave impliquant un groupe criminel organisé" },
  { "ocg_crime_directing", art5 = true, ref = "5(1)(b)", ref_fr = "5, par. 1 b)",
    en = "directing serious crime involving an organized criminal group", fr = "le fait de diriger une infraction grave impliquant un groupe criminel organisé" },
  { "ocg_crime_aiding_abetting", art5 = true, ref = "5(1)(b)", ref_fr = "5, par. 1 b)",
    en = "aiding or abetting serious crime involving an organized criminal group", fr = "le fait de favoriser au moyen d'une aide ou d'encourager une infraction grave impliquant un groupe criminel organisé" },
  { "ocg_crime_facilitating_counselling", art5 = true, ref = "5(1)(b)", ref_fr = "5, par. 1 b)",
    en = "facilitating or counselling serious crime involving an organized criminal group", fr = "le fait de faciliter ou de favoriser au moyen de conseils une infraction grave impliquant un groupe criminel organisé" },
  -- art. 6
  { "laundering_conversion_transfer", ref = "6(1)(a)(i)", ref_fr = "6, par. 1 a) i)",
    en = "conversion or transfer of proceeds of crime", fr = "la conversion ou le transfert du produit du crime" },
  { "laundering_concealment_disguise", ref = "6(1)(a)(ii)", ref_fr = "6, par. 1 a) ii)",
    en = "concealment or disguise of proceeds of crime", fr = "la dissimulation ou le déguisement du produit du crime" },
  { "laundering_acquisition_possession_use", ref = "6(1)(b)(i)", ref_fr = "6, par. 1 b) i)",
    en = "acquisition, possession or use of proceeds of crime", fr = "l'acquisition, la détention ou l'utilisation du produit du crime" },
  { "laundering_association_conspiracy", ref = "6(1)(b)(ii)", ref_fr = "6, par. 1 b) ii)",
    en = "participation in, association with or conspiracy to commit laundering", fr = "la participation, l'association ou l'entente en vue du blanchiment" },
  { "laundering_attempt", ref = "6(1)(b)(ii)", ref_fr = "6, par. 1 b) ii)",
    en = "attempted laundering", fr = "la tentative de blanchiment" },
  { "laundering_aiding_abetting", ref = "6(1)(b)(ii)", ref_fr = "6, par. 1 b) ii)",
    en = "aiding, abetting, facilitating or counselling laundering", fr = "l'aide, l'assistance, la facilitation ou le conseil en vue du blanchiment" },
  -- art. 8(1)
  { "bribery_active_promise", ref = "8(1)(a)", ref_fr = "8, par. 1 a)",
    en = "promising an undue advantage to a public official", fr = "la promesse d'un avantage indu à un agent public" },
  { "bribery_active_offer", ref = "8(1)(a)", ref_fr = "8, par. 1 a)",
    en = "offering an undue advantage to a public official", fr = "l'offre d'un avantage indu à un agent public" },
  { "bribery_active_give", ref = "8(1)(a)", ref_fr = "8, par. 1 a)",
    en = "giving an undue advantage to a public official", fr = "l'octroi d'un avantage indu à un agent public" },
  { "bribery_passive_solicit", ref = "8(1)(b)", ref_fr = "8, par. 1 b)",
    en = "solicitation of an undue advantage by a public official", fr = "la sollicitation d'un avantage indu par un agent public" },
  { "bribery_passive_accept", ref = "8(1)(b)", ref_fr = "8, par. 1 b)",
    en = "acceptance of an undue advantage by a public official", fr = "l'acceptation d'un avantage indu par un agent public" },
  { "bribery_indirect", ref = "8(1)", ref_fr = "8, par. 1",
    en = "bribery committed indirectly", fr = "la corruption commise indirectement" },
  { "bribery_third_party_beneficiary", ref = "8(1)", ref_fr = "8, par. 1",
    en = "bribery for the benefit of another person or entity", fr = "la corruption au profit d'une autre personne ou entité" },
  -- art. 23
  { "obstruction_witness_force_threats", ref = "23(a)", ref_fr = "23 a)",
    en = "force, threats or intimidation against witnesses or evidence", fr = "le recours à la force, aux menaces ou à l'intimidation contre des témoins ou des éléments de preuve" },
  { "obstruction_witness_undue_advantage", ref = "23(a)", ref_fr = "23 a)",
    en = "an undue advantage to induce false testimony or interfere with evidence", fr = "un avantage indu pour obtenir un faux témoignage ou empêcher un témoignage ou la production d'éléments de preuve" },
  { "obstruction_official_force_threats", ref = "23(b)", ref_fr = "23 b)",
    en = "force, threats or intimidation against justice or law enforcement officials", fr = "le recours à la force, aux menaces ou à l'intimidation contre des agents de la justice ou des services de détection et de répression" },
}

local TRANSNATIONAL = { en = "transnationality", fr = "le caractère transnational" }
local GROUP = { en = "the involvement of an organized criminal group", fr = "l'implication d'un groupe criminel organisé" }

-- The elements art. 34(2) excludes that offence `o` requires, for a conduct
-- of art. 5 (art5 = true) or of arts 6, 8, 23.
local function excluded_elements(o, art5)
  local out = {}
  if lx.has(o.requires, "transnational") then out[#out + 1] = TRANSNATIONAL end
  if not art5 and lx.has(o.requires, "organized_group") then out[#out + 1] = GROUP end
  return out
end

obligation {
  ref = "untoc:34.2",
  level = "mandatory",
  title = { en = "Offences established independently of transnationality and of an organized criminal group",
            fr = "Infractions établies indépendamment de leur nature transnationale et de l'implication d'un groupe criminel organisé" },
  category = "criminalization",
  cluster = 1,
  text = {
    en = [[The offences established in accordance with Articles 5, 6, 8 and 23 of this Convention shall be established in the domestic law of each State Party independently of the transnational nature or the involvement of an organised criminal group as described in Article 3(1), of this Convention, except to the extent that Article 5 of this Convention would require the involvement of an organised criminal group.]],
    fr = [[Les infractions établies conformément aux articles 5, 6, 8 et 23 de la présente convention sont établies dans le droit interne de chaque État partie indépendamment de leur nature transnationale ou de l'implication d'un groupe criminel organisé comme énoncé à l'article 3, paragraphe 1, de la présente convention, sauf dans la mesure où, conformément à l'article 5 de la présente convention, serait requise l'implication d'un groupe criminel organisé.]],
  },
  facts = { "offences" },
  note = [[Per conduct element: met when each conduct of arts 5, 6, 8(1) and 23 that national law punishes is punished by at least one offence in force that requires neither transnationality nor (outside art. 5) an organized criminal group.]],
  check = function(ctx)
    local examined, seen, excluded = {}, {}, { [true] = {}, [false] = {} }   -- seen: each offence's label, once cited; excluded: by art5, by offence
    local clean, shortcomings, variants, variant_seen = 0, {}, {}, {}
    for _, el in ipairs(SCOPE) do
      local offs = ctx:covering(el[1])
      if #offs > 0 then
        local independent, tainted = false, {}
        for _, e in ipairs(offs) do
          local label = seen[e.id]
          if not label then label = ctx:cite_offence(e); seen[e.id] = label; examined[#examined + 1] = label end
          local by_id = excluded[el.art5 == true]; local excl = by_id[e.id] or excluded_elements(e.o, el.art5); by_id[e.id] = excl
          if #excl == 0 then
            independent = true
          else
            tainted[#tainted + 1] = { id = e.id, text = lx.t({ en = "{o}, which requires {x}", fr = "{o}, qui exige {x}" },
                                                               { o = label, x = lx.join(excl, nil, { en = " and ", fr = " et " }) }) }
          end
        end
        if independent then
          clean = clean + 1
          for _, t in ipairs(tainted) do
            if not variant_seen[t.id] then variant_seen[t.id] = true; variants[#variants + 1] = t.text end
          end
        else
          local conduct = lx.t({ en = "{c} (art. {r})", fr = "{c} (art. {rf})" }, { c = { en = el.en, fr = el.fr }, r = el.ref, rf = el.ref_fr })
          local texts = {}
          for i, t in ipairs(tainted) do texts[i] = t.text end
          shortcomings[#shortcomings + 1] = lx.t({ en = "{c}: punished only under {o}", fr = "{c} : seules dispositions applicables : {o}" },
                                                 { c = conduct, o = lx.join(texts, { en = "; ", fr = " ; " }, { en = "; ", fr = " ; " }) })
        end
      end
    end

    if #examined == 0 then
      ctx:ask("offences", { en = "Which offences of national law establish the offences of arts 5, 6, 8 and 23 (participation in an organized criminal group, laundering, bribery of national public officials, obstruction of justice), and does any of them require transnationality or the involvement of an organized criminal group?",
                            fr = "Quelles infractions du droit national établissent celles des articles 5, 6, 8 et 23 (participation à un groupe criminel organisé, blanchiment, corruption d'agents publics nationaux, entrave au bon fonctionnement de la justice), et l'une d'elles exige-t-elle un caractère transnational ou l'implication d'un groupe criminel organisé ?" })
      return ctx:unknown({ en = "The profile lists no offence in force that establishes an offence of arts 5, 6, 8(1) or 23, so their elements cannot be examined.",
                           fr = "Le profil ne mentionne aucune infraction en vigueur établissant une infraction des articles 5, 6, 8 (paragraphe 1) ou 23 ; leurs éléments ne peuvent être examinés." })
    end

    local list = lx.join(examined, { en = "; ", fr = " ; " }, { en = "; ", fr = " ; " })
    local extra = { en = "", fr = "" }
    if #variants > 0 then
      extra = lx.t({ en = " Additional offences require such an element ({v}), but the same conduct is also punished without it.",
                     fr = " D'autres infractions exigent un tel élément ({v}), mais le même comportement est aussi puni sans lui." },
                   { v = lx.join(variants, { en = "; ", fr = " ; " }, { en = "; ", fr = " ; " }) })
    end
    if #shortcomings == 0 then
      return ctx:met(lx.t({
        en = "The conduct of arts 5, 6, 8 and 23 that national law punishes is punished without requiring transnationality or, outside art. 5, the involvement of an organized criminal group. Offences examined: {l}.{x}",
        fr = "Les comportements des articles 5, 6, 8 et 23 que le droit national réprime le sont sans exiger de caractère transnational ni, hors de l'article 5, l'implication d'un groupe criminel organisé. Infractions examinées : {l}.{x}" },
        { l = list, x = extra }))
    end
    local expl = lx.t({
      en = "Some conduct of arts 5, 6, 8 and 23 is punished only if it is transnational or involves an organized criminal group, which art. 34(2) excludes: {s}. Offences examined: {l}.{x}",
      fr = "Certains comportements des articles 5, 6, 8 et 23 ne sont punis que s'ils présentent un caractère transnational ou impliquent un groupe criminel organisé, ce que l'article 34, paragraphe 2, exclut : {s}. Infractions examinées : {l}.{x}" },
      { s = lx.join(shortcomings, { en = "; ", fr = " ; " }, { en = "; ", fr = " ; " }), l = list, x = extra })
    if clean > 0 then return ctx:partly(expl, shortcomings) end
    return ctx:not_met(expl, shortcomings)
  end,
}

not_encoded {
  ref = "untoc:34.1",
  reason = {
    en = "The general duty to take the measures needed to implement the Convention: the assessment of every other obligation answers it; it has no content of its own to check.",
    fr = "Obligation générale de prendre les mesures nécessaires à l'application de la Convention : l'évaluation de chacune des autres obligations y répond ; elle n'a pas de contenu propre à vérifier.",
  },
}

not_encoded {
  ref = "untoc:34.3",
  reason = {
    en = "A permission to adopt stricter or more severe measures: it asks for nothing, and stricter national law is never a shortcoming.",
    fr = "Faculté d'adopter des mesures plus strictes ou plus sévères : elle n'exige rien, et un droit national plus strict n'est jamais une lacune.",
  },
}
