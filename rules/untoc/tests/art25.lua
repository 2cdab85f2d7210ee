-- Test cases for UNTOC article 25 (rules/untoc/art25.lua).
return {
  {
    name = "assistance, protection, both compensation routes, restitution, victims heard",
    profile = {
      protection = {
        victim_assistance = { adopted = true, source = "Victims' Rights Act s. 4" },
        victim_protection = { adopted = true, source = "Victims' Rights Act s. 9" },
        victim_compensation_offender = { adopted = true, source = "Code of Criminal Procedure s. 403 (civil claim)" },
        victim_compensation_state = { adopted = true, source = "Criminal Injuries Compensation Act" },
        victim_restitution = { adopted = true, source = "Code of Criminal Procedure s. 410" },
        victim_views = { adopted = true, source = "Code of Criminal Procedure s. 55" },
      },
    },
    expect = {
      ["untoc:25.1"] = "met",
      ["untoc:25.2"] = { status = "met", option = "offender+state" },
      ["untoc:25.3"] = "met",
    },
  },
  {
    name = "assistance without protection: 25(1) partly met",
    profile = { protection = { victim_assistance = { adopted = true, source = "Victims' Rights Act s. 4" }, victim_protection = { adopted = false } } },
    expect = { ["untoc:25.1"] = "partly_met" },
  },
  {
    name = "no measures for victims",
    profile = {
      protection = {
        victim_assistance = { adopted = false }, victim_protection = { adopted = false },
        victim_compensation_offender = { adopted = false }, victim_compensation_state = { adopted = false },
        victim_restitution = { adopted = false }, victim_views = { adopted = false },
      },
    },
    expect = { ["untoc:25.1"] = "not_met", ["untoc:25.2"] = "not_met", ["untoc:25.3"] = "not_met" },
  },
  {
    name = "nothing known about victims",
    profile = {},
    expect = { ["untoc:25.1"] = "unknown", ["untoc:25.2"] = "unknown", ["untoc:25.3"] = "unknown" },
  },
  {
    name = "compensation only through a State fund, with restitution",
    profile = {
      protection = {
        victim_compensation_offender = { adopted = false },
        victim_compensation_state = { adopted = true, source = "Criminal Injuries Compensation Act" },
        victim_restitution = { adopted = true, source = "Code of Criminal Procedure s. 410" },
      },
    },
    expect = { ["untoc:25.2"] = { status = "met", option = "state" } },
  },
  {
    name = "compensation only from the offender, with restitution",
    profile = {
      protection = {
        victim_compensation_offender = { adopted = true, source = "Code of Criminal Procedure s. 403" },
        victim_compensation_state = { adopted = false },
        victim_restitution = { adopted = true, source = "Code of Criminal Procedure s. 410" },
      },
    },
    expect = { ["untoc:25.2"] = { status = "met", option = "offender" } },
  },
  {
    name = "compensation without restitution: 25(2) partly met",
    profile = {
      protection = {
        victim_compensation_offender = { adopted = true, source = "Code of Criminal Procedure s. 403" },
        victim_restitution = { adopted = false },
      },
    },
    expect = { ["untoc:25.2"] = "partly_met" },
  },
  {
    name = "compensation not stated, no restitution: 25(2) unknown",
    profile = { protection = { victim_restitution = { adopted = false } } },
    expect = { ["untoc:25.2"] = "unknown" },
  },
  {
    name = "victims heard only at sentencing, without a principle: 25(3) partly met",
    profile = { protection = { victim_views = { adopted = "partly", source = "Sentencing Act s. 12 (victim impact statement)", missing = { "views presented before trial" } } } },
    expect = { ["untoc:25.3"] = "partly_met" },
  },
  {
    name = "victims heard only at sentencing, explained by domestic law: 25(3) met",
    profile = {
      protection = { victim_views = { adopted = "partly", source = "Sentencing Act s. 12 (victim impact statement)", missing = { "views presented before trial" } } },
      principles = { { provisions = { "untoc:25.3" }, statement = "In the adversarial trial the victim is not a party; the prosecution alone presents the case.", source = "Constitution art. 20" } },
    },
    expect = { ["untoc:25.3"] = { status = "met", option = "subject-to-domestic-law" } },
  },
  {
    name = "victims never heard, a principle invoked: 25(3) still not met",
    profile = {
      protection = { victim_views = { adopted = false } },
      principles = { { provisions = { "untoc:25.3" }, statement = "The victim is not a party to criminal proceedings.", source = "Constitution art. 20" } },
    },
    expect = { ["untoc:25.3"] = "not_met" },
  },
}
