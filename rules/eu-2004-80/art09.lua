-- Directive 2004/80/EC, article 9 -- Hearing of the applicant.
--
-- Paragraph 1: where the deciding authority decides to hear the applicant or
-- a witness or expert, it « peut » contact the assisting authority to have
-- the person heard directly (by telephone or video conference) or by the
-- assisting authority, which sends a record: an option (optional level;
-- never a gap).  Met when national law allows it.
-- Paragraph 2: a direct hearing only in cooperation with the assisting
-- authority and with the persons' free consent, without coercive measures: a
-- limit (« ne peut avoir lieu que »), mandatory.
--
-- Facts: the row of the table of correspondence on this provision
-- (transposition["eu-2004-80"], rules/schema/eu-transposition.lua), read by
-- lx.transposition_finding: transposed completely (met), in part (partly
-- met, with what the row says is missing), not at all (not met); no row:
-- unknown.

obligation {
  ref = "eu-2004-80:9.1",
  level = "optional",
  title = { en = "Hearing through the assisting authority or by video conference",
            fr = "Audition par l'intermédiaire de l'autorité chargée de l'assistance ou par vidéoconférence" },
  category = "compensation",
  text = {
    fr = [[Si l'autorité de décision décide, conformément au droit de l'État membre dont elle relève, d'entendre le demandeur ou toute autre personne telle qu'un témoin ou un expert, elle peut contacter l'autorité chargée de l'assistance afin de prendre les dispositions nécessaires pour que:
a) les intéressés soient entendus directement par l'autorité de décision, conformément au droit de l'État membre dont ils relèvent, par le biais, notamment, de la téléconférence ou de la vidéoconférence, ou que
b) les intéressés soient entendus par l'autorité chargée de l'assistance, conformément au droit de l'État membre dont ils relèvent, qui transmet ensuite un procès-verbal de l'audition à l'autorité de décision.]],
  },
  covers = { "eu-2004-80:9.1.a", "eu-2004-80:9.1.b" },
  facts = { "transposition.eu-2004-80" },
  check = function(ctx)
    return lx.transposition_finding(ctx, "eu-2004-80:9.1", {
      what = { en = "hearings of applicants, witnesses or experts arranged with the assisting authority, directly (telephone or video conference) or by that authority",
               fr = "l'audition des demandeurs, témoins ou experts organisée avec l'autorité chargée de l'assistance, directement (téléconférence ou vidéoconférence) ou par cette autorité" } })
  end,
}

obligation {
  ref = "eu-2004-80:9.2",
  level = "mandatory",
  title = { en = "Direct hearings only with consent and without coercion",
            fr = "Audition directe seulement avec consentement et sans contrainte" },
  category = "compensation",
  text = {
    fr = [[L'audition directe prévue au paragraphe 1, point a), ne peut avoir lieu qu'en collaboration avec l'autorité chargée de l'assistance et si les intéressés y consentent librement, sans que l'autorité de décision puisse imposer des mesures coercitives.]],
  },
  facts = { "transposition.eu-2004-80" },
  check = function(ctx)
    return lx.transposition_finding(ctx, "eu-2004-80:9.2", {
      what = { en = "the limit that a direct hearing takes place only in cooperation with the assisting authority, with the free consent of the persons concerned and without coercive measures",
               fr = "la limite selon laquelle l'audition directe n'a lieu qu'en collaboration avec l'autorité chargée de l'assistance, avec le libre consentement des intéressés et sans mesures coercitives" } })
  end,
}
