-- UNTOC article 16 -- Extradition
--
-- Article 16 has seventeen paragraphs.  Read with art. 3(1) (scope), art.
-- 2(b) (serious crime) and art. 15(3) (jurisdiction "for the purposes of
-- Article 16(10)").  Levels, from the English and French texts (both
-- authentic, art. 41):
--
--   16(2)   "may apply this Article also" / "peut appliquer"        optional
--   16(3)   first sentence: the offences "shall be deemed to be included" /
--           "est de plein droit incluse" in existing treaties; second
--           sentence: "undertake to include" / "s'engagent à inclure" in
--           future treaties.  Two duties of different content (the State
--           gives effect to a deeming rule; the State negotiates treaties
--           that include the offences): two mandatory obligations, clauses
--           "existing-treaties" and "future-treaties".
--   16(4)   "may consider this Convention the legal basis" / "peut considérer"
--           optional; binds only a State that makes extradition
--           conditional on a treaty.
--   16(5)   same condition.  (a) "shall ... inform the Secretary-General" /
--           "indiquent": mandatory, a dated notification (untoc:16.5.a).
--           (b) "shall ... seek, where appropriate, to conclude treaties" /
--           "s'efforcent, s'il y a lieu": endeavour; binds only such a State
--           that does not take the Convention as the legal basis.
--   16(6)   "shall recognise" / "reconnaissent": mandatory; binds only a State
--           that does NOT make extradition conditional on a treaty.
--   16(8)   "shall, subject to their domestic law, endeavour" / "s'efforcent,
--           sous réserve de leur droit interne": endeavour (the qualifier
--           does not lower it further).
--   16(9)   "may ... take a person ... into custody" / "peut ... placer en
--           détention": optional.
--   16(10)  first and second sentences: "shall ... be obliged to submit the
--           case without undue delay to its competent authorities" / "est
--           tenu ... de soumettre l'affaire"; the authorities decide "in the
--           same manner as in the case of any other offence of a grave
--           nature": one mandatory duty (clause "submission").  Third
--           sentence: "The States Parties concerned shall cooperate" /
--           "coopèrent": a second mandatory duty (clause "cooperation").
--           Both bind only a State that does not extradite its nationals
--           (extradition.nationals.policy not_extradited or conditional),
--           as art. 15(3) does.
--   16(11)  a State "permitted under its domestic law to extradite ... its
--           nationals only upon the condition that the person will be
--           returned" discharges 16(10) by such conditional surrender
--           "and" when the requesting State agrees.  Having such a law is the
--           State's choice: optional.  It is not an alternative that meets
--           16(10) in every case: where the requesting State does not accept
--           the condition, the national is not extradited and the
--           submission duty of 16(10) applies.  The 16(10) finding
--           therefore counts conditional surrender without submission as
--           partly met, not met.
--   16(12)  "shall, if its domestic law so permits and in conformity with the
--           requirements of such law, ... consider the enforcement" /
--           "si son droit interne le lui permet ... envisage": consider.
--           Binds only a State that refuses to extradite nationals.  "If its
--           domestic law so permits" is a condition of the text: where
--           national law does not allow enforcing a foreign sentence, the
--           duty to consider does not arise (not applicable, with the
--           reason); the paragraph does not require the State to legislate.
--   16(13)  "shall be guaranteed fair treatment" / "se voit garantir":
--           mandatory.
--   16(15)  "may not refuse ... on the sole ground" / "ne peuvent refuser":
--           a prohibition, mandatory.
--   16(16)  "shall, where appropriate, consult" / "consulte, le cas échéant":
--           mandatory; "where appropriate" is a qualifier, not a lower level.
--   16(17)  "shall seek to conclude" / "s'efforcent de conclure": endeavour.
--
-- Not encoded as obligations (they impose no measure on States):
--   16(1)  "This Article shall apply to the offences covered by this
--          Convention ... provided that the offence ... is punishable under
--          the domestic law of both the requesting State Party and the
--          requested State Party": it defines the scope of the article (the
--          offences of arts 5, 6, 8 and 23 and serious crime within art. 3,
--          plus the art. 3(1)(a)-(b) offences involving an organized
--          criminal group when the person is in the requested State) and
--          allows dual criminality.  The other rules read "offences to which
--          this Article applies" accordingly; dual criminality is never a
--          shortcoming.
--   16(7)  "Extradition shall be subject to the conditions provided for by
--          the domestic law of the requested State Party or by applicable
--          extradition treaties ...": a saving clause.  It confirms that
--          domestic and treaty conditions (minimum penalty, grounds of
--          refusal) govern each request; it requires no measure.  It does not
--          allow the offences themselves to be made non-extraditable: 16(3)
--          and 16(6) still require them to be extraditable offences, which
--          is why the 16(6) finding checks a penalty threshold against the
--          offences covered.
--   16(14) "Nothing in this Convention shall be interpreted as imposing an
--          obligation to extradite if ... [discriminatory purpose]": a rule
--          of interpretation that preserves a ground of refusal; it imposes
--          nothing on States.

---------------------------------------------------------------------------
-- Shared legal reasoning
---------------------------------------------------------------------------

-- Does the State make extradition conditional on a treaty?  (lx, shared
-- with the untoc-wg pack)
local treaty_required = lx.extradition_treaty_required

local function src(v)
  if v and v.source then return { en = " (" .. v.source .. ")", fr = " (" .. v.source .. ")" } end
  return { en = "", fr = "" }
end

-- Condition of 16(4) and 16(5): the State requires a treaty.
local function only_if_treaty_required(ctx, para)
  local req = treaty_required(ctx)
  local t = ctx:fact("extradition.treaty_required")
  return lx.only_if(ctx, req,
    lx.t({ en = "The State does not make extradition conditional on the existence of a treaty{s}; paragraph {p} binds only a State that does.",
           fr = "L'État ne subordonne pas l'extradition à l'existence d'un traité{s} ; le paragraphe {p} ne lie que l'État qui le fait." },
         { s = src(t), p = para }),
    lx.t({ en = "Paragraph {p} binds only a State that makes extradition conditional on a treaty, and the profile does not say whether this State does.",
           fr = "Le paragraphe {p} ne lie que l'État qui subordonne l'extradition à l'existence d'un traité, et le profil n'indique pas si tel est le cas de cet État." },
         { p = para }))
