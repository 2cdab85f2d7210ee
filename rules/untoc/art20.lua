-- UNTOC article 20 -- Special investigative techniques
--
-- Paragraph 1 ("each State Party shall ... take the necessary measures to
-- allow" / "chaque État partie ... prend les mesures nécessaires pour
-- permettre") is MANDATORY, with one condition and several qualifiers:
--   * condition: "If permitted by the basic principles of its domestic legal
--     system" / "Si les principes fondamentaux de son système juridique
--     national le permettent".  When the profile records (under `principles`,
--     for untoc:20.1) that those principles do not permit a technique that
--     national law does not provide, the obligation does not bind for that
--     technique: not_applicable, quoting the principle.  No principle recorded
--     means the State invokes none, and the duty binds (as for the escapes of
--     arts 6, 10 and 12).  A technique provided only in part, with such a
--     principle recorded, is met with option "basic-principles" and the
--     finding tells reviewers to verify that the principle explains the limit.
--   * qualifiers: "within its possibilities" / "compte tenu de ses
--     possibilités", "under the conditions prescribed by its domestic law" /
--     "conformément aux conditions prescrites dans son droit interne",
--     "appropriate use" / "recours approprié".  They leave the State to frame
--     the conditions (judicial authorisation, list of offences...) but do not
--     lower the level.  A technique available only for some organized-crime
--     offences is entered as adopted = "partly" with `missing`.
-- The paragraph names three techniques, each encoded as its own obligation
-- (clauses):
--   * "controlled-delivery": controlled delivery is required outright ("the
--     appropriate use of controlled delivery").  Defined in art. 2(i).
--   * "electronic-surveillance" and "undercover": "and, where it deems
--     appropriate, for the use of other special investigative techniques,
--     such as electronic or other forms of surveillance and undercover
--     operations" / "et, lorsqu'il le juge approprié, le recours à d'autres
--     techniques ...".  Still "shall take the necessary measures", but under a
--     second condition that the State itself settles: its own judgment that
--     the technique is appropriate.  The measure's `deemed_appropriate` field
--     records that judgment: a technique not provided and not deemed
--     appropriate is not_applicable; not provided but deemed appropriate is
--     not met (a gap); not provided and the profile silent on the State's
--     judgment is unknown.  A technique provided in part and not deemed
--     appropriate beyond that is met (option "deemed-appropriate").  The
--     techniques are examples ("such as"); they are the two that the
--     Convention names, and the ones the UNODC legislative guide and the
--     review questionnaire ask about.
--
-- Paragraph 2, "States Parties are encouraged to conclude, when necessary,
-- appropriate bilateral or multilateral agreements or arrangements" / "sont
-- encouragés à conclure": encouragement, not a duty.  It imposes neither
-- adoption ("shall") nor consideration ("shall consider"), so it is encoded
-- at the OPTIONAL level: never a gap, reported for information.  Its second
-- sentence ("Such agreements or arrangements shall be concluded and
-- implemented in full compliance with the principle of sovereign equality of
-- States ...") governs the content and execution of those agreements (it
-- restates art. 4(1) and the binding force of the agreements) and requires
-- no measure of national law: not encoded separately.
--
-- Paragraph 3, "decisions to use such special investigative techniques at
-- the international level shall be made on a case-by-case basis and may ...
-- take into consideration financial arrangements and understandings": in the
-- absence of an agreement, it recognises that States may still cooperate on
-- special investigative techniques, deciding case by case.  The "shall"
-- describes how such decisions are taken; it does not oblige a State to
-- cooperate or to adopt any measure, and the second limb is permissive
-- ("may").  What a profile can show is whether national law allows such
-- case-by-case international use: encoded at the OPTIONAL level.
--
-- Paragraph 4, "Decisions to use controlled delivery at the international
-- level may ... include methods such as intercepting and allowing the goods
-- to continue intact or be removed or replaced": OPTIONAL.

local P = "untoc:20.1"

local function src_of(p)
  return p.source and (" (" .. p.source .. ")") or ""
end

-- One technique of paragraph 1.
--   path: the measure; what: {en, fr} naming the technique;
--   discretionary: true for the techniques required only "where it deems
--   appropriate" (their measure has a `deemed_appropriate` field).
local function technique(ctx, path, what, discretionary)
  local m = ctx:measure(path)
  local src = lx.cited(m)
  if m.state == "adopted" then
    return ctx:met(lx.t({ en = "National law allows {w}{s}.", fr = "Le droit national permet {w}{s}." }, { w = what, s = src }))
  end
  if m.state == "unknown" then
    return ctx:unknown(lx.t({ en = "The profile does not say whether national law allows {w}.",
                              fr = "Le profil n'indique pas si le droit national permet {w}." }, { w = what }))
  end
  local p = ctx:principle(P)
  local raw = ctx:fact(path)
  local deemed = raw and raw.deemed_appropriate
  if m.state == "partly" then
    local missing = {}
    for i, x in ipairs(m.missing or {}) do missing[i] = x end
    if #missing == 0 then
      missing[1] = lx.t({ en = "{w}: allowed only in part (the profile does not say what is missing)",
                          fr = "{w} : permis en partie seulement (le profil ne précise pas ce qui manque)" }, { w = what })
    end
    local gaps = lx.join(missing, { en = "; ", fr = " ; " }, { en = "; ", fr = " ; " })
    if p then
      return ctx:met(lx.t({
        en = "National law allows only in part {w}{s} ({m}). The State invokes the basic principles of its domestic legal system: {st}{ps}. Paragraph 1 requires the technique only if those principles permit it, so the limit is explained rather than reported as a gap; reviewers should verify that the principle accounts for it.",
        fr = "Le droit national ne permet {w} qu'en partie{s} ({m}). L'État invoque les principes fondamentaux de son système juridique national : {st}{ps}. Le paragraphe 1 n'exige la technique que si ces principes le permettent : la limite est expliquée et non signalée comme un manquement ; les évaluateurs vérifieront que le principe en rend compte." },
        { w = what, s = src, m = gaps, st = p.statement, ps = src_of(p) }),
        { id = "basic-principles", en = "to the extent the basic principles of the domestic legal system permit (art. 20(1))",
          fr = "dans la mesure où les principes fondamentaux du système juridique national le permettent (art. 20, par. 1)" })
    end
    if discretionary and deemed == false then
      return ctx:met(lx.t({
        en = "National law allows {w} in part{s} ({m}), and the State does not deem wider use appropriate. Paragraph 1 requires this technique only where the State deems it appropriate.",
        fr = "Le droit national permet en partie {w}{s} ({m}), et l'État ne juge pas approprié d'en étendre l'usage. Le paragraphe 1 n'exige cette technique que lorsque l'État le juge approprié." },
        { w = what, s = src, m = gaps }),
        { id = "deemed-appropriate", en = "to the extent the State deems appropriate (art. 20(1))",
          fr = "dans la mesure que l'État juge appropriée (art. 20, par. 1)" })
    end
    if discretionary and deemed == nil then ctx:ask(path .. ".deemed_appropriate") end
    return ctx:partly(lx.t({ en = "National law allows only in part {w}{s}.", fr = "Le droit national ne permet {w} qu'en partie{s}." },
      { w = what, s = src }), missing)
  end
  -- Not provided (or not in force at the assessment date).
  if p then
    return ctx:not_applicable(lx.t({
      en = "National law does not allow {w}{s}, and the State records that the basic principles of its domestic legal system do not permit it: {st}{ps}. Paragraph 1 binds only \"if permitted by the basic principles of its domestic legal system\".",
      fr = "Le droit national ne permet pas {w}{s}, et l'État indique que les principes fondamentaux de son système juridique national ne le permettent pas : {st}{ps}. Le paragraphe 1 ne s'applique que « si les principes fondamentaux de son système juridique national le permettent »." },
      { w = what, s = src, st = p.statement, ps = src_of(p) }))
  end
  local why = m.why and lx.t({ en = " ({r})", fr = " ({r})" }, { r = m.why }) or { en = "", fr = "" }
  if discretionary then
    if deemed == false then
      return ctx:not_applicable(lx.t({
        en = "National law does not allow {w}{y}{s}, and the State does not deem it appropriate. Paragraph 1 requires this technique only \"where it deems appropriate\".",
        fr = "Le droit national ne permet pas {w}{y}{s}, et l'État ne le juge pas approprié. Le paragraphe 1 n'exige cette technique que « lorsqu'il le juge approprié »." },
        { w = what, y = why, s = src }))
    end
    if deemed == nil then
      ctx:ask(path .. ".deemed_appropriate")
      return ctx:unknown(lx.t({
        en = "National law does not allow {w}{y}{s}. Paragraph 1 requires this technique only where the State deems it appropriate, and the profile does not say whether it does.",
        fr = "Le droit national ne permet pas {w}{y}{s}. Le paragraphe 1 n'exige cette technique que lorsque l'État le juge approprié, et le profil n'indique pas si c'est le cas." },
        { w = what, y = why, s = src }), { what })
    end
    return ctx:not_met(lx.t({
      en = "National law does not allow {w}{y}{s}, although the State deems it appropriate.",
      fr = "Le droit national ne permet pas {w}{y}{s}, bien que l'État le juge approprié." },
      { w = what, y = why, s = src }), { what })
  end
  return ctx:not_met(lx.t({ en = "National law does not allow {w}{y}{s}.", fr = "Le droit national ne permet pas {w}{y}{s}." },
    { w = what, y = why, s = src }), { what })
end

local PARA1 = {
  en = [[If permitted by the basic principles of its domestic legal system, each State Party shall, within its possibilities and under the conditions prescribed by its domestic law, take the necessary measures to allow for the appropriate use of controlled delivery and, where it deems appropriate, for the use of other special investigative techniques, such as electronic or other forms of surveillance and undercover operations, by its competent authorities in its territory for the purpose of effectively combating organised crime.]],
  fr = [[Si les principes fondamentaux de son système juridique national le permettent, chaque État partie, compte tenu de ses possibilités et conformément aux conditions prescrites dans son droit interne, prend les mesures nécessaires pour permettre le recours approprié aux livraisons surveillées et, lorsqu'il le juge approprié, le recours à d'autres techniques d'enquête spéciales, telles que la surveillance électronique ou d'autres formes de surveillance et les opérations d'infiltration, par ses autorités compétentes sur son territoire en vue de combattre efficacement la criminalité organisée.]],
}

obligation {
  ref = "untoc:20.1",
  clause = "controlled-delivery",
  level = "mandatory",
  title = { en = "Controlled delivery",
            fr = "Livraisons surveillées" },
  category = "investigation",
  cluster = 3,
  text = PARA1,
  facts = { "investigation.controlled_delivery" },
  note = "Conditional on the basic principles of the domestic legal system (principle recorded for untoc:20.1). Controlled delivery is defined in art. 2(i).",
  check = function(ctx)
    return technique(ctx, "investigation.controlled_delivery",
      { en = "its competent authorities to use controlled delivery in investigations of organized crime",
        fr = "à ses autorités compétentes de recourir aux livraisons surveillées dans les enquêtes sur la criminalité organisée" }, false)
  end,
}

obligation {
  ref = "untoc:20.1",
  clause = "electronic-surveillance",
  level = "mandatory",
  title = { en = "Electronic or other forms of surveillance, where the State deems it appropriate",
            fr = "Surveillance électronique ou autres formes de surveillance, lorsque l'État le juge approprié" },
  category = "investigation",
  cluster = 3,
  text = PARA1,
  facts = { "investigation.electronic_surveillance" },
  note = "Required only where the State deems it appropriate (investigation.electronic_surveillance.deemed_appropriate) and if the basic principles permit (principle for untoc:20.1).",
  check = function(ctx)
    return technique(ctx, "investigation.electronic_surveillance",
      { en = "its competent authorities to use electronic or other forms of surveillance in investigations of organized crime",
        fr = "à ses autorités compétentes de recourir à la surveillance électronique ou à d'autres formes de surveillance dans les enquêtes sur la criminalité organisée" }, true)
  end,
}

obligation {
  ref = "untoc:20.1",
  clause = "undercover",
  level = "mandatory",
  title = { en = "Undercover operations, where the State deems it appropriate",
            fr = "Opérations d'infiltration, lorsque l'État le juge approprié" },
  category = "investigation",
  cluster = 3,
  text = PARA1,
  facts = { "investigation.undercover_operations" },
  note = "Required only where the State deems it appropriate (investigation.undercover_operations.deemed_appropriate) and if the basic principles permit (principle for untoc:20.1).",
  check = function(ctx)
    return technique(ctx, "investigation.undercover_operations",
      { en = "its competent authorities to conduct undercover operations in investigations of organized crime",
        fr = "à ses autorités compétentes de mener des opérations d'infiltration dans les enquêtes sur la criminalité organisée" }, true)
  end,
}

obligation {
  ref = "untoc:20.2",
  level = "optional",
  title = { en = "Agreements on special investigative techniques in international cooperation",
            fr = "Accords sur les techniques d'enquête spéciales dans la coopération internationale" },
  category = "cooperation",
  cluster = 3,
  text = {
    en = [[For the purpose of investigating the offences covered by this Convention, States Parties are encouraged to conclude, when necessary, appropriate bilateral or multilateral agreements or arrangements for using such special investigative techniques in the context of cooperation at the international level. Such agreements or arrangements shall be concluded and implemented in full compliance with the principle of sovereign equality of States and shall be carried out strictly in accordance with the terms of those agreements or arrangements.]],
    fr = [[Aux fins des enquêtes sur les infractions visées par la présente convention, les États parties sont encouragés à conclure, si nécessaire, des accords ou arrangements bilatéraux ou multilatéraux appropriés pour recourir aux techniques d'enquête spéciales dans le cadre de la coopération internationale. Ces accords ou arrangements sont conclus et appliqués dans le plein respect du principe de l'égalité souveraine des États et ils sont mis en œuvre dans le strict respect des dispositions qu'ils contiennent.]],
  },
  facts = { "investigation.sit_agreements" },
  note = "\"Are encouraged\": no duty, not even to consider; encoded as optional (see the header).",
  check = function(ctx)
    return lx.measure_finding(ctx, "investigation.sit_agreements", {
      what = { en = "bilateral or multilateral agreements or arrangements for using special investigative techniques in international cooperation",
               fr = "des accords ou arrangements bilatéraux ou multilatéraux pour recourir aux techniques d'enquête spéciales dans le cadre de la coopération internationale" } })
  end,
}

obligation {
  ref = "untoc:20.3",
  level = "optional",
  title = { en = "Special investigative techniques at the international level decided case by case",
            fr = "Techniques d'enquête spéciales au niveau international décidées au cas par cas" },
  category = "cooperation",
  cluster = 3,
  text = {
    en = [[In the absence of an agreement or arrangement as set forth in paragraph 2 of this Article, decisions to use such special investigative techniques at the international level shall be made on a case-by-case basis and may, when necessary, take into consideration financial arrangements and understandings with respect to the exercise of jurisdiction by the States Parties concerned.]],
    fr = [[En l'absence d'accords ou d'arrangements visés au paragraphe 2 du présent article, les décisions de recourir à des techniques d'enquête spéciales au niveau international sont prises au cas par cas et peuvent, si nécessaire, tenir compte d'ententes et d'arrangements financiers quant à l'exercice de leur compétence par les États parties intéressés.]],
  },
  facts = { "investigation.sit_case_by_case" },
  check = function(ctx)
    return lx.measure_finding(ctx, "investigation.sit_case_by_case", {
      what = { en = "decisions taken case by case to use special investigative techniques at the international level where no agreement or arrangement applies",
               fr = "des décisions prises au cas par cas de recourir à des techniques d'enquête spéciales au niveau international en l'absence d'accord ou d'arrangement applicable" } })
  end,
}

obligation {
  ref = "untoc:20.4",
  level = "optional",
  title = { en = "Methods of international controlled delivery: interception, removal or replacement of goods",
            fr = "Méthodes de livraison surveillée internationale : interception, soustraction ou remplacement des marchandises" },
  category = "cooperation",
  cluster = 3,
  text = {
    en = [[Decisions to use controlled delivery at the international level may, with the consent of the States Parties concerned, include methods such as intercepting and allowing the goods to continue intact or be removed or replaced in whole or in part.]],
    fr = [[Les livraisons surveillées auxquelles il est décidé de recourir au niveau international peuvent inclure, avec le consentement des États parties concernés, des méthodes telles que l'interception des marchandises et l'autorisation de la poursuite de leur acheminement, sans altération ou après soustraction ou remplacement de la totalité ou d'une partie de ces marchandises.]],
  },
  facts = { "investigation.controlled_delivery_methods" },
  check = function(ctx)
    return lx.measure_finding(ctx, "investigation.controlled_delivery_methods", {
      what = { en = "controlled deliveries at the international level in which the goods are intercepted and allowed to continue intact, or removed or replaced in whole or in part",
               fr = "des livraisons surveillées internationales dans lesquelles les marchandises sont interceptées puis laissées poursuivre leur acheminement sans altération, ou après soustraction ou remplacement de tout ou partie de celles-ci" } })
  end,
}
