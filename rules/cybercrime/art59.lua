-- Cybercrime Convention articles 59 to 68 -- Final provisions (chapter IX)
--
-- The official text puts the heading of chapter IX before art. 59
-- ("Application de la Convention").  Art. 59 is the twin of UNTOC art. 34(1)
-- and (3); arts 60-68 are the treaty's final clauses.  None of them asks for
-- a measure of national law that a finding could assess; each is declared
-- with the reason.  What the final clauses decide for the assessment is data
-- elsewhere: entry into force (art. 65), denunciation (art. 67) and the
-- reservations the Convention provides for (arts 11(3), 23(3), 42(5), 63(3))
-- are in instrument.lua; each State's signature, deposit, reservations and
-- their withdrawal (art. 63(4)) are the profile's `parties` and
-- `reservations`.

not_encoded {
  ref = "cybercrime:59.1",
  reason = {
    en = "The general duty to take the measures needed to implement the Convention: the assessment of every other obligation answers it; it has no content of its own to check (as UNTOC 34(1)).",
    fr = "Obligation générale de prendre les mesures nécessaires à l'exécution de la Convention : l'évaluation de chacune des autres obligations y répond ; elle n'a pas de contenu propre à vérifier (comme l'art. 34, par. 1, de la CTO).",
  },
}

not_encoded {
  ref = "cybercrime:59.2",
  reason = {
    en = "A permission to adopt stricter or more severe measures: it asks for nothing, and stricter national law is never a shortcoming (as UNTOC 34(3)).",
    fr = "Faculté d'adopter des mesures plus strictes ou plus sévères : elle n'exige rien, et un droit national plus strict n'est jamais une lacune (comme l'art. 34, par. 3, de la CTO).",
  },
}

not_encoded {
  ref = "cybercrime:60",
  reason = {
    en = "Relation to other agreements and to international law: a rule of construction between treaties; no measure of national law.",
    fr = "Rapport avec d'autres accords et avec le droit international : règle d'articulation entre traités ; aucune mesure de droit national.",
  },
}

not_encoded {
  ref = "cybercrime:61",
  reason = {
    en = "Protocols: how they supplement the Convention and who may become party to them; a State's participation in a protocol is party-status data, not a measure of national law.",
    fr = "Protocoles : leur rapport avec la Convention et qui peut y devenir partie ; la participation d'un État à un protocole relève du statut de partie, non d'une mesure de droit national.",
  },
}

not_encoded {
  ref = "cybercrime:62",
  reason = {
    en = "Adoption of supplementary protocols by the Conference of the States Parties: addressed to the Conference.",
    fr = "Adoption de protocoles additionnels par la Conférence des États parties : s'adresse à la Conférence.",
  },
}

not_encoded {
  ref = "cybercrime:63",
  reason = {
    en = "Settlement of disputes between States Parties (negotiation, arbitration, the International Court of Justice); the reservation of 63(3) and its withdrawal (63(4)) are recorded in the profile's reservations and the pack's instrument.lua. No measure of national law.",
    fr = "Règlement des différends entre États parties (négociation, arbitrage, Cour internationale de Justice) ; la réserve du par. 3 et son retrait (par. 4) sont enregistrés dans les réserves du profil et dans instrument.lua. Aucune mesure de droit national.",
  },
}

not_encoded {
  ref = "cybercrime:64",
  reason = {
    en = "Signature, ratification, acceptance, approval and accession: party-status data (the profile's parties), not a measure of national law.",
    fr = "Signature, ratification, acceptation, approbation et adhésion : données de statut de partie (parties du profil), non une mesure de droit national.",
  },
}

not_encoded {
  ref = "cybercrime:65",
  reason = {
    en = "Entry into force: the pack's instrument.lua holds it (not yet in force; 30 days after a later deposit), and the engine decides from it whether the Convention binds the State at the assessment date.",
    fr = "Entrée en vigueur : instrument.lua la contient (pas encore en vigueur ; 30 jours après un dépôt ultérieur), et le moteur en déduit si la Convention lie l'État à la date d'évaluation.",
  },
}

not_encoded {
  ref = "cybercrime:66",
  reason = {
    en = "Amendment procedure (proposals, adoption by the Conference, entry into force for those who accept): addressed to the Conference and the depositary; an amendment in force would be encoded in its own right.",
    fr = "Procédure d'amendement (propositions, adoption par la Conférence, entrée en vigueur pour ceux qui l'acceptent) : s'adresse à la Conférence et au dépositaire ; un amendement en vigueur serait encodé pour lui-même.",
  },
}

not_encoded {
  ref = "cybercrime:67",
  reason = {
    en = "Denunciation: the effect one year after notification is in instrument.lua (denunciation_years) and the date of a State's denunciation in its profile's parties.",
    fr = "Dénonciation : l'effet un an après la notification figure dans instrument.lua (denunciation_years) et la date de dénonciation d'un État dans les parties de son profil.",
  },
}

not_encoded {
  ref = "cybercrime:68",
  reason = {
    en = "Depositary and languages: the Secretary-General is the depositary; the six language versions are equally authentic (only the French is in the pack, the English renderings are unofficial translations).",
    fr = "Dépositaire et langues : le Secrétaire général est dépositaire ; les six versions linguistiques font également foi (seule la version française est dans le paquet, les versions anglaises sont des traductions non officielles).",
  },
}
