-- Test cases for the provisions of Directive 2004/80/EC that the table of
-- correspondence alone decides: arts 1-11 and 16 (rules/eu-2004-80/art01.lua
-- ... art16.lua).  A row with measures in force (met), a row transposing in
-- part (partly met), a row stating no transposition (not met), an act not yet
-- in force (not met), no row (unknown); then art. 7's rows on its items, and a
-- row naming an undefined measure (error).
return {
  {
    name = "transposed by an act in force",
    profile = {
      transposition = { ["eu-2004-80"] = {
        measures = {
          act = { title = "Crime Victims (Cross-Border Compensation) Act 2005", kind = "act", from = "2005-06-01", refers_to_directive = true, notified = "2005-12-15", source = "Official Gazette 2005 No. 41" },
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
      } },
    },
    expect = { ["eu-2004-80:1"] = "met", ["eu-2004-80:2"] = "met", ["eu-2004-80:3.1"] = "met", ["eu-2004-80:3.2"] = "met", ["eu-2004-80:3.3"] = "met", ["eu-2004-80:4"] = "met", ["eu-2004-80:5.1"] = "met", ["eu-2004-80:5.2"] = "met", ["eu-2004-80:5.3"] = "met", ["eu-2004-80:6.1"] = "met", ["eu-2004-80:6.2"] = "met", ["eu-2004-80:7"] = "met", ["eu-2004-80:8"] = "met", ["eu-2004-80:9.1"] = "met", ["eu-2004-80:9.2"] = "met", ["eu-2004-80:10"] = "met", ["eu-2004-80:11.1"] = "met", ["eu-2004-80:11.2"] = "met", ["eu-2004-80:11.3"] = "met", ["eu-2004-80:16"] = "met" },
  },
  {
    name = "transposed in part",
    profile = {
      transposition = { ["eu-2004-80"] = {
        measures = {
          act = { title = "Crime Victims (Cross-Border Compensation) Act 2005", kind = "act", from = "2005-06-01", refers_to_directive = true, notified = "2005-12-15", source = "Official Gazette 2005 No. 41" },
        },
        table = {
          { provision = "eu-2004-80:1", measures = { "act" }, adopted = "partly", missing = { "applicants resident in other Member States" } },
          { provision = "eu-2004-80:2", measures = { "act" }, adopted = "partly", missing = { "applicants resident in other Member States" } },
          { provision = "eu-2004-80:3.1", measures = { "act" }, adopted = "partly", missing = { "applicants resident in other Member States" } },
          { provision = "eu-2004-80:3.2", measures = { "act" }, adopted = "partly", missing = { "applicants resident in other Member States" } },
          { provision = "eu-2004-80:3.3", measures = { "act" }, adopted = "partly", missing = { "applicants resident in other Member States" } },
          { provision = "eu-2004-80:4", measures = { "act" }, adopted = "partly", missing = { "applicants resident in other Member States" } },
          { provision = "eu-2004-80:5.1", measures = { "act" }, adopted = "partly", missing = { "applicants resident in other Member States" } },
          { provision = "eu-2004-80:5.2", measures = { "act" }, adopted = "partly", missing = { "applicants resident in other Member States" } },
          { provision = "eu-2004-80:5.3", measures = { "act" }, adopted = "partly", missing = { "applicants resident in other Member States" } },
          { provision = "eu-2004-80:6.1", measures = { "act" }, adopted = "partly", missing = { "applicants resident in other Member States" } },
          { provision = "eu-2004-80:6.2", measures = { "act" }, adopted = "partly", missing = { "applicants resident in other Member States" } },
          { provision = "eu-2004-80:7", measures = { "act" }, adopted = "partly", missing = { "applicants resident in other Member States" } },
          { provision = "eu-2004-80:8", measures = { "act" }, adopted = "partly", missing = { "applicants resident in other Member States" } },
          { provision = "eu-2004-80:9.1", measures = { "act" }, adopted = "partly", missing = { "applicants resident in other Member States" } },
          { provision = "eu-2004-80:9.2", measures = { "act" }, adopted = "partly", missing = { "applicants resident in other Member States" } },
          { provision = "eu-2004-80:10", measures = { "act" }, adopted = "partly", missing = { "applicants resident in other Member States" } },
          { provision = "eu-2004-80:11.1", measures = { "act" }, adopted = "partly", missing = { "applicants resident in other Member States" } },
          { provision = "eu-2004-80:11.2", measures = { "act" }, adopted = "partly", missing = { "applicants resident in other Member States" } },
          { provision = "eu-2004-80:11.3", measures = { "act" }, adopted = "partly", missing = { "applicants resident in other Member States" } },
          { provision = "eu-2004-80:16", measures = { "act" }, adopted = "partly", missing = { "applicants resident in other Member States" } },
        },
      } },
    },
    expect = { ["eu-2004-80:1"] = "partly_met", ["eu-2004-80:2"] = "partly_met", ["eu-2004-80:3.1"] = "partly_met", ["eu-2004-80:3.2"] = "partly_met", ["eu-2004-80:3.3"] = "partly_met", ["eu-2004-80:4"] = "partly_met", ["eu-2004-80:5.1"] = "partly_met", ["eu-2004-80:5.2"] = "partly_met", ["eu-2004-80:5.3"] = "partly_met", ["eu-2004-80:6.1"] = "partly_met", ["eu-2004-80:6.2"] = "partly_met", ["eu-2004-80:7"] = "partly_met", ["eu-2004-80:8"] = "partly_met", ["eu-2004-80:9.1"] = "partly_met", ["eu-2004-80:9.2"] = "partly_met", ["eu-2004-80:10"] = "partly_met", ["eu-2004-80:11.1"] = "partly_met", ["eu-2004-80:11.2"] = "partly_met", ["eu-2004-80:11.3"] = "partly_met", ["eu-2004-80:16"] = "partly_met" },
  },
  {
    name = "not transposed",
    profile = {
      transposition = { ["eu-2004-80"] = {
        measures = {
          act = { title = "Crime Victims (Cross-Border Compensation) Act 2005", kind = "act", from = "2005-06-01", refers_to_directive = true, notified = "2005-12-15", source = "Official Gazette 2005 No. 41" },
        },
        table = {
          { provision = "eu-2004-80:1", adopted = false, note = "No measure adopted." },
          { provision = "eu-2004-80:2", adopted = false, note = "No measure adopted." },
          { provision = "eu-2004-80:3.1", adopted = false, note = "No measure adopted." },
          { provision = "eu-2004-80:3.2", adopted = false, note = "No measure adopted." },
          { provision = "eu-2004-80:3.3", adopted = false, note = "No measure adopted." },
          { provision = "eu-2004-80:4", adopted = false, note = "No measure adopted." },
          { provision = "eu-2004-80:5.1", adopted = false, note = "No measure adopted." },
          { provision = "eu-2004-80:5.2", adopted = false, note = "No measure adopted." },
          { provision = "eu-2004-80:5.3", adopted = false, note = "No measure adopted." },
          { provision = "eu-2004-80:6.1", adopted = false, note = "No measure adopted." },
          { provision = "eu-2004-80:6.2", adopted = false, note = "No measure adopted." },
          { provision = "eu-2004-80:7", adopted = false, note = "No measure adopted." },
          { provision = "eu-2004-80:8", adopted = false, note = "No measure adopted." },
          { provision = "eu-2004-80:9.1", adopted = false, note = "No measure adopted." },
          { provision = "eu-2004-80:9.2", adopted = false, note = "No measure adopted." },
          { provision = "eu-2004-80:10", adopted = false, note = "No measure adopted." },
          { provision = "eu-2004-80:11.1", adopted = false, note = "No measure adopted." },
          { provision = "eu-2004-80:11.2", adopted = false, note = "No measure adopted." },
          { provision = "eu-2004-80:11.3", adopted = false, note = "No measure adopted." },
          { provision = "eu-2004-80:16", adopted = false, note = "No measure adopted." },
        },
      } },
    },
    expect = { ["eu-2004-80:1"] = "not_met", ["eu-2004-80:2"] = "not_met", ["eu-2004-80:3.1"] = "not_met", ["eu-2004-80:3.2"] = "not_met", ["eu-2004-80:3.3"] = "not_met", ["eu-2004-80:4"] = "not_met", ["eu-2004-80:5.1"] = "not_met", ["eu-2004-80:5.2"] = "not_met", ["eu-2004-80:5.3"] = "not_met", ["eu-2004-80:6.1"] = "not_met", ["eu-2004-80:6.2"] = "not_met", ["eu-2004-80:7"] = "not_met", ["eu-2004-80:8"] = "not_met", ["eu-2004-80:9.1"] = "not_met", ["eu-2004-80:9.2"] = "not_met", ["eu-2004-80:10"] = "not_met", ["eu-2004-80:11.1"] = "not_met", ["eu-2004-80:11.2"] = "not_met", ["eu-2004-80:11.3"] = "not_met", ["eu-2004-80:16"] = "not_met" },
  },
  {
    name = "the transposing act enters into force after the assessment date",
    profile = {
      transposition = { ["eu-2004-80"] = {
        measures = {
          act = { title = "Crime Victims (Cross-Border Compensation) Act 2005", kind = "act", from = "2030-01-01", refers_to_directive = true, notified = "2005-12-15", source = "Official Gazette 2005 No. 41" },
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
      } },
    },
    expect = { ["eu-2004-80:1"] = "not_met", ["eu-2004-80:2"] = "not_met", ["eu-2004-80:3.1"] = "not_met", ["eu-2004-80:3.2"] = "not_met", ["eu-2004-80:3.3"] = "not_met", ["eu-2004-80:4"] = "not_met", ["eu-2004-80:5.1"] = "not_met", ["eu-2004-80:5.2"] = "not_met", ["eu-2004-80:5.3"] = "not_met", ["eu-2004-80:6.1"] = "not_met", ["eu-2004-80:6.2"] = "not_met", ["eu-2004-80:7"] = "not_met", ["eu-2004-80:8"] = "not_met", ["eu-2004-80:9.1"] = "not_met", ["eu-2004-80:9.2"] = "not_met", ["eu-2004-80:10"] = "not_met", ["eu-2004-80:11.1"] = "not_met", ["eu-2004-80:11.2"] = "not_met", ["eu-2004-80:11.3"] = "not_met", ["eu-2004-80:16"] = "not_met" },
  },
  {
    name = "no table of correspondence: unknown",
    profile = {},
    expect = { ["eu-2004-80:1"] = "unknown", ["eu-2004-80:2"] = "unknown", ["eu-2004-80:3.1"] = "unknown", ["eu-2004-80:3.2"] = "unknown", ["eu-2004-80:3.3"] = "unknown", ["eu-2004-80:4"] = "unknown", ["eu-2004-80:5.1"] = "unknown", ["eu-2004-80:5.2"] = "unknown", ["eu-2004-80:5.3"] = "unknown", ["eu-2004-80:6.1"] = "unknown", ["eu-2004-80:6.2"] = "unknown", ["eu-2004-80:7"] = "unknown", ["eu-2004-80:8"] = "unknown", ["eu-2004-80:9.1"] = "unknown", ["eu-2004-80:9.2"] = "unknown", ["eu-2004-80:10"] = "unknown", ["eu-2004-80:11.1"] = "unknown", ["eu-2004-80:11.2"] = "unknown", ["eu-2004-80:11.3"] = "unknown", ["eu-2004-80:16"] = "unknown" },
  },
  {
    name = "rows on the three items of art. 7, one not transposed: partly met",
    profile = {
      transposition = { ["eu-2004-80"] = {
        measures = { decree = { title = "Decree No. 2005-12", kind = "regulation", from = "2005-11-01" } },
        table = {
          { provision = "eu-2004-80:7.a", measures = { "decree" } },
          { provision = "eu-2004-80:7.b", measures = { "decree" } },
          { provision = "eu-2004-80:7.c", adopted = false },
        },
      } },
    },
    expect = { ["eu-2004-80:7"] = "partly_met" },
  },
  {
    name = "rows on each item of art. 7, all transposed: met",
    profile = {
      transposition = { ["eu-2004-80"] = {
        measures = { decree = { title = "Decree No. 2005-12", kind = "regulation", from = "2005-11-01" } },
        table = { { provision = "eu-2004-80:7.a", measures = { "decree" } }, { provision = "eu-2004-80:7.b", measures = { "decree" } }, { provision = "eu-2004-80:7.c", measures = { "decree" } } },
      } },
    },
    expect = { ["eu-2004-80:7"] = "met" },
  },
  {
    name = "a row naming a measure the profile does not define is an error",
    profile = {
      transposition = { ["eu-2004-80"] = { table = { { provision = "eu-2004-80:1", measures = { "missing_act" } } } } },
    },
    expect = { ["eu-2004-80:1"] = "error" },
  },
}
