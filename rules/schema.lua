-- lexgap profile schema: the catalogue of facts a country profile can state.
--
-- This file is data, not code: the engine reads it with its data-file parser
-- (no Lua is executed).  It is the single definition of the profile model:
--   * the engine validates every profile against it (unknown keys with a
--     "did you mean", wrong types, malformed dates, values outside a list);
--   * rules may only read facts declared here, and when a fact is absent the
--     question attached to it becomes the finding's open question;
--   * docs/profile.md describes the same model for people.
--
-- A node is either the name of a type (built-in or declared under `types`) or
-- a table { type = ..., ... } with, depending on the type:
--   record: fields = { name = node }, required = { "name", ... }
--   list:   of = node              (a sequence { a, b, c })
--   map:    of = node              (keys are identifiers: { fr_cp_324_1 = {...} }),
--           keys = node            (optional: an enum the keys must belong to)
--   enum:   values = { "a", "b" }  (a string from the list)
--   measure: extra = { name = node } (fields added to the standard measure)
-- Any node may carry question = { en = ..., fr = ... } (asked when the fact is
-- missing), doc = { en = ..., fr = ... }, title = { en = ..., fr = ... } (a
-- heading for people: the questionnaire titles its sections with it) and,
-- for a record, template = { "name", ... }: the fields the questionnaire's
-- template shows besides the required ones, `adopted` and `source`.
-- Built-in types: string, text (a long string), date ("YYYY-MM-DD"), integer,
-- number, boolean, ref (a canonical provision reference "untoc:5.1.a"),
-- adoption (true, false or "partly"), instrument (an instrument id, "untoc":
-- any id of that shape is valid; the packs present decide which are assessed).

