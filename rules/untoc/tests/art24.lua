-- Test cases for UNTOC article 24 (rules/untoc/art24.lua).
-- Each case: a profile fragment merged onto tests/base.lua, an optional
-- as-of date, and the expected status (or { status, option }) of each
-- obligation named.
return {
  {
    name = "witnesses and their relatives protected, every form of paragraph 2, victims included",
    profile = {
      protection = {
        witnesses = { adopted = true, source = "Witness Protection Act s. 3" },
        witness_relatives = { adopted = true, source = "Witness Protection Act s. 3(2)" },
        physical_protection = { adopted = true, source = "Witness Protection Act s. 5" },
        relocation = { adopted = true, source = "Witness Protection Act s. 8" },
        identity_non_disclosure = { adopted = true, source = "Code of Criminal Procedure s. 190A" },
        remote_testimony = { adopted = true, source = "Code of Criminal Procedure s. 190B" },
        relocation_agreements = { adopted = true, source = "Agreement on the relocation of witnesses with Ruritania (2012)" },
        victim_witnesses = { adopted = true, source = "Witness Protection Act s. 2 (definition of witness)" },
      },
    },
    expect = {
      ["untoc:24.1"] = "met",
      ["untoc:24.2.a"] = { status = "met", option = "physical-protection+relocation+non-disclosure" },
      ["untoc:24.2.b"] = "met",
      ["untoc:24.3"] = "met",
      ["untoc:24.4"] = "met",
    },
  },
  {
    name = "witnesses protected but never their relatives: 24(1) partly met",
    profile = {
      protection = {
        witnesses = { adopted = true, source = "Witness Protection Act s. 3" },
        witness_relatives = { adopted = false, note = "The Act protects only the person who testifies." },
      },
    },
    expect = { ["untoc:24.1"] = "partly_met" },
  },
  {
    name = "witness protection limited to drug offences: 24(1) partly met",
    profile = {
      protection = {
        witnesses = { adopted = "partly", source = "Narcotics Act s. 40", missing = { "witnesses in proceedings on laundering, corruption and obstruction of justice" } },
        witness_relatives = { adopted = true, source = "Narcotics Act s. 40(3)" },
      },
    },
    expect = { ["untoc:24.1"] = "partly_met" },
  },
  {
    name = "no witness protection at all",
    profile = {
      protection = {
        witnesses = { adopted = false },
        physical_protection = { adopted = false },
        relocation = { adopted = false },
        identity_non_disclosure = { adopted = false },
        remote_testimony = { adopted = false },
        relocation_agreements = { adopted = false },
      },
    },
    expect = {
      ["untoc:24.1"] = "not_met",
      ["untoc:24.2.a"] = "not_met",
      ["untoc:24.2.b"] = "not_met",
      ["untoc:24.3"] = "not_met",
      ["untoc:24.4"] = "not_met",
    },
  },
  {
    name = "nothing known about witness protection",
    profile = {},
    expect = {
      ["untoc:24.1"] = "unknown", ["untoc:24.2.a"] = "unknown", ["untoc:24.2.b"] = "unknown",
      ["untoc:24.3"] = "unknown", ["untoc:24.4"] = "unknown",
    },
  },
  {
    name = "witnesses protected, relatives not stated: 24(1) unknown",
    profile = { protection = { witnesses = { adopted = true, source = "Witness Protection Act s. 3" } } },
    expect = { ["untoc:24.1"] = "unknown", ["untoc:24.4"] = "unknown" },
  },
  {
    name = "witness protection repealed before the as-of date",
    profile = { protection = { witnesses = { adopted = true, source = "Witness Protection Act 1999", repealed = "2020-01-01" } } },
    expect = { ["untoc:24.1"] = "not_met", ["untoc:24.4"] = "not_met" },
  },
  {
    name = "physical protection only through relocation",
    profile = { protection = { physical_protection = { adopted = false }, relocation = { adopted = true, source = "Witness Protection Act s. 8" }, identity_non_disclosure = { adopted = false } } },
    expect = { ["untoc:24.2.a"] = { status = "met", option = "relocation" } },
  },
  {
    name = "physical protection only through anonymity",
    profile = { protection = { physical_protection = { adopted = false }, relocation = { adopted = false }, identity_non_disclosure = { adopted = true, source = "Code of Criminal Procedure s. 190A" } } },
    expect = { ["untoc:24.2.a"] = { status = "met", option = "non-disclosure" } },
  },
  {
    name = "relocation agreements considered but none concluded: 24(3) met as considered",
    profile = { protection = { relocation_agreements = { adopted = false, considered = true, note = "Studied in 2015; no partner State found." } } },
    expect = { ["untoc:24.3"] = { status = "met", option = "considered" } },
  },
  {
    name = "witness scheme excludes victims who testify: 24(4) not met",
    profile = {
      protection = {
        witnesses = { adopted = true, source = "Witness Protection Act s. 3" },
        victim_witnesses = { adopted = false, note = "The Act excludes the injured party from the programme." },
      },
    },
    expect = { ["untoc:24.4"] = "not_met" },
  },
}
