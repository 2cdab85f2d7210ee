-- Test cases for Directive 2004/82/EC article 6 (rules/eu-2004-82/art06.lua).
return {
  {
    name = "every rule on processing, deletion within 24 hours, law-enforcement use",
    profile = { carrier_data = {
      electronic_transmission = { adopted = true, source = "Border Decree s. 4" },
      authority_deletion = { adopted = true, hours = 24, source = "Border Decree s. 5" },
      carrier_deletion = { adopted = true, hours = 12, source = "Border Decree s. 6" },
      law_enforcement_use = { adopted = true, source = "Police Act s. 30" },
      passenger_information = { adopted = true, source = "Data Protection Act s. 11" } } },
    expect = { ["eu-2004-82:6.1#transmission"] = "met", ["eu-2004-82:6.1#authority-deletion"] = "met",
               ["eu-2004-82:6.1#carrier-deletion"] = "met", ["eu-2004-82:6.1#law-enforcement"] = "met", ["eu-2004-82:6.2"] = "met" },
  },
  {
    name = "data kept 72 hours: deletion partly met",
    profile = { carrier_data = { authority_deletion = { adopted = true, hours = 72, source = "Border Decree s. 5" },
                                 carrier_deletion = { adopted = true, hours = 48, source = "Border Decree s. 6" } } },
    expect = { ["eu-2004-82:6.1#authority-deletion"] = "partly_met", ["eu-2004-82:6.1#carrier-deletion"] = "partly_met" },
  },
  {
    name = "nothing provided",
    profile = { carrier_data = {
      electronic_transmission = { adopted = false }, authority_deletion = { adopted = false }, carrier_deletion = { adopted = false },
      law_enforcement_use = { adopted = false }, passenger_information = { adopted = false } } },
    expect = { ["eu-2004-82:6.1#transmission"] = "not_met", ["eu-2004-82:6.1#authority-deletion"] = "not_met",
               ["eu-2004-82:6.1#carrier-deletion"] = "not_met", ["eu-2004-82:6.1#law-enforcement"] = "not_met", ["eu-2004-82:6.2"] = "not_met" },
  },
  {
    name = "deletion provided, its time limit not stated: unknown",
    profile = { carrier_data = { authority_deletion = { adopted = true, source = "Border Decree s. 5" } } },
    expect = { ["eu-2004-82:6.1#authority-deletion"] = "unknown" },
  },
  {
    name = "nothing known",
    profile = {},
    expect = { ["eu-2004-82:6.1#transmission"] = "unknown", ["eu-2004-82:6.1#authority-deletion"] = "unknown",
               ["eu-2004-82:6.1#carrier-deletion"] = "unknown", ["eu-2004-82:6.1#law-enforcement"] = "unknown", ["eu-2004-82:6.2"] = "unknown" },
  },
}
