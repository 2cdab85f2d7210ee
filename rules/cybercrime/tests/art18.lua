-- Cases for Cybercrime Convention art. 18 (prospective).  The regime of
-- liability of legal persons is the one UNTOC art. 10 reads.
return {
  {
    name = "18(1): criminal liability for all offences",
    prospective = true,
    profile = { legal_persons = { criminal = { adopted = true, source = "Penal Code s. 121" }, scope = { scope = "all_offences", source = "Penal Code s. 121" } } },
    expect = { ["cybercrime:18.1"] = { status = "met", option = "criminal" }, ["cybercrime:18.2"] = { status = "met", option = "criminal" } },
  },
  {
    name = "18(1): no liability of legal persons in any form",
    prospective = true,
    profile = { legal_persons = { criminal = { adopted = false }, civil = { adopted = false }, administrative = { adopted = false } } },
    expect = { ["cybercrime:18.1"] = "not_met", ["cybercrime:18.2"] = "not_met", ["cybercrime:18.3"] = "not_applicable", ["cybercrime:18.4"] = "not_applicable" },
  },
  {
    name = "18(1): the profile does not say",
    prospective = true,
    expect = { ["cybercrime:18.1"] = "unknown", ["cybercrime:18.2"] = "unknown" },
  },
  {
    name = "18(1): administrative liability, scope not stated: unknown",
    prospective = true,
    profile = { legal_persons = { administrative = { adopted = true, source = "Administrative Offences Act s. 30" } } },
    expect = { ["cybercrime:18.1"] = "unknown", ["cybercrime:18.2"] = { status = "met", option = "administrative" } },
  },
  {
    name = "18(1): a serious-crime threshold (enough for UNTOC 10) leaves out a 2-year illegal access offence: partly met",
    prospective = true,
    profile = { legal_persons = { criminal = { adopted = true, source = "Law s. 1" }, scope = { scope = "threshold", threshold_prison_years = 4 } }, offences = { acc = { name = "Illegal access", source = "Penal Code s. 70", max_prison_years = 2, conduct = { "ict_illegal_access" } } } },
    expect = { ["cybercrime:18.1"] = "partly_met" },
  },
  {
    name = "18(1): a list naming every ICT offence of the profile, the others declared absent: met",
    prospective = true,
    profile = { legal_persons = { criminal = { adopted = true, source = "Law s. 1" }, scope = { scope = "list", offences = { "acc" } } }, offences = { acc = { name = "Illegal access", source = "Penal Code s. 70", max_prison_years = 2, conduct = { "ict_illegal_access" } } }, no_offence_for = { { conduct = "ict_illegal_interception" }, { conduct = "ict_data_interference" }, { conduct = "ict_system_interference" }, { conduct = "ict_device_misuse" }, { conduct = "ict_credentials_obtaining" }, { conduct = "ict_credentials_making_available" }, { conduct = "ict_misuse_possession" }, { conduct = "ict_forgery" }, { conduct = "ict_fraud_data" }, { conduct = "ict_fraud_system" }, { conduct = "ict_fraud_deception" }, { conduct = "csam_making_available" }, { conduct = "csam_soliciting" }, { conduct = "csam_procuring" }, { conduct = "csam_accessing" }, { conduct = "csam_possession" }, { conduct = "csam_financing" }, { conduct = "child_solicitation_ict" }, { conduct = "intimate_image_dissemination" }, { conduct = "laundering_conversion_transfer" }, { conduct = "laundering_concealment_disguise" }, { conduct = "laundering_acquisition_possession_use" } } },
    expect = { ["cybercrime:18.1"] = "met" },
  },
  {
    name = "18(1): a list, but the profile names no offence for arts 8-10 and 17: unknown",
    prospective = true,
    profile = { legal_persons = { criminal = { adopted = true, source = "Law s. 1" }, scope = { scope = "list", offences = { "acc" } } }, offences = { acc = { name = "Illegal access", source = "Penal Code s. 70", max_prison_years = 2, conduct = { "ict_illegal_access" } } } },
    expect = { ["cybercrime:18.1"] = "unknown" },
  },
  {
    name = "18(1): criminal and civil liability both chosen",
    prospective = true,
    profile = { legal_persons = { criminal = { adopted = true, source = "Law s. 1" }, civil = { adopted = true, source = "Civil Code s. 9" }, scope = { scope = "all_offences" } } },
    expect = { ["cybercrime:18.1"] = { status = "met", option = "criminal+civil" } },
  },
  {
    name = "18(1): a partly adopted form, the other forms absent: partly met",
    prospective = true,
    profile = { legal_persons = { criminal = { adopted = "partly", source = "Law s. 2", missing = { "liability for offences by de facto managers" } }, civil = { adopted = false }, administrative = { adopted = false }, scope = { scope = "all_offences" } } },
    expect = { ["cybercrime:18.1"] = "partly_met" },
  },
  {
    name = "18(1): two forms, each only in part: partly met",
    prospective = true,
    profile = { legal_persons = { criminal = { adopted = "partly", source = "Law s. 2", missing = { "liability for offences by de facto managers" } }, civil = { adopted = "partly", source = "Law s. 2", missing = { "liability without fault of an organ" } }, administrative = { adopted = false }, scope = { scope = "all_offences" } } },
    expect = { ["cybercrime:18.1"] = "partly_met" },
  },
  {
    name = "18(1): one form only in part, the others not stated: unknown",
    prospective = true,
    profile = { legal_persons = { criminal = { adopted = "partly", source = "Law s. 2", missing = { "liability for offences by de facto managers" } }, scope = { scope = "all_offences" } } },
    expect = { ["cybercrime:18.1"] = "unknown" },
  },
  {
    name = "18(1): adding a form of liability to a partly adopted one never lowers the finding",
    prospective = true,
    profile = { legal_persons = { criminal = { adopted = "partly", source = "Law s. 2", missing = { "liability for offences by de facto managers" } }, civil = { adopted = false }, administrative = { adopted = false }, scope = { scope = "all_offences" } } },
    adding = { legal_persons = { administrative = { adopted = true, source = "Administrative Offences Act s. 30" } } },
    expect = { ["cybercrime:18.1"] = "met" },
  },
  {
    name = "18(3): provided for",
    prospective = true,
    profile = { legal_persons = { criminal = { adopted = true, source = "Law s. 1" }, natural_persons_unaffected = { adopted = true, source = "Law s. 1" } } },
    expect = { ["cybercrime:18.3"] = "met" },
  },
  {
    name = "18(3): not provided for",
    prospective = true,
    profile = { legal_persons = { criminal = { adopted = true, source = "Law s. 1" }, natural_persons_unaffected = { adopted = false } } },
    expect = { ["cybercrime:18.3"] = "not_met" },
  },
  {
    name = "18(3): the profile does not say",
    prospective = true,
    profile = { legal_persons = { criminal = { adopted = true, source = "Law s. 1" } } },
    expect = { ["cybercrime:18.3"] = "unknown" },
  },
  {
    name = "18(1): no liability of any form, « societas delinquere non potest » invoked under « conformément à ses principes juridiques »: still not met (the principles choose the form, 18(2), they do not dispense with liability)",
    prospective = true,
    profile = { legal_persons = { criminal = { adopted = false }, civil = { adopted = false }, administrative = { adopted = false } },
                principles = { { provisions = { "cybercrime:18" }, statement = "Societas delinquere non potest.", source = "Supreme Court (1950)" } } },
    expect = { ["cybercrime:18.1"] = "not_met", ["cybercrime:18.2"] = "not_met", ["cybercrime:18.3"] = "not_applicable", ["cybercrime:18.4"] = "not_applicable" },
  },
  {
    name = "18(4): fines for legal persons",
    prospective = true,
    profile = { legal_persons = { criminal = { adopted = true, source = "Law s. 1" }, monetary_sanctions = { adopted = true, source = "Penal Code s. 131-38", max_fine = 1000000, currency = "EUR" } } },
    expect = { ["cybercrime:18.4"] = "met" },
  },
  {
    name = "18(4): no monetary sanction and no other sanction: not met",
    prospective = true,
    profile = { legal_persons = { criminal = { adopted = true, source = "Law s. 1" }, monetary_sanctions = { adopted = false }, other_sanctions = { adopted = false } } },
    expect = { ["cybercrime:18.4"] = "not_met" },
  },
  {
    name = "18(4): other sanctions (dissolution) but no fine, which « y compris de sanctions pécuniaires » requires: partly met, as UNTOC 10(4)",
    prospective = true,
    profile = { legal_persons = { criminal = { adopted = true, source = "Law s. 1" }, monetary_sanctions = { adopted = false },
                                  other_sanctions = { adopted = true, source = "Law s. 2 (dissolution, exclusion from public contracts)" } } },
    expect = { ["cybercrime:18.4"] = "partly_met" },
  },
  {
    name = "18(4): no fine, other sanctions not stated: unknown between partly met and not met, the fine named as missing (as UNTOC 10(4))",
    prospective = true,
    profile = { legal_persons = { criminal = { adopted = true, source = "Law s. 1" }, monetary_sanctions = { adopted = false } } },
    expect = { ["cybercrime:18.4"] = "unknown" },
  },
  {
    name = "18(4): not stated",
    prospective = true,
    profile = { legal_persons = { criminal = { adopted = true, source = "Law s. 1" } } },
    expect = { ["cybercrime:18.4"] = "unknown" },
  },
  -- lx.liability_forms: a form in part and another in full, as UNTOC 10 tests
  {
    name = "18(2): criminal liability in part and administrative liability: both forms chosen",
    prospective = true,
    profile = { legal_persons = {
      criminal = { adopted = "partly", source = "Criminal Code s. 22", missing = { "liability of State-owned enterprises" } },
      civil = { adopted = false },
      administrative = { adopted = true, source = "Corporate Sanctions Act s. 4" },
      scope = { scope = "all_offences" } } },
    expect = { ["cybercrime:18.1"] = { status = "met", option = "criminal+administrative" },
               ["cybercrime:18.2"] = { status = "met", option = "criminal+administrative" } },
  },
  {
    name = "18(3): liability of legal persons leaves natural persons liable: met",
    prospective = true,
    profile = { legal_persons = { civil = { adopted = true, source = "Civil Code s. 9" }, natural_persons_unaffected = { adopted = true, source = "Civil Code s. 9(2)" } } },
    expect = { ["cybercrime:18.2"] = { status = "met", option = "civil" }, ["cybercrime:18.3"] = "met" },
  },
  -- What the 18(1) finding says of a principle the State invokes ("conformément
  -- à ses principes juridiques"): quoted beside the shortfall, with why it
  -- does not excuse it (18(2): the principles choose the form of liability);
  -- and nothing of the kind when the profile states no principle.
  {
    name = "18(1) words: no liability of any form, a principle invoked: the finding quotes it and says it does not dispense with liability",
    prospective = true,
    profile = { legal_persons = { criminal = { adopted = false }, civil = { adopted = false }, administrative = { adopted = false } },
                principles = { { provisions = { "cybercrime:18" }, statement = "Societas delinquere non potest.", source = "Supreme Court (1950)" } } },
    expect = { ["cybercrime:18.1"] = { status = "not_met",
                 explains = { "The State invokes its legal principles: Societas delinquere non potest (Supreme Court (1950)).", "(art. 18(2)); they do not dispense with it." },
                 explains_fr = { "L'État invoque ses principes juridiques : Societas delinquere non potest (Supreme Court (1950)).", "(art. 18, par. 2) ; ils n'en dispensent pas." } } },
  },
  {
    name = "18(1) words: a scope leaving out an offence, a principle invoked for 18(1): partly met, the principle quoted beside the shortfall",
    prospective = true,
    profile = { legal_persons = { criminal = { adopted = true, source = "Law s. 1" }, scope = { scope = "threshold", threshold_prison_years = 4 } },
                offences = { acc = { name = "Illegal access", source = "Penal Code s. 70", max_prison_years = 2, conduct = { "ict_illegal_access" } } },
                principles = { { provisions = { "cybercrime:18.1" }, statement = "Only serious offences engage a company", source = "Law s. 1(2)" } } },
    expect = { ["cybercrime:18.1"] = { status = "partly_met",
                 explains = { "leaves out offences established in accordance with the Convention", "The State invokes its legal principles: Only serious offences engage a company (Law s. 1(2))." },
                 explains_fr = "L'État invoque ses principes juridiques : Only serious offences engage a company (Law s. 1(2))." } },
  },
  {
    name = "18(1) words: no liability of any form, no principle stated: the finding invokes none",
    prospective = true,
    profile = { legal_persons = { criminal = { adopted = false }, civil = { adopted = false }, administrative = { adopted = false } } },
    expect = { ["cybercrime:18.1"] = { status = "not_met", explains = "provides for no liability of legal persons",
                 explains_not = "legal principles", explains_not_fr = "principes juridiques" } },
  },
}
