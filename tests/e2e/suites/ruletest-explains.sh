# `lexgap test`: what an expectation says of a finding's words (explains,
# explains_fr, explains_not, explains_not_fr; fix13c).  Sourced by
# tests/e2e/run.sh (run/has/hasnt/ok/fail, $LEXGAP $RULES $TMP $ROOT).
#
# A pack of one obligation is written here, its tests then given cases whose
# words are found, missing, present where they must not be, or malformed.

XP=$TMP/explains
mkdir -p "$XP/packs/demo/tests"
cat > "$XP/packs/demo/instrument.lua" <<'EOF'
return {
  id = "demo",
  title = { en = "Demonstration Convention on Corporate Liability",
            fr = "Convention de démonstration sur la responsabilité des personnes morales" },
  short = { en = "DCCL", fr = "CDRPM" },
  kind = "treaty",
  adopted = "2023-06-01",
  in_force = "2024-01-01",
  days_after_deposit = 30,
  denunciation_years = 1,
}
EOF
cat > "$XP/packs/demo/art01.lua" <<'EOF'
obligation {
  ref = "demo:1",
  level = "mandatory",
  title = { en = "Criminal liability of legal persons", fr = "Responsabilité pénale des personnes morales" },
  category = "liability",
  text = { en = [[Each Party shall establish the criminal liability of legal persons.]] },
  facts = { "legal_persons.criminal" },
  check = function(ctx)
    return lx.measure_finding(ctx, "legal_persons.criminal", {
      what = { en = "criminal liability of legal persons", fr = "la responsabilité pénale des personnes morales" } })
  end,
}
EOF
cat > "$XP/packs/demo/tests/base.lua" <<'EOF'
return {
  profile_format = 1,
  state = { code = "TST", name = "Testland" },
  describes_law_as_of = "2025-01-01",
  parties = { demo = { deposited = "2024-03-01" } },
}
EOF
# explains_cases EXTRA: the three exercising cases, then EXTRA (case lines)
explains_cases() {
  { cat <<'EOF'
return {
  { name = "met", profile = { legal_persons = { criminal = { adopted = true, source = "Penal Code s. 12" } } },
    expect = { ["demo:1"] = "met" } },
  { name = "unknown", expect = { ["demo:1"] = "unknown" } },
EOF
    printf '%s\n}\n' "$1"; } > "$XP/packs/demo/tests/art01.lua"
}

# the words found, in English and in French, as written: "s. 3)" is no pattern
explains_cases '  { name = "not met, the source cited",
    profile = { legal_persons = { criminal = { adopted = false, source = "Penal Code s. 3" } } },
    expect = { ["demo:1"] = { status = "not_met", explains = { "criminal liability of legal persons", "(Penal Code s. 3)" },
                              explains_fr = "(Penal Code s. 3)", explains_not = "s.3" } } },'
run "explains: words found" 0 -- "$LEXGAP" test --rules "$XP/packs" \
  && has "explains: the case passes" "$TMP/out" "^4 passed, 0 failed$"

# words missing: the case, its line, the obligation, the key, the words and
# the explanation they were not found in; exit 1
explains_cases '  { name = "not met, the wrong section",
    profile = { legal_persons = { criminal = { adopted = false, source = "Penal Code s. 3" } } },
    expect = { ["demo:1"] = { status = "not_met",
                              explains = "(Penal Code s. 4)" } } },'
run "explains: words missing" 1 -- "$LEXGAP" test --rules "$XP/packs" \
  && { has "explains: the failure names case, line, obligation, key and words" "$TMP/out" \
         "^FAIL .*/packs/demo/tests/art01\.lua:5: case 'not met, the wrong section': line 8: demo:1: explains: the English explanation does not contain \"\(Penal Code s\. 4\)\"$"; \
       has "explains: the explanation quoted" "$TMP/out" "^     explanation: .*criminal liability of legal persons.*\(Penal Code s\. 3\)"; \
       has "explains: counted as one failed case" "$TMP/out" "^3 passed, 1 failed$"; }

# French words missing, and words that must not be there
explains_cases '  { name = "not met, French and unwanted words",
    profile = { legal_persons = { criminal = { adopted = false, source = "Penal Code s. 3" } } },
    expect = { ["demo:1"] = { status = "not_met", explains_fr = "personnes physiques",
                              explains_not = "Penal Code" } } },'
run "explains_fr, explains_not: fail" 1 -- "$LEXGAP" test --rules "$XP/packs" \
  && { has "explains_fr: names the French explanation" "$TMP/out" "line 7: demo:1: explains_fr: the French explanation does not contain \"personnes physiques\"$"; \
       has "explains_fr: quotes it" "$TMP/out" "^     explanation: .*la responsabilité pénale des personnes morales"; \
       has "explains_not: the unwanted words named" "$TMP/out" "line 8: demo:1: explains_not: the English explanation contains \"Penal Code\"$"; }

# malformed: refused with the file, line and key
explains_cases '  { name = "malformed",
    profile = { legal_persons = { criminal = { adopted = false, source = "Penal Code s. 3" } } },
    expect = { ["demo:1"] = { status = "not_met",
      explains = { "Penal Code", 3 } } } },'
run "explains: malformed item" 1 -- "$LEXGAP" test --rules "$XP/packs" \
  && has "explains: a number in the list refused" "$TMP/out" "art01\.lua:5: case 'malformed': line 8: demo:1: explains\[2\]: expected a text, not a number$"
explains_cases '  { name = "empty",
    profile = { legal_persons = { criminal = { adopted = false, source = "Penal Code s. 3" } } },
    expect = { ["demo:1"] = { status = "not_met",
      explains_not = "" } } },'
run "explains: empty" 1 -- "$LEXGAP" test --rules "$XP/packs" \
  && has "explains_not: an empty text refused" "$TMP/out" "art01\.lua:5: case 'empty': line 8: demo:1: explains_not: the text is empty$"
explains_cases '  { name = "misspelt",
    profile = { legal_persons = { criminal = { adopted = false, source = "Penal Code s. 3" } } },
    expect = { ["demo:1"] = { status = "not_met",
      explain = "Penal Code" } } },'
run "explains: misspelt key" 1 -- "$LEXGAP" test --rules "$XP/packs" \
  && has "explains: a misspelt key refused, not ignored" "$TMP/out" "art01\.lua:5: case 'misspelt': line 8: demo:1: unknown key 'explain' in the expectation"

# the bundled packs' own: the words of three cybercrime fixes
run "explains: bundled cases" 0 -- "$LEXGAP" test --rules "$RULES" --instrument cybercrime --instrument untoc -v \
  && { has "explains: 18(1) words case run" "$TMP/out" "^ok   .*art18\.lua:[0-9]+: case '18\(1\) words: no liability of any form, a principle invoked"; \
       has "explains: 53(7) words case run" "$TMP/out" "^ok   .*art53\.lua:[0-9]+: case '53\(7\) words: communication dated the day after"; }
