-- UNTOC article 25 -- Assistance to and protection of victims
--
-- All three paragraphs are mandatory ("shall take", "shall establish",
-- "shall ... enable" / "prend", "établit", "fait en sorte").
--
-- Paragraph 1: assistance AND protection, two elements both required;
-- "within its means" and "appropriate" are qualifiers (the State chooses the
-- measures), not a lower level.
--
-- Paragraph 2: procedures giving access to compensation AND restitution (the
-- French "obtenir réparation" covers both).  Compensation may come from the
-- offender (civil claim in the criminal proceedings, compensation order) or
-- from a State scheme: either route gives access to compensation, and the
-- finding names the route(s) (option "offender", "state", or both).  The
-- Convention does not require a State-funded scheme.  Restitution of
-- property is a separate element: compensation without restitution is partly
-- met.
--
-- Paragraph 3: "subject to its domestic law" / "sous réserve de son droit
-- interne" is a qualifier.  It lets domestic law decide how and at which
-- stages victims are heard (e.g. an adversarial system in which victims are
-- not parties); it does not excuse giving victims no voice at all.  So: a
-- partial arrangement explained by a principle recorded under `principles`
-- for untoc:25.3 is met (option "subject-to-domestic-law"); no arrangement at
-- all stays not met, and the principle is quoted.
--
-- Not encoded: nothing (every paragraph is addressed to States).

---------------------------------------------------------------------------
-- Local helpers (the lx library has no pattern for several limbs that are
-- all required, nor for optional forms of which every one adopted is named).
---------------------------------------------------------------------------

local all_of = lx.all_of         -- every limb required (see engine/lua/lexgap.lua)

local any_forms = lx.any_forms   -- any form, naming those adopted

obligation {
  ref = "untoc:25.1",
  level = "mandatory",
  title = { en = "Assistance to and protection of victims",
            fr = "Assistance et protection accordées aux victimes" },
  category = "protection",
  cluster = 2,
  text = {
    en = [[Each State Party shall take appropriate measures within its means to provide assistance and protection to victims of offences covered by this Convention, in particular in cases of threat of retaliation or intimidation.]],
    fr = [[Chaque État partie prend, dans la limite de ses moyens, des mesures appropriées pour prêter assistance et accorder protection aux victimes d'infractions visées par la présente convention, en particulier dans les cas de menace de représailles ou d'intimidation.]],
  },
  facts = { "protection.victim_assistance", "protection.victim_protection" },
  check = function(ctx)
    return all_of(ctx, {
      { path = "protection.victim_assistance",
        what = { en = "measures of assistance to victims of the offences covered by the Convention",
                 fr = "des mesures d'assistance aux victimes des infractions visées par la Convention" } },
      { path = "protection.victim_protection",
        what = { en = "measures protecting those victims, in particular against threats of retaliation or intimidation",
                 fr = "des mesures de protection de ces victimes, en particulier contre les menaces de représailles ou d'intimidation" } },
    })
  end,
}

obligation {
  ref = "untoc:25.2",
  level = "mandatory",
  title = { en = "Access of victims to compensation and restitution",
            fr = "Accès des victimes à la réparation (indemnisation et restitution)" },
  category = "compensation",
  cluster = 2,
  text = {
    en = [[Each State Party shall establish appropriate procedures to provide access to compensation and restitution for victims of offences covered by this Convention.]],
    fr = [[Chaque État partie établit des procédures appropriées pour permettre aux victimes d'infractions visées par la présente convention d'obtenir réparation.]],
  },
  facts = { "protection.victim_compensation_offender", "protection.victim_compensation_state", "protection.victim_restitution" },
  check = function(ctx)
    local comp = any_forms(ctx, {
      { id = "offender", label = { en = "compensation from the offender", fr = "indemnisation par l'auteur" },
        path = "protection.victim_compensation_offender",
        what = { en = "a procedure for victims to obtain compensation from the offender",
                 fr = "une procédure permettant aux victimes d'obtenir réparation de l'auteur" } },
      { id = "state", label = { en = "State compensation scheme", fr = "indemnisation publique" },
        path = "protection.victim_compensation_state",
        what = { en = "a State compensation scheme for victims of crime",
                 fr = "un régime public d'indemnisation des victimes d'infractions" } },
    }, { missing = { en = "access to compensation (from the offender or through a State scheme)",
                     fr = "l'accès à l'indemnisation (par l'auteur ou par un régime public)" } })
    local rest = lx.measure_finding(ctx, "protection.victim_restitution", {
      what = { en = "a procedure for the restitution of property to victims",
               fr = "une procédure de restitution de leurs biens aux victimes" } })
    local r = all_of(ctx, { { finding = comp }, { finding = rest } })
    if r.status == "met" then return ctx:met(r.explanation, comp.option) end
    return r
  end,
}

obligation {
  ref = "untoc:25.3",
  level = "mandatory",
  title = { en = "Views and concerns of victims presented and considered in criminal proceedings",
            fr = "Avis et préoccupations des victimes présentés et pris en compte dans la procédure pénale" },
  category = "protection",
  cluster = 2,
  text = {
    en = [[Each State Party shall, subject to its domestic law, enable views and concerns of victims to be presented and considered at appropriate stages of criminal proceedings against offenders in a manner not prejudicial to the rights of the defence.]],
    fr = [[Chaque État partie, sous réserve de son droit interne, fait en sorte que les avis et préoccupations des victimes soient présentés et pris en compte aux stades appropriés de la procédure pénale engagée contre les auteurs d'infractions, d'une manière qui ne porte pas préjudice aux droits de la défense.]],
  },
  facts = { "protection.victim_views" },
  check = function(ctx)
    local r = lx.measure_finding(ctx, "protection.victim_views", {
      what = { en = "the presentation and consideration of victims' views and concerns at appropriate stages of criminal proceedings",
               fr = "la présentation et la prise en compte des avis et préoccupations des victimes aux stades appropriés de la procédure pénale" } })
    if r.status ~= "partly_met" and r.status ~= "not_met" then return r end
    local p = ctx:principle("untoc:25.3")
    if not p then return r end
    local why = lx.t({ en = " The State invokes its domestic law: {st}{s}.", fr = " L'État invoque son droit interne : {st}{s}." },
                     { st = (p.statement:gsub("%.%s*$", "")), s = p.source and (" (" .. p.source .. ")") or "" })
    if r.status == "partly_met" then
      return ctx:met(lx.t({ en = "{e}{w} Paragraph 3 applies \"subject to its domestic law\", which decides how and at which stages victims are heard; the limits are explained rather than reported as a gap. Reviewers should verify that victims keep a real opportunity to be heard.",
                            fr = "{e}{w} Le paragraphe 3 s'applique « sous réserve de son droit interne », qui détermine comment et à quels stades les victimes sont entendues ; les limites sont expliquées et non signalées comme un manquement. Les évaluateurs vérifieront que les victimes conservent une possibilité réelle d'être entendues." },
                          { e = r.explanation, w = why }),
        { id = "subject-to-domestic-law", en = "subject to domestic law (art. 25(3))", fr = "sous réserve du droit interne (art. 25, par. 3)" })
    end
    return ctx:not_met(lx.t({ en = "{e}{w} \"Subject to its domestic law\" lets domestic law shape how victims are heard; it does not excuse giving them no opportunity at all.",
                              fr = "{e}{w} « Sous réserve de son droit interne » permet au droit interne de déterminer comment les victimes sont entendues ; cela ne dispense pas de leur en donner la possibilité." },
                            { e = r.explanation, w = why }), r.missing)
  end,
}
