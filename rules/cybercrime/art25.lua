-- Cybercrime Convention article 25 -- Expedited preservation of stored
-- electronic data (Préservation accélérée de données électroniques stockées)
--
-- 25(1), mandatory: the power to order or similarly obtain the expeditious
-- preservation of specified stored data, "y compris" traffic data, content
-- data and subscriber information (art. 2(c), (d), (f)): all three kinds.
-- A power, so met only with its safeguards (art. 24(2)).
-- 25(2), mandatory, conditional: "Lorsqu'un État partie donne effet au
-- paragraphe 1 ... au moyen d'une injonction" to the person holding the
-- data, that person must preserve them and protect their integrity "pendant
-- une durée aussi longue que nécessaire, au maximum de 90 jours".  Read as:
-- an order must be able to last up to 90 days (a shorter maximum falls short
-- unless the order can be renewed up to that length); 90 days is the period
-- the Convention asks for, and a longer national maximum still meets the
-- duty (the limit of duration is a safeguard of art. 24(2), assessed there).
-- Its second sentence, "peut prévoir qu'une telle injonction pourra être
-- renouvelée", is an option (clause "renewal"), never a gap.
-- 25(3), mandatory: confidentiality of the preservation for a period set by
-- national law.
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

local DATA = {
  { "traffic", en = "traffic data", fr = "les données de trafic" },
  { "content", en = "content data", fr = "les données de contenu" },
  { "subscriber", en = "subscriber information", fr = "les informations relatives aux personnes abonnées" },
}

obligation {
  ref = "cybercrime:25.1",
  level = "mandatory",
  title = { en = "Expedited preservation of stored electronic data", fr = "Préservation rapide de données électroniques stockées" },
  category = "investigation",
  cluster = 4,
  text = {
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour permettre à ses autorités compétentes d'ordonner ou d'obtenir de façon similaire la préservation rapide de certaines données électroniques, y compris des données de trafic, des données de contenu et des informations relatives aux personnes abonnées qui ont été stockées au moyen d'un système d'information et de communication, notamment lorsqu'il existe des raisons de penser que ces données électroniques sont particulièrement susceptibles d'être perdues ou modifiées.]],
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to enable its competent authorities to order or similarly obtain the expeditious preservation of specified electronic data, including traffic data, content data and subscriber information, that have been stored by means of an information and communications technology system, in particular where there are grounds to believe that the electronic data are particularly vulnerable to loss or modification.]],
  },
  facts = { "procedural_powers.preservation", "procedural_powers.general_safeguards" },
  check = function(ctx)
    return lx.power_finding(ctx, "procedural_powers.preservation", {
      what = { en = "orders for the expeditious preservation of specified stored electronic data",
               fr = "des injonctions de préservation rapide de données électroniques stockées déterminées" },
      general = "procedural_powers.general_safeguards",
      details = function(m)
        if m.data == nil then
          ctx:ask("procedural_powers.preservation.data", { en = "Which kinds of stored data can a preservation order cover: traffic data, content data, subscriber information?",
                                                           fr = "Quelles catégories de données stockées une injonction de préservation peut-elle viser : données de trafic, de contenu, informations relatives aux abonnés ?" })
          return { open = true }
        end
        local have, missing = {}, {}
        for _, k in ipairs(m.data) do have[k] = true end
        for _, d in ipairs(DATA) do
          if not have[d[1]] then missing[#missing + 1] = lx.t({ en = "preservation of {d}", fr = "la préservation des {d}" }, { d = { en = d.en, fr = d.fr:gsub("^les ", "") } }) end
        end
        return { missing = missing }
      end })
  end,
}

-- Does the State give effect to 25(1) by an order to the person holding the
-- data?  true, false, or nil (asked).
local function by_order(ctx)
  local p = ctx:fact("procedural_powers.preservation")
  if p ~= nil and p.adopted == false then return false end   -- no preservation at all: 25(1)'s gap
  if p == nil or p.by_order == nil then
    ctx:ask("procedural_powers.preservation", { en = "Is preservation ordered to the person who holds or controls the data (art. 25(2) then applies)?",
                                                fr = "La préservation est-elle ordonnée à la personne qui détient ou contrôle les données (l'art. 25, par. 2, s'applique alors) ?" })
    return nil
  end
  return p.by_order
