-- UNTOC article 18 -- Mutual legal assistance
--
-- Article 18 is the longest article of the Convention (30 paragraphs).  Its
-- facts are in rules/schema/mutual-legal-assistance.lua (section
-- `mutual_legal_assistance`); the notifications of paragraphs 13 and 14 are
-- entries of the top-level `notifications` list (untoc:18.13, untoc:18.14).
--
-- How the article works.  Paragraphs 1 to 8 and 30 bind every State Party.
-- Paragraphs 9 to 29 are the rules that govern requests between States
-- Parties that are NOT bound by a mutual legal assistance treaty (para. 7).
-- Every State Party has such partners, so each of those paragraphs is a rule
-- its law and practice must be able to apply; they are encoded here as
-- standing requirements of the State, not as conditional on the absence of a
-- treaty with one particular partner.  Where a paragraph only describes what
-- happens in an individual request, with nothing the State must have in
-- place beforehand, it is not encoded (list below).
--
-- Levels (DOMAIN.md section 2), from the wording of both authentic texts:
--   18(1)   "shall afford" / "s'accordent": mandatory.
--   18(2)   "shall be afforded to the fullest extent possible under relevant
--           laws" / "est accordée, autant que les lois ... le permettent":
--           mandatory; the qualifier is an escape the State records under
--           `principles` for untoc:18.2 (explained, option
--           "fullest-extent-possible"), not a lower level.
--   18(3)   "may be requested for any of the following purposes" / "peut être
--           demandée aux fins suivantes": the "may" gives the REQUESTING State
--           the right to ask for each form of assistance; read with the duty
--           of paragraph 1 ("the widest measure"), it obliges the requested
--           State to be able to provide each of them.  The UNODC legislative
--           guide lists the forms of paragraph 3 among the mandatory
--           requirements of article 18.  Mandatory, one obligation per
--           sub-paragraph (a) to (i); (i) carries its own limit ("not
--           contrary to the domestic law").
--   18(4)   "may, without prior request, transmit" / "peuvent ... communiquer":
--           optional.
--   18(5)   "shall comply with a request that said information remain
--           confidential ... or with restrictions on its use" / "accèdent à
--           toute demande": mandatory for the receiving State.  Its first and
--           third sentences are saving clauses; the notice before disclosing
--           exculpatory information is part of the same duty.
--   18(7)   "Paragraphs 9 to 29 ... shall apply" / "sont applicables":
--           mandatory: the State must be able to assist a State Party with
--           which it has no treaty, applying those paragraphs (by direct
--           application of the Convention or through national law: both
--           options are accepted and named).
--   18(8)   "shall not decline ... on the ground of bank secrecy" / "ne
--           peuvent invoquer le secret bancaire": a prohibition, mandatory.
--   18(9)   "may decline ... on the ground of absence of dual criminality" and
--           "may ... provide assistance ... irrespective of" dual criminality
--           / "peuvent invoquer", "peut néanmoins": two options, two
--           obligations at level optional (clauses "refusal" and
--           "discretion").  Unlike UNCAC art. 46(9)(b), UNTOC art. 18(9)
--           contains NO duty to render non-coercive assistance in the absence
--           of dual criminality: both sentences are permissive.
--   18(10)  "may be transferred if the following conditions are met" / "peut
--           faire l'objet d'un transfert": optional (no State must transfer or
--           receive detained persons).
--   18(11)  "For the purposes of paragraph 10": (a) "shall have the authority
--           and obligation to keep the person transferred in custody" / "a le
--           pouvoir et l'obligation"; (b) "shall without delay implement its
--           obligation to return"; (c) "shall not require ... extradition
--           proceedings" / "ne peut exiger"; (d) "shall receive credit" / "il
--           est tenu compte": mandatory, but binding only a State that takes
--           part in transfers under paragraph 10: (a), (b), (c) the State that
--           receives the person (condition: detained_persons.incoming), (d)
--           the State that sends him or her (condition: outgoing).  Not
--           applicable when the State neither receives nor sends.  (b) is a
--           duty of conduct in the individual transfer; the standing measure
--           it needs, a return without extradition proceedings, is the one
--           (c) requires, so one obligation (ref 18.11.c) covers both.
--   18(12)  "shall not be prosecuted, detained, punished" / "ne sera pas
--           poursuivie": mandatory for the receiving State (condition:
--           incoming); a guarantee national law must give.
--   18(13)  "shall designate a central authority" / "désigne" and "The
--           Secretary-General ... shall be notified" / "fait l'objet d'une
--           notification": mandatory; the designation (national measure) and
--           its notification (untoc:18.13) are both required, one without the
--           other is partly met.
--   18(14)  second sentence, "shall be notified of the language or languages"
--           / "sont notifiées": mandatory (clause "languages", notification
--           untoc:18.14); third sentence, "requests may be made orally" / "les
--           demandes peuvent être faites oralement": optional (clause "oral").
--   18(17)  "A request shall be executed in accordance with the domestic law
--           ... and, to the extent not contrary to the domestic law ... and
--           where possible, in accordance with the procedures specified in
--           the request" / "Toute demande est exécutée": mandatory, with a
--           qualifier the State may record under `principles` for
--           untoc:18.17 (option "contrary-to-domestic-law").
--   18(18)  "Wherever possible and consistent with fundamental principles of
--           domestic law ... may ... permit the hearing to take place by
--           video conference" / "peut ... autoriser": optional.  The
--           qualifiers limit the option further: a State that has not adopted
--           it and records a fundamental principle for untoc:18.18 is
--           not_applicable (the option is not open to it).  The Working
--           Group on International Cooperation recommends it (good practice).
--   18(19)  "shall not transmit or use information or evidence ... other than
--           those stated in the request without the prior consent" / "ne
--           communique ni n'utilise": a prohibition binding the State as
--           requesting State, mandatory.  Same fact as 18(5): whether national
--           authorities are bound by the conditions attached by the foreign
--           State to what it provides.
--   18(21)  "may be refused" / "peut être refusée": optional; the finding
--           names the grounds of (a)-(d) national law retains, and flags
--           grounds outside the list for reviewers.
--   18(22)  "may not refuse ... on the sole ground that the offence is also
--           considered to involve fiscal matters" / "ne peuvent refuser": a
--           prohibition, mandatory.
--   18(23)  "Reasons shall be given for any refusal" / "doit être motivé":
--           mandatory.
--   18(24)  "shall execute the request ... as soon as possible ... shall
--           respond to reasonable requests ... on progress" / "exécute ...
--           répond": mandatory for the requested State (its third sentence
--           binds the requesting State in the individual case: not encoded).
--   18(25)  "may be postponed" / "peut être différée": optional.
--   18(26)  "shall consult with the requesting State Party" / "étudie avec
--           l'État partie requérant": mandatory.
--   18(27)  "shall not be prosecuted, detained, punished" / "ne sera pas
--           poursuivi": mandatory for the State as requesting State; the safe
--           conduct is a guarantee national law must be able to give.
--   18(29)  (a) "shall provide ... copies of government records ... available
--           to the general public" / "fournit": mandatory; (b) "may, at its
--           discretion, provide" / "peut, à son gré": optional.
--   18(30)  "shall consider, as may be necessary, the possibility of
--           concluding" / "envisagent, s'il y a lieu": consider.
-- Obligations of paragraphs 23, 24 and 26 concern the handling of requests;
-- what a State must have in place for them is a rule or an established
-- practice of its central authority (reasoned refusals, a system to track
-- deadlines and answer inquiries on progress, consultation before refusal),
-- and the facts ask for either, as for art. 15(5).
--
-- Not encoded as obligations:
--   18(6)   saving clause: "shall not affect the obligations under any other
--           treaty"; it imposes nothing.
--   18(7)   second sentence (the treaty binding two States applies unless
--           they agree otherwise): a rule of application between
--           instruments; third sentence ("strongly encouraged to apply these
--           paragraphs"): an encouragement, no duty (neither "shall" nor
--           "shall endeavour").
--   18(11)(b) covered by the obligation on 18(11)(c) (see above).
--   18(13)  second sentence ("may designate a distinct central authority"
--           for a special region or territory with a separate system):
--           concerns only such States; optional; recorded, if relevant, in
--           the note of central_authority.  Last two sentences (requests go
--           to the central authorities, without prejudice to a State's right
--           to require the diplomatic channel or, in urgency, INTERPOL):
--           channels of transmission in the individual case and an option of
--           the State, nothing to adopt.
--   18(14)  first sentence (requests in writing or by any means producing a
--           written record, in an acceptable language, authenticated): the
--           form of requests, addressed to the requesting State.
--   18(15)  content of a request: addressed to the requesting State;
--           procedural mechanics of the request.
--   18(16)  "may request additional information": a step in the individual
--           request, no measure to adopt.
--   18(20)  the requesting State "may require" confidentiality; the requested
--           State is not bound to keep the request confidential, only to
--           "promptly inform" the requesting State when it cannot: conduct in
--           the individual case, no standing measure.
--   18(24)  third sentence (the requesting State informs when the assistance
--           is no longer required): conduct in the individual case.
--   18(28)  costs: an allocation between the States concerned in each case
--           ("unless otherwise agreed"; consultation on extraordinary
--           expenses); no national measure is required.

---------------------------------------------------------------------------
-- Provisions left out on purpose (see the list above), declared for
-- `lexgap coverage`.  Parts of paragraphs that are otherwise encoded (18(7)
-- second and third sentences, 18(13) second and last sentences, 18(14) first
-- sentence, 18(24) third sentence) are explained in the header only; 18(11)(b)
-- is covered by the obligation on 18(11)(c).
---------------------------------------------------------------------------

not_encoded {
  ref = "untoc:18.6",
  reason = { en = "Saving clause: article 18 does not affect the obligations under other treaties on mutual legal assistance; it imposes no measure.",
             fr = "Clause de sauvegarde : l'article 18 n'affecte pas les obligations découlant d'autres traités d'entraide judiciaire ; elle n'impose aucune mesure." },
}

not_encoded {
  ref = "untoc:18.15",
  reason = { en = "Content of a request (a) to (f): addressed to the requesting State in each request; procedural mechanics that call for no legislative or administrative measure of the State.",
             fr = "Contenu d'une demande, a) à f) : s'adresse à l'État requérant pour chaque demande ; mécanique procédurale qui n'appelle aucune mesure législative ou administrative de l'État." },
}

