-- Test cases for Directive 2004/80/EC article 18 (rules/eu-2004-80/art18.lua).
return {
  {
    name = "an act referring to the directive, notified; older law notified too",
    profile = { transposition = { ["eu-2004-80"] = {
      measures = {
        act = { title = "Victims Act 2005", kind = "act", from = "2005-06-01", refers_to_directive = true, notified = "2005-12-15" },
        old = { title = "Criminal Injuries Compensation Act 1996", kind = "pre_existing", from = "1996-04-01", notified = "2005-12-15" },
      },
      options = { { provision = "eu-2004-80:18.2", used = true, source = "Victims Act 2005, s. 30" } },
    } } },
    expect = { ["eu-2004-80:18.1"] = "met", ["eu-2004-80:18.2"] = { status = "met", option = "limited" },
               ["eu-2004-80:18.3"] = "met", ["eu-2004-80:18.4"] = "met" },
  },
  {
    name = "older law never notified, the new act notified: 18(1) partly met, 18(4) met; older law needs no reference",
    profile = { transposition = { ["eu-2004-80"] = {
      measures = {
        act = { title = "Victims Act 2005", kind = "act", from = "2005-06-01", refers_to_directive = true, notified = "2005-12-15" },
        old = { title = "Criminal Injuries Compensation Act 1996", kind = "pre_existing", from = "1996-04-01", refers_to_directive = false, notified = "2030-01-01" },
      },
      options = { { provision = "eu-2004-80:18.2", used = false } },
    } } },
    expect = { ["eu-2004-80:18.1"] = "partly_met", ["eu-2004-80:18.2"] = "not_met",
               ["eu-2004-80:18.3"] = "met", ["eu-2004-80:18.4"] = "met" },
  },
  {
    name = "a decree without reference, nothing notified",
    profile = { transposition = { ["eu-2004-80"] = {
      measures = {
        decree = { title = "Decree No. 2005-12", kind = "regulation", from = "2005-11-01", refers_to_directive = false, notified = "2030-01-01" },
      },
    } } },
    expect = { ["eu-2004-80:18.1"] = "not_met", ["eu-2004-80:18.3"] = "not_met", ["eu-2004-80:18.4"] = "not_met" },
  },
  {
    name = "two acts, one without reference: 18(3) partly met",
    profile = { transposition = { ["eu-2004-80"] = {
      measures = {
        act = { title = "Victims Act 2005", kind = "act", from = "2005-06-01", refers_to_directive = true },
        decree = { title = "Decree No. 2005-12", kind = "regulation", from = "2005-11-01", refers_to_directive = false },
      },
    } } },
    expect = { ["eu-2004-80:18.3"] = "partly_met", ["eu-2004-80:18.1"] = "unknown", ["eu-2004-80:18.4"] = "unknown" },
  },
  {
    name = "no measures listed, no option stated: unknown",
    profile = {},
    expect = { ["eu-2004-80:18.1"] = "unknown", ["eu-2004-80:18.2"] = "unknown", ["eu-2004-80:18.3"] = "unknown", ["eu-2004-80:18.4"] = "unknown" },
  },
}
