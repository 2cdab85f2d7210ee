-- Test cases for UNTOC article 19 (rules/untoc/art19.lua): joint investigations.
return {
  {
    name = "agreements on joint investigative bodies concluded; case-by-case JITs allowed",
    profile = { investigation = {
      jit_agreements = { adopted = true, source = "Convention on Mutual Assistance in Criminal Matters (regional), art. 13; Code of Criminal Procedure s. 402" },
      jit_case_by_case = { adopted = true, source = "Code of Criminal Procedure s. 403" },
    } },
    expect = { ["untoc:19#agreements"] = "met", ["untoc:19#case-by-case"] = "met" },
  },
  {
    name = "agreements considered but none concluded: the duty to consider is met",
    profile = { investigation = { jit_agreements = { adopted = false, considered = true, note = "Ministry of Justice study of 2019; no partner State found." } } },
    expect = { ["untoc:19#agreements"] = { status = "met", option = "considered" } },
  },
  {
    name = "no agreements, never considered; JITs impossible without a treaty",
    profile = { investigation = {
      jit_agreements = { adopted = false },
      jit_case_by_case = { adopted = false, note = "Foreign officers may not act in the territory without a treaty." },
    } },
    expect = { ["untoc:19#agreements"] = "not_met", ["untoc:19#case-by-case"] = "not_met" },
  },
  {
    name = "nothing known about joint investigations",
    profile = {},
    expect = { ["untoc:19#agreements"] = "unknown", ["untoc:19#case-by-case"] = "unknown" },
  },
  {
    name = "JIT legislation repealed before the as-of date no longer counts",
    profile = { investigation = { jit_case_by_case = { adopted = true, source = "Old Police Cooperation Act s. 9", repealed = "2022-06-30" } } },
    expect = { ["untoc:19#case-by-case"] = "not_met" },
  },
  {
    name = "agreements only in part (one region only)",
    profile = { investigation = { jit_agreements = { adopted = "partly", source = "Regional JIT Protocol",
      missing = { "No agreement or arrangement with States outside the region." } } } },
    expect = { ["untoc:19#agreements"] = "partly_met" },
  },
}
