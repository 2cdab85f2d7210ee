-- Cases for Cybercrime Convention art. 20 (prospective).  The limitation
-- facts are those UNTOC art. 11(5) reads.
return {
  {
    name = "20: a long period, suspended where the offender evades justice",
    prospective = true,
    profile = { prosecution = { limitation = { adopted = true, source = "CPP art. 8", years = 6 }, limitation_evasion = { adopted = true, source = "CPP art. 9-3" } } },
    expect = { ["cybercrime:20"] = { status = "met", option = "limitation-periods" } },
  },
  {
    name = "20: no limitation at all",
    prospective = true,
    profile = { prosecution = { limitation = { adopted = true, source = "Criminal Code s. 90", no_limitation = true } } },
    expect = { ["cybercrime:20"] = { status = "met", option = "no-limitation" } },
  },
  {
    name = "20: a long period, nothing for evasion: partly met",
    prospective = true,
    profile = { prosecution = { limitation = { adopted = true, source = "CPP art. 8", years = 6 }, limitation_evasion = { adopted = false, source = "CPP art. 9-2" } } },
    expect = { ["cybercrime:20"] = "partly_met" },
  },
  {
    name = "20: neither: not met",
    prospective = true,
    profile = { prosecution = { limitation = { adopted = false }, limitation_evasion = { adopted = false } } },
    expect = { ["cybercrime:20"] = "not_met" },
  },
  {
    name = "20: nothing for evasion, explained as not appropriate (lorsqu'il y a lieu)",
    prospective = true,
    profile = { prosecution = { limitation = { adopted = true, source = "CPP art. 8", years = 10 }, limitation_evasion = { adopted = false } }, principles = { { provisions = { "cybercrime:20" }, statement = "The period is interrupted by every act of prosecution, so a fugitive gains nothing", source = "Ministry of Justice reply" } } },
    expect = { ["cybercrime:20"] = { status = "met", option = "where-appropriate" } },
  },
  {
    name = "20: the profile does not say",
    prospective = true,
    expect = { ["cybercrime:20"] = "unknown" },
  },
}
