-- UNTOC article 32 -- Conference of the Parties to the Convention
--
-- Paragraphs 1 to 4 establish the Conference and its work; they are
-- addressed to the Conference and the Secretary-General, not to States'
-- law.  Paragraph 5 asks each State to provide the Conference with
-- information on its programmes, plans and practices and its legislative and
-- administrative measures: a duty of reporting, fulfilled through the review
-- mechanism's self-assessment questionnaires, not a measure of national law.

not_encoded {
  ref = "untoc:32.5",
  reason = {
    en = "Reporting to the Conference of the Parties on programmes, plans, practices and measures: fulfilled through the Implementation Review Mechanism (self-assessment questionnaires), not by a measure of national law that a profile could show.",
    fr = "Information de la Conférence des Parties sur les programmes, plans, pratiques et mesures : obligation remplie dans le cadre du Mécanisme d'examen (questionnaires d'auto-évaluation), non par une mesure de droit national qu'un profil pourrait établir.",
  },
}
