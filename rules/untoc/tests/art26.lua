-- Test cases for UNTOC article 26 (rules/untoc/art26.lua): cooperation of
-- participants in organized criminal groups with the authorities.
return {
  {
    name = "mitigation, immunity, asset help, protection and agreements all provided",
    profile = { law_enforcement = {
      mitigation_for_cooperation = { adopted = true, source = "Penal Code s. 61" },
      immunity_for_cooperation = { adopted = true, source = "Code of Criminal Procedure s. 150" },
      asset_help_incentives = { adopted = true, source = "Penal Code s. 61(3)" },
      cooperator_protection = { adopted = true, source = "Witness Protection Act s. 4(2)" },
      cooperator_agreements = { adopted = true, source = "Treaty with Ruritania on cooperating witnesses (2012)" },
    } },
    expect = {
      ["untoc:26.1.a"] = { status = "met", option = "mitigation" },
      ["untoc:26.1.b"] = "met", ["untoc:26.2"] = "met", ["untoc:26.3"] = "met", ["untoc:26.4"] = "met", ["untoc:26.5"] = "met",
    },
  },
  {
    name = "nothing known",
    profile = {},
    expect = {
      ["untoc:26.1.a"] = "unknown", ["untoc:26.1.b"] = "unknown", ["untoc:26.2"] = "unknown",
      ["untoc:26.3"] = "unknown", ["untoc:26.4"] = "unknown", ["untoc:26.5"] = "unknown",
    },
  },
  {
    name = "no incentive of any kind: 26(1) not met, 26(2)-(3) never considered",
    profile = { law_enforcement = {
      mitigation_for_cooperation = { adopted = false },
      immunity_for_cooperation = { adopted = false },
      informant_incentives = { adopted = false },
      asset_help_incentives = { adopted = false },
      cooperator_protection = { adopted = false, note = "Witness protection covers only victims." },
      cooperator_agreements = { adopted = false },
    } },
    expect = {
      ["untoc:26.1.a"] = "not_met", ["untoc:26.1.b"] = "not_met", ["untoc:26.2"] = "not_met",
      ["untoc:26.3"] = "not_met", ["untoc:26.4"] = "not_met", ["untoc:26.5"] = "not_met",
    },
  },
  {
    name = "immunity only: 26(1)(a) met through immunity; mitigation considered and rejected",
    profile = { law_enforcement = {
      mitigation_for_cooperation = { adopted = false, considered = true, note = "Rejected by the Law Commission (2015) in favour of immunity." },
      immunity_for_cooperation = { adopted = true, source = "Prosecution Act s. 22" },
    } },
    expect = {
      ["untoc:26.1.a"] = { status = "met", option = "immunity" },
      ["untoc:26.2"] = { status = "met", option = "considered" },
    },
  },
  {
    name = "protection and reintegration programme only: 26(1)(a) met through other measures",
    profile = { law_enforcement = {
      mitigation_for_cooperation = { adopted = false },
      immunity_for_cooperation = { adopted = false },
      informant_incentives = { adopted = true, source = "Collaborators of Justice Act ss. 3-9" },
    } },
    expect = { ["untoc:26.1.a"] = { status = "met", option = "other-measures" } },
  },
  {
    name = "mitigation for some offences only, nothing else: 26(1)(a) partly met",
    profile = { law_enforcement = {
      mitigation_for_cooperation = { adopted = "partly", source = "Drugs Act s. 33", missing = { "Only for drug offences." } },
      immunity_for_cooperation = { adopted = false },
      informant_incentives = { adopted = false },
    } },
    expect = { ["untoc:26.1.a"] = "partly_met", ["untoc:26.2"] = "partly_met" },
  },
  {
    name = "mitigation unknown, no other incentive: 26(1)(a) unknown",
    profile = { law_enforcement = { immunity_for_cooperation = { adopted = false }, informant_incentives = { adopted = false } } },
    expect = { ["untoc:26.1.a"] = "unknown" },
  },
  {
    name = "no immunity, mandatory prosecution invoked: 26(3) not applicable",
    profile = {
      principles = { { provisions = { "untoc:26.3" }, statement = "The public prosecutor must prosecute every offence of which there is sufficient evidence (legality principle).",
                       source = "Constitution, art. 112" } },
      law_enforcement = { immunity_for_cooperation = { adopted = false } },
    },
    expect = { ["untoc:26.3"] = "not_applicable" },
  },
  {
    name = "exemption from penalty instead of immunity from prosecution: 26(3) partly met",
    profile = { law_enforcement = { immunity_for_cooperation = { adopted = "partly", source = "Penal Code s. 62",
      missing = { "The cooperating person is still prosecuted and convicted; only the penalty is remitted." } } } },
    expect = { ["untoc:26.3"] = "partly_met" },
  },
  {
    name = "immunity considered and rejected, no principle recorded",
    profile = { law_enforcement = { immunity_for_cooperation = { adopted = false, considered = true, note = "Government white paper (2018)." } } },
    expect = { ["untoc:26.3"] = { status = "met", option = "considered" } },
  },
  {
    name = "protection limited to cooperating persons who testify",
    profile = { law_enforcement = {
      cooperator_protection = { adopted = "partly", source = "Witness Protection Act s. 4",
        missing = { "Cooperating offenders who give information without testifying are not covered." } },
      asset_help_incentives = { adopted = "partly", source = "Penal Code s. 61(3)", missing = { "Only for laundering offences." } },
    } },
    expect = { ["untoc:26.4"] = "partly_met", ["untoc:26.1.b"] = "partly_met" },
  },
}
