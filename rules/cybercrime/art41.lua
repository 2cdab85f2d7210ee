-- Cybercrime Convention article 41 -- 24/7 network (Réseau 24/7)
--
-- No UNTOC twin.  Facts: the section contact_point_24_7
-- (rules/schema/cybercrime-extradition-mla.lua); the notification of 41(2) is
-- an entry of `notifications` under cybercrime:41.2.  Levels:
--   41(1) "Chaque État partie désigne un point de contact joignable 24
--         heures sur 24": mandatory.
--   41(2) "fait l'objet d'une notification adressée au Secrétaire général":
--         mandatory, a dated notification; the register the Secretary-
--         General keeps binds the Secretariat (not encoded as such: it is
--         part of the same paragraph).  Without a designated point there is
--         nothing to notify: not met.
--   41(3) "Cette assistance englobe la facilitation ou, si le droit et la
--         pratique internes ... le permettent, l'application directe des
--         mesures suivantes": mandatory, each of (a)-(e) must at least be
--         facilitated; applying them directly depends on national law (an
--         escape, not a lower level).  "s'il y a lieu" in (b) qualifies the
--         information on the provider's location.
--   41(4) "a les moyens de correspondre ... selon une procédure accélérée"
--         and "il veille à pouvoir agir en coordination": mandatory, one
--         obligation with two limbs (the second binds only a point outside
--         the mutual legal assistance or extradition authorities: the fact
--         `coordination` is then stated as adopted with a note).
--   41(5) "fait en sorte de disposer d'un personnel formé et équipé":
--         mandatory.
--   41(3) to 41(5) describe the designated point of contact ("Cette
--         assistance", "Le point de contact ... a les moyens", "le
--         fonctionnement du réseau 24/7"): a State that states it has none
--         (designated not adopted, or not in force) cannot meet them, and
--         they are not met rather than asked about, as 41(2).  Only when the
--         profile says nothing of the paragraph's own facts: a fact stated
--         is read as stated, so adding one never lowers a finding
--         (independent review, docs/cybercrime.md).
--   41(6) "peuvent aussi, s'il y a lieu ... utiliser et renforcer les réseaux
--         autorisés existants": optional.
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

local P = "contact_point_24_7."

-- The finding of 41(3), 41(4) or 41(5) (`para`) when no point of contact is in
-- place and the profile says nothing of the paragraph's own facts (`paths`):
-- not met, citing the designation; nil otherwise (the paragraph is read).
local function without_point(ctx, para, paths, what)
  for _, p in ipairs(paths) do
    local f = ctx:fact(p)
    if f ~= nil and f.adopted ~= nil then return nil end
  end
  local d = ctx:fact(P .. "designated")
  if d == nil or d.adopted == nil then return nil end
  if d.adopted ~= false and ctx:in_force(d) then return nil end
  local m = ctx:measure(P .. "designated")
  local why = m.why and lx.t({ en = " ({w})", fr = " ({w})" }, { w = m.why }) or { en = "", fr = "" }
  return ctx:not_met(lx.t({ en = "No 24/7 point of contact is designated{s}{y}, while paragraph {p} ({x}) presupposes one.",
                            fr = "Aucun point de contact 24/7 n'est désigné{s}{y}, alors que le paragraphe {p} ({x}) en suppose un." },
                          { s = lx.cited(m), y = why, x = what, p = para }),
                     { { en = "the designation of a 24/7 point of contact (paragraph 1), and " .. what.en, fr = "la désignation d'un point de contact 24/7 (paragraphe 1), et " .. what.fr } })
end

local MEASURES = {
  { "technical_advice", en = "technical advice", fr = "la prestation de conseils techniques" },
  { "preservation", en = "the preservation of stored electronic data (arts 42 and 43)", fr = "la préservation de données électroniques stockées (art. 42 et 43)" },
  { "evidence_and_legal_information", en = "the collection of evidence and the provision of legal information", fr = "la collecte de preuves et la fourniture d'informations juridiques" },
  { "locating_suspects", en = "the locating of suspects", fr = "la localisation des personnes suspectes" },
  { "emergency_data", en = "the provision of electronic data to avert an emergency", fr = "la fourniture de données électroniques destinées à éviter une situation d'urgence" },
}

obligation {
  ref = "cybercrime:41.1",
  level = "mandatory",
  title = { en = "A point of contact available 24 hours a day, 7 days a week", fr = "Un point de contact joignable 24 heures sur 24, sept jours sur sept" },
  category = "cooperation",
  cluster = 5,
  text = {
    fr = [[Chaque État partie désigne un point de contact joignable 24 heures sur 24, sept jours sur sept, afin d'assurer une assistance immédiate pour des enquêtes pénales, des poursuites ou des procédures judiciaires spécifiques concernant des infractions établies conformément à la présente Convention, ou pour la collecte, l'obtention et la préservation de preuves sous forme électronique aux fins du paragraphe 3 du présent article et en rapport avec des infractions établies conformément à la présente Convention, ainsi qu'avec des infractions graves.]],
    en = [[Each State Party shall designate a point of contact available 24 hours a day, 7 days a week, in order to ensure the provision of immediate assistance for the purpose of specific criminal investigations, prosecutions or judicial proceedings concerning offences established in accordance with this Convention, or for the collection, obtaining and preservation of evidence in electronic form for the purposes of paragraph 3 of this article and in relation to offences established in accordance with this Convention, as well as to serious crime.]],
  },
  facts = { P .. "designated" },
  check = function(ctx)
    local f = ctx:fact(P .. "designated")
    local name = f and f.contact and lx.t({ en = " ({c})", fr = " ({c})" }, { c = f.contact }) or { en = "", fr = "" }
    return lx.measure_finding(ctx, P .. "designated", {
      what = lx.t({ en = "a point of contact{c} available 24 hours a day, 7 days a week, for immediate assistance on the Convention's offences, serious crimes and electronic evidence",
                    fr = "un point de contact{c} joignable 24 heures sur 24, sept jours sur sept, pour une assistance immédiate concernant les infractions de la Convention, les infractions graves et les preuves électroniques" }, { c = name }) })
  end,
}

obligation {
  ref = "cybercrime:41.2",
  level = "mandatory",
  title = { en = "The 24/7 point of contact notified to the Secretary-General", fr = "Le point de contact 24/7 notifié au Secrétaire général" },
  category = "cooperation",
  cluster = 5,
  text = {
    fr = [[Le point de contact désigné fait l'objet d'une notification adressée au Secrétaire général ou à la Secrétaire générale de l'Organisation des Nations Unies, qui tient à jour un registre des points de contact désignés aux fins du présent article et en communique annuellement la liste actualisée aux États parties.]],
    en = [[The Secretary-General of the United Nations shall be notified of the point of contact designated, and shall keep an updated register of points of contact designated for the purposes of this article and circulate annually to the States Parties the updated list.]],
  },
  facts = { P .. "designated" },
  check = function(ctx)
    local limb = lx.notified(ctx, "cybercrime:41.2", { en = "its 24/7 point of contact", fr = "son point de contact 24/7" },
      { en = "Has the State notified its 24/7 point of contact to the Secretary-General (Cybercrime Convention art. 41(2))? On what date?",
        fr = "L'État a-t-il notifié son point de contact 24/7 au Secrétaire général (Convention sur la cybercriminalité, art. 41, par. 2) ? À quelle date ?" },
      P .. "designated")
    return lx.all_of(ctx, { { finding = limb } })
  end,
}

obligation {
  ref = "cybercrime:41.3",
  covers = { "cybercrime:41.3.a", "cybercrime:41.3.b", "cybercrime:41.3.c", "cybercrime:41.3.d", "cybercrime:41.3.e" },
  level = "mandatory",
  title = { en = "The assistance the 24/7 point of contact provides or facilitates", fr = "L'assistance que le point de contact 24/7 fournit ou facilite" },
  category = "cooperation",
  cluster = 5,
  text = {
    fr = [[Cette assistance englobe la facilitation ou, si le droit et la pratique internes de l'État partie requis le permettent, l'application directe des mesures suivantes : a) La prestation de conseils techniques ; b) La préservation de données électroniques stockées conformément aux articles 42 et 43 de la présente Convention, y compris, s'il y a lieu, d'informations concernant l'emplacement du fournisseur de services, s'il est connu de l'État partie requis, pour aider l'État partie requérant à formuler sa demande ; c) La collecte de preuves et la fourniture d'informations juridiques ; d) La localisation des personnes suspectes ; ou e) La fourniture de données électroniques destinées à éviter toute situation d'urgence.]],
    en = [[Such assistance shall include facilitating or, if permitted by the domestic law and practice of the requested State Party, directly carrying out the following measures: (a) the provision of technical advice; (b) the preservation of stored electronic data pursuant to articles 42 and 43 of this Convention, including, as appropriate, information about the location of the service provider, if known to the requested State Party, to assist the requesting State Party in making a request; (c) the collection of evidence and the provision of legal information; (d) the locating of suspects; or (e) the provision of electronic data to avert an emergency.]],
  },
  facts = { P .. "assistance", P .. "designated" },
  check = function(ctx)
    local what = { en = "assistance by the 24/7 point of contact, facilitating or carrying out the measures of paragraph 3",
                   fr = "l'assistance du point de contact 24/7, qui facilite ou applique les mesures du paragraphe 3" }
    local none = without_point(ctx, "3", { P .. "assistance" },
      { en = "assistance facilitating or carrying out technical advice, preservation, evidence and legal information, locating suspects and emergency data",
        fr = "une assistance qui facilite ou applique conseils techniques, préservation, preuves et informations juridiques, localisation des suspects et données en cas d'urgence" })
    if none then return none end
    local m = ctx:measure(P .. "assistance")
    local f = ctx:fact(P .. "assistance")
    if m.state ~= "adopted" or f == nil or f.measures == nil then
      return lx.measure_finding(ctx, P .. "assistance", { what = what })
    end
    local have, missing = {}, {}
    for _, x in ipairs(f.measures) do have[x] = true end
    for _, el in ipairs(MEASURES) do
      if not have[el[1]] then missing[#missing + 1] = { en = el.en, fr = el.fr } end
    end
    if #missing == 0 then
      return ctx:met(lx.t({ en = "The 24/7 point of contact facilitates or carries out every measure of paragraph 3 (technical advice, preservation, evidence and legal information, locating suspects, emergency data){s}.",
                            fr = "Le point de contact 24/7 facilite ou applique toutes les mesures du paragraphe 3 (conseils techniques, préservation, preuves et informations juridiques, localisation des suspects, données en cas d'urgence){s}." }, { s = lx.cited(m) }))
    end
    return ctx:partly(lx.t({ en = "The 24/7 point of contact facilitates or carries out only some measures of paragraph 3{s}; not {l}.",
                             fr = "Le point de contact 24/7 ne facilite ou n'applique que certaines mesures du paragraphe 3{s} ; pas {l}." },
                           { s = lx.cited(m), l = lx.join(missing, { en = ", ", fr = ", " }, { en = " or ", fr = " ni " }) }), missing)
  end,
}

obligation {
  ref = "cybercrime:41.4",
  level = "mandatory",
  title = { en = "Expedited communication between points of contact and coordination with the cooperation authorities", fr = "Correspondance accélérée entre points de contact et coordination avec les autorités de coopération" },
  category = "cooperation",
  cluster = 5,
  text = {
    fr = [[Le point de contact d'un État partie a les moyens de correspondre avec le point de contact d'un autre État partie selon une procédure accélérée. Si le point de contact désigné par un État partie ne dépend pas de l'autorité ou des autorités de cet État partie qui sont responsables de l'entraide judiciaire ou de l'extradition, il veille à pouvoir agir en coordination avec cette autorité ou ces autorités selon une procédure accélérée.]],
    en = [[A State Party's point of contact shall have the capacity to carry out communications with the point of contact of another State Party on an expedited basis. If the point of contact designated by a State Party is not part of that State Party's authority or authorities responsible for mutual legal assistance or extradition, the point of contact shall ensure that it is able to coordinate with that authority or those authorities on an expedited basis.]],
  },
  facts = { P .. "expedited_communication", P .. "coordination", P .. "designated" },
  check = function(ctx)
    local none = without_point(ctx, "4", { P .. "expedited_communication", P .. "coordination" },
      { en = "expedited communication with other points of contact and coordination with the authorities for mutual legal assistance and extradition",
        fr = "la correspondance accélérée avec les autres points de contact et la coordination avec les autorités chargées de l'entraide judiciaire et de l'extradition" })
    if none then return none end
    return lx.all_of(ctx, {
      { path = P .. "expedited_communication", what = { en = "the capacity of the 24/7 point of contact to communicate with other points of contact on an expedited basis",
                                                        fr = "la capacité du point de contact 24/7 de correspondre avec les autres points de contact selon une procédure accélérée" } },
      { path = P .. "coordination", what = { en = "coordination of the point of contact with the authorities for mutual legal assistance and extradition on an expedited basis",
                                             fr = "la coordination du point de contact avec les autorités chargées de l'entraide judiciaire et de l'extradition selon une procédure accélérée" } },
    })
  end,
}

obligation {
  ref = "cybercrime:41.5",
  level = "mandatory",
  title = { en = "Trained and equipped personnel for the 24/7 network", fr = "Personnel formé et équipé pour le réseau 24/7" },
  category = "cooperation",
  cluster = 5,
  text = {
    fr = [[Chaque État partie fait en sorte de disposer d'un personnel formé et équipé en vue de veiller au fonctionnement du réseau 24/7.]],
    en = [[Each State Party shall ensure that trained and equipped personnel are available to ensure the operation of the 24/7 network.]],
  },
  facts = { P .. "trained_staff", P .. "designated" },
  check = function(ctx)
    local none = without_point(ctx, "5", { P .. "trained_staff" },
      { en = "trained and equipped personnel to ensure the operation of the 24/7 network",
        fr = "un personnel formé et équipé pour veiller au fonctionnement du réseau 24/7" })
    if none then return none end
    return lx.measure_finding(ctx, P .. "trained_staff", {
      what = { en = "trained and equipped personnel to ensure the operation of the 24/7 network",
               fr = "un personnel formé et équipé pour veiller au fonctionnement du réseau 24/7" } })
  end,
}

obligation {
  ref = "cybercrime:41.6",
  level = "optional",
  title = { en = "Use of existing networks of points of contact", fr = "Utilisation des réseaux existants de points de contact" },
  category = "cooperation",
  cluster = 5,
  text = {
    fr = [[Les États parties peuvent aussi, s'il y a lieu et dans les limites de leur droit interne, utiliser et renforcer les réseaux autorisés existants de points de contact, y compris les réseaux 24/7 spécialisés dans la criminalité informatique de l'Organisation internationale de police criminelle, pour permettre une coopération rapide entre services de police et d'autres méthodes d'échange d'informations.]],
    en = [[States Parties may also use and strengthen existing authorized networks of points of contact, where applicable, and within the limits of their domestic laws, including the 24/7 networks for computer-related crime of the International Criminal Police Organization for prompt police-to-police cooperation and other methods of information exchange cooperation.]],
  },
  facts = { P .. "existing_networks" },
  check = function(ctx)
    return lx.measure_finding(ctx, P .. "existing_networks", {
      what = { en = "the use of existing authorized networks of points of contact, such as INTERPOL's 24/7 networks on computer crime",
               fr = "l'utilisation des réseaux autorisés existants de points de contact, tels que les réseaux 24/7 d'INTERPOL spécialisés dans la criminalité informatique" } })
  end,
}
