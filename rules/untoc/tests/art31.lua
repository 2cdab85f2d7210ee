-- Test cases for UNTOC article 31 (rules/untoc/art31.lua).
return {
  {
    name = "every prevention measure, and the prevention authority notified",
    profile = {
      prevention = {
        national_projects = { adopted = true, source = "National Crime Prevention Strategy 2021-2025, s. 3" },
        best_practices = { adopted = true, source = "National Crime Prevention Strategy 2021-2025" },
        private_sector_cooperation = { adopted = true, source = "Public-Private Partnership Act s. 2" },
        integrity_standards = { adopted = true, source = "Public Integrity Act" },
        professional_codes = { adopted = true, source = "Bar Act s. 30; Notaries Act s. 12; Accountants Act s. 8" },
        procurement_misuse = { adopted = true, source = "Public Procurement Act s. 57 (exclusion of convicted bidders)" },
        subsidies_licences_misuse = { adopted = true, source = "Licensing Act s. 14" },
        legal_persons_records = { adopted = true, source = "Companies Register Act; Beneficial Ownership Register Act" },
        director_disqualification = { adopted = true, source = "Penal Code s. 45" },
        disqualification_records = { adopted = true, source = "Companies Register Act s. 20" },
        records_exchange = { adopted = true, source = "Companies Register Act s. 22" },
        legal_persons_other = { adopted = true, source = "Company Service Providers Act" },
        reintegration = { adopted = true, source = "Prisons Act s. 2" },
        vulnerability_assessment = { adopted = true, source = "National risk assessment 2023" },
        public_awareness = { adopted = true, source = "Ministry of the Interior awareness campaign" },
        media = { adopted = true, source = "Public broadcaster agreement" },
        public_participation = { adopted = true, source = "Anonymous reporting hotline" },
        international_collaboration = { adopted = true, source = "Regional prevention network" },
        international_projects = { adopted = true, source = "UNODC project participation" },
      },
      notifications = {
        { provision = "untoc:31.6", date = "2004-03-01", content = "National Crime Prevention Council, 1 Main Street, Capital" },
      },
    },
    expect = {
      ["untoc:31.1"] = "met", ["untoc:31.2.a"] = "met", ["untoc:31.2.b"] = "met", ["untoc:31.2.c"] = "met",
      ["untoc:31.2.d"] = { status = "met", option = "i+ii+iii+other" },
      ["untoc:31.2.d.i"] = "met", ["untoc:31.2.d.ii"] = "met", ["untoc:31.2.d.iii"] = "met", ["untoc:31.2.d.iv"] = "met",
      ["untoc:31.3"] = "met", ["untoc:31.4"] = "met",
      ["untoc:31.5#awareness"] = "met", ["untoc:31.5#media"] = "met", ["untoc:31.5#participation"] = "met",
      ["untoc:31.6"] = "met", ["untoc:31.7"] = "met",
    },
  },
  {
    name = "no prevention measure; notifications listed without one under 31(6)",
    profile = {
      prevention = {
        national_projects = { adopted = false }, best_practices = { adopted = false },
        private_sector_cooperation = { adopted = false }, integrity_standards = { adopted = false },
        professional_codes = { adopted = false }, procurement_misuse = { adopted = false },
        subsidies_licences_misuse = { adopted = false }, legal_persons_records = { adopted = false },
        director_disqualification = { adopted = false }, disqualification_records = { adopted = false },
        legal_persons_other = { adopted = false }, reintegration = { adopted = false },
        vulnerability_assessment = { adopted = false }, public_awareness = { adopted = false },
        media = { adopted = false }, public_participation = { adopted = false },
        international_collaboration = { adopted = false }, international_projects = { adopted = false },
      },
      notifications = {
        { provision = "untoc:18.13", date = "2004-03-01", content = "Central authority: Ministry of Justice" },
      },
    },
    expect = {
      ["untoc:31.1"] = "not_met", ["untoc:31.2.a"] = "not_met", ["untoc:31.2.b"] = "not_met", ["untoc:31.2.c"] = "not_met",
      ["untoc:31.2.d"] = "not_met", ["untoc:31.2.d.i"] = "not_met", ["untoc:31.2.d.ii"] = "not_met", ["untoc:31.2.d.iii"] = "not_met",
      ["untoc:31.2.d.iv"] = "not_applicable",
      ["untoc:31.3"] = "not_met", ["untoc:31.4"] = "not_met",
      ["untoc:31.5#awareness"] = "not_met", ["untoc:31.5#media"] = "not_met", ["untoc:31.5#participation"] = "not_met",
      ["untoc:31.6"] = "not_met", ["untoc:31.7"] = "not_met",
    },
  },
  {
    name = "nothing known about prevention or notifications",
    profile = {},
    expect = {
      ["untoc:31.1"] = "unknown", ["untoc:31.2.a"] = "unknown", ["untoc:31.2.b"] = "unknown", ["untoc:31.2.c"] = "unknown",
      ["untoc:31.2.d"] = "unknown", ["untoc:31.2.d.i"] = "unknown", ["untoc:31.2.d.ii"] = "unknown", ["untoc:31.2.d.iii"] = "unknown",
      ["untoc:31.2.d.iv"] = "unknown",
      ["untoc:31.3"] = "unknown", ["untoc:31.4"] = "unknown",
      ["untoc:31.5#awareness"] = "unknown", ["untoc:31.5#media"] = "unknown", ["untoc:31.5#participation"] = "unknown",
      ["untoc:31.6"] = "unknown", ["untoc:31.7"] = "unknown",
    },
  },
  {
    name = "half the elements of paragraphs 1, 2(b), 2(c) and 7",
    profile = {
      prevention = {
        national_projects = { adopted = true, source = "Youth prevention project, evaluated 2022" }, best_practices = { adopted = false },
        integrity_standards = { adopted = true, source = "Public Integrity Act" }, professional_codes = { adopted = false },
        procurement_misuse = { adopted = true, source = "Public Procurement Act s. 57" }, subsidies_licences_misuse = { adopted = false },
        international_collaboration = { adopted = true, source = "Regional prevention network" }, international_projects = { adopted = false },
      },
    },
    expect = { ["untoc:31.1"] = "partly_met", ["untoc:31.2.b"] = "partly_met", ["untoc:31.2.c"] = "partly_met", ["untoc:31.7"] = "partly_met" },
  },
  {
    name = "no cooperation with private entities, fundamental principles invoked: 31(2)(a) not applicable",
    profile = {
      prevention = { private_sector_cooperation = { adopted = false } },
      principles = { { provisions = { "untoc:31.2" }, statement = "The police may not enter into agreements with private undertakings.", source = "Police Act s. 1; Constitution art. 33" } },
    },
    expect = { ["untoc:31.2.a"] = "not_applicable" },
  },
  {
    name = "integrity standards without professional codes, principle invoked: 31(2)(b) met",
    profile = {
      prevention = { integrity_standards = { adopted = true, source = "Public Integrity Act" }, professional_codes = { adopted = false } },
      principles = { { provisions = { "untoc:31.2.b" }, statement = "The independence of the bar excludes codes of conduct imposed by the State.", source = "Constitution art. 41" } },
    },
    expect = { ["untoc:31.2.b"] = { status = "met", option = "fundamental-principles" } },
  },
  {
    name = "misuse of legal persons prevented only by disqualifying directors",
    profile = {
      prevention = {
        legal_persons_records = { adopted = false }, director_disqualification = { adopted = true, source = "Penal Code s. 45" },
        disqualification_records = { adopted = false }, legal_persons_other = { adopted = false },
      },
    },
    expect = { ["untoc:31.2.d"] = { status = "met", option = "ii" }, ["untoc:31.2.d.iv"] = "not_applicable" },
  },
  {
    name = "records kept but not exchanged: 31(2)(d)(iv) not met",
    profile = { prevention = { legal_persons_records = { adopted = true, source = "Companies Register Act" }, records_exchange = { adopted = false } } },
    expect = { ["untoc:31.2.d.iv"] = "not_met" },
  },
  {
    name = "periodic evaluation considered and pursued: met as considered",
    profile = { prevention = { vulnerability_assessment = { adopted = false, considered = true, note = "First national risk assessment under way." } } },
    expect = { ["untoc:31.4"] = { status = "met", option = "considered" } },
  },
  {
    name = "prevention authority notified only after the as-of date",
    as_of = "2010-01-01",
    profile = { notifications = { { provision = "untoc:31.6", date = "2015-06-01", content = "Crime Prevention Council" } } },
    expect = { ["untoc:31.6"] = "not_met" },
  },
}
