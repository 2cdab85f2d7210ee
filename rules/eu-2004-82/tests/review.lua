-- Independent review of the pack (issue 15): fictional Member States'
-- profiles, with the statuses expected from the text of Directive 2004/82/EC
-- alone (written before the pack was run).  Kept as regression tests; the
-- review's tally and its disagreements are in docs/eu-directives.md.
return {
  {
    name = "review: complete and correct transposition: every item, maximum fine EUR 5 000 (alternative a), 4(2) used",
    profile = {
      carrier_data = {
        transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 3",
          items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code", "departure_arrival_times", "total_passengers", "initial_embarkation_point" },
          on_request = true,
          by_end_of_check_in = true,
        },
        sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 4",
          max_fine_eur = 5000,
          failures = { "not_transmitted", "incomplete", "false" },
        },
        other_sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 5",
        },
        remedies = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 6",
        },
        electronic_transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 7",
        },
        authority_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 8",
          hours = 24,
        },
        carrier_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 9",
          hours = 24,
        },
        law_enforcement_use = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 10",
        },
        passenger_information = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 11",
        },
      },
      transposition = {
        ["eu-2004-82"] = {
          measures = {
            act = {
              title = "Border Act 2006",
              kind = "act",
              adopted_on = "2006-08-01",
              from = "2006-09-01",
              refers_to_directive = true,
              notified = "2006-09-10",
              source = "Official Gazette 2006 No. 40",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-82:3.1"] = "met",
      ["eu-2004-82:4.1"] = "met",
      ["eu-2004-82:5"] = "met",
      ["eu-2004-82:6.1#authority-deletion"] = "met",
      ["eu-2004-82:6.1#carrier-deletion"] = "met",
      ["eu-2004-82:6.1#transmission"] = "met",
      ["eu-2004-82:6.2"] = "met",
      ["eu-2004-82:7.1#inform"] = "met",
      ["eu-2004-82:7.1#reference"] = "met",
      ["eu-2004-82:7.2"] = "met",
      ["eu-2004-82:4.2"] = "met",
      ["eu-2004-82:6.1#law-enforcement"] = "met",
    },
  },
  {
    name = "review: partial transposition, 2004 accession State (Poland): two items missing, fines below both alternatives, no remedy, carriers keep data 48 hours",
    profile = {
      carrier_data = {
        transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 3",
          items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code", "departure_arrival_times" },
          on_request = true,
          by_end_of_check_in = true,
        },
        sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 4",
          max_fine_eur = 4000,
          failures = { "not_transmitted", "incomplete", "false" },
          min_fine_eur = 2000,
        },
        other_sanctions = {
          adopted = false,
        },
        remedies = {
          adopted = false,
        },
        electronic_transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 7",
        },
        authority_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 8",
          hours = 24,
        },
        carrier_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 9",
          hours = 48,
        },
        law_enforcement_use = {
          adopted = false,
        },
      },
      transposition = {
        ["eu-2004-82"] = {
          measures = {
            act = {
              title = "Border Act 2006",
              kind = "act",
              adopted_on = "2006-08-01",
              from = "2006-09-01",
              refers_to_directive = false,
              source = "Official Gazette 2006 No. 40",
            },
          },
        },
      },
      state = {
        code = "POL",
        name = "Poland",
      },
    },
    expect = {
      ["eu-2004-82:3.1"] = "partly_met",
      ["eu-2004-82:4.1"] = "partly_met",
      ["eu-2004-82:5"] = "not_met",
      ["eu-2004-82:6.1#authority-deletion"] = "met",
      ["eu-2004-82:6.1#carrier-deletion"] = "partly_met",
      ["eu-2004-82:6.1#transmission"] = "met",
      ["eu-2004-82:6.2"] = "unknown",
      ["eu-2004-82:7.1#inform"] = "unknown",
      ["eu-2004-82:7.1#reference"] = "not_met",
      ["eu-2004-82:7.2"] = "unknown",
      ["eu-2004-82:4.2"] = "not_met",
      ["eu-2004-82:6.1#law-enforcement"] = "not_met",
    },
  },
  {
    name = "review: 4(1)(a): maximum EUR 5 000 exactly, no minimum: met",
    profile = {
      carrier_data = {
        transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 3",
          items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code", "departure_arrival_times", "total_passengers", "initial_embarkation_point" },
          on_request = true,
          by_end_of_check_in = true,
        },
        sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 4",
          failures = { "not_transmitted", "incomplete", "false" },
          max_fine_eur = 5000,
        },
        other_sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 5",
        },
        remedies = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 6",
        },
        electronic_transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 7",
        },
        authority_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 8",
          hours = 24,
        },
        carrier_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 9",
          hours = 24,
        },
        law_enforcement_use = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 10",
        },
        passenger_information = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 11",
        },
      },
      transposition = {
        ["eu-2004-82"] = {
          measures = {
            act = {
              title = "Border Act 2006",
              kind = "act",
              adopted_on = "2006-08-01",
              from = "2006-09-01",
              refers_to_directive = true,
              notified = "2006-09-10",
              source = "Official Gazette 2006 No. 40",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-82:4.1"] = "met",
    },
  },
  {
    name = "review: 4(1)(a) missed by one euro, no minimum: partly met",
    profile = {
      carrier_data = {
        transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 3",
          items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code", "departure_arrival_times", "total_passengers", "initial_embarkation_point" },
          on_request = true,
          by_end_of_check_in = true,
        },
        sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 4",
          failures = { "not_transmitted", "incomplete", "false" },
          max_fine_eur = 4999,
        },
        other_sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 5",
        },
        remedies = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 6",
        },
        electronic_transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 7",
        },
        authority_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 8",
          hours = 24,
        },
        carrier_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 9",
          hours = 24,
        },
        law_enforcement_use = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 10",
        },
        passenger_information = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 11",
        },
      },
      transposition = {
        ["eu-2004-82"] = {
          measures = {
            act = {
              title = "Border Act 2006",
              kind = "act",
              adopted_on = "2006-08-01",
              from = "2006-09-01",
              refers_to_directive = true,
              notified = "2006-09-10",
              source = "Official Gazette 2006 No. 40",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-82:4.1"] = "partly_met",
    },
  },
  {
    name = "review: 4(1)(b): minimum EUR 3 000 exactly, maximum below 5 000: met",
    profile = {
      carrier_data = {
        transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 3",
          items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code", "departure_arrival_times", "total_passengers", "initial_embarkation_point" },
          on_request = true,
          by_end_of_check_in = true,
        },
        sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 4",
          failures = { "not_transmitted", "incomplete", "false" },
          max_fine_eur = 4000,
          min_fine_eur = 3000,
        },
        other_sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 5",
        },
        remedies = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 6",
        },
        electronic_transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 7",
        },
        authority_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 8",
          hours = 24,
        },
        carrier_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 9",
          hours = 24,
        },
        law_enforcement_use = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 10",
        },
        passenger_information = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 11",
        },
      },
      transposition = {
        ["eu-2004-82"] = {
          measures = {
            act = {
              title = "Border Act 2006",
              kind = "act",
              adopted_on = "2006-08-01",
              from = "2006-09-01",
              refers_to_directive = true,
              notified = "2006-09-10",
              source = "Official Gazette 2006 No. 40",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-82:4.1"] = "met",
    },
  },
  {
    name = "review: 4(1)(b) missed by one euro and (a) by one euro: partly met",
    profile = {
      carrier_data = {
        transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 3",
          items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code", "departure_arrival_times", "total_passengers", "initial_embarkation_point" },
          on_request = true,
          by_end_of_check_in = true,
        },
        sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 4",
          failures = { "not_transmitted", "incomplete", "false" },
          max_fine_eur = 4999,
          min_fine_eur = 2999,
        },
        other_sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 5",
        },
        remedies = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 6",
        },
        electronic_transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 7",
        },
        authority_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 8",
          hours = 24,
        },
        carrier_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 9",
          hours = 24,
        },
        law_enforcement_use = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 10",
        },
        passenger_information = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 11",
        },
      },
      transposition = {
        ["eu-2004-82"] = {
          measures = {
            act = {
              title = "Border Act 2006",
              kind = "act",
              adopted_on = "2006-08-01",
              from = "2006-09-01",
              refers_to_directive = true,
              notified = "2006-09-10",
              source = "Official Gazette 2006 No. 40",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-82:4.1"] = "partly_met",
    },
  },
  {
    name = "review: 4(1)(a) met, minimum below 3 000: met",
    profile = {
      carrier_data = {
        transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 3",
          items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code", "departure_arrival_times", "total_passengers", "initial_embarkation_point" },
          on_request = true,
          by_end_of_check_in = true,
        },
        sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 4",
          failures = { "not_transmitted", "incomplete", "false" },
          max_fine_eur = 10000,
          min_fine_eur = 100,
        },
        other_sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 5",
        },
        remedies = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 6",
        },
        electronic_transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 7",
        },
        authority_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 8",
          hours = 24,
        },
        carrier_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 9",
          hours = 24,
        },
        law_enforcement_use = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 10",
        },
        passenger_information = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 11",
        },
      },
      transposition = {
        ["eu-2004-82"] = {
          measures = {
            act = {
              title = "Border Act 2006",
              kind = "act",
              adopted_on = "2006-08-01",
              from = "2006-09-01",
              refers_to_directive = true,
              notified = "2006-09-10",
              source = "Official Gazette 2006 No. 40",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-82:4.1"] = "met",
    },
  },
  {
    name = "review: amounts not stated: unknown",
    profile = {
      carrier_data = {
        transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 3",
          items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code", "departure_arrival_times", "total_passengers", "initial_embarkation_point" },
          on_request = true,
          by_end_of_check_in = true,
        },
        sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 4",
          failures = { "not_transmitted", "incomplete", "false" },
        },
        other_sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 5",
        },
        remedies = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 6",
        },
        electronic_transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 7",
        },
        authority_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 8",
          hours = 24,
        },
        carrier_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 9",
          hours = 24,
        },
        law_enforcement_use = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 10",
        },
        passenger_information = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 11",
        },
      },
      transposition = {
        ["eu-2004-82"] = {
          measures = {
            act = {
              title = "Border Act 2006",
              kind = "act",
              adopted_on = "2006-08-01",
              from = "2006-09-01",
              refers_to_directive = true,
              notified = "2006-09-10",
              source = "Official Gazette 2006 No. 40",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-82:4.1"] = "unknown",
    },
  },
  {
    name = "review: fines of EUR 5 000 only for data not transmitted, not for incomplete or false data: partly met",
    profile = {
      carrier_data = {
        transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 3",
          items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code", "departure_arrival_times", "total_passengers", "initial_embarkation_point" },
          on_request = true,
          by_end_of_check_in = true,
        },
        sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 4",
          failures = { "not_transmitted" },
          max_fine_eur = 5000,
        },
        other_sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 5",
        },
        remedies = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 6",
        },
        electronic_transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 7",
        },
        authority_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 8",
          hours = 24,
        },
        carrier_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 9",
          hours = 24,
        },
        law_enforcement_use = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 10",
        },
        passenger_information = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 11",
        },
      },
      transposition = {
        ["eu-2004-82"] = {
          measures = {
            act = {
              title = "Border Act 2006",
              kind = "act",
              adopted_on = "2006-08-01",
              from = "2006-09-01",
              refers_to_directive = true,
              notified = "2006-09-10",
              source = "Official Gazette 2006 No. 40",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-82:4.1"] = "partly_met",
    },
  },
  {
    name = "review: data due only after the end of check-in: partly met",
    profile = {
      carrier_data = {
        transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 3",
          items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code", "departure_arrival_times", "total_passengers", "initial_embarkation_point" },
          on_request = true,
          by_end_of_check_in = false,
        },
        sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 4",
          max_fine_eur = 5000,
          failures = { "not_transmitted", "incomplete", "false" },
        },
        other_sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 5",
        },
        remedies = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 6",
        },
        electronic_transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 7",
        },
        authority_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 8",
          hours = 24,
        },
        carrier_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 9",
          hours = 24,
        },
        law_enforcement_use = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 10",
        },
        passenger_information = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 11",
        },
      },
      transposition = {
        ["eu-2004-82"] = {
          measures = {
            act = {
              title = "Border Act 2006",
              kind = "act",
              adopted_on = "2006-08-01",
              from = "2006-09-01",
              refers_to_directive = true,
              notified = "2006-09-10",
              source = "Official Gazette 2006 No. 40",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-82:3.1"] = "partly_met",
    },
  },
  {
    name = "review: authorities keep the data 72 hours: partly met",
    profile = {
      carrier_data = {
        transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 3",
          items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code", "departure_arrival_times", "total_passengers", "initial_embarkation_point" },
          on_request = true,
          by_end_of_check_in = true,
        },
        sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 4",
          max_fine_eur = 5000,
          failures = { "not_transmitted", "incomplete", "false" },
        },
        other_sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 5",
        },
        remedies = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 6",
        },
        electronic_transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 7",
        },
        authority_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 8",
          hours = 72,
        },
        carrier_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 9",
          hours = 24,
        },
        law_enforcement_use = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 10",
        },
        passenger_information = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 11",
        },
      },
      transposition = {
        ["eu-2004-82"] = {
          measures = {
            act = {
              title = "Border Act 2006",
              kind = "act",
              adopted_on = "2006-08-01",
              from = "2006-09-01",
              refers_to_directive = true,
              notified = "2006-09-10",
              source = "Official Gazette 2006 No. 40",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-82:6.1#authority-deletion"] = "partly_met",
      ["eu-2004-82:6.1#carrier-deletion"] = "met",
    },
  },
  {
    name = "review: no duty on carriers to transmit: not met",
    profile = {
      carrier_data = {
        transmission = {
          adopted = false,
        },
        sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 4",
          max_fine_eur = 5000,
          failures = { "not_transmitted", "incomplete", "false" },
        },
        other_sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 5",
        },
        remedies = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 6",
        },
        electronic_transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 7",
        },
        authority_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 8",
          hours = 24,
        },
        carrier_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 9",
          hours = 24,
        },
        law_enforcement_use = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 10",
        },
        passenger_information = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 11",
        },
      },
      transposition = {
        ["eu-2004-82"] = {
          measures = {
            act = {
              title = "Border Act 2006",
              kind = "act",
              adopted_on = "2006-08-01",
              from = "2006-09-01",
              refers_to_directive = true,
              notified = "2006-09-10",
              source = "Official Gazette 2006 No. 40",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-82:3.1"] = "not_met",
    },
  },
  {
    name = "review: 4 September 2006: not yet due",
    as_of = "2006-09-04",
    profile = {
      carrier_data = {
        transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 3",
          items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code", "departure_arrival_times", "total_passengers", "initial_embarkation_point" },
          on_request = true,
          by_end_of_check_in = true,
        },
        sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 4",
          max_fine_eur = 5000,
          failures = { "not_transmitted", "incomplete", "false" },
        },
        other_sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 5",
        },
        remedies = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 6",
        },
        electronic_transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 7",
        },
        authority_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 8",
          hours = 24,
        },
        carrier_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 9",
          hours = 24,
        },
        law_enforcement_use = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 10",
        },
        passenger_information = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 11",
        },
      },
      transposition = {
        ["eu-2004-82"] = {
          measures = {
            act = {
              title = "Border Act 2006",
              kind = "act",
              adopted_on = "2006-08-01",
              from = "2006-09-01",
              refers_to_directive = true,
              notified = "2006-09-10",
              source = "Official Gazette 2006 No. 40",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-82:3.1"] = "not_applicable",
      ["eu-2004-82:4.1"] = "not_applicable",
      ["eu-2004-82:5"] = "not_applicable",
      ["eu-2004-82:6.1#authority-deletion"] = "not_applicable",
      ["eu-2004-82:6.1#carrier-deletion"] = "not_applicable",
      ["eu-2004-82:6.1#transmission"] = "not_applicable",
      ["eu-2004-82:6.2"] = "not_applicable",
      ["eu-2004-82:7.1#inform"] = "not_applicable",
      ["eu-2004-82:7.1#reference"] = "not_applicable",
      ["eu-2004-82:7.2"] = "not_applicable",
      ["eu-2004-82:4.2"] = "not_applicable",
      ["eu-2004-82:6.1#law-enforcement"] = "not_applicable",
    },
  },
  {
    name = "review: 5 September 2006, the deadline: due, measures in force on 1 September met; notified only on 10 September, so 7(1) inform and 7(2) not yet met",
    as_of = "2006-09-05",
    profile = {
      carrier_data = {
        transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 3",
          items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code", "departure_arrival_times", "total_passengers", "initial_embarkation_point" },
          on_request = true,
          by_end_of_check_in = true,
        },
        sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 4",
          max_fine_eur = 5000,
          failures = { "not_transmitted", "incomplete", "false" },
        },
        other_sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 5",
        },
        remedies = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 6",
        },
        electronic_transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 7",
        },
        authority_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 8",
          hours = 24,
        },
        carrier_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 9",
          hours = 24,
        },
        law_enforcement_use = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 10",
        },
        passenger_information = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 11",
        },
      },
      transposition = {
        ["eu-2004-82"] = {
          measures = {
            act = {
              title = "Border Act 2006",
              kind = "act",
              adopted_on = "2006-08-01",
              from = "2006-09-01",
              refers_to_directive = true,
              notified = "2006-09-10",
              source = "Official Gazette 2006 No. 40",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-82:3.1"] = "met",
      ["eu-2004-82:4.1"] = "met",
      ["eu-2004-82:5"] = "met",
      ["eu-2004-82:6.1#authority-deletion"] = "met",
      ["eu-2004-82:6.1#carrier-deletion"] = "met",
      ["eu-2004-82:6.1#transmission"] = "met",
      ["eu-2004-82:6.2"] = "met",
      ["eu-2004-82:7.1#inform"] = "not_met",
      ["eu-2004-82:7.1#reference"] = "met",
      ["eu-2004-82:7.2"] = "not_met",
      ["eu-2004-82:4.2"] = "met",
      ["eu-2004-82:6.1#law-enforcement"] = "met",
    },
  },
  {
    name = "review: measures in force one day after the deadline: not met on 5 September 2006",
    as_of = "2006-09-05",
    profile = {
      carrier_data = {
        transmission = {
          adopted = true,
          from = "2006-09-06",
          source = "Border Act 2006, s. 3",
          items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code", "departure_arrival_times", "total_passengers", "initial_embarkation_point" },
          on_request = true,
          by_end_of_check_in = true,
        },
        sanctions = {
          adopted = true,
          from = "2006-09-06",
          source = "Border Act 2006, s. 4",
          max_fine_eur = 5000,
          failures = { "not_transmitted", "incomplete", "false" },
        },
        other_sanctions = {
          adopted = true,
          from = "2006-09-06",
          source = "Border Act 2006, s. 5",
        },
        remedies = {
          adopted = true,
          from = "2006-09-06",
          source = "Border Act 2006, s. 6",
        },
        electronic_transmission = {
          adopted = true,
          from = "2006-09-06",
          source = "Border Act 2006, s. 7",
        },
        authority_deletion = {
          adopted = true,
          from = "2006-09-06",
          source = "Border Act 2006, s. 8",
          hours = 24,
        },
        carrier_deletion = {
          adopted = true,
          from = "2006-09-06",
          source = "Border Act 2006, s. 9",
          hours = 24,
        },
        law_enforcement_use = {
          adopted = true,
          from = "2006-09-06",
          source = "Border Act 2006, s. 10",
        },
        passenger_information = {
          adopted = true,
          from = "2006-09-06",
          source = "Border Act 2006, s. 11",
        },
      },
      transposition = {
        ["eu-2004-82"] = {
          measures = {
            act = {
              title = "Border Act 2006",
              kind = "act",
              adopted_on = "2006-08-01",
              from = "2006-09-06",
              refers_to_directive = true,
              notified = "2006-09-10",
              source = "Official Gazette 2006 No. 40",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-82:3.1"] = "not_met",
      ["eu-2004-82:4.1"] = "not_met",
      ["eu-2004-82:5"] = "not_met",
      ["eu-2004-82:6.2"] = "not_met",
    },
  },
  {
    name = "review: the same on 6 September 2006: met",
    as_of = "2006-09-06",
    profile = {
      carrier_data = {
        transmission = {
          adopted = true,
          from = "2006-09-06",
          source = "Border Act 2006, s. 3",
          items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code", "departure_arrival_times", "total_passengers", "initial_embarkation_point" },
          on_request = true,
          by_end_of_check_in = true,
        },
        sanctions = {
          adopted = true,
          from = "2006-09-06",
          source = "Border Act 2006, s. 4",
          max_fine_eur = 5000,
          failures = { "not_transmitted", "incomplete", "false" },
        },
        other_sanctions = {
          adopted = true,
          from = "2006-09-06",
          source = "Border Act 2006, s. 5",
        },
        remedies = {
          adopted = true,
          from = "2006-09-06",
          source = "Border Act 2006, s. 6",
        },
        electronic_transmission = {
          adopted = true,
          from = "2006-09-06",
          source = "Border Act 2006, s. 7",
        },
        authority_deletion = {
          adopted = true,
          from = "2006-09-06",
          source = "Border Act 2006, s. 8",
          hours = 24,
        },
        carrier_deletion = {
          adopted = true,
          from = "2006-09-06",
          source = "Border Act 2006, s. 9",
          hours = 24,
        },
        law_enforcement_use = {
          adopted = true,
          from = "2006-09-06",
          source = "Border Act 2006, s. 10",
        },
        passenger_information = {
          adopted = true,
          from = "2006-09-06",
          source = "Border Act 2006, s. 11",
        },
      },
      transposition = {
        ["eu-2004-82"] = {
          measures = {
            act = {
              title = "Border Act 2006",
              kind = "act",
              adopted_on = "2006-08-01",
              from = "2006-09-06",
              refers_to_directive = true,
              notified = "2006-09-10",
              source = "Official Gazette 2006 No. 40",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-82:3.1"] = "met",
      ["eu-2004-82:4.1"] = "met",
      ["eu-2004-82:5"] = "met",
      ["eu-2004-82:6.2"] = "met",
    },
  },
  {
    name = "review: a 2004 accession State (Czech Republic) on the deadline: bound (measures notified only on 10 September)",
    as_of = "2006-09-05",
    profile = {
      carrier_data = {
        transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 3",
          items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code", "departure_arrival_times", "total_passengers", "initial_embarkation_point" },
          on_request = true,
          by_end_of_check_in = true,
        },
        sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 4",
          max_fine_eur = 5000,
          failures = { "not_transmitted", "incomplete", "false" },
        },
        other_sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 5",
        },
        remedies = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 6",
        },
        electronic_transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 7",
        },
        authority_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 8",
          hours = 24,
        },
        carrier_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 9",
          hours = 24,
        },
        law_enforcement_use = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 10",
        },
        passenger_information = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 11",
        },
      },
      transposition = {
        ["eu-2004-82"] = {
          measures = {
            act = {
              title = "Border Act 2006",
              kind = "act",
              adopted_on = "2006-08-01",
              from = "2006-09-01",
              refers_to_directive = true,
              notified = "2006-09-10",
              source = "Official Gazette 2006 No. 40",
            },
          },
        },
      },
      state = {
        code = "CZE",
        name = "Czech Republic",
      },
    },
    expect = {
      ["eu-2004-82:3.1"] = "met",
      ["eu-2004-82:4.1"] = "met",
      ["eu-2004-82:5"] = "met",
      ["eu-2004-82:6.1#authority-deletion"] = "met",
      ["eu-2004-82:6.1#carrier-deletion"] = "met",
      ["eu-2004-82:6.1#transmission"] = "met",
      ["eu-2004-82:6.2"] = "met",
      ["eu-2004-82:7.1#inform"] = "not_met",
      ["eu-2004-82:7.1#reference"] = "met",
      ["eu-2004-82:7.2"] = "not_met",
      ["eu-2004-82:4.2"] = "met",
      ["eu-2004-82:6.1#law-enforcement"] = "met",
    },
  },
  {
    name = "review: Denmark: not bound (recital 13)",
    profile = {
      carrier_data = {
        transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 3",
          items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code", "departure_arrival_times", "total_passengers", "initial_embarkation_point" },
          on_request = true,
          by_end_of_check_in = true,
        },
        sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 4",
          max_fine_eur = 5000,
          failures = { "not_transmitted", "incomplete", "false" },
        },
        other_sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 5",
        },
        remedies = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 6",
        },
        electronic_transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 7",
        },
        authority_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 8",
          hours = 24,
        },
        carrier_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 9",
          hours = 24,
        },
        law_enforcement_use = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 10",
        },
        passenger_information = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 11",
        },
      },
      transposition = {
        ["eu-2004-82"] = {
          measures = {
            act = {
              title = "Border Act 2006",
              kind = "act",
              adopted_on = "2006-08-01",
              from = "2006-09-01",
              refers_to_directive = true,
              notified = "2006-09-10",
              source = "Official Gazette 2006 No. 40",
            },
          },
        },
      },
      state = {
        code = "DNK",
        name = "Denmark",
      },
    },
    expect = {
      ["eu-2004-82:3.1"] = "not_applicable",
      ["eu-2004-82:4.1"] = "not_applicable",
      ["eu-2004-82:5"] = "not_applicable",
      ["eu-2004-82:6.1#authority-deletion"] = "not_applicable",
      ["eu-2004-82:6.1#carrier-deletion"] = "not_applicable",
      ["eu-2004-82:6.1#transmission"] = "not_applicable",
      ["eu-2004-82:6.2"] = "not_applicable",
      ["eu-2004-82:7.1#inform"] = "not_applicable",
      ["eu-2004-82:7.1#reference"] = "not_applicable",
      ["eu-2004-82:7.2"] = "not_applicable",
      ["eu-2004-82:4.2"] = "not_applicable",
      ["eu-2004-82:6.1#law-enforcement"] = "not_applicable",
    },
  },
  {
    name = "review: Ireland takes part (recital 16)",
    profile = {
      carrier_data = {
        transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 3",
          items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code", "departure_arrival_times", "total_passengers", "initial_embarkation_point" },
          on_request = true,
          by_end_of_check_in = true,
        },
        sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 4",
          max_fine_eur = 5000,
          failures = { "not_transmitted", "incomplete", "false" },
        },
        other_sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 5",
        },
        remedies = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 6",
        },
        electronic_transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 7",
        },
        authority_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 8",
          hours = 24,
        },
        carrier_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 9",
          hours = 24,
        },
        law_enforcement_use = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 10",
        },
        passenger_information = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 11",
        },
      },
      transposition = {
        ["eu-2004-82"] = {
          measures = {
            act = {
              title = "Border Act 2006",
              kind = "act",
              adopted_on = "2006-08-01",
              from = "2006-09-01",
              refers_to_directive = true,
              notified = "2006-09-10",
              source = "Official Gazette 2006 No. 40",
            },
          },
        },
      },
      state = {
        code = "IRL",
        name = "Ireland",
      },
    },
    expect = {
      ["eu-2004-82:3.1"] = "met",
      ["eu-2004-82:4.1"] = "met",
      ["eu-2004-82:5"] = "met",
      ["eu-2004-82:6.1#authority-deletion"] = "met",
      ["eu-2004-82:6.1#carrier-deletion"] = "met",
      ["eu-2004-82:6.1#transmission"] = "met",
      ["eu-2004-82:6.2"] = "met",
      ["eu-2004-82:7.1#inform"] = "met",
      ["eu-2004-82:7.1#reference"] = "met",
      ["eu-2004-82:7.2"] = "met",
      ["eu-2004-82:4.2"] = "met",
      ["eu-2004-82:6.1#law-enforcement"] = "met",
    },
  },
  {
    name = "review: United Kingdom on 31 January 2020: bound (recital 15)",
    as_of = "2020-01-31",
    profile = {
      carrier_data = {
        transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 3",
          items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code", "departure_arrival_times", "total_passengers", "initial_embarkation_point" },
          on_request = true,
          by_end_of_check_in = true,
        },
        sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 4",
          max_fine_eur = 5000,
          failures = { "not_transmitted", "incomplete", "false" },
        },
        other_sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 5",
        },
        remedies = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 6",
        },
        electronic_transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 7",
        },
        authority_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 8",
          hours = 24,
        },
        carrier_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 9",
          hours = 24,
        },
        law_enforcement_use = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 10",
        },
        passenger_information = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 11",
        },
      },
      transposition = {
        ["eu-2004-82"] = {
          measures = {
            act = {
              title = "Border Act 2006",
              kind = "act",
              adopted_on = "2006-08-01",
              from = "2006-09-01",
              refers_to_directive = true,
              notified = "2006-09-10",
              source = "Official Gazette 2006 No. 40",
            },
          },
        },
      },
      state = {
        code = "GBR",
        name = "United Kingdom",
      },
    },
    expect = {
      ["eu-2004-82:3.1"] = "met",
      ["eu-2004-82:4.1"] = "met",
      ["eu-2004-82:5"] = "met",
      ["eu-2004-82:6.1#authority-deletion"] = "met",
      ["eu-2004-82:6.1#carrier-deletion"] = "met",
      ["eu-2004-82:6.1#transmission"] = "met",
      ["eu-2004-82:6.2"] = "met",
      ["eu-2004-82:7.1#inform"] = "met",
      ["eu-2004-82:7.1#reference"] = "met",
      ["eu-2004-82:7.2"] = "met",
      ["eu-2004-82:4.2"] = "met",
      ["eu-2004-82:6.1#law-enforcement"] = "met",
    },
  },
  {
    name = "review: United Kingdom on 31 December 2020, end of the transition period: bound",
    as_of = "2020-12-31",
    profile = {
      carrier_data = {
        transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 3",
          items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code", "departure_arrival_times", "total_passengers", "initial_embarkation_point" },
          on_request = true,
          by_end_of_check_in = true,
        },
        sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 4",
          max_fine_eur = 5000,
          failures = { "not_transmitted", "incomplete", "false" },
        },
        other_sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 5",
        },
        remedies = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 6",
        },
        electronic_transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 7",
        },
        authority_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 8",
          hours = 24,
        },
        carrier_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 9",
          hours = 24,
        },
        law_enforcement_use = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 10",
        },
        passenger_information = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 11",
        },
      },
      transposition = {
        ["eu-2004-82"] = {
          measures = {
            act = {
              title = "Border Act 2006",
              kind = "act",
              adopted_on = "2006-08-01",
              from = "2006-09-01",
              refers_to_directive = true,
              notified = "2006-09-10",
              source = "Official Gazette 2006 No. 40",
            },
          },
        },
      },
      state = {
        code = "GBR",
        name = "United Kingdom",
      },
    },
    expect = {
      ["eu-2004-82:3.1"] = "met",
      ["eu-2004-82:4.1"] = "met",
      ["eu-2004-82:5"] = "met",
      ["eu-2004-82:6.1#authority-deletion"] = "met",
      ["eu-2004-82:6.1#carrier-deletion"] = "met",
      ["eu-2004-82:6.1#transmission"] = "met",
      ["eu-2004-82:6.2"] = "met",
      ["eu-2004-82:7.1#inform"] = "met",
      ["eu-2004-82:7.1#reference"] = "met",
      ["eu-2004-82:7.2"] = "met",
      ["eu-2004-82:4.2"] = "met",
      ["eu-2004-82:6.1#law-enforcement"] = "met",
    },
  },
  {
    name = "review: United Kingdom on 1 January 2021: not bound",
    as_of = "2021-01-01",
    profile = {
      carrier_data = {
        transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 3",
          items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code", "departure_arrival_times", "total_passengers", "initial_embarkation_point" },
          on_request = true,
          by_end_of_check_in = true,
        },
        sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 4",
          max_fine_eur = 5000,
          failures = { "not_transmitted", "incomplete", "false" },
        },
        other_sanctions = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 5",
        },
        remedies = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 6",
        },
        electronic_transmission = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 7",
        },
        authority_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 8",
          hours = 24,
        },
        carrier_deletion = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 9",
          hours = 24,
        },
        law_enforcement_use = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 10",
        },
        passenger_information = {
          adopted = true,
          from = "2006-09-01",
          source = "Border Act 2006, s. 11",
        },
      },
      transposition = {
        ["eu-2004-82"] = {
          measures = {
            act = {
              title = "Border Act 2006",
              kind = "act",
              adopted_on = "2006-08-01",
              from = "2006-09-01",
              refers_to_directive = true,
              notified = "2006-09-10",
              source = "Official Gazette 2006 No. 40",
            },
          },
        },
      },
      state = {
        code = "GBR",
        name = "United Kingdom",
      },
    },
    expect = {
      ["eu-2004-82:3.1"] = "not_applicable",
      ["eu-2004-82:4.1"] = "not_applicable",
      ["eu-2004-82:5"] = "not_applicable",
      ["eu-2004-82:6.1#authority-deletion"] = "not_applicable",
      ["eu-2004-82:6.1#carrier-deletion"] = "not_applicable",
      ["eu-2004-82:6.1#transmission"] = "not_applicable",
      ["eu-2004-82:6.2"] = "not_applicable",
      ["eu-2004-82:7.1#inform"] = "not_applicable",
      ["eu-2004-82:7.1#reference"] = "not_applicable",
      ["eu-2004-82:7.2"] = "not_applicable",
      ["eu-2004-82:4.2"] = "not_applicable",
      ["eu-2004-82:6.1#law-enforcement"] = "not_applicable",
    },
  },
  {
    name = "review: Romania on 31 December 2006: not yet a Member State",
    as_of = "2006-12-31",
    profile = {
      carrier_data = {
        transmission = {
          adopted = true,
          from = "2006-12-15",
          source = "Border Act 2006, s. 3",
          items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code", "departure_arrival_times", "total_passengers", "initial_embarkation_point" },
          on_request = true,
          by_end_of_check_in = true,
        },
        sanctions = {
          adopted = true,
          from = "2006-12-15",
          source = "Border Act 2006, s. 4",
          max_fine_eur = 5000,
          failures = { "not_transmitted", "incomplete", "false" },
        },
        other_sanctions = {
          adopted = true,
          from = "2006-12-15",
          source = "Border Act 2006, s. 5",
        },
        remedies = {
          adopted = true,
          from = "2006-12-15",
          source = "Border Act 2006, s. 6",
        },
        electronic_transmission = {
          adopted = true,
          from = "2006-12-15",
          source = "Border Act 2006, s. 7",
        },
        authority_deletion = {
          adopted = true,
          from = "2006-12-15",
          source = "Border Act 2006, s. 8",
          hours = 24,
        },
        carrier_deletion = {
          adopted = true,
          from = "2006-12-15",
          source = "Border Act 2006, s. 9",
          hours = 24,
        },
        law_enforcement_use = {
          adopted = true,
          from = "2006-12-15",
          source = "Border Act 2006, s. 10",
        },
        passenger_information = {
          adopted = true,
          from = "2006-12-15",
          source = "Border Act 2006, s. 11",
        },
      },
      transposition = {
        ["eu-2004-82"] = {
          measures = {
            act = {
              title = "Border Act 2006",
              kind = "act",
              adopted_on = "2006-08-01",
              from = "2006-12-15",
              refers_to_directive = true,
              notified = "2006-12-20",
              source = "Official Gazette 2006 No. 40",
            },
          },
        },
      },
      state = {
        code = "ROU",
        name = "Romania",
      },
    },
    expect = {
      ["eu-2004-82:3.1"] = "not_applicable",
      ["eu-2004-82:4.1"] = "not_applicable",
      ["eu-2004-82:5"] = "not_applicable",
      ["eu-2004-82:6.1#authority-deletion"] = "not_applicable",
      ["eu-2004-82:6.1#carrier-deletion"] = "not_applicable",
      ["eu-2004-82:6.1#transmission"] = "not_applicable",
      ["eu-2004-82:6.2"] = "not_applicable",
      ["eu-2004-82:7.1#inform"] = "not_applicable",
      ["eu-2004-82:7.1#reference"] = "not_applicable",
      ["eu-2004-82:7.2"] = "not_applicable",
      ["eu-2004-82:4.2"] = "not_applicable",
      ["eu-2004-82:6.1#law-enforcement"] = "not_applicable",
    },
  },
  {
    name = "review: Romania on 1 January 2007: bound from accession, after the deadline",
    as_of = "2007-01-01",
    profile = {
      carrier_data = {
        transmission = {
          adopted = true,
          from = "2006-12-15",
          source = "Border Act 2006, s. 3",
          items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code", "departure_arrival_times", "total_passengers", "initial_embarkation_point" },
          on_request = true,
          by_end_of_check_in = true,
        },
        sanctions = {
          adopted = true,
          from = "2006-12-15",
          source = "Border Act 2006, s. 4",
          max_fine_eur = 5000,
          failures = { "not_transmitted", "incomplete", "false" },
        },
        other_sanctions = {
          adopted = true,
          from = "2006-12-15",
          source = "Border Act 2006, s. 5",
        },
        remedies = {
          adopted = true,
          from = "2006-12-15",
          source = "Border Act 2006, s. 6",
        },
        electronic_transmission = {
          adopted = true,
          from = "2006-12-15",
          source = "Border Act 2006, s. 7",
        },
        authority_deletion = {
          adopted = true,
          from = "2006-12-15",
          source = "Border Act 2006, s. 8",
          hours = 24,
        },
        carrier_deletion = {
          adopted = true,
          from = "2006-12-15",
          source = "Border Act 2006, s. 9",
          hours = 24,
        },
        law_enforcement_use = {
          adopted = true,
          from = "2006-12-15",
          source = "Border Act 2006, s. 10",
        },
        passenger_information = {
          adopted = true,
          from = "2006-12-15",
          source = "Border Act 2006, s. 11",
        },
      },
      transposition = {
        ["eu-2004-82"] = {
          measures = {
            act = {
              title = "Border Act 2006",
              kind = "act",
              adopted_on = "2006-08-01",
              from = "2006-12-15",
              refers_to_directive = true,
              notified = "2006-12-20",
              source = "Official Gazette 2006 No. 40",
            },
          },
        },
      },
      state = {
        code = "ROU",
        name = "Romania",
      },
    },
    expect = {
      ["eu-2004-82:3.1"] = "met",
      ["eu-2004-82:4.1"] = "met",
      ["eu-2004-82:5"] = "met",
      ["eu-2004-82:6.1#authority-deletion"] = "met",
      ["eu-2004-82:6.1#carrier-deletion"] = "met",
      ["eu-2004-82:6.1#transmission"] = "met",
      ["eu-2004-82:6.2"] = "met",
      ["eu-2004-82:7.1#inform"] = "met",
      ["eu-2004-82:7.1#reference"] = "met",
      ["eu-2004-82:7.2"] = "met",
      ["eu-2004-82:4.2"] = "met",
      ["eu-2004-82:6.1#law-enforcement"] = "met",
    },
  },
  {
    name = "review: Croatia on 30 June 2013: not yet a Member State",
    as_of = "2013-06-30",
    profile = {
      carrier_data = {
        transmission = {
          adopted = true,
          from = "2013-06-01",
          source = "Border Act 2006, s. 3",
          items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code", "departure_arrival_times", "total_passengers", "initial_embarkation_point" },
          on_request = true,
          by_end_of_check_in = true,
        },
        sanctions = {
          adopted = true,
          from = "2013-06-01",
          source = "Border Act 2006, s. 4",
          max_fine_eur = 5000,
          failures = { "not_transmitted", "incomplete", "false" },
        },
        other_sanctions = {
          adopted = true,
          from = "2013-06-01",
          source = "Border Act 2006, s. 5",
        },
        remedies = {
          adopted = true,
          from = "2013-06-01",
          source = "Border Act 2006, s. 6",
        },
        electronic_transmission = {
          adopted = true,
          from = "2013-06-01",
          source = "Border Act 2006, s. 7",
        },
        authority_deletion = {
          adopted = true,
          from = "2013-06-01",
          source = "Border Act 2006, s. 8",
          hours = 24,
        },
        carrier_deletion = {
          adopted = true,
          from = "2013-06-01",
          source = "Border Act 2006, s. 9",
          hours = 24,
        },
        law_enforcement_use = {
          adopted = true,
          from = "2013-06-01",
          source = "Border Act 2006, s. 10",
        },
        passenger_information = {
          adopted = true,
          from = "2013-06-01",
          source = "Border Act 2006, s. 11",
        },
      },
      transposition = {
        ["eu-2004-82"] = {
          measures = {
            act = {
              title = "Border Act 2006",
              kind = "act",
              adopted_on = "2006-08-01",
              from = "2013-06-01",
              refers_to_directive = true,
              notified = "2013-06-20",
              source = "Official Gazette 2006 No. 40",
            },
          },
        },
      },
      state = {
        code = "HRV",
        name = "Croatia",
      },
    },
    expect = {
      ["eu-2004-82:3.1"] = "not_applicable",
      ["eu-2004-82:4.1"] = "not_applicable",
      ["eu-2004-82:5"] = "not_applicable",
      ["eu-2004-82:6.1#authority-deletion"] = "not_applicable",
      ["eu-2004-82:6.1#carrier-deletion"] = "not_applicable",
      ["eu-2004-82:6.1#transmission"] = "not_applicable",
      ["eu-2004-82:6.2"] = "not_applicable",
      ["eu-2004-82:7.1#inform"] = "not_applicable",
      ["eu-2004-82:7.1#reference"] = "not_applicable",
      ["eu-2004-82:7.2"] = "not_applicable",
      ["eu-2004-82:4.2"] = "not_applicable",
      ["eu-2004-82:6.1#law-enforcement"] = "not_applicable",
    },
  },
  {
    name = "review: Croatia on 1 July 2013: bound from accession",
    as_of = "2013-07-01",
    profile = {
      carrier_data = {
        transmission = {
          adopted = true,
          from = "2013-06-01",
          source = "Border Act 2006, s. 3",
          items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code", "departure_arrival_times", "total_passengers", "initial_embarkation_point" },
          on_request = true,
          by_end_of_check_in = true,
        },
        sanctions = {
          adopted = true,
          from = "2013-06-01",
          source = "Border Act 2006, s. 4",
          max_fine_eur = 5000,
          failures = { "not_transmitted", "incomplete", "false" },
        },
        other_sanctions = {
          adopted = true,
          from = "2013-06-01",
          source = "Border Act 2006, s. 5",
        },
        remedies = {
          adopted = true,
          from = "2013-06-01",
          source = "Border Act 2006, s. 6",
        },
        electronic_transmission = {
          adopted = true,
          from = "2013-06-01",
          source = "Border Act 2006, s. 7",
        },
        authority_deletion = {
          adopted = true,
          from = "2013-06-01",
          source = "Border Act 2006, s. 8",
          hours = 24,
        },
        carrier_deletion = {
          adopted = true,
          from = "2013-06-01",
          source = "Border Act 2006, s. 9",
          hours = 24,
        },
        law_enforcement_use = {
          adopted = true,
          from = "2013-06-01",
          source = "Border Act 2006, s. 10",
        },
        passenger_information = {
          adopted = true,
          from = "2013-06-01",
          source = "Border Act 2006, s. 11",
        },
      },
      transposition = {
        ["eu-2004-82"] = {
          measures = {
            act = {
              title = "Border Act 2006",
              kind = "act",
              adopted_on = "2006-08-01",
              from = "2013-06-01",
              refers_to_directive = true,
              notified = "2013-06-20",
              source = "Official Gazette 2006 No. 40",
            },
          },
        },
      },
      state = {
        code = "HRV",
        name = "Croatia",
      },
    },
    expect = {
      ["eu-2004-82:3.1"] = "met",
      ["eu-2004-82:4.1"] = "met",
      ["eu-2004-82:5"] = "met",
      ["eu-2004-82:6.1#authority-deletion"] = "met",
      ["eu-2004-82:6.1#carrier-deletion"] = "met",
      ["eu-2004-82:6.1#transmission"] = "met",
      ["eu-2004-82:6.2"] = "met",
      ["eu-2004-82:7.1#inform"] = "met",
      ["eu-2004-82:7.1#reference"] = "met",
      ["eu-2004-82:7.2"] = "met",
      ["eu-2004-82:4.2"] = "met",
      ["eu-2004-82:6.1#law-enforcement"] = "met",
    },
  },
}
