#!/usr/bin/env bash
# End-to-end tests of the lexgap command line.
#
# Runs the real binary ($LEXGAP, default ./lexgap) on the bundled rules and
# profiles and on hostile fixtures, and checks exit codes, messages and
# report contents.  Ends with "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
ROOT=$PWD
LEXGAP=${LEXGAP:-$ROOT/lexgap}
RULES=$ROOT/rules
FIX=$ROOT/tests/fixtures
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export LEXGAP_DB="$TMP/default/lexgap.db"   # assess --save never writes the user's home
unset NO_COLOR

passed=0
failed=0
ok()   { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; [ -n "${2:-}" ] && sed 's/^/     /' "$2" | head -20; }

# run NAME EXPECTED_EXIT -- command...: run, keep stdout/stderr in $TMP/out, $TMP/err
run() {
  local name=$1 want=$2; shift 3
  "$@" >"$TMP/out" 2>"$TMP/err"
  local got=$?
  if [ "$got" -ne "$want" ]; then
    fail "$name: exit $got, expected $want"
    cat "$TMP/err" | head -10 | sed 's/^/     /'
    return 1
  fi
  return 0
}
# has NAME FILE PATTERN: the file contains the (extended regex) pattern
has() {
  if grep -Eq -- "$3" "$2"; then ok "$1"; else fail "$1: no match for /$3/" "$2"; fi
}
hasnt() {
  if grep -Eq -- "$3" "$2"; then fail "$1: unexpected match for /$3/" "$2"; else ok "$1"; fi
}

# ---- commands and help ----------------------------------------------------
run "version" 0 -- "$LEXGAP" version && has "version prints the version" "$TMP/out" "^lexgap [0-9]+\.[0-9]+"
for c in assess rules test; do
  run "$c --help" 0 -- "$LEXGAP" "$c" --help && has "$c --help shows usage" "$TMP/out" "usage: lexgap $c"
done
run "unknown command" 1 -- "$LEXGAP" asess && has "unknown command suggests" "$TMP/err" "did you mean 'assess'"
run "unknown option" 1 -- "$LEXGAP" assess --frmat json x && has "unknown option named" "$TMP/err" "unknown option '--frmat'"
run "an option of another command" 1 -- "$LEXGAP" rules --as-of 2020-01-01 \
  && has "the option named, not its value" "$TMP/err" "option '--as-of' does not apply to this command"
run "a short option of another command" 1 -- "$LEXGAP" rules -o x.txt \
  && has "the short option named" "$TMP/err" "option '-o' does not apply to this command"
run "bad date" 1 -- "$LEXGAP" assess --as-of 2024-13-01 x && has "bad --as-of refused" "$TMP/err" "not a date"
run "no profile" 1 -- "$LEXGAP" assess --rules "$RULES" && has "assess needs a profile" "$TMP/err" "no profile given"

# ---- the main job ------------------------------------------------------------
run "assess france" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 profiles/france.lua \
  && { has "report names the State" "$TMP/out" "State: France"; has "report has a gaps section" "$TMP/out" "^Gaps"; has "report lists open questions" "$TMP/out" "Questions to settle it"; \
       has "report quotes the Convention" "$TMP/out" "Provision: «"; has "report cites French law" "$TMP/out" "Code pénal"; }
run "assess france in French" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --lang fr profiles/france.lua \
  && { has "French report" "$TMP/out" "Rapport d'écarts"; has "French provision text" "$TMP/out" "Disposition : «"; }
run "assess borduria: gaps exit 2" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 profiles/borduria.lua \
  && has "borduria gap on 34(2)" "$TMP/out" "\[partly met\] UNTOC art. 34\(2\)"
run "assess markdown" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --format md profiles/borduria.lua \
  && { has "markdown headings" "$TMP/out" "^# "; has "markdown finding" "$TMP/out" "^#### "; }
run "assess json" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --format json profiles/arcadia.lua profiles/borduria.lua \
  && { has "json format version" "$TMP/out" '"report_format": 1'; has "json canonical refs" "$TMP/out" '"ref": "untoc:[0-9]'; \
       has "json two assessments" "$TMP/out" '"state_code": "BOR"'; }

# ratings per instrument, cluster and article, with their reasons
run "ratings in the text report" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 profiles/borduria.lua \
  && { has "instrument rated" "$TMP/out" "UNTOC: (C|LC|PC|NC) — "; has "cluster rated" "$TMP/out" "Cluster 1 — Criminalization and jurisdiction: (C|LC|PC|NC) —"; \
       has "article rated with shortcomings" "$TMP/out" "UNTOC art. 34: PC — .*"; has "shortcoming weighed" "$TMP/out" "UNTOC art. 34\(2\): partly met \(moderate\)"; }
run "ratings in JSON" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --format json profiles/borduria.lua \
  && { has "json ratings" "$TMP/out" '"scope": "cluster"'; has "json grade" "$TMP/out" '"grade": "PC"'; }

# every status appears across the three bundled profiles
cat /dev/null > "$TMP/all"
for p in france arcadia borduria; do
  "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --format json profiles/$p.lua >> "$TMP/all" 2>/dev/null
done
for s in met partly_met not_met unknown not_applicable; do
  has "bundled profiles show status $s" "$TMP/all" "\"status\": \"$s\""
