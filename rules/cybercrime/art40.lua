-- Cybercrime Convention article 40 -- General principles and procedures of
-- mutual legal assistance (Principes généraux et procédures d'entraide
-- judiciaire)
--
-- The twin of UNTOC art. 18, paragraph for paragraph, read from the SAME
-- facts (the `mutual_legal_assistance` record,
-- rules/schema/mutual-legal-assistance.lua): a State's central authority,
-- grounds of refusal, videoconference hearings and safe conduct do not
-- change with the treaty invoked.  Each rule `serves` its UNTOC twin so that
-- reports holding both treaties show the two findings together.  Where the
-- texts differ, this Convention's wording decides:
--   40(1)  adds electronic evidence of the Convention's offences AND of
--          serious crimes (fact mutual_legal_assistance.electronic_evidence
--          with its `offences`; art. 35(1) reads this finding);
--   40(3)  has thirteen forms of assistance: (a)-(c), (g)-(k) and (m) are
--          UNTOC's (a)-(i), read from the same facts; (d), (e), (f) (stored
--          data, real-time traffic data, interception) are given "conformément
--          à l'article 44/45/46" and assessed with those articles, (l)
--          (recovering proceeds) with arts 49-52: declared not encoded here;
--   40(7)  names paragraphs 8 to 31 (UNTOC: 9 to 29), the same fact;
--   40(8)  the dual criminality paragraph (UNTOC 18(9)) adds a third
--          sentence (refusal for de minimis matters, or assistance available
--          under other provisions): one optional obligation, the option of
--          assisting irrespective of dual criminality; the refusals are
--          permissions needing no measure;
--   40(12)(c), 40(13): the notifications are this Convention's own
--          (cybercrime:40.12.c, cybercrime:40.13): a notification under
--          UNTOC does not answer them, even when the authority is the same;
--   40(14)  requests and evidence in electronic form: "sont encouragées",
--          an encouragement, optional; no UNTOC twin;
--   40(22)  the discrimination clause: an interpretation clause, not
--          encoded (UNTOC art. 18 has none).
-- Levels: as UNTOC art. 18 (see rules/untoc/art18.lua), from the French
-- official text: 40(1), 40(2) ("est accordée, autant que les lois ... le
-- permettent": mandatory, the qualifier an escape), 40(3) (the forms the
-- requested State must be able to provide; levels.lua), 40(5), 40(7),
-- 40(10)(a), (c), (d), 40(11), 40(12)(a)-(c), 40(13) second sentence,
-- 40(17), 40(19), 40(23) and 40(24) ("ne peuvent"), 40(25), 40(26), 40(28),
-- 40(29), 40(31)(a): mandatory; 40(4), 40(8), 40(9), 40(13) third sentence,
-- 40(14), 40(18), 40(21), 40(27), 40(31)(b): optional; 40(32) ("envisagent,
-- s'il y a lieu"): consider.  40(10)(a)-(c) and 40(11) bind a State that
-- receives transferred detainees, 40(10)(d) one that sends them
-- (detained_persons.incoming, outgoing).  40(10)(b) is covered by the rule
-- on 40(10)(c) and 40(12)(b) by that on 40(12)(a), as in the UNTOC pack.
-- Qualifiers the State records under `principles` (as UNTOC 18(2), (17),
-- (18)): cybercrime:40.2 ("autant que les lois ... le permettent") and
-- cybercrime:40.17 ("dans la mesure où cela ne contrevient pas à son droit
-- interne et lorsque cela est possible") explain a shortcoming (met, with
-- option); cybercrime:40.18 ("conforme aux principes fondamentaux du droit
-- interne") makes the unused option not applicable.  A principle recorded
-- for the UNTOC twin only does not count here (docs/profile.md, section 11).
-- 40(21) names the grounds the State retains, read from
-- refusal_grounds.grounds as the UNTOC twin does.
-- Not encoded: 40(3)(d)-(f), (l), 40(6), 40(12)(d), 40(15), 40(16), 40(20),
-- 40(22), 40(30) (reasons below); 40(13) first sentence (form of requests,
-- addressed to the requesting State) is explained here only.
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

local MLA = "mutual_legal_assistance."

local function measure(ctx, field, en, fr)
  return lx.measure_finding(ctx, MLA .. field, { what = { en = en, fr = fr } })
end

-- 40(1) (and 35(1), which reads this finding): a legal basis for mutual
-- legal assistance, and cooperation on electronic evidence reaching serious
-- crimes, not only the Convention's offences.
local function electronic_cooperation(ctx)
  local basis = measure(ctx, "legal_basis",
    "a legal basis to afford mutual legal assistance in investigations, prosecutions and proceedings concerning the offences established under this Convention",
    "une base légale pour accorder l'entraide judiciaire lors des enquêtes, poursuites et procédures concernant les infractions établies conformément à la présente Convention")
  local ev = measure(ctx, "electronic_evidence",
    "the collection, obtaining, preservation and sharing of electronic evidence on a foreign request",
    "la collecte, l'obtention, la préservation et la communication de preuves sous forme électronique sur demande étrangère")
  local e = ctx:fact(MLA .. "electronic_evidence")
  if ev.status == "met" and e and e.offences == "convention_offences" then
    ev = { status = "partly_met",
           explanation = lx.t({ en = "{x} It reaches only the offences established under this Convention, not electronic evidence of serious crimes.",
                                fr = "{x} Elle ne vise que les infractions établies conformément à la présente Convention, non les preuves électroniques des infractions graves." }, { x = ev.explanation }),
           missing = { { en = "electronic evidence of serious crimes, not only of the Convention's offences",
                         fr = "les preuves électroniques des infractions graves, et non des seules infractions de la Convention" } } }
  elseif ev.status == "met" and e and e.offences == nil then
    ctx:ask(MLA .. "electronic_evidence", { en = "For which offences can electronic evidence be collected and shared on a foreign request: only those of the Convention, also any serious crime, or any offence?",
                                            fr = "Pour quelles infractions des preuves sous forme électronique peuvent-elles être collectées et communiquées sur demande étrangère : celles de la Convention seulement, aussi toute infraction grave, ou toute infraction ?" })
    ev = { status = "unknown", missing = {},
           explanation = lx.t({ en = "{x} The profile does not say whether it reaches electronic evidence of serious crimes or only of the Convention's offences.",
                                fr = "{x} Le profil n'indique pas si elle vise les preuves électroniques des infractions graves ou des seules infractions de la Convention." }, { x = ev.explanation }) }
  end
  return lx.all_of(ctx, { { finding = basis }, { finding = ev } })
end

-- 40(8): the option of assisting irrespective of dual criminality, at the
-- requested State's discretion (second sentence).  The first and third
-- sentences let a State refuse (absence of dual criminality; de minimis
-- matters; assistance available under other provisions): permissions that
-- need no measure, named in the explanation.
local DUAL = {
  not_required = { en = "assistance never depends on dual criminality", fr = "l'entraide ne dépend jamais de la double incrimination" },
  coercive_only = { en = "dual criminality is required for coercive measures only", fr = "la double incrimination n'est exigée que pour les mesures coercitives" },
  discretionary = { en = "the absence of dual criminality is a ground for refusal the authorities may waive", fr = "l'absence de double incrimination est un motif de refus auquel les autorités peuvent renoncer" },
  mandatory = { en = "assistance is always refused without dual criminality", fr = "l'entraide est toujours refusée sans double incrimination" },
}
local function dual_criminality_position(ctx)
  local m = ctx:measure(MLA .. "dual_criminality")
  local f = ctx:fact(MLA .. "dual_criminality")
  local req = f and f.requirement
  if req == nil and m.state == "not_adopted" then req = "not_required" end
  if req == nil then
    ctx:ask(MLA .. "dual_criminality")
    return ctx:unknown({ en = "The profile does not say whether mutual legal assistance depends on dual criminality.",
                         fr = "Le profil n'indique pas si l'entraide judiciaire dépend de la double incrimination." })
  end
  if req == "mandatory" then
    return ctx:not_met(lx.t({ en = "The State does not use the option of assisting irrespective of dual criminality: {o}{s} (refusing for its absence is allowed by paragraph 8).",
                              fr = "L'État n'use pas de la faculté d'accorder l'entraide indépendamment de la double incrimination : {o}{s} (le refus pour son absence est permis par le paragraphe 8)." }, { o = DUAL[req], s = lx.cited(m) }))
  end
  return ctx:met(lx.t({ en = "The State can assist irrespective of dual criminality, at least in part: {o}{s}.",
                        fr = "L'État peut accorder l'entraide indépendamment de la double incrimination, au moins en partie : {o}{s}." }, { o = DUAL[req], s = lx.cited(m) }),
                 { id = req:gsub("_", "-"), en = DUAL[req].en, fr = DUAL[req].fr })
end

-- 40(10) and 40(11) bind a State that receives transferred detainees
-- ("incoming"), 40(10)(d) one that sends them ("outgoing").  A State that
-- does not take part in that direction: not applicable.  One that does: the
-- finding of check.  Where the profile does not say, check is run all the
-- same: its met, unknown or not applicable finding is kept (the law meets
-- the paragraph should it bind the State, and the answer could only make it
-- not applicable), a not met or partly met one turns into unknown, since the
-- paragraph may not bind the State (the pattern of lx.if_nationals_refused).
local function if_takes_part(ctx, direction, check)
  local m = ctx:measure(MLA .. "detained_persons." .. direction)
  local role = direction == "incoming" and { en = "receives", fr = "reçoit" } or { en = "sends", fr = "envoie" }
  if m.state == "not_adopted" then
    return ctx:not_applicable(lx.t({ en = "The State does not take part in transfers of detained persons in this direction (it never {r} them){s}; the paragraph binds only a State that does.",
                                     fr = "L'État ne participe pas aux transfèrements de personnes détenues dans ce sens (il n'en {r} jamais){s} ; le paragraphe ne lie que l'État qui le fait." }, { r = role, s = lx.cited(m) }))
  end
  local r = check(ctx)
  if m.state == "adopted" or m.state == "partly" or r.status == "met" or r.status == "not_applicable" then return r end
  local open = { en = "The paragraph binds a State that {r} transferred detained persons, and the profile does not say whether this State does.",
                 fr = "Le paragraphe lie l'État qui {r} des personnes détenues transférées, et le profil n'indique pas si tel est le cas de cet État." }
  if r.status == "unknown" then
    return ctx:unknown(lx.t({ en = open.en .. " {e}", fr = open.fr .. " {e}" }, { r = role, e = r.explanation }), r.missing)
  end
  return ctx:unknown(lx.t({ en = open.en .. " If it does: {e}", fr = open.fr .. " Si tel est le cas : {e}" },
                          { r = role, e = lx.lower_first(r.explanation) }), r.missing)
end

obligation {
  ref = "cybercrime:40.1",
  level = "mandatory",
  title = { en = "Mutual legal assistance for the Convention's offences and electronic evidence of serious crimes", fr = "Entraide judiciaire pour les infractions de la Convention et les preuves électroniques des infractions graves" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.1" },
  text = {
    fr = [[Les États parties s'accordent mutuellement l'entraide judiciaire la plus large possible lors des enquêtes, poursuites et procédures judiciaires concernant les infractions établies conformément à la présente Convention, et aux fins de la collecte de preuves sous forme électronique des infractions établies conformément à la présente Convention, ainsi que d'infractions graves.]],
    en = [[States Parties shall afford one another the widest measure of mutual legal assistance in investigations, prosecutions and judicial proceedings in relation to the offences established in accordance with this Convention, and for the purposes of the collection of evidence in electronic form of offences established in accordance with this Convention, as well as of serious crime.]],
  },
  facts = { MLA .. "legal_basis", MLA .. "electronic_evidence" },
  check = function(ctx)
    return electronic_cooperation(ctx)
  end,
}

obligation {
  ref = "cybercrime:40.2",
  level = "mandatory",
  title = { en = "Assistance for offences for which a legal person may be held liable", fr = "Entraide pour les infractions dont une personne morale peut être tenue responsable" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.2" },
  text = {
    fr = [[L'entraide judiciaire la plus large possible est accordée, autant que les lois, traités, accords et arrangements pertinents de l'État partie requis le permettent, lors des enquêtes, poursuites et procédures judiciaires concernant les infractions dont une personne morale peut être tenue responsable dans l'État partie requérant conformément à l'article 18 de la présente Convention.]],
    en = [[Mutual legal assistance shall be afforded to the fullest extent possible under relevant laws, treaties, agreements and arrangements of the requested State Party with respect to investigations, prosecutions and judicial proceedings in relation to the offences for which a legal person may be held liable in accordance with article 18 of this Convention in the requesting State Party.]],
  },
  facts = { MLA .. "legal_persons" },
  check = function(ctx)
    -- "autant que les lois, traités, accords et arrangements pertinents de
    -- l'État partie requis le permettent": an escape the State records under
    -- principles for cybercrime:40.2 (as UNTOC 18(2)); one recorded for
    -- untoc:18.2 only does not explain this finding.
    return lx.principle_escape(ctx, measure(ctx, "legal_persons",
      "mutual legal assistance in investigations, prosecutions and proceedings concerning offences for which a legal person may be held liable in the requesting State",
      "l'entraide judiciaire lors des enquêtes, poursuites et procédures concernant des infractions dont une personne morale peut être tenue responsable dans l'État requérant"),
      "cybercrime:40.2",
      { en = "\"to the fullest extent possible under relevant laws, treaties, agreements and arrangements of the requested State Party\" (unofficial translation)",
        fr = "« autant que les lois, traités, accords et arrangements pertinents de l'État partie requis le permettent »" },
      { id = "fullest-extent-possible", en = "to the fullest extent possible under the requested State's laws (art. 40(2))",
        fr = "autant que les lois de l'État requis le permettent (art. 40, par. 2)" })
  end,
}

obligation {
  ref = "cybercrime:40.3.a",
  level = "mandatory",
  title = { en = "Taking evidence or statements", fr = "Recueil de témoignages ou de dépositions" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.3.a" },
  text = {
    fr = [[Recueillir des témoignages ou des dépositions ;]],
    en = [[(a) Taking evidence or statements from persons;]],
  },
  facts = { MLA .. "purposes.taking_evidence" },
  check = function(ctx)
    return measure(ctx, "purposes.taking_evidence",
      "taking evidence or statements from persons on a foreign request",
      "le recueil de témoignages ou de dépositions sur demande étrangère")
  end,
}

obligation {
  ref = "cybercrime:40.3.b",
  level = "mandatory",
  title = { en = "Service of judicial documents", fr = "Signification d'actes judiciaires" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.3.b" },
  text = {
    fr = [[Signifier des actes judiciaires ;]],
    en = [[(b) Effecting service of judicial documents;]],
  },
  facts = { MLA .. "purposes.service_of_documents" },
  check = function(ctx)
    return measure(ctx, "purposes.service_of_documents",
      "the service of judicial documents on a foreign request",
      "la signification d'actes judiciaires sur demande étrangère")
  end,
}

obligation {
  ref = "cybercrime:40.3.c",
  level = "mandatory",
  title = { en = "Searches, seizures and freezing", fr = "Perquisitions, saisies et gel" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.3.c" },
  text = {
    fr = [[Effectuer des perquisitions et des saisies, ainsi que geler des avoirs ;]],
    en = [[(c) Executing searches and seizures, and freezing;]],
  },
  facts = { MLA .. "purposes.search_seizure_freezing" },
  check = function(ctx)
    return measure(ctx, "purposes.search_seizure_freezing",
      "searches and seizures, and freezing on a foreign request",
      "les perquisitions et saisies, et le gel d'avoirs sur demande étrangère")
  end,
}

not_encoded {
  ref = "cybercrime:40.3.d",
  reason = { en = "Assistance to search, access, seize and disclose stored electronic data is governed by article 44 (\"conformément à l'article 44\") and assessed with it.",
             fr = "L'entraide aux fins de perquisitionner, consulter, saisir et divulguer des données électroniques stockées est régie par l'article 44 (« conformément à l'article 44 ») et évaluée avec lui." },
}

not_encoded {
  ref = "cybercrime:40.3.e",
  reason = { en = "Real-time collection of traffic data on request is governed by article 45 (\"conformément à l'article 45\", a duty to endeavour) and assessed with it.",
             fr = "La collecte en temps réel de données de trafic sur demande est régie par l'article 45 (« conformément à l'article 45 », une obligation de s'efforcer) et évaluée avec lui." },
}

not_encoded {
  ref = "cybercrime:40.3.f",
  reason = { en = "Interception of content data on request is governed by article 46 (\"conformément à l'article 46\", a duty to endeavour within the limits of treaties and domestic law) and assessed with it.",
             fr = "L'interception de données de contenu sur demande est régie par l'article 46 (« conformément à l'article 46 », une obligation de s'efforcer dans les limites des traités et du droit interne) et évaluée avec lui." },
}

obligation {
  ref = "cybercrime:40.3.g",
  level = "mandatory",
  title = { en = "Examining objects and sites", fr = "Examen d'objets et visite de lieux" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.3.d" },
  text = {
    fr = [[Examiner des objets et visiter des lieux ;]],
    en = [[(g) Examining objects and sites;]],
  },
  facts = { MLA .. "purposes.examining_objects_sites" },
  check = function(ctx)
    return measure(ctx, "purposes.examining_objects_sites",
      "the examination of objects and sites on a foreign request",
      "l'examen d'objets et la visite de lieux sur demande étrangère")
  end,
}

obligation {
  ref = "cybercrime:40.3.h",
  level = "mandatory",
  title = { en = "Information, evidentiary items and expert evaluations", fr = "Informations, preuves et estimations d'experts" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.3.e" },
  text = {
    fr = [[Fournir des informations, des preuves et des estimations d'experts ;]],
    en = [[(h) Providing information, evidentiary items and expert evaluations;]],
  },
  facts = { MLA .. "purposes.information_expertise" },
  check = function(ctx)
    return measure(ctx, "purposes.information_expertise",
      "the provision of information, evidentiary items and expert evaluations on a foreign request",
      "la fourniture d'informations, de preuves et d'estimations d'experts sur demande étrangère")
  end,
}

obligation {
  ref = "cybercrime:40.3.i",
  level = "mandatory",
  title = { en = "Documents and records, including bank and business records", fr = "Documents et dossiers, y compris bancaires et commerciaux" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.3.f" },
  text = {
    fr = [[Fournir des originaux ou des copies certifiées conformes de documents et dossiers pertinents, y compris des documents administratifs, bancaires, financiers ou commerciaux et des documents de société ;]],
    en = [[(i) Providing originals or certified copies of relevant documents and records, including government, bank, financial, corporate or business records;]],
  },
  facts = { MLA .. "purposes.documents_records" },
  check = function(ctx)
    return measure(ctx, "purposes.documents_records",
      "the provision of originals or certified copies of relevant documents and records, including government, bank, financial, corporate or business records on a foreign request",
      "la fourniture d'originaux ou de copies certifiées conformes de documents et dossiers pertinents, y compris administratifs, bancaires, financiers ou commerciaux et de sociétés sur demande étrangère")
  end,
}

obligation {
  ref = "cybercrime:40.3.j",
  level = "mandatory",
  title = { en = "Identifying or tracing proceeds for evidentiary purposes", fr = "Identification ou localisation du produit du crime aux fins de preuve" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.3.g" },
  text = {
    fr = [[Identifier ou localiser le produit du crime, des biens, des instruments ou d'autres choses afin de recueillir des preuves ;]],
    en = [[(j) Identifying or tracing proceeds of crime, property, instrumentalities or other things for evidentiary purposes;]],
  },
  facts = { MLA .. "purposes.tracing_proceeds" },
  check = function(ctx)
    return measure(ctx, "purposes.tracing_proceeds",
      "the identification or tracing of proceeds of crime, property, instrumentalities or other things for evidentiary purposes on a foreign request",
      "l'identification ou la localisation du produit du crime, de biens, d'instruments ou d'autres choses aux fins de preuve sur demande étrangère")
  end,
}

obligation {
  ref = "cybercrime:40.3.k",
  level = "mandatory",
  title = { en = "Voluntary appearance of persons in the requesting State", fr = "Comparution volontaire de personnes dans l'État requérant" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.3.h" },
  text = {
    fr = [[Faciliter la comparution volontaire de personnes dans l'État partie requérant ;]],
    en = [[(k) Facilitating the voluntary appearance of persons in the requesting State Party;]],
  },
  facts = { MLA .. "purposes.voluntary_appearance" },
  check = function(ctx)
    return measure(ctx, "purposes.voluntary_appearance",
      "facilitating the voluntary appearance of persons in the requesting State on a foreign request",
      "la facilitation de la comparution volontaire de personnes dans l'État requérant sur demande étrangère")
  end,
}

not_encoded {
  ref = "cybercrime:40.3.l",
  reason = { en = "Recovering proceeds of crime on request is governed by the articles on international cooperation for confiscation and the return of property (arts 49 to 52) and assessed with them.",
             fr = "Le recouvrement du produit du crime sur demande est régi par les articles relatifs à la coopération internationale aux fins de confiscation et à la restitution (art. 49 à 52) et évalué avec eux." },
}

obligation {
  ref = "cybercrime:40.3.m",
  level = "mandatory",
  title = { en = "Any other assistance not contrary to domestic law", fr = "Tout autre type d'aide compatible avec le droit interne" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.3.i" },
  text = {
    fr = [[Fournir tout autre type d'aide compatible avec le droit interne de l'État partie requis.]],
    en = [[(m) Any other type of assistance that is not contrary to the domestic law of the requested State Party.]],
  },
  facts = { MLA .. "purposes.other_assistance" },
  check = function(ctx)
    return measure(ctx, "purposes.other_assistance",
      "any other type of assistance that is not contrary to domestic law on a foreign request",
      "tout autre type d'aide compatible avec le droit interne sur demande étrangère")
  end,
}

obligation {
  ref = "cybercrime:40.4",
  level = "optional",
  title = { en = "Spontaneous transmission of information", fr = "Communication spontanée d'informations" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.4" },
  text = {
    fr = [[Sans préjudice du droit interne, les autorités compétentes d'un État partie peuvent, sans que la demande leur en soit préalablement faite, communiquer des informations concernant des affaires pénales à une autorité compétente d'un autre État partie si elles pensent que ces informations pourraient aider cette autorité à entreprendre ou à mener à bien des enquêtes et des procédures pénales ou l'amener à formuler une demande en vertu de la présente Convention.]],
    en = [[Without prejudice to domestic law, the competent authorities of a State Party may, without prior request, transmit information relating to criminal matters to a competent authority in another State Party where they believe that such information could assist the authority in undertaking or successfully concluding inquiries and criminal proceedings or could result in a request formulated by the latter State Party pursuant to this Convention.]],
  },
  facts = { MLA .. "spontaneous_transmission" },
  check = function(ctx)
    return measure(ctx, "spontaneous_transmission",
      "the transmission, without prior request, of information relating to criminal matters to a foreign competent authority",
      "la communication, sans demande préalable, d'informations concernant des affaires pénales à une autorité compétente étrangère")
  end,
}

obligation {
  ref = "cybercrime:40.5",
  level = "mandatory",
  title = { en = "Confidentiality and restrictions on information received spontaneously", fr = "Confidentialité et restrictions pour les informations reçues spontanément" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.5" },
  text = {
    fr = [[Les autorités compétentes qui reçoivent ces informations accèdent à toute demande tendant à ce que lesdites informations restent confidentielles, même temporairement, ou à ce que leur utilisation soit assortie de restrictions. Toutefois, cela n'empêche pas l'État partie qui reçoit les informations de révéler, dans le cadre de la procédure qu'il a engagée, des informations à décharge. Dans ce cas, l'État partie qui reçoit les informations avise, avant la révélation, l'État partie qui les communique et, si la demande lui en est faite, le consulte.]],
    en = [[The competent authorities receiving the information shall comply with a request that said information remain confidential, even temporarily, or with restrictions on its use. However, this shall not prevent the receiving State Party from disclosing in its proceedings information that is exculpatory to an accused person. In such a case, the receiving State Party shall notify the transmitting State Party prior to the disclosure and, if so requested, consult with the transmitting State Party.]],
  },
  facts = { MLA .. "received_information_conditions" },
  check = function(ctx)
    return measure(ctx, "received_information_conditions",
      "respect for the confidentiality and restrictions on use a foreign State attaches to information it transmits, exculpatory information aside after notice",
      "le respect de la confidentialité et des restrictions d'utilisation qu'un État étranger attache aux informations qu'il communique, sauf révélation d'informations à décharge après avis")
  end,
}

not_encoded {
  ref = "cybercrime:40.6",
  reason = { en = "Saving clause: article 40 does not affect the obligations under other treaties on mutual legal assistance; it imposes no measure (as UNTOC art. 18(6)).",
             fr = "Clause de sauvegarde : l'article 40 n'affecte pas les obligations découlant d'autres traités d'entraide judiciaire ; elle n'impose aucune mesure (comme l'art. 18, par. 6, de la CTO)." },
}

obligation {
  ref = "cybercrime:40.7",
  level = "mandatory",
  title = { en = "Assistance without a treaty under paragraphs 8 to 31", fr = "Entraide sans traité selon les paragraphes 8 à 31" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.7" },
  text = {
    fr = [[Les paragraphes 8 à 31 du présent article sont applicables aux demandes faites conformément au présent article si les États parties en question ne sont pas liés par un traité d'entraide judiciaire.]],
    en = [[Paragraphs 8 to 31 of this article shall apply to requests made pursuant to this article if the States Parties in question are not bound by a treaty of mutual legal assistance.]],
  },
  facts = { MLA .. "without_treaty" },
  check = function(ctx)
    return measure(ctx, "without_treaty",
      "mutual legal assistance to a State Party with which it has no treaty, applying paragraphs 8 to 31 of article 40 (directly or through national law)",
      "l'entraide judiciaire à un État partie avec lequel il n'est lié par aucun traité, en appliquant les paragraphes 8 à 31 de l'article 40 (directement ou par la loi nationale)")
  end,
}

obligation {
  ref = "cybercrime:40.8",
  level = "optional",
  title = { en = "Assistance irrespective of dual criminality", fr = "Entraide indépendamment de la double incrimination" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.9#discretion" },
  text = {
    fr = [[Les États parties peuvent invoquer l'absence de double incrimination pour refuser de fournir une aide en application du présent article. Toutefois, un État partie requis peut, lorsqu'il le juge approprié, fournir cette aide, dans la mesure dont il décide à son gré, que l'acte constitue ou non une infraction conformément à son droit interne. L'aide peut être refusée lorsque la demande porte sur des questions mineures ou des questions pour lesquelles la coopération ou l'aide demandée peut être obtenue sur le fondement d'autres dispositions de la présente Convention.]],
    en = [[States Parties may decline to render assistance pursuant to this article on the ground of absence of dual criminality. However, the requested State Party may, when it deems appropriate, provide assistance, to the extent it decides at its discretion, irrespective of whether the conduct would constitute an offence under the domestic law of the requested State Party. Assistance may be refused when requests involve matters of a de minimis nature or matters for which the cooperation or assistance sought is available under other provisions of this Convention.]],
  },
  facts = { MLA .. "dual_criminality" },
  check = function(ctx)
    return dual_criminality_position(ctx)
  end,
}

obligation {
  ref = "cybercrime:40.9",
  covers = { "cybercrime:40.9.a", "cybercrime:40.9.b" },
  level = "optional",
  title = { en = "Transfer of detained persons to give evidence abroad", fr = "Transfèrement de personnes détenues pour témoigner à l'étranger" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.10" },
  text = {
    fr = [[Toute personne détenue ou purgeant une peine sur le territoire d'un État partie et dont la présence est requise dans un autre État partie à des fins d'identification ou de témoignage ou pour qu'elle apporte de toute autre manière son concours à l'obtention de preuves dans le cadre d'enquêtes, de poursuites ou de procédures judiciaires relatives à des infractions établies conformément à la présente Convention, peut faire l'objet d'un transfèrement si les conditions ci-après sont réunies :]],
    en = [[A person who is being detained or is serving a sentence in the territory of one State Party whose presence in another State Party is requested for purposes of identification, testimony or otherwise providing assistance in obtaining evidence for investigations, prosecutions or judicial proceedings in relation to offences established in accordance with this Convention may be transferred if the following conditions are met: (a) the person freely gives his or her informed consent; (b) the competent authorities of both States Parties agree, subject to such conditions as those States Parties may deem appropriate.]],
  },
  facts = { MLA .. "detained_persons.outgoing" },
  check = function(ctx)
    return measure(ctx, "detained_persons.outgoing",
      "the temporary transfer abroad of a detained person, with his or her free and informed consent, to give evidence or assist",
      "le transfèrement temporaire à l'étranger d'une personne détenue, avec son consentement libre et éclairé, pour témoigner ou apporter son concours")
  end,
}

obligation {
  ref = "cybercrime:40.10.a",
  level = "mandatory",
  title = { en = "Custody of a person transferred to the State", fr = "Garde d'une personne transférée vers l'État" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.11.a" },
  text = {
    fr = [[L'État partie vers lequel la personne est transférée a le pouvoir et l'obligation de la garder en détention, sauf demande ou autorisation contraire de la part de l'État partie à partir duquel elle a été transférée ;]],
    en = [[The State Party to which the person is transferred shall have the authority and obligation to keep the person transferred in custody, unless otherwise requested or authorized by the State Party from which the person was transferred;]],
  },
  facts = { MLA .. "detained_persons.incoming", MLA .. "detained_persons.custody" },
  check = function(ctx)
    return if_takes_part(ctx, "incoming", function(c)
      return measure(c, "detained_persons.custody",
        "the power and obligation to keep a person transferred to the State in custody, unless the sending State requests or authorizes otherwise",
        "le pouvoir et l'obligation de garder en détention une personne transférée vers l'État, sauf demande ou autorisation contraire de l'État d'envoi")
    end)
  end,
}

obligation {
  ref = "cybercrime:40.10.c",
  covers = { "cybercrime:40.10.b" },
  level = "mandatory",
  title = { en = "Return of the person transferred without extradition proceedings", fr = "Remise de la personne transférée sans procédure d'extradition" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.11.c" },
  text = {
    fr = [[L'État partie vers lequel la personne est transférée ne peut exiger de l'État partie à partir duquel elle a été transférée qu'il engage une procédure d'extradition pour qu'elle lui soit remise ;]],
    en = [[The State Party to which the person is transferred shall not require the State Party from which the person was transferred to initiate extradition proceedings for the return of the person;]],
  },
  facts = { MLA .. "detained_persons.incoming", MLA .. "detained_persons.return_without_extradition" },
  check = function(ctx)
    return if_takes_part(ctx, "incoming", function(c)
      return measure(c, "detained_persons.return_without_extradition",
        "the return without delay of a person transferred to the State, as agreed, without requiring extradition proceedings",
        "la remise sans retard d'une personne transférée vers l'État, comme convenu, sans exiger de procédure d'extradition")
    end)
  end,
}

obligation {
  ref = "cybercrime:40.10.d",
  level = "mandatory",
  title = { en = "Credit for time served abroad", fr = "Imputation de la détention subie à l'étranger" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.11.d" },
  text = {
    fr = [[Il est tenu compte de la période que la personne a passée en détention dans l'État vers lequel elle a été transférée aux fins du décompte de la peine à purger dans l'État partie à partir duquel elle a été transférée.]],
    en = [[The person transferred shall receive credit for service of the sentence being served in the State Party from which he or she was transferred for time spent in the custody of the State Party to which he or she was transferred.]],
  },
  facts = { MLA .. "detained_persons.outgoing", MLA .. "detained_persons.time_credit" },
  check = function(ctx)
    return if_takes_part(ctx, "outgoing", function(c)
      return measure(c, "detained_persons.time_credit",
        "credit, against the sentence served in the State, for the time a person transferred abroad spent in custody there",
        "l'imputation sur la peine purgée dans l'État de la détention subie à l'étranger par une personne transférée")
    end)
  end,
}

obligation {
  ref = "cybercrime:40.11",
  level = "mandatory",
  title = { en = "Safe conduct of a detained person transferred to the State", fr = "Sauf-conduit de la personne détenue transférée vers l'État" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.12" },
  text = {
    fr = [[À moins que l'État partie à partir duquel une personne doit être transférée en vertu des paragraphes 9 et 10 du présent article ne donne son accord, ladite personne, quelle que soit sa nationalité, n'est pas poursuivie, détenue, punie ni soumise à d'autres restrictions de sa liberté personnelle sur le territoire de l'État vers lequel elle est transférée à raison d'actes, d'omissions ou de condamnations antérieurs à son départ du territoire de l'État à partir duquel elle a été transférée.]],
    en = [[Unless the State Party from which a person is to be transferred in accordance with paragraphs 9 and 10 of this article so agrees, that person, whatever his or her nationality, shall not be prosecuted, detained, punished or subjected to any other restriction of his or her personal liberty in the territory of the State to which that person is transferred in respect of acts, omissions or convictions prior to his or her departure from the territory of the State from which he or she was transferred.]],
  },
  facts = { MLA .. "detained_persons.incoming", MLA .. "detained_persons.safe_conduct" },
  check = function(ctx)
    return if_takes_part(ctx, "incoming", function(c)
      return measure(c, "detained_persons.safe_conduct",
        "protection of a person transferred to the State from prosecution, detention, punishment or other restriction of liberty for acts prior to the transfer, unless the sending State agrees",
        "la protection de la personne transférée vers l'État contre toute poursuite, détention, peine ou autre restriction de liberté pour des actes antérieurs au transfert, sauf accord de l'État d'envoi")
    end)
  end,
}

obligation {
  ref = "cybercrime:40.12.a",
  covers = { "cybercrime:40.12.b" },
  level = "mandatory",
  title = { en = "A central authority for mutual legal assistance", fr = "Une autorité centrale pour l'entraide judiciaire" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.13" },
  text = {
    fr = [[Chaque État partie désigne une ou plusieurs autorités centrales qui ont la responsabilité et le pouvoir de recevoir les demandes d'entraide judiciaire et, soit de les exécuter, soit de les transmettre aux autorités compétentes pour exécution. Si un État partie a une région ou un territoire spécial doté d'un système d'entraide judiciaire différent, il peut désigner une autorité centrale distincte qui aura la même fonction pour ladite région ou ledit territoire ;]],
    en = [[Each State Party shall designate a central authority or authorities that shall have the responsibility and power to receive requests for mutual legal assistance and either to execute them or to transmit them to the competent authorities for execution. Where a State Party has a special region or territory with a separate system of mutual legal assistance, it may designate a distinct central authority that shall have the same function for that region or territory;]],
  },
  facts = { MLA .. "central_authority" },
  check = function(ctx)
    local f = ctx:fact(MLA .. "central_authority")
    local name = f and f.authority and lx.t({ en = " ({a})", fr = " ({a})" }, { a = f.authority }) or { en = "", fr = "" }
    return lx.measure_finding(ctx, MLA .. "central_authority", {
      what = lx.t({ en = "a central authority{a} with the responsibility and power to receive requests for mutual legal assistance and to execute them, or transmit them for speedy and proper execution",
                    fr = "une autorité centrale{a} ayant la responsabilité et le pouvoir de recevoir les demandes d'entraide judiciaire et de les exécuter, ou de les transmettre pour une exécution rapide et en bonne et due forme" }, { a = name }) })
  end,
}

obligation {
  ref = "cybercrime:40.12.c",
  level = "mandatory",
  title = { en = "The central authority notified to the Secretary-General", fr = "L'autorité centrale notifiée au Secrétaire général" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.13" },
  text = {
    fr = [[L'autorité centrale désignée à cette fin fait l'objet d'une notification adressée au Secrétaire général ou à la Secrétaire générale de l'Organisation des Nations Unies au moment où chaque État partie dépose son instrument de ratification, d'acceptation ou d'approbation de la présente Convention, ou d'adhésion à celle-ci, et le Secrétaire général ou la Secrétaire générale de l'Organisation des Nations Unies établit et tient à jour un registre des autorités centrales désignées par les États parties. Chaque État partie veille en permanence à l'exactitude des données figurant dans ce registre ;]],
    en = [[The Secretary-General of the United Nations shall be notified of the central authority designated for this purpose at the time each State Party deposits its instrument of ratification, acceptance or approval of or accession to this Convention, and the Secretary-General shall set up and keep updated a register of central authorities designated by the States Parties. Each State Party shall ensure that the information held in the register is accurate at all times;]],
  },
  facts = { MLA .. "central_authority" },
  check = function(ctx)
    return lx.all_of(ctx, { { finding = lx.notified(ctx, "cybercrime:40.12.c",
      { en = "its central authority for mutual legal assistance", fr = "son autorité centrale pour l'entraide judiciaire" },
      { en = "Has the State notified its central authority for mutual legal assistance to the Secretary-General (Cybercrime Convention art. 40(12)(c))? On what date?",
        fr = "L'État a-t-il notifié au Secrétaire général son autorité centrale pour l'entraide judiciaire (Convention sur la cybercriminalité, art. 40, par. 12 c)) ? À quelle date ?" },
      MLA .. "central_authority") } })
  end,
}

not_encoded {
  ref = "cybercrime:40.12.d",
  reason = { en = "Channels of transmission in the individual case (requests go to the central authorities, without prejudice to a State's right to require the diplomatic channel or, in urgency, INTERPOL): nothing to adopt (as UNTOC art. 18(13), last sentences).",
             fr = "Voies de transmission dans le cas individuel (les demandes vont aux autorités centrales, sans préjudice du droit d'exiger la voie diplomatique ou, en cas d'urgence, INTERPOL) : rien à adopter (comme l'art. 18, par. 13, dernières phrases, de la CTO)." },
}

obligation {
  ref = "cybercrime:40.13",
  clause = "languages",
  level = "mandatory",
  title = { en = "Acceptable languages notified to the Secretary-General", fr = "Langues acceptables notifiées au Secrétaire général" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.14#languages" },
  text = {
    fr = [[La ou les langues acceptables pour chaque État partie sont notifiées au Secrétaire général ou à la Secrétaire générale de l'Organisation des Nations Unies au moment où l'État partie dépose son instrument de ratification, d'acceptation ou d'approbation de la présente Convention, ou d'adhésion à celle-ci.]],
    en = [[The Secretary-General of the United Nations shall be notified of the language or languages acceptable to each State Party at the time it deposits its instrument of ratification, acceptance or approval of or accession to this Convention.]],
  },
  facts = {  },
  check = function(ctx)
    return lx.all_of(ctx, { { finding = lx.notified(ctx, "cybercrime:40.13",
      { en = "the language or languages acceptable to it for requests", fr = "la ou les langues qu'il accepte pour les demandes" },
      { en = "Has the State notified the Secretary-General of the languages acceptable to it for requests for mutual legal assistance (Cybercrime Convention art. 40(13))? On what date?",
        fr = "L'État a-t-il notifié au Secrétaire général les langues qu'il accepte pour les demandes d'entraide judiciaire (Convention sur la cybercriminalité, art. 40, par. 13) ? À quelle date ?" }) } })
  end,
}

obligation {
  ref = "cybercrime:40.13",
  clause = "oral",
  level = "optional",
  title = { en = "Oral requests in urgent circumstances", fr = "Demandes orales en cas d'urgence" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.14#oral" },
  text = {
    fr = [[En cas d'urgence et si les États parties en conviennent, les demandes peuvent être faites oralement, mais doivent être confirmées sans délai par écrit.]],
    en = [[In urgent circumstances and where agreed by the States Parties, requests may be made orally but shall be confirmed in writing forthwith.]],
  },
  facts = { MLA .. "oral_requests" },
  check = function(ctx)
    return measure(ctx, "oral_requests",
      "oral requests in urgent circumstances, confirmed in writing forthwith",
      "les demandes orales en cas d'urgence, confirmées sans délai par écrit")
  end,
}

obligation {
  ref = "cybercrime:40.14",
  level = "optional",
  title = { en = "Requests and evidence in electronic form", fr = "Demandes et preuves sous forme électronique" },
  category = "cooperation",
  cluster = 5,
  text = {
    fr = [[Lorsque les lois respectives des États parties ne l'interdisent pas, les autorités centrales de ceux-ci sont encouragées à transmettre et à recevoir les demandes d'entraide judiciaire, et les communications y relatives, ainsi que les preuves, sous forme électronique, dans des conditions permettant à l'État partie requis d'en établir l'authenticité et garantissant la sécurité des communications.]],
    en = [[Where not prohibited by their respective laws, central authorities of States Parties are encouraged to transmit and receive requests for mutual legal assistance, and communications related thereto, as well as evidence, in electronic form under conditions allowing the requested State Party to establish authenticity and ensuring the security of communications.]],
  },
  facts = { MLA .. "electronic_requests" },
  check = function(ctx)
    return measure(ctx, "electronic_requests",
      "the transmission and receipt of requests, related communications and evidence in electronic form, under conditions ensuring authenticity and security",
      "la transmission et la réception sous forme électronique des demandes, des communications y relatives et des preuves, dans des conditions garantissant authenticité et sécurité")
  end,
}

not_encoded {
  ref = "cybercrime:40.15",
  reason = { en = "Content of a request (a) to (g): addressed to the requesting State in each request; procedural mechanics that call for no measure of the State (as UNTOC art. 18(15)).",
             fr = "Contenu d'une demande, a) à g) : s'adresse à l'État requérant pour chaque demande ; mécanique procédurale qui n'appelle aucune mesure de l'État (comme l'art. 18, par. 15, de la CTO)." },
}

not_encoded {
  ref = "cybercrime:40.16",
  reason = { en = "The requested State may ask for additional information: a step in the individual request, with no measure to adopt (as UNTOC art. 18(16)).",
             fr = "L'État requis peut demander un complément d'information : étape de la demande individuelle, sans mesure à adopter (comme l'art. 18, par. 16, de la CTO)." },
}

obligation {
  ref = "cybercrime:40.17",
  level = "mandatory",
  title = { en = "Execution under domestic law and, where possible, the procedures requested", fr = "Exécution selon le droit interne et, si possible, les procédures demandées" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.17" },
  text = {
    fr = [[Toute demande est exécutée conformément au droit interne de l'État partie requis et, dans la mesure où cela ne contrevient pas à son droit interne et lorsque cela est possible, conformément aux procédures spécifiées dans la demande.]],
    en = [[A request shall be executed in accordance with the domestic law of the requested State Party and, to the extent not contrary to the domestic law of the requested State Party and where possible, in accordance with the procedures specified in the request.]],
  },
  facts = { MLA .. "requested_procedures" },
  check = function(ctx)
    -- "dans la mesure où cela ne contrevient pas à son droit interne et
    -- lorsque cela est possible": an escape the State records under
    -- principles for cybercrime:40.17 (as UNTOC 18(17)).
    return lx.principle_escape(ctx, measure(ctx, "requested_procedures",
      "the execution of requests in accordance with the procedures specified by the requesting State, to the extent not contrary to domestic law",
      "l'exécution des demandes conformément aux procédures spécifiées par l'État requérant, dans la mesure où cela ne contrevient pas au droit interne"),
      "cybercrime:40.17",
      { en = "\"to the extent not contrary to its domestic law and where possible\" (unofficial translation)",
        fr = "« dans la mesure où cela ne contrevient pas à son droit interne et lorsque cela est possible »" },
      { id = "contrary-to-domestic-law", en = "to the extent not contrary to domestic law (art. 40(17))",
        fr = "dans la mesure où cela ne contrevient pas au droit interne (art. 40, par. 17)" })
  end,
}

obligation {
  ref = "cybercrime:40.18",
  level = "optional",
  title = { en = "Hearings by videoconference", fr = "Auditions par visioconférence" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.18" },
  text = {
    fr = [[Lorsque cela est possible et conforme aux principes fondamentaux du droit interne, si une personne qui se trouve sur le territoire d'un État partie doit être entendue comme témoin, comme victime ou comme expert par les autorités judiciaires d'un autre État partie, le premier État partie peut, à la demande de l'autre, autoriser son audition par visioconférence s'il n'est pas possible ou souhaitable qu'elle compare en personne sur le territoire de l'État partie requérant. Les États parties peuvent convenir que l'audition sera conduite par une autorité judiciaire de l'État partie requérant et qu'une autorité judiciaire de l'État partie requis y assistera. Si l'État partie requis ne dispose pas des moyens techniques permettant la visioconférence, l'État partie requérant peut les lui fournir, avec son accord.]],
    en = [[Wherever possible and consistent with fundamental principles of domestic law, when an individual is in the territory of a State Party and has to be heard as a witness, victim or expert by the judicial authorities of another State Party, the first State Party may, at the request of the other, permit the hearing to take place by videoconference if it is not possible or desirable for the individual in question to appear in person in the territory of the requesting State Party. States Parties may agree that the hearing shall be conducted by a judicial authority of the requesting State Party and attended by a judicial authority of the requested State Party. If the requested State Party does not have access to the technical means for conducting a videoconference, such means may be provided by the requesting State Party upon mutual agreement.]],
  },
  facts = { MLA .. "videoconference" },
  -- "Lorsque cela est possible et conforme aux principes fondamentaux du
  -- droit interne": a State that has not adopted the option and records such
  -- a principle for cybercrime:40.18 does not have it: not applicable with
  -- that reason (as UNTOC 18(18)).
  check = function(ctx)
    local m = ctx:measure(MLA .. "videoconference")
    local p = (m.state == "not_adopted") and ctx:principle("cybercrime:40.18") or nil
    if p then
      return ctx:not_applicable(lx.t({
        en = "National law does not allow hearings by videoconference for foreign judicial authorities{s}, and the State records that they would not be consistent with the fundamental principles of its domestic law: {st}. Paragraph 18 offers the option only \"where possible and consistent with fundamental principles of domestic law\" (unofficial translation of « lorsque cela est possible et conforme aux principes fondamentaux du droit interne »).",
        fr = "Le droit national ne permet pas l'audition par visioconférence au profit d'autorités judiciaires étrangères{s}, et l'État indique qu'elle ne serait pas conforme aux principes fondamentaux de son droit interne : {st}. Le paragraphe 18 n'ouvre cette faculté que « lorsque cela est possible et conforme aux principes fondamentaux du droit interne »." },
        { s = lx.cited(m), st = lx.stated_principle(p) }))
    end
    return measure(ctx, "videoconference",
      "the hearing of a witness, victim or expert in the State by the judicial authorities of another State by videoconference",
      "l'audition par visioconférence d'un témoin, d'une victime ou d'un expert se trouvant dans l'État par les autorités judiciaires d'un autre État")
  end,
}

obligation {
  ref = "cybercrime:40.19",
  level = "mandatory",
  title = { en = "Use of information and evidence only for the proceedings stated in the request", fr = "Utilisation des informations et preuves pour les seules procédures visées dans la demande" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.19" },
  text = {
    fr = [[L'État partie requérant ne communique ni n'utilise les informations ou les preuves fournies par l'État partie requis pour des enquêtes, poursuites ou procédures judiciaires autres que celles visées dans la demande sans le consentement préalable de l'État partie requis. Rien dans le présent paragraphe n'empêche l'État partie requérant de révéler, dans le cadre de la procédure qu'il a engagée, des informations ou des preuves à décharge. Dans ce cas, l'État partie requérant avise, avant la révélation, l'État partie requis et, si la demande lui en est faite, le consulte. Si, dans un cas exceptionnel, une notification préalable n'est pas possible, l'État partie requérant informe sans retard de la révélation l'État partie requis.]],
    en = [[The requesting State Party shall not transmit or use information or evidence furnished by the requested State Party for investigations, prosecutions or judicial proceedings other than those stated in the request without the prior consent of the requested State Party. Nothing in this paragraph shall prevent the requesting State Party from disclosing in its proceedings information or evidence that is exculpatory to an accused person. In the latter case, the requesting State Party shall notify the requested State Party prior to the disclosure and, if so requested, consult with the requested State Party. If, in an exceptional case, advance notice is not possible, the requesting State Party shall inform the requested State Party of the disclosure without delay.]],
  },
  facts = { MLA .. "received_information_conditions" },
  check = function(ctx)
    return measure(ctx, "received_information_conditions",
      "the rule that information or evidence received from a foreign State is used only for the proceedings stated in the request, without its prior consent, exculpatory information aside after notice",
      "la règle selon laquelle les informations ou preuves reçues d'un État étranger ne servent qu'aux procédures visées dans la demande, sauf son consentement préalable et la révélation d'informations à décharge après avis")
  end,
}

not_encoded {
  ref = "cybercrime:40.20",
  reason = { en = "The requesting State may require confidentiality; the requested State informs it promptly when it cannot comply: conduct in the individual case, no standing measure (as UNTOC art. 18(20)).",
             fr = "L'État requérant peut exiger le secret ; l'État requis l'informe sans délai s'il ne peut s'y conformer : conduite dans le cas individuel, sans mesure permanente (comme l'art. 18, par. 20, de la CTO)." },
}

-- The grounds of paragraph 21, as refusal_grounds.grounds names them.
local GROUNDS = {
  { key = "non_conformity", letter = "a", en = "(a) request not made in conformity with article 40", fr = "a) demande non faite conformément à l'article 40" },
  { key = "essential_interests", letter = "b", en = "(b) sovereignty, security, ordre public or other essential interests", fr = "b) souveraineté, sécurité, ordre public ou autres intérêts essentiels" },
  { key = "domestic_prohibition", letter = "c", en = "(c) action prohibited for a similar domestic offence", fr = "c) mesure interdite pour une infraction analogue en droit interne" },
  { key = "legal_system", letter = "d", en = "(d) contrary to the legal system relating to mutual legal assistance", fr = "d) contraire au système juridique relatif à l'entraide judiciaire" },
}

obligation {
  ref = "cybercrime:40.21",
  covers = { "cybercrime:40.21.a", "cybercrime:40.21.b", "cybercrime:40.21.c", "cybercrime:40.21.d" },
  level = "optional",
  title = { en = "Grounds for refusing mutual legal assistance", fr = "Motifs de refus de l'entraide judiciaire" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.21" },
  text = {
    fr = [[L'entraide judiciaire peut être refusée :]],
    en = [[Mutual legal assistance may be refused: (a) if the request is not made in conformity with the provisions of this article; (b) if the requested State Party considers that execution of the request is likely to prejudice its sovereignty, security, ordre public or other essential interests; (c) if the authorities of the requested State Party would be prohibited by its domestic law from carrying out the action requested with regard to any similar offence, had it been subject to investigation, prosecution or judicial proceedings under their own jurisdiction; (d) if it would be contrary to the legal system of the requested State Party relating to mutual legal assistance for the request to be granted.]],
  },
  facts = { MLA .. "refusal_grounds" },
  -- Optional: the grounds of paragraph 21 the State retains are options; the
  -- finding names them (option id: the letters, "b" or "a+b+c+d"), read from
  -- refusal_grounds.grounds as the UNTOC twin does.  A measure adopted with
  -- none of them (only other_grounds) retains none: not met, never a gap.
  -- Grounds outside the list are quoted for reviewers, with what this
  -- Convention says of the usual ones: discrimination is paragraph 22 (no
  -- obligation to assist),
  -- dual criminality and de minimis matters paragraph 8, postponement
  -- paragraph 27; bank secrecy (24) and fiscal matters alone (23) never.
  -- They never change the status here.
  check = function(ctx)
    return lx.mla_refusal_grounds(ctx, { grounds = GROUNDS,
      others = { en = " Grounds outside paragraph 21 are also stated: {o}. Under this Convention a State is not obliged to assist where it has serious reasons to believe that the request aims at prosecuting or punishing a person on account of sex, race, language, religion, nationality, ethnic origin or political opinions (paragraph 22); it may refuse for the absence of dual criminality or for matters of a de minimis nature (paragraph 8) and postpone for ongoing proceedings (paragraph 27); bank secrecy (paragraph 24) and the sole ground of fiscal matters (paragraph 23) can never be one. Where no treaty applies, reviewers should check every other ground against paragraph 21.",
                 fr = " Des motifs étrangers au paragraphe 21 sont aussi indiqués : {o}. La présente Convention ne fait pas obligation d'accorder l'entraide à l'État qui a de sérieuses raisons de penser que la demande a été présentée aux fins de poursuivre ou de punir une personne en raison de son sexe, de sa race, de sa langue, de sa religion, de sa nationalité, de son origine ethnique ou de ses opinions politiques (paragraphe 22) ; elle permet de refuser pour l'absence de double incrimination ou pour des questions mineures (paragraphe 8) et de différer en raison d'une procédure en cours (paragraphe 27) ; le secret bancaire (paragraphe 24) et le seul motif des questions fiscales (paragraphe 23) ne peuvent jamais en être un. En l'absence de traité, les évaluateurs vérifieront chaque autre motif au regard du paragraphe 21." },
      question = { en = "Which of the grounds of art. 40(21)(a) to (d) of the Cybercrime Convention does national law retain (refusal_grounds.grounds)?",
                   fr = "Lesquels des motifs de l'art. 40, par. 21 a) à d), de la Convention sur la cybercriminalité le droit national retient-il (refusal_grounds.grounds) ?" } })
  end,
}

not_encoded {
  ref = "cybercrime:40.22",
  reason = { en = "Interpretation clause: nothing obliges a State to assist where the request is made to prosecute or punish a person on discriminatory grounds; it preserves a ground of refusal and requires no measure (UNTOC art. 18 has no such paragraph; compare art. 16(14)).",
             fr = "Clause d'interprétation : rien n'oblige un État à accorder l'entraide lorsque la demande vise à poursuivre ou punir une personne pour des motifs discriminatoires ; elle préserve un motif de refus et n'exige aucune mesure (l'art. 18 de la CTO n'a pas ce paragraphe ; comparer l'art. 16, par. 14)." },
}

obligation {
  ref = "cybercrime:40.23",
  level = "mandatory",
  title = { en = "Fiscal matters no sole ground for refusing assistance", fr = "Questions fiscales : pas un motif unique de refus de l'entraide" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.22" },
  text = {
    fr = [[Les États parties ne peuvent rejeter une demande d'entraide judiciaire au seul motif que l'infraction est considérée comme touchant aussi à des questions fiscales.]],
    en = [[States Parties may not refuse a request for mutual legal assistance on the sole ground that the offence is also considered to involve fiscal matters.]],
  },
  facts = { MLA .. "fiscal_no_ground" },
  check = function(ctx)
    return measure(ctx, "fiscal_no_ground",
      "the exclusion of fiscal matters as the sole ground for refusing mutual legal assistance",
      "l'exclusion des questions fiscales comme motif unique de refus de l'entraide judiciaire")
  end,
}

obligation {
  ref = "cybercrime:40.24",
  level = "mandatory",
  title = { en = "Bank secrecy no ground for refusing assistance", fr = "Secret bancaire : pas un motif de refus de l'entraide" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.8" },
  text = {
    fr = [[Les États parties ne peuvent invoquer le secret bancaire pour refuser l'entraide judiciaire prévue au présent article.]],
    en = [[States Parties shall not decline to render mutual legal assistance pursuant to this article on the ground of bank secrecy.]],
  },
  facts = { MLA .. "bank_secrecy_no_ground" },
  check = function(ctx)
    return measure(ctx, "bank_secrecy_no_ground",
      "the exclusion of bank secrecy as a ground for refusing mutual legal assistance",
      "l'exclusion du secret bancaire comme motif de refus de l'entraide judiciaire")
  end,
}

obligation {
  ref = "cybercrime:40.25",
  level = "mandatory",
  title = { en = "Reasons for any refusal", fr = "Motivation de tout refus" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.23" },
  text = {
    fr = [[Tout refus d'entraide judiciaire doit être motivé.]],
    en = [[Reasons shall be given for any refusal of mutual legal assistance.]],
  },
  facts = { MLA .. "refusal_reasons" },
  check = function(ctx)
    return measure(ctx, "refusal_reasons",
      "reasons for any refusal of mutual legal assistance",
      "la motivation de tout refus d'entraide judiciaire")
  end,
}

obligation {
  ref = "cybercrime:40.26",
  level = "mandatory",
  title = { en = "Prompt execution and answers on progress", fr = "Exécution prompte et réponses sur l'état d'avancement" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.24" },
  text = {
    fr = [[L'État partie requis exécute la demande d'entraide judiciaire aussi promptement que possible et tient compte dans toute la mesure possible de tous délais suggérés par l'État partie requérant et motivés, de préférence dans la demande. L'État partie requis répond aux demandes raisonnables de l'État partie requérant concernant l'état de la demande et les progrès réalisés dans son traitement.]],
    en = [[The requested State Party shall execute the request for mutual legal assistance as soon as possible and shall take as full account as possible of any deadlines suggested by the requesting State Party and for which reasons are given, preferably in the request. The requested State Party shall respond to reasonable requests by the requesting State Party on the status and progress of the request.]],
  },
  facts = { MLA .. "timely_execution" },
  check = function(ctx)
    return measure(ctx, "timely_execution",
      "the execution of requests as promptly as possible, taking account of the deadlines suggested, and answers to reasonable requests on their progress",
      "l'exécution des demandes aussi promptement que possible, compte tenu des délais suggérés, et la réponse aux demandes raisonnables sur leur état d'avancement")
  end,
}

obligation {
  ref = "cybercrime:40.27",
  level = "optional",
  title = { en = "Postponement because of ongoing proceedings", fr = "Report en raison d'une procédure en cours" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.25" },
  text = {
    fr = [[L'entraide judiciaire peut être différée par l'État partie requis au motif qu'elle entraverait une enquête, des poursuites ou une procédure judiciaire en cours.]],
    en = [[Mutual legal assistance may be postponed by the requested State Party on the ground that it interferes with an ongoing investigation, prosecution or judicial proceeding.]],
  },
  facts = { MLA .. "postponement" },
  check = function(ctx)
    return measure(ctx, "postponement",
      "the postponement of assistance that would interfere with an ongoing investigation, prosecution or proceeding",
      "le report de l'entraide qui entraverait une enquête, des poursuites ou une procédure en cours")
  end,
}

obligation {
  ref = "cybercrime:40.28",
  level = "mandatory",
  title = { en = "Consultation before refusal or postponement", fr = "Consultation avant refus ou report" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.26" },
  text = {
    fr = [[Avant de rejeter une demande en vertu du paragraphe 21 du présent article ou d'en différer l'exécution en vertu du paragraphe 27, l'État partie requis étudie avec l'État partie requérant la possibilité d'accorder l'aide sous réserve des conditions qu'il juge nécessaires. Si l'État partie requérant accepte l'aide sous réserve de ces conditions, il se conforme à ces dernières.]],
    en = [[Before refusing a request pursuant to paragraph 21 of this article or postponing its execution pursuant to paragraph 27 of this article, the requested State Party shall consult with the requesting State Party to consider whether assistance may be granted subject to such terms and conditions as it deems necessary. If the requesting State Party accepts assistance subject to those conditions, it shall comply with the conditions.]],
  },
  facts = { MLA .. "consultation_before_refusal" },
  check = function(ctx)
    return measure(ctx, "consultation_before_refusal",
      "consultation of the requesting State, before refusing or postponing a request, on granting assistance subject to conditions",
      "la consultation de l'État requérant, avant de refuser ou de différer une demande, sur l'octroi de l'aide sous conditions")
  end,
}

obligation {
  ref = "cybercrime:40.29",
  level = "mandatory",
  title = { en = "Safe conduct of witnesses and experts who come to the requesting State", fr = "Sauf-conduit des témoins et experts venant dans l'État requérant" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.27" },
  text = {
    fr = [[Sans préjudice de l'application du paragraphe 11 du présent article, un témoin, un expert ou une autre personne qui, à la demande de l'État partie requérant, consentent à déposer au cours d'une procédure ou à collaborer à une enquête, à des poursuites ou à une procédure judiciaire sur le territoire de l'État partie requérant ne seront pas poursuivis, détenus, punis ni soumis à d'autres restrictions de leur liberté personnelle sur ce territoire à raison d'actes, d'omissions ou de condamnations antérieures à leur départ du territoire de l'État partie requis. Cette immunité cesse lorsque ledit témoin, ledit expert ou ladite autre personne ayant eu, pendant une période de 15 jours consécutifs ou toute autre période convenue par les États parties à compter de la date à laquelle ils ont été officiellement informés que leur présence n'était plus requise par les autorités judiciaires, la possibilité de quitter le territoire de l'État partie requérant, y sont néanmoins demeurés volontairement ou, l'ayant quitté, y sont revenus de leur plein gré.]],
    en = [[Without prejudice to the application of paragraph 11 of this article, a witness, expert or other person who, at the request of the requesting State Party, consents to give evidence in a proceeding or to assist in an investigation, prosecution or judicial proceeding in the territory of the requesting State Party shall not be prosecuted, detained, punished or subjected to any other restriction of his or her personal liberty in that territory in respect of acts, omissions or convictions prior to his or her departure from the territory of the requested State Party. Such safe conduct shall cease when the witness, expert or other person having had, for a period of fifteen consecutive days or for any period agreed upon by the States Parties from the date on which he or she has been officially informed that his or her presence is no longer required by the judicial authorities, an opportunity of leaving, has nevertheless remained voluntarily in the territory of the requesting State Party or, having left it, has returned of his or her own free will.]],
  },
  facts = { MLA .. "safe_conduct" },
  check = function(ctx)
    return measure(ctx, "safe_conduct",
      "protection of a witness, expert or other person who comes to the State at its request from prosecution, detention, punishment or other restriction of liberty for prior acts, until fifteen days after being told his or her presence is no longer required",
      "la protection du témoin, de l'expert ou de toute autre personne venant dans l'État à sa demande contre toute poursuite, détention, peine ou autre restriction de liberté pour des actes antérieurs, jusqu'à quinze jours après avoir été informé que sa présence n'est plus requise")
  end,
}

not_encoded {
  ref = "cybercrime:40.30",
  reason = { en = "Costs: allocation between the States concerned in each request (ordinary costs borne by the requested State unless otherwise agreed; consultation on extraordinary expenses); no national measure is required (as UNTOC art. 18(28)).",
             fr = "Frais : répartition entre les États concernés pour chaque demande (frais ordinaires à la charge de l'État requis sauf accord contraire ; consultation sur les dépenses extraordinaires) ; aucune mesure nationale n'est requise (comme l'art. 18, par. 28, de la CTO)." },
}

obligation {
  ref = "cybercrime:40.31.a",
  level = "mandatory",
  title = { en = "Public records provided to the requesting State", fr = "Dossiers publics fournis à l'État requérant" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.29.a" },
  text = {
    fr = [[Fournit à l'État partie requérant copie des dossiers, documents ou renseignements administratifs en sa possession et auxquels, en vertu de son droit interne, le public a accès ;]],
    en = [[Shall provide to the requesting State Party copies of government records, documents or information in its possession that under its domestic law are available to the general public;]],
  },
  facts = { MLA .. "public_records" },
  check = function(ctx)
    return measure(ctx, "public_records",
      "the provision to a requesting State of copies of government records, documents or information available to the public",
      "la fourniture à l'État requérant de copies des dossiers, documents ou renseignements administratifs auxquels le public a accès")
  end,
}

obligation {
  ref = "cybercrime:40.31.b",
  level = "optional",
  title = { en = "Records not available to the public provided at discretion", fr = "Dossiers non publics fournis à discrétion" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.29.b" },
  text = {
    fr = [[Peut, à son gré, fournir à l'État partie requérant, intégralement, en partie ou aux conditions qu'il estime appropriées, copie de tous dossiers, documents ou renseignements administratifs en sa possession et auxquels, en vertu de son droit interne, le public n'a pas accès.]],
    en = [[May, at its discretion, provide to the requesting State Party, in whole, in part or subject to such conditions as it deems appropriate, copies of any government records, documents or information in its possession that under its domestic law are not available to the general public.]],
  },
  facts = { MLA .. "non_public_records" },
  check = function(ctx)
    return measure(ctx, "non_public_records",
      "the provision, at its discretion, of copies of government records, documents or information not available to the public",
      "la fourniture, à son gré, de copies de dossiers, documents ou renseignements administratifs auxquels le public n'a pas accès")
  end,
}

obligation {
  ref = "cybercrime:40.32",
  level = "consider",
  title = { en = "Agreements on mutual legal assistance", fr = "Accords d'entraide judiciaire" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.30" },
  text = {
    fr = [[Les États parties envisagent, s'il y a lieu, la possibilité de conclure des accords ou des arrangements bilatéraux ou multilatéraux qui servent les objectifs du présent article, mettent en pratique ses dispositions ou les renforcent.]],
    en = [[States Parties shall consider, as may be necessary, the possibility of concluding bilateral or multilateral agreements or arrangements that would serve the purposes of, give practical effect to or enhance the provisions of this article.]],
  },
  facts = { MLA .. "agreements" },
  check = function(ctx)
    return measure(ctx, "agreements",
      "bilateral or multilateral agreements or arrangements on mutual legal assistance",
      "des accords ou arrangements bilatéraux ou multilatéraux d'entraide judiciaire")
  end,
}
