-- Cases for Cybercrime Convention art. 34 (prospective).  34(1)-(3) read the
-- facts UNTOC art. 25 reads.
return {
  {
    name = "34(1): provided for",
    prospective = true,
    profile = { protection = { victim_assistance = { adopted = true, source = "Law s. 1" }, victim_protection = { adopted = true, source = "Law s. 1" } } },
    expect = { ["cybercrime:34.1"] = "met" },
  },
  {
    name = "34(1): not provided for",
    prospective = true,
    profile = { protection = { victim_assistance = { adopted = false }, victim_protection = { adopted = false } } },
    expect = { ["cybercrime:34.1"] = "not_met" },
  },
  {
    name = "34(1): the profile does not say",
    prospective = true,
    expect = { ["cybercrime:34.1"] = "unknown" },
  },
  {
    name = "34(2): provided for",
    prospective = true,
    profile = { protection = { victim_compensation_offender = { adopted = true, source = "Law s. 1" }, victim_compensation_state = { adopted = true, source = "Law s. 1" }, victim_restitution = { adopted = true, source = "Law s. 1" } } },
    expect = { ["cybercrime:34.2"] = "met" },
  },
  {
    name = "34(2): not provided for",
    prospective = true,
    profile = { protection = { victim_compensation_offender = { adopted = false }, victim_compensation_state = { adopted = false }, victim_restitution = { adopted = false } } },
    expect = { ["cybercrime:34.2"] = "not_met" },
  },
  {
    name = "34(2): the profile does not say",
    prospective = true,
    expect = { ["cybercrime:34.2"] = "unknown" },
  },
  {
    name = "34(2): a State scheme and restitution: met",
    prospective = true,
    profile = { protection = { victim_compensation_offender = { adopted = false }, victim_compensation_state = { adopted = true, source = "CPP art. 706-3" }, victim_restitution = { adopted = true, source = "CPP art. 41-4" } } },
    expect = { ["cybercrime:34.2"] = "met" },
  },
  {
    name = "34(2): compensation without restitution: partly met",
    prospective = true,
    profile = { protection = { victim_compensation_offender = { adopted = true, source = "CPP art. 2" }, victim_restitution = { adopted = false } } },
    expect = { ["cybercrime:34.2"] = "partly_met" },
  },
  {
    name = "34(2): adding a State scheme where the offender route is closed never lowers the finding",
    prospective = true,
    profile = { protection = { victim_compensation_offender = { adopted = false }, victim_restitution = { adopted = true, source = "CPP art. 41-4" } } },
    adding = { protection = { victim_compensation_state = { adopted = true, source = "CPP art. 706-3" } } },
    expect = { ["cybercrime:34.2"] = "met" },
  },
  {
    name = "34(3): provided for",
    prospective = true,
    profile = { protection = { victim_views = { adopted = true, source = "Law s. 1" } } },
    expect = { ["cybercrime:34.3"] = "met" },
  },
  {
    name = "34(3): not provided for",
    prospective = true,
    profile = { protection = { victim_views = { adopted = false } } },
    expect = { ["cybercrime:34.3"] = "not_met" },
  },
  {
    name = "34(3): the profile does not say",
    prospective = true,
    expect = { ["cybercrime:34.3"] = "unknown" },
  },
  {
    name = "34(3): views heard only at sentencing, explained by domestic law (sous réserve de son droit interne): met",
    prospective = true,
    profile = { protection = { victim_views = { adopted = "partly", source = "Law s. 2", missing = { "views before sentence only" } } }, principles = { { provisions = { "cybercrime:34.3" }, statement = "The victim is not a party to criminal trials", source = "Constitution art. 21" } } },
    expect = { ["cybercrime:34.3"] = { status = "met", option = "subject-to-domestic-law" } },
  },
  {
    name = "34(3): no voice at all, whatever domestic law says: not met",
    prospective = true,
    profile = { protection = { victim_views = { adopted = false } }, principles = { { provisions = { "cybercrime:34.3" }, statement = "The victim is not a party to criminal trials", source = "Constitution art. 21" } } },
    expect = { ["cybercrime:34.3"] = "not_met" },
  },
  {
    name = "34(4): provided for",
    prospective = true,
    profile = { protection = { victim_recovery = { adopted = true, source = "Law s. 1" } } },
    expect = { ["cybercrime:34.4"] = "met" },
  },
  {
    name = "34(4): not provided for",
    prospective = true,
    profile = { protection = { victim_recovery = { adopted = false } } },
    expect = { ["cybercrime:34.4"] = "not_met" },
  },
  {
    name = "34(4): the profile does not say",
    prospective = true,
    expect = { ["cybercrime:34.4"] = "unknown" },
  },
  {
    name = "34(4): assistance without cooperation with NGOs: partly met",
    prospective = true,
    profile = { protection = { victim_recovery = { adopted = "partly", source = "Law s. 2", missing = { "cooperation with non-governmental organizations" } } } },
    expect = { ["cybercrime:34.4"] = "partly_met" },
  },
  {
    name = "34(5): provided for",
    prospective = true,
    profile = { protection = { victim_needs = { adopted = true, source = "Law s. 1" } } },
    expect = { ["cybercrime:34.5"] = "met" },
  },
  {
    name = "34(5): not provided for",
    prospective = true,
    profile = { protection = { victim_needs = { adopted = false } } },
    expect = { ["cybercrime:34.5"] = "not_met" },
  },
  {
    name = "34(5): the profile does not say",
    prospective = true,
    expect = { ["cybercrime:34.5"] = "unknown" },
  },
  {
    name = "34(6): provided for",
    prospective = true,
    profile = { protection = { content_removal = { adopted = true, source = "Law s. 1" } } },
    expect = { ["cybercrime:34.6"] = "met" },
  },
  {
    name = "34(6): not provided for",
    prospective = true,
    profile = { protection = { content_removal = { adopted = false } } },
    expect = { ["cybercrime:34.6"] = "not_met" },
  },
  {
    name = "34(6): the profile does not say",
    prospective = true,
    expect = { ["cybercrime:34.6"] = "unknown" },
  },
  {
    name = "34(6): removal of child sexual abuse material only, not intimate images: partly met",
    prospective = true,
    profile = { protection = { content_removal = { adopted = "partly", source = "Law s. 2", missing = { "removal of intimate images disseminated without consent (art. 16)" } } } },
    expect = { ["cybercrime:34.6"] = "partly_met" },
  },
}
