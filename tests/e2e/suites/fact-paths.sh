# Fact paths (sourced by tests/e2e/run.sh): how the library splits a path
# into its parts and finds it among the facts a rule declared, whatever the
# path's dots, and which question the schema gives a path (its own, its
# nearest ancestor's, or the default).  tests/fixtures/fact-paths/paths.lua
# reads one path per rule from France's profile; each finding says what was
# read or asked, or the rule's error says why it was refused.  The engine
# before the plain-search split and the one-walk schema lookup passes it too.
FP=$TMP/fact-paths
mkdir -p "$FP"
cp -R "$RULES" "$FP/rules"
cp "$FIX/fact-paths/paths.lua" "$FP/rules/untoc/fact-paths.lua"
timeout 300 "$LEXGAP" assess --rules "$FP/rules" --instrument untoc --as-of 2026-01-01 --format json --fail-on none \
  "$ROOT/profiles/france.lua" 2> "$FP/err" \
  | jq -r '.assessments[].findings[] | select(.rule.file | endswith("/fact-paths.lua"))
           | [.clause, .status, (.explanation.en // ""), (.error.message // "")] | @tsv' > "$FP/got.tsv"
SRC='source=Code pénal, art. 113-10 ; art. 113-2-1'
fp_row() {   # clause status explanation-regex error-regex
  if awk -F'\t' -v c="$1" -v s="$2" -v e="$3" -v m="$4" '$1 == c && $2 == s && $3 ~ e && $4 ~ m { found = 1 } END { exit !found }' "$FP/got.tsv"; then
    ok "fact paths: $1"
  else
    fail "fact paths: $1 (want $2)" "$FP/got.tsv"
  fi
}
fp_row below met "^read $SRC\$" ''
fp_row listed met "^read $SRC\$" ''
fp_row deeper met '^read string=Code pénal, art. 113-10 ; art. 113-2-1$' ''
fp_row double-dot met "^read $SRC\$" ''
fp_row trailing-dot met "^read $SRC\$" ''
fp_row prefix-not-below error '' "reads fact 'jurisdiction.territory_abroad' but does not list it"
fp_row head-prefix error '' "reads fact 'jurisdictions.against_state' but does not list it"
fp_row leading-dot error '' "reads fact '.jurisdiction.against_state' but does not list it"
fp_row number error '' 'attempt to get length of a number value'
fp_row always met '^read string=France$' ''
# the question of a path, of its nearest ancestor that has one, or the default
Q_STATE='^asks Do national courts have jurisdiction over offences committed abroad against the State itself'
fp_row q-own met "$Q_STATE" ''
fp_row q-below met "$Q_STATE" ''
fp_row q-double-dot met "$Q_STATE" ''
fp_row q-outside met '^asks What does national law provide on no_such_area.no_such_fact\?$' ''
