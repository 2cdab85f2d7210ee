-- rules/schema/extradition.lua: facts for UNTOC art. 16 (extradition).
--
-- Extends the `extradition` record of rules/schema.lua, which already holds
-- `nationals` (policy extradited / not_extradited / conditional): the rules
-- for art. 16(10), 16(11) and 16(12) read that policy, as art. 15(3) does, so
-- the fact is entered once.  Notifications under art. 16(5)(a) are dated
-- entries of the profile's `notifications` list (provision "untoc:16.5.a"),
-- not a field here.
--
-- The facts are worded for extradition in general ("the offences covered by
-- the Convention"), so that another treaty's extradition article (e.g. the
-- Cybercrime Convention, art. 37) can read the same facts.
return {
  fields = {
    extradition = { type = "record", fields = {

      -- Art. 16(4), 16(5), 16(6): the condition that splits the article.
      treaty_required = {
        type = "record",
        fields = {
          required = { type = "boolean",
                       doc = { en = "true if national law allows extradition only on the basis of a treaty; false if it can extradite without one (statute, reciprocity, comity).",
                               fr = "true si le droit national ne permet l'extradition que sur le fondement d'un traité ; false s'il peut extrader sans traité (loi, réciprocité, courtoisie)." } },
          source = "string", url = "string", note = "text",
        },
        question = { en = "Does national law make extradition conditional on the existence of a treaty with the requesting State?",
                     fr = "Le droit national subordonne-t-il l'extradition à l'existence d'un traité avec l'État requérant ?" },
      },

      -- Art. 16(4) (and the condition of 16(5)(b)).
      convention_as_legal_basis = { type = "measure",
        question = { en = "Can the Convention itself serve as the legal basis for extradition to a State Party with which there is no extradition treaty?",
                     fr = "La convention elle-même peut-elle servir de base légale à l'extradition vers un État partie avec lequel aucun traité d'extradition n'est en vigueur ?" } },

      -- Art. 16(2).
      accessory_offences = { type = "measure",
        question = { en = "When a request covers several separate serious crimes, some of which the Convention does not cover, can extradition also be granted for the latter offences (accessory extradition)?",
                     fr = "Lorsqu'une demande porte sur plusieurs infractions graves distinctes dont certaines ne sont pas visées par la convention, l'extradition peut-elle être accordée aussi pour ces dernières (extradition accessoire) ?" } },

      -- Art. 16(3), first sentence.
      existing_treaties = { type = "measure",
        question = { en = "Are the offences covered by the Convention treated as extraditable offences under the extradition treaties in force with other States Parties, including treaties concluded before the Convention (by direct effect of the Convention or by legislation)?",
                     fr = "Les infractions visées par la convention sont-elles traitées comme des infractions donnant lieu à extradition au titre des traités d'extradition en vigueur avec d'autres États parties, y compris les traités antérieurs à la convention (par effet direct de la convention ou par la loi) ?" } },

      -- Art. 16(3), second sentence.
      new_treaties = { type = "measure",
        question = { en = "Do the extradition treaties the State has concluded with other States Parties since the Convention bound it (or its treaty practice) include the offences covered by the Convention as extraditable offences?",
                     fr = "Les traités d'extradition conclus par l'État avec d'autres États parties depuis que la convention le lie (ou sa pratique conventionnelle) incluent-ils les infractions visées par la convention parmi les infractions donnant lieu à extradition ?" } },

      -- Art. 16(6).  `scope` states which offences national law makes
      -- extraditable: all offences, those punishable by at least N years,
      -- or a list; the rule checks it against serious crime and the
      -- profile's offences of arts 5, 6, 8 and 23.
      extraditable_offences = { type = "measure",
        extra = { scope = { type = "offence_scope",
                            doc = { en = "Which offences are extraditable: all_offences, a penalty threshold (threshold_prison_years), or a list of offences of this profile.",
                                    fr = "Les infractions donnant lieu à extradition : all_offences, un seuil de peine (threshold_prison_years), ou une liste d'infractions de ce profil." } } },
        question = { en = "Which offences are extraditable offences under national law without a treaty (all offences, those punishable by at least a minimum penalty, or a list), and do they include the offences covered by the Convention?",
                     fr = "Quelles infractions donnent lieu à extradition en droit national en l'absence de traité (toutes, celles punies d'une peine minimale, ou une liste), et comprennent-elles les infractions visées par la convention ?" } },

      -- Art. 16(8).
      expedited_procedures = { type = "measure",
        question = { en = "Has the State taken measures to expedite extradition procedures (e.g. a simplified procedure when the person consents, time limits)?",
                     fr = "L'État a-t-il pris des mesures pour accélérer les procédures d'extradition (par exemple une procédure simplifiée en cas de consentement, des délais) ?" } },
      simplified_evidence = { type = "measure",
        question = { en = "Has the State simplified the evidentiary requirements for extradition (e.g. no prima facie case required, a record of the case or a warrant sufficing)?",
                     fr = "L'État a-t-il simplifié les exigences de preuve en matière d'extradition (par exemple pas de preuve prima facie exigée, un exposé des faits ou un mandat suffisant) ?" } },

      -- Art. 16(9).
      provisional_arrest = { type = "measure",
        question = { en = "Can a person whose extradition is sought be taken into custody (provisional arrest) or subjected to other measures ensuring his or her presence, at the request of the requesting State in urgent cases?",
                     fr = "La personne dont l'extradition est demandée peut-elle être placée en détention (arrestation provisoire) ou soumise à d'autres mesures assurant sa présence, à la demande de l'État requérant en cas d'urgence ?" } },

      -- Art. 16(10), first and second sentences.
      submission_for_prosecution = { type = "measure",
        question = { en = "When extradition of a national is refused on the ground of nationality, is the case submitted without undue delay, at the request of the requesting State, to the competent authorities for the purpose of prosecution, who decide as for any other grave offence?",
                     fr = "Lorsque l'extradition d'un ressortissant est refusée en raison de sa nationalité, l'affaire est-elle soumise sans retard excessif, à la demande de l'État requérant, aux autorités compétentes aux fins de poursuites, qui décident comme pour toute autre infraction grave ?" } },

      -- Art. 16(10), third sentence.
      prosecution_cooperation = { type = "measure",
        question = { en = "In a prosecution conducted instead of extradition, can the authorities cooperate with the requesting State on procedural and evidentiary aspects (receiving its file and evidence, requesting assistance)?",
                     fr = "Dans des poursuites engagées au lieu de l'extradition, les autorités peuvent-elles coopérer avec l'État requérant en matière de procédure et de preuve (réception de son dossier et de ses preuves, demandes d'entraide) ?" } },

      -- Art. 16(11).
      conditional_surrender = { type = "measure",
        question = { en = "Can the State extradite or surrender a national on condition that he or she be returned to serve the sentence imposed in the requesting State?",
                     fr = "L'État peut-il extrader ou remettre un ressortissant à la condition qu'il lui soit renvoyé pour purger la peine prononcée dans l'État requérant ?" } },

      -- Art. 16(12).
      sentence_enforcement = { type = "measure",
        question = { en = "When extradition of a national for the enforcement of a sentence is refused, does national law allow the State to enforce, on application of the requesting State, the sentence imposed under that State's law (or its remainder)?",
                     fr = "Lorsque l'extradition d'un ressortissant aux fins d'exécution d'une peine est refusée, le droit national permet-il à l'État de faire exécuter, à la demande de l'État requérant, la peine prononcée selon le droit de cet État (ou son reliquat) ?" } },

      -- Art. 16(13).
      fair_treatment = { type = "measure",
        question = { en = "Are persons subject to extradition proceedings, or to proceedings for the offences concerned, guaranteed fair treatment at all stages, with all the rights and guarantees of national law?",
                     fr = "Les personnes faisant l'objet d'une procédure d'extradition, ou de poursuites pour les infractions concernées, se voient-elles garantir un traitement équitable à tous les stades, avec tous les droits et garanties du droit national ?" } },

      -- Art. 16(15).
      fiscal_offences_no_bar = { type = "measure",
        question = { en = "Is the fact that an offence also involves fiscal matters excluded as a sole ground for refusing extradition?",
                     fr = "Le fait qu'une infraction touche aussi à des questions fiscales est-il exclu comme motif unique de refus d'extradition ?" } },

      -- Art. 16(16).
      consultation_before_refusal = { type = "measure",
        question = { en = "Before refusing extradition, do the authorities consult the requesting State, where appropriate, so that it can present its opinions and further information (legal basis or established practice)?",
                     fr = "Avant de refuser l'extradition, les autorités consultent-elles, le cas échéant, l'État requérant pour qu'il puisse présenter ses opinions et des informations complémentaires (base légale ou pratique établie) ?" } },

      -- Art. 16(17), and 16(5)(b).
      agreements = { type = "measure",
        question = { en = "Has the State concluded, or sought to conclude, bilateral or multilateral extradition treaties, agreements or arrangements (and with which States Parties)?",
                     fr = "L'État a-t-il conclu, ou cherché à conclure, des traités, accords ou arrangements d'extradition bilatéraux ou multilatéraux (et avec quels États parties) ?" } },
    } },
  },
}
