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
