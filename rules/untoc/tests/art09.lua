-- Test cases for UNTOC article 9 (rules/untoc/art09.lua).
return {
  {
    name = "integrity, prevention, detection, sanctions; effective and independent authorities",
    profile = {
      anti_corruption = {
        integrity = { adopted = true, source = "Public Service Ethics Act 2010, ss. 4-12" },
        prevention = { adopted = true, source = "Anti-Corruption Agency Act 2011, s. 3" },
        detection = { adopted = true, source = "Whistleblowers Act 2016; Audit Office Act, s. 9" },
        punishment = { adopted = true, source = "Civil Service Act, s. 80 (dismissal)" },
        authorities = { adopted = true, source = "Anti-Corruption Agency Act 2011; Prosecution Service Act, s. 14" },
        independence = { adopted = true, source = "Anti-Corruption Agency Act 2011, s. 6 (tenure, no instructions)" },
      },
    },
    expect = { ["untoc:9.1"] = "met", ["untoc:9.2"] = "met" },
  },
  {
    name = "nothing known about measures against corruption",
    profile = {},
    expect = { ["untoc:9.1"] = "unknown", ["untoc:9.2"] = "unknown" },
  },
  {
    name = "no detection measures, punishment only in part: 9(1) partly met; authorities not independent: 9(2) partly met",
    profile = {
      anti_corruption = {
        integrity = { adopted = true, source = "Code of Conduct for Public Officials" },
        prevention = { adopted = true, source = "Public Procurement Act" },
        detection = { adopted = false },
        punishment = { adopted = "partly", source = "Civil Service Act, s. 80", missing = { "Elected officials incur no disciplinary sanction." } },
        authorities = { adopted = true, source = "Police Act, s. 20 (anti-corruption squad)" },
        independence = { adopted = false, note = "The anti-corruption squad takes instructions from the Minister of the Interior in individual cases." },
      },
    },
    expect = { ["untoc:9.1"] = "partly_met", ["untoc:9.2"] = "partly_met" },
  },
  {
    name = "no measure at all: 9(1) and 9(2) not met",
    profile = {
      anti_corruption = {
        integrity = { adopted = false }, prevention = { adopted = false },
        detection = { adopted = false }, punishment = { adopted = false },
        authorities = { adopted = false }, independence = { adopted = false },
      },
    },
    expect = { ["untoc:9.1"] = "not_met", ["untoc:9.2"] = "not_met" },
  },
  {
    name = "a shortcoming explained by the legal system: 9(1) met through the qualifier; no escape for 9(2)",
    profile = {
      principles = {
        { provisions = { "untoc:9.1" },
          statement = "Members of Parliament are subject only to the disciplinary power of their own chamber.",
          source = "Constitution of Testland, art. 61" },
      },
      anti_corruption = {
        integrity = { adopted = true, source = "Public Service Ethics Act 2010" },
        prevention = { adopted = true, source = "Anti-Corruption Agency Act 2011" },
        detection = { adopted = true, source = "Audit Office Act" },
        punishment = { adopted = "partly", source = "Civil Service Act, s. 80", missing = { "No disciplinary sanction for members of Parliament." } },
        authorities = { adopted = true, source = "Prosecution Service Act" },
        independence = { adopted = false },
      },
    },
    expect = { ["untoc:9.1"] = { status = "met", option = "legal-system" }, ["untoc:9.2"] = "partly_met" },
  },
  {
    name = "the qualifier does not settle what the profile leaves open",
    profile = {
      principles = { { provisions = { "untoc:9.1" }, statement = "Federal structure.", source = "Constitution" } },
      anti_corruption = { integrity = { adopted = false } },
    },
    expect = { ["untoc:9.1"] = "unknown" },
  },
  {
    name = "independence established, capacity not stated: 9(2) unknown",
    profile = { anti_corruption = { independence = { adopted = true, source = "Constitution, art. 90" } } },
    expect = { ["untoc:9.2"] = "unknown" },
  },
}
