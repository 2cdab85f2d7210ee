-- FICTIONAL profile: "United Kingdom (fictional)".
--
-- Invented law under the United Kingdom's real ISO code, so that the EU rules
-- read its real membership dates (rules/eu-members.lua): member from
-- 1 January 1973 until its withdrawal on 31 January 2020; Union law applied
-- to it during the transition period until 31 December 2020 (Withdrawal
-- Agreement, arts 126-127).  NOTHING here describes the law of any part of
-- the United Kingdom.
--
-- What it shows: assessed --as-of 2019-06-01 or 2020-06-01 (transition),
-- Directive 2004/80/EC binds it: languages transposed in part (partly met),
-- no reference to the directive in its regulations (18(3) not met), some
-- rows missing (unknown); --as-of 2021-01-01 every 2004/80 obligation is not
-- applicable, with the reason.  Saved runs before and after keep both
-- (lexgap history GBR).
return {
  profile_format = 1,
  state = { code = "GBR", name = "United Kingdom (fictional profile)", name_fr = "Royaume-Uni (profil fictif)", kind = "state" },
  describes_law_as_of = "2020-06-01",
  prepared = { by = "lexgap bundled example", on = "2026-12-06", note = "FICTIONAL profile: invented law under a real State code, to show how EU directives bind (membership, deadlines, opt-outs, withdrawal)." },
  protection = {
    victim_compensation_state = { adopted = true, source = "Criminal Injuries Compensation Scheme (fictional)", from = "1996-04-01" },
  },

  -- Directives 2004/81/EC and 2004/82/EC (fictional).  The United Kingdom
  -- takes no part in 2004/81 (recital 21): not applicable at every date.  It
  -- takes part in 2004/82 (recital 15): assessed --as-of 2020-06-01 (the
  -- transition period) its invented regulations meet arts 3, 4 (alternative
  -- a) and 5; --as-of 2021-01-01 every 2004/82 obligation is not applicable.
  victim_residence = {
    trafficking_victims = { adopted = true, source = "Victims Residence Rules (fictional), r. 2", note = "A national scheme: the directive does not bind the State (recital 21)." },
  },
  carrier_data = {
    transmission = { adopted = true, items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code", "departure_arrival_times", "total_passengers", "initial_embarkation_point" },
                     on_request = true, by_end_of_check_in = true, source = "Passenger Information Regulations 2006 (fictional), reg. 3", from = "2006-09-01" },
    sanctions = { adopted = true, max_fine_eur = 10000, failures = { "not_transmitted", "incomplete", "false" },
                  source = "Passenger Information Regulations 2006 (fictional), reg. 7", from = "2006-09-01" },
    remedies = { adopted = true, source = "Passenger Information Regulations 2006 (fictional), reg. 8", from = "2006-09-01" },
  },

  notifications = {
    { provision = "eu-2004-80:13.1.a", date = "2005-06-30", content = "Fictional communication." },
    { provision = "eu-2004-80:13.1.b", date = "2005-06-30", content = "Fictional communication." },
    { provision = "eu-2004-80:13.1.c", date = "2005-06-30", content = "Fictional communication." },
    { provision = "eu-2004-80:13.1.d", date = "2005-06-30", content = "Fictional communication." },
  },

  transposition = {
    ["eu-2004-80"] = {
      measures = {
        scheme = { title = "Criminal Injuries Compensation Scheme (fictional)", kind = "pre_existing", from = "1996-04-01", notified = "2006-02-01" },
        regs = { title = "Cross-Border Compensation Regulations 2005 (fictional)", kind = "regulation", adopted_on = "2005-11-01", from = "2006-01-01",
                 refers_to_directive = false, notified = "2006-02-01", source = "Fictional Statutory Instrument 2005 No. 3000" },
      },
      table = {
        { provision = "eu-2004-80:1", measures = { "regs" } },
        { provision = "eu-2004-80:2", measures = { "scheme" } },
        { provision = "eu-2004-80:3.1", measures = { "regs" } },
        { provision = "eu-2004-80:3.2", measures = { "regs" } },
        { provision = "eu-2004-80:3.3", measures = { "regs" } },
        { provision = "eu-2004-80:4", measures = { "regs" } },
        { provision = "eu-2004-80:5.1", measures = { "regs" } },
        { provision = "eu-2004-80:5.2", measures = { "regs" } },
        { provision = "eu-2004-80:5.3", measures = { "regs" } },
        { provision = "eu-2004-80:6.1", measures = { "regs" } },
        { provision = "eu-2004-80:6.2", measures = { "regs" } },
        { provision = "eu-2004-80:7", measures = { "regs" } },
        { provision = "eu-2004-80:9.2", measures = { "regs" } },
        { provision = "eu-2004-80:10", measures = { "regs" } },
        { provision = "eu-2004-80:11.1", measures = { "regs" }, adopted = "partly", missing = { "acceptance of a language of the institutions other than English (art. 11(1)(b))" } },
        { provision = "eu-2004-80:11.2", measures = { "regs" } },
        { provision = "eu-2004-80:11.3", measures = { "regs" } },
      },
      options = {
        { provision = "eu-2004-80:18.2", used = false },
      },
    },
  },
}
