-- Independent review of the pack (issue 15): fictional Member States'
-- profiles, with the statuses expected from the text of Directive 2004/81/EC
-- alone (written before the pack was run).  Kept as regression tests; the
-- review's tally and its disagreements are in docs/eu-directives.md.
return {
  {
    name = "review: complete and correct transposition, options 3(2) and 3(3) used, art. 10 applies",
    profile = {
      victim_residence = {
        trafficking_victims = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 1",
        },
        smuggled_persons = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 2",
        },
        minors = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 3",
        },
        information = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 4",
        },
        information_by_ngos = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 5",
        },
        reflection_period = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 6",
          days = 30,
        },
        reflection_protection = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 7",
        },
        reflection_termination = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 8",
        },
        subsistence = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 9",
        },
        vulnerable_needs = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 10",
        },
        translation = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 11",
        },
        free_legal_aid = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 12",
        },
        permit = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 13",
        },
        permit_validity = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 14",
          months = 12,
        },
        permit_renewal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 15",
        },
        treatment_after = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 16",
        },
        special_needs_assistance = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 17",
        },
        minors_best_interests = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 18",
        },
        minors_reflection_extension = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 19",
        },
        minors_education = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 20",
          public_only = false,
        },
        unaccompanied_identification = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 21",
        },
        unaccompanied_family_tracing = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 22",
        },
        unaccompanied_representation = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 23",
        },
        access_employment = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 24",
        },
        access_vocational_training = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 25",
        },
        access_education = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 26",
        },
        programmes_access = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 27",
        },
        specific_programmes = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 28",
        },
        permit_linked_to_programmes = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 29",
        },
        non_renewal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 30",
        },
        withdrawal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 31",
          grounds = { "conditions_no_longer_met", "renewed_contact", "fraud", "public_policy", "ceased_cooperation", "proceedings_discontinued" },
        },
      },
      protection = {
        victim_protection = {
          adopted = true,
          from = "1998-01-01",
          source = "Witness Protection Act 1998, s. 4",
        },
      },
      notifications = {
        {
          provision = "eu-2004-81:16.1",
          date = "2008-03-01",
          content = "statistics and practice for the 2008 report",
        },
      },
      transposition = {
        ["eu-2004-81"] = {
          measures = {
            act = {
              title = "Aliens (Amendment) Act 2006",
              kind = "act",
              adopted_on = "2006-06-01",
              from = "2006-07-01",
              refers_to_directive = true,
              notified = "2006-07-20",
              source = "Official Gazette 2006 No. 30",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-81:3.1"] = "met",
      ["eu-2004-81:5"] = "met",
      ["eu-2004-81:6.1"] = "met",
      ["eu-2004-81:6.2"] = "met",
      ["eu-2004-81:7.1"] = "met",
      ["eu-2004-81:7.2"] = "met",
      ["eu-2004-81:7.3"] = "met",
      ["eu-2004-81:8.1"] = "met",
      ["eu-2004-81:8.3#renewal"] = "met",
      ["eu-2004-81:8.3#validity"] = "met",
      ["eu-2004-81:9.1"] = "met",
      ["eu-2004-81:9.2"] = "met",
      ["eu-2004-81:10.a"] = "met",
      ["eu-2004-81:10.b"] = "met",
      ["eu-2004-81:10.c#identity"] = "met",
      ["eu-2004-81:10.c#representation"] = "met",
      ["eu-2004-81:11.1"] = "met",
      ["eu-2004-81:12.1"] = "met",
      ["eu-2004-81:16.1"] = "met",
      ["eu-2004-81:17#inform"] = "met",
      ["eu-2004-81:17#reference"] = "met",
      ["eu-2004-81:10.c#family"] = "met",
      ["eu-2004-81:3.2"] = "met",
      ["eu-2004-81:3.3"] = "met",
      ["eu-2004-81:5#ngos"] = "met",
      ["eu-2004-81:6.4"] = "met",
      ["eu-2004-81:7.4"] = "met",
      ["eu-2004-81:10.a#extension"] = "met",
      ["eu-2004-81:12.1#specific"] = "met",
      ["eu-2004-81:12.2"] = "met",
      ["eu-2004-81:13.1"] = "met",
      ["eu-2004-81:14"] = "met",
    },
  },
  {
    name = "review: partial transposition, 2004 accession State (Poland): three-month permit, no renewal, 3(2) and 3(3) not used, art. 10 not applicable",
    profile = {
      victim_residence = {
        trafficking_victims = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 1",
        },
        smuggled_persons = {
          adopted = false,
        },
        minors = {
          adopted = false,
        },
        information = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 4",
        },
        information_by_ngos = {
          adopted = false,
        },
        reflection_period = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 6",
          days = 30,
        },
        reflection_protection = {
          adopted = "partly",
          source = "Aliens Act 2006, s. 6",
          missing = { "a bar on enforcing expulsion orders during the reflection period" },
        },
        subsistence = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 9",
        },
        vulnerable_needs = {
          adopted = false,
        },
        translation = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 11",
        },
        free_legal_aid = {
          adopted = false,
        },
        permit = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 13",
        },
        permit_validity = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 14",
          months = 3,
        },
        permit_renewal = {
          adopted = false,
          source = "Aliens Act 2006, s. 14 (no renewal)",
        },
        treatment_after = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 16",
        },
        special_needs_assistance = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 17",
        },
        access_employment = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 24",
        },
        access_vocational_training = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 25",
        },
        access_education = {
          adopted = false,
        },
        programmes_access = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 27",
        },
        specific_programmes = {
          adopted = false,
        },
        permit_linked_to_programmes = {
          adopted = false,
        },
        withdrawal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 31",
          grounds = { "conditions_no_longer_met", "renewed_contact", "fraud", "public_policy", "ceased_cooperation", "proceedings_discontinued" },
        },
      },
      notifications = {},
      transposition = {
        ["eu-2004-81"] = {
          measures = {
            act = {
              title = "Aliens (Amendment) Act 2006",
              kind = "act",
              adopted_on = "2006-06-01",
              from = "2006-07-01",
              refers_to_directive = false,
              source = "Official Gazette 2006 No. 30",
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
      ["eu-2004-81:3.1"] = "met",
      ["eu-2004-81:5"] = "met",
      ["eu-2004-81:6.1"] = "met",
      ["eu-2004-81:6.2"] = "partly_met",
      ["eu-2004-81:7.1"] = "partly_met",
      ["eu-2004-81:7.2"] = "unknown",
      ["eu-2004-81:7.3"] = "met",
      ["eu-2004-81:8.1"] = "met",
      ["eu-2004-81:8.3#renewal"] = "not_met",
      ["eu-2004-81:8.3#validity"] = "partly_met",
      ["eu-2004-81:9.1"] = "met",
      ["eu-2004-81:9.2"] = "met",
      ["eu-2004-81:10.a"] = "not_applicable",
      ["eu-2004-81:10.b"] = "not_applicable",
      ["eu-2004-81:10.c#identity"] = "not_applicable",
      ["eu-2004-81:10.c#representation"] = "not_applicable",
      ["eu-2004-81:11.1"] = "partly_met",
      ["eu-2004-81:12.1"] = "met",
      ["eu-2004-81:16.1"] = "not_met",
      ["eu-2004-81:17#inform"] = "unknown",
      ["eu-2004-81:17#reference"] = "not_met",
      ["eu-2004-81:10.c#family"] = "not_applicable",
      ["eu-2004-81:3.2"] = "not_met",
      ["eu-2004-81:3.3"] = "not_met",
      ["eu-2004-81:5#ngos"] = "not_met",
      ["eu-2004-81:6.4"] = "unknown",
      ["eu-2004-81:7.4"] = "not_met",
      ["eu-2004-81:10.a#extension"] = "not_applicable",
      ["eu-2004-81:12.1#specific"] = "not_met",
      ["eu-2004-81:12.2"] = "not_met",
      ["eu-2004-81:13.1"] = "unknown",
      ["eu-2004-81:14"] = "met",
    },
  },
  {
    name = "review: permit valid 6 months: 8(3) validity met",
    profile = {
      victim_residence = {
        trafficking_victims = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 1",
        },
        smuggled_persons = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 2",
        },
        minors = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 3",
        },
        information = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 4",
        },
        information_by_ngos = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 5",
        },
        reflection_period = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 6",
          days = 30,
        },
        reflection_protection = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 7",
        },
        reflection_termination = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 8",
        },
        subsistence = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 9",
        },
        vulnerable_needs = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 10",
        },
        translation = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 11",
        },
        free_legal_aid = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 12",
        },
        permit = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 13",
        },
        permit_validity = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 14",
          months = 6,
        },
        permit_renewal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 15",
        },
        treatment_after = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 16",
        },
        special_needs_assistance = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 17",
        },
        minors_best_interests = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 18",
        },
        minors_reflection_extension = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 19",
        },
        minors_education = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 20",
          public_only = false,
        },
        unaccompanied_identification = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 21",
        },
        unaccompanied_family_tracing = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 22",
        },
        unaccompanied_representation = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 23",
        },
        access_employment = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 24",
        },
        access_vocational_training = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 25",
        },
        access_education = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 26",
        },
        programmes_access = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 27",
        },
        specific_programmes = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 28",
        },
        permit_linked_to_programmes = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 29",
        },
        non_renewal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 30",
        },
        withdrawal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 31",
          grounds = { "conditions_no_longer_met", "renewed_contact", "fraud", "public_policy", "ceased_cooperation", "proceedings_discontinued" },
        },
      },
      protection = {
        victim_protection = {
          adopted = true,
          from = "1998-01-01",
          source = "Witness Protection Act 1998, s. 4",
        },
      },
      notifications = {
        {
          provision = "eu-2004-81:16.1",
          date = "2008-03-01",
          content = "statistics and practice for the 2008 report",
        },
      },
      transposition = {
        ["eu-2004-81"] = {
          measures = {
            act = {
              title = "Aliens (Amendment) Act 2006",
              kind = "act",
              adopted_on = "2006-06-01",
              from = "2006-07-01",
              refers_to_directive = true,
              notified = "2006-07-20",
              source = "Official Gazette 2006 No. 30",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-81:8.3#validity"] = "met",
      ["eu-2004-81:8.3#renewal"] = "met",
    },
  },
  {
    name = "review: permit valid 5 months: 8(3) validity partly_met",
    profile = {
      victim_residence = {
        trafficking_victims = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 1",
        },
        smuggled_persons = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 2",
        },
        minors = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 3",
        },
        information = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 4",
        },
        information_by_ngos = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 5",
        },
        reflection_period = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 6",
          days = 30,
        },
        reflection_protection = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 7",
        },
        reflection_termination = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 8",
        },
        subsistence = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 9",
        },
        vulnerable_needs = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 10",
        },
        translation = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 11",
        },
        free_legal_aid = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 12",
        },
        permit = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 13",
        },
        permit_validity = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 14",
          months = 5,
        },
        permit_renewal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 15",
        },
        treatment_after = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 16",
        },
        special_needs_assistance = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 17",
        },
        minors_best_interests = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 18",
        },
        minors_reflection_extension = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 19",
        },
        minors_education = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 20",
          public_only = false,
        },
        unaccompanied_identification = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 21",
        },
        unaccompanied_family_tracing = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 22",
        },
        unaccompanied_representation = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 23",
        },
        access_employment = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 24",
        },
        access_vocational_training = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 25",
        },
        access_education = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 26",
        },
        programmes_access = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 27",
        },
        specific_programmes = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 28",
        },
        permit_linked_to_programmes = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 29",
        },
        non_renewal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 30",
        },
        withdrawal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 31",
          grounds = { "conditions_no_longer_met", "renewed_contact", "fraud", "public_policy", "ceased_cooperation", "proceedings_discontinued" },
        },
      },
      protection = {
        victim_protection = {
          adopted = true,
          from = "1998-01-01",
          source = "Witness Protection Act 1998, s. 4",
        },
      },
      notifications = {
        {
          provision = "eu-2004-81:16.1",
          date = "2008-03-01",
          content = "statistics and practice for the 2008 report",
        },
      },
      transposition = {
        ["eu-2004-81"] = {
          measures = {
            act = {
              title = "Aliens (Amendment) Act 2006",
              kind = "act",
              adopted_on = "2006-06-01",
              from = "2006-07-01",
              refers_to_directive = true,
              notified = "2006-07-20",
              source = "Official Gazette 2006 No. 30",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-81:8.3#validity"] = "partly_met",
      ["eu-2004-81:8.3#renewal"] = "met",
    },
  },
  {
    name = "review: minors included: education limited to public schools (the option of 10(b)), no family tracing, representation not stated",
    profile = {
      victim_residence = {
        trafficking_victims = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 1",
        },
        smuggled_persons = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 2",
        },
        minors = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 3",
        },
        information = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 4",
        },
        information_by_ngos = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 5",
        },
        reflection_period = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 6",
          days = 30,
        },
        reflection_protection = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 7",
        },
        reflection_termination = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 8",
        },
        subsistence = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 9",
        },
        vulnerable_needs = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 10",
        },
        translation = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 11",
        },
        free_legal_aid = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 12",
        },
        permit = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 13",
        },
        permit_validity = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 14",
          months = 12,
        },
        permit_renewal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 15",
        },
        treatment_after = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 16",
        },
        special_needs_assistance = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 17",
        },
        minors_best_interests = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 18",
        },
        minors_reflection_extension = {
          adopted = false,
        },
        minors_education = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 20",
          public_only = true,
        },
        unaccompanied_identification = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 21",
        },
        unaccompanied_family_tracing = {
          adopted = false,
        },
        access_employment = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 24",
        },
        access_vocational_training = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 25",
        },
        access_education = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 26",
        },
        programmes_access = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 27",
        },
        specific_programmes = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 28",
        },
        permit_linked_to_programmes = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 29",
        },
        non_renewal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 30",
        },
        withdrawal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 31",
          grounds = { "conditions_no_longer_met", "renewed_contact", "fraud", "public_policy", "ceased_cooperation", "proceedings_discontinued" },
        },
      },
      protection = {
        victim_protection = {
          adopted = true,
          from = "1998-01-01",
          source = "Witness Protection Act 1998, s. 4",
        },
      },
      notifications = {
        {
          provision = "eu-2004-81:16.1",
          date = "2008-03-01",
          content = "statistics and practice for the 2008 report",
        },
      },
      transposition = {
        ["eu-2004-81"] = {
          measures = {
            act = {
              title = "Aliens (Amendment) Act 2006",
              kind = "act",
              adopted_on = "2006-06-01",
              from = "2006-07-01",
              refers_to_directive = true,
              notified = "2006-07-20",
              source = "Official Gazette 2006 No. 30",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-81:3.3"] = "met",
      ["eu-2004-81:10.a"] = "met",
      ["eu-2004-81:10.b"] = "met",
      ["eu-2004-81:10.c#identity"] = "met",
      ["eu-2004-81:10.c#family"] = "not_met",
      ["eu-2004-81:10.c#representation"] = "unknown",
      ["eu-2004-81:10.a#extension"] = "not_met",
    },
  },
  {
    name = "review: 3(2) not used: optional, not adopted; trafficking victims covered",
    profile = {
      victim_residence = {
        trafficking_victims = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 1",
        },
        smuggled_persons = {
          adopted = false,
        },
        minors = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 3",
        },
        information = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 4",
        },
        information_by_ngos = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 5",
        },
        reflection_period = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 6",
          days = 30,
        },
        reflection_protection = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 7",
        },
        reflection_termination = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 8",
        },
        subsistence = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 9",
        },
        vulnerable_needs = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 10",
        },
        translation = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 11",
        },
        free_legal_aid = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 12",
        },
        permit = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 13",
        },
        permit_validity = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 14",
          months = 12,
        },
        permit_renewal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 15",
        },
        treatment_after = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 16",
        },
        special_needs_assistance = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 17",
        },
        minors_best_interests = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 18",
        },
        minors_reflection_extension = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 19",
        },
        minors_education = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 20",
          public_only = false,
        },
        unaccompanied_identification = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 21",
        },
        unaccompanied_family_tracing = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 22",
        },
        unaccompanied_representation = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 23",
        },
        access_employment = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 24",
        },
        access_vocational_training = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 25",
        },
        access_education = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 26",
        },
        programmes_access = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 27",
        },
        specific_programmes = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 28",
        },
        permit_linked_to_programmes = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 29",
        },
        non_renewal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 30",
        },
        withdrawal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 31",
          grounds = { "conditions_no_longer_met", "renewed_contact", "fraud", "public_policy", "ceased_cooperation", "proceedings_discontinued" },
        },
      },
      protection = {
        victim_protection = {
          adopted = true,
          from = "1998-01-01",
          source = "Witness Protection Act 1998, s. 4",
        },
      },
      notifications = {
        {
          provision = "eu-2004-81:16.1",
          date = "2008-03-01",
          content = "statistics and practice for the 2008 report",
        },
      },
      transposition = {
        ["eu-2004-81"] = {
          measures = {
            act = {
              title = "Aliens (Amendment) Act 2006",
              kind = "act",
              adopted_on = "2006-06-01",
              from = "2006-07-01",
              refers_to_directive = true,
              notified = "2006-07-20",
              source = "Official Gazette 2006 No. 30",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-81:3.2"] = "not_met",
      ["eu-2004-81:3.1"] = "met",
    },
  },
  {
    name = "review: 3(3) not stated: unknown, and art. 10 cannot be settled",
    profile = {
      victim_residence = {
        trafficking_victims = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 1",
        },
        smuggled_persons = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 2",
        },
        information = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 4",
        },
        information_by_ngos = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 5",
        },
        reflection_period = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 6",
          days = 30,
        },
        reflection_protection = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 7",
        },
        reflection_termination = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 8",
        },
        subsistence = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 9",
        },
        vulnerable_needs = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 10",
        },
        translation = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 11",
        },
        free_legal_aid = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 12",
        },
        permit = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 13",
        },
        permit_validity = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 14",
          months = 12,
        },
        permit_renewal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 15",
        },
        treatment_after = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 16",
        },
        special_needs_assistance = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 17",
        },
        minors_best_interests = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 18",
        },
        minors_reflection_extension = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 19",
        },
        minors_education = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 20",
          public_only = false,
        },
        unaccompanied_identification = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 21",
        },
        unaccompanied_family_tracing = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 22",
        },
        unaccompanied_representation = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 23",
        },
        access_employment = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 24",
        },
        access_vocational_training = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 25",
        },
        access_education = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 26",
        },
        programmes_access = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 27",
        },
        specific_programmes = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 28",
        },
        permit_linked_to_programmes = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 29",
        },
        non_renewal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 30",
        },
        withdrawal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 31",
          grounds = { "conditions_no_longer_met", "renewed_contact", "fraud", "public_policy", "ceased_cooperation", "proceedings_discontinued" },
        },
      },
      protection = {
        victim_protection = {
          adopted = true,
          from = "1998-01-01",
          source = "Witness Protection Act 1998, s. 4",
        },
      },
      notifications = {
        {
          provision = "eu-2004-81:16.1",
          date = "2008-03-01",
          content = "statistics and practice for the 2008 report",
        },
      },
      transposition = {
        ["eu-2004-81"] = {
          measures = {
            act = {
              title = "Aliens (Amendment) Act 2006",
              kind = "act",
              adopted_on = "2006-06-01",
              from = "2006-07-01",
              refers_to_directive = true,
              notified = "2006-07-20",
              source = "Official Gazette 2006 No. 30",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-81:3.3"] = "unknown",
      ["eu-2004-81:10.a"] = "unknown",
      ["eu-2004-81:10.b"] = "unknown",
    },
  },
  {
    name = "review: 4 August 2006: transposition not yet due (« avant le 6 août 2006 »)",
    as_of = "2006-08-04",
    profile = {
      victim_residence = {
        trafficking_victims = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 1",
        },
        smuggled_persons = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 2",
        },
        minors = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 3",
        },
        information = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 4",
        },
        information_by_ngos = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 5",
        },
        reflection_period = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 6",
          days = 30,
        },
        reflection_protection = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 7",
        },
        reflection_termination = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 8",
        },
        subsistence = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 9",
        },
        vulnerable_needs = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 10",
        },
        translation = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 11",
        },
        free_legal_aid = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 12",
        },
        permit = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 13",
        },
        permit_validity = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 14",
          months = 12,
        },
        permit_renewal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 15",
        },
        treatment_after = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 16",
        },
        special_needs_assistance = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 17",
        },
        minors_best_interests = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 18",
        },
        minors_reflection_extension = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 19",
        },
        minors_education = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 20",
          public_only = false,
        },
        unaccompanied_identification = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 21",
        },
        unaccompanied_family_tracing = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 22",
        },
        unaccompanied_representation = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 23",
        },
        access_employment = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 24",
        },
        access_vocational_training = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 25",
        },
        access_education = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 26",
        },
        programmes_access = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 27",
        },
        specific_programmes = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 28",
        },
        permit_linked_to_programmes = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 29",
        },
        non_renewal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 30",
        },
        withdrawal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 31",
          grounds = { "conditions_no_longer_met", "renewed_contact", "fraud", "public_policy", "ceased_cooperation", "proceedings_discontinued" },
        },
      },
      protection = {
        victim_protection = {
          adopted = true,
          from = "1998-01-01",
          source = "Witness Protection Act 1998, s. 4",
        },
      },
      notifications = {
        {
          provision = "eu-2004-81:16.1",
          date = "2008-03-01",
          content = "statistics and practice for the 2008 report",
        },
      },
      transposition = {
        ["eu-2004-81"] = {
          measures = {
            act = {
              title = "Aliens (Amendment) Act 2006",
              kind = "act",
              adopted_on = "2006-06-01",
              from = "2006-07-01",
              refers_to_directive = true,
              notified = "2006-07-20",
              source = "Official Gazette 2006 No. 30",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-81:3.1"] = "not_applicable",
      ["eu-2004-81:5"] = "not_applicable",
      ["eu-2004-81:6.1"] = "not_applicable",
      ["eu-2004-81:6.2"] = "not_applicable",
      ["eu-2004-81:7.1"] = "not_applicable",
      ["eu-2004-81:7.2"] = "not_applicable",
      ["eu-2004-81:7.3"] = "not_applicable",
      ["eu-2004-81:8.1"] = "not_applicable",
      ["eu-2004-81:8.3#renewal"] = "not_applicable",
      ["eu-2004-81:8.3#validity"] = "not_applicable",
      ["eu-2004-81:9.1"] = "not_applicable",
      ["eu-2004-81:9.2"] = "not_applicable",
      ["eu-2004-81:10.a"] = "not_applicable",
      ["eu-2004-81:10.b"] = "not_applicable",
      ["eu-2004-81:10.c#identity"] = "not_applicable",
      ["eu-2004-81:10.c#representation"] = "not_applicable",
      ["eu-2004-81:11.1"] = "not_applicable",
      ["eu-2004-81:12.1"] = "not_applicable",
      ["eu-2004-81:16.1"] = "not_applicable",
      ["eu-2004-81:17#inform"] = "not_applicable",
      ["eu-2004-81:17#reference"] = "not_applicable",
      ["eu-2004-81:10.c#family"] = "not_applicable",
      ["eu-2004-81:3.2"] = "not_applicable",
      ["eu-2004-81:3.3"] = "not_applicable",
      ["eu-2004-81:5#ngos"] = "not_applicable",
      ["eu-2004-81:6.4"] = "not_applicable",
      ["eu-2004-81:7.4"] = "not_applicable",
      ["eu-2004-81:10.a#extension"] = "not_applicable",
      ["eu-2004-81:12.1#specific"] = "not_applicable",
      ["eu-2004-81:12.2"] = "not_applicable",
      ["eu-2004-81:13.1"] = "not_applicable",
      ["eu-2004-81:14"] = "not_applicable",
    },
  },
  {
    name = "review: 5 August 2006, the last day before 6 August: due; measures in force on 1 July 2006 met",
    as_of = "2006-08-05",
    profile = {
      victim_residence = {
        trafficking_victims = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 1",
        },
        smuggled_persons = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 2",
        },
        minors = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 3",
        },
        information = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 4",
        },
        information_by_ngos = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 5",
        },
        reflection_period = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 6",
          days = 30,
        },
        reflection_protection = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 7",
        },
        reflection_termination = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 8",
        },
        subsistence = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 9",
        },
        vulnerable_needs = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 10",
        },
        translation = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 11",
        },
        free_legal_aid = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 12",
        },
        permit = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 13",
        },
        permit_validity = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 14",
          months = 12,
        },
        permit_renewal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 15",
        },
        treatment_after = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 16",
        },
        special_needs_assistance = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 17",
        },
        minors_best_interests = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 18",
        },
        minors_reflection_extension = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 19",
        },
        minors_education = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 20",
          public_only = false,
        },
        unaccompanied_identification = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 21",
        },
        unaccompanied_family_tracing = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 22",
        },
        unaccompanied_representation = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 23",
        },
        access_employment = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 24",
        },
        access_vocational_training = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 25",
        },
        access_education = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 26",
        },
        programmes_access = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 27",
        },
        specific_programmes = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 28",
        },
        permit_linked_to_programmes = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 29",
        },
        non_renewal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 30",
        },
        withdrawal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 31",
          grounds = { "conditions_no_longer_met", "renewed_contact", "fraud", "public_policy", "ceased_cooperation", "proceedings_discontinued" },
        },
      },
      protection = {
        victim_protection = {
          adopted = true,
          from = "1998-01-01",
          source = "Witness Protection Act 1998, s. 4",
        },
      },
      notifications = {
        {
          provision = "eu-2004-81:16.1",
          date = "2008-03-01",
          content = "statistics and practice for the 2008 report",
        },
      },
      transposition = {
        ["eu-2004-81"] = {
          measures = {
            act = {
              title = "Aliens (Amendment) Act 2006",
              kind = "act",
              adopted_on = "2006-06-01",
              from = "2006-07-01",
              refers_to_directive = true,
              notified = "2006-07-20",
              source = "Official Gazette 2006 No. 30",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-81:3.1"] = "met",
      ["eu-2004-81:5"] = "met",
      ["eu-2004-81:6.1"] = "met",
      ["eu-2004-81:6.2"] = "met",
      ["eu-2004-81:7.1"] = "met",
      ["eu-2004-81:7.2"] = "met",
      ["eu-2004-81:7.3"] = "met",
      ["eu-2004-81:8.1"] = "met",
      ["eu-2004-81:8.3#renewal"] = "met",
      ["eu-2004-81:8.3#validity"] = "met",
      ["eu-2004-81:9.1"] = "met",
      ["eu-2004-81:9.2"] = "met",
      ["eu-2004-81:10.a"] = "met",
      ["eu-2004-81:10.b"] = "met",
      ["eu-2004-81:10.c#identity"] = "met",
      ["eu-2004-81:10.c#representation"] = "met",
      ["eu-2004-81:11.1"] = "met",
      ["eu-2004-81:12.1"] = "met",
      ["eu-2004-81:16.1"] = "not_applicable",
      ["eu-2004-81:17#inform"] = "met",
      ["eu-2004-81:17#reference"] = "met",
      ["eu-2004-81:10.c#family"] = "met",
      ["eu-2004-81:3.2"] = "met",
      ["eu-2004-81:3.3"] = "met",
      ["eu-2004-81:5#ngos"] = "met",
      ["eu-2004-81:6.4"] = "met",
      ["eu-2004-81:7.4"] = "met",
      ["eu-2004-81:10.a#extension"] = "met",
      ["eu-2004-81:12.1#specific"] = "met",
      ["eu-2004-81:12.2"] = "met",
      ["eu-2004-81:13.1"] = "met",
      ["eu-2004-81:14"] = "met",
    },
  },
  {
    name = "review: measures in force on 6 August 2006, one day late: not met on 5 August 2006",
    as_of = "2006-08-05",
    profile = {
      victim_residence = {
        trafficking_victims = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 1",
        },
        smuggled_persons = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 2",
        },
        minors = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 3",
        },
        information = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 4",
        },
        information_by_ngos = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 5",
        },
        reflection_period = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 6",
          days = 30,
        },
        reflection_protection = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 7",
        },
        reflection_termination = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 8",
        },
        subsistence = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 9",
        },
        vulnerable_needs = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 10",
        },
        translation = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 11",
        },
        free_legal_aid = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 12",
        },
        permit = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 13",
        },
        permit_validity = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 14",
          months = 12,
        },
        permit_renewal = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 15",
        },
        treatment_after = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 16",
        },
        special_needs_assistance = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 17",
        },
        minors_best_interests = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 18",
        },
        minors_reflection_extension = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 19",
        },
        minors_education = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 20",
          public_only = false,
        },
        unaccompanied_identification = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 21",
        },
        unaccompanied_family_tracing = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 22",
        },
        unaccompanied_representation = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 23",
        },
        access_employment = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 24",
        },
        access_vocational_training = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 25",
        },
        access_education = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 26",
        },
        programmes_access = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 27",
        },
        specific_programmes = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 28",
        },
        permit_linked_to_programmes = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 29",
        },
        non_renewal = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 30",
        },
        withdrawal = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 31",
          grounds = { "conditions_no_longer_met", "renewed_contact", "fraud", "public_policy", "ceased_cooperation", "proceedings_discontinued" },
        },
      },
      protection = {
        victim_protection = {
          adopted = true,
          from = "1998-01-01",
          source = "Witness Protection Act 1998, s. 4",
        },
      },
      notifications = {
        {
          provision = "eu-2004-81:16.1",
          date = "2008-03-01",
          content = "statistics and practice for the 2008 report",
        },
      },
      transposition = {
        ["eu-2004-81"] = {
          measures = {
            act = {
              title = "Aliens (Amendment) Act 2006",
              kind = "act",
              adopted_on = "2006-06-01",
              from = "2006-08-06",
              refers_to_directive = true,
              notified = "2006-07-20",
              source = "Official Gazette 2006 No. 30",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-81:3.1"] = "not_met",
      ["eu-2004-81:6.1"] = "not_met",
      ["eu-2004-81:8.1"] = "not_met",
      ["eu-2004-81:8.3#validity"] = "not_met",
      ["eu-2004-81:11.1"] = "not_met",
    },
  },
  {
    name = "review: the same measures on 6 August 2006: met",
    as_of = "2006-08-06",
    profile = {
      victim_residence = {
        trafficking_victims = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 1",
        },
        smuggled_persons = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 2",
        },
        minors = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 3",
        },
        information = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 4",
        },
        information_by_ngos = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 5",
        },
        reflection_period = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 6",
          days = 30,
        },
        reflection_protection = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 7",
        },
        reflection_termination = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 8",
        },
        subsistence = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 9",
        },
        vulnerable_needs = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 10",
        },
        translation = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 11",
        },
        free_legal_aid = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 12",
        },
        permit = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 13",
        },
        permit_validity = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 14",
          months = 12,
        },
        permit_renewal = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 15",
        },
        treatment_after = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 16",
        },
        special_needs_assistance = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 17",
        },
        minors_best_interests = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 18",
        },
        minors_reflection_extension = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 19",
        },
        minors_education = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 20",
          public_only = false,
        },
        unaccompanied_identification = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 21",
        },
        unaccompanied_family_tracing = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 22",
        },
        unaccompanied_representation = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 23",
        },
        access_employment = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 24",
        },
        access_vocational_training = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 25",
        },
        access_education = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 26",
        },
        programmes_access = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 27",
        },
        specific_programmes = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 28",
        },
        permit_linked_to_programmes = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 29",
        },
        non_renewal = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 30",
        },
        withdrawal = {
          adopted = true,
          from = "2006-08-06",
          source = "Aliens Act 2006, s. 31",
          grounds = { "conditions_no_longer_met", "renewed_contact", "fraud", "public_policy", "ceased_cooperation", "proceedings_discontinued" },
        },
      },
      protection = {
        victim_protection = {
          adopted = true,
          from = "1998-01-01",
          source = "Witness Protection Act 1998, s. 4",
        },
      },
      notifications = {
        {
          provision = "eu-2004-81:16.1",
          date = "2008-03-01",
          content = "statistics and practice for the 2008 report",
        },
      },
      transposition = {
        ["eu-2004-81"] = {
          measures = {
            act = {
              title = "Aliens (Amendment) Act 2006",
              kind = "act",
              adopted_on = "2006-06-01",
              from = "2006-08-06",
              refers_to_directive = true,
              notified = "2006-07-20",
              source = "Official Gazette 2006 No. 30",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-81:3.1"] = "met",
      ["eu-2004-81:6.1"] = "met",
      ["eu-2004-81:8.1"] = "met",
      ["eu-2004-81:8.3#validity"] = "met",
    },
  },
  {
    name = "review: report information not sent, as of 6 August 2008 (the report's date): 16(1) not met",
    as_of = "2008-08-06",
    profile = {
      victim_residence = {
        trafficking_victims = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 1",
        },
        smuggled_persons = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 2",
        },
        minors = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 3",
        },
        information = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 4",
        },
        information_by_ngos = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 5",
        },
        reflection_period = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 6",
          days = 30,
        },
        reflection_protection = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 7",
        },
        reflection_termination = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 8",
        },
        subsistence = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 9",
        },
        vulnerable_needs = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 10",
        },
        translation = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 11",
        },
        free_legal_aid = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 12",
        },
        permit = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 13",
        },
        permit_validity = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 14",
          months = 12,
        },
        permit_renewal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 15",
        },
        treatment_after = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 16",
        },
        special_needs_assistance = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 17",
        },
        minors_best_interests = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 18",
        },
        minors_reflection_extension = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 19",
        },
        minors_education = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 20",
          public_only = false,
        },
        unaccompanied_identification = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 21",
        },
        unaccompanied_family_tracing = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 22",
        },
        unaccompanied_representation = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 23",
        },
        access_employment = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 24",
        },
        access_vocational_training = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 25",
        },
        access_education = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 26",
        },
        programmes_access = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 27",
        },
        specific_programmes = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 28",
        },
        permit_linked_to_programmes = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 29",
        },
        non_renewal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 30",
        },
        withdrawal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 31",
          grounds = { "conditions_no_longer_met", "renewed_contact", "fraud", "public_policy", "ceased_cooperation", "proceedings_discontinued" },
        },
      },
      protection = {
        victim_protection = {
          adopted = true,
          from = "1998-01-01",
          source = "Witness Protection Act 1998, s. 4",
        },
      },
      notifications = {},
      transposition = {
        ["eu-2004-81"] = {
          measures = {
            act = {
              title = "Aliens (Amendment) Act 2006",
              kind = "act",
              adopted_on = "2006-06-01",
              from = "2006-07-01",
              refers_to_directive = true,
              notified = "2006-07-20",
              source = "Official Gazette 2006 No. 30",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-81:16.1"] = "not_met",
    },
  },
  {
    name = "review: Ireland: does not take part (recital 21)",
    profile = {
      victim_residence = {
        trafficking_victims = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 1",
        },
        smuggled_persons = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 2",
        },
        minors = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 3",
        },
        information = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 4",
        },
        information_by_ngos = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 5",
        },
        reflection_period = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 6",
          days = 30,
        },
        reflection_protection = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 7",
        },
        reflection_termination = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 8",
        },
        subsistence = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 9",
        },
        vulnerable_needs = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 10",
        },
        translation = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 11",
        },
        free_legal_aid = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 12",
        },
        permit = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 13",
        },
        permit_validity = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 14",
          months = 12,
        },
        permit_renewal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 15",
        },
        treatment_after = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 16",
        },
        special_needs_assistance = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 17",
        },
        minors_best_interests = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 18",
        },
        minors_reflection_extension = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 19",
        },
        minors_education = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 20",
          public_only = false,
        },
        unaccompanied_identification = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 21",
        },
        unaccompanied_family_tracing = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 22",
        },
        unaccompanied_representation = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 23",
        },
        access_employment = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 24",
        },
        access_vocational_training = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 25",
        },
        access_education = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 26",
        },
        programmes_access = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 27",
        },
        specific_programmes = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 28",
        },
        permit_linked_to_programmes = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 29",
        },
        non_renewal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 30",
        },
        withdrawal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 31",
          grounds = { "conditions_no_longer_met", "renewed_contact", "fraud", "public_policy", "ceased_cooperation", "proceedings_discontinued" },
        },
      },
      protection = {
        victim_protection = {
          adopted = true,
          from = "1998-01-01",
          source = "Witness Protection Act 1998, s. 4",
        },
      },
      notifications = {
        {
          provision = "eu-2004-81:16.1",
          date = "2008-03-01",
          content = "statistics and practice for the 2008 report",
        },
      },
      transposition = {
        ["eu-2004-81"] = {
          measures = {
            act = {
              title = "Aliens (Amendment) Act 2006",
              kind = "act",
              adopted_on = "2006-06-01",
              from = "2006-07-01",
              refers_to_directive = true,
              notified = "2006-07-20",
              source = "Official Gazette 2006 No. 30",
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
      ["eu-2004-81:3.1"] = "not_applicable",
      ["eu-2004-81:5"] = "not_applicable",
      ["eu-2004-81:6.1"] = "not_applicable",
      ["eu-2004-81:6.2"] = "not_applicable",
      ["eu-2004-81:7.1"] = "not_applicable",
      ["eu-2004-81:7.2"] = "not_applicable",
      ["eu-2004-81:7.3"] = "not_applicable",
      ["eu-2004-81:8.1"] = "not_applicable",
      ["eu-2004-81:8.3#renewal"] = "not_applicable",
      ["eu-2004-81:8.3#validity"] = "not_applicable",
      ["eu-2004-81:9.1"] = "not_applicable",
      ["eu-2004-81:9.2"] = "not_applicable",
      ["eu-2004-81:10.a"] = "not_applicable",
      ["eu-2004-81:10.b"] = "not_applicable",
      ["eu-2004-81:10.c#identity"] = "not_applicable",
      ["eu-2004-81:10.c#representation"] = "not_applicable",
      ["eu-2004-81:11.1"] = "not_applicable",
      ["eu-2004-81:12.1"] = "not_applicable",
      ["eu-2004-81:16.1"] = "not_applicable",
      ["eu-2004-81:17#inform"] = "not_applicable",
      ["eu-2004-81:17#reference"] = "not_applicable",
      ["eu-2004-81:10.c#family"] = "not_applicable",
      ["eu-2004-81:3.2"] = "not_applicable",
      ["eu-2004-81:3.3"] = "not_applicable",
      ["eu-2004-81:5#ngos"] = "not_applicable",
      ["eu-2004-81:6.4"] = "not_applicable",
      ["eu-2004-81:7.4"] = "not_applicable",
      ["eu-2004-81:10.a#extension"] = "not_applicable",
      ["eu-2004-81:12.1#specific"] = "not_applicable",
      ["eu-2004-81:12.2"] = "not_applicable",
      ["eu-2004-81:13.1"] = "not_applicable",
      ["eu-2004-81:14"] = "not_applicable",
    },
  },
  {
    name = "review: Denmark: does not take part (recital 22)",
    profile = {
      victim_residence = {
        trafficking_victims = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 1",
        },
        smuggled_persons = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 2",
        },
        minors = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 3",
        },
        information = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 4",
        },
        information_by_ngos = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 5",
        },
        reflection_period = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 6",
          days = 30,
        },
        reflection_protection = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 7",
        },
        reflection_termination = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 8",
        },
        subsistence = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 9",
        },
        vulnerable_needs = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 10",
        },
        translation = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 11",
        },
        free_legal_aid = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 12",
        },
        permit = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 13",
        },
        permit_validity = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 14",
          months = 12,
        },
        permit_renewal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 15",
        },
        treatment_after = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 16",
        },
        special_needs_assistance = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 17",
        },
        minors_best_interests = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 18",
        },
        minors_reflection_extension = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 19",
        },
        minors_education = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 20",
          public_only = false,
        },
        unaccompanied_identification = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 21",
        },
        unaccompanied_family_tracing = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 22",
        },
        unaccompanied_representation = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 23",
        },
        access_employment = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 24",
        },
        access_vocational_training = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 25",
        },
        access_education = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 26",
        },
        programmes_access = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 27",
        },
        specific_programmes = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 28",
        },
        permit_linked_to_programmes = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 29",
        },
        non_renewal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 30",
        },
        withdrawal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 31",
          grounds = { "conditions_no_longer_met", "renewed_contact", "fraud", "public_policy", "ceased_cooperation", "proceedings_discontinued" },
        },
      },
      protection = {
        victim_protection = {
          adopted = true,
          from = "1998-01-01",
          source = "Witness Protection Act 1998, s. 4",
        },
      },
      notifications = {
        {
          provision = "eu-2004-81:16.1",
          date = "2008-03-01",
          content = "statistics and practice for the 2008 report",
        },
      },
      transposition = {
        ["eu-2004-81"] = {
          measures = {
            act = {
              title = "Aliens (Amendment) Act 2006",
              kind = "act",
              adopted_on = "2006-06-01",
              from = "2006-07-01",
              refers_to_directive = true,
              notified = "2006-07-20",
              source = "Official Gazette 2006 No. 30",
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
      ["eu-2004-81:3.1"] = "not_applicable",
      ["eu-2004-81:5"] = "not_applicable",
      ["eu-2004-81:6.1"] = "not_applicable",
      ["eu-2004-81:6.2"] = "not_applicable",
      ["eu-2004-81:7.1"] = "not_applicable",
      ["eu-2004-81:7.2"] = "not_applicable",
      ["eu-2004-81:7.3"] = "not_applicable",
      ["eu-2004-81:8.1"] = "not_applicable",
      ["eu-2004-81:8.3#renewal"] = "not_applicable",
      ["eu-2004-81:8.3#validity"] = "not_applicable",
      ["eu-2004-81:9.1"] = "not_applicable",
      ["eu-2004-81:9.2"] = "not_applicable",
      ["eu-2004-81:10.a"] = "not_applicable",
      ["eu-2004-81:10.b"] = "not_applicable",
      ["eu-2004-81:10.c#identity"] = "not_applicable",
      ["eu-2004-81:10.c#representation"] = "not_applicable",
      ["eu-2004-81:11.1"] = "not_applicable",
      ["eu-2004-81:12.1"] = "not_applicable",
      ["eu-2004-81:16.1"] = "not_applicable",
      ["eu-2004-81:17#inform"] = "not_applicable",
      ["eu-2004-81:17#reference"] = "not_applicable",
      ["eu-2004-81:10.c#family"] = "not_applicable",
      ["eu-2004-81:3.2"] = "not_applicable",
      ["eu-2004-81:3.3"] = "not_applicable",
      ["eu-2004-81:5#ngos"] = "not_applicable",
      ["eu-2004-81:6.4"] = "not_applicable",
      ["eu-2004-81:7.4"] = "not_applicable",
      ["eu-2004-81:10.a#extension"] = "not_applicable",
      ["eu-2004-81:12.1#specific"] = "not_applicable",
      ["eu-2004-81:12.2"] = "not_applicable",
      ["eu-2004-81:13.1"] = "not_applicable",
      ["eu-2004-81:14"] = "not_applicable",
    },
  },
  {
    name = "review: United Kingdom while a Member State: does not take part (recital 21)",
    as_of = "2019-06-01",
    profile = {
      victim_residence = {
        trafficking_victims = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 1",
        },
        smuggled_persons = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 2",
        },
        minors = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 3",
        },
        information = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 4",
        },
        information_by_ngos = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 5",
        },
        reflection_period = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 6",
          days = 30,
        },
        reflection_protection = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 7",
        },
        reflection_termination = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 8",
        },
        subsistence = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 9",
        },
        vulnerable_needs = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 10",
        },
        translation = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 11",
        },
        free_legal_aid = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 12",
        },
        permit = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 13",
        },
        permit_validity = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 14",
          months = 12,
        },
        permit_renewal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 15",
        },
        treatment_after = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 16",
        },
        special_needs_assistance = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 17",
        },
        minors_best_interests = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 18",
        },
        minors_reflection_extension = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 19",
        },
        minors_education = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 20",
          public_only = false,
        },
        unaccompanied_identification = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 21",
        },
        unaccompanied_family_tracing = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 22",
        },
        unaccompanied_representation = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 23",
        },
        access_employment = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 24",
        },
        access_vocational_training = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 25",
        },
        access_education = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 26",
        },
        programmes_access = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 27",
        },
        specific_programmes = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 28",
        },
        permit_linked_to_programmes = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 29",
        },
        non_renewal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 30",
        },
        withdrawal = {
          adopted = true,
          from = "2006-07-01",
          source = "Aliens Act 2006, s. 31",
          grounds = { "conditions_no_longer_met", "renewed_contact", "fraud", "public_policy", "ceased_cooperation", "proceedings_discontinued" },
        },
      },
      protection = {
        victim_protection = {
          adopted = true,
          from = "1998-01-01",
          source = "Witness Protection Act 1998, s. 4",
        },
      },
      notifications = {
        {
          provision = "eu-2004-81:16.1",
          date = "2008-03-01",
          content = "statistics and practice for the 2008 report",
        },
      },
      transposition = {
        ["eu-2004-81"] = {
          measures = {
            act = {
              title = "Aliens (Amendment) Act 2006",
              kind = "act",
              adopted_on = "2006-06-01",
              from = "2006-07-01",
              refers_to_directive = true,
              notified = "2006-07-20",
              source = "Official Gazette 2006 No. 30",
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
      ["eu-2004-81:3.1"] = "not_applicable",
      ["eu-2004-81:5"] = "not_applicable",
      ["eu-2004-81:6.1"] = "not_applicable",
      ["eu-2004-81:6.2"] = "not_applicable",
      ["eu-2004-81:7.1"] = "not_applicable",
      ["eu-2004-81:7.2"] = "not_applicable",
      ["eu-2004-81:7.3"] = "not_applicable",
      ["eu-2004-81:8.1"] = "not_applicable",
      ["eu-2004-81:8.3#renewal"] = "not_applicable",
      ["eu-2004-81:8.3#validity"] = "not_applicable",
      ["eu-2004-81:9.1"] = "not_applicable",
      ["eu-2004-81:9.2"] = "not_applicable",
      ["eu-2004-81:10.a"] = "not_applicable",
      ["eu-2004-81:10.b"] = "not_applicable",
      ["eu-2004-81:10.c#identity"] = "not_applicable",
      ["eu-2004-81:10.c#representation"] = "not_applicable",
      ["eu-2004-81:11.1"] = "not_applicable",
      ["eu-2004-81:12.1"] = "not_applicable",
      ["eu-2004-81:16.1"] = "not_applicable",
      ["eu-2004-81:17#inform"] = "not_applicable",
      ["eu-2004-81:17#reference"] = "not_applicable",
      ["eu-2004-81:10.c#family"] = "not_applicable",
      ["eu-2004-81:3.2"] = "not_applicable",
      ["eu-2004-81:3.3"] = "not_applicable",
      ["eu-2004-81:5#ngos"] = "not_applicable",
      ["eu-2004-81:6.4"] = "not_applicable",
      ["eu-2004-81:7.4"] = "not_applicable",
      ["eu-2004-81:10.a#extension"] = "not_applicable",
      ["eu-2004-81:12.1#specific"] = "not_applicable",
      ["eu-2004-81:12.2"] = "not_applicable",
      ["eu-2004-81:13.1"] = "not_applicable",
      ["eu-2004-81:14"] = "not_applicable",
    },
  },
  {
    name = "review: Bulgaria on 31 December 2006: not yet a Member State",
    as_of = "2006-12-31",
    profile = {
      victim_residence = {
        trafficking_victims = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 1",
        },
        smuggled_persons = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 2",
        },
        minors = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 3",
        },
        information = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 4",
        },
        information_by_ngos = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 5",
        },
        reflection_period = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 6",
          days = 30,
        },
        reflection_protection = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 7",
        },
        reflection_termination = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 8",
        },
        subsistence = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 9",
        },
        vulnerable_needs = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 10",
        },
        translation = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 11",
        },
        free_legal_aid = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 12",
        },
        permit = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 13",
        },
        permit_validity = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 14",
          months = 12,
        },
        permit_renewal = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 15",
        },
        treatment_after = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 16",
        },
        special_needs_assistance = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 17",
        },
        minors_best_interests = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 18",
        },
        minors_reflection_extension = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 19",
        },
        minors_education = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 20",
          public_only = false,
        },
        unaccompanied_identification = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 21",
        },
        unaccompanied_family_tracing = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 22",
        },
        unaccompanied_representation = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 23",
        },
        access_employment = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 24",
        },
        access_vocational_training = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 25",
        },
        access_education = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 26",
        },
        programmes_access = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 27",
        },
        specific_programmes = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 28",
        },
        permit_linked_to_programmes = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 29",
        },
        non_renewal = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 30",
        },
        withdrawal = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 31",
          grounds = { "conditions_no_longer_met", "renewed_contact", "fraud", "public_policy", "ceased_cooperation", "proceedings_discontinued" },
        },
      },
      protection = {
        victim_protection = {
          adopted = true,
          from = "1998-01-01",
          source = "Witness Protection Act 1998, s. 4",
        },
      },
      notifications = {
        {
          provision = "eu-2004-81:16.1",
          date = "2008-03-01",
          content = "statistics and practice for the 2008 report",
        },
      },
      transposition = {
        ["eu-2004-81"] = {
          measures = {
            act = {
              title = "Aliens (Amendment) Act 2006",
              kind = "act",
              adopted_on = "2006-06-01",
              from = "2006-12-01",
              refers_to_directive = true,
              notified = "2006-12-20",
              source = "Official Gazette 2006 No. 30",
            },
          },
        },
      },
      state = {
        code = "BGR",
        name = "Bulgaria",
      },
    },
    expect = {
      ["eu-2004-81:3.1"] = "not_applicable",
      ["eu-2004-81:5"] = "not_applicable",
      ["eu-2004-81:6.1"] = "not_applicable",
      ["eu-2004-81:6.2"] = "not_applicable",
      ["eu-2004-81:7.1"] = "not_applicable",
      ["eu-2004-81:7.2"] = "not_applicable",
      ["eu-2004-81:7.3"] = "not_applicable",
      ["eu-2004-81:8.1"] = "not_applicable",
      ["eu-2004-81:8.3#renewal"] = "not_applicable",
      ["eu-2004-81:8.3#validity"] = "not_applicable",
      ["eu-2004-81:9.1"] = "not_applicable",
      ["eu-2004-81:9.2"] = "not_applicable",
      ["eu-2004-81:10.a"] = "not_applicable",
      ["eu-2004-81:10.b"] = "not_applicable",
      ["eu-2004-81:10.c#identity"] = "not_applicable",
      ["eu-2004-81:10.c#representation"] = "not_applicable",
      ["eu-2004-81:11.1"] = "not_applicable",
      ["eu-2004-81:12.1"] = "not_applicable",
      ["eu-2004-81:16.1"] = "not_applicable",
      ["eu-2004-81:17#inform"] = "not_applicable",
      ["eu-2004-81:17#reference"] = "not_applicable",
      ["eu-2004-81:10.c#family"] = "not_applicable",
      ["eu-2004-81:3.2"] = "not_applicable",
      ["eu-2004-81:3.3"] = "not_applicable",
      ["eu-2004-81:5#ngos"] = "not_applicable",
      ["eu-2004-81:6.4"] = "not_applicable",
      ["eu-2004-81:7.4"] = "not_applicable",
      ["eu-2004-81:10.a#extension"] = "not_applicable",
      ["eu-2004-81:12.1#specific"] = "not_applicable",
      ["eu-2004-81:12.2"] = "not_applicable",
      ["eu-2004-81:13.1"] = "not_applicable",
      ["eu-2004-81:14"] = "not_applicable",
    },
  },
  {
    name = "review: Bulgaria on 1 January 2007: bound from accession; 16(1) information not yet due",
    as_of = "2007-01-01",
    profile = {
      victim_residence = {
        trafficking_victims = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 1",
        },
        smuggled_persons = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 2",
        },
        minors = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 3",
        },
        information = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 4",
        },
        information_by_ngos = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 5",
        },
        reflection_period = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 6",
          days = 30,
        },
        reflection_protection = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 7",
        },
        reflection_termination = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 8",
        },
        subsistence = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 9",
        },
        vulnerable_needs = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 10",
        },
        translation = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 11",
        },
        free_legal_aid = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 12",
        },
        permit = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 13",
        },
        permit_validity = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 14",
          months = 12,
        },
        permit_renewal = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 15",
        },
        treatment_after = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 16",
        },
        special_needs_assistance = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 17",
        },
        minors_best_interests = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 18",
        },
        minors_reflection_extension = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 19",
        },
        minors_education = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 20",
          public_only = false,
        },
        unaccompanied_identification = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 21",
        },
        unaccompanied_family_tracing = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 22",
        },
        unaccompanied_representation = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 23",
        },
        access_employment = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 24",
        },
        access_vocational_training = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 25",
        },
        access_education = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 26",
        },
        programmes_access = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 27",
        },
        specific_programmes = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 28",
        },
        permit_linked_to_programmes = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 29",
        },
        non_renewal = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 30",
        },
        withdrawal = {
          adopted = true,
          from = "2006-12-01",
          source = "Aliens Act 2006, s. 31",
          grounds = { "conditions_no_longer_met", "renewed_contact", "fraud", "public_policy", "ceased_cooperation", "proceedings_discontinued" },
        },
      },
      protection = {
        victim_protection = {
          adopted = true,
          from = "1998-01-01",
          source = "Witness Protection Act 1998, s. 4",
        },
      },
      notifications = {
        {
          provision = "eu-2004-81:16.1",
          date = "2008-03-01",
          content = "statistics and practice for the 2008 report",
        },
      },
      transposition = {
        ["eu-2004-81"] = {
          measures = {
            act = {
              title = "Aliens (Amendment) Act 2006",
              kind = "act",
              adopted_on = "2006-06-01",
              from = "2006-12-01",
              refers_to_directive = true,
              notified = "2006-12-20",
              source = "Official Gazette 2006 No. 30",
            },
          },
        },
      },
      state = {
        code = "BGR",
        name = "Bulgaria",
      },
    },
    expect = {
      ["eu-2004-81:3.1"] = "met",
      ["eu-2004-81:5"] = "met",
      ["eu-2004-81:6.1"] = "met",
      ["eu-2004-81:6.2"] = "met",
      ["eu-2004-81:7.1"] = "met",
      ["eu-2004-81:7.2"] = "met",
      ["eu-2004-81:7.3"] = "met",
      ["eu-2004-81:8.1"] = "met",
      ["eu-2004-81:8.3#renewal"] = "met",
      ["eu-2004-81:8.3#validity"] = "met",
      ["eu-2004-81:9.1"] = "met",
      ["eu-2004-81:9.2"] = "met",
      ["eu-2004-81:10.a"] = "met",
      ["eu-2004-81:10.b"] = "met",
      ["eu-2004-81:10.c#identity"] = "met",
      ["eu-2004-81:10.c#representation"] = "met",
      ["eu-2004-81:11.1"] = "met",
      ["eu-2004-81:12.1"] = "met",
      ["eu-2004-81:16.1"] = "not_applicable",
      ["eu-2004-81:17#inform"] = "met",
      ["eu-2004-81:17#reference"] = "met",
      ["eu-2004-81:10.c#family"] = "met",
      ["eu-2004-81:3.2"] = "met",
      ["eu-2004-81:3.3"] = "met",
      ["eu-2004-81:5#ngos"] = "met",
      ["eu-2004-81:6.4"] = "met",
      ["eu-2004-81:7.4"] = "met",
      ["eu-2004-81:10.a#extension"] = "met",
      ["eu-2004-81:12.1#specific"] = "met",
      ["eu-2004-81:12.2"] = "met",
      ["eu-2004-81:13.1"] = "met",
      ["eu-2004-81:14"] = "met",
    },
  },
  {
    name = "review: Croatia on 30 June 2013: not yet a Member State",
    as_of = "2013-06-30",
    profile = {
      victim_residence = {
        trafficking_victims = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 1",
        },
        smuggled_persons = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 2",
        },
        minors = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 3",
        },
        information = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 4",
        },
        information_by_ngos = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 5",
        },
        reflection_period = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 6",
          days = 30,
        },
        reflection_protection = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 7",
        },
        reflection_termination = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 8",
        },
        subsistence = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 9",
        },
        vulnerable_needs = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 10",
        },
        translation = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 11",
        },
        free_legal_aid = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 12",
        },
        permit = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 13",
        },
        permit_validity = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 14",
          months = 12,
        },
        permit_renewal = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 15",
        },
        treatment_after = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 16",
        },
        special_needs_assistance = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 17",
        },
        minors_best_interests = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 18",
        },
        minors_reflection_extension = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 19",
        },
        minors_education = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 20",
          public_only = false,
        },
        unaccompanied_identification = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 21",
        },
        unaccompanied_family_tracing = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 22",
        },
        unaccompanied_representation = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 23",
        },
        access_employment = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 24",
        },
        access_vocational_training = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 25",
        },
        access_education = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 26",
        },
        programmes_access = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 27",
        },
        specific_programmes = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 28",
        },
        permit_linked_to_programmes = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 29",
        },
        non_renewal = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 30",
        },
        withdrawal = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 31",
          grounds = { "conditions_no_longer_met", "renewed_contact", "fraud", "public_policy", "ceased_cooperation", "proceedings_discontinued" },
        },
      },
      protection = {
        victim_protection = {
          adopted = true,
          from = "1998-01-01",
          source = "Witness Protection Act 1998, s. 4",
        },
      },
      notifications = {
        {
          provision = "eu-2004-81:16.1",
          date = "2013-06-20",
          content = "statistics and practice for the 2008 report",
        },
      },
      transposition = {
        ["eu-2004-81"] = {
          measures = {
            act = {
              title = "Aliens (Amendment) Act 2006",
              kind = "act",
              adopted_on = "2006-06-01",
              from = "2013-06-01",
              refers_to_directive = true,
              notified = "2013-06-20",
              source = "Official Gazette 2006 No. 30",
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
      ["eu-2004-81:3.1"] = "not_applicable",
      ["eu-2004-81:5"] = "not_applicable",
      ["eu-2004-81:6.1"] = "not_applicable",
      ["eu-2004-81:6.2"] = "not_applicable",
      ["eu-2004-81:7.1"] = "not_applicable",
      ["eu-2004-81:7.2"] = "not_applicable",
      ["eu-2004-81:7.3"] = "not_applicable",
      ["eu-2004-81:8.1"] = "not_applicable",
      ["eu-2004-81:8.3#renewal"] = "not_applicable",
      ["eu-2004-81:8.3#validity"] = "not_applicable",
      ["eu-2004-81:9.1"] = "not_applicable",
      ["eu-2004-81:9.2"] = "not_applicable",
      ["eu-2004-81:10.a"] = "not_applicable",
      ["eu-2004-81:10.b"] = "not_applicable",
      ["eu-2004-81:10.c#identity"] = "not_applicable",
      ["eu-2004-81:10.c#representation"] = "not_applicable",
      ["eu-2004-81:11.1"] = "not_applicable",
      ["eu-2004-81:12.1"] = "not_applicable",
      ["eu-2004-81:16.1"] = "not_applicable",
      ["eu-2004-81:17#inform"] = "not_applicable",
      ["eu-2004-81:17#reference"] = "not_applicable",
      ["eu-2004-81:10.c#family"] = "not_applicable",
      ["eu-2004-81:3.2"] = "not_applicable",
      ["eu-2004-81:3.3"] = "not_applicable",
      ["eu-2004-81:5#ngos"] = "not_applicable",
      ["eu-2004-81:6.4"] = "not_applicable",
      ["eu-2004-81:7.4"] = "not_applicable",
      ["eu-2004-81:10.a#extension"] = "not_applicable",
      ["eu-2004-81:12.1#specific"] = "not_applicable",
      ["eu-2004-81:12.2"] = "not_applicable",
      ["eu-2004-81:13.1"] = "not_applicable",
      ["eu-2004-81:14"] = "not_applicable",
    },
  },
  {
    name = "review: Croatia on 1 July 2013: bound from accession; the 2008 report's information never concerned it",
    as_of = "2013-07-01",
    profile = {
      victim_residence = {
        trafficking_victims = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 1",
        },
        smuggled_persons = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 2",
        },
        minors = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 3",
        },
        information = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 4",
        },
        information_by_ngos = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 5",
        },
        reflection_period = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 6",
          days = 30,
        },
        reflection_protection = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 7",
        },
        reflection_termination = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 8",
        },
        subsistence = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 9",
        },
        vulnerable_needs = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 10",
        },
        translation = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 11",
        },
        free_legal_aid = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 12",
        },
        permit = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 13",
        },
        permit_validity = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 14",
          months = 12,
        },
        permit_renewal = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 15",
        },
        treatment_after = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 16",
        },
        special_needs_assistance = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 17",
        },
        minors_best_interests = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 18",
        },
        minors_reflection_extension = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 19",
        },
        minors_education = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 20",
          public_only = false,
        },
        unaccompanied_identification = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 21",
        },
        unaccompanied_family_tracing = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 22",
        },
        unaccompanied_representation = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 23",
        },
        access_employment = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 24",
        },
        access_vocational_training = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 25",
        },
        access_education = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 26",
        },
        programmes_access = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 27",
        },
        specific_programmes = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 28",
        },
        permit_linked_to_programmes = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 29",
        },
        non_renewal = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 30",
        },
        withdrawal = {
          adopted = true,
          from = "2013-06-01",
          source = "Aliens Act 2006, s. 31",
          grounds = { "conditions_no_longer_met", "renewed_contact", "fraud", "public_policy", "ceased_cooperation", "proceedings_discontinued" },
        },
      },
      protection = {
        victim_protection = {
          adopted = true,
          from = "1998-01-01",
          source = "Witness Protection Act 1998, s. 4",
        },
      },
      notifications = {
        {
          provision = "eu-2004-81:16.1",
          date = "2013-06-20",
          content = "statistics and practice for the 2008 report",
        },
      },
      transposition = {
        ["eu-2004-81"] = {
          measures = {
            act = {
              title = "Aliens (Amendment) Act 2006",
              kind = "act",
              adopted_on = "2006-06-01",
              from = "2013-06-01",
              refers_to_directive = true,
              notified = "2013-06-20",
              source = "Official Gazette 2006 No. 30",
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
      ["eu-2004-81:3.1"] = "met",
      ["eu-2004-81:5"] = "met",
      ["eu-2004-81:6.1"] = "met",
      ["eu-2004-81:6.2"] = "met",
      ["eu-2004-81:7.1"] = "met",
      ["eu-2004-81:7.2"] = "met",
      ["eu-2004-81:7.3"] = "met",
      ["eu-2004-81:8.1"] = "met",
      ["eu-2004-81:8.3#renewal"] = "met",
      ["eu-2004-81:8.3#validity"] = "met",
      ["eu-2004-81:9.1"] = "met",
      ["eu-2004-81:9.2"] = "met",
      ["eu-2004-81:10.a"] = "met",
      ["eu-2004-81:10.b"] = "met",
      ["eu-2004-81:10.c#identity"] = "met",
      ["eu-2004-81:10.c#representation"] = "met",
      ["eu-2004-81:11.1"] = "met",
      ["eu-2004-81:12.1"] = "met",
      ["eu-2004-81:16.1"] = "not_applicable",
      ["eu-2004-81:17#inform"] = "met",
      ["eu-2004-81:17#reference"] = "met",
      ["eu-2004-81:10.c#family"] = "met",
      ["eu-2004-81:3.2"] = "met",
      ["eu-2004-81:3.3"] = "met",
      ["eu-2004-81:5#ngos"] = "met",
      ["eu-2004-81:6.4"] = "met",
      ["eu-2004-81:7.4"] = "met",
      ["eu-2004-81:10.a#extension"] = "met",
      ["eu-2004-81:12.1#specific"] = "met",
      ["eu-2004-81:12.2"] = "met",
      ["eu-2004-81:13.1"] = "met",
      ["eu-2004-81:14"] = "met",
    },
  },
}
