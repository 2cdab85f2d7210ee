-- rules/schema/cybercrime-cooperation.lua: facts for the Cybercrime
-- Convention arts 42-46 (section `evidence_cooperation`): what the State can
-- do when another State asks it to preserve, disclose, access, collect or
-- intercept electronic data.
--
-- Every fact is a standard `measure` (adopted true / false / "partly",
-- source, url, note, from, repealed, missing, considered).  The measures
-- describe the procedure open to requests from any State Party; a procedure
-- open only to some States (e.g. under a regional instrument) is "partly",
-- with the States left out under `missing`.  The domestic powers themselves,
-- with their conditions and safeguards (arts 24-30), are another question
-- (the procedural-powers model of ch. IV); these facts say whether those
-- powers are used for a foreign request.
--
-- The reservation of art. 42(5) is an entry of `reservations` naming
-- "cybercrime:42.5" (rules/cybercrime/art42.lua checks its limits).
return {
  fields = {
    evidence_cooperation = {
      title = { en = "International cooperation on electronic evidence", fr = "Coopération internationale en matière de preuves électroniques" },
      type = "record",
      doc = { en = "Expedited preservation and disclosure of electronic data, access to stored data, real-time collection and interception on the request of another State (Cybercrime Convention arts 42-46).",
              fr = "Préservation et divulgation accélérées de données électroniques, accès aux données stockées, collecte en temps réel et interception à la demande d'un autre État (art. 42 à 46 de la Convention sur la cybercriminalité)." },
      fields = {
        -- Art. 42(4), first sentence
        preservation_on_request = { type = "measure",
          question = { en = "On the request of another State, can the competent authorities order or otherwise obtain the expeditious preservation of specified electronic data stored in the territory (pending a request for search, seizure or disclosure)?",
                       fr = "Sur demande d'un autre État, les autorités compétentes peuvent-elles ordonner ou obtenir de toute autre manière la préservation rapide de données électroniques spécifiées stockées sur le territoire (dans l'attente d'une demande de perquisition, de saisie ou de divulgation) ?" } },
        -- Art. 42(4), second sentence, and 42(5)
        preservation_without_dual_criminality = { type = "measure",
          extra = { refused_for_convention_offences = { type = "boolean",
                      doc = { en = "Under its art. 42(5) reservation, the State also refuses preservation for offences established under the Convention (which the reservation cannot reach).",
                              fr = "En vertu de sa réserve au titre de l'art. 42, par. 5, l'État refuse aussi la préservation pour des infractions établies conformément à la Convention (ce que la réserve ne peut couvrir)." } },
                    search_assistance_requires_dual_criminality = { type = "boolean",
                      doc = { en = "The State requires dual criminality for mutual legal assistance in the search, seizure or disclosure of stored data (the condition on which art. 42(5) lets it reserve).",
                              fr = "L'État exige la double incrimination pour l'entraide aux fins de perquisition, de saisie ou de divulgation de données stockées (condition de la réserve de l'art. 42, par. 5)." } } },
          question = { en = "Is preservation on request granted without requiring dual criminality (adopted = true)? If the State refuses preservation where dual criminality could not be met at disclosure, for which offences, and does it require dual criminality for search and seizure assistance?",
                       fr = "La préservation sur demande est-elle accordée sans exiger la double incrimination (adopted = true) ? Si l'État refuse la préservation lorsque la double incrimination ne pourrait pas être remplie lors de la divulgation, pour quelles infractions, et exige-t-il la double incrimination pour l'entraide aux fins de perquisition et de saisie ?" } },
        -- Art. 42(6)
        preservation_refusal_grounds = { type = "measure",
          question = { en = "Can a preservation request be refused only on the grounds of art. 40(21)(b) and (c) and 40(22) (sovereignty, security, ordre public or other essential interests; measures domestic law would prohibit in a similar domestic case; a request made to prosecute or punish a person on account of sex, race, language, religion, nationality, ethnic origin or political opinions), and not on any other ground?",
                       fr = "Une demande de préservation ne peut-elle être rejetée que pour les motifs de l'art. 40, par. 21 b) et c), et par. 22 (souveraineté, sécurité, ordre public ou autres intérêts essentiels ; mesures que le droit interne interdirait dans une affaire interne analogue ; demande présentée aux fins de poursuivre ou de punir une personne en raison de son sexe, de sa race, de sa langue, de sa religion, de sa nationalité, de son origine ethnique ou de ses opinions politiques), à l'exclusion de tout autre motif ?" } },
        -- Art. 42(7)
        preservation_insufficiency_notice = { type = "measure",
          question = { en = "Where preservation will not ensure the data's future availability or will threaten the confidentiality of the requesting State's investigation, do the authorities promptly inform the requesting State?",
                       fr = "Lorsque la préservation ne suffira pas à garantir la disponibilité future des données ou compromettra la confidentialité de l'enquête de l'État requérant, les autorités en informent-elles rapidement l'État requérant ?" } },
        -- Art. 42(8)
        preservation_period = { type = "measure",
          extra = { days = { type = "integer", doc = { en = "The period, in days, for which data are preserved on a foreign request.", fr = "La durée, en jours, de la préservation sur demande étrangère." } },
                    until_decision = { type = "boolean", doc = { en = "Once a request for search, seizure or disclosure is received, the data stay preserved until it is decided.", fr = "Après réception d'une demande de perquisition, de saisie ou de divulgation, les données restent préservées jusqu'à la décision." } } },
          question = { en = "For how many days are data preserved on a foreign request (days), and do they stay preserved, once a request for search, seizure or disclosure is received, until it is decided (until_decision)?",
                       fr = "Pendant combien de jours les données sont-elles préservées sur demande étrangère (days), et restent-elles préservées, après réception d'une demande de perquisition, de saisie ou de divulgation, jusqu'à la décision (until_decision) ?" } },
        -- Art. 43(1)
        traffic_disclosure_on_request = { type = "measure",
          question = { en = "When preserving traffic data on a foreign request reveals that a service provider in another State took part in the transmission, do the authorities expeditiously disclose enough traffic data to identify that provider and the path of the communication?",
                       fr = "Lorsqu'en préservant des données de trafic sur demande étrangère les autorités découvrent qu'un fournisseur de services d'un autre État a participé à la transmission, divulguent-elles rapidement une quantité de données de trafic suffisante pour identifier ce fournisseur et la voie de la communication ?" } },
        -- Art. 43(2)
        traffic_disclosure_refusal_grounds = { type = "measure",
          question = { en = "Can such disclosure of traffic data be refused only on the grounds of art. 40(21)(b) and (c) and 40(22)?",
                       fr = "Cette divulgation de données de trafic ne peut-elle être refusée que pour les motifs de l'art. 40, par. 21 b) et c), et par. 22 ?" } },
        -- Art. 44(2)
        stored_data_access_on_request = { type = "measure",
          question = { en = "On the request of another State, can the authorities search or similarly access, seize or similarly secure, and disclose electronic data stored in the territory (including data preserved under art. 42)?",
                       fr = "Sur demande d'un autre État, les autorités peuvent-elles perquisitionner des données électroniques stockées sur le territoire ou y accéder de façon similaire, les saisir ou les obtenir de façon similaire, et les divulguer (y compris les données préservées au titre de l'art. 42) ?" } },
        -- Art. 44(3)
        stored_data_expedited_response = { type = "measure",
          question = { en = "Is a request for stored data answered as quickly as possible where the data are particularly vulnerable to loss or modification, or where the applicable instruments provide for expedited cooperation?",
                       fr = "Une demande portant sur des données stockées reçoit-elle une réponse aussi rapide que possible lorsque les données sont particulièrement susceptibles d'être perdues ou modifiées, ou lorsque les instruments applicables prévoient une coopération accélérée ?" } },
        -- Art. 45(1)-(2)
        realtime_traffic_assistance = { type = "measure",
          question = { en = "Can the State assist another State in the real-time collection of traffic data of specified communications transmitted in its territory, at least for the offences for which real-time collection would be available in a similar domestic case?",
                       fr = "L'État peut-il aider un autre État à collecter en temps réel les données de trafic de communications spécifiées transmises sur son territoire, au moins pour les infractions pour lesquelles la collecte en temps réel serait possible dans une affaire interne analogue ?" } },
        -- Art. 46
        interception_assistance = { type = "measure",
          question = { en = "Can the State assist another State, to the extent its treaties and laws permit, in the real-time collection or recording of content data of specified communications?",
                       fr = "L'État peut-il aider un autre État, dans la mesure permise par ses traités et son droit, à collecter ou enregistrer en temps réel les données de contenu de communications spécifiées ?" } },
      },
    },
  },
}
