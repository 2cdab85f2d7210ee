-- Cybercrime Convention article 24 -- Conditions and safeguards (Conditions
-- et garanties)
--
-- 24(1), mandatory ("veille à ce que"): the powers of ch. IV are subject to
-- conditions and safeguards of national law that protect human rights under
-- international human rights law and incorporate proportionality: two
-- elements, both required.
-- 24(2), mandatory ("incluent"), with the escape "lorsque cela est approprié
-- eu égard à la nature de la procédure ou des pouvoirs" and "Conformément au
-- droit interne": judicial or other independent review (at national level,
-- 24(5)), an effective remedy, grounds justifying application, limits of
-- scope and duration.  Each power's safeguards are facts of the power
-- (`safeguards`, or `general_safeguards` for every power); a safeguard the
-- State holds not appropriate to a power's nature is listed in its
-- `not_appropriate` and explained, never a gap.  The rules of arts 25-30 find
-- each power met only with its safeguards; this rule reports the safeguards
-- of all the powers together, the duty art. 24 itself puts on the State.
-- 24(3), "examine l'effet": the French present indicative reads as a duty,
-- but the verb is to examine, i.e. consider (levels.lua): the State must
-- show it considered the impact on third parties.  "Dans la mesure où cela
-- est conforme à l'intérêt public" is an escape, not a lower level.
-- 24(4), mandatory in substance ("s'appliquent"): the same safeguards govern
-- the powers used for international cooperation as requested State.
-- 24(5) is the definition of 24(2)'s review (levels.lua: none); it is read
-- into 24(2).
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

obligation {
  ref = "cybercrime:24.1",
  level = "mandatory",
  title = { en = "Conditions and safeguards protecting human rights, with proportionality", fr = "Conditions et garanties protégeant les droits de l'homme, avec la proportionnalité" },
  category = "investigation",
  cluster = 4,
  text = {
    fr = [[Chaque État partie veille à ce que l'instauration, la mise en œuvre et l'application des pouvoirs et procédures prévus au présent chapitre soient soumises aux conditions et garanties prévues par son droit interne, lesquelles doivent assurer la protection des droits de l'homme, conformément aux obligations qui lui incombent en vertu du droit international des droits de l'homme, et doivent intégrer le principe de proportionnalité.]],
    en = [[Each State Party shall ensure that the establishment, implementation and application of the powers and procedures provided for in this chapter are subject to conditions and safeguards provided for under its domestic law, which shall provide for the protection of human rights, in accordance with its obligations under international human rights law, and which shall incorporate the principle of proportionality.]],
  },
  facts = { "procedural_powers.human_rights_conditions", "procedural_powers.proportionality" },
  check = function(ctx)
    return lx.all_of(ctx, {
      { path = "procedural_powers.human_rights_conditions",
        what = { en = "conditions and safeguards on the procedural powers that protect human rights under international human rights law",
                 fr = "des conditions et garanties encadrant les pouvoirs procéduraux qui protègent les droits de l'homme conformément au droit international des droits de l'homme" } },
      { path = "procedural_powers.proportionality",
        what = { en = "the principle of proportionality in the use of the procedural powers",
                 fr = "le principe de proportionnalité dans l'usage des pouvoirs procéduraux" } },
    })
  end,
}

-- The powers of ch. IV whose safeguards 24(2) requires, with their names.
local POWERS = {
  { "preservation", en = "expedited preservation (art. 25)", fr = "la préservation accélérée (art. 25)" },
  { "traffic_partial_disclosure", en = "partial disclosure of traffic data (art. 26(b))", fr = "la divulgation partielle des données de trafic (art. 26, b))" },
  { "production_order", en = "the production order (art. 27(a))", fr = "l'injonction de produire (art. 27, a))" },
  { "subscriber_production", en = "the production of subscriber information (art. 27(b))", fr = "la production des informations relatives aux abonnés (art. 27, b))" },
  { "search", en = "search (art. 28(1))", fr = "la perquisition (art. 28, par. 1)" },
  { "search_extension", en = "extension of a search (art. 28(2))", fr = "l'extension de la perquisition (art. 28, par. 2)" },
  { "seizure", en = "seizure (art. 28(3))", fr = "la saisie (art. 28, par. 3)" },
  { "compelled_assistance", en = "orders to persons with knowledge of a system (art. 28(4))", fr = "les injonctions aux personnes connaissant un système (art. 28, par. 4)" },
  { "realtime_traffic", en = "real-time collection of traffic data (art. 29)", fr = "la collecte en temps réel des données de trafic (art. 29)" },
  { "interception", en = "interception of content data (art. 30)", fr = "l'interception des données de contenu (art. 30)" },
}

