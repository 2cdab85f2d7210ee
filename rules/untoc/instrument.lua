-- The instrument this pack encodes.  A data file (never executed).
return {
  id = "untoc",
  title = {
    en = "United Nations Convention against Transnational Organized Crime",
    fr = "Convention des Nations unies contre la criminalité transnationale organisée",
    es = "Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional",
  },
  short = { en = "UNTOC", fr = "CTO", es = "UNTOC" },
  -- Every rule quotes its provision in these languages (`lexgap test` checks);
  -- the Spanish copy of the official text stops in art. 34, so it is optional.
  text_languages = { "en", "fr" },
  kind = "treaty",
  adopted = "2000-11-15",
  -- Art. 38(1): in force on the 90th day after the 40th instrument, i.e.
  -- 29 September 2003.  (The English copy in shared/instruments says "19th
  -- day" in art. 38(1): a transcription error; the French text and the
  -- official English text say the ninetieth day, and 29 September 2003 is
  -- the ninetieth day after the fortieth ratification of 1 July 2003.)  Art. 38(2): for a State depositing later, on the
  -- 30th day after its own deposit.
  in_force = "2003-09-29",
  days_after_deposit = 30,
  -- Art. 40(1): a denunciation takes effect one year after the
  -- Secretary-General receives the notification.
  denunciation_years = 1,
  -- The provisions the Convention opens to reservations: art. 35(3) allows
  -- a State to declare itself not bound by art. 35(2) (dispute settlement).
  -- A reservation to any other provision is still honoured (VCLT arts
  -- 19-21) but flagged: its effect depends on its compatibility with the
  -- object and purpose and on other Parties' reactions.
  open_to_reservation = { "untoc:35.2" },
  -- The four clusters of the UNTOC Implementation Review Mechanism.
  clusters = {
    { en = "Criminalization and jurisdiction", fr = "Incrimination et compétence" },
    { en = "Prevention, technical assistance, protection measures and other measures", fr = "Prévention, assistance technique, mesures de protection et autres mesures" },
    { en = "Law enforcement and the judicial system", fr = "Détection et répression, et système judiciaire" },
    { en = "International cooperation, mutual legal assistance and confiscation", fr = "Coopération internationale, entraide judiciaire et confiscation" },
  },
}
