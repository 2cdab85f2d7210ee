-- FICTIONAL profile: "Poland (fictional)".
--
-- Invented law under Poland's real ISO code, so that the EU rules read its
-- real accession date (1 May 2004, rules/eu-members.lua): it joined before
-- the deadlines of Directive 2004/80/EC and is bound from them, like the
-- older Member States.  NOTHING here describes Polish law.
--
-- What it shows: an invented act transposing the directive late (in force
-- 1 June 2006): assessed --as-of 2006-01-01 the cross-border provisions are
-- not met (the act is not yet in force) while the national scheme of
-- art. 12(2), due since 1 July 2005, is met; assessed --as-of 2007-01-01
-- they are met.  The act does not refer to the directive (18(3) not met) and
-- the information of art. 13(1) was sent in part (partly met).
return {
  profile_format = 1,
  state = { code = "POL", name = "Poland (fictional profile)", name_fr = "Pologne (profil fictif)", kind = "state" },
  describes_law_as_of = "2007-01-01",
  prepared = { by = "lexgap bundled example", on = "2026-12-06", note = "FICTIONAL profile: invented law under a real State code, to show how EU directives bind (membership, deadlines, opt-outs, withdrawal)." },
  protection = {
    victim_compensation_state = { adopted = true, source = "Code of Criminal Procedure (fictional), art. 100", from = "2005-01-01" },
  },

  -- Directives 2004/81/EC and 2004/82/EC (fictional).  Assessed --as-of
  -- 2007-01-01: 2004/81 transposed late by an invented act (in force
  -- 1 October 2006) with a three-month permit (8(3) partly met, a gap), no help
  -- for the most vulnerable (7(1) partly met), minors left out (art. 10 not
  -- applicable); 2004/82 with a deadline after check-in (3(1) partly met),
  -- fines below both alternatives of art. 4(1) (partly met) and data kept
  -- 48 hours (6(1) partly met).  --as-of 2006-09-01: 2004/81 binds, its act
  -- is not yet in force (not met); 2004/82 is not yet due.
  victim_residence = {
    trafficking_victims = { adopted = true, source = "Aliens Act (fictional), art. 53a", from = "2006-10-01" },
    minors = { adopted = false, source = "Aliens Act (fictional), art. 53a (adults only)", from = "2006-10-01" },
    information = { adopted = true, source = "Aliens Act (fictional), art. 53b", from = "2006-10-01" },
    reflection_period = { adopted = true, days = 14, source = "Aliens Act (fictional), art. 53c", from = "2006-10-01" },
    reflection_protection = { adopted = true, source = "Aliens Act (fictional), art. 53c(2)", from = "2006-10-01" },
    subsistence = { adopted = true, source = "Social Assistance Act (fictional), art. 12", from = "2006-10-01" },
    vulnerable_needs = { adopted = false, note = "No provision for the most vulnerable (fictional)." },
    permit = { adopted = true, source = "Aliens Act (fictional), art. 53d", from = "2006-10-01" },
    permit_validity = { adopted = true, months = 3, source = "Aliens Act (fictional), art. 53d(2)", from = "2006-10-01" },
    permit_renewal = { adopted = true, source = "Aliens Act (fictional), art. 53d(3)", from = "2006-10-01" },
  },
  carrier_data = {
    transmission = { adopted = true, items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code", "departure_arrival_times", "total_passengers", "initial_embarkation_point" },
                     on_request = true, by_end_of_check_in = false, source = "Border Guard Act (fictional), art. 40", from = "2006-09-01",
                     note = "Data are due within 30 minutes after departure (fictional)." },
    sanctions = { adopted = true, max_fine_eur = 4000, min_fine_eur = 1000, failures = { "not_transmitted", "incomplete", "false" },
                  source = "Border Guard Act (fictional), art. 41", from = "2006-09-01" },
    remedies = { adopted = true, source = "Code of Administrative Procedure (fictional), art. 127" },
    authority_deletion = { adopted = true, hours = 48, source = "Border Guard Act (fictional), art. 42", from = "2006-09-01" },
  },

  notifications = {
    { provision = "eu-2004-80:13.1.a", date = "2006-07-01" },
    { provision = "eu-2004-80:13.1.b", date = "2006-07-01" },
  },

  transposition = {
    ["eu-2004-80"] = {
      measures = {
        act = { title = "State Compensation for Crime Victims Act 2006 (fictional)", kind = "act", adopted_on = "2006-03-01", from = "2006-06-01",
                refers_to_directive = false, notified = "2006-07-01", source = "Fictional Journal of Laws 2006 No. 7" },
      },
      table = {
        { provision = "eu-2004-80:1", measures = { "act" } },
        { provision = "eu-2004-80:2", measures = { "act" } },
        { provision = "eu-2004-80:3.1", measures = { "act" } },
        { provision = "eu-2004-80:3.2", measures = { "act" } },
        { provision = "eu-2004-80:3.3", measures = { "act" } },
        { provision = "eu-2004-80:4", measures = { "act" } },
        { provision = "eu-2004-80:5.1", measures = { "act" } },
        { provision = "eu-2004-80:5.2", measures = { "act" } },
        { provision = "eu-2004-80:5.3", measures = { "act" } },
        { provision = "eu-2004-80:6.1", measures = { "act" } },
        { provision = "eu-2004-80:6.2", measures = { "act" } },
        { provision = "eu-2004-80:7", measures = { "act" } },
        { provision = "eu-2004-80:8", measures = { "act" } },
        { provision = "eu-2004-80:9.1", measures = { "act" } },
        { provision = "eu-2004-80:9.2", measures = { "act" } },
        { provision = "eu-2004-80:10", measures = { "act" } },
        { provision = "eu-2004-80:11.1", measures = { "act" } },
        { provision = "eu-2004-80:11.2", measures = { "act" } },
        { provision = "eu-2004-80:11.3", measures = { "act" } },
        { provision = "eu-2004-80:16", measures = { "act" } },
      },
      options = {

      },
    },
  },
}