not_encoded {
  ref = "untoc:18.16",
  reason = { en = "The requested State may ask for additional information: a step in the individual request, with no measure to adopt.",
             fr = "L'État requis peut demander un complément d'information : étape de la demande individuelle, sans mesure à adopter." },
}

not_encoded {
  ref = "untoc:18.20",
  reason = { en = "The requesting State may require confidentiality; the requested State is not bound to keep the request confidential, only to inform the requesting State promptly when it cannot: conduct in the individual case, no standing measure.",
             fr = "L'État requérant peut exiger le secret ; l'État requis n'est pas tenu de garder le secret, seulement d'informer sans délai l'État requérant lorsqu'il ne le peut pas : conduite dans le cas individuel, sans mesure permanente." },
}

not_encoded {
  ref = "untoc:18.28",
  reason = { en = "Costs: allocation between the States concerned in each request (ordinary costs borne by the requested State unless otherwise agreed; consultation on extraordinary expenses); no national measure is required.",
             fr = "Frais : répartition entre les États concernés pour chaque demande (frais ordinaires à la charge de l'État requis sauf accord contraire ; consultation sur les dépenses extraordinaires) ; aucune mesure nationale n'est requise." },
}

local MLA = "mutual_legal_assistance."

---------------------------------------------------------------------------
-- Shared helpers (plain Lua; the checks below stay short).
---------------------------------------------------------------------------

local function append(a, b) return { en = a.en .. b.en, fr = a.fr .. b.fr } end
local EMPTY = { en = "", fr = "" }

-- A measure of the section, as lx.measure_finding reports it.
local function measure(ctx, field, what)
  local r = lx.measure_finding(ctx, MLA .. field, { what = what })
  r.what = what
  return r
end

-- Several limbs that are ALL required.  `results` are findings (or plain
-- tables { status, explanation, missing }) for each limb.
--   every limb met                  -> met
--   any limb unknown                -> unknown (established shortcomings listed)
--   every limb not met              -> not_met
--   otherwise                       -> partly_met
local function all_required(ctx, results, extra)
  local texts, missing, n = {}, {}, { met = 0, partly_met = 0, not_met = 0, unknown = 0 }
  for i, r in ipairs(results) do
    texts[i] = r.explanation
    n[r.status] = (n[r.status] or 0) + 1
    for _, m in ipairs(r.missing or {}) do missing[#missing + 1] = m end
    if r.status == "partly_met" and #(r.missing or {}) == 0 then
      missing[#missing + 1] = lx.t({ en = "{w}: implemented only in part (the profile does not say what is missing)",
                                     fr = "{w} : mise en œuvre partielle (le profil ne précise pas ce qui manque)" }, { w = r.what or { en = "a required element", fr = "un élément requis" } })
    end
  end
  if n.unknown > 0 then
    -- an unknown finding starts with why it is unknown: the open limbs first
    local open = {}
    for _, r in ipairs(results) do if r.status == "unknown" then open[#open + 1] = r.explanation end end
    for _, r in ipairs(results) do if r.status ~= "unknown" then open[#open + 1] = r.explanation end end
    texts = open
  end
  local expl = lx.join(texts, { en = " ", fr = " " }, { en = " ", fr = " " })
  if extra then expl = append(expl, extra) end
  if n.met == #results then return ctx:met(expl) end
  if n.unknown > 0 then return ctx:unknown(expl, missing) end
  if n.not_met == #results then return ctx:not_met(expl, missing) end
  return ctx:partly(expl, missing)
end

-- A notification to the Secretary-General under `ref`, as a limb result.
-- Without a `notifications` list the State's notifications are unknown; with
-- one, the profile is taken to list them all (docs/profile.md 10.3).
local function notification_limb(ctx, ref, what, question)
  local all = ctx:fact("notifications")
  if all == nil then
    ctx:ask("notifications", question)
    return { status = "unknown",
             explanation = lx.t({ en = "The profile does not list the State's notifications to the Secretary-General, so whether it was notified of {w} is not known.",
                                  fr = "Le profil ne recense pas les notifications de l'État au Secrétaire général ; on ignore donc si celui-ci a reçu notification de {w}." }, { w = what }),
             missing = {} }
  end
  local n = ctx:notification(ref)
  if n == nil then
    return { status = "not_met",
             explanation = lx.t({ en = "The Secretary-General has not been notified of {w} (no notification under {r} in the profile by the assessment date).",
                                  fr = "Le Secrétaire général n'a pas reçu notification de {w} (aucune notification au titre de {r} dans le profil à la date d'évaluation)." }, { w = what, r = ref }),
             missing = { lx.t({ en = "notification of {w} to the Secretary-General of the United Nations",
                                fr = "la notification de {w} au Secrétaire général de l'Organisation des Nations Unies" }, { w = what }) } }
  end
  local content = n.content and lx.t({ en = " (content: «{c}»)", fr = " (teneur : « {c} »)" }, { c = n.content }) or EMPTY
  local timing = EMPTY
  local party = ctx:fact("parties.untoc")
  if party and party.deposited and n.date > party.deposited then
    timing = lx.t({ en = " The Convention asks for it at the deposit of the instrument of ratification, acceptance, approval or accession ({d}); it was made later, which no longer leaves a gap.",
                    fr = " La Convention la demande lors du dépôt de l'instrument de ratification, d'acceptation, d'approbation ou d'adhésion ({d}) ; elle a été faite plus tard, ce qui ne laisse plus de lacune." }, { d = party.deposited })
  end
  return { status = "met",
           explanation = append(lx.t({ en = "The Secretary-General was notified of {w} on {d}{c}.",
                                       fr = "Le Secrétaire général a reçu notification de {w} le {d}{c}." }, { w = what, d = n.date, c = content }), timing) }
end

-- Does the State take part in transfers of detained persons in the given
-- direction ("incoming": it receives them; "outgoing": it sends them)?
-- true / false / nil (unknown; the question is recorded by ctx:measure).
local function transfers(ctx, direction)
  local m = ctx:measure(MLA .. "detained_persons." .. direction)
  if m.state == "adopted" or m.state == "partly" then return true end
  if m.state == "not_adopted" then return false end
  return nil
end

local NOT_RECEIVING = {
  en = "National law provides no transfer of detained persons into the State under paragraph 10 (detained_persons.incoming not adopted); the duties paragraph 11(a) to (c) and paragraph 12 place on the State to which a person is transferred therefore never arise.",
  fr = "Le droit national ne prévoit aucun transfert de personnes détenues vers l'État au titre du paragraphe 10 (detained_persons.incoming non adopté) ; les obligations que les paragraphes 11 a) à c) et 12 imposent à l'État vers lequel une personne est transférée ne naissent donc jamais." }
local RECEIVING_UNKNOWN = {
  en = "Whether this duty binds the State depends on whether it receives detained persons transferred under paragraph 10, which the profile does not say.",
  fr = "L'applicabilité de cette obligation dépend de ce que l'État reçoit ou non des personnes détenues transférées au titre du paragraphe 10, ce que le profil n'indique pas." }

-- A duty of paragraph 11 or 12 that binds the State only if it takes part in
-- transfers in the given direction: not applicable if it does not; the
-- finding of check if it does.  Where the profile does not say, check is run
-- all the same: its met, unknown or not applicable finding is kept (the law
-- meets the paragraph should it bind the State), a not met or partly met one
-- turns into unknown, the paragraph possibly not binding the State (the
-- pattern of lx.if_nationals_refused).
local function if_transfers(ctx, direction, reason, unknown_text, check)
  local t = transfers(ctx, direction)
  if t == false then return ctx:not_applicable(reason) end
  local r = check(ctx)
  if t or r.status == "met" or r.status == "not_applicable" then return r end
  if r.status == "unknown" then
    return ctx:unknown(lx.t({ en = "{u} {e}", fr = "{u} {e}" }, { u = unknown_text, e = r.explanation }), r.missing)
  end
  return ctx:unknown(lx.t({ en = "{u} If it does: {e}", fr = "{u} Si tel est le cas : {e}" },
                          { u = unknown_text, e = lx.lower_first(r.explanation) }), r.missing)
end

-- A qualifier of the provision the State invokes (`principles`): the
-- established shortcoming is explained, not reported as a gap.
local function escape(ctx, r, ref, qualifier, option)
  if r.status ~= "partly_met" and r.status ~= "not_met" then return r end
  local p = ctx:principle(ref)
  if not p then return r end
  return ctx:met(append(r.explanation, lx.t({
    en = " The State invokes a limit of its domestic law: {st}{s}. The provision requires the measure only {q}, so the shortcoming is explained rather than reported as a gap; reviewers should verify that the stated limit is genuine.",
    fr = " L'État invoque une limite de son droit interne : {st}{s}. La disposition n'exige la mesure que {q} : la lacune est expliquée et non signalée comme un manquement ; les évaluateurs vérifieront que la limite invoquée est réelle." },
    { st = p.statement, s = p.source and (" (" .. p.source .. ")") or "", q = qualifier })), option)
end

---------------------------------------------------------------------------
-- Paragraphs 1 and 2: the duty to assist
---------------------------------------------------------------------------

obligation {
  ref = "untoc:18.1",
  level = "mandatory",
  title = { en = "The widest measure of mutual legal assistance",
            fr = "L'entraide judiciaire la plus large possible" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[States Parties shall afford one another the widest measure of mutual legal assistance in investigations, prosecutions and judicial proceedings in relation to the offences covered by this Convention as provided for in Article 3 and shall reciprocally extend to one another similar assistance where the requesting State Party has reasonable grounds to suspect that the offence referred to in Article 3(1)(a) or (b), is transnational in nature, including that victims, witnesses, proceeds, instrumentalities or evidence of such offences are located in the requested State Party and that the offence involves an organised criminal group.]],
    fr = [[Les États parties s'accordent mutuellement l'entraide judiciaire la plus large possible lors des enquêtes, poursuites et procédures judiciaires concernant les infractions visées par la présente convention, comme prévu à l'article 3, et s'accordent réciproquement une entraide similaire lorsque l'État partie requérant a des motifs raisonnables de soupçonner que l'infraction visée à l'article 3, paragraphe 1, point a) ou b), est de nature transnationale, y compris quand les victimes, les témoins, le produit, les instruments ou les éléments de preuve de ces infractions se trouvent dans l'État partie requis et qu'un groupe criminel organisé y est impliqué.]],
  },
  facts = { "mutual_legal_assistance.legal_basis" },
  note = "A legal basis limited to some of the offences covered (art. 3: the offences of arts 5, 6, 8 and 23 and serious crime), or one that requires proof rather than reasonable grounds to suspect transnationality and the involvement of an organized criminal group, is entered as adopted = \"partly\" with `missing`.",
  check = function(ctx)
    return measure(ctx, "legal_basis",
      { en = "a legal basis to afford mutual legal assistance in investigations, prosecutions and judicial proceedings for the offences covered by the Convention, including on reasonable grounds to suspect that the offence is transnational and involves an organized criminal group",
        fr = "une base légale pour accorder l'entraide judiciaire lors des enquêtes, poursuites et procédures judiciaires concernant les infractions visées par la Convention, y compris sur des motifs raisonnables de soupçonner que l'infraction est transnationale et implique un groupe criminel organisé" })
  end,
}

obligation {
  ref = "untoc:18.2",
  level = "mandatory",
  title = { en = "Assistance in proceedings concerning the liability of legal persons",
            fr = "Entraide dans les procédures concernant la responsabilité des personnes morales" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[Mutual legal assistance shall be afforded to the fullest extent possible under relevant laws, treaties, agreements and arrangements of the requested State Party with respect to investigations, prosecutions and judicial proceedings in relation to the offences for which a legal person may be held liable in accordance with Article 10 of this Convention in the requesting State Party.]],
    fr = [[L'entraide judiciaire la plus large possible est accordée, autant que les lois, traités, accords et arrangements pertinents de l'État partie requis le permettent, lors des enquêtes, poursuites et procédures judiciaires concernant des infractions dont une personne morale peut être tenue responsable dans l'État partie requérant, conformément à l'article 10 de la présente convention.]],
  },
  facts = { "mutual_legal_assistance.legal_persons" },
  -- The liability in question is that of the REQUESTING State: assistance
  -- must be possible even when the requested State itself holds legal persons
  -- liable only civilly or administratively (art. 10(2)).  The qualifier
  -- "to the fullest extent possible under relevant laws ..." is an escape
  -- recorded under principles (untoc:18.2).
  check = function(ctx)
    local r = measure(ctx, "legal_persons",
      { en = "mutual legal assistance in proceedings concerning offences for which a legal person may be held liable in the requesting State",
        fr = "l'entraide judiciaire dans les procédures concernant des infractions dont une personne morale peut être tenue responsable dans l'État requérant" })
    return escape(ctx, r, "untoc:18.2",
      { en = "\"to the fullest extent possible under relevant laws, treaties, agreements and arrangements of the requested State Party\"",
        fr = "« autant que les lois, traités, accords et arrangements pertinents de l'État partie requis le permettent »" },
      { id = "fullest-extent-possible", en = "to the fullest extent possible under the requested State's laws (art. 18(2))",
        fr = "autant que les lois de l'État requis le permettent (art. 18, par. 2)" })
  end,
}

---------------------------------------------------------------------------
-- Paragraph 3: the forms of assistance the State must be able to provide.
-- One obligation per sub-paragraph, each reading its own measure.
---------------------------------------------------------------------------

local CHAPEAU_3 = {
  en = [[Mutual legal assistance to be afforded in accordance with this Article may be requested for any of the following purposes: ]],
  fr = [[L'entraide judiciaire qui est accordée en application du présent article peut être demandée aux fins suivantes: ]],
}

local function purpose(p)
  obligation {
    ref = "untoc:18.3." .. p.letter,
    level = "mandatory",
    title = p.title,
    category = "cooperation",
    cluster = 4,
    text = { en = CHAPEAU_3.en .. p.en, fr = CHAPEAU_3.fr .. p.fr },
    facts = { "mutual_legal_assistance.purposes." .. p.fact },
    -- Mandatory although worded "may be requested": see the header.
    check = function(ctx)
      return measure(ctx, "purposes." .. p.fact, p.what)
    end,
  }
end

purpose {
  letter = "a", fact = "taking_evidence",
  title = { en = "Assistance: taking evidence or statements", fr = "Entraide : recueillir des témoignages ou des dépositions" },
  en = [[(a) taking evidence or statements from persons;]],
  fr = [[a) recueillir des témoignages ou des dépositions;]],
  what = { en = "the taking of evidence or statements from persons on a foreign request",
           fr = "le recueil de témoignages ou de dépositions sur demande étrangère" },
}

purpose {
  letter = "b", fact = "service_of_documents",
  title = { en = "Assistance: service of judicial documents", fr = "Entraide : signification d'actes judiciaires" },
  en = [[(b) effecting service of judicial documents;]],
  fr = [[b) signifier des actes judiciaires;]],
  what = { en = "the service of judicial documents on a foreign request",
           fr = "la signification d'actes judiciaires sur demande étrangère" },
}

purpose {
  letter = "c", fact = "search_seizure_freezing",
  title = { en = "Assistance: searches, seizures and freezing", fr = "Entraide : perquisitions, saisies et gels" },
  en = [[(c) executing searches and seizures, and freezing;]],
  fr = [[c) effectuer des perquisitions et des saisies, ainsi que des gels;]],
  what = { en = "the execution of searches and seizures, and of freezing, on a foreign request",
           fr = "l'exécution de perquisitions, de saisies et de gels sur demande étrangère" },
}

purpose {
  letter = "d", fact = "examining_objects_sites",
  title = { en = "Assistance: examining objects and sites", fr = "Entraide : examen d'objets et visite de lieux" },
  en = [[(d) examining objects and sites;]],
  fr = [[d) examiner des objets et visiter des lieux;]],
  what = { en = "the examination of objects and sites on a foreign request",
           fr = "l'examen d'objets et la visite de lieux sur demande étrangère" },
}

