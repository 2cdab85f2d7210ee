-- UNTOC article 9 -- Measures against corruption
--
-- Article 8 makes the bribery of public officials an offence; article 9 asks
-- for the rest of an anti-corruption policy.  Both paragraphs are addressed to
-- "each State Party" with "shall" / present indicative: mandatory.
--
-- Paragraph 1 "shall, to the extent appropriate and consistent with its legal
--   system, adopt legislative, administrative or other effective measures to
--   promote integrity and to prevent, detect and punish the corruption of
--   public officials" / "selon qu'il convient et conformément à son système
--   juridique, adopte des mesures efficaces".  Mandatory.  The duty names four
--   aims (promote integrity; prevent; detect; punish), each a fact; the form
--   (legislative, administrative or other) is the State's choice.  "In
--   addition to the measures set forth in Article 8": the criminal offences
--   are read under art. 8, so "punish" here means the other sanctions that
--   reach corrupt officials (disciplinary, administrative).  The qualifier
--   "to the extent appropriate and consistent with its legal system" does not
--   lower the level; it opens an escape: where the profile records (under
--   `principles`, for untoc:9.1) that its legal system does not allow a
--   measure, with the source, the shortcoming is explained instead of being
--   reported as a gap (met, option "legal-system"), and reviewers should
--   verify that the limit is genuine.
-- Paragraph 2 "shall take measures to ensure effective action by its
--   authorities ... including providing such authorities with adequate
--   independence" / "prend des mesures pour s'assurer que ses autorités
--   agissent efficacement ..., y compris en leur donnant une indépendance
--   suffisante".  Mandatory, no qualifier.  Two elements, both required: the
--   authorities' capacity to act effectively, and their independence (named
--   expressly by "including").
--
-- "Public official" has the meaning of art. 8(4) (a public official or a
-- person who provides a public service, as defined in domestic law).
--
-- Every provision of article 9 is addressed to States; nothing is left out.
--
-- Cluster: 2 (prevention ... and other measures) -- article 9 is the
-- preventive counterpart of art. 8; verify against the appendix to
-- Conference resolution 9/1.

---------------------------------------------------------------------------
-- Shared helpers (plain Lua; the checks below stay short).
---------------------------------------------------------------------------

local function list(items)
  return lx.join(items, { en = "; ", fr = " ; " }, { en = "; ", fr = " ; " })
end

local all_elements = lx.all_measures   -- every element required (see engine/lua/lexgap.lua)

---------------------------------------------------------------------------
-- Paragraph 1: integrity, prevention, detection, punishment
---------------------------------------------------------------------------

