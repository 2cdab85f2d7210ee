-- Cybercrime Convention article 39 -- Transfer of criminal proceedings
-- (Transfert des procédures pénales)
--
-- 39(1) "Les États parties envisagent la possibilité de se transférer
--   mutuellement les procédures": consider, the twin of UNTOC art. 21,
--   read from the same fact (transfers.criminal_proceedings): the national
--   rules on transferring or taking over proceedings are general.  A State
--   that considered it without providing for it meets the duty to consider.
-- 39(2) "il peut considérer la présente Convention comme la base légale du
--   transfert": optional, new in this Convention (UNTOC has no such
--   paragraph); fact transfers.proceedings_convention_basis.  It concerns a
--   State that makes the transfer of proceedings conditional on a treaty;
--   the profile states the option directly (a State that needs no treaty
--   enters it as not adopted with a note, and nothing is lost: optional).
-- The English wording below is an unofficial translation of the French
-- official text; reports label it so.

obligation {
  ref = "cybercrime:39.1",
  level = "consider",
  title = { en = "Transfer of criminal proceedings", fr = "Transfert des procédures pénales" },
  category = "cooperation",
  cluster = 5,
  serves = { "untoc:21" },
  text = {
    fr = [[Les États parties envisagent la possibilité de se transférer mutuellement les procédures relatives à la poursuite pénale d'une infraction établie conformément à la présente Convention quand ce transfert est considéré comme étant dans l'intérêt d'une bonne administration de la justice et, en particulier lorsque plusieurs systèmes juridiques sont concernés, en vue de centraliser les poursuites.]],
    en = [[States Parties shall consider the possibility of transferring to one another proceedings for the prosecution of an offence established in accordance with this Convention in cases where such transfer is considered to be in the interests of the proper administration of justice, in particular in cases where several jurisdictions are involved, with a view to concentrating the prosecution.]],
  },
  facts = { "transfers.criminal_proceedings" },
  check = function(ctx)
    return lx.measure_finding(ctx, "transfers.criminal_proceedings", {
      what = { en = "the transfer of proceedings for the prosecution of offences to and from other States",
               fr = "le transfert des procédures de poursuite des infractions vers d'autres États et depuis ceux-ci" } })
  end,
}

obligation {
  ref = "cybercrime:39.2",
  level = "optional",
  title = { en = "The Convention as the legal basis for a transfer of proceedings", fr = "La Convention comme base légale du transfert des procédures" },
  category = "cooperation",
  cluster = 5,
  text = {
    fr = [[Si un État partie qui subordonne le transfert des procédures pénales à l'existence d'un traité reçoit une demande de transfert d'un État partie avec lequel il n'a pas conclu pareil traité, il peut considérer la présente Convention comme la base légale du transfert des procédures pénales pour les infractions auxquelles le présent article s'applique.]],
    en = [[If a State Party that makes the transfer of criminal proceedings conditional on the existence of a treaty receives a request for transfer from another State Party with which it has no such treaty, it may consider this Convention the legal basis for the transfer of criminal proceedings in respect of the offences to which this article applies.]],
  },
  facts = { "transfers.proceedings_convention_basis" },
  check = function(ctx)
    return lx.measure_finding(ctx, "transfers.proceedings_convention_basis", {
      what = { en = "this Convention to serve as the legal basis for a transfer of criminal proceedings with a State Party with which there is no treaty",
               fr = "que la présente Convention serve de base légale au transfert des procédures pénales avec un État partie avec lequel aucun traité n'est en vigueur" } })
  end,
}