purpose {
  letter = "e", fact = "information_expertise",
  title = { en = "Assistance: information, evidentiary items and expert evaluations", fr = "Entraide : informations, pièces à conviction et estimations d'experts" },
  en = [[(e) providing information, evidentiary items and expert evaluations;]],
  fr = [[e) fournir des informations, des pièces à conviction et des estimations d'experts;]],
  what = { en = "the provision of information, evidentiary items and expert evaluations on a foreign request",
           fr = "la fourniture d'informations, de pièces à conviction et d'estimations d'experts sur demande étrangère" },
}

purpose {
  letter = "f", fact = "documents_records",
  title = { en = "Assistance: documents and records, including bank and business records", fr = "Entraide : documents et dossiers, y compris bancaires et commerciaux" },
  en = [[(f) providing originals or certified copies of relevant documents and records, including government, bank, financial, corporate or business records;]],
  fr = [[f) fournir des originaux ou des copies certifiées conformes de documents et dossiers pertinents, y compris des documents administratifs, bancaires, financiers ou commerciaux et des documents de sociétés;]],
  what = { en = "the provision of originals or certified copies of relevant documents and records, including government, bank, financial, corporate or business records, on a foreign request",
           fr = "la fourniture d'originaux ou de copies certifiées conformes de documents et dossiers pertinents, y compris administratifs, bancaires, financiers, commerciaux ou de sociétés, sur demande étrangère" },
}

