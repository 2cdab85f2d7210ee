# A batch's profiles kept from the check or read again (sourced by
# tests/e2e/run.sh; issue 13).
#
# A streamed batch keeps the first profiles its check loaded, up to a fixed
# memory for their trees, and reads the others again for the assessment,
# checking them again only if their bytes changed.  Whichever way a profile
# comes, its report is the same: 45 copies of France (more than the trees
# kept) give 45 identical assessments, the same as France alone, and the
# same document as a batch held whole (--save keeps every profile).
B2=$TMP/batch2
mkdir -p "$B2/p"
for i in $(seq -w 1 45); do cp "$ROOT/profiles/france.lua" "$B2/p/f$i.lua"; done
b2_assess() {   # b2_assess OUT [options] PROFILE...: the JSON report to OUT
  local out=$1; shift
  timeout 300 "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --fail-on none --format json \
    --instrument untoc-wg --instrument eu-2004-82 "$@" > "$out" 2> "$B2/err"
}
b2_assess "$B2/alone.json" "$ROOT/profiles/france.lua"
b2_assess "$B2/batch.json" "$B2"/p/*.lua
jq -c '.assessments[0] | del(.profile)' "$B2/alone.json" > "$B2/one"
same=1
for i in $(seq 0 44); do
  jq -c ".assessments[$i] | del(.profile)" "$B2/batch.json" > "$B2/a"
  cmp -s "$B2/a" "$B2/one" || { same=0; echo "     assessment $i differs from France alone"; }
done
if [ "$same" -eq 1 ] && [ -s "$B2/one" ] && [ "$(jq '.assessments | length' "$B2/batch.json")" = 45 ]; then
  ok "batch2: 45 copies of France, kept or read again, each assessed as France alone"
else fail "batch2: 45 copies of France, kept or read again, each assessed as France alone"; fi
# held whole (--save): the same document, byte for byte
b2_assess "$B2/held.json" --save --db "$B2/db.sqlite" "$B2"/p/*.lua
if cmp -s "$B2/batch.json" "$B2/held.json"; then ok "batch2: the streamed batch equals the batch held whole"
else fail "batch2: the streamed batch equals the batch held whole"; fi
# a profile refused among many: every problem listed, nothing assessed
printf 'return { profile_format = 1, state = { code = 5 } }\n' > "$B2/bad.lua"
run "batch2: a refused profile after 45" 1 -- "$LEXGAP" assess --rules "$RULES" --format json "$B2"/p/*.lua "$B2/bad.lua"
has "batch2: its problem named" "$TMP/err" "bad.lua:1: state.code"
has "batch2: nothing assessed" "$TMP/err" "bad.lua: profile refused .*; nothing assessed"
if [ ! -s "$TMP/out" ]; then ok "batch2: no report written"; else fail "batch2: no report written"; fi
