# One JSON writer for every JSON lexgap prints (sourced by tests/e2e/run.sh;
# issue 13).  `rules`, `coverage`, `history`, `diff`, `matrix` and `search`
# write their JSON with engine/json_writer.c, as the reports do, and the
# binary no longer links Jansson: these check that the documents parse, that
# a rule's string that is not valid UTF-8 is left out with its key while
# control characters are escaped, that the run's members are the same in
# history, diff and matrix, and that matrix cells keep their columns.
# (Byte-for-byte equality with the Jansson trees is held by
# tests/unit/test_json_writer.c and store-integrity.sh's expected files.)
JW=$TMP/json-writer
mkdir -p "$JW"

if command -v ldd >/dev/null 2>&1; then
  if ldd "$LEXGAP" | grep -qi jansson; then fail "json-writer: lexgap does not link Jansson" ; else ok "json-writer: lexgap does not link Jansson"; fi
fi
run "json-writer: version" 0 -- "$LEXGAP" version \
  && hasnt "json-writer: the version line names no Jansson" "$TMP/out" "Jansson"

# ---- rules: a title that is not UTF-8 is left out, control characters escaped --------
mkdir -p "$JW/packs" && cp -r "$RULES/untoc" "$RULES/schema" "$RULES/schema.lua" "$JW/packs/"
sed -i '0,/title = { en = "Criminalization of conspiracy/s//title = { en = "Crim\\xff\\tinal/' "$JW/packs/untoc/art05.lua"
sed -i '0,/title = { en = "Mental elements/s//title = { en = "Men\\1tal \\"elements\\"/' "$JW/packs/untoc/art05.lua"
run "json-writer: rules --format json with odd titles" 0 -- "$LEXGAP" rules --rules "$JW/packs" --format json \
  && cp "$TMP/out" "$JW/rules.json" \
  && if jq -e 'length > 100' "$JW/rules.json" >/dev/null; then ok "json-writer: rules JSON parses"; else fail "json-writer: rules JSON parses" "$JW/rules.json"; fi \
  && if jq -e '[.[] | select(.id == "untoc:5.1.a") | .title | has("en")] == [false]' "$JW/rules.json" >/dev/null; then
       ok "json-writer: a title that is not UTF-8 is left out with its key"
     else fail "json-writer: a title that is not UTF-8 is left out with its key" "$JW/rules.json"; fi \
  && has "json-writer: a control character is escaped as \\u0001" "$JW/rules.json" '"en": "Men\\u0001tal \\"elements\\"'

# ---- coverage parses and counts ------------------------------------------------------
run "json-writer: coverage --format json" 0 -- "$LEXGAP" coverage --rules "$RULES" --instrument untoc --format json \
  && if jq -e '.coverage_format == 1 and (.instruments[0].totals.all.provisions > 0)' "$TMP/out" >/dev/null; then
       ok "json-writer: coverage JSON parses, with totals"; else fail "json-writer: coverage JSON parses, with totals" "$TMP/out"; fi

# ---- the store: one run's members alike in history, diff and matrix ------------------
DB=$JW/store.db
"$LEXGAP" assess --rules "$RULES" --as-of 2025-01-01 --save --db "$DB" --format summary --fail-on none \
  "$ROOT/profiles/france.lua" "$ROOT/profiles/arcadia.lua" > /dev/null 2>&1
"$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --save --db "$DB" --format summary --fail-on none \
  "$ROOT/profiles/france.lua" > /dev/null 2>&1
run "json-writer: history --format json" 0 -- "$LEXGAP" history --db "$DB" --format json && cp "$TMP/out" "$JW/history.json"
run "json-writer: diff --format json" 0 -- "$LEXGAP" diff --db "$DB" --format json 1 3 && cp "$TMP/out" "$JW/diff.json"
run "json-writer: matrix --format json" 0 -- "$LEXGAP" matrix --db "$DB" --format json && cp "$TMP/out" "$JW/matrix.json"
run "json-writer: matrix --by obligation --format json" 0 -- "$LEXGAP" matrix --db "$DB" --by obligation --format json \
  && cp "$TMP/out" "$JW/matrix-ob.json"
jq -S '.runs[2]' "$JW/history.json" > "$JW/h3" 2>/dev/null
jq -S '.after' "$JW/diff.json" > "$JW/d3" 2>/dev/null
jq -S '.states[] | select(.run == 3) | del(.cells)' "$JW/matrix.json" > "$JW/m3" 2>/dev/null
if [ -s "$JW/h3" ] && cmp -s "$JW/h3" "$JW/d3" && cmp -s "$JW/h3" "$JW/m3"; then
  ok "json-writer: a run's members are the same in history, diff and matrix"
else
  fail "json-writer: a run's members are the same in history, diff and matrix" "$JW/h3"
fi
if jq -e '[.states[] | (.cells | keys | length)] == [(.columns | length), (.columns | length)]' "$JW/matrix.json" >/dev/null &&
   jq -e '[.states[].cells[] | select(. != null) | keys] | unique == [["findings", "gaps", "rating", "status"]]' "$JW/matrix.json" >/dev/null &&
   jq -e '[.states[].cells[] | select(. != null) | keys] | unique == [["gaps", "status"]]' "$JW/matrix-ob.json" >/dev/null; then
  ok "json-writer: matrix cells: one per column, members by article and by obligation"
else
  fail "json-writer: matrix cells: one per column, members by article and by obligation" "$JW/matrix.json"
fi
