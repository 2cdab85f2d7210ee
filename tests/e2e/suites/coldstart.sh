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

# each rule file's environment is its own complete copy (made at its final
# size at once, sandbox_push_env): a file that writes into its globals and
# libraries at load changes nothing another file sees, and every file sees
# every name.  census.lua counts what its environment holds; tamper.lua
# writes a name into each library and the globals, then counts the same.
census_rule() {   # census_rule CLAUSE: a rule file reporting its environment
  cat <<LUA
obligation { ref = "untoc:1.4", clause = "$1", level = "mandatory", title = { en = "census", fr = "census" },
  category = "implementation", cluster = 1, text = { en = "census" }, facts = {},
  check = function(ctx)
    local parts = {}
    for _, name in ipairs({ "lx", "string", "table", "math", "utf8", "os" }) do
      local n = 0
      for _ in pairs(_G[name]) do n = n + 1 end
      parts[#parts + 1] = name .. "=" .. n
    end
    local g = 0
    for _ in pairs(_G) do g = g + 1 end
    parts[#parts + 1] = "globals=" .. g
    parts[#parts + 1] = "tampered=" .. tostring(string.tampered or lx.tampered or table.tampered
      or math.tampered or utf8.tampered or os.tampered or rawget(_G, "tampered"))
    return ctx:met(table.concat(parts, " "))
  end }
LUA
}
census_of() {   # census_of JSON CLAUSE: that rule's explanation
  jq -r --arg id "untoc:1.4#$2" '.assessments[0].findings[] | select(.id == $id) | .explanation.en' "$1" 2>/dev/null
}
cp "$RULES/untoc/art34.lua" "$A34"
census_rule census > "$CS/rules/untoc/census.lua"
cs_assess "$CS/rules" "$CS/census-alone.json" --instrument untoc
{ printf 'string.tampered, lx.tampered, table.tampered = true, true, true\n'
  printf 'math.tampered, utf8.tampered, os.tampered, tampered = true, true, true, true\n'
  census_rule tamper; } > "$CS/rules/untoc/tamper.lua"
cs_assess "$CS/rules" "$CS/census-beside.json" --instrument untoc
alone=$(census_of "$CS/census-alone.json" census); beside=$(census_of "$CS/census-beside.json" census)
tamper=$(census_of "$CS/census-beside.json" tamper)
expect_tamper=$(echo "$alone" | awk '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); if (kv[1] == "tampered") $i = "tampered=true"; else $i = kv[1] "=" kv[2] + 1 } print }')
if [[ "$alone" =~ ^lx=[1-9][0-9]*\ string=[1-9][0-9]*\ table=[1-9][0-9]*\ math=[1-9][0-9]*\ utf8=[1-9][0-9]*\ os=[1-9][0-9]*\ globals=[1-9][0-9]*\ tampered=nil$ ]] \
   && [ "$beside" = "$alone" ]
then ok "coldstart: a rule file's environment is whole and untouched by another file's writes"
else fail "coldstart: a rule file's environment is whole and untouched by another file's writes (alone: '$alone'; beside tamper.lua: '$beside')"; fi
if [ -n "$tamper" ] && [ "$tamper" = "$expect_tamper" ]; then ok "coldstart: the writing file sees its own writes, one more name in each table"
else fail "coldstart: the writing file sees its own writes (got '$tamper', expected '$expect_tamper')"; fi
rm -f "$CS/rules/untoc/census.lua" "$CS/rules/untoc/tamper.lua"

# The official texts: a command that never shows them (assess, rules) only
# checks them, and does not parse a text byte-identical to the bundled one
# (texts_load_pack); an edited text is parsed: a broken one refuses the run
# with its file and line as before, a good one is what coverage and `texts
# show` then read.
FR=$CS/rules/untoc/texts/fr.lua
cp "$RULES/untoc/texts/fr.lua" "$FR"
ln=$(grep -n '^  provisions = {' "$FR" | head -1 | cut -d: -f1)
sed -i "$((ln + 1))s/^/    [\"untoc:5.1\"] = call(),\n/" "$FR"
for c in assess rules; do
  if [ $c = assess ]; then run "coldstart: $c refuses a broken official text" 1 -- "$LEXGAP" assess --rules "$CS/rules" --as-of 2026-01-01 "$ROOT/profiles/france.lua"
  else run "coldstart: $c refuses a broken official text" 1 -- "$LEXGAP" rules --rules "$CS/rules"; fi \
    && has "coldstart: $c names the broken text's file and line" "$TMP/err" "untoc/texts/fr\.lua:$((ln + 1)):"
done
cp "$RULES/untoc/texts/fr.lua" "$FR"
sed -i '0,/\["untoc:5.1"\] = "/s//["untoc:5.1"] = "EDITED TEXT /' "$FR"
run "coldstart: assess with an edited, valid official text" 0 -- "$LEXGAP" assess --rules "$CS/rules" --as-of 2026-01-01 \
  --fail-on none --format json "$ROOT/profiles/france.lua" \
  && { sed "s|\"$CS/rules/|\"$RULES/|" "$TMP/out" > "$CS/text-edited.json"
       if cmp -s "$CS/bundled.json" "$CS/text-edited.json"; then ok "coldstart: an edited official text changes no report"
       else fail "coldstart: an edited official text changes no report"; fi; }
run "coldstart: texts show reads the edited official text" 0 -- "$LEXGAP" texts show untoc:5.1 --rules "$CS/rules" --lang fr \
  && has "coldstart: texts show shows the edit" "$TMP/out" "EDITED TEXT"
run "coldstart: coverage reads the edited official text" 0 -- "$LEXGAP" coverage --rules "$CS/rules" --instrument untoc --lang fr --format json \
  && has "coldstart: coverage shows the edit" "$TMP/out" "EDITED TEXT"
cp "$RULES/untoc/texts/fr.lua" "$FR"

# Rule files and packs are found by the kinds their directory entries give,
# links followed: a rule file and a whole pack that are symbolic links are
# loaded as the files they lead to.
mkdir -p "$CS/linked"
cp -R "$RULES" "$CS/linked/real"
mkdir -p "$CS/linked/rules"
for f in "$CS/linked/real"/*; do ln -s "$f" "$CS/linked/rules/$(basename "$f")"; done
rm "$CS/linked/rules/untoc"; cp -R "$CS/linked/real/untoc" "$CS/linked/rules/untoc"
mv "$CS/linked/rules/untoc/art34.lua" "$CS/linked/art34.lua"; ln -s "$CS/linked/art34.lua" "$CS/linked/rules/untoc/art34.lua"
"$LEXGAP" rules --rules "$CS/linked/rules" > "$CS/rules-linked.txt" 2>&1
if [ -s "$CS/rules-linked.txt" ] && cmp -s "$CS/rules-bundled.txt" "$CS/rules-linked.txt"; then ok "coldstart: packs and rule files reached through links are loaded"
else fail "coldstart: packs and rule files reached through links are loaded"; diff "$CS/rules-bundled.txt" "$CS/rules-linked.txt" | head -5; fi
