-- Cybercrime Convention article 15 -- Solicitation or grooming for the
-- purpose of committing a sexual offence against a child
--
-- 15(1) is mandatory.  The purpose ("aux fins de commettre à son encontre une
-- infraction sexuelle, telle que définie dans le droit interne") is part of
-- the provision (`specific_purpose` does not narrow the offence).  15(2) is
-- an option ("peut exiger que le comportement ... débouche sur un acte"):
-- `overt_act` never lowers the finding; encoded within 15(1).  15(2):
--   « Un État partie peut exiger que le comportement visé au paragraphe 1 du présent article débouche sur un acte. »
-- 15(3) "peut envisager d'étendre" is optional ("may consider": DOMAIN §2),
-- 15(4) "peuvent prendre des mesures pour exclure" an option: both reported
-- for information, never gaps.
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

obligation {
  ref = "cybercrime:15.1",
  covers = { "cybercrime:15.2" },
  level = "mandatory",
  title = { en = "Solicitation or grooming of a child through ICT", fr = "Sollicitation ou manipulation psychologique d'un enfant au moyen des TIC" },
  category = "criminalization",
  cluster = 2,
  text = {
    fr = [[Chaque État partie adopte les mesures législatives et autres nécessaires pour conférer le caractère d'infraction pénale, conformément à son droit interne, au fait d'intentionnellement communiquer avec un enfant, le solliciter, le manipuler ou s'entendre avec lui au moyen d'un système d'information et de communication aux fins de commettre à son encontre une infraction sexuelle, telle que définie dans le droit interne, y compris l'une quelconque des infractions établies conformément à l'article 14 de la présente Convention.]],
    en = [[Each State Party shall adopt such legislative and other measures as may be necessary to establish as a criminal offence under its domestic law the act of intentionally communicating, soliciting, grooming, or making any arrangement through an information and communications technology system for the purpose of committing a sexual offence against a child, as defined in domestic law, including for the commission of any of the offences established in accordance with article 14 of this Convention.]],
  },
  facts = { "offences", "no_offence_for" },
  check = function(ctx)
    return lx.criminalized_allowing(ctx, {
      { "child_solicitation_ict",
        en = "intentionally communicating with, soliciting, grooming or making an arrangement with a child through an ICT system for the purpose of committing a sexual offence against the child",
        fr = "le fait de communiquer intentionnellement avec un enfant, de le solliciter, de le manipuler ou de s'entendre avec lui au moyen d'un système d'information et de communication aux fins de commettre à son encontre une infraction sexuelle" },
    }, { ids = { "specific_purpose", "overt_act" },
          en = "art. 15 (the purpose of committing a sexual offence; that the conduct result in an act, 15(2))",
          fr = "l'article 15 (le but de commettre une infraction sexuelle ; que le comportement débouche sur un acte, par. 2)" })
  end,
}

obligation {
  ref = "cybercrime:15.3",
  level = "optional",
  title = { en = "Grooming: persons believed to be children", fr = "Sollicitation : personnes que l'on croit être des enfants" },
  category = "criminalization",
  cluster = 2,
  text = {
    fr = [[Un État partie peut envisager d'étendre les faits incriminés conformément au paragraphe 1 du présent article aux cas où l'on croit que la personne concernée est un enfant.]],
    en = [[A State Party may consider extending the criminalization in accordance with paragraph 1 of this article in relation to a person believed to be a child.]],
  },
  facts = { "child_grooming.believed_child" },
  check = function(ctx)
    return lx.measure_finding(ctx, "child_grooming.believed_child", {
      what = { en = "the offence where the person solicited is believed to be a child", fr = "l'infraction lorsque la personne sollicitée est crue être un enfant" } })
  end,
}

obligation {
  ref = "cybercrime:15.4",
  level = "optional",
  title = { en = "Grooming: acts committed by children", fr = "Sollicitation : actes commis par des enfants" },
  category = "criminalization",
  cluster = 2,
  text = {
    fr = [[Les États parties peuvent prendre des mesures pour exclure l'incrimination des actes décrits au paragraphe 1 du présent article lorsque ceux-ci sont commis par des enfants.]],
    en = [[States Parties may take steps to exclude the criminalization of conduct as described in paragraph 1 of this article when committed by children.]],
  },
  facts = { "child_grooming.acts_by_children_excluded" },
  check = function(ctx)
    return lx.measure_finding(ctx, "child_grooming.acts_by_children_excluded", {
      what = { en = "an exclusion of such conduct committed by children", fr = "une exclusion de tels actes commis par des enfants" } })
  end,
}
