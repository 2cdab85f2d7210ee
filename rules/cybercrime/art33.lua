-- Cybercrime Convention article 33 -- Protection of witnesses
-- (Protection des témoins)
--
-- The twin of UNTOC art. 24, read from the SAME facts (`protection.*`).
-- Where they differ this Convention's wording decides: 33(1) protects not
-- only witnesses who testify but also persons who "de bonne foi et pour des
-- motifs raisonnables, fournissent des informations ... ou coopèrent d'une
-- autre manière" with the authorities: a further element, read from the new
-- fact `protection.informants`.  Levels:
--   33(1) mandatory ("prend ... des mesures appropriées"), qualified by
--         "conformément à son droit interne et dans la limite de ses moyens";
--         relatives and close persons "le cas échéant" (required where
--         appropriate, as UNTOC 24(1): a part of the duty).
--   33(2)(a), (b) optional ("peuvent consister notamment"); in (a) relocation
--         and non-disclosure are examples of physical protection: any form
--         is a use of the option.
--   33(3) consider ("envisagent de conclure").
--   33(4) mandatory ("s'appliquent également aux victimes").

obligation {
  ref = "cybercrime:33.1",
  level = "mandatory",
  title = { en = "Protection of witnesses, informants and persons close to them", fr = "Protection des témoins, des informateurs et de leurs proches" },
  category = "protection",
  cluster = 4,
  text = {
    fr = [[Chaque État partie prend, conformément à son droit interne et dans la limite de ses moyens, des mesures appropriées pour assurer une protection efficace contre des actes éventuels de représailles ou d'intimidation aux témoins qui déposent ou qui, de bonne foi et pour des motifs raisonnables, fournissent des informations concernant des infractions établies conformément à la présente Convention ou coopèrent d'une autre manière avec les services d'enquête ou les autorités judiciaires, et, le cas échéant, à leurs parents et à d'autres personnes qui leur sont proches.]],
    en = [[Each State Party shall take appropriate measures in accordance with its domestic law and within its means to provide effective protection from potential retaliation or intimidation for witnesses and their relatives and other persons close to them, as appropriate, who give testimony or, in good faith and on reasonable grounds, provide information concerning offences established in accordance with this Convention or otherwise cooperate with investigative or judicial authorities.]],
  },
  facts = { "protection.witnesses", "protection.informants", "protection.witness_relatives" },
  note = "twin: untoc:24.1",
  check = function(ctx)
    return lx.all_of(ctx, {
      { path = "protection.witnesses", what = { en = "protection from retaliation or intimidation for witnesses who testify", fr = "la protection contre les représailles ou l'intimidation des témoins qui déposent" } },
      { path = "protection.informants", what = { en = "protection for persons who in good faith provide information or otherwise cooperate with the authorities", fr = "la protection des personnes qui, de bonne foi, fournissent des informations ou coopèrent d'une autre manière avec les autorités" } },
      { path = "protection.witness_relatives", what = { en = "the extension of that protection, as appropriate, to relatives and other persons close to them", fr = "l'extension de cette protection, le cas échéant, aux parents et autres personnes proches" } },
    })
  end,
}

