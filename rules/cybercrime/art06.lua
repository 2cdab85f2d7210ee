-- Cybercrime Convention article 6 -- Respect for human rights
--
-- 6(1) is mandatory ("s'acquittent de leurs obligations ... d'une manière
-- compatible avec les obligations que leur impose le droit international
-- des droits de l'homme").  What a profile can show is that the measures
-- implementing the Convention are bound by those obligations and that this
-- can be enforced (treaties applicable in domestic law, review of laws and
-- measures by courts): the measure human_rights.implementation_consistent.
-- The safeguards of each procedural power are assessed with art. 24; this
-- rule does not judge any particular measure.
-- 6(2) is an interpretation clause (levels.lua "none").
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

obligation {
  ref = "cybercrime:6.1",
  level = "mandatory",
  title = { en = "Implementation consistent with international human rights law",
            fr = "Mise en œuvre compatible avec le droit international des droits de l'homme" },
  category = "implementation",
  cluster = 1,
  text = {
    fr = [[Les États parties s'acquittent de leurs obligations au titre de la présente Convention d'une manière compatible avec les obligations que leur impose le droit international des droits de l'homme.]],
    en = [[States Parties shall ensure that the implementation of their obligations under this Convention is consistent with their obligations under international human rights law.]],
  },
  facts = { "human_rights.implementation_consistent" },
  check = function(ctx)
    return lx.measure_finding(ctx, "human_rights.implementation_consistent", {
      what = { en = "that the measures implementing the Convention are bound by the State's international human rights obligations, and a way to enforce them",
               fr = "que les mesures de mise en œuvre de la Convention sont tenues par les obligations internationales de l'État en matière de droits de l'homme, et un moyen de les faire respecter" } })
  end,
}

not_encoded {
  ref = "cybercrime:6.2",
  reason = { en = "Interpretation clause: nothing in the Convention may be read as permitting the suppression of human rights or fundamental freedoms; it requires no measure of its own.",
             fr = "Clause d'interprétation : aucune disposition de la Convention ne peut être interprétée comme autorisant la répression des droits de l'homme ou des libertés fondamentales ; elle n'exige aucune mesure propre." },
}
