-- UNTOC article 17 -- Transfer of sentenced persons
--
-- One sentence, addressed to States: "States Parties MAY CONSIDER entering
-- into bilateral or multilateral agreements or arrangements on the transfer
-- ..." / "Les États parties PEUVENT ENVISAGER de conclure des accords ou
-- arrangements ...".
--
-- Level: optional.  Both authentic texts (art. 41) are permissive: "may
-- consider" grants a faculty and imposes no duty even to consider, unlike
-- "shall consider" (art. 21, "envisagent") which is the consider level.
-- DOMAIN.md lists "peut envisager" among the French cues of the consider
-- level, but the cue cannot override the English "may", and the two texts are
-- reconciled by the reading common to both (a faculty); the pack reads the
-- identical wording of art. 12(7) ("may consider the possibility" / "peuvent
-- envisager") as optional too, and the UNODC legislative guide treats
-- article 17 as an optional measure.  Consequently the finding is never a gap:
-- "met" means the State has such agreements (the option is used), "not met"
-- means it has none (reported as "not adopted (optional)").
--
-- Nothing in article 17 is left unencoded.

obligation {
  ref = "untoc:17",
  level = "optional",
  title = { en = "Agreements on the transfer of sentenced persons",
            fr = "Accords sur le transfèrement des personnes condamnées" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[States Parties may consider entering into bilateral or multilateral agreements or arrangements on the transfer to their territory of persons sentenced to imprisonment or other forms of deprivation of liberty for offences covered by this Convention, in order that they may complete their sentences there.]],
    fr = [[Les États parties peuvent envisager de conclure des accords ou arrangements bilatéraux ou multilatéraux relatifs au transfert sur leur territoire de personnes condamnées à des peines d'emprisonnement ou autres peines privatives de liberté du fait d'infractions visées par la présente convention afin qu'elles puissent y purger le reste de leur peine.]],
  },
  facts = { "transfers.sentenced_persons" },
  check = function(ctx)
    return lx.measure_finding(ctx, "transfers.sentenced_persons", {
      what = { en = "participation in bilateral or multilateral agreements or arrangements on the transfer of sentenced persons so that they may complete their sentences in their own country",
               fr = "la participation à des accords ou arrangements bilatéraux ou multilatéraux sur le transfèrement des personnes condamnées afin qu'elles purgent leur peine dans leur pays" } })
  end,
}
