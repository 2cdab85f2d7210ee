-- Test cases for Directive 2004/82/EC article 7 (rules/eu-2004-82/art07.lua).
return {
  {
    name = "a decree for the directive, referring to it and notified",
    profile = { transposition = { ["eu-2004-82"] = { measures = {
      decree = { title = "Border Decree 2006", kind = "regulation", from = "2006-09-01", refers_to_directive = true, notified = "2006-09-20" } } } } },
    expect = { ["eu-2004-82:7.1#inform"] = "met", ["eu-2004-82:7.1#reference"] = "met", ["eu-2004-82:7.2"] = "met" },
  },
  {
    name = "no reference; notified only after the assessment date",
    profile = { transposition = { ["eu-2004-82"] = { measures = {
      decree = { title = "Border Decree 2006", kind = "regulation", from = "2006-09-01", refers_to_directive = false, notified = "2030-01-01" } } } } },
    expect = { ["eu-2004-82:7.1#inform"] = "not_met", ["eu-2004-82:7.1#reference"] = "not_met", ["eu-2004-82:7.2"] = "not_met" },
  },
  {
    name = "no transposing measure recorded",
    profile = {},
    expect = { ["eu-2004-82:7.1#inform"] = "unknown", ["eu-2004-82:7.1#reference"] = "unknown", ["eu-2004-82:7.2"] = "unknown" },
  },
}
