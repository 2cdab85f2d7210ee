-- Cybercrime Convention article 37 -- Extradition
--
-- The twin of UNTOC art. 16, almost paragraph for paragraph, read from the
-- SAME facts (the `extradition` record, rules/schema/extradition.lua) where
-- the national rule is general: accessory extradition, expedited and
-- simplified procedures, provisional arrest, submission for prosecution and
-- conditional surrender of nationals, enforcement of foreign sentences, fair
-- treatment, fiscal offences, consultation, treaties.  Where a fact names
-- "the Convention", it cannot serve both treaties: whether THIS Convention's
-- offences are deemed included in extradition treaties (37(4)) and whether
-- THIS Convention is taken as the legal basis (37(5)) are facts of their
-- own (extradition.cybercrime_*, rules/schema/cybercrime-extradition-mla.lua).
-- Each rule `serves` its UNTOC twin so that reports holding both treaties
-- show the two findings together.
--
-- Levels (French official text):
--   37(2)  "peut accorder l'extradition" (without dual criminality): optional.
--   37(3)  "peut appliquer le présent article également à ces infractions":
--          optional (twin 16(2)).
--   37(4)  "est de plein droit incluse" and "s'engagent à inclure": two
--          mandatory duties (existing and future treaties; twin 16(3)).
--   37(5)  "peut considérer la présente Convention comme la base légale":
--          optional, for a State that makes extradition conditional on a
--          treaty (twin 16(4)).
--   37(6)  same condition: (a) "indiquent au Secrétaire général":
--          mandatory, a dated notification (cybercrime:37.6.a); (b)
--          "s'efforcent, s'il y a lieu": endeavour, for such a State that
--          does not take the Convention as the legal basis (twin 16(5)).
--   37(7)  "reconnaissent ... le caractère d'infraction pouvant donner lieu
--          à extradition": mandatory, for a State that does NOT require a
--          treaty (twin 16(6), read the same way).  The offences are those
--          established under the Convention (arts 7-17; see
--          convention_offence below).  A scope of all offences meets it; a
--          minimum-penalty threshold or a list must reach each offence of
--          the profile establishing them, and one left out is named
--          (partly met).  37(8) ("y compris, notamment, aux conditions
--          concernant la peine minimale requise pour extradier") is quoted
--          as the State's possible argument, not read as meeting the
--          paragraph: 37(7) asks that the offences themselves be
--          extraditable, and the offences 37(3) accepts as not extraditable
--          by reason of their penalty are offences connected with them
--          (second reading of the independent review, docs/cybercrime.md,
--          "Judgement calls").
--   37(9)  "s'efforcent, sous réserve de leur droit interne": endeavour
--          (twin 16(8)).
--   37(10) "peut ... placer en détention": optional (twin 16(9)).
--   37(11) "est tenu ... de soumettre l'affaire" and "coopèrent entre eux":
--          two mandatory duties for a State that does not extradite its
--          nationals (twin 16(10)).
--   37(12) the conditional surrender a State's law may allow: optional
--          (twin 16(11)).
--   37(13) "si son droit interne le lui permet ... envisage": consider, for
--          a State that refuses to extradite nationals; where its law does
--          not allow enforcing a foreign sentence the duty does not arise
--          (twin 16(12), the same reading).
--   37(14) "se voit garantir un traitement équitable": mandatory (16(13)).
--   37(16) "ne peuvent rejeter ... au seul motif ... questions fiscales": a
--          prohibition, mandatory (16(15)).
--   37(17) "consulte, s'il y a lieu": mandatory; "s'il y a lieu" is an
--          escape, not a lower level (16(16)).
--   37(18) "informe ... de sa décision ... de toute raison de refus":
--          mandatory; no UNTOC twin (UNCAC art. 44(17) has it).
--   37(19) "communique au Secrétaire général ... le nom et l'adresse d'une
--          autorité": mandatory, a dated notification (cybercrime:37.19);
--          no UNTOC twin.
--   37(20) "s'efforcent de conclure": endeavour (16(17)).
-- Not encoded: 37(1) (scope and dual criminality; its second sentence lets
-- the requested State extradite for the enforcement of a sentence: a
-- permission under domestic law, no measure), 37(8) (saving clause, as
-- 16(7)), 37(15) (interpretation clause, as 16(14)).
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

local EX = "extradition."

-- The offences established under the Convention (37(7)): the offences of
-- the profile covering a conduct element of arts 7 to 16, or of art. 17
-- (laundering, its participation and attempt of 17(1)(b)(ii) included), as
-- arts 18 and 21 read them (lx.CYBERCRIME_OFFENCES).  Art. 18 establishes a
-- liability, not an offence.  Art. 19's participation (and attempt, where
-- established) is punished by a general rule as the offence it attaches
-- to: that offence is checked.  So an entry made only of accessory elements
-- and without a penalty of its own (a general-part rule entered as an
-- offence, e.g. complicity) is not checked against a threshold, as UNTOC
-- art. 16(6) does (lx.accessory_only, the same set).
local CONVENTION_CONDUCT = { "ict_", "csam_", "child_solicitation_ict", "intimate_image_dissemination", "laundering_" }
local accessory_only = lx.accessory_only
local function convention_offence(o)
  if accessory_only(o) and o.max_prison_years == nil and not o.life_imprisonment then return false end
  return lx.covers_conduct_family(o, CONVENTION_CONDUCT)
end

-- Does the State make extradition conditional on a treaty?  (true, false,
-- nil: asked; lx, shared with UNTOC art. 16.)  Condition of 37(5), 37(6)
-- and, reversed, 37(7).
local treaty_required = lx.extradition_treaty_required

