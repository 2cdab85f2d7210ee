-- rules/schema/eu-transposition.lua: how a Member State transposes an EU
-- directive (section `transposition`, keyed by instrument id:
-- transposition["eu-2004-80"]).
--
-- A directive binds the State "as to the result to be achieved" and leaves it
-- the choice of form and methods (art. 288 TFEU).  The Commission checks
-- transposition from the State's table of correspondence: for each provision
-- of the directive, the national measure(s) transposing it.  This fragment
-- holds that table:
--   * `measures`: the national measures (laws, decrees, circulars, or law that
--     already existed), each once, with its dates, whether it refers to the
--     directive (the "référence à la présente directive" of the final
--     articles) and when it was notified to the Commission;
--   * `table`: the rows of the table of correspondence: a provision of the
--     directive, the measures that transpose it, and whether they do so
--     completely (adopted = true), in part (adopted = "partly", then
--     `missing`) or not at all (adopted = false);
--   * `options`: the options the directive opens ("les États membres
--     peuvent") and whether the State used them.
--
-- What a row says is read by the rules through lx.transposition (the EU
-- section of engine/lua/lexgap.lua).  A provision without a row is unknown:
-- the table does not say how it is transposed.  A row whose measures are not
-- in force at the assessment date (from after it, repealed on or before it)
-- does not count.  Information the directive requires the State to send to
-- the Commission (e.g. 2004/80 art. 13(1)) is an item of the profile's
-- `notifications` list, with the provision's reference.  Substantive facts
-- that other instruments already ask for (victims' compensation under UNTOC
-- art. 25, residence permits...) are not repeated here: the rules read them
-- where they are.
return {
  types = {
    transposing_measure = {
      type = "record",
      required = { "title" },
      doc = { en = "A national measure transposing (part of) a directive.", fr = "Une mesure nationale de transposition (de tout ou partie) d'une directive." },
      fields = {
        title = { type = "string", doc = { en = "The measure as lawyers cite it: \"Loi n° 2000-516 du 15 juin 2000\", \"Code de procédure pénale, art. 706-3 à 706-15\".", fr = "La mesure telle que la citent les juristes." } },
        kind = { type = "enum", values = { "act", "regulation", "administrative", "pre_existing" },
                 doc = { en = "act (statute), regulation (decree, order), administrative (circular, instruction), pre_existing (law in force before the directive that already gives effect to it).",
                         fr = "act (loi), regulation (décret, arrêté), administrative (circulaire, instruction), pre_existing (droit antérieur à la directive qui y donne déjà effet)." } },
        adopted_on = { type = "date", doc = { en = "Date the measure was adopted (signed).", fr = "Date d'adoption (signature) de la mesure." } },
        from = { type = "date", doc = { en = "Date the measure entered into force.", fr = "Date d'entrée en vigueur de la mesure." } },
        repealed = { type = "date", doc = { en = "Date the measure ceased to be in force.", fr = "Date à laquelle la mesure a cessé d'être en vigueur." } },
        refers_to_directive = { type = "boolean",
                                doc = { en = "The measure contains a reference to the directive, or is accompanied by one on official publication (the final articles of each directive).",
                                        fr = "La mesure contient une référence à la directive ou en est accompagnée lors de sa publication officielle." } },
        notified = { type = "date", doc = { en = "Date the measure (its text) was notified to the Commission as a national transposition measure.", fr = "Date de notification de la mesure (de son texte) à la Commission comme mesure nationale de transposition." } },
        source = "string",
        url = "string",
        note = "text",
      },
    },

    correspondence_row = {
      type = "record",
      required = { "provision" },
      doc = { en = "A row of the table of correspondence.", fr = "Une ligne du tableau de correspondance." },
      fields = {
        provision = { type = "ref", doc = { en = "The provision of the directive (\"eu-2004-80:12.2\"); a row on an article or paragraph covers its sub-paragraphs unless they have their own row.", fr = "La disposition de la directive ; une ligne sur un article ou un paragraphe couvre ses subdivisions qui n'ont pas leur propre ligne." } },
        measures = { type = "list", of = "string", doc = { en = "Identifiers of the transposing measures (keys of `measures`).", fr = "Identifiants des mesures de transposition (clés de `measures`)." } },
        adopted = { type = "adoption", doc = { en = "true: transposed completely; \"partly\" (list `missing`); false: not transposed. Absent with measures listed: transposed as the table claims.", fr = "true : transposée entièrement ; \"partly\" (indiquer `missing`) ; false : non transposée. Absent avec des mesures : transposée comme l'indique le tableau." } },
        missing = { type = "list", of = "text", doc = { en = "With adopted = \"partly\": what the national measures leave out.", fr = "Avec adopted = \"partly\" : ce que les mesures nationales omettent." } },
        source = "string",
        url = "string",
        note = "text",
      },
    },

    directive_option = {
      type = "record",
      required = { "provision", "used" },
      fields = {
        provision = { type = "ref", doc = { en = "The provision opening the option (\"eu-2004-80:18.2\").", fr = "La disposition qui ouvre l'option." } },
        used = { type = "boolean", doc = { en = "Whether the State used the option.", fr = "Si l'État a fait usage de l'option." } },
        source = "string",
        url = "string",
        note = "text",
      },
    },

    transposition = {
      type = "record",
      fields = {
        measures = { type = "map", of = "transposing_measure",
                     question = { en = "Which national measures transpose the directive (title, dates, reference to the directive, notification to the Commission)?",
                                  fr = "Quelles mesures nationales transposent la directive (intitulé, dates, référence à la directive, notification à la Commission) ?" } },
        table = { type = "list", of = "correspondence_row",
                  question = { en = "Which national measures transpose this provision of the directive, and do they do so completely (table of correspondence)?",
                               fr = "Quelles mesures nationales transposent cette disposition de la directive, et le font-elles entièrement (tableau de correspondance) ?" } },
        options = { type = "list", of = "directive_option",
                    question = { en = "Did the State use the option this provision of the directive opens?",
                                 fr = "L'État a-t-il fait usage de l'option ouverte par cette disposition de la directive ?" } },
        source = "string",
        url = "string",
        note = "text",
      },
    },
  },

  fields = {
    transposition = {
      type = "map", of = "transposition", keys = "instrument_id",
      doc = { en = "EU directives: the national transposing measures and the table of correspondence, keyed by instrument id (\"eu-2004-80\").",
              fr = "Directives de l'UE : les mesures nationales de transposition et le tableau de correspondance, par identifiant d'instrument (\"eu-2004-80\")." },
      question = { en = "Which national measures transpose the directive, provision by provision (table of correspondence)?",
                   fr = "Quelles mesures nationales transposent la directive, disposition par disposition (tableau de correspondance) ?" },
    },
  },
}
