-- Cybercrime Convention article 50 -- International cooperation for purposes
-- of confiscation (Coopération internationale aux fins de confiscation)
--
-- The twin of UNTOC art. 13, paragraph for paragraph (50(1)-(6), (9), (10)
-- = UNTOC 13(1)-(6), (8), (9)); 50(7) and 50(8) have no UNTOC twin (50(7)
-- allows refusal for a ground UNTOC 13(7) does not name).  One national fact
-- serves both treaties: the profile's `confiscation_cooperation` section
-- (rules/schema/cooperation-confiscation.lua) describes the procedures the
-- State opens to foreign confiscation requests, whatever the offence.  Where
-- a procedure is open only for some offences (e.g. those covered by UNTOC),
-- the measure's `missing` says so and the finding is partly met.  Where the
-- two treaties differ the Cybercrime Convention's own wording decides here:
-- the requesting State must have jurisdiction over "une infraction établie
-- conformément à la présente Convention" (arts 7-16, with 17-19), and the
-- property is that of its art. 31(1).
--
-- Encoded:
--   50(1) mandatory ("transmet"), "dans toute la mesure possible dans le
--         cadre de son système juridique interne" an escape (principles,
--         cybercrime:50.1), not a lower level; (a) or (b): either option meets
--         it.  Twin: untoc:13.1.
--   50(2) mandatory ("prend des mesures"): identify, trace AND freeze or
--         seize.  Twin: untoc:13.2.
--   50(5) mandatory ("remet"): copies of the laws giving effect to art. 50
--         to the Secretary-General: a notification under cybercrime:50.5,
--         distinct from UNTOC's (a copy sent under UNTOC 13(5) is not one
--         under this Convention).  Twin: untoc:13.5.
--   50(6) mandatory and conditional ("il considère" = regards as): twin
--         untoc:13.6, the same fact (a State that requires a treaty for one
--         requires it for both).
--   50(7) optional ("peut aussi être refusée ... peuvent être levées"):
--         refusal or lifting for lack of timely evidence or minimal value.
--         UNTOC 13(7) is a different ground (offence not covered); new fact,
--         and no twin.
--   50(8) mandatory, qualified ("donne, si possible, ... la faculté de
--         présenter ses arguments"): an opportunity to the requesting State
--         before lifting a provisional measure.  "Si possible" is an escape,
--         not a lower level.  No UNTOC twin (UNCAC 55(8) has it).
--   50(10) consider ("envisagent de conclure").  Twin: untoc:13.9.
--
-- Not encoded (see the declarations at the end): 50(3) (art. 40 applies
-- mutatis mutandis; the content of requests binds the requesting State),
-- 50(4) (execution under domestic law: a saving clause), 50(9) (rule of
-- construction for bona fide third parties).
--
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

-- The qualifier of a paragraph, explained when the State records the limit
-- of its legal system under principles for ref (lx.principle_escape).
local function escape(ctx, r, ref, words)
  return lx.principle_escape(ctx, r, ref, words,
    { id = "domestic-limit", en = "within the limits of the domestic legal system", fr = "dans les limites du système juridique interne" })
end

-- The laws that give effect to art. 50 (read by 50(5) for later changes).
local IMPLEMENTING = {
  "confiscation_cooperation.domestic_order_on_request",
  "confiscation_cooperation.foreign_order_enforcement",
  "confiscation_cooperation.identification_tracing_on_request",
  "confiscation_cooperation.freezing_seizure_on_request",
  "confiscation_cooperation.treaty_basis",
}

obligation {
  ref = "cybercrime:50.1",
  twin = "untoc:13.1",
  level = "mandatory",
  title = { en = "Acting on foreign confiscation requests: a domestic order or enforcement of the foreign order",
            fr = "Suite donnée aux demandes de confiscation étrangères : décision nationale ou exécution de la décision étrangère" },
  category = "confiscation",
  cluster = 5,
  covers = { "cybercrime:50.1.a", "cybercrime:50.1.b" },
  text = {
    fr = [[Dans toute la mesure possible dans le cadre de son système juridique interne, un État partie qui a reçu d'un autre État partie ayant compétence pour connaître d'une infraction établie conformément à la présente Convention une demande de confiscation du produit du crime, des biens, des matériels ou autres instruments visés au paragraphe 1 de l'article 31 de la présente Convention, qui sont situés sur son territoire : a) Transmet la demande à ses autorités compétentes en vue de faire prononcer une décision de confiscation et, si celle-ci intervient, de la faire exécuter ; ou b) Transmet à ses autorités compétentes, afin qu'elle soit exécutée dans les limites de la demande, la décision de confiscation prise par un tribunal situé sur le territoire de l'État partie requérant conformément au paragraphe 1 de l'article 31 de la présente Convention, pour ce qui est du produit du crime, des biens, des matériels ou autres instruments situés sur le territoire de l'État partie requis.]],
    en = [[To the greatest extent possible within its domestic legal system, a State Party that has received a request from another State Party having jurisdiction over an offence established in accordance with this Convention for confiscation of proceeds of crime, property, equipment or other instrumentalities referred to in article 31, paragraph 1, of this Convention situated in its territory shall: (a) Submit the request to its competent authorities for the purpose of obtaining an order of confiscation and, if such an order is granted, give effect to it; or (b) Submit to its competent authorities, with a view to giving effect to it to the extent requested, an order of confiscation issued by a court in the territory of the requesting State Party in accordance with article 31, paragraph 1, of this Convention insofar as it relates to proceeds of crime, property, equipment or other instrumentalities situated in the territory of the requested State Party.]],
  },
  facts = { "confiscation_cooperation.domestic_order_on_request", "confiscation_cooperation.foreign_order_enforcement" },
  note = "Twin of untoc:13.1 (same facts). Options (a) and (b) are alternatives; a procedure closed to requests concerning the Convention's offences is 'partly' (its missing list says so). The chapeau's qualifier is an escape recorded under principles for cybercrime:50.1.",
  check = function(ctx)
    local r = lx.foreign_confiscation_options(ctx, {
      en = "the submission of a foreign confiscation request concerning an offence established under the Convention to its competent authorities to obtain a domestic confiscation order, and the enforcement of that order",
      fr = "la transmission d'une demande de confiscation étrangère portant sur une infraction établie conformément à la Convention à ses autorités compétentes pour obtenir une décision de confiscation nationale, et l'exécution de cette décision" })
    return escape(ctx, r, "cybercrime:50.1",
      { en = "\"to the greatest extent possible within its domestic legal system\"", fr = "« dans toute la mesure possible dans le cadre de son système juridique interne »" })
  end,
}

obligation {
  ref = "cybercrime:50.2",
  twin = "untoc:13.2",
  level = "mandatory",
  title = { en = "Identification, tracing, freezing or seizure on a foreign request",
            fr = "Identification, localisation, gel ou saisie sur demande étrangère" },
  category = "confiscation",
  cluster = 5,
  text = {
    fr = [[Lorsqu'une demande est faite par un autre État partie qui a compétence pour connaître d'une infraction établie conformément à la présente Convention, l'État partie requis prend des mesures pour identifier, localiser et geler ou saisir le produit du crime, les biens, les matériels ou les autres instruments visés au paragraphe 1 de l'article 31 de la présente Convention, en vue d'une confiscation ultérieure à ordonner soit par l'État partie requérant, soit, comme suite à une demande faite en vertu du paragraphe 1 du présent article, par l'État partie requis.]],
    en = [[Following a request made by another State Party having jurisdiction over an offence established in accordance with this Convention, the requested State Party shall take measures to identify, trace and freeze or seize proceeds of crime, property, equipment or other instrumentalities referred to in article 31, paragraph 1, of this Convention for the purpose of eventual confiscation to be ordered either by the requesting State Party or, pursuant to a request under paragraph 1 of this article, by the requested State Party.]],
  },
  facts = { "confiscation_cooperation.identification_tracing_on_request", "confiscation_cooperation.freezing_seizure_on_request" },
  note = "Twin of untoc:13.2 (same facts). Both limbs are required.",
  check = function(ctx)
    return lx.all_of(ctx, {
      { path = "confiscation_cooperation.identification_tracing_on_request",
        what = { en = "the identification and tracing, on a foreign request, of proceeds, property or instrumentalities with a view to their confiscation",
                 fr = "l'identification et la localisation, sur demande étrangère, du produit, des biens ou des instruments en vue de leur confiscation" } },
      { path = "confiscation_cooperation.freezing_seizure_on_request",
        what = { en = "the freezing or seizure, on a foreign request, of proceeds, property or instrumentalities with a view to their eventual confiscation",
                 fr = "le gel ou la saisie, sur demande étrangère, du produit, des biens ou des instruments en vue de leur confiscation ultérieure" } },
    })
  end,
}

obligation {
  ref = "cybercrime:50.5",
  twin = "untoc:13.5",
  level = "mandatory",
  title = { en = "Copies of the laws giving effect to article 50 to the UN Secretary-General",
            fr = "Communication au Secrétaire général de l'ONU des lois donnant effet à l'article 50" },
  category = "implementation",
  cluster = 5,
  text = {
    fr = [[Chaque État partie remet au Secrétaire général ou à la Secrétaire générale de l'Organisation des Nations Unies une copie de ses lois et règlements qui donnent effet au présent article ainsi qu'une copie de toute modification ultérieurement apportée à ces lois et règlements ou une description de ces lois, règlements et modifications ultérieures.]],
    en = [[Each State Party shall furnish copies of its laws and regulations that give effect to this article and of any subsequent changes to such laws and regulations, or a description thereof, to the Secretary-General of the United Nations.]],
  },
  facts = IMPLEMENTING,
  note = "Twin of untoc:13.5, but a communication of its own: the notification is listed under cybercrime:50.5.",
  check = function(ctx)
    return lx.copies_of_laws(ctx, "cybercrime:50.5", IMPLEMENTING, { en = "art. 50", fr = "l'art. 50" }, {
      instrument = { en = " of the Cybercrime Convention", fr = " de la Convention sur la cybercriminalité" },
      other = { en = " (a communication under UNTOC art. 13(5) does not count for this Convention)",
                fr = " (une communication au titre de l'art. 13, par. 5, de la CTO ne vaut pas pour la présente Convention)" } })
  end,
}

obligation {
  ref = "cybercrime:50.6",
  twin = "untoc:13.6",
  level = "mandatory",
  title = { en = "The Convention as the necessary and sufficient treaty basis for confiscation cooperation",
            fr = "La Convention comme base conventionnelle nécessaire et suffisante de la coopération aux fins de confiscation" },
  category = "confiscation",
  cluster = 5,
  text = {
    fr = [[Si un État partie décide de subordonner l'adoption des mesures visées aux paragraphes 1 et 2 du présent article à l'existence d'un traité en la matière, il considère la présente Convention comme une base conventionnelle nécessaire et suffisante.]],
    en = [[If a State Party elects to make the taking of the measures referred to in paragraphs 1 and 2 of this article conditional on the existence of a relevant treaty, that State Party shall consider this Convention the necessary and sufficient treaty basis.]],
  },
  facts = { "confiscation_cooperation.treaty_basis" },
  note = "Twin of untoc:13.6 (same fact). 'Il considère ... comme' means 'regards as': a duty, not a duty to consider. The fact is read for this Convention: a State that accepts UNTOC alone as a basis records 'partly' with this Convention under missing.",
  check = function(ctx)
    return lx.confiscation_treaty_basis(ctx)
  end,
}

obligation {
  ref = "cybercrime:50.7",
  -- No twin: UNTOC 13(7) lets a State refuse because the offence is not
  -- covered by that Convention, a different permission; naming it would show
  -- this finding beside UNTOC 13(7)'s in every report (review-latea).
  level = "optional",
  title = { en = "Refusal or lifting of provisional measures for lack of timely evidence or minimal value",
            fr = "Refus ou levée des mesures conservatoires faute de preuves en temps voulu ou pour valeur minime" },
  category = "confiscation",
  cluster = 5,
  text = {
    fr = [[La coopération en vertu du présent article peut aussi être refusée ou les mesures conservatoires peuvent être levées si l'État partie requis ne reçoit pas en temps voulu des preuves suffisantes ou si le bien est de valeur minime.]],
    en = [[Cooperation under this article may also be refused or provisional measures lifted if the requested State Party does not receive sufficient and timely evidence or if the property is of a de minimis value.]],
  },
  facts = { "confiscation_cooperation.refusal_insufficient_evidence_minimal_value" },
  note = "A permission: informational only, never a gap. UNTOC 13(7) allows a different ground (offence not covered): no shared fact.",
  check = function(ctx)
    return lx.measure_finding(ctx, "confiscation_cooperation.refusal_insufficient_evidence_minimal_value", {
      what = { en = "a ground for refusing confiscation cooperation, or lifting provisional measures, where sufficient evidence is not received in time or the property is of minimal value",
               fr = "un motif de refus de la coopération aux fins de confiscation, ou de levée des mesures conservatoires, lorsque des preuves suffisantes ne sont pas reçues en temps voulu ou que le bien est de valeur minime" } })
  end,
}

obligation {
  ref = "cybercrime:50.8",
  level = "mandatory",
  title = { en = "Hearing the requesting State before lifting a provisional measure",
            fr = "Faculté pour l'État requérant de présenter ses arguments avant la levée d'une mesure conservatoire" },
  category = "confiscation",
  cluster = 5,
  text = {
    fr = [[Avant de lever toute mesure conservatoire prise en application du présent article, l'État partie requis donne, si possible, à l'État partie requérant la faculté de présenter ses arguments en faveur du maintien de la mesure.]],
    en = [[Before lifting any provisional measure taken pursuant to this article, the requested State Party shall, wherever possible, give the requesting State Party an opportunity to present its reasons in favour of continuing the measure.]],
  },
  facts = { "confiscation_cooperation.hearing_before_lifting" },
  note = "'Donne' (present indicative) is a duty; 'si possible' opens an escape recorded under principles for cybercrime:50.8, it does not lower the level. No UNTOC twin.",
  check = function(ctx)
    local r = lx.measure_finding(ctx, "confiscation_cooperation.hearing_before_lifting", {
      what = { en = "an opportunity for the requesting State to present its reasons for continuing a provisional measure before the measure is lifted",
               fr = "la faculté pour l'État requérant de présenter ses arguments en faveur du maintien d'une mesure conservatoire avant sa levée" } })
    return escape(ctx, r, "cybercrime:50.8", { en = "\"wherever possible\"", fr = "« si possible »" })
  end,
}

obligation {
  ref = "cybercrime:50.10",
  twin = "untoc:13.9",
  level = "consider",
  title = { en = "Treaties, agreements or arrangements to enhance confiscation cooperation",
            fr = "Traités, accords ou arrangements pour renforcer la coopération aux fins de confiscation" },
  category = "confiscation",
  cluster = 5,
  text = {
    fr = [[Les États parties envisagent de conclure des traités, accords ou arrangements bilatéraux ou multilatéraux afin de renforcer l'efficacité de la coopération internationale instaurée aux fins du présent article.]],
    en = [[States Parties shall consider concluding bilateral or multilateral treaties, agreements or arrangements to enhance the effectiveness of international cooperation undertaken pursuant to this article.]],
  },
  facts = { "confiscation_cooperation.agreements" },
  note = "Twin of untoc:13.9 (same fact): instruments on confiscation cooperation, or a documented consideration, meet it.",
  check = function(ctx)
    return lx.measure_finding(ctx, "confiscation_cooperation.agreements", {
      what = { en = "participation in bilateral or multilateral treaties, agreements or arrangements that enhance international cooperation for confiscation",
               fr = "la participation à des traités, accords ou arrangements bilatéraux ou multilatéraux renforçant la coopération internationale aux fins de confiscation" } })
  end,
}

not_encoded {
  ref = "cybercrime:50.3",
  reason = {
    en = "Article 40 applies mutatis mutandis: the duties it carries over are assessed under art. 40; sub-paragraphs (a) to (c) set what a request must contain and bind the requesting State in each case, not the requested State's law (as UNTOC 13(3)).",
    fr = "L'article 40 s'applique mutatis mutandis : les obligations qu'il transpose sont évaluées au titre de l'art. 40 ; les alinéas a) à c) fixent le contenu d'une demande et lient l'État requérant dans chaque affaire, non le droit de l'État requis (comme l'art. 13, par. 3, de la CTO).",
  },
}

not_encoded {
  ref = "cybercrime:50.4",
  reason = {
    en = "Saving clause on how requests are executed (under domestic law, procedural rules and applicable treaties); it does not excuse the absence of the procedures that paragraphs 1 and 2 require (as UNTOC 13(4)).",
    fr = "Clause de sauvegarde sur l'exécution des demandes (selon le droit interne, les règles de procédure et les traités applicables) ; elle n'excuse pas l'absence des procédures qu'exigent les paragraphes 1 et 2 (comme l'art. 13, par. 4, de la CTO).",
  },
}

not_encoded {
  ref = "cybercrime:50.9",
  reason = {
    en = "Rule of construction protecting bona fide third parties: it limits what the article requires and obliges no measure (as UNTOC 13(8)).",
    fr = "Règle d'interprétation protégeant les tiers de bonne foi : elle limite ce que l'article exige et n'impose aucune mesure (comme l'art. 13, par. 8, de la CTO).",
  },
}
