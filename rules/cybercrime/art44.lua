-- Cybercrime Convention article 44 -- Mutual legal assistance in accessing
-- stored electronic data (Entraide judiciaire aux fins de l'accès aux données
-- électroniques stockées)
--
--   44(2) mandatory ("L'État partie requis répond à la demande en appliquant
--         les instruments ... visés à l'article 35"): search or similar
--         access, seizure or similar securing and disclosure of stored data
--         on request (evidence_cooperation.stored_data_access_on_request).
--         The general mutual legal assistance regime is art. 40 (cyber4);
--         this rule asks whether those powers are open to a foreign request.
--   44(3) mandatory ("Il doit être répondu à la demande aussi rapidement
--         que possible") in the cases (a) and (b), encoded within.
-- Not encoded: 44(1), a permission of the requesting State ("peut demander").
--
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

obligation {
  ref = "cybercrime:44.2",
  level = "mandatory",
  title = { en = "Access to, seizure and disclosure of stored data on request", fr = "Accès aux données stockées, saisie et divulgation sur demande" },
  category = "cooperation",
  cluster = 5,
  text = {
    fr = [[L'État partie requis répond à la demande en appliquant les instruments internationaux et textes de loi pertinents visés à l'article 35 de la présente Convention, et en se conformant aux autres dispositions pertinentes du présent chapitre.]],
    en = [[The requested State Party shall respond to the request through the application of relevant international instruments and laws referred to in article 35 of this Convention, and in accordance with other relevant provisions of this chapter.]],
  },
  facts = { "evidence_cooperation.stored_data_access_on_request" },
  check = function(ctx)
    return lx.measure_finding(ctx, "evidence_cooperation.stored_data_access_on_request", {
      what = { en = "the search or similar access, seizure or similar securing and disclosure, on the request of another State, of electronic data stored in its territory",
               fr = "la perquisition ou l'accès similaire, la saisie ou l'obtention similaire et la divulgation, à la demande d'un autre État, de données électroniques stockées sur son territoire" } })
  end,
}

obligation {
  ref = "cybercrime:44.3",
  level = "mandatory",
  title = { en = "Expedited response where data are vulnerable or expedited cooperation is provided for",
            fr = "Réponse accélérée lorsque les données sont vulnérables ou qu'une coopération accélérée est prévue" },
  category = "cooperation",
  cluster = 5,
  covers = { "cybercrime:44.3.a", "cybercrime:44.3.b" },
  text = {
    fr = [[Il doit être répondu à la demande aussi rapidement que possible dans les cas suivants : a) Il existe des raisons de penser que les données concernées sont particulièrement susceptibles d'être perdues ou modifiées ; ou b) Les instruments et textes de loi visés au paragraphe 2 du présent article prévoient une coopération accélérée.]],
    en = [[The request shall be responded to on an expedited basis where: (a) There are grounds to believe that relevant data are particularly vulnerable to loss or modification; or (b) The instruments and laws referred to in paragraph 2 of this article otherwise provide for expedited cooperation.]],
  },
  facts = { "evidence_cooperation.stored_data_expedited_response" },
  check = function(ctx)
    return lx.measure_finding(ctx, "evidence_cooperation.stored_data_expedited_response", {
      what = { en = "an expedited response to requests for stored data where the data are particularly vulnerable to loss or modification, or where the applicable instruments provide for expedited cooperation",
               fr = "une réponse accélérée aux demandes portant sur des données stockées lorsque celles-ci sont particulièrement susceptibles d'être perdues ou modifiées, ou que les instruments applicables prévoient une coopération accélérée" } })
  end,
}

not_encoded {
  ref = "cybercrime:44.1",
  reason = {
    en = "A permission of the requesting State (\"peut demander\"); the requested State's duties are paragraphs 2 and 3.",
    fr = "Faculté de l'État requérant (« peut demander ») ; les obligations de l'État requis sont aux paragraphes 2 et 3.",
  },
}
