-- Cybercrime Convention article 34 -- Assistance to and protection of victims
-- (Octroi d'une assistance et d'une protection aux victimes)
--
-- 34(1)-(3) are the twins of UNTOC art. 25, read from the SAME facts
-- (`protection.victim_*`); 34(4)-(6) have no UNTOC twin and read new facts.
-- Levels: all mandatory, each with its own qualifier, which opens an escape
-- but does not lower the level:
--   34(1) "prend, dans la limite de ses moyens, des mesures appropriées":
--         assistance and protection, both required.
--   34(2) "sous réserve de son droit interne, met en place des procédures
--         appropriées ... d'obtenir réparation": compensation (from the
--         offender or a State scheme) and restitution, as the UNTOC pack reads
--         the same words in its art. 25(2).
--   34(3) "sous réserve de son droit interne, fait en sorte": victims' views.
--   34(4) "prend, sous réserve de son droit interne, des mesures": assistance
--         to victims of the offences of arts 14-16, including their physical
--         and psychological recovery, in cooperation with international
--         organizations, NGOs and civil society (`protection.victim_recovery`).
--   34(5) "tient compte de l'âge, du genre ...": when applying 34(2)-(4)
--         (`protection.victim_needs`).
--   34(6) "Dans la mesure où cela est compatible avec son cadre juridique
--         interne, ... prend des dispositions concrètes": requests to remove
--         or disable access to the content of arts 14 and 16
--         (`protection.content_removal`).  The text requires that such
--         requests can be acted upon, not a particular procedure.

-- "Sous réserve de son droit interne" (34(2)-(4)): domestic law decides how
-- the measures are framed; it does not excuse their absence.  A measure in
-- place only in part, where the State explains the limits by its domestic
-- law under `principles` for the paragraph, is met (option
-- "subject-to-domestic-law", for reviewers to verify); no measure at all
-- stays not met, the explanation quoted.  As UNTOC 25(3).
local function subject_to_domestic_law(ctx, ref, para, r)
  if r.status ~= "partly_met" and r.status ~= "not_met" then return r end
  local p = ctx:principle(ref)
  if not p then return r end
  local why = lx.t({ en = " The State invokes its domestic law: {st}.", fr = " L'État invoque son droit interne : {st}." },
                   { st = (p.statement:gsub("[%s%.]+$", "")) })
  if r.status == "partly_met" then
    return ctx:met(lx.t({ en = "{e}{w} Paragraph {n} applies \"subject to its domestic law\" (sous réserve de son droit interne), which decides how the measure is framed; the limits are explained rather than reported as a gap. Reviewers should verify the explanation.",
                          fr = "{e}{w} Le paragraphe {n} s'applique « sous réserve de son droit interne », qui détermine comment la mesure est conçue ; les limites sont expliquées et non signalées comme un manquement. Les évaluateurs vérifieront l'explication." },
                        { e = r.explanation, w = why, n = para }),
                   { id = "subject-to-domestic-law", en = "subject to domestic law", fr = "sous réserve du droit interne" })
  end
  return ctx:not_met(lx.t({ en = "{e}{w} \"Subject to its domestic law\" lets domestic law shape the measure; it does not excuse its absence.",
                            fr = "{e}{w} « Sous réserve de son droit interne » permet au droit interne de façonner la mesure ; cela ne dispense pas de la prendre." },
                          { e = r.explanation, w = why }), r.missing)
end