done

# before ratification, the Convention does not bind; of the Working Group's
# good practice only para. 10 applies, which resolution 6/1 addresses to the
# Members of the United Nations, not only to the parties
run "assess before ratification" 0 -- "$LEXGAP" assess --rules "$RULES" --as-of 2005-01-01 --format json profiles/borduria.lua \
  && { has "not yet bound" "$TMP/out" '"binding": "not_bound"'
       jq -r '.assessments[].findings[] | select(.status != "not_applicable") | .id // .ref' "$TMP/out" > "$TMP/applies"
       if [ "$(cat "$TMP/applies")" = "untoc-wg:10" ]; then ok "nothing applies but para. 10 of the good practice"
       else fail "nothing applies but para. 10 of the good practice" "$TMP/applies"; fi; }
run "france before ratification" 0 -- "$LEXGAP" assess --rules "$RULES" --as-of 2002-06-01 --format json profiles/france.lua \
  && { has "france not yet bound" "$TMP/out" '"binding": "not_bound"'; has "france: Convention not yet in force" "$TMP/out" "entered into force only on 2003-09-29"; }
run "assess prospective" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2005-01-01 --prospective --format json profiles/borduria.lua \
  && has "prospective assessment" "$TMP/out" '"binding": "prospective"'

# ---- output files ---------------------------------------------------------------
run "output file" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --output "$TMP/report.md" --format md profiles/france.lua \
  && { if [ -s "$TMP/report.md" ] && [ ! -s "$TMP/out" ]; then ok "report written to the file only"; else fail "report written to the file only"; fi; }
run "unwritable output" 1 -- "$LEXGAP" assess --rules "$RULES" --output "$TMP/no/such/dir/r.txt" profiles/france.lua \
  && has "unwritable output named" "$TMP/err" "cannot write"
if ls "$TMP"/no 2>/dev/null | grep -q .; then fail "no partial output left"; else ok "no partial output left"; fi

# ---- colour -----------------------------------------------------------------------
run "color always" 3 -- "$LEXGAP" assess --rules "$RULES" --color always --as-of 2024-01-01 "$FIX/profiles/minimal.lua" || true
if grep -q $'\033\[' "$TMP/out"; then ok "--color always colours"; else fail "--color always colours"; fi
"$LEXGAP" assess --rules "$RULES" --as-of 2024-01-01 "$FIX/profiles/minimal.lua" > "$TMP/plain" 2>/dev/null
if grep -q $'\033\[' "$TMP/plain"; then fail "no colour when not a terminal"; else ok "no colour when not a terminal"; fi

# control characters from a profile never reach the terminal
"$LEXGAP" assess --rules "$RULES" --as-of 2024-01-01 "$FIX/profiles/escapes.lua" > "$TMP/esc" 2>&1
if grep -q $'\033' "$TMP/esc"; then fail "profile control characters neutralised" "$TMP/esc"; else ok "profile control characters neutralised"; fi

# ---- bad profiles: refused with file, line, key path, suggestion -------------------
run "typo profile" 1 -- "$LEXGAP" assess --rules "$RULES" "$FIX/profiles/typo.lua" \
  && { has "typo: file, line and key path" "$TMP/err" "typo\.lua:8: jurisdiction\.territroy: unknown key 'territroy' \(did you mean 'territory'\?\)"; \
       has "typo: nothing assessed" "$TMP/err" "profile refused"; hasnt "typo: no report" "$TMP/out" "Gap report"; }
run "bad values" 1 -- "$LEXGAP" assess --rules "$RULES" "$FIX/profiles/bad-values.lua" \
  && { has "invalid date" "$TMP/err" "bad-values\.lua:4: describes_law_as_of: '2024-02-30' is not a valid date"; \
       has "wrong type" "$TMP/err" "bad-values\.lua:6: jurisdiction\.territory\.adopted: expected true, false or \"partly\""; \
       has "offence id checked" "$TMP/err" "offences\.laundering\.predicates\.offences\[2\]: 'theft' is not an offence of this profile"; \
       has "enum suggestion" "$TMP/err" "offences\.x\.conduct\[1\]: 'laundering_conversion_transfr' is not an accepted value \(did you mean 'laundering_conversion_transfer'\?\)"; }
run "code in a profile" 1 -- "$LEXGAP" assess --rules "$RULES" "$FIX/profiles/code.lua" \
  && has "code in a profile refused" "$TMP/err" "code\.lua:3: .*not allowed in a data file"
# an instrument without a pack is warned about, not refused (a profile may hold
# facts for packs absent here); tests/e2e/suites/newcomer.sh has more
run "instrument typo" 0 -- "$LEXGAP" assess --fail-on gap --rules "$RULES" "$FIX/profiles/instrument-typo.lua" \
  && { has "party key checked" "$TMP/err" "warning: .*instrument-typo\.lua: .*instrument 'untco', for which no rule pack is present \(did you mean 'untoc'\?\)"; \
       has "reservation instrument checked" "$TMP/err" "warning: .*instrument-typo\.lua: .*instrument 'untok', for which no rule pack is present \(did you mean 'untoc'\?\)"; }
