-- rules/eu-members.lua: the Member States of the European Union, with the
-- dates they joined and (the United Kingdom) left.  A data file (never
-- executed), read by the engine for every instrument of kind "eu_directive"
-- (engine/applicability.c).  Keys are ISO 3166-1 alpha-3 codes, the profile's
-- `state.code`.
--
--   from          first day of membership (accession treaties in force; the
--                 six founders: the EEC Treaty, in force 1 January 1958)
--   member_until  last day of membership (withdrawal, art. 50 TEU)
--   eu_law_until  last day Union law applied to a State that withdrew (a
--                 transition period); without it, member_until
--
-- A State listed here is assessed from these dates, whatever its profile's
-- `state.eu_member` says (a report names any difference).  `state.eu_member`
-- in a profile serves entities that are not listed: fictional States, or a
-- State whose accession is not yet recorded here.
return {
  source = "Treaties of accession: 1972 (Denmark, Ireland, United Kingdom), 1979 (Greece), 1985 (Spain, Portugal), 1994 (Austria, Finland, Sweden), 2003 (ten States), 2005 (Bulgaria, Romania), 2012 (Croatia); Agreement on the withdrawal of the United Kingdom (OJ L 29, 31.1.2020), arts 126 and 127 (transition period).",
  members = {
    -- The six founders.
    BEL = { name = "Belgium", from = "1958-01-01" },
    DEU = { name = "Germany", from = "1958-01-01" },
    FRA = { name = "France", from = "1958-01-01" },
    ITA = { name = "Italy", from = "1958-01-01" },
    LUX = { name = "Luxembourg", from = "1958-01-01" },
    NLD = { name = "Netherlands", from = "1958-01-01" },
    -- 1973
    DNK = { name = "Denmark", from = "1973-01-01" },
    IRL = { name = "Ireland", from = "1973-01-01" },
    GBR = { name = "United Kingdom", from = "1973-01-01", member_until = "2020-01-31", eu_law_until = "2020-12-31",
            note = "Withdrew on 31 January 2020 (art. 50 TEU); Union law applied to and in the United Kingdom during the transition period, which ended on 31 December 2020 (Withdrawal Agreement, arts 126 and 127)." },
    -- 1981, 1986, 1995
    GRC = { name = "Greece", from = "1981-01-01" },
    ESP = { name = "Spain", from = "1986-01-01" },
    PRT = { name = "Portugal", from = "1986-01-01" },
    AUT = { name = "Austria", from = "1995-01-01" },
    FIN = { name = "Finland", from = "1995-01-01" },
    SWE = { name = "Sweden", from = "1995-01-01" },
    -- 1 May 2004: two days after the three directives of 29 April 2004 were adopted.
    CYP = { name = "Cyprus", from = "2004-05-01" },
    CZE = { name = "Czechia", from = "2004-05-01" },
    EST = { name = "Estonia", from = "2004-05-01" },
    HUN = { name = "Hungary", from = "2004-05-01" },
    LVA = { name = "Latvia", from = "2004-05-01" },
    LTU = { name = "Lithuania", from = "2004-05-01" },
    MLT = { name = "Malta", from = "2004-05-01" },
    POL = { name = "Poland", from = "2004-05-01" },
    SVK = { name = "Slovakia", from = "2004-05-01" },
    SVN = { name = "Slovenia", from = "2004-05-01" },
    -- 2007, 2013: after the 2004 directives' deadlines, so bound from accession.
    BGR = { name = "Bulgaria", from = "2007-01-01" },
    ROU = { name = "Romania", from = "2007-01-01" },
    HRV = { name = "Croatia", from = "2013-07-01" },
  },
}
