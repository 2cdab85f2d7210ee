-- Cybercrime Convention article 29 -- Real-time collection of traffic data
-- (Collecte en temps réel de données de trafic)
--
-- 29(1), mandatory: empower the authorities (a) to collect or record, by
-- technical means in the territory, "et" (b) to compel a service provider,
-- within its existing technical capability, (i) to collect or record "ou"
-- (ii) to assist, in real time, traffic data (art. 2(c)) of specified
-- communications transmitted in the territory.  A power, met only with its
-- safeguards (art. 24(2)).
-- 29(2), an alternative ("peut à la place"): a State whose legal principles
-- prevent (a) may instead ensure real-time collection by technical means in
-- the territory by other measures.  Encoded within 29(1) (covers): the
-- principle is stated under `principles` for "cybercrime:29.1.a" and the
-- alternative measures as `alternative_collection`.
-- 29(3), mandatory: the service provider's confidentiality.
-- Art. 23(2): "Sauf disposition contraire de la présente Convention",
-- the powers apply to the Convention's offences, other offences committed
-- by means of an ICT system and electronic evidence of any offence.  Art. 30
-- is confined to serious offences by its own words; art. 29 is not, and only
-- a reservation under art. 23(3)(a) lets a State apply it "qu'aux
-- infractions ou catégories d'infractions spécifiées dans la réserve".  A
-- power of real-time collection whose `offences` are narrower than all
-- offences (a threshold, a list) therefore falls short of 29(1) unless such
-- a reservation is in force.  Without such a reservation, a power stated
-- without `offences` (or with a threshold of no stated length) is open, the
-- offences asked: it cannot be met, since the true range, once stated, may
-- be narrower (a finding never falls when a true fact is added).  A narrow
-- range with the State's reservations not recorded (no `reservations`,
-- docs/profile.md 10.2) is open too, the reservations asked: the State may
-- have made a 23(3)(a) reservation, at signature or later.
-- A reservation under art. 23(3)(a) (offences named) or (b) (closed
-- systems) is an entry of `reservations` naming "cybercrime:29" (and
-- "cybercrime:30" for (b)): 23(3) reserves "les mesures visées à l'article
-- 29" (and 30), the article as a whole, so an entry naming only a part of
-- it (29(3), 29(1)(b)) is not one of them (the engine switches that part
-- off as a reservation the Convention does not provide for).  An entry
-- naming arts 29 and 30 is read as (b), the only one reaching art. 30; a
-- State that made both is recorded with two entries, and each is read.
-- It limits art. 29 and does not exclude it (instrument.lua,
-- `limited_by_reservation`): the power is still due, for the offences the
-- reservation names or outside closed systems; the finding says so, and the
-- reservation's limits are checked under art. 23(3).
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

-- The reservations of art. 23(3) in force at the as-of date naming art. 29
-- (and 30): { a = entry (23(3)(a): art. 29 alone), b = entry (23(3)(b):
-- art. 30 named) }, each cited (the first entry of each; every entry is
-- read, so an (a) and a (b) reservation recorded as two entries are both
-- found).  The same reading as art23.lua's.
local function reservations_23_3(ctx)
  local out = {}
  for i, r in ipairs(ctx:fact("reservations") or {}) do
    local in_force = r.instrument == "cybercrime" and (r.kind == nil or r.kind == "reservation")
      and r.from <= ctx.as_of and (r.withdrawn == nil or r.withdrawn > ctx.as_of)
    if in_force then
      local on29, on30 = false, false
      for _, p in ipairs(r.provisions) do
        if p == "cybercrime:29" then on29 = true end
        if p == "cybercrime:30" then on30 = true end
      end
      local which = (on30 and "b") or (on29 and "a") or nil
      if which and out[which] == nil then
        ctx:cite("reservations." .. i, r, { en = "reservation under art. 23(3)(" .. which .. ") from " .. r.from })
        out[which] = r
      end
    end
  end
  return out
end