purpose {
  letter = "g", fact = "tracing_proceeds",
  title = { en = "Assistance: identifying or tracing proceeds and property", fr = "Entraide : identification ou localisation des produits et des biens" },
  en = [[(g) identifying or tracing proceeds of crime, property, instrumentalities or other things for evidentiary purposes;]],
  fr = [[g) identifier ou localiser des produits du crime, des biens, des instruments ou d'autres choses afin de recueillir des éléments de preuve;]],
  what = { en = "the identification or tracing of proceeds of crime, property, instrumentalities or other things for evidentiary purposes on a foreign request",
           fr = "l'identification ou la localisation de produits du crime, de biens, d'instruments ou d'autres choses aux fins de preuve sur demande étrangère" },
}

purpose {
  letter = "h", fact = "voluntary_appearance",
  title = { en = "Assistance: facilitating voluntary appearance in the requesting State", fr = "Entraide : faciliter la comparution volontaire dans l'État requérant" },
  en = [[(h) facilitating the voluntary appearance of persons in the requesting State Party;]],
  fr = [[h) faciliter la comparution volontaire de personnes dans l'État partie requérant;]],
  what = { en = "measures to facilitate the voluntary appearance of persons in the requesting State",
           fr = "des mesures facilitant la comparution volontaire de personnes dans l'État requérant" },
}

purpose {
  letter = "i", fact = "other_assistance",
  title = { en = "Assistance: any other type not contrary to domestic law", fr = "Entraide : tout autre type compatible avec le droit interne" },
  en = [[(i) any other type of assistance that is not contrary to the domestic law of the requested State Party.]],
  fr = [[i) fournir tout autre type d'assistance compatible avec le droit interne de l'État partie requis.]],
  what = { en = "any other type of assistance not contrary to domestic law (an open clause rather than a closed list of measures)",
           fr = "tout autre type d'assistance compatible avec le droit interne (une clause ouverte plutôt qu'une liste fermée de mesures)" },
}

---------------------------------------------------------------------------
-- Paragraphs 4 and 5: spontaneous transmission of information
---------------------------------------------------------------------------

obligation {
  ref = "untoc:18.4",
  level = "optional",
  title = { en = "Transmission of information without prior request",
            fr = "Communication d'informations sans demande préalable" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[Without prejudice to domestic law, the competent authorities of a State Party may, without prior request, transmit information relating to criminal matters to a competent authority in another State Party where they believe that such information could assist the authority in undertaking or successfully concluding inquiries and criminal proceedings or could result in a request formulated by the latter State Party pursuant to this Convention.]],
    fr = [[Sans préjudice de son droit interne, les autorités compétentes d'un État partie peuvent, sans demande préalable, communiquer des informations concernant des affaires pénales à une autorité compétente d'un autre État partie, si elles pensent que ces informations pourraient l'aider à entreprendre ou à conclure des enquêtes et des poursuites pénales, ou amener ce dernier État partie à formuler une demande en vertu de la présente convention.]],
  },
  facts = { "mutual_legal_assistance.spontaneous_transmission" },
  check = function(ctx)
    return measure(ctx, "spontaneous_transmission",
      { en = "the transmission, without prior request, of information relating to criminal matters to foreign competent authorities",
        fr = "la communication, sans demande préalable, d'informations concernant des affaires pénales aux autorités compétentes étrangères" })
  end,
}

obligation {
  ref = "untoc:18.5",
  level = "mandatory",
  title = { en = "Confidentiality and restrictions on information received without request",
            fr = "Confidentialité et restrictions d'utilisation des informations reçues sans demande" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[The transmission of information pursuant to paragraph 4 of this Article shall be without prejudice to inquiries and criminal proceedings in the State of the competent authorities providing the information. The competent authorities receiving the information shall comply with a request that said information remain confidential, even temporarily, or with restrictions on its use. However, this shall not prevent the receiving State Party from disclosing in its proceedings information that is exculpatory to an accused person. In such a case, the receiving State Party shall notify the transmitting State Party prior to the disclosure and, if so requested, consult with the transmitting State Party. If, in an exceptional case, advance notice is not possible, the receiving State Party shall inform the transmitting State Party of the disclosure without delay.]],
    fr = [[La communication d'informations conformément au paragraphe 4 se fait sans préjudice des enquêtes et poursuites pénales dans l'État dont les autorités compétentes fournissent les informations. Les autorités compétentes qui reçoivent ces informations accèdent à toute demande tendant à ce que lesdites informations restent confidentielles, même temporairement, ou à ce que leur utilisation soit assortie de restrictions. Toutefois, cela n'empêche pas l'État partie qui reçoit les informations de révéler, lors de la procédure judiciaire, des informations à la décharge d'un prévenu. Dans ce dernier cas, l'État partie qui reçoit les informations avise l'État partie qui les communique avant la révélation et, s'il lui en est fait la demande, consulte ce dernier. Si, dans un cas exceptionnel, une notification préalable n'est pas possible, l'État partie qui reçoit les informations informe sans retard de la révélation l'État partie qui les communique.]],
  },
  facts = { "mutual_legal_assistance.received_information_conditions" },
  -- Binds every State as a possible RECEIVER of information, whatever its
  -- own practice under paragraph 4.  The same fact serves 18(19).
  check = function(ctx)
    return measure(ctx, "received_information_conditions",
      { en = "the duty and the ability of national authorities to respect the confidentiality of, and the restrictions on the use of, information a foreign State transmits (save the disclosure of exculpatory information after notice)",
        fr = "l'obligation et la possibilité pour les autorités nationales de respecter la confidentialité des informations communiquées par un État étranger et les restrictions à leur utilisation (sauf révélation d'informations à décharge après avis)" })
  end,
}

---------------------------------------------------------------------------
-- Paragraph 7: assistance where no treaty binds the States concerned
---------------------------------------------------------------------------

local BASIS = {
  direct_application = { id = "direct-application", en = "direct application of the Convention", fr = "application directe de la Convention" },
  national_law = { id = "national-law", en = "national law on mutual legal assistance", fr = "loi nationale sur l'entraide judiciaire" },
  both = { id = "both", en = "direct application of the Convention and national law", fr = "application directe de la Convention et loi nationale" },
}

obligation {
  ref = "untoc:18.7",
  level = "mandatory",
  title = { en = "Assistance without a treaty: paragraphs 9 to 29 applied",
            fr = "Entraide en l'absence de traité : application des paragraphes 9 à 29" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[Paragraphs 9 to 29 of this Article shall apply to requests made pursuant to this Article if the States Parties in question are not bound by a treaty of mutual legal assistance.]],
    fr = [[Les paragraphes 9 à 29 sont applicables aux demandes faites conformément au présent article si les États parties en question ne sont pas liés par un traité d'entraide judiciaire.]],
  },
  facts = { "mutual_legal_assistance.without_treaty" },
  -- A State whose law allows assistance only under a treaty, and does not
  -- treat the Convention as one, cannot apply paragraphs 9 to 29: not met.
  -- Both ways of applying them are accepted and named: the Convention
  -- applied directly (monist systems) or a national law giving effect to
  -- them.  The finding says which; a State that recorded adoption without
  -- the basis is met without an option.
  check = function(ctx)
    local r = measure(ctx, "without_treaty",
      { en = "mutual legal assistance to States Parties with which no treaty binds the State, under paragraphs 9 to 29 of article 18",
        fr = "l'entraide judiciaire aux États parties avec lesquels l'État n'est lié par aucun traité, selon les paragraphes 9 à 29 de l'article 18" })
    if r.status ~= "met" then return r end
    local f = ctx:fact(MLA .. "without_treaty")
    local b = f and f.basis and BASIS[f.basis]
    if not b then return r end
    return ctx:met(append(r.explanation, lx.t({ en = " Basis: {b}.", fr = " Fondement : {b}." }, { b = b })), b)
  end,
}

---------------------------------------------------------------------------
-- Paragraph 8: bank secrecy
---------------------------------------------------------------------------

obligation {
  ref = "untoc:18.8",
  level = "mandatory",
  title = { en = "Bank secrecy is no ground for refusing assistance",
            fr = "Le secret bancaire ne peut être invoqué pour refuser l'entraide" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[States Parties shall not decline to render mutual legal assistance pursuant to this Article on the ground of bank secrecy.]],
    fr = [[Les États parties ne peuvent invoquer le secret bancaire pour refuser l'entraide judiciaire prévue au présent article.]],
  },
  facts = { "mutual_legal_assistance.bank_secrecy_no_ground", "confiscation.bank_secrecy_no_bar" },
  -- A prohibition: mandatory.  The fact is specific to foreign requests.
  -- When the profile is silent on it, the domestic rule on bank secrecy
  -- (art. 12(6), confiscation.bank_secrecy_no_bar) is reported as context
  -- only: it does not settle whether the same override serves foreign
  -- requests, so the finding stays unknown.
  check = function(ctx)
    local r = measure(ctx, "bank_secrecy_no_ground",
      { en = "the exclusion of bank secrecy as a ground for refusing mutual legal assistance",
        fr = "l'exclusion du secret bancaire comme motif de refus de l'entraide judiciaire" })
    if r.status ~= "unknown" then return r end
    local d = ctx:fact("confiscation.bank_secrecy_no_bar")
    if d == nil or d.adopted == nil then return r end
    local src = d.source and (" (" .. d.source .. ")") or ""
    if d.adopted == false or not ctx:in_force(d) then
      return ctx:unknown(append(r.explanation, lx.t({
        en = " Context: bank secrecy can be opposed even to domestic courts{s}; unless the law on mutual legal assistance overrides it for foreign requests, paragraph 8 is not met.",
        fr = " Contexte : le secret bancaire est opposable même aux juridictions nationales{s} ; sauf si la loi sur l'entraide l'écarte pour les demandes étrangères, le paragraphe 8 n'est pas respecté." }, { s = src })))
    end
    return ctx:unknown(append(r.explanation, lx.t({
      en = " Context: bank secrecy cannot be opposed to domestic courts and authorities{s}; whether the same applies when they execute a foreign request is not stated.",
      fr = " Contexte : le secret bancaire n'est pas opposable aux juridictions et autorités nationales{s} ; le profil n'indique pas s'il en va de même lorsqu'elles exécutent une demande étrangère." }, { s = src })))
  end,
}

---------------------------------------------------------------------------
-- Paragraph 9: dual criminality (two options)
---------------------------------------------------------------------------

local DUAL = {
  not_required = { id = "not-required", en = "assistance never depends on dual criminality", fr = "l'entraide ne dépend jamais de la double incrimination" },
  coercive_only = { id = "coercive-only", en = "dual criminality required only for coercive measures", fr = "double incrimination exigée pour les seules mesures coercitives" },
  discretionary = { id = "discretionary", en = "absence of dual criminality a ground for refusal the authorities may waive", fr = "absence de double incrimination, motif de refus auquel les autorités peuvent renoncer" },
  mandatory = { id = "mandatory", en = "assistance always refused without dual criminality", fr = "entraide toujours refusée sans double incrimination" },
}

-- The rule national law applies, or nil (question recorded).
local function dual_rule(ctx)
  local f = ctx:fact(MLA .. "dual_criminality")
  -- adopted = false without a requirement: no dual criminality requirement.
  if f ~= nil and f.requirement == nil and f.adopted == false then return "not_required" end
  if f == nil or f.requirement == nil then
    ctx:ask(MLA .. "dual_criminality")
    return nil
  end
  local ok, why = ctx:in_force(f)
  if not ok then
    ctx:ask(MLA .. "dual_criminality", lx.t({ en = "The rule on dual criminality recorded in the profile is {w}: which rule applied at the assessment date?",
                                              fr = "La règle de double incrimination indiquée par le profil est {w} : quelle règle s'appliquait à la date d'évaluation ?" }, { w = why }))
    return nil
  end
  return f.requirement
end

obligation {
  ref = "untoc:18.9",
  clause = "refusal",
  level = "optional",
  title = { en = "Refusal for absence of dual criminality",
            fr = "Refus pour absence de double incrimination" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[States Parties may decline to render mutual legal assistance pursuant to this Article on the ground of absence of dual criminality.]],
    fr = [[Les États parties peuvent invoquer l'absence de double incrimination pour refuser de donner suite à une demande d'entraide judiciaire prévue au présent article.]],
  },
  facts = { "mutual_legal_assistance.dual_criminality" },
  -- Optional: "met" means the State uses the option to refuse, and names how
  -- far; a State that never requires dual criminality does not use it.
  check = function(ctx)
    local req = dual_rule(ctx)
    if req == nil then
      return ctx:unknown({ en = "The profile does not say whether mutual legal assistance depends on dual criminality.",
                           fr = "Le profil n'indique pas si l'entraide judiciaire dépend de la double incrimination." })
    end
    local o = DUAL[req]
    if req == "not_required" then
      return ctx:not_met(lx.t({ en = "The State does not use this option: {o}.", fr = "L'État n'use pas de cette faculté : {o}." }, { o = o }))
    end
    return ctx:met(lx.t({ en = "The State uses the option to refuse assistance for absence of dual criminality: {o}.",
                          fr = "L'État use de la faculté de refuser l'entraide pour absence de double incrimination : {o}." }, { o = o }), o)
  end,
}

obligation {
  ref = "untoc:18.9",
  clause = "discretion",
  level = "optional",
  title = { en = "Assistance irrespective of dual criminality",
            fr = "Entraide indépendamment de la double incrimination" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[However, the requested State Party may, when it deems appropriate, provide assistance, to the extent it decides at its discretion, irrespective of whether the conduct would constitute an offence under the domestic law of the requested State Party.]],
    fr = [[L'État partie requis peut néanmoins, lorsqu'il le juge approprié, fournir cette assistance, dans la mesure où il le décide à son gré, indépendamment du fait que l'acte constitue ou non une infraction conformément au droit interne de l'État partie requis.]],
  },
  facts = { "mutual_legal_assistance.dual_criminality" },
  -- Optional.  The Working Group on International Cooperation encourages
  -- assistance without dual criminality, at least for non-coercive measures
  -- (good practice, not a duty under UNTOC).
  check = function(ctx)
    local req = dual_rule(ctx)
    if req == nil then
      return ctx:unknown({ en = "The profile does not say whether mutual legal assistance depends on dual criminality.",
                           fr = "Le profil n'indique pas si l'entraide judiciaire dépend de la double incrimination." })
    end
    local o = DUAL[req]
    if req == "mandatory" then
      return ctx:not_met(lx.t({ en = "The State does not use this option: {o}. Providing at least non-coercive assistance without dual criminality is recommended good practice.",
                                fr = "L'État n'use pas de cette faculté : {o}. Accorder au moins l'entraide non coercitive sans double incrimination est une bonne pratique recommandée." }, { o = o }))
    end
    return ctx:met(lx.t({ en = "The State can assist irrespective of dual criminality: {o}.",
                          fr = "L'État peut accorder l'entraide indépendamment de la double incrimination : {o}." }, { o = o }), o)
  end,
}

---------------------------------------------------------------------------
-- Paragraphs 10 to 12: temporary transfer of detained persons
---------------------------------------------------------------------------

obligation {
  ref = "untoc:18.10",
  level = "optional",
  title = { en = "Temporary transfer of detained persons to give evidence",
            fr = "Transfèrement temporaire de personnes détenues aux fins de témoignage" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[A person who is being detained or is serving a sentence in the territory of one State Party whose presence in another State Party is requested for purposes of identification, testimony or otherwise providing assistance in obtaining evidence for investigations, prosecutions or judicial proceedings in relation to offences covered by this Convention may be transferred if the following conditions are met: (a) the person freely gives his or her informed consent; (b) the competent authorities of both States Parties agree, subject to such conditions as those States Parties may deem appropriate.]],
    fr = [[Toute personne détenue ou purgeant une peine sur le territoire d'un État partie, dont la présence est requise dans un autre État partie à des fins d'identification ou de témoignage ou pour qu'elle apporte de toute autre manière son concours à l'obtention de preuves dans le cadre d'enquêtes, de poursuites ou de procédures judiciaires relatives aux infractions visées par la présente convention, peut faire l'objet d'un transfert si les conditions ci-après sont réunies: a) ladite personne y consent librement et en toute connaissance de cause; b) les autorités compétentes des deux États parties concernés y consentent, sous réserve des conditions que ces États parties peuvent juger appropriées.]],
  },
  facts = { "mutual_legal_assistance.detained_persons.outgoing", "mutual_legal_assistance.detained_persons.incoming" },
  -- Optional; both directions are reported.  One direction only is partly
  -- met (still never a gap).  Whether the State sends and whether it
  -- receives detained persons also decides whether paragraphs 11 and 12 bind
  -- it.
  check = function(ctx)
    return all_required(ctx, {
      measure(ctx, "detained_persons.outgoing",
        { en = "the temporary transfer abroad, with their free and informed consent, of persons detained in the State whose presence is requested to give evidence or assist",
          fr = "le transfert temporaire à l'étranger, avec leur consentement libre et éclairé, de personnes détenues dans l'État dont la présence est requise pour témoigner ou apporter leur concours" }),
      measure(ctx, "detained_persons.incoming",
        { en = "the temporary transfer into the State of persons detained abroad, to give evidence or assist",
          fr = "le transfert temporaire vers l'État de personnes détenues à l'étranger, pour témoigner ou apporter leur concours" }),
    })
  end,
}

local CHAPEAU_11 = { en = [[For the purposes of paragraph 10 of this Article: ]], fr = [[Aux fins du paragraphe 10: ]] }

obligation {
  ref = "untoc:18.11.a",
  level = "mandatory",
  title = { en = "Authority and obligation to keep a transferred person in custody",
            fr = "Pouvoir et obligation de garder la personne transférée en détention" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = CHAPEAU_11.en .. [[(a) the State Party to which the person is transferred shall have the authority and obligation to keep the person transferred in custody, unless otherwise requested or authorised by the State Party from which the person was transferred;]],
    fr = CHAPEAU_11.fr .. [[a) l'État partie vers lequel le transfert est effectué a le pouvoir et l'obligation de garder l'intéressé en détention, sauf demande ou autorisation contraire de la part de l'État partie à partir duquel la personne a été transférée;]],
  },
  facts = { "mutual_legal_assistance.detained_persons.incoming", "mutual_legal_assistance.detained_persons.custody" },
  check = function(ctx)
    return if_transfers(ctx, "incoming", NOT_RECEIVING, RECEIVING_UNKNOWN, function(c)
      return measure(c, "detained_persons.custody",
        { en = "the power and the obligation to keep a person transferred to the State in custody, unless the sending State requests or authorizes otherwise",
          fr = "le pouvoir et l'obligation de garder en détention la personne transférée vers l'État, sauf demande ou autorisation contraire de l'État d'envoi" })
    end)
  end,
}

obligation {
  ref = "untoc:18.11.c",
  level = "mandatory",
  title = { en = "Return of the transferred person without extradition proceedings",
            fr = "Remise de la personne transférée sans procédure d'extradition" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = CHAPEAU_11.en .. [[(b) the State Party to which the person is transferred shall without delay implement its obligation to return the person to the custody of the State Party from which the person was transferred as agreed beforehand, or as otherwise agreed, by the competent authorities of both States Parties; (c) the State Party to which the person is transferred shall not require the State Party from which the person was transferred to initiate extradition proceedings for the return of the person;]],
    fr = CHAPEAU_11.fr .. [[b) l'État partie vers lequel le transfert est effectué s'acquitte sans retard de l'obligation de remettre l'intéressé à la garde de l'État partie à partir duquel le transfert a été effectué, conformément à ce qui aura été convenu au préalable ou à ce que les autorités compétentes des deux États parties auront autrement décidé; c) l'État partie vers lequel le transfert est effectué ne peut exiger de l'État partie à partir duquel le transfert est effectué qu'il engage une procédure d'extradition pour que l'intéressé lui soit remis;]],
  },
  covers = { "untoc:18.11.b" },
  facts = { "mutual_legal_assistance.detained_persons.incoming", "mutual_legal_assistance.detained_persons.return_without_extradition" },
  -- (c) is a prohibition; (b) the duty to return without delay in the
  -- individual case.  Both need the same standing measure: the return of the
  -- person as agreed, outside extradition law.
  check = function(ctx)
    return if_transfers(ctx, "incoming", NOT_RECEIVING, RECEIVING_UNKNOWN, function(c)
      return measure(c, "detained_persons.return_without_extradition",
        { en = "the return without delay, as agreed, of a person transferred to the State, without requiring extradition proceedings",
          fr = "la remise sans retard, comme convenu, de la personne transférée vers l'État, sans exiger de procédure d'extradition" })
    end)
  end,
}

obligation {
  ref = "untoc:18.11.d",
  level = "mandatory",
  title = { en = "Credit for time spent in custody abroad",
            fr = "Imputation de la détention subie à l'étranger" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = CHAPEAU_11.en .. [[(d) the person transferred shall receive credit for service of the sentence being served in the State from which he or she was transferred for time spent in the custody of the State Party to which he or she was transferred.]],
    fr = CHAPEAU_11.fr .. [[d) il est tenu compte de la période que l'intéressé a passée en détention dans l'État partie vers lequel il a été transféré aux fins du décompte de la peine à purger dans l'État partie à partir duquel il a été transféré.]],
  },
  facts = { "mutual_legal_assistance.detained_persons.outgoing", "mutual_legal_assistance.detained_persons.time_credit" },
  -- Binds the SENDING State, where the sentence is served.
  check = function(ctx)
    return if_transfers(ctx, "outgoing",
      { en = "National law provides no transfer abroad of persons detained in the State under paragraph 10 (detained_persons.outgoing not adopted); the credit paragraph 11(d) requires from the sending State therefore never arises.",
        fr = "Le droit national ne prévoit aucun transfert à l'étranger de personnes détenues dans l'État au titre du paragraphe 10 (detained_persons.outgoing non adopté) ; l'imputation que le paragraphe 11 d) exige de l'État d'envoi ne se présente donc jamais." },
      { en = "Whether this duty binds the State depends on whether it sends detained persons abroad under paragraph 10, which the profile does not say.",
        fr = "L'applicabilité de cette obligation dépend de ce que l'État transfère ou non des personnes détenues à l'étranger au titre du paragraphe 10, ce que le profil n'indique pas." }, function(c)
      return measure(c, "detained_persons.time_credit",
        { en = "credit, against the sentence served in the State, for the time a transferred person spent in custody abroad",
          fr = "l'imputation, sur la peine purgée dans l'État, de la période de détention passée à l'étranger par la personne transférée" })
    end)
  end,
}

obligation {
  ref = "untoc:18.12",
  level = "mandatory",
  title = { en = "Safe conduct of the transferred person",
            fr = "Immunité de la personne transférée" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[Unless the State Party from which a person is to be transferred in accordance with paragraphs 10 and 11 of this Article so agrees, that person, whatever his or her nationality, shall not be prosecuted, detained, punished or subjected to any other restriction of his or her personal liberty in the territory of the State to which that person is transferred in respect of acts, omissions or convictions prior to his or her departure from the territory of the State from which he or she was transferred.]],
    fr = [[À moins que l'État partie à partir duquel une personne doit être transférée en vertu des paragraphes 10 et 11 ne donne son accord, ladite personne, quelle que soit sa nationalité, ne sera pas poursuivie, détenue, punie ou soumise à d'autres restrictions à sa liberté de mouvement sur le territoire de l'État partie vers lequel elle est transférée à raison d'actes, d'omissions ou de condamnations antérieurs à son départ du territoire de l'État partie à partir duquel elle a été transférée.]],
  },
  facts = { "mutual_legal_assistance.detained_persons.incoming", "mutual_legal_assistance.detained_persons.safe_conduct" },
  -- Binds the State to which the person is transferred.  Where the
  -- prosecution of offences is mandatory, only a rule of law can give this
  -- immunity.
  check = function(ctx)
    return if_transfers(ctx, "incoming", NOT_RECEIVING, RECEIVING_UNKNOWN, function(c)
      return measure(c, "detained_persons.safe_conduct",
        { en = "protection of a person transferred to the State from prosecution, detention, punishment or other restriction of liberty for acts, omissions or convictions prior to the transfer, unless the sending State agrees",
          fr = "la protection de la personne transférée vers l'État contre toute poursuite, détention, peine ou autre restriction de liberté pour des actes, omissions ou condamnations antérieurs au transfert, sauf accord de l'État d'envoi" })
    end)
  end,
}

---------------------------------------------------------------------------
-- Paragraphs 13 and 14: central authority, languages, urgent requests
---------------------------------------------------------------------------

obligation {
  ref = "untoc:18.13",
  level = "mandatory",
  title = { en = "Central authority designated and notified to the Secretary-General",
            fr = "Autorité centrale désignée et notifiée au Secrétaire général" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[Each State Party shall designate a central authority that shall have the responsibility and power to receive requests for mutual legal assistance and either to execute them or to transmit them to the competent authorities for execution. Where a State Party has a special region or territory with a separate system of mutual legal assistance, it may designate a distinct central authority that shall have the same function for that region or territory. Central authorities shall ensure the speedy and proper execution or transmission of the requests received. Where the central authority transmits the request to a competent authority for execution, it shall encourage the speedy and proper execution of the request by the competent authority. The Secretary-General of the United Nations shall be notified of the central authority designated for this purpose at the time each State Party deposits its instrument of ratification, acceptance or approval of or accession to this Convention. Requests for mutual legal assistance and any communication related thereto shall be transmitted to the central authorities designated by the States Parties. This requirement shall be without prejudice to the right of a State Party to require that such requests and communications be addressed to it through diplomatic channels and, in urgent circumstances, where the States Parties agree, through the International Criminal Police Organisation, if possible.]],
    fr = [[Chaque État partie désigne une autorité centrale qui a la responsabilité et le pouvoir de recevoir les demandes d'entraide judiciaire et, soit de les exécuter, soit de les transmettre aux autorités compétentes pour exécution. Si un État partie a une région ou un territoire spécial doté d'un système d'entraide judiciaire différent, il peut désigner une autorité centrale distincte qui aura la même fonction pour ladite région ou ledit territoire. Les autorités centrales assurent l'exécution ou la transmission rapide et en bonne et due forme des demandes reçues. Si l'autorité centrale transmet la demande à une autorité compétente pour exécution, elle encourage l'exécution rapide et en bonne et due forme de la demande par l'autorité compétente. L'autorité centrale désignée à cette fin fait l'objet d'une notification adressée au secrétaire général de l'Organisation des Nations unies au moment où chaque État partie dépose ses instruments de ratification, d'acceptation ou d'approbation ou d'adhésion à la présente convention. Les demandes d'entraide judiciaire et toute communication y relative sont transmises aux autorités centrales désignées par les États parties. La présente disposition s'entend sans préjudice du droit de tout État partie d'exiger que ces demandes et communications lui soient adressées par voie diplomatique et, en cas d'urgence, si les États parties en conviennent, par l'intermédiaire de l'Organisation internationale de police criminelle, si cela est possible.]],
  },
  facts = { "mutual_legal_assistance.central_authority" },
  -- Two required limbs: the designation in national law, with the
  -- responsibility and power to receive and execute or transmit requests;
  -- and its notification (untoc:18.13).  A central authority that only
  -- forwards requests through the diplomatic channel, without power to have
  -- them executed, is entered as adopted = "partly".
  check = function(ctx)
    local f = ctx:fact(MLA .. "central_authority")
    local name = f and f.authority and lx.t({ en = " ({a})", fr = " ({a})" }, { a = f.authority }) or EMPTY
    local designation = measure(ctx, "central_authority",
      lx.t({ en = "a central authority{a} with the responsibility and power to receive requests for mutual legal assistance and to execute them or transmit them for execution",
             fr = "une autorité centrale{a} ayant la responsabilité et le pouvoir de recevoir les demandes d'entraide judiciaire et de les exécuter ou de les transmettre pour exécution" }, { a = name }))
    if designation.status == "not_met" then
      -- "Shall designate": a stated absence is a gap, and there is no
      -- authority whose notification the report could ask about.
      local missing = {}
      for i, m in ipairs(designation.missing or {}) do missing[i] = m end
      missing[#missing + 1] = { en = "notification of the central authority, once designated, to the Secretary-General of the United Nations",
                                fr = "la notification de l'autorité centrale, une fois désignée, au Secrétaire général de l'Organisation des Nations Unies" }
      return ctx:not_met(append(designation.explanation,
        { en = " With no central authority designated, there is none to notify to the Secretary-General.",
          fr = " Faute d'autorité centrale désignée, aucune ne peut être notifiée au Secrétaire général." }), missing)
    end
    local notified = notification_limb(ctx, "untoc:18.13",
      { en = "the central authority", fr = "l'autorité centrale" },
      { en = "Has the State notified the Secretary-General of its central authority for mutual legal assistance (art. 18(13))? On what date?",
        fr = "L'État a-t-il notifié au Secrétaire général son autorité centrale pour l'entraide judiciaire (art. 18, par. 13) ? À quelle date ?" })
    return all_required(ctx, { designation, notified })
  end,
}

obligation {
  ref = "untoc:18.14",
  clause = "languages",
  level = "mandatory",
  title = { en = "Acceptable languages notified to the Secretary-General",
            fr = "Langues acceptables notifiées au Secrétaire général" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[The Secretary-General of the United Nations shall be notified of the language or languages acceptable to each State Party at the time it deposits its instrument of ratification, acceptance or approval of or accession to this Convention.]],
    fr = [[La ou les langues acceptables pour chaque État partie sont notifiées au secrétaire général de l'Organisation des Nations unies au moment où ledit État partie dépose ses instruments de ratification, d'acceptation ou d'approbation ou d'adhésion à la présente convention.]],
  },
  facts = {},
  check = function(ctx)
    local r = notification_limb(ctx, "untoc:18.14",
      { en = "the language or languages acceptable to the State", fr = "la ou les langues acceptables pour l'État" },
      { en = "Has the State notified the Secretary-General of the language or languages acceptable to it for requests for mutual legal assistance (art. 18(14))? On what date?",
        fr = "L'État a-t-il notifié au Secrétaire général la ou les langues qu'il accepte pour les demandes d'entraide judiciaire (art. 18, par. 14) ? À quelle date ?" })
    return all_required(ctx, { r })
  end,
}

