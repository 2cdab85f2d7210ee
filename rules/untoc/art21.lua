-- UNTOC article 21 -- Transfer of criminal proceedings
--
-- One sentence, addressed to States: "States Parties SHALL CONSIDER the
-- possibility of transferring to one another proceedings for the prosecution
-- ..." / "Les États parties ENVISAGENT la possibilité de se transférer
-- mutuellement les procédures ...".
--
-- Level: consider ("shall consider" / present indicative "envisagent").  The
-- State must show that it considered the possibility: having a legal basis
-- for transferring or taking over proceedings (a statute, a treaty such as a
-- convention on the transfer of proceedings, or the official denunciation of
-- offences for prosecution) meets it; so does a recorded consideration that
-- ended without adopting a measure (considered = true).  Absence of any
-- consideration is a weak shortcoming of a duty to consider, never a gap.
-- "In cases where such transfer is considered to be in the interests of the
-- proper administration of justice, in particular in cases where several
-- jurisdictions are involved" describes the cases the possibility is meant
-- for; it is not a condition of the duty.
--
-- Nothing in article 21 is left unencoded.

obligation {
  ref = "untoc:21",
  level = "consider",
  title = { en = "Transfer of criminal proceedings",
            fr = "Transfert des procédures pénales" },
  category = "cooperation",
  cluster = 4,
  text = {
    en = [[States Parties shall consider the possibility of transferring to one another proceedings for the prosecution of an offence covered by this Convention in cases where such transfer is considered to be in the interests of the proper administration of justice, in particular in cases where several jurisdictions are involved, with a view to concentrating the prosecution.]],
    fr = [[Les États parties envisagent la possibilité de se transférer mutuellement les procédures relatives à la poursuite d'une infraction visée par la présente convention dans les cas où ce transfert est jugé nécessaire dans l'intérêt d'une bonne administration de la justice et, en particulier lorsque plusieurs juridictions sont concernées, en vue de centraliser les poursuites.]],
  },
  facts = { "transfers.criminal_proceedings" },
  check = function(ctx)
    return lx.measure_finding(ctx, "transfers.criminal_proceedings", {
      what = { en = "the transfer of proceedings for the prosecution of offences to and from other States",
               fr = "le transfert des procédures de poursuite des infractions vers d'autres États et depuis ceux-ci" } })
  end,
}