end

-- Condition of 16(10), 16(11) and 16(12): the State does not extradite its
-- nationals (always or in some cases), read from extradition.nationals.policy
-- as for art. 15(3) (lx.if_nationals_refused: where the profile does not
-- say, a shortfall is unknown, not a breach).  check(ctx) is the
-- paragraph's own finding.
local function if_nationals_refused(ctx, para, check)
  local nationals = ctx:fact("extradition.nationals")
  return lx.if_nationals_refused(ctx, para,
    lx.t({ en = "The State extradites its nationals{s}, so it never declines extradition on the sole ground of nationality; paragraph {p} binds only a State that does.",
           fr = "L'État extrade ses ressortissants{s} et ne refuse donc jamais l'extradition au seul motif de la nationalité ; le paragraphe {p} ne lie que l'État qui le fait." },
         { s = src(nationals), p = para }), check)
end

local function append(a, b)
  return { en = a.en .. b.en, fr = a.fr .. b.fr }
end

local NONE = { en = "", fr = "" }

-- Conduct elements that are accessory forms of another offence: art. 5(1)(b)
-- (organizing, directing, aiding, abetting, facilitating or counselling a
-- serious crime) and the attempt and aiding limbs of art. 6(1)(b)(ii).  An
-- offence entry made only of them and without a penalty of its own (a
-- general-part rule such as complicity, entered as an offence) is punished
-- as the principal offence, so it is not checked against an extradition
-- threshold: the principal offence is.

-- Is the offence one of UNTOC arts 5, 6, 8 or 23: does it cover a conduct
-- element of those articles?  (The conduct list is shared with other
-- instruments: an offence covering only the Cybercrime Convention's
-- elements, "ict_illegal_access"..., is not an offence of UNTOC.)
local UNTOC_CONDUCT = { "participation_", "ocg_crime_", "laundering_", "bribery_", "corruption_", "obstruction_" }
local function untoc_offence(o) return lx.covers_conduct_family(o, UNTOC_CONDUCT) end

local accessory_only = lx.accessory_only

-- Which offences covered by the Convention a scope of extraditable offences
-- leaves out.  Returns missing (list of bilingual texts), verdict ("yes",
-- "no", "unknown") and a short description of the scope.
--   serious crime (art. 2(b), at least 4 years): a threshold of at most 4
--     years reaches it whatever the law the threshold is read in; a higher
--     threshold leaves out serious crimes punishable by 4 years; a list must
--     hold every serious crime of the profile (lx.scope_covers_serious);
--   the offences of arts 5, 6, 8 and 23 (offences of the profile that cover
--     a conduct element): each must be reached; their maximum penalty under
--     national law is used.
local function scope_gaps(ctx, scope)
  local S = lx.SERIOUS_CRIME_YEARS
  local missing, unknown = {}, false
  local desc
  if scope.scope == "all_offences" then
    return missing, "yes", { en = "every offence is extraditable", fr = "toute infraction peut donner lieu à extradition" }
  elseif scope.scope == "threshold" then
    local t = scope.threshold_prison_years
    if t == nil then
      ctx:ask("extradition.extraditable_offences", { en = "What minimum penalty makes an offence extraditable under national law?",
                                                    fr = "Quelle peine minimale rend une infraction extraditionnelle en droit national ?" })
      return missing, "unknown", { en = "a penalty threshold that the profile does not state", fr = "un seuil de peine que le profil n'indique pas" }
    end
    desc = lx.t({ en = "offences punishable by at least {t} are extraditable", fr = "les infractions punies d'au moins {t} peuvent donner lieu à extradition" }, { t = lx.years(t) })
    if t > S then
      missing[#missing + 1] = lx.t({ en = "serious crimes punishable by at least 4 years but less than {t} (art. 2(b)) fall below the threshold",
                                     fr = "les infractions graves punies d'au moins 4 ans mais de moins de {t} (art. 2 b)) sont sous le seuil" }, { t = lx.years(t) })
    end
  elseif scope.scope == "list" then
    desc = { en = "the offences on a list are extraditable", fr = "les infractions d'une liste peuvent donner lieu à extradition" }
    local verdict, expl = lx.scope_covers_serious(ctx, scope)
    if verdict == "no" then
      missing[#missing + 1] = lx.t({ en = "serious crimes: {e}", fr = "infractions graves : {e}" }, { e = expl })
    elseif verdict == "unknown" then
      unknown = true
    end
  else
    return missing, "unknown", { en = "a scope that the profile does not state", fr = "une portée que le profil n'indique pas" }
  end
  -- The offences of arts 5, 6, 8 and 23 in the profile.
  for _, e in ipairs(ctx:offences()) do
    local o, c = e.o, lx.scope_covers(scope, e)   -- true: reached; false: left out; nil: its penalty is not stated
    if c ~= true and untoc_offence(o) and not (accessory_only(o) and o.max_prison_years == nil and not o.life_imprisonment) then
      -- a reached offence is no gap, whatever its article: its conduct is examined only when it is not reached
      if c == false then
        local label = ctx:cite_offence(e)
        if scope.scope == "threshold" then
          missing[#missing + 1] = lx.t({ en = "{o}, punishable by {y}, is below the threshold",
                                         fr = "{o}, punie de {y}, est sous le seuil" }, { o = label, y = lx.years(o.max_prison_years) })
        else
          missing[#missing + 1] = lx.t({ en = "{o} is not on the list", fr = "{o} ne figure pas sur la liste" }, { o = label })
        end
      elseif c == nil then
        unknown = true
        ctx:ask("offences", lx.t({ en = "What is the maximum penalty of the offence {o}?", fr = "Quelle est la peine maximale de l'infraction {o} ?" },
                                 { o = o.source .. " (" .. o.name .. ")" }))
      end
    end
  end
  if #missing > 0 then return missing, "no", desc end
  if unknown then return missing, "unknown", desc end
  return missing, "yes", desc
end

---------------------------------------------------------------------------
-- Paragraph 2: several separate serious crimes (optional)
---------------------------------------------------------------------------

obligation {
  ref = "untoc:16.2",
  level = "optional",
  title = { en = "Extradition also for other serious crimes in the same request",
            fr = "Extradition également pour d'autres infractions graves visées par la même demande" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[If the request for extradition includes several separate serious crimes, some of which are not covered by this Article, the requested State Party may apply this Article also in respect of the latter offences.]],
    fr = [[Si la demande d'extradition porte sur plusieurs infractions graves distinctes, dont certaines ne sont pas visées par le présent article, l'État partie requis peut appliquer également cet article à ces dernières infractions.]],
  },
  facts = { "extradition.accessory_offences" },
  -- Optional: informational only.  The domestic counterpart is accessory
  -- extradition (extradition granted also for the other offences of the
  -- request, which alone would not qualify).
  check = function(ctx)
    return lx.measure_finding(ctx, "extradition.accessory_offences", {
      what = { en = "extradition also for the other serious crimes of a request that the Convention does not cover (accessory extradition)",
               fr = "l'extradition également pour les autres infractions graves d'une demande que la convention ne vise pas (extradition accessoire)" } })
  end,
}