obligation {
  ref = "untoc:18.14",
  clause = "oral",
  level = "optional",
  title = { en = "Oral requests in urgent circumstances",
            fr = "Demandes orales en cas d'urgence" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[In urgent circumstances and where agreed by the States Parties, requests may be made orally, but shall be confirmed in writing forthwith.]],
    fr = [[En cas d'urgence et si les États parties en conviennent, les demandes peuvent être faites oralement, mais doivent être confirmées sans délai par écrit.]],
  },
  facts = { "mutual_legal_assistance.oral_requests" },
  -- Optional.  The Working Group on International Cooperation recommends
  -- accepting requests by e-mail and orally in urgent cases (good practice).
  check = function(ctx)
    return measure(ctx, "oral_requests",
      { en = "the acceptance of requests made orally in urgent circumstances, confirmed in writing forthwith",
        fr = "l'acceptation de demandes faites oralement en cas d'urgence, confirmées sans délai par écrit" })
  end,
}

---------------------------------------------------------------------------
-- Paragraphs 17 and 18: execution of requests, videoconference
---------------------------------------------------------------------------

obligation {
  ref = "untoc:18.17",
  level = "mandatory",
  title = { en = "Execution following the procedures specified in the request",
            fr = "Exécution selon les procédures spécifiées dans la demande" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[A request shall be executed in accordance with the domestic law of the requested State Party and, to the extent not contrary to the domestic law of the requested State Party and where possible, in accordance with the procedures specified in the request.]],
    fr = [[Toute demande est exécutée conformément au droit interne de l'État partie requis et, dans la mesure où cela ne contrevient pas au droit interne de l'État partie requis et lorsque cela est possible, conformément aux procédures spécifiées dans la demande.]],
  },
  facts = { "mutual_legal_assistance.requested_procedures" },
  -- The first limb (execution under domestic law) describes the default; the
  -- measure required is the possibility of following the procedures the
  -- requesting State specifies.  Limits that domestic law sets are allowed
  -- ("to the extent not contrary"): recorded under principles for
  -- untoc:18.17, they explain a shortcoming instead of a gap.
  check = function(ctx)
    local r = measure(ctx, "requested_procedures",
      { en = "the execution of requests in accordance with the procedures specified by the requesting State, to the extent not contrary to domestic law",
        fr = "l'exécution des demandes conformément aux procédures spécifiées par l'État requérant, dans la mesure où cela ne contrevient pas au droit interne" })
    return escape(ctx, r, "untoc:18.17",
      { en = "\"to the extent not contrary to the domestic law of the requested State Party and where possible\"",
        fr = "« dans la mesure où cela ne contrevient pas au droit interne de l'État partie requis et lorsque cela est possible »" },
      { id = "contrary-to-domestic-law", en = "to the extent not contrary to domestic law (art. 18(17))",
        fr = "dans la mesure où cela ne contrevient pas au droit interne (art. 18, par. 17)" })
  end,
}

