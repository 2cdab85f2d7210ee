-- Cybercrime Convention article 23 -- Scope of procedural measures (Champ
-- d'application des mesures procédurales)
--
-- 23(1), mandatory, is the chapeau of the chapter: establish the powers and
-- procedures "prévus au présent chapitre".  Each of them is assessed under
-- its own article (25-30), with its safeguards (art. 24); a finding here
-- would count the same shortcomings twice, so 23(1) is declared, with that
-- reason, instead of encoded.
-- 23(2), mandatory ("applique"), "Sauf disposition contraire" (art. 30 is
-- limited to serious offences, art. 29 may be limited by a reservation):
-- the powers apply to (a) the Convention's offences, (b) other offences
-- committed by means of an ICT system, (c) electronic evidence of any
-- offence.  Three obligations, each a fact of the profile.
-- 23(3)(a) and (b): reservations the Convention provides for ("peut se
-- réserver le droit": optional, never a gap by themselves).  A reservation is
-- an entry of the profile's `reservations` naming "cybercrime:29" (23(3)(a))
-- or "cybercrime:30" (23(3)(b), which may reach 29 and 30), exactly (not a
-- part of either article); a State that made both records two entries.  It limits the
-- articles it names without excluding them (instrument.lua,
-- `limited_by_reservation`): the engine does not switch them off, and
-- art29.lua and art30.lua say in their findings what the reservation leaves
-- due.  Each reservation carries a limit and a duty:
--   * 23(3)(a) "pour autant que" the range of offences is not narrower than
--     that of art. 30: a reservation beyond that is not one the Convention
--     provides for (clause "limit", mandatory once a reservation is made);
--   * 23(3)(b) only "en raison des restrictions imposées par sa législation
--     en vigueur au moment de l'adoption" (24 December 2024) (clause
--     "condition", mandatory once the reservation is made);
--   * both: "envisage de limiter une telle réserve" (clause "consider").
-- "Enquêtes ou poursuites pénales spécifiques" (23(1)): interpretative
-- note 4 (cybercrime:note.4, on arts 23 and 35) reads "enquêtes pénales" as
-- covering situations where there are reasonable grounds to believe, on
-- factual circumstances, that an offence has been or is being committed,
-- including investigations to stop or prevent it.
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

not_encoded {
  ref = "cybercrime:23.1",
  reason = { en = "The chapeau of chapter IV: each power and procedure it requires is assessed under its own article (25 to 30) with the conditions and safeguards of art. 24, and art. 23(2) sets their scope; a finding here would count the same shortcomings twice.",
             fr = "Chapeau du chapitre IV : chaque pouvoir et procédure qu'il exige est évalué sous son propre article (25 à 30) avec les conditions et garanties de l'art. 24, et l'art. 23, par. 2, en fixe le champ ; une constatation ici compterait deux fois les mêmes lacunes." },
}

obligation {
  ref = "cybercrime:23.2.a",
  level = "mandatory",
  title = { en = "Procedural powers applied to the Convention's offences", fr = "Pouvoirs procéduraux appliqués aux infractions de la Convention" },
  category = "investigation",
  cluster = 4,
  text = {
    fr = [[Sauf disposition contraire de la présente Convention, chaque État partie applique les pouvoirs et procédures visés au paragraphe 1 du présent article : a) Aux infractions pénales établies conformément à la présente Convention ;]],
    en = [[Except as otherwise provided in this Convention, each State Party shall apply the powers and procedures referred to in paragraph 1 of this article to: (a) The criminal offences established in accordance with this Convention;]],
  },
  facts = { "procedural_powers.scope_convention_offences" },
  check = function(ctx)
    return lx.measure_finding(ctx, "procedural_powers.scope_convention_offences", {
      what = { en = "procedural powers for electronic evidence that apply to the offences established under the Convention",
               fr = "des pouvoirs procéduraux relatifs aux preuves électroniques applicables aux infractions établies conformément à la Convention" } })
  end,
}

