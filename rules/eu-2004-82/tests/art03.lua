-- Test cases for Directive 2004/82/EC article 3 (rules/eu-2004-82/art03.lua),
-- and the applicability of the directive: Denmark's position (recital 13),
-- the United Kingdom and Ireland taking part (recitals 15 and 16), the
-- deadline, accession after it, the United Kingdom's withdrawal.
return {
  {
    name = "every item, on request, by the end of check-in",
    profile = { carrier_data = { transmission = { adopted = true, items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code", "departure_arrival_times", "total_passengers", "initial_embarkation_point" }, on_request = true, by_end_of_check_in = true, source = "Border Act s. 9" } } },
    expect = { ["eu-2004-82:3.1"] = "met" },
  },
  {
    name = "a systematic duty (without request) also meets 3(1)",
    profile = { carrier_data = { transmission = { adopted = true, items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code", "departure_arrival_times", "total_passengers", "initial_embarkation_point" }, on_request = false, by_end_of_check_in = true, source = "Border Act s. 9" } } },
    expect = { ["eu-2004-82:3.1"] = "met" },
  },
  {
    name = "two items missing: partly met",
    profile = { carrier_data = { transmission = { adopted = true, by_end_of_check_in = true, source = "Border Act s. 9",
      items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code", "departure_arrival_times" } } } },
    expect = { ["eu-2004-82:3.1"] = "partly_met" },
  },
  {
    name = "data due only after departure: partly met",
    profile = { carrier_data = { transmission = { adopted = true, items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code", "departure_arrival_times", "total_passengers", "initial_embarkation_point" }, by_end_of_check_in = false, source = "Border Act s. 9" } } },
    expect = { ["eu-2004-82:3.1"] = "partly_met" },
  },
  {
    name = "no duty on carriers",
    profile = { carrier_data = { transmission = { adopted = false } } },
    expect = { ["eu-2004-82:3.1"] = "not_met" },
  },
  {
    name = "a duty whose items are not stated: unknown",
    profile = { carrier_data = { transmission = { adopted = true, by_end_of_check_in = true, source = "Border Act s. 9" } } },
    expect = { ["eu-2004-82:3.1"] = "unknown" },
  },
  {
    name = "nothing known",
    profile = {},
    expect = { ["eu-2004-82:3.1"] = "unknown" },
  },
  -- Applicability
  {
    name = "before the deadline (5 September 2006): not applicable",
    as_of = "2006-09-04",
    profile = { carrier_data = { transmission = { adopted = false } } },
    expect = { ["eu-2004-82:3.1"] = "not_applicable" },
  },
  {
    name = "on the deadline: bound",
    as_of = "2006-09-05",
    profile = { carrier_data = { transmission = { adopted = false } } },
    expect = { ["eu-2004-82:3.1"] = "not_met" },
  },
  {
    name = "Denmark does not take part (recital 13)",
    profile = { state = { code = "DNK", name = "Denmark", eu_member = { from = "1973-01-01" } }, carrier_data = { transmission = { adopted = false } } },
    expect = { ["eu-2004-82:3.1"] = "not_applicable", ["eu-2004-82:7.2"] = "not_applicable" },
  },
  {
    name = "Ireland takes part (recital 16)",
    profile = { state = { code = "IRL", name = "Ireland", eu_member = { from = "1973-01-01" } }, carrier_data = { transmission = { adopted = false } } },
    expect = { ["eu-2004-82:3.1"] = "not_met" },
  },
  {
    name = "the United Kingdom takes part (recital 15) while Union law applies to it",
    as_of = "2020-12-31",
    profile = { state = { code = "GBR", name = "United Kingdom", eu_member = { from = "1973-01-01" } }, carrier_data = { transmission = { adopted = false } } },
    expect = { ["eu-2004-82:3.1"] = "not_met" },
  },
  {
    name = "the United Kingdom after the transition period: not applicable",
    as_of = "2021-01-01",
    profile = { state = { code = "GBR", name = "United Kingdom", eu_member = { from = "1973-01-01" } }, carrier_data = { transmission = { adopted = false } } },
    expect = { ["eu-2004-82:3.1"] = "not_applicable" },
  },
  {
    name = "Bulgaria, acceding on 1 January 2007: bound from its accession",
    as_of = "2007-01-01",
    profile = { state = { code = "BGR", name = "Bulgaria" }, carrier_data = { transmission = { adopted = false } } },
    expect = { ["eu-2004-82:3.1"] = "not_met" },
  },
  {
    name = "Bulgaria before its accession: not applicable",
    as_of = "2006-12-31",
    profile = { state = { code = "BGR", name = "Bulgaria" }, carrier_data = { transmission = { adopted = false } } },
    expect = { ["eu-2004-82:3.1"] = "not_applicable" },
  },
}
