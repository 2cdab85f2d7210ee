-- Cybercrime Convention article 2 -- Use of terms (Terminologie).
-- The definitions are read by the rules that use them (arts 7-16: "système
-- d'information et de communication", "données électroniques"...).
-- Interpretative note 2 (cybercrime:note.2): States need not reproduce the
-- defined terms word for word, if their laws cover the concepts
-- consistently with the Convention; the rules therefore read what national
-- offences reach, not their vocabulary.

not_encoded {
  ref = "cybercrime:2",
  reason = { en = "Definitions (\"on entend\"): no measure of their own; each rule applies the terms it uses, and interpretative note 2 says States need not reproduce them word for word.",
             fr = "Définitions (« on entend ») : aucune mesure propre ; chaque règle applique les termes qu'elle emploie, et la note interprétative 2 précise que les États n'ont pas à les reproduire mot pour mot." },
}
