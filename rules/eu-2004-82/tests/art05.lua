-- Test cases for Directive 2004/82/EC article 5 (rules/eu-2004-82/art05.lua).
return {
  { name = "carriers can appeal", profile = { carrier_data = { remedies = { adopted = true, source = "Administrative Procedure Act s. 70" } } },
    expect = { ["eu-2004-82:5"] = "met" } },
  { name = "no appeal against the fine", profile = { carrier_data = { remedies = { adopted = false } } },
    expect = { ["eu-2004-82:5"] = "not_met" } },
  { name = "nothing known", profile = {}, expect = { ["eu-2004-82:5"] = "unknown" } },
}
