-- Cybercrime Convention articles 57 and 58 -- Conference of the States
-- Parties and Secretariat (chapter VIII, Mécanisme d'application)
--
-- Article 57 establishes the Conference of the States Parties and its work;
-- article 58 the secretariat's.  They are addressed to the Conference, the
-- Secretary-General and the secretariat, not to States' law; the Convention
-- has no review mechanism yet (57(7): the Conference "peut créer" one).
-- Art. 57(6), each State's reporting to the Conference "comme celle-ci le
-- requiert", binds States but is fulfilled through whatever procedure the
-- Conference adopts, not by a measure of national law (as UNTOC 32(5)).

not_encoded {
  ref = "cybercrime:57",
  reason = {
    en = "Establishes the Conference of the States Parties and sets its tasks, rules and methods (paras 1-5, 7, 8): addressed to the Conference and the Secretary-General, not to States' legislation; no review mechanism exists yet.",
    fr = "Institue la Conférence des États parties et fixe ses fonctions, règles et méthodes (par. 1 à 5, 7 et 8) : s'adresse à la Conférence et au Secrétaire général, non à la législation des États ; aucun mécanisme d'examen n'existe encore.",
  },
}

not_encoded {
  ref = "cybercrime:57.6",
  reason = {
    en = "Reporting to the Conference of the States Parties on measures, programmes, plans and practices, as the Conference requires: fulfilled through the procedure the Conference will adopt, not by a measure of national law that a profile could show (as UNTOC 32(5)).",
    fr = "Information de la Conférence des États parties sur les mesures, programmes, plans et pratiques, comme celle-ci le requiert : obligation remplie selon la procédure que la Conférence adoptera, non par une mesure de droit national qu'un profil pourrait établir (comme l'art. 32, par. 5, de la CTO).",
  },
}

not_encoded {
  ref = "cybercrime:58",
  reason = {
    en = "The secretariat's functions (services to the Conference, assistance to States in providing information, coordination with other secretariats): addressed to the Secretary-General and the secretariat, not to States.",
    fr = "Fonctions du secrétariat (services à la Conférence, aide aux États pour la communication d'informations, coordination avec d'autres secrétariats) : s'adressent au Secrétaire général et au secrétariat, non aux États.",
  },
}
