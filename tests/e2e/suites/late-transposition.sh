# End-to-end tests of late transposition (Directives 2004/80/EC, 2004/81/EC
# and 2004/82/EC): a met or partly met finding whose transposing measures all
# entered into force after the provision was due for the State says
# "Transposed late", in English and
# French, without changing its status; nothing is said when the transposition
# was on time, when a date is not stated, for the time before a late
# accession, or for a State assessed only as a prospective party (sourced by
# tests/e2e/run.sh, which defines run, has, hasnt, ok, fail and $LEXGAP,
# $RULES, $FIX, $TMP, $ROOT).

# A Member State since 1995 (its profile's eu_member decides: "TST" is not in
# rules/eu-members.lua), with measures late, on time, on the deadline day, and
# without a date.  2004/80 is due on 2006-01-01, art. 12(2) and 13(1) on
# 2005-07-01.
late_profile() {   # late_profile CODE MEMBERSHIP FILE
  cat > "$3" <<LUA
return {
  profile_format = 1,
  state = { code = "$1", name = "Testland", kind = "state"$2 },
  describes_law_as_of = "2024-01-01",
  notifications = {
    { provision = "eu-2004-80:13.1.a", date = "2013-07-01" }, { provision = "eu-2004-80:13.1.b", date = "2013-07-01" },
    { provision = "eu-2004-80:13.1.c", date = "2013-07-01" }, { provision = "eu-2004-80:13.1.d", date = "2013-07-01" },
  },
  transposition = { ["eu-2004-80"] = {
    measures = {
      late = { title = "Late Act 2006", kind = "act", from = "2006-05-01" },
      later = { title = "Later Act 2014", kind = "act", from = "2014-01-01" },
      ontime = { title = "Timely Act 2005", kind = "act", from = "2005-12-01" },
      onday = { title = "Deadline Act 2006", kind = "act", from = "2006-01-01" },
      scheme = { title = "Compensation Scheme Act 2005", kind = "act", from = "2005-09-01" },
      accession = { title = "Accession Act 2013", kind = "act", from = "2013-07-01" },
      old = { title = "Old Victims Act", kind = "pre_existing" },
    },
    table = {
      { provision = "eu-2004-80:4", measures = { "late" } },
      { provision = "eu-2004-80:11.1", measures = { "late" }, adopted = "partly", missing = { "a second language" } },
      { provision = "eu-2004-80:12.2", measures = { "scheme" } },
      { provision = "eu-2004-80:1", measures = { "ontime" } },
      { provision = "eu-2004-80:5.1", measures = { "onday" } },
      { provision = "eu-2004-80:16", measures = { "ontime", "late" } },
      { provision = "eu-2004-80:3.1", measures = { "old", "late" } },
      { provision = "eu-2004-80:3.2", measures = { "accession" } },
      { provision = "eu-2004-80:7", measures = { "later" } },
    },
  } },
}
LUA
}
late_profile TST ', eu_member = { from = "1995-01-01" }' "$TMP/late-member.lua"
late_profile HRV '' "$TMP/late-croatia.lua"          # acceded on 2013-07-01 (rules/eu-members.lua)
late_profile ZZZ '' "$TMP/late-outsider.lua"         # not a Member State

