-- Deontic levels of Directive 2004/80/EC where the cue words of the French
-- text mislead.  A data file (never executed), read by `lexgap coverage`.
--
-- The French reading recognises « les États membres veillent / mettent en
-- place / désignent / s'efforcent / peuvent » but not duties laid on the
-- State's authorities in the present indicative (« l'autorité chargée de
-- l'assistance fournit / transmet », « l'autorité de décision transmet ») nor
-- passive forms (« l'indemnité est versée »).  These bind the Member State,
-- which must lay them on its authorities: mandatory.
return {
  -- Art. 2: the State where the crime was committed pays (passive form).
  ["eu-2004-80:2"] = "mandatory",
  -- Arts 5, 6(1)-(2), 8, 10 and 11: duties of the assisting and deciding
  -- authorities (5(3) and 9(2) are prohibitions, also mandatory).
  ["eu-2004-80:5"] = "mandatory",
  ["eu-2004-80:6"] = "mandatory",
  ["eu-2004-80:8"] = "mandatory",
  ["eu-2004-80:10"] = "mandatory",
  ["eu-2004-80:11"] = "mandatory",
  -- Art. 6(3): a cross-reference to the language rules of art. 11(1).
  ["eu-2004-80:6.3"] = "none",
  -- Art. 12(1): describes how the system works on the national schemes.
  ["eu-2004-80:12.1"] = "none",
  -- Art. 13(1): « transmettent à la Commission »: a duty of the State.
  ["eu-2004-80:13.1"] = "mandatory",
  -- Art. 17: « n'empêche pas les États membres ... d'adopter ou de maintenir
  -- des dispositions plus favorables »: a saving clause, no duty and no
  -- option the directive itself opens.
  ["eu-2004-80:17"] = "none",
  -- Art. 18(1): « mettent en vigueur ... Ils en informent immédiatement la
  -- Commission ».
  ["eu-2004-80:18.1"] = "mandatory",
  -- Arts 20 and 21: entry into force and addressees.
  ["eu-2004-80:20"] = "none",
  ["eu-2004-80:21"] = "none",
}