end

-- nil when paragraph 2 applies (preservation by order), else the
-- not-applicable or unknown finding that ends the check.
local function unless_by_order(ctx)
  return lx.only_if(ctx, by_order(ctx),
    { en = "The State does not give effect to art. 25(1) by an order to the person holding the data; paragraph 2 binds only a State that does.",
      fr = "L'État ne donne pas effet à l'art. 25, par. 1, au moyen d'une injonction à la personne qui détient les données ; le paragraphe 2 ne lie que l'État qui le fait." },
    { en = "Whether paragraph 2 applies depends on whether preservation is ordered to the person holding the data, which the profile does not say.",
      fr = "L'application du paragraphe 2 dépend de ce que la préservation soit ordonnée à la personne qui détient les données, ce que le profil n'indique pas." })
end

obligation {
  ref = "cybercrime:25.2",
  level = "mandatory",
  title = { en = "Preservation orders of up to 90 days", fr = "Injonctions de préservation jusqu'à 90 jours" },
  category = "investigation",
  cluster = 4,
  text = {
    fr = [[Lorsqu'un État partie donne effet au paragraphe 1 du présent article au moyen d'une injonction ordonnant à une personne de préserver certaines données électroniques stockées qui se trouvent en sa possession ou sous son contrôle, il adopte les mesures législatives et autres nécessaires pour obliger cette personne à préserver lesdites données électroniques et à en protéger l'intégrité pendant une durée aussi longue que nécessaire, au maximum de 90 jours, afin de permettre aux autorités compétentes d'obtenir leur divulgation.]],
    en = [[Where a State Party gives effect to paragraph 1 of this article by means of an order to a person to preserve specified stored electronic data in the person's possession or control, the State Party shall adopt such legislative and other measures as may be necessary to oblige that person to preserve and maintain the integrity of those electronic data for a period of time as long as necessary, up to a maximum of 90 days, to enable the competent authorities to seek its disclosure.]],
  },
  facts = { "procedural_powers.preservation" },
  check = function(ctx)
    local stop = unless_by_order(ctx)
    if stop then return stop end
    -- 25(2) turns on the length of an order alone: what the power lacks
    -- under 25(1) (kinds of data) is reported there, not here
    local m = ctx:measure("procedural_powers.preservation")
    if m.state ~= "adopted" and m.state ~= "partly" then
      return lx.measure_finding(ctx, "procedural_powers.preservation", {
        what = { en = "an obligation on the person ordered to preserve the data and maintain their integrity",
                 fr = "l'obligation pour la personne visée de préserver les données et d'en protéger l'intégrité" } })
    end
    local p, src = m.raw, lx.cited(m)
    if p.max_days == nil then
      ctx:ask("procedural_powers.preservation", { en = "For how many days at most can one preservation order oblige the person to preserve the data?",
                                                  fr = "Pendant combien de jours au plus une injonction de préservation peut-elle obliger la personne à préserver les données ?" })
      return ctx:unknown(lx.t({ en = "Preservation is ordered to the person holding the data{s}; the profile does not say for how long one order can oblige that person to preserve them.",
                                fr = "La préservation est ordonnée à la personne qui détient les données{s} ; le profil n'indique pas pendant combien de temps une injonction peut l'obliger à les préserver." }, { s = src }))
    end
    local n = tostring(p.max_days)
    if p.max_days >= 90 then
      return ctx:met(lx.t({ en = "National law obliges the person ordered to preserve the data and maintain their integrity for up to {n} days{s}, at least the Convention's 90 days.",
                            fr = "Le droit national oblige la personne visée à préserver les données et à en protéger l'intégrité jusqu'à {n} jours{s}, au moins les 90 jours de la Convention." }, { n = n, s = src }))
    end
    if p.renewable == true then
      return ctx:met(lx.t({ en = "National law obliges the person ordered to preserve the data for up to {n} days, and the order can be renewed{s}, so that preservation can last as long as necessary up to 90 days.",
                            fr = "Le droit national oblige la personne visée à préserver les données jusqu'à {n} jours, et l'injonction peut être renouvelée{s}, de sorte que la préservation peut durer aussi longtemps que nécessaire jusqu'à 90 jours." }, { n = n, s = src }),
        { id = "renewal", en = "a shorter order, renewable", fr = "une injonction plus courte, renouvelable" })
    end
    local short = { en = "preservation for as long as necessary up to 90 days", fr = "une préservation aussi longue que nécessaire jusqu'à 90 jours" }
    if p.renewable == nil then
      ctx:ask("procedural_powers.preservation", { en = "Can a preservation order be renewed?", fr = "Une injonction de préservation peut-elle être renouvelée ?" })
      return ctx:unknown(lx.t({ en = "One preservation order lasts at most {n} days{s}, less than the 90 days of the Convention, and the profile does not say whether it can be renewed.",
                                fr = "Une injonction de préservation dure au plus {n} jours{s}, moins que les 90 jours de la Convention, et le profil n'indique pas si elle peut être renouvelée." }, { n = n, s = src }), { short })
    end
    return ctx:partly(lx.t({ en = "One preservation order lasts at most {n} days and cannot be renewed{s}: preservation cannot last as long as necessary up to the Convention's 90 days.",
                             fr = "Une injonction de préservation dure au plus {n} jours et ne peut être renouvelée{s} : la préservation ne peut durer aussi longtemps que nécessaire jusqu'aux 90 jours de la Convention." }, { n = n, s = src }), { short })
  end,
}

obligation {
  ref = "cybercrime:25.2",
  clause = "renewal",
  level = "optional",
  title = { en = "Renewal of preservation orders", fr = "Renouvellement des injonctions de préservation" },
  category = "investigation",
  cluster = 4,
  text = {
    fr = [[Un État partie peut prévoir qu'une telle injonction pourra être renouvelée.]],
    en = [[A State Party may provide for such an order to be subsequently renewed.]],
  },
  facts = { "procedural_powers.preservation" },
  check = function(ctx)
    local stop = unless_by_order(ctx)
    if stop then return stop end
    local p = ctx:fact("procedural_powers.preservation")
    if p.renewable == true then
      return ctx:met(lx.t({ en = "A preservation order can be renewed{s}.", fr = "L'injonction de préservation peut être renouvelée{s}." }, { s = lx.cited(p) }))
    elseif p.renewable == false then
      return ctx:not_met(lx.t({ en = "A preservation order cannot be renewed{s}.", fr = "L'injonction de préservation ne peut pas être renouvelée{s}." }, { s = lx.cited(p) }),
        { { en = "renewal of preservation orders", fr = "le renouvellement des injonctions de préservation" } })
    end
    ctx:ask("procedural_powers.preservation", { en = "Can a preservation order be renewed?", fr = "Une injonction de préservation peut-elle être renouvelée ?" })
    return ctx:unknown({ en = "The profile does not say whether a preservation order can be renewed.", fr = "Le profil n'indique pas si une injonction de préservation peut être renouvelée." })
  end,
}

obligation {
  ref = "cybercrime:25.3",
  level = "mandatory",
  title = { en = "Confidentiality of preservation", fr = "Secret de la préservation" },
  category = "investigation",
  cluster = 4,
  text = {
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour obliger la personne détentrice des données électroniques ou une autre personne chargée de les préserver à garder le secret sur la mise en œuvre desdites procédures pendant la durée prévue par sa législation interne.]],
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to oblige the custodian or other person who is to preserve the electronic data to keep confidential the undertaking of such procedures for the period of time provided for by its domestic law.]],
  },
  facts = { "procedural_powers.preservation_confidentiality" },
  check = function(ctx)
    return lx.measure_finding(ctx, "procedural_powers.preservation_confidentiality", {
      what = { en = "an obligation on the person preserving the data to keep the preservation confidential",
               fr = "l'obligation pour la personne qui préserve les données de garder le secret sur la préservation" } })
  end,
}