-- The condition of a paragraph that binds only a State that requires a
-- treaty (want = true) or only one that does not (want = false): nil when
-- it binds the State, else the not_applicable or unknown finding.
local function treaty_condition(ctx, want, para)
  local req = treaty_required(ctx)
  local cond = nil                               -- not stated: asked
  if req ~= nil then cond = (req == want) end
  local src = lx.cited(ctx:fact(EX .. "treaty_required"))
  return lx.only_if(ctx, cond,
    want and lx.t({ en = "The State does not make extradition conditional on a treaty{s}; paragraph {p} binds only a State that does.",
                    fr = "L'État ne subordonne pas l'extradition à l'existence d'un traité{s} ; le paragraphe {p} ne lie que l'État qui le fait." }, { s = src, p = para })
         or lx.t({ en = "The State makes extradition conditional on a treaty{s}; paragraph {p} binds only a State that does not (paragraphs 4 to 6 apply instead).",
                   fr = "L'État subordonne l'extradition à l'existence d'un traité{s} ; le paragraphe {p} ne lie que l'État qui ne le fait pas (les paragraphes 4 à 6 s'appliquent à sa place)." }, { s = src, p = para }),
    lx.t({ en = "Paragraph {p} depends on whether the State makes extradition conditional on a treaty, which the profile does not say.",
           fr = "Le paragraphe {p} dépend de ce que l'État subordonne ou non l'extradition à l'existence d'un traité, ce que le profil n'indique pas." }, { p = para }))
end

-- The condition of 37(11) to 37(13): the State does not extradite its
-- nationals (always or in some cases).
-- `extradited`: the reason given when the State extradites them, if not
-- the default one.
local function nationals_condition(ctx, para, extradited)
  local refuses, n = lx.refuses_nationals(ctx)  -- nil: not stated, asked
  return lx.only_if(ctx, refuses,
    lx.t(extradited or { en = "The State extradites its nationals{s}; paragraph {p} binds only a State that declines extradition on the ground of nationality.",
                         fr = "L'État extrade ses ressortissants{s} ; le paragraphe {p} ne lie que l'État qui refuse l'extradition au motif de la nationalité." }, { s = lx.cited(n), p = para }),
    lx.t({ en = "Paragraph {p} binds only a State that does not extradite its nationals, and the profile does not say whether this State extradites them.",
           fr = "Le paragraphe {p} ne lie que l'État qui n'extrade pas ses ressortissants, et le profil n'indique pas si cet État les extrade." }, { p = para }))
end

local function measure(ctx, field, en, fr)
  return lx.measure_finding(ctx, EX .. field, { what = { en = en, fr = fr } })
end

not_encoded {
  ref = "cybercrime:37.1",
  reason = { en = "Scope of the article (the Convention's offences, the person in the requested State, dual criminality); its second sentence lets the requested State extradite for the enforcement of a sentence under its domestic law: a permission, no measure.",
             fr = "Champ d'application de l'article (infractions de la Convention, personne sur le territoire de l'État requis, double incrimination) ; sa seconde phrase permet à l'État requis d'extrader aux fins d'exécution d'une peine selon son droit interne : une faculté, aucune mesure." },
}