obligation {
  ref = "cybercrime:34.1",
  level = "mandatory",
  title = { en = "Assistance to and protection of victims", fr = "Assistance et protection accordées aux victimes" },
  category = "protection",
  cluster = 4,
  text = {
    fr = [[Chaque État partie prend, dans la limite de ses moyens, des mesures appropriées pour prêter assistance et accorder protection aux victimes d'infractions établies conformément à la présente Convention, en particulier dans les cas de menace de représailles ou d'intimidation.]],
    en = [[Each State Party shall take appropriate measures within its means to provide assistance and protection to victims of offences established in accordance with this Convention, in particular in cases of threat of retaliation or intimidation.]],
  },
  facts = { "protection.victim_assistance", "protection.victim_protection" },
  note = "twin: untoc:25.1",
  check = function(ctx)
    return lx.all_of(ctx, {
      { path = "protection.victim_assistance", what = { en = "assistance to victims of the offences", fr = "l'assistance aux victimes des infractions" } },
      { path = "protection.victim_protection", what = { en = "protection of victims, in particular against retaliation or intimidation", fr = "la protection des victimes, en particulier contre les représailles ou l'intimidation" } },
    })
  end,
}

obligation {
  ref = "cybercrime:34.2",
  level = "mandatory",
  title = { en = "Procedures for victims to obtain redress", fr = "Procédures permettant aux victimes d'obtenir réparation" },
  category = "compensation",
  cluster = 4,
  text = {
    fr = [[Chaque État partie, sous réserve de son droit interne, met en place des procédures appropriées pour permettre aux victimes d'infractions établies conformément à la présente Convention d'obtenir réparation.]],
    en = [[Each State Party shall, subject to its domestic law, establish appropriate procedures to provide access to compensation and restitution for victims of offences established in accordance with this Convention.]],
  },
  facts = { "protection.victim_compensation_offender", "protection.victim_compensation_state", "protection.victim_restitution" },
  note = "twin: untoc:25.2",
  -- "Obtenir réparation", the words of UNTOC 25(2) too: compensation (from
  -- the offender or a State scheme, either route) and restitution, both
  -- required, as the UNTOC pack reads its twin.
  check = function(ctx)
    local r = lx.all_of(ctx, {
      { label = { en = "Compensation", fr = "Indemnisation" }, check = function(c)
          return lx.any_of(c, {
            { id = "offender", label = { en = "compensation from the offender", fr = "réparation par l'auteur" },
              check = function(c2) return lx.measure_finding(c2, "protection.victim_compensation_offender", { what = { en = "a procedure for victims to obtain compensation from the offender", fr = "une procédure permettant aux victimes d'obtenir réparation de l'auteur" } }) end },
            { id = "state", label = { en = "a State compensation scheme", fr = "un régime public d'indemnisation" },
              check = function(c2) return lx.measure_finding(c2, "protection.victim_compensation_state", { what = { en = "a State compensation scheme for victims", fr = "un régime public d'indemnisation des victimes" } }) end },
          })
        end },
      { path = "protection.victim_restitution", what = { en = "a procedure for restitution to victims", fr = "une procédure de restitution aux victimes" } },
    })
    return subject_to_domestic_law(ctx, "cybercrime:34.2", "2", r)
  end,
}

