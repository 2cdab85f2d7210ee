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
run "bad date" 1 -- "$LEXGAP" assess --as-of 2024-13-01 x && has "bad --as-of refused" "$TMP/err" "not a date"
run "no profile" 1 -- "$LEXGAP" assess --rules "$RULES" && has "assess needs a profile" "$TMP/err" "no profile given"

# ---- the main job ------------------------------------------------------------
run "assess france" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 profiles/france.lua \
  && { has "report names the State" "$TMP/out" "State: France"; has "report has a gaps section" "$TMP/out" "^Gaps"; has "report lists open questions" "$TMP/out" "Questions to settle it"; \
       has "report quotes the Convention" "$TMP/out" "Provision: «"; has "report cites French law" "$TMP/out" "Code pénal"; }
run "assess france in French" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --lang fr profiles/france.lua \
  && { has "French report" "$TMP/out" "Rapport d'écarts"; has "French provision text" "$TMP/out" "Disposition: «"; }
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

# before ratification, the Convention does not bind
run "assess before ratification" 0 -- "$LEXGAP" assess --rules "$RULES" --as-of 2005-01-01 --format json profiles/borduria.lua \
  && { has "not yet bound" "$TMP/out" '"binding": "not_bound"'; hasnt "nothing applies" "$TMP/out" '"status": "(met|not_met|partly_met|unknown)"'; }
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
run "color always" 0 -- "$LEXGAP" assess --rules "$RULES" --color always --as-of 2024-01-01 "$FIX/profiles/minimal.lua" || true
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
run "instrument typo" 1 -- "$LEXGAP" assess --rules "$RULES" "$FIX/profiles/instrument-typo.lua" \
  && { has "party key checked" "$TMP/err" "instrument-typo\.lua:2: parties\.untco: 'untco' is not an accepted name here \(did you mean 'untoc'\?\)"; \
       has "reservation instrument checked" "$TMP/err" "instrument-typo\.lua:3: reservations\[1\]\.instrument: 'untok' is not an accepted value \(did you mean 'untoc'\?\)"; }
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
run "blank profile assesses" 0 -- "$LEXGAP" assess --rules "$RULES" --format json "$TMP/blank.lua"
n_all=$(grep -c '"status": ' "$TMP/out"); n_unknown=$(grep -c '"status": "unknown"' "$TMP/out")
if [ "$n_all" -gt 0 ] && [ "$n_all" -eq "$n_unknown" ]; then ok "blank profile: every obligation unknown ($n_all)"; else fail "blank profile: every obligation unknown ($n_unknown of $n_all)"; fi
if grep -q '"questions": \[\]' "$TMP/out"; then fail "blank profile: every unknown has questions"; else ok "blank profile: every unknown has questions"; fi
run "questionnaire markdown" 0 -- "$LEXGAP" questionnaire --rules "$RULES" --instrument untoc --format md \
  && { has "questionnaire numbered" "$TMP/out" "^1\. "; has "questionnaire cites provisions" "$TMP/out" "Provisions: UNTOC art\. "; }
run "questionnaire html in French" 0 -- "$LEXGAP" questionnaire --rules "$RULES" --instrument untoc --format html --lang fr \
  && { has "questionnaire html" "$TMP/out" '<html lang="fr">'; has "questionnaire French" "$TMP/out" "Dispositions : CTO"; }
run "questionnaire needs an instrument" 1 -- "$LEXGAP" questionnaire --rules "$RULES" && has "instrument required" "$TMP/err" "name one instrument"

# ---- rules listing ---------------------------------------------------------------------
run "rules json" 0 -- "$LEXGAP" rules --rules "$RULES" --format json \
  && { has "rules json has refs" "$TMP/out" '"ref": "untoc:5\.1\.a"'; has "rules json has levels" "$TMP/out" '"level": "consider"'; \
       has "rules json has clusters" "$TMP/out" '"cluster": 1'; }

echo "e2e: $passed passed, $failed failed"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
