-- Cybercrime Convention article 42 -- International cooperation for the
-- expedited preservation of stored electronic data (Coopération
-- internationale aux fins de la préservation accélérée de données
-- électroniques stockées)
--
-- The requested State's duties; the facts are the section
-- `evidence_cooperation` (rules/schema/cybercrime-cooperation.lua).  No UNTOC
-- twin: UNTOC knows no preservation on request.
--   42(4), first sentence, mandatory ("doit prendre toutes les mesures
--         appropriées pour procéder rapidement à la préservation"),
--         "conformément à son droit interne" an escape on how, not whether
--         (clause "preserve").
--   42(4), second sentence, mandatory ("la double incrimination n'est pas
--         requise comme condition préalable à la préservation"), read with
--         42(5), the reservation the Convention provides for ("peut ... se
--         réserver le droit de rejeter la demande"): OPTIONAL, and LIMITED —
--         (i) only a State that requires dual criminality for assistance in
--         the search, seizure or disclosure of stored data may make it, and
--         (ii) only "pour des infractions autres que celles établies
--         conformément à la présente Convention".  A reservation in force
--         (reservations[], provision "cybercrime:42.5") within both limits
--         meets the clause; one that goes beyond them does not cover the
--         excess, which is judged as if there were no reservation: dual
--         criminality required for every preservation (adopted = false) is
--         not met, for some offences only partly met (clause
--         "no-dual-criminality", covering 42(5)).
--   42(6) mandatory, a prohibition ("ne peut être rejetée que pour les
--         motifs énoncés aux alinéas b) et c) du paragraphe 21 et au
--         paragraphe 22 de l'article 40"): no other ground of refusal.
--   42(7) mandatory ("il en informe rapidement l'État partie requérant").
--   42(8) mandatory: preservation for at least 60 days, and continued after
--         a request for search, seizure or disclosure until it is decided.
-- Not encoded (declarations below): 42(1), 42(2), 42(9) (permissions of the
-- requesting State), 42(3) (content of a request).
--
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

local P4 = {
  fr = [[À réception de la demande d'un autre État partie, l'État partie requis doit prendre toutes les mesures appropriées pour procéder rapidement à la préservation des données électroniques spécifiées, conformément à son droit interne.]],
  en = [[Upon receiving a request from another State Party, the requested State Party shall take all appropriate measures to preserve expeditiously the specified electronic data in accordance with its domestic law.]],
}

-- The State's reservation under art. 42(5) in force at the assessment date
-- (a reservation record naming cybercrime:42.5), or nil.
local function reservation_42_5(ctx)
  for _, r in ipairs(ctx:fact("reservations") or {}) do
    if r.instrument == "cybercrime" and (r.kind or "reservation") == "reservation"
       and r.from <= ctx.as_of and (r.withdrawn == nil or r.withdrawn > ctx.as_of) then
      for _, p in ipairs(r.provisions or {}) do
        if p == "cybercrime:42.5" then return r end
      end
    end
  end
  return nil
end

obligation {
  ref = "cybercrime:42.4",
  clause = "preserve",
  level = "mandatory",
  title = { en = "Expedited preservation of stored data on request", fr = "Préservation rapide de données stockées sur demande" },
  category = "cooperation",
  cluster = 5,
  text = P4,
  facts = { "evidence_cooperation.preservation_on_request" },
  check = function(ctx)
    return lx.measure_finding(ctx, "evidence_cooperation.preservation_on_request", {
      what = { en = "the expeditious preservation, on the request of another State, of specified electronic data stored in its territory",
               fr = "la préservation rapide, à la demande d'un autre État, de données électroniques spécifiées stockées sur son territoire" } })
  end,
}

obligation {
  ref = "cybercrime:42.4",
  clause = "no-dual-criminality",
  level = "mandatory",
  title = { en = "Preservation without dual criminality, and the limits of the art. 42(5) reservation",
            fr = "Préservation sans double incrimination, et limites de la réserve de l'art. 42, par. 5" },
  category = "cooperation",
  cluster = 5,
  covers = { "cybercrime:42.5" },
  text = {
    fr = [[S'agissant de répondre à une telle demande, la double incrimination n'est pas requise comme condition préalable à la préservation.]],
    en = [[In responding to such a request, dual criminality shall not be required as a condition to providing such preservation.]],
  },
  facts = { "evidence_cooperation.preservation_without_dual_criminality", "reservations" },
  note = "42(5) quoted here because `text` holds 42(4) alone: « Un État partie qui exige la double incrimination comme condition pour répondre à une demande d'entraide judiciaire aux fins de la perquisition de données électroniques stockées [...] peut, pour des infractions autres que celles établies conformément à la présente Convention, se réserver le droit de rejeter la demande de préservation au titre du présent article dans le cas où il a des raisons de penser que, au moment de la divulgation, la condition de double incrimination ne pourrait pas être remplie. »",
  check = function(ctx)
    local path = "evidence_cooperation.preservation_without_dual_criminality"
    local m = ctx:fact(path)
    local r = reservation_42_5(ctx)
    if m and m.adopted == true and not m.refused_for_convention_offences then
      return lx.measure_finding(ctx, path, {
        what = { en = "preservation on request without requiring dual criminality",
                 fr = "la préservation sur demande sans exiger la double incrimination" } })
    end
    if r then
      ctx:cite("reservations", r, r.source)
      if m == nil or m.search_assistance_requires_dual_criminality == nil or m.refused_for_convention_offences == nil then
        ctx:ask(path)
        return ctx:unknown({ en = "The State has a reservation under art. 42(5); whether it stays within its limits (dual criminality required for search and seizure assistance; no refusal for the Convention's own offences) is not recorded.",
                             fr = "L'État a formulé une réserve au titre de l'art. 42, par. 5 ; le profil n'indique pas si elle reste dans ses limites (double incrimination exigée pour l'entraide aux fins de perquisition et de saisie ; aucun refus pour les infractions de la Convention)." })
      end
      local excess = {}
      if not m.search_assistance_requires_dual_criminality then
        excess[#excess + 1] = { en = "the State does not require dual criminality for search and seizure assistance, the condition on which art. 42(5) allows the reservation",
                                fr = "l'État n'exige pas la double incrimination pour l'entraide aux fins de perquisition et de saisie, condition à laquelle l'art. 42, par. 5, subordonne la réserve" }
      end
      if m.refused_for_convention_offences then
        excess[#excess + 1] = { en = "preservation is also refused for offences established under the Convention, which the reservation cannot reach",
                                fr = "la préservation est aussi refusée pour des infractions établies conformément à la Convention, que la réserve ne peut couvrir" }
      end
      if #excess == 0 then
        return ctx:met(lx.t({ en = "Preservation is granted without dual criminality, except as the State's reservation under art. 42(5) (since {d}) allows: for offences other than the Convention's, where dual criminality could not be met at disclosure; the State requires dual criminality for search and seizure assistance.",
                              fr = "La préservation est accordée sans double incrimination, sauf dans la mesure permise par la réserve de l'État au titre de l'art. 42, par. 5 (depuis le {d}) : pour des infractions autres que celles de la Convention, lorsque la double incrimination ne pourrait pas être remplie lors de la divulgation ; l'État exige la double incrimination pour l'entraide aux fins de perquisition et de saisie." }, { d = r.from }),
          { id = "reservation", en = "reservation under art. 42(5)", fr = "réserve au titre de l'article 42, paragraphe 5" })
      end
      local x = lx.join(excess, { en = "; ", fr = " ; " }, { en = "; ", fr = " ; " })
      -- What the reservation cannot cover is judged as if there were none:
      -- a State that requires dual criminality for every preservation
      -- (adopted = false) does not meet the duty at all where it still
      -- binds (the Convention's offences; every offence if the reservation
      -- is not open to it); a partial requirement is partly met.
      if ctx:measure(path).state == "not_adopted" then
        return ctx:not_met(lx.t({ en = "The State requires dual criminality for every preservation on request; its reservation under art. 42(5) (since {d}) does not cover all of it: {x}.",
                                  fr = "L'État exige la double incrimination pour toute préservation sur demande ; sa réserve au titre de l'art. 42, par. 5 (depuis le {d}), n'en couvre pas tout : {x}." },
                                { d = r.from, x = x }), excess)
      end
      return ctx:partly(lx.t({ en = "The State's reservation under art. 42(5) (since {d}) goes beyond its limits: {x}.", fr = "La réserve de l'État au titre de l'art. 42, par. 5 (depuis le {d}), excède ses limites : {x}." },
                             { d = r.from, x = x }), excess)
    end
    return lx.measure_finding(ctx, path, {
      what = { en = "preservation on request without requiring dual criminality",
               fr = "la préservation sur demande sans exiger la double incrimination" } })
  end,
}

obligation {
  ref = "cybercrime:42.6",
  level = "mandatory",
  title = { en = "Preservation refused only on the grounds of art. 40(21)(b)-(c) and (22)",
            fr = "Préservation refusée uniquement pour les motifs de l'art. 40, par. 21 b) et c), et par. 22" },
  category = "cooperation",
  cluster = 5,
  text = {
    fr = [[Par ailleurs, une demande de préservation ne peut être rejetée que pour les motifs énoncés aux alinéas b) et c) du paragraphe 21 et au paragraphe 22 de l'article 40 de la présente Convention.]],
    en = [[A request for preservation may only be refused on the grounds contained in article 40, paragraph 21 (b) and (c), and paragraph 22, of this Convention.]],
  },
  facts = { "evidence_cooperation.preservation_refusal_grounds" },
  note = "'Ne peut être rejetée que' is a prohibition: mandatory. A law that allows any other ground is 'partly' (the other grounds under missing).",
  check = function(ctx)
    return lx.measure_finding(ctx, "evidence_cooperation.preservation_refusal_grounds", {
      what = { en = "grounds for refusing preservation limited to those of art. 40(21)(b) and (c) and 40(22)",
               fr = "des motifs de refus de la préservation limités à ceux de l'art. 40, par. 21 b) et c), et par. 22" } })
  end,
}

obligation {
  ref = "cybercrime:42.7",
  level = "mandatory",
  title = { en = "Prompt notice where preservation will not suffice", fr = "Information rapide lorsque la préservation ne suffira pas" },
  category = "cooperation",
  cluster = 5,
  text = {
    fr = [[Lorsque l'État partie requis estime que la préservation simple ne suffira pas à garantir la disponibilité future des données, ou compromettra la confidentialité de l'enquête de l'État partie requérant, ou y nuira de toute autre manière, il en informe rapidement l'État partie requérant, qui décide alors s'il convient néanmoins d'exécuter la demande.]],
    en = [[Where the requested State Party believes that preservation will not ensure the future availability of the data, or will threaten the confidentiality of or otherwise prejudice the requesting State Party's investigation, it shall promptly so inform the requesting State Party, which shall then determine whether the request should nevertheless be executed.]],
  },
  facts = { "evidence_cooperation.preservation_insufficiency_notice" },
  check = function(ctx)
    return lx.measure_finding(ctx, "evidence_cooperation.preservation_insufficiency_notice", {
      what = { en = "prompt notice to the requesting State where preservation will not ensure the data's availability or would prejudice its investigation",
               fr = "l'information rapide de l'État requérant lorsque la préservation ne garantira pas la disponibilité des données ou nuirait à son enquête" } })
  end,
}

obligation {
  ref = "cybercrime:42.8",
  level = "mandatory",
  title = { en = "Preservation for at least 60 days, and until the request is decided",
            fr = "Préservation pendant 60 jours au moins, et jusqu'à la décision sur la demande" },
  category = "cooperation",
  cluster = 5,
  text = {
    fr = [[Toute préservation effectuée en réponse à une demande faite en application du paragraphe 1 du présent article l'est pour une période minimum de 60 jours, afin de permettre à l'État partie requérant de soumettre une demande en vue de la perquisition des données ou de l'accès aux données par un moyen similaire, de leur saisie ou de leur obtention par un moyen similaire, ou de leur divulgation. Après la réception d'une telle demande, les données continuent à être préservées dans l'attente d'une décision concernant la demande.]],
    en = [[Any preservation effected in response to a request made pursuant to paragraph 1 of this article shall be for a period not less than 60 days, in order to enable the requesting State Party to submit a request for the search or similar access, seizure or similar securing, or disclosure of the data. Following the receipt of such a request, the data shall continue to be preserved pending a decision on that request.]],
  },
  facts = { "evidence_cooperation.preservation_period" },
  check = function(ctx)
    local path = "evidence_cooperation.preservation_period"
    local m = ctx:fact(path)
    if m == nil or m.adopted == nil then return lx.measure_finding(ctx, path, { what = { en = "preservation on request for at least 60 days", fr = "une préservation sur demande d'au moins 60 jours" } }) end
    if m.adopted == false then
      return lx.measure_finding(ctx, path, { what = { en = "preservation on request for at least 60 days, continued until the request for the data is decided",
                                                      fr = "une préservation sur demande d'au moins 60 jours, maintenue jusqu'à la décision sur la demande portant sur les données" } })
    end
    if m.days == nil or m.until_decision == nil then
      ctx:ask(path)
      return ctx:unknown({ en = "The profile does not give the period of preservation on request (days) or whether it continues until the request for the data is decided (until_decision).",
                           fr = "Le profil n'indique pas la durée de la préservation sur demande (days) ni si elle se poursuit jusqu'à la décision sur la demande portant sur les données (until_decision)." })
    end
    local short = {}
    if m.days < 60 then
      short[#short + 1] = lx.t({ en = "a period of at least 60 days (national law: {n} days)", fr = "une durée d'au moins 60 jours (droit national : {n} jours)" }, { n = tostring(m.days) })
    end
    if not m.until_decision then
      short[#short + 1] = { en = "continued preservation until the request for search, seizure or disclosure is decided",
                            fr = "le maintien de la préservation jusqu'à la décision sur la demande de perquisition, de saisie ou de divulgation" }
    end
    local src = lx.cited(m)
    if #short == 0 then
      return ctx:met(lx.t({ en = "Data are preserved on request for {n} days, and until the request for them is decided{s}.",
                            fr = "Les données sont préservées sur demande pendant {n} jours, et jusqu'à la décision sur la demande les concernant{s}." }, { n = tostring(m.days), s = src }))
    end
    return ctx:partly(lx.t({ en = "Preservation on request falls short of art. 42(8){s}: missing {x}.", fr = "La préservation sur demande reste en deçà de l'art. 42, par. 8{s} : manque {x}." },
                           { s = src, x = lx.join(short, { en = "; ", fr = " ; " }, { en = "; ", fr = " ; " }) }), short)
  end,
}

not_encoded {
  ref = "cybercrime:42.1",
  reason = {
    en = "A permission of the requesting State (\"peut demander\"); what the requested State must do is in paragraphs 4 to 8.",
    fr = "Faculté de l'État requérant (« peut demander ») ; ce que l'État requis doit faire figure aux paragraphes 4 à 8.",
  },
}

not_encoded {
  ref = "cybercrime:42.2",
  reason = {
    en = "A permission of the requesting State to use the 24/7 network to locate data; the network itself is art. 41.",
    fr = "Faculté de l'État requérant de recourir au réseau 24/7 pour localiser les données ; le réseau lui-même relève de l'art. 41.",
  },
}

not_encoded {
  ref = "cybercrime:42.3",
  reason = {
    en = "What a preservation request must specify: binds the requesting State in each case, not the requested State's law.",
    fr = "Ce que doit préciser une demande de préservation : lie l'État requérant dans chaque affaire, non le droit de l'État requis.",
  },
}

not_encoded {
  ref = "cybercrime:42.9",
  reason = {
    en = "A permission of the requesting State to ask for an extension of the preservation period.",
    fr = "Faculté de l'État requérant de demander la prolongation de la période de préservation.",
  },
}
