-- Test cases for UNTOC article 30 (rules/untoc/art30.lua).
return {
  {
    name = "a donor State taking every measure of article 30",
    profile = {
      capacity = {
        international_cooperation_measures = { adopted = true, source = "Development Cooperation Act s. 4" },
        developing_countries_cooperation = { adopted = true, source = "Security cooperation programme with West African States" },
        financial_material_assistance = { adopted = true, source = "Development Cooperation Act, annual appropriation" },
        technical_assistance = { adopted = true, source = "Technical assistance agency statute" },
        un_account_contributions = { adopted = true, source = "Yearly contribution to the UNODC account" },
        confiscated_proceeds_contributions = { adopted = true, source = "Proceeds of Crime Act s. 80" },
        encouraging_others = { adopted = true, source = "Statements at the Conference of the Parties" },
        material_logistical_agreements = { adopted = true, source = "Logistics support agreement with Ruritania" },
      },
    },
    expect = {
      ["untoc:30.1"] = "met", ["untoc:30.2.a"] = "met", ["untoc:30.2.b"] = "met",
      ["untoc:30.2.c#technical-assistance"] = "met", ["untoc:30.2.c#contributions"] = "met",
      ["untoc:30.2.c#confiscated-proceeds"] = "met", ["untoc:30.2.d"] = "met", ["untoc:30.4"] = "met",
    },
  },
  {
    name = "no measure of article 30",
    profile = {
      capacity = {
        international_cooperation_measures = { adopted = false },
        developing_countries_cooperation = { adopted = false },
        financial_material_assistance = { adopted = false },
        technical_assistance = { adopted = false },
        un_account_contributions = { adopted = false },
        confiscated_proceeds_contributions = { adopted = false },
        encouraging_others = { adopted = false },
        material_logistical_agreements = { adopted = false },
      },
    },
    expect = {
      ["untoc:30.1"] = "not_met", ["untoc:30.2.a"] = "not_met", ["untoc:30.2.b"] = "not_met",
      ["untoc:30.2.c#technical-assistance"] = "not_met", ["untoc:30.2.c#contributions"] = "not_met",
      ["untoc:30.2.c#confiscated-proceeds"] = "not_met", ["untoc:30.2.d"] = "not_met", ["untoc:30.4"] = "not_met",
    },
  },
  {
    name = "nothing known about article 30",
    profile = {},
    expect = {
      ["untoc:30.1"] = "unknown", ["untoc:30.2.a"] = "unknown", ["untoc:30.2.b"] = "unknown",
      ["untoc:30.2.c#technical-assistance"] = "unknown", ["untoc:30.2.c#contributions"] = "unknown",
      ["untoc:30.2.c#confiscated-proceeds"] = "unknown", ["untoc:30.2.d"] = "unknown", ["untoc:30.4"] = "unknown",
    },
  },
  {
    name = "contributions pursued but not yet made: the endeavour is met as considered",
    profile = { capacity = { un_account_contributions = { adopted = false, considered = true, note = "Budget request refused in 2023; renewed for 2025." } } },
    expect = { ["untoc:30.2.c#contributions"] = { status = "met", option = "considered" } },
  },
  {
    name = "international cooperation measures only in part: 30(1) partly met",
    profile = { capacity = { international_cooperation_measures = { adopted = "partly", source = "Development Cooperation Act s. 4", missing = { "cooperation addressing organized crime" } } } },
    expect = { ["untoc:30.1"] = "partly_met" },
  },
}
