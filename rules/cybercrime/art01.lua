-- Cybercrime Convention article 1 -- Statement of purpose (Objet).

not_encoded {
  ref = "cybercrime:1",
  reason = { en = "The purposes of the Convention: no measure is required of States; they guide the reading of the other articles.",
             fr = "Les objets de la Convention : aucune mesure n'est exigée des États ; ils guident la lecture des autres articles." },
}
