-- UNTOC article 19 -- Joint investigations
--
-- The article is one unnumbered paragraph of three sentences, each at its own
-- level (references are therefore "untoc:19", with a clause id):
--   * first sentence, "States Parties shall consider concluding bilateral or
--     multilateral agreements or arrangements" / "Les États parties
--     envisagent de conclure": a duty to CONSIDER (clause "agreements").
--     Concluding such agreements meets it; so does a profile showing that the
--     State considered them and chose not to conclude any
--     (investigation.jit_agreements, `considered = true`).
--   * second sentence, "In the absence of such agreements or arrangements,
--     joint investigations may be undertaken by agreement on a case-by-case
--     basis" / "peuvent être décidées au cas par cas": permissive, OPTIONAL
--     (clause "case-by-case").  What a profile can show is whether national
--     law lets the competent authorities set up a joint investigation with a
--     State to which no agreement binds them (investigation.jit_case_by_case).
--     Informational only, never a gap.
--
-- Not encoded:
--   * third sentence, "The States Parties involved shall ensure that the
--     sovereignty of the State Party in whose territory such investigation is
--     to take place is fully respected" / "veillent à ce que la souveraineté
--     ... soit pleinement respectée".  It binds the States taking part in a
--     given joint investigation as to how they conduct it; it restates, for
--     that case, the principle of art. 4(1) (protection of sovereignty), which
--     this pack does not encode either.  It requires no legislative or
--     administrative measure that a country profile could show in advance:
--     whether sovereignty was respected is a question about the conduct of a
--     particular investigation, not about national law.

obligation {
  ref = "untoc:19",
  clause = "agreements",
  level = "consider",
  title = { en = "Agreements or arrangements on joint investigative bodies",
            fr = "Accords ou arrangements sur les instances d'enquête conjointes" },
  category = "investigation",
  cluster = 3,
  text = {
    en = [[States Parties shall consider concluding bilateral or multilateral agreements or arrangements whereby, in relation to matters that are the subject of investigations, prosecutions or judicial proceedings in one or more States, the competent authorities concerned may establish joint investigative bodies.]],
    fr = [[Les États parties envisagent de conclure des accords ou arrangements bilatéraux ou multilatéraux en vertu desquels, pour les affaires qui font l'objet d'enquêtes, de poursuites ou de procédures judiciaires dans un ou plusieurs États, les autorités compétentes concernées peuvent établir des instances d'enquêtes conjointes.]],
  },
  facts = { "investigation.jit_agreements" },
  -- Consider level: lx.measure_finding reports "met" for agreements concluded
  -- and for a documented consideration (option "considered"); "not_met"
  -- means no sign that the State ever considered them.
  check = function(ctx)
    return lx.measure_finding(ctx, "investigation.jit_agreements", {
      what = { en = "bilateral or multilateral agreements or arrangements under which its competent authorities may establish joint investigative bodies with those of other States",
               fr = "des accords ou arrangements bilatéraux ou multilatéraux permettant à ses autorités compétentes d'établir des instances d'enquête conjointes avec celles d'autres États" } })
  end,
}

obligation {
  ref = "untoc:19",
  clause = "case-by-case",
  level = "optional",
  title = { en = "Joint investigations agreed case by case",
            fr = "Enquêtes conjointes décidées au cas par cas" },
  category = "investigation",
  cluster = 3,
  text = {
    en = [[In the absence of such agreements or arrangements, joint investigations may be undertaken by agreement on a case-by-case basis.]],
    fr = [[En l'absence de tels accords ou arrangements, des enquêtes conjointes peuvent être décidées au cas par cas.]],
  },
  facts = { "investigation.jit_case_by_case" },
  check = function(ctx)
    return lx.measure_finding(ctx, "investigation.jit_case_by_case", {
      what = { en = "joint investigations agreed on a case-by-case basis with States to which no agreement or arrangement on joint investigations binds it",
               fr = "des enquêtes conjointes décidées au cas par cas avec des États auxquels aucun accord ou arrangement sur les enquêtes conjointes ne le lie" } })
  end,
}
