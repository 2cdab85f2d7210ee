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
  -- Ch. IV (arts 23-32).  23(3)(a) and (b): "peut se réserver le droit" is
  -- a reservation the Convention provides for (optional), "envisage de
  -- limiter" a duty to consider; the French reading takes 23(3)(b)'s "ne
  -- peut appliquer" (a condition: the State "is not able to") for a
  -- prohibition.  The rules encode the limits of each reservation
  -- (mandatory once it is made) and the duty to consider as clauses.
  ["cybercrime:23.3.a"] = "consider",
  ["cybercrime:23.3.b"] = "consider",
  -- 24(3) "examine l'effet": shall consider the impact on third parties.
  ["cybercrime:24.3"] = "consider",
  -- 24(4) "s'appliquent": the safeguards govern the powers also in
  -- international cooperation (no cue word: a passive-like present).
  ["cybercrime:24.4"] = "mandatory",
  -- 24(5): the definition of the review of 24(2).
  ["cybercrime:24.5"] = "none",
  -- 29(2), 30(2) "il peut à la place adopter": an alternative to 29(1)(a)
  -- and 30(1)(a) for a State whose legal principles prevent them; "ne peut
  -- adopter" is the condition, not a prohibition.
  ["cybercrime:29.2"] = "optional",
  ["cybercrime:30.2"] = "optional",
  -- Arts 17-22, 31, 33, 34 (the twins of UNTOC arts 6, 10-12, 15, 24, 25).
  -- Art. 17(2)(b): "cette liste comporte, au minimum" binds a State that
  -- defines predicates by a list (present indicative: a duty).
  ["cybercrime:17.2.b"] = "mandatory",
  -- Art. 18(2): "la responsabilité ... peut être pénale, civile ou
  -- administrative": the State's choice of form.
  ["cybercrime:18.2"] = "optional",
  -- Art. 18(3): "Cette responsabilité est sans préjudice de la
  -- responsabilité pénale des personnes physiques": a duty (UNTOC 10(3)).
  ["cybercrime:18.3"] = "mandatory",
  -- Art. 21(8): saving clause on the definition of offences and defences.
  ["cybercrime:21.8"] = "none",
  -- Art. 22(6): saving clause on other criminal jurisdiction.
  ["cybercrime:22.6"] = "none",
  -- Art. 31(4)-(6): "peuvent faire l'objet de", "peuvent être confisqués"
  -- render "shall be liable to" (DOMAIN §2): mandatory, as UNTOC 12(3)-(5).
  ["cybercrime:31.4"] = "mandatory",
  ["cybercrime:31.5"] = "mandatory",
  ["cybercrime:31.6"] = "mandatory",
  -- Art. 31(9): bona fide third parties, an interpretation clause; 31(10):
  -- measures defined and implemented under domestic law, a saving clause.
  ["cybercrime:31.9"] = "none",
  ["cybercrime:31.10"] = "none",
  -- Art. 33(4): "Les dispositions du présent article s'appliquent également
  -- aux victimes lorsqu'elles sont témoins": a duty (UNTOC 24(4)).
  ["cybercrime:33.4"] = "mandatory",
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
  -- Ch. V-IX (cyber5).  Art. 50(6): "il considère la présente Convention
  -- comme une base" means "regards it as": a duty (as UNTOC 13(6)).
  -- Art. 42(7) "il en informe rapidement" and 42(8) "l'est pour une période
  -- minimum de 60 jours ... continuent à être préservées": duties in forms
  -- (pronoun subject, passive) the French reading does not see.
  ["cybercrime:42.7"] = "mandatory",
  ["cybercrime:42.8"] = "mandatory",
  ["cybercrime:50.6"] = "mandatory",
  -- Art. 52(1): "en dispose conformément à son droit interne": a duty in the
  -- present indicative the French reading does not see (as UNTOC 14(1)).
  ["cybercrime:52.1"] = "mandatory",
  -- Art. 56(2): "sont vivement encouragés à fournir des efforts concrets": an
  -- encouragement, no duty (its (c), second sentence, "s'efforcent", is an
  -- endeavour clause of the rule on 56(2)(c)).
  ["cybercrime:56.2"] = "optional",
}