obligation {
  ref = "cybercrime:23.2.b",
  level = "mandatory",
  title = { en = "Procedural powers applied to other offences committed through ICT systems", fr = "Pouvoirs procéduraux appliqués aux autres infractions commises au moyen de systèmes d'information et de communication" },
  category = "investigation",
  cluster = 4,
  text = {
    fr = [[b) Aux autres infractions pénales commises au moyen de systèmes d'information et de communication ; et]],
    en = [[(b) Other criminal offences committed by means of an information and communications technology system; and]],
  },
  facts = { "procedural_powers.scope_ict_offences" },
  check = function(ctx)
    return lx.measure_finding(ctx, "procedural_powers.scope_ict_offences", {
      what = { en = "procedural powers for electronic evidence that apply to other offences committed by means of an ICT system",
               fr = "des pouvoirs procéduraux relatifs aux preuves électroniques applicables aux autres infractions commises au moyen d'un système d'information et de communication" } })
  end,
}

obligation {
  ref = "cybercrime:23.2.c",
  level = "mandatory",
  title = { en = "Procedural powers applied to electronic evidence of any offence", fr = "Pouvoirs procéduraux appliqués aux preuves électroniques de toute infraction" },
  category = "investigation",
  cluster = 4,
  text = {
    fr = [[c) À la collecte des preuves sous forme électronique de toute infraction pénale.]],
    en = [[(c) The collection of evidence in electronic form of any criminal offence.]],
  },
  facts = { "procedural_powers.scope_electronic_evidence" },
  check = function(ctx)
    return lx.measure_finding(ctx, "procedural_powers.scope_electronic_evidence", {
      what = { en = "procedural powers that apply to the collection of evidence in electronic form of any criminal offence",
               fr = "des pouvoirs procéduraux applicables à la collecte des preuves sous forme électronique de toute infraction pénale" } })
  end,
}

-- The reservations of 23(3) in force at the as-of date: which, and the entry.
-- 23(3) reserves "les mesures visées à l'article 29" (and 30): only an entry
-- naming exactly "cybercrime:29" or "cybercrime:30" is one of them (one
-- naming 29(3) or 29(1)(b) is an ordinary reservation, which the engine
-- switches off and flags as not provided for).  23(3)(b) is the only one that
-- can reach art. 30: an entry naming art. 30 is read as 23(3)(b), one naming
-- art. 29 alone as 23(3)(a).  Every entry is read, so an (a) and a (b)
-- reservation recorded as two entries are both found.
local function reservation(ctx, which)
  for i, r in ipairs(ctx:fact("reservations") or {}) do
    local in_force = r.instrument == "cybercrime" and (r.kind == nil or r.kind == "reservation")
      and r.from <= ctx.as_of and (r.withdrawn == nil or r.withdrawn > ctx.as_of)
    if in_force then
      local on29, on30 = false, false
      for _, p in ipairs(r.provisions) do
        if p == "cybercrime:29" then on29 = true end
        if p == "cybercrime:30" then on30 = true end
      end
      if (which == "a" and on29 and not on30) or (which == "b" and on30) then
        ctx:cite("reservations." .. i, r, { en = "reservation under art. 23(3)(" .. which .. ") from " .. r.from })
        return r
      end
    end
  end
  return nil
end

local NO_A = { en = "The State has made no reservation under art. 23(3)(a) in force at the assessment date (a reservation naming art. 29 alone).",
               fr = "L'État n'a fait aucune réserve au titre de l'art. 23, par. 3, a), en vigueur à la date d'évaluation (réserve visant le seul art. 29)." }
local NO_B = { en = "The State has made no reservation under art. 23(3)(b) in force at the assessment date (a reservation naming art. 30).",
               fr = "L'État n'a fait aucune réserve au titre de l'art. 23, par. 3, b), en vigueur à la date d'évaluation (réserve visant l'art. 30)." }

-- An offence scope, resolved when it refers to a shared definition.
local function scope_at(ctx, path)
  local s = ctx:fact(path)
  if s and s.ref then s = ctx:fact("definitions." .. s.ref) end
  return s
end

