#!/usr/bin/env bash
# Browser tests of the HTML reports, in headless Chromium (Debian's chromium).
#
# For each report: Chromium loads it and must log no console message; the
# rendered DOM must have the expected sections and charts, and every link
# inside the page must lead to an element of the page; the hostile profile's
# markup must show as text, never as elements.  A screenshot and a PDF print
# of each report are kept as artefacts in build/artifacts/.
# Ends with "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
ROOT=$PWD
LEXGAP=${LEXGAP:-$ROOT/lexgap}
RULES=$ROOT/rules
ART=$ROOT/build/artifacts
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$ART"

CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROMIUM" ]; then
  echo "browser tests: chromium is not installed (scripts/install-deps.sh installs it)"
  echo "0 passed, 1 failed"
  exit 1
fi

passed=0
failed=0
ok()   { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }

# chrome ARGS...: headless Chromium with no network chatter and a fresh profile
chrome() {
  timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --disable-default-apps \
    --user-data-dir="$TMP/chrome-profile" "$@"
}

# check NAME FILE.html: load, dump the DOM, screenshot, print
check_report() {
  local name=$1 html=$2
  chrome --enable-logging=stderr --v=0 --dump-dom "file://$html" > "$TMP/$name.dom" 2> "$TMP/$name.log"
  if [ -s "$TMP/$name.dom" ]; then ok "$name: Chromium renders the report"; else fail "$name: Chromium renders the report"; fi
  if grep -q "CONSOLE" "$TMP/$name.log"; then
    fail "$name: no console message"; grep "CONSOLE" "$TMP/$name.log" | head -5 | sed 's/^/     /'
  else
    ok "$name: no console message"
  fi
  chrome --window-size=1280,2000 --screenshot="$ART/$name.png" "file://$html" >/dev/null 2>&1
  if [ -s "$ART/$name.png" ]; then ok "$name: screenshot $ART/$name.png"; else fail "$name: screenshot"; fi
  chrome --no-pdf-header-footer --print-to-pdf="$ART/$name.pdf" "file://$html" >/dev/null 2>&1
  if head -c 5 "$ART/$name.pdf" 2>/dev/null | grep -q "%PDF-"; then ok "$name: PDF print $ART/$name.pdf"; else fail "$name: PDF print"; fi
}

# dom_has NAME PATTERN DESCRIPTION
dom_has() {
  if grep -Eq -- "$2" "$TMP/$1.dom"; then ok "$1: $3"; else fail "$1: $3 (no /$2/)"; fi
}
dom_hasnt() {
  if grep -Eq -- "$2" "$TMP/$1.dom"; then fail "$1: $3 (found /$2/)"; else ok "$1: $3"; fi
}

# every in-page link resolves to an element of the page
links_resolve() {
  local name=$1 missing=0 total=0
  grep -o 'href="#[^"]*"' "$TMP/$name.dom" | sed 's/href="#//; s/"$//' | sort -u > "$TMP/$name.links"
  while read -r id; do
    total=$((total + 1))
    grep -q "id=\"$id\"" "$TMP/$name.dom" || { missing=$((missing + 1)); echo "     no element with id $id"; }
  done < "$TMP/$name.links"
  if [ "$total" -gt 0 ] && [ "$missing" -eq 0 ]; then ok "$name: all $total in-page links resolve"; else fail "$name: in-page links ($missing of $total broken)"; fi
}

report() {  # report NAME LANG PROFILE...
  local name=$1 lang=$2; shift 2
  "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --format html --lang "$lang" -o "$TMP/$name.html" "$@" 2>/dev/null
  local rc=$?
  if [ "$rc" -eq 0 ] || [ "$rc" -eq 2 ]; then ok "$name: report written"; else fail "$name: report written (exit $rc)"; fi
}

# ---- the real State's profile, in English and in French -------------------------
report france-en en profiles/france.lua
check_report france-en "$TMP/france-en.html"
dom_has france-en '<html lang="en"' "document language"
dom_has france-en 'id="dashboard"' "dashboard"
dom_has france-en '<svg[^>]*aria-labelledby="rc-title"' "ratings chart (SVG)"
dom_has france-en '<svg[^>]*aria-labelledby="sc-title"' "status chart (SVG)"
dom_has france-en 'id="gaps"' "gaps section"
dom_has france-en 'id="unknown"' "open questions section"
dom_has france-en '<details>' "other findings collapsible"
dom_has france-en '<th scope="col">' "tables with header cells"
dom_has france-en 'Code pénal' "French law cited"
dom_has france-en 'Each State Party shall' "Convention text in English"
dom_hasnt france-en '<script' "no script"
dom_hasnt france-en '(<(img|script|iframe|link|object|embed|audio|video)[ >])|( src=)|(url\()' "no resource to load (images, scripts, frames, stylesheets, fonts)"
links_resolve france-en
# the key findings lead, before the dashboard and the long tables
dom_has france-en 'id="key"' "key findings"
key_at=$(grep -bo 'id="key"' "$TMP/france-en.dom" | head -1 | cut -d: -f1)
dash_at=$(grep -bo 'id="dashboard"' "$TMP/france-en.dom" | head -1 | cut -d: -f1)
if [ -n "$key_at" ] && [ -n "$dash_at" ] && [ "$key_at" -lt "$dash_at" ]; then ok "france-en: key findings before the dashboard"; else fail "france-en: key findings before the dashboard"; fi
dom_has france-en 'provisional: 22 of 26 articles rated' "the overall rating says how much it rests on"
dom_has france-en 'assesses the law on the books' "scope note"

