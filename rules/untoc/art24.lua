-- UNTOC article 24 -- Protection of witnesses
--
-- Paragraph 1 is mandatory ("shall take appropriate measures" / "prend ...
-- des mesures appropriées").  "Within its means" / "dans la limite de ses
-- moyens" and "as appropriate" (for relatives) are qualifiers: they leave the
-- choice and extent of the measures to the State, they do not make the duty
-- optional.  The profile states whether the State's measures protect
-- witnesses (protection.witnesses; adopted = "partly" when they reach only
-- some of the offences covered by the Convention) and whether they can be
-- extended to relatives and close persons (protection.witness_relatives);
-- a State that protects witnesses but never their relatives is partly met.
--
-- Paragraph 2 lists forms the measures "may include" / "peuvent consister
-- notamment": optional, never a gap; (a) physical protection procedures
-- (including relocation and non-disclosure of identity or whereabouts) and
-- (b) evidentiary rules for safe testimony (video link) are two obligations.
-- "Without prejudice to the rights of the defendant" limits how the forms
-- are framed; it is quoted, not checked.
--
-- Paragraph 3 "shall consider" / "envisagent": consider.
--
-- Paragraph 4 extends the article to victims in so far as they are
-- witnesses.  It adds no new measure but widens the persons the mandatory
-- duty of paragraph 1 protects, so it is encoded as mandatory: a scheme that
-- excludes victims who testify falls short of it.
--
-- Not encoded: nothing (every paragraph is addressed to States).  Related:
-- art. 26(4) (cooperating offenders protected as in art. 24) is encoded in
-- rules/untoc/art26.lua with its own fact; art. 29(1)(i) (training in the
-- protection of victims and witnesses) in rules/untoc/art29.lua.

---------------------------------------------------------------------------
-- Local helpers (the lx library has no pattern for several limbs that are
-- all required, nor for optional forms of which every one adopted is named).
---------------------------------------------------------------------------

local all_of = lx.all_of         -- every limb required (see engine/lua/lexgap.lua)

local any_forms = lx.any_forms   -- any form, naming those adopted

local WITNESSES = { en = "measures to protect witnesses who testify in criminal proceedings on the offences covered by the Convention from retaliation or intimidation",
                    fr = "des mesures protégeant contre les représailles ou l'intimidation les témoins qui déposent dans des procédures pénales relatives aux infractions visées par la Convention" }

obligation {
  ref = "untoc:24.1",
  level = "mandatory",
  title = { en = "Effective protection of witnesses from retaliation or intimidation",
            fr = "Protection efficace des témoins contre les représailles ou l'intimidation" },
  category = "protection",
  cluster = 2,
  text = {
    en = [[Each State Party shall take appropriate measures within its means to provide effective protection from potential retaliation or intimidation for witnesses in criminal proceedings who give testimony concerning offences covered by this Convention and, as appropriate, for their relatives and other persons close to them.]],
    fr = [[Chaque État partie prend, dans la limite de ses moyens, des mesures appropriées pour assurer une protection efficace contre des actes éventuels de représailles ou d'intimidation aux témoins qui, dans le cadre de procédures pénales, font un témoignage concernant les infractions visées par la présente convention et, le cas échéant, à leurs parents et à d'autres personnes qui leur sont proches.]],
  },
  facts = { "protection.witnesses", "protection.witness_relatives" },
  note = "Two elements: protection of the witnesses themselves (the core) and, as appropriate, of their relatives and close persons. No protection of witnesses is not met whatever the relatives; witnesses without relatives is partly met.",
  check = function(ctx)
    local w = lx.measure_finding(ctx, "protection.witnesses", { what = WITNESSES })
    if w.status == "not_met" or w.status == "unknown" then return w end
    return all_of(ctx, {
      { finding = w },
      { path = "protection.witness_relatives",
        what = { en = "the extension of that protection, as appropriate, to the witnesses' relatives and other persons close to them",
                 fr = "l'extension de cette protection, le cas échéant, aux parents des témoins et aux autres personnes qui leur sont proches" } },
    })
  end,
}

obligation {
  ref = "untoc:24.2.a",
  level = "optional",
  title = { en = "Procedures for the physical protection of witnesses (relocation, non-disclosure of identity)",
            fr = "Procédures de protection physique des témoins (nouveau domicile, non-divulgation de l'identité)" },
  category = "protection",
  cluster = 2,
  text = {
    en = [[The measures envisaged in paragraph 1 of this Article may include, inter alia, without prejudice to the rights of the defendant, including the right to due process: (a) establishing procedures for the physical protection of such persons, such as, to the extent necessary and feasible, relocating them and permitting, where appropriate, non-disclosure or limitations on the disclosure of information concerning the identity and whereabouts of such persons;]],
    fr = [[Les mesures envisagées au paragraphe 1 peuvent consister notamment, sans préjudice des droits du défendeur, y compris du droit à une procédure régulière: a) à établir, pour la protection physique de ces personnes, des procédures visant notamment, selon les besoins et dans la mesure du possible, à leur fournir un nouveau domicile et à permettre, le cas échéant, que les renseignements concernant leur identité et le lieu où elles se trouvent ne soient pas divulgués ou que leur divulgation soit limitée;]],
  },
  facts = { "protection.physical_protection", "protection.relocation", "protection.identity_non_disclosure" },
  -- Optional ("may include"): informational, never a gap.  Relocation and
  -- non-disclosure are examples ("such as") of physical protection
  -- procedures, so any one of the three is the form taken; the finding names
  -- every one the State has.
  check = function(ctx)
    return any_forms(ctx, {
      { id = "physical-protection", label = { en = "physical protection procedures", fr = "procédures de protection physique" },
        path = "protection.physical_protection",
        what = { en = "procedures for the physical protection of witnesses at risk", fr = "des procédures de protection physique des témoins menacés" } },
      { id = "relocation", label = { en = "relocation", fr = "nouveau domicile" },
        path = "protection.relocation",
        what = { en = "the relocation of witnesses at risk", fr = "la fourniture d'un nouveau domicile aux témoins menacés" } },
      { id = "non-disclosure", label = { en = "non-disclosure of identity or whereabouts", fr = "non-divulgation de l'identité ou du lieu de séjour" },
        path = "protection.identity_non_disclosure",
        what = { en = "non-disclosure or limited disclosure of the identity and whereabouts of witnesses at risk",
                 fr = "la non-divulgation ou la divulgation limitée de l'identité et du lieu de séjour des témoins menacés" } },
    })
  end,
}

