-- Article 15 (jurisdiction), shortened: enough findings for matrix, history
-- and diff to have something to show.
obligation {
  ref = "untoc:15.1.a", level = "mandatory", category = "jurisdiction", cluster = 1,
  title = { en = "Territorial jurisdiction", fr = "Compétence territoriale" },
  text = { en = "(a) The offence is committed in the territory of that State Party;" },
  facts = { "jurisdiction.territory" },
  check = function(ctx)
    return lx.measure_finding(ctx, "jurisdiction.territory", { what = { en = "Territorial jurisdiction", fr = "Compétence territoriale" } })
  end,
}

obligation {
  ref = "untoc:15.1.b", level = "mandatory", category = "jurisdiction", cluster = 1,
  title = { en = "Flag jurisdiction", fr = "Compétence du pavillon" },
  text = { en = "(b) The offence is committed on board a vessel that is flying the flag of that State Party." },
  facts = { "jurisdiction.flag_vessels" },
  check = function(ctx)
    return lx.measure_finding(ctx, "jurisdiction.flag_vessels", { what = { en = "Flag jurisdiction", fr = "Compétence du pavillon" } })
  end,
}

obligation {
  ref = "untoc:15.2.a", level = "optional", category = "jurisdiction", cluster = 1,
  title = { en = "Passive personality", fr = "Personnalité passive" },
  text = { en = "(a) The offence is committed against a national of that State Party;" },
  facts = { "jurisdiction.passive_personality" },
  check = function(ctx)
    return lx.measure_finding(ctx, "jurisdiction.passive_personality", { what = { en = "Passive personality", fr = "Personnalité passive" } })
  end,
}

obligation {
  ref = "untoc:15.3", level = "mandatory", category = "jurisdiction", cluster = 1,
  title = { en = "Nationals not extradited", fr = "Nationaux non extradés" },
  text = { en = "3. For the purposes of article 16, paragraph 10, each State Party shall adopt such measures." },
  facts = { "jurisdiction.non_extradited_nationals" },
  check = function(ctx)
    return lx.measure_finding(ctx, "jurisdiction.non_extradited_nationals", { what = { en = "Nationals not extradited", fr = "Nationaux non extradés" } })
  end,
}
