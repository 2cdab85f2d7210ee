-- Cases for Cybercrime Convention art. 22 (prospective).  The jurisdiction
-- facts are those UNTOC art. 15 reads.
return {
  {
    name = "22(1)(a): provided for",
    prospective = true,
    profile = { jurisdiction = { territory = { adopted = true, source = "Law s. 1" } } },
    expect = { ["cybercrime:22.1.a"] = "met" },
  },
  {
    name = "22(1)(a): not provided for",
    prospective = true,
    profile = { jurisdiction = { territory = { adopted = false } } },
    expect = { ["cybercrime:22.1.a"] = "not_met" },
  },
  {
    name = "22(1)(a): the profile does not say",
    prospective = true,
    expect = { ["cybercrime:22.1.a"] = "unknown" },
  },
  {
    name = "22(1)(b): provided for",
    prospective = true,
    profile = { jurisdiction = { flag_vessels = { adopted = true, source = "Law s. 1" }, registered_aircraft = { adopted = true, source = "Law s. 1" } } },
    expect = { ["cybercrime:22.1.b"] = "met" },
  },
  {
    name = "22(1)(b): not provided for",
    prospective = true,
    profile = { jurisdiction = { flag_vessels = { adopted = false }, registered_aircraft = { adopted = false } } },
    expect = { ["cybercrime:22.1.b"] = "not_met" },
  },
  {
    name = "22(1)(b): the profile does not say",
    prospective = true,
    expect = { ["cybercrime:22.1.b"] = "unknown" },
  },
  {
    name = "22(1)(b): vessels only: partly met",
    prospective = true,
    profile = { jurisdiction = { flag_vessels = { adopted = true, source = "Law s. 1" }, registered_aircraft = { adopted = false } } },
    expect = { ["cybercrime:22.1.b"] = "partly_met" },
  },
  {
    name = "22(2)(a): provided for",
    prospective = true,
    profile = { jurisdiction = { passive_personality = { adopted = true, source = "Law s. 1" } } },
    expect = { ["cybercrime:22.2.a"] = "met" },
  },
  {
    name = "22(2)(a): not provided for",
    prospective = true,
    profile = { jurisdiction = { passive_personality = { adopted = false } } },
    expect = { ["cybercrime:22.2.a"] = "not_met" },
  },
  {
    name = "22(2)(a): the profile does not say",
    prospective = true,
    expect = { ["cybercrime:22.2.a"] = "unknown" },
  },
  {
    name = "22(2)(b): provided for",
    prospective = true,
    profile = { jurisdiction = { active_nationality = { adopted = true, source = "Law s. 1" }, stateless_residents = { adopted = true, source = "Law s. 1" } } },
    expect = { ["cybercrime:22.2.b"] = "met" },
  },
  {
    name = "22(2)(b): not provided for",
    prospective = true,
    profile = { jurisdiction = { active_nationality = { adopted = false }, stateless_residents = { adopted = false } } },
    expect = { ["cybercrime:22.2.b"] = "not_met" },
  },
  {
    name = "22(2)(b): the profile does not say",
    prospective = true,
    expect = { ["cybercrime:22.2.b"] = "unknown" },
  },
  {
    name = "22(2)(b): stateless residents only",
    prospective = true,
    profile = { jurisdiction = { active_nationality = { adopted = false }, stateless_residents = { adopted = true, source = "Law s. 1" } } },
    expect = { ["cybercrime:22.2.b"] = { status = "met", option = "stateless" } },
  },
  {
    name = "22(2)(b): adding jurisdiction over nationals to one over stateless residents never lowers the finding",
    prospective = true,
    profile = { jurisdiction = { active_nationality = { adopted = "partly", source = "Law s. 2", missing = { "délits only under dual criminality" } }, stateless_residents = { adopted = false } } },
    adding = { jurisdiction = { active_nationality = { adopted = true, source = "Criminal Code s. 7" } } },
    expect = { ["cybercrime:22.2.b"] = { status = "met", option = "nationals" } },
  },
  {
    name = "22(2)(c): provided for",
    prospective = true,
    profile = { jurisdiction = { preparatory_laundering_abroad = { adopted = true, source = "Law s. 1" } } },
    expect = { ["cybercrime:22.2.c"] = "met" },
  },
  {
    name = "22(2)(c): not provided for",
    prospective = true,
    profile = { jurisdiction = { preparatory_laundering_abroad = { adopted = false } } },
    expect = { ["cybercrime:22.2.c"] = "not_met" },
  },
  {
    name = "22(2)(c): the profile does not say",
    prospective = true,
    expect = { ["cybercrime:22.2.c"] = "unknown" },
  },
  {
    name = "22(2)(d): provided for",
    prospective = true,
    profile = { jurisdiction = { against_state = { adopted = true, source = "Law s. 1" } } },
    expect = { ["cybercrime:22.2.d"] = "met" },
  },
  {
    name = "22(2)(d): not provided for",
    prospective = true,
    profile = { jurisdiction = { against_state = { adopted = false } } },
    expect = { ["cybercrime:22.2.d"] = "not_met" },
  },
  {
    name = "22(2)(d): the profile does not say",
    prospective = true,
    expect = { ["cybercrime:22.2.d"] = "unknown" },
  },
  {
    name = "22(3): nationals never extradited, jurisdiction over them",
    prospective = true,
    profile = { extradition = { nationals = { adopted = true, policy = "not_extradited", source = "Constitution s. 4" } }, jurisdiction = { non_extradited_nationals = { adopted = true, source = "Law s. 1" } } },
    expect = { ["cybercrime:22.3"] = "met" },
  },
  {
    name = "22(3): nationals never extradited, no jurisdiction",
    prospective = true,
    profile = { extradition = { nationals = { adopted = true, policy = "not_extradited", source = "Constitution s. 4" } }, jurisdiction = { non_extradited_nationals = { adopted = false } } },
    expect = { ["cybercrime:22.3"] = "not_met" },
  },
  {
    name = "22(3): nationals always extradited: not applicable",
    prospective = true,
    profile = { extradition = { nationals = { adopted = true, policy = "extradited", source = "Extradition Act s. 2" } } },
    expect = { ["cybercrime:22.3"] = "not_applicable" },
  },
  {
    name = "22(3): extradition of nationals not stated: unknown",
    prospective = true,
    expect = { ["cybercrime:22.3"] = "unknown" },
  },
  {
    name = "22(4): provided for",
    prospective = true,
    profile = { jurisdiction = { non_extradited_others = { adopted = true, source = "Law s. 1" } } },
    expect = { ["cybercrime:22.4"] = "met" },
  },
  {
    name = "22(4): not provided for",
    prospective = true,
    profile = { jurisdiction = { non_extradited_others = { adopted = false } } },
    expect = { ["cybercrime:22.4"] = "not_met" },
  },
  {
    name = "22(4): the profile does not say",
    prospective = true,
    expect = { ["cybercrime:22.4"] = "unknown" },
  },
  {
    name = "22(5): provided for",
    prospective = true,
    profile = { jurisdiction = { consultation = { adopted = true, source = "Law s. 1" } } },
    expect = { ["cybercrime:22.5"] = "met" },
  },
  {
    name = "22(5): not provided for",
    prospective = true,
    profile = { jurisdiction = { consultation = { adopted = false } } },
    expect = { ["cybercrime:22.5"] = "not_met" },
  },
  {
    name = "22(5): the profile does not say",
    prospective = true,
    expect = { ["cybercrime:22.5"] = "unknown" },
  },
  -- lx.non_extradited_nationals_jurisdiction, as UNTOC 15(3) tests
  {
    name = "22(3): extradition of nationals not stated, jurisdiction over nationals not extradited provided: met",
    prospective = true,
    profile = { jurisdiction = { non_extradited_nationals = { adopted = true, source = "Penal Code s. 10" } } },
    expect = { ["cybercrime:22.3"] = "met" },
  },
}
