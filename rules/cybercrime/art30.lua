-- Cybercrime Convention article 30 -- Interception of content data
-- (Interception de données de contenu)
--
-- 30(1), mandatory, "en ce qui concerne diverses infractions pénales graves
-- à définir en droit interne": the same means as art. 29(1) ((a) the
-- authorities' own technical means "et" (b) compelling a provider to (i)
-- collect or record "ou" (ii) assist), for content data (art. 2(d)) of
-- specified communications in the territory.  National law chooses the
-- range of serious offences; the profile must state it (`offences`), and a
-- power without any stated range is an open question, not a shortfall.  A
-- power, met only with its safeguards (art. 24(2)).
-- 30(2): the alternative to (a), as art. 29(2) (covers).
-- 30(3), mandatory: the service provider's confidentiality.
-- A reservation under art. 23(3)(b) (closed systems) names art. 30
-- ("cybercrime:30", the article as a whole: 23(3)(b) reserves "lesdites
-- mesures"; an entry naming only 30(3) or 30(1)(b) is not one, and the
-- engine switches that part off as a reservation not provided for).  It
-- limits art. 30 and does not exclude it (instrument.lua,
-- `limited_by_reservation`): interception remains due for every
-- communication outside a closed system; the finding says so, and the
-- reservation's condition is checked under art. 23(3)(b).
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

-- A reservation under art. 23(3)(b) in force at the as-of date (one naming
-- art. 30), cited; the same reading as art23.lua's.
local function closed_system_reservation(ctx)
  for i, r in ipairs(ctx:fact("reservations") or {}) do
    local in_force = r.instrument == "cybercrime" and (r.kind == nil or r.kind == "reservation")
      and r.from <= ctx.as_of and (r.withdrawn == nil or r.withdrawn > ctx.as_of)
    if in_force then
      for _, p in ipairs(r.provisions) do
        if p == "cybercrime:30" then
          ctx:cite("reservations." .. i, r, { en = "reservation under art. 23(3)(b) from " .. r.from })
          return r
        end
      end
    end
  end
  return nil
end

obligation {
  ref = "cybercrime:30.1",
  covers = { "cybercrime:30.2" },
  level = "mandatory",
  title = { en = "Interception of content data for serious offences", fr = "Interception des données de contenu pour les infractions graves" },
  category = "investigation",
  cluster = 4,
  text = {
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires, en ce qui concerne diverses infractions pénales graves à définir en droit interne, pour habiliter ses autorités compétentes à faire ce qui suit : a) Collecter ou enregistrer, par l'application de moyens techniques sur son territoire ; et b) Obliger un fournisseur de services, dans le cadre de ses capacités techniques existantes : i) À collecter ou à enregistrer, par l'application de moyens techniques sur son territoire ; ou ii) À prêter aux autorités compétentes son concours et son assistance pour collecter ou enregistrer ; en temps réel, les données de contenu de communications spécifiées transmises sur son territoire au moyen d'un système d'information et de communication.]],
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary, in relation to a range of serious criminal offences to be determined by domestic law, to empower its competent authorities to: (a) Collect or record, through the application of technical means in the territory of that State Party; and (b) Compel a service provider, within its existing technical capability: (i) To collect or record, through the application of technical means in the territory of that State Party; or (ii) To cooperate and assist the competent authorities in the collection or recording of; content data, in real time, of specified communications in its territory transmitted by means of an information and communications technology system.]],
  },
  facts = { "procedural_powers.interception", "procedural_powers.general_safeguards", "reservations" },
  check = function(ctx)
    local res = closed_system_reservation(ctx)
    local f = lx.power_finding(ctx, "procedural_powers.interception", {
      what = { en = "the interception (real-time collection or recording) of content data of specified communications in the territory",
               fr = "l'interception (collecte ou enregistrement en temps réel) des données de contenu de communications spécifiées sur le territoire" },
      general = "procedural_powers.general_safeguards",
      details = function(m)
        local d = lx.collection_means(ctx, "procedural_powers.interception", m, "cybercrime:30.1.a")
        if m.offences == nil then
          ctx:ask("procedural_powers.interception.offences", { en = "For which serious offences, defined by national law, is interception of content data available?",
                                                               fr = "Pour quelles infractions graves, définies en droit interne, l'interception des données de contenu est-elle possible ?" })
          d.open = true
        end
        return d
      end })
    if res then
      f.explanation = lx.t({ en = "{e} The State's reservation under art. 23(3)(b) (from {d}) excludes only communications within a service provider's closed system; the power remains due for every other communication (the reservation's condition is assessed under art. 23(3)(b)).",
                             fr = "{e} La réserve de l'État au titre de l'art. 23, par. 3, b) (depuis le {d}) n'exclut que les communications transmises à l'intérieur du système fermé d'un fournisseur de services ; le pouvoir reste dû pour toute autre communication (la condition de la réserve est évaluée au titre de l'art. 23, par. 3, b))." },
                           { e = f.explanation, d = res.from })
    end
    return f
  end,
}

obligation {
  ref = "cybercrime:30.3",
  level = "mandatory",
  title = { en = "Confidentiality of interception", fr = "Secret de l'interception" },
  category = "investigation",
  cluster = 4,
  text = {
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour obliger un fournisseur de services à garder le secret sur le fait que l'un quelconque des pouvoirs prévus au présent article a été exécuté ainsi que sur toute information à ce sujet.]],
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to oblige a service provider to keep confidential the fact of the execution of any power provided for in this article and any information relating to it.]],
  },
  facts = { "procedural_powers.interception_confidentiality" },
  check = function(ctx)
    return lx.measure_finding(ctx, "procedural_powers.interception_confidentiality", {
      what = { en = "an obligation on service providers to keep interceptions confidential",
               fr = "l'obligation pour les fournisseurs de services de garder le secret sur les interceptions" } })
  end,
}