run "missing profile" 1 -- "$LEXGAP" assess --rules "$RULES" "$TMP/nope.lua" && has "missing profile named" "$TMP/err" "nope\.lua: cannot open"

# ---- hostile rules: error findings, other rules still run ------------------------------
H=$TMP/hostile-rules
mkdir -p "$H/untoc/tests"
cp "$RULES/schema.lua" "$H/"
cp "$RULES/untoc/instrument.lua" "$H/untoc/"
cp "$FIX/hostile/escapes.lua" "$H/untoc/"
run "hostile rules" 1 -- "$LEXGAP" assess --rules "$H" --as-of 2024-01-01 --format json "$FIX/profiles/minimal.lua"
for n in 1 2 3 4 5 6; do
  has "hostile rule 90.$n is an error finding" "$TMP/out" "\"id\": \"untoc:90\.$n\""
done
has "os.execute refused, with file and line" "$TMP/out" "escapes\.lua\",\s*$|\"line\": 13"
has "binary chunk refused" "$TMP/out" "binary chunk refused|only text chunks"
has "infinite loop stopped" "$TMP/out" "instruction budget of [0-9]+ exhausted"
has "memory bomb stopped" "$TMP/out" "memory budget of [0-9]+ MiB exhausted"
has "runtime error reported" "$TMP/out" "a runtime error in the rule"
has "the good rule still ran" "$TMP/out" "this rule works"
errors=$(grep -c '"status": "error"' "$TMP/out")
if [ "$errors" -eq 6 ]; then ok "exactly six error findings"; else fail "exactly six error findings (got $errors)"; fi
if [ -e /tmp/lexgap-pwned ]; then fail "os.execute ran"; else ok "os.execute did not run"; fi

