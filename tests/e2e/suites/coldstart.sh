# A cold start from the executable's bytecode (sourced by tests/e2e/run.sh;
# issue 13).
#
# The bundled rule files are compiled into the executable at build time
# (engine/precompiled.h) and that bytecode is used for a file whose text is
# still byte-identical to the bundled one, wherever the rules folder is.
# What must hold: a copy of the rules in another folder gives the same
# reports as the rules themselves; a rule author's edit to a copy of a
# bundled rule file takes effect at once (a changed finding), and so does a
# syntax error or a runtime error in it, located at the edited file and line
# (the file is compiled from its text, not served from the bytecode).
CS=$TMP/coldstart
mkdir -p "$CS"
cp -R "$RULES" "$CS/rules"
cs_assess() {   # cs_assess RULES OUT [options]: France's JSON report to OUT
  local rules=$1 out=$2; shift 2
  "$LEXGAP" assess --rules "$rules" --as-of 2026-01-01 --fail-on none --format json "$@" \
    "$ROOT/profiles/france.lua" > "$out" 2> "$CS/err"
}

# the same reports and listings from a copy of the bundled rules elsewhere
# (the report names each rule file by its path: the copy's, put back)
cs_assess "$RULES" "$CS/bundled.json"
cs_assess "$CS/rules" "$CS/copy.json"
sed -i "s|\"$CS/rules/|\"$RULES/|" "$CS/copy.json"
if [ -s "$CS/bundled.json" ] && grep -q "\"file\": \"$RULES/" "$CS/bundled.json" && cmp -s "$CS/bundled.json" "$CS/copy.json"
then ok "coldstart: a copy of the bundled rules elsewhere gives the same report"
else fail "coldstart: a copy of the bundled rules elsewhere gives the same report"; fi
"$LEXGAP" rules --rules "$RULES" > "$CS/rules-bundled.txt" 2>&1
"$LEXGAP" rules --rules "$CS/rules" > "$CS/rules-copy.txt" 2>&1
if [ -s "$CS/rules-bundled.txt" ] && cmp -s "$CS/rules-bundled.txt" "$CS/rules-copy.txt"; then ok "coldstart: lexgap rules lists the same from a copy"
else fail "coldstart: lexgap rules lists the same from a copy"; fi

# an edit to a copy of a bundled rule file changes its finding at once
A34=$CS/rules/untoc/art34.lua
sed -i '0,/check = function(ctx)/s//check = function(ctx) do return ctx:not_met("EDITED after the build: art. 34(2) refused") end/' "$A34"
cs_assess "$CS/rules" "$CS/edited.json" --instrument untoc
jq -c '.assessments[0].findings[] | select(.id == "untoc:34.2") | [.status, .explanation.en]' "$CS/edited.json" > "$CS/found" 2>/dev/null
has "coldstart: an edited bundled rule's new finding is reported" "$CS/found" '^\["not_met","EDITED after the build: art\. 34\(2\) refused"\]$'
jq -c '.assessments[0].findings[] | select(.id == "untoc:34.2") | .status' "$CS/bundled.json" > "$CS/was" 2>/dev/null
hasnt "coldstart: the bundled rule's finding was another" "$CS/was" 'not_met'

# a syntax error, then a runtime error, in an edited copy: located in it
cp "$RULES/untoc/art34.lua" "$A34"
printf '\nobligation {\n' >> "$A34"
lines=$(wc -l < "$A34")
run "coldstart: a syntax error in an edited bundled rule" 1 -- "$LEXGAP" assess --rules "$CS/rules" --as-of 2026-01-01 \
  --instrument untoc "$ROOT/profiles/france.lua" \
  && has "coldstart: the syntax error names the edited copy" "$TMP/err" "$A34:$((lines + 1)):"
cp "$RULES/untoc/art34.lua" "$A34"
printf 'error("raised by an edit")\n' >> "$A34"
lines=$(wc -l < "$A34")
run "coldstart: a runtime error in an edited bundled rule" 1 -- "$LEXGAP" rules --rules "$CS/rules" --instrument untoc \
  && has "coldstart: the runtime error names the edited copy and line" "$TMP/err" "$A34:$lines: raised by an edit"
