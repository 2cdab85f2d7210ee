-- FICTIONAL profile: "Denmark (fictional)".
--
-- Invented law under Denmark's real ISO code, so that the EU rules read the
-- real membership data (member since 1 January 1973, rules/eu-members.lua)
-- and the real opt-outs: Denmark takes no part in Directives 2004/81/EC and
-- 2004/82/EC (their recitals; for 2004/82 it may decide to implement it as
-- a matter of international law), but is bound by Directive 2004/80/EC,
-- adopted under art. 308 EC.  NOTHING here describes Danish law.
--
-- What it shows (assess with --as-of 2010-01-01): 2004/80 transposed
-- completely by an invented act (met), art. 3(3) formalities without any
-- measure (not met at the "endeavour" level, never a gap), 18(2) option used;
-- the two other directives not applicable because of the opt-outs.
return {
  profile_format = 1,
  state = { code = "DNK", name = "Denmark (fictional profile)", name_fr = "Danemark (profil fictif)", kind = "state" },
  describes_law_as_of = "2010-01-01",
  prepared = { by = "lexgap bundled example", on = "2026-12-06", note = "FICTIONAL profile: invented law under a real State code, to show how EU directives bind (membership, deadlines, opt-outs, withdrawal)." },
  protection = {
    victim_compensation_state = { adopted = true, source = "Crime Victims Compensation Act 2005 (fictional), s. 1", from = "2005-07-01" },
  },

  -- Directives 2004/81/EC and 2004/82/EC (fictional).  Denmark takes no part
  -- in either (recitals 22 and 13): every finding is not applicable, even
  -- where its law has rules on the subject.  Under recital 13 Denmark could
  -- decide to implement 2004/82 in its national law; such a decision binds
  -- it under international law, not as a directive, and lexgap does not
  -- assess it as one.
  carrier_data = {
    transmission = { adopted = true, source = "Aliens Act (fictional), s. 38", note = "Rules adopted under international law, not as a transposition (fictional)." },
  },

  notifications = {
    { provision = "eu-2004-80:13.1.a", date = "2005-06-28", content = "Fictional communication." },
    { provision = "eu-2004-80:13.1.b", date = "2005-06-28", content = "Fictional communication." },
    { provision = "eu-2004-80:13.1.c", date = "2005-06-28", content = "Fictional communication." },
    { provision = "eu-2004-80:13.1.d", date = "2005-06-28", content = "Fictional communication." },
  },

  transposition = {
    ["eu-2004-80"] = {
      measures = {
        act = { title = "Crime Victims Compensation Act 2005 (fictional)", kind = "act", adopted_on = "2005-05-20", from = "2005-07-01",
                refers_to_directive = true, notified = "2005-08-15", source = "Fictional Official Gazette 2005 No. 12" },
      },
      table = {
        { provision = "eu-2004-80:1", measures = { "act" } },
        { provision = "eu-2004-80:2", measures = { "act" } },
        { provision = "eu-2004-80:3.1", measures = { "act" } },
        { provision = "eu-2004-80:3.2", measures = { "act" } },
        { provision = "eu-2004-80:3.3", adopted = false, note = "No measure on formalities (fictional)." },
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
        { provision = "eu-2004-80:18.2", used = true, source = "Crime Victims Compensation Act 2005 (fictional), s. 30" },
      },
    },
  },
}
