-- UNTOC article 13 -- International cooperation for purposes of confiscation
--
-- Article 13 is the international side of article 12: what a State Party must
-- be able to do when another State Party, having jurisdiction over an offence
-- covered by the Convention, asks it to confiscate, trace, freeze or seize
-- proceeds, property or instrumentalities situated in its territory.  The
-- facts are in the section `confiscation_cooperation` of the profile
-- (rules/schema/cooperation-confiscation.lua): they describe the procedures
-- open to requests from any State Party, not the domestic powers of art. 12
-- (confiscation.*), which are a different question.
--
-- Encoded:
--   13(1) mandatory ("shall" / present indicative "transmet"), qualified by
--         "to the greatest extent possible within its domestic legal system"
--         ("dans toute la mesure possible dans le cadre de son système
--         juridique national").  Alternatives joined by "or" / "ou": (a)
--         obtain a domestic confiscation order on the request and give effect
--         to it, or (b) give effect to the foreign order.  Either one meets
--         the duty; the finding names the option.  The qualifier opens an
--         escape, as in art. 12(1): a limit of the domestic legal system
--         recorded under `principles` for untoc:13.1 explains a shortcoming
--         instead of reporting a gap.
--   13(2) mandatory ("shall take measures" / "prend des mesures"): identify,
--         trace AND freeze or seize on request.  "Freeze or seize" is one
--         limb (either power serves); identification and tracing is the
--         other.  No qualifier (13(4) below is not one).
--   13(5) mandatory ("shall furnish" / "remet"): copies of the laws giving
--         effect to art. 13, and of later changes, to the Secretary-General.
--         A dated fact: the profile's `notifications` under untoc:13.5.
--   13(6) mandatory but conditional ("If a State Party elects to make ...
--         conditional on the existence of a relevant treaty, that State Party
--         shall consider this Convention the necessary and sufficient treaty
--         basis" / "il considère").  "Shall consider ... the ... basis" means
--         "shall regard it as", not "shall consider whether": it is a duty,
--         not a duty to consider.  Not applicable to a State that cooperates
--         without a treaty.
--   13(7) optional ("may be refused" / "peut refuser"): a ground of refusal
--         the State may keep; informational only, never a gap.
--   13(9) consider ("shall consider concluding" / "envisagent de conclure").
--
-- Not encoded (no duty of the State that a profile can show):
--   13(3) "The provisions of Article 18 ... are applicable, mutatis mutandis,
--         to this Article" imports the mutual legal assistance regime (central
--         authority, grounds of refusal, bank secrecy ...): those duties are
--         encoded once, in art18.lua, and apply to confiscation requests
--         through this sentence.  The rest of 13(3), (a)-(c), lists what a
--         REQUEST must contain: it binds the requesting State when it drafts a
--         request, and requires no legislative or administrative measure of
--         the requested State (procedural mechanics of requests).
--   13(4) "The decisions or actions provided for in paragraphs 1 and 2 ...
--         shall be taken ... in accordance with and subject to the provisions
--         of its domestic law and its procedural rules or any ... treaty":
--         a saving clause on HOW requests are executed.  It does not excuse
--         the absence of the procedures that 13(1) and 13(2) require.
--   13(8) "shall not be construed to prejudice the rights of bona fide third
--         parties": a rule of construction, as art. 12(8); it limits what
--         the paragraphs require and obliges no measure.

---------------------------------------------------------------------------
-- Shared helpers
---------------------------------------------------------------------------

local function append(a, b)
  return { en = a.en .. b.en, fr = a.fr .. b.fr }
end

-- Several limbs that are ALL required: { { path, what } } (see lx.all_of).
local required_limbs = lx.all_of

-- The laws that give effect to art. 13 (read by 13(5) for later changes).
local IMPLEMENTING = {
  "confiscation_cooperation.domestic_order_on_request",
  "confiscation_cooperation.foreign_order_enforcement",
  "confiscation_cooperation.identification_tracing_on_request",
  "confiscation_cooperation.freezing_seizure_on_request",
  "confiscation_cooperation.treaty_basis",
}

---------------------------------------------------------------------------
-- Paragraph 1: acting on a foreign confiscation request
---------------------------------------------------------------------------

obligation {
  ref = "untoc:13.1",
  level = "mandatory",
  title = { en = "Acting on foreign confiscation requests: a domestic order or enforcement of the foreign order",
            fr = "Suite donnée aux demandes de confiscation étrangères : décision nationale ou exécution de la décision étrangère" },
  category = "confiscation",
  cluster = 4,
  covers = { "untoc:13.1.a", "untoc:13.1.b" },
  text = {
    en = [[A State Party that has received a request from another State Party having jurisdiction over an offence covered by this Convention for confiscation of proceeds of crime, property, equipment or other instrumentalities referred to in Article 12(1), of this Convention situated in its territory shall, to the greatest extent possible within its domestic legal system: (a) submit the request to its competent authorities for the purpose of obtaining an order of confiscation and, if such an order is granted, give effect to it; or (b) submit to its competent authorities, with a view to giving effect to it to the extent requested, an order of confiscation issued by a court in the territory of the requesting State Party in accordance with Article 12(1), of this Convention insofar as it relates to proceeds of crime, property, equipment or other instrumentalities referred to in Article 12(1), situated in the territory of the requested State Party.]],
    fr = [[Dans toute la mesure possible dans le cadre de son système juridique national, un État partie qui a reçu d'un autre État partie ayant compétence pour connaître d'une infraction visée par la présente convention une demande de confiscation du produit du crime, des biens, des matériels ou autres instruments visés au paragraphe 1 de l'article 12 de la présente convention, qui sont situés sur son territoire: a) transmet la demande à ses autorités compétentes en vue de faire prononcer une décision de confiscation et, si celle-ci intervient, la faire exécuter, ou b) transmet à ses autorités compétentes, afin qu'elle soit exécutée dans les limites de la demande, la décision de confiscation prise par un tribunal situé sur le territoire de l'État partie requérant conformément au paragraphe 1 de l'article 12 de la présente convention, pour ce qui est du produit du crime, des biens, des matériels ou autres instruments visés au paragraphe 1 de l'article 12 situés sur le territoire de l'État partie requis.]],
  },
  facts = { "confiscation_cooperation.domestic_order_on_request", "confiscation_cooperation.foreign_order_enforcement" },
  note = "Options (a) and (b) are alternatives: either one, available for requests from any State Party and covering proceeds, property of corresponding value and instrumentalities (art. 12(1)), meets the duty. A mechanism limited to some States or some offences is 'partly'. The chapeau's qualifier is an escape recorded under principles for untoc:13.1.",
  -- "(a) ...; or (b) ...": the State chooses its system (domestic order on
  -- the request, or enforcement of the foreign order); the UNODC legislative
  -- guide reads the paragraph as requiring at least one.  Both are accepted;
  -- when both exist, the finding names (a).
  check = function(ctx)
    local r = lx.foreign_confiscation_options(ctx, {
      en = "the submission of a foreign confiscation request to its competent authorities to obtain a domestic confiscation order, and the enforcement of that order",
      fr = "la transmission d'une demande de confiscation étrangère à ses autorités compétentes pour obtenir une décision de confiscation nationale, et l'exécution de cette décision" })
    if r.status == "partly_met" or r.status == "not_met" then
      local p = ctx:principle("untoc:13.1")
      if p then
        local why = lx.t({ en = " The State invokes the limits of its domestic legal system: {st}{s}. Paragraph 1 requires this cooperation only \"to the greatest extent possible within its domestic legal system\", so the shortcoming is explained rather than reported as a gap; reviewers should verify that the stated limit is genuine.",
                           fr = " L'État invoque les limites de son système juridique national : {st}{s}. Le paragraphe 1 n'exige cette coopération que « dans toute la mesure possible dans le cadre de son système juridique national » : la lacune est expliquée et non signalée comme un manquement ; les évaluateurs vérifieront que la limite invoquée est réelle." },
                         { st = p.statement, s = p.source and (" (" .. p.source .. ")") or "" })
        return ctx:met(append(r.explanation, why),
          { id = "greatest-extent-possible", en = "to the greatest extent possible within the domestic legal system (art. 13(1))",
            fr = "dans toute la mesure possible dans le cadre du système juridique national (art. 13, par. 1)" })
      end
    end
    return r
  end,
}

---------------------------------------------------------------------------
-- Paragraph 2: identification, tracing, freezing or seizure on request
---------------------------------------------------------------------------

obligation {
  ref = "untoc:13.2",
  level = "mandatory",
  title = { en = "Identification, tracing, freezing or seizure on a foreign request",
            fr = "Identification, localisation, gel ou saisie sur demande étrangère" },
  category = "confiscation",
  cluster = 4,
  text = {
    en = [[Following a request made by another State Party having jurisdiction over an offence covered by this Convention, the requested State Party shall take measures to identify, trace and freeze or seize proceeds of crime, property, equipment or other instrumentalities referred to in Article 12(1), of this Convention for the purpose of eventual confiscation to be ordered either by the requesting State Party or, pursuant to a request under paragraph 1 of this Article, by the requested State Party.]],
    fr = [[Lorsqu'une demande est faite par un autre État partie qui a compétence pour connaître d'une infraction visée par la présente convention, l'État partie requis prend des mesures pour identifier, localiser et geler ou saisir le produit du crime, les biens, les matériels ou les autres instruments visés au paragraphe 1 de l'article 12 de la présente convention, en vue d'une éventuelle confiscation à ordonner soit par l'État partie requérant, soit comme suite à une demande formulée en vertu du paragraphe 1 du présent article, par l'État partie requis.]],
  },
  facts = { "confiscation_cooperation.identification_tracing_on_request", "confiscation_cooperation.freezing_seizure_on_request" },
  note = "Both limbs are required: identifying and tracing, and freezing or seizing. Freezing or seizure must serve a confiscation to be ordered abroad as well as one ordered on a request under 13(1); a measure available only for one of them is 'partly'.",
  check = function(ctx)
    return required_limbs(ctx, {
      { path = "confiscation_cooperation.identification_tracing_on_request",
        what = { en = "the identification and tracing, on a foreign request, of proceeds, property or instrumentalities with a view to their confiscation",
                 fr = "l'identification et la localisation, sur demande étrangère, du produit, des biens ou des instruments en vue de leur confiscation" } },
      { path = "confiscation_cooperation.freezing_seizure_on_request",
        what = { en = "the freezing or seizure, on a foreign request, of proceeds, property or instrumentalities with a view to their eventual confiscation",
                 fr = "le gel ou la saisie, sur demande étrangère, du produit, des biens ou des instruments en vue de leur confiscation éventuelle" } },
    })
  end,
}

---------------------------------------------------------------------------
-- Paragraph 5: copies of laws to the Secretary-General
---------------------------------------------------------------------------

-- As for art. 6(2)(d): a profile that lists notifications is taken to list
-- them all; one that lists none leaves the question open.  "Any subsequent
-- changes": a law giving effect to art. 13 that entered into force, or was
-- repealed, after the latest communication (and by the as-of date) is a
-- change not yet communicated, as far as the profile shows.
obligation {
  ref = "untoc:13.5",
  level = "mandatory",
  title = { en = "Copies of the laws giving effect to article 13 to the UN Secretary-General",
            fr = "Communication au Secrétaire général de l'ONU des lois donnant effet à l'article 13" },
  category = "implementation",
  cluster = 4,
  text = {
    en = [[Each State Party shall furnish copies of its laws and regulations that give effect to this Article and of any subsequent changes to such laws and regulations or a description thereof to the Secretary-General of the United Nations.]],
    fr = [[Chaque État partie remet au secrétaire général de l'Organisation des Nations unies une copie de ses lois et règlements qui donnent effet au présent article ainsi qu'une copie de toute modification ultérieurement apportée à ces lois et règlements ou une description de ces lois, règlements et modifications ultérieures.]],
  },
  facts = IMPLEMENTING,
  check = function(ctx)
    return lx.copies_of_laws(ctx, "untoc:13.5", IMPLEMENTING, { en = "art. 13", fr = "l'art. 13" })
  end,
}

---------------------------------------------------------------------------
-- Paragraph 6: the Convention as treaty basis (conditional)
---------------------------------------------------------------------------

obligation {
  ref = "untoc:13.6",
  level = "mandatory",
  title = { en = "The Convention as the necessary and sufficient treaty basis for confiscation cooperation",
            fr = "La Convention comme base conventionnelle nécessaire et suffisante de la coopération aux fins de confiscation" },
  category = "confiscation",
  cluster = 4,
  text = {
    en = [[If a State Party elects to make the taking of the measures referred to in paragraphs 1 and 2 of this Article conditional on the existence of a relevant treaty, that State Party shall consider this Convention the necessary and sufficient treaty basis.]],
    fr = [[Si un État partie décide de subordonner l'adoption des mesures visées aux paragraphes 1 et 2 à l'existence d'un traité en la matière, il considère la présente convention comme une base conventionnelle nécessaire et suffisante.]],
  },
  facts = { "confiscation_cooperation.treaty_basis" },
  -- Condition: the State makes confiscation, tracing, freezing or seizure on
  -- request conditional on a treaty (treaty_required = true), for any of
  -- those measures.  Then the Convention must serve as that treaty: adopted.
  check = function(ctx)
    return lx.confiscation_treaty_basis(ctx)
  end,
}

---------------------------------------------------------------------------
-- Paragraph 7: refusal when the offence is not covered (optional)
---------------------------------------------------------------------------

obligation {
  ref = "untoc:13.7",
  level = "optional",
  title = { en = "Refusal of cooperation where the offence is not covered by the Convention",
            fr = "Refus de coopérer lorsque l'infraction n'est pas visée par la Convention" },
  category = "confiscation",
  cluster = 4,
  text = {
    en = [[Cooperation under this Article may be refused by a State Party if the offence to which the request relates is not an offence covered by this Convention.]],
    fr = [[Un État partie peut refuser de donner suite à une demande de coopération en vertu du présent article dans le cas où l'infraction à laquelle elle se rapporte n'est pas une infraction visée par la présente convention.]],
  },
  facts = { "confiscation_cooperation.refusal_non_convention_offence" },
  -- Optional: a permission to refuse.  Reported for information (the State
  -- keeps or does not keep this ground); never a gap.  Other grounds of
  -- refusal come from art. 18 (mutatis mutandis, 13(3)) and are assessed there.
  check = function(ctx)
    return lx.measure_finding(ctx, "confiscation_cooperation.refusal_non_convention_offence", {
      what = { en = "a ground for refusing confiscation cooperation where the offence is not covered by the Convention",
               fr = "un motif de refus de la coopération aux fins de confiscation lorsque l'infraction n'est pas visée par la Convention" } })
  end,
}

---------------------------------------------------------------------------
-- Paragraph 9: treaties to enhance cooperation (consider)
---------------------------------------------------------------------------

obligation {
  ref = "untoc:13.9",
  level = "consider",
  title = { en = "Treaties, agreements or arrangements to enhance confiscation cooperation",
            fr = "Traités, accords ou arrangements pour renforcer la coopération aux fins de confiscation" },
  category = "confiscation",
  cluster = 4,
  text = {
    en = [[States Parties shall consider concluding bilateral or multilateral treaties, agreements or arrangements to enhance the effectiveness of international cooperation undertaken pursuant to this Article.]],
    fr = [[Les États parties envisagent de conclure des traités, accords ou arrangements bilatéraux ou multilatéraux afin de renforcer l'efficacité de la coopération internationale instaurée aux fins du présent article.]],
  },
  facts = { "confiscation_cooperation.agreements" },
  -- Met when the State has concluded such instruments, or shows it considered
  -- concluding them (considered = true).
  check = function(ctx)
    return lx.measure_finding(ctx, "confiscation_cooperation.agreements", {
      what = { en = "participation in bilateral or multilateral treaties, agreements or arrangements that enhance international cooperation for confiscation",
               fr = "la participation à des traités, accords ou arrangements bilatéraux ou multilatéraux renforçant la coopération internationale aux fins de confiscation" } })
  end,
}

not_encoded {
  ref = "untoc:13.3",
  reason = {
    en = "Article 18 applies mutatis mutandis: the duties it carries over are assessed in art18.lua; sub-paragraphs (a) to (c) set what a request must contain and bind the requesting State in each case, not the requested State's law.",
    fr = "L'article 18 s'applique mutatis mutandis : les obligations qu'il transpose sont évaluées dans art18.lua ; les alinéas a) à c) fixent le contenu d'une demande et lient l'État requérant dans chaque affaire, non le droit de l'État requis.",
  },
}