---------------------------------------------------------------------------
-- Paragraph 3: the offences are extraditable offences in every treaty
---------------------------------------------------------------------------

obligation {
  ref = "untoc:16.3",
  clause = "existing-treaties",
  level = "mandatory",
  title = { en = "Offences deemed included as extraditable offences in existing treaties",
            fr = "Infractions incluses de plein droit dans les traités d'extradition existants" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[Each of the offences to which this Article applies shall be deemed to be included as an extraditable offence in any extradition treaty existing between States Parties.]],
    fr = [[Chacune des infractions auxquelles s'applique le présent article est de plein droit incluse dans tout traité d'extradition en vigueur entre les États parties en tant qu'infraction dont l'auteur peut être extradé.]],
  },
  facts = { "extradition.existing_treaties" },
  -- The Convention itself amends the scope of existing treaties between
  -- States Parties.  What national law must ensure is that its authorities
  -- apply those treaties accordingly: by direct effect of the Convention
  -- (monist systems) or by implementing legislation (dualist systems).
  check = function(ctx)
    return lx.measure_finding(ctx, "extradition.existing_treaties", {
      what = { en = "the treatment of the offences covered by the Convention as extraditable offences under the extradition treaties in force with other States Parties",
               fr = "le traitement des infractions visées par la convention comme infractions donnant lieu à extradition au titre des traités d'extradition en vigueur avec d'autres États parties" } })
  end,
}

obligation {
  ref = "untoc:16.3",
  clause = "future-treaties",
  level = "mandatory",
  title = { en = "Offences included as extraditable offences in future treaties",
            fr = "Inclusion des infractions dans les futurs traités d'extradition" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[States Parties undertake to include such offences as extraditable offences in every extradition treaty to be concluded between them.]],
    fr = [[Les États parties s'engagent à inclure ces infractions en tant qu'infractions dont l'auteur peut être extradé dans tout traité d'extradition qu'ils concluront entre eux.]],
  },
  facts = { "extradition.new_treaties" },
  check = function(ctx)
    return lx.measure_finding(ctx, "extradition.new_treaties", {
      what = { en = "the inclusion of the offences covered by the Convention as extraditable offences in the extradition treaties it concludes with other States Parties",
               fr = "l'inclusion des infractions visées par la convention parmi les infractions donnant lieu à extradition dans les traités d'extradition qu'il conclut avec d'autres États parties" } })
  end,
}

---------------------------------------------------------------------------
-- Paragraphs 4 and 5: States that require a treaty
---------------------------------------------------------------------------

obligation {
  ref = "untoc:16.4",
  level = "optional",
  title = { en = "The Convention as the legal basis for extradition",
            fr = "La convention comme base légale de l'extradition" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[If a State Party that makes extradition conditional on the existence of a treaty receives a request for extradition from another State Party with which it has no extradition treaty, it may consider this Convention the legal basis for extradition in respect of any offence to which this Article applies.]],
    fr = [[Si un État partie qui subordonne l'extradition à l'existence d'un traité reçoit une demande d'extradition d'un État partie avec lequel il n'a pas conclu pareil traité, il peut considérer la présente convention comme la base légale de l'extradition pour les infractions auxquelles le présent article s'applique.]],
  },
  facts = { "extradition.treaty_required", "extradition.convention_as_legal_basis" },
  -- Optional (never a gap), and only for a State that requires a treaty.
  -- The Working Group on International Cooperation recommends using the
  -- Convention as the legal basis (good practice).
  check = function(ctx)
    local stop = only_if_treaty_required(ctx, "4")
    if stop then return stop end
    return lx.measure_finding(ctx, "extradition.convention_as_legal_basis", {
      what = { en = "the use of the Convention as the legal basis for extradition to States Parties with which it has no extradition treaty",
               fr = "l'utilisation de la convention comme base légale de l'extradition vers les États parties avec lesquels il n'a pas de traité d'extradition" } })
  end,
}

