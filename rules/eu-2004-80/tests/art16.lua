-- Test cases for Directive 2004/80/EC article 16 (rules/eu-2004-80/art16.lua).
-- The table of correspondence decides: a row with measures in force (met), a
-- row transposing in part (partly met), a row stating no transposition (not met),
-- no row (unknown).
return {
  {
    name = "transposed by an act in force",
    profile = {
      transposition = { ["eu-2004-80"] = {
        measures = {
          act = { title = "Crime Victims (Cross-Border Compensation) Act 2005", kind = "act", from = "2005-06-01", refers_to_directive = true, notified = "2005-12-15", source = "Official Gazette 2005 No. 41" },
        },
        table = {
          { provision = "eu-2004-80:16", measures = { "act" } },
        },
      } },
    },
    expect = { ["eu-2004-80:16"] = "met" },
  },
  {
    name = "transposed in part",
    profile = {
      transposition = { ["eu-2004-80"] = {
        measures = {
          act = { title = "Crime Victims (Cross-Border Compensation) Act 2005", kind = "act", from = "2005-06-01", refers_to_directive = true, notified = "2005-12-15", source = "Official Gazette 2005 No. 41" },
        },
        table = {
          { provision = "eu-2004-80:16", measures = { "act" }, adopted = "partly", missing = { "applicants resident in other Member States" } },
        },
      } },
    },
    expect = { ["eu-2004-80:16"] = "partly_met" },
  },
  {
    name = "not transposed",
    profile = {
      transposition = { ["eu-2004-80"] = {
        measures = {
          act = { title = "Crime Victims (Cross-Border Compensation) Act 2005", kind = "act", from = "2005-06-01", refers_to_directive = true, notified = "2005-12-15", source = "Official Gazette 2005 No. 41" },
        },
        table = {
          { provision = "eu-2004-80:16", adopted = false, note = "No measure adopted." },
        },
      } },
    },
    expect = { ["eu-2004-80:16"] = "not_met" },
  },
  {
    name = "the transposing act enters into force after the assessment date",
    profile = {
      transposition = { ["eu-2004-80"] = {
        measures = {
          act = { title = "Crime Victims (Cross-Border Compensation) Act 2005", kind = "act", from = "2030-01-01", refers_to_directive = true, notified = "2005-12-15", source = "Official Gazette 2005 No. 41" },
        },
        table = {
          { provision = "eu-2004-80:16", measures = { "act" } },
        },
      } },
    },
    expect = { ["eu-2004-80:16"] = "not_met" },
  },
  {
    name = "no table of correspondence: unknown",
    profile = {},
    expect = { ["eu-2004-80:16"] = "unknown" },
  },
}
