# A batch's cost per profile, round six (sourced by tests/e2e/run.sh; issue 13).
#
# The checks of a profile keep its key path as steps and write it only for a
# problem; the parser does the same for its errors; the JSON report goes to a
# file in writes of up to 1 MiB.  What must not change: every problem named
# at its full path (items, keys, definitions, offences, the parser's own),
# all of a batch's problems listed, and a batch written to a file the same
# bytes as written to standard output, each assessment as its profile alone.
B3=$TMP/batch3
mkdir -p "$B3"
b3_profile() {   # b3_profile FILE BODY: a State party to UNTOC with BODY added
  cat > "$1" <<EOP
return { profile_format = 1, state = { code = "BTH", name = "Batchia" }, describes_law_as_of = "2024-01-01",
  parties = { untoc = { deposited = "2004-01-01" } },
  $2
}
EOP
}

# ---- every problem at its full path, in a batch -----------------------------------
b3_profile "$B3/refs.lua" 'definitions = { co = { scope = "all_offences" }, bad = { ref = "co" } },
  offences = {
    org = { name = "P", source = "CC s. 22", conduct = { "participation_ocg_criminal_activities" },
            aims_at = { ref = "coo" } },
    aml = { name = "L", source = "CC s. 324", predicates = { offences = { "org", "orgg" } } },
    both = { name = "B", source = "CC s. 1", aims_at = { ref = "co", scope = "all_offences" } },
  },
  jurisdiction = { territory = { adopted = "yes" } },'
printf 'return {\n  profile_format = 1,\n  a = { [7] = { b = 1, [2] = { c = 1 c = 2 } } },\n}\n' > "$B3/syntax.lua"
run "batch3: a batch with refused profiles" 1 -- "$LEXGAP" assess --rules "$RULES" --format json \
  "$ROOT/profiles/france.lua" "$B3/refs.lua" "$B3/syntax.lua"
has "batch3: a schema problem at its path" "$TMP/err" "refs\.lua:[0-9]+: jurisdiction\.territory\.adopted: expected true, false or \"partly\""
has "batch3: an offence named at its item's path" "$TMP/err" \
  "refs\.lua:[0-9]+: offences\.aml\.predicates\.offences\[2\]: 'orgg' is not an offence of this profile \(did you mean 'org'\?\)"
has "batch3: a definition that refers to another, at its path" "$TMP/err" \
  "refs\.lua:[0-9]+: definitions\.bad: a definition states its own scope"
has "batch3: an unknown definition at its path" "$TMP/err" "refs\.lua:[0-9]+: offences\.org\.aims_at: 'coo' is not a definition"
has "batch3: a scope missing at its path" "$TMP/err" "refs\.lua:[0-9]+: offences\.aml\.predicates: missing required key 'scope'"
has "batch3: scope and ref together at their path" "$TMP/err" "refs\.lua:[0-9]+: offences\.both\.aims_at: give either scope or ref"
has "batch3: a parse error at its items' and keys' path" "$TMP/err" \
  "syntax\.lua:3: a\[7\]\[2\]\.c: missing ',' after the field on line 3\?"
has "batch3: both refused, nothing assessed" "$TMP/err" "syntax\.lua: profile refused \(1 problem\); nothing assessed"
if [ ! -s "$TMP/out" ]; then ok "batch3: no report for a refused batch"; else fail "batch3: no report for a refused batch"; fi
# the problems in the order the checks find them: the schema's, then offences, then scopes
grep -o 'refs\.lua:[0-9]*: [a-z_.]*' "$TMP/err" | sed 's/.*: //' > "$B3/order"
printf '%s\n' jurisdiction.territory.adopted offences.aml.predicates.offences definitions.bad \
  offences.org.aims_at offences.aml.predicates offences.both.aims_at > "$B3/order.want"
if cmp -s "$B3/order" "$B3/order.want"; then ok "batch3: the problems listed in the checks' order"
else fail "batch3: the problems listed in the checks' order" "$B3/order"; fi

# ---- a JSON batch written to a file: reports past the writer's 1 MiB ---------------
for c in QAA QAB QAC; do sed "0,/code = \"[A-Z]*\"/s//code = \"$c\"/" "$ROOT/profiles/france.lua" > "$B3/f$c.lua"; done
b3_json() {   # b3_json [options] PROFILE...: assess as of 2026, JSON, every pack
  timeout 300 "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --fail-on none --format json "$@"
}
b3_json -o "$B3/file.json" "$B3"/f*.lua "$ROOT/profiles/arcadia.lua" 2> "$B3/err"
b3_json "$B3"/f*.lua "$ROOT/profiles/arcadia.lua" > "$B3/stdout.json" 2> "$B3/err"
if [ -s "$B3/file.json" ] && cmp -s "$B3/file.json" "$B3/stdout.json"; then
  ok "batch3: a JSON batch to a file is the batch written to standard output"
else fail "batch3: a JSON batch to a file is the batch written to standard output" "$B3/err"; fi
b3_json -o "$B3/alone.json" "$B3/fQAB.lua" 2> "$B3/err"
jq -c '.assessments[0]' "$B3/alone.json" > "$B3/one" 2> /dev/null
jq -c '.assessments[1]' "$B3/file.json" > "$B3/second" 2> /dev/null
if [ "$(wc -c < "$B3/one")" -gt 1048576 ] && cmp -s "$B3/one" "$B3/second"; then
  ok "batch3: a report of more than 1 MiB in a batch file is its profile's alone"
else fail "batch3: a report of more than 1 MiB in a batch file is its profile's alone" "$B3/err"; fi
