# Rules that cannot touch each other (sourced by tests/e2e/run.sh).
#
# Each file in tests/fixtures/hostile/ (but escapes.lua, run by the core
# suite) is one known escape.  For each: assess two bundled profiles with the
# real rules plus that file; every finding of the hostile file must be an
# `error` naming the hostile file itself and a line, and every other finding
# must be byte-identical to the run without it.
ISO=$TMP/isolation
mkdir -p "$ISO"
cp -R "$RULES" "$ISO/rules"
iso_assess() {   # iso_assess OUT: JSON findings of both profiles, keys sorted
  timeout 300 "$LEXGAP" assess --rules "$ISO/rules" --as-of 2026-01-01 --format json \
    "$ROOT/profiles/borduria.lua" "$ROOT/profiles/france.lua" > "$ISO/raw.json" 2> "$ISO/err"
  local rc=$?
  jq -S -c '.assessments[].findings[]' "$ISO/raw.json" > "$1" 2>/dev/null
  return $rc
}
iso_assess "$ISO/clean.jsonl"; rc=$?
if [ "$rc" -eq 2 ] && [ -s "$ISO/clean.jsonl" ]; then ok "isolation: the clean run"; else fail "isolation: the clean run (exit $rc)" "$ISO/err"; fi
for hostile in "$FIX"/hostile/*.lua; do
  name=$(basename "$hostile")
  [ "$name" = escapes.lua ] && continue
  cp "$hostile" "$ISO/rules/untoc/$name"
  iso_assess "$ISO/run.jsonl"; rc=$?
  rm -f "$ISO/rules/untoc/$name"
  if [ "$rc" -ne 1 ]; then fail "isolation $name: exit $rc, expected 1" "$ISO/err"; continue; fi
  # the hostile file's findings: all errors located in the file itself
  jq -c --arg f "/untoc/$name" 'select(.rule.file | endswith($f))' "$ISO/run.jsonl" > "$ISO/hostile.jsonl"
  bad=$(jq -c --arg f "/untoc/$name" 'select(.status != "error" or (.error.file | endswith($f) | not) or .error.line < 1) | {id, status, error}' "$ISO/hostile.jsonl")
  if [ -s "$ISO/hostile.jsonl" ] && [ -z "$bad" ]; then ok "isolation $name: error findings name the file and a line"
  else fail "isolation $name: error findings name the file and a line"; echo "$bad" | head -5 | sed 's/^/     /'; fi
  # every other finding as in the clean run
  jq -c --arg f "/untoc/$name" 'select(.rule.file | endswith($f) | not)' "$ISO/run.jsonl" > "$ISO/others.jsonl"
  if cmp -s "$ISO/others.jsonl" "$ISO/clean.jsonl"; then ok "isolation $name: every other finding unchanged"
  else fail "isolation $name: other findings changed"; diff "$ISO/clean.jsonl" "$ISO/others.jsonl" | head -4 | cut -c1-300 | sed 's/^/     /'; fi
done
