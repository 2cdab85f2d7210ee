-- Test cases for UNTOC article 7 (rules/untoc/art07.lua).
-- Each case: a profile fragment merged onto tests/base.lua, an optional
-- as-of date, and the expected status of the obligations named.
return {
  {
    name = "complete regime, cooperation, FIU, cash declarations, FATF standards, international cooperation",
    profile = {
      aml = {
        financial_institutions = { adopted = true, source = "Anti-Money Laundering Act 2005, s. 3" },
        other_bodies = { adopted = true, source = "Anti-Money Laundering Act 2005, Schedule 2" },
        customer_identification = { adopted = true, source = "Anti-Money Laundering Act 2005, s. 10" },
        record_keeping = { adopted = true, source = "Anti-Money Laundering Act 2005, s. 14" },
        suspicious_transaction_reporting = { adopted = true, source = "Anti-Money Laundering Act 2005, s. 20" },
        supervision = { adopted = true, source = "Anti-Money Laundering Act 2005, Part 5" },
        domestic_cooperation = { adopted = true, source = "Anti-Money Laundering Act 2005, s. 40" },
        international_exchange = { adopted = true, source = "Anti-Money Laundering Act 2005, s. 41" },
        fiu = { adopted = true, name = "Financial Intelligence Unit of Testland", source = "Anti-Money Laundering Act 2005, s. 30" },
        cross_border_cash = { adopted = true, system = "declaration", threshold = 10000, currency = "EUR", source = "Customs Act, s. 12" },
        international_standards = { adopted = true, initiatives = { "FATF Recommendations (2012)" }, source = "Anti-Money Laundering Act 2005, preamble" },
        international_cooperation = { adopted = true, source = "Membership of a FATF-style regional body; Egmont Group" },
      },
    },
    expect = {
      ["untoc:7.1.a"] = "met",
      ["untoc:7.1.b#cooperation"] = "met",
      ["untoc:7.1.b#fiu"] = "met",
      ["untoc:7.2"] = { status = "met", option = "declaration" },
      ["untoc:7.3"] = "met",
      ["untoc:7.4"] = "met",
    },
  },
  {
    name = "nothing known about money-laundering measures",
    profile = {},
    expect = {
      ["untoc:7.1.a"] = "unknown", ["untoc:7.1.b#cooperation"] = "unknown", ["untoc:7.1.b#fiu"] = "unknown",
      ["untoc:7.2"] = "unknown", ["untoc:7.3"] = "unknown", ["untoc:7.4"] = "unknown",
    },
  },
  {
    name = "regime without suspicious transaction reporting and without supervision: 7(1)(a) partly met",
    profile = {
      aml = {
        financial_institutions = { adopted = true, source = "Banking Act, s. 50" },
        other_bodies = { adopted = true, source = "Banking Act, s. 51" },
        customer_identification = { adopted = true, source = "Banking Act, s. 52" },
        record_keeping = { adopted = true, source = "Banking Act, s. 53" },
        suspicious_transaction_reporting = { adopted = false, note = "Reporting is voluntary." },
        supervision = { adopted = "partly", source = "Banking Act, s. 60", missing = { "Non-bank financial institutions are not supervised." } },
      },
    },
    expect = { ["untoc:7.1.a"] = "partly_met" },
  },
  {
    name = "no regime at all: 7(1)(a) not met",
    profile = {
      aml = {
        financial_institutions = { adopted = false }, other_bodies = { adopted = false },
        customer_identification = { adopted = false }, record_keeping = { adopted = false },
        suspicious_transaction_reporting = { adopted = false }, supervision = { adopted = false },
      },
    },
    expect = { ["untoc:7.1.a"] = "not_met" },
  },
  {
    name = "one element not stated keeps 7(1)(a) unknown even with a known shortcoming",
    profile = {
      aml = {
        financial_institutions = { adopted = true, source = "AML Act, s. 1" },
        other_bodies = { adopted = false },
        customer_identification = { adopted = true, source = "AML Act, s. 2" },
        record_keeping = { adopted = true, source = "AML Act, s. 3" },
        suspicious_transaction_reporting = { adopted = true, source = "AML Act, s. 4" },
      },
    },
    expect = { ["untoc:7.1.a"] = "unknown" },
  },
  {
    name = "regime repealed before the as-of date: 7(1)(a) not met",
    profile = {
      aml = {
        financial_institutions = { adopted = true, source = "Old AML Act", repealed = "2020-01-01" },
        other_bodies = { adopted = true, source = "Old AML Act", repealed = "2020-01-01" },
        customer_identification = { adopted = true, source = "Old AML Act", repealed = "2020-01-01" },
        record_keeping = { adopted = true, source = "Old AML Act", repealed = "2020-01-01" },
        suspicious_transaction_reporting = { adopted = true, source = "Old AML Act", repealed = "2020-01-01" },
        supervision = { adopted = true, source = "Old AML Act", repealed = "2020-01-01" },
      },
    },
    expect = { ["untoc:7.1.a"] = "not_met" },
  },
  {
    name = "national cooperation only: 7(1)(b) cooperation partly met; FIU neither created nor considered",
    profile = {
      aml = {
        domestic_cooperation = { adopted = true, source = "AML Act, s. 40" },
        international_exchange = { adopted = false, note = "No legal basis to share information with foreign authorities." },
        fiu = { adopted = false },
      },
    },
    expect = { ["untoc:7.1.b#cooperation"] = "partly_met", ["untoc:7.1.b#fiu"] = "not_met" },
  },
  {
    name = "no cooperation at either level: 7(1)(b) cooperation not met; FIU considered but not created",
    profile = {
      aml = {
        domestic_cooperation = { adopted = false },
        international_exchange = { adopted = false },
        fiu = { adopted = false, considered = true, source = "Cabinet decision 2019/44", note = "Functions given to the central bank instead." },
      },
    },
    expect = { ["untoc:7.1.b#cooperation"] = "not_met", ["untoc:7.1.b#fiu"] = { status = "met", option = "considered" } },
  },
  {
    name = "cross-border cash: disclosure system",
    profile = { aml = { cross_border_cash = { adopted = true, system = "disclosure", source = "Customs Act, s. 14" } } },
    expect = { ["untoc:7.2"] = { status = "met", option = "disclosure" } },
  },
  {
    name = "cross-border cash: another measure",
    profile = { aml = { cross_border_cash = { adopted = true, system = "other", source = "Customs Act, s. 15", note = "Risk-based controls by customs." } } },
    expect = { ["untoc:7.2"] = { status = "met", option = "other" } },
  },
  {
    name = "cross-border cash measures considered and rejected",
    profile = { aml = { cross_border_cash = { adopted = false, considered = true, source = "Ministry of Finance report 2015" } } },
    expect = { ["untoc:7.2"] = { status = "met", option = "considered" } },
  },
  {
    name = "cross-border cash measures neither adopted nor considered; standards not followed; no efforts",
    profile = {
      aml = {
        cross_border_cash = { adopted = false },
        international_standards = { adopted = false },
        international_cooperation = { adopted = false },
      },
    },
    expect = { ["untoc:7.2"] = "not_met", ["untoc:7.3"] = "not_met", ["untoc:7.4"] = "not_met" },
  },
  {
    name = "standards followed in part; cooperation developed in part; efforts made without result",
    profile = {
      aml = {
        international_standards = { adopted = "partly", source = "AML Act", missing = { "No risk-based approach." } },
        international_cooperation = { adopted = false, considered = true, source = "Application to join the regional FATF-style body (2024)" },
      },
    },
    expect = { ["untoc:7.3"] = "partly_met", ["untoc:7.4"] = { status = "met", option = "considered" } },
  },
  {
    name = "international cooperation only in part",
    profile = { aml = { international_cooperation = { adopted = "partly", source = "MoU with two neighbours", missing = { "No cooperation among financial supervisors." } } } },
    expect = { ["untoc:7.4"] = "partly_met" },
  },
  {
    name = "FIU established after the as-of date does not count",
    as_of = "2010-01-01",
    profile = { aml = { fiu = { adopted = true, source = "FIU Act 2015", from = "2015-07-01" } } },
    expect = { ["untoc:7.1.b#fiu"] = "not_met" },
  },
}