obligation {
  ref = "untoc:18.18",
  level = "optional",
  title = { en = "Hearing of witnesses and experts by videoconference",
            fr = "Audition de témoins et d'experts par vidéoconférence" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[Wherever possible and consistent with fundamental principles of domestic law, when an individual is in the territory of a State Party and has to be heard as a witness or expert by the judicial authorities of another State Party, the first State Party may, at the request of the other, permit the hearing to take place by video conference if it is not possible or desirable for the individual in question to appear in person in the territory of the requesting State Party. States Parties may agree that the hearing shall be conducted by a judicial authority of the requesting State Party and attended by a judicial authority of the requested State Party.]],
    fr = [[Lorsque cela est possible et conforme aux principes fondamentaux du droit interne, si une personne qui se trouve sur le territoire d'un État partie doit être entendue comme témoin ou comme expert par les autorités judiciaires d'un autre État partie, le premier État partie peut, à la demande de l'autre, autoriser son audition par vidéoconférence s'il n'est pas possible ou souhaitable qu'elle comparaisse en personne sur le territoire de l'État partie requérant. Les États parties peuvent convenir que l'audition sera conduite par une autorité judiciaire de l'État partie requérant et qu'une autorité judiciaire de l'État partie requis y assistera.]],
  },
  facts = { "mutual_legal_assistance.videoconference" },
  -- "May ... permit": optional, as the wording says, even though the
  -- Working Group recommends it.  "Wherever possible and consistent with
  -- fundamental principles of domestic law": a State that has not adopted it
  -- and records such a principle for untoc:18.18 does not have the option;
  -- not_applicable with that reason rather than "not adopted".
  check = function(ctx)
    local m = ctx:measure(MLA .. "videoconference")
    local p = (m.state == "not_adopted") and ctx:principle("untoc:18.18") or nil
    if p then
      return ctx:not_applicable(lx.t({
        en = "National law does not allow hearings by videoconference for foreign judicial authorities, and the State records that they would not be consistent with the fundamental principles of its domestic law: {st}{s}. Paragraph 18 offers the option only to that extent.",
        fr = "Le droit national ne permet pas l'audition par vidéoconférence au profit d'autorités judiciaires étrangères, et l'État indique qu'elle ne serait pas conforme aux principes fondamentaux de son droit interne : {st}{s}. Le paragraphe 18 n'ouvre cette faculté que dans cette mesure." },
        { st = p.statement, s = p.source and (" (" .. p.source .. ")") or "" }))
    end
    return lx.with_good_practice_note(measure(ctx, "videoconference",
      { en = "the hearing of a witness or expert in the State by the judicial authorities of another State by videoconference",
        fr = "l'audition par vidéoconférence, par les autorités judiciaires d'un autre État, d'un témoin ou d'un expert se trouvant dans l'État" }),
      { en = "the Working Group on International Cooperation of the Conference of the Parties recommends that States allow hearings by videoconference; it is not a gap where the option is not used.",
        fr = "le Groupe de travail sur la coopération internationale de la Conférence des Parties recommande aux États de permettre l'audition par vidéoconférence ; ne pas user de cette faculté n'est pas une lacune." })
  end,
}

---------------------------------------------------------------------------
-- Paragraph 19: use of information and evidence received
---------------------------------------------------------------------------

obligation {
  ref = "untoc:18.19",
  level = "mandatory",
  title = { en = "Use of evidence received limited to the proceedings stated in the request",
            fr = "Utilisation des preuves reçues limitée aux procédures visées dans la demande" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[The requesting State Party shall not transmit or use information or evidence furnished by the requested State Party for investigations, prosecutions or judicial proceedings other than those stated in the request without the prior consent of the requested State Party. Nothing in this paragraph shall prevent the requesting State Party from disclosing in its proceedings information or evidence that is exculpatory to an accused person. In the latter case, the requesting State Party shall notify the requested State Party prior to the disclosure and, if so requested, consult with the requested State Party. If, in an exceptional case, advance notice is not possible, the requesting State Party shall inform the requested State Party of the disclosure without delay.]],
    fr = [[L'État partie requérant ne communique ni n'utilise les informations ou les éléments de preuve fournis par l'État partie requis pour des enquêtes, poursuites ou procédures judiciaires autres que celles visées dans la demande sans le consentement préalable de l'État partie requis. Rien dans le présent paragraphe n'empêche l'État partie requérant de révéler, lors de la procédure, des informations ou des éléments de preuve à décharge. Dans ce dernier cas, l'État partie requérant avise l'État partie requis avant la révélation et, s'il lui en est fait la demande, consulte l'État partie requis. Si, dans un cas exceptionnel, une notification préalable n'est pas possible, l'État partie requérant informe sans retard l'État partie requis de la révélation.]],
  },
  facts = { "mutual_legal_assistance.received_information_conditions" },
  -- A prohibition binding the State as requesting State.  Entered once with
  -- 18(5): national authorities bound by the conditions attached to what a
  -- foreign State provides.
  check = function(ctx)
    return measure(ctx, "received_information_conditions",
      { en = "rules binding national authorities to use information or evidence obtained from another State only for the proceedings stated in the request unless that State consents (save the disclosure of exculpatory evidence after notice)",
        fr = "des règles obligeant les autorités nationales à n'utiliser les informations ou éléments de preuve obtenus d'un autre État que pour les procédures visées dans la demande, sauf consentement de cet État (hors révélation d'éléments à décharge après avis)" })
  end,
}

---------------------------------------------------------------------------
-- Paragraphs 21 to 26: refusal, postponement, execution
---------------------------------------------------------------------------

local GROUNDS = {
  { key = "non_conformity", letter = "a", en = "(a) request not in conformity with article 18", fr = "a) demande non conforme à l'article 18" },
  { key = "essential_interests", letter = "b", en = "(b) sovereignty, security, public order or other essential interests", fr = "b) souveraineté, sécurité, ordre public ou autres intérêts essentiels" },
  { key = "domestic_prohibition", letter = "c", en = "(c) action prohibited for a similar domestic offence", fr = "c) mesure interdite pour une infraction interne analogue" },
  { key = "legal_system", letter = "d", en = "(d) contrary to the legal system relating to mutual legal assistance", fr = "d) contraire au système juridique relatif à l'entraide" },
}

obligation {
  ref = "untoc:18.21",
  level = "optional",
  title = { en = "Grounds for refusing assistance",
            fr = "Motifs de refus de l'entraide" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[Mutual legal assistance may be refused: (a) if the request is not made in conformity with the provisions of this Article; (b) if the requested State Party considers that execution of the request is likely to prejudice its sovereignty, security, public order or other essential interests; (c) if the authorities of the requested State Party would be prohibited by its domestic law from carrying out the action requested with regard to any similar offence, had it been subject to investigation, prosecution or judicial proceedings under their own jurisdiction; (d) if it would be contrary to the legal system of the requested State Party relating to mutual legal assistance for the request to be granted.]],
    fr = [[L'entraide judiciaire peut être refusée: a) si la demande n'est pas faite conformément aux dispositions du présent article; b) si l'État partie requis estime que l'exécution de la demande est susceptible de porter atteinte à sa souveraineté, à sa sécurité, à son ordre public ou à d'autres intérêts essentiels; c) au cas où le droit interne de l'État partie requis interdirait à ses autorités de prendre les mesures demandées s'il s'agissait d'une infraction analogue ayant fait l'objet d'une enquête, de poursuites ou d'une procédure judiciaire dans le cadre de sa propre compétence; d) au cas où il serait contraire au système juridique de l'État partie requis concernant l'entraide judiciaire d'accepter la demande.]],
  },
  facts = { "mutual_legal_assistance.refusal_grounds" },
  -- Optional: the grounds the State retains are options; the finding names
  -- them (option id: the letters, e.g. "b" or "a+b+c+d").  Grounds outside
  -- the list (other_grounds) are quoted for reviewers: where no treaty
  -- applies (paragraph 7), a refusal must rest on paragraph 21 (or on
  -- paragraph 9 for dual criminality, paragraph 25 for postponement); many
  -- usual grounds (political offence, discrimination, ne bis in idem) are
  -- commonly read into (b) or (d).  They never change the status here.  Bank
  -- secrecy is never a ground (18(8) forbids it outright), dual criminality
  -- belongs to 18(9), fiscal matters to 18(22): the finding says so rather
  -- than inviting the reader to fit them under (b) or (d).
  check = function(ctx)
    return lx.mla_refusal_grounds(ctx, { grounds = GROUNDS,
      others = { en = " Grounds outside paragraph 21 are also stated: {o}. Bank secrecy can never be one: paragraph 8 forbids it outright (assessed under art. 18(8)); the absence of dual criminality is governed by paragraph 9, not by paragraph 21. Where no treaty applies, reviewers should check every other ground against paragraph 21.",
                 fr = " Des motifs étrangers au paragraphe 21 sont aussi indiqués : {o}. Le secret bancaire ne peut jamais en être un : le paragraphe 8 l'interdit expressément (évalué au titre de l'art. 18, par. 8) ; l'absence de double incrimination relève du paragraphe 9, non du paragraphe 21. En l'absence de traité, les évaluateurs vérifieront chaque autre motif au regard du paragraphe 21." },
      question = { en = "Which of the grounds of art. 18(21) (a) to (d) does national law retain (refusal_grounds.grounds)?",
                   fr = "Lesquels des motifs de l'art. 18, par. 21 a) à d), le droit national retient-il (refusal_grounds.grounds) ?" } })
  end,
}

obligation {
  ref = "untoc:18.22",
  level = "mandatory",
  title = { en = "No refusal on the sole ground that the offence involves fiscal matters",
            fr = "Pas de refus au seul motif que l'infraction touche à des questions fiscales" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[States Parties may not refuse a request for mutual legal assistance on the sole ground that the offence is also considered to involve fiscal matters.]],
    fr = [[Les États parties ne peuvent refuser une demande d'entraide judiciaire au seul motif que l'infraction est considérée comme touchant aussi à des questions fiscales.]],
  },
  facts = { "mutual_legal_assistance.fiscal_no_ground" },
  -- "May not refuse" / "ne peuvent refuser": a prohibition, mandatory.
  check = function(ctx)
    return measure(ctx, "fiscal_no_ground",
      { en = "the exclusion of the fiscal character of the offence as the sole ground for refusing mutual legal assistance",
        fr = "l'exclusion du caractère fiscal de l'infraction comme seul motif de refus de l'entraide judiciaire" })
  end,
}

