-- Cybercrime Convention article 5 -- Protection of sovereignty.

not_encoded {
  ref = "cybercrime:5",
  reason = { en = "Sovereignty and non-intervention: a principle governing how States perform their obligations and a limit on the exercise of jurisdiction abroad, not a measure of national law (as UNTOC art. 4).",
             fr = "Souveraineté et non-intervention : un principe régissant l'exécution des obligations et une limite à l'exercice de la compétence à l'étranger, non une mesure de droit interne (comme l'art. 4 de la CTO)." },
}
