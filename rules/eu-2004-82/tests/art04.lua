-- Test cases for Directive 2004/82/EC article 4 (rules/eu-2004-82/art04.lua):
-- the alternatives of 4(1)(a) and (b), each failure sanctioned, 4(2) option.
return {
  {
    name = "maximum of EUR 50 000 per journey: alternative (a)",
    profile = { carrier_data = { sanctions = { adopted = true, max_fine_eur = 50000, failures = { "not_transmitted", "incomplete", "false" }, source = "Border Act s. 10" },
                                 other_sanctions = { adopted = true, source = "Aviation Act s. 3" } } },
    expect = { ["eu-2004-82:4.1"] = { status = "met", option = "a" }, ["eu-2004-82:4.2"] = "met" },
  },
  {
    name = "maximum of exactly EUR 5 000: alternative (a)",
    profile = { carrier_data = { sanctions = { adopted = true, max_fine_eur = 5000, failures = { "not_transmitted", "incomplete", "false" }, source = "Border Act s. 10" } } },
    expect = { ["eu-2004-82:4.1"] = { status = "met", option = "a" } },
  },
  {
    name = "maximum of EUR 4 000 but minimum of EUR 3 000: alternative (b)",
    profile = { carrier_data = { sanctions = { adopted = true, max_fine_eur = 4000, min_fine_eur = 3000, failures = { "not_transmitted", "incomplete", "false" }, source = "Border Act s. 10" } } },
    expect = { ["eu-2004-82:4.1"] = { status = "met", option = "b" } },
  },
  {
    name = "maximum of EUR 4 000 and minimum of EUR 1 000: neither alternative, partly met",
    profile = { carrier_data = { sanctions = { adopted = true, max_fine_eur = 4000, min_fine_eur = 1000, failures = { "not_transmitted", "incomplete", "false" }, source = "Border Act s. 10" } } },
    expect = { ["eu-2004-82:4.1"] = "partly_met" },
  },
  {
    name = "false data not sanctioned: partly met",
    profile = { carrier_data = { sanctions = { adopted = true, max_fine_eur = 50000, failures = { "not_transmitted", "incomplete" }, source = "Border Act s. 10" } } },
    expect = { ["eu-2004-82:4.1"] = "partly_met" },
  },
  {
    name = "no sanctions; no other sanctions",
    profile = { carrier_data = { sanctions = { adopted = false }, other_sanctions = { adopted = false } } },
    expect = { ["eu-2004-82:4.1"] = "not_met", ["eu-2004-82:4.2"] = "not_met" },
  },
  {
    name = "sanctions whose amounts are not stated: unknown",
    profile = { carrier_data = { sanctions = { adopted = true, failures = { "not_transmitted", "incomplete", "false" }, source = "Border Act s. 10" } } },
    expect = { ["eu-2004-82:4.1"] = "unknown" },
  },
  {
    name = "a low minimum, the maximum not stated: unknown (the maximum may reach EUR 5 000)",
    profile = { carrier_data = { sanctions = { adopted = true, min_fine_eur = 500, failures = { "not_transmitted", "incomplete", "false" }, source = "Border Act s. 10" } } },
    expect = { ["eu-2004-82:4.1"] = "unknown" },
  },
  {
    name = "nothing known",
    profile = {},
    expect = { ["eu-2004-82:4.1"] = "unknown", ["eu-2004-82:4.2"] = "unknown" },
  },
}
