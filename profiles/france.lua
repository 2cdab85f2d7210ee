-- France: country profile for lexgap (UNTOC arts 5, 6, 8, 10, 12, 15, 23, 34(2)).
--
-- What it is: the facts of French law that the UNTOC rule packs read, each
-- with the provision it comes from.  A real State, described from its
-- published law (Code pénal, Code de procédure pénale, Code monétaire et
-- financier, Code civil) and from the case law of the Cour de cassation.
--
-- Date described: French law as of 1 January 2026 (describes_law_as_of).
-- Entry-into-force dates (`from`) are given only where they are known with
-- confidence; a fact without `from` is treated as in force at any date, so an
-- assessment at an early date (before about 2010) is not reliable on this
-- profile.  In particular the general liability of legal persons for all
-- offences dates only from 31 December 2005 (see legal_persons.scope).
--
-- Prepared by: lexgap bundled example.
--
-- How it was sourced: from the text of the codes as known to the preparer and
-- from published decisions of the Cour de cassation (chambre criminelle).
-- It is an example, not legal advice.  Rules followed:
--   * every fact cites its article as lawyers write it ("Code pénal,
--     art. 450-1");
--   * no Légifrance URL is given: Légifrance article identifiers
--     (LEGIARTI...) are version-specific and were not verified, so none is
--     written rather than risk a wrong one;
--   * where a point could not be confirmed, the fact is left out (the finding
--     becomes "unknown", which is honest) or a `note` says what to verify;
--   * amendments enacted in 2025 (notably the 2025 law against drug
--     trafficking, which reorganised the prosecution of organised crime) were
--     NOT checked: verify arts 450-1, 131-21 and 706-73 et seq. against the
--     version in force on 2026-01-01 before relying on this profile.
-- Facts deliberately left out (unknown): notifications to the UN
-- Secretary-General (arts 5(3), 6(2)(d), 18(13)...: their dates were not
-- verified); reservations (none is recorded here; verify in the UN Treaty
-- Collection); jurisdiction over stateless residents, over preparatory acts
-- abroad (art. 15(2)(c)) and the legal basis of consultation (art. 15(5));
-- abuse of functions (UNTOC art. 8(2) other forms of corruption).

return {
  profile_format = 1,

  state = {
    code = "FRA",
    name = "France",
    name_fr = "France",
    kind = "state",
    eu_member = {
      from = "1958-01-01",
      source = "Traité instituant la Communauté économique européenne (Rome, 25 mars 1957), entré en vigueur le 1er janvier 1958",
      note = "Founding member of the European Communities.",
    },
  },

  describes_law_as_of = "2026-01-01",

  prepared = {
    by = "lexgap bundled example",
    on = "2026-11-22",
    note = "Built from the published codes and case law as known to the preparer; no Légifrance identifiers verified. See the header of this file for what was left out.",
  },

  parties = {
    untoc = {
      signed = "2000-12-12",
      deposited = "2002-10-29",
      means = "ratification",
      -- Deposited before the 40th instrument (1 July 2003): the Convention
      -- entered into force for France with the Convention itself on
      -- 29 September 2003 (art. 38(1)).  That is the date the instrument's own
      -- rule gives, so `in_force` is not stated.
      source = "UN Treaty Collection, MTDSG chapter XVIII-12",
      url = "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12&chapter=18",
      note = "Signed at Palermo on 12 December 2000; instrument of ratification deposited on 29 October 2002; in force for France on 29 September 2003.",
    },
  },

  -- Closed scale of maximum penalties: délits (Code pénal, art. 131-4) and
  -- crimes (art. 131-1).  No maximum lies between 3 and 5 years, so a
  -- threshold of "at least 5 years" (association de malfaiteurs) reaches every
  -- serious crime within the meaning of UNTOC art. 2(b).
  penalty_scale = {
    max_prison_years = { 0.5, 1, 2, 3, 5, 7, 10, 15, 20, 30 },
    life_imprisonment = true,
    closed = true,
    source = "Code pénal, art. 131-1 (crimes : perpétuité, 30, 20 et 15 ans ; 10 ans au moins) et art. 131-4 (délits : 10, 7, 5, 3, 2 et 1 an, 6 mois)",
    note = "Art. 131-4 lists the only maxima of imprisonment for délits; crimes carry réclusion criminelle of 15, 20 or 30 years or life (art. 131-1). Verify: (1) whether a further step below six months remains in art. 131-4 (irrelevant to the 4-year question); (2) that no special statute departs from the scale with a maximum between 3 and 5 years (none is known). Legal recidivism doubles the maximum for délits (Code pénal, art. 132-10), so a 2-year délit can carry 4 years for a recidivist; the scale is read here, as usual, on the penalty the offence itself carries.",
  },

  offences = {
    -- UNTOC art. 5 -----------------------------------------------------------
    fr_cp_450_1 = {
      name = "Association de malfaiteurs",
      source = "Code pénal, art. 450-1",
      max_prison_years = 10,
      conduct = {
        "participation_conspiracy",
        "participation_ocg_criminal_activities",
        "participation_ocg_other_activities",
        "laundering_association_conspiracy",
      },
      mental = { "intent", "knowledge" },
      requires = { "overt_act" },
      aims_at = {
        scope = "threshold",
        threshold_prison_years = 5,
        source = "Code pénal, art. 450-1, al. 1",
        note = "Any crime, or any délit punishable by at least 5 years' imprisonment. Crimes carry at least 10 years (art. 131-1), so the threshold of 5 years reaches them all.",
      },
      note = "« Tout groupement formé ou entente établie en vue de la préparation, caractérisée par un ou plusieurs faits matériels, d'un ou plusieurs crimes ou d'un ou plusieurs délits punis d'au moins cinq ans d'emprisonnement. » Punished by 10 years where the offences prepared are crimes or délits punishable by 10 years, otherwise by 5 years. The agreement (« entente établie ») covers UNTOC art. 5(1)(a)(i); membership of the group (« groupement formé ») covers art. 5(1)(a)(ii), the participant being punished whatever the activity by which he takes part, provided he knowingly joins a group formed to prepare such offences (case law to be cited for 5(1)(a)(ii)(b)). The preparation must be « caractérisée par un ou plusieurs faits matériels »: an overt-act element, allowed by art. 5(1)(a)(i) but calling for the notification under art. 5(3), which this profile does not record (verify in the UN Treaty Collection). No organized criminal group of three or more persons and no transnational element is required. Because laundering (art. 324-1) is punishable by 5 years, an agreement or group to launder is itself an association de malfaiteurs (UNTOC art. 6(1)(b)(ii)).",
    },

    -- Complicity, general part.  Entered as an offence entry so that the rules
    -- can see which conduct of UNTOC art. 5(1)(b) and 6(1)(b)(ii) it reaches;
    -- the accomplice incurs the penalty of the principal (art. 121-6), hence no
    -- max_prison_years of its own.
    fr_cp_121_7 = {
      name = "Complicité de crime ou de délit",
      source = "Code pénal, art. 121-6 et 121-7",
      conduct = {
        "ocg_crime_organizing",
        "ocg_crime_directing",
        "ocg_crime_aiding_abetting",
        "ocg_crime_facilitating_counselling",
        "laundering_aiding_abetting",
      },
      mental = { "intent", "knowledge" },
      aims_at = {
        scope = "all_offences",
        source = "Code pénal, art. 121-7",
        note = "Complicity in any crime or délit (complicity in contraventions is limited, but no serious crime is a contravention).",
      },
      note = "Art. 121-7: accomplice is whoever knowingly, by aid or assistance, facilitated the preparation or commission of a crime or délit (aiding, abetting, facilitating), and whoever by gift, promise, threat, order, abuse of authority or power provoked the offence or gave instructions to commit it (counselling, organizing, directing). Art. 121-6: the accomplice is punished as the principal. Applies to every crime and délit, hence to serious crime involving an organized criminal group; the commission of a crime « en bande organisée » is moreover an aggravating circumstance of many offences (art. 132-71).",
    },

    -- UNTOC art. 6 -----------------------------------------------------------
    fr_cp_324_1 = {
      name = "Blanchiment",
      source = "Code pénal, art. 324-1",
      max_prison_years = 5,
      conduct = {
        "laundering_conversion_transfer",
        "laundering_concealment_disguise",
        "laundering_aiding_abetting",
        "laundering_attempt",
      },
      mental = { "intent", "knowledge" },
      predicates = {
        scope = "all_offences",
        source = "Code pénal, art. 324-1",
        note = "The proceeds of any crime or délit (« d'un crime ou d'un délit »); contraventions are not predicates, but no contravention carries imprisonment.",
      },
      foreign_predicates = "covered",
      self_laundering = true,
      note = "Al. 1: facilitating by any means the false justification of the origin of the property or income of the author of a crime or délit; al. 2: assisting (« apporter un concours à ») an operation of placement, concealment or conversion of the direct or indirect proceeds of a crime or délit. 5 years and 375 000 euros; aggravated laundering (habitual, using the facilities of a profession, or in an organised gang) 10 years and 750 000 euros (art. 324-2); attempt punished as the completed offence (art. 324-6); presumption of illicit origin where the conditions of the operation can have no other justification than concealment (art. 324-1-1). A special offence of laundering drug-trafficking proceeds, punishable by 10 years, also exists (art. 222-38). Self-laundering: the author of the predicate offence can be convicted of laundering its proceeds (Cass. crim., 14 janvier 2004, n° 03-81.165, Bull. crim. n° 12, after Cass. crim., 25 juin 2003, n° 02-86.182; extended to al. 1 by Cass. crim., 14 juin 2017, n° 16-84.921). Foreign predicates: the laundering texts require neither that the predicate offence was committed in France nor that French courts have jurisdiction over it (Cass. crim., 24 février 2010, n° 09-82.857, Bull. crim. n° 37); verify under which law the criminal character of the foreign predicate is assessed before choosing between covered and dual_criminality (both satisfy art. 6(2)(c)).",
    },

    fr_cp_321_1 = {
      name = "Recel",
      source = "Code pénal, art. 321-1",
      max_prison_years = 5,
      conduct = { "laundering_acquisition_possession_use" },
      mental = { "knowledge" },
      predicates = {
        scope = "all_offences",
        source = "Code pénal, art. 321-1",
        note = "A thing coming from, or the proceeds of, any crime or délit.",
      },
      self_laundering = false,
      note = "Concealing, holding or transmitting a thing, or acting as intermediary to transmit it, knowing that it comes from a crime or délit; also knowingly benefiting, by any means, from the proceeds of a crime or délit. 5 years and 375 000 euros; aggravated receiving (habitual, professional, organised gang) 10 years and 750 000 euros (art. 321-2). The author of the predicate offence cannot also be convicted of receiving its proceeds (qualifications held incompatible since Cass. crim., 15 décembre 1949, Bull. crim. n° 350); acquisition, possession or use by the author may however amount to laundering under art. 324-1 where it involves a distinct act of placement, concealment or conversion. Whether proceeds of offences committed abroad are covered (foreign_predicates) was not verified and is left out. See also the offence of being unable to justify one's resources while in habitual relations with offenders (art. 321-6).",
    },

    -- UNTOC art. 8 -----------------------------------------------------------
    fr_cp_433_1 = {
      name = "Corruption active et trafic d'influence actif (personnes exerçant une fonction publique)",
      source = "Code pénal, art. 433-1",
      max_prison_years = 10,
      conduct = {
        "bribery_active_promise",
        "bribery_active_offer",
        "bribery_active_give",
        "bribery_indirect",
        "bribery_third_party_beneficiary",
        "corruption_trading_in_influence",
      },
      mental = { "intent" },
      note = "Offering without right, at any time, directly or indirectly, to a person holding public authority, entrusted with a public-service mission or holding a public elective office, offers, promises, gifts, presents or advantages of any kind, for that person or for another, so that the person performs or abstains from an act of office (1°) or abuses real or supposed influence (2°, active trading in influence); also yielding to the person's solicitation. 10 years and 1 000 000 euros, the fine being raisable to twice the proceeds of the offence.",
    },

    fr_cp_432_11 = {
      name = "Corruption passive et trafic d'influence passif (personnes exerçant une fonction publique)",
      source = "Code pénal, art. 432-11",
      max_prison_years = 10,
      conduct = {
        "bribery_passive_solicit",
        "bribery_passive_accept",
        "bribery_indirect",
        "bribery_third_party_beneficiary",
        "corruption_trading_in_influence",
      },
      mental = { "intent" },
      note = "Soliciting or accepting (« solliciter ou agréer ») without right, at any time, directly or indirectly, offers, promises, gifts, presents or advantages of any kind, for oneself or for another, by a person holding public authority, entrusted with a public-service mission or holding a public elective office, to perform or abstain from an act of office (1°) or to abuse real or supposed influence (2°). 10 years and 1 000 000 euros, the fine being raisable to twice the proceeds.",
    },

    fr_cp_435_1 = {
      name = "Corruption passive d'agents publics étrangers ou internationaux",
      source = "Code pénal, art. 435-1",
      max_prison_years = 10,
      conduct = { "bribery_passive_foreign_official" },
      mental = { "intent" },
      note = "Soliciting or accepting an undue advantage by a person holding public authority, entrusted with a public-service mission or holding an elective office in a foreign State or within a public international organisation. 10 years and 1 000 000 euros. Present wording from the law of 13 November 2007 (loi n° 2007-1598); foreign and international officials were first covered from 2000 (loi n° 2000-595 du 30 juin 2000).",
    },

    fr_cp_435_3 = {
      name = "Corruption active d'agents publics étrangers ou internationaux",
      source = "Code pénal, art. 435-3",
      max_prison_years = 10,
      conduct = { "bribery_active_foreign_official" },
      mental = { "intent" },
      note = "Offering, promising or giving an undue advantage, directly or indirectly, to a person holding public authority, entrusted with a public-service mission or holding an elective office in a foreign State or within a public international organisation. 10 years and 1 000 000 euros.",
    },

    fr_cp_433_2 = {
      name = "Trafic d'influence commis par des particuliers",
      source = "Code pénal, art. 433-2",
      max_prison_years = 5,
      conduct = { "corruption_trading_in_influence" },
      mental = { "intent" },
      note = "Any person soliciting or accepting an advantage to abuse real or supposed influence in order to obtain a favourable decision from a public authority or administration (al. 1), and yielding to such solicitation or offering such advantage (al. 2). Officials themselves are covered by art. 432-11 2° and 433-1 2°.",
    },

    fr_cp_445_1 = {
      name = "Corruption active de personnes n'exerçant pas une fonction publique",
      source = "Code pénal, art. 445-1",
      max_prison_years = 5,
      conduct = { "corruption_private_sector" },
      mental = { "intent" },
      note = "Active bribery in the private sector. 5 years and 500 000 euros.",
    },

    fr_cp_445_2 = {
      name = "Corruption passive de personnes n'exerçant pas une fonction publique",
      source = "Code pénal, art. 445-2",
      max_prison_years = 5,
      conduct = { "corruption_private_sector" },
      mental = { "intent" },
      note = "Passive bribery in the private sector. 5 years and 500 000 euros.",
    },

    fr_cp_432_15 = {
      name = "Soustraction et détournement de biens par une personne exerçant une fonction publique",
      source = "Code pénal, art. 432-15",
      max_prison_years = 10,
      conduct = { "corruption_embezzlement" },
      mental = { "intent" },
      note = "Destruction, embezzlement or removal of public or private funds or property entrusted to a public official by reason of office. 10 years and 1 000 000 euros.",
    },

    -- UNTOC art. 23 ----------------------------------------------------------
    fr_cp_434_15 = {
      name = "Subornation de témoin",
      source = "Code pénal, art. 434-15",
      max_prison_years = 3,
      conduct = { "obstruction_witness_force_threats", "obstruction_witness_undue_advantage" },
      mental = { "intent" },
      note = "Using promises, offers, presents, pressure, threats, assault, manoeuvres or artifices, during proceedings or with a view to a claim or defence in court, to induce another to make or deliver a false deposition, declaration or attestation, or to abstain from making one, even if the subornation has no effect. 3 years and 45 000 euros. Intimidation of a victim to deter a complaint is separately punished (art. 434-5).",
    },

    fr_cp_434_8 = {
      name = "Menaces et actes d'intimidation envers les magistrats, jurés et autres membres de juridiction",
      source = "Code pénal, art. 434-8",
      max_prison_years = 3,
      conduct = { "obstruction_official_force_threats" },
      mental = { "intent" },
      note = "Any threat or act of intimidation against a magistrate, juror or any other person sitting in a court, an arbitrator, interpreter, expert or a party's lawyer, with a view to influencing his or her conduct in office. 3 years and 45 000 euros. Violence against such persons is an aggravating circumstance of the offences of violence (arts 222-8 et seq.).",
    },

    fr_cp_433_3 = {
      name = "Menaces et actes d'intimidation envers les personnes exerçant une fonction publique",
      source = "Code pénal, art. 433-3",
      max_prison_years = 10,
      conduct = { "obstruction_official_force_threats" },
      mental = { "intent" },
      note = "Last paragraph: using threats or violence or any other act of intimidation to obtain from a person holding public authority (police, gendarmerie, customs, prison officers, magistrates...) that he or she performs or abstains from an act of office, or abuses his or her authority: 10 years and 150 000 euros. Earlier paragraphs punish threats against such persons as such.",
    },
  },

  general_part = {
    attempt = {
      adopted = true,
      source = "Code pénal, art. 121-4 et 121-5",
      note = "Attempt of a crime is always punishable; attempt of a délit only where the law so provides (art. 121-4, 2°). For laundering it does: art. 324-6. Bribery offences are complete with the offer or solicitation, so no attempt rule is needed there.",
    },
    complicity = {
      adopted = true,
      source = "Code pénal, art. 121-6 et 121-7",
      note = "Complicity (aid or assistance; provocation by gift, promise, threat, order, abuse of authority or power; instructions) in any crime or délit, punished as the principal.",
    },
    inference_from_circumstances = {
      adopted = true,
      source = "Code de procédure pénale, art. 427 ; Code pénal, art. 324-1-1",
      note = "Offences may be proven by any means and the judge decides according to his or her « intime conviction » (CPP art. 427): intent and knowledge are routinely inferred from the factual circumstances. For laundering, art. 324-1-1 (since the law of 6 December 2013) presumes the illicit origin of property where the material, legal or financial conditions of the operation can have no other justification than to conceal that origin.",
    },
  },

  legal_persons = {
    criminal = {
      adopted = true,
      source = "Code pénal, art. 121-2",
      from = "1994-03-01",
      note = "Legal persons other than the State are criminally liable for offences committed on their behalf by their organs or representatives. In force with the new Code pénal on 1 March 1994, initially only where a text so provided (principle of speciality); generalised to all offences by the loi n° 2004-204 du 9 mars 2004 (art. 54), in force on 31 December 2005.",
    },
    civil = {
      adopted = true,
      source = "Code civil, art. 1240 et 1242",
      note = "Civil liability in tort for the damage caused (former arts 1382 and 1384, renumbered in 2016), claimed in the criminal proceedings by the partie civile or before the civil courts.",
    },
    scope = {
      scope = "all_offences",
      source = "Code pénal, art. 121-2 (rédaction issue de la loi n° 2004-204 du 9 mars 2004, art. 54)",
      note = "All offences since 31 December 2005; before that date only the offences for which a text provided it (speciality). offence_scope carries no dates, so an assessment before 2006 would wrongly read all_offences.",
    },
    natural_persons_unaffected = {
      adopted = true,
      source = "Code pénal, art. 121-2, al. 3",
      note = "« La responsabilité pénale des personnes morales n'exclut pas celle des personnes physiques auteurs ou complices des mêmes faits », subject to art. 121-3, al. 4 (indirect causation in unintentional offences).",
    },
    monetary_sanctions = {
      adopted = true,
      source = "Code pénal, art. 131-37 et 131-38",
      currency = "EUR",
      note = "The maximum fine for a legal person is five times that provided for natural persons by the law punishing the offence (art. 131-38), e.g. 5 000 000 euros for bribery (art. 433-1), itself raisable by reference to the proceeds, and 1 875 000 euros for simple laundering (art. 324-1); 1 000 000 euros for a crime for which no fine is provided for natural persons. No single maximum, hence no max_fine.",
    },
    other_sanctions = {
      adopted = true,
      source = "Code pénal, art. 131-39",
      note = "Where the law provides: dissolution, prohibition of activities, judicial supervision, closure of establishments, exclusion from public procurement, prohibition of public offers of securities, confiscation, publication of the decision, among others.",
    },
  },

  jurisdiction = {
    territory = {
      adopted = true,
      source = "Code pénal, art. 113-2",
      note = "An offence is deemed committed in France when one of its constituent facts took place there.",
    },
    flag_vessels = {
      adopted = true,
      source = "Code pénal, art. 113-3",
    },
    registered_aircraft = {
      adopted = true,
      source = "Code pénal, art. 113-4",
    },
    passive_personality = {
      adopted = true,
      source = "Code pénal, art. 113-7",
      note = "Any crime, and any délit punishable by imprisonment, committed abroad against a victim of French nationality at the time of the offence.",
    },
    active_nationality = {
      adopted = true,
      source = "Code pénal, art. 113-6",
      note = "Any crime committed abroad by a French national; délits only if also punishable under the law of the place (dual criminality). For délits, prosecution is at the request of the public prosecutor and must be preceded by a complaint of the victim or an official denunciation by the State where the offence was committed (art. 113-8).",
    },
    non_extradited_nationals = {
      adopted = true,
      source = "Code pénal, art. 113-6 et 113-8",
      note = "French nationals are not extradited (CPP art. 696-4, 1°) but are subject to French criminal law for crimes committed abroad and, under dual criminality, for délits (art. 113-6); nationality acquired after the offence also counts (art. 113-6, last paragraph). Prosecution of délits requires a complaint or an official denunciation by the foreign State (art. 113-8), which the requesting State's denunciation supplies in an aut dedere aut judicare case.",
    },
    non_extradited_others = {
      adopted = "partly",
      source = "Code pénal, art. 113-8-1",
      missing = {
        "Jurisdiction exists only where extradition of a foreigner was refused on the grounds the article lists (penalty contrary to French public order, trial without fundamental guarantees, political offence, exceptionally grave consequences for the person) and only for crimes and délits punishable by at least 5 years; not for other grounds of refusal.",
      },
      note = "Prosecution only at the request of the public prosecutor, after an official denunciation by the requesting State.",
    },
  },

  confiscation = {
    proceeds = {
      adopted = true,
      source = "Code pénal, art. 131-21",
      note = "Confiscation is incurred by law for all crimes and for délits punishable by more than one year (al. 1) and extends to all property that is the object or the direct or indirect proceeds of the offence, except property returnable to the victim (al. 3). The 2024 amendment made confiscation of seized property used or intended for the offence, or that is its object or proceeds, mandatory save for a reasoned decision.",
    },
    value_based = {
      adopted = true,
      source = "Code pénal, art. 131-21",
      note = "« La confiscation peut être ordonnée en valeur. »",
    },
    instrumentalities = {
      adopted = true,
      source = "Code pénal, art. 131-21, al. 2",
      note = "Property that was used to commit the offence, owned by the convicted person or, subject to the rights of the bona fide owner, at his or her free disposal.",
    },
    intended_instrumentalities = {
      adopted = true,
      source = "Code pénal, art. 131-21, al. 2",
      note = "Property « destinés à la commettre ».",
    },
    identification_tracing = {
      adopted = true,
      source = "Code de procédure pénale, art. 60-1, 77-1-1 et 99-3",
      note = "Requisitions to any person, body or administration holding information useful to the investigation, in the flagrance inquiry, the preliminary inquiry and the judicial investigation; patrimonial investigations are supported by the police asset-identification platform (PIAC) and the agency for seized and confiscated assets (AGRASC, Code de procédure pénale, art. 706-159 et seq.).",
    },
    freezing_seizure = {
      adopted = true,
      source = "Code de procédure pénale, art. 706-141 à 706-158",
      note = "Special seizures (« saisies spéciales ») of property liable to confiscation, including whole estates, real property, debts and intangible assets, introduced by the loi n° 2010-768 du 9 juillet 2010; ordinary seizures under arts 54, 56 and 97.",
    },
    transformed_property = {
      adopted = true,
      source = "Code pénal, art. 131-21, al. 3",
      note = "Covered as « produit indirect » of the offence.",
    },
    intermingled_property = {
      adopted = true,
      source = "Code pénal, art. 131-21, al. 3",
      note = "« Si le produit de l'infraction a été mêlé à des fonds d'origine licite pour l'acquisition d'un ou plusieurs biens, la confiscation peut ne porter sur ces biens qu'à concurrence de la valeur estimée de ce produit. » Sentence added by an amendment of 2012 (verify its date before assessing earlier law).",
    },
    income_from_proceeds = {
      adopted = true,
      source = "Code pénal, art. 131-21, al. 3",
      note = "Income and benefits derived from proceeds are « produit indirect » of the offence; verify case law if an explicit authority is needed.",
    },
    records_orders = {
      adopted = true,
      source = "Code de procédure pénale, art. 60-1, 77-1-1 et 99-3",
      note = "The prosecutor, judicial police officer or investigating judge may require any person, establishment or body, private or public, to hand over information and documents, including electronic data, without professional secrecy being opposable save for a legitimate reason.",
    },
    bank_secrecy_no_bar = {
      adopted = true,
      source = "Code monétaire et financier, art. L. 511-33 ; Code de procédure pénale, art. 60-1, 77-1-1 et 99-3",
      note = "Banking secrecy cannot be opposed to the judicial authority acting in criminal proceedings (CMF art. L. 511-33).",
    },
    reversed_burden = {
      adopted = true,
      source = "Code pénal, art. 131-21, al. 6",
      note = "Extended confiscation: for a crime or délit punishable by at least 5 years that procured a direct or indirect profit, confiscation reaches the property of the convicted person, or at his or her free disposal, whose origin neither he nor the owner, given the opportunity to explain, could justify. Alinéa numbering as amended in 2024 (previously al. 5): verify. See also the offence of not being able to justify resources (art. 321-6).",
    },
    third_party_protection = {
      adopted = true,
      source = "Code pénal, art. 131-21",
      note = "Confiscation of property at the convicted person's free disposal is « sous réserve des droits du propriétaire de bonne foi », throughout art. 131-21; property returnable to the victim is excluded from confiscation of proceeds (al. 3).",
    },
  },

  extradition = {
    nationals = {
      adopted = true,
      policy = "not_extradited",
      source = "Code de procédure pénale, art. 696-4, 1°",
      note = "Extradition is not granted when the person sought is French, nationality being assessed at the time of the offence. Within the European Union, French nationals are surrendered under the European arrest warrant (Code de procédure pénale, art. 695-11 et seq.; Constitution, art. 88-2), which is surrender between judicial authorities, not extradition, and is not available to other States Parties to UNTOC. The policy towards UNTOC requests is therefore not_extradited, which makes UNTOC art. 15(3) applicable.",
    },
  },
}
