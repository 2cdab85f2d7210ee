-- Deontic levels of Directive 2004/82/EC provisions where the cue words of
-- the French official text mislead.  A data file (never executed), read by
-- `lexgap coverage` (see docs/rules.md, Coverage).  "none": the provision
-- puts no duty on the Member States.
return {
  -- Art. 1: purpose.  Art. 2: definitions.
  ["eu-2004-82:1"] = "none",
  ["eu-2004-82:2"] = "none",
  -- Art. 3(2): the items the information comprises, part of the duty of
  -- 3(1) and encoded with it (« Parmi ces renseignements figurent »).
  ["eu-2004-82:3.2"] = "mandatory",
  -- Art. 3(3): carriers' Schengen duties remain: a saving clause.
  ["eu-2004-82:3.3"] = "none",
  -- Art. 4(2): « n'empêche pas les États membres d'adopter ou de maintenir
  -- ... d'autres sanctions »: an option.
  ["eu-2004-82:4.2"] = "optional",
  -- Art. 8: entry into force.  Art. 9: addressees (« sont destinataires »).
  ["eu-2004-82:8"] = "none",
  ["eu-2004-82:9"] = "none",
}
