-- rules/schema/mutual-legal-assistance.lua: facts for UNTOC art. 18 (mutual
-- legal assistance), read by rules/untoc/art18.lua.
--
-- One section, `mutual_legal_assistance`: what national law (or the
-- established practice of the central authority) provides when the State
-- gives or asks for assistance in criminal matters.  Facts that exist
-- elsewhere are not repeated here:
--   * the notification of the central authority (art. 18(13)) and of the
--     accepted languages (art. 18(14)) are entries of the top-level
--     `notifications` list, under untoc:18.13 and untoc:18.14;
--   * domestic bank secrecy (confiscation.bank_secrecy_no_bar) is read as
--     context by the rule on art. 18(8); the fact here says whether bank
--     secrecy can be a ground for refusing a foreign request;
--   * limits that the State invokes under a qualifier of art. 18 ("to the
--     fullest extent possible under relevant laws", "to the extent not
--     contrary to the domestic law", "consistent with fundamental principles
--     of domestic law") go in the top-level `principles` list, for
--     untoc:18.2, untoc:18.17 or untoc:18.18.
-- Every field is a standard measure (adopted true / false / "partly", source,
-- url, note, from, repealed, missing, considered); a few carry extra fields.
return {
  fields = {
    mutual_legal_assistance = {
      title = { en = "Mutual legal assistance", fr = "Entraide judiciaire" },
      type = "record",
      doc = { en = "Mutual legal assistance in criminal matters (UNTOC art. 18).",
              fr = "Entraide judiciaire en matière pénale (CTO, art. 18)." },
      fields = {
        -- 18(1)
        legal_basis = { type = "measure",
          question = { en = "Does national law provide a legal basis to afford mutual legal assistance to foreign States in investigations, prosecutions and judicial proceedings for the offences covered by UNTOC, including where the requesting State only has reasonable grounds to suspect that the offence is transnational and involves an organized criminal group?",
                       fr = "Le droit national prévoit-il une base légale pour accorder l'entraide judiciaire aux États étrangers lors des enquêtes, poursuites et procédures judiciaires concernant les infractions visées par la CTO, y compris lorsque l'État requérant a seulement des motifs raisonnables de soupçonner que l'infraction est transnationale et implique un groupe criminel organisé ?" } },
        -- 18(2)
        legal_persons = { type = "measure",
          question = { en = "Can mutual legal assistance be afforded in investigations, prosecutions and proceedings concerning offences for which a legal person may be held liable in the requesting State (whatever the form of liability of legal persons in national law)?",
                       fr = "L'entraide judiciaire peut-elle être accordée lors des enquêtes, poursuites et procédures concernant des infractions dont une personne morale peut être tenue responsable dans l'État requérant (quelle que soit la forme de responsabilité des personnes morales en droit national) ?" } },
        -- 18(3)(a) to (i): one measure per purpose
        purposes = {
          type = "record",
          doc = { en = "The types of assistance that can be afforded on a foreign request (art. 18(3)).",
                  fr = "Les formes d'entraide qui peuvent être accordées sur demande étrangère (art. 18, par. 3)." },
          fields = {
            taking_evidence = { type = "measure",
              question = { en = "Can evidence or statements be taken from persons on a foreign request?",
                           fr = "Des témoignages ou des dépositions peuvent-ils être recueillis sur demande étrangère ?" } },
            service_of_documents = { type = "measure",
              question = { en = "Can judicial documents be served on a foreign request?",
                           fr = "Des actes judiciaires peuvent-ils être signifiés sur demande étrangère ?" } },
            search_seizure_freezing = { type = "measure",
              question = { en = "Can searches and seizures, and freezing, be executed on a foreign request?",
                           fr = "Des perquisitions, des saisies et des gels peuvent-ils être effectués sur demande étrangère ?" } },
            examining_objects_sites = { type = "measure",
              question = { en = "Can objects and sites be examined on a foreign request?",
                           fr = "Des objets peuvent-ils être examinés et des lieux visités sur demande étrangère ?" } },
            information_expertise = { type = "measure",
              question = { en = "Can information, evidentiary items and expert evaluations be provided on a foreign request?",
                           fr = "Des informations, des pièces à conviction et des estimations d'experts peuvent-elles être fournies sur demande étrangère ?" } },
            documents_records = { type = "measure",
              question = { en = "Can originals or certified copies of relevant documents and records, including government, bank, financial, corporate or business records, be provided on a foreign request?",
                           fr = "Des originaux ou copies certifiées conformes de documents et dossiers pertinents, y compris administratifs, bancaires, financiers, commerciaux ou de sociétés, peuvent-ils être fournis sur demande étrangère ?" } },
            tracing_proceeds = { type = "measure",
              question = { en = "Can proceeds of crime, property, instrumentalities or other things be identified or traced for evidentiary purposes on a foreign request?",
                           fr = "Des produits du crime, des biens, des instruments ou d'autres choses peuvent-ils être identifiés ou localisés aux fins de preuve sur demande étrangère ?" } },
            voluntary_appearance = { type = "measure",
              question = { en = "Can the authorities facilitate the voluntary appearance of persons in the requesting State?",
                           fr = "Les autorités peuvent-elles faciliter la comparution volontaire de personnes dans l'État requérant ?" } },
            other_assistance = { type = "measure",
              question = { en = "Can any other type of assistance that is not contrary to domestic law be afforded (an open clause rather than a closed list of measures)?",
                           fr = "Tout autre type d'assistance compatible avec le droit interne peut-il être accordé (clause ouverte plutôt que liste fermée de mesures) ?" } },
          },
        },
        -- 18(4)
        spontaneous_transmission = { type = "measure",
          question = { en = "May the competent authorities transmit information relating to criminal matters to a foreign competent authority without a prior request?",
                       fr = "Les autorités compétentes peuvent-elles communiquer, sans demande préalable, des informations concernant des affaires pénales à une autorité compétente étrangère ?" } },
        -- 18(5) and 18(19)
        received_information_conditions = { type = "measure",
          question = { en = "Are national authorities able and bound to respect the conditions a foreign State attaches to information or evidence it provides (confidentiality, restrictions on use, use only for the proceedings stated in the request), save the disclosure of exculpatory information after notice to that State?",
                       fr = "Les autorités nationales peuvent-elles et doivent-elles respecter les conditions qu'un État étranger attache aux informations ou éléments de preuve qu'il fournit (confidentialité, restrictions d'utilisation, utilisation pour les seules procédures visées dans la demande), sauf révélation d'informations à décharge après avis à cet État ?" } },
        -- 18(7)
        without_treaty = { type = "measure",
          extra = { basis = { type = "enum", values = { "direct_application", "national_law", "both" },
                              doc = { en = "direct_application: the Convention's paragraphs 9 to 29 are applied directly by the authorities; national_law: a national law allows assistance without a treaty and gives effect to them; both.",
                                      fr = "direct_application : les paragraphes 9 à 29 de la Convention sont appliqués directement par les autorités ; national_law : une loi nationale permet l'entraide sans traité et leur donne effet ; both : les deux." } } },
          question = { en = "Can the State afford mutual legal assistance to a State Party with which it has no mutual legal assistance treaty, applying paragraphs 9 to 29 of art. 18 (by direct application of the Convention or through national law)?",
                       fr = "L'État peut-il accorder l'entraide judiciaire à un État partie avec lequel il n'est lié par aucun traité d'entraide, en appliquant les paragraphes 9 à 29 de l'art. 18 (par application directe de la Convention ou par la loi nationale) ?" } },
        -- 18(8)
        bank_secrecy_no_ground = { type = "measure",
          question = { en = "Is bank secrecy excluded as a ground for refusing mutual legal assistance (can bank information be obtained for a foreign request as for domestic proceedings)?",
                       fr = "Le secret bancaire est-il exclu comme motif de refus de l'entraide judiciaire (les informations bancaires peuvent-elles être obtenues pour une demande étrangère comme pour une procédure interne) ?" } },
        -- 18(9)
        dual_criminality = { type = "measure",
          extra = { requirement = { type = "enum", values = { "not_required", "coercive_only", "discretionary", "mandatory" },
                                    doc = { en = "not_required: assistance never depends on dual criminality; coercive_only: required only for coercive measures; discretionary: a ground for refusal the authorities may waive; mandatory: assistance is always refused without dual criminality. adopted = false without a requirement reads as not_required.",
                                            fr = "not_required : l'entraide ne dépend jamais de la double incrimination ; coercive_only : exigée pour les seules mesures coercitives ; discretionary : motif de refus auquel les autorités peuvent renoncer ; mandatory : l'entraide est toujours refusée sans double incrimination. adopted = false sans requirement se lit not_required." } } },
          question = { en = "Does mutual legal assistance depend on dual criminality (never; only for coercive measures; at the authorities' discretion; always)?",
                       fr = "L'entraide judiciaire dépend-elle de la double incrimination (jamais ; pour les seules mesures coercitives ; à la discrétion des autorités ; toujours) ?" } },
        -- 18(10) to 18(12)
        detained_persons = {
          type = "record",
          doc = { en = "Temporary transfer of detained persons to give evidence or assist (art. 18(10) to (12)).",
                  fr = "Transfèrement temporaire de personnes détenues aux fins de témoignage ou de concours (art. 18, par. 10 à 12)." },
          fields = {
            outgoing = { type = "measure",
              question = { en = "Can a person detained or serving a sentence in the State be transferred temporarily to another State for identification, testimony or other assistance in obtaining evidence, with his or her free and informed consent?",
                           fr = "Une personne détenue ou purgeant une peine dans l'État peut-elle être transférée temporairement dans un autre État à des fins d'identification, de témoignage ou de concours à l'obtention de preuves, avec son consentement libre et éclairé ?" } },
            incoming = { type = "measure",
              question = { en = "Can the State request and receive a person detained in another State, transferred temporarily for identification, testimony or other assistance in obtaining evidence?",
                           fr = "L'État peut-il demander et recevoir une personne détenue dans un autre État, transférée temporairement à des fins d'identification, de témoignage ou de concours à l'obtention de preuves ?" } },
            custody = { type = "measure",
              question = { en = "Do the authorities have the power and the obligation to keep a person transferred to the State in custody, unless the sending State requests or authorizes otherwise?",
                           fr = "Les autorités ont-elles le pouvoir et l'obligation de garder en détention une personne transférée vers l'État, sauf demande ou autorisation contraire de l'État d'envoi ?" } },
            return_without_extradition = { type = "measure",
              question = { en = "Is a person transferred to the State returned to the sending State without delay, as agreed, without extradition proceedings being required?",
                           fr = "Une personne transférée vers l'État est-elle remise sans retard à l'État d'envoi, comme convenu, sans qu'une procédure d'extradition soit exigée ?" } },
            time_credit = { type = "measure",
              question = { en = "Is the time a person transferred abroad spent in custody there credited against the sentence he or she is serving in the State?",
                           fr = "La période de détention passée à l'étranger par une personne transférée est-elle imputée sur la peine qu'elle purge dans l'État ?" } },
            safe_conduct = { type = "measure",
              question = { en = "Is a person transferred to the State protected from prosecution, detention, punishment or other restriction of liberty there for acts, omissions or convictions prior to the transfer, unless the sending State agrees?",
                           fr = "Une personne transférée vers l'État y est-elle protégée contre toute poursuite, détention, peine ou autre restriction de liberté pour des actes, omissions ou condamnations antérieurs au transfert, sauf accord de l'État d'envoi ?" } },
          },
        },
        -- 18(13)
        central_authority = { type = "measure",
          extra = { authority = { type = "string", doc = { en = "The authority designated.", fr = "L'autorité désignée." } } },
          question = { en = "Has the State designated a central authority with the responsibility and power to receive requests for mutual legal assistance and either to execute them or to transmit them to the competent authorities for execution? Which one?",
                       fr = "L'État a-t-il désigné une autorité centrale ayant la responsabilité et le pouvoir de recevoir les demandes d'entraide judiciaire et soit de les exécuter, soit de les transmettre aux autorités compétentes pour exécution ? Laquelle ?" } },
        -- 18(14), third sentence
        oral_requests = { type = "measure",
          question = { en = "In urgent circumstances, does the State accept requests made orally (or by other rapid means), confirmed in writing forthwith?",
                       fr = "En cas d'urgence, l'État accepte-t-il les demandes faites oralement (ou par d'autres moyens rapides), confirmées sans délai par écrit ?" } },
        -- 18(17)
        requested_procedures = { type = "measure",
          question = { en = "Can a request be executed in accordance with the procedures specified by the requesting State, to the extent not contrary to domestic law?",
                       fr = "Une demande peut-elle être exécutée conformément aux procédures spécifiées par l'État requérant, dans la mesure où cela ne contrevient pas au droit interne ?" } },
        -- 18(18)
        videoconference = { type = "measure",
          question = { en = "Can a witness or expert in the State be heard by the judicial authorities of another State by videoconference?",
                       fr = "Un témoin ou un expert se trouvant dans l'État peut-il être entendu par vidéoconférence par les autorités judiciaires d'un autre État ?" } },
        -- 18(21)
        refusal_grounds = { type = "measure",
          extra = {
            grounds = { type = "list",
                        of = { type = "enum", values = { "non_conformity", "essential_interests", "domestic_prohibition", "legal_system" } },
                        doc = { en = "The grounds of art. 18(21) that national law retains: (a) non_conformity, (b) essential_interests, (c) domestic_prohibition, (d) legal_system.",
                                fr = "Les motifs de l'art. 18, par. 21, que retient le droit national : a) non_conformity, b) essential_interests, c) domestic_prohibition, d) legal_system." } },
            other_grounds = { type = "list", of = "text",
                              doc = { en = "Grounds for refusal outside art. 18(21), as national law states them.", fr = "Motifs de refus étrangers à l'art. 18, par. 21, tels que le droit national les énonce." } },
          },
          question = { en = "On which grounds may national law refuse mutual legal assistance (non-conformity of the request; sovereignty, security, public order or other essential interests; action prohibited for a similar domestic offence; contrary to the legal system on mutual legal assistance; other grounds)?",
                       fr = "Pour quels motifs le droit national permet-il de refuser l'entraide judiciaire (demande non conforme ; souveraineté, sécurité, ordre public ou autres intérêts essentiels ; mesure interdite pour une infraction interne analogue ; contraire au système juridique relatif à l'entraide ; autres motifs) ?" } },
        -- 18(22)
        fiscal_no_ground = { type = "measure",
          question = { en = "Is the fact that the offence also involves fiscal matters excluded as the sole ground for refusing mutual legal assistance?",
                       fr = "Le fait que l'infraction touche aussi à des questions fiscales est-il exclu comme seul motif de refus de l'entraide judiciaire ?" } },
        -- 18(23)
        refusal_reasons = { type = "measure",
          question = { en = "Does national law or the established practice of the central authority require that reasons be given for any refusal of mutual legal assistance?",
                       fr = "Le droit national ou la pratique établie de l'autorité centrale exige-t-il que tout refus d'entraide judiciaire soit motivé ?" } },
        -- 18(24)
        timely_execution = { type = "measure",
          question = { en = "Do national rules or the established practice of the central authority ensure that requests are executed as soon as possible, taking account of the deadlines suggested by the requesting State, and that reasonable inquiries on progress are answered (time limits, case-management system)?",
                       fr = "Les règles nationales ou la pratique établie de l'autorité centrale garantissent-elles l'exécution des demandes aussi promptement que possible, compte tenu des délais suggérés par l'État requérant, et une réponse aux demandes raisonnables sur l'état d'avancement (délais, système de suivi des dossiers) ?" } },
        -- 18(25)
        postponement = { type = "measure",
          question = { en = "May the execution of a request be postponed on the ground that it interferes with an ongoing investigation, prosecution or judicial proceeding?",
                       fr = "L'exécution d'une demande peut-elle être différée au motif qu'elle entraverait une enquête, des poursuites ou une procédure judiciaire en cours ?" } },
        -- 18(26)
        consultation_before_refusal = { type = "measure",
          question = { en = "Before refusing or postponing a request, do the authorities consult the requesting State to consider whether assistance may be granted subject to conditions (legal basis or established practice)?",
                       fr = "Avant de refuser ou de différer une demande, les autorités consultent-elles l'État requérant pour étudier la possibilité d'accorder l'entraide sous conditions (base légale ou pratique établie) ?" } },
        -- 18(27)
        safe_conduct = { type = "measure",
          question = { en = "Is a witness, expert or other person who comes to the State at its request to give evidence or assist protected from prosecution, detention, punishment or other restriction of liberty for acts, omissions or convictions prior to leaving the requested State, until 15 days after being told that his or her presence is no longer required?",
                       fr = "Le témoin, l'expert ou toute autre personne qui vient dans l'État à sa demande pour déposer ou collaborer est-il protégé contre toute poursuite, détention, peine ou autre restriction de liberté pour des actes, omissions ou condamnations antérieurs à son départ de l'État requis, jusqu'à quinze jours après avoir été informé que sa présence n'est plus requise ?" } },
        -- 18(29)(a)
        public_records = { type = "measure",
          question = { en = "Can copies of government records, documents or information that domestic law makes available to the general public be provided to a requesting State?",
                       fr = "Les copies de dossiers, documents ou renseignements administratifs auxquels le public a accès en vertu du droit interne peuvent-elles être fournies à un État requérant ?" } },
        -- 18(29)(b)
        non_public_records = { type = "measure",
          question = { en = "May copies of government records, documents or information not available to the general public be provided to a requesting State, in whole, in part or subject to conditions?",
                       fr = "Les copies de dossiers, documents ou renseignements administratifs auxquels le public n'a pas accès peuvent-elles être fournies à un État requérant, intégralement, en partie ou sous conditions ?" } },
        -- 18(30)
        agreements = { type = "measure",
          extra = { instruments = { type = "list", of = "text",
                                    doc = { en = "Bilateral or multilateral agreements or arrangements on mutual legal assistance the State has concluded.", fr = "Accords ou arrangements bilatéraux ou multilatéraux d'entraide judiciaire conclus par l'État." } } },
          question = { en = "Has the State concluded, or considered concluding, bilateral or multilateral agreements or arrangements on mutual legal assistance? Which ones?",
                       fr = "L'État a-t-il conclu, ou envisagé de conclure, des accords ou arrangements bilatéraux ou multilatéraux d'entraide judiciaire ? Lesquels ?" } },
      },
    },
  },
}
