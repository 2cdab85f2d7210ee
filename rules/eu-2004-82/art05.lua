-- Directive 2004/82/EC article 5 -- Remedies
--
-- Mandatory (« veillent à ce que »): carriers against which sanction
-- proceedings are brought have effective rights of defence and appeal
-- (recital 10).

obligation {
  ref = "eu-2004-82:5",
  level = "mandatory",
  title = { en = "Effective remedies for carriers", fr = "Droits de recours effectifs des transporteurs" },
  category = "data_transfer",
  text = {
    fr = [[Les États membres veillent à ce que leurs dispositions législatives, réglementaires ou administratives prévoient que les transporteurs à l'encontre desquels une action a été intentée en vue de leur appliquer des sanctions disposent de droits de recours effectifs.]],
  },
  facts = { "carrier_data.remedies" },
  check = function(ctx)
    return lx.measure_finding(ctx, "carrier_data.remedies", {
      what = { en = "effective rights of appeal for carriers against which sanction proceedings are brought",
               fr = "des droits de recours effectifs pour les transporteurs à l'encontre desquels une action en vue de sanctions est intentée" } })
  end,
}
