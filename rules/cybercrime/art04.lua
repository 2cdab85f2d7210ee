-- Cybercrime Convention article 4 -- Offences established in accordance with
-- other United Nations conventions and protocols
--
-- 4(1) is mandatory ("veillent à ce que"), for the conventions and
-- protocols the State is a party to: their offences must also be offences
-- when committed through ICT systems.  Technology-neutral wording ("par
-- quelque moyen que ce soit") meets it as well as specific provisions do;
-- the profile states it as the measure offences_by_ict.other_un_conventions
-- and lists under `missing` the offences that are not reached.
-- 4(2) is an interpretation clause (levels.lua "none"): it establishes no
-- offence under this Convention, so those offences are not Convention
-- offences for arts 17-22 and the cooperation chapter.
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

obligation {
  ref = "cybercrime:4.1",
  level = "mandatory",
  title = { en = "Offences of other UN conventions committed through ICT systems",
            fr = "Infractions d'autres conventions des Nations Unies commises au moyen de systèmes d'information et de communication" },
  category = "criminalization",
  cluster = 1,
  text = {
    fr = [[Lorsqu'ils donnent effet à d'autres conventions et protocoles des Nations Unies applicables auxquels ils sont parties, les États parties à la présente Convention veillent à ce que les infractions pénales établies conformément à ces conventions et protocoles soient aussi considérées comme des infractions pénales au regard du droit interne quand elles sont commises au moyen de systèmes d'information et de communication.]],
    en = [[In giving effect to other applicable United Nations conventions and protocols to which they are Parties, States Parties shall ensure that criminal offences established in accordance with such conventions and protocols are also considered criminal offences under domestic law when committed through the use of information and communications technology systems.]],
  },
  facts = { "offences_by_ict.other_un_conventions" },
  check = function(ctx)
    return lx.measure_finding(ctx, "offences_by_ict.other_un_conventions", {
      what = { en = "the offences of the other UN conventions and protocols to which the State is a party also when committed through ICT systems",
               fr = "les infractions des autres conventions et protocoles des Nations Unies auxquels l'État est partie aussi lorsqu'elles sont commises au moyen de systèmes d'information et de communication" } })
  end,
}

not_encoded {
  ref = "cybercrime:4.2",
  reason = { en = "Interpretation clause: article 4 establishes no offence in accordance with this Convention.",
             fr = "Clause d'interprétation : l'article 4 n'établit aucune infraction conformément à la présente Convention." },
}
