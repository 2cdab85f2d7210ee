-- Independent review of the pack (issue 15): fictional Member States'
-- profiles, with the statuses expected from the text of Directive 2004/80/EC
-- alone (written before the pack was run).  Kept as regression tests; the
-- review's tally and its disagreements are in docs/eu-directives.md.
return {
  {
    name = "review: complete and correct transposition (every obligation met, option 18(2) used)",
    profile = {
      protection = {
        victim_compensation_state = {
          adopted = true,
          from = "1990-01-01",
          source = "Violent Crime Compensation Act 1990, s. 1-20",
        },
      },
      notifications = {
        {
          provision = "eu-2004-80:13.1.a",
          date = "2005-06-20",
          content = "authorities",
        },
        {
          provision = "eu-2004-80:13.1.b",
          date = "2005-06-20",
          content = "languages",
        },
        {
          provision = "eu-2004-80:13.1.c",
          date = "2005-06-20",
          content = "information",
        },
        {
          provision = "eu-2004-80:13.1.d",
          date = "2005-06-20",
          content = "forms",
        },
      },
      transposition = {
        ["eu-2004-80"] = {
          measures = {
            act = {
              title = "Cross-border Compensation Act 2005",
              kind = "act",
              adopted_on = "2005-05-01",
              from = "2005-06-01",
              refers_to_directive = true,
              notified = "2005-07-15",
              source = "Official Gazette 2005 No. 7",
            },
            scheme = {
              title = "Violent Crime Compensation Act 1990",
              kind = "pre_existing",
              from = "1990-01-01",
              notified = "2005-07-15",
            },
          },
          table = {
            {
              provision = "eu-2004-80:1",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:2",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:3",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:4",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:5",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:6",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:7",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:8",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:9",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:10",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:11",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:16",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:12.2",
              measures = { "scheme" },
            },
          },
          options = {
            {
              provision = "eu-2004-80:18.2",
              used = true,
              source = "Cross-border Compensation Act 2005, s. 30",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-80:1"] = "met",
      ["eu-2004-80:2"] = "met",
      ["eu-2004-80:3.1"] = "met",
      ["eu-2004-80:3.2"] = "met",
      ["eu-2004-80:4"] = "met",
      ["eu-2004-80:5.1"] = "met",
      ["eu-2004-80:5.2"] = "met",
      ["eu-2004-80:5.3"] = "met",
      ["eu-2004-80:6.1"] = "met",
      ["eu-2004-80:6.2"] = "met",
      ["eu-2004-80:7"] = "met",
      ["eu-2004-80:8"] = "met",
      ["eu-2004-80:9.2"] = "met",
      ["eu-2004-80:10"] = "met",
      ["eu-2004-80:11.1"] = "met",
      ["eu-2004-80:11.2"] = "met",
      ["eu-2004-80:11.3"] = "met",
      ["eu-2004-80:12.2"] = "met",
      ["eu-2004-80:13.1"] = "met",
      ["eu-2004-80:16"] = "met",
      ["eu-2004-80:18.1"] = "met",
      ["eu-2004-80:18.3"] = "met",
      ["eu-2004-80:18.4"] = "met",
      ["eu-2004-80:3.3"] = "met",
      ["eu-2004-80:9.1"] = "met",
      ["eu-2004-80:18.2"] = "met",
    },
  },
  {
    name = "review: partial transposition, 2004 accession State (Poland): 12(2) limited to nationals, 11(1)(b) missing, no contact point, no reference, not notified",
    profile = {
      protection = {
        victim_compensation_state = {
          adopted = "partly",
          from = "1990-01-01",
          source = "Violent Crime Compensation Act 1990, s. 2",
          missing = { "victims who are not nationals of the State: the scheme is limited to nationals" },
        },
      },
      notifications = {
        {
          provision = "eu-2004-80:13.1.a",
          date = "2005-06-20",
          content = "authorities",
        },
        {
          provision = "eu-2004-80:13.1.b",
          date = "2005-06-20",
          content = "languages",
        },
      },
      transposition = {
        ["eu-2004-80"] = {
          measures = {
            act = {
              title = "Cross-border Compensation Act 2005",
              kind = "act",
              adopted_on = "2005-05-01",
              from = "2006-03-01",
              refers_to_directive = false,
              source = "Official Gazette 2005 No. 7",
            },
            scheme = {
              title = "Violent Crime Compensation Act 1990",
              kind = "pre_existing",
              from = "1990-01-01",
            },
          },
          table = {
            {
              provision = "eu-2004-80:1",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:2",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:4",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:5",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:6",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:7",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:8",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:10",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:3.1",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:3.2",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:3.3",
              adopted = false,
              note = "No simplification of formalities.",
            },
            {
              provision = "eu-2004-80:9.2",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:11.1",
              measures = { "act" },
              adopted = "partly",
              missing = { "acceptance of another language of the institutions (art. 11(1)(b))" },
            },
            {
              provision = "eu-2004-80:11.2",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:11.3",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:12.2",
              measures = { "scheme" },
              adopted = "partly",
              missing = { "victims who are not nationals" },
            },
            {
              provision = "eu-2004-80:16",
              adopted = false,
              note = "No central contact point designated.",
            },
          },
          options = {
            {
              provision = "eu-2004-80:18.2",
              used = false,
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
      ["eu-2004-80:1"] = "met",
      ["eu-2004-80:2"] = "met",
      ["eu-2004-80:3.1"] = "met",
      ["eu-2004-80:3.2"] = "met",
      ["eu-2004-80:4"] = "met",
      ["eu-2004-80:5.1"] = "met",
      ["eu-2004-80:5.2"] = "met",
      ["eu-2004-80:5.3"] = "met",
      ["eu-2004-80:6.1"] = "met",
      ["eu-2004-80:6.2"] = "met",
      ["eu-2004-80:7"] = "met",
      ["eu-2004-80:8"] = "met",
      ["eu-2004-80:9.2"] = "met",
      ["eu-2004-80:10"] = "met",
      ["eu-2004-80:11.1"] = "partly_met",
      ["eu-2004-80:11.2"] = "met",
      ["eu-2004-80:11.3"] = "met",
      ["eu-2004-80:12.2"] = "partly_met",
      ["eu-2004-80:13.1"] = "partly_met",
      ["eu-2004-80:16"] = "not_met",
      ["eu-2004-80:18.1"] = "unknown",
      ["eu-2004-80:18.3"] = "not_met",
      ["eu-2004-80:18.4"] = "unknown",
      ["eu-2004-80:3.3"] = "not_met",
      ["eu-2004-80:9.1"] = "unknown",
      ["eu-2004-80:18.2"] = "not_met",
    },
  },
  {
    name = "review: option 18(2) not stated: unknown, the rest met",
    profile = {
      protection = {
        victim_compensation_state = {
          adopted = true,
          from = "1990-01-01",
          source = "Violent Crime Compensation Act 1990, s. 1-20",
        },
      },
      notifications = {
        {
          provision = "eu-2004-80:13.1.a",
          date = "2005-06-20",
          content = "authorities",
        },
        {
          provision = "eu-2004-80:13.1.b",
          date = "2005-06-20",
          content = "languages",
        },
        {
          provision = "eu-2004-80:13.1.c",
          date = "2005-06-20",
          content = "information",
        },
        {
          provision = "eu-2004-80:13.1.d",
          date = "2005-06-20",
          content = "forms",
        },
      },
      transposition = {
        ["eu-2004-80"] = {
          measures = {
            act = {
              title = "Cross-border Compensation Act 2005",
              kind = "act",
              adopted_on = "2005-05-01",
              from = "2005-06-01",
              refers_to_directive = true,
              notified = "2005-07-15",
              source = "Official Gazette 2005 No. 7",
            },
            scheme = {
              title = "Violent Crime Compensation Act 1990",
              kind = "pre_existing",
              from = "1990-01-01",
              notified = "2005-07-15",
            },
          },
          table = {
            {
              provision = "eu-2004-80:1",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:2",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:3",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:4",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:5",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:6",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:7",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:8",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:9",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:10",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:11",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:16",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:12.2",
              measures = { "scheme" },
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-80:18.2"] = "unknown",
      ["eu-2004-80:1"] = "met",
    },
  },
  {
    name = "review: 2004 accession State the day before 1 July 2005: nothing due",
    as_of = "2005-06-30",
    profile = {
      protection = {
        victim_compensation_state = {
          adopted = true,
          from = "1990-01-01",
          source = "Violent Crime Compensation Act 1990, s. 1-20",
        },
      },
      notifications = {
        {
          provision = "eu-2004-80:13.1.a",
          date = "2005-06-20",
          content = "authorities",
        },
        {
          provision = "eu-2004-80:13.1.b",
          date = "2005-06-20",
          content = "languages",
        },
        {
          provision = "eu-2004-80:13.1.c",
          date = "2005-06-20",
          content = "information",
        },
        {
          provision = "eu-2004-80:13.1.d",
          date = "2005-06-20",
          content = "forms",
        },
      },
      transposition = {
        ["eu-2004-80"] = {
          measures = {
            act = {
              title = "Cross-border Compensation Act 2005",
              kind = "act",
              adopted_on = "2005-05-01",
              from = "2005-06-01",
              refers_to_directive = true,
              notified = "2005-07-15",
              source = "Official Gazette 2005 No. 7",
            },
            scheme = {
              title = "Violent Crime Compensation Act 1990",
              kind = "pre_existing",
              from = "1990-01-01",
              notified = "2005-07-15",
            },
          },
          table = {
            {
              provision = "eu-2004-80:1",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:2",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:3",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:4",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:5",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:6",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:7",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:8",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:9",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:10",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:11",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:16",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:12.2",
              measures = { "scheme" },
            },
          },
          options = {
            {
              provision = "eu-2004-80:18.2",
              used = true,
              source = "Cross-border Compensation Act 2005, s. 30",
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
      ["eu-2004-80:1"] = "not_applicable",
      ["eu-2004-80:2"] = "not_applicable",
      ["eu-2004-80:3.1"] = "not_applicable",
      ["eu-2004-80:3.2"] = "not_applicable",
      ["eu-2004-80:4"] = "not_applicable",
      ["eu-2004-80:5.1"] = "not_applicable",
      ["eu-2004-80:5.2"] = "not_applicable",
      ["eu-2004-80:5.3"] = "not_applicable",
      ["eu-2004-80:6.1"] = "not_applicable",
      ["eu-2004-80:6.2"] = "not_applicable",
      ["eu-2004-80:7"] = "not_applicable",
      ["eu-2004-80:8"] = "not_applicable",
      ["eu-2004-80:9.2"] = "not_applicable",
      ["eu-2004-80:10"] = "not_applicable",
      ["eu-2004-80:11.1"] = "not_applicable",
      ["eu-2004-80:11.2"] = "not_applicable",
      ["eu-2004-80:11.3"] = "not_applicable",
      ["eu-2004-80:12.2"] = "not_applicable",
      ["eu-2004-80:13.1"] = "not_applicable",
      ["eu-2004-80:16"] = "not_applicable",
      ["eu-2004-80:18.1"] = "not_applicable",
      ["eu-2004-80:18.3"] = "not_applicable",
      ["eu-2004-80:18.4"] = "not_applicable",
      ["eu-2004-80:3.3"] = "not_applicable",
      ["eu-2004-80:9.1"] = "not_applicable",
      ["eu-2004-80:18.2"] = "not_applicable",
    },
  },
  {
    name = "review: 2004 accession State on 1 July 2005: 12(2) and 13(1) due, the rest not yet",
    as_of = "2005-07-01",
    profile = {
      protection = {
        victim_compensation_state = {
          adopted = true,
          from = "1990-01-01",
          source = "Violent Crime Compensation Act 1990, s. 1-20",
        },
      },
      notifications = {
        {
          provision = "eu-2004-80:13.1.a",
          date = "2005-06-20",
          content = "authorities",
        },
        {
          provision = "eu-2004-80:13.1.b",
          date = "2005-06-20",
          content = "languages",
        },
        {
          provision = "eu-2004-80:13.1.c",
          date = "2005-06-20",
          content = "information",
        },
        {
          provision = "eu-2004-80:13.1.d",
          date = "2005-06-20",
          content = "forms",
        },
      },
      transposition = {
        ["eu-2004-80"] = {
          measures = {
            act = {
              title = "Cross-border Compensation Act 2005",
              kind = "act",
              adopted_on = "2005-05-01",
              from = "2005-06-01",
              refers_to_directive = true,
              notified = "2005-07-15",
              source = "Official Gazette 2005 No. 7",
            },
            scheme = {
              title = "Violent Crime Compensation Act 1990",
              kind = "pre_existing",
              from = "1990-01-01",
              notified = "2005-07-15",
            },
          },
          table = {
            {
              provision = "eu-2004-80:1",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:2",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:3",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:4",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:5",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:6",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:7",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:8",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:9",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:10",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:11",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:16",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:12.2",
              measures = { "scheme" },
            },
          },
          options = {
            {
              provision = "eu-2004-80:18.2",
              used = true,
              source = "Cross-border Compensation Act 2005, s. 30",
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
      ["eu-2004-80:1"] = "not_applicable",
      ["eu-2004-80:2"] = "not_applicable",
      ["eu-2004-80:3.1"] = "not_applicable",
      ["eu-2004-80:3.2"] = "not_applicable",
      ["eu-2004-80:4"] = "not_applicable",
      ["eu-2004-80:5.1"] = "not_applicable",
      ["eu-2004-80:5.2"] = "not_applicable",
      ["eu-2004-80:5.3"] = "not_applicable",
      ["eu-2004-80:6.1"] = "not_applicable",
      ["eu-2004-80:6.2"] = "not_applicable",
      ["eu-2004-80:7"] = "not_applicable",
      ["eu-2004-80:8"] = "not_applicable",
      ["eu-2004-80:9.2"] = "not_applicable",
      ["eu-2004-80:10"] = "not_applicable",
      ["eu-2004-80:11.1"] = "not_applicable",
      ["eu-2004-80:11.2"] = "not_applicable",
      ["eu-2004-80:11.3"] = "not_applicable",
      ["eu-2004-80:12.2"] = "met",
      ["eu-2004-80:13.1"] = "met",
      ["eu-2004-80:16"] = "not_applicable",
      ["eu-2004-80:18.1"] = "not_applicable",
      ["eu-2004-80:18.3"] = "not_applicable",
      ["eu-2004-80:18.4"] = "not_applicable",
      ["eu-2004-80:3.3"] = "not_applicable",
      ["eu-2004-80:9.1"] = "not_applicable",
      ["eu-2004-80:18.2"] = "not_applicable",
    },
  },
  {
    name = "review: 12(2) scheme in force one day after its deadline: not met on 1 July 2005; 13(1) nothing sent",
    as_of = "2005-07-01",
    profile = {
      protection = {
        victim_compensation_state = {
          adopted = true,
          from = "2005-07-02",
          source = "Violent Crime Compensation Act 1990, s. 1-20",
        },
      },
      notifications = {},
      transposition = {
        ["eu-2004-80"] = {
          measures = {
            act = {
              title = "Cross-border Compensation Act 2005",
              kind = "act",
              adopted_on = "2005-05-01",
              from = "2005-06-01",
              refers_to_directive = true,
              notified = "2005-07-15",
              source = "Official Gazette 2005 No. 7",
            },
            scheme = {
              title = "Violent Crime Compensation Act 1990",
              kind = "pre_existing",
              from = "2005-07-02",
              notified = "2005-07-15",
            },
          },
          table = {
            {
              provision = "eu-2004-80:1",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:2",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:3",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:4",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:5",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:6",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:7",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:8",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:9",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:10",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:11",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:16",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:12.2",
              measures = { "scheme" },
            },
          },
          options = {
            {
              provision = "eu-2004-80:18.2",
              used = true,
              source = "Cross-border Compensation Act 2005, s. 30",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-80:12.2"] = "not_met",
      ["eu-2004-80:13.1"] = "not_met",
      ["eu-2004-80:1"] = "not_applicable",
    },
  },
  {
    name = "review: 12(2) scheme in force on 2 July 2005: met that day",
    as_of = "2005-07-02",
    profile = {
      protection = {
        victim_compensation_state = {
          adopted = true,
          from = "2005-07-02",
          source = "Violent Crime Compensation Act 1990, s. 1-20",
        },
      },
      notifications = {
        {
          provision = "eu-2004-80:13.1.a",
          date = "2005-06-20",
          content = "authorities",
        },
        {
          provision = "eu-2004-80:13.1.b",
          date = "2005-06-20",
          content = "languages",
        },
        {
          provision = "eu-2004-80:13.1.c",
          date = "2005-06-20",
          content = "information",
        },
        {
          provision = "eu-2004-80:13.1.d",
          date = "2005-06-20",
          content = "forms",
        },
      },
      transposition = {
        ["eu-2004-80"] = {
          measures = {
            act = {
              title = "Cross-border Compensation Act 2005",
              kind = "act",
              adopted_on = "2005-05-01",
              from = "2005-06-01",
              refers_to_directive = true,
              notified = "2005-07-15",
              source = "Official Gazette 2005 No. 7",
            },
            scheme = {
              title = "Violent Crime Compensation Act 1990",
              kind = "pre_existing",
              from = "2005-07-02",
              notified = "2005-07-15",
            },
          },
          table = {
            {
              provision = "eu-2004-80:1",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:2",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:3",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:4",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:5",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:6",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:7",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:8",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:9",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:10",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:11",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:16",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:12.2",
              measures = { "scheme" },
            },
          },
          options = {
            {
              provision = "eu-2004-80:18.2",
              used = true,
              source = "Cross-border Compensation Act 2005, s. 30",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-80:12.2"] = "met",
    },
  },
  {
    name = "review: act in force on the deadline day, 1 January 2006: met",
    as_of = "2006-01-01",
    profile = {
      protection = {
        victim_compensation_state = {
          adopted = true,
          from = "1990-01-01",
          source = "Violent Crime Compensation Act 1990, s. 1-20",
        },
      },
      notifications = {
        {
          provision = "eu-2004-80:13.1.a",
          date = "2005-06-20",
          content = "authorities",
        },
        {
          provision = "eu-2004-80:13.1.b",
          date = "2005-06-20",
          content = "languages",
        },
        {
          provision = "eu-2004-80:13.1.c",
          date = "2005-06-20",
          content = "information",
        },
        {
          provision = "eu-2004-80:13.1.d",
          date = "2005-06-20",
          content = "forms",
        },
      },
      transposition = {
        ["eu-2004-80"] = {
          measures = {
            act = {
              title = "Cross-border Compensation Act 2005",
              kind = "act",
              adopted_on = "2005-05-01",
              from = "2006-01-01",
              refers_to_directive = true,
              notified = "2005-07-15",
              source = "Official Gazette 2005 No. 7",
            },
            scheme = {
              title = "Violent Crime Compensation Act 1990",
              kind = "pre_existing",
              from = "1990-01-01",
              notified = "2005-07-15",
            },
          },
          table = {
            {
              provision = "eu-2004-80:1",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:2",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:3",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:4",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:5",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:6",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:7",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:8",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:9",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:10",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:11",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:16",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:12.2",
              measures = { "scheme" },
            },
          },
          options = {
            {
              provision = "eu-2004-80:18.2",
              used = true,
              source = "Cross-border Compensation Act 2005, s. 30",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-80:1"] = "met",
      ["eu-2004-80:16"] = "met",
      ["eu-2004-80:18.3"] = "met",
    },
  },
  {
    name = "review: act in force one day after the deadline: not met on 1 January 2006",
    as_of = "2006-01-01",
    profile = {
      protection = {
        victim_compensation_state = {
          adopted = true,
          from = "1990-01-01",
          source = "Violent Crime Compensation Act 1990, s. 1-20",
        },
      },
      notifications = {
        {
          provision = "eu-2004-80:13.1.a",
          date = "2005-06-20",
          content = "authorities",
        },
        {
          provision = "eu-2004-80:13.1.b",
          date = "2005-06-20",
          content = "languages",
        },
        {
          provision = "eu-2004-80:13.1.c",
          date = "2005-06-20",
          content = "information",
        },
        {
          provision = "eu-2004-80:13.1.d",
          date = "2005-06-20",
          content = "forms",
        },
      },
      transposition = {
        ["eu-2004-80"] = {
          measures = {
            act = {
              title = "Cross-border Compensation Act 2005",
              kind = "act",
              adopted_on = "2005-05-01",
              from = "2006-01-02",
              refers_to_directive = true,
              notified = "2005-07-15",
              source = "Official Gazette 2005 No. 7",
            },
            scheme = {
              title = "Violent Crime Compensation Act 1990",
              kind = "pre_existing",
              from = "1990-01-01",
              notified = "2005-07-15",
            },
          },
          table = {
            {
              provision = "eu-2004-80:1",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:2",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:3",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:4",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:5",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:6",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:7",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:8",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:9",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:10",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:11",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:16",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:12.2",
              measures = { "scheme" },
            },
          },
          options = {
            {
              provision = "eu-2004-80:18.2",
              used = true,
              source = "Cross-border Compensation Act 2005, s. 30",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-80:1"] = "not_met",
      ["eu-2004-80:2"] = "not_met",
      ["eu-2004-80:16"] = "not_met",
      ["eu-2004-80:12.2"] = "met",
    },
  },
  {
    name = "review: the same act on 2 January 2006: met",
    as_of = "2006-01-02",
    profile = {
      protection = {
        victim_compensation_state = {
          adopted = true,
          from = "1990-01-01",
          source = "Violent Crime Compensation Act 1990, s. 1-20",
        },
      },
      notifications = {
        {
          provision = "eu-2004-80:13.1.a",
          date = "2005-06-20",
          content = "authorities",
        },
        {
          provision = "eu-2004-80:13.1.b",
          date = "2005-06-20",
          content = "languages",
        },
        {
          provision = "eu-2004-80:13.1.c",
          date = "2005-06-20",
          content = "information",
        },
        {
          provision = "eu-2004-80:13.1.d",
          date = "2005-06-20",
          content = "forms",
        },
      },
      transposition = {
        ["eu-2004-80"] = {
          measures = {
            act = {
              title = "Cross-border Compensation Act 2005",
              kind = "act",
              adopted_on = "2005-05-01",
              from = "2006-01-02",
              refers_to_directive = true,
              notified = "2005-07-15",
              source = "Official Gazette 2005 No. 7",
            },
            scheme = {
              title = "Violent Crime Compensation Act 1990",
              kind = "pre_existing",
              from = "1990-01-01",
              notified = "2005-07-15",
            },
          },
          table = {
            {
              provision = "eu-2004-80:1",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:2",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:3",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:4",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:5",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:6",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:7",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:8",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:9",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:10",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:11",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:16",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:12.2",
              measures = { "scheme" },
            },
          },
          options = {
            {
              provision = "eu-2004-80:18.2",
              used = true,
              source = "Cross-border Compensation Act 2005, s. 30",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-80:1"] = "met",
      ["eu-2004-80:16"] = "met",
    },
  },
  {
    name = "review: measures adopted, not yet notified at the assessment date: 18(1) and 18(4) not met",
    as_of = "2006-06-01",
    profile = {
      protection = {
        victim_compensation_state = {
          adopted = true,
          from = "1990-01-01",
          source = "Violent Crime Compensation Act 1990, s. 1-20",
        },
      },
      notifications = {
        {
          provision = "eu-2004-80:13.1.a",
          date = "2005-06-20",
          content = "authorities",
        },
        {
          provision = "eu-2004-80:13.1.b",
          date = "2005-06-20",
          content = "languages",
        },
        {
          provision = "eu-2004-80:13.1.c",
          date = "2005-06-20",
          content = "information",
        },
        {
          provision = "eu-2004-80:13.1.d",
          date = "2005-06-20",
          content = "forms",
        },
      },
      transposition = {
        ["eu-2004-80"] = {
          measures = {
            act = {
              title = "Cross-border Compensation Act 2005",
              kind = "act",
              adopted_on = "2005-05-01",
              from = "2006-01-01",
              refers_to_directive = true,
              notified = "2007-02-01",
              source = "Official Gazette 2005 No. 7",
            },
            scheme = {
              title = "Violent Crime Compensation Act 1990",
              kind = "pre_existing",
              from = "1990-01-01",
              notified = "2007-02-01",
            },
          },
          table = {
            {
              provision = "eu-2004-80:1",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:2",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:3",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:4",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:5",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:6",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:7",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:8",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:9",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:10",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:11",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:16",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:12.2",
              measures = { "scheme" },
            },
          },
          options = {
            {
              provision = "eu-2004-80:18.2",
              used = true,
              source = "Cross-border Compensation Act 2005, s. 30",
            },
          },
        },
      },
    },
    expect = {
      ["eu-2004-80:18.1"] = "not_met",
      ["eu-2004-80:18.4"] = "not_met",
      ["eu-2004-80:18.3"] = "met",
      ["eu-2004-80:1"] = "met",
    },
  },
  {
    name = "review: Bulgaria on 31 December 2006: not yet a Member State",
    as_of = "2006-12-31",
    profile = {
      protection = {
        victim_compensation_state = {
          adopted = true,
          from = "1990-01-01",
          source = "Violent Crime Compensation Act 1990, s. 1-20",
        },
      },
      notifications = {
        {
          provision = "eu-2004-80:13.1.a",
          date = "2006-12-20",
          content = "authorities",
        },
        {
          provision = "eu-2004-80:13.1.b",
          date = "2006-12-20",
          content = "languages",
        },
        {
          provision = "eu-2004-80:13.1.c",
          date = "2006-12-20",
          content = "information",
        },
        {
          provision = "eu-2004-80:13.1.d",
          date = "2006-12-20",
          content = "forms",
        },
      },
      transposition = {
        ["eu-2004-80"] = {
          measures = {
            act = {
              title = "Cross-border Compensation Act 2005",
              kind = "act",
              adopted_on = "2005-05-01",
              from = "2006-12-01",
              refers_to_directive = true,
              notified = "2006-12-20",
              source = "Official Gazette 2005 No. 7",
            },
            scheme = {
              title = "Violent Crime Compensation Act 1990",
              kind = "pre_existing",
              from = "1990-01-01",
              notified = "2006-12-20",
            },
          },
          table = {
            {
              provision = "eu-2004-80:1",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:2",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:3",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:4",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:5",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:6",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:7",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:8",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:9",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:10",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:11",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:16",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:12.2",
              measures = { "scheme" },
            },
          },
          options = {
            {
              provision = "eu-2004-80:18.2",
              used = true,
              source = "Cross-border Compensation Act 2005, s. 30",
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
      ["eu-2004-80:1"] = "not_applicable",
      ["eu-2004-80:2"] = "not_applicable",
      ["eu-2004-80:3.1"] = "not_applicable",
      ["eu-2004-80:3.2"] = "not_applicable",
      ["eu-2004-80:4"] = "not_applicable",
      ["eu-2004-80:5.1"] = "not_applicable",
      ["eu-2004-80:5.2"] = "not_applicable",
      ["eu-2004-80:5.3"] = "not_applicable",
      ["eu-2004-80:6.1"] = "not_applicable",
      ["eu-2004-80:6.2"] = "not_applicable",
      ["eu-2004-80:7"] = "not_applicable",
      ["eu-2004-80:8"] = "not_applicable",
      ["eu-2004-80:9.2"] = "not_applicable",
      ["eu-2004-80:10"] = "not_applicable",
      ["eu-2004-80:11.1"] = "not_applicable",
      ["eu-2004-80:11.2"] = "not_applicable",
      ["eu-2004-80:11.3"] = "not_applicable",
      ["eu-2004-80:12.2"] = "not_applicable",
      ["eu-2004-80:13.1"] = "not_applicable",
      ["eu-2004-80:16"] = "not_applicable",
      ["eu-2004-80:18.1"] = "not_applicable",
      ["eu-2004-80:18.3"] = "not_applicable",
      ["eu-2004-80:18.4"] = "not_applicable",
      ["eu-2004-80:3.3"] = "not_applicable",
      ["eu-2004-80:9.1"] = "not_applicable",
      ["eu-2004-80:18.2"] = "not_applicable",
    },
  },
  {
    name = "review: Bulgaria on 1 January 2007: bound from accession, everything due",
    as_of = "2007-01-01",
    profile = {
      protection = {
        victim_compensation_state = {
          adopted = true,
          from = "1990-01-01",
          source = "Violent Crime Compensation Act 1990, s. 1-20",
        },
      },
      notifications = {
        {
          provision = "eu-2004-80:13.1.a",
          date = "2006-12-20",
          content = "authorities",
        },
        {
          provision = "eu-2004-80:13.1.b",
          date = "2006-12-20",
          content = "languages",
        },
        {
          provision = "eu-2004-80:13.1.c",
          date = "2006-12-20",
          content = "information",
        },
        {
          provision = "eu-2004-80:13.1.d",
          date = "2006-12-20",
          content = "forms",
        },
      },
      transposition = {
        ["eu-2004-80"] = {
          measures = {
            act = {
              title = "Cross-border Compensation Act 2005",
              kind = "act",
              adopted_on = "2005-05-01",
              from = "2006-12-01",
              refers_to_directive = true,
              notified = "2006-12-20",
              source = "Official Gazette 2005 No. 7",
            },
            scheme = {
              title = "Violent Crime Compensation Act 1990",
              kind = "pre_existing",
              from = "1990-01-01",
              notified = "2006-12-20",
            },
          },
          table = {
            {
              provision = "eu-2004-80:1",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:2",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:3",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:4",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:5",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:6",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:7",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:8",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:9",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:10",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:11",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:16",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:12.2",
              measures = { "scheme" },
            },
          },
          options = {
            {
              provision = "eu-2004-80:18.2",
              used = true,
              source = "Cross-border Compensation Act 2005, s. 30",
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
      ["eu-2004-80:1"] = "met",
      ["eu-2004-80:2"] = "met",
      ["eu-2004-80:3.1"] = "met",
      ["eu-2004-80:3.2"] = "met",
      ["eu-2004-80:4"] = "met",
      ["eu-2004-80:5.1"] = "met",
      ["eu-2004-80:5.2"] = "met",
      ["eu-2004-80:5.3"] = "met",
      ["eu-2004-80:6.1"] = "met",
      ["eu-2004-80:6.2"] = "met",
      ["eu-2004-80:7"] = "met",
      ["eu-2004-80:8"] = "met",
      ["eu-2004-80:9.2"] = "met",
      ["eu-2004-80:10"] = "met",
      ["eu-2004-80:11.1"] = "met",
      ["eu-2004-80:11.2"] = "met",
      ["eu-2004-80:11.3"] = "met",
      ["eu-2004-80:12.2"] = "met",
      ["eu-2004-80:13.1"] = "met",
      ["eu-2004-80:16"] = "met",
      ["eu-2004-80:18.1"] = "met",
      ["eu-2004-80:18.3"] = "met",
      ["eu-2004-80:18.4"] = "met",
      ["eu-2004-80:3.3"] = "met",
      ["eu-2004-80:9.1"] = "met",
      ["eu-2004-80:18.2"] = "met",
    },
  },
  {
    name = "review: Croatia on 30 June 2013: not yet a Member State",
    as_of = "2013-06-30",
    profile = {
      protection = {
        victim_compensation_state = {
          adopted = true,
          from = "1990-01-01",
          source = "Violent Crime Compensation Act 1990, s. 1-20",
        },
      },
      notifications = {
        {
          provision = "eu-2004-80:13.1.a",
          date = "2013-06-20",
          content = "authorities",
        },
        {
          provision = "eu-2004-80:13.1.b",
          date = "2013-06-20",
          content = "languages",
        },
        {
          provision = "eu-2004-80:13.1.c",
          date = "2013-06-20",
          content = "information",
        },
        {
          provision = "eu-2004-80:13.1.d",
          date = "2013-06-20",
          content = "forms",
        },
      },
      transposition = {
        ["eu-2004-80"] = {
          measures = {
            act = {
              title = "Cross-border Compensation Act 2005",
              kind = "act",
              adopted_on = "2005-05-01",
              from = "2013-06-01",
              refers_to_directive = true,
              notified = "2013-06-20",
              source = "Official Gazette 2005 No. 7",
            },
            scheme = {
              title = "Violent Crime Compensation Act 1990",
              kind = "pre_existing",
              from = "1990-01-01",
              notified = "2013-06-20",
            },
          },
          table = {
            {
              provision = "eu-2004-80:1",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:2",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:3",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:4",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:5",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:6",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:7",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:8",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:9",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:10",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:11",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:16",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:12.2",
              measures = { "scheme" },
            },
          },
          options = {
            {
              provision = "eu-2004-80:18.2",
              used = true,
              source = "Cross-border Compensation Act 2005, s. 30",
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
      ["eu-2004-80:1"] = "not_applicable",
      ["eu-2004-80:2"] = "not_applicable",
      ["eu-2004-80:3.1"] = "not_applicable",
      ["eu-2004-80:3.2"] = "not_applicable",
      ["eu-2004-80:4"] = "not_applicable",
      ["eu-2004-80:5.1"] = "not_applicable",
      ["eu-2004-80:5.2"] = "not_applicable",
      ["eu-2004-80:5.3"] = "not_applicable",
      ["eu-2004-80:6.1"] = "not_applicable",
      ["eu-2004-80:6.2"] = "not_applicable",
      ["eu-2004-80:7"] = "not_applicable",
      ["eu-2004-80:8"] = "not_applicable",
      ["eu-2004-80:9.2"] = "not_applicable",
      ["eu-2004-80:10"] = "not_applicable",
      ["eu-2004-80:11.1"] = "not_applicable",
      ["eu-2004-80:11.2"] = "not_applicable",
      ["eu-2004-80:11.3"] = "not_applicable",
      ["eu-2004-80:12.2"] = "not_applicable",
      ["eu-2004-80:13.1"] = "not_applicable",
      ["eu-2004-80:16"] = "not_applicable",
      ["eu-2004-80:18.1"] = "not_applicable",
      ["eu-2004-80:18.3"] = "not_applicable",
      ["eu-2004-80:18.4"] = "not_applicable",
      ["eu-2004-80:3.3"] = "not_applicable",
      ["eu-2004-80:9.1"] = "not_applicable",
      ["eu-2004-80:18.2"] = "not_applicable",
    },
  },
  {
    name = "review: Croatia on 1 July 2013: bound from accession",
    as_of = "2013-07-01",
    profile = {
      protection = {
        victim_compensation_state = {
          adopted = true,
          from = "1990-01-01",
          source = "Violent Crime Compensation Act 1990, s. 1-20",
        },
      },
      notifications = {
        {
          provision = "eu-2004-80:13.1.a",
          date = "2013-06-20",
          content = "authorities",
        },
        {
          provision = "eu-2004-80:13.1.b",
          date = "2013-06-20",
          content = "languages",
        },
        {
          provision = "eu-2004-80:13.1.c",
          date = "2013-06-20",
          content = "information",
        },
        {
          provision = "eu-2004-80:13.1.d",
          date = "2013-06-20",
          content = "forms",
        },
      },
      transposition = {
        ["eu-2004-80"] = {
          measures = {
            act = {
              title = "Cross-border Compensation Act 2005",
              kind = "act",
              adopted_on = "2005-05-01",
              from = "2013-06-01",
              refers_to_directive = true,
              notified = "2013-06-20",
              source = "Official Gazette 2005 No. 7",
            },
            scheme = {
              title = "Violent Crime Compensation Act 1990",
              kind = "pre_existing",
              from = "1990-01-01",
              notified = "2013-06-20",
            },
          },
          table = {
            {
              provision = "eu-2004-80:1",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:2",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:3",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:4",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:5",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:6",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:7",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:8",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:9",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:10",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:11",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:16",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:12.2",
              measures = { "scheme" },
            },
          },
          options = {
            {
              provision = "eu-2004-80:18.2",
              used = true,
              source = "Cross-border Compensation Act 2005, s. 30",
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
      ["eu-2004-80:1"] = "met",
      ["eu-2004-80:2"] = "met",
      ["eu-2004-80:3.1"] = "met",
      ["eu-2004-80:3.2"] = "met",
      ["eu-2004-80:4"] = "met",
      ["eu-2004-80:5.1"] = "met",
      ["eu-2004-80:5.2"] = "met",
      ["eu-2004-80:5.3"] = "met",
      ["eu-2004-80:6.1"] = "met",
      ["eu-2004-80:6.2"] = "met",
      ["eu-2004-80:7"] = "met",
      ["eu-2004-80:8"] = "met",
      ["eu-2004-80:9.2"] = "met",
      ["eu-2004-80:10"] = "met",
      ["eu-2004-80:11.1"] = "met",
      ["eu-2004-80:11.2"] = "met",
      ["eu-2004-80:11.3"] = "met",
      ["eu-2004-80:12.2"] = "met",
      ["eu-2004-80:13.1"] = "met",
      ["eu-2004-80:16"] = "met",
      ["eu-2004-80:18.1"] = "met",
      ["eu-2004-80:18.3"] = "met",
      ["eu-2004-80:18.4"] = "met",
      ["eu-2004-80:3.3"] = "met",
      ["eu-2004-80:9.1"] = "met",
      ["eu-2004-80:18.2"] = "met",
    },
  },
  {
    name = "review: United Kingdom on 31 January 2020, last day of membership: bound",
    as_of = "2020-01-31",
    profile = {
      protection = {
        victim_compensation_state = {
          adopted = true,
          from = "1990-01-01",
          source = "Violent Crime Compensation Act 1990, s. 1-20",
        },
      },
      notifications = {
        {
          provision = "eu-2004-80:13.1.a",
          date = "2005-06-20",
          content = "authorities",
        },
        {
          provision = "eu-2004-80:13.1.b",
          date = "2005-06-20",
          content = "languages",
        },
        {
          provision = "eu-2004-80:13.1.c",
          date = "2005-06-20",
          content = "information",
        },
        {
          provision = "eu-2004-80:13.1.d",
          date = "2005-06-20",
          content = "forms",
        },
      },
      transposition = {
        ["eu-2004-80"] = {
          measures = {
            act = {
              title = "Cross-border Compensation Act 2005",
              kind = "act",
              adopted_on = "2005-05-01",
              from = "2005-06-01",
              refers_to_directive = true,
              notified = "2005-07-15",
              source = "Official Gazette 2005 No. 7",
            },
            scheme = {
              title = "Violent Crime Compensation Act 1990",
              kind = "pre_existing",
              from = "1990-01-01",
              notified = "2005-07-15",
            },
          },
          table = {
            {
              provision = "eu-2004-80:1",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:2",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:3",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:4",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:5",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:6",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:7",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:8",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:9",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:10",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:11",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:16",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:12.2",
              measures = { "scheme" },
            },
          },
          options = {
            {
              provision = "eu-2004-80:18.2",
              used = true,
              source = "Cross-border Compensation Act 2005, s. 30",
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
      ["eu-2004-80:1"] = "met",
      ["eu-2004-80:2"] = "met",
      ["eu-2004-80:3.1"] = "met",
      ["eu-2004-80:3.2"] = "met",
      ["eu-2004-80:4"] = "met",
      ["eu-2004-80:5.1"] = "met",
      ["eu-2004-80:5.2"] = "met",
      ["eu-2004-80:5.3"] = "met",
      ["eu-2004-80:6.1"] = "met",
      ["eu-2004-80:6.2"] = "met",
      ["eu-2004-80:7"] = "met",
      ["eu-2004-80:8"] = "met",
      ["eu-2004-80:9.2"] = "met",
      ["eu-2004-80:10"] = "met",
      ["eu-2004-80:11.1"] = "met",
      ["eu-2004-80:11.2"] = "met",
      ["eu-2004-80:11.3"] = "met",
      ["eu-2004-80:12.2"] = "met",
      ["eu-2004-80:13.1"] = "met",
      ["eu-2004-80:16"] = "met",
      ["eu-2004-80:18.1"] = "met",
      ["eu-2004-80:18.3"] = "met",
      ["eu-2004-80:18.4"] = "met",
      ["eu-2004-80:3.3"] = "met",
      ["eu-2004-80:9.1"] = "met",
      ["eu-2004-80:18.2"] = "met",
    },
  },
  {
    name = "review: United Kingdom on 1 February 2020, transition period: bound",
    as_of = "2020-02-01",
    profile = {
      protection = {
        victim_compensation_state = {
          adopted = true,
          from = "1990-01-01",
          source = "Violent Crime Compensation Act 1990, s. 1-20",
        },
      },
      notifications = {
        {
          provision = "eu-2004-80:13.1.a",
          date = "2005-06-20",
          content = "authorities",
        },
        {
          provision = "eu-2004-80:13.1.b",
          date = "2005-06-20",
          content = "languages",
        },
        {
          provision = "eu-2004-80:13.1.c",
          date = "2005-06-20",
          content = "information",
        },
        {
          provision = "eu-2004-80:13.1.d",
          date = "2005-06-20",
          content = "forms",
        },
      },
      transposition = {
        ["eu-2004-80"] = {
          measures = {
            act = {
              title = "Cross-border Compensation Act 2005",
              kind = "act",
              adopted_on = "2005-05-01",
              from = "2005-06-01",
              refers_to_directive = true,
              notified = "2005-07-15",
              source = "Official Gazette 2005 No. 7",
            },
            scheme = {
              title = "Violent Crime Compensation Act 1990",
              kind = "pre_existing",
              from = "1990-01-01",
              notified = "2005-07-15",
            },
          },
          table = {
            {
              provision = "eu-2004-80:1",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:2",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:3",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:4",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:5",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:6",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:7",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:8",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:9",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:10",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:11",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:16",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:12.2",
              measures = { "scheme" },
            },
          },
          options = {
            {
              provision = "eu-2004-80:18.2",
              used = true,
              source = "Cross-border Compensation Act 2005, s. 30",
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
      ["eu-2004-80:1"] = "met",
      ["eu-2004-80:2"] = "met",
      ["eu-2004-80:3.1"] = "met",
      ["eu-2004-80:3.2"] = "met",
      ["eu-2004-80:4"] = "met",
      ["eu-2004-80:5.1"] = "met",
      ["eu-2004-80:5.2"] = "met",
      ["eu-2004-80:5.3"] = "met",
      ["eu-2004-80:6.1"] = "met",
      ["eu-2004-80:6.2"] = "met",
      ["eu-2004-80:7"] = "met",
      ["eu-2004-80:8"] = "met",
      ["eu-2004-80:9.2"] = "met",
      ["eu-2004-80:10"] = "met",
      ["eu-2004-80:11.1"] = "met",
      ["eu-2004-80:11.2"] = "met",
      ["eu-2004-80:11.3"] = "met",
      ["eu-2004-80:12.2"] = "met",
      ["eu-2004-80:13.1"] = "met",
      ["eu-2004-80:16"] = "met",
      ["eu-2004-80:18.1"] = "met",
      ["eu-2004-80:18.3"] = "met",
      ["eu-2004-80:18.4"] = "met",
      ["eu-2004-80:3.3"] = "met",
      ["eu-2004-80:9.1"] = "met",
      ["eu-2004-80:18.2"] = "met",
    },
  },
  {
    name = "review: United Kingdom on 31 December 2020, last day of the transition: bound",
    as_of = "2020-12-31",
    profile = {
      protection = {
        victim_compensation_state = {
          adopted = true,
          from = "1990-01-01",
          source = "Violent Crime Compensation Act 1990, s. 1-20",
        },
      },
      notifications = {
        {
          provision = "eu-2004-80:13.1.a",
          date = "2005-06-20",
          content = "authorities",
        },
        {
          provision = "eu-2004-80:13.1.b",
          date = "2005-06-20",
          content = "languages",
        },
        {
          provision = "eu-2004-80:13.1.c",
          date = "2005-06-20",
          content = "information",
        },
        {
          provision = "eu-2004-80:13.1.d",
          date = "2005-06-20",
          content = "forms",
        },
      },
      transposition = {
        ["eu-2004-80"] = {
          measures = {
            act = {
              title = "Cross-border Compensation Act 2005",
              kind = "act",
              adopted_on = "2005-05-01",
              from = "2005-06-01",
              refers_to_directive = true,
              notified = "2005-07-15",
              source = "Official Gazette 2005 No. 7",
            },
            scheme = {
              title = "Violent Crime Compensation Act 1990",
              kind = "pre_existing",
              from = "1990-01-01",
              notified = "2005-07-15",
            },
          },
          table = {
            {
              provision = "eu-2004-80:1",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:2",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:3",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:4",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:5",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:6",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:7",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:8",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:9",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:10",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:11",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:16",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:12.2",
              measures = { "scheme" },
            },
          },
          options = {
            {
              provision = "eu-2004-80:18.2",
              used = true,
              source = "Cross-border Compensation Act 2005, s. 30",
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
      ["eu-2004-80:1"] = "met",
      ["eu-2004-80:2"] = "met",
      ["eu-2004-80:3.1"] = "met",
      ["eu-2004-80:3.2"] = "met",
      ["eu-2004-80:4"] = "met",
      ["eu-2004-80:5.1"] = "met",
      ["eu-2004-80:5.2"] = "met",
      ["eu-2004-80:5.3"] = "met",
      ["eu-2004-80:6.1"] = "met",
      ["eu-2004-80:6.2"] = "met",
      ["eu-2004-80:7"] = "met",
      ["eu-2004-80:8"] = "met",
      ["eu-2004-80:9.2"] = "met",
      ["eu-2004-80:10"] = "met",
      ["eu-2004-80:11.1"] = "met",
      ["eu-2004-80:11.2"] = "met",
      ["eu-2004-80:11.3"] = "met",
      ["eu-2004-80:12.2"] = "met",
      ["eu-2004-80:13.1"] = "met",
      ["eu-2004-80:16"] = "met",
      ["eu-2004-80:18.1"] = "met",
      ["eu-2004-80:18.3"] = "met",
      ["eu-2004-80:18.4"] = "met",
      ["eu-2004-80:3.3"] = "met",
      ["eu-2004-80:9.1"] = "met",
      ["eu-2004-80:18.2"] = "met",
    },
  },
  {
    name = "review: United Kingdom on 1 January 2021: Union law no longer applies",
    as_of = "2021-01-01",
    profile = {
      protection = {
        victim_compensation_state = {
          adopted = true,
          from = "1990-01-01",
          source = "Violent Crime Compensation Act 1990, s. 1-20",
        },
      },
      notifications = {
        {
          provision = "eu-2004-80:13.1.a",
          date = "2005-06-20",
          content = "authorities",
        },
        {
          provision = "eu-2004-80:13.1.b",
          date = "2005-06-20",
          content = "languages",
        },
        {
          provision = "eu-2004-80:13.1.c",
          date = "2005-06-20",
          content = "information",
        },
        {
          provision = "eu-2004-80:13.1.d",
          date = "2005-06-20",
          content = "forms",
        },
      },
      transposition = {
        ["eu-2004-80"] = {
          measures = {
            act = {
              title = "Cross-border Compensation Act 2005",
              kind = "act",
              adopted_on = "2005-05-01",
              from = "2005-06-01",
              refers_to_directive = true,
              notified = "2005-07-15",
              source = "Official Gazette 2005 No. 7",
            },
            scheme = {
              title = "Violent Crime Compensation Act 1990",
              kind = "pre_existing",
              from = "1990-01-01",
              notified = "2005-07-15",
            },
          },
          table = {
            {
              provision = "eu-2004-80:1",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:2",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:3",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:4",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:5",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:6",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:7",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:8",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:9",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:10",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:11",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:16",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:12.2",
              measures = { "scheme" },
            },
          },
          options = {
            {
              provision = "eu-2004-80:18.2",
              used = true,
              source = "Cross-border Compensation Act 2005, s. 30",
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
      ["eu-2004-80:1"] = "not_applicable",
      ["eu-2004-80:2"] = "not_applicable",
      ["eu-2004-80:3.1"] = "not_applicable",
      ["eu-2004-80:3.2"] = "not_applicable",
      ["eu-2004-80:4"] = "not_applicable",
      ["eu-2004-80:5.1"] = "not_applicable",
      ["eu-2004-80:5.2"] = "not_applicable",
      ["eu-2004-80:5.3"] = "not_applicable",
      ["eu-2004-80:6.1"] = "not_applicable",
      ["eu-2004-80:6.2"] = "not_applicable",
      ["eu-2004-80:7"] = "not_applicable",
      ["eu-2004-80:8"] = "not_applicable",
      ["eu-2004-80:9.2"] = "not_applicable",
      ["eu-2004-80:10"] = "not_applicable",
      ["eu-2004-80:11.1"] = "not_applicable",
      ["eu-2004-80:11.2"] = "not_applicable",
      ["eu-2004-80:11.3"] = "not_applicable",
      ["eu-2004-80:12.2"] = "not_applicable",
      ["eu-2004-80:13.1"] = "not_applicable",
      ["eu-2004-80:16"] = "not_applicable",
      ["eu-2004-80:18.1"] = "not_applicable",
      ["eu-2004-80:18.3"] = "not_applicable",
      ["eu-2004-80:18.4"] = "not_applicable",
      ["eu-2004-80:3.3"] = "not_applicable",
      ["eu-2004-80:9.1"] = "not_applicable",
      ["eu-2004-80:18.2"] = "not_applicable",
    },
  },
  {
    name = "review: Denmark takes part in 2004/80",
    profile = {
      protection = {
        victim_compensation_state = {
          adopted = true,
          from = "1990-01-01",
          source = "Violent Crime Compensation Act 1990, s. 1-20",
        },
      },
      notifications = {
        {
          provision = "eu-2004-80:13.1.a",
          date = "2005-06-20",
          content = "authorities",
        },
        {
          provision = "eu-2004-80:13.1.b",
          date = "2005-06-20",
          content = "languages",
        },
        {
          provision = "eu-2004-80:13.1.c",
          date = "2005-06-20",
          content = "information",
        },
        {
          provision = "eu-2004-80:13.1.d",
          date = "2005-06-20",
          content = "forms",
        },
      },
      transposition = {
        ["eu-2004-80"] = {
          measures = {
            act = {
              title = "Cross-border Compensation Act 2005",
              kind = "act",
              adopted_on = "2005-05-01",
              from = "2005-06-01",
              refers_to_directive = true,
              notified = "2005-07-15",
              source = "Official Gazette 2005 No. 7",
            },
            scheme = {
              title = "Violent Crime Compensation Act 1990",
              kind = "pre_existing",
              from = "1990-01-01",
              notified = "2005-07-15",
            },
          },
          table = {
            {
              provision = "eu-2004-80:1",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:2",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:3",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:4",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:5",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:6",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:7",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:8",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:9",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:10",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:11",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:16",
              measures = { "act" },
            },
            {
              provision = "eu-2004-80:12.2",
              measures = { "scheme" },
            },
          },
          options = {
            {
              provision = "eu-2004-80:18.2",
              used = true,
              source = "Cross-border Compensation Act 2005, s. 30",
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
      ["eu-2004-80:1"] = "met",
      ["eu-2004-80:2"] = "met",
      ["eu-2004-80:3.1"] = "met",
      ["eu-2004-80:3.2"] = "met",
      ["eu-2004-80:4"] = "met",
      ["eu-2004-80:5.1"] = "met",
      ["eu-2004-80:5.2"] = "met",
      ["eu-2004-80:5.3"] = "met",
      ["eu-2004-80:6.1"] = "met",
      ["eu-2004-80:6.2"] = "met",
      ["eu-2004-80:7"] = "met",
      ["eu-2004-80:8"] = "met",
      ["eu-2004-80:9.2"] = "met",
      ["eu-2004-80:10"] = "met",
      ["eu-2004-80:11.1"] = "met",
      ["eu-2004-80:11.2"] = "met",
      ["eu-2004-80:11.3"] = "met",
      ["eu-2004-80:12.2"] = "met",
      ["eu-2004-80:13.1"] = "met",
      ["eu-2004-80:16"] = "met",
      ["eu-2004-80:18.1"] = "met",
      ["eu-2004-80:18.3"] = "met",
      ["eu-2004-80:18.4"] = "met",
      ["eu-2004-80:3.3"] = "met",
      ["eu-2004-80:9.1"] = "met",
      ["eu-2004-80:18.2"] = "met",
    },
  },
}
