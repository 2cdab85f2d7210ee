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
--   * the law against drug trafficking (loi n° 2025-532 du 13 juin 2025
--     visant à sortir la France du piège du narcotrafic) was reviewed by a
--     French criminal lawyer (lexgap issue 14); the preparer could not read
--     the amended articles themselves.  What the review reports is recorded
--     in the notes of the facts concerned (Code pénal, arts 450-1, 450-1-1,
--     132-78, 222-43), with what remains to verify; nothing it changed is
--     encoded as a fact without that verification.  The law also created a
--     national prosecution office against organised crime (parquet national
--     anti-criminalité organisée, PNACO); its competence and the date it
--     started work were not verified, so no fact rests on it.  Arts 131-21
--     and 706-73 et seq. (confiscation, organised-crime procedure) may also
--     have been amended: verify them against the version in force on
--     2026-01-01.
-- Facts deliberately left out (unknown): notifications to the UN
-- Secretary-General (arts 5(3), 6(2)(d), 13(5), 18(13), 18(14), 31(6)):
-- France's declarations and notifications appear in the UN Treaty
-- Collection and the UNODC directory of competent national authorities,
-- which the preparer could not consult, and their dates cannot be given
-- from memory; reservations (none is recorded here; verify in the UN Treaty
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
    note = "Built from the published codes and case law as known to the preparer; no Légifrance identifiers verified. The law against drug trafficking (loi n° 2025-532 du 13 juin 2025), which also created the national prosecution office against organised crime (parquet national anti-criminalité organisée, PNACO), was reviewed in lexgap issue 14 but its amended articles were not read by the preparer: see the notes on Code pénal arts 450-1, 132-78 and 222-43. See the header of this file for what was left out.",
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
      note = "« Tout groupement formé ou entente établie en vue de la préparation, caractérisée par un ou plusieurs faits matériels, d'un ou plusieurs crimes ou d'un ou plusieurs délits punis d'au moins cinq ans d'emprisonnement. » Punished by 10 years where the offences prepared are crimes or délits punishable by 10 years, otherwise by 5 years. The agreement (« entente établie ») covers UNTOC art. 5(1)(a)(i); membership of the group (« groupement formé ») covers art. 5(1)(a)(ii), the participant being punished whatever the activity by which he takes part, provided he knowingly joins a group formed to prepare such offences (case law to be cited for 5(1)(a)(ii)(b)). The preparation must be « caractérisée par un ou plusieurs faits matériels »: an overt-act element, allowed by art. 5(1)(a)(i) but calling for the notification under art. 5(3), which this profile does not record (verify in the UN Treaty Collection). No organized criminal group of three or more persons and no transnational element is required. Because laundering (art. 324-1) is punishable by 5 years, an agreement or group to launder is itself an association de malfaiteurs (UNTOC art. 6(1)(b)(ii)). Loi n° 2025-532 du 13 juin 2025: according to the review of issue 14, it added a top tier (participation becomes a crime punished by 15 years' réclusion criminelle where the offence prepared carries life imprisonment or is more severely punished when committed in an organised gang) and created art. 450-1-1 (« concours à une organisation criminelle », 3 years), the closest French text to UNTOC art. 5(1)(a)(ii)(b). Neither text could be read by the preparer: max_prison_years keeps the 10-year tier verified earlier (the new tier, if confirmed, raises the maximum to 15 years; both are serious crimes, so no finding depends on it), and art. 450-1-1 is not entered as an offence until its elements and date of entry into force are verified.",
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
      foreign_predicates = "covered",
      note = "Concealing, holding or transmitting a thing, or acting as intermediary to transmit it, knowing that it comes from a crime or délit; also knowingly benefiting, by any means, from the proceeds of a crime or délit. 5 years and 375 000 euros; aggravated receiving (habitual, professional, organised gang) 10 years and 750 000 euros (art. 321-2). The author of the predicate offence cannot also be convicted of receiving its proceeds (qualifications held incompatible since Cass. crim., 15 décembre 1949, Bull. crim. n° 350); acquisition, possession or use by the author may however amount to laundering under art. 324-1 where it involves a distinct act of placement, concealment or conversion. Offences committed abroad (foreign_predicates): art. 321-1 requires only that the thing come from a « crime ou délit », without any condition on where it was committed; recel is an offence distinct from the origin offence, committed in France where the thing is held or transmitted, and the chambre criminelle has consistently applied it to things coming from offences committed abroad, the French court establishing that the origin facts amount to a crime or délit (the decisions were not re-read for this profile, so none is cited). Laundering (art. 324-1) reaches such proceeds too (Cass. crim., 24 février 2010, n° 09-82.857). See also the offence of being unable to justify one's resources while in habitual relations with offenders (art. 321-6).",
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

    -- ==== UN Convention against Cybercrime, arts 7-16 (offences) ==========
    -- Code pénal, livre III, titre II, chapitre III "Des atteintes aux
    -- systèmes de traitement automatisé de données" (arts 323-1 to 323-8).
    -- Penalties as set by loi n° 2015-912 du 24 juillet 2015 (basic offences;
    -- higher where the system is one of the State's): later amendments were
    -- not checked, verify the version in force.  Case law reads "frauduleusement" as "without right,
    -- knowingly"; no security measure need be infringed (so no `requires`).
    fr_cp_323_1 = {
      name = "Accès ou maintien frauduleux dans un système de traitement automatisé de données",
      source = "Code pénal, art. 323-1",
      max_prison_years = 3,
      conduct = { "ict_illegal_access" },
      mental = { "intent" },
      note = "Accessing or remaining fraudulently in all or part of an automated data processing system; aggravated where data are deleted or modified or the system's functioning is altered.",
    },
    fr_cp_323_2 = {
      name = "Entrave au fonctionnement d'un système de traitement automatisé de données",
      source = "Code pénal, art. 323-2",
      max_prison_years = 5,
      conduct = { "ict_system_interference", "ict_fraud_system" },
      mental = { "intent" },
      note = "Hindering or distorting the functioning of an automated data processing system, by any means: wider than art. 10 of the Convention (no 'serious' hindering required).",
    },
    fr_cp_323_3 = {
      name = "Introduction, extraction, suppression ou modification frauduleuse de données",
      source = "Code pénal, art. 323-3",
      max_prison_years = 5,
      conduct = { "ict_data_interference", "ict_forgery", "ict_fraud_data" },
      mental = { "intent" },
      note = "Fraudulently introducing data into an automated data processing system, or extracting, holding, reproducing, transmitting, deleting or modifying the data it contains.  It requires neither a loss of property nor inauthentic data, so it also reaches computer forgery (Cybercrime art. 12) and the data limb of computer fraud (art. 13(a)) more widely; art. 323-2 likewise reaches art. 13(b).",
    },
    fr_cp_323_3_1 = {
      name = "Détention ou mise à disposition d'un équipement, instrument ou programme conçu pour commettre une atteinte à un système de traitement automatisé de données",
      source = "Code pénal, art. 323-3-1",
      conduct = { "ict_device_misuse", "ict_misuse_possession" },
      mental = { "intent" },
      note = "Importing, holding, offering, transferring or making available, without legitimate reason (notably research or computer security), equipment, an instrument, a computer program or any data designed or specially adapted to commit the offences of arts 323-1 to 323-3; punished as the offence itself.  To verify: producing and obtaining are not named (holding reaches the producer or acquirer who keeps the item); whether passwords and access credentials are 'data designed or specially adapted' (Cybercrime art. 11(1)(a)(ii) is left unknown for that reason).",
    },
    fr_cp_441_1 = {
      name = "Faux et usage de faux",
      source = "Code pénal, art. 441-1",
      max_prison_years = 3,
      conduct = { "ict_forgery" },
      requires = { "dishonest_intent", "other" },
      mental = { "intent" },
      note = "Any fraudulent alteration of the truth, capable of causing prejudice, in a writing or any other medium of expression of thought meant to prove a right or a fact with legal consequences.  requires = other: the prejudice the forgery must be capable of causing, an element art. 12(2) does not name (art. 323-3 reaches computer forgery without it).",
    },
    fr_cp_313_1 = {
      name = "Escroquerie",
      source = "Code pénal, art. 313-1",
      max_prison_years = 5,
      conduct = { "ict_fraud_deception" },
      requires = { "other" },
      mental = { "intent" },
      note = "Deceiving a natural or legal person, by a false name or quality, the abuse of a true quality or fraudulent manoeuvres, into handing over funds, valuables or any property, providing a service or consenting to an act, to his or her prejudice or a third party's.  requires = other: a mere lie is not enough (a false name or quality, or fraudulent manoeuvres, are required), where art. 13(c) speaks of any deception as to factual circumstances; to assess.",
    },
    fr_cp_227_23 = {
      name = "Images ou représentations pornographiques de mineurs",
      source = "Code pénal, art. 227-23",
      max_prison_years = 5,
      conduct = { "csam_making_available", "csam_procuring", "csam_possession" },
      mental = { "intent" },
      note = "Fixing, recording or transmitting, with a view to its dissemination, the pornographic image or representation of a minor (for a minor under 15, even without that purpose); offering, making available or disseminating it by any means, importing or exporting it; acquiring or holding it.  7 years where an electronic communications network was used to disseminate it to an undetermined public.  Also applies to images of a person whose physical appearance is that of a minor unless proven to have been 18.  To verify: production of images of minors aged 15-17 without a view to dissemination (reached through holding).",
    },
    fr_cp_227_23_consultation = {
      name = "Consultation habituelle ou payante d'images pornographiques de mineurs",
      source = "Code pénal, art. 227-23, al. 5",
      max_prison_years = 5,
      conduct = { "csam_accessing" },
      requires = { "other" },
      mental = { "intent" },
      note = "Consulting habitually, or in return for payment, an online public communication service making such an image or representation available.  requires = other: the habit or the payment, which art. 14(1)(b) ('accéder') does not require.",
    },
    fr_cp_227_23_1 = {
      name = "Sollicitation par un majeur de la diffusion d'images pornographiques d'un mineur",
      source = "Code pénal, art. 227-23-1",
      conduct = { "csam_soliciting" },
      requires = { "other" },
      mental = { "intent" },
      note = "An adult soliciting from a minor the dissemination or transmission of pornographic images, videos or representations of that minor (loi n° 2021-478 du 21 avril 2021; penalty not verified).  requires = other: it reaches soliciting from the minor depicted only, not soliciting such material from third parties.",
    },
    fr_cp_227_22_1 = {
      name = "Propositions sexuelles faites à un mineur de quinze ans par un moyen de communication électronique",
      source = "Code pénal, art. 227-22-1",
      max_prison_years = 2,
      conduct = { "child_solicitation_ict" },
      requires = { "other" },
      mental = { "intent" },
      note = "An adult making sexual proposals to a minor under 15, or to a person presenting as such, by electronic communication; 5 years where followed by a meeting.  requires = other: limited to minors under 15, where art. 15 speaks of a child; whether grooming a minor aged 15-17 for a sexual offence is reached (e.g. as an attempt) is to assess.",
    },
    fr_cp_226_2_1 = {
      name = "Diffusion sans accord d'un enregistrement ou document à caractère sexuel",
      source = "Code pénal, art. 226-2-1, al. 2",
      max_prison_years = 2,
      conduct = { "intimate_image_dissemination" },
      mental = { "intent" },
      note = "Bringing to the knowledge of the public or of a third party, without the person's agreement to its dissemination, any recording or document of words or images of a sexual character obtained with the person's express or presumed consent, or by the person, by one of the acts of art. 226-1 (loi n° 2016-1321 du 7 octobre 2016).",
    },
    fr_cp_226_15 = {
      name = "Atteinte au secret des correspondances émises par la voie électronique",
      source = "Code pénal, art. 226-15, al. 2",
      max_prison_years = 1,
      conduct = { "ict_illegal_interception" },
      requires = { "other" },
      mental = { "intent" },
      note = "Intercepting, diverting, using or disclosing, in bad faith ('de mauvaise foi'), correspondence sent, transmitted or received by electronic means, or installing devices designed for such interceptions.  requires = other: it reaches 'correspondence'; whether non-public transmissions of data that are not correspondence (machine-to-machine data, electromagnetic emissions) are reached, by this article or by art. 323-3 (extraction of data), is to verify.",
    },
  },

  general_part = {
    -- Cybercrime Convention art. 19(3) (cyber3).
    preparation = {
      adopted = "partly",
      source = "Code pénal, art. 323-3-1, 323-4 et 450-1",
      missing = {
        "No general rule punishes the preparation of offences: preparation is punished through specific offences only (tools designed to commit attacks on automated data processing systems, art. 323-3-1; a group or agreement to prepare them, art. 323-4; association de malfaiteurs for délits punishable by at least 5 years, art. 450-1).",
      },
      note = "Art. 19(3) is optional: reported for information.",
    },
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
      source = "Code de procédure pénale, art. 427",
      note = "Offences may be proven by any means and the judge decides according to his or her « intime conviction » (CPP art. 427, free assessment of evidence): intent, knowledge and purpose are routinely inferred from the factual circumstances. Code pénal art. 324-1-1 (since the law of 6 December 2013) is not the support: it presumes only the illicit origin of property (where the conditions of the operation can have no other justification than to conceal that origin), not knowledge or intent.",
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
    -- Cybercrime Convention art. 22(2)(d) (cyber3): left unknown on purpose.
    against_state = {
      source = "Code pénal, art. 113-10 ; art. 113-2-1",
      note = "Art. 113-10 gives French courts jurisdiction over the offences it lists committed abroad (atteintes aux intérêts fondamentaux de la nation, counterfeiting of the State seal and currency, offences against French diplomatic or consular agents or premises). Art. 113-2-1 deems an offence committed through an electronic communications network to the detriment of a legal person with its seat in France committed in France. Whether these reach every offence of the Convention committed against the State itself was not verified.",
    },
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
    -- Cybercrime Convention art. 31(3) (cyber3): no UNTOC twin.
    property_management = {
      adopted = true,
      source = "Code de procédure pénale, art. 706-159 à 706-165",
      note = "The Agence de gestion et de recouvrement des avoirs saisis et confisqués (AGRASC), created by the loi n° 2010-768 du 9 juillet 2010, manages seized property entrusted to it, may sell movable property before judgment where the law allows, and executes confiscations.",
    },
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
    -- Cybercrime Convention art. 37 (cyber4).  France's extradition law does
    -- not depend on the treaty invoked; only what differs from UNTOC is here.
    -- Left unknown (not verified): whether the requesting State is told the
    -- reasons for a refusal (37(18)); France's notifications under this
    -- Convention (none can be due before ratification; the profile has no
    -- notifications list).
    cybercrime_existing_treaties = {
      adopted = true,
      source = "Constitution, art. 55 ; Code de procédure pénale, art. 696",
      note = "Prospective: once the Convention is ratified and published, art. 37(4) applies as such to the extradition treaties in force (Constitution, art. 55), as UNTOC art. 16(3) does. France has not ratified the Convention.",
    },
    without_dual_criminality = {
      adopted = false,
      source = "Code de procédure pénale, art. 696-3",
      note = "Extradition requires that the facts be punished by French law with a criminal or correctional penalty.",
    },
    nationals = {
      adopted = true,
      policy = "not_extradited",
      source = "Code de procédure pénale, art. 696-4, 1°",
      note = "Extradition is not granted when the person sought is French, nationality being assessed at the time of the offence. Within the European Union, French nationals are surrendered under the European arrest warrant (Code de procédure pénale, art. 695-11 et seq.; Constitution, art. 88-2), which is surrender between judicial authorities, not extradition, and is not available to other States Parties to UNTOC. The policy towards UNTOC requests is therefore not_extradited, which makes UNTOC art. 15(3) applicable.",
    },

    -- UNTOC art. 16 (rules/untoc/art16.lua, facts of rules/schema/extradition.lua).
    -- Left out as not verified (unknown): France's treaty practice since 2003
    -- (16(3), second sentence), conditional surrender of nationals (16(11);
    -- the European arrest warrant's return guarantee is EU-only),
    -- enforcement of foreign sentences on nationals (16(12)) and the absence
    -- of a fiscal ground of refusal in treaties (16(15)); the Code's list of
    -- grounds of refusal (CPP art. 696-4) names none, but the treaties were
    -- not checked.  No notification under art. 16(5)(a) is recorded:
    -- France does not make extradition conditional on a treaty, so 16(4)
    -- and 16(5) do not apply.
    treaty_required = {
      required = false,
      source = "Code de procédure pénale, art. 696",
      note = "« En l'absence de convention internationale en stipulant autrement, les conditions, la procédure et les effets de l'extradition sont déterminés par les dispositions du présent chapitre. » France can extradite under the Code without a treaty; treaties prevail where they exist.",
    },
    extraditable_offences = {
      adopted = true,
      source = "Code de procédure pénale, art. 696-3",
      scope = { scope = "threshold", threshold_prison_years = 2, source = "Code de procédure pénale, art. 696-3" },
      note = "Extraditable: facts punished by criminal penalties under the requesting State's law, and facts punished by correctional penalties when the maximum imprisonment incurred under that law is at least two years (for a convicted person, when the sentence pronounced is at least two months' imprisonment). Extradition is never granted if the facts are not punished by French law with a criminal or correctional penalty (dual criminality). The two-year threshold is read in the requesting State's law; the rule checks it against the French maxima of this profile as a proxy.",
    },
    existing_treaties = {
      adopted = true,
      source = "Constitution, art. 55 ; Code de procédure pénale, art. 696",
      note = "Treaties regularly ratified and published prevail over statutes (Constitution, art. 55), and the Code applies only in the absence of a convention providing otherwise (CPP art. 696): art. 16(3) of the Convention, ratified by France, applies as such to the extradition treaties in force between France and other States Parties. No decision applying it was verified.",
    },
    accessory_offences = {
      adopted = true,
      source = "Code de procédure pénale, art. 696-3",
      note = "France does not need the Convention to extradite for the other serious crimes of a request: every fact punished by a criminal penalty, and every délit punishable by at least two years under the requesting State's law, is extraditable under the Code, which reaches every serious crime (at least four years). When a request covers several offences not yet tried, the two-year maximum is assessed for all of them together (art. 696-3, last paragraph).",
    },
    expedited_procedures = {
      adopted = true,
      source = "Code de procédure pénale, art. 696-13 à 696-15",
      note = "Statutory time limits: the person sought appears before the chambre de l'instruction within five working days if he or she consents to extradition (art. 696-13), within ten working days otherwise, the chambre giving its opinion within one month of that appearance unless further information was ordered (art. 696-15).",
    },
    simplified_evidence = {
      adopted = true,
      source = "Code de procédure pénale, art. 696-8",
      note = "The request is supported by a judgment, a committal order or an arrest warrant indicating the facts and their date, with the applicable legal texts; a statement of the facts may be attached. No evidence of guilt (prima facie case) is required.",
    },
    provisional_arrest = {
      adopted = true,
      source = "Code de procédure pénale, art. 696-23, 696-11 et 696-24",
      note = "In urgent cases and on the direct request of the requesting State's authorities, the procureur général may order the provisional arrest of the person sought (art. 696-23); the first president of the cour d'appel decides on detention, judicial supervision or house arrest (art. 696-11); the person is released if none of the documents of art. 696-8 is received within thirty days of the arrest (art. 696-24).",
    },
    submission_for_prosecution = {
      adopted = true,
      source = "Code pénal, art. 113-6 et 113-8 ; Code de procédure pénale, art. 40-1",
      note = "French criminal law applies to any crime committed abroad by a French national and, under dual criminality, to délits (C. pén. art. 113-6). Prosecution of délits committed abroad is brought by the public prosecutor only, after a complaint of the victim or an official denunciation by the authority of the country where the facts were committed (art. 113-8): the requesting State's official denunciation submits the case to the public prosecutor, who decides on prosecution as for any other offence (CPP art. 40-1). No specific time limit ('without undue delay') is laid down.",
    },
    prosecution_cooperation = {
      adopted = true,
      source = "Code de procédure pénale, art. 694 et suivants",
      note = "International mutual legal assistance (entraide judiciaire internationale) lets the French authorities request evidence from, and exchange information with, the requesting State in such proceedings.",
    },
    fair_treatment = {
      adopted = true,
      source = "Code de procédure pénale, article préliminaire, art. 696-13 et 696-15 ; Convention européenne des droits de l'homme, art. 5 et 6",
      note = "Criminal procedure must be fair and adversarial (article préliminaire). Before the chambre de l'instruction the person sought is heard, assisted by counsel and, where needed, an interpreter (art. 696-13, applied by art. 696-15). Detention pending extradition is subject to art. 5 ECHR; art. 6 ECHR governs the trial of the offences (it does not apply to the extradition decision itself).",
    },
    consultation_before_refusal = {
      adopted = true,
      source = "Code de procédure pénale, art. 696-15 et 696-16",
      note = "Before giving its opinion, on which a refusal depends (an unfavourable opinion that has become final bars extradition, art. 696-17), the chambre de l'instruction may order further information (art. 696-15) and may authorise the requesting State to take part in the hearing through a person it empowers (art. 696-16). Consultation before the Government refuses by decree after a favourable opinion is a matter of diplomatic practice, not verified.",
    },
    agreements = {
      adopted = true,
      source = "Convention européenne d'extradition du 13 décembre 1957 ; décision-cadre 2002/584/JAI du Conseil (mandat d'arrêt européen), Code de procédure pénale, art. 695-11 et suivants",
      note = "France is a party to the European Convention on Extradition and to bilateral extradition treaties; between EU member States, extradition is replaced by the European arrest warrant. The list of bilateral treaties was not compiled here.",
    },
  },

  -- UNTOC arts 19, 20 and 22 (rules/untoc/art19.lua, art20.lua, art22.lua).
  -- Left out on purpose (unknown): whether joint investigations can be set up
  -- case by case with States to which no treaty binds France (art. 19, second
  -- sentence); case-by-case international use of special investigative
  -- techniques (art. 20(3)); interception and substitution methods in
  -- international controlled deliveries (art. 20(4)).  Not verified against
  -- the 2025 amendments of the Code de procédure pénale (law against drug
  -- trafficking): check arts 706-73 et seq. in the version in force on
  -- 2026-01-01.
  investigation = {
    jit_agreements = {
      adopted = true,
      source = "Convention du 29 mai 2000 relative à l'entraide judiciaire en matière pénale entre les États membres de l'Union européenne, art. 13 ; Code de procédure pénale, art. 695-2 et 695-3",
      note = "Joint investigation teams (équipes communes d'enquête) with other EU member States, under the 2000 EU Convention and Framework Decision 2002/465/JHA, transposed by the loi n° 2004-204 du 9 mars 2004 (CPP arts 695-2 and 695-3). Agreements with States outside the EU not verified.",
    },
    controlled_delivery = {
      adopted = true,
      source = "Code de procédure pénale, art. 706-80 et 706-32 ; Code des douanes, art. 67 bis",
      note = "Judicial police may extend to the whole territory the surveillance of the routing or transport of objects, property or products derived from or used for the organised-crime offences of CPP arts 706-73, 706-73-1 and 706-74 (art. 706-80); specific powers for drug trafficking (art. 706-32); customs officers have equivalent powers for customs offences (Code des douanes, art. 67 bis).",
    },
    electronic_surveillance = {
      adopted = true,
      source = "Code de procédure pénale, art. 100 et suivants ; art. 706-95-11 à 706-102-5 ; art. 230-32 et suivants",
      note = "Interception of electronic communications (arts 100 et seq.), and for the organised-crime offences of arts 706-73 and 706-73-1 the special investigative techniques: sound and image recording (art. 706-96), capture of computer data (art. 706-102-1), with common rules in arts 706-95-11 et seq.; real-time geolocation (arts 230-32 et seq.).",
    },
    undercover_operations = {
      adopted = true,
      source = "Code de procédure pénale, art. 706-81 à 706-87 ; Code des douanes, art. 67 bis, II",
      note = "Infiltration authorised by the public prosecutor or the investigating judge for the offences of arts 706-73 and 706-73-1; on pain of nullity the acts of the infiltrated officer may not amount to incitement to commit offences (art. 706-81).",
    },
    sit_agreements = {
      adopted = true,
      source = "Convention d'application de l'accord de Schengen du 19 juin 1990, art. 40 et 73 ; Convention du 29 mai 2000 relative à l'entraide judiciaire en matière pénale entre les États membres de l'Union européenne, art. 12 et 14",
      note = "Cross-border observation (CISA art. 40), controlled deliveries of narcotics (CISA art. 73), controlled deliveries and covert investigations in mutual assistance between EU member States (2000 Convention, arts 12 and 14).",
    },
    foreign_convictions = {
      adopted = true,
      source = "Code pénal, art. 132-23-1",
      note = "Convictions by the criminal courts of other EU member States are taken into account in the same conditions as French convictions and have the same legal effects (transposition of Framework Decision 2008/675/JHA). Convictions from States outside the EU do not have those legal effects (art. 22 leaves the terms to the State); their entry in the casier judiciaire (CPP art. 768) was not verified.",
    },
  },

  -- UNTOC arts 26, 27 and 28 (rules/untoc/art26.lua, art27.lua, art28.lua).
  -- Left out on purpose (unknown): incentives specifically tied to help in
  -- depriving groups of their assets (art. 26(1)(b): the reductions of penalty
  -- of art. 132-78 CP reward ending the offence, preventing harm or
  -- identifying other offenders, not asset recovery as such), other
  -- incentives such as payment of informants (art. 26(1)(a), other measures:
  -- the legal basis was not verified), agreements under art. 26(5), provision
  -- of samples (27(1)(c)), exchange of information on methods and for early
  -- identification (27(1)(e), (f)), use of the Convention as the basis of
  -- police cooperation (27(2)), and art. 28 (trend analysis, analytical
  -- expertise, evaluation of policies: no legal basis verified).
  law_enforcement = {
    mitigation_for_cooperation = {
      adopted = true,
      source = "Code pénal, art. 132-78 ; art. 222-43",
      note = "The penalty incurred by a perpetrator or accomplice who, having warned the administrative or judicial authorities, enabled the offence to be stopped, harm to be avoided or other perpetrators or accomplices to be identified is reduced, in the cases provided for by law. For drug trafficking (art. 222-43) the reduction was by half; according to the review of issue 14, loi n° 2025-532 du 13 juin 2025 raised it to two thirds and made its conditions alternative (not verified against the amended text by the preparer; the measure is adopted either way). No conviction may rest solely on the statements of a person who benefited from art. 132-78 (last paragraph).",
    },
    -- Left without `adopted` on purpose: see the note.
    immunity_for_cooperation = {
      source = "Code pénal, art. 132-78, al. 1 ; art. 450-2",
      note = "Until 2025 French law gave no immunity from prosecution: only an exemption from penalty, pronounced by the court, for a person who warned the authorities and enabled the offence to be avoided and, where required, other perpetrators to be identified, in the cases provided for by law (e.g. art. 450-2 for a participant in a criminal association who reveals it before any prosecution); the public prosecutor's discretion to prosecute (CPP art. 40-1) is not a legal immunity. Loi n° 2025-532 du 13 juin 2025 amended art. 132-78 (according to the review of issue 14, avoiding the offence is now enough on its own for the exemption) and reformed the regime of cooperating offenders; whether it introduced an immunity from prosecution (UNTOC art. 26(3)) could not be verified by the preparer, so the point is left unknown.",
    },
    cooperator_protection = {
      adopted = true,
      source = "Code de procédure pénale, art. 706-63-1",
      note = "Persons who benefit from an exemption or reduction of penalty under art. 132-78 CP receive as needed protection for their safety and reintegration measures, and may be authorised to use an assumed identity; the measures are defined by a national commission for protection and reintegration. Witnesses in general: CPP arts 706-57 et seq.",
    },
    communication_channels = {
      adopted = true,
      source = "Convention d'application de l'accord de Schengen du 19 juin 1990, art. 39 et 46 ; Règlement (UE) 2016/794 (Europol), art. 7",
      note = "Police assistance and exchange of information, including without request, between Schengen States (CISA arts 39 and 46); Europol national unit (Regulation 2016/794, art. 7); France is a member of ICPO-INTERPOL.",
    },
    joint_inquiries = {
      adopted = true,
      source = "Convention d'application de l'accord de Schengen du 19 juin 1990, art. 39 ; Décision 2007/845/JAI du Conseil (bureaux de recouvrement des avoirs)",
      note = "Police assistance for the detection of offences (CISA art. 39); tracing of proceeds through the asset recovery offices (in France the PIAC and the AGRASC). Cooperation with States outside the EU rests on INTERPOL and bilateral agreements (not listed).",
    },
    coordination_personnel = {
      adopted = true,
      liaison_officers = true,
      source = "Convention d'application de l'accord de Schengen du 19 juin 1990, art. 47 ; Règlement (UE) 2016/794 (Europol), art. 8",
      note = "Posting of liaison officers to other Schengen States (CISA art. 47) and to Europol (Regulation 2016/794, art. 8); joint police and customs cooperation centres with neighbouring States under bilateral agreements.",
    },
    cooperation_agreements = {
      adopted = true,
      source = "Convention d'application de l'accord de Schengen du 19 juin 1990, art. 39 à 47 ; Décision 2008/615/JAI du Conseil (Prüm)",
      note = "Multilateral police cooperation within the Schengen area and the EU, plus bilateral police and customs cooperation agreements with neighbouring States (not listed individually).",
    },
    international_organisations = {
      adopted = true,
      source = "Règlement (UE) 2016/794 (Europol) ; Statut de l'OIPC-INTERPOL",
      note = "France is a member of ICPO-INTERPOL (whose General Secretariat sits in Lyon) and takes part in Europol through its national unit.",
    },
    technology_crime_cooperation = {
      adopted = true,
      source = "Convention du Conseil de l'Europe sur la cybercriminalité (Budapest, 23 novembre 2001), art. 35, publiée par le décret n° 2006-580 du 23 mai 2006",
      note = "France is a party to the Budapest Convention and maintains the 24/7 point of contact of its art. 35.",
    },
  },

  -- UNTOC arts 7, 9 and 11 (sections aml, anti_corruption, prosecution).
  -- Sourced from the Code monétaire et financier (CMF), the Code de
  -- procédure pénale (CPP), the Code pénal, the Code général de la fonction
  -- publique (CGFP) and the statutes named.  Left out on purpose (unknown):
  -- the cooperation and information-exchange provisions of Tracfin and the
  -- supervisors at national and international level (art. 7(1)(b): the
  -- article numbers, L. 561-27 et seq., were not verified); the conditions
  -- of release pending appeal (art. 11(3): the provisions that govern judicial
  -- supervision after a first-instance judgment were not verified).
  -- Amendments of 2025 were not checked.
  aml = {
    financial_institutions = {
      adopted = true,
      source = "Code monétaire et financier, art. L. 561-2",
      note = "Credit institutions, payment and electronic-money institutions, investment firms, insurers and intermediaries, bureaux de change, among others, are subject to the AML/CFT obligations of the CMF, book V, title VI, chapter I.",
    },
    other_bodies = {
      adopted = true,
      source = "Code monétaire et financier, art. L. 561-2",
      note = "Also subject: real-estate professionals, casinos and gaming operators, dealers in precious stones and metals, antiques and works of art, accountants and auditors, notaries, commissaires de justice, lawyers (for the transactions listed by the code; their suspicious-transaction reports go through the bâtonnier, art. L. 561-17), domiciliation companies.",
    },
    customer_identification = {
      adopted = true,
      source = "Code monétaire et financier, art. L. 561-5 et L. 561-6",
      note = "Identification of the customer and, where applicable, the beneficial owner before entering into a business relationship; ongoing due diligence.",
    },
    record_keeping = {
      adopted = true,
      source = "Code monétaire et financier, art. L. 561-12",
      note = "Documents on the identity of customers and on transactions kept for five years.",
    },
    suspicious_transaction_reporting = {
      adopted = true,
      source = "Code monétaire et financier, art. L. 561-15",
      note = "Declaration of suspicion to Tracfin of sums or transactions that may derive from an offence punishable by more than one year's imprisonment or relate to terrorist financing.",
    },
    supervision = {
      adopted = true,
      source = "Code monétaire et financier, art. L. 561-36",
      note = "Compliance is supervised by the authority competent for each profession (Autorité de contrôle prudentiel et de résolution, Autorité des marchés financiers, professional bodies...), with disciplinary or administrative sanctions.",
    },
    domestic_cooperation = {
      adopted = true,
      source = "Code monétaire et financier, art. L. 561-23 et suivants (Tracfin) ; FATF, Mutual Evaluation Report of France (2022), Recommendation 2 rated compliant",
      note = "Tracfin receives information from and disseminates its analyses to the judicial authorities, customs, the police and tax authorities and other administrations; the supervisors and Tracfin cooperate under the same chapter of the CMF. The FATF's 2022 mutual evaluation rated France compliant on national cooperation and coordination (Recommendation 2). The individual CMF articles organising each exchange were not re-verified.",
    },
    international_exchange = {
      adopted = true,
      source = "Code monétaire et financier, art. L. 561-23 et suivants (Tracfin) ; membership of the Egmont Group",
      note = "Tracfin exchanges information with foreign financial intelligence units, spontaneously or on request, as Egmont Group membership requires; supervisors cooperate with their foreign counterparts, notably within the European Union. The individual CMF articles were not re-verified.",
    },
    fiu = {
      adopted = true,
      name = "Tracfin",
      source = "Code monétaire et financier, art. L. 561-23",
      note = "Tracfin (Traitement du renseignement et action contre les circuits financiers clandestins), the national financial intelligence unit, receives and analyses declarations of suspicion and disseminates information; member of the Egmont Group.",
    },
    cross_border_cash = {
      adopted = true,
      system = "declaration",
      threshold = 10000,
      currency = "EUR",
      source = "Code monétaire et financier, art. L. 152-1 ; règlement (UE) 2018/1672",
      note = "Natural persons carrying sums, securities or values of 10 000 euros or more into or out of France must declare them to customs, for movements within the European Union (CMF art. L. 152-1) and across the external border of the Union (Regulation (EU) 2018/1672).",
    },
    international_standards = {
      adopted = true,
      initiatives = {
        "FATF Recommendations",
        "Directive (EU) 2015/849, as amended by Directive (EU) 2018/843",
      },
      source = "Ordonnance n° 2016-1635 du 1er décembre 2016 ; ordonnance n° 2020-115 du 12 février 2020",
      note = "France is a founding member of the FATF (1989); the two ordonnances transpose the fourth and fifth EU anti-money-laundering directives, which implement the FATF Recommendations.",
    },
    international_cooperation = {
      adopted = true,
      source = "Membership of the FATF (founding member, 1989); Tracfin, member of the Egmont Group",
      note = "Cooperation also within the European Union (Europol, Eurojust, the network of EU financial intelligence units).",
    },
  },

  anti_corruption = {
    integrity = {
      adopted = true,
      source = "Loi n° 2013-907 du 11 octobre 2013 relative à la transparence de la vie publique ; Code général de la fonction publique, art. L. 121-1 et L. 122-1",
      note = "Declarations of assets and interests of members of the Government, elected officials and senior officials, checked by the Haute Autorité pour la transparence de la vie publique (loi 2013-907); public servants' duties of dignity, impartiality, integrity and probity (CGFP art. L. 121-1) and prevention of conflicts of interest (art. L. 122-1).",
    },
    prevention = {
      adopted = true,
      source = "Loi n° 2016-1691 du 9 décembre 2016 (dite Sapin II), art. 1 à 3",
      note = "The Agence française anticorruption helps public and private bodies prevent and detect corruption and controls the quality of their anti-corruption programmes.",
    },
    detection = {
      adopted = true,
      source = "Code de procédure pénale, art. 40, al. 2 ; loi n° 2016-1691 du 9 décembre 2016, art. 6 à 16, modifiée par la loi n° 2022-401 du 21 mars 2022",
      note = "Every public authority, officer or official who learns of a crime or délit in the exercise of his or her functions must inform the public prosecutor without delay (CPP art. 40, al. 2); protection of whistleblowers (Sapin II, as amended in 2022).",
    },
    punishment = {
      adopted = true,
      source = "Code général de la fonction publique, art. L. 530-1 et L. 533-1",
      note = "Any fault by a civil servant exposes him or her to a disciplinary sanction, up to dismissal (révocation), without prejudice to criminal penalties. Elected officials are not subject to disciplinary sanctions; on conviction for corruption they incur the complementary penalty of ineligibility, which the court must pronounce save by a reasoned decision (Code pénal, art. 131-26-2).",
    },
    authorities = {
      adopted = true,
      source = "Code de procédure pénale, art. 705 ; loi n° 2013-1117 du 6 décembre 2013 ; loi n° 2016-1691 du 9 décembre 2016, art. 1",
      note = "The Parquet national financier (created by loi n° 2013-1117) has jurisdiction, concurrently with local prosecutors, over corruption offences (CPP art. 705); specialised police office (OCLCIFF); Agence française anticorruption for prevention.",
    },
    independence = {
      adopted = "partly",
      source = "Code de procédure pénale, art. 30 ; Constitution, art. 64 et 65",
      missing = {
        "Prosecutors are appointed on the simple opinion (avis), not the binding opinion, of the Conseil supérieur de la magistrature (Constitution, art. 65), and remain under the authority of the Minister of Justice.",
      },
      note = "Judges are independent (Constitution, art. 64). Since the loi n° 2013-669 du 25 juillet 2013, the Minister of Justice may give prosecutors only general instructions of criminal policy, no instruction in individual cases (CPP art. 30). The status of prosecutors has been criticised as insufficiently independent of the executive (European Court of Human Rights, Moulin v. France, 23 November 2010, no. 37104/06).",
    },
  },

  prosecution = {
    -- Cybercrime Convention art. 21(2), (4), (7) (cyber3): no UNTOC twins.
    aggravating_circumstances = {
      adopted = true,
      source = "Code pénal, art. 323-1, al. 3, et 323-4-1",
      note = "Aggravated where the system attacked processes personal data and is implemented by the State (art. 323-1, al. 3), and where the offences are committed by an organised gang against such a system (art. 323-4-1). Art. 21(2) is optional. Not verified: any aggravation specific to critical information infrastructure (opérateurs d'importance vitale) or added after 2022.",
    },
    defence_rights = {
      adopted = true,
      source = "Code de procédure pénale, article préliminaire ; Constitution, art. 66 ; Convention européenne des droits de l'homme, art. 6 (Constitution, art. 55)",
      note = "The article préliminaire states the principles of a fair and adversarial procedure, the presumption of innocence and the rights of the defence; the European Convention on Human Rights applies with a rank above statutes.",
    },
    child_defendants = {
      adopted = true,
      source = "Code de la justice pénale des mineurs",
      note = "In force since 30 September 2021 (ordonnance n° 2019-950 du 11 septembre 2019), replacing the ordonnance n° 45-174 du 2 février 1945: specialised judges and courts, primacy of education, presumption that a child under 13 lacks discernment.",
    },
    discretion = {
      adopted = true,
      system = "opportunity",
      source = "Code de procédure pénale, art. 30, 40-1 et 40-3",
      note = "The public prosecutor decides whether to prosecute, to use an alternative to prosecution or to close the case (art. 40-1); the Minister of Justice conducts criminal policy through general instructions (art. 30); a person who reported the offence may appeal a decision to close the case to the procureur général (art. 40-3), and the victim may bring the prosecution by becoming partie civile.",
    },
    release_pending_trial = {
      adopted = true,
      source = "Code de procédure pénale, art. 137, 138 et 144",
      note = "A person under investigation remains free, or is placed under judicial supervision (contrôle judiciaire) whose obligations include not leaving a defined area, reporting to the authorities, surrendering identity documents and paying a security (art. 138); pre-trial detention may be ordered, among other grounds, to guarantee that the person remains at the disposal of justice (art. 144).",
    },
    early_release = {
      adopted = "partly",
      available = true,
      source = "Code pénal, art. 132-23 ; Code de procédure pénale, art. 729",
      missing = {
        "The criteria of parole (CPP art. 729) turn on the convicted person's efforts at social rehabilitation; the gravity of the offence is taken into account mainly through the security period (période de sûreté) fixed by the trial court, which is optional for sentences of more than 5 years save for the offences the law specifies.",
      },
      note = "During the security period the convicted person cannot be granted parole or other adjustments of the sentence (Code pénal, art. 132-23).",
    },
    limitation = {
      adopted = true,
      years = 6,
      source = "Code de procédure pénale, art. 7, 8 et 9-1",
      note = "20 years for crimes (art. 7) and 6 years for délits (art. 8), from the day of the offence; for concealed or hidden offences (typically corruption and laundering) the period runs from the day the offence appeared, within a limit of 12 years for délits and 30 years for crimes from the offence (art. 9-1). Periods set by the loi n° 2017-242 du 27 février 2017 (previously 10 and 3 years).",
    },
    limitation_evasion = {
      adopted = "partly",
      source = "Code de procédure pénale, art. 9-2 et 9-3",
      missing = {
        "No longer period, and no suspension, merely because the alleged offender has evaded justice: the period starts again with each act of prosecution or investigation, arrest warrants included (art. 9-2), and is suspended only by an obstacle in law or an insurmountable obstacle in fact (art. 9-3).",
      },
    },
  },

  -- UNTOC arts 24 and 25 (rules/untoc/art24.lua, art25.lua): protection of
  -- witnesses and victims (Code de procédure pénale, titre XXI du livre IV,
  -- « De la protection des témoins », and the provisions on victims).
  -- Left out on purpose (unknown): relocation as such (art. 706-62-2 provides
  -- protection measures and an assumed identity; whether the measures
  -- defined by the national commission include relocation was not
  -- verified), and agreements with other States on the relocation of
  -- witnesses (art. 24(3)).
  protection = {
    -- Cybercrime Convention arts 33(1), 34(4)-(6) (cyber3).  informants and
    -- victim_recovery are left unknown on purpose: see their notes.
    informants = {
      source = "Loi n° 2016-1691 du 9 décembre 2016, art. 6 et s. ; Code de procédure pénale, art. 706-57",
      note = "Whistleblowers are protected against professional retaliation (loi n° 2016-1691, as amended by the loi n° 2022-401 du 21 mars 2022), and the protective measures of CPP art. 706-57 et seq. cover persons who may provide evidence. Whether persons who in good faith provide information on the offences, or otherwise cooperate with investigators, are protected against retaliation or intimidation beyond those regimes was not verified.",
    },
    victim_recovery = {
      source = "Code de procédure pénale, art. 706-48",
      note = "Minor victims of the sexual offences of art. 706-47 (which include arts 227-22-1 and 227-23 of the Code pénal) may undergo a medico-psychological assessment of the harm and of the care it requires. Assistance to adult victims of the non-consensual dissemination of intimate images (art. 226-2-1), and cooperation with international organisations and NGOs for recovery, were not verified.",
    },
    victim_needs = {
      adopted = "partly",
      source = "Code de procédure pénale, art. 10-5",
      missing = {
        "The individual assessment of victims (art. 10-5, loi n° 2015-993 du 17 août 2015) determines their need for specific protection measures during the proceedings; that the procedures for reparation and assistance take account of age and gender is not shown by a provision of this profile.",
      },
    },
    content_removal = {
      adopted = true,
      source = "Loi n° 2004-575 du 21 juin 2004 pour la confiance dans l'économie numérique, art. 6 et 6-1",
      note = "Art. 6-1: the administrative authority (OCLCTIC) may request publishers and hosts to remove child sexual abuse material (Code pénal, art. 227-23) and, failing removal within 24 hours, have access blocked. Art. 6: a host that has been notified of manifestly unlawful content, such as intimate images disseminated without consent (art. 226-2-1), must act promptly to remove it or lose its exemption from liability. The reorganisation of art. 6 by the loi n° 2024-449 du 21 mai 2024 (SREN) was not checked.",
    },
    witnesses = {
      adopted = true,
      source = "Code de procédure pénale, art. 706-57 à 706-63",
      note = "Witnesses may give the police station as their address (art. 706-57); for a crime or a délit punishable by at least three years they may testify without their identity appearing in the file (art. 706-58); in proceedings on the crimes and délits of arts 628, 706-73 and 706-73-1 (organised crime) they receive protection measures and may use an assumed identity (art. 706-62-2, created by loi n° 2016-731 du 3 juin 2016). The strongest measures are thus limited to organised crime.",
    },
    witness_relatives = {
      adopted = true,
      source = "Code de procédure pénale, art. 706-58 et 706-62-2",
      note = "Anonymous testimony is available where testimony would seriously endanger the life or physical integrity of the witness, of members of his or her family or of close persons (art. 706-58); protection measures may also extend to family members and close persons (art. 706-62-2).",
    },
    physical_protection = {
      adopted = true,
      source = "Code de procédure pénale, art. 706-62-2 et 706-63-1",
      note = "Protection measures for witnesses in proceedings on the offences of arts 628, 706-73 and 706-73-1, defined on the prosecutor's request by the commission nationale de protection et de réinsertion (art. 706-63-1), which also handles cooperating offenders.",
    },
    identity_non_disclosure = {
      adopted = true,
      source = "Code de procédure pénale, art. 706-57, 706-58 et 706-62",
      note = "Address of the police station or gendarmerie declared as domicile (art. 706-57); testimony without the identity appearing in the file, authorised by the juge des libertés et de la détention, for crimes and délits punishable by at least three years (art. 706-58); no conviction may rest solely on such statements (art. 706-62).",
    },
    remote_testimony = {
      adopted = true,
      source = "Code de procédure pénale, art. 706-61 et 706-71",
      note = "An anonymous witness may be confronted with the accused through a technical device for remote hearing, the voice made unrecognisable (art. 706-61); hearings by audiovisual telecommunication are possible during the proceedings (art. 706-71).",
    },
    victim_witnesses = {
      adopted = true,
      source = "Code de procédure pénale, art. 706-57",
      note = "The protective measures of arts 706-57 et seq. apply to persons who may provide evidence « qu'elles soient témoin ou victime ».",
    },
    victim_assistance = {
      adopted = true,
      source = "Code de procédure pénale, art. 10-2 et 41",
      note = "Victims are informed of their rights, including to be helped by a public victim support service or an approved victim support association (art. 10-2); the public prosecutor may call on an approved victim support association (art. 41).",
    },
    victim_protection = {
      adopted = true,
      source = "Code de procédure pénale, art. 10-5 ; art. 706-57 à 706-63",
      note = "Personalised assessment of victims to determine whether they need specific protection measures during the proceedings (art. 10-5, transposing Directive 2012/29/EU); victims who testify have the protection of witnesses.",
    },
    victim_compensation_offender = {
      adopted = true,
      source = "Code de procédure pénale, art. 2, 3 et 418",
      note = "Civil action for damages brought before the criminal court together with the public action (constitution de partie civile).",
    },
    victim_compensation_state = {
      adopted = true,
      source = "Code de procédure pénale, art. 706-3 à 706-15",
      note = "Commission d'indemnisation des victimes d'infractions (CIVI): full compensation for serious personal injury and for certain offences (art. 706-3); capped compensation for some property offences, subject to conditions of resources (art. 706-14).",
    },
    victim_restitution = {
      adopted = true,
      source = "Code de procédure pénale, art. 41-4, 99 et 478",
      note = "Restitution of seized objects decided by the public prosecutor (art. 41-4), the investigating judge (art. 99) or the trial court (art. 478).",
    },
    victim_views = {
      adopted = true,
      source = "Code de procédure pénale, art. 2, 82-1, 87 et 460",
      note = "As partie civile, at any time during the judicial investigation (art. 87), the victim is a party: he or she may ask the investigating judge for investigative acts (art. 82-1) and is heard at trial (art. 460).",
    },
  },

  -------------------------------------------------------------------------
  -- EU directives 2004/81/EC and 2004/82/EC: the substantive facts
  -- (rules/schema/eu-victim-residence.lua, rules/schema/eu-carrier-data.lua).
  -- The transposing measures and the table of correspondence are under
  -- `transposition` below.  Sourced from the codes as known to the preparer;
  -- no Légifrance identifier verified.
  --
  -- 2004/81 (residence permit for victims of trafficking who cooperate).  The
  -- legislative rule is CESEDA art. L. 425-1 since the recodification of the
  -- code (ordonnance n° 2020-1733 du 16 décembre 2020, in force on 1 May
  -- 2021), formerly art. L. 316-1 (itself from art. 12 sexies of the
  -- ordonnance of 2 November 1945, inserted by the loi n° 2003-239 du
  -- 18 mars 2003 pour la sécurité intérieure, art. 76).  The procedure
  -- (information, reflection period, protection, accommodation) is the
  -- décret n° 2007-1352 du 13 septembre 2007, now in the regulatory part of
  -- the CESEDA; its present article numbers were not verified, so the
  -- decree is cited as such.
  -- Left out on purpose (unknown): whether France applies the scheme to
  -- persons subject of facilitated illegal immigration (art. 3(2)) and to
  -- minors (art. 3(3)); the protections during the reflection period
  -- (art. 6(2)), the treatment before and after the permit (arts 7 and 9),
  -- access to vocational training and education and to programmes (arts 11
  -- and 12), non-renewal and withdrawal (arts 13 and 14): the texts were not
  -- verified article by article.
  victim_residence = {
    trafficking_victims = {
      adopted = true,
      source = "Code de l'entrée et du séjour des étrangers et du droit d'asile, art. L. 425-1 (formerly art. L. 316-1)",
      note = "A foreign national who files a complaint against a person he or she accuses of trafficking in human beings or procuring (Code pénal, art. 225-4-1 et seq. and 225-5 et seq.) committed against him or her, or who testifies in criminal proceedings against a person prosecuted for those offences, is issued a residence permit, unless his or her presence is a threat to public order. Verify that the version in force waives the long-stay visa for victims who entered illegally (art. 3(1): « même s'ils sont entrés clandestinement »).",
    },
    information = {
      adopted = true,
      source = "Décret n° 2007-1352 du 13 septembre 2007 (now in the regulatory part of the CESEDA)",
      note = "The police or gendarmerie service that has reason to believe that a foreign national is a victim informs him or her of the possibility of admission to stay, of the reception, accommodation and protection measures and of the reflection period. Article numbers in the present CESEDA not verified.",
    },
    reflection_period = {
      adopted = true,
      days = 30,
      source = "Décret n° 2007-1352 du 13 septembre 2007 (now in the regulatory part of the CESEDA)",
      note = "A reflection period of thirty days, during which the person decides whether to file a complaint or testify. Article numbers in the present CESEDA not verified.",
    },
    permit = {
      adopted = true,
      source = "Code de l'entrée et du séjour des étrangers et du droit d'asile, art. L. 425-1 (formerly art. L. 316-1)",
      note = "The permit follows the complaint or the testimony (the person's cooperation), unless the person's presence threatens public order. Whether the decree's condition that the person has broken all links with the suspected perpetrators (art. 8(1)(c)) survives in the present regulatory part was not verified.",
    },
    permit_validity = {
      adopted = true,
      months = 12,
      source = "Code de l'entrée et du séjour des étrangers et du droit d'asile, art. L. 425-1",
      note = "A temporary residence card « vie privée et familiale » valid for one year.",
    },
    permit_renewal = {
      adopted = true,
      source = "Code de l'entrée et du séjour des étrangers et du droit d'asile, art. L. 425-1",
      note = "The card is renewed for the duration of the criminal proceedings while the conditions of its issue continue to be met (wording of the version in force to be verified).",
    },
    access_employment = {
      adopted = true,
      source = "Code de l'entrée et du séjour des étrangers et du droit d'asile, art. L. 425-1",
      note = "The card « vie privée et familiale » allows its holder to work.",
    },
  },

  -- 2004/82 (carriers' passenger data).  The duty of air carriers to collect
  -- and transmit passenger data to the Ministry of the Interior was enacted
  -- by the loi n° 2006-64 du 23 janvier 2006 relative à la lutte contre le
  -- terrorisme (art. 7) and is now in the Code de la sécurité intérieure,
  -- art. L. 232-1 et seq.  Which article imposes the duty and the fine, the
  -- items, the deadline, the amounts and the retention periods were not
  -- verified: they are left out (unknown), and the duty itself is stated
  -- without them.
  carrier_data = {
    transmission = {
      adopted = true,
      source = "Code de la sécurité intérieure, art. L. 232-1 et seq. (from the loi n° 2006-64 du 23 janvier 2006, art. 7)",
      note = "Air carriers must transmit passenger data to the services of the Ministry of the Interior. The items transmitted, whether on request or systematically, and by when, were not verified article by article; see the table of correspondence.",
    },
  },

  -- UNTOC arts 29 and 30 (rules/untoc/art29.lua, art30.lua).  Left out on
  -- purpose (unknown): the training programmes and their subjects (the
  -- schools exist, ENM, ENSP, ENP, École nationale des douanes, but their
  -- curricula on organised crime were not verified against a text), the
  -- cooperation and assistance of art. 29(2)-(4) other than CEPOL, and every
  -- measure of art. 30 (development cooperation, contributions to the United
  -- Nations account): no legal basis or figure verified.
  capacity = {
    mutual_training_assistance = {
      adopted = true,
      source = "Règlement (UE) 2015/2219 (CEPOL)",
      note = "France takes part in the European Union Agency for Law Enforcement Training, which plans and runs common training and research programmes for law enforcement officials of the member States. Bilateral training cooperation with States outside the EU is not listed.",
    },
  },

  -- UNTOC art. 31 (rules/untoc/art31.lua).  Left out on purpose (unknown):
  -- national prevention projects and strategies (art. 31(1)), subsidies and
  -- licences (31(2)(c)), other measures on legal persons and the exchange of
  -- register information with other States (31(2)(d), (d)(iv)), the
  -- periodic evaluation of legal instruments (31(4): the national risk
  -- assessment of money laundering exists, but its legal basis was not
  -- verified), public awareness and participation (31(5)), international
  -- collaboration (31(7)), and the notification of a prevention authority
  -- under art. 31(6) (France's notifications are not recorded here).
  prevention = {
    private_sector_cooperation = {
      adopted = true,
      source = "Code monétaire et financier, art. L. 561-2, L. 561-15 et L. 561-23",
      note = "The professions subject to anti-money-laundering duties (art. L. 561-2) report suspicions to the financial intelligence unit, Tracfin (arts L. 561-15 and L. 561-23), which passes cases on to the public prosecutor. The cooperation runs through the FIU rather than directly with the police or prosecutors.",
    },
    integrity_standards = {
      adopted = true,
      source = "Loi n° 2016-1691 du 9 décembre 2016 (Sapin II), art. 1 et 17 ; loi n° 2013-907 du 11 octobre 2013 relative à la transparence de la vie publique",
      note = "Large companies must run anti-corruption compliance programmes checked by the Agence française anticorruption (Sapin II, art. 17, in force 1 June 2017); public office holders declare their assets and interests to the Haute Autorité pour la transparence de la vie publique (loi n° 2013-907).",
    },
    professional_codes = {
      adopted = true,
      source = "Décret n° 2005-790 du 12 juillet 2005 relatif aux règles de déontologie de la profession d'avocat ; décret n° 2012-432 du 30 mars 2012 relatif à l'exercice de l'activité d'expertise comptable",
      note = "Codes of conduct for lawyers and for chartered accountants (the 2012 decree contains the accountants' code of ethics). Notaries are bound by professional rules of their own (not cited here); tax advice is not a separately regulated profession in France.",
    },
    procurement_misuse = {
      adopted = true,
      source = "Code de la commande publique, art. L. 2141-1",
      from = "2019-04-01",
      note = "Persons finally convicted of, among others, drug trafficking, fraud, laundering, terrorism, corruption, trading in influence, forgery or criminal association (Code pénal, art. 450-1) are excluded from public procurement procedures. The same exclusion existed before the code entered into force (ordonnance n° 2015-899, art. 45; earlier the code des marchés publics): those earlier provisions are not entered here.",
    },
    legal_persons_records = {
      adopted = true,
      source = "Code de commerce, art. L. 123-1 ; Code monétaire et financier, art. L. 561-45-1 et L. 561-46",
      note = "Register of companies (registre du commerce et des sociétés), public, recording companies and their managers; register of beneficial owners kept with it. Public access to beneficial ownership information was restricted after the judgment of the Court of Justice of the EU of 22 November 2022 (C-37/20 and C-601/20); the authorities keep full access (art. L. 561-46).",
    },
    director_disqualification = {
      adopted = true,
      source = "Code pénal, art. 131-27",
      note = "Complementary penalty banning the convicted person from carrying on a commercial or industrial profession and from directing, administering, managing or controlling a commercial or industrial undertaking or a commercial company, permanently or for up to fifteen years. It is available where the text of the offence provides for it; which UNTOC offences carry it was not verified offence by offence.",
    },
    disqualification_records = {
      adopted = true,
      source = "Code de commerce, art. L. 128-1",
      from = "2016-01-01",
      note = "Fichier national des interdits de gérer, kept by the Conseil national des greffiers des tribunaux de commerce: records bans on managing pronounced as civil or commercial sanctions or as penalties. Created by loi n° 2012-387 du 22 mars 2012, operational since 1 January 2016 (décret n° 2015-194 du 19 février 2015).",
    },
    reintegration = {
      adopted = true,
      source = "Code pénal, art. 130-1 ; Code de procédure pénale, art. 707",
      note = "Punishment has the function of fostering the offender's rehabilitation, integration or reintegration (CP art. 130-1); the execution of sentences aims at the integration or reintegration of the convicted person (CPP art. 707).",
    },
  },

  -- UNTOC art. 18: mutual legal assistance (rules/untoc/art18.lua).
  -- Sources: Code de procédure pénale (CPP), livre IV, titre X, « De
  -- l'entraide judiciaire internationale », chapter I (general provisions,
  -- arts 694 to 694-13), in the numbering in force on 1 January 2026 (the
  -- recodified code of ordonnance n° 2025-1091 du 19 novembre 2025 is not in
  -- force on that date).  French law applies the CPP rules « en l'absence de
  -- convention internationale en stipulant autrement » (art. 694); a ratified
  -- and published treaty such as the Convention prevails over statute
  -- (Constitution, art. 55).  No entry-into-force dates are given.
  -- Left out (unknown), not verified: the designation of the central
  -- authority in a published text and the notifications under arts 18(13)
  -- and 18(14) (the profile has no notifications list; see its header); dual
  -- criminality; spontaneous transmission of information; respect of
  -- conditions attached to information received; transfers of detained
  -- persons outside the EU; facilitation of voluntary appearance; oral
  -- requests; reasons for refusal, timeliness, consultation before refusal
  -- and postponement; safe conduct; records not available to the public.
  mutual_legal_assistance = {
    -- Cybercrime Convention arts 35 and 40 (cyber4).
    electronic_evidence = {
      adopted = true,
      offences = "serious_crimes",
      source = "Code de procédure pénale, art. 694-2 ; art. 60-1, 60-2, 77-1-1, 99-3 ; art. 60-1-2",
      note = "Foreign requests are executed in the forms of the code (art. 694-2), with the powers of the investigating authorities over electronic data (requisitions of arts 60-1, 60-2, 77-1-1, 99-3). Since the loi du 2 mars 2022, access to traffic and location data is limited to offences punishable by at least three years' imprisonment (art. 60-1-2, with exceptions): it reaches every serious crime (four years) but not every offence.",
    },
    legal_basis = {
      adopted = true,
      source = "Code de procédure pénale, art. 694 à 694-4",
      note = "Requests from foreign judicial authorities are transmitted (art. 694; directly in urgent cases, art. 694-1) and executed by the procureur de la République or, for acts reserved to him or her, the juge d'instruction, in the forms of the code (art. 694-2). The provisions concern requests for any offence; no transnational element or organized criminal group is required.",
    },
    legal_persons = {
      adopted = true,
      source = "Code de procédure pénale, art. 694-2 ; Code pénal, art. 121-2",
      note = "The CPP provisions on incoming requests make no distinction according to whether the person prosecuted abroad is a natural or a legal person, and legal persons are themselves criminally liable in France for all offences (Code pénal, art. 121-2), so no question of dual liability arises.",
    },
    purposes = {
      taking_evidence = {
        adopted = true,
        source = "Code de procédure pénale, art. 694-2 et 694-5",
        note = "Hearings are carried out in the forms of the code (art. 694-2); the offences of false testimony (Code pénal, art. 434-13) and of refusing to testify (art. 434-15-1) apply to witnesses heard in France at the request of a foreign authority (art. 694-5, last sentence).",
      },
      service_of_documents = {
        adopted = true,
        source = "Code de procédure pénale, art. 694-2",
        note = "Served at the diligence of the procureur de la République executing the request; no specific article on the service of foreign documents outside the EU was verified.",
      },
      search_seizure_freezing = {
        adopted = true,
        source = "Code de procédure pénale, art. 694-2 (perquisitions et saisies : art. 56, 76 et 94 et s.) et art. 694-10 à 694-13",
        note = "Seizures with a view to a later confiscation abroad (art. 694-10 to 694-13, from the loi n° 2010-768 du 9 juillet 2010) are ordered by the juge d'instruction and require that the assistance be provided for by an international convention (art. 694-12; Cass. crim., 27 juin 2018, as reported by Dalloz actualité): the Convention (arts 13 and 18) is one.",
      },
      examining_objects_sites = {
        adopted = true,
        source = "Code de procédure pénale, art. 694-2 (constatations : art. 54 ; transport sur les lieux : art. 92)",
      },
      information_expertise = {
        adopted = true,
        source = "Code de procédure pénale, art. 694-2 (examens techniques ou scientifiques : art. 60 et 77-1 ; expertise : art. 156 et s.)",
      },
      documents_records = {
        adopted = true,
        source = "Code de procédure pénale, art. 694-2 (réquisitions : art. 60-1, 77-1-1 et 99-3)",
        note = "Any person or body, public or private, including banks, can be required to hand over documents and data; see bank_secrecy_no_ground.",
      },
      tracing_proceeds = {
        adopted = true,
        source = "Code de procédure pénale, art. 694-2 (réquisitions : art. 60-1, 77-1-1 et 99-3) et art. 694-10",
      },
      other_assistance = {
        adopted = true,
        source = "Code de procédure pénale, art. 694-2",
        note = "Any act of procedure that the code allows in an enquête or an instruction can be performed on a foreign request.",
      },
    },
    without_treaty = {
      adopted = true,
      basis = "both",
      source = "Constitution du 4 octobre 1958, art. 55 ; Code de procédure pénale, art. 694",
      note = "The CPP provisions on mutual assistance apply to requests from any foreign State in the absence of a convention, and a convention such as UNTOC prevails over them where it « stipulates otherwise » (art. 694; Constitution, art. 55). Whether each of paragraphs 9 to 29 is self-executing was not verified.",
    },
    bank_secrecy_no_ground = {
      adopted = true,
      source = "Code monétaire et financier, art. L. 511-33 ; Code de procédure pénale, art. 694-2",
      note = "Banking secrecy cannot be opposed to the judicial authority acting in criminal proceedings (CMF art. L. 511-33); foreign requests are executed by French judicial authorities with the powers of the code (CPP art. 694-2).",
    },
    requested_procedures = {
      adopted = true,
      source = "Code de procédure pénale, art. 694-3",
      note = "A request is executed according to the rules of procedure expressly indicated by the requesting State, provided, on pain of nullity, that they do not reduce the rights of the parties or the procedural guarantees of the code; where they cannot be followed, the French authorities inform the requesting State and indicate the conditions under which the request could be executed.",
    },
    videoconference = {
      adopted = true,
      source = "Code de procédure pénale, art. 694-5 et 706-71",
      note = "Art. 706-71 (audiovisual telecommunication) applies to the simultaneous execution in France and abroad of requests from foreign judicial authorities; the questioning or confrontation of a person prosecuted requires his or her consent.",
    },
    refusal_grounds = {
      adopted = true,
      grounds = { "essential_interests" },
      source = "Code de procédure pénale, art. 694-4 et 694-4-1",
      note = "Where execution may harm public order or the essential interests of the Nation, the procureur général may refer the request to the minister of justice, who may inform the requesting authority that it will not be executed, in whole or in part (art. 694-4); art. 694-4-1 provides the same for requests concerning acts linked to the missions of the specialised intelligence services. Requests for seizure with a view to confiscation are also refused on the grounds of art. 713-37 (art. 694-11). Whether other grounds apply outside these texts was not verified.",
    },
    fiscal_no_ground = {
      adopted = true,
      source = "Code de procédure pénale, art. 694-4",
      note = "The code provides no fiscal exception: the general grounds for not executing a request are those of arts 694-4 and 694-4-1 (public order, essential or fundamental interests of the Nation). The specific grounds of art. 713-37, which apply to requests for seizure with a view to confiscation (art. 694-11), were not checked on this point.",
    },
    public_records = {
      adopted = true,
      source = "Code des relations entre le public et l'administration, art. L. 311-1 ; Code de procédure pénale, art. 694-2",
      note = "Administrative documents are communicable to any person who asks (CRPA art. L. 311-1), and can in any case be obtained by requisition on a foreign request.",
    },
    agreements = {
      adopted = true,
      instruments = {
        "Convention européenne d'entraide judiciaire en matière pénale (Strasbourg, 20 avril 1959)",
        "Convention relative à l'entraide judiciaire en matière pénale entre les États membres de l'Union européenne (Bruxelles, 29 mai 2000)",
        "Directive 2014/41/UE concernant la décision d'enquête européenne en matière pénale, transposée par l'ordonnance n° 2016-1636 du 1er décembre 2016",
      },
      source = "Conventions ratified and published by France; Code de procédure pénale, livre IV, titre X, chapitre II",
      note = "France is also bound by bilateral mutual legal assistance treaties (not listed here: not verified one by one).",
    },
  },

  -- UNTOC arts 13 and 14 (rules/schema/cooperation-confiscation.lua).
  -- France gives effect to foreign confiscation orders (art. 13(1)(b)):
  -- Code de procédure pénale, art. 713-36 to 713-41, which apply to all
  -- States "en l'absence de convention internationale en disposant
  -- autrement" (in their present form since loi n° 2010-768 du 9 juillet 2010
  -- visant à faciliter la saisie et la confiscation en matière pénale; no
  -- `from` given, the earlier law was not verified).  Between EU member States,
  -- Regulation (EU) 2018/1805 on the mutual recognition of freezing and
  -- confiscation orders applies (since 19 December 2020); it does not serve the
  -- other States Parties and is not what these facts describe.
  -- The Code de procédure pénale rewritten by ordonnance n° 2025-1091 du
  -- 19 novembre 2025 is not in force on 2026-01-01 (announced for 2029 at the
  -- earliest): the article numbers below are those in force.
  -- Left absent (unknown), not verified:
  --   * domestic_order_on_request (art. 13(1)(a)): whether a French
  --     confiscation order can be sought on a foreign request outside French
  --     proceedings; option (b) is what French law provides;
  --   * treaty_basis (art. 13(6)): arts 713-36 and 694-10 apply without a
  --     treaty, but art. 694-12 orders the execution of seizures requested
  --     "en application d'une convention internationale", so whether seizure on
  --     request needs a treaty (and the Convention then serves as one, France
  --     applying ratified treaties directly, Constitution art. 55) is left open;
  --   * contribution_agreements (art. 14(3)(a));
  --   * the copies of laws sent under art. 13(5) (no notification recorded).
  confiscation_cooperation = {
    foreign_order_enforcement = {
      adopted = true,
      source = "Code de procédure pénale, art. 713-36 à 713-41",
      note = "On the prosecutor's application, the tribunal correctionnel authorises the execution of a final and enforceable confiscation order of a foreign court concerning property used or intended for the offence, its direct or indirect proceeds, or property of corresponding value (art. 713-36). Execution is refused on the grounds of art. 713-37 (among them: facts not an offence under French law, property not liable to confiscation under French law, insufficient guarantees of the rights of the defence, discriminatory purpose, ne bis in idem).",
    },
    identification_tracing_on_request = {
      adopted = true,
      source = "Code de procédure pénale, art. 694 et seq. ; art. 60-1, 77-1-1 et 99-3",
      note = "Requests from foreign judicial authorities are executed by the prosecutor or the investigating judge in the forms French law provides for inquiries and judicial investigations, so the powers used to identify and trace assets at home (requisitions of banking and financial information, arts 60-1, 77-1-1, 99-3) serve foreign requests.",
    },
    freezing_seizure_on_request = {
      adopted = true,
      source = "Code de procédure pénale, art. 694-10 à 694-13",
      note = "Requests from competent foreign authorities for the seizure, with a view to later confiscation, of property used or intended for the offence, of its direct or indirect proceeds or of property of corresponding value (art. 694-10); rejected if a ground of art. 713-37 already applies (art. 694-11); ordered by the investigating judge (art. 694-12, which refers to requests made 'en application d'une convention internationale'); lifted if execution of the foreign confiscation is refused (art. 694-13).",
    },
    refusal_non_convention_offence = {
      adopted = false,
      source = "Code de procédure pénale, art. 713-37 et 694-11",
      note = "The grounds of refusal do not include the ground of UNTOC art. 13(7) (offence not covered by the Convention); French law cooperates for any offence, subject to dual criminality (art. 713-37, 1°) and the other listed grounds.",
    },
    agreements = {
      adopted = true,
      source = "Convention du Conseil de l'Europe relative au blanchiment, au dépistage, à la saisie et à la confiscation des produits du crime (Strasbourg, 8 novembre 1990) ; règlement (UE) 2018/1805 du 14 novembre 2018",
      note = "France is a party to the 1990 Council of Europe Convention and applies the EU Regulation on mutual recognition of freezing and confiscation orders among member States. Bilateral agreements were not inventoried.",
    },
    disposal = {
      adopted = true,
      source = "Code pénal, art. 131-21 ; Code de procédure pénale, art. 713-40",
      note = "Property confiscated in French proceedings devolves to the State unless a particular provision provides for its destruction or allocation (Code pénal, art. 131-21). Execution of a foreign confiscation order transfers ownership to the French State unless otherwise agreed with the requesting State; the property may be sold, and the costs are deducted (art. 713-40). Seized and confiscated assets are managed and sold by the Agence de gestion et de recouvrement des avoirs saisis et confisqués (AGRASC), created by loi n° 2010-768 du 9 juillet 2010.",
    },
    return_to_requesting_state = {
      adopted = "partly",
      source = "Code de procédure pénale, art. 713-40",
      note = "Art. 713-40 lets France agree otherwise with the requesting State, so return is possible by agreement; the default is a sharing rule. Within the EU, Regulation (EU) 2018/1805 has its own rules on restitution to victims, which apply only between member States. Verify whether a circular or practice directs priority consideration of return for other States Parties.",
      missing = {
        "No provision directs priority consideration of returning property confiscated on a foreign request to the requesting State for the compensation of victims or the return to legitimate owners: by default the net amount recovered devolves to France when it is below EUR 10,000 and is shared half and half above (Code de procédure pénale, art. 713-40); another allocation requires an agreement with the requesting State.",
      },
    },
    sharing_agreements = {
      adopted = true,
      source = "Code de procédure pénale, art. 713-40",
      note = "Sharing on a regular basis by law: the net amount recovered on a foreign confiscation order is shared half and half with the requesting State when it reaches EUR 10,000, unless otherwise agreed with that State.",
    },
  },

  -- UNTOC arts 17 and 21.
  -- Left out (not verified): the dates on which the transfer conventions
  -- entered into force for France; whether France is a party to the European
  -- Convention on the Transfer of Proceedings in Criminal Matters (1972).
  transfers = {
    sentenced_persons = {
      adopted = true,
      source = "Convention du Conseil de l'Europe sur le transfèrement des personnes condamnées (Strasbourg, 21 mars 1983) ; Code de procédure pénale, art. 728-2 à 728-9",
      note = "France is a party to the 1983 Council of Europe Convention and has signed bilateral transfer conventions (among others with Paraguay, 1997, Cuba, 2000, and the Russian Federation, 2003). When a person sentenced abroad is transferred to France under a convention or international agreement, the sentence is enforced under the Code de procédure pénale (art. 728-2 et seq.). Between EU member States, Framework Decision 2008/909/JHA applies (Code de procédure pénale, art. 728-10 et seq.).",
    },
    criminal_proceedings = {
      adopted = true,
      source = "Code pénal, art. 113-8 ; Convention européenne d'entraide judiciaire en matière pénale (Strasbourg, 20 avril 1959), art. 21",
      note = "France takes over proceedings on the official denunciation of the State where the offence was committed: for délits committed abroad by or against French nationals, prosecution must be preceded by a complaint of the victim or an official denunciation by the authority of the country where the act was committed (Code pénal, art. 113-8). Denunciations for the purpose of proceedings are exchanged under art. 21 of the 1959 Convention, to which France is a party.",
    },
  },

  -------------------------------------------------------------------------
  -- EU directives: transposition (rules/schema/eu-transposition.lua).
  -- Membership and deadlines come from rules/eu-members.lua and each
  -- directive's instrument.lua; state.eu_member above is only a cross-check.
  -------------------------------------------------------------------------
  transposition = {
    -- Directive 2004/80/EC (compensation to crime victims).
    -- Stated: the national scheme of art. 12(2) and the payment by the State
    -- of the crime (art. 2), both given by the CIVI scheme, which predates
    -- the directive.  Its substance is the fact
    -- protection.victim_compensation_state above (entered once).
    -- Left out (unknown), because they could not be verified: the provisions
    -- (believed to be in the regulatory part of the Code de procédure pénale)
    -- that designate the French assisting and deciding authorities for
    -- cross-border applications and govern transmission, languages and the
    -- central contact point (arts 1, 3-11, 16); whether France used the
    -- option of art. 18(2); the information sent to the Commission under
    -- art. 13(1) and the notification of the national measures (art. 18).
    -- No article number is given that was not checked.
    ["eu-2004-80"] = {
      measures = {
        civi = {
          title = "Code de procédure pénale, art. 706-3 à 706-15 (commission d'indemnisation des victimes d'infractions)",
          kind = "pre_existing",
          source = "Code de procédure pénale, art. 706-3 à 706-15",
          note = "Scheme created by the loi n° 77-5 du 3 janvier 1977 and amended many times since; its dates of entry into force are not stated here, so it is treated as in force at every assessment date. Law that existed before the directive: art. 18(3) (reference to the directive) does not concern it.",
        },
      },
      table = {
        {
          provision = "eu-2004-80:2",
          measures = { "civi" },
          note = "Art. 706-3, 3° (as known to the preparer; verify the version in force): a victim who is not French is compensated when the facts were committed on national territory and the victim is a national of a Member State or, subject to treaties, lawfully resident. Whether that condition can exclude a third-country national resident in another Member State is a point for the reviewer.",
        },
        {
          provision = "eu-2004-80:12.2",
          measures = { "civi" },
          note = "Full compensation of personal injury resulting from intentional or unintentional facts having the material character of an offence (art. 706-3); see protection.victim_compensation_state.",
        },
      },
    },

    -- Directive 2004/81/EC.  The substance is under victim_residence above.
    -- Left out (unknown): the dates of entry into force of the 2007 decree
    -- and of the successive versions of art. L. 316-1, whether the measures
    -- refer to the directive, and their notification to the Commission: not
    -- verified.  No row is written for provisions whose French measure was
    -- not verified (arts 3(2), 3(3), 6(2), 7, 9, 10, 12-14).
    ["eu-2004-81"] = {
      measures = {
        ceseda_l316_1 = {
          title = "Code de l'entrée et du séjour des étrangers et du droit d'asile, art. L. 316-1",
          kind = "pre_existing",
          repealed = "2021-05-01",
          note = "From art. 12 sexies of the ordonnance n° 45-2658 du 2 novembre 1945, inserted by the loi n° 2003-239 du 18 mars 2003 (art. 76), before the directive; amended since. Replaced by art. L. 425-1 when the code was recodified (ordonnance n° 2020-1733 du 16 décembre 2020, in force on 1 May 2021).",
        },
        ceseda_l425_1 = {
          title = "Code de l'entrée et du séjour des étrangers et du droit d'asile, art. L. 425-1",
          kind = "act",
          from = "2021-05-01",
          note = "Recodification of art. L. 316-1 by the ordonnance n° 2020-1733 du 16 décembre 2020.",
        },
        decret_2007_1352 = {
          title = "Décret n° 2007-1352 du 13 septembre 2007",
          kind = "regulation",
          adopted_on = "2007-09-13",
          note = "Admission to stay, protection, reception and accommodation of foreign victims of trafficking in human beings and procuring; now in the regulatory part of the CESEDA (present article numbers not verified). Adopted after the deadline of 6 August 2006; its date of entry into force was not verified, so it is treated as in force at every assessment date.",
        },
      },
      table = {
        { provision = "eu-2004-81:3.1", measures = { "ceseda_l316_1", "ceseda_l425_1" } },
        { provision = "eu-2004-81:5", measures = { "decret_2007_1352" } },
        { provision = "eu-2004-81:6.1", measures = { "decret_2007_1352" } },
        { provision = "eu-2004-81:8", measures = { "ceseda_l316_1", "ceseda_l425_1" } },
        { provision = "eu-2004-81:11.1", measures = { "ceseda_l316_1", "ceseda_l425_1" },
          note = "For access to the labour market: the card « vie privée et familiale » allows work. The rules on vocational training and education were not verified." },
      },
    },

    -- Directive 2004/82/EC.  The substance is under carrier_data above.
    -- Left out (unknown): the dates of entry into force, the reference to the
    -- directive and the notification to the Commission: not verified.
    ["eu-2004-82"] = {
      measures = {
        csi_l232 = {
          title = "Code de la sécurité intérieure, art. L. 232-1 et seq.",
          kind = "act",
          note = "From the loi n° 2006-64 du 23 janvier 2006 relative à la lutte contre le terrorisme (art. 7), codified in the Code de la sécurité intérieure (ordonnance n° 2012-351 du 12 mars 2012). Which article carries each element (the duty, the items, the fine) was not verified.",
        },
      },
      table = {
        { provision = "eu-2004-82:3.1", measures = { "csi_l232" } },
      },
    },
  },

  -- ==================================================================
  -- Good practice of the UNTOC Working Group on International
  -- Cooperation (rules/untoc-wg; facts in rules/schema/cooperation-practice.lua).
  -- The untoc-wg rules also read the UNTOC facts above (central authority,
  -- extradition without a treaty, art. 18 without a treaty, videoconference,
  -- agreements, return and sharing of confiscated assets, police channels).
  -- Only what could be stated from a published text is entered.  Left
  -- unknown on purpose, not verified: e-mail requests, national coordination
  -- of investigative services, the central authority's consultation
  -- mechanisms, case tracking and statistics of the Bureau de l'entraide
  -- pénale internationale (DACG, ministère de la Justice), published
  -- guidelines for incoming requests, expedited MLA procedures, and work
  -- on trafficking in cultural property under GA resolution 69/196.
  -- ==================================================================
  cooperation_practice = {
    -- WG paper para. 11 (decision 3/2)
    direct_contacts = {
      adopted = true,
      source = "Code de procédure pénale, art. 694 (transmission directe en cas d'urgence) et art. 695-1 (transmission directe entre autorités judiciaires des États membres de l'Union européenne)",
      note = "French judicial authorities may send and receive requests directly: between EU Member States as a rule, elsewhere in urgent cases. How far the central authority coordinates those contacts was not verified.",
    },
    -- paras 17, 20, 26, 28
    regional_networks = {
      adopted = true,
      networks = { "European Judicial Network in criminal matters", "Eurojust" },
      source = "Décision 2008/976/JAI du Conseil (Réseau judiciaire européen) ; règlement (UE) 2018/1727 (Eurojust) ; Code de procédure pénale, art. 695-8-1 et s. (membre national d'Eurojust)",
      note = "France has contact points of the European Judicial Network and a national member at Eurojust. Article numbers of the CPP chapter on Eurojust should be checked against the version in force.",
    },
    -- para. 39(a)
    electronic_evidence_in_tools = {
      adopted = true,
      source = "Convention du Conseil de l'Europe sur la cybercriminalité (Budapest, 23 novembre 2001), art. 29 à 35, ratifiée par la France (en vigueur à son égard le 1er mai 2006)",
      note = "The Budapest Convention is a cooperation tool on electronic evidence (expedited preservation and disclosure, 24/7 network). France's position on its Second Additional Protocol (2022) was not verified.",
    },
  },

  -- ==== UN Convention against Cybercrime, ch. IV: procedural powers (arts 23-30) ====
  -- rules/cybercrime/art23.lua to art30.lua; art. 32 reads
  -- investigation.foreign_convictions above (UNTOC art. 22's fact).
  -- Cited only where the preparer knows the provision; the rest is left
  -- unknown with a note.  Not verified: the amendments of the loi n° 2022-299
  -- du 2 mars 2022 and of the loi n° 2025-532 du 13 juin 2025 to the articles
  -- cited, the data-retention regime of the Code des postes et des
  -- communications électroniques (art. L. 34-1) after the Conseil d'État's
  -- French Data Network decision (21 April 2021), and the confidentiality
  -- duties of operators.  Left unknown on purpose: the conditions and
  -- safeguards of each power other than interception (who authorises a
  -- réquisition or a search depends on the framework: flagrance, enquête
  -- préliminaire, instruction), real-time collection of traffic data as a
  -- power distinct from interception, partial disclosure of traffic data, the
  -- reach of preservation to several providers, and art. 24(3)-(4).
  procedural_powers = {
    scope_convention_offences = {
      adopted = true,
      source = "Code de procédure pénale, art. 56, 57-1, 60-1, 77-1-1, 99-3 ; art. 100",
      note = "The réquisitions, searches and seizures of the CPP are available in the investigation of any crime or délit; interception (art. 100) for offences punishable by at least three years' imprisonment, which the Convention allows (art. 30: serious offences). The thresholds added by the loi n° 2022-299 for réquisitions of connection data (art. 60-1-2) were not verified against each offence of arts 7-16.",
    },
    scope_ict_offences = {
      adopted = true,
      source = "Code de procédure pénale, art. 56, 57-1, 60-1, 77-1-1, 99-3",
      note = "The powers are not limited to computer offences: they apply to any offence under investigation, including offences committed by means of an ICT system.",
    },
    scope_electronic_evidence = {
      adopted = true,
      source = "Code de procédure pénale, art. 56, 57-1, 60-1, 77-1-1, 99-3",
      note = "Searches and réquisitions reach data stored in computer systems (« données informatiques ») in the investigation of any offence.",
    },
    human_rights_conditions = {
      adopted = true,
      source = "Code de procédure pénale, article préliminaire ; Convention européenne des droits de l'homme, art. 8",
      note = "Coercive measures are taken by or under the control of a judicial authority and respect the rights of the person; the ECHR is directly applicable (Constitution, art. 55).",
    },
    proportionality = {
      adopted = true,
      source = "Code de procédure pénale, article préliminaire, III",
      note = "Coercive measures « doivent être strictement limitées aux nécessités de la procédure, proportionnées à la gravité de l'infraction reprochée et ne pas porter atteinte à la dignité de la personne ».",
    },
    preservation = {
      adopted = true,
      source = "Code de procédure pénale, art. 60-2, al. 2",
      by_order = true,
      max_days = 365,
      note = "Operators can be required to take without delay measures preserving, for up to one year, the content of information consulted by their users (art. 60-2, al. 2). Whether a preservation order also reaches stored traffic data and subscriber information (the « conservation rapide » of the Code des postes et des communications électroniques, art. L. 34-1, as amended after 2021) was not verified: `data` is left unstated.",
    },
    production_order = {
      adopted = true,
      source = "Code de procédure pénale, art. 60-1 (flagrance), 77-1-1 (enquête préliminaire), 99-3 (instruction)",
      note = "Réquisitions to any person, establishment or organisation likely to hold information useful to the investigation, including from computer systems, to hand it over. Refusing without a legitimate reason is an offence. Safeguards left unknown (they depend on the framework).",
    },
    subscriber_production = {
      adopted = true,
      source = "Code de procédure pénale, art. 60-1, 77-1-1, 99-3",
      note = "The réquisitions reach electronic communications operators and hosting providers for the identification data of their subscribers. Conditions added by the loi n° 2022-299 (art. 60-1-2) not verified.",
    },
    search = {
      adopted = true,
      source = "Code de procédure pénale, art. 56, 57-1",
      targets = { "system", "storage_medium" },
      note = "Searches reach computer data and their physical media (art. 56); art. 57-1 governs access, from the place searched, to data stored in the system there.",
    },
    search_extension = {
      adopted = true,
      source = "Code de procédure pénale, art. 57-1",
      note = "Access, through a computer system installed where the search takes place, to data stored in another system that are accessible from or available to the initial system; data stored abroad only as international agreements allow.",
    },
    seizure = {
      adopted = true,
      source = "Code de procédure pénale, art. 56",
      prerogatives = { "seize_system", "copy", "render_inaccessible" },
      note = "Data are seized by placing their physical medium under the control of justice or by a copy made in the presence of the persons attending; data whose possession or use is illegal or dangerous may be permanently deleted from a medium not seized. Rules on maintaining the data's integrity not verified (left out of the list, so the finding names it).",
    },
    compelled_assistance = {
      adopted = true,
      source = "Code de procédure pénale, art. 57-1 ; Code pénal, art. 434-15-2",
      note = "Persons who may know the measures protecting the data can be required to give the information that gives access to them (art. 57-1, as amended in 2016: not verified); refusing to hand over the secret decryption convention of a means of cryptology is an offence (CP art. 434-15-2).",
    },
    realtime_traffic = {
      note = "Interception under CPP arts 100 et seq. and 706-95 also captures the traffic data of the communications intercepted; whether national law offers real-time collection of traffic data alone, for the offences of art. 23(2), and its conditions, was not verified.",
    },
    interception = {
      adopted = true,
      source = "Code de procédure pénale, art. 100 à 100-8 ; art. 706-95",
      by_authorities = true,
      provider_assists = true,
      offences = { scope = "threshold", threshold_prison_years = 3, source = "Code de procédure pénale, art. 100" },
      safeguards = {
        review = "judicial",
        remedy = true,
        grounds = true,
        scope_limits = true,
        duration_limits = true,
        source = "Code de procédure pénale, art. 100, 100-2, 706-95 ; art. 173 (nullités)",
        note = "Ordered in writing by the investigating judge (art. 100), or during an inquiry for the offences of arts 706-73 and 706-73-1 by the juge des libertés et de la détention on the prosecutor's request (art. 706-95); only « lorsque les nécessités de l'information l'exigent »; crimes and délits punishable by at least three years' imprisonment; for a limited, renewable period within an overall maximum (art. 100-2: durations as amended in 2019 not verified); unlawful interception can be annulled on request (art. 173).",
      },
      note = "The investigating judge or the officer commissioned may require any qualified agent of an operator to install the interception device (art. 100-3). Whether operators can be compelled to collect the data themselves (art. 30(1)(b)(i)) was not verified: one of (i) and (ii) suffices.",
    },
  },

  -- ==== UN Convention against Cybercrime, ch. I and II (arts 4, 6, 14-16) ==
  -- Left unknown on purpose: art. 4(1) (whether every offence of the other UN
  -- conventions France is party to is reached when committed through ICT
  -- systems was not verified offence by offence); the art. 14(2) definition
  -- (whether "image ou représentation ... à caractère pornographique" of
  -- art. 227-23 reaches every situation of 14(2)(a)-(d), and written or audio
  -- content) and the options of 14(3) and 14(4); the financing of such
  -- offences (14(1)(d)).  France's signature of the Convention was not
  -- verified, so `parties` has no entry for it: the Convention is not in
  -- force anyway, and --prospective assesses France as if bound.
  human_rights = {
    implementation_consistent = { adopted = true,
      source = "Constitution du 4 octobre 1958, art. 55 et 61-1 ; Convention européenne des droits de l'homme ; Pacte international relatif aux droits civils et politiques",
      note = "Ratified treaties prevail over statutes (art. 55) and every court sets aside a statute incompatible with them (contrôle de conventionnalité); statutes can be referred to the Conseil constitutionnel for breach of constitutional rights (question prioritaire de constitutionnalité, art. 61-1); the European Court of Human Rights reviews the measures applied." },
  },
  child_grooming = {
    believed_child = { adopted = true, source = "Code pénal, art. 227-22-1",
      note = "\"ou à une personne se présentant comme telle\": proposals to a person presenting as a minor under 15 are punished." },
    acts_by_children_excluded = { adopted = true, source = "Code pénal, art. 227-22-1",
      note = "\"Le fait pour un majeur\": only adults commit the offence." },
  },
  intimate_images = {
    definition = { adopted = true, source = "Code pénal, art. 226-2-1, al. 2",
      note = "Any recording or document of words or images of a sexual character obtained, with consent or by the person, in the private setting of art. 226-1: wider than art. 16(2) (sound recordings, persons of any age)." },
    minors_of_legal_age = { adopted = true, source = "Code pénal, art. 226-2-1, al. 2",
      note = "The offence is not limited by the age of the person depicted; images that are child sexual abuse material fall under art. 227-23 as well." },
    minor_consent_ineffective = { adopted = true, source = "Code pénal, art. 227-23",
      note = "Disseminating the pornographic image of a minor is punished whatever the minor's consent: consent is no element of art. 227-23." },
  },

  -- ==== UN Convention against Cybercrime, ch. V (arts 35-41, cyber4) ======
  -- Left unknown (not verified): the Convention as a legal basis for a
  -- transfer of proceedings (39(2)); electronic transmission of requests
  -- (40(14)); the 24/7 point of contact (41: France's point under the
  -- Budapest Convention is a police service, but its designation under this
  -- Convention, which France has not ratified, is not made); onward
  -- transfers of personal data (36(3)) and agreements on data transfers
  -- (36(1)(c)).
  cooperation_principles = {
    dual_criminality_conduct = {
      adopted = true,
      source = "Code de procédure pénale, art. 696-3",
      note = "The Code requires that « les faits » be punished by French law: the conduct is compared, not the name the requesting State gives the offence.",
    },
  },
  personal_data_transfers = {
    lawful_transfer = {
      adopted = true,
      source = "Loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés, titre III",
      note = "Title III transposes Directive (EU) 2016/680 (police and criminal justice) and governs processing by the competent authorities, including transfers to third States. Article numbers not cited here: not verified.",
    },
    safeguards_received = {
      adopted = true,
      source = "Loi n° 78-17 du 6 janvier 1978, titre III ; contrôle de la Commission nationale de l'informatique et des libertés",
      note = "Data received from abroad and processed by French criminal justice authorities fall under Title III (purpose limitation, retention, security, rights of the persons concerned, CNIL oversight).",
    },
  },

  -- ==== UN Convention against Cybercrime, ch. V-IX (arts 42-59; cyber5) ==
  -- One fact, two treaties: arts 47, 48, 50 and 52 read France's facts for
  -- UNTOC arts 27, 19, 13 and 14 above (law_enforcement, investigation,
  -- confiscation_cooperation), so France has findings there without a line
  -- here.  Left unknown on purpose, because the French provisions could not be
  -- verified article by article: expedited preservation, disclosure, access,
  -- real-time collection and interception on a foreign request (arts 42-46:
  -- France applies the Budapest Convention's arts 29-34, but the provisions of
  -- the Code de procédure pénale that carry them for a request under this
  -- Convention, the preservation period and the refusal grounds were not
  -- checked); the domestic powers of art. 49 (foreign freezing orders,
  -- property of foreign origin, non-conviction-based confiscation); the
  -- prevention, assistance and information measures of arts 53-56 (the
  -- PHAROS reporting platform and cybermalveillance.gouv.fr exist, but
  -- whether reports can be anonymous, art. 53(4), was not verified); the
  -- notifications under arts 50(5) and 53(7) (the Convention is not in force).
}
