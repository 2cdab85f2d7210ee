-- Cybercrime Convention article 35 -- General principles of international
-- cooperation (Principes généraux relatifs à la coopération internationale)
--
-- 35(1) "Les États parties coopèrent entre eux ... aux fins suivantes":
--   mandatory, for three purposes: (a) investigations, prosecutions and
--   proceedings on the Convention's offences (with freezing, seizure,
--   confiscation and return of proceeds); (b) electronic evidence of those
--   offences; (c) electronic evidence of ANY serious crime, including those
--   of other UN conventions and protocols.  Purpose (a) is the duty UNTOC
--   art. 18(1) states for its offences: the same fact (a legal basis for
--   mutual legal assistance) answers it.  Purposes (b) and (c) are new: the
--   fact mutual_legal_assistance.electronic_evidence and its `offences`
--   (convention_offences reaches (b) only: partly met).  Art. 40(1) states
--   the same duty for mutual legal assistance; this rule restates its
--   finding (depends), so the reasoning is written once, in art40.lua.  "Conformément ...
--   à leur droit interne" is the frame of the cooperation, not a lower level.
--   Interpretative note 5 (cybercrime:note.5): outside the Convention, other
--   forms of cooperation remain open; it adds no duty.
-- 35(2) says which provisions govern electronic evidence (art. 40, arts
--   41-46): a rule of application, no measure (not encoded).
-- 35(3) "celle-ci est réputée remplie": mandatory.  Where national law
--   requires dual criminality, it must be judged by the conduct, whatever
--   the name or category of the offence.  UNTOC has no such paragraph (its
--   twin is UNCAC art. 43(2)); a State that never requires dual criminality
--   meets it (the measure is then stated as adopted, with a note).
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

local MLA = "mutual_legal_assistance."

obligation {
  ref = "cybercrime:35.1",
  covers = { "cybercrime:35.1.a", "cybercrime:35.1.b", "cybercrime:35.1.c" },
  level = "mandatory",
  title = { en = "Cooperation for the Convention's offences and for electronic evidence of any serious crime",
            fr = "Coopération pour les infractions de la Convention et pour les preuves électroniques de toute infraction grave" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:18.1" },
  text = {
    fr = [[Les États parties coopèrent entre eux conformément aux dispositions de la présente Convention, ainsi que des autres instruments internationaux applicables concernant la coopération internationale en matière pénale, et à leur droit interne, aux fins suivantes : a) Enquêtes, poursuites et procédures judiciaires concernant les infractions pénales établies conformément à la présente Convention, y compris le gel, la saisie, la confiscation et la restitution du produit de ces infractions ; b) Collecte, obtention, préservation et communication de preuves sous forme électronique des infractions pénales établies conformément à la présente Convention ; c) Collecte, obtention, préservation et communication de preuves sous forme électronique de toute infraction grave, dont celles établies conformément à d'autres conventions et protocoles des Nations Unies applicables en vigueur au moment de l'adoption de la présente Convention.]],
    en = [[States Parties shall cooperate with each other in accordance with the provisions of this Convention, as well as other applicable international instruments on international cooperation in criminal matters, and domestic laws, for the purpose of: (a) investigations, prosecutions and judicial proceedings in relation to criminal offences established in accordance with this Convention, including the freezing, seizure, confiscation and return of the proceeds of such offences; (b) the collecting, obtaining, preserving and sharing of evidence in electronic form of criminal offences established in accordance with this Convention; (c) the collecting, obtaining, preserving and sharing of evidence in electronic form of any serious crime, including serious crimes established in accordance with other applicable United Nations conventions and protocols in force at the time of the adoption of this Convention.]],
  },
  facts = { MLA .. "legal_basis", MLA .. "electronic_evidence" },
  depends = { "cybercrime:40.1" },
  check = function(ctx)
    -- the same measures as art. 40(1), which states the duty for mutual
    -- legal assistance: its finding, restated for the general principle
    local f = ctx:finding("cybercrime:40.1")
    local why = lx.t({ en = "As for article 40(1): {x}", fr = "Comme pour l'article 40, paragraphe 1 : {x}" }, { x = f.explanation })
    if f.status == "met" then return ctx:met(why) end
    if f.status == "partly_met" then return ctx:partly(why, f.missing or {}) end
    if f.status == "not_met" then return ctx:not_met(why, f.missing or {}) end
    if f.status == "not_applicable" then return ctx:not_applicable(why) end
    ctx:ask(MLA .. "electronic_evidence")
    ctx:ask(MLA .. "legal_basis")
    return ctx:unknown(why)
  end,
}

not_encoded {
  ref = "cybercrime:35.2",
  reason = { en = "A rule of application: the relevant paragraphs of article 40 and articles 41 to 46 govern cooperation on electronic evidence; it requires no measure of its own (those articles are assessed themselves).",
             fr = "Règle d'application : les paragraphes pertinents de l'article 40 et les articles 41 à 46 régissent la coopération en matière de preuves électroniques ; elle n'exige aucune mesure propre (ces articles sont évalués eux-mêmes)." },
}

obligation {
  ref = "cybercrime:35.3",
  level = "mandatory",
  title = { en = "Dual criminality judged by the conduct, whatever the offence is called",
            fr = "Double incrimination appréciée au regard des faits, quelle que soit la qualification" },
  category = "cooperation",
  cluster = 5,
  text = {
    fr = [[En matière de coopération internationale, chaque fois que la double incrimination est considérée comme une condition, celle-ci est réputée remplie, que la législation de l'État partie requis qualifie ou désigne ou non l'infraction de la même manière que l'État partie requérant, si l'acte constituant l'infraction pour laquelle l'assistance est demandée est une infraction pénale en vertu de la législation des deux États parties.]],
    en = [[In matters of international cooperation, whenever dual criminality is considered a requirement, it shall be deemed fulfilled irrespective of whether the laws of the requested State Party place the offence within the same category of offence or denominate the offence by the same terminology as the requesting State Party, if the conduct underlying the offence for which assistance is sought is a criminal offence under the laws of both States Parties.]],
  },
  facts = { "cooperation_principles.dual_criminality_conduct" },
  check = function(ctx)
    return lx.measure_finding(ctx, "cooperation_principles.dual_criminality_conduct", {
      what = { en = "dual criminality, where it is a condition of cooperation, to be judged by the conduct being an offence in both States, whatever the name or category of the offence",
               fr = "que la double incrimination, lorsqu'elle conditionne la coopération, soit appréciée selon que l'acte constitue une infraction dans les deux États, quelles que soient la qualification ou la catégorie de l'infraction" } })
  end,
}
