-- Cases for Cybercrime Convention art. 13 (prospective: not in force).
return {
  { name = "13: the three means covered by several offences", prospective = true,
    profile = { offences = {
      x = { name = "Computer fraud", source = "Penal Code s. 30", conduct = { "ict_fraud_data", "ict_fraud_system" }, requires = { "dishonest_intent" } },
      y = { name = "Fraud", source = "Penal Code s. 31", conduct = { "ict_fraud_deception" } } } },
    expect = { ["cybercrime:13"] = "met" } },
  { name = "13: deception only: partly met", prospective = true,
    profile = { offences = { y = { name = "Fraud", source = "Penal Code s. 31", conduct = { "ict_fraud_deception" } } },
                no_offence_for = { { conduct = "ict_fraud_data" }, { conduct = "ict_fraud_system" } } },
    expect = { ["cybercrime:13"] = "partly_met" } },
  { name = "13: a fraud offence limited to material gain is narrower than 'gain financier ou autre'", prospective = true,
    profile = { offences = { x = { name = "Computer fraud", source = "Penal Code s. 30", conduct = { "ict_fraud_data", "ict_fraud_system", "ict_fraud_deception" }, requires = { "material_benefit" } } } },
    expect = { ["cybercrime:13"] = "partly_met" } },
  { name = "13: no offence at all", prospective = true,
    profile = { no_offence_for = { { conduct = "ict_fraud_data" }, { conduct = "ict_fraud_system" }, { conduct = "ict_fraud_deception" } } },
    expect = { ["cybercrime:13"] = "not_met" } },
  { name = "13: one means not stated", prospective = true,
    profile = { offences = { y = { name = "Fraud", source = "Penal Code s. 31", conduct = { "ict_fraud_deception", "ict_fraud_data" } } } },
    expect = { ["cybercrime:13"] = "unknown" } },
  { name = "13: one means narrowed, another by an undescribed element: unknown, the narrowing listed as missing", prospective = true,
    profile = { offences = {
      x = { name = "Computer fraud for gain", source = "Penal Code s. 30", conduct = { "ict_fraud_data" }, requires = { "material_benefit" } },
      y = { name = "Fraud", source = "Penal Code s. 31", conduct = { "ict_fraud_deception" }, requires = { "other" } },
      z = { name = "System sabotage", source = "Penal Code s. 32", conduct = { "ict_fraud_system" } } } },
    expect = { ["cybercrime:13"] = "unknown" } },
  { name = "13: an undescribed element, but another offence covers the means in full: met", prospective = true,
    profile = { offences = {
      x = { name = "Computer fraud", source = "Penal Code s. 30", conduct = { "ict_fraud_data", "ict_fraud_system", "ict_fraud_deception" } },
      y = { name = "Fraud", source = "Penal Code s. 31", conduct = { "ict_fraud_deception" }, requires = { "other" } } } },
    expect = { ["cybercrime:13"] = "met" } },
}
