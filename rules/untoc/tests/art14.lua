-- Test cases for UNTOC article 14 (rules/untoc/art14.lua).
-- Each case: a profile fragment merged onto tests/base.lua, an optional
-- as-of date, and the expected status of each obligation named.
-- An expectation is a status, or { status = ..., option = <option id> }.
return {
  {
    name = "disposal rules, return to the requesting State, contributions and sharing: all met",
    profile = {
      confiscation_cooperation = {
        disposal = { adopted = true, source = "Proceeds of Crime Act s. 60; Mutual Assistance Act s. 35" },
        return_to_requesting_state = { adopted = true, source = "Mutual Assistance Act s. 36" },
        contribution_agreements = { adopted = true, source = "Confiscated Assets Fund Act s. 8" },
        sharing_agreements = { adopted = true, source = "Mutual Assistance Act s. 37" },
      },
    },
    expect = { ["untoc:14.1"] = "met", ["untoc:14.2"] = "met", ["untoc:14.3.a"] = "met", ["untoc:14.3.b"] = "met" },
  },
  {
    name = "nothing known: every obligation of art. 14 unknown",
    profile = {},
    expect = { ["untoc:14.1"] = "unknown", ["untoc:14.2"] = "unknown", ["untoc:14.3.a"] = "unknown", ["untoc:14.3.b"] = "unknown" },
  },
  {
    name = "no rules at all: 14(1) and 14(2) not met; optional measures not adopted",
    profile = {
      confiscation_cooperation = {
        disposal = { adopted = false },
        return_to_requesting_state = { adopted = false, note = "Confiscated property always vests in the State." },
        contribution_agreements = { adopted = false },
        sharing_agreements = { adopted = false },
      },
    },
    expect = { ["untoc:14.1"] = "not_met", ["untoc:14.2"] = "not_met", ["untoc:14.3.a"] = "not_met", ["untoc:14.3.b"] = "not_met" },
  },
  {
    name = "disposal governed only for domestic confiscation; return only by ad hoc agreement: partly met",
    profile = {
      confiscation_cooperation = {
        disposal = { adopted = "partly", source = "Criminal Code s. 74(6)",
                     missing = { "rules for property confiscated on a foreign request" } },
        return_to_requesting_state = { adopted = "partly", source = "Mutual Assistance Act s. 36",
                                       missing = { "priority consideration of return when the requesting State asks for it" } },
      },
    },
    expect = { ["untoc:14.1"] = "partly_met", ["untoc:14.2"] = "partly_met" },
  },
  {
    name = "14(2): no return possible, a limit of domestic law recorded: explained, met",
    profile = {
      confiscation_cooperation = { return_to_requesting_state = { adopted = false, source = "Public Finance Act s. 12" } },
      principles = {
        { provisions = { "untoc:14.2" }, statement = "Confiscated property becomes public revenue and may be paid out only under an appropriation law.",
          source = "Constitution art. 101" },
      },
    },
    expect = { ["untoc:14.2"] = { status = "met", option = "domestic-law-limit" } },
  },
  {
    name = "14(2): return not stated, a limit of domestic law recorded: still unknown",
    profile = {
      principles = {
        { provisions = { "untoc:14.2" }, statement = "Confiscated property becomes public revenue.", source = "Constitution art. 101" },
      },
    },
    expect = { ["untoc:14.2"] = "unknown" },
  },
  {
    name = "14(1): disposal rules in force only after the as-of date: not met",
    as_of = "2009-01-01",
    profile = { confiscation_cooperation = { disposal = { adopted = true, source = "Asset Management Agency Act s. 3", from = "2010-07-11" } } },
    expect = { ["untoc:14.1"] = "not_met" },
  },
}