obligation {
  ref = "cybercrime:37.2",
  level = "optional",
  title = { en = "Extradition without dual criminality", fr = "Extradition sans double incrimination" },
  category = "cooperation",
  cluster = 5,
  text = {
    fr = [[Nonobstant le paragraphe 1 du présent article, un État partie dont la législation le permet peut accorder l'extradition d'une personne pour l'une quelconque des infractions pénales établies conformément à la présente Convention qui ne sont pas punissables en vertu de son droit interne.]],
    en = [[Notwithstanding paragraph 1 of this article, a State Party whose law so permits may grant the extradition of a person for any of the criminal offences established in accordance with this Convention that are not punishable under its own domestic law.]],
  },
  facts = { EX .. "without_dual_criminality" },
  check = function(ctx)
    return measure(ctx, "without_dual_criminality",
      "extradition for an offence established under the Convention that is not punishable under national law",
      "l'extradition pour une infraction établie conformément à la Convention qui n'est pas punissable en droit national")
  end,
}

obligation {
  ref = "cybercrime:37.3",
  level = "optional",
  title = { en = "Extradition also for connected offences below the penalty threshold", fr = "Extradition également pour des infractions connexes sous le seuil de peine" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:16.2" },
  text = {
    fr = [[Si la demande d'extradition porte sur plusieurs infractions pénales distinctes, dont au moins une peut donner lieu à extradition en vertu du présent article et dont certaines ne peuvent pas donner lieu à extradition en raison de la durée de la peine d'emprisonnement qui y est associée mais ont un lien avec des infractions établies conformément à la présente Convention, l'État partie requis peut appliquer le présent article également à ces infractions.]],
    en = [[If the request for extradition includes several separate criminal offences, at least one of which is extraditable under this article and some of which are not extraditable by reason of their period of imprisonment but are related to offences established in accordance with this Convention, the requested State Party may apply this article also in respect of those offences.]],
  },
  facts = { EX .. "accessory_offences" },
  check = function(ctx)
    return measure(ctx, "accessory_offences",
      "extradition also for offences that are not extraditable by reason of their penalty but are connected with an extraditable offence in the same request (accessory extradition)",
      "l'extradition également pour des infractions qui ne peuvent y donner lieu en raison de leur peine mais sont liées à une infraction extraditionnelle de la même demande (extradition accessoire)")
  end,
}

obligation {
  ref = "cybercrime:37.4",
  clause = "existing-treaties",
  level = "mandatory",
  title = { en = "The Convention's offences deemed included in existing extradition treaties", fr = "Infractions de la Convention incluses de plein droit dans les traités d'extradition en vigueur" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:16.3#existing-treaties" },
  text = {
    fr = [[Chacune des infractions auxquelles s'applique le présent article est de plein droit incluse dans tout traité d'extradition en vigueur entre les États parties en tant qu'infraction pouvant donner lieu à extradition.]],
    en = [[Each of the offences to which this article applies shall be deemed to be included as an extraditable offence in any extradition treaty existing between States Parties.]],
  },
  facts = { EX .. "cybercrime_existing_treaties" },
  check = function(ctx)
    return measure(ctx, "cybercrime_existing_treaties",
      "the offences established under this Convention to be treated as extraditable offences under the extradition treaties in force with other States Parties",
      "que les infractions établies conformément à la présente Convention soient traitées comme des infractions pouvant donner lieu à extradition au titre des traités d'extradition en vigueur avec d'autres États parties")
  end,
}

obligation {
  ref = "cybercrime:37.4",
  clause = "future-treaties",
  level = "mandatory",
  title = { en = "The Convention's offences included in future extradition treaties", fr = "Infractions de la Convention incluses dans les futurs traités d'extradition" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:16.3#future-treaties" },
  text = {
    fr = [[Les États parties s'engagent à inclure ces infractions en tant qu'infractions pouvant donner lieu à extradition dans tout traité d'extradition qu'ils concluront entre eux.]],
    en = [[States Parties undertake to include such offences as extraditable offences in every extradition treaty to be concluded between them.]],
  },
  facts = { EX .. "cybercrime_new_treaties" },
  check = function(ctx)
    return measure(ctx, "cybercrime_new_treaties",
      "the inclusion of the offences established under this Convention as extraditable offences in the extradition treaties it concludes with other States Parties",
      "l'inclusion des infractions établies conformément à la présente Convention parmi les infractions pouvant donner lieu à extradition dans les traités d'extradition qu'il conclut avec d'autres États parties")
  end,
}

obligation {
  ref = "cybercrime:37.5",
  level = "optional",
  title = { en = "The Convention as the legal basis for extradition", fr = "La Convention comme base légale de l'extradition" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:16.4" },
  text = {
    fr = [[Si un État partie qui subordonne l'extradition à l'existence d'un traité reçoit une demande d'extradition d'un État partie avec lequel il n'a pas conclu pareil traité, il peut considérer la présente Convention comme la base légale de l'extradition pour les infractions auxquelles le présent article s'applique.]],
    en = [[If a State Party that makes extradition conditional on the existence of a treaty receives a request for extradition from another State Party with which it has no extradition treaty, it may consider this Convention the legal basis for extradition in respect of any offence to which this article applies.]],
  },
  facts = { EX .. "treaty_required", EX .. "cybercrime_legal_basis" },
  check = function(ctx)
    local stop = treaty_condition(ctx, true, "5")
    if stop then return stop end
    return measure(ctx, "cybercrime_legal_basis",
      "this Convention to serve as the legal basis for extradition to a State Party with which there is no extradition treaty",
      "que la présente Convention serve de base légale à l'extradition vers un État partie avec lequel aucun traité d'extradition n'est en vigueur")
  end,
}

obligation {
  ref = "cybercrime:37.6.a",
  level = "mandatory",
  title = { en = "Notification whether the Convention is the legal basis for extradition", fr = "Notification indiquant si la Convention est la base légale de l'extradition" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:16.5.a" },
  text = {
    fr = [[Au moment du dépôt de leur instrument de ratification, d'acceptation ou d'approbation de la présente Convention, ou d'adhésion à celle-ci, indiquent au Secrétaire général ou à la Secrétaire générale de l'Organisation des Nations Unies s'ils considèrent la présente Convention comme la base légale pour coopérer en matière d'extradition avec d'autres États parties ;]],
    en = [[Shall, at the time of deposit of their instrument of ratification, acceptance or approval of or accession to this Convention, inform the Secretary-General of the United Nations whether they will take this Convention as the legal basis for cooperation on extradition with other States Parties;]],
  },
  facts = { EX .. "treaty_required" },
  check = function(ctx)
    local stop = treaty_condition(ctx, true, "6(a)")
    if stop then return stop end
    local limb = lx.notified(ctx, "cybercrime:37.6.a",
      { en = "whether it takes this Convention as the legal basis for extradition", fr = "s'il considère la présente Convention comme la base légale de l'extradition" },
      { en = "Has the State informed the Secretary-General whether it takes the Cybercrime Convention as the legal basis for extradition (art. 37(6)(a))? On what date?",
        fr = "L'État a-t-il indiqué au Secrétaire général s'il considère la Convention sur la cybercriminalité comme la base légale de l'extradition (art. 37, par. 6 a)) ? À quelle date ?" })
    return lx.all_of(ctx, { { finding = limb } })
  end,
}

obligation {
  ref = "cybercrime:37.6.b",
  level = "endeavour",
  title = { en = "Extradition treaties sought where the Convention is not the legal basis", fr = "Traités d'extradition recherchés lorsque la Convention n'est pas la base légale" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:16.5.b" },
  text = {
    fr = [[S'ils ne considèrent pas la présente Convention comme la base légale pour coopérer en matière d'extradition, s'efforcent, s'il y a lieu, de conclure des traités d'extradition avec d'autres États parties afin d'appliquer le présent article.]],
    en = [[If they do not take this Convention as the legal basis for cooperation on extradition, shall seek, where appropriate, to conclude treaties on extradition with other States Parties in order to implement this article.]],
  },
  facts = { EX .. "treaty_required", EX .. "cybercrime_legal_basis", EX .. "agreements" },
  check = function(ctx)
    local stop = treaty_condition(ctx, true, "6(b)")
    if stop then return stop end
    local basis = ctx:measure(EX .. "cybercrime_legal_basis")
    local not_basis = nil                          -- not stated: asked
    if basis.state == "not_adopted" then not_basis = true
    elseif basis.state == "adopted" or basis.state == "partly" then not_basis = false end
    stop = lx.only_if(ctx, not_basis,
      lx.t({ en = "The State takes this Convention as the legal basis for extradition{s}; paragraph 6(b) binds only a State that does not.",
             fr = "L'État considère la présente Convention comme la base légale de l'extradition{s} ; le paragraphe 6 b) ne lie que l'État qui ne le fait pas." }, { s = lx.cited(basis) }),
      { en = "Paragraph 6(b) binds only a State that does not take this Convention as the legal basis for extradition, and the profile does not say whether this State does.",
        fr = "Le paragraphe 6 b) ne lie que l'État qui ne considère pas la présente Convention comme la base légale de l'extradition, et le profil n'indique pas si tel est le cas." })
    if stop then return stop end
    return measure(ctx, "agreements",
      "the conclusion, or the search for the conclusion, of extradition treaties with other States Parties",
      "la conclusion, ou la recherche de la conclusion, de traités d'extradition avec d'autres États parties")
  end,
}

obligation {
  ref = "cybercrime:37.7",
  level = "mandatory",
  title = { en = "The Convention's offences extraditable without a treaty", fr = "Infractions de la Convention pouvant donner lieu à extradition sans traité" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:16.6" },
  text = {
    fr = [[Les États parties qui ne subordonnent pas l'extradition à l'existence d'un traité reconnaissent entre eux aux infractions auxquelles le présent article s'applique le caractère d'infraction pouvant donner lieu à extradition.]],
    en = [[States Parties that do not make extradition conditional on the existence of a treaty shall recognize offences to which this article applies as extraditable offences between themselves.]],
  },
  facts = { EX .. "treaty_required", EX .. "extraditable_offences", "offences" },
  check = function(ctx)
    local stop = treaty_condition(ctx, false, "7")
    if stop then return stop end
    local m = ctx:measure(EX .. "extraditable_offences")
    local f = ctx:fact(EX .. "extraditable_offences")
    local what = { en = "the recognition of the offences established under this Convention as extraditable offences without a treaty",
                   fr = "la reconnaissance des infractions établies conformément à la présente Convention comme pouvant donner lieu à extradition sans traité" }
    if m.state ~= "adopted" or f == nil or f.scope == nil then
      return lx.measure_finding(ctx, EX .. "extraditable_offences", { what = what })
    end
    -- every offence is extraditable: the Convention's offences are, whatever
    -- they are
    local kind = f.scope.scope
    if kind == "all_offences" then
      return ctx:met(lx.t({ en = "National law makes every offence extraditable without a treaty{s}, which recognises the offences established under this Convention as extraditable offences.",
                            fr = "Le droit national rend toute infraction extraditionnelle sans traité{s}, ce qui reconnaît aux infractions établies conformément à la présente Convention le caractère d'infraction pouvant donner lieu à extradition." },
                          { s = lx.cited(m) }),
                     { id = "all-offences", en = "all offences extraditable", fr = "toutes les infractions extraditionnelles" })
    end
    local t = f.scope.threshold_prison_years
    if kind == "threshold" and t == nil then
      ctx:ask(EX .. "extraditable_offences", { en = "What minimum penalty makes an offence extraditable under national law?",
                                               fr = "Quelle peine minimale rend une infraction extraditionnelle en droit national ?" })
      return ctx:unknown(lx.t({ en = "National law makes offences above a minimum penalty extraditable without a treaty{s}; the profile does not state that penalty.",
                                fr = "Le droit national rend extraditionnelles sans traité les infractions au-delà d'une peine minimale{s} ; le profil n'indique pas cette peine." }, { s = lx.cited(m) }))
    end
    -- a threshold or a list: every offence of the profile established under
    -- this Convention must be reached (as UNTOC 16(6) reads its twin)
    local below, open, n = {}, false, 0
    for _, e in ipairs(ctx:offences()) do
      if convention_offence(e.o) and ctx:in_force(e.o) then
        n = n + 1
        local covered = lx.scope_covers(f.scope, e)
        if covered == false then
          below[#below + 1] = kind == "threshold"
            and lx.t({ en = "{o}, punishable by {y}", fr = "{o}, punie de {y}" }, { o = ctx:cite_offence(e), y = lx.years(e.o.max_prison_years) })
            or ctx:cite_offence(e)
        elseif covered == nil then
          open = true
          if kind == "threshold" then
            ctx:ask("offences", lx.t({ en = "What is the maximum penalty of the offence {o}?", fr = "Quelle est la peine maximale de l'infraction {o} ?" },
                                     { o = ctx:cite_offence(e) }))
          end
        end
      end
    end
    local desc = kind == "threshold"
      and lx.t({ en = "offences punishable by at least {y}", fr = "les infractions punies d'au moins {y}" }, { y = lx.years(t) })
      or { en = "the offences on a list", fr = "les infractions d'une liste" }
    local missing = { { en = "extraditability of every offence established under this Convention", fr = "le caractère extraditionnel de toute infraction établie conformément à la présente Convention" } }
    local AND = { en = " and ", fr = " et " }
    if #below > 0 and kind == "threshold" then
      -- 37(8) is the State's possible argument, not a ground of compliance
      -- (judgement calls, docs/cybercrime.md)
      return ctx:partly(lx.t({ en = "National law makes {d} extraditable without a treaty{s}, but not every offence established under this Convention reaches that minimum penalty: {l}. Paragraph 8 subjects extradition to the conditions of national law, « y compris, notamment, aux conditions concernant la peine minimale requise pour extradier » (unofficial translation: including the conditions concerning the minimum penalty required for extradition), which the State may invoke; but paragraph 7 requires the offences established under this Convention themselves to be recognised as extraditable, and the offences paragraph 3 accepts as not extraditable by reason of their penalty are offences connected with them, not those offences.",
                               fr = "Le droit national rend {d} extraditionnelles sans traité{s}, mais toutes les infractions établies conformément à la présente Convention n'atteignent pas cette peine minimale : {l}. Le paragraphe 8 subordonne l'extradition aux conditions du droit interne, « y compris, notamment, aux conditions concernant la peine minimale requise pour extradier », ce que l'État peut invoquer ; mais le paragraphe 7 exige que les infractions établies conformément à la présente Convention soient elles-mêmes reconnues comme pouvant donner lieu à extradition, et les infractions que le paragraphe 3 admet comme ne pouvant y donner lieu en raison de leur peine sont des infractions qui ont un lien avec elles, non ces infractions." },
                             { d = desc, s = lx.cited(m), l = lx.join(below, { en = "; ", fr = " ; " }, { en = "; ", fr = " ; " }) }), missing)
    end
    if #below > 0 then
      return ctx:partly(lx.t({ en = "National law makes a list of offences extraditable without a treaty{s}, but not every offence established under this Convention: {l} {v} not on it (paragraph 8 preserves conditions of national law such as a minimum penalty, not the omission of the Convention's offences from the list).",
                               fr = "Le droit national rend extraditionnelles sans traité les infractions d'une liste{s}, mais pas toutes les infractions établies conformément à la présente Convention : {l} n'y {v} pas (le paragraphe 8 préserve des conditions du droit interne telles qu'une peine minimale, non l'omission des infractions de la Convention de la liste)." },
                             { s = lx.cited(m), l = lx.join(below, { en = ", ", fr = ", " }, AND),
                               v = #below > 1 and { en = "are", fr = "figurent" } or { en = "is", fr = "figure" } }), missing)
    end
    if open or n == 0 then
      if n == 0 then
        ctx:ask("offences", { en = "Which national offences establish the offences of arts 7 to 17 of the Cybercrime Convention, and what are their maximum penalties?",
                              fr = "Quelles infractions nationales établissent les infractions des articles 7 à 17 de la Convention sur la cybercriminalité, et quelles sont leurs peines maximales ?" })
      end
      return ctx:unknown(lx.t({ en = "National law makes {d} extraditable without a treaty{s}; the profile does not show whether every offence established under this Convention is reached ({w}).",
                                fr = "Le droit national rend {d} extraditionnelles sans traité{s} ; le profil ne montre pas si toutes les infractions établies conformément à la présente Convention sont atteintes ({w})." },
                              { d = desc, s = lx.cited(m),
                                w = n == 0 and { en = "its offences are not stated", fr = "ses infractions ne sont pas indiquées" }
                                           or { en = "the penalty of some of its offences is not stated", fr = "la peine de certaines de ses infractions n'est pas indiquée" } }))
    end
    return ctx:met(lx.t({ en = "National law recognises the offences established under this Convention as extraditable offences without a treaty{s}: it makes {d} extraditable, which reaches each of the {n} offences of the profile that establish them.",
                          fr = "Le droit national reconnaît aux infractions établies conformément à la présente Convention le caractère d'infraction pouvant donner lieu à extradition sans traité{s} : il rend {d} extraditionnelles, ce qui atteint chacune des {n} infractions du profil qui les établissent." },
                        { s = lx.cited(m), d = desc, n = tostring(n) }),
                   kind == "threshold" and { id = "minimum-penalty", en = "offences above a minimum penalty extraditable", fr = "infractions au-delà d'une peine minimale extraditionnelles" }
                     or { id = "list", en = "list of extraditable offences", fr = "liste d'infractions extraditionnelles" })
  end,
}

not_encoded {
  ref = "cybercrime:37.8",
  reason = { en = "Saving clause (as UNTOC art. 16(7)): extradition is subject to the conditions of the requested State's law or treaties, a minimum penalty and the grounds of refusal included; it requires no measure.  37(7) quotes it as an argument the State may raise, but reads a minimum-penalty threshold as UNTOC 16(6) reads its own: each Convention offence below it is named, as an offence missing from a list is.",
             fr = "Clause de sauvegarde (comme l'art. 16, par. 7, de la CTO) : l'extradition est subordonnée aux conditions du droit ou des traités de l'État requis, y compris la peine minimale et les motifs de refus ; elle n'exige aucune mesure.  Le par. 7 la cite comme un argument que l'État peut invoquer, mais lit un seuil de peine minimale comme l'art. 16, par. 6, de la CTO lit le sien : chaque infraction de la Convention sous ce seuil est nommée, comme l'est une infraction absente d'une liste." },
}

obligation {
  ref = "cybercrime:37.9",
  level = "endeavour",
  title = { en = "Expedited extradition procedures and simplified evidentiary requirements", fr = "Procédures d'extradition accélérées et exigences de preuve simplifiées" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:16.8" },
  text = {
    fr = [[Les États parties s'efforcent, sous réserve de leur droit interne, d'accélérer les procédures d'extradition et de simplifier les exigences en matière de preuve y relatives en ce qui concerne les infractions auxquelles s'applique le présent article.]],
    en = [[States Parties shall, subject to their domestic law, endeavour to expedite extradition procedures and to simplify evidentiary requirements relating thereto in respect of any offence to which this article applies.]],
  },
  facts = { EX .. "expedited_procedures", EX .. "simplified_evidence" },
  check = function(ctx)
    return lx.all_of(ctx, {
      { path = EX .. "expedited_procedures", what = { en = "expedited extradition procedures", fr = "des procédures d'extradition accélérées" } },
      { path = EX .. "simplified_evidence", what = { en = "simplified evidentiary requirements for extradition", fr = "des exigences de preuve simplifiées en matière d'extradition" } },
    })
  end,
}

obligation {
  ref = "cybercrime:37.10",
  level = "optional",
  title = { en = "Provisional arrest of the person sought", fr = "Arrestation provisoire de la personne réclamée" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:16.9" },
  text = {
    fr = [[Sous réserve des dispositions de son droit interne et des traités d'extradition qu'il a conclus, l'État partie requis peut, à la demande de l'État partie requérant et s'il estime que les circonstances le justifient et qu'il y a urgence, y compris lorsque la demande lui est transmise par l'intermédiaire des mécanismes existants de l'Organisation internationale de police criminelle, placer en détention une personne présente sur son territoire dont l'extradition est demandée ou prendre à son égard d'autres mesures appropriées pour assurer sa présence lors de la procédure d'extradition.]],
    en = [[Subject to the provisions of its domestic law and its extradition treaties, the requested State Party may, upon being satisfied that the circumstances so warrant and are urgent, and at the request of the requesting State Party, including through existing channels of the International Criminal Police Organization, take a person whose extradition is sought and who is present in its territory into custody or take other appropriate measures to ensure his or her presence at extradition proceedings.]],
  },
  facts = { EX .. "provisional_arrest" },
  check = function(ctx)
    return measure(ctx, "provisional_arrest",
      "the provisional arrest, or other measures ensuring the presence, of a person whose extradition is sought, in urgent cases",
      "la détention provisoire, ou d'autres mesures assurant la présence, d'une personne dont l'extradition est demandée, en cas d'urgence")
  end,
}

obligation {
  ref = "cybercrime:37.11",
  clause = "submission",
  level = "mandatory",
  title = { en = "Nationals not extradited: the case submitted for prosecution", fr = "Ressortissants non extradés : l'affaire soumise aux fins de poursuites" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:16.10#submission" },
  text = {
    fr = [[Un État partie sur le territoire duquel se trouve la personne présumée avoir commis une infraction, s'il n'extrade pas cette personne au titre d'une infraction à laquelle s'applique le présent article au seul motif qu'il s'agit d'une ou d'un de ses ressortissants, est tenu, à la demande de l'État partie requérant l'extradition, de soumettre l'affaire sans retard excessif à ses autorités compétentes aux fins de poursuites. Lesdites autorités prennent leur décision et mènent les poursuites de la même manière que pour toute autre infraction comparable en vertu du droit interne de cet État partie.]],
    en = [[A State Party in whose territory an alleged offender is found, if it does not extradite such person in respect of an offence to which this article applies solely on the ground that he or she is one of its nationals, shall, at the request of the State Party seeking extradition, be obliged to submit the case without undue delay to its competent authorities for the purpose of prosecution. Those authorities shall take their decision and conduct their proceedings in the same manner as in the case of any other offence of a comparable nature under the domestic law of that State Party.]],
  },
  facts = { EX .. "nationals", EX .. "submission_for_prosecution", EX .. "conditional_surrender" },
  check = function(ctx)
    local stop = nationals_condition(ctx, "11")
    if stop then return stop end
    local what = { en = "the submission of the case, at the request of the requesting State, to its competent authorities for prosecution when a national is not extradited, decided as for any comparable offence",
                   fr = "la soumission de l'affaire, à la demande de l'État requérant, à ses autorités compétentes aux fins de poursuites lorsqu'un ressortissant n'est pas extradé, décidée comme pour toute infraction comparable" }
    local r = lx.measure_finding(ctx, EX .. "submission_for_prosecution", { what = what })
    local cs = ctx:measure(EX .. "conditional_surrender")
    if r.status == "not_met" and (cs.state == "adopted" or cs.state == "partly") then
      -- paragraph 12: conditional surrender discharges paragraph 11 only when
      -- the requesting State agrees; otherwise the submission duty stands
      return ctx:partly(lx.t({ en = "{x} National law allows nationals to be surrendered on condition that they are returned to serve their sentence{s}, which discharges paragraph 11 when the requesting State agrees (paragraph 12), but not when it does not.",
                               fr = "{x} Le droit national permet de remettre les ressortissants à condition qu'ils soient renvoyés pour purger leur peine{s}, ce qui suffit au regard du paragraphe 11 lorsque l'État requérant l'accepte (paragraphe 12), mais non lorsqu'il ne l'accepte pas." },
                             { x = r.explanation, s = lx.cited(cs) }), r.missing)
    end
    return r
  end,
}

obligation {
  ref = "cybercrime:37.11",
  clause = "cooperation",
  level = "mandatory",
  title = { en = "Cooperation in a prosecution conducted instead of extradition", fr = "Coopération dans les poursuites engagées au lieu de l'extradition" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:16.10#cooperation" },
  text = {
    fr = [[Les États parties intéressés coopèrent entre eux, notamment en matière de procédure et de preuve, afin d'assurer l'efficacité des poursuites.]],
    en = [[The States Parties concerned shall cooperate with each other, in particular on procedural and evidentiary aspects, to ensure the efficiency of such prosecution.]],
  },
  facts = { EX .. "nationals", EX .. "prosecution_cooperation" },
  check = function(ctx)
    -- "Les États parties intéressés coopèrent entre eux" binds the
    -- requesting State as well; the fact records the cooperation of the
    -- State prosecuting instead of extraditing, which a State that
    -- extradites its nationals never is (its part as a requesting State is
    -- a limit of the model: independent review, docs/cybercrime.md)
    local stop = nationals_condition(ctx, "11", {
      en = "The State extradites its nationals{s}, so it never prosecutes one instead of extraditing him or her: the cooperation paragraph {p} asks of the prosecuting State does not arise (its cooperation when it is the requesting State, which the paragraph also asks of « Les États parties intéressés », is not assessed here).",
      fr = "L'État extrade ses ressortissants{s} ; il ne poursuit donc jamais l'un d'eux au lieu de l'extrader : la coopération que le paragraphe {p} demande à l'État qui poursuit ne se présente pas (sa coopération lorsqu'il est l'État requérant, que le paragraphe demande aussi aux « États parties intéressés », n'est pas évaluée ici)." })
    if stop then return stop end
    return measure(ctx, "prosecution_cooperation",
      "cooperation with the requesting State on procedural and evidentiary aspects in a prosecution conducted instead of extradition",
      "la coopération avec l'État requérant en matière de procédure et de preuve dans des poursuites engagées au lieu de l'extradition")
  end,
}

obligation {
  ref = "cybercrime:37.12",
  level = "optional",
  title = { en = "Conditional extradition or surrender of nationals", fr = "Extradition ou remise conditionnelle des ressortissants" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:16.11" },
  text = {
    fr = [[Lorsqu'un État partie, en vertu de son droit interne, n'est autorisé à extradier ou à remettre de toute autre manière l'une ou l'un de ses ressortissants que si cette personne est ensuite renvoyée sur son territoire pour purger la peine prononcée à l'issue du procès ou de la procédure à l'origine de la demande d'extradition ou de remise, et lorsque cet État partie et l'État partie requérant s'accordent sur cette option et d'autres conditions qu'ils peuvent juger appropriées, cette extradition ou remise conditionnelle est suffisante aux fins de l'exécution de l'obligation énoncée au paragraphe 11 du présent article.]],
    en = [[Whenever a State Party is permitted under its domestic law to extradite or otherwise surrender one of its nationals only upon the condition that the person will be returned to that State Party to serve the sentence imposed as a result of the trial or proceedings for which the extradition or surrender of the person was sought, and that State Party and the State Party seeking the extradition of the person agree with this option and other terms that they may deem appropriate, such conditional extradition or surrender shall be sufficient to discharge the obligation set forth in paragraph 11 of this article.]],
  },
  facts = { EX .. "nationals", EX .. "conditional_surrender" },
  check = function(ctx)
    local stop = nationals_condition(ctx, "12")
    if stop then return stop end
    -- a State that never extradites its nationals (policy not_extradited)
    -- is still asked: such a policy does not settle whether its law allows
    -- a national to be surrendered « de toute autre manière » on condition
    -- of return (e.g. under the European arrest warrant), as UNTOC 16(11)
    -- asks (second reading of the independent review, docs/cybercrime.md)
    return measure(ctx, "conditional_surrender",
      "the extradition or surrender of nationals on condition that they are returned to serve their sentence",
      "l'extradition ou la remise des ressortissants à condition qu'ils soient renvoyés pour purger leur peine")
  end,
}

obligation {
  ref = "cybercrime:37.13",
  level = "consider",
  title = { en = "Enforcement of the foreign sentence of a national not extradited", fr = "Exécution de la peine étrangère d'un ressortissant non extradé" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:16.12" },
  text = {
    fr = [[Si l'extradition, demandée aux fins d'exécution d'une peine, est refusée parce que la personne faisant l'objet de cette demande est une ou un ressortissant de l'État partie requis, celui-ci, si son droit interne le lui permet, en conformité avec les prescriptions de ce droit et à la demande de l'État partie requérant, envisage de faire exécuter lui-même la peine prononcée conformément au droit interne de l'État partie requérant, ou le reliquat de cette peine.]],
    en = [[If extradition, sought for the purposes of enforcing a sentence, is refused because the person sought is a national of the requested State Party, the requested State Party shall, if its domestic law so permits and in conformity with the requirements of such law, upon application of the requesting State Party, consider the enforcement of the sentence imposed under the domestic law of the requesting State Party or the remainder thereof.]],
  },
  facts = { EX .. "nationals", EX .. "sentence_enforcement" },
  check = function(ctx)
    local stop = nationals_condition(ctx, "13")
    if stop then return stop end
    local m = ctx:measure(EX .. "sentence_enforcement")
    if m.state == "not_adopted" and not m.considered then
      -- "si son droit interne le lui permet": a condition of the text
      return ctx:not_applicable(lx.t({ en = "National law does not allow the State to enforce a sentence imposed abroad{s}; paragraph 13 asks a State to consider it only if its domestic law so permits.",
                                       fr = "Le droit national ne permet pas à l'État de faire exécuter une peine prononcée à l'étranger{s} ; le paragraphe 13 ne lui demande de l'envisager que si son droit interne le lui permet." }, { s = lx.cited(m) }))
    end
    return measure(ctx, "sentence_enforcement",
      "the enforcement, on application of the requesting State, of the sentence imposed under its law on a national whose extradition was refused",
      "l'exécution, à la demande de l'État requérant, de la peine prononcée selon son droit contre un ressortissant dont l'extradition a été refusée")
  end,
}

obligation {
  ref = "cybercrime:37.14",
  level = "mandatory",
  title = { en = "Fair treatment at all stages of the proceedings", fr = "Traitement équitable à tous les stades de la procédure" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:16.13" },
  text = {
    fr = [[Toute personne faisant l'objet de poursuites à raison de l'une quelconque des infractions auxquelles s'applique le présent article se voit garantir un traitement équitable à tous les stades de la procédure, y compris la jouissance de tous les droits et de toutes les garanties prévus par le droit interne de l'État partie sur le territoire duquel elle se trouve.]],
    en = [[Any person regarding whom proceedings are being carried out in connection with any of the offences to which this article applies shall be guaranteed fair treatment at all stages of the proceedings, including enjoyment of all the rights and guarantees provided by the domestic law of the State Party in the territory of which that person is present.]],
  },
  facts = { EX .. "fair_treatment" },
  check = function(ctx)
    return measure(ctx, "fair_treatment",
      "fair treatment at all stages of the proceedings, with all the rights and guarantees of national law",
      "un traitement équitable à tous les stades de la procédure, avec tous les droits et garanties du droit interne")
  end,
}

not_encoded {
  ref = "cybercrime:37.15",
  reason = { en = "Interpretation clause (as UNTOC art. 16(14)): nothing obliges a State to extradite where the request is made to prosecute or punish a person on discriminatory grounds; it preserves a ground of refusal and requires no measure.",
             fr = "Clause d'interprétation (comme l'art. 16, par. 14, de la CTO) : rien n'oblige un État à extrader lorsque la demande vise à poursuivre ou punir une personne pour des motifs discriminatoires ; elle préserve un motif de refus et n'exige aucune mesure." },
}

obligation {
  ref = "cybercrime:37.16",
  level = "mandatory",
  title = { en = "Fiscal matters no sole ground for refusing extradition", fr = "Questions fiscales : pas un motif unique de refus d'extradition" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:16.15" },
  text = {
    fr = [[Les États parties ne peuvent rejeter une demande d'extradition au seul motif que l'infraction est considérée comme touchant aussi à des questions fiscales.]],
    en = [[States Parties may not refuse a request for extradition on the sole ground that the offence is also considered to involve fiscal matters.]],
  },
  facts = { EX .. "fiscal_offences_no_bar" },
  check = function(ctx)
    return measure(ctx, "fiscal_offences_no_bar",
      "the exclusion of fiscal matters as the sole ground for refusing extradition",
      "l'exclusion des questions fiscales comme motif unique de refus d'extradition")
  end,
}

obligation {
  ref = "cybercrime:37.17",
  level = "mandatory",
  title = { en = "Consultation before refusing extradition", fr = "Consultation avant le refus d'extradition" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:16.16" },
  text = {
    fr = [[Avant de refuser l'extradition, l'État partie requis consulte, s'il y a lieu, l'État partie requérant afin de lui donner toute possibilité de présenter ses opinions et de fournir des informations à l'appui de ses allégations.]],
    en = [[Before refusing extradition, the requested State Party shall, where appropriate, consult with the requesting State Party to provide it with ample opportunity to present its opinions and to provide information relevant to its allegation.]],
  },
  facts = { EX .. "consultation_before_refusal" },
  check = function(ctx)
    return measure(ctx, "consultation_before_refusal",
      "consultation of the requesting State, where appropriate, before extradition is refused",
      "la consultation de l'État requérant, s'il y a lieu, avant le refus d'extradition")
  end,
}

obligation {
  ref = "cybercrime:37.18",
  level = "mandatory",
  title = { en = "The requesting State informed of the decision and of the reasons for a refusal", fr = "L'État requérant informé de la décision et des motifs d'un refus" },
  category = "cooperation",
  cluster = 5,
  text = {
    fr = [[L'État partie requis informe l'État partie requérant de sa décision concernant l'extradition. Il l'informe de toute raison de refus d'extradition, à moins qu'il n'en soit empêché par son droit interne ou ses obligations juridiques internationales.]],
    en = [[The requested State Party shall inform the requesting State Party of its decision with regard to extradition. The requested State Party shall inform the requesting State Party of any reason for refusal of extradition, unless prevented from doing so by its domestic law or its international legal obligations.]],
  },
  facts = { EX .. "decision_reasons" },
  check = function(ctx)
    return measure(ctx, "decision_reasons",
      "informing the requesting State of the decision on extradition and of the reasons for any refusal",
      "l'information de l'État requérant de la décision sur l'extradition et des motifs de tout refus")
  end,
}

obligation {
  ref = "cybercrime:37.19",
  level = "mandatory",
  title = { en = "Authority for extradition requests notified to the Secretary-General", fr = "Autorité chargée des demandes d'extradition notifiée au Secrétaire général" },
  category = "cooperation",
  cluster = 5,
  text = {
    fr = [[Chaque État partie communique au Secrétaire général ou à la Secrétaire générale de l'Organisation des Nations Unies, au moment de la signature ou du dépôt de son instrument de ratification, d'acceptation, d'approbation ou d'adhésion, le nom et l'adresse d'une autorité responsable de l'envoi ou de la réception des demandes d'extradition ou d'arrestation provisoire.]],
    en = [[Each State Party shall, at the time of signature or when depositing its instrument of ratification, acceptance or approval of or accession to this Convention, communicate to the Secretary-General of the United Nations the name and address of an authority responsible for making or receiving requests for extradition or provisional arrest.]],
  },
  facts = {},
  check = function(ctx)
    local limb = lx.notified(ctx, "cybercrime:37.19",
      { en = "the name and address of its authority for requests for extradition or provisional arrest", fr = "le nom et l'adresse de son autorité chargée des demandes d'extradition ou d'arrestation provisoire" },
      { en = "Has the State communicated to the Secretary-General the authority responsible for requests for extradition or provisional arrest (Cybercrime Convention art. 37(19))? On what date?",
        fr = "L'État a-t-il communiqué au Secrétaire général l'autorité chargée des demandes d'extradition ou d'arrestation provisoire (Convention sur la cybercriminalité, art. 37, par. 19) ? À quelle date ?" })
    return lx.all_of(ctx, { { finding = limb } })
  end,
}

obligation {
  ref = "cybercrime:37.20",
  level = "endeavour",
  title = { en = "Agreements to carry out or enhance extradition", fr = "Accords pour permettre l'extradition ou en accroître l'efficacité" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:16.17" },
  text = {
    fr = [[Les États parties s'efforcent de conclure des accords ou des arrangements bilatéraux et multilatéraux pour permettre l'extradition ou pour en accroître l'efficacité.]],
    en = [[States Parties shall seek to conclude bilateral and multilateral agreements or arrangements to carry out or to enhance the effectiveness of extradition.]],
  },
  facts = { EX .. "agreements" },
  check = function(ctx)
    return measure(ctx, "agreements",
      "bilateral or multilateral extradition agreements or arrangements concluded or sought",
      "des accords ou arrangements d'extradition bilatéraux ou multilatéraux conclus ou recherchés")
  end,
}