# a rule file that does not compile: reported with file and line; other files load
cat > "$H/untoc/broken.lua" <<'EOF'
obligation { ref = "untoc:91.1",
  level = "mandatory"
EOF
run "broken rule file" 1 -- "$LEXGAP" rules --rules "$H"
has "syntax error with file and line" "$TMP/err" "broken\.lua:[23]: "
has "other rules still listed" "$TMP/out" "untoc:90\.7"

# a declaration with a misspelt field, a duplicate and a dependency cycle
cat > "$H/untoc/broken.lua" <<'EOF'
local base = { level = "optional", title = { en = "t", fr = "t" }, category = "implementation", cluster = 1, text = { en = "x" }, facts = {} }
local function with(t) for k, v in pairs(base) do if t[k] == nil then t[k] = v end end return t end
obligation(with { ref = "untoc:92.1", levl = "optional", check = function(ctx) return ctx:met("x") end })
obligation(with { ref = "untoc:92.2", depends = { "untoc:92.3" }, check = function(ctx) return ctx:met("x") end })
obligation(with { ref = "untoc:92.3", depends = { "untoc:92.2" }, check = function(ctx) return ctx:met("x") end })
obligation(with { ref = "untoc:90.7", check = function(ctx) return ctx:met("x") end })
obligation(with { ref = "untoc:92.4", facts = { "jurisdiction.teritory" }, check = function(ctx) return ctx:met("x") end })
EOF
run "invalid declarations" 1 -- "$LEXGAP" rules --rules "$H"
has "unknown field with suggestion" "$TMP/err" "broken\.lua:3: obligation untoc:92\.1: unknown field 'levl' \(did you mean 'level'\?\)"
has "dependency cycle named" "$TMP/err" "dependency cycle among: untoc:92\.2, untoc:92\.3"
has "duplicate named" "$TMP/err" "untoc:90\.7: duplicate obligation id"
has "unknown fact with suggestion" "$TMP/err" "'jurisdiction\.teritory' is not a fact of the profile model \(did you mean 'territory'\?\)"

# ---- schema fragments: rules/schema/NAME.lua extends the profile model -------------------
S=$TMP/fragment-rules
mkdir -p "$S/untoc/tests" "$S/schema"
cp "$RULES/schema.lua" "$S/"
cp "$RULES/untoc/instrument.lua" "$S/untoc/"
cp "$RULES/untoc/tests/base.lua" "$S/untoc/tests/"
cat > "$S/schema/extra.lua" <<'EOF'
return {
  fields = {
    extradition = { type = "record", fields = { treaty_required = { type = "measure", question = { en = "Q?", fr = "Q ?" } } } },
    witness_protection = { type = "measure" },
  },
}
EOF
cat > "$S/untoc/r.lua" <<'EOF'
obligation { ref = "untoc:24.1", level = "mandatory", title = { en = "t", fr = "t" }, category = "protection", cluster = 2,
  text = { en = "x" }, facts = { "witness_protection", "extradition.treaty_required", "extradition.nationals" },
  check = function(ctx) return lx.measure_finding(ctx, "witness_protection", { what = "witness protection" }) end }
EOF
run "schema fragment extends the model" 0 -- "$LEXGAP" rules --rules "$S" && has "fragment facts accepted" "$TMP/out" "untoc:24\.1 +mandatory"
cat > "$S/schema/clash.lua" <<'EOF'
return { fields = { jurisdiction = { type = "measure" } } }
EOF
run "schema fragment clash" 1 -- "$LEXGAP" rules --rules "$S" && has "clash named with file and line" "$TMP/err" "clash\.lua:1: jurisdiction: the field 'jurisdiction' is already defined"

# ---- the questionnaire: a blank profile and the questions -----------------------------------
run "questionnaire blank profile" 0 -- "$LEXGAP" questionnaire --rules "$RULES" --instrument untoc -o "$TMP/blank.lua" \
  && has "blank profile comments questions" "$TMP/blank.lua" "^ +-- .*\?$"
run "blank profile assesses" 3 -- "$LEXGAP" assess --rules "$RULES" --instrument untoc --format json "$TMP/blank.lua"
n_all=$(grep -c '"status": ' "$TMP/out"); n_unknown=$(grep -c '"status": "unknown"' "$TMP/out")
if [ "$n_all" -gt 0 ] && [ "$n_all" -eq "$n_unknown" ]; then ok "blank profile: every obligation unknown ($n_all)"; else fail "blank profile: every obligation unknown ($n_unknown of $n_all)"; fi
if grep -q '"questions": \[\]' "$TMP/out"; then fail "blank profile: every unknown has questions"; else ok "blank profile: every unknown has questions"; fi
run "questionnaire markdown" 0 -- "$LEXGAP" questionnaire --rules "$RULES" --instrument untoc --format md \
  && { has "questionnaire numbered" "$TMP/out" "^1\. "; has "questionnaire cites provisions" "$TMP/out" "Provisions: UNTOC art\. "; }
run "questionnaire html in French" 0 -- "$LEXGAP" questionnaire --rules "$RULES" --instrument untoc --format html --lang fr \
  && { has "questionnaire html" "$TMP/out" '<html lang="fr">'; has "questionnaire French" "$TMP/out" "Dispositions : CTO"; }
run "questionnaire needs an instrument" 1 -- "$LEXGAP" questionnaire --rules "$RULES" && has "instrument required" "$TMP/err" "name one instrument"

# ---- coverage: which provisions of the official text the rules encode -----------------------
run "coverage --help" 0 -- "$LEXGAP" coverage --help && has "coverage usage" "$TMP/out" "usage: lexgap coverage"
run "texts --help" 0 -- "$LEXGAP" texts --help && has "texts usage" "$TMP/out" "usage: lexgap texts import"
run "coverage of untoc" 0 -- "$LEXGAP" coverage --rules "$RULES" --instrument untoc \
  && { has "coverage names the text" "$TMP/out" "official text: en \(untoc\.en\.txt\)"; \
       has "coverage lists encoded provisions" "$TMP/out" "UNTOC art\. 5\(1\)\(a\)\(ii\)\(b\) +mandatory +encoded +untoc:5\.1\.a"; \
       has "coverage: a paragraph covered in its parts" "$TMP/out" "UNTOC art\. 5\(1\) +mandatory +in its parts"; \
       hasnt "coverage: definitions address no duty" "$TMP/out" "UNTOC art\. 2\(b\)"; \
       has "coverage totals by level" "$TMP/out" "^  consider +[0-9]+ +[0-9]+ +[0-9]+ +[0-9]+$"; }
run "coverage json" 0 -- "$LEXGAP" coverage --rules "$RULES" --instrument untoc --format json \
  && { has "coverage json format" "$TMP/out" '"coverage_format": 1'; has "coverage json level source" "$TMP/out" '"level_from": "levels.lua"'; }
run "coverage in French" 0 -- "$LEXGAP" coverage --rules "$RULES" --instrument untoc --lang fr \
  && has "coverage French titles" "$TMP/out" "Art\. 5 — Incrimination de la participation"
run "coverage unknown instrument" 1 -- "$LEXGAP" coverage --rules "$RULES" --instrument untok && has "coverage suggests" "$TMP/err" "did you mean 'untoc'"
# a small pack: statuses, declarations, wrong references and levels
C=$TMP/coverage-rules
mkdir -p "$C/untoc/texts"
cp -R "$RULES/schema.lua" "$RULES/schema" "$C/" 2>/dev/null; cp "$RULES/schema.lua" "$C/"
cp "$RULES/untoc/instrument.lua" "$RULES/untoc/levels.lua" "$C/untoc/"
cp "$RULES/untoc/texts/en.lua" "$RULES/untoc/texts/fr.lua" "$C/untoc/texts/"
cat > "$C/untoc/r.lua" <<'EOF'
local function o(ref, level, extra)
  local t = { ref = ref, level = level, title = { en = "t", fr = "t" }, category = "criminalization", cluster = 1,
              text = { en = "x" }, facts = {}, check = function(ctx) return ctx:met("ok") end }
  for k, v in pairs(extra or {}) do t[k] = v end
  obligation(t)
end
o("untoc:23.a", "mandatory")
o("untoc:23.b", "mandatory")
o("untoc:8.1.a", "optional")
o("untoc:6.1", "mandatory", { covers = { "untoc:6.9" } })
not_encoded { ref = "untoc:18.15", reason = { en = "Content of requests.", fr = "Contenu des demandes." } }
EOF
run "coverage of a small pack" 0 -- "$LEXGAP" coverage --rules "$C" --instrument untoc \
  && { has "sub-paragraphs all encoded: covered in its parts" "$TMP/out" "UNTOC art\. 23 +mandatory +in its parts"; \
       has "inside an encoded paragraph" "$TMP/out" "UNTOC art\. 6\(1\)\(b\)\(ii\) +mandatory +encoded within +untoc:6\.1"; \
       has "declared not encoded, with the reason" "$TMP/out" "UNTOC art\. 18\(15\) +mandatory +Content of requests\."; \
       has "sub-paragraph of a declaration" "$TMP/out" "UNTOC art\. 18\(15\)\(c\) +mandatory +not encoded +untoc:18\.15"; \
       has "partly covered paragraph" "$TMP/out" "UNTOC art\. 8\(1\) +mandatory +partly"; \
       has "uncovered paragraph listed once, with its parts" "$TMP/out" "UNTOC art\. 5\(1\) +mandatory +«Each State Party shall adopt.*\(and its 6 sub-paragraphs\)"; \
       has "uncovered optional apart" "$TMP/out" "^Uncovered: optional"; \
       has "reference not in the text" "$TMP/out" "untoc:6\.1 \(.*r\.lua:[0-9]+\): untoc:6\.9"; \
       has "level differing from the text" "$TMP/out" "untoc:8\.1\.a +rule: optional, text: mandatory"; }
cat > "$C/untoc/levels.lua" <<'EOF'
return { ["untoc:5.1"] = "sometimes" }
EOF
run "coverage: bad levels.lua" 1 -- "$LEXGAP" coverage --rules "$C" --instrument untoc \
  && has "bad level named with file and line" "$TMP/err" "levels\.lua:1: untoc:5\.1: 'sometimes' is not mandatory"
# texts import: an official text with running page headers, as a data file
printf 'CONVENTION\n\nArticle 1\n\nTitle\n\n1.\302\240 \302\240 Each State Party shall adopt measures to\n\n6.8.2004\n\nEN\n\nOfficial Journal of the European Union\n\nL 261/70\n\nestablish offences:\n\n(a)\n\nthe first;\n\n(b)\n\nthe second.\n' > "$TMP/mini.en.txt"
run "texts import" 0 -- "$LEXGAP" texts import "$TMP/mini.en.txt" --instrument untoc --lang en \
  && { has "import: paragraph across a page break" "$TMP/out" '\["untoc:1\.1"\] = "Each State Party shall adopt measures to establish offences:"'; \
       has "import: sub-paragraph" "$TMP/out" '\["untoc:1\.1\.b"\] = "the second\."'; hasnt "import: no page header" "$TMP/out" "Journal|L 261"; }
run "texts import needs a language" 1 -- "$LEXGAP" texts import "$TMP/mini.en.txt" --instrument untoc && has "import: --lang required" "$TMP/err" "required"
run "texts show" 0 -- "$LEXGAP" texts show untoc:5.1.a.ii.b --lang fr --rules "$RULES" \
  && has "show: French words and title" "$TMP/out" "^CTO, art\. 5, par\. 1, a\) ii\) b\) — Incrimination"
run "texts show: Spanish falls back" 0 -- "$LEXGAP" texts show untoc:34.1 --lang es --rules "$RULES" && has "show: English used" "$TMP/out" "\[en\]$"

# ---- the assessment store: assess --save, history, diff, matrix, search, show ----------------
# Every database lives under $TMP (LEXGAP_DB is exported above): the tests
# never write the user's home.
DB=$TMP/store/lexgap.db
# save NAME -- command: an assessment completed (exit 0, or 2 with gaps) and saved
save() {
  local name=$1; shift 2
  "$@" >"$TMP/out" 2>"$TMP/err"
  local got=$?
  if [ "$got" -eq 0 ] || [ "$got" -eq 2 ]; then return 0; fi
  fail "$name: exit $got, expected 0 or 2" "$TMP/err"
  return 1
}
for c in history diff matrix search show; do
  run "$c --help" 0 -- "$LEXGAP" "$c" --help && has "$c --help shows usage" "$TMP/out" "usage: lexgap $c"
done
# the default location, created on first use with no set-up step
save "save: XDG_DATA_HOME" -- env -u LEXGAP_DB XDG_DATA_HOME="$TMP/xdg" "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --save profiles/france.lua \
  && { has "saved in \$XDG_DATA_HOME/lexgap/lexgap.db" "$TMP/err" "saved run 1 \(FRA, as of 2026-01-01\) in $TMP/xdg/lexgap/lexgap\.db"; has "the report is still written" "$TMP/out" "State: France"; }
save "save: HOME" -- env -u LEXGAP_DB -u XDG_DATA_HOME HOME="$TMP/home" "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --save profiles/france.lua \
  && has "saved in ~/.local/share/lexgap/lexgap.db" "$TMP/err" "in $TMP/home/\.local/share/lexgap/lexgap\.db"
save "save: LEXGAP_DB" -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --save profiles/france.lua \
  && has "saved in \$LEXGAP_DB" "$TMP/err" "in $LEXGAP_DB"
# several profiles in one transaction; a second date for Borduria
run "save three profiles" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --save --db "$DB" profiles/france.lua profiles/arcadia.lua profiles/borduria.lua \
  && { has "three runs saved" "$TMP/err" "saved run 3 \(BOR"; hasnt "no progress bar off a terminal" "$TMP/err" "saving +\["; }
run "save Borduria 2005" 0 -- "$LEXGAP" assess --rules "$RULES" --as-of 2005-01-01 --save --db "$DB" --format json profiles/borduria.lua
if command -v script >/dev/null; then
  script -qec "'$LEXGAP' assess --rules '$RULES' --as-of 2026-01-01 --save --db '$TMP/store/bar.db' profiles/france.lua profiles/arcadia.lua" /dev/null > "$TMP/tty" 2>&1
  has "progress bar on a terminal" "$TMP/tty" "saving +\[#+\] 2/2"
fi
# history
run "history BOR" 0 -- "$LEXGAP" history --db "$DB" bor \
  && { has "history: the 2026 run" "$TMP/out" "^ +3 +BOR .* 2026-01-01 +[0-9a-f]{12} +[0-9]+ +[1-9]"; has "history: the 2005 run" "$TMP/out" "^ +4 +BOR .* 2005-01-01"; \
       hasnt "history: one State" "$TMP/out" "FRA"; has "history: ratings" "$TMP/out" "untoc (C|LC|PC|NC)"; }
run "history json" 0 -- "$LEXGAP" history --db "$DB" --format json \
  && { has "history json: runs" "$TMP/out" '"run": 4'; has "history json: per status" "$TMP/out" '"not_applicable": [0-9]+'; has "history json: rule set hash" "$TMP/out" '"ruleset_hash": "[0-9a-f]{64}"'; }
run "history of an unknown State" 1 -- "$LEXGAP" history --db "$DB" XYZ && has "unknown State named" "$TMP/err" "no run saved for 'XYZ'"
run "no database yet" 1 -- "$LEXGAP" history --db "$TMP/store/none.db" && has "missing database named" "$TMP/err" "no database at .*none\.db"
if [ -e "$TMP/store/none.db" ]; then fail "reading created a database"; else ok "reading creates no database"; fi
# show: the report as saved, in every format, and the exact profile
for f in text md json html csv; do
  "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --format $f profiles/borduria.lua > "$TMP/saved.$f" 2>/dev/null
  run "show --format $f" 0 -- "$LEXGAP" show --db "$DB" --format $f 3 \
    && { if cmp -s "$TMP/out" "$TMP/saved.$f"; then ok "show --format $f: the report as saved"; else fail "show --format $f: the report as saved"; diff "$TMP/saved.$f" "$TMP/out" | head -5; fi; }
done
run "show in French" 0 -- "$LEXGAP" show --db "$DB" --lang fr BOR~1 && has "show --lang fr" "$TMP/out" "Rapport d'écarts"
run "show --profile" 0 -- "$LEXGAP" show --db "$DB" --profile BOR && { if cmp -s "$TMP/out" profiles/borduria.lua; then ok "show --profile: the exact input"; else fail "show --profile: the exact input"; fi; }
run "show: no such run" 1 -- "$LEXGAP" show --db "$DB" 99 && has "unknown run named" "$TMP/err" "no run 99"
# diff
run "diff over time" 0 -- "$LEXGAP" diff --db "$DB" BOR~1 BOR \
  && { has "diff: same rule set" "$TMP/out" "^Rule set: the same"; has "diff: not yet bound is not a gap closed" "$TMP/out" "^No longer applicable in the second run .*\([1-9][0-9]*\)"; \
       has "diff: reasons then and now" "$TMP/out" "now: UNTOC entered into force for the State on .*after the assessment date"; has "diff: summary" "$TMP/out" "^Summary: 0 gaps closed, 0 new gaps, [1-9][0-9]* obligations no longer applicable"; }
run "diff of two States" 0 -- "$LEXGAP" diff --db "$DB" --format json FRA BOR~1 \
  && { has "diff json: new gaps" "$TMP/out" '"new_gaps": \['; has "diff json: before and after" "$TMP/out" '"status_after": "(not_met|partly_met)"'; }
R2=$TMP/rules-changed
cp -R "$RULES" "$R2"
cat > "$R2/untoc/zz_added.lua" <<'EOR'
obligation { ref = "untoc:99.1", level = "optional", title = { en = "An added rule", fr = "Une règle ajoutée" }, category = "jurisdiction", cluster = 1,
  text = { en = "99. A provision added for the test." }, facts = { "jurisdiction.territory" },
  check = function(ctx) return lx.measure_finding(ctx, "jurisdiction.territory", { what = "territorial jurisdiction" }) end }
EOR
save "save with changed rules" -- "$LEXGAP" assess --rules "$R2" --as-of 2026-01-01 --save --db "$DB" profiles/france.lua
run "diff across rule sets" 0 -- "$LEXGAP" diff --db "$DB" FRA~1 FRA \
  && { has "diff: rule set changed" "$TMP/out" "^Rule set: changed"; has "diff: rule added" "$TMP/out" "added +untoc:99\.1 +\(optional\)"; \
       has "diff: finding only in the new run" "$TMP/out" "only in the second run"; }
# matrix
run "matrix" 0 -- "$LEXGAP" matrix --db "$DB" \
  && { has "matrix: one column per State" "$TMP/out" "^article +ARC +BOR +FRA"; has "matrix: article rows" "$TMP/out" "^untoc:5 +(C|LC|PC|NC|N/A|--) "; \
       has "matrix: latest as-of date of each State" "$TMP/out" "BOR +Borduria: run [0-9]+, as of 2026-01-01"; }
run "matrix csv" 0 -- "$LEXGAP" matrix --db "$DB" --format csv \
  && { has "matrix csv: header" "$TMP/out" "^state_code,state_name,run,as_of,([a-z0-9-]+:[0-9]+,)*untoc:5,"; has "matrix csv: a row per State" "$TMP/out" "^FRA,France,[0-9]+,2026-01-01,"; }
# a State name that a spreadsheet would run as a formula is written as text
sed 's/name = "Minimalia"/name = "=HYPERLINK(1)"/; s/code = "MIN"/code = "FRM"/' "$FIX/profiles/minimal.lua" > "$TMP/formula.lua"
"$LEXGAP" assess --rules "$RULES" --as-of 2024-01-01 --save --db "$TMP/formula.db" "$TMP/formula.lua" >/dev/null 2>&1
run "matrix csv neutralises formulas" 0 -- "$LEXGAP" matrix --db "$TMP/formula.db" --format csv \
  && has "matrix csv: formula written as text" "$TMP/out" "^FRM,\"'=HYPERLINK\(1\)\","
run "matrix by obligation" 0 -- "$LEXGAP" matrix --db "$DB" --by obligation --format json \
  && { has "matrix json: obligations" "$TMP/out" '"untoc:5\.1\.a": \{'; has "matrix json: statuses" "$TMP/out" '"status": "(met|unknown|not_applicable)"'; }
run "matrix: bad --by" 1 -- "$LEXGAP" matrix --db "$DB" --by clause && has "bad --by named" "$TMP/err" "--by takes article or obligation"
# search: FTS5 when available, and the plain scan
run "search" 0 -- "$LEXGAP" search --rules "$RULES" bank secrecy \
  && { has "search finds art. 12(6)" "$TMP/out" "^UNTOC art\. 12\(6\) \[en\] untoc:12\.6"; has "search snippet marks the words" "$TMP/out" "\[bank\] \[secrecy\]"; }
run "search without FTS5" 0 -- "$LEXGAP" search --rules "$RULES" --method like bank secrecy \
  && { has "like: art. 12(6)" "$TMP/out" "untoc:12\.6"; has "like: says so" "$TMP/out" "plain scan"; }
run "search in French" 0 -- "$LEXGAP" search --rules "$RULES" --lang fr secret bancaire \
  && { has "search fr" "$TMP/out" "^CTO, art\. 12, par\. 6 \[fr\]"; hasnt "search fr only" "$TMP/out" "\[en\]"; }
run "search json" 0 -- "$LEXGAP" search --rules "$RULES" --format json --limit 1 confiscation && has "search json: one hit" "$TMP/out" '"ref": "untoc(-wg)?:'
run "search: no hit" 0 -- "$LEXGAP" search --rules "$RULES" zzqxv && has "search: no hit said" "$TMP/out" "^0 hits"
# nothing lost: files that are not ours, damage, a full disk, a read-only file
printf 'my notes\n' > "$TMP/store/notes.txt"
run "a text file" 1 -- "$LEXGAP" assess --rules "$RULES" --save --db "$TMP/store/notes.txt" profiles/france.lua \
  && { has "text file refused" "$TMP/err" "not a lexgap database"; if [ "$(cat "$TMP/store/notes.txt")" = "my notes" ]; then ok "text file untouched"; else fail "text file untouched"; fi; }
cp "$DB" "$TMP/store/damaged.db"
size=$(stat -c %s "$TMP/store/damaged.db")
dd if=/dev/urandom of="$TMP/store/damaged.db" bs=4096 seek=$((size / 8192)) count=4 conv=notrunc 2>/dev/null
cp "$TMP/store/damaged.db" "$TMP/store/damaged.copy"
run "a damaged database" 1 -- "$LEXGAP" assess --rules "$RULES" --save --db "$TMP/store/damaged.db" profiles/france.lua \
  && { has "damage named" "$TMP/err" "damaged"; if cmp -s "$TMP/store/damaged.db" "$TMP/store/damaged.copy"; then ok "damaged database untouched"; else fail "damaged database untouched"; fi; }
cp "$DB" "$TMP/store/full.db"
cp "$DB" "$TMP/store/full.copy"
( trap '' XFSZ; ulimit -f 64; "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --save --db "$TMP/store/full.db" profiles/*.lua >"$TMP/out" 2>"$TMP/err" ); rc=$?
if [ $rc -eq 1 ]; then ok "full disk: exit 1"; else fail "full disk: exit $rc, expected 1" "$TMP/err"; fi
has "full disk: clear error" "$TMP/err" "(disk full|file size limit|File too large)"
has "full disk: nothing saved" "$TMP/err" "nothing was saved"
run "full disk: database as before" 0 -- "$LEXGAP" history --db "$TMP/store/full.db" && has "full disk: the runs before" "$TMP/out" "^ +5 +FRA"
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null; then AS_USER="setpriv --reuid=nobody --regid=nogroup --clear-groups"; else AS_USER=""; fi
if [ "$(id -u)" -ne 0 ] || [ -n "$AS_USER" ]; then
  RO=$TMP/ro; mkdir -p "$RO/db"; cp -R "$RULES" "$RO/rules"; cp profiles/france.lua "$RO/"; cp "$DB" "$RO/db/"
  chmod -R a+rX "$RO"; chmod 755 "$TMP"; chmod 777 "$RO/db"; chmod 444 "$RO/db/lexgap.db"; cp "$RO/db/lexgap.db" "$TMP/store/ro.copy"
  run "a read-only file" 1 -- $AS_USER "$LEXGAP" assess --rules "$RO/rules" --save --db "$RO/db/lexgap.db" "$RO/france.lua" \
    && has "read-only named" "$TMP/err" "lexgap\.db is read-only; nothing was written"
  run "a read-only database can be read" 0 -- $AS_USER "$LEXGAP" history --db "$RO/db/lexgap.db" && has "read-only: history" "$TMP/out" "FRA"
  # 555, not 755: a user who is not root is the directory's owner here
  rm -f "$RO/db/lexgap.db-wal" "$RO/db/lexgap.db-shm"; chmod 666 "$RO/db/lexgap.db"; chmod 555 "$RO/db"
  run "a read-only directory" 1 -- $AS_USER "$LEXGAP" assess --rules "$RO/rules" --save --db "$RO/db/lexgap.db" "$RO/france.lua" \
    && { has "read-only directory named" "$TMP/err" "cannot write in the directory of .*lexgap\.db"; \
         has "read-only directory: refused before the assessment" "$TMP/err" "nothing was assessed or saved"; \
         if [ -s "$TMP/out" ]; then fail "read-only directory: no report" "$TMP/out"; else ok "read-only directory: no report"; fi; }
  run "a database on read-only media can be read" 0 -- $AS_USER "$LEXGAP" show --db "$RO/db/lexgap.db" FRA && has "read-only media: show" "$TMP/out" "State: France"
  if cmp -s "$RO/db/lexgap.db" "$TMP/store/ro.copy"; then ok "read-only database untouched"; else fail "read-only database untouched"; fi
  chmod 755 "$RO/db"; chmod 700 "$TMP"
fi
# two writers at once: both succeed, or one says the database is busy
for i in 1 2 3; do
  LEXGAP_DB_TIMEOUT=0 "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --save --db "$TMP/store/two.db" profiles/france.lua profiles/arcadia.lua >/dev/null 2>"$TMP/w1.$i" &
  LEXGAP_DB_TIMEOUT=0 "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --save --db "$TMP/store/two.db" profiles/borduria.lua >/dev/null 2>"$TMP/w2.$i" &
  wait
done
cat "$TMP"/w1.* "$TMP"/w2.* > "$TMP/w"
saved=$(grep -c "saved run" "$TMP/w"); busy=$(grep -c "database is busy" "$TMP/w"); other=$(grep -v "saved run\|database is busy\|nothing was saved\|rule error" "$TMP/w" | wc -l)
if [ "$other" -eq 0 ] && [ $((saved + busy)) -ge 6 ]; then ok "two writers: saved or busy ($saved runs saved, $busy busy)"; else fail "two writers: saved or busy" "$TMP/w"; fi
"$LEXGAP" history --db "$TMP/store/two.db" --format json > "$TMP/out" 2>&1
runs=$(grep -c '"run":' "$TMP/out")
if [ "$runs" -eq "$saved" ]; then ok "two writers: every reported run is there"; else fail "two writers: $runs runs for $saved saved" "$TMP/out"; fi
# the real command killed during saves: the file stays whole
for i in 1 2 3 4 5 6 7 8; do
  "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --save --db "$TMP/store/kill.db" profiles/france.lua profiles/arcadia.lua profiles/borduria.lua >/dev/null 2>&1 &
  pid=$!
  sleep "0.$((RANDOM % 4))$((RANDOM % 10))"
  kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
done
if [ -e "$TMP/store/kill.db" ]; then
  "$LEXGAP" history --db "$TMP/store/kill.db" --format json > "$TMP/out" 2>"$TMP/err"; rc=$?
  runs=$(grep -c '"run":' "$TMP/out")
  if { [ $rc -eq 0 ] && [ $((runs % 3)) -eq 0 ]; } || grep -q "no run saved" "$TMP/err"; then ok "killed writers: whole saves only ($runs runs)"; else fail "killed writers: whole saves only ($runs runs, exit $rc)" "$TMP/err"; fi
else
  ok "killed writers: killed before creating the database"
fi

# ---- rules listing ---------------------------------------------------------------------
run "rules json" 0 -- "$LEXGAP" rules --rules "$RULES" --format json \
  && { has "rules json has refs" "$TMP/out" '"ref": "untoc:5\.1\.a"'; has "rules json has levels" "$TMP/out" '"level": "consider"'; \
       has "rules json has clusters" "$TMP/out" '"cluster": 1'; }

# ---- topic suites: tests/e2e/suites/*.sh, sourced in name order ----------------------
# Each suite uses run/has/hasnt/ok/fail and the variables above; adding a topic
# means adding a file there, not editing this one.
for suite in "$ROOT"/tests/e2e/suites/*.sh; do
  [ -e "$suite" ] || continue
  # shellcheck source=/dev/null
  . "$suite"
done

echo "e2e: $passed passed, $failed failed"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
