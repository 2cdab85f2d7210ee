-- FICTIONAL profile: "Croatia (fictional)".
--
-- Invented law under Croatia's real ISO code, so that the EU rules read its
-- real accession date (1 July 2013, rules/eu-members.lua), after every
-- deadline of the 2004 directives: it is bound from its accession.
-- NOTHING here describes Croatian law.
--
-- What it shows: --as-of 2013-06-30 every obligation of Directive
-- 2004/80/EC is not applicable (not yet a Member State); --as-of 2013-07-01
-- the directive binds it: its scheme is limited to nationals (12(2) partly
-- met, a gap), no central contact point is designated (16 not met), no
-- measure was notified to the Commission (18(1), 18(4) not met), the rest
-- transposed by an invented act (met).
return {
  profile_format = 1,
  state = { code = "HRV", name = "Croatia (fictional profile)", name_fr = "Croatie (profil fictif)", kind = "state" },
  describes_law_as_of = "2014-01-01",
  prepared = { by = "lexgap bundled example", on = "2026-12-06", note = "FICTIONAL profile: invented law under a real State code, to show how EU directives bind (membership, deadlines, opt-outs, withdrawal)." },
  protection = {
    victim_compensation_state = { adopted = "partly", source = "Act on Compensation to Victims of Crime 2013 (fictional), s. 4", from = "2013-07-01",
                                  missing = { "victims who are not nationals of the State" } },
  },

  -- Directives 2004/81/EC and 2004/82/EC (fictional).  Assessed --as-of
  -- 2013-07-01, both bind it from its accession: 2004/81 applied to minors
  -- (so art. 10 binds it; education met, legal representation not stated:
  -- unknown), a permit of six months (met); 2004/82 fines with a minimum of
  -- EUR 3 000 per journey (art. 4(1), alternative b), no effective appeal
  -- (art. 5 not met, a gap).
  victim_residence = {
    trafficking_victims = { adopted = true, source = "Aliens Act 2013 (fictional), s. 67", from = "2013-07-01" },
    minors = { adopted = true, source = "Aliens Act 2013 (fictional), s. 67(4)", from = "2013-07-01" },
    minors_education = { adopted = true, public_only = true, source = "Education Act (fictional), s. 14", from = "2013-07-01" },
    permit_validity = { adopted = true, months = 6, source = "Aliens Act 2013 (fictional), s. 68", from = "2013-07-01" },
  },
  carrier_data = {
    sanctions = { adopted = true, max_fine_eur = 4000, min_fine_eur = 3000, failures = { "not_transmitted", "incomplete", "false" },
                  source = "State Border Act 2013 (fictional), s. 90", from = "2013-07-01" },
    remedies = { adopted = false, note = "The fine is final (fictional)." },
  },

  notifications = {
    { provision = "eu-2004-80:13.1.a", date = "2013-07-01", content = "Fictional communication." },
    { provision = "eu-2004-80:13.1.b", date = "2013-07-01", content = "Fictional communication." },
    { provision = "eu-2004-80:13.1.c", date = "2013-07-01", content = "Fictional communication." },
    { provision = "eu-2004-80:13.1.d", date = "2013-07-01", content = "Fictional communication." },
  },

  transposition = {
    ["eu-2004-80"] = {
      measures = {
        act = { title = "Act on Compensation to Victims of Crime 2013 (fictional)", kind = "act", adopted_on = "2013-05-01", from = "2013-07-01",
                refers_to_directive = true, notified = "2031-01-01", source = "Fictional Official Gazette 2013 No. 80" },
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
        { provision = "eu-2004-80:9.1", adopted = false },
        { provision = "eu-2004-80:9.2", measures = { "act" } },
        { provision = "eu-2004-80:10", measures = { "act" } },
        { provision = "eu-2004-80:11.1", measures = { "act" } },
        { provision = "eu-2004-80:11.2", measures = { "act" } },
        { provision = "eu-2004-80:11.3", measures = { "act" } },
        { provision = "eu-2004-80:16", adopted = false, note = "No central contact point designated (fictional)." },
      },
      options = {
        { provision = "eu-2004-80:18.2", used = false },
      },
    },
  },
}