-- Is the scope s29 at least as wide as s30 over the profile's offences?
-- true, false (with the offences left out) or nil (penalties not stated).
local function not_narrower(ctx, s29, s30)
  if s29.scope == "all_offences" then return true, {} end
  if s29.scope == "threshold" and s30.scope == "threshold" and s29.threshold_prison_years and s30.threshold_prison_years then
    return s29.threshold_prison_years <= s30.threshold_prison_years, {}
  end
  local out, open = {}, false
  for _, e in ipairs(ctx:offences()) do
    local in30, in29 = lx.scope_covers(s30, e), lx.scope_covers(s29, e)
    if in30 == true and in29 == false then out[#out + 1] = e.o.name
    elseif in30 == nil or (in30 == true and in29 == nil) then open = true end
  end
  if #out > 0 then return false, out end
  if open then return nil, {} end
  return true, {}
end

obligation {
  ref = "cybercrime:23.3.a",
  clause = "limit",
  level = "mandatory",
  title = { en = "A reservation on real-time collection no narrower than interception", fr = "Une réserve sur la collecte en temps réel pas plus étroite que l'interception" },
  category = "investigation",
  cluster = 4,
  text = {
    fr = [[Chaque État partie peut se réserver le droit de n'appliquer les mesures visées à l'article 29 de la présente Convention qu'aux infractions ou catégories d'infractions spécifiées dans la réserve, pour autant que l'éventail de ces infractions ou catégories d'infractions ne soit pas plus réduit que celui des infractions auxquelles il applique les mesures visées à l'article 30 de la présente Convention.]],
    en = [[Each State Party may reserve the right to apply the measures referred to in article 29 of this Convention only to offences or categories of offences specified in the reservation, provided that the range of such offences or categories of offences is not more restricted than the range of offences to which it applies the measures referred to in article 30 of this Convention.]],
  },
  facts = { "procedural_powers.realtime_traffic.offences", "procedural_powers.interception.offences", "offences", "definitions" },
  check = function(ctx)
    local r = reservation(ctx, "a")
    if r == nil then return ctx:not_applicable(NO_A) end
    local s29 = scope_at(ctx, "procedural_powers.realtime_traffic.offences")
    local s30 = scope_at(ctx, "procedural_powers.interception.offences")
    if s29 == nil then ctx:ask("procedural_powers.realtime_traffic.offences") end
    if s30 == nil then ctx:ask("procedural_powers.interception.offences") end
    if s29 == nil or s30 == nil then
      return ctx:unknown({ en = "The State reserved art. 29 under art. 23(3)(a); the profile does not state both the offences for which real-time collection of traffic data is available and those for which interception is, so whether the reservation keeps within its limit is open.",
                           fr = "L'État a formulé une réserve sur l'art. 29 au titre de l'art. 23, par. 3, a) ; le profil n'indique pas à la fois les infractions pour lesquelles la collecte en temps réel des données de trafic est possible et celles pour lesquelles l'interception l'est : le respect de la limite de la réserve reste ouvert." })
    end
    local ok, left = not_narrower(ctx, s29, s30)
    if ok == true then
      return ctx:met({ en = "The State reserved art. 29 under art. 23(3)(a); the offences for which real-time collection of traffic data remains available are not fewer than those for which it allows interception (art. 30), as the reservation requires.",
                       fr = "L'État a formulé une réserve sur l'art. 29 au titre de l'art. 23, par. 3, a) ; les infractions pour lesquelles la collecte en temps réel des données de trafic reste possible ne sont pas moins nombreuses que celles pour lesquelles il permet l'interception (art. 30), comme l'exige la réserve." })
    end
    if ok == false then
      -- the offences left out, named; or, when two thresholds were compared
      -- (no offence of the profile needed), the two thresholds
      local gap
      if #left > 0 then
        gap = lx.t({ en = "it is not available for {n}, for which interception is", fr = "elle n'est pas possible pour {n}, alors que l'interception l'est" }, { n = lx.join(left) })
      else
        gap = lx.t({ en = "it is available only for offences punishable by at least {a} years' imprisonment, interception for offences punishable by at least {b} years'",
                     fr = "elle n'est possible que pour les infractions punies d'au moins {a} ans d'emprisonnement, l'interception pour celles punies d'au moins {b} ans" },
                   { a = tostring(s29.threshold_prison_years), b = tostring(s30.threshold_prison_years) })
      end
      return ctx:not_met(lx.t({ en = "The State reserved art. 29 under art. 23(3)(a), but real-time collection of traffic data is narrower than interception: {g}. The reservation goes beyond what art. 23(3)(a) provides for.",
                                fr = "L'État a formulé une réserve sur l'art. 29 au titre de l'art. 23, par. 3, a), mais la collecte en temps réel des données de trafic est plus étroite que l'interception : {g}. La réserve va au-delà de ce que prévoit l'art. 23, par. 3, a)." }, { g = gap }),
        { { en = "real-time collection of traffic data for every offence for which interception is available", fr = "la collecte en temps réel des données de trafic pour toute infraction permettant l'interception" } })
    end
    ctx:ask("offences")
    return ctx:unknown({ en = "The State reserved art. 29 under art. 23(3)(a); the penalties of some offences are not stated, so whether real-time collection reaches every offence for which interception is available is open.",
                         fr = "L'État a formulé une réserve sur l'art. 29 au titre de l'art. 23, par. 3, a) ; les peines de certaines infractions ne sont pas indiquées : on ne peut dire si la collecte en temps réel atteint toute infraction permettant l'interception." })
  end,
}

obligation {
  ref = "cybercrime:23.3.a",
  clause = "consider",
  level = "consider",
  title = { en = "Considering limiting the reservation on real-time collection", fr = "Envisager de limiter la réserve sur la collecte en temps réel" },
  category = "investigation",
  cluster = 4,
  text = {
    fr = [[Chaque État partie envisage de limiter une telle réserve de manière à permettre l'application la plus large possible des mesures visées à l'article 29 ;]],
    en = [[Each State Party shall consider restricting such a reservation to enable the broadest application of the measures referred to in article 29;]],
  },
  facts = { "procedural_powers.reservation_limited" },
  check = function(ctx)
    if reservation(ctx, "a") == nil then return ctx:not_applicable(NO_A) end
    return lx.measure_finding(ctx, "procedural_powers.reservation_limited", {
      what = { en = "a limitation of its reservation under art. 23(3)(a) allowing the broadest application of art. 29",
               fr = "une limitation de sa réserve au titre de l'art. 23, par. 3, a), permettant l'application la plus large de l'art. 29" } })
  end,
}

obligation {
  ref = "cybercrime:23.3.b",
  clause = "condition",
  level = "mandatory",
  title = { en = "A closed-system reservation only for legislation in force at adoption", fr = "Une réserve pour les systèmes fermés seulement en raison de la législation en vigueur lors de l'adoption" },
  category = "investigation",
  cluster = 4,
  text = {
    fr = [[Lorsque, en raison des restrictions imposées par sa législation en vigueur au moment de l'adoption de la présente Convention, un État partie ne peut appliquer les mesures visées aux articles 29 et 30 de celle-ci aux communications transmises à l'intérieur d'un système d'information et de communication d'un fournisseur de services, et que ce système : i) Est exploité au profit d'un groupe fermé de personnes utilisatrices ; et ii) N'emploie pas les réseaux publics de communication et n'est pas relié à un autre système d'information et de communication, qu'il soit public ou privé ; - cet État partie peut se réserver le droit de ne pas appliquer lesdites mesures à ces communications.]],
    en = [[Where a State Party, due to limitations in its legislation in force at the time of the adoption of this Convention, is not able to apply the measures referred to in articles 29 and 30 of this Convention to communications being transmitted within an information and communications technology system of a service provider, which system: (i) Is being operated for the benefit of a closed group of users; and (ii) Does not employ public communications networks and is not connected with another information and communications technology system, whether public or private; that State Party may reserve the right not to apply these measures to such communications.]],
  },
  facts = { "procedural_powers.closed_system_restriction" },
  check = function(ctx)
    if reservation(ctx, "b") == nil then return ctx:not_applicable(NO_B) end
    local m = ctx:measure("procedural_powers.closed_system_restriction")
    local raw = ctx:fact("procedural_powers.closed_system_restriction")
    local adopted_on = "2024-12-24"
    if m.state == "unknown" then
      return ctx:unknown({ en = "The State reserved arts 29-30 for closed systems under art. 23(3)(b); the profile does not name the legislation in force when the Convention was adopted that prevents applying them, on which the reservation depends.",
                         fr = "L'État a formulé une réserve sur les art. 29 et 30 pour les systèmes fermés au titre de l'art. 23, par. 3, b) ; le profil n'indique pas la législation en vigueur lors de l'adoption de la Convention qui empêche de les appliquer, dont dépend la réserve." })
    end
    local src = lx.cited(m)
    if raw and raw.adopted ~= false and raw.from and raw.from <= adopted_on then
      return ctx:met(lx.t({ en = "The State reserved arts 29-30 for closed systems under art. 23(3)(b), on the ground of legislation in force since {d}, before the Convention was adopted (24 December 2024){s}.",
                            fr = "L'État a formulé une réserve sur les art. 29 et 30 pour les systèmes fermés au titre de l'art. 23, par. 3, b), en raison d'une législation en vigueur depuis le {d}, avant l'adoption de la Convention (24 décembre 2024){s}." }, { d = raw.from, s = src }))
    end
    if raw and raw.adopted ~= false and raw.from == nil then
      ctx:ask("procedural_powers.closed_system_restriction")
      return ctx:unknown(lx.t({ en = "The State reserved arts 29-30 for closed systems under art. 23(3)(b), citing legislation{s} without the date it entered into force: the reservation is open only for legislation in force when the Convention was adopted (24 December 2024).",
                                fr = "L'État a formulé une réserve sur les art. 29 et 30 pour les systèmes fermés au titre de l'art. 23, par. 3, b), en invoquant une législation{s} sans sa date d'entrée en vigueur : la réserve n'est ouverte qu'en raison d'une législation en vigueur lors de l'adoption de la Convention (24 décembre 2024)." }, { s = src }))
    end
    return ctx:not_met({ en = "The State reserved arts 29-30 for closed systems under art. 23(3)(b), but no legislation in force when the Convention was adopted (24 December 2024) prevents applying them: the reservation goes beyond what art. 23(3)(b) provides for.",
                         fr = "L'État a formulé une réserve sur les art. 29 et 30 pour les systèmes fermés au titre de l'art. 23, par. 3, b), mais aucune législation en vigueur lors de l'adoption de la Convention (24 décembre 2024) n'empêche de les appliquer : la réserve va au-delà de ce que prévoit l'art. 23, par. 3, b)." },
      { { en = "legislation in force on 24 December 2024 preventing arts 29-30 for closed systems", fr = "une législation en vigueur le 24 décembre 2024 empêchant les art. 29 et 30 pour les systèmes fermés" } })
  end,
}

obligation {
  ref = "cybercrime:23.3.b",
  clause = "consider",
  level = "consider",
  title = { en = "Considering limiting the closed-system reservation", fr = "Envisager de limiter la réserve pour les systèmes fermés" },
  category = "investigation",
  cluster = 4,
  text = {
    fr = [[Chaque État partie envisage de limiter une telle réserve de manière à permettre l'application la plus large possible des mesures visées aux articles 29 et 30 de la présente Convention.]],
    en = [[Each State Party shall consider restricting such a reservation to enable the broadest application of the measures referred to in articles 29 and 30 of this Convention.]],
  },
  facts = { "procedural_powers.reservation_limited" },
  check = function(ctx)
    if reservation(ctx, "b") == nil then return ctx:not_applicable(NO_B) end
    return lx.measure_finding(ctx, "procedural_powers.reservation_limited", {
      what = { en = "a limitation of its reservation under art. 23(3)(b) allowing the broadest application of arts 29 and 30",
               fr = "une limitation de sa réserve au titre de l'art. 23, par. 3, b), permettant l'application la plus large des art. 29 et 30" } })
  end,
}
