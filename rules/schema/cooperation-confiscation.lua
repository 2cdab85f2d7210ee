-- rules/schema/cooperation-confiscation.lua: facts for UNTOC arts 13 and 14
-- (and their twins, Cybercrime Convention arts 49-52, which read the same
-- facts and add those marked below)
-- (international cooperation for purposes of confiscation; disposal and return
-- of confiscated proceeds) and arts 17 and 21 (transfer of sentenced persons;
-- transfer of criminal proceedings).
--
-- Facts reused from rules/schema.lua rather than duplicated: the domestic
-- confiscation powers (confiscation.*, art. 12), the copies of laws sent to the
-- Secretary-General (notifications, provision "untoc:13.5") and the principles
-- a State invokes for a qualifier (principles, "untoc:13.1", "untoc:14.2").
--
-- Every fact below is a standard measure (adopted true / false / "partly",
-- source, url, note, from, repealed, missing, considered).  Measures state
-- what national law (statute, regulation, treaty in force for the State)
-- provides for requests from ANY State Party to UNTOC: a mechanism open only
-- to some States (e.g. European Union member States under Regulation (EU)
-- 2018/1805) is "partly", with the States left out under `missing`.
return {
  fields = {
    confiscation_cooperation = { type = "record",
      title = { en = "International cooperation for purposes of confiscation", fr = "Coopération internationale aux fins de confiscation" },
      doc = { en = "Cooperation with other States for confiscation (UNTOC art. 13) and the disposal and return of confiscated property (art. 14).",
              fr = "Coopération avec les autres États aux fins de confiscation (CNUCTO, art. 13) et disposition et restitution des biens confisqués (art. 14)." },
      fields = {
        -- Art. 13(1)(a)
        domestic_order_on_request = { type = "measure",
          question = { en = "On a request from another State for the confiscation of proceeds, property or instrumentalities situated in the territory, can the competent authorities apply for a domestic confiscation order and, if it is granted, give effect to it?",
                       fr = "Sur demande d'un autre État tendant à la confiscation du produit, de biens ou d'instruments situés sur le territoire, les autorités compétentes peuvent-elles faire prononcer une décision de confiscation nationale et, si elle intervient, la faire exécuter ?" } },
        -- Art. 13(1)(b)
        foreign_order_enforcement = { type = "measure",
          question = { en = "Can a confiscation order issued by a court of another State be given effect (recognised and enforced) in the territory, to the extent requested, for proceeds, property of corresponding value and instrumentalities?",
                       fr = "Une décision de confiscation rendue par un tribunal d'un autre État peut-elle être exécutée sur le territoire, dans les limites de la demande, pour le produit, les biens de valeur correspondante et les instruments ?" } },
        -- Art. 13(2)
        identification_tracing_on_request = { type = "measure",
          question = { en = "On a request from another State, can the authorities identify and trace proceeds, property or instrumentalities with a view to their eventual confiscation?",
                       fr = "Sur demande d'un autre État, les autorités peuvent-elles identifier et localiser le produit, les biens ou les instruments en vue de leur confiscation éventuelle ?" } },
        freezing_seizure_on_request = { type = "measure",
          question = { en = "On a request from another State, can proceeds, property or instrumentalities be frozen or seized with a view to their eventual confiscation (ordered abroad or on a confiscation request)?",
                       fr = "Sur demande d'un autre État, le produit, les biens ou les instruments peuvent-ils être gelés ou saisis en vue de leur confiscation éventuelle (ordonnée à l'étranger ou sur demande de confiscation) ?" } },
        -- Art. 13(6)
        treaty_basis = { type = "measure",
          extra = { treaty_required = { type = "boolean",
                      doc = { en = "true if the State makes any of the measures of art. 13(1) or 13(2) conditional on a treaty; false if it cooperates without one.",
                              fr = "true si l'État subordonne l'une des mesures de l'art. 13, par. 1 ou 2, à l'existence d'un traité ; false s'il coopère sans traité." } } },
          doc = { en = "adopted: whether the State considers the Convention the necessary and sufficient treaty basis for those measures (read only when treaty_required is true).",
                  fr = "adopted : si l'État considère la Convention comme une base conventionnelle nécessaire et suffisante pour ces mesures (lu seulement si treaty_required vaut true)." },
          question = { en = "Does the State make confiscation, tracing, freezing or seizure on a foreign request conditional on a treaty (treaty_required)? If so, does it consider the Convention the necessary and sufficient treaty basis (adopted)?",
                       fr = "L'État subordonne-t-il la confiscation, la localisation, le gel ou la saisie sur demande étrangère à l'existence d'un traité (treaty_required) ? Dans ce cas, considère-t-il la Convention comme une base conventionnelle nécessaire et suffisante (adopted) ?" } },
        -- Art. 13(7)
        refusal_non_convention_offence = { type = "measure",
          question = { en = "Does national law allow a request for confiscation cooperation to be refused because the offence is not an offence covered by the Convention?",
                       fr = "Le droit national permet-il de refuser une demande de coopération aux fins de confiscation au motif que l'infraction n'est pas visée par la Convention ?" } },
        -- Art. 13(9)
        agreements = { type = "measure",
          question = { en = "Has the State concluded, or considered concluding, bilateral or multilateral treaties, agreements or arrangements to enhance international cooperation for confiscation?",
                       fr = "L'État a-t-il conclu, ou envisagé de conclure, des traités, accords ou arrangements bilatéraux ou multilatéraux pour renforcer la coopération internationale aux fins de confiscation ?" } },
        -- Art. 14(1)
        disposal = { type = "measure",
          question = { en = "Do national law and administrative procedures govern the disposal of proceeds and property confiscated, both in domestic proceedings and on a foreign request (who becomes owner, sale, management, allocation)?",
                       fr = "Le droit interne et les procédures administratives régissent-ils la disposition du produit et des biens confisqués, dans les procédures nationales comme sur demande étrangère (propriété, vente, gestion, affectation) ?" } },
        -- Art. 14(2)
        return_to_requesting_state = { type = "measure",
          question = { en = "When confiscating on a foreign request, can the State return the confiscated proceeds or property to the requesting State (to compensate victims or return them to their legitimate owners), and does it give such return priority consideration when asked?",
                       fr = "Lorsqu'il confisque sur demande étrangère, l'État peut-il restituer le produit ou les biens confisqués à l'État requérant (pour indemniser les victimes ou les restituer à leurs propriétaires légitimes), et envisage-t-il cette restitution à titre prioritaire lorsqu'elle lui est demandée ?" } },
        -- Art. 14(3)(a)
        contribution_agreements = { type = "measure",
          question = { en = "Does the State provide for, or conclude agreements or arrangements on, contributing confiscated proceeds (or their value) to the UNTOC account under art. 30(2)(c) or to intergovernmental bodies fighting organized crime?",
                       fr = "L'État prévoit-il, ou conclut-il des accords ou arrangements prévoyant, le versement du produit confisqué (ou de sa valeur) au compte de la CNUCTO prévu à l'art. 30, par. 2 c), ou à des organismes intergouvernementaux de lutte contre la criminalité organisée ?" } },
        -- Art. 14(3)(b)
        sharing_agreements = { type = "measure",
          question = { en = "Does the State share confiscated proceeds or property (or the funds from their sale) with other States, regularly or case by case, under its law or under agreements or arrangements?",
                       fr = "L'État partage-t-il le produit ou les biens confisqués (ou les fonds provenant de leur vente) avec d'autres États, systématiquement ou au cas par cas, en vertu de son droit ou d'accords ou arrangements ?" } },
        -- Cybercrime Convention arts 49-52: what UNTOC arts 13-14 do not ask
        -- (the rest of those articles reads the facts above).
        -- Cybercrime art. 49(1)(b)
        foreign_origin_confiscation = { type = "measure",
          question = { en = "Can the competent authorities, where they have jurisdiction, order the confiscation of property of foreign origin acquired through or used for an offence, by adjudication of a money-laundering offence or another offence, or by another procedure of national law?",
                       fr = "Les autorités compétentes peuvent-elles, lorsqu'elles ont compétence, ordonner la confiscation de biens d'origine étrangère acquis au moyen d'une infraction ou utilisés pour elle, en se prononçant sur une infraction de blanchiment ou une autre infraction, ou par une autre procédure du droit interne ?" } },
        -- Cybercrime art. 49(1)(c)
        non_conviction_based = { type = "measure",
          question = { en = "Can property be confiscated without a criminal conviction where the offender cannot be prosecuted because of death, flight or absence, or in other appropriate cases (or has the State considered it)?",
                       fr = "Des biens peuvent-ils être confisqués en l'absence de condamnation pénale lorsque l'auteur ne peut être poursuivi pour cause de décès, de fuite ou d'absence, ou dans d'autres cas appropriés (ou l'État l'a-t-il envisagé) ?" } },
        -- Cybercrime art. 49(2)(a)
        foreign_freezing_order = { type = "measure",
          question = { en = "Can the competent authorities freeze or seize property on the basis of a freezing or seizure order issued by a court or competent authority of a requesting State?",
                       fr = "Les autorités compétentes peuvent-elles geler ou saisir des biens sur la base d'une décision de gel ou de saisie prononcée par un tribunal ou une autorité compétente d'un État requérant ?" } },
        -- Cybercrime art. 49(2)(c)
        preservation_for_confiscation = { type = "measure",
          question = { en = "Can the competent authorities preserve property for confiscation on other bases, such as a foreign arrest or criminal charge related to its acquisition (or has the State considered such measures)?",
                       fr = "Les autorités compétentes peuvent-elles préserver des biens en vue de leur confiscation sur d'autres bases, par exemple une arrestation ou une inculpation intervenue à l'étranger en relation avec leur acquisition (ou l'État l'a-t-il envisagé) ?" } },
        -- Cybercrime art. 50(7)
        refusal_insufficient_evidence_minimal_value = { type = "measure",
          question = { en = "May confiscation cooperation be refused, or provisional measures lifted, where sufficient evidence is not received in time or the property is of minimal value?",
                       fr = "La coopération aux fins de confiscation peut-elle être refusée, ou les mesures conservatoires levées, lorsque des preuves suffisantes ne sont pas reçues en temps voulu ou que le bien est de valeur minime ?" } },
        -- Cybercrime art. 50(8)
        hearing_before_lifting = { type = "measure",
          question = { en = "Before lifting a provisional measure taken on a foreign request, is the requesting State given an opportunity to present its reasons for continuing it?",
                       fr = "Avant de lever une mesure conservatoire prise sur demande étrangère, l'État requérant a-t-il la faculté de présenter ses arguments en faveur de son maintien ?" } },
        -- Cybercrime art. 51
        spontaneous_proceeds_information = { type = "measure",
          question = { en = "Can the authorities, without a prior request, forward to another State information on the proceeds of offences that could help it investigate, prosecute or request confiscation?",
                       fr = "Les autorités peuvent-elles, sans demande préalable, communiquer à un autre État des informations sur le produit d'infractions qui pourraient l'aider à enquêter, à poursuivre ou à présenter une demande de confiscation ?" } },
        -- Cybercrime art. 52(3)(a)
        cybercrime_account_contributions = { type = "measure",
          question = { en = "Does the State provide for, or conclude agreements or arrangements on, contributing confiscated proceeds (or their value) to the account designated under art. 56(2)(c) of the Cybercrime Convention or to intergovernmental bodies fighting cybercrime?",
                       fr = "L'État prévoit-il, ou conclut-il des accords ou arrangements prévoyant, le versement du produit confisqué (ou de sa valeur) au compte désigné en application de l'art. 56, par. 2 c), de la Convention sur la cybercriminalité ou à des organismes intergouvernementaux de lutte contre la cybercriminalité ?" } },
        -- Cybercrime art. 52(4)
        expenses_deduction = { type = "measure",
          question = { en = "When returning or disposing of property confiscated on a foreign request, may the State deduct the reasonable expenses of the investigations or proceedings that led to it?",
                       fr = "Lorsqu'il restitue des biens confisqués sur demande étrangère ou en dispose, l'État peut-il déduire les dépenses raisonnables des enquêtes ou procédures qui y ont conduit ?" } },
      } },

    transfers = { type = "record",
      title = { en = "Transfer of sentenced persons and of criminal proceedings", fr = "Transfèrement des personnes condamnées et transfert des procédures pénales" },
      doc = { en = "Transfer of sentenced persons (UNTOC art. 17) and of criminal proceedings (art. 21).",
              fr = "Transfèrement des personnes condamnées (CNUCTO, art. 17) et transfert des procédures pénales (art. 21)." },
      fields = {
        -- Art. 17
        sentenced_persons = { type = "measure",
          question = { en = "Is the State party to bilateral or multilateral agreements or arrangements on the transfer of sentenced persons to complete their sentences in their own country (and does national law give effect to such transfers)?",
                       fr = "L'État est-il partie à des accords ou arrangements bilatéraux ou multilatéraux sur le transfèrement des personnes condamnées afin qu'elles purgent leur peine dans leur pays (et le droit interne donne-t-il effet à ces transfèrements) ?" } },
        -- Art. 21
        criminal_proceedings = { type = "measure",
          question = { en = "Can criminal proceedings be transferred to or taken over from another State (by statute, treaty or official denunciation for prosecution), or has the State considered providing for it?",
                       fr = "Les procédures pénales peuvent-elles être transférées à un autre État ou reprises d'un autre État (loi, traité ou dénonciation officielle aux fins de poursuites), ou l'État a-t-il envisagé de le prévoir ?" } },
      } },
  },
}
