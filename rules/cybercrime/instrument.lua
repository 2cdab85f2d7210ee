-- The instrument this pack encodes.  A data file (never executed).
return {
  id = "cybercrime",
  title = {
    en = "United Nations Convention against Cybercrime",
    fr = "Convention des Nations Unies contre la cybercriminalité",
  },
  short = { en = "Cybercrime Convention", fr = "Convention sur la cybercriminalité" },
  -- Only the French text is here (the six UN languages are equally
  -- authentic, art. 68(2)); every rule quotes it (text_languages).  The
  -- English wording rules carry is an unofficial translation, and reports
  -- label it so (official_languages).
  text_languages = { "fr" },
  official_languages = { "fr" },
  kind = "treaty",
  -- Adopted by General Assembly resolution 79/243 of 24 December 2024;
  -- opened for signature in Hanoi on 25 October 2025, then at United
  -- Nations Headquarters until 31 December 2026 (art. 64(1)).
  adopted = "2024-12-24",
  -- NOT IN FORCE.  Art. 65(1): in force on the ninetieth day after the
  -- deposit of the fortieth instrument of ratification, acceptance,
  -- approval or accession.  When the fortieth is deposited, add the one line
  --   in_force = "YYYY-MM-DD",   -- 90th day after the 40th deposit (date)
  -- here: until then the Convention binds no one, and a signatory can only
  -- be assessed as a prospective party (`lexgap assess --prospective`).
  -- Art. 65(2): for a State depositing after the fortieth instrument, on the
  -- thirtieth day after its deposit or on the Convention's entry into force,
  -- whichever is later (the engine takes the later of in_force and deposit
  -- plus days_after_deposit).
  days_after_deposit = 30,
  -- Art. 67(1): a denunciation takes effect one year after the
  -- Secretary-General receives the notification.
  denunciation_years = 1,
  -- The reservations the Convention provides for ("peut se réserver le
  -- droit", "peut ... déclarer qu'il ne se considère pas lié"): art. 11(3)
  -- (art. 11(1), except the sale, distribution or other making available of
  -- the items of 11(1)(a)(ii)); art. 23(3)(a) (art. 29 limited to the
  -- offences named in the reservation) and 23(3)(b) (arts 29 and 30 for
  -- closed systems); art. 42(5) (dual criminality for preservation
  -- requests); art. 63(3) (art. 63(2), settlement of disputes).  A
  -- reservation names the provision it excludes: 11(3) excludes 11(1);
  -- 23(3)(a) limits 29 and 23(3)(b) limits 29 and 30, so they are listed
  -- under `limited_by_reservation` below, not here (a reservation naming
  -- only a part of art. 29 or 30, e.g. 29(3), is not one of art. 23(3):
  -- it switches that part off and is flagged as not provided for); 42(5) is recorded
  -- under "cybercrime:42.5" (it lets the State refuse preservation on the
  -- ground of dual criminality, which 42(4) excludes, and no more: a
  -- reservation naming all of art. 42 would switch off the duty to preserve;
  -- rules/cybercrime/art42.lua reads it and checks its limits);
  -- 63(3) excludes 63(2).
  open_to_reservation = { "cybercrime:11.1", "cybercrime:42.5", "cybercrime:63.2" },
  -- The reservations of art. 23(3) limit arts 29 and 30 without excluding
  -- them: 23(3)(a) "de n'appliquer les mesures visées à l'article 29 qu'aux
  -- infractions ou catégories d'infractions spécifiées dans la réserve" (the
  -- power of art. 29 is still due, for those offences); 23(3)(b) "de ne pas
  -- appliquer lesdites mesures à ces communications" (only communications
  -- within a closed system).  The engine therefore does not switch arts 29
  -- and 30 off for such a reservation; rules/cybercrime/art29.lua and
  -- art30.lua read it, and art23.lua checks its limits.  23(3) reserves
  -- "les mesures visées à l'article 29" (and 30): the article as a whole, so
  -- only a reservation naming exactly "cybercrime:29" or "cybercrime:30" is
  -- one of art. 23(3) (the engine matches these entries exactly).
  limited_by_reservation = { "cybercrime:29", "cybercrime:30" },
  -- No review mechanism yet (art. 57 leaves it to the Conference of the
  -- States Parties): ratings are grouped by the Convention's chapters.
  -- The official text puts the heading of chapter IX before art. 59
  -- ("Application de la Convention"), so ch. VIII is arts 57-58.
  clusters = {
    { en = "Chapter I: General provisions (arts 1-6)", fr = "Chapitre premier : Dispositions générales (art. 1 à 6)" },
    { en = "Chapter II: Criminalization (arts 7-21)", fr = "Chapitre II : Incrimination (art. 7 à 21)" },
    { en = "Chapter III: Jurisdiction (art. 22)", fr = "Chapitre III : Compétence (art. 22)" },
    { en = "Chapter IV: Procedural measures and law enforcement (arts 23-34)", fr = "Chapitre IV : Mesures procédurales et détection et répression (art. 23 à 34)" },
    { en = "Chapter V: International cooperation (arts 35-52)", fr = "Chapitre V : Coopération internationale (art. 35 à 52)" },
    { en = "Chapter VI: Preventive measures (art. 53)", fr = "Chapitre VI : Mesures préventives (art. 53)" },
    { en = "Chapter VII: Technical assistance and information exchange (arts 54-56)", fr = "Chapitre VII : Assistance technique et échange d'informations (art. 54 à 56)" },
    { en = "Chapter VIII: Mechanism of implementation (arts 57-58)", fr = "Chapitre VIII : Mécanisme d'application (art. 57 et 58)" },
    { en = "Chapter IX: Final provisions (arts 59-68)", fr = "Chapitre IX : Dispositions finales (art. 59 à 68)" },
  },
}