obligation {
  ref = "untoc:9.1",
  level = "mandatory",
  title = { en = "Measures to promote integrity and to prevent, detect and punish the corruption of public officials",
            fr = "Mesures pour promouvoir l'intégrité et prévenir, détecter et punir la corruption des agents publics" },
  category = "prevention",
  cluster = 2,
  text = {
    en = [[In addition to the measures set forth in Article 8 of this Convention, each State Party shall, to the extent appropriate and consistent with its legal system, adopt legislative, administrative or other effective measures to promote integrity and to prevent, detect and punish the corruption of public officials.]],
    fr = [[Outre les mesures énoncées à l'article 8 de la présente convention, chaque État partie, selon qu'il convient et conformément à son système juridique, adopte des mesures efficaces d'ordre législatif, administratif ou autre pour promouvoir l'intégrité et prévenir, détecter et punir la corruption des agents publics.]],
  },
  facts = { "anti_corruption.integrity", "anti_corruption.prevention", "anti_corruption.detection", "anti_corruption.punishment" },
  -- Four aims, all required.  A shortcoming established while the State
  -- records, for untoc:9.1, that its legal system does not allow the missing
  -- measure is explained (met, option "legal-system"); an element the
  -- profile does not state keeps the finding unknown.
  check = function(ctx)
    local r = all_elements(ctx, {
      { path = "anti_corruption.integrity",
        what = { en = "measures to promote integrity among public officials",
                 fr = "des mesures de promotion de l'intégrité des agents publics" } },
      { path = "anti_corruption.prevention",
        what = { en = "measures to prevent the corruption of public officials",
                 fr = "des mesures de prévention de la corruption des agents publics" } },
      { path = "anti_corruption.detection",
        what = { en = "measures to detect the corruption of public officials",
                 fr = "des mesures de détection de la corruption des agents publics" } },
      { path = "anti_corruption.punishment",
        what = { en = "disciplinary or administrative sanctions against corrupt public officials, besides the offences of art. 8",
                 fr = "des sanctions disciplinaires ou administratives contre les agents publics corrompus, outre les infractions de l'art. 8" } },
    })
    if r.status == "met" then return ctx:met(r.text) end
    if r.status == "unknown" then return ctx:unknown(r.text, r.missing) end
    local p = ctx:principle("untoc:9.1")
    if p then
      local why = lx.t({ en = " The State invokes its legal system: {st}{s}. Paragraph 1 requires these measures \"to the extent appropriate and consistent with its legal system\", so the shortcoming ({m}) is explained rather than reported as a gap; reviewers should verify that the stated limit is genuine.",
                         fr = " L'État invoque son système juridique : {st}{s}. Le paragraphe 1 n'exige ces mesures que « selon qu'il convient et conformément à son système juridique » : la lacune ({m}) est expliquée et non signalée comme un manquement ; les évaluateurs vérifieront que la limite invoquée est réelle." },
                       { st = (p.statement:gsub("[%s%.]+$", "")), s = p.source and (" (" .. p.source .. ")") or "", m = list(r.missing) })
      return ctx:met(lx.t({ en = "{t}{w}", fr = "{t}{w}" }, { t = r.text, w = why }),
                     { id = "legal-system", en = "to the extent appropriate and consistent with its legal system (art. 9(1))",
                       fr = "selon qu'il convient et conformément à son système juridique (art. 9, par. 1)" })
    end
    if r.status == "not_met" then return ctx:not_met(r.text, r.missing) end
    return ctx:partly(r.text, r.missing)
  end,
}

---------------------------------------------------------------------------
-- Paragraph 2: effective and independent authorities
---------------------------------------------------------------------------

obligation {
  ref = "untoc:9.2",
  level = "mandatory",
  title = { en = "Effective action by the authorities against corruption, with adequate independence",
            fr = "Action efficace des autorités contre la corruption, avec une indépendance suffisante" },
  category = "prevention",
  cluster = 2,
  text = {
    en = [[Each State Party shall take measures to ensure effective action by its authorities in the prevention, detection and punishment of the corruption of public officials, including providing such authorities with adequate independence to deter the exertion of inappropriate influence on their actions.]],
    fr = [[Chaque État partie prend des mesures pour s'assurer que ses autorités agissent efficacement en matière de prévention, de détection et de répression de la corruption des agents publics, y compris en leur donnant une indépendance suffisante pour empêcher toute influence inappropriée sur leurs actions.]],
  },
  facts = { "anti_corruption.authorities", "anti_corruption.independence" },
  -- Both elements required: authorities able to act effectively, and their
  -- adequate independence.  No qualifier, so no escape.
  check = function(ctx)
    local r = all_elements(ctx, {
      { path = "anti_corruption.authorities",
        what = { en = "authorities with the mandate, powers and resources to prevent, detect and punish the corruption of public officials effectively",
                 fr = "des autorités dotées du mandat, des pouvoirs et des moyens de prévenir, détecter et réprimer efficacement la corruption des agents publics" } },
      { path = "anti_corruption.independence",
        what = { en = "adequate independence of those authorities to deter inappropriate influence on their actions",
                 fr = "une indépendance suffisante de ces autorités pour empêcher toute influence inappropriée sur leurs actions" } },
    })
    if r.status == "met" then return ctx:met(r.text) end
    if r.status == "unknown" then return ctx:unknown(r.text, r.missing) end
    if r.status == "not_met" then return ctx:not_met(r.text, r.missing) end
    return ctx:partly(r.text, r.missing)
  end,
}
