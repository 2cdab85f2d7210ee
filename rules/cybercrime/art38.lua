-- Cybercrime Convention article 38 -- Transfer of sentenced persons
-- (Transfèrement des personnes condamnées)
--
-- "Les États parties peuvent, en tenant compte des droits des personnes
-- condamnées, envisager de conclure des accords": optional ("peuvent ...
-- envisager", as UNTOC art. 17, read there as optional).  The same fact as
-- UNTOC art. 17 (transfers.sentenced_persons): a State's agreements on the
-- transfer of sentenced persons are general, not limited to one treaty's
-- offences.  Its second sentence ("Ils peuvent aussi tenir compte des
-- questions relatives au consentement, à la réadaptation et à la
-- réinsertion") is a further option within the same agreements.
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

obligation {
  ref = "cybercrime:38",
  level = "optional",
  title = { en = "Agreements on the transfer of sentenced persons", fr = "Accords sur le transfèrement des personnes condamnées" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:17" },
  text = {
    fr = [[Les États parties peuvent, en tenant compte des droits des personnes condamnées, envisager de conclure des accords ou des arrangements bilatéraux ou multilatéraux relatifs au transfèrement sur leur territoire de personnes condamnées à des peines d'emprisonnement ou à d'autres peines privatives de liberté à raison d'infractions établies conformément à la présente Convention afin qu'elles puissent y purger le reliquat de leur peine. Ils peuvent aussi tenir compte des questions relatives au consentement, à la réadaptation et à la réinsertion.]],
    en = [[States Parties may, taking into consideration the rights of sentenced persons, consider entering into bilateral or multilateral agreements or arrangements on the transfer to their territory of persons sentenced to imprisonment or other forms of deprivation of liberty for offences established in accordance with this Convention, in order that they may complete their sentences there. States Parties may also take into consideration issues relating to consent, rehabilitation and reintegration.]],
  },
  facts = { "transfers.sentenced_persons" },
  check = function(ctx)
    return lx.measure_finding(ctx, "transfers.sentenced_persons", {
      what = { en = "agreements or arrangements on the transfer of sentenced persons so that they may complete their sentences in their own country",
               fr = "des accords ou arrangements sur le transfèrement des personnes condamnées afin qu'elles purgent le reliquat de leur peine dans leur pays" } })
  end,
}
