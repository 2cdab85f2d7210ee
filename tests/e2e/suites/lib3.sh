# The library's sixth round (sourced by tests/e2e/run.sh; issue 13).
#
# The library fills its own templates without a values table (fill_with,
# engine/sandbox_template.c), finds a template's placeholders once, reads
# lx.good_practice's by and what and ctx:ask's text without copying them,
# negates a French text once (a memo), iterates absent lists without an
# empty table, and fits offences without lx.offence_fit's empty list.  None
# of it may change a finding: tests/fixtures/lib3/library.lua declares
# lx.good_practice (by and what of every kind, measures, notifications,
# both, none), ctx:ask (every kind of text, repeated, refused), the French
# negation (every article, each text in two rules), lx.offence_fit and
# lx.criminalized (elements allowing some requirements, narrower and
# unsure offences), and the patterns that iterate possibly absent lists;
# each finding (status, texts, option, lists, error file, line and
# message), for France, Arcadia and Borduria as of 2026 and 2008
# (prospective), must be the one main gave at c8568a5
# (library.expected.jsonl beside it).  Messages located in the library have
# their line masked.
L3=$TMP/lib3
mkdir -p "$L3"
cp -R "$RULES" "$L3/rules"
cp "$FIX/lib3/library.lua" "$L3/rules/untoc/lib3-library.lua"
: > "$L3/got.jsonl"
rc_all=0
for d in 2026-01-01 2008-01-01; do
  timeout 300 "$LEXGAP" assess --rules "$L3/rules" --instrument untoc --as-of $d --prospective --format json --fail-on none \
    "$ROOT/profiles/france.lua" "$ROOT/profiles/arcadia.lua" "$ROOT/profiles/borduria.lua" > "$L3/raw.json" 2> "$L3/err"
  rc=$?
  [ "$rc" -eq 1 ] || rc_all=$rc
  jq -c --arg d $d '.assessments[] | .profile.state_code as $s | .findings[] | select(.rule.file | endswith("/lib3-library.lua"))
         | {d: $d, s: $s, id, status, explanation, option, missing, questions, evidence,
            error: (if .error then {file: (.error.file | split("/") | last), line: .error.line, message: .error.message} else null end)}' \
    "$L3/raw.json" 2> /dev/null | sed 's/\[lexgap library\]:[0-9]*:/[lexgap library]:N:/' >> "$L3/got.jsonl"
done
if [ "$rc_all" -eq 0 ] && [ -s "$L3/got.jsonl" ] && cmp -s "$L3/got.jsonl" "$FIX/lib3/library.expected.jsonl"; then
  ok "lib3: good practice, questions, negations, offence fits and absent lists give the findings and errors they gave before"
else
  fail "lib3: library findings changed (exit $rc_all)"; diff "$FIX/lib3/library.expected.jsonl" "$L3/got.jsonl" | head -6 | cut -c1-300 | sed 's/^/     /'
fi
# every bundled rule's finding beside the fixture: those of a run without it
timeout 300 "$LEXGAP" assess --rules "$RULES" --instrument untoc --as-of 2026-01-01 --prospective --format json --fail-on none \
  "$ROOT/profiles/france.lua" "$ROOT/profiles/arcadia.lua" 2> /dev/null | jq -c '.assessments[].findings[]' > "$L3/clean.jsonl"
timeout 300 "$LEXGAP" assess --rules "$L3/rules" --instrument untoc --as-of 2026-01-01 --prospective --format json --fail-on none \
  "$ROOT/profiles/france.lua" "$ROOT/profiles/arcadia.lua" 2> /dev/null \
  | jq -c '.assessments[].findings[] | select(.rule.file | endswith("/lib3-library.lua") | not)' | sed "s|$L3/rules|$RULES|g" > "$L3/others.jsonl"
if [ -s "$L3/clean.jsonl" ] && cmp -s "$L3/clean.jsonl" "$L3/others.jsonl"; then
  ok "lib3: the bundled rules' findings are those of a run without the fixture"
else
  fail "lib3: bundled findings changed beside the fixture"; diff "$L3/clean.jsonl" "$L3/others.jsonl" | head -4 | cut -c1-300 | sed 's/^/     /'
fi
