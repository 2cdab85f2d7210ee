-- UNTOC article 26 -- Measures to enhance cooperation with law enforcement
-- authorities
--
-- Paragraph 1, "Each State Party shall take appropriate measures to encourage
-- persons who participate or who have participated in organised criminal
-- groups" / "Chaque État partie prend des mesures appropriées pour
-- encourager": MANDATORY.  Its two sub-paragraphs name two different kinds of
-- cooperation and are encoded separately:
--   (a) supplying information useful for investigative and evidentiary
--       purposes on the groups (i), their links (ii) and their offences (iii);
--       the items (i)-(iii) are examples ("on such matters as"), not separate
--       duties, so they are covered by the one obligation;
--   (b) factual, concrete help that may contribute to depriving the groups of
--       their resources or of the proceeds of crime.
-- The Convention leaves the choice of "appropriate measures" to the State.
-- The measures of paragraphs 2 and 3 (mitigation of punishment, immunity from
-- prosecution) are the classic incentives; so 26(1)(a) is met by any one of
-- them or by other measures (protection and reintegration programmes,
-- rewards...), and the finding names the option.  The facts of paragraphs 2
-- and 3 are read here too, so a State enters them once.  For (b), a profile
-- states whether the State's incentives reach help in depriving groups of
-- their assets (law_enforcement.asset_help_incentives): a mitigation regime
-- that rewards only information or the identification of accomplices does
-- not by itself show it.
--
-- Paragraph 2, "shall consider providing for the possibility, in appropriate
-- cases, of mitigating punishment" / "envisage de prévoir la possibilité":
-- CONSIDER.  Paragraph 3, "shall consider providing for the possibility, in
-- accordance with fundamental principles of its domestic law, of granting
-- immunity from prosecution" / "envisage ... conformément aux principes
-- fondamentaux de son droit interne": CONSIDER, with a qualifier.  Where
-- national law has no immunity and the profile records (under `principles`,
-- for untoc:26.3) a fundamental principle that excludes it (for instance
-- mandatory prosecution), immunity "in accordance with fundamental
-- principles" is not possible and the finding is not_applicable, quoting the
-- principle.  An exemption from penalty after conviction is not immunity from
-- prosecution: enter it as adopted = "partly" with `missing`.
--
-- Paragraph 4, "Protection of such persons shall be as provided for in
-- Article 24" / "La protection de ces personnes est assurée comme le prévoit
-- l'article 24": MANDATORY (present indicative, "shall").  It extends to
-- cooperating offenders the protection that art. 24 gives witnesses, with the
-- same qualifier ("appropriate measures within its means").  The profile
-- states it as law_enforcement.cooperator_protection: a witness-protection
-- regime that does not reach cooperating offenders who do not testify is
-- adopted = "partly".
--
-- Paragraph 5, "the States Parties concerned may consider entering into
-- agreements or arrangements" / "peuvent envisager de conclure": OPTIONAL.
-- "May consider" is permissive: it gives States the possibility and does not
-- oblige them even to consider (contrast "shall consider" / "envisagent" in
-- paragraphs 2 and 3).  It is read as in art. 12(7) ("may consider the
-- possibility"), encoded optional in this pack.

local MITIGATION = {
  en = "the possibility of mitigating the punishment of an accused person who provides substantial cooperation in the investigation or prosecution",
  fr = "la possibilité d'alléger la peine d'un prévenu qui coopère de manière substantielle à l'enquête ou aux poursuites",
}
local IMMUNITY = {
  en = "the possibility of granting immunity from prosecution to a person who provides substantial cooperation in the investigation or prosecution",
  fr = "la possibilité d'accorder l'immunité de poursuites à une personne qui coopère de manière substantielle à l'enquête ou aux poursuites",
}

obligation {
  ref = "untoc:26.1.a",
  level = "mandatory",
  title = { en = "Encouraging participants in organized criminal groups to supply information",
            fr = "Encourager les participants à des groupes criminels organisés à fournir des informations" },
  category = "investigation",
  cluster = 3,
  text = {
    en = [[Each State Party shall take appropriate measures to encourage persons who participate or who have participated in organised criminal groups: (a) to supply information useful to competent authorities for investigative and evidentiary purposes on such matters as: (i) the identity, nature, composition, structure, location or activities of organised criminal groups; (ii) links, including international links, with other organised criminal groups; (iii) offences that organised criminal groups have committed or may commit;]],
    fr = [[Chaque État partie prend des mesures appropriées pour encourager les personnes qui participent ou ont participé à des groupes criminels organisés: a) à fournir des informations utiles aux autorités compétentes à des fins d'enquête et de recherche de preuves sur des questions telles que: i) l'identité, la nature, la composition, la structure ou les activités des groupes criminels organisés, ou le lieu où ils se trouvent; ii) les liens, y compris à l'échelon international, avec d'autres groupes criminels organisés; iii) les infractions que les groupes criminels organisés ont commises ou pourraient commettre;]],
  },
  covers = { "untoc:26.1.a.i", "untoc:26.1.a.ii", "untoc:26.1.a.iii" },
  facts = { "law_enforcement.mitigation_for_cooperation", "law_enforcement.immunity_for_cooperation",
            "law_enforcement.informant_incentives" },
  -- Any appropriate measure meets the duty; the finding names which.
  check = function(ctx)
    return lx.any_of(ctx, {
      { id = "mitigation", label = { en = "mitigation of punishment for cooperation", fr = "allégement de la peine en cas de coopération" },
        check = function(c) return lx.measure_finding(c, "law_enforcement.mitigation_for_cooperation", { what = MITIGATION }) end },
      { id = "immunity", label = { en = "immunity from prosecution for cooperation", fr = "immunité de poursuites en cas de coopération" },
        check = function(c) return lx.measure_finding(c, "law_enforcement.immunity_for_cooperation", { what = IMMUNITY }) end },
      { id = "other-measures", label = { en = "other measures encouraging the supply of information", fr = "autres mesures encourageant la fourniture d'informations" },
        check = function(c) return lx.measure_finding(c, "law_enforcement.informant_incentives", {
          what = { en = "measures (protection, reintegration, rewards...) encouraging persons who participate or have participated in organized criminal groups to supply information to the competent authorities",
                   fr = "des mesures (protection, réinsertion, rétribution...) encourageant les personnes qui participent ou ont participé à des groupes criminels organisés à fournir des informations aux autorités compétentes" } }) end },
    })
  end,
}

