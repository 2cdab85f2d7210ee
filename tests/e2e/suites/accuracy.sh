# Legal accuracy of the UNTOC pack (issue 14): the command line's view of
# reservations the Convention does not provide for, organisations without a
# stated competence, definitions stated once, and the words of the findings.
# Sourced by tests/e2e/run.sh (run, has, hasnt, ok, fail; $LEXGAP, $TMP...).

acc_profile() {   # acc_profile FILE BODY: a bound State with BODY added
  cat > "$1" <<EOP
return { profile_format = 1, state = { code = "ACC", name = "Accuratia" }, describes_law_as_of = "2024-01-01",
  parties = { untoc = { deposited = "2004-01-01" } },
  $2
}
EOP
}

# ---- a reservation the Convention does not provide for: honoured, flagged ----
# (the pack encodes no rule on art. 35(2), so the reservation art. 35(3)
# provides for is checked by tests/unit/test_evaluate.c)
acc_profile "$TMP/acc-res.lua" 'reservations = {
    { instrument = "untoc", provisions = { "untoc:16.10" }, from = "2004-01-01", source = "Instrument of ratification" },
    { instrument = "untoc", provisions = { "untoc:35.2" }, from = "2004-01-01" } },'
if run "accuracy: reservations, json" 0 -- "$LEXGAP" assess --fail-on gap "$TMP/acc-res.lua" --as-of 2024-01-01 --format json; then
  python3 - "$TMP/out" > "$TMP/acc-res.txt" <<'EOP'
import json, sys
d = json.load(open(sys.argv[1]))
a = d["assessments"][0] if "assessments" in d else d
for f in a["findings"]:
    if f["ref"] in ("untoc:16.10", "untoc:16.11"):
        print(f["ref"], f["status"], f.get("reservation_not_provided_for", False), f["explanation"]["en"])
EOP
  has "accuracy: a reservation to 16(10) is honoured (not applicable)" "$TMP/acc-res.txt" "^untoc:16\.10 not_applicable True .*does not open to reservations"
  hasnt "accuracy: a provision no reservation names is not flagged" "$TMP/acc-res.txt" "^untoc:16\.11 .*True"
fi
if run "accuracy: reservations, text" 0 -- "$LEXGAP" assess --fail-on gap "$TMP/acc-res.lua" --as-of 2024-01-01 --lang fr; then
  has "accuracy: the French report flags it too" "$TMP/out" "n'ouvre pas aux réserves"
fi

# ---- an organisation without competence_provisions: warned ------------------
cat > "$TMP/acc-reio.lua" <<'EOP'
return { profile_format = 1, state = { code = "EUR", name = "European Community", kind = "reio" },
  describes_law_as_of = "2024-01-01",
  parties = { untoc = { deposited = "2004-05-21", means = "formal_confirmation" } } }
EOP
if run "accuracy: organisation without competence" 0 -- "$LEXGAP" assess --fail-on gap "$TMP/acc-reio.lua" --as-of 2024-01-01; then
  has "accuracy: the report warns that the competence is not stated" "$TMP/out" "competence_provisions"
fi

# ---- definitions: stated once, referred to, checked ------------------------------
acc_profile "$TMP/acc-def-bad.lua" 'definitions = { criminal_organization = { scope = "all_offences" } },
  offences = { org = { name = "Participation", source = "CC s. 22", conduct = { "participation_ocg_criminal_activities" },
                       aims_at = { ref = "criminal_organisation" } } },'
run "accuracy: a reference to an unknown definition is refused" 1 -- "$LEXGAP" assess "$TMP/acc-def-bad.lua" &&
  has "accuracy: the refusal names file, line, key and the close name" "$TMP/err" \
    "acc-def-bad.lua:[0-9]+: offences\.org\.aims_at: 'criminal_organisation' is not a definition .*did you mean 'criminal_organization'"
