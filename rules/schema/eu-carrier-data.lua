-- rules/schema/eu-carrier-data.lua: facts for Directive 2004/82/EC
-- (section `carrier_data`): the duty of air carriers to transmit advance
-- passenger information to the border authorities, the sanctions on carriers
-- that fail to, their remedies, and the processing, retention and deletion
-- of the data and the information of passengers.
--
-- Every fact is a standard measure (adopted true / false / "partly", source,
-- url, note, from, repealed, missing); `extra` adds the details the findings
-- compute on (which data items, by when, the amounts of the fines, the
-- hours within which data are deleted).
--
-- Facts that live elsewhere and are not repeated here: the national
-- transposing measures, their dates, their reference to the directive and
-- their communication to the Commission (the table of correspondence:
-- rules/schema/eu-transposition.lua).
return {
  types = {
    -- Art. 3(2): the information carriers transmit.
    passenger_data_item = { type = "enum",
      doc = { en = "The items of Directive 2004/82/EC art. 3(2).", fr = "Les renseignements de l'art. 3, par. 2, de la directive 2004/82/CE." },
      values = {
        "travel_document",          -- the number and type of travel document used
        "nationality",
        "full_name",
        "date_of_birth",
        "border_crossing_point",    -- the border crossing point of entry into the Member States
        "transport_code",
        "departure_arrival_times",  -- departure and arrival time of the transportation
        "total_passengers",         -- total number of passengers carried on that transport
        "initial_embarkation_point",
      } },
  },
  fields = {
    carrier_data = {
      type = "record",
      doc = { en = "Communication of passenger data by carriers to the border authorities (Directive 2004/82/EC).",
              fr = "Communication par les transporteurs des données relatives aux passagers aux autorités chargées du contrôle aux frontières (directive 2004/82/CE)." },
      fields = {
        transmission = { type = "measure",
          extra = {
            items = { type = "list", of = "passenger_data_item",
                      doc = { en = "The items carriers must transmit.", fr = "Les renseignements que les transporteurs doivent transmettre." } },
            on_request = { type = "boolean",
                           doc = { en = "true when carriers transmit at the request of the authorities responsible for checks on persons at external borders.",
                                   fr = "true lorsque les transporteurs transmettent à la demande des autorités chargées du contrôle des personnes aux frontières extérieures." } },
            by_end_of_check_in = { type = "boolean",
                                   doc = { en = "true when the data must be transmitted by the end of check-in at the latest; false when later.",
                                           fr = "true lorsque les données doivent être transmises au plus tard à la fin de l'enregistrement ; false si plus tard." } },
          },
          question = { en = "Are air carriers obliged to transmit, at the request of the border authorities and by the end of check-in, information on the passengers they will carry to an authorised border crossing point of entry? Which items (art. 3(1) and (2))?",
                       fr = "Les transporteurs aériens sont-ils tenus de transmettre, à la demande des autorités chargées du contrôle aux frontières et avant la fin de l'enregistrement, les renseignements relatifs aux passagers qu'ils vont transporter vers un point de passage frontalier autorisé ? Lesquels (art. 3, par. 1 et 2) ?" } },
        sanctions = { type = "measure",
          extra = {
            max_fine_eur = { type = "number",
                             doc = { en = "The maximum fine per journey, in euros (or the equivalent in national currency at the rate published in the Official Journal on the day the directive entered into force, 5 September 2004).",
                                     fr = "L'amende maximale par voyage, en euros (ou l'équivalent en monnaie nationale au cours publié au Journal officiel le jour de l'entrée en vigueur de la directive, le 5 septembre 2004)." } },
            min_fine_eur = { type = "number",
                             doc = { en = "The minimum fine per journey, in euros (same rate), when national law sets one.",
                                     fr = "L'amende minimale par voyage, en euros (même cours), lorsque le droit national en fixe une." } },
            failures = { type = "list", of = { type = "enum", values = { "not_transmitted", "incomplete", "false" } },
                         doc = { en = "The failures the sanctions reach: data not transmitted, incomplete data, false data.",
                                 fr = "Les manquements que les sanctions visent : données non transmises, incomplètes, erronées." } },
          },
          question = { en = "Which sanctions apply to carriers that, as a result of their fault, have not transmitted data or have transmitted incomplete or false data? What are the maximum and minimum amounts per journey (art. 4(1))?",
                       fr = "Quelles sanctions s'appliquent aux transporteurs qui, par faute, n'ont pas transmis de données ou ont transmis des données incomplètes ou erronées ? Quels sont les montants maximal et minimal par voyage (art. 4, par. 1) ?" } },
        other_sanctions = { type = "measure",
          question = { en = "In case of serious infringements, may other sanctions apply to carriers, such as immobilisation, seizure and confiscation of the means of transport, or temporary suspension or withdrawal of the operating licence (option of art. 4(2))?",
                       fr = "En cas de violation grave, d'autres sanctions peuvent-elles s'appliquer aux transporteurs, telles que l'immobilisation, la saisie et la confiscation du moyen de transport, ou la suspension temporaire ou le retrait de l'autorisation d'exploitation (faculté de l'art. 4, par. 2) ?" } },
        remedies = { type = "measure",
          question = { en = "Do carriers against which sanction proceedings are brought have effective rights of defence and appeal (art. 5)?",
                       fr = "Les transporteurs à l'encontre desquels une action est intentée en vue de leur appliquer des sanctions disposent-ils de droits de recours effectifs (art. 5) ?" } },
        electronic_transmission = { type = "measure",
          question = { en = "Are the data collected by the carriers and transmitted electronically (or, in case of failure, by any other appropriate means) to the authorities carrying out checks at the border crossing point of entry, which keep them in a temporary file (art. 6(1), first and second subparagraphs)?",
                       fr = "Les données sont-elles recueillies par les transporteurs et transmises par voie électronique (ou, en cas d'échec, par tout autre moyen approprié) aux autorités chargées des contrôles au point de passage frontalier d'entrée, qui les conservent dans un fichier temporaire (art. 6, par. 1, premier et deuxième alinéas) ?" } },
        authority_deletion = { type = "measure",
          extra = { hours = { type = "integer", doc = { en = "Hours after transmission within which the authorities delete the data.", fr = "Heures suivant la transmission dans lesquelles les autorités effacent les données." } } },
          question = { en = "Do the border authorities delete the data within 24 hours after transmission, once the passengers have entered, unless needed later for their statutory functions (art. 6(1), third subparagraph)?",
                       fr = "Les autorités chargées du contrôle effacent-elles les données dans les vingt-quatre heures qui suivent la transmission, une fois les passagers entrés, à moins qu'elles ne soient nécessaires ultérieurement à l'exercice de leurs pouvoirs réglementaires (art. 6, par. 1, troisième alinéa) ?" } },
        carrier_deletion = { type = "measure",
          extra = { hours = { type = "integer", doc = { en = "Hours after arrival within which the carriers delete the data.", fr = "Heures suivant l'arrivée dans lesquelles les transporteurs effacent les données." } } },
          question = { en = "Are carriers obliged to delete, within 24 hours of the arrival of the means of transportation, the personal data they collected and transmitted to the border authorities (art. 6(1), fourth subparagraph)?",
                       fr = "Les transporteurs sont-ils tenus d'effacer, dans les vingt-quatre heures suivant l'arrivée du moyen de transport, les données à caractère personnel qu'ils ont recueillies et transmises aux autorités de contrôle (art. 6, par. 1, quatrième alinéa) ?" } },
        law_enforcement_use = { type = "measure",
          question = { en = "May the data also be used for law-enforcement purposes, under national law and subject to data protection rules (option of art. 6(1), fifth subparagraph)?",
                       fr = "Les données peuvent-elles aussi être utilisées pour répondre aux besoins des services répressifs, conformément au droit interne et sous réserve de la protection des données (faculté de l'art. 6, par. 1, cinquième alinéa) ?" } },
        passenger_information = { type = "measure",
          question = { en = "Are carriers obliged to inform passengers in accordance with the data protection directive (95/46/EC), including the information of its arts 10(c) and 11(1)(c) (art. 6(2))?",
                       fr = "Les transporteurs sont-ils tenus d'informer les passagers conformément à la directive 95/46/CE sur la protection des données, y compris des informations visées à ses art. 10, point c), et 11, par. 1, point c) (art. 6, par. 2) ?" } },
      },
    },
  },
}