return {
  version = 1,
  root = "profile",

  types = {
    -- An instrument, by the id of its rule pack ("untoc", "eu-2004-80").  The
    -- list is not closed here: the instruments are the packs present
    -- (rules/<id>/instrument.lua), and a profile naming one without a pack
    -- gets a warning when assessed (its facts are kept, not assessed).
    instrument_id = { type = "instrument", doc = { en = "An instrument, by the id of its rule pack (e.g. untoc).", fr = "Un instrument, par l'identifiant de son jeu de règles (par ex. untoc)." } },

    -- Where a fact comes from.  Every fact that carries these fields is shown
    -- as evidence in the findings that rely on it.
    evidence = {
      type = "record",
      fields = {
        source = { type = "string", doc = { en = "National provision relied on, as lawyers cite it.", fr = "Disposition nationale invoquée, citée comme le font les juristes." } },
        url = "string",
        note = "text",
      },
    },

    -- A legal measure: adopted or not, with the provision that adopts it and
    -- the dates it was in force.  `adopted` absent means "not known".
    measure = {
      type = "record",
      fields = {
        adopted = { type = "adoption", doc = { en = "true, false, or \"partly\" (then list what is missing).", fr = "true, false ou \"partly\" (indiquer alors ce qui manque)." } },
        source = "string",
        url = "string",
        note = "text",
        from = { type = "date", doc = { en = "Date the provision entered into force.", fr = "Date d'entrée en vigueur de la disposition." } },
        repealed = { type = "date", doc = { en = "Date the provision ceased to be in force (repeal or replacement).", fr = "Date à laquelle la disposition a cessé d'être en vigueur (abrogation ou remplacement)." } },
        missing = { type = "list", of = "text", doc = { en = "With adopted = \"partly\": the elements that are missing.", fr = "Avec adopted = \"partly\" : les éléments manquants." } },
        considered = { type = "boolean", doc = { en = "For a measure the State must consider: whether it was considered (true) even if not adopted.", fr = "Pour une mesure que l'État doit envisager : si elle a été envisagée (true), même sans être adoptée." } },
      },
    },

    -- Which offences a provision reaches (predicates of laundering, crimes a
    -- conspiracy must aim at, offences for which legal persons are liable).
    offence_scope = {
      type = "record",
      template = { "scope", "source" },   -- either `scope` (and its fields) or `ref`: the blank profile shows `scope`
      fields = {
        ref = { type = "string", doc = { en = "Instead of the fields below: the name of a definition stated once under `definitions` (a scope shared by several offences).", fr = "Au lieu des champs ci-dessous : le nom d'une définition énoncée une fois sous `definitions` (un champ commun à plusieurs infractions)." } },
        scope = { type = "enum", values = { "all_offences", "threshold", "list" },
                  doc = { en = "all_offences; threshold (offences punishable by at least threshold_prison_years); list (the offences named in `offences`).", fr = "all_offences ; threshold (infractions punies d'au moins threshold_prison_years) ; list (les infractions nommées dans `offences`)." } },
        threshold_prison_years = { type = "number", doc = { en = "With scope = threshold: the minimum maximum penalty, in years of imprisonment.", fr = "Avec scope = threshold : le maximum de la peine encourue requis, en années d'emprisonnement." } },
        offences = { type = "list", of = "string", doc = { en = "With scope = list: identifiers of offences of this profile.", fr = "Avec scope = list : identifiants d'infractions de ce profil." } },
        source = "string",
        url = "string",
        note = "text",
      },
    },

    conduct = {
      type = "enum",
      doc = { en = "Conduct elements that treaty offences are made of.", fr = "Éléments matériels dont se composent les infractions conventionnelles." },
      values = {
        -- UNTOC art. 5: participation in an organized criminal group
        "participation_conspiracy",               -- 5(1)(a)(i) agreeing to commit a serious crime
        "participation_ocg_criminal_activities",  -- 5(1)(a)(ii)(a)
        "participation_ocg_other_activities",     -- 5(1)(a)(ii)(b)
        "ocg_crime_organizing",                   -- 5(1)(b) organizing
        "ocg_crime_directing",                    -- 5(1)(b) directing
        "ocg_crime_aiding_abetting",              -- 5(1)(b) aiding, abetting
        "ocg_crime_facilitating_counselling",     -- 5(1)(b) facilitating, counselling
        -- UNTOC art. 6: laundering of proceeds of crime
        "laundering_conversion_transfer",         -- 6(1)(a)(i)
        "laundering_concealment_disguise",        -- 6(1)(a)(ii)
        "laundering_acquisition_possession_use",  -- 6(1)(b)(i)
        "laundering_association_conspiracy",      -- 6(1)(b)(ii) participation in, association with, conspiracy
        "laundering_attempt",                     -- 6(1)(b)(ii) attempts
        "laundering_aiding_abetting",             -- 6(1)(b)(ii) aiding, abetting, facilitating, counselling
        -- UNTOC art. 8: corruption
        "bribery_active_promise",                 -- 8(1)(a)
        "bribery_active_offer",
        "bribery_active_give",
        "bribery_passive_solicit",                -- 8(1)(b)
        "bribery_passive_accept",
        "bribery_indirect",                       -- "directly or indirectly"
        "bribery_third_party_beneficiary",        -- "for the official or another person or entity"
        "bribery_active_foreign_official",        -- 8(2) foreign public officials / international civil servants
        "bribery_passive_foreign_official",
        "corruption_trading_in_influence",        -- 8(2) other forms of corruption
        "corruption_private_sector",
        "corruption_embezzlement",
        "corruption_abuse_of_functions",
        -- UNTOC art. 23: obstruction of justice
        "obstruction_witness_force_threats",      -- 23(a) force, threats, intimidation
        "obstruction_witness_undue_advantage",    -- 23(a) promise, offer, giving of an undue advantage
        "obstruction_official_force_threats",     -- 23(b)
        -- Cybercrime Convention arts 7-10: offences against the
        -- confidentiality, integrity and availability of ICT systems and data
        "ict_illegal_access",                     -- 7(1) access to an ICT system without right
        "ict_illegal_interception",               -- 8(1) interception of non-public transmissions
        "ict_data_interference",                  -- 9(1) damaging, deleting, altering, suppressing data
        "ict_system_interference",                -- 10 seriously hindering an ICT system's functioning
        -- Cybercrime Convention arts 11-13
        "ict_device_misuse",                      -- 11(1)(a)(i) obtaining, producing, selling, procuring, importing, distributing, making available a device for offences of arts 7-10
        "ict_credentials_obtaining",              -- 11(1)(a)(ii) obtaining, producing, procuring for use, importing passwords, access credentials, signatures or similar data
        "ict_credentials_making_available",       -- 11(1)(a)(ii) selling, distributing or otherwise making them available (beyond the reservation of 11(3))
        "ict_misuse_possession",                  -- 11(1)(b) possessing a device or credentials to commit an offence of arts 7-10
        "ict_forgery",                            -- 12(1) data made inauthentic to be acted upon as authentic
        "ict_fraud_data",                         -- 13(a) loss of property by input, alteration, deletion or suppression of data
        "ict_fraud_system",                       -- 13(b) loss of property by interference with an ICT system
        "ict_fraud_deception",                    -- 13(c) loss of property by deception through an ICT system
        -- Cybercrime Convention arts 14-16
        "csam_making_available",                  -- 14(1)(a) producing, offering, selling, distributing, transmitting, broadcasting, displaying, publishing, making available
        "csam_soliciting",                        -- 14(1)(b) soliciting child sexual abuse or exploitation material
        "csam_procuring",                         -- 14(1)(b) procuring it
        "csam_accessing",                         -- 14(1)(b) accessing it
        "csam_possession",                        -- 14(1)(c) possessing or controlling it
        "csam_financing",                         -- 14(1)(d) financing the offences of 14(1)(a)-(c)
        "child_solicitation_ict",                 -- 15(1) communicating with, soliciting, grooming a child through ICT for a sexual offence
        "intimate_image_dissemination",           -- 16(1) making an intimate image available without the consent of the person depicted
      },
    },

    offence = {
      type = "record",
      required = { "name", "source" },
      template = { "max_prison_years", "conduct" },   -- the fields the questionnaire's template shows
      question = { en = "Which offences of national law cover this conduct? For each: its name, provision, dates in force, maximum penalty and the conduct it covers.",
                   fr = "Quelles infractions du droit national couvrent ce comportement ? Pour chacune : son nom, sa disposition, ses dates de vigueur, la peine maximale et les comportements couverts." },
      fields = {
        name = "string",
        source = "string",
        url = "string",
        note = "text",
        from = "date",
        repealed = "date",
        max_prison_years = { type = "number", doc = { en = "Maximum term of imprisonment, in years (6 months = 0.5).", fr = "Peine maximale d'emprisonnement, en années (6 mois = 0,5)." } },
        life_imprisonment = { type = "boolean", doc = { en = "Punishable by life imprisonment.", fr = "Punie de la réclusion criminelle à perpétuité." } },
        conduct = { type = "list", of = "conduct" },
        mental = { type = "list", of = { type = "enum", values = { "intent", "knowledge", "purpose", "recklessness", "negligence" } } },
        requires = { type = "list",
                     of = { type = "enum", values = { "transnational", "organized_group", "overt_act", "material_benefit", "specific_purpose", "breach_of_duty",
                                                     -- the elements the Cybercrime Convention lets a State require (arts 7(2), 8(2), 9(2))
                                                     "security_measures", "dishonest_intent", "connected_system", "serious_harm",
                                                     "intent_to_harm",   -- Cybercrime 16(5)
                                                     "other" } },
                     doc = { en = "Elements the national offence requires beyond the conduct (e.g. transnationality, an organized criminal group, an overt act, a financial or material benefit, a specific purpose, for bribery a breach of the official's duties; for ICT offences, infringing security measures, a dishonest or criminal intent, a system connected to another, serious harm; other: an element none of these names, described in the note).", fr = "Éléments exigés par l'infraction nationale au-delà du comportement (caractère transnational, groupe criminel organisé, acte matériel, avantage financier ou matériel, but spécifique, pour la corruption une violation des devoirs de l'agent ; pour les infractions informatiques, violation de mesures de sécurité, intention malhonnête ou criminelle, système connecté à un autre, préjudice grave ; other : un autre élément, décrit dans la note)." } },
        advantage = { type = "enum", values = { "any", "material", "pecuniary" },
                      doc = { en = "For bribery and offences involving an advantage: the kind of advantage the offence reaches (any: of any kind, including immaterial; material; pecuniary: money or money's worth). Absent: read as any.", fr = "Pour la corruption et les infractions impliquant un avantage : la nature de l'avantage visé (any : de toute nature, y compris immatériel ; material : matériel ; pecuniary : argent ou valeur pécuniaire). Absent : lu comme any." } },
        aims_at = { type = "offence_scope", doc = { en = "For conspiracy or participation offences: which crimes the agreement or group must aim at.", fr = "Pour l'entente ou la participation : les infractions que l'entente ou le groupe doit viser." } },
        predicates = { type = "offence_scope", doc = { en = "For laundering offences: the predicate offences.", fr = "Pour le blanchiment : les infractions principales." },
                       question = { en = "Which offences are predicate offences of this laundering offence (all offences, those above a penalty threshold, or a list)?",
                                    fr = "Quelles infractions sont des infractions principales de ce blanchiment (toutes, celles au-delà d'un seuil de peine, ou une liste) ?" } },
        foreign_predicates = { type = "enum", values = { "covered", "dual_criminality", "not_covered" },
                               doc = { en = "For laundering offences: whether offences committed abroad are predicates (dual_criminality: only when also an offence where committed).", fr = "Pour le blanchiment : si les infractions commises à l'étranger sont des infractions principales (dual_criminality : seulement si punissables aussi sur place)." },
                               question = { en = "Do offences committed abroad count as predicate offences of laundering, and under a dual criminality condition?",
                                            fr = "Les infractions commises à l'étranger peuvent-elles être des infractions principales du blanchiment, et sous condition de double incrimination ?" } },
        self_laundering = { type = "boolean", doc = { en = "For laundering offences: whether the author of the predicate offence can also be convicted of laundering.", fr = "Pour le blanchiment : si l'auteur de l'infraction principale peut aussi être condamné pour blanchiment." },
                            question = { en = "Can the author of the predicate offence also be convicted of laundering its proceeds (self-laundering)?",
                                         fr = "L'auteur de l'infraction principale peut-il aussi être condamné pour le blanchiment de son produit (auto-blanchiment) ?" } },
      },
    },

    party = {
      type = "record",
      template = { "deposited", "means" },
      fields = {
        signed = "date",
        deposited = { type = "date", doc = { en = "Date of deposit of the instrument of ratification, acceptance, approval or accession.", fr = "Date de dépôt de l'instrument de ratification, d'acceptation, d'approbation ou d'adhésion." } },
        means = { type = "enum", values = { "ratification", "acceptance", "approval", "accession", "formal_confirmation" } },
        in_force = { type = "date", doc = { en = "Entry into force for the State, when it differs from the date the instrument's own rule gives.", fr = "Entrée en vigueur à l'égard de l'État, si elle diffère de celle que donne l'instrument." } },
        denounced = { type = "date", doc = { en = "Date the denunciation was notified.", fr = "Date de notification de la dénonciation." } },
        opted_out = { type = "boolean", doc = { en = "EU directive: the member State does not take part in its adoption (opt-out).", fr = "Directive UE : l'État membre ne participe pas à son adoption." } },
        competence = { type = "text", doc = { en = "For a regional economic integration organisation: the declared extent of its competence.", fr = "Pour une organisation régionale d'intégration économique : l'étendue déclarée de sa compétence." } },
        competence_provisions = { type = "list", of = "ref",
                                  doc = { en = "For a regional economic integration organisation (state.kind = \"reio\"): the provisions within the competence it declared (UNTOC art. 36(3)); the others are not applicable to it.",
                                          fr = "Pour une organisation régionale d'intégration économique (state.kind = \"reio\") : les dispositions relevant de la compétence déclarée (art. 36, par. 3, CTO) ; les autres ne lui sont pas applicables." } },
        source = "string",
        url = "string",
        note = "text",
      },
    },
  },

  profile = {
    type = "record",
    required = { "profile_format", "state", "describes_law_as_of" },
    fields = {
      profile_format = { type = "integer", doc = { en = "Version of the profile format; 1.", fr = "Version du format de profil ; 1." } },
      state = {
        type = "record",
        required = { "code", "name" },
        fields = {
          code = { type = "string", doc = { en = "ISO 3166-1 alpha-3 code (or an identifier for a fictional State).", fr = "Code ISO 3166-1 alpha-3 (ou un identifiant pour un État fictif)." } },
          name = "string",
          name_fr = "string",
          kind = { type = "enum", values = { "state", "reio" } },
          eu_member = { type = "record", fields = { from = "date", left = "date", source = "string", note = "text" } },
        },
      },
      describes_law_as_of = { type = "date", doc = { en = "The date at which the profile describes national law.", fr = "Date à laquelle le profil décrit le droit national." } },
      prepared = { type = "record", fields = { by = "string", on = "date", note = "text" } },

      parties = { type = "map", of = "party", keys = "instrument_id",
        title = { en = "Party status", fr = "Statut de partie" },
                  question = { en = "Is the State a party to the instrument? Give the dates of signature and of deposit of its instrument of ratification, acceptance, approval or accession.",
                               fr = "L'État est-il partie à l'instrument ? Indiquer les dates de signature et de dépôt de son instrument de ratification, d'acceptation, d'approbation ou d'adhésion." } },

      reservations = { type = "list", title = { en = "Reservations and declarations", fr = "Réserves et déclarations" },
        of = {
        type = "record", required = { "instrument", "provisions", "from" },
        fields = {
          instrument = "instrument_id",
          provisions = { type = "list", of = "ref" },
          kind = { type = "enum", values = { "reservation", "declaration" } },
          from = "date",
          withdrawn = "date",
          text = "text",
          source = "string", url = "string", note = "text",
        } } },

      notifications = { type = "list", title = { en = "Notifications to the depositary", fr = "Notifications au dépositaire" },
        of = {
        type = "record", required = { "provision", "date" },
        fields = {
          provision = "ref",
          date = "date",
          content = "text",
          source = "string", url = "string", note = "text",
        } },
        question = { en = "Which notifications, designations and copies of laws has the State sent to the depositary, and when?",
                     fr = "Quelles notifications, désignations et copies de lois l'État a-t-il communiquées au dépositaire, et quand ?" } },

      principles = { type = "list", title = { en = "Fundamental principles of domestic law invoked", fr = "Principes fondamentaux du droit interne invoqués" },
        of = {
        type = "record", required = { "provisions", "statement" },
        fields = {
          provisions = { type = "list", of = "ref" },
          statement = "text",
          source = "string", url = "string", note = "text",
        } },
        doc = { en = "Fundamental principles of domestic law (or basic concepts of the legal system) that the State invokes for a provision that allows it.",
                fr = "Principes fondamentaux du droit interne (ou concepts fondamentaux du système juridique) que l'État invoque pour une disposition qui le permet." } },

      penalty_scale = {
        title = { en = "Scale of penalties", fr = "Échelle des peines" },
        type = "record",
        template = { "max_prison_years", "closed" },
        fields = {
          max_prison_years = { type = "list", of = "number" },
          life_imprisonment = "boolean",
          closed = { type = "boolean", doc = { en = "true if the law allows no other maximum penalties than those listed.", fr = "true si la loi ne connaît pas d'autres maxima que ceux énumérés." } },
          source = "string", url = "string", note = "text",
        },
        doc = { en = "The maximum penalties national law uses (a closed scale lets rules decide which offences are serious crimes).", fr = "Les maxima de peine que connaît le droit national (une échelle fermée permet de déterminer les infractions graves)." },
        question = { en = "Which maximum terms of imprisonment does national law provide for (the scale of penalties), and is that scale closed?",
                     fr = "Quels maxima d'emprisonnement le droit national prévoit-il (échelle des peines), et cette échelle est-elle fermée ?" },
      },

      offences = { type = "map", of = "offence",
        title = { en = "Offences", fr = "Infractions" },
                   question = { en = "Which offences of national law cover this conduct?", fr = "Quelles infractions du droit national couvrent ce comportement ?" } },

      definitions = { type = "map", of = "offence_scope",
                      title = { en = "Shared definitions", fr = "Définitions communes" },
                      doc = { en = "Scopes shared by several offences, stated once and referred to by name (aims_at = { ref = \"criminal_organization\" }); each needs `scope`.",
                              fr = "Champs communs à plusieurs infractions, énoncés une fois et désignés par leur nom (aims_at = { ref = \"criminal_organization\" }) ; chacun exige `scope`." } },

      no_offence_for = { type = "list", title = { en = "Conduct no offence covers", fr = "Comportements qu'aucune infraction ne couvre" },
        of = {
        type = "record", required = { "conduct" },
        fields = {
          conduct = "conduct", source = "string", url = "string", note = "text",
          from = { type = "date", doc = { en = "Date from which no offence covers the conduct (e.g. the repeal of the last one).", fr = "Date à partir de laquelle aucune infraction ne couvre le comportement (par exemple l'abrogation de la dernière)." } },
          repealed = { type = "date", doc = { en = "Date the statement stopped being true (an offence covering the conduct entered into force).", fr = "Date à laquelle la déclaration a cessé d'être exacte (entrée en vigueur d'une infraction couvrant le comportement)." } },
          considered = {
            type = "record", required = { "outcome" },
            fields = {
              outcome = { type = "enum", values = { "declined", "pending", "not_considered" },
                          doc = { en = "declined: the State considered creating the offence and decided not to; pending: it is under consideration; not_considered: the State states that it has not considered it.",
                                  fr = "declined : l'État a envisagé de créer l'infraction et y a renoncé ; pending : la question est à l'étude ; not_considered : l'État indique ne pas l'avoir envisagé." } },
              date = "date", source = "string", url = "string", note = "text",
            },
            doc = { en = "For an offence the State must only consider creating (UNTOC art. 8(2)): whether and how it was considered, with the source (travaux préparatoires, report, answer to a review).",
                    fr = "Pour une infraction que l'État doit seulement envisager de créer (art. 8, par. 2, CTO) : si et comment elle a été envisagée, avec la source (travaux préparatoires, rapport, réponse à un examen)." },
          },
        } },
        doc = { en = "Conduct that no offence of national law covers, stated explicitly (a conduct neither covered nor listed here is unknown).",
                fr = "Comportements qu'aucune infraction nationale ne couvre, déclarés expressément (un comportement ni couvert ni déclaré ici est inconnu)." } },

      general_part = {
        title = { en = "General part of criminal law: attempt, complicity, proof of knowledge and intent", fr = "Partie générale du droit pénal : tentative, complicité, preuve de la connaissance et de l'intention" },
        type = "record",
        fields = {
          attempt = { type = "measure", question = { en = "Does the general part of criminal law punish attempt of the offences concerned?", fr = "La partie générale du droit pénal punit-elle la tentative des infractions concernées ?" } },
          complicity = { type = "measure", question = { en = "Does national law punish participation as an accomplice (aiding, abetting, instigating) in the offences concerned?", fr = "Le droit national punit-il la complicité (aide, assistance, instigation) dans les infractions concernées ?" } },
          inference_from_circumstances = { type = "measure", question = { en = "May knowledge, intent or purpose be inferred from objective factual circumstances under national law or case law?", fr = "La connaissance, l'intention ou le but peuvent-ils être déduits de circonstances factuelles objectives en droit ou en jurisprudence nationale ?" } },
        },
      },

      legal_persons = {
        title = { en = "Liability of legal persons", fr = "Responsabilité des personnes morales" },
        type = "record",
        fields = {
          criminal = { type = "measure", question = { en = "Can legal persons be held criminally liable?", fr = "Les personnes morales peuvent-elles être pénalement responsables ?" } },
          civil = { type = "measure", question = { en = "Can legal persons be held civilly liable for these offences?", fr = "Les personnes morales peuvent-elles engager leur responsabilité civile pour ces infractions ?" } },
          administrative = { type = "measure", question = { en = "Can legal persons be held administratively liable for these offences?", fr = "Les personnes morales peuvent-elles engager leur responsabilité administrative pour ces infractions ?" } },
          scope = { type = "offence_scope", question = { en = "For which offences can legal persons be held liable (all offences, or a list)?", fr = "Pour quelles infractions les personnes morales peuvent-elles être tenues responsables (toutes, ou une liste) ?" } },
          natural_persons_unaffected = { type = "measure", question = { en = "Is the liability of legal persons without prejudice to the criminal liability of the natural persons who committed the offence?", fr = "La responsabilité des personnes morales laisse-t-elle entière celle des personnes physiques auteurs de l'infraction ?" } },
          monetary_sanctions = { type = "measure", extra = { max_fine = "number", currency = "string" },
                                 question = { en = "Which monetary sanctions apply to liable legal persons (maximum fine)?", fr = "Quelles sanctions pécuniaires s'appliquent aux personnes morales (amende maximale) ?" } },
          other_sanctions = { type = "measure", question = { en = "Which other sanctions (dissolution, exclusion from public procurement, confiscation...) apply to legal persons?", fr = "Quelles autres sanctions (dissolution, exclusion des marchés publics, confiscation...) s'appliquent aux personnes morales ?" } },
        },
      },

      jurisdiction = {
        title = { en = "Jurisdiction", fr = "Compétence" },
        type = "record",
        fields = {
          territory = { type = "measure", question = { en = "Do national courts have jurisdiction over offences committed in the national territory?", fr = "Les juridictions nationales sont-elles compétentes pour les infractions commises sur le territoire national ?" } },
          flag_vessels = { type = "measure", question = { en = "Do national courts have jurisdiction over offences committed on board vessels flying the national flag?", fr = "Les juridictions nationales sont-elles compétentes pour les infractions commises à bord des navires battant pavillon national ?" } },
          registered_aircraft = { type = "measure", question = { en = "Do national courts have jurisdiction over offences committed on board aircraft registered in the State?", fr = "Les juridictions nationales sont-elles compétentes pour les infractions commises à bord des aéronefs immatriculés dans l'État ?" } },
          passive_personality = { type = "measure", question = { en = "Do national courts have jurisdiction over offences committed abroad against a national?", fr = "Les juridictions nationales sont-elles compétentes pour les infractions commises à l'étranger contre un ressortissant ?" } },
          active_nationality = { type = "measure", question = { en = "Do national courts have jurisdiction over offences committed abroad by a national?", fr = "Les juridictions nationales sont-elles compétentes pour les infractions commises à l'étranger par un ressortissant ?" } },
          stateless_residents = { type = "measure", question = { en = "Do national courts have jurisdiction over offences committed abroad by a stateless person habitually resident in the State?", fr = "Les juridictions nationales sont-elles compétentes pour les infractions commises à l'étranger par un apatride résidant habituellement dans l'État ?" } },
          preparatory_participation_abroad = { type = "measure", question = { en = "Do national courts have jurisdiction over participation in an organized criminal group abroad with a view to a serious crime in the territory?", fr = "Les juridictions nationales sont-elles compétentes pour la participation, à l'étranger, à un groupe criminel organisé en vue d'une infraction grave sur le territoire ?" } },
          preparatory_laundering_abroad = { type = "measure", question = { en = "Do national courts have jurisdiction over participation in laundering abroad with a view to laundering in the territory?", fr = "Les juridictions nationales sont-elles compétentes pour la participation, à l'étranger, à un blanchiment en vue d'un blanchiment sur le territoire ?" } },
          non_extradited_nationals = { type = "measure", question = { en = "Do national courts have jurisdiction when the alleged offender is present and is not extradited because he or she is a national?", fr = "Les juridictions nationales sont-elles compétentes lorsque l'auteur présumé se trouve sur le territoire et n'est pas extradé parce qu'il est ressortissant ?" } },
          non_extradited_others = { type = "measure", question = { en = "Do national courts have jurisdiction when the alleged offender is present and is not extradited for another reason?", fr = "Les juridictions nationales sont-elles compétentes lorsque l'auteur présumé se trouve sur le territoire et n'est pas extradé pour un autre motif ?" } },
          consultation = { type = "measure", question = { en = "Do the competent authorities consult foreign authorities conducting proceedings for the same conduct (legal basis or practice)?", fr = "Les autorités compétentes se concertent-elles avec les autorités étrangères qui mènent une procédure pour les mêmes faits (base légale ou pratique) ?" } },
        },
      },

      confiscation = {
        title = { en = "Confiscation and seizure", fr = "Confiscation et saisie" },
        type = "record",
        fields = {
          proceeds = { type = "measure", question = { en = "Can the proceeds of the offences be confiscated?", fr = "Le produit des infractions peut-il être confisqué ?" } },
          value_based = { type = "measure", question = { en = "Can property of a value corresponding to the proceeds be confiscated (value confiscation)?", fr = "Des biens d'une valeur correspondant au produit peuvent-ils être confisqués (confiscation en valeur) ?" } },
          instrumentalities = { type = "measure", question = { en = "Can property, equipment or other instrumentalities used in the offences be confiscated?", fr = "Les biens, matériels ou autres instruments utilisés pour commettre les infractions peuvent-ils être confisqués ?" } },
          intended_instrumentalities = { type = "measure", question = { en = "Can instrumentalities destined for use in the offences be confiscated?", fr = "Les instruments destinés à être utilisés pour commettre les infractions peuvent-ils être confisqués ?" } },
          identification_tracing = { type = "measure", question = { en = "Can the authorities identify and trace property liable to confiscation?", fr = "Les autorités peuvent-elles identifier et localiser les biens susceptibles de confiscation ?" } },
          freezing_seizure = { type = "measure", question = { en = "Can property liable to confiscation be frozen or seized?", fr = "Les biens susceptibles de confiscation peuvent-ils être gelés ou saisis ?" } },
          transformed_property = { type = "measure", question = { en = "Is property into which proceeds were transformed or converted liable to confiscation?", fr = "Les biens en lesquels le produit a été transformé ou converti peuvent-ils être confisqués ?" } },
          intermingled_property = { type = "measure", question = { en = "Is property intermingled with proceeds liable to confiscation up to the value of the proceeds?", fr = "Les biens auxquels le produit a été mêlé peuvent-ils être confisqués à concurrence de la valeur du produit ?" } },
          income_from_proceeds = { type = "measure", question = { en = "Are income and other benefits derived from proceeds liable to confiscation like proceeds?", fr = "Les revenus et autres avantages tirés du produit peuvent-ils être confisqués comme le produit ?" } },
          records_orders = { type = "measure", question = { en = "Can courts or competent authorities order that bank, financial or commercial records be made available or seized?", fr = "Les juridictions ou autorités compétentes peuvent-elles ordonner la production ou la saisie de documents bancaires, financiers ou commerciaux ?" } },
          bank_secrecy_no_bar = { type = "measure", question = { en = "Is bank secrecy excluded as a ground for refusing to produce or seize records?", fr = "Le secret bancaire est-il exclu comme motif de refus de produire ou de saisir des documents ?" } },
          reversed_burden = { type = "measure", question = { en = "Can an offender be required to demonstrate the lawful origin of alleged proceeds or property liable to confiscation?", fr = "L'auteur peut-il être tenu d'établir l'origine licite du produit présumé ou des biens confiscables ?" } },
          third_party_protection = { type = "measure", question = { en = "Are the rights of bona fide third parties protected in confiscation?", fr = "Les droits des tiers de bonne foi sont-ils protégés en matière de confiscation ?" } },
        },
      },

      extradition = {
        title = { en = "Extradition", fr = "Extradition" },
        type = "record",
        fields = {
          nationals = { type = "measure",
                        extra = { policy = { type = "enum", values = { "extradited", "not_extradited", "conditional" } } },
                        question = { en = "Does the State extradite its own nationals (always, never, or under conditions)?", fr = "L'État extrade-t-il ses propres ressortissants (toujours, jamais, ou sous conditions) ?" } },
        },
      },
    },
  },
}
