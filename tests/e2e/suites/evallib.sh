# Evaluation's engine and library, fourth round (sourced by tests/e2e/run.sh;
# issue 13).
#
# The library fills a measure's `what` without copying it, makes what
# ctx:measure returns at a smaller size, and reads a text's en and fr once;
# the collector runs minor collections less often.  None of it may change a
# finding: tests/fixtures/evallib/measures.lua declares lx.measure_finding
# with every kind of `what` (string, table, view, values it refuses) at
# every level on measures of every state, lists every field ctx:measure
# returns, and gives the result API every kind of text; each finding
# (status, texts, lists, error file, line and message), for France and
# Borduria as of 2026 and 2008 (prospective), must be the one the engine
# gave before (measures.expected.jsonl beside it, made by the engine at
# 93d0d9d).  Messages located in the library have their line masked.
EV=$TMP/evallib
mkdir -p "$EV"
cp -R "$RULES" "$EV/rules"
cp "$FIX/evallib/measures.lua" "$EV/rules/untoc/evallib-measures.lua"
: > "$EV/got.jsonl"
rc_all=0
for d in 2026-01-01 2008-01-01; do
  timeout 300 "$LEXGAP" assess --rules "$EV/rules" --instrument untoc --as-of $d --prospective --format json --fail-on none \
    "$ROOT/profiles/france.lua" "$ROOT/profiles/borduria.lua" > "$EV/raw.json" 2> "$EV/err"
  rc=$?
  [ "$rc" -eq 1 ] || rc_all=$rc
  jq -c --arg d $d '.assessments[] | .profile.state_code as $s | .findings[] | select(.rule.file | endswith("/evallib-measures.lua"))
         | {d: $d, s: $s, id, status, explanation, option, missing, questions, evidence,
            error: (if .error then {file: (.error.file | split("/") | last), line: .error.line, message: .error.message} else null end)}' \
    "$EV/raw.json" 2> /dev/null | sed 's/\[lexgap library\]:[0-9]*:/[lexgap library]:N:/' >> "$EV/got.jsonl"
done
if [ "$rc_all" -eq 0 ] && [ -s "$EV/got.jsonl" ] && cmp -s "$EV/got.jsonl" "$FIX/evallib/measures.expected.jsonl"; then
  ok "evallib: measure patterns and result texts give the findings and errors they gave before"
else
  fail "evallib: measure pattern findings changed (exit $rc_all)"; diff "$FIX/evallib/measures.expected.jsonl" "$EV/got.jsonl" | head -6 | cut -c1-300 | sed 's/^/     /'
fi
# every bundled rule's finding beside the fixture: those of a run without it
timeout 300 "$LEXGAP" assess --rules "$RULES" --instrument untoc --as-of 2026-01-01 --prospective --format json --fail-on none \
  "$ROOT/profiles/france.lua" "$ROOT/profiles/borduria.lua" 2> /dev/null | jq -c '.assessments[].findings[]' > "$EV/clean.jsonl"
timeout 300 "$LEXGAP" assess --rules "$EV/rules" --instrument untoc --as-of 2026-01-01 --prospective --format json --fail-on none \
  "$ROOT/profiles/france.lua" "$ROOT/profiles/borduria.lua" 2> /dev/null \
  | jq -c '.assessments[].findings[] | select(.rule.file | endswith("/evallib-measures.lua") | not)' | sed "s|$EV/rules|$RULES|g" > "$EV/others.jsonl"
if [ -s "$EV/clean.jsonl" ] && cmp -s "$EV/clean.jsonl" "$EV/others.jsonl"; then
  ok "evallib: the bundled rules' findings are those of a run without the fixture"
else
  fail "evallib: bundled findings changed beside the fixture"; diff "$EV/clean.jsonl" "$EV/others.jsonl" | head -4 | cut -c1-300 | sed 's/^/     /'
fi