obligation {
  ref = "untoc:16.5.a",
  level = "mandatory",
  title = { en = "Information of the Secretary-General on the Convention as the legal basis for extradition",
            fr = "Information du Secrétaire général sur la convention comme base légale de l'extradition" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[States Parties that make extradition conditional on the existence of a treaty shall: (a) at the time of deposit of their instrument of ratification, acceptance, approval of or accession to this Convention, inform the Secretary-General of the United Nations whether they will take this Convention as the legal basis for cooperation on extradition with other States Parties to this Convention; and]],
    fr = [[Les États parties qui subordonnent l'extradition à l'existence d'un traité: a) au moment du dépôt de leur instrument de ratification, d'acceptation, d'approbation ou d'adhésion à la présente convention, indiquent au secrétaire général de l'Organisation des Nations unies s'ils considèrent la présente convention comme la base légale pour coopérer en matière d'extradition avec d'autres États parties, et]],
  },
  facts = { "extradition.treaty_required" },
  -- A dated notification (profile `notifications`, provision untoc:16.5.a).
  -- The duty is to inform "whether": a notification that the Convention is
  -- NOT taken as the legal basis meets it as well.  Asked at deposit; a
  -- later notification still informs the depositary, so it meets the duty
  -- and the finding records the delay (as for art. 5(3)).  Without the
  -- `notifications` key the State's notifications are unknown; with a list
  -- that lacks one, none was made.
  check = function(ctx)
    local stop = only_if_treaty_required(ctx, "5")
    if stop then return stop end
    local n = ctx:notification("untoc:16.5.a")
    if n then
      local party = ctx:fact("parties.untoc")
      local deposited = party and party.deposited
      local content = n.content and lx.t({ en = " It states: «{c}»", fr = " Elle indique : « {c} »" }, { c = n.content }) or NONE
      if deposited and n.date > deposited then
        return ctx:met(append(lx.t({ en = "The State informed the Secretary-General on {d} whether it takes the Convention as the legal basis for extradition, after the deposit of its instrument ({p}), whereas paragraph 5(a) asks for it at the time of deposit; the depositary nonetheless holds the information.",
                                     fr = "L'État a indiqué au Secrétaire général le {d} s'il considère la convention comme la base légale de l'extradition, après le dépôt de son instrument ({p}), alors que le paragraphe 5 a) le demande au moment du dépôt ; le dépositaire dispose néanmoins de l'information." },
                                   { d = n.date, p = deposited }), content))
      end
      return ctx:met(append(lx.t({ en = "The State informed the Secretary-General on {d} whether it takes the Convention as the legal basis for extradition.",
                                   fr = "L'État a indiqué au Secrétaire général le {d} s'il considère la convention comme la base légale de l'extradition." },
                                 { d = n.date }), content))
    end
    local missing = { { en = "information of the Secretary-General under art. 16(5)(a) whether the Convention is taken as the legal basis for extradition",
                        fr = "l'information du Secrétaire général, en vertu de l'art. 16, par. 5 a), sur la convention comme base légale de l'extradition" } }
    if ctx:fact("notifications") == nil then
      ctx:ask("notifications")
      return ctx:unknown({ en = "The State makes extradition conditional on a treaty, and the profile does not list its notifications to the depositary.",
                           fr = "L'État subordonne l'extradition à l'existence d'un traité, et le profil ne recense pas ses notifications au dépositaire." })
    end
    return ctx:not_met({ en = "The State makes extradition conditional on a treaty and has not informed the Secretary-General whether it takes the Convention as the legal basis for extradition.",
                         fr = "L'État subordonne l'extradition à l'existence d'un traité et n'a pas indiqué au Secrétaire général s'il considère la convention comme la base légale de l'extradition." }, missing)
  end,
}

obligation {
  ref = "untoc:16.5.b",
  level = "endeavour",
  title = { en = "Efforts to conclude extradition treaties where the Convention is not the legal basis",
            fr = "Efforts pour conclure des traités d'extradition lorsque la convention n'est pas la base légale" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[States Parties that make extradition conditional on the existence of a treaty shall: (b) if they do not take this Convention as the legal basis for cooperation on extradition, seek, where appropriate, to conclude treaties on extradition with other States Parties to this Convention in order to implement this Article.]],
    fr = [[Les États parties qui subordonnent l'extradition à l'existence d'un traité: b) s'ils ne considèrent par la présente convention comme la base légale pour coopérer en matière d'extradition, s'efforcent, s'il y a lieu, de conclure des traités d'extradition avec d'autres États parties afin d'appliquer le présent article.]],
  },
  facts = { "extradition.treaty_required", "extradition.convention_as_legal_basis", "extradition.agreements" },
  -- Two conditions: a treaty is required, and the Convention is not (or
  -- only in part, e.g. only under reciprocity) taken as the legal basis.
  -- The efforts are read from extradition.agreements, the fact that also
  -- feeds paragraph 17.
  check = function(ctx)
    local stop = only_if_treaty_required(ctx, "5(b)")
    if stop then return stop end
    local basis = ctx:measure("extradition.convention_as_legal_basis")
    local not_basis
    if basis.state == "adopted" then not_basis = false
    elseif basis.state == "unknown" then not_basis = nil
    else not_basis = true end
    stop = lx.only_if(ctx, not_basis,
      lx.t({ en = "The State takes the Convention as the legal basis for extradition{s}; paragraph 5(b) binds only a State that does not.",
             fr = "L'État considère la convention comme la base légale de l'extradition{s} ; le paragraphe 5 b) ne lie que l'État qui ne le fait pas." },
           { s = lx.cited(basis) }),
      { en = "Paragraph 5(b) binds only a State that does not take the Convention as the legal basis for extradition, and the profile does not say whether this State does.",
        fr = "Le paragraphe 5 b) ne lie que l'État qui ne considère pas la convention comme la base légale de l'extradition, et le profil n'indique pas si tel est le cas de cet État." })
    if stop then return stop end
    return lx.measure_finding(ctx, "extradition.agreements", {
      what = { en = "efforts to conclude extradition treaties with other States Parties",
               fr = "des efforts pour conclure des traités d'extradition avec d'autres États parties" } })
  end,
}

---------------------------------------------------------------------------
-- Paragraph 6: States that do not require a treaty
---------------------------------------------------------------------------

