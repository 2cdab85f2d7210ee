-- Cybercrime Convention article 3 -- Scope of application (Champ d'application).

not_encoded {
  ref = "cybercrime:3",
  reason = { en = "Scope of application of the Convention: no measure; the scope of each power and form of cooperation is assessed with its own article (arts 23, 35).",
             fr = "Champ d'application de la Convention : aucune mesure ; la portée de chaque pouvoir et de chaque forme de coopération est évaluée avec son propre article (art. 23, 35)." },
}
