-- Test cases for Directive 2004/81/EC article 17 (rules/eu-2004-81/art17.lua).
return {
  {
    name = "a measure adopted for the directive, referring to it and notified",
    profile = { transposition = { ["eu-2004-81"] = { measures = {
      act = { title = "Aliens (Amendment) Act 2006", kind = "act", from = "2006-07-01", refers_to_directive = true, notified = "2006-07-15" } } } } },
    expect = { ["eu-2004-81:17#inform"] = "met", ["eu-2004-81:17#reference"] = "met" },
  },
  {
    name = "no reference to the directive; never notified",
    profile = { transposition = { ["eu-2004-81"] = { measures = {
      act = { title = "Aliens (Amendment) Act 2006", kind = "act", from = "2006-07-01", refers_to_directive = false, notified = "2030-01-01" } } } } },
    expect = { ["eu-2004-81:17#inform"] = "not_met", ["eu-2004-81:17#reference"] = "not_met" },
  },
  {
    name = "one measure refers to the directive, the other does not: partly met",
    profile = { transposition = { ["eu-2004-81"] = { measures = {
      act = { title = "Aliens (Amendment) Act 2006", kind = "act", from = "2006-07-01", refers_to_directive = true, notified = "2006-07-15" },
      decree = { title = "Aliens Decree 2007", kind = "regulation", from = "2007-01-01", refers_to_directive = false, notified = "2007-02-01" } } } } },
    expect = { ["eu-2004-81:17#reference"] = "partly_met", ["eu-2004-81:17#inform"] = "met" },
  },
  {
    name = "law that existed before the directive needs no reference to it",
    profile = { transposition = { ["eu-2004-81"] = { measures = {
      old = { title = "Aliens Act 1999, s. 40", kind = "pre_existing", from = "1999-01-01", notified = "2006-08-01" },
      act = { title = "Aliens (Amendment) Act 2006", kind = "act", from = "2006-07-01", refers_to_directive = true, notified = "2006-07-15" } } } } },
    expect = { ["eu-2004-81:17#reference"] = "met" },
  },
  {
    name = "no transposing measure recorded",
    profile = {},
    expect = { ["eu-2004-81:17#inform"] = "unknown", ["eu-2004-81:17#reference"] = "unknown" },
  },
}