obligation {
  ref = "cybercrime:33.2.a",
  level = "optional",
  title = { en = "Physical protection, relocation and non-disclosure of identity", fr = "Protection physique, nouveau domicile et non-divulgation de l'identité" },
  category = "protection",
  cluster = 4,
  text = {
    fr = [[Les mesures envisagées au paragraphe 1 du présent article peuvent consister notamment, sans préjudice des droits de la partie défenderesse, y compris du droit à une procédure régulière : a) À établir, pour la protection physique de ces personnes, des procédures visant notamment, selon les besoins et dans la mesure du possible, à leur fournir un nouveau domicile et à permettre, s'il y a lieu, que les renseignements concernant leur identité et le lieu où elles se trouvent ne soient pas divulgués ou que leur divulgation soit limitée ;]],
    en = [[The measures envisaged in paragraph 1 of this article may include, inter alia, without prejudice to the rights of the defendant, including the right to due process: (a) establishing procedures for the physical protection of such persons, such as, to the extent necessary and feasible, relocating them and permitting, where appropriate, non-disclosure or limitations on the disclosure of information concerning the identity and whereabouts of such persons;]],
  },
  facts = { "protection.physical_protection", "protection.relocation", "protection.identity_non_disclosure" },
  note = "twin: untoc:24.2.a",
  -- An option ("peuvent consister notamment"): informational, never a gap.
  -- Relocation and non-disclosure are examples ("visant notamment, selon les
  -- besoins et dans la mesure du possible ... et ..., s'il y a lieu") of the
  -- procedures for physical protection, so any one of the three is a form
  -- the State took: met, the option naming every form adopted (as UNTOC
  -- 24(2)(a), lx.any_forms).
  check = function(ctx)
    return lx.any_forms(ctx, {
      { id = "physical-protection", label = { en = "physical protection procedures", fr = "procédures de protection physique" },
        path = "protection.physical_protection",
        what = { en = "procedures for the physical protection of witnesses", fr = "des procédures de protection physique des témoins" } },
      { id = "relocation", label = { en = "relocation", fr = "nouveau domicile" },
        path = "protection.relocation",
        what = { en = "relocation of witnesses", fr = "la fourniture d'un nouveau domicile aux témoins" } },
      { id = "non-disclosure", label = { en = "non-disclosure of identity or whereabouts", fr = "non-divulgation de l'identité ou du lieu où elles se trouvent" },
        path = "protection.identity_non_disclosure",
        what = { en = "non-disclosure or limited disclosure of their identity and whereabouts", fr = "la non-divulgation ou la divulgation limitée de leur identité et du lieu où ils se trouvent" } },
    })
  end,
}

obligation {
  ref = "cybercrime:33.2.b",
  level = "optional",
  title = { en = "Evidentiary rules for safe testimony, such as video links", fr = "Règles de preuve pour une déposition en sécurité, telles que les liaisons vidéo" },
  category = "protection",
  cluster = 4,
  text = {
    fr = [[Les mesures envisagées au paragraphe 1 du présent article peuvent consister notamment, sans préjudice des droits de la partie défenderesse, y compris du droit à une procédure régulière : b) À prévoir des règles de preuve qui permettent aux témoins de déposer d'une manière qui garantisse leur sécurité, notamment à les autoriser à déposer en recourant à des techniques de communication telles que les liaisons vidéo ou à d'autres moyens adéquats.]],
    en = [[The measures envisaged in paragraph 1 of this article may include, inter alia, without prejudice to the rights of the defendant, including the right to due process: (b) providing evidentiary rules to permit witnesses to give testimony in a manner that ensures their safety, such as permitting testimony to be given through the use of communications technology such as video links or other adequate means.]],
  },
  facts = { "protection.remote_testimony" },
  note = "twin: untoc:24.2.b",
  check = function(ctx)
    return lx.measure_finding(ctx, "protection.remote_testimony", {
      what = { en = "evidentiary rules allowing witnesses to testify safely, for instance by video link", fr = "des règles de preuve permettant aux témoins de déposer en sécurité, par exemple par liaison vidéo" } })
  end,
}

obligation {
  ref = "cybercrime:33.3",
  level = "consider",
  title = { en = "Agreements with other States on the relocation of witnesses", fr = "Accords avec d'autres États pour fournir un nouveau domicile aux témoins" },
  category = "protection",
  cluster = 4,
  text = {
    fr = [[Les États parties envisagent de conclure des accords ou arrangements avec d'autres États en vue de fournir un nouveau domicile aux personnes mentionnées au paragraphe 1 du présent article.]],
    en = [[States Parties shall consider entering into agreements or arrangements with other States for the relocation of persons referred to in paragraph 1 of this article.]],
  },
  facts = { "protection.relocation_agreements" },
  note = "twin: untoc:24.3",
  check = function(ctx)
    return lx.measure_finding(ctx, "protection.relocation_agreements", {
      what = { en = "agreements or arrangements with other States for the relocation of witnesses", fr = "des accords ou arrangements avec d'autres États pour fournir un nouveau domicile aux témoins" } })
  end,
}

obligation {
  ref = "cybercrime:33.4",
  level = "mandatory",
  title = { en = "Witness protection applies to victims who are witnesses", fr = "La protection des témoins s'applique aux victimes témoins" },
  category = "protection",
  cluster = 4,
  text = {
    fr = [[Les dispositions du présent article s'appliquent également aux victimes lorsqu'elles sont témoins.]],
    en = [[The provisions of this article shall also apply to victims insofar as they are witnesses.]],
  },
  facts = { "protection.victim_witnesses" },
  note = "twin: untoc:24.4",
  check = function(ctx)
    return lx.measure_finding(ctx, "protection.victim_witnesses", {
      what = { en = "the application of witness protection to victims who are witnesses", fr = "l'application de la protection des témoins aux victimes témoins" } })
  end,
}
