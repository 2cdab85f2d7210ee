# The Cybercrime Convention's twins of UNTOC (arts 17-22, 31, 33, 34): one
# national fact serves both treaties, and this Convention's wording decides
# where they differ.  Sourced by tests/e2e/run.sh (run, has, hasnt, ok, fail;
# $LEXGAP, $RULES, $TMP, $ROOT).

# A State bound by UNTOC and a signatory of the Cybercrime Convention, with
# one laundering offence whose predicates are serious crimes (4 years: enough
# for UNTOC art. 6(2)(b)) and an illegal access offence punishable by 2 years.
cat > "$TMP/twins.lua" <<'EOP'
return { profile_format = 1, state = { code = "TWN", name = "Twinland" }, describes_law_as_of = "2026-06-01",
  parties = { untoc = { deposited = "2004-01-01" }, cybercrime = { signed = "2025-10-25" } },
  offences = {
    laundering = { name = "Laundering", source = "Penal Code s. 300", max_prison_years = 10,
                   conduct = { "laundering_conversion_transfer", "laundering_concealment_disguise" },
                   predicates = { scope = "threshold", threshold_prison_years = 4 }, self_laundering = true },
    access = { name = "Illegal access", source = "Penal Code s. 70", max_prison_years = 2, conduct = { "ict_illegal_access" } },
  },
  legal_persons = { criminal = { adopted = true, source = "Penal Code s. 12" },
                    scope = { scope = "threshold", threshold_prison_years = 4, source = "Penal Code s. 12(2)" } },
  jurisdiction = { territory = { adopted = true, source = "Penal Code s. 5" } },
  -- UNTOC arts 5, 8 and 23 declared absent, so that UNTOC 6(2)(b) is settled by the threshold alone
  no_offence_for = {
    { conduct = "participation_conspiracy" },
    { conduct = "participation_ocg_criminal_activities" },
    { conduct = "participation_ocg_other_activities" },
    { conduct = "ocg_crime_organizing" },
    { conduct = "ocg_crime_directing" },
    { conduct = "ocg_crime_aiding_abetting" },
    { conduct = "ocg_crime_facilitating_counselling" },
    { conduct = "bribery_active_promise" },
    { conduct = "bribery_active_offer" },
    { conduct = "bribery_active_give" },
    { conduct = "bribery_passive_solicit" },
    { conduct = "bribery_passive_accept" },
    { conduct = "obstruction_witness_force_threats" },
    { conduct = "obstruction_witness_undue_advantage" },
    { conduct = "obstruction_official_force_threats" },
  },
}
EOP
twins_json() {   # twins_json FILE: "ref status" for the findings this suite looks at
  python3 - "$1" <<'EOP'
import json, sys
d = json.load(open(sys.argv[1]))
for a in (d["assessments"] if "assessments" in d else [d]):
    for f in a["findings"]:
        if f["ref"] in ("untoc:6.2.b", "cybercrime:17.2.a", "untoc:10.1", "cybercrime:18.1", "untoc:15.1.a", "cybercrime:22.1.a"):
            print(f["ref"], f["status"], "|", " ; ".join(e.get("source") or "" for e in f["evidence"]))
EOP
}

# ---- one report holds both treaties; the same facts serve both -------------
if run "twins: both treaties in one JSON report" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-06-01 --prospective --format json "$TMP/twins.lua"; then
  twins_json "$TMP/out" > "$TMP/twins.txt"
  has "twins: a 4-year threshold meets UNTOC 6(2)(b)" "$TMP/twins.txt" "^untoc:6\.2\.b met \|.*Penal Code s\. 300"
  has "twins: the same offence leaves out a 2-year ICT offence under Cybercrime 17(2)(a)" "$TMP/twins.txt" "^cybercrime:17\.2\.a partly_met .*Penal Code s\. 300.*Penal Code s\. 70"
  hasnt "twins: the 2-year ICT offence is no shortfall under UNTOC 10(1) (serious crime)" "$TMP/twins.txt" "^untoc:10\.1 (partly_met|not_met)"
  has "twins: the same regime falls short of Cybercrime 18(1)" "$TMP/twins.txt" "^cybercrime:18\.1 partly_met .*Penal Code s\. 12"
  has "twins: one rule on territorial jurisdiction serves UNTOC 15(1)(a)" "$TMP/twins.txt" "^untoc:15\.1\.a met .*Penal Code s\. 5"
  has "twins: and Cybercrime 22(1)(a)" "$TMP/twins.txt" "^cybercrime:22\.1\.a met .*Penal Code s\. 5"
