-- Cases for Cybercrime Convention art. 33 (prospective).  The witness
-- protection facts are those UNTOC art. 24 reads.
return {
  {
    name = "33(1): provided for",
    prospective = true,
    profile = { protection = { witnesses = { adopted = true, source = "Law s. 1" }, informants = { adopted = true, source = "Law s. 1" }, witness_relatives = { adopted = true, source = "Law s. 1" } } },
    expect = { ["cybercrime:33.1"] = "met" },
  },
  {
    name = "33(1): not provided for",
    prospective = true,
    profile = { protection = { witnesses = { adopted = false }, informants = { adopted = false }, witness_relatives = { adopted = false } } },
    expect = { ["cybercrime:33.1"] = "not_met" },
  },
  {
    name = "33(1): the profile does not say",
    prospective = true,
    expect = { ["cybercrime:33.1"] = "unknown" },
  },
  {
    name = "33(1): witnesses protected, informants not (a further element UNTOC 24(1) does not have): partly met",
    prospective = true,
    profile = { protection = { witnesses = { adopted = true, source = "CPP art. 706-57" }, witness_relatives = { adopted = true, source = "CPP art. 706-62-1" }, informants = { adopted = false } } },
    expect = { ["cybercrime:33.1"] = "partly_met" },
  },
  {
    name = "33(2)(a): provided for",
    prospective = true,
    profile = { protection = { physical_protection = { adopted = true, source = "Law s. 1" }, relocation = { adopted = true, source = "Law s. 1" }, identity_non_disclosure = { adopted = true, source = "Law s. 1" } } },
    expect = { ["cybercrime:33.2.a"] = { status = "met", option = "physical-protection+relocation+non-disclosure" } },
  },
  {
    name = "33(2)(a): non-disclosure of identity only, an example of physical protection (« visant notamment »): met, the form named",
    prospective = true,
    profile = { protection = { physical_protection = { adopted = false }, relocation = { adopted = false }, identity_non_disclosure = { adopted = true, source = "Law s. 2" } } },
    expect = { ["cybercrime:33.2.a"] = { status = "met", option = "non-disclosure" } },
  },
  {
    name = "33(2)(a): physical protection, the other forms not stated; adding relocation keeps it met and names both",
    prospective = true,
    profile = { protection = { physical_protection = { adopted = true, source = "Law s. 1" } } },
    adding = { protection = { relocation = { adopted = true, source = "Law s. 3" } } },
    expect = { ["cybercrime:33.2.a"] = { status = "met", option = "physical-protection+relocation" } },
  },
  {
    name = "33(2)(a): not provided for",
    prospective = true,
    profile = { protection = { physical_protection = { adopted = false }, relocation = { adopted = false }, identity_non_disclosure = { adopted = false } } },
    expect = { ["cybercrime:33.2.a"] = "not_met" },
  },
  {
    name = "33(2)(a): the profile does not say",
    prospective = true,
    expect = { ["cybercrime:33.2.a"] = "unknown" },
  },
  {
    name = "33(2)(b): provided for",
    prospective = true,
    profile = { protection = { remote_testimony = { adopted = true, source = "Law s. 1" } } },
    expect = { ["cybercrime:33.2.b"] = "met" },
  },
  {
    name = "33(2)(b): not provided for",
    prospective = true,
    profile = { protection = { remote_testimony = { adopted = false } } },
    expect = { ["cybercrime:33.2.b"] = "not_met" },
  },
  {
    name = "33(2)(b): the profile does not say",
    prospective = true,
    expect = { ["cybercrime:33.2.b"] = "unknown" },
  },
  {
    name = "33(3): provided for",
    prospective = true,
    profile = { protection = { relocation_agreements = { adopted = true, source = "Law s. 1" } } },
    expect = { ["cybercrime:33.3"] = "met" },
  },
  {
    name = "33(3): not provided for",
    prospective = true,
    profile = { protection = { relocation_agreements = { adopted = false } } },
    expect = { ["cybercrime:33.3"] = "not_met" },
  },
  {
    name = "33(3): the profile does not say",
    prospective = true,
    expect = { ["cybercrime:33.3"] = "unknown" },
  },
  {
    name = "33(3): considered, not concluded: met (a duty to consider)",
    prospective = true,
    profile = { protection = { relocation_agreements = { adopted = false, considered = true, source = "MoJ reply" } } },
    expect = { ["cybercrime:33.3"] = { status = "met", option = "considered" } },
  },
  {
    name = "33(4): provided for",
    prospective = true,
    profile = { protection = { victim_witnesses = { adopted = true, source = "Law s. 1" } } },
    expect = { ["cybercrime:33.4"] = "met" },
  },
  {
    name = "33(4): not provided for",
    prospective = true,
    profile = { protection = { victim_witnesses = { adopted = false } } },
    expect = { ["cybercrime:33.4"] = "not_met" },
  },
  {
    name = "33(4): the profile does not say",
    prospective = true,
    expect = { ["cybercrime:33.4"] = "unknown" },
  },
}