# the version to circulate: gaps and open questions only
"$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --format html --only gaps -o "$TMP/france-gaps.html" profiles/france.lua 2>/dev/null
check_report france-gaps "$TMP/france-gaps.html"
dom_has france-gaps 'id="gaps"' "gaps"
dom_has france-gaps 'id="unknown"' "open questions"
dom_hasnt france-gaps 'id="other"|id="dashboard"' "no other findings, no dashboard"
links_resolve france-gaps

report france-fr fr profiles/france.lua
check_report france-fr "$TMP/france-fr.html"
dom_has france-fr '<html lang="fr"' "document language"
dom_has france-fr 'Tableau de bord' "French interface"
dom_has france-fr 'Chaque État partie' "Convention text in French"
dom_has france-fr 'Incrimination et compétence' "French cluster titles"
dom_has france-fr 'Prévention, assistance technique, mesures de protection et autres mesures' "cluster titles in full"
dom_has france-fr 'en grande partie conforme' "the FATF's French term for LC"
links_resolve france-fr

# ---- a State with gaps, and two States on one page ------------------------------------
report borduria en profiles/borduria.lua
check_report borduria "$TMP/borduria.html"
dom_has borduria 'class="finding gap"' "gaps shown"
dom_has borduria 'class="side"' "treaty text beside national law"
links_resolve borduria

report two-states en profiles/arcadia.lua profiles/borduria.lua
check_report two-states "$TMP/two-states.html"
links_resolve two-states

# ---- a hostile profile: markup shows as text ----------------------------------------------
report hostile en tests/fixtures/profiles/hostile.lua
check_report hostile "$TMP/hostile.html"
dom_hasnt hostile '<script' "no script element"
dom_hasnt hostile '<iframe' "no iframe element"
dom_hasnt hostile '<img' "no img element"
dom_hasnt hostile '<svg onload' "no injected svg"
dom_hasnt hostile 'href="javascript:' "no javascript: link"
dom_has hostile "&lt;script&gt;alert\('state'\)&lt;/script&gt;Hostilia" "the State's markup shows as text"
dom_has hostile "&lt;/p&gt;&lt;/blockquote&gt;&lt;script&gt;alert\('note'\)" "a note's markup shows as text"
dom_has hostile "&lt;iframe src=" "an offence name's markup shows as text"

# ---- the matrix of the store as a heat map ------------------------------------------------
export LEXGAP_DB="$TMP/matrix.db"
"$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --save profiles/france.lua profiles/arcadia.lua profiles/borduria.lua >/dev/null 2>&1
if "$LEXGAP" matrix --format html > "$TMP/matrix.html" 2>"$TMP/matrix.err"; then ok "matrix: heat map written"; else fail "matrix: heat map written"; fi
check_report matrix "$TMP/matrix.html"
dom_has matrix '<svg[^>]*aria-labelledby="m-title"' "heat map (SVG)"
dom_has matrix '>Arcadia \(ARC\)<' "a row per State"
dom_has matrix '<th scope="col">art\. 18</th>' "the same data as a table, articles labelled"
dom_has matrix '>NC<' "ratings written in the cells"
dom_has matrix '>as of 2026-01-01<' "each State's as-of date"
dom_has matrix '>overall</text>' "an overall column"
dom_hasnt matrix "matrix\.db|$TMP" "no local database path in a page meant to circulate"
dom_hasnt matrix 'N/A met|partly_met|not_applicable' "no raw statuses"
dom_has matrix 'class="scroll"' "wide charts scroll"
"$LEXGAP" matrix --by obligation --format html > "$TMP/matrix-obligations.html" 2>/dev/null
check_report matrix-obligations "$TMP/matrix-obligations.html"
dom_has matrix-obligations 'Status by State and obligation' "by obligation"

echo "browser: $passed passed, $failed failed"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