obligation {
  ref = "cybercrime:34.3",
  level = "mandatory",
  title = { en = "Views and concerns of victims in criminal proceedings", fr = "Avis et préoccupations des victimes dans la procédure pénale" },
  category = "protection",
  cluster = 4,
  text = {
    fr = [[Chaque État partie, sous réserve de son droit interne, fait en sorte que les avis et préoccupations des victimes soient présentés et pris en compte aux stades appropriés de la procédure pénale engagée contre les personnes ayant commis les infractions, d'une manière qui ne porte pas préjudice aux droits de la défense.]],
    en = [[Each State Party shall, subject to its domestic law, enable views and concerns of victims to be presented and considered at appropriate stages of criminal proceedings against offenders in a manner not prejudicial to the rights of the defence.]],
  },
  facts = { "protection.victim_views" },
  note = "twin: untoc:25.3",
  check = function(ctx)
    return subject_to_domestic_law(ctx, "cybercrime:34.3", "3", lx.measure_finding(ctx, "protection.victim_views", {
      what = { en = "the presentation and consideration of victims' views and concerns at appropriate stages of criminal proceedings", fr = "la présentation et la prise en compte des avis et préoccupations des victimes aux stades appropriés de la procédure pénale" } }))
  end,
}

obligation {
  ref = "cybercrime:34.4",
  level = "mandatory",
  title = { en = "Assistance and recovery for victims of the offences of arts 14 to 16", fr = "Assistance et rétablissement des victimes des infractions des articles 14 à 16" },
  category = "protection",
  cluster = 4,
  text = {
    fr = [[En ce qui concerne les infractions établies conformément aux articles 14 à 16 de la présente Convention, chaque État partie prend, sous réserve de son droit interne, des mesures pour porter assistance aux personnes qui sont victimes de ces infractions, notamment pour leur rétablissement physique et psychologique, en coopération avec les organisations internationales, organisations non gouvernementales et autres entités de la société civile concernées.]],
    en = [[With respect to offences established in accordance with articles 14 to 16 of this Convention, each State Party shall, subject to its domestic law, take measures to provide assistance to victims of such offences, including for their physical and psychological recovery, in cooperation with relevant international organizations, non-governmental organizations and other elements of civil society.]],
  },
  facts = { "protection.victim_recovery" },
  check = function(ctx)
    return subject_to_domestic_law(ctx, "cybercrime:34.4", "4", lx.measure_finding(ctx, "protection.victim_recovery", {
      what = { en = "assistance to victims of the offences of arts 14 to 16, including for their physical and psychological recovery, in cooperation with international organizations, NGOs and civil society",
               fr = "l'assistance aux victimes des infractions des articles 14 à 16, notamment pour leur rétablissement physique et psychologique, en coopération avec les organisations internationales, les ONG et la société civile" } }))
  end,
}

obligation {
  ref = "cybercrime:34.5",
  level = "mandatory",
  title = { en = "Age, gender and particular needs of victims, including children", fr = "Âge, genre et besoins particuliers des victimes, y compris des enfants" },
  category = "protection",
  cluster = 4,
  text = {
    fr = [[Lorsqu'il donne suite aux dispositions des paragraphes 2 à 4 du présent article, chaque État partie tient compte de l'âge, du genre et de la situation et des besoins particuliers des victimes, y compris de la situation et des besoins particuliers des enfants.]],
    en = [[In giving effect to paragraphs 2 to 4 of this article, each State Party shall take into account the age, gender and the particular circumstances and needs of victims, including the particular circumstances and needs of children.]],
  },
  facts = { "protection.victim_needs" },
  check = function(ctx)
    return lx.measure_finding(ctx, "protection.victim_needs", {
      what = { en = "procedures for victims that take into account their age, gender and particular circumstances and needs, including those of children",
               fr = "des procédures destinées aux victimes qui tiennent compte de leur âge, de leur genre et de leur situation et besoins particuliers, y compris ceux des enfants" } })
  end,
}

obligation {
  ref = "cybercrime:34.6",
  level = "mandatory",
  title = { en = "Removal of, or disabling access to, the content of arts 14 and 16", fr = "Retrait des contenus des articles 14 et 16 ou blocage de leur accès" },
  category = "protection",
  cluster = 4,
  text = {
    fr = [[Dans la mesure où cela est compatible avec son cadre juridique interne, chaque État partie prend des dispositions concrètes pour qu'il soit satisfait aux demandes visant à ce que le contenu décrit aux articles 14 et 16 de la présente Convention soit retiré ou rendu inaccessible.]],
    en = [[Each State Party shall, to the extent consistent with its domestic legal framework, take steps with the aim of enabling requests to remove or render inaccessible the content described in articles 14 and 16 of this Convention.]],
  },
  facts = { "protection.content_removal" },
  check = function(ctx)
    return lx.measure_finding(ctx, "protection.content_removal", {
      what = { en = "practical arrangements for requests to remove, or render inaccessible, child sexual abuse material and intimate images disseminated without consent to be acted upon",
               fr = "des dispositions concrètes pour qu'il soit satisfait aux demandes de retrait, ou de blocage de l'accès, des contenus pédopornographiques et des images intimes diffusées sans consentement" } })
  end,
}
