-- rules/schema/cooperation-practice.lua: facts for the good practice of the
-- UNTOC Working Group on International Cooperation (rules/untoc-wg), where
-- the Convention itself asks nothing.
--
-- One section, `cooperation_practice`: how the State's central authority,
-- its authorities competent for extradition, its prosecutors and judges
-- work in practice.  What UNTOC already asks is NOT repeated here; the
-- untoc-wg rules read those facts where they stand:
--   * the central authority and its notification (art. 18(13)):
--     mutual_legal_assistance.central_authority, notifications untoc:18.13;
--   * the Convention as legal basis for extradition (16(4)):
--     extradition.treaty_required, extradition.convention_as_legal_basis;
--     assistance without a treaty (18(7)): mutual_legal_assistance.without_treaty;
--   * oral requests in urgent cases (18(14)): mutual_legal_assistance.oral_requests;
--   * videoconference hearings (18(18)): mutual_legal_assistance.videoconference;
--   * return and sharing of confiscated assets (14(2), 14(3)),
--     joint investigations (19), special investigative techniques (20),
--     law-enforcement channels and agreements (27): their own sections.
-- Every field is a standard measure (adopted true / false / "partly",
-- source, url, note, from, repealed, missing); a practice with no text of
-- law behind it cites the circular, guide or official web page that states it.
return {
  fields = {
    cooperation_practice = {
      title = { en = "Cooperation practice (good practice)", fr = "Pratique de la coopération (bonnes pratiques)" },
      type = "record",
      doc = { en = "How the central authority and the other authorities cooperate in practice: the good practice the UNTOC Working Group on International Cooperation recommends beyond the Convention (rules/untoc-wg).",
              fr = "Comment l'autorité centrale et les autres autorités coopèrent en pratique : les bonnes pratiques que le Groupe de travail sur la coopération internationale de la CTO recommande au-delà de la convention (rules/untoc-wg)." },
      fields = {
        -- WG background paper para. 11 (Conference decision 3/2)
        direct_contacts = { type = "measure",
          question = { en = "Does the central authority coordinate or facilitate direct contacts between the prosecutors and judges of the State and those of other States who handle mutual legal assistance and confiscation cases?",
                       fr = "L'autorité centrale coordonne-t-elle ou facilite-t-elle les contacts directs entre les procureurs et juges de l'État et ceux d'autres États qui traitent des affaires d'entraide judiciaire et de confiscation ?" } },
        -- para. 14(b)
        email_requests = { type = "measure",
          question = { en = "Does the State accept requests for mutual legal assistance sent by e-mail (or other electronic means), at least in advance of the original?",
                       fr = "L'État accepte-t-il les demandes d'entraide judiciaire transmises par courriel (ou d'autres moyens électroniques), au moins par avance sur l'original ?" } },
        -- paras 17, 20, 26, 28
        regional_networks = { type = "measure",
          extra = { networks = { type = "list", of = "string", doc = { en = "The networks the State's authorities take part in.", fr = "Les réseaux auxquels participent les autorités de l'État." } } },
          question = { en = "Do the central authority and the authorities competent for extradition take part in, and make use of, regional networks of central authorities and prosecutors? Which ones?",
                       fr = "L'autorité centrale et les autorités compétentes en matière d'extradition participent-elles à des réseaux régionaux d'autorités centrales et de procureurs, et y recourent-elles ? Lesquels ?" } },
        -- para. 28, second sentence
        law_enforcement_coordination = { type = "measure",
          question = { en = "Is there an effective mechanism of coordination at the national level between police, other investigative services, prosecutors and judicial authorities for international cooperation?",
                       fr = "Existe-t-il au niveau national un mécanisme efficace de coordination entre la police, les autres services d'enquête, les procureurs et les autorités judiciaires pour la coopération internationale ?" } },
        -- para. 35(a) (resolution 7/4)
        central_authority_coordination = { type = "measure",
          question = { en = "Does the central authority have established channels of communication and consultation mechanisms with the competent authorities that execute requests for mutual legal assistance?",
                       fr = "L'autorité centrale dispose-t-elle de canaux de communication et de mécanismes de consultation établis avec les autorités compétentes chargées d'exécuter les demandes d'entraide judiciaire ?" } },
        -- para. 35(b)
        request_tracking = { type = "measure",
          question = { en = "Does the central authority have a system to track the progress of requests, including after they are passed to a competent authority for execution?",
                       fr = "L'autorité centrale dispose-t-elle d'un système de suivi de l'état d'avancement des demandes, y compris après leur transmission à une autorité compétente pour exécution ?" } },
        -- para. 35(c)
        statistics = { type = "measure",
          question = { en = "Does the central authority collect and make available statistics on requests for mutual legal assistance (their number, the assistance sought or given, their legal basis)?",
                       fr = "L'autorité centrale recueille-t-elle et diffuse-t-elle des statistiques sur les demandes d'entraide judiciaire (leur nombre, l'aide demandée ou fournie, leur base juridique) ?" } },
        -- para. 43(c)
        legal_basis_statistics = { type = "measure",
          question = { en = "Do the State's statistics on requests for cooperation (extradition, mutual legal assistance) record when the Convention was their legal basis?",
                       fr = "Les statistiques de l'État sur les demandes de coopération (extradition, entraide judiciaire) indiquent-elles lorsque la convention en était la base juridique ?" } },
        -- para. 35(d)
        published_guidelines = { type = "measure",
          question = { en = "Has the central authority published clear guidelines on the procedures and requirements for submitting requests for mutual legal assistance to the State?",
                       fr = "L'autorité centrale a-t-elle publié des directives claires sur les procédures et les conditions de soumission des demandes d'entraide judiciaire à l'État ?" } },
        -- para. 39(a)
        electronic_evidence_in_tools = { type = "measure",
          question = { en = "Do the State's cooperation tools (treaties it negotiates, request forms, guidelines for requests) deal with electronic evidence?",
                       fr = "Les outils de coopération de l'État (traités qu'il négocie, formulaires de demande, directives pour les demandes) traitent-ils des preuves électroniques ?" } },
        -- para. 39(c)
        expedited_mla = { type = "measure",
          question = { en = "Has the State taken steps to expedite formal mutual legal assistance, in particular for electronic evidence (electronic transmission of requests, expedited preservation of data on request)?",
                       fr = "L'État a-t-il pris des mesures pour accélérer l'entraide judiciaire formelle, en particulier pour les preuves électroniques (transmission électronique des demandes, conservation rapide des données sur demande) ?" } },
        -- para. 10 (resolution 6/1)
        cultural_property = { type = "measure",
          question = { en = "Does the State work against trafficking in cultural property and related offences, in line with the International Guidelines for Crime Prevention and Criminal Justice Responses (General Assembly resolution 69/196)?",
                       fr = "L'État agit-il contre le trafic de biens culturels et les infractions connexes, conformément aux Principes directeurs internationaux sur les mesures de prévention du crime et de justice pénale (résolution 69/196 de l'Assemblée générale) ?" } },
      },
    },
  },
}
