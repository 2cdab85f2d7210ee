-- Deontic levels of UNTOC provisions where the cue words of the official text
-- mislead.  A data file (never executed), read by `lexgap coverage`.
--
-- `lexgap coverage` derives each provision's level from the cue words of the
-- English text (shared/DOMAIN.md section 2): "shall" mandatory, "shall
-- consider" consider, "shall endeavour" / "shall seek" endeavour, "may"
-- optional ("may not" is a prohibition, mandatory), in the provision's own
-- words or else in the chapeau it completes.  An entry here replaces that
-- derivation for the provision and its sub-paragraphs (unless they have an
-- entry of their own).  "none": the provision puts no duty on States
-- (definitions, scope and saving clauses, provisions addressed to the
-- Conference of the Parties or the Secretary-General, final clauses), so it
-- is neither encoded nor uncovered.
--
-- "May consider" is optional (DOMAIN.md: "may" is optional; art. 12(7) is
-- listed there as optional); the derivation already reads it so (arts 12(7),
-- 14(3), 16(4), 17, 26(5)), so it needs no entry.
return {
  -- Art. 2: definitions ("shall mean").
  ["untoc:2"] = "none",
  -- Art. 3: scope of application ("This Convention shall apply").
  ["untoc:3"] = "none",
  -- Art. 4: sovereignty, a principle of interpretation and a limit, no measure.
  ["untoc:4"] = "none",
  -- Art. 7(3): "States Parties are called upon to use as a guideline" the
  -- initiatives of other organisations: hortatory, no cue word.
  ["untoc:7.3"] = "optional",
  -- Art. 8(4): definition of "public official".
  ["untoc:8.4"] = "none",
  -- Art. 11(6): saving clause ("Nothing contained in this Convention shall
  -- affect the principle...").
  ["untoc:11.6"] = "none",
  -- Art. 12(8): rights of bona fide third parties; 12(9): saving clause.
  ["untoc:12.8"] = "none",
  ["untoc:12.9"] = "none",
  -- Art. 13(4): decisions are taken under the requested State's domestic law
  -- and treaties: a condition, no measure.
  ["untoc:13.4"] = "none",
  -- Art. 13(6): "shall consider this Convention the necessary and sufficient
  -- treaty basis": "consider" means "regard as"; a duty.
  ["untoc:13.6"] = "mandatory",
  -- Art. 13(8): rights of bona fide third parties.
  ["untoc:13.8"] = "none",
  -- Art. 16(1): scope of the article.
  ["untoc:16.1"] = "none",
  -- Art. 16(7): extradition is subject to the requested State's conditions:
  -- a saving clause.
  ["untoc:16.7"] = "none",
  -- Art. 16(11): conditional surrender "shall be sufficient to discharge the
  -- obligation" of 16(10): an option the State may use.
  ["untoc:16.11"] = "optional",
  -- Art. 16(14): "Nothing in this Convention shall be interpreted as imposing
  -- an obligation to extradite" (discrimination).
  ["untoc:16.14"] = "none",
  -- Art. 18(3): the forms of assistance a request "may" seek are those the
  -- requested State must be able to afford under 18(1).
  ["untoc:18.3"] = "mandatory",
  -- Art. 18(6): saving clause for other treaties.
  ["untoc:18.6"] = "none",
  -- Art. 18(18): hearings by video conference: the State "may ... permit"
  -- them; the "shall" only describes the hearing States may agree on.
  ["untoc:18.18"] = "optional",
  -- Art. 20(2): "States Parties are encouraged to conclude" agreements; the
  -- "shall" concerns agreements once concluded.
  ["untoc:20.2"] = "optional",
  -- Art. 30(3): saving clause for existing assistance commitments.
  ["untoc:30.3"] = "none",
  -- Art. 31(2)(d)(i)-(iv): "such measures could include": examples of the
  -- measures of 31(2)(d), not duties.
  ["untoc:31.2.d.i"] = "optional",
  ["untoc:31.2.d.ii"] = "optional",
  ["untoc:31.2.d.iii"] = "optional",
  ["untoc:31.2.d.iv"] = "optional",
  -- Art. 31(5): "shall endeavour to promote public awareness"; the "shall
  -- include" of its second sentence belongs to that effort.
  ["untoc:31.5"] = "endeavour",
  -- Arts 32 and 33: the Conference of the Parties and the secretariat...
  ["untoc:32"] = "none",
  ["untoc:33"] = "none",
  -- ...but art. 32(5) is addressed to each State Party: it shall provide the
  -- Conference with information on its programmes, plans and practices.
  ["untoc:32.5"] = "mandatory",
  -- Arts 35-41: final clauses (settlement of disputes, signature, protocols,
  -- entry into force, amendment, denunciation, depositary).  Reservations
  -- under 35(3), entry into force and denunciation are applied by the engine
  -- (applicability.c), not by rules.
  ["untoc:35"] = "none",
  ["untoc:36"] = "none",
  ["untoc:37"] = "none",
  ["untoc:38"] = "none",
  ["untoc:39"] = "none",
  ["untoc:40"] = "none",
  ["untoc:41"] = "none",
}
