-- Deontic levels of Directive 2004/81/EC provisions where the cue words of
-- the French official text mislead.  A data file (never executed), read by
-- `lexgap coverage` (see docs/rules.md, Coverage).  "none": the provision
-- puts no duty on the Member States (definitions, scope, saving clauses,
-- provisions addressed to the Commission, final clauses).
return {
  -- Art. 1: subject matter.  Art. 2: definitions (« on entend par »; 2(e)
  -- « délivrée par un État membre permettant » is no verb of a State).
  ["eu-2004-81:1"] = "none",
  ["eu-2004-81:2"] = "none",
  -- Art. 4: more favourable provisions (« n'empêche pas »): a permission.
  ["eu-2004-81:4"] = "none",
  -- Art. 5: « elles informent », the competent authorities as subject: a
  -- duty (the second subparagraph's « peuvent décider » is an option, encoded
  -- as the clause eu-2004-81:5#ngos).
  ["eu-2004-81:5"] = "mandatory",
  -- Art. 6(3): the reflection period confers no right of residence: a limit.
  ["eu-2004-81:6.3"] = "none",
  -- Art. 8(2): the conditions of the permit (« la délivrance ... exige »),
  -- part of the duty of 8(1) and encoded with it.
  ["eu-2004-81:8.2"] = "mandatory",
  -- Art. 8(3): « est valable pendant une période minimale de six mois. Il est
  -- renouvelé »: passive duties of the State.
  ["eu-2004-81:8.3"] = "mandatory",
  -- Art. 11(2): conditions and procedures set by the competent authorities
  -- under national law: leaves the content to the State.
  ["eu-2004-81:11.2"] = "none",
  -- Art. 12(1): « ont le droit d'accéder »: a right of the persons concerned,
  -- a duty of the State (its second subparagraph, « peuvent prévoir », is an
  -- option, encoded as the clause eu-2004-81:12.1#specific).
  ["eu-2004-81:12.1"] = "mandatory",
  -- Art. 13(1): binding in form, but art. 4 allows more favourable
  -- provisions, so non-renewal is in effect the State's choice (art13.lua
  -- explains the reading).  Art. 13(2): the general law on aliens applies on
  -- expiry, no measure.
  ["eu-2004-81:13.1"] = "optional",
  ["eu-2004-81:13.2"] = "none",
  -- Art. 15: saving clause.
  ["eu-2004-81:15"] = "none",
  -- Art. 16(2): the Commission's later reports.
  ["eu-2004-81:16.2"] = "none",
  -- Art. 18: entry into force.  Art. 19: addressees (« sont destinataires »).
  ["eu-2004-81:18"] = "none",
  ["eu-2004-81:19"] = "none",
}
