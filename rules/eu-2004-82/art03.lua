-- Directive 2004/82/EC article 3 -- Transmission of data
--
-- Paragraph 1 (mandatory, « prennent les mesures nécessaires afin d'établir
-- l'obligation »): national law must oblige (air) carriers to transmit, at
-- the request of the authorities responsible for checks on persons at the
-- external borders, by the end of check-in, information on the passengers
-- they will carry to an authorised border crossing point of entry.
-- Paragraph 2 lists what that information comprises (« Parmi ces
-- renseignements figurent »): the nine items are a minimum, each required;
-- recital 8 leaves the State free to ask for more.  Encoded with paragraph 1.
-- Paragraph 3: the transmission does not discharge carriers of their
-- Schengen art. 26 duties, a saving clause (levels.lua: none).
--
-- A duty to transmit for every flight, without a request, includes the
-- transmission on request: it meets paragraph 1 (recital 8: further
-- obligations for carriers are allowed).  A deadline later than the end of
-- check-in does not: the checks must be prepared before boarding ends
-- (recital 11).

local ITEMS = {
  { "travel_document", en = "the number and type of travel document used", fr = "le numéro et le type du document de voyage utilisé" },
  { "nationality", en = "the nationality", fr = "la nationalité" },
  { "full_name", en = "the full name", fr = "le nom complet" },
  { "date_of_birth", en = "the date of birth", fr = "la date de naissance" },
  { "border_crossing_point", en = "the border crossing point of entry", fr = "le point de passage frontalier utilisé pour entrer sur le territoire" },
  { "transport_code", en = "the code of transport", fr = "le code de transport" },
  { "departure_arrival_times", en = "the departure and arrival time of the transportation", fr = "les heures de départ et d'arrivée du transport" },
  { "total_passengers", en = "the total number of passengers carried", fr = "le nombre total des personnes transportées" },
  { "initial_embarkation_point", en = "the initial point of embarkation", fr = "le point d'embarquement initial" },
}

obligation {
  ref = "eu-2004-82:3.1",
  covers = { "eu-2004-82:3.2" },
  level = "mandatory",
  title = { en = "Carriers obliged to transmit passenger data by the end of check-in",
            fr = "Obligation des transporteurs de transmettre les données des passagers avant la fin de l'enregistrement" },
  category = "data_transfer",
  text = {
    fr = [[Les États membres prennent les mesures nécessaires afin d'établir l'obligation, pour les transporteurs, de transmettre, à la demande des autorités chargées du contrôle des personnes aux frontières extérieures, avant la fin de l'enregistrement, les renseignements relatifs aux passagers qu'ils vont transporter vers un point de passage frontalier autorisé par lequel ces personnes entreront sur le territoire d'un État membre.]],
  },
  facts = { "carrier_data.transmission" },
  check = function(ctx)
    local path = "carrier_data.transmission"
    return lx.measure_details(ctx, path, {
      what = { en = "a duty of carriers to transmit passenger data to the border authorities",
               fr = "l'obligation pour les transporteurs de transmettre les données des passagers aux autorités de contrôle aux frontières" },
      details = function(m)
        local d = { missing = {} }
        if m.items == nil then
          d.open = true
          ctx:ask(path, { en = "Which items of passenger information must carriers transmit (art. 3(2))?",
                          fr = "Quels renseignements relatifs aux passagers les transporteurs doivent-ils transmettre (art. 3, par. 2) ?" })
        else
          for _, it in ipairs(ITEMS) do
            if not lx.has(m.items, it[1]) then
              d.missing[#d.missing + 1] = lx.t({ en = "the item \"{i}\" (art. 3(2))", fr = "le renseignement « {i} » (art. 3, par. 2)" }, { i = { en = it.en, fr = it.fr } })
            end
          end
        end
        if m.by_end_of_check_in == nil then
          d.open = true
          ctx:ask(path, { en = "Must carriers transmit the data by the end of check-in at the latest (art. 3(1))?",
                          fr = "Les transporteurs doivent-ils transmettre les données au plus tard à la fin de l'enregistrement (art. 3, par. 1) ?" })
        elseif m.by_end_of_check_in == false then
          d.missing[#d.missing + 1] = { en = "transmission by the end of check-in", fr = "la transmission avant la fin de l'enregistrement" }
        end
        d.met = lx.t({ en = "National law obliges carriers to transmit, by the end of check-in, every item of passenger information that art. 3(2) lists{s}.",
                       fr = "Le droit national oblige les transporteurs à transmettre, avant la fin de l'enregistrement, chacun des renseignements que l'art. 3, par. 2, énumère{s}." },
                     { s = m.source and (" (" .. m.source .. ")") or "" })
        return d
      end,
    })
  end,
}