obligation {
  ref = "untoc:18.23",
  level = "mandatory",
  title = { en = "Reasons given for any refusal",
            fr = "Motivation de tout refus" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[Reasons shall be given for any refusal of mutual legal assistance.]],
    fr = [[Tout refus d'entraide judiciaire doit être motivé.]],
  },
  facts = { "mutual_legal_assistance.refusal_reasons" },
  check = function(ctx)
    return measure(ctx, "refusal_reasons",
      { en = "a rule or established practice that reasons be given for any refusal of mutual legal assistance",
        fr = "une règle ou une pratique établie imposant de motiver tout refus d'entraide judiciaire" })
  end,
}

obligation {
  ref = "untoc:18.24",
  level = "mandatory",
  title = { en = "Execution as soon as possible; answers on progress",
            fr = "Exécution aussi prompte que possible ; réponses sur l'état d'avancement" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[The requested State Party shall execute the request for mutual legal assistance as soon as possible and shall take as full account as possible of any deadlines suggested by the requesting State Party and for which reasons are given, preferably in the request. The requested State Party shall respond to reasonable requests by the requesting State Party on progress of its handling of the request.]],
    fr = [[L'État partie requis exécute la demande d'entraide judiciaire aussi promptement que possible et tient compte, dans toute la mesure possible, de tous les délais suggérés par l'État partie requérant et qui sont motivés, de préférence dans la demande. L'État partie requis répond aux demandes raisonnables de l'État partie requérant concernant les progrès faits dans l'exécution de la demande.]],
  },
  facts = { "mutual_legal_assistance.timely_execution" },
  check = function(ctx)
    return measure(ctx, "timely_execution",
      { en = "rules or an established practice ensuring that requests are executed as soon as possible, taking account of the deadlines suggested, and that reasonable inquiries on progress are answered",
        fr = "des règles ou une pratique établie garantissant l'exécution des demandes aussi promptement que possible, compte tenu des délais suggérés, et une réponse aux demandes raisonnables sur l'état d'avancement" })
  end,
}

