# The call path of rules (sourced by tests/e2e/run.sh; issue 13).
#
# Rules are called several to a protected call (engine/sandbox.c,
# sandbox_call_each), the context is made and the finding read back with
# less work.  None of it may change what a check's misuse gives: the file
# tests/fixtures/callpath/misuse.lua declares 41 obligations that return
# wrong things, raise, or stash and reuse results, and every finding of it
# (status, texts, lists, error file, line and message) must be the one the
# engine gave before the change (misuse.expected.jsonl beside it).  Messages
# Lua locates in the rule library name a line of engine/lua/lexgap.lua: that
# line number changes with any edit of the library, so it is masked.
CP=$TMP/callpath
mkdir -p "$CP"
cp -R "$RULES" "$CP/rules"
cp "$FIX/callpath/misuse.lua" "$CP/rules/untoc/misuse.lua"
timeout 300 "$LEXGAP" assess --rules "$CP/rules" --instrument untoc --as-of 2026-01-01 --format json --fail-on none \
  "$ROOT/profiles/france.lua" "$ROOT/profiles/borduria.lua" > "$CP/raw.json" 2> "$CP/err"
rc=$?
jq -c '.assessments[] | .profile.state_code as $s | .findings[] | select(.rule.file | endswith("/misuse.lua"))
       | {s: $s, id, status, explanation, option, missing, questions, evidence,
          error: (if .error then {file: (.error.file | split("/") | last), line: .error.line, message: .error.message} else null end)}' \
  "$CP/raw.json" 2> /dev/null | sed 's/\[lexgap library\]:[0-9]*:/[lexgap library]:N:/' > "$CP/got.jsonl"
if [ "$rc" -eq 1 ] && [ -s "$CP/got.jsonl" ] && cmp -s "$CP/got.jsonl" "$FIX/callpath/misuse.expected.jsonl"; then
  ok "callpath: every misuse of the result API gives the finding and the located error it gave before"
else
  fail "callpath: misuse findings changed (exit $rc)"; diff "$FIX/callpath/misuse.expected.jsonl" "$CP/got.jsonl" | head -6 | cut -c1-300 | sed 's/^/     /'
fi
# the rules of the bundled packs around the misuse file: byte for byte as without it
timeout 300 "$LEXGAP" assess --rules "$RULES" --instrument untoc --as-of 2026-01-01 --format json --fail-on none \
  "$ROOT/profiles/france.lua" "$ROOT/profiles/borduria.lua" 2> /dev/null | jq -c '.assessments[].findings[]' > "$CP/clean.jsonl"
jq -c '.assessments[].findings[] | select(.rule.file | endswith("/misuse.lua") | not)' "$CP/raw.json" 2> /dev/null \
  | sed "s|$CP/rules|$RULES|g" > "$CP/others.jsonl"
if [ -s "$CP/clean.jsonl" ] && cmp -s "$CP/clean.jsonl" "$CP/others.jsonl"; then
  ok "callpath: the other rules' findings are those of a run without the misuse file"
else
  fail "callpath: other findings changed beside the misuse file"; diff "$CP/clean.jsonl" "$CP/others.jsonl" | head -4 | cut -c1-300 | sed 's/^/     /'
fi