obligation {
  ref = "untoc:26.1.b",
  level = "mandatory",
  title = { en = "Encouraging participants in organized criminal groups to help deprive the groups of their resources",
            fr = "Encourager les participants à des groupes criminels organisés à aider à priver ces groupes de leurs ressources" },
  category = "investigation",
  cluster = 3,
  text = {
    en = [[Each State Party shall take appropriate measures to encourage persons who participate or who have participated in organised criminal groups: (b) to provide factual, concrete help to competent authorities that may contribute to depriving organised criminal groups of their resources or of the proceeds of crime.]],
    fr = [[Chaque État partie prend des mesures appropriées pour encourager les personnes qui participent ou ont participé à des groupes criminels organisés: b) à fournir une aide factuelle et concrète aux autorités compétentes, qui pourrait contribuer à priver les groupes criminels organisés de leurs ressources ou du produit du crime.]],
  },
  facts = { "law_enforcement.asset_help_incentives" },
  check = function(ctx)
    return lx.measure_finding(ctx, "law_enforcement.asset_help_incentives", {
      what = { en = "measures encouraging persons who participate or have participated in organized criminal groups to provide factual, concrete help that may contribute to depriving those groups of their resources or of the proceeds of crime",
               fr = "des mesures encourageant les personnes qui participent ou ont participé à des groupes criminels organisés à fournir une aide factuelle et concrète pouvant contribuer à priver ces groupes de leurs ressources ou du produit du crime" } })
  end,
}

obligation {
  ref = "untoc:26.2",
  level = "consider",
  title = { en = "Mitigation of punishment for substantial cooperation",
            fr = "Allégement de la peine en cas de coopération substantielle" },
  category = "investigation",
  cluster = 3,
  text = {
    en = [[Each State Party shall consider providing for the possibility, in appropriate cases, of mitigating punishment of an accused person who provides substantial cooperation in the investigation or prosecution of an offence covered by this Convention.]],
    fr = [[Chaque État partie envisage de prévoir la possibilité, dans les cas appropriés, d'alléger la peine dont est passible un prévenu qui coopère de manière substantielle à l'enquête ou aux poursuites relatives à une infraction visée par la présente convention.]],
  },
  facts = { "law_enforcement.mitigation_for_cooperation" },
  -- "In appropriate cases": the State decides for which offences mitigation
  -- is available; a regime limited to some offences of the Convention is
  -- still "the possibility" the paragraph asks the State to consider.
  check = function(ctx)
    return lx.measure_finding(ctx, "law_enforcement.mitigation_for_cooperation", { what = MITIGATION })
  end,
}

