-- Cybercrime Convention article 48 -- Joint investigations (Enquêtes
-- conjointes)
--
-- The twin of UNTOC art. 19, sentence for sentence; the same facts serve
-- both (investigation.jit_agreements, investigation.jit_case_by_case):
-- agreements on joint investigative bodies and case-by-case joint
-- investigations are not tied to one treaty's offences (an agreement limited
-- to organized crime is entered as "partly").  The article is one
-- unnumbered paragraph; each sentence is a clause:
--   * "agreements": "Les États parties envisagent de conclure": CONSIDER;
--   * "case-by-case": "des enquêtes conjointes peuvent être décidées au cas
--     par cas": OPTIONAL.
-- Not encoded: the third sentence, "veillent à ce que la souveraineté ...
-- soit pleinement respectée", binds the States taking part in a given joint
-- investigation as to how they conduct it; no measure of national law shows
-- it in advance (as UNTOC 19, third sentence).
--
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

obligation {
  ref = "cybercrime:48",
  clause = "agreements",
  twin = "untoc:19#agreements",
  level = "consider",
  title = { en = "Agreements or arrangements on joint investigative bodies",
            fr = "Accords ou arrangements sur les instances d'enquête conjointes" },
  category = "investigation",
  cluster = 5,
  text = {
    fr = [[Les États parties envisagent de conclure des accords ou des arrangements bilatéraux ou multilatéraux en vertu desquels, pour les infractions établies conformément à la présente Convention qui font l'objet d'enquêtes pénales, de poursuites ou de procédures judiciaires dans un ou plusieurs États, les autorités compétentes concernées peuvent établir des instances d'enquête conjointes.]],
    en = [[States Parties shall consider concluding bilateral or multilateral agreements or arrangements whereby, in relation to offences established in accordance with this Convention that are the subject of criminal investigations, prosecutions or judicial proceedings in one or more States, the competent authorities concerned may establish joint investigative bodies.]],
  },
  facts = { "investigation.jit_agreements" },
  note = "Twin of untoc:19#agreements (same fact).",
  check = function(ctx)
    return lx.measure_finding(ctx, "investigation.jit_agreements", {
      what = { en = "bilateral or multilateral agreements or arrangements under which its competent authorities may establish joint investigative bodies with those of other States",
               fr = "des accords ou arrangements bilatéraux ou multilatéraux permettant à ses autorités compétentes d'établir des instances d'enquête conjointes avec celles d'autres États" } })
  end,
}

obligation {
  ref = "cybercrime:48",
  clause = "case-by-case",
  twin = "untoc:19#case-by-case",
  level = "optional",
  title = { en = "Joint investigations agreed case by case",
            fr = "Enquêtes conjointes décidées au cas par cas" },
  category = "investigation",
  cluster = 5,
  text = {
    fr = [[En l'absence de tels accords ou arrangements, des enquêtes conjointes peuvent être décidées au cas par cas.]],
    en = [[In the absence of such agreements or arrangements, joint investigations may be undertaken by agreement on a case-by-case basis.]],
  },
  facts = { "investigation.jit_case_by_case" },
  note = "Twin of untoc:19#case-by-case (same fact).",
  check = function(ctx)
    return lx.measure_finding(ctx, "investigation.jit_case_by_case", {
      what = { en = "joint investigations agreed on a case-by-case basis with States to which no agreement or arrangement on joint investigations binds it",
               fr = "des enquêtes conjointes décidées au cas par cas avec des États auxquels aucun accord ou arrangement sur les enquêtes conjointes ne le lie" } })
  end,
}
