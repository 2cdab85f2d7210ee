-- Directive 2004/80/EC, article 15 -- Committee.
--
-- The committee assisting the Commission: nothing for the Member State to
-- transpose.

not_encoded {
  ref = "eu-2004-80:15",
  reason = { en = "Binds the Commission and the committee that assists it (comitology under Decision 1999/468/EC). No measure of national law.",
             fr = "Vise la Commission et le comité qui l'assiste (comitologie, décision 1999/468/CE). Aucune mesure de droit national." },
}