obligation {
  ref = "untoc:24.2.b",
  level = "optional",
  title = { en = "Evidentiary rules for safe testimony (video link)",
            fr = "Règles de preuve permettant de déposer en sécurité (liaison vidéo)" },
  category = "protection",
  cluster = 2,
  text = {
    en = [[The measures envisaged in paragraph 1 of this Article may include, inter alia, without prejudice to the rights of the defendant, including the right to due process: (b) providing evidentiary rules to permit witness testimony to be given in a manner that ensures the safety of the witness, such as permitting testimony to be given through the use of communications technology such as video links or other adequate means.]],
    fr = [[Les mesures envisagées au paragraphe 1 peuvent consister notamment, sans préjudice des droits du défendeur, y compris du droit à une procédure régulière: b) à prévoir des règles de preuve qui permettent aux témoins de déposer d'une manière qui garantisse leur sécurité, notamment à les autoriser à déposer en recourant à des techniques de communication telles que les liaisons vidéo ou à d'autres moyens adéquats.]],
  },
  facts = { "protection.remote_testimony" },
  check = function(ctx)
    return lx.measure_finding(ctx, "protection.remote_testimony", {
      what = { en = "evidentiary rules allowing witnesses to testify in a manner that ensures their safety, such as by video link",
               fr = "des règles de preuve permettant aux témoins de déposer d'une manière qui garantisse leur sécurité, par exemple par liaison vidéo" } })
  end,
}

obligation {
  ref = "untoc:24.3",
  level = "consider",
  title = { en = "Agreements with other States for the relocation of witnesses",
            fr = "Arrangements avec d'autres États pour fournir un nouveau domicile aux témoins" },
  category = "protection",
  cluster = 2,
  text = {
    en = [[States Parties shall consider entering into agreements or arrangements with other States for the relocation of persons referred to in paragraph 1 of this Article.]],
    fr = [[Les États parties envisagent de conclure des arrangements avec d'autres États en vue de fournir un nouveau domicile aux personnes mentionnées au paragraphe 1.]],
  },
  facts = { "protection.relocation_agreements" },
  -- "Shall consider": met when agreements exist, or when the profile shows
  -- the State considered them (considered = true).
  check = function(ctx)
    return lx.measure_finding(ctx, "protection.relocation_agreements", {
      what = { en = "agreements or arrangements with other States for the relocation of witnesses and persons close to them",
               fr = "des accords ou arrangements avec d'autres États pour fournir un nouveau domicile aux témoins et à leurs proches" } })
  end,
}

obligation {
  ref = "untoc:24.4",
  level = "mandatory",
  title = { en = "Protection of victims who are witnesses",
            fr = "Protection des victimes lorsqu'elles sont témoins" },
  category = "protection",
  cluster = 2,
  text = {
    en = [[The provisions of this Article shall also apply to victims in so far as they are witnesses.]],
    fr = [[Les dispositions du présent article s'appliquent également aux victimes lorsqu'elles sont témoins.]],
  },
  facts = { "protection.witnesses", "protection.victim_witnesses" },
  -- Without any protection of witnesses, victims who testify are not
  -- protected either: not met without asking further.
  check = function(ctx)
    local w = ctx:measure("protection.witnesses")
    if w.state == "not_adopted" then
      return ctx:not_met(lx.t({ en = "National law has no measures to protect witnesses{s}, so victims who testify are not protected as witnesses either.",
                                fr = "Le droit national ne prévoit pas de mesures de protection des témoins{s} ; les victimes qui témoignent ne sont donc pas protégées en tant que témoins." },
                              { s = lx.cited(w) }),
        { { en = "protection of victims in so far as they are witnesses", fr = "la protection des victimes lorsqu'elles sont témoins" } })
    end
    return lx.measure_finding(ctx, "protection.victim_witnesses", {
      what = { en = "the application of the witness protection measures to victims in so far as they are witnesses",
               fr = "l'application des mesures de protection des témoins aux victimes lorsqu'elles sont témoins" } })
  end,
}
