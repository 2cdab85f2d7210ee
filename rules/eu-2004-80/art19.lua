-- Directive 2004/80/EC, article 19 -- Review.
--
-- The Commission's report on the application of the directive.

not_encoded {
  ref = "eu-2004-80:19",
  reason = { en = "Binds the Commission: its report to the European Parliament, the Council and the European Economic and Social Committee by 1 January 2009. No measure of national law.",
             fr = "Vise la Commission : son rapport au Parlement européen, au Conseil et au Comité économique et social européen au plus tard le 1er janvier 2009. Aucune mesure de droit national." },
}