-- The offences for which the power is available, when narrower than all
-- offences: a bilingual description; nil when all offences; OPEN when the
-- range is not stated (no `offences`, or a threshold without its length).
local OPEN = {}
local function narrower_than_all(ctx, s)
  if s and s.ref then s = ctx:fact("definitions." .. s.ref) end
  if s == nil then return OPEN end
  if s.scope == "all_offences" then return nil end
  if s.scope == "threshold" then
    local y = s.threshold_prison_years
    if y == nil then return OPEN end
    if y <= 0 then return nil end
    return lx.t({ en = "offences punishable by at least {y} years' imprisonment", fr = "les infractions punies d'au moins {y} ans d'emprisonnement" }, { y = tostring(y) })
  end
  if s.scope == "list" then
    local names = {}
    for _, e in ipairs(ctx:offences()) do
      if lx.scope_covers(s, e) then names[#names + 1] = e.o.name end
    end
    if #names == 0 then return { en = "the offences listed", fr = "les infractions énumérées" } end
    return lx.t({ en = "the offences listed ({n})", fr = "les infractions énumérées ({n})" }, { n = lx.join(names) })
  end
  return nil
end

local RES_A = { en = "The State's reservation under art. 23(3)(a) (from {d}) limits art. 29 to the offences it names; it does not dispense with the power, which remains due for them (whether the reservation keeps within its limit is assessed under art. 23(3)(a)).",
                fr = "La réserve de l'État au titre de l'art. 23, par. 3, a) (depuis le {d}) limite l'art. 29 aux infractions qu'elle spécifie ; elle ne dispense pas du pouvoir, qui reste dû pour celles-ci (le respect de la limite de la réserve est évalué au titre de l'art. 23, par. 3, a))." }
local RES_B = { en = "The State's reservation under art. 23(3)(b) (from {d}) excludes only communications within a service provider's closed system; the power remains due for every other communication (the reservation's condition is assessed under art. 23(3)(b)).",
                fr = "La réserve de l'État au titre de l'art. 23, par. 3, b) (depuis le {d}) n'exclut que les communications transmises à l'intérieur du système fermé d'un fournisseur de services ; le pouvoir reste dû pour toute autre communication (la condition de la réserve est évaluée au titre de l'art. 23, par. 3, b))." }
local OFFENCES_Q = { en = "For which offences is real-time collection of traffic data available (every offence, a penalty threshold, a list)? Art. 29 applies to every offence (art. 23(2)) unless a reservation under art. 23(3)(a) names fewer.",
                    fr = "Pour quelles infractions la collecte en temps réel des données de trafic est-elle possible (toute infraction, un seuil de peine, une liste) ? L'art. 29 s'applique à toute infraction (art. 23, par. 2), sauf réserve au titre de l'art. 23, par. 3, a), qui en spécifie moins." }
local OFFENCES_OPEN = { en = "The profile does not state for which offences the power is available: art. 29 requires it for every offence (art. 23(2)) unless a reservation under art. 23(3)(a) names fewer.",
                        fr = "Le profil n'indique pas pour quelles infractions le pouvoir est disponible : l'art. 29 l'exige pour toute infraction (art. 23, par. 2), sauf réserve au titre de l'art. 23, par. 3, a), qui en spécifie moins." }
local RESERVATIONS_Q = { en = "Has the State made a reservation under art. 23(3)(a) of the Cybercrime Convention (art. 29 applied only to the offences it names)? Record it under reservations, naming cybercrime:29, or write reservations = {} if the State has made none.",
                         fr = "L'État a-t-il formulé une réserve au titre de l'article 23, paragraphe 3, a), de la Convention sur la cybercriminalité (art. 29 appliqué aux seules infractions qu'elle spécifie) ? L'inscrire sous reservations, en visant cybercrime:29, ou écrire reservations = {} s'il n'en a formulé aucune." }
local RESERVATIONS_OPEN = { en = "The power is available only for {o}; art. 29 requires it for every offence (art. 23(2)) unless a reservation under art. 23(3)(a) names fewer, and the profile does not record the State's reservations.",
                            fr = "Le pouvoir n'est disponible que pour {o} ; l'art. 29 l'exige pour toute infraction (art. 23, par. 2), sauf réserve au titre de l'art. 23, par. 3, a), qui en spécifie moins, et le profil n'indique pas les réserves de l'État." }
-- A narrow range under a closed-system reservation only: how an (a)
-- reservation made with it is recorded.
local ONE_ENTRY = { en = "The State's entry naming arts 29 and 30 is read as the closed-system reservation of art. 23(3)(b), the only one that reaches art. 30; a reservation under art. 23(3)(a), if the State made one with it, is recorded as its own entry naming art. 29 alone.",
                    fr = "L'entrée de l'État visant les art. 29 et 30 se lit comme la réserve relative aux systèmes fermés de l'art. 23, par. 3, b), la seule qui atteigne l'art. 30 ; une réserve au titre de l'art. 23, par. 3, a), si l'État en a formulé une avec elle, s'inscrit comme une entrée distincte visant le seul art. 29." }

-- The finding with a sentence for each 23(3) reservation in force.
local function with_reservations(f, res, which)
  for _, w in ipairs(which) do
    local r = res[w]
    if r then
      f.explanation = lx.t({ en = "{e} {n}", fr = "{e} {n}" }, { e = f.explanation, n = lx.t(w == "a" and RES_A or RES_B, { d = r.from }) })
    end
  end
  return f
end

obligation {
  ref = "cybercrime:29.1",
  covers = { "cybercrime:29.2" },
  level = "mandatory",
  title = { en = "Real-time collection of traffic data", fr = "Collecte en temps réel des données de trafic" },
  category = "investigation",
  cluster = 4,
  text = {
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour habiliter ses autorités compétentes à faire ce qui suit : a) Collecter ou enregistrer, par l'application de moyens techniques sur son territoire ; et b) Obliger un fournisseur de services, dans le cadre de ses capacités techniques existantes : i) À collecter ou à enregistrer, par l'application de moyens techniques sur son territoire ; ou ii) À prêter aux autorités compétentes son concours et son assistance pour collecter ou enregistrer ; en temps réel, les données de trafic associées à des communications spécifiées transmises sur son territoire au moyen d'un système d'information et de communication.]],
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to empower its competent authorities to: (a) Collect or record, through the application of technical means in the territory of that State Party; and (b) Compel a service provider, within its existing technical capability: (i) To collect or record, through the application of technical means in the territory of that State Party; or (ii) To cooperate and assist the competent authorities in the collection or recording of; traffic data, in real time, associated with specified communications in its territory transmitted by means of an information and communications technology system.]],
  },
  facts = { "procedural_powers.realtime_traffic", "procedural_powers.general_safeguards", "reservations", "offences", "definitions" },
  check = function(ctx)
    local res = reservations_23_3(ctx)
    local note   -- why the finding is open, when the range or the reservations are
    local f = lx.power_finding(ctx, "procedural_powers.realtime_traffic", {
      what = { en = "the real-time collection or recording of traffic data of specified communications in the territory",
               fr = "la collecte ou l'enregistrement en temps réel des données de trafic de communications spécifiées sur le territoire" },
      general = "procedural_powers.general_safeguards",
      details = function(m)
        local d = lx.collection_means(ctx, "procedural_powers.realtime_traffic", m, "cybercrime:29.1.a")
        local narrow = res.a == nil and narrower_than_all(ctx, m.offences)
        if narrow == OPEN then
          ctx:ask("procedural_powers.realtime_traffic.offences", OFFENCES_Q)
          d.open, note = true, OFFENCES_OPEN
        elseif narrow and ctx:fact("reservations") == nil then
          ctx:ask("reservations", RESERVATIONS_Q)
          d.open, note = true, lx.t(RESERVATIONS_OPEN, { o = narrow })
        elseif narrow then
          d.missing[#d.missing + 1] = lx.t({ en = "real-time collection for any offence (art. 23(2)), not only for {o}: a narrower range needs a reservation under art. 23(3)(a)",
                                             fr = "la collecte en temps réel pour toute infraction (art. 23, par. 2), et non seulement pour {o} : un éventail plus réduit suppose une réserve au titre de l'art. 23, par. 3, a)" }, { o = narrow })
          if res.b then note = ONE_ENTRY end
        end
        return d
      end })
    f = with_reservations(f, res, { "a", "b" })
    if note then
      f.explanation = lx.t({ en = "{e} {n}", fr = "{e} {n}" }, { e = f.explanation, n = note })
    end
    return f
  end,
}

obligation {
  ref = "cybercrime:29.3",
  level = "mandatory",
  title = { en = "Confidentiality of real-time collection", fr = "Secret de la collecte en temps réel" },
  category = "investigation",
  cluster = 4,
  text = {
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour obliger un fournisseur de services à garder le secret sur le fait que l'un quelconque des pouvoirs prévus au présent article a été exécuté ainsi que sur toute information à ce sujet.]],
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to oblige a service provider to keep confidential the fact of the execution of any power provided for in this article and any information relating to it.]],
  },
  facts = { "procedural_powers.realtime_traffic_confidentiality" },
  check = function(ctx)
    return lx.measure_finding(ctx, "procedural_powers.realtime_traffic_confidentiality", {
      what = { en = "an obligation on service providers to keep real-time collection of traffic data confidential",
               fr = "l'obligation pour les fournisseurs de services de garder le secret sur la collecte en temps réel des données de trafic" } })
  end,
}