obligation {
  ref = "untoc:26.3",
  level = "consider",
  title = { en = "Immunity from prosecution for substantial cooperation",
            fr = "Immunité de poursuites en cas de coopération substantielle" },
  category = "investigation",
  cluster = 3,
  text = {
    en = [[Each State Party shall consider providing for the possibility, in accordance with fundamental principles of its domestic law, of granting immunity from prosecution to a person who provides substantial cooperation in the investigation or prosecution of an offence covered by this Convention.]],
    fr = [[Chaque État partie envisage de prévoir la possibilité, conformément aux principes fondamentaux de son droit interne, d'accorder l'immunité de poursuites à une personne qui coopère de manière substantielle à l'enquête ou aux poursuites relatives à une infraction visée par la présente convention.]],
  },
  facts = { "law_enforcement.immunity_for_cooperation" },
  check = function(ctx)
    local m = ctx:measure("law_enforcement.immunity_for_cooperation")
    local p = (m.state == "not_adopted") and ctx:principle("untoc:26.3") or nil
    if p then
      return ctx:not_applicable(lx.t({
        en = "National law does not provide for immunity from prosecution for cooperating persons, and the State records that its fundamental principles exclude it: {st}{s}. Paragraph 3 asks the State to consider immunity only \"in accordance with fundamental principles of its domestic law\".",
        fr = "Le droit national ne prévoit pas d'immunité de poursuites pour les personnes qui coopèrent, et l'État indique que ses principes fondamentaux l'excluent : {st}{s}. Le paragraphe 3 ne demande d'envisager l'immunité que « conformément aux principes fondamentaux de son droit interne »." },
        { st = p.statement, s = p.source and (" (" .. p.source .. ")") or "" }))
    end
    return lx.measure_finding(ctx, "law_enforcement.immunity_for_cooperation", { what = IMMUNITY })
  end,
}

obligation {
  ref = "untoc:26.4",
  level = "mandatory",
  title = { en = "Protection of cooperating persons as provided for in article 24",
            fr = "Protection des personnes qui coopèrent, comme le prévoit l'article 24" },
  category = "protection",
  cluster = 3,
  text = {
    en = [[Protection of such persons shall be as provided for in Article 24 of this Convention.]],
    fr = [[La protection de ces personnes est assurée comme le prévoit l'article 24 de la présente convention.]],
  },
  facts = { "law_enforcement.cooperator_protection" },
  note = "Art. 24(1): appropriate measures within the State's means to provide effective protection from potential retaliation or intimidation, and, as appropriate, for relatives and other persons close to them.",
  check = function(ctx)
    return lx.measure_finding(ctx, "law_enforcement.cooperator_protection", {
      what = { en = "protection from potential retaliation or intimidation, as for witnesses under article 24, of persons who participate or have participated in organized criminal groups and cooperate with the authorities",
               fr = "une protection contre les actes éventuels de représailles ou d'intimidation, comme celle des témoins prévue à l'article 24, des personnes qui participent ou ont participé à des groupes criminels organisés et coopèrent avec les autorités" } })
  end,
}

obligation {
  ref = "untoc:26.5",
  level = "optional",
  title = { en = "Agreements on the treatment of cooperating persons located in another State",
            fr = "Accords sur le traitement des personnes qui coopèrent se trouvant dans un autre État" },
  category = "cooperation",
  cluster = 3,
  text = {
    en = [[Where a person referred to in paragraph 1 of this Article located in one State Party can provide substantial cooperation to the competent authorities of another State Party, the States Parties concerned may consider entering into agreements or arrangements, in accordance with their domestic law, concerning the potential provision by the other State Party of the treatment set forth in paragraphs 2 and 3 of this Article.]],
    fr = [[Lorsqu'une personne qui est visée au paragraphe 1 et se trouve dans un État partie peut apporter une coopération substantielle aux autorités compétentes d'un autre État partie, les États parties concernés peuvent envisager de conclure des accords ou arrangements, conformément à leur droit interne, concernant l'éventuel octroi par l'autre État partie du traitement décrit aux paragraphes 2 et 3.]],
  },
  facts = { "law_enforcement.cooperator_agreements" },
  note = "\"May consider\" / \"peuvent envisager\": permissive, optional (see the header).",
  check = function(ctx)
    return lx.measure_finding(ctx, "law_enforcement.cooperator_agreements", {
      what = { en = "agreements or arrangements with other States on granting mitigation of punishment or immunity to a person in one State who cooperates with the authorities of the other",
               fr = "des accords ou arrangements avec d'autres États sur l'octroi d'un allégement de peine ou d'une immunité à une personne se trouvant dans un État qui coopère avec les autorités de l'autre" } })
  end,
}
