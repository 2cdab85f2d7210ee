-- Cybercrime Convention article 20 -- Statute of limitations (Prescription)
--
-- The twin of UNTOC art. 11(5), read from the SAME facts
-- (`prosecution.limitation`, `prosecution.limitation_evasion`): the general
-- regime of limitation serves both treaties.  Mandatory ("fixe"), qualified
-- by "lorsqu'il y a lieu" and "considérant la gravité de l'infraction": an
-- escape the profile may state under `principles` for cybercrime:20 (the
-- shortfall is then explained, met with option "where-appropriate", for
-- reviewers to verify), not a lower level.  Two elements: a long period, and
-- a longer period OR a suspension of the period where the alleged offender
-- has evaded justice.  This Convention's wording decides where the twins
-- differ: it names suspension expressly as an alternative to a longer period
-- (UNTOC 11(5) speaks only of a longer period); an interruption that merely
-- restarts the period is neither.  Offences not subject to limitation at all
-- go beyond the duty (met, option "no-limitation").

obligation {
  ref = "cybercrime:20",
  level = "mandatory",
  title = { en = "Long limitation period, longer or suspended where the offender has evaded justice",
            fr = "Long délai de prescription, plus long ou suspendu lorsque l'auteur s'est soustrait à la justice" },
  category = "prosecution",
  cluster = 2,
  note = "twin: untoc:11.5",
  text = {
    fr = [[Lorsqu'il y a lieu, considérant la gravité de l'infraction, chaque État partie fixe, dans le cadre de son droit interne, un long délai de prescription dans lequel des poursuites peuvent être engagées du chef d'une des infractions établies conformément à la présente Convention et fixe un délai plus long ou prévoit la suspension de la prescription lorsque la personne présumée avoir commis l'infraction s'est soustraite à la justice.]],
    en = [[Each State Party shall, where appropriate, taking into account the gravity of the offence, establish under its domestic law a long statute of limitations period in which to commence proceedings for any offence established in accordance with this Convention and establish a longer statute of limitations period or provide for the suspension of the statute of limitations where the alleged offender has evaded the administration of justice.]],
  },
  facts = { "prosecution.limitation", "prosecution.limitation_evasion" },
  check = function(ctx)
    local v = ctx:fact("prosecution.limitation")
    if v and v.no_limitation == true and v.adopted ~= false and ctx:in_force(v) then
      return ctx:met(lx.t({ en = "The offences are not subject to any limitation period{s}, which goes beyond a long period; a longer or suspended period for offenders who evade justice has no object.",
                            fr = "Les infractions ne sont soumises à aucune prescription{s}, ce qui va au-delà d'un long délai ; un délai plus long ou suspendu pour l'auteur qui se soustrait à la justice est sans objet." },
                          { s = lx.cited(v) }), { id = "no-limitation", en = "no limitation period", fr = "imprescriptibilité" })
    end
    local f = lx.all_of(ctx, {
      { path = "prosecution.limitation",
        what = { en = "a long limitation period in which to commence proceedings for the offences", fr = "un long délai de prescription pour engager des poursuites du chef des infractions" } },
      { path = "prosecution.limitation_evasion",
        what = { en = "a longer period, or a suspension of the period, where the alleged offender has evaded justice",
                 fr = "un délai plus long, ou la suspension de la prescription, lorsque la personne présumée avoir commis l'infraction s'est soustraite à la justice" } },
    })
    local years = v and v.years and lx.t({ en = " The shortest period that applies to the offences is {y}.", fr = " Le plus court délai applicable aux infractions est de {y}." },
                                         { y = lx.years(v.years) }) or { en = "", fr = "" }
    local expl = lx.t({ en = "{e}{y}", fr = "{e}{y}" }, { e = f.explanation, y = years })
    if f.status == "met" then
      return ctx:met(expl, { id = "limitation-periods", en = "a long limitation period, longer or suspended for offenders who evade justice",
                             fr = "un long délai de prescription, plus long ou suspendu pour l'auteur qui se soustrait à la justice" })
    end
    if f.status == "unknown" then return ctx:unknown(expl, f.missing) end
    local p = ctx:principle("cybercrime:20")
    if p then
      return ctx:met(lx.t({ en = "{e} The State explains why such a period is not appropriate: {st}. Article 20 requires it \"where appropriate\" (lorsqu'il y a lieu), so the shortcoming is explained rather than reported as a gap; reviewers should verify the explanation.",
                            fr = "{e} L'État explique pourquoi un tel délai ne convient pas : {st}. L'article 20 ne l'exige que « lorsqu'il y a lieu » : la lacune est expliquée et non signalée comme un manquement ; les évaluateurs vérifieront l'explication." },
                          { e = expl, st = (p.statement:gsub("[%s%.]+$", "")) }),
                     { id = "where-appropriate", en = "where appropriate (art. 20)", fr = "lorsqu'il y a lieu (art. 20)" })
    end
    if f.status == "partly_met" then return ctx:partly(expl, f.missing) end
    return ctx:not_met(expl, f.missing)
  end,
}