obligation {
  ref = "untoc:18.25",
  level = "optional",
  title = { en = "Postponement where execution would interfere with ongoing proceedings",
            fr = "Report lorsque l'exécution entraverait une procédure en cours" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[Mutual legal assistance may be postponed by the requested State Party on the ground that it interferes with an ongoing investigation, prosecution or judicial proceeding.]],
    fr = [[L'entraide judiciaire peut être différée par l'État partie requis au motif qu'elle entraverait une enquête, des poursuites ou une procédure judiciaire en cours.]],
  },
  facts = { "mutual_legal_assistance.postponement" },
  check = function(ctx)
    return measure(ctx, "postponement",
      { en = "the postponement of assistance that would interfere with an ongoing investigation, prosecution or judicial proceeding",
        fr = "le report de l'entraide qui entraverait une enquête, des poursuites ou une procédure judiciaire en cours" })
  end,
}

obligation {
  ref = "untoc:18.26",
  level = "mandatory",
  title = { en = "Consultation before refusing or postponing",
            fr = "Consultation avant de refuser ou de différer" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[Before refusing a request pursuant to paragraph 21 of this Article or postponing its execution pursuant to paragraph 25 of this Article, the requested State Party shall consult with the requesting State Party to consider whether assistance may be granted subject to such terms and conditions as it deems necessary. If the requesting State Party accepts assistance subject to those conditions, it shall comply with the conditions.]],
    fr = [[Avant de refuser une demande en vertu du paragraphe 21 ou d'en différer l'exécution en vertu du paragraphe 25, l'État partie requis étudie avec l'État partie requérant la possibilité d'accorder l'entraide sous réserve des conditions qu'il juge nécessaires. Si l'État partie requérant accepte l'entraide sous réserve de ces conditions, il se conforme à ces dernières.]],
  },
  facts = { "mutual_legal_assistance.consultation_before_refusal" },
  -- The second sentence (the requesting State complies with the conditions
  -- it accepted) is served by the fact of 18(5)/(19) for information and
  -- evidence; it is not assessed separately.
  check = function(ctx)
    return measure(ctx, "consultation_before_refusal",
      { en = "consultation of the requesting State, before a refusal or postponement, on granting assistance subject to conditions (legal basis or established practice)",
        fr = "la consultation de l'État requérant, avant un refus ou un report, sur la possibilité d'accorder l'entraide sous conditions (base légale ou pratique établie)" })
  end,
}

---------------------------------------------------------------------------
-- Paragraph 27: safe conduct of witnesses and experts
---------------------------------------------------------------------------

obligation {
  ref = "untoc:18.27",
  level = "mandatory",
  title = { en = "Safe conduct of witnesses, experts and other persons",
            fr = "Immunité des témoins, experts et autres personnes" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[Without prejudice to the application of paragraph 12 of this Article, a witness, expert or other person who, at the request of the requesting State Party, consents to give evidence in a proceeding or to assist in an investigation, prosecution or judicial proceeding in the territory of the requesting State Party shall not be prosecuted, detained, punished or subjected to any other restriction of his or her personal liberty in that territory in respect of acts, omissions or convictions prior to his or her departure from the territory of the requested State Party. Such safe conduct shall cease when the witness, expert or other person having had, for a period of 15 consecutive days or for any period agreed upon by the States Parties from the date on which he or she has been officially informed that his or her presence is no longer required by the judicial authorities, an opportunity of leaving, has nevertheless remained voluntarily in the territory of the requesting State Party or, having left it, has returned of his or her own free will.]],
    fr = [[Sans préjudice de l'application du paragraphe 12, un témoin, un expert ou une autre personne qui, à la demande de l'État partie requérant, consent à déposer au cours d'une procédure ou à collaborer à une enquête, à des poursuites ou à une procédure judiciaire sur le territoire de l'État partie requérant ne sera pas poursuivi, détenu, puni ou soumis à d'autres restrictions à sa liberté personnelle sur ce territoire à raison d'actes, d'omissions ou de condamnations antérieurs à son départ du territoire de l'État partie requis. Cette immunité cesse lorsque le témoin, l'expert ou ladite personne ayant eu, pour une période de quinze jours consécutifs ou pour toute autre période convenue par les États parties, à compter de la date à laquelle ils ont été officiellement informés que leur présence n'était plus requise par les autorités judiciaires, la possibilité de quitter le territoire de l'État partie requérant, y sont néanmoins demeurés volontairement ou, l'ayant quitté, y sont revenus de leur plein gré.]],
  },
  facts = { "mutual_legal_assistance.safe_conduct" },
  -- Binds the State as requesting State.  Where prosecution is mandatory,
  -- only a rule of law can give this immunity.
  check = function(ctx)
    return measure(ctx, "safe_conduct",
      { en = "safe conduct for witnesses, experts and other persons who come to the State at its request, for acts, omissions or convictions prior to their departure from the requested State",
        fr = "l'immunité des témoins, experts et autres personnes venant dans l'État à sa demande, pour des actes, omissions ou condamnations antérieurs à leur départ de l'État requis" })
  end,
}

---------------------------------------------------------------------------
-- Paragraph 29: government records
---------------------------------------------------------------------------

local CHAPEAU_29 = { en = [[The requested State Party: ]], fr = [[L'État partie requis: ]] }

obligation {
  ref = "untoc:18.29.a",
  level = "mandatory",
  title = { en = "Copies of government records available to the public",
            fr = "Copies des documents administratifs accessibles au public" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = CHAPEAU_29.en .. [[(a) shall provide to the requesting State Party copies of government records, documents or information in its possession that under its domestic law are available to the general public;]],
    fr = CHAPEAU_29.fr .. [[a) fournit à l'État partie requérant les copies des dossiers, documents ou renseignements administratifs en sa possession et auxquels, en vertu de son droit interne, le public a accès;]],
  },
  facts = { "mutual_legal_assistance.public_records" },
  check = function(ctx)
    return measure(ctx, "public_records",
      { en = "the provision to a requesting State of copies of government records, documents or information available to the general public",
        fr = "la fourniture à l'État requérant de copies des dossiers, documents ou renseignements administratifs accessibles au public" })
  end,
}

obligation {
  ref = "untoc:18.29.b",
  level = "optional",
  title = { en = "Copies of government records not available to the public",
            fr = "Copies des documents administratifs non accessibles au public" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = CHAPEAU_29.en .. [[(b) may, at its discretion, provide to the requesting State Party in whole, in part or subject to such conditions as it deems appropriate, copies of any government records, documents or information in its possession that under its domestic law are not available to the general public.]],
    fr = CHAPEAU_29.fr .. [[b) peut, à son gré, fournir à l'État partie requérant intégralement, en partie ou aux conditions qu'il estime appropriées, les copies de tous les dossiers, documents ou renseignements administratifs en sa possession et auxquels, en vertu de son droit interne, le public n'a pas accès.]],
  },
  facts = { "mutual_legal_assistance.non_public_records" },
  check = function(ctx)
    return measure(ctx, "non_public_records",
      { en = "the provision to a requesting State, at the State's discretion, of copies of government records, documents or information not available to the general public",
        fr = "la fourniture à l'État requérant, à la discrétion de l'État, de copies des dossiers, documents ou renseignements administratifs non accessibles au public" })
  end,
}

---------------------------------------------------------------------------
-- Paragraph 30: agreements
---------------------------------------------------------------------------

obligation {
  ref = "untoc:18.30",
  level = "consider",
  title = { en = "Bilateral or multilateral agreements on mutual legal assistance",
            fr = "Accords bilatéraux ou multilatéraux d'entraide judiciaire" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[States Parties shall consider, as may be necessary, the possibility of concluding bilateral or multilateral agreements or arrangements that would serve the purposes of, give practical effect to or enhance the provisions of this Article.]],
    fr = [[Les États parties envisagent, s'il y a lieu, la possibilité de conclure des accords ou des arrangements bilatéraux ou multilatéraux qui servent les objectifs et les dispositions du présent article, leur donnent un effet pratique ou les renforcent.]],
  },
  facts = { "mutual_legal_assistance.agreements" },
  -- A duty to consider: agreements concluded show it a fortiori; a recorded
  -- consideration (considered = true) without any agreement also meets it;
  -- absence of both is a weak shortcoming, never a gap.
  check = function(ctx)
    local r = measure(ctx, "agreements",
      { en = "bilateral or multilateral agreements or arrangements on mutual legal assistance",
        fr = "des accords ou arrangements bilatéraux ou multilatéraux d'entraide judiciaire" })
    if r.status ~= "met" or r.option then return r end   -- not met, unknown, or met as "considered"
    local f = ctx:fact(MLA .. "agreements")
    local list = {}
    for i, x in ipairs(f.instruments or {}) do list[i] = x end
    local l = #list > 0 and lx.t({ en = ": {l}", fr = " : {l}" }, { l = table.concat(list, "; ") }) or EMPTY
    return ctx:met(lx.t({ en = "The State has concluded bilateral or multilateral agreements or arrangements on mutual legal assistance{s}{l}; this goes beyond the duty to consider them.",
                          fr = "L'État a conclu des accords ou arrangements bilatéraux ou multilatéraux d'entraide judiciaire{s}{l}, ce qui va au-delà de l'obligation de les envisager." },
      { s = f.source and (" (" .. f.source .. ")") or "", l = l }))
  end,
}