fi
if run "twins: the text report names both" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-06-01 --prospective "$TMP/twins.lua"; then
  has "twins: the finding says what the Convention requires that UNTOC does not" "$TMP/out" "whatever their penalty"
  has "twins: English rendering labelled unofficial" "$TMP/out" "unofficial translation"
fi

# ---- as of today the Convention binds no one; --prospective assesses -------
if run "twins: not yet binding without --prospective" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-06-01 --format csv "$TMP/twins.lua"; then
  has "twins: arts 17-34 not applicable, not in force" "$TMP/out" "^TWN,.*,cybercrime,cybercrime:22\.1\.a,.*,not_applicable,"
  hasnt "twins: no cybercrime finding marked prospective" "$TMP/out" ",cybercrime,cybercrime:[0-9.#a-z-]+,.*,yes,\"law on the books"
fi
if run "twins: prospective CSV" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-06-01 --prospective --format csv "$TMP/twins.lua"; then
  has "twins: a prospective finding of art. 22 says so in its column" "$TMP/out" "^TWN,.*,cybercrime,cybercrime:22\.1\.a,.*,met,.*,\"law on the books, not its effectiveness\",,,yes"
fi

# ---- France, prospectively: a finding for every obligation of arts 17-34 ----
if run "twins: France prospective" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --prospective --instrument cybercrime --format csv "$ROOT/profiles/france.lua"; then
  python3 - "$TMP/out" > "$TMP/fra-twins.txt" <<'EOP'
import csv, sys
for r in csv.DictReader(open(sys.argv[1], newline="")):
    art = int(r["article"])
    if 17 <= art <= 34 and r["status"] == "not_applicable" and "not yet" in r["explanation"]:
        print("NOT ASSESSED", r["id"])
    if 17 <= art <= 34:
        print(r["id"], r["status"])
EOP
  hasnt "twins: France: no obligation of arts 17-34 left unassessed" "$TMP/fra-twins.txt" "^NOT ASSESSED"
  has "twins: France: laundering predicates, all offences (Code pénal art. 324-1)" "$TMP/fra-twins.txt" "^cybercrime:17\.2\.a met"
  has "twins: France: AGRASC manages seized property (31(3))" "$TMP/fra-twins.txt" "^cybercrime:31\.3 met"
  has "twins: France: no suspension for evasion (20)" "$TMP/fra-twins.txt" "^cybercrime:20 partly_met"
  has "twins: France: informants left unknown, not guessed (33(1))" "$TMP/fra-twins.txt" "^cybercrime:33\.1 unknown"
fi

# ---- the store: both treaties in one run, history and matrix ---------------
TW_DB=$TMP/twins.db
run "twins: save both treaties" 2 -- "$LEXGAP" assess --rules "$RULES" --db "$TW_DB" --as-of 2026-06-01 --prospective --save "$TMP/twins.lua"
if run "twins: matrix" 0 -- "$LEXGAP" matrix --db "$TW_DB" --format csv; then
  has "twins: matrix columns for both treaties' twins" "$TMP/out" "^state_code,.*cybercrime:17,.*cybercrime:22,.*untoc:6,.*untoc:15,"
fi
run "twins: history" 0 -- "$LEXGAP" history --db "$TW_DB" TWN && has "twins: history rates both" "$TMP/out" "cybercrime .*untoc "
