-- Deontic levels of Cybercrime Convention provisions where the cue words of
-- the official (French) text mislead.  A data file (never executed), read by
-- `lexgap coverage` (docs/rules.md, "Coverage").  "none": the provision puts
-- no duty on States (purpose, definitions, scope and saving clauses,
-- provisions addressed to the Conference or the Secretariat, final clauses).
-- The Convention's traps (shared/DOMAIN.md §2, §9): "peut exiger" is an
-- optional element a State may add (optional); "peut se réserver le droit" a
-- reservation (optional); "envisage de limiter" a duty to consider; "sous
-- réserve de son droit interne" and "s'il y a lieu" are escapes, not levels.
return {
  -- Ch. I.  Art. 1: purposes; art. 2: definitions; art. 3: scope.
  ["cybercrime:1"] = "none",
  ["cybercrime:2"] = "none",
  ["cybercrime:3"] = "none",
  -- Art. 4(2): "Aucune disposition du présent article ne doit être
  -- interprétée comme établissant des infractions": interpretation.
  ["cybercrime:4.2"] = "none",
  -- Art. 5: sovereignty, a principle of interpretation and a limit on the
  -- exercise of powers, no measure (as UNTOC art. 4).
  ["cybercrime:5"] = "none",
  -- Art. 6(2): "Aucune disposition ... ne doit être interprétée comme
  -- autorisant la répression des droits de l'homme": interpretation.
  ["cybercrime:6.2"] = "none",
  -- Art. 11(2): "ne saurait être interprété comme imposant une
  -- responsabilité pénale" (authorised testing): interpretation.
  ["cybercrime:11.2"] = "none",
  -- Art. 11(3): "peut se réserver le droit" (optional: the reservation),
  -- "à condition que cette réserve ne porte pas sur la vente, la distribution
  -- ou d'autres formes de mise à disposition" of credentials: a limit the
  -- reservation cannot cross, a duty (rule cybercrime:11.3#limit).  The
  -- provision carries both levels; the optional cue stays in its words.
  ["cybercrime:11.3"] = "mandatory",
  -- Art. 14(1)(d): financing the offences of (a)-(c) must be criminalized;
  -- "peuvent ériger en infraction distincte" only lets States choose a
  -- separate offence.
  ["cybercrime:14.1.d"] = "mandatory",
  -- Art. 14(2): the definition the offences of 14(1) must reach: "on entend
  -- tout contenu visuel" (mandatory), "et on peut entendre tout contenu
  -- écrit ou sonore" (optional; the optional cue stays in the words).
  ["cybercrime:14.2"] = "mandatory",
  -- Art. 14(5): saving clause for obligations more favourable to children.
  ["cybercrime:14.5"] = "none",
  -- Art. 16(2): definition of "image intime" the offence of 16(1) must reach.
  ["cybercrime:16.2"] = "mandatory",
  -- ==== Ch. V, arts 35-41 (cyber4) ====
  -- 36(1)(c) "sont encouragés à conclure": an encouragement, no duty.
  ["cybercrime:36.1.c"] = "optional",
  -- 37(6)(a) "indiquent au Secrétaire général": a notification, mandatory.
  ["cybercrime:37.6.a"] = "mandatory",
  -- 37(7) "reconnaissent ... le caractère d'infraction pouvant donner lieu
  -- à extradition": mandatory (as UNTOC 16(6)).
  ["cybercrime:37.7"] = "mandatory",
  -- 37(14) "se voit garantir un traitement équitable": mandatory.
  ["cybercrime:37.14"] = "mandatory",
  -- 40(2) "est accordée, autant que les lois ... le permettent": mandatory,
  -- the qualifier an escape (as UNTOC 18(2)).
  ["cybercrime:40.2"] = "mandatory",
  -- 40(3) "peut être demandée aux fins suivantes": the requesting State may
  -- ask, so the requested State must be able to provide each form (as
  -- UNTOC 18(3)); (d)-(f) and (l) are assessed with arts 44-46 and 49-52.
  ["cybercrime:40.3"] = "mandatory",
  -- 40(10)(a) "a le pouvoir et l'obligation": mandatory.
  ["cybercrime:40.10.a"] = "mandatory",
  -- 40(14) "sont encouragées à transmettre": an encouragement, no duty.
  ["cybercrime:40.14"] = "optional",
  -- 40(17) "Toute demande est exécutée": mandatory (as UNTOC 18(17)).
  ["cybercrime:40.17"] = "mandatory",
  -- 41(3) "Cette assistance englobe la facilitation ... des mesures
  -- suivantes": mandatory; direct application depends on national law.
  ["cybercrime:41.3"] = "mandatory",
  -- The annex of interpretative notes: read with the articles, no duty.
  ["cybercrime:note"] = "none",
}
