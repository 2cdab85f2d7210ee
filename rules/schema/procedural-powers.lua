-- rules/schema/procedural-powers.lua: facts for the procedural measures of
-- the Cybercrime Convention, ch. IV (arts 23-30; art. 32 reads the UNTOC
-- art. 22 fact `investigation.foreign_convictions`).
--
-- The model: a procedural power is a `measure` (adopted, source, from...)
-- that carries its conditions and safeguards (art. 24(2)) as
-- `safeguards`, a `power_safeguards` record.  A power the profile states
-- without safeguards falls back on `procedural_powers.general_safeguards`,
-- the safeguards national law attaches to every power (stated once).  The
-- rules of arts 25-30 find a power met only when every safeguard is there
-- (or is stated not appropriate to the nature of that power: 24(2) "lorsque
-- cela est approprié"); the cooperation articles (arts 42-46: the same
-- powers used for another State) can give their own powers the same
-- `power_safeguards` record.
--
-- A reservation under art. 23(3)(a) or (b) is an entry of the profile's
-- `reservations` list naming "cybercrime:29" (and "cybercrime:30" for
-- 23(3)(b)), exactly, one entry for each (docs/profile.md 10.2); it limits
-- those articles without switching them off
-- (rules/cybercrime/instrument.lua, `limited_by_reservation`); the limits
-- the Convention puts on it are facts here.
return {
  types = {
    power_safeguards = {
      type = "record",
      title = { en = "Conditions and safeguards of a power (art. 24(2))", fr = "Conditions et garanties d'un pouvoir (art. 24, par. 2)" },
      doc = { en = "The conditions and safeguards national law attaches to a procedural power (Cybercrime Convention art. 24(2)): judicial or other independent review, an effective remedy, grounds justifying application, limits of scope and duration.",
              fr = "Les conditions et garanties dont le droit national assortit un pouvoir procédural (art. 24, par. 2, de la Convention sur la cybercriminalité) : contrôle juridictionnel ou autre contrôle indépendant, recours efficace, motifs justifiant l'application, limitation du champ et de la durée." },
      question = { en = "Which conditions and safeguards govern this power: who authorises or reviews it (a judge, another independent authority, or none), is there an effective remedy, must grounds justify its use, are its scope and its duration limited?",
                   fr = "Quelles conditions et garanties encadrent ce pouvoir : qui l'autorise ou le contrôle (un juge, une autre autorité indépendante, personne), existe-t-il un recours efficace, des motifs doivent-ils justifier son usage, son champ et sa durée sont-ils limités ?" },
      template = { "review", "remedy", "grounds", "scope_limits", "duration_limits" },
      fields = {
        review = { type = "enum", values = { "judicial", "independent", "none" },
                   doc = { en = "Who authorises or reviews the use of the power at national level (24(2), 24(5)): judicial (a judge or court), independent (another independent authority), none.",
                           fr = "Qui autorise ou contrôle l'usage du pouvoir au niveau interne (24(2), 24(5)) : judicial (un juge ou une juridiction), independent (une autre autorité indépendante), none (personne)." } },
        remedy = { type = "boolean", doc = { en = "An effective remedy against the use of the power exists.", fr = "Un recours efficace contre l'usage du pouvoir existe." } },
        grounds = { type = "boolean", doc = { en = "National law states the grounds that justify using the power (an offence under investigation, necessity).", fr = "Le droit national énonce les motifs justifiant l'usage du pouvoir (infraction faisant l'objet de l'enquête, nécessité)." } },
        scope_limits = { type = "boolean", doc = { en = "National law limits the scope of the power (offences, data, persons).", fr = "Le droit national limite le champ du pouvoir (infractions, données, personnes)." } },
        duration_limits = { type = "boolean", doc = { en = "National law limits the duration of the power.", fr = "Le droit national limite la durée du pouvoir." } },
        not_appropriate = { type = "list", of = { type = "enum", values = { "review", "remedy", "grounds", "scope_limits", "duration_limits" } },
                            doc = { en = "Safeguards the State holds not appropriate to the nature of this power (24(2): \"where appropriate in view of the nature of the procedure or power\"); say why in the note.",
                                    fr = "Garanties que l'État estime inappropriées eu égard à la nature de ce pouvoir (24(2) : « lorsque cela est approprié eu égard à la nature de la procédure ou des pouvoirs ») ; dire pourquoi dans la note." } },
        source = "string", url = "string", note = "text",
      },
    },
    -- A power of real-time collection (art. 29: traffic data; art. 30:
    -- content data, the same means): a measure with its safeguards.
    realtime_power = { type = "measure",
      extra = {
        safeguards = "power_safeguards",
        by_authorities = { type = "boolean", doc = { en = "The authorities can themselves collect or record the data by technical means in the territory (arts 29(1)(a), 30(1)(a)).", fr = "Les autorités peuvent elles-mêmes collecter ou enregistrer les données par des moyens techniques sur le territoire (art. 29(1)(a), 30(1)(a))." } },
        provider_collects = { type = "boolean", doc = { en = "A service provider can be compelled, within its existing technical capability, to collect or record them ((1)(b)(i)).", fr = "Un fournisseur de services peut être obligé, dans le cadre de ses capacités techniques existantes, de les collecter ou enregistrer ((1)(b)(i))." } },
        provider_assists = { type = "boolean", doc = { en = "A service provider can be compelled to cooperate with and assist the authorities in collecting or recording them ((1)(b)(ii)).", fr = "Un fournisseur de services peut être obligé de prêter son concours et son assistance aux autorités pour les collecter ou enregistrer ((1)(b)(ii))." } },
        alternative_collection = { type = "boolean", doc = { en = "Where the principles of the domestic legal system prevent (1)(a) (state the principle under `principles` for \"cybercrime:29.1.a\" or \"cybercrime:30.1.a\"): other measures ensure real-time collection or recording by technical means in the territory (arts 29(2), 30(2)).", fr = "Lorsque les principes du système juridique interne empêchent le (1)(a) (énoncer le principe sous `principles` pour \"cybercrime:29.1.a\" ou \"cybercrime:30.1.a\") : d'autres mesures assurent la collecte ou l'enregistrement en temps réel par des moyens techniques sur le territoire (art. 29(2), 30(2))." } },
        offences = { type = "offence_scope", doc = { en = "The offences for which the power is available (art. 30: the range of serious offences national law defines; art. 29: every offence (art. 23(2)), unless a reservation under art. 23(3)(a) names fewer, which are then compared with art. 30's).", fr = "Les infractions pour lesquelles le pouvoir est disponible (art. 30 : les infractions graves que définit le droit interne ; art. 29 : toute infraction (art. 23, par. 2), sauf réserve au titre de l'art. 23, par. 3, a), qui en spécifie moins, comparées alors à celles de l'art. 30)." } },
      },
    },
  },
  fields = {
    procedural_powers = {
      title = { en = "Procedural powers for electronic evidence (Cybercrime Convention ch. IV)", fr = "Pouvoirs procéduraux relatifs aux preuves électroniques (ch. IV de la Convention sur la cybercriminalité)" },
      type = "record",
      doc = { en = "Procedural powers and their safeguards: scope (Cybercrime Convention art. 23), conditions and safeguards (24), preservation (25, 26), production orders (27), search and seizure (28), real-time collection of traffic data (29), interception of content data (30). Each power is a measure with its `safeguards`.",
              fr = "Pouvoirs procéduraux et leurs garanties : champ (art. 23 de la Convention sur la cybercriminalité), conditions et garanties (24), préservation (25, 26), injonctions de produire (27), perquisition et saisie (28), collecte en temps réel des données de trafic (29), interception des données de contenu (30). Chaque pouvoir est une mesure assortie de ses `safeguards`." },
      fields = {
        -- Art. 23(2): to what the powers apply
        scope_convention_offences = { type = "measure",
          question = { en = "Do the procedural powers for electronic evidence (preservation, production, search, real-time collection) apply to the investigation of the offences the Cybercrime Convention requires (illegal access, interception, interference, misuse of devices, computer fraud and forgery, child sexual abuse material, laundering...)?",
                       fr = "Les pouvoirs procéduraux relatifs aux preuves électroniques (préservation, production, perquisition, collecte en temps réel) s'appliquent-ils aux enquêtes sur les infractions que la Convention sur la cybercriminalité impose (accès illégal, interception, atteintes aux données et systèmes, usage abusif de dispositifs, fraude et falsification informatiques, contenus d'abus sexuels sur enfants, blanchiment...) ?" } },
        scope_ict_offences = { type = "measure",
          question = { en = "Do those powers apply to other criminal offences committed by means of an information and communications technology system?",
                       fr = "Ces pouvoirs s'appliquent-ils aux autres infractions pénales commises au moyen d'un système d'information et de communication ?" } },
        scope_electronic_evidence = { type = "measure",
          question = { en = "Do those powers apply to the collection of evidence in electronic form of any criminal offence?",
                       fr = "Ces pouvoirs s'appliquent-ils à la collecte des preuves sous forme électronique de toute infraction pénale ?" } },
        -- Art. 23(3): the limits of the reservations
        reservation_limited = { type = "measure",
          question = { en = "The State made a reservation under art. 23(3)(a) or (b): did it consider limiting it so as to allow the broadest application of the measures of arts 29 and 30 (set considered = true, and adopted = true if it limited it)?",
                       fr = "L'État a fait une réserve au titre de l'art. 23, par. 3, a) ou b) : a-t-il envisagé de la limiter de manière à permettre l'application la plus large possible des mesures des articles 29 et 30 (indiquer considered = true, et adopted = true s'il l'a limitée) ?" } },
        closed_system_restriction = { type = "measure",
          question = { en = "For a reservation under art. 23(3)(b): which legislation in force when the Convention was adopted (24 December 2024) prevents applying real-time collection and interception to communications within a service provider's closed system that does not use public networks? Give its date in force (from).",
                       fr = "Pour une réserve au titre de l'art. 23, par. 3, b) : quelle législation en vigueur lors de l'adoption de la Convention (24 décembre 2024) empêche d'appliquer la collecte en temps réel et l'interception aux communications internes au système fermé d'un fournisseur de services qui n'emploie pas les réseaux publics ? Indiquer sa date d'entrée en vigueur (from)." } },
        -- Art. 24
        human_rights_conditions = { type = "measure",
          question = { en = "Are the establishment, implementation and application of the procedural powers subject to conditions and safeguards of national law that protect human rights in line with the State's obligations under international human rights law?",
                       fr = "L'instauration, la mise en œuvre et l'application des pouvoirs procéduraux sont-elles soumises à des conditions et garanties du droit interne qui protègent les droits de l'homme conformément aux obligations de l'État en vertu du droit international des droits de l'homme ?" } },
        proportionality = { type = "measure",
          question = { en = "Does national law subject the procedural powers to the principle of proportionality (necessity and proportionality of each measure to the offence and the aim)?",
                       fr = "Le droit national soumet-il les pouvoirs procéduraux au principe de proportionnalité (nécessité et proportionnalité de chaque mesure au regard de l'infraction et du but) ?" } },
        general_safeguards = { type = "power_safeguards",
          doc = { en = "Safeguards national law attaches to every procedural power; a power that states no `safeguards` of its own is read with these.",
                  fr = "Garanties dont le droit national assortit tout pouvoir procédural ; un pouvoir qui n'indique pas ses propres `safeguards` est lu avec celles-ci." } },
        third_party_impact = { type = "measure",
          question = { en = "Has the State considered the impact of the procedural powers on the rights, responsibilities and legitimate interests of third parties (service providers, persons whose data are held)?",
                       fr = "L'État a-t-il examiné l'effet des pouvoirs procéduraux sur les droits, obligations et intérêts légitimes des tiers (fournisseurs de services, personnes dont les données sont détenues) ?" } },
        safeguards_in_cooperation = { type = "measure",
          question = { en = "Do the same conditions and safeguards apply when the powers are used to execute another State's request (international cooperation), as in domestic proceedings?",
                       fr = "Les mêmes conditions et garanties s'appliquent-elles lorsque les pouvoirs servent à exécuter la demande d'un autre État (coopération internationale), comme dans les procédures internes ?" } },
        -- Art. 25
        preservation = { type = "measure",
          extra = {
            safeguards = "power_safeguards",
            data = { type = "list", of = { type = "enum", values = { "traffic", "content", "subscriber" } },
                     doc = { en = "The kinds of stored data an order can cover: traffic data, content data, subscriber information (art. 25(1) requires all three).", fr = "Les catégories de données stockées que l'injonction peut viser : données de trafic, de contenu, informations relatives aux abonnés (l'art. 25, par. 1, exige les trois)." } },
            by_order = { type = "boolean", doc = { en = "Preservation is ordered to the person who holds or controls the data (art. 25(2) then applies).", fr = "La préservation est ordonnée à la personne qui détient ou contrôle les données (l'art. 25, par. 2, s'applique alors)." } },
            max_days = { type = "number", doc = { en = "The longest period one order can impose, in days.", fr = "La durée maximale qu'une injonction peut imposer, en jours." } },
            renewable = { type = "boolean", doc = { en = "An order can be renewed (optional, art. 25(2)).", fr = "L'injonction peut être renouvelée (facultatif, art. 25, par. 2)." } },
          },
          question = { en = "Can the competent authorities order (or similarly obtain) the expeditious preservation of specified stored electronic data (traffic data, content data, subscriber information)? By an order to the person holding the data, for how many days at most, and can it be renewed?",
                       fr = "Les autorités compétentes peuvent-elles ordonner (ou obtenir de façon similaire) la préservation rapide de données électroniques stockées déterminées (données de trafic, de contenu, informations relatives aux abonnés) ? Par une injonction à la personne qui détient les données, pour combien de jours au plus, et peut-elle être renouvelée ?" } },
        preservation_confidentiality = { type = "measure",
          question = { en = "Is the person holding the data (or charged with preserving it) obliged to keep the preservation confidential for a period national law sets?",
                       fr = "La personne qui détient les données (ou est chargée de les préserver) est-elle tenue de garder le secret sur la préservation pendant une durée fixée par le droit interne ?" } },
        -- Art. 26
        traffic_preservation_all_providers = { type = "measure",
          question = { en = "Can traffic data be preserved expeditiously whether one or several service providers took part in transmitting the communication?",
                       fr = "Les données de trafic peuvent-elles être préservées rapidement, qu'un seul ou plusieurs fournisseurs de services aient participé à la transmission de la communication ?" } },
        traffic_partial_disclosure = { type = "measure", extra = { safeguards = "power_safeguards" },
          question = { en = "Can a sufficient amount of traffic data be disclosed expeditiously to the competent authority to identify the service providers and the path through which the communication was transmitted?",
                       fr = "Une quantité suffisante de données de trafic peut-elle être divulguée rapidement à l'autorité compétente pour identifier les fournisseurs de services et la voie par laquelle la communication a été transmise ?" } },
        -- Art. 27
        production_order = { type = "measure", extra = { safeguards = "power_safeguards" },
          question = { en = "Can the competent authorities order a person in the territory to submit specified electronic data in that person's possession or control, stored in a system or on a storage medium?",
                       fr = "Les autorités compétentes peuvent-elles ordonner à une personne présente sur le territoire de communiquer des données électroniques spécifiées en sa possession ou sous son contrôle, stockées dans un système ou sur un support de stockage ?" } },
        subscriber_production = { type = "measure", extra = { safeguards = "power_safeguards" },
          question = { en = "Can the competent authorities order a service provider offering its services in the territory to submit subscriber information in its possession or control relating to those services?",
                       fr = "Les autorités compétentes peuvent-elles ordonner à un fournisseur de services offrant des prestations sur le territoire de communiquer les informations relatives aux abonnés en sa possession ou sous son contrôle concernant ces prestations ?" } },
        -- Art. 28
        search = { type = "measure",
          extra = {
            safeguards = "power_safeguards",
            targets = { type = "list", of = { type = "enum", values = { "system", "storage_medium" } },
                        doc = { en = "What can be searched or similarly accessed: an ICT system (or part) and the data stored in it, a storage medium (art. 28(1) requires both).", fr = "Ce qui peut être perquisitionné ou accédé de façon similaire : un système d'information et de communication (ou une partie) et les données qui y sont stockées, un support de stockage (l'art. 28, par. 1, exige les deux)." } },
          },
          question = { en = "Can the competent authorities search or similarly access, in the territory, an ICT system (or part of it) with the data stored in it, and a storage medium in which the data sought may be stored?",
                       fr = "Les autorités compétentes peuvent-elles perquisitionner ou accéder de façon similaire, sur le territoire, un système d'information et de communication (ou une partie) et les données qui y sont stockées, ainsi qu'un support de stockage pouvant contenir les données recherchées ?" } },
        search_extension = { type = "measure", extra = { safeguards = "power_safeguards" },
          question = { en = "When searching a system, can the authorities expeditiously extend the search to another system in the territory from which the data sought are lawfully accessible or available?",
                       fr = "Lors de la perquisition d'un système, les autorités peuvent-elles étendre rapidement la perquisition à un autre système situé sur le territoire dont les données recherchées sont légalement accessibles ou disponibles ?" } },
        seizure = { type = "measure",
          extra = {
            safeguards = "power_safeguards",
            prerogatives = { type = "list", of = { type = "enum", values = { "seize_system", "copy", "integrity", "render_inaccessible" } },
                             doc = { en = "What seizure includes (art. 28(3)(a)-(d), all required): seize a system, part or storage medium; make and retain a copy; maintain the integrity of the data; render the data inaccessible or remove them.", fr = "Ce que comprend la saisie (art. 28, par. 3, a) à d), toutes exigées) : saisir un système, une partie ou un support ; réaliser et conserver une copie ; préserver l'intégrité des données ; rendre les données inaccessibles ou les retirer." } },
          },
          question = { en = "Can the competent authorities seize or similarly secure electronic data accessed by a search: seize a system or storage medium, make and keep a copy, preserve the data's integrity, render the data inaccessible or remove them?",
                       fr = "Les autorités compétentes peuvent-elles saisir ou obtenir de façon similaire les données électroniques accédées lors d'une perquisition : saisir un système ou un support, réaliser et conserver une copie, préserver l'intégrité des données, les rendre inaccessibles ou les retirer ?" } },
        compelled_assistance = { type = "measure", extra = { safeguards = "power_safeguards" },
          question = { en = "Can the competent authorities order any person who knows how the system or the measures protecting its data work to provide, as is reasonable, the information needed to search and seize (e.g. to unlock or decrypt)?",
                       fr = "Les autorités compétentes peuvent-elles ordonner à toute personne connaissant le fonctionnement du système ou les mesures protégeant ses données de fournir, dans la mesure du raisonnable, les informations nécessaires à la perquisition et à la saisie (par exemple pour déverrouiller ou déchiffrer) ?" } },
        -- Art. 29
        realtime_traffic = { type = "realtime_power",
          question = { en = "Can the competent authorities collect or record in real time, by technical means in the territory, traffic data associated with specified communications, and compel a service provider within its existing technical capability to do so or to assist them? For which offences?",
                       fr = "Les autorités compétentes peuvent-elles collecter ou enregistrer en temps réel, par des moyens techniques sur le territoire, les données de trafic associées à des communications spécifiées, et obliger un fournisseur de services, dans le cadre de ses capacités techniques existantes, à le faire ou à leur prêter assistance ? Pour quelles infractions ?" } },
        realtime_traffic_confidentiality = { type = "measure",
          question = { en = "Is a service provider obliged to keep confidential the fact that real-time collection of traffic data was executed, and any information about it?",
                       fr = "Un fournisseur de services est-il tenu de garder le secret sur le fait qu'une collecte en temps réel de données de trafic a été exécutée, et sur toute information à ce sujet ?" } },
        -- Art. 30
        interception = { type = "realtime_power",
          question = { en = "Can the competent authorities intercept (collect or record in real time) the content data of specified communications in the territory, by their own technical means and by compelling a service provider within its existing technical capability? For which serious offences?",
                       fr = "Les autorités compétentes peuvent-elles intercepter (collecter ou enregistrer en temps réel) les données de contenu de communications spécifiées sur le territoire, par leurs propres moyens techniques et en obligeant un fournisseur de services dans le cadre de ses capacités techniques existantes ? Pour quelles infractions graves ?" } },
        interception_confidentiality = { type = "measure",
          question = { en = "Is a service provider obliged to keep confidential the fact that an interception was executed, and any information about it?",
                       fr = "Un fournisseur de services est-il tenu de garder le secret sur le fait qu'une interception a été exécutée, et sur toute information à ce sujet ?" } },
      },
    },
  },
}