obligation {
  ref = "cybercrime:24.2",
  level = "mandatory",
  title = { en = "Review, remedy, grounds and limits for every power", fr = "Contrôle, recours, motifs et limites pour chaque pouvoir" },
  category = "investigation",
  cluster = 4,
  text = {
    fr = [[Conformément au droit interne de chaque État partie et en application de ce droit, ces conditions et garanties incluent, entre autres, lorsque cela est approprié eu égard à la nature de la procédure ou des pouvoirs concernés, un contrôle juridictionnel ou une autre forme de contrôle indépendant, le droit à un recours efficace, des motifs justifiant l'application, et la limitation du champ d'application et de la durée du pouvoir ou de la procédure en question.]],
    en = [[Such conditions and safeguards shall, as appropriate in view of the nature of the procedure or power concerned, pursuant to and in accordance with the domestic law of each State Party, inter alia, include judicial or other independent review, the right to an effective remedy, grounds justifying application, and limitation of the scope and the duration of such power or procedure.]],
  },
  facts = { "procedural_powers" },
  check = function(ctx)
    local general = ctx:fact("procedural_powers.general_safeguards")
    local short, open, fine, missing = {}, {}, {}, {}
    local any = false
    for _, p in ipairs(POWERS) do
      -- the powers in force that the profile states as provided for; a
      -- power not stated is asked under its own article, not here
      local path = "procedural_powers." .. p[1]
      local power = ctx:fact(path)
      local in_force = power and power.adopted ~= nil and power.adopted ~= false
        and (power.from == nil or power.from <= ctx.as_of) and (power.repealed == nil or power.repealed > ctx.as_of)
      if in_force then
        any = true
        ctx:cite(path, power)
        local s = power.safeguards or general
        local label = { en = p.en, fr = p.fr }
        if s == nil then
          ctx:ask(path .. ".safeguards")
          open[#open + 1] = label
        else
          local g = lx.sort_safeguards(s)
          if #g.absent > 0 then
            short[#short + 1] = lx.t({ en = "{p} (no {l})", fr = "{p} (sans {l})" }, { p = label, l = lx.join(g.absent) })
            for _, x in ipairs(g.absent) do missing[#missing + 1] = lx.t({ en = "{p}: {x}", fr = "{p} : {x}" }, { p = label, x = x }) end
          elseif #g.open > 0 then
            ctx:ask(power.safeguards and (path .. ".safeguards") or "procedural_powers.general_safeguards")
            open[#open + 1] = label
          else
            fine[#fine + 1] = label
          end
        end
      end
    end
    if general then ctx:cite("procedural_powers.general_safeguards", general) end
    if not any then
      ctx:ask("procedural_powers.general_safeguards")
      return ctx:unknown({ en = "The profile states none of the procedural powers of arts 25 to 30 as provided for, so their conditions and safeguards cannot be assessed.",
                           fr = "Le profil n'indique comme prévu aucun des pouvoirs procéduraux des art. 25 à 30 : leurs conditions et garanties ne peuvent être évaluées." })
    end
    local parts = {}
    local sep = { en = "; ", fr = " ; " }
    if #open > 0 then parts[#parts + 1] = lx.t({ en = "The profile does not state every safeguard of {l}.", fr = "Le profil n'indique pas toutes les garanties de {l}." }, { l = lx.join(open, sep) }) end
    if #fine > 0 then parts[#parts + 1] = lx.t({ en = "Review, remedy, grounds and limits of scope and duration (or a reason why one is not appropriate to the power) govern {l}.", fr = "Contrôle, recours, motifs et limitation du champ et de la durée (ou la raison pour laquelle l'un d'eux n'est pas approprié au pouvoir) encadrent {l}." }, { l = lx.join(fine, sep) }) end
    if #short > 0 then parts[#parts + 1] = lx.t({ en = "Safeguards are lacking for {l}.", fr = "Des garanties manquent pour {l}." }, { l = lx.join(short, sep) }) end
    local expl = lx.join(parts, { en = " ", fr = " " }, { en = " ", fr = " " })
    if #open > 0 then return ctx:unknown(expl, missing) end
    if #short > 0 then return ctx:partly(expl, missing) end
    return ctx:met(expl)
  end,
}

obligation {
  ref = "cybercrime:24.3",
  level = "consider",
  title = { en = "The impact of the powers on third parties considered", fr = "L'effet des pouvoirs sur les tiers examiné" },
  category = "investigation",
  cluster = 4,
  text = {
    fr = [[Dans la mesure où cela est conforme à l'intérêt public, en particulier à la bonne administration de la justice, chaque État partie examine l'effet des pouvoirs et procédures du présent chapitre sur les droits, obligations et intérêts légitimes des tierces personnes.]],
    en = [[To the extent that it is consistent with the public interest, in particular the proper administration of justice, each State Party shall consider the impact of the powers and procedures in this chapter upon the rights, responsibilities and legitimate interests of third parties.]],
  },
  facts = { "procedural_powers.third_party_impact" },
  check = function(ctx)
    return lx.measure_finding(ctx, "procedural_powers.third_party_impact", {
      what = { en = "rules that take account of the impact of the procedural powers on the rights, responsibilities and legitimate interests of third parties",
               fr = "des règles tenant compte de l'effet des pouvoirs procéduraux sur les droits, obligations et intérêts légitimes des tiers" } })
  end,
}

obligation {
  ref = "cybercrime:24.4",
  level = "mandatory",
  title = { en = "The same safeguards in international cooperation", fr = "Les mêmes garanties dans la coopération internationale" },
  category = "investigation",
  cluster = 4,
  text = {
    fr = [[Les conditions et garanties mises en place conformément au présent article s'appliquent au niveau interne aux pouvoirs et procédures visés au présent chapitre, à la fois aux fins des enquêtes et procédures pénales internes et aux fins de la coopération internationale accordée par l'État partie requis.]],
    en = [[The conditions and safeguards established in accordance with this article shall apply at the domestic level to the powers and procedures set forth in this chapter, both for the purpose of domestic criminal investigations and proceedings and for the purpose of rendering international cooperation by the requested State Party.]],
  },
  facts = { "procedural_powers.safeguards_in_cooperation" },
  check = function(ctx)
    return lx.measure_finding(ctx, "procedural_powers.safeguards_in_cooperation", {
      what = { en = "the same conditions and safeguards when the powers serve to execute another State's request",
               fr = "les mêmes conditions et garanties lorsque les pouvoirs servent à exécuter la demande d'un autre État" } })
  end,
}