# row ID STATUS: a regex for the start of finding ID's CSV row (its id, then
# its ref: the id without its #clause), with STATUS
row() { local id=${1//./\\.}; printf '%s' ",$id,${id%%#*},.*,(mandatory|optional|consider|endeavour),$2,"; }

run "late: a Member State, in CSV" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument eu-2004-80 --as-of 2024-01-01 --format csv "$TMP/late-member.lua" \
  && { has "late: met, in force after the deadline" "$TMP/out" "$(row eu-2004-80:4 met).*Transposed late: in force since 2006-05-01, after the deadline of 2006-01-01\.\""; \
       has "late: partly met says it too, after what is missing" "$TMP/out" "$(row eu-2004-80:11.1 partly_met).*missing: a second language\. Transposed late: in force since 2006-05-01, after the deadline of 2006-01-01\.\""; \
       has "late: art. 12(2) against its own deadline (2005-07-01)" "$TMP/out" "$(row eu-2004-80:12.2 met).*Transposed late: in force since 2005-09-01, after the deadline of 2005-07-01\.\""; \
       has "late: art. 7, a later act" "$TMP/out" "$(row eu-2004-80:7 met).*Transposed late: in force since 2014-01-01, after the deadline of 2006-01-01\."; \
       hasnt "late: in force before the deadline, nothing said" "$TMP/out" ",eu-2004-80:1,.*Transposed late"; \
       hasnt "late: in force on the deadline day, nothing said" "$TMP/out" ",eu-2004-80:5\.1,.*Transposed late"; \
       hasnt "late: one of two measures on time, nothing said" "$TMP/out" ",eu-2004-80:16,.*Transposed late"; \
       hasnt "late: a measure without a date, nothing said" "$TMP/out" ",eu-2004-80:3\.1,.*Transposed late"; \
       has "late: 13(1) sent after 1 July 2005" "$TMP/out" "$(row eu-2004-80:13.1 met).*Some of it was sent after the deadline of 1 July 2005\."; }

run "late: a Member State, in French" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument eu-2004-80 --as-of 2024-01-01 --format csv --lang fr "$TMP/late-member.lua" \
  && { has "late: French, met" "$TMP/out" ",eu-2004-80:4,.*Transposition tardive : en vigueur depuis le 2006-05-01, après la date limite du 2006-01-01\.\""; \
       has "late: French, partly met" "$TMP/out" ",eu-2004-80:11\.1,.*il manque : a second language\. Transposition tardive : en vigueur depuis le 2006-05-01, après la date limite du 2006-01-01\.\""; }

run "late: a Member State, in the text report" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument eu-2004-80 --as-of 2024-01-01 --color never "$TMP/late-member.lua" \
  && has "late: the text report says it" "$TMP/out" "Transposed late: in force since 2006-05-01, after the deadline"

# Croatia acceded on 2013-07-01, after every deadline: bound from then, and
# not late for the time before.
run "late: a State that acceded after the deadline" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument eu-2004-80 --as-of 2024-01-01 --format csv "$TMP/late-croatia.lua" \
  && { hasnt "late: in force on accession, nothing said" "$TMP/out" ",eu-2004-80:3\.2,.*Transposed late"; \
       hasnt "late: before accession, art. 4 not late" "$TMP/out" ",eu-2004-80:4,.*Transposed late"; \
       hasnt "late: before accession, art. 12(2) not late" "$TMP/out" ",eu-2004-80:12\.2,.*Transposed late"; \
       hasnt "late: 13(1) sent on accession, not late" "$TMP/out" "Some of it was sent after"; \
       has "late: in force after accession" "$TMP/out" "$(row eu-2004-80:7 met).*Transposed late: in force since 2014-01-01, after 2013-07-01, the date of the State's accession, from which the provision binds it"; }
run "late: accession, in French" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument eu-2004-80 --as-of 2024-01-01 --format csv --lang fr "$TMP/late-croatia.lua" \
  && has "late: French, after accession" "$TMP/out" ",eu-2004-80:7,.*Transposition tardive : en vigueur depuis le 2014-01-01, après le 2013-07-01, date de l'adhésion de l'État"

# Not a Member State: assessed only as a prospective party, never late.
run "late: a prospective party" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument eu-2004-80 --as-of 2024-01-01 --prospective --format csv "$TMP/late-outsider.lua" \
  && { has "late: the prospective party's art. 4 is met" "$TMP/out" "$(row eu-2004-80:4 met)"; \
       hasnt "late: a prospective party is not late" "$TMP/out" "Transposed late"; }

# The bundled Poland: its act of 2006-06-01 came after the 2006-01-01 deadline.
run "late: Poland" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument eu-2004-80 --as-of 2007-01-01 --format csv "$ROOT/profiles/eu-fictional-poland.lua" \
  && has "late: Poland's art. 1" "$TMP/out" "$(row eu-2004-80:1 met).*Transposed late: in force since 2006-06-01, after the deadline of 2006-01-01\."

# Art. 12(2) read from the national scheme (protection.victim_compensation_state,
# the fact of UNTOC art. 25(2)) rather than the table: the same rule.
cat > "$TMP/late-scheme.lua" <<'LUA'
return {
  profile_format = 1,
  state = { code = "TST", name = "Testland", kind = "state", eu_member = { from = "1995-01-01" } },
  describes_law_as_of = "2024-01-01",
  protection = { victim_compensation_state = { adopted = "partly", source = "Compensation Act 2005, s. 1", from = "2005-09-01",
                                               missing = { "victims who are not nationals" } } },
}
LUA
run "late: art. 12(2) from the national scheme" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument eu-2004-80 --as-of 2024-01-01 --format csv "$TMP/late-scheme.lua" \
  && has "late: the scheme in force after 2005-07-01, partly met" "$TMP/out" "$(row eu-2004-80:12.2 partly_met).*Transposed late: in force since 2005-09-01, after the deadline of 2005-07-01\."

# Directives 2004/81/EC (due on 2006-08-05) and 2004/82/EC (due on
# 2006-09-05): their rules read the State's own measures (victim_residence,
# carrier_data), not the table of correspondence.  A met or partly met
# finding whose measures all entered into force after the deadline says so
# once, at the end of the whole finding (art. 7(1) joins two measures).
cat > "$TMP/late-own.lua" <<'LUA'
return {
  profile_format = 1,
  state = { code = "TST", name = "Testland", kind = "state", eu_member = { from = "1995-01-01" } },
  describes_law_as_of = "2024-01-01",
  victim_residence = {
    trafficking_victims = { adopted = true, source = "Aliens Act s. 50", from = "2007-01-01" },
    information = { adopted = true, source = "Aliens Act s. 51", from = "2006-01-01" },
    reflection_period = { adopted = true, days = 30, source = "Aliens Act s. 52", from = "2006-08-05" },
    reflection_protection = { adopted = true, source = "Aliens Act s. 53" },
    subsistence = { adopted = true, source = "Social Aid Act s. 3", from = "2007-01-01" },
    vulnerable_needs = { adopted = true, source = "Social Aid Act s. 4", from = "2007-03-01" },
    permit_validity = { adopted = true, months = 3, source = "Aliens Act s. 54", from = "2007-01-01" },
    access_employment = { adopted = true, source = "Aliens Act s. 60", from = "2006-01-01" },
    access_vocational_training = { adopted = true, source = "Aliens Act s. 61", from = "2007-01-01" },
    access_education = { adopted = true, source = "Aliens Act s. 62", from = "2007-01-01" },
    minors = { adopted = true, source = "Aliens Act s. 40(5)", from = "2008-01-01" },
    minors_best_interests = { adopted = true, source = "Children Act s. 1", from = "2008-01-01" },
    unaccompanied_representation = { adopted = true, source = "Children Act s. 9", from = "2009-01-01" },
  },
  carrier_data = {
    transmission = { adopted = true, items = { "travel_document", "nationality", "full_name", "date_of_birth", "border_crossing_point", "transport_code",
                                               "departure_arrival_times", "total_passengers", "initial_embarkation_point" },
                     on_request = true, by_end_of_check_in = true, source = "Border Act s. 9", from = "2007-01-01" },
    authority_deletion = { adopted = true, hours = 72, source = "Border Decree s. 5", from = "2007-01-01" },
    remedies = { adopted = true, source = "Administrative Procedure Act s. 1", from = "2006-09-01" },
  },
}
LUA
LATE81='Transposed late: in force since 2007-01-01, after the deadline of 2006-08-05\.'
run "late: 2004/81 and 2004/82, in CSV" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument eu-2004-81 --instrument eu-2004-82 --as-of 2024-01-01 --format csv "$TMP/late-own.lua" \
  && { has "late: 2004/81 3(1), met" "$TMP/out" "$(row eu-2004-81:3.1 met).*\(Aliens Act s\. 50\)\. $LATE81\""; \
       has "late: 2004/81 8(3), partly met, after what falls short" "$TMP/out" "$(row eu-2004-81:8.3#validity partly_met).*only 3 months \(Aliens Act s\. 54\)\. $LATE81\""; \
       has "late: 2004/81 7(1), two measures, met, said at the end" "$TMP/out" "$(row eu-2004-81:7.1 met).*s\. 4\)\. $LATE81\""; \
       hasnt "late: 2004/81 7(1), said once only" "$TMP/out" ",eu-2004-81:7\.1,.*Transposed late.*Transposed late"; \
       hasnt "late: 2004/81 11(1), one of three measures on time, nothing said" "$TMP/out" ",eu-2004-81:11\.1,.*Transposed late"; \
       hasnt "late: 2004/81 5, on time, nothing said" "$TMP/out" ",eu-2004-81:5,.*Transposed late"; \
       hasnt "late: 2004/81 6(1), on the deadline day, nothing said" "$TMP/out" ",eu-2004-81:6\.1,.*Transposed late"; \
       hasnt "late: 2004/81 6(2), a measure without a date, nothing said" "$TMP/out" ",eu-2004-81:6\.2,.*Transposed late"; \
       has "late: 2004/81 3(3), the option of minors taken up after the deadline: met" "$TMP/out" "$(row eu-2004-81:3.3 met)"; \
       hasnt "late: 2004/81 3(3), an option has no deadline to miss: never late" "$TMP/out" ",eu-2004-81:3\.3,.*Transposed late"; \
       hasnt "late: 2004/81 10(a), in force with the option it depends on, nothing said" "$TMP/out" ",eu-2004-81:10\.a,.*Transposed late"; \
       has "late: 2004/81 10(c), in force after the option, late" "$TMP/out" "$(row eu-2004-81:10.c#representation met).*Transposed late: in force since 2009-01-01, after 2008-01-01, the date the State took up the option through which the provision binds it \(after the deadline\)\.\""; \
       has "late: 2004/82 3(1), met" "$TMP/out" "$(row eu-2004-82:3.1 met).*Transposed late: in force since 2007-01-01, after the deadline of 2006-09-05\.\""; \
       has "late: 2004/82 6(1), partly met" "$TMP/out" "$(row eu-2004-82:6.1#authority-deletion partly_met).*Transposed late: in force since 2007-01-01, after the deadline of 2006-09-05\.\""; \
       hasnt "late: 2004/82 5, on time, nothing said" "$TMP/out" ",eu-2004-82:5,.*Transposed late"; }

run "late: 2004/81 and 2004/82, in French" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument eu-2004-81 --instrument eu-2004-82 --as-of 2024-01-01 --format csv --lang fr "$TMP/late-own.lua" \
  && { has "late: French, 2004/81 3(1)" "$TMP/out" ",eu-2004-81:3\.1,.*Transposition tardive : en vigueur depuis le 2007-01-01, après la date limite du 2006-08-05\.\""; \
       has "late: French, 2004/82 6(1), partly met" "$TMP/out" ",eu-2004-82:6\.1#authority-deletion,.*Transposition tardive : en vigueur depuis le 2007-01-01, après la date limite du 2006-09-05\.\""; \
       has "late: French, 2004/81 10(c), late after the option taken up" "$TMP/out" ",eu-2004-81:10\.c#representation,.*Transposition tardive : en vigueur depuis le 2009-01-01, après le 2008-01-01, date à laquelle l'État a retenu l'option par laquelle la disposition le lie \(après la date limite\)\.\""; }

# Poland: its Aliens Act provisions of 2006-10-01 came after 2004/81's
# deadline (art. 7(1): one part provided, one not: partly met); its Border
# Guard Act of 2006-09-01 before 2004/82's.
run "late: Poland, 2004/81 and 2004/82" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument eu-2004-81 --instrument eu-2004-82 --as-of 2026-01-01 --format csv "$ROOT/profiles/eu-fictional-poland.lua" \
  && { has "late: Poland's 2004/81 3(1)" "$TMP/out" "$(row eu-2004-81:3.1 met).*art\. 53a\)\. Transposed late: in force since 2006-10-01, after the deadline of 2006-08-05\.\""; \
       has "late: Poland's 2004/81 7(1), partly met, said once at the end" "$TMP/out" "$(row eu-2004-81:7.1 partly_met).*psychological assistance where national law provides for it\. Transposed late: in force since 2006-10-01, after the deadline of 2006-08-05\.\""; \
       hasnt "late: Poland's 2004/81 7(1), said once only" "$TMP/out" ",eu-2004-81:7\.1,.*Transposed late.*Transposed late"; \
       hasnt "late: Poland's 2004/82, on time" "$TMP/out" ",eu-2004-82:.*Transposed late"; }
