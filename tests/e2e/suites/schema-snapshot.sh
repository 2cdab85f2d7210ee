# The profile model built into the executable (sourced by tests/e2e/run.sh;
# issue 13).
#
# rules/schema.lua and rules/schema/*.lua are parsed and checked at build
# time (tools/embed_schema.c, engine/schema_bundled.h), and that tree stands
# for the files only while they are byte-identical to those it was made
# from, wherever the rules folder is.  What must hold: a copy of the rules
# elsewhere gives the same reports and questionnaire; an edit to a copy of
# a schema file takes effect at once (a changed question in a finding and in
# the questionnaire; a fragment added or removed); a schema file that no
# longer parses, or a model that no longer checks, is refused as it always
# was, naming the file, line and key.
SS=$TMP/schema-snapshot
mkdir -p "$SS"
cp -R "$RULES" "$SS/rules"
ss_assess() {   # ss_assess RULES OUT: Borduria's JSON report to OUT, errors to $SS/err
  "$LEXGAP" assess --rules "$1" --as-of 2026-01-01 --fail-on none --format json \
    "$ROOT/profiles/borduria.lua" > "$2" 2> "$SS/err"
}
QUESTION='Which standards and procedures safeguard the integrity of public and relevant private entities\?'

# the same report and questionnaire from a copy elsewhere (rule files named by the copy's path, put back)
ss_assess "$RULES" "$SS/bundled.json"
ss_assess "$SS/rules" "$SS/copy.json"
sed -i "s|\"$SS/rules/|\"$RULES/|" "$SS/copy.json"
if [ -s "$SS/bundled.json" ] && grep -q "$QUESTION" "$SS/bundled.json" && cmp -s "$SS/bundled.json" "$SS/copy.json"
then ok "schema-snapshot: a copy of the bundled model elsewhere gives the same report"
else fail "schema-snapshot: a copy of the bundled model elsewhere gives the same report"; fi
"$LEXGAP" questionnaire --rules "$RULES" --instrument untoc > "$SS/q-bundled.lua" 2>&1
"$LEXGAP" questionnaire --rules "$SS/rules" --instrument untoc > "$SS/q-copy.lua" 2>&1
if [ -s "$SS/q-bundled.lua" ] && cmp -s "$SS/q-bundled.lua" "$SS/q-copy.lua"; then ok "schema-snapshot: the questionnaire is the same from a copy"
else fail "schema-snapshot: the questionnaire is the same from a copy"; fi

# an edited question in a fragment: the finding and the questionnaire ask it at once
PP=$SS/rules/schema/protection-prevention.lua
cp "$PP" "$SS/pp.orig"
sed -i 's/Which standards and procedures safeguard the integrity of public and relevant private entities?/EDITED after the build: which integrity standards?/' "$PP"
ss_assess "$SS/rules" "$SS/edited.json"
has "schema-snapshot: an edited question is asked in the report" "$SS/edited.json" '"en": "EDITED after the build: which integrity standards\?"'
hasnt "schema-snapshot: the built-in question is no longer asked" "$SS/edited.json" "$QUESTION"
"$LEXGAP" questionnaire --rules "$SS/rules" --instrument untoc > "$SS/q-edited.lua" 2>&1
has "schema-snapshot: an edited question is in the questionnaire" "$SS/q-edited.lua" 'EDITED after the build: which integrity standards\?'
cp "$SS/pp.orig" "$PP"

# one byte more (a trailing space) at the end of schema.lua: parsed, the same report
printf ' ' >> "$SS/rules/schema.lua"
ss_assess "$SS/rules" "$SS/space.json"
sed -i "s|\"$SS/rules/|\"$RULES/|" "$SS/space.json"
if [ -s "$SS/space.json" ] && cmp -s "$SS/bundled.json" "$SS/space.json"; then ok "schema-snapshot: a schema.lua one byte longer is parsed to the same model"
else fail "schema-snapshot: a schema.lua one byte longer is parsed to the same model"; fi
cp "$RULES/schema.lua" "$SS/rules/schema.lua"

# a syntax error in a fragment: refused, naming the file and line, as before
printf '\nreturn {\n' >> "$PP"
run "schema-snapshot: a fragment that does not parse is refused" 1 -- \
  "$LEXGAP" assess --rules "$SS/rules" --as-of 2026-01-01 "$ROOT/profiles/borduria.lua" &&
  has "schema-snapshot: the parse error names the fragment and its line" "$TMP/err" "schema/protection-prevention\.lua:[0-9]+: "
cp "$SS/pp.orig" "$PP"

# a model that no longer checks (a field of an unknown type): refused, naming the key
cat > "$SS/rules/schema/zz-probe.lua" <<'LUA'
return { fields = { probe_fact = { type = "no_such_type" } } }
LUA
run "schema-snapshot: a model with an unknown type is refused" 1 -- \
  "$LEXGAP" assess --rules "$SS/rules" --as-of 2026-01-01 "$ROOT/profiles/borduria.lua" &&
  has "schema-snapshot: the unknown type is named with its key" "$TMP/err" "schema\.lua:[0-9]+: probe_fact: unknown type 'no_such_type'"
cp "$RULES/schema.lua" "$SS/rules/schema.lua"

# a fragment added after the build: its field is a fact of the model at once
cat > "$SS/rules/schema/zz-probe.lua" <<'LUA'
return { fields = { probe_fact = { type = "boolean", question = { en = "Probe added after the build?", fr = "Sonde ?" } } } }
LUA
sed 's/^return {/return { probe_fact = true,/' "$ROOT/profiles/borduria.lua" > "$SS/probe.lua"
run "schema-snapshot: a profile using a field of an added fragment is accepted" 2 -- \
  "$LEXGAP" assess --rules "$SS/rules" --as-of 2026-01-01 --format summary "$SS/probe.lua" &&
  hasnt "schema-snapshot: the added field is not refused" "$TMP/err" "probe_fact"
run "schema-snapshot: the same profile is refused by the bundled model" 1 -- \
  "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --format summary "$SS/probe.lua" &&
  has "schema-snapshot: the bundled model names the unknown field" "$TMP/err" "probe_fact"
rm -f "$SS/rules/schema/zz-probe.lua"

# a fragment removed: its facts are no longer in the model (rules declaring them are refused)
rm -f "$SS/rules/schema/eu-carrier-data.lua"
run "schema-snapshot: a fragment removed after the build is missed" 1 -- \
  "$LEXGAP" rules --rules "$SS/rules" &&
  has "schema-snapshot: a rule reading a fact of the removed fragment is refused" "$TMP/err" "is not a fact of the profile model"
cp "$RULES/schema/eu-carrier-data.lua" "$SS/rules/schema/eu-carrier-data.lua"