acc_profile "$TMP/acc-def-both.lua" 'definitions = { co = { scope = "all_offences" } },
  offences = { org = { name = "P", source = "CC s. 22", aims_at = { ref = "co", scope = "all_offences" } } },'
run "accuracy: scope and ref together are refused" 1 -- "$LEXGAP" assess "$TMP/acc-def-both.lua" &&
  has "accuracy: the refusal says either scope or ref" "$TMP/err" "offences\.org\.aims_at: give either scope or ref"

# ---- finding texts --------------------------------------------------------------
acc_profile "$TMP/acc-text.lua" 'legal_persons = { criminal = { adopted = true, source = "Law 2013-1", from = "2014-01-01" },
    civil = { adopted = false }, administrative = { adopted = false } },
  offences = { threats = { name = "Threats against officials", source = "PC 433-3", max_prison_years = 5, from = "2014-01-01",
                           conduct = { "obstruction_official_force_threats" } },
               bribery = { name = "Bribery", source = "PC 433-1", max_prison_years = 10, advantage = "pecuniary",
                           conduct = { "bribery_active_promise", "bribery_active_offer", "bribery_active_give",
                                       "bribery_indirect", "bribery_third_party_beneficiary" } } },
  mutual_legal_assistance = { videoconference = { adopted = false } },'
if run "accuracy: finding texts" 2 -- "$LEXGAP" assess "$TMP/acc-text.lua" --as-of 2013-06-01 --format md; then
  has "accuracy: a measure in force later is said so" "$TMP/out" "only from 2014-01-01, after the assessment date"
  has "accuracy: liability of legal persons in force later is said so" "$TMP/out" "Criminal liability of legal persons exists only from 2014-01-01, after the assessment date \(Law 2013-1\)"
  has "accuracy: an offence in force later is named, not 'nothing shows'" "$TMP/out" "PC 433-3 \(Threats against officials\): in force only from 2014-01-01"
  has "accuracy: bribery limited to money says so" "$TMP/out" "reaches pecuniary advantages only, i.e. money"
  has "accuracy: an optional finding states its level" "$TMP/out" "Level: optional; reported for information, never a gap"
  has "accuracy: videoconference carries the Working Group's good practice" "$TMP/out" "Good practice: the Working Group on International Cooperation .* recommends"
fi

# ---- art. 18(13): a stated absence is a gap, and nothing is asked about its notification
acc_profile "$TMP/acc-1813.lua" 'notifications = {}, mutual_legal_assistance = { central_authority = { adopted = false } },'
if run "accuracy: no central authority" 2 -- "$LEXGAP" assess "$TMP/acc-1813.lua" --as-of 2024-01-01 --format md; then
  sed -n '/art. 18(13) —/,/^####/p' "$TMP/out" > "$TMP/acc-1813.md"
  has "accuracy: 18(13) without a central authority is not met" "$TMP/acc-1813.md" "Status:\*\* not met"
  hasnt "accuracy: 18(13) does not ask whether a non-existent authority was notified" "$TMP/acc-1813.md" "Questions to settle it"
fi

# ---- France, the demo: the support of inference, and the 2025 law's open points
if run "accuracy: France" 2 -- "$LEXGAP" assess "$ROOT/profiles/france.lua" --as-of 2026-01-01 --format md; then
  sed -n '/art. 5(2) —/,/^####/p' "$TMP/out" > "$TMP/acc-fr-52.md"
  has "accuracy: France's inference from circumstances rests on CPP art. 427" "$TMP/acc-fr-52.md" "Code de procédure pénale, art. 427\)"
  hasnt "accuracy: ... not on CP 324-1-1" "$TMP/acc-fr-52.md" "Code pénal, art. 324-1-1\)"
  sed -n '/art. 26(3) —/,/^####/p' "$TMP/out" > "$TMP/acc-fr-263.md"
  has "accuracy: France's immunity from prosecution is left open, saying why" "$TMP/acc-fr-263.md" "could not be verified"
fi