obligation {
  ref = "untoc:16.6",
  level = "mandatory",
  title = { en = "Offences recognised as extraditable without a treaty",
            fr = "Infractions reconnues comme donnant lieu à extradition sans traité" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[States Parties that do not make extradition conditional on the existence of a treaty shall recognise offences to which this Article applies as extraditable offences between themselves.]],
    fr = [[Les États parties qui ne subordonnent pas l'extradition à l'existence d'un traité reconnaissent entre eux aux infractions auxquelles le présent article s'applique le caractère d'infraction dont l'auteur peut être extradé.]],
  },
  facts = { "extradition.treaty_required", "extradition.extraditable_offences", "offences" },
  -- Binds only a State that can extradite without a treaty.  Met when
  -- national law makes the offences to which the article applies
  -- extraditable.  When the profile states the scope of extraditable
  -- offences, it is checked (scope_gaps above): a penalty threshold above
  -- 4 years leaves out serious crimes; an offence of arts 5, 6, 8 or 23
  -- punishable below the threshold, or missing from a list, is left out.
  -- Dual criminality (16(1)) is allowed and never a shortcoming.  The
  -- option names how the State defines extraditable offences.
  check = function(ctx)
    local req = treaty_required(ctx)
    local t = ctx:fact("extradition.treaty_required")
    local applies = nil
    if req ~= nil then applies = not req end
    local stop = lx.only_if(ctx, applies,
      lx.t({ en = "The State makes extradition conditional on the existence of a treaty{s}; paragraph 6 binds only a State that does not (paragraphs 3 to 5 apply instead).",
             fr = "L'État subordonne l'extradition à l'existence d'un traité{s} ; le paragraphe 6 ne lie que l'État qui ne le fait pas (les paragraphes 3 à 5 s'appliquent alors)." },
           { s = src(t) }),
      { en = "Paragraph 6 binds only a State that does not make extradition conditional on a treaty, and the profile does not say whether this State does.",
        fr = "Le paragraphe 6 ne lie que l'État qui ne subordonne pas l'extradition à l'existence d'un traité, et le profil n'indique pas si tel est le cas de cet État." })
    if stop then return stop end
    local what = { en = "the recognition of the offences covered by the Convention as extraditable offences without a treaty",
                   fr = "la reconnaissance des infractions visées par la convention comme infractions donnant lieu à extradition sans traité" }
    local m = ctx:measure("extradition.extraditable_offences")
    local scope = m.raw and m.raw.scope
    if m.state == "unknown" or m.state == "not_adopted" or scope == nil then
      return lx.measure_finding(ctx, "extradition.extraditable_offences", { what = what })
    end
    local gaps, verdict, desc = scope_gaps(ctx, scope)
    local given = {}
    if m.state == "partly" then
      for _, x in ipairs(m.missing or {}) do given[#given + 1] = x end
      if #given == 0 then given[1] = { en = "implemented only in part (the profile does not say what is missing)", fr = "mise en œuvre partielle (le profil ne précise pas ce qui manque)" } end
    end
    local missing = {}
    for _, x in ipairs(given) do missing[#missing + 1] = x end
    for _, x in ipairs(gaps) do missing[#missing + 1] = x end
    if #missing > 0 then
      return ctx:partly(lx.t({ en = "National law makes offences extraditable without a treaty{s} ({d}), but not every offence covered by the Convention: {m}.",
                               fr = "Le droit national rend des infractions extraditionnelles sans traité{s} ({d}), mais pas toutes les infractions visées par la convention : {m}." },
                             { s = lx.cited(m), d = desc, m = lx.join(missing, { en = "; ", fr = " ; " }, { en = "; ", fr = " ; " }) }), missing)
    end
    if verdict == "unknown" then
      return ctx:unknown(lx.t({ en = "National law makes offences extraditable without a treaty{s} ({d}); the profile does not show whether every offence covered by the Convention is reached.",
                                fr = "Le droit national rend des infractions extraditionnelles sans traité{s} ({d}) ; le profil ne permet pas de dire si toutes les infractions visées par la convention sont atteintes." },
                              { s = lx.cited(m), d = desc }))
    end
    local options = {
      all_offences = { id = "all-offences", en = "all offences extraditable", fr = "toutes infractions extraditionnelles" },
      threshold = { id = "threshold", en = "penalty threshold", fr = "seuil de peine" },
      list = { id = "list", en = "list of extraditable offences", fr = "liste d'infractions extraditionnelles" },
    }
    return ctx:met(lx.t({ en = "National law recognises the offences covered by the Convention as extraditable offences without a treaty{s}: {d}, which reaches every serious crime and every offence of arts 5, 6, 8 and 23 in the profile.",
                          fr = "Le droit national reconnaît aux infractions visées par la convention le caractère d'infraction extraditionnelle sans traité{s} : {d}, ce qui atteint toutes les infractions graves et toutes les infractions des art. 5, 6, 8 et 23 du profil." },
                        { s = lx.cited(m), d = desc }), options[scope.scope])
  end,
}

---------------------------------------------------------------------------
-- Paragraph 8: expedite procedures, simplify evidentiary requirements
---------------------------------------------------------------------------

obligation {
  ref = "untoc:16.8",
  level = "endeavour",
  title = { en = "Expedited extradition procedures and simplified evidentiary requirements",
            fr = "Accélération des procédures d'extradition et simplification des exigences de preuve" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[States Parties shall, subject to their domestic law, endeavour to expedite extradition procedures and to simplify evidentiary requirements relating thereto in respect of any offence to which this Article applies.]],
    fr = [[Les États parties s'efforcent, sous réserve de leur droit interne, d'accélérer les procédures d'extradition et de simplifier les exigences en matière de preuve y relatives en ce qui concerne les infractions auxquelles s'applique le présent article.]],
  },
  facts = { "extradition.expedited_procedures", "extradition.simplified_evidence" },
  -- A best-efforts duty with two objects, both named by the text: faster
  -- procedures and simpler evidence.  Efforts on both: met; on one: partly
  -- met; on neither: not met (reported as "not endeavoured", never a gap).
  -- A measure considered but not adopted counts as an effort.
  check = function(ctx)
    local a = lx.measure_finding(ctx, "extradition.expedited_procedures", {
      what = { en = "measures to expedite extradition procedures", fr = "des mesures pour accélérer les procédures d'extradition" } })
    local b = lx.measure_finding(ctx, "extradition.simplified_evidence", {
      what = { en = "simplified evidentiary requirements for extradition", fr = "des exigences de preuve simplifiées en matière d'extradition" } })
    local both = lx.join({ a.explanation, b.explanation }, { en = " ", fr = " " }, { en = " ", fr = " " })
    if a.status == "met" and b.status == "met" then return ctx:met(both) end
    local missing = {}
    for _, r in ipairs({ a, b }) do for _, x in ipairs(r.missing or {}) do missing[#missing + 1] = x end end
    if a.status == "unknown" or b.status == "unknown" then return ctx:unknown(both, missing) end
    if a.status == "not_met" and b.status == "not_met" then return ctx:not_met(both, missing) end
    return ctx:partly(both, missing)
  end,
}

---------------------------------------------------------------------------
-- Paragraph 9: custody pending extradition (optional)
---------------------------------------------------------------------------

obligation {
  ref = "untoc:16.9",
  level = "optional",
  title = { en = "Custody or other measures to ensure presence at extradition proceedings",
            fr = "Détention ou autres mesures pour assurer la présence lors de la procédure d'extradition" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[Subject to the provisions of its domestic law and its extradition treaties, the requested State Party may, upon being satisfied that the circumstances so warrant and are urgent and at the request of the requesting State Party, take a person whose extradition is sought and who is present in its territory into custody or take other appropriate measures to ensure his or her presence at extradition proceedings.]],
    fr = [[Sous réserve des dispositions de son droit interne et des traités d'extradition qu'il a conclus, l'État partie requis peut, à la demande de l'État partie requérant et s'il estime que les circonstances le justifient et qu'il y a urgence, placer en détention une personne présente sur son territoire dont l'extradition est demandée ou prendre à son égard toutes autres mesures appropriées pour assurer sa présence lors de la procédure d'extradition.]],
  },
  facts = { "extradition.provisional_arrest" },
  check = function(ctx)
    return lx.measure_finding(ctx, "extradition.provisional_arrest", {
      what = { en = "custody (provisional arrest) or other measures ensuring the presence of the person sought at extradition proceedings, at the request of the requesting State in urgent cases",
               fr = "la détention (arrestation provisoire) ou d'autres mesures assurant la présence de la personne réclamée lors de la procédure d'extradition, à la demande de l'État requérant en cas d'urgence" } })
  end,
}

---------------------------------------------------------------------------
-- Paragraphs 10 to 12: nationals who are not extradited
---------------------------------------------------------------------------

obligation {
  ref = "untoc:16.10",
  clause = "submission",
  level = "mandatory",
  title = { en = "Submission for prosecution when a national is not extradited (aut dedere aut judicare)",
            fr = "Soumission aux fins de poursuites lorsqu'un ressortissant n'est pas extradé (aut dedere aut judicare)" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[A State Party in whose territory an alleged offender is found, if it does not extradite such person in respect of an offence to which this Article applies solely on the ground that he or she is one of its nationals, shall, at the request of the State Party seeking extradition, be obliged to submit the case without undue delay to its competent authorities for the purpose of prosecution. Those authorities shall take their decision and conduct their proceedings in the same manner as in the case of any other offence of a grave nature under the domestic law of that State Party.]],
    fr = [[Un État partie sur le territoire duquel se trouve l'auteur présumé de l'infraction, s'il n'extrade pas cette personne au titre d'une infraction à laquelle s'applique le présent article au seul motif qu'elle est l'un de ses ressortissants, est tenu, à la demande de l'État partie requérant l'extradition, de soumettre l'affaire sans retard excessif à ses autorités compétentes aux fins de poursuites. Lesdites autorités prennent leur décision et mènent les poursuites de la même manière que pour toute autre infraction grave en vertu du droit interne de cet État partie.]],
  },
  facts = { "extradition.nationals", "extradition.submission_for_prosecution", "extradition.conditional_surrender", "jurisdiction.non_extradited_nationals" },
  -- Condition: the State does not extradite its nationals (always or in
  -- some cases).  Duty: submission of the case for prosecution, decided
  -- like any grave domestic offence (the authorities keep their usual
  -- discretion: the duty is to submit, not to convict).  Conditional
  -- surrender (16(11)) discharges the duty only where the requesting State
  -- accepts the return condition; without a submission procedure for the
  -- other cases it is a partial implementation.  Jurisdiction over the
  -- nationals concerned is art. 15(3)'s own obligation: its absence is
  -- reported here as context, and counted there.
  check = function(ctx)
    return if_nationals_refused(ctx, "10", function(ctx)
      local m = ctx:measure("extradition.submission_for_prosecution")
      local cs = ctx:fact("extradition.conditional_surrender")
      local cs_on = cs ~= nil and (cs.adopted == true or cs.adopted == "partly") and ctx:in_force(cs)
      local j = ctx:fact("jurisdiction.non_extradited_nationals")
      local context = NONE
      if j ~= nil and (j.adopted == false or (j.adopted ~= nil and not ctx:in_force(j))) then
        context = { en = " Context: the profile shows no jurisdiction over nationals who are not extradited (art. 15(3)), without which a submission cannot lead to prosecution; that shortcoming is counted under art. 15(3).",
                    fr = " Contexte : le profil ne montre aucune compétence à l'égard des ressortissants non extradés (art. 15, par. 3), sans laquelle la soumission ne peut mener à des poursuites ; cette lacune est comptée au titre de l'art. 15, par. 3." }
      elseif j ~= nil and j.adopted == "partly" then
        context = { en = " Context: jurisdiction over nationals who are not extradited exists only in part (art. 15(3)).",
                    fr = " Contexte : la compétence à l'égard des ressortissants non extradés n'existe qu'en partie (art. 15, par. 3)." }
      end
      local what = { en = "the submission of the case without undue delay, at the request of the requesting State, to its competent authorities for the purpose of prosecution, decided as for any other grave offence",
                     fr = "la soumission de l'affaire sans retard excessif, à la demande de l'État requérant, à ses autorités compétentes aux fins de poursuites, décidées comme pour toute autre infraction grave" }
      local submission_missing = { en = "submission of the case for prosecution when a national is not extradited", fr = "la soumission de l'affaire aux fins de poursuites lorsqu'un ressortissant n'est pas extradé" }
      if m.state == "adopted" then
        local also = cs_on and { en = " Conditional surrender of nationals (art. 16(11)) is also available.", fr = " La remise conditionnelle des ressortissants (art. 16, par. 11) est également possible." } or NONE
        return ctx:met(append(append(lx.t({ en = "National law provides for {w}{s}.", fr = "Le droit national prévoit {w}{s}." }, { w = what, s = lx.cited(m) }), also), context),
                       { id = "submission", en = "submission for prosecution", fr = "soumission aux fins de poursuites" })
      elseif m.state == "partly" then
        local missing = {}
        for _, x in ipairs(m.missing or {}) do missing[#missing + 1] = x end
        if #missing == 0 then missing[1] = submission_missing end
        return ctx:partly(append(lx.t({ en = "National law provides only in part for {w}{s}.", fr = "Le droit national ne prévoit {w} qu'en partie{s}." }, { w = what, s = lx.cited(m) }), context), missing)
      elseif m.state == "not_adopted" then
        local why = m.why and lx.t({ en = " ({r})", fr = " ({r})" }, { r = m.why }) or NONE
        if cs_on then
          return ctx:partly(append(lx.t({ en = "National law allows nationals to be extradited or surrendered on condition that they are returned to serve their sentence{c}, which discharges paragraph 10 when the requesting State agrees (paragraph 11); but it does not provide for {w}{y}{s} when the requesting State does not agree.",
                                          fr = "Le droit national permet d'extrader ou de remettre les ressortissants à condition qu'ils soient renvoyés pour purger leur peine{c}, ce qui satisfait au paragraphe 10 lorsque l'État requérant l'accepte (paragraphe 11) ; mais il ne prévoit pas {w}{y}{s} lorsque l'État requérant ne l'accepte pas." },
                                        { c = src(cs), w = what, y = why, s = lx.cited(m) }), context), { submission_missing })
        end
        return ctx:not_met(append(lx.t({ en = "National law does not provide for {w}{y}{s}.", fr = "Le droit national ne prévoit pas {w}{y}{s}." }, { w = what, y = why, s = lx.cited(m) }), context), { submission_missing })
      end
      return ctx:unknown(append(lx.t({ en = "The State does not extradite its nationals, and the profile does not say whether national law provides for {w}.",
                                       fr = "L'État n'extrade pas ses ressortissants, et le profil n'indique pas si le droit national prévoit {w}." }, { w = what }), context))
    end)
  end,
}

obligation {
  ref = "untoc:16.10",
  clause = "cooperation",
  level = "mandatory",
  title = { en = "Cooperation on procedure and evidence in a prosecution instead of extradition",
            fr = "Coopération en matière de procédure et de preuve dans les poursuites engagées au lieu de l'extradition" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[The States Parties concerned shall cooperate with each other, in particular on procedural and evidentiary aspects, to ensure the efficiency of such prosecution.]],
    fr = [[Les États parties intéressés coopèrent entre eux, notamment en matière de procédure et de preuve, afin d'assurer l'efficacité des poursuites.]],
  },
  facts = { "extradition.nationals", "extradition.prosecution_cooperation" },
  -- Same condition as the first clause: "such prosecution" is the one
  -- brought instead of extraditing a national.
  check = function(ctx)
    return if_nationals_refused(ctx, "10", function(ctx)
      return lx.measure_finding(ctx, "extradition.prosecution_cooperation", {
        what = { en = "cooperation with the requesting State on procedural and evidentiary aspects of a prosecution brought instead of extradition",
                 fr = "la coopération avec l'État requérant en matière de procédure et de preuve dans les poursuites engagées au lieu de l'extradition" } })
    end)
  end,
}

obligation {
  ref = "untoc:16.11",
  level = "optional",
  title = { en = "Conditional extradition or surrender of nationals (return to serve the sentence)",
            fr = "Extradition ou remise conditionnelle des ressortissants (renvoi pour purger la peine)" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[Whenever a State Party is permitted under its domestic law to extradite or otherwise surrender one of its nationals only upon the condition that the person will be returned to that State Party to serve the sentence imposed as a result of the trial or proceedings for which the extradition or surrender of the person was sought and that State Party and the State Party seeking the extradition of the person agree with this option and other terms that they may deem appropriate, such conditional extradition or surrender shall be sufficient to discharge the obligation set forth in paragraph 10 of this Article.]],
    fr = [[Lorsqu'un État partie, en vertu de son droit interne, n'est autorisé à extrader ou remettre de toute autre manière l'un de ses ressortissants que si cette personne est ensuite renvoyée dans cet État partie pour purger la peine prononcée à l'issue du procès ou de la procédure à l'origine de la demande d'extradition ou de remise, et lorsque cet État partie et l'État partie requérant s'accordent sur cette option et d'autres conditions qu'ils peuvent juger appropriées, cette extradition ou remise conditionnelle est suffisante aux fins de l'exécution de l'obligation énoncée au paragraphe 10.]],
  },
  facts = { "extradition.nationals", "extradition.conditional_surrender" },
  -- Optional: whether national law offers conditional surrender is the
  -- State's choice; never a gap.  Not applicable to a State that extradites
  -- its nationals without that condition.
  check = function(ctx)
    return if_nationals_refused(ctx, "11", function(ctx)
      return lx.measure_finding(ctx, "extradition.conditional_surrender", {
        what = { en = "extradition or surrender of nationals on condition that they are returned to serve the sentence imposed",
                 fr = "l'extradition ou la remise des ressortissants à condition qu'ils soient renvoyés pour purger la peine prononcée" } })
    end)
  end,
}

obligation {
  ref = "untoc:16.12",
  level = "consider",
  title = { en = "Enforcement of a foreign sentence when extradition of a national is refused",
            fr = "Exécution d'une peine étrangère lorsque l'extradition d'un ressortissant est refusée" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[If extradition, sought for purposes of enforcing a sentence, is refused because the person sought is a national of the requested State Party, the requested Party shall, if its domestic law so permits and in conformity with the requirements of such law, upon application of the requesting Party, consider the enforcement of the sentence that has been imposed under the domestic law of the requesting Party or the remainder thereof.]],
    fr = [[Si l'extradition, demandée aux fins d'exécution d'une peine, est refusée parce que la personne faisant l'objet de cette demande est un ressortissant de l'État partie requis, celui-ci, si son droit interne le lui permet, en conformité avec les prescriptions de ce droit et à la demande de l'État partie requérant, envisage de faire exécuter lui-même la peine qui a été prononcée conformément au droit interne de l'État partie requérant, ou le reliquat de cette peine.]],
  },
  facts = { "extradition.nationals", "extradition.sentence_enforcement" },
  -- Two conditions of the text: the State refuses to extradite nationals,
  -- and its domestic law permits enforcing a foreign sentence.  Where
  -- national law does not permit it, the duty to consider does not arise:
  -- not applicable, with the reason (the paragraph does not require the
  -- State to legislate).  Where it permits it in part (e.g. only under a
  -- treaty, or only with the person's consent), partly met.
  check = function(ctx)
    return if_nationals_refused(ctx, "12", function(ctx)
      local what = { en = "the enforcement, on application of the requesting State, of a sentence imposed under that State's law on a national whose extradition was refused (or of its remainder)",
                     fr = "l'exécution, à la demande de l'État requérant, d'une peine prononcée selon le droit de cet État contre un ressortissant dont l'extradition a été refusée (ou de son reliquat)" }
      local m = ctx:measure("extradition.sentence_enforcement")
      if m.state == "not_adopted" then
        local why = m.why and lx.t({ en = " ({r})", fr = " ({r})" }, { r = m.why }) or NONE
        return ctx:not_applicable(lx.t({ en = "National law does not permit {w}{y}{s}; paragraph 12 requires the State to consider enforcement only \"if its domestic law so permits\".",
                                         fr = "Le droit national ne permet pas {w}{y}{s} ; le paragraphe 12 n'impose d'envisager l'exécution que « si son droit interne le lui permet »." },
                                       { w = what, y = why, s = lx.cited(m) }))
      end
      return lx.measure_finding(ctx, "extradition.sentence_enforcement", { what = what })
    end)
  end,
}

---------------------------------------------------------------------------
-- Paragraphs 13, 15, 16: guarantees and grounds of refusal
---------------------------------------------------------------------------

obligation {
  ref = "untoc:16.13",
  level = "mandatory",
  title = { en = "Fair treatment at all stages of the proceedings",
            fr = "Traitement équitable à tous les stades de la procédure" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[Any person regarding whom proceedings are being carried out in connection with any of the offences to which this Article applies shall be guaranteed fair treatment at all stages of the proceedings, including enjoyment of all the rights and guarantees provided by the domestic law of the State Party in the territory of which that person is present.]],
    fr = [[Toute personne faisant l'objet de poursuites en raison de l'une quelconque des infractions auxquelles le présent article s'applique se voit garantir un traitement équitable à tous les stades de la procédure, y compris la jouissance de tous les droits et de toutes les garanties prévus par le droit interne de l'État partie sur le territoire duquel elle se trouve.]],
  },
  facts = { "extradition.fair_treatment" },
  check = function(ctx)
    return lx.measure_finding(ctx, "extradition.fair_treatment", {
      what = { en = "guarantees of fair treatment, with all the rights and guarantees of national law, at all stages of extradition proceedings and of proceedings for the offences concerned",
               fr = "des garanties de traitement équitable, avec tous les droits et garanties du droit national, à tous les stades de la procédure d'extradition et des poursuites pour les infractions concernées" } })
  end,
}

obligation {
  ref = "untoc:16.15",
  level = "mandatory",
  title = { en = "No refusal on the sole ground that the offence involves fiscal matters",
            fr = "Pas de refus au seul motif que l'infraction touche à des questions fiscales" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[States Parties may not refuse a request for extradition on the sole ground that the offence is also considered to involve fiscal matters.]],
    fr = [[Les États parties ne peuvent refuser une demande d'extradition au seul motif que l'infraction est considérée comme touchant aussi à des questions fiscales.]],
  },
  facts = { "extradition.fiscal_offences_no_bar" },
  -- A prohibition ("may not refuse" / "ne peuvent refuser"): mandatory.
  -- Not met when national law or the State's treaties make the fiscal
  -- character of an offence a ground for refusal on its own.
  check = function(ctx)
    return lx.measure_finding(ctx, "extradition.fiscal_offences_no_bar", {
      what = { en = "the exclusion of the fiscal character of an offence as a sole ground for refusing extradition",
               fr = "l'exclusion du caractère fiscal de l'infraction comme motif unique de refus d'extradition" } })
  end,
}

obligation {
  ref = "untoc:16.16",
  level = "mandatory",
  title = { en = "Consultation with the requesting State before refusing extradition",
            fr = "Consultation de l'État requérant avant de refuser l'extradition" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[Before refusing extradition, the requested State Party shall, where appropriate, consult with the requesting State Party to provide it with ample opportunity to present its opinions and to provide information relevant to its allegation.]],
    fr = [[Avant de refuser l'extradition, l'État partie requis consulte, le cas échéant, l'État partie requérant afin de lui donner toute possibilité de présenter ses opinions et de donner des informations à l'appui de ses allégations.]],
  },
  facts = { "extradition.consultation_before_refusal" },
  -- Mandatory; "where appropriate" / "le cas échéant" leaves the State to
  -- judge when a consultation is useful, it does not make the duty
  -- optional.  A legal basis or an established practice meets it.
  check = function(ctx)
    return lx.measure_finding(ctx, "extradition.consultation_before_refusal", {
      what = { en = "consultation of the requesting State, where appropriate, before extradition is refused",
               fr = "la consultation de l'État requérant, le cas échéant, avant tout refus d'extradition" } })
  end,
}

---------------------------------------------------------------------------
-- Paragraph 17: agreements (endeavour)
---------------------------------------------------------------------------

obligation {
  ref = "untoc:16.17",
  level = "endeavour",
  title = { en = "Efforts to conclude extradition agreements or arrangements",
            fr = "Efforts pour conclure des accords ou arrangements d'extradition" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[States Parties shall seek to conclude bilateral and multilateral agreements or arrangements to carry out or to enhance the effectiveness of extradition.]],
    fr = [[Les États parties s'efforcent de conclure des accords ou arrangements bilatéraux et multilatéraux pour permettre l'extradition ou pour en accroître l'efficacité.]],
  },
  facts = { "extradition.agreements" },
  check = function(ctx)
    return lx.measure_finding(ctx, "extradition.agreements", {
      what = { en = "bilateral or multilateral extradition agreements or arrangements, or efforts to conclude them",
               fr = "des accords ou arrangements d'extradition bilatéraux ou multilatéraux, ou des efforts pour en conclure" } })
  end,
}
