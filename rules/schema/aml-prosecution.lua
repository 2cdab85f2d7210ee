-- rules/schema/aml-prosecution.lua: facts for UNTOC arts 7, 9 and 11.
--
--   aml              art. 7: the regulatory and supervisory regime against
--                    money-laundering (customer identification, records,
--                    suspicious transaction reports, supervision), the
--                    cooperation of the authorities that combat it, the
--                    financial intelligence unit, cross-border cash controls,
--                    international standards and cooperation.
--   anti_corruption  art. 9: measures to promote integrity and to prevent,
--                    detect and punish the corruption of public officials,
--                    and the authorities in charge (effectiveness,
--                    independence).  The offences themselves are art. 8's
--                    (`offences`), not repeated here.
--   prosecution      art. 11: discretionary powers of prosecution, release
--                    pending trial or appeal, early release and parole,
--                    limitation periods.  The sanctions of art. 11(1) are
--                    read from the penalties of `offences`, not asked again.
--                    The limitation facts serve any instrument that asks for
--                    a long limitation period (e.g. the Cybercrime
--                    Convention, art. 20).
--
-- Every fact is a standard measure (adopted true / false / "partly", source,
-- url, note, from, repealed, missing, considered); `extra` adds the few
-- details the findings quote.
return {
  fields = {
    aml = { type = "record",
      title = { en = "Measures to combat money-laundering", fr = "Mesures de lutte contre le blanchiment d'argent" },
      doc = { en = "Measures to combat money-laundering (UNTOC art. 7).",
              fr = "Mesures de lutte contre le blanchiment d'argent (art. 7 de la Convention)." },
      fields = {
        financial_institutions = { type = "measure",
          question = { en = "Does a domestic regulatory and supervisory regime against money-laundering apply to banks and to non-bank financial institutions (e.g. insurers, investment firms, payment and money-remittance services, bureaux de change)?",
                       fr = "Un régime interne de réglementation et de contrôle contre le blanchiment d'argent s'applique-t-il aux banques et aux institutions financières non bancaires (assureurs, entreprises d'investissement, services de paiement et de transmission de fonds, bureaux de change...) ?" } },
        other_bodies = { type = "measure",
          question = { en = "Does the regime also cover, where appropriate, other bodies particularly susceptible to money-laundering (e.g. casinos, real-estate agents, dealers in precious metals and stones, lawyers, notaries, accountants, trust and company service providers)? If the State found that no other body needs to be covered, say so and why.",
                       fr = "Le régime vise-t-il aussi, le cas échéant, les autres entités particulièrement exposées au blanchiment d'argent (casinos, agents immobiliers, négociants en métaux et pierres précieux, avocats, notaires, experts-comptables, prestataires de services aux sociétés et fiducies...) ? Si l'État a jugé qu'aucune autre entité ne devait être visée, l'indiquer et dire pourquoi." } },
        customer_identification = { type = "measure",
          question = { en = "Must the institutions subject to the regime identify their customers (and beneficial owners) before or when entering into a business relationship or carrying out a transaction?",
                       fr = "Les institutions assujetties au régime doivent-elles identifier leurs clients (et bénéficiaires effectifs) avant ou lors de l'entrée en relation d'affaires ou de l'exécution d'une opération ?" } },
        record_keeping = { type = "measure",
          question = { en = "Must the institutions subject to the regime keep records of customer identification and of transactions, and for how long?",
                       fr = "Les institutions assujetties au régime doivent-elles conserver les documents relatifs à l'identification des clients et aux opérations, et pendant combien de temps ?" } },
        suspicious_transaction_reporting = { type = "measure",
          question = { en = "Must the institutions subject to the regime report suspicious transactions (to a financial intelligence unit or another designated authority)?",
                       fr = "Les institutions assujetties au régime doivent-elles déclarer les opérations suspectes (à un service de renseignement financier ou à une autre autorité désignée) ?" } },
        supervision = { type = "measure",
          question = { en = "Are the institutions subject to the regime supervised by competent authorities with powers to monitor and enforce compliance (inspections, sanctions)?",
                       fr = "Les institutions assujetties au régime sont-elles contrôlées par des autorités compétentes dotées de pouvoirs de surveillance et de sanction du respect de leurs obligations ?" } },
        domestic_cooperation = { type = "measure",
          question = { en = "Can the administrative, regulatory, law-enforcement and other authorities dedicated to combating money-laundering (including judicial authorities where domestic law so provides) cooperate and exchange information with one another at the national level?",
                       fr = "Les autorités administratives, de réglementation, de détection et de répression et autres chargées de la lutte contre le blanchiment d'argent (y compris, quand le droit interne le prévoit, les autorités judiciaires) peuvent-elles coopérer et échanger des informations entre elles au niveau national ?" } },
        international_exchange = { type = "measure",
          question = { en = "Can those authorities cooperate and exchange information with their foreign counterparts (at the international level), within the conditions prescribed by domestic law?",
                       fr = "Ces autorités peuvent-elles coopérer et échanger des informations avec leurs homologues étrangers (au niveau international), dans les conditions définies par le droit interne ?" } },
        fiu = { type = "measure", extra = { name = "string" },
          question = { en = "Has the State established a financial intelligence unit serving as a national centre for the collection, analysis and dissemination of information regarding potential money-laundering (give its name)? If not, did it consider establishing one?",
                       fr = "L'État a-t-il créé un service de renseignement financier faisant office de centre national de collecte, d'analyse et de diffusion d'informations concernant d'éventuelles opérations de blanchiment (indiquer son nom) ? Sinon, a-t-il envisagé d'en créer un ?" } },
        cross_border_cash = { type = "measure",
          extra = {
            system = { type = "enum", values = { "declaration", "disclosure", "other" },
                       doc = { en = "declaration: travellers must declare cash above a threshold; disclosure: they must disclose it when asked; other: another detection and monitoring measure.",
                               fr = "declaration : les voyageurs déclarent les espèces au-delà d'un seuil ; disclosure : ils les révèlent sur demande ; other : une autre mesure de détection et de surveillance." } },
            threshold = "number",
            currency = "string",
          },
          question = { en = "Has the State implemented measures to detect and monitor the movement of cash and appropriate negotiable instruments across its borders (e.g. a declaration or disclosure requirement, and from which amount)? If not, did it consider them?",
                       fr = "L'État a-t-il mis en œuvre des mesures de détection et de surveillance du mouvement transfrontière d'espèces et de titres négociables appropriés (obligation de déclaration ou de communication, et à partir de quel montant) ? Sinon, les a-t-il envisagées ?" } },
        international_standards = { type = "measure",
          extra = { initiatives = { type = "list", of = "string" } },
          question = { en = "In establishing its regulatory and supervisory regime, did the State use as a guideline the relevant initiatives of regional, interregional and multilateral organizations against money-laundering (e.g. the FATF Recommendations, EU directives)? Which ones?",
                       fr = "Pour instituer son régime de réglementation et de contrôle, l'État a-t-il pris pour lignes directrices les initiatives pertinentes des organisations régionales, interrégionales et multilatérales contre le blanchiment d'argent (recommandations du GAFI, directives de l'UE...) ? Lesquelles ?" } },
        international_cooperation = { type = "measure",
          question = { en = "Does the State develop and promote global, regional, subregional and bilateral cooperation among judicial, law-enforcement and financial regulatory authorities against money-laundering (e.g. membership of the FATF or of a FATF-style regional body, of the Egmont Group, agreements or memoranda of understanding between authorities)?",
                       fr = "L'État développe-t-il et promeut-il la coopération mondiale, régionale, sous-régionale et bilatérale entre autorités judiciaires, services de détection et de répression et autorités de réglementation financière contre le blanchiment d'argent (participation au GAFI ou à un organisme régional de type GAFI, au Groupe Egmont, accords ou protocoles d'entente entre autorités...) ?" } },
      },
    },

    anti_corruption = { type = "record",
      title = { en = "Measures against corruption", fr = "Mesures contre la corruption" },
      doc = { en = "Measures against the corruption of public officials besides its criminalization (UNTOC art. 9).",
              fr = "Mesures contre la corruption des agents publics, outre son incrimination (art. 9 de la Convention)." },
      fields = {
        integrity = { type = "measure",
          question = { en = "Has the State adopted legislative, administrative or other measures to promote integrity among public officials (e.g. codes of conduct, conflict-of-interest rules, declarations of assets or interests)?",
                       fr = "L'État a-t-il adopté des mesures législatives, administratives ou autres pour promouvoir l'intégrité des agents publics (codes de conduite, règles sur les conflits d'intérêts, déclarations de patrimoine ou d'intérêts...) ?" } },
        prevention = { type = "measure",
          question = { en = "Has the State adopted measures to prevent the corruption of public officials (e.g. a prevention body, corruption-risk controls in public administrations, transparent recruitment and procurement rules)?",
                       fr = "L'État a-t-il adopté des mesures pour prévenir la corruption des agents publics (organe de prévention, maîtrise des risques de corruption dans les administrations, règles transparentes de recrutement et de marchés publics...) ?" } },
        detection = { type = "measure",
          question = { en = "Has the State adopted measures to detect the corruption of public officials (e.g. audits and inspections, duties or channels to report it, protection of persons who report)?",
                       fr = "L'État a-t-il adopté des mesures pour détecter la corruption des agents publics (audits et inspections, obligations ou canaux de signalement, protection des lanceurs d'alerte...) ?" } },
        punishment = { type = "measure",
          question = { en = "Besides the criminal offences of art. 8, are public officials involved in corruption liable to disciplinary or administrative sanctions (e.g. dismissal, disqualification from public office)?",
                       fr = "Outre les infractions pénales de l'art. 8, les agents publics impliqués dans la corruption encourent-ils des sanctions disciplinaires ou administratives (révocation, inéligibilité, interdiction d'exercer une fonction publique...) ?" } },
        authorities = { type = "measure",
          question = { en = "Do the authorities responsible for preventing, detecting and punishing the corruption of public officials have the mandate, powers and resources to act effectively (e.g. specialised prosecutors or police units, an anti-corruption agency)?",
                       fr = "Les autorités chargées de prévenir, détecter et réprimer la corruption des agents publics disposent-elles du mandat, des pouvoirs et des moyens d'agir efficacement (parquets ou services d'enquête spécialisés, agence anticorruption...) ?" } },
        independence = { type = "measure",
          question = { en = "Do those authorities have adequate independence to deter the exertion of inappropriate influence on their actions (e.g. guarantees of tenure, no instructions in individual cases)?",
                       fr = "Ces autorités disposent-elles d'une indépendance suffisante pour empêcher toute influence inappropriée sur leurs actions (garanties statutaires, absence d'instructions dans les affaires individuelles...) ?" } },
      },
    },

    prosecution = { type = "record",
      title = { en = "Prosecution, adjudication and sanctions", fr = "Poursuites judiciaires, jugement et sanctions" },
      doc = { en = "Prosecution, adjudication and sanctions (UNTOC art. 11), besides the offences and their penalties.",
              fr = "Poursuites judiciaires, jugement et sanctions (art. 11 de la Convention), outre les infractions et leurs peines." },
      fields = {
        discretion = { type = "measure",
          extra = {
            system = { type = "enum", values = { "opportunity", "legality_with_exceptions", "strict_legality" },
                       doc = { en = "opportunity: prosecutors decide whether to prosecute; legality_with_exceptions: prosecution is mandatory save for discretionary exceptions; strict_legality: no discretionary power relating to prosecution exists.",
                               fr = "opportunity : le parquet apprécie l'opportunité des poursuites ; legality_with_exceptions : les poursuites sont obligatoires sauf exceptions discrétionnaires ; strict_legality : aucun pouvoir discrétionnaire relatif aux poursuites." } },
          },
          question = { en = "Do prosecutors have discretionary powers relating to the prosecution of offences covered by the Convention (opportunity of prosecution, alternatives to prosecution, plea agreements), and is their exercise guided so as to maximise the effectiveness of law enforcement against those offences and to deter them (e.g. criminal-policy instructions, prosecution guidelines, review of decisions not to prosecute)? State system = strict_legality if no such power exists.",
                       fr = "Le ministère public dispose-t-il de pouvoirs discrétionnaires relatifs aux poursuites des infractions visées par la Convention (opportunité des poursuites, alternatives aux poursuites, procédures négociées), et leur exercice est-il orienté de façon à optimiser l'efficacité de la répression de ces infractions et à exercer un effet dissuasif (instructions de politique pénale, lignes directrices, recours contre les classements) ? Indiquer system = strict_legality si aucun pouvoir de ce type n'existe." } },
        release_pending_trial = { type = "measure",
          question = { en = "When a person prosecuted for an offence of arts 5, 6, 8 or 23 is released pending trial, can the conditions of release take into account the need to ensure his or her presence at later criminal proceedings (e.g. judicial supervision, bail, surrender of passport, duty to report)?",
                       fr = "Lorsqu'une personne poursuivie pour une infraction des art. 5, 6, 8 ou 23 est remise en liberté dans l'attente du jugement, les conditions de sa mise en liberté peuvent-elles tenir compte de la nécessité d'assurer sa présence lors de la procédure pénale ultérieure (contrôle judiciaire, cautionnement, remise du passeport, obligation de se présenter...) ?" } },
        release_pending_appeal = { type = "measure",
          question = { en = "When a person convicted of an offence of arts 5, 6, 8 or 23 is released pending appeal, can the conditions of release take into account the need to ensure his or her presence at the appeal proceedings?",
                       fr = "Lorsqu'une personne condamnée pour une infraction des art. 5, 6, 8 ou 23 est laissée ou remise en liberté dans l'attente de la procédure d'appel, les conditions de sa mise en liberté peuvent-elles tenir compte de la nécessité d'assurer sa présence lors de cette procédure ?" } },
        early_release = { type = "measure",
          extra = {
            available = { type = "boolean",
                          doc = { en = "false if national law provides for no early release or parole at all.",
                                  fr = "false si le droit national ne prévoit aucune libération anticipée ou conditionnelle." } },
          },
          question = { en = "When courts or other competent authorities consider the early release or parole of persons convicted of offences covered by the Convention, must they bear in mind the grave nature of those offences (e.g. criteria that include the gravity of the offence, longer minimum terms, security periods)? State available = false if there is no early release or parole.",
                       fr = "Lorsque les juridictions ou autres autorités compétentes envisagent la libération anticipée ou conditionnelle de personnes condamnées pour des infractions visées par la Convention, doivent-elles tenir compte de la gravité de ces infractions (critères incluant la gravité de l'infraction, durées minimales plus longues, périodes de sûreté...) ? Indiquer available = false s'il n'existe aucune libération anticipée ou conditionnelle." } },
        limitation = { type = "measure",
          extra = {
            years = { type = "number",
                      doc = { en = "The shortest limitation period, in years, that applies to the offences covered by the Convention.",
                              fr = "La plus courte période de prescription, en années, applicable aux infractions visées par la Convention." } },
            no_limitation = { type = "boolean",
                              doc = { en = "true if the offences covered by the Convention are not subject to any limitation period.",
                                      fr = "true si les infractions visées par la Convention ne sont soumises à aucune prescription." } },
          },
          question = { en = "Does national law set a long limitation period in which to commence proceedings for the offences covered by the Convention? Give the shortest period that applies to them (years), or no_limitation = true if they are not subject to limitation.",
                       fr = "Le droit national fixe-t-il une période de prescription prolongée au cours de laquelle des poursuites peuvent être engagées du chef des infractions visées par la Convention ? Indiquer la plus courte période qui leur est applicable (years), ou no_limitation = true si elles sont imprescriptibles." } },
        limitation_evasion = { type = "measure",
          question = { en = "Is the limitation period longer, or is it suspended or interrupted, where the alleged offender has evaded the administration of justice (e.g. by absconding or fleeing abroad)?",
                       fr = "La période de prescription est-elle plus longue, ou est-elle suspendue ou interrompue, lorsque l'auteur présumé s'est soustrait à la justice (fuite, départ à l'étranger...) ?" } },
      },
    },
  },
}
