-- Directive 2004/82/EC article 4 -- Penalties
--
-- Paragraph 1 (mandatory, « prennent les mesures nécessaires »): sanctions on
-- carriers which, as a result of their fault, have not transmitted data or
-- have transmitted incomplete or false data -- three failures, each to be
-- sanctioned -- dissuasive, effective and proportionate, and such that
-- EITHER
--   (a) their maximum amount is not less than EUR 5 000 per journey, OR
--   (b) their minimum amount is not less than EUR 3 000 per journey
-- (or the equivalent in national currency at the rate of the day the
-- directive entered into force).  Either alternative meets the duty; the
-- finding names the one national law satisfies.  Amounts below both, or a
-- failure left unsanctioned, are shortcomings.  "Dissuasive, effective and
-- proportionate" is a qualitative test the amounts of (a) or (b) stand for
-- in this rule; a reviewer judges the rest.
--
-- Paragraph 2: the directive does not prevent other sanctions for serious
-- infringements (immobilisation, seizure and confiscation of the means of
-- transport, suspension or withdrawal of the operating licence): an option,
-- reported, never a gap.

local MAX_AT_LEAST = 5000   -- art. 4(1)(a)
local MIN_AT_LEAST = 3000   -- art. 4(1)(b)

local FAILURES = {
  { "not_transmitted", en = "data not transmitted", fr = "données non transmises" },
  { "incomplete", en = "incomplete data", fr = "données incomplètes" },
  { "false", en = "false data", fr = "données erronées" },
}

local function eur(n)
  local s = string.format("%.0f", n):reverse():gsub("(%d%d%d)", "%1 "):reverse():gsub("^ ", "")
  return s .. " EUR"
end

obligation {
  ref = "eu-2004-82:4.1",
  level = "mandatory",
  title = { en = "Sanctions on carriers: the amounts the directive sets",
            fr = "Sanctions des transporteurs : les montants fixés par la directive" },
  category = "data_transfer",
  text = {
    fr = [[Les États membres prennent les mesures nécessaires pour appliquer des sanctions aux transporteurs qui, par faute, n'ont pas transmis de données ou ont transmis des données incomplètes ou erronées. Ils prennent les mesures nécessaires pour veiller à ce que ces sanctions soient dissuasives, effectives et proportionnées et soient telles que: a) soit leur montant maximal n'est pas inférieur à 5 000 euros ou à l'équivalent en monnaie nationale au cours publié dans le Journal officiel de l'Union européenne du jour d'entrée en vigueur de la présente directive pour chaque voyage effectué sans communication des données relatives aux passagers ou en cas de communication incorrecte de ces informations, ou b) soit leur montant minimal n'est pas inférieur à 3 000 euros ou à l'équivalent en monnaie nationale au cours publié dans le Journal officiel de l'Union européenne du jour de l'entrée en vigueur de la présente directive pour chaque voyage effectué sans communication des données relatives aux passagers ou en cas de communication incorrecte de ces informations.]],
  },
  facts = { "carrier_data.sanctions" },
  check = function(ctx)
    local path = "carrier_data.sanctions"
    return lx.measure_details(ctx, path, {
      what = { en = "sanctions on carriers that fail to transmit passenger data or transmit incomplete or false data",
               fr = "des sanctions contre les transporteurs qui ne transmettent pas les données des passagers ou transmettent des données incomplètes ou erronées" },
      details = function(s)
        local d = { missing = {} }
        -- the three failures
        if s.failures == nil then
          d.open = true
          ctx:ask(path, { en = "Do the sanctions reach each failure: data not transmitted, incomplete data, false data?",
                          fr = "Les sanctions visent-elles chaque manquement : données non transmises, incomplètes, erronées ?" })
        else
          for _, f in ipairs(FAILURES) do
            if not lx.has(s.failures, f[1]) then
              d.missing[#d.missing + 1] = lx.t({ en = "a sanction for {f}", fr = "une sanction pour {f}" }, { f = { en = f.en, fr = f.fr } })
            end
          end
        end
        -- the amounts: alternative (a) or (b)
        local amounts
        if s.max_fine_eur and s.max_fine_eur >= MAX_AT_LEAST then
          d.option = { id = "a", en = "maximum of at least EUR 5 000 per journey (art. 4(1)(a))", fr = "montant maximal d'au moins 5 000 euros par voyage (art. 4, par. 1, a))" }
          amounts = { en = "a maximum of " .. eur(s.max_fine_eur) .. " per journey", fr = "un maximum de " .. eur(s.max_fine_eur) .. " par voyage" }
        elseif s.min_fine_eur and s.min_fine_eur >= MIN_AT_LEAST then
          d.option = { id = "b", en = "minimum of at least EUR 3 000 per journey (art. 4(1)(b))", fr = "montant minimal d'au moins 3 000 euros par voyage (art. 4, par. 1, b))" }
          amounts = { en = "a minimum of " .. eur(s.min_fine_eur) .. " per journey", fr = "un minimum de " .. eur(s.min_fine_eur) .. " par voyage" }
        elseif s.max_fine_eur == nil then
          -- no maximum stated: it might still reach EUR 5 000
          d.open = true
          ctx:ask(path, { en = "What is the maximum amount of the sanction per journey, in euros?",
                          fr = "Quel est le montant maximal de la sanction par voyage, en euros ?" })
        else
          local has_min = s.min_fine_eur and { en = ", minimum " .. eur(s.min_fine_eur), fr = ", minimum " .. eur(s.min_fine_eur) } or { en = "", fr = "" }
          d.missing[#d.missing + 1] = lx.t({ en = "a maximum amount of at least EUR 5 000, or a minimum amount of at least EUR 3 000, per journey (national law: maximum {x}{n})",
                                             fr = "un montant maximal d'au moins 5 000 euros, ou un montant minimal d'au moins 3 000 euros, par voyage (droit national : maximum {x}{n})" },
                                           { x = eur(s.max_fine_eur), n = has_min })
        end
        if amounts then
          d.met = lx.t({ en = "National law sanctions carriers for data not transmitted, incomplete or false{s}, with {a}.",
                         fr = "Le droit national sanctionne les transporteurs pour des données non transmises, incomplètes ou erronées{s}, avec {a}." },
                       { s = s.source and (" (" .. s.source .. ")") or "", a = amounts })
        end
        return d
      end,
    })
  end,
}

obligation {
  ref = "eu-2004-82:4.2",
  level = "optional",
  title = { en = "Option: other sanctions for serious infringements",
            fr = "Faculté : autres sanctions en cas de violation grave" },
  category = "data_transfer",
  text = {
    fr = [[La présente directive n'empêche pas les États membres d'adopter ou de maintenir à l'encontre des transporteurs, en cas de violation grave par ceux-ci des obligations résultant de la présente directive, d'autres sanctions telles que l'immobilisation, la saisie et la confiscation du moyen de transport, ou la suspension temporaire ou le retrait de l'autorisation d'exploitation.]],
  },
  facts = { "carrier_data.other_sanctions" },
  check = function(ctx)
    return lx.measure_finding(ctx, "carrier_data.other_sanctions", {
      what = { en = "other sanctions on carriers for serious infringements (immobilisation, seizure or confiscation of the means of transport, suspension or withdrawal of the operating licence)",
               fr = "d'autres sanctions contre les transporteurs en cas de violation grave (immobilisation, saisie ou confiscation du moyen de transport, suspension ou retrait de l'autorisation d'exploitation)" } })
  end,
}
