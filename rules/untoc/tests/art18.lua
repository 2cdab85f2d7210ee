-- Test cases for UNTOC article 18 (rules/untoc/art18.lua).
-- Each case: a profile fragment merged onto tests/base.lua (Testland,
-- deposited 2003-01-15, described as of 2024-01-01; no `notifications` key,
-- so notifications are unknown unless a case lists them), an optional as-of
-- date, and the expected status of each obligation named.  An expectation is
-- a status, or { status = ..., option = <option id> }.
return {
  -- The whole regime -------------------------------------------------------
  {
    name = "complete regime: every obligation met",
    profile = {
      notifications = {
        { provision = "untoc:18.13", date = "2003-01-15", content = "Ministry of Justice, Office of International Cooperation." },
        { provision = "untoc:18.14", date = "2003-01-15", content = "English and French." },
      },
      mutual_legal_assistance = {
        legal_basis = { adopted = true, source = "Mutual Assistance Act s. 3" },
        legal_persons = { adopted = true, source = "Mutual Assistance Act s. 4" },
        purposes = {
          taking_evidence = { adopted = true, source = "Mutual Assistance Act s. 10" },
          service_of_documents = { adopted = true, source = "Mutual Assistance Act s. 11" },
          search_seizure_freezing = { adopted = true, source = "Mutual Assistance Act s. 12" },
          examining_objects_sites = { adopted = true, source = "Mutual Assistance Act s. 13" },
          information_expertise = { adopted = true, source = "Mutual Assistance Act s. 14" },
          documents_records = { adopted = true, source = "Mutual Assistance Act s. 15" },
          tracing_proceeds = { adopted = true, source = "Mutual Assistance Act s. 16" },
          voluntary_appearance = { adopted = true, source = "Mutual Assistance Act s. 17" },
          other_assistance = { adopted = true, source = "Mutual Assistance Act s. 18" },
        },
        spontaneous_transmission = { adopted = true, source = "Mutual Assistance Act s. 20" },
        received_information_conditions = { adopted = true, source = "Mutual Assistance Act s. 21" },
        without_treaty = { adopted = true, basis = "both", source = "Constitution art. 9; Mutual Assistance Act s. 2" },
        bank_secrecy_no_ground = { adopted = true, source = "Banking Act s. 47(3)" },
        dual_criminality = { adopted = true, requirement = "not_required", source = "Mutual Assistance Act s. 5" },
        detained_persons = {
          outgoing = { adopted = true, source = "Mutual Assistance Act s. 30" },
          incoming = { adopted = true, source = "Mutual Assistance Act s. 31" },
          custody = { adopted = true, source = "Mutual Assistance Act s. 32" },
          return_without_extradition = { adopted = true, source = "Mutual Assistance Act s. 33" },
          time_credit = { adopted = true, source = "Sentencing Act s. 70" },
          safe_conduct = { adopted = true, source = "Mutual Assistance Act s. 34" },
        },
        central_authority = { adopted = true, authority = "Ministry of Justice", source = "Mutual Assistance Act s. 6" },
        oral_requests = { adopted = true, source = "Mutual Assistance Act s. 7(3)" },
        requested_procedures = { adopted = true, source = "Mutual Assistance Act s. 9" },
        videoconference = { adopted = true, source = "Mutual Assistance Act s. 19" },
        refusal_grounds = { adopted = true, grounds = { "non_conformity", "essential_interests", "domestic_prohibition", "legal_system" }, source = "Mutual Assistance Act s. 8" },
        fiscal_no_ground = { adopted = true, source = "Mutual Assistance Act s. 8(4)" },
        refusal_reasons = { adopted = true, source = "Mutual Assistance Act s. 8(5)" },
        timely_execution = { adopted = true, source = "Central Authority Manual, ch. 3" },
        postponement = { adopted = true, source = "Mutual Assistance Act s. 8(6)" },
        consultation_before_refusal = { adopted = true, source = "Mutual Assistance Act s. 8(7)" },
        safe_conduct = { adopted = true, source = "Mutual Assistance Act s. 35" },
        public_records = { adopted = true, source = "Freedom of Information Act s. 4" },
        non_public_records = { adopted = true, source = "Mutual Assistance Act s. 22" },
        agreements = { adopted = true, instruments = { "Treaty with Ruritania (2001)" }, source = "Treaty Series 2001/4" },
      },
    },
    expect = {
      ["untoc:18.1"] = "met", ["untoc:18.2"] = "met",
      ["untoc:18.3.a"] = "met", ["untoc:18.3.b"] = "met", ["untoc:18.3.c"] = "met",
      ["untoc:18.3.d"] = "met", ["untoc:18.3.e"] = "met", ["untoc:18.3.f"] = "met",
      ["untoc:18.3.g"] = "met", ["untoc:18.3.h"] = "met", ["untoc:18.3.i"] = "met",
      ["untoc:18.4"] = "met", ["untoc:18.5"] = "met",
      ["untoc:18.7"] = { status = "met", option = "both" },
      ["untoc:18.8"] = "met",
      ["untoc:18.9#refusal"] = "not_met",
      ["untoc:18.9#discretion"] = { status = "met", option = "not-required" },
      ["untoc:18.10"] = "met", ["untoc:18.11.a"] = "met", ["untoc:18.11.c"] = "met",
      ["untoc:18.11.d"] = "met", ["untoc:18.12"] = "met",
      ["untoc:18.13"] = "met", ["untoc:18.14#languages"] = "met", ["untoc:18.14#oral"] = "met",
      ["untoc:18.17"] = "met", ["untoc:18.18"] = "met", ["untoc:18.19"] = "met",
      ["untoc:18.21"] = { status = "met", option = "a+b+c+d" },
      ["untoc:18.22"] = "met", ["untoc:18.23"] = "met", ["untoc:18.24"] = "met",
      ["untoc:18.25"] = "met", ["untoc:18.26"] = "met", ["untoc:18.27"] = "met",
      ["untoc:18.29.a"] = "met", ["untoc:18.29.b"] = "met", ["untoc:18.30"] = "met",
    },
  },
  {
    name = "nothing known about mutual legal assistance: every obligation unknown",
    profile = {},
    expect = {
      ["untoc:18.1"] = "unknown", ["untoc:18.2"] = "unknown",
      ["untoc:18.3.a"] = "unknown", ["untoc:18.3.b"] = "unknown", ["untoc:18.3.c"] = "unknown",
      ["untoc:18.3.d"] = "unknown", ["untoc:18.3.e"] = "unknown", ["untoc:18.3.f"] = "unknown",
      ["untoc:18.3.g"] = "unknown", ["untoc:18.3.h"] = "unknown", ["untoc:18.3.i"] = "unknown",
      ["untoc:18.4"] = "unknown", ["untoc:18.5"] = "unknown", ["untoc:18.7"] = "unknown",
      ["untoc:18.8"] = "unknown", ["untoc:18.9#refusal"] = "unknown", ["untoc:18.9#discretion"] = "unknown",
      ["untoc:18.10"] = "unknown", ["untoc:18.11.a"] = "unknown", ["untoc:18.11.c"] = "unknown",
      ["untoc:18.11.d"] = "unknown", ["untoc:18.12"] = "unknown",
      ["untoc:18.13"] = "unknown", ["untoc:18.14#languages"] = "unknown", ["untoc:18.14#oral"] = "unknown",
      ["untoc:18.17"] = "unknown", ["untoc:18.18"] = "unknown", ["untoc:18.19"] = "unknown",
      ["untoc:18.21"] = "unknown", ["untoc:18.22"] = "unknown", ["untoc:18.23"] = "unknown",
      ["untoc:18.24"] = "unknown", ["untoc:18.25"] = "unknown", ["untoc:18.26"] = "unknown",
      ["untoc:18.27"] = "unknown", ["untoc:18.29.a"] = "unknown", ["untoc:18.29.b"] = "unknown",
      ["untoc:18.30"] = "unknown",
    },
  },
  {
    name = "nothing in place and no notification made: mandatory obligations not met, transfer duties not applicable",
    profile = {
      notifications = {},
      mutual_legal_assistance = {
        legal_basis = { adopted = false }, legal_persons = { adopted = false },
        purposes = {
          taking_evidence = { adopted = false }, service_of_documents = { adopted = false },
          search_seizure_freezing = { adopted = false }, examining_objects_sites = { adopted = false },
          information_expertise = { adopted = false }, documents_records = { adopted = false },
          tracing_proceeds = { adopted = false }, voluntary_appearance = { adopted = false },
          other_assistance = { adopted = false },
        },
        spontaneous_transmission = { adopted = false }, received_information_conditions = { adopted = false },
        without_treaty = { adopted = false, note = "Assistance only under a bilateral treaty." },
        bank_secrecy_no_ground = { adopted = false, note = "Banking Act s. 12: customer data may not be disclosed for foreign proceedings." },
        dual_criminality = { adopted = true, requirement = "mandatory", source = "Code of Criminal Procedure art. 500" },
        detained_persons = { outgoing = { adopted = false }, incoming = { adopted = false } },
        central_authority = { adopted = false }, oral_requests = { adopted = false },
        requested_procedures = { adopted = false }, videoconference = { adopted = false },
        refusal_grounds = { adopted = false }, fiscal_no_ground = { adopted = false },
        refusal_reasons = { adopted = false }, timely_execution = { adopted = false },
        postponement = { adopted = false }, consultation_before_refusal = { adopted = false },
        safe_conduct = { adopted = false }, public_records = { adopted = false },
        non_public_records = { adopted = false }, agreements = { adopted = false },
      },
    },
    expect = {
      ["untoc:18.1"] = "not_met", ["untoc:18.2"] = "not_met",
      ["untoc:18.3.a"] = "not_met", ["untoc:18.3.b"] = "not_met", ["untoc:18.3.c"] = "not_met",
      ["untoc:18.3.d"] = "not_met", ["untoc:18.3.e"] = "not_met", ["untoc:18.3.f"] = "not_met",
      ["untoc:18.3.g"] = "not_met", ["untoc:18.3.h"] = "not_met", ["untoc:18.3.i"] = "not_met",
      ["untoc:18.4"] = "not_met", ["untoc:18.5"] = "not_met", ["untoc:18.7"] = "not_met",
      ["untoc:18.8"] = "not_met",
      ["untoc:18.9#refusal"] = { status = "met", option = "mandatory" },
      ["untoc:18.9#discretion"] = "not_met",
      ["untoc:18.10"] = "not_met", ["untoc:18.11.a"] = "not_applicable", ["untoc:18.11.c"] = "not_applicable",
      ["untoc:18.11.d"] = "not_applicable", ["untoc:18.12"] = "not_applicable",
      ["untoc:18.13"] = "not_met", ["untoc:18.14#languages"] = "not_met", ["untoc:18.14#oral"] = "not_met",
      ["untoc:18.17"] = "not_met", ["untoc:18.18"] = "not_met", ["untoc:18.19"] = "not_met",
      ["untoc:18.21"] = "not_met", ["untoc:18.22"] = "not_met", ["untoc:18.23"] = "not_met",
      ["untoc:18.24"] = "not_met", ["untoc:18.25"] = "not_met", ["untoc:18.26"] = "not_met",
      ["untoc:18.27"] = "not_met", ["untoc:18.29.a"] = "not_met", ["untoc:18.29.b"] = "not_met",
      ["untoc:18.30"] = "not_met",
    },
  },

  -- Partial measures and dates --------------------------------------------
  {
    name = "partial measures: partly met, with the missing elements",
    profile = {
      mutual_legal_assistance = {
        legal_basis = { adopted = "partly", source = "Code of Criminal Procedure ch. 30",
                        missing = { "assistance limited to offences punishable by at least 3 years" } },
        legal_persons = { adopted = "partly", missing = { "no assistance where the legal person faces only administrative liability abroad" } },
        purposes = { documents_records = { adopted = "partly", missing = { "bank records only with the consent of the central bank" } } },
        received_information_conditions = { adopted = "partly", missing = { "spontaneous information cannot be kept from the defence file" } },
        without_treaty = { adopted = "partly", source = "Code of Criminal Procedure art. 480", missing = { "assistance without a treaty only on reciprocity" } },
        bank_secrecy_no_ground = { adopted = "partly", missing = { "bank secrecy opposable to requests concerning tax offences" } },
        safe_conduct = { adopted = "partly", missing = { "no protection for persons assisting an investigation, only for witnesses in court" } },
        timely_execution = { adopted = "partly", source = "Central Authority Manual", missing = { "no procedure to answer inquiries on progress" } },
      },
    },
    expect = {
      ["untoc:18.1"] = "partly_met", ["untoc:18.2"] = "partly_met", ["untoc:18.3.f"] = "partly_met",
      ["untoc:18.5"] = "partly_met", ["untoc:18.19"] = "partly_met", ["untoc:18.7"] = "partly_met",
      ["untoc:18.8"] = "partly_met", ["untoc:18.27"] = "partly_met", ["untoc:18.24"] = "partly_met",
    },
  },
  {
    name = "a legal basis enacted after the as-of date does not count",
    as_of = "2010-01-01",
    profile = { mutual_legal_assistance = { legal_basis = { adopted = true, source = "Mutual Assistance Act 2015 s. 3", from = "2015-07-01" },
                                            fiscal_no_ground = { adopted = true, source = "Old Act s. 9", repealed = "2008-01-01" } } },
    expect = { ["untoc:18.1"] = "not_met", ["untoc:18.22"] = "not_met" },
  },

  -- 18(2) and 18(17): qualifiers recorded as principles ----------------------
  {
    name = "18(2): no assistance for legal persons, the State invokes the limits of its laws: met, explained",
    profile = {
      principles = { { provisions = { "untoc:18.2" }, statement = "Only natural persons can be the object of criminal proceedings; assistance is limited to measures available in proceedings against them.", source = "Constitution art. 31" } },
      mutual_legal_assistance = { legal_persons = { adopted = false } },
    },
    expect = { ["untoc:18.2"] = { status = "met", option = "fullest-extent-possible" } },
  },
  {
    name = "18(17): requested procedures followed only in part, domestic law sets the limit: met, explained",
    profile = {
      principles = { { provisions = { "untoc:18.17" }, statement = "Procedural acts may only be performed in the forms of the Code of Criminal Procedure.", source = "Code of Criminal Procedure art. 1" } },
      mutual_legal_assistance = { requested_procedures = { adopted = "partly", missing = { "oaths in the form of the requesting State" } } },
    },
    expect = { ["untoc:18.17"] = { status = "met", option = "contrary-to-domestic-law" } },
  },
  {
    name = "18(17): requested procedures followed only in part, no limit invoked: partly met",
    profile = { mutual_legal_assistance = { requested_procedures = { adopted = "partly", missing = { "oaths in the form of the requesting State" } } } },
    expect = { ["untoc:18.17"] = "partly_met" },
  },

  -- 18(7): the two ways of applying paragraphs 9 to 29 ------------------------
  {
    name = "18(7): the Convention applied directly",
    profile = { mutual_legal_assistance = { without_treaty = { adopted = true, basis = "direct_application", source = "Constitution art. 55" } } },
    expect = { ["untoc:18.7"] = { status = "met", option = "direct-application" } },
  },
  {
    name = "18(7): a national law on assistance without a treaty",
    profile = { mutual_legal_assistance = { without_treaty = { adopted = true, basis = "national_law", source = "Mutual Assistance Act s. 2" } } },
    expect = { ["untoc:18.7"] = { status = "met", option = "national-law" } },
  },

  -- 18(8): bank secrecy, domestic rule as context ---------------------------------
  {
    name = "18(8): silent on foreign requests, bank secrecy bars even domestic courts: unknown",
    profile = { confiscation = { bank_secrecy_no_bar = { adopted = false, source = "Banking Act s. 40" } } },
    expect = { ["untoc:18.8"] = "unknown" },
  },
  {
    name = "18(8): silent on foreign requests, bank secrecy lifted for domestic courts: still unknown",
    profile = { confiscation = { bank_secrecy_no_bar = { adopted = true, source = "Banking Act s. 40" } } },
    expect = { ["untoc:18.8"] = "unknown" },
  },

  -- 18(9): the four rules on dual criminality ---------------------------------
  {
    name = "18(9): dual criminality only for coercive measures",
    profile = { mutual_legal_assistance = { dual_criminality = { adopted = true, requirement = "coercive_only", source = "Mutual Assistance Act s. 5" } } },
    expect = { ["untoc:18.9#refusal"] = { status = "met", option = "coercive-only" },
               ["untoc:18.9#discretion"] = { status = "met", option = "coercive-only" } },
  },
  {
    name = "18(9): absence of dual criminality a ground the authorities may waive",
    profile = { mutual_legal_assistance = { dual_criminality = { adopted = true, requirement = "discretionary", source = "Mutual Assistance Act s. 5" } } },
    expect = { ["untoc:18.9#refusal"] = { status = "met", option = "discretionary" },
               ["untoc:18.9#discretion"] = { status = "met", option = "discretionary" } },
  },
  {
    name = "18(9): no dual criminality requirement, stated as a measure not adopted",
    profile = { mutual_legal_assistance = { dual_criminality = { adopted = false, source = "Mutual Assistance Act (no such condition)" } } },
    expect = { ["untoc:18.9#refusal"] = "not_met", ["untoc:18.9#discretion"] = { status = "met", option = "not-required" } },
  },
  {
    name = "18(9): the only rule recorded was repealed before the as-of date: unknown",
    profile = { mutual_legal_assistance = { dual_criminality = { adopted = true, requirement = "mandatory", source = "Old Act s. 5", repealed = "2020-01-01" } } },
    expect = { ["untoc:18.9#refusal"] = "unknown", ["untoc:18.9#discretion"] = "unknown" },
  },

  -- 18(10) to 18(12): transfers, conditions ----------------------------------------
  {
    name = "transfers both ways, without the guarantees of paragraphs 11 and 12: not met",
    profile = {
      mutual_legal_assistance = {
        detained_persons = {
          outgoing = { adopted = true, source = "Prisons Act s. 80" }, incoming = { adopted = true, source = "Prisons Act s. 81" },
          custody = { adopted = false }, return_without_extradition = { adopted = false, note = "Return requires an extradition order." },
          time_credit = { adopted = false }, safe_conduct = { adopted = false },
        },
      },
    },
    expect = { ["untoc:18.10"] = "met", ["untoc:18.11.a"] = "not_met", ["untoc:18.11.c"] = "not_met",
               ["untoc:18.11.d"] = "not_met", ["untoc:18.12"] = "not_met" },
  },
  {
    name = "transfers out only: 18(10) partly, the receiving State's duties do not apply, credit for time applies",
    profile = {
      mutual_legal_assistance = {
        detained_persons = { outgoing = { adopted = true, source = "Prisons Act s. 80" }, incoming = { adopted = false },
                             time_credit = { adopted = true, source = "Sentencing Act s. 70" } },
      },
    },
    expect = { ["untoc:18.10"] = "partly_met", ["untoc:18.11.a"] = "not_applicable", ["untoc:18.11.c"] = "not_applicable",
               ["untoc:18.12"] = "not_applicable", ["untoc:18.11.d"] = "met" },
  },
  {
    name = "transfers in only: the sending State's duty does not apply, the receiving State's duties do",
    profile = {
      mutual_legal_assistance = {
        detained_persons = { outgoing = { adopted = false }, incoming = { adopted = true, source = "Prisons Act s. 81" },
                             custody = { adopted = true, source = "Prisons Act s. 82" } },
      },
    },
    expect = { ["untoc:18.10"] = "partly_met", ["untoc:18.11.d"] = "not_applicable", ["untoc:18.11.a"] = "met",
               ["untoc:18.11.c"] = "unknown", ["untoc:18.12"] = "unknown" },
  },

  -- 18(13) and 18(14): designation and notifications -----------------------------
  {
    name = "18(13): central authority designated but never notified: partly met",
    profile = {
      notifications = { { provision = "untoc:18.14", date = "2003-01-15", content = "English." } },
      mutual_legal_assistance = { central_authority = { adopted = true, authority = "Attorney-General", source = "Mutual Assistance Act s. 6" } },
    },
    expect = { ["untoc:18.13"] = "partly_met", ["untoc:18.14#languages"] = "met" },
  },
  {
    name = "18(13): notified, but the designation in national law is not stated: unknown",
    profile = { notifications = { { provision = "untoc:18.13", date = "2003-01-15" } } },
    expect = { ["untoc:18.13"] = "unknown" },
  },
  {
    name = "18(13): a central authority that can only forward requests, notified late: partly met",
    profile = {
      notifications = { { provision = "untoc:18.13", date = "2009-06-01", content = "Ministry of Foreign Affairs." } },
      mutual_legal_assistance = { central_authority = { adopted = "partly", authority = "Ministry of Foreign Affairs",
                                                        missing = { "no power to execute requests or have them executed" } } },
    },
    expect = { ["untoc:18.13"] = "partly_met" },
  },
  {
    name = "18(13) and 18(14): notified late, after deposit: met",
    profile = {
      notifications = { { provision = "untoc:18.13", date = "2009-06-01" }, { provision = "untoc:18.14", date = "2009-06-01" } },
      mutual_legal_assistance = { central_authority = { adopted = true, source = "Decree 2009/14" } },
    },
    expect = { ["untoc:18.13"] = "met", ["untoc:18.14#languages"] = "met" },
  },
  {
    name = "18(13) and 18(14): notifications dated after the as-of date do not count",
    as_of = "2008-01-01",
    profile = {
      notifications = { { provision = "untoc:18.13", date = "2009-06-01" }, { provision = "untoc:18.14", date = "2009-06-01" } },
      mutual_legal_assistance = { central_authority = { adopted = true, source = "Decree 2007/3" } },
    },
    expect = { ["untoc:18.13"] = "partly_met", ["untoc:18.14#languages"] = "not_met" },
  },

  -- 18(18): videoconference and fundamental principles --------------------------
  {
    name = "18(18): no videoconference, a fundamental principle excludes it: not applicable",
    profile = {
      principles = { { provisions = { "untoc:18.18" }, statement = "Witnesses must be heard in the physical presence of the judge.", source = "Constitution art. 40" } },
      mutual_legal_assistance = { videoconference = { adopted = false } },
    },
    expect = { ["untoc:18.18"] = "not_applicable" },
  },

  -- 18(21): grounds for refusal ---------------------------------------------------
  {
    name = "18(21): essential interests only, with a ground outside the list",
    profile = { mutual_legal_assistance = { refusal_grounds = { adopted = true, grounds = { "essential_interests" },
                                                                other_grounds = { "political offence" }, source = "Code of Criminal Procedure art. 694-4" } } },
    expect = { ["untoc:18.21"] = { status = "met", option = "b" } },
  },
  {
    name = "18(21): only grounds outside paragraph 21: the options of paragraph 21 not used",
    profile = { mutual_legal_assistance = { refusal_grounds = { adopted = true, other_grounds = { "reciprocity not guaranteed" } } } },
    expect = { ["untoc:18.21"] = "not_met" },
  },
  {
    name = "18(21): refusal provided for, grounds not stated: unknown",
    profile = { mutual_legal_assistance = { refusal_grounds = { adopted = true, source = "Mutual Assistance Act s. 8" } } },
    expect = { ["untoc:18.21"] = "unknown" },
  },

  -- 18(30): a duty to consider --------------------------------------------------------
  {
    name = "18(30): no agreement, but the possibility was considered: met",
    profile = { mutual_legal_assistance = { agreements = { adopted = false, considered = true, source = "Cabinet decision 2012/7" } } },
    expect = { ["untoc:18.30"] = { status = "met", option = "considered" } },
  },
  {
    name = "18(11)-(12): whether the State takes part in transfers not stated, the law provided: met (should the paragraphs bind the State, its law meets them)",
    profile = {
      mutual_legal_assistance = {
        detained_persons = { custody = { adopted = true, source = "Prisons Act s. 82" },
                             return_without_extradition = { adopted = true, source = "Prisons Act s. 83" },
                             time_credit = { adopted = true, source = "Sentencing Act s. 70" },
                             safe_conduct = { adopted = true, source = "Prisons Act s. 84" } },
      },
    },
    expect = { ["untoc:18.11.a"] = "met", ["untoc:18.11.c"] = "met", ["untoc:18.11.d"] = "met", ["untoc:18.12"] = "met" },
  },
  {
    name = "18(11)-(12): whether the State takes part in transfers not stated, the law absent or in part: unknown (the paragraphs may not bind the State)",
    profile = {
      mutual_legal_assistance = {
        detained_persons = { custody = { adopted = false, source = "Prisons Act s. 82" },
                             return_without_extradition = { adopted = "partly", source = "Prisons Act s. 83", missing = { "return without delay" } },
                             time_credit = { adopted = false, source = "Sentencing Act s. 70" },
                             safe_conduct = { adopted = false, source = "Prisons Act s. 84" } },
      },
    },
    expect = { ["untoc:18.11.a"] = "unknown", ["untoc:18.11.c"] = "unknown", ["untoc:18.11.d"] = "unknown", ["untoc:18.12"] = "unknown" },
  },
  {
    name = "18(11)(a): the law absent, then the State says it receives no transferred detainees: not applicable",
    profile = { mutual_legal_assistance = { detained_persons = { custody = { adopted = false, source = "Prisons Act s. 82" } } } },
    adding = { mutual_legal_assistance = { detained_persons = { incoming = { adopted = false, source = "Prisons Act s. 81" } } } },
    expect = { ["untoc:18.11.a"] = "not_applicable" },
  },
}
