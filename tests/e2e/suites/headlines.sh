# Headlines an analyst can trust (issue 9): ratings that say how much they
# rest on and are withheld below the threshold, the exit status of
# incomplete assessments (--fail-on), the short summary, --only gaps, the
# scope note in every format, the store's views after the README walkthrough
# (matrix by latest as-of date, diff that separates gaps closed from
# obligations no longer applicable), the matrix heat map, and the language of
# the report chrome.  Sourced by tests/e2e/run.sh.

H=$TMP/headlines
mkdir -p "$H"
NNBSP=$(printf '\342\200\257')

# ---- ratings show their coverage; withheld below half ------------------------------
run "headline: md report" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --format md "$ROOT/profiles/france.lua" \
  && { has "headline: the instrument rating says how much it rests on" "$TMP/out" \
         "UNTOC: LC — largely compliant \(mean of 22 articles: .*; provisional: 22 of 26 articles rated, 95 of 144 obligations settled\)"
       has "headline: an article rated on 1 of 6 obligations is withheld" "$TMP/out" \
         "art\. 29: -- — not rated: too little is settled \(withheld: only 1 of 6 obligations"
       has "headline: a cluster with 3 of 7 articles rated is withheld" "$TMP/out" \
         "Cluster 2 — .*: -- — not rated: too little is settled .*withheld: only 3 of 7 articles rated"
       has "headline: an article at exactly half is rated (3 of 5 settled)" "$TMP/out" \
         "art\. 13: C — compliant \(no shortcoming; provisional: 3 of 5 obligations settled\)"
       hasnt "headline: no 'obligations rated' when none is" "$TMP/out" "not rated: the profile settles no obligation \([0-9]+ obligations rated"; }

# ---- exit status: --fail-on -----------------------------------------------------------
run "fail-on: blank profile written" 0 -- "$LEXGAP" questionnaire --rules "$RULES" --instrument untoc -o "$H/blank.lua"
run "fail-on: an all-unknown assessment exits 3 by default" 3 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 "$H/blank.lua" \
  && has "fail-on: says why it is incomplete" "$TMP/err" "the assessment is incomplete .*exit status 3"
run "fail-on: --fail-on gap keeps the old 0" 0 -- "$LEXGAP" assess --rules "$RULES" --fail-on gap --as-of 2026-01-01 "$H/blank.lua"
run "fail-on: none" 0 -- "$LEXGAP" assess --rules "$RULES" --fail-on none --as-of 2026-01-01 "$ROOT/profiles/borduria.lua"
run "fail-on: gaps still exit 2" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 "$ROOT/profiles/france.lua"
run "fail-on: unknown without gap" 3 -- "$LEXGAP" assess --rules "$RULES" --fail-on unknown --as-of 2026-01-01 "$ROOT/profiles/france.lua"
run "fail-on: not bound is not incomplete" 0 -- "$LEXGAP" assess --rules "$RULES" --as-of 2005-01-01 "$ROOT/profiles/borduria.lua"
run "fail-on: bad value" 1 -- "$LEXGAP" assess --rules "$RULES" --fail-on gaps "$ROOT/profiles/france.lua" \
  && has "fail-on: bad value explained" "$TMP/err" "--fail-on takes a comma-separated list of gap, unknown, incomplete"
run "fail-on: --help documents exit 3" 0 -- "$LEXGAP" assess --help && has "fail-on: help" "$TMP/out" "3 no gap,"

# ---- the short summary; the demo's form --------------------------------------------------
run "summary format" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument untoc --as-of 2026-01-01 --format summary "$ROOT/profiles/france.lua" \
  && { has "summary: headline with caveat" "$TMP/out" "^  UNTOC: LC — largely compliant \(provisional: 22 of 26 articles rated"
       has "summary: gaps one line each" "$TMP/out" "^  - UNTOC art\. 9\(2\): partly met — "
       has "summary: open questions counted" "$TMP/out" "^71 open questions$"
       has "summary: scope note" "$TMP/out" "assesses the law on the books"
       n=$(wc -l < "$TMP/out"); if [ "$n" -lt 40 ]; then ok "summary: a screen ($n lines)"; else fail "summary: $n lines"; fi; }
run "summary beside a file" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --format html -o "$H/fr.html" --summary "$ROOT/profiles/france.lua" \
  && { has "summary: says where the full report is" "$TMP/out" "Full report: .*/fr\.html \(open it in a browser"
       has "summary: the full report is HTML" "$H/fr.html" "<h2 id=\"h-key\">Key findings</h2>"; }
run "summary needs -o" 1 -- "$LEXGAP" assess --rules "$RULES" --summary "$ROOT/profiles/france.lua"
run "summary in French" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument untoc --lang fr --as-of 2026-01-01 --format summary "$ROOT/profiles/france.lua" \
  && { has "summary fr: agreement" "$TMP/out" "194 constats${NNBSP}: 111 remplis, 5 partiellement remplis, 2 non remplis, 71 inconnus"
       has "summary fr: FATF term for LC" "$TMP/out" "CTO${NNBSP}: LC — en grande partie conforme"; }

# ---- --only gaps, every format ----------------------------------------------------------
for fmt in text md html; do
  run "only gaps: $fmt" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --only gaps --format $fmt "$ROOT/profiles/france.lua" \
    && { hasnt "only gaps: $fmt has no other findings" "$TMP/out" "Other findings"
         has "only gaps: $fmt says what it leaves out" "$TMP/out" "lists only the gaps and the open questions"; }
done
run "only gaps: json" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --only gaps --format json "$ROOT/profiles/france.lua" \
  && { has "only gaps: json marks it" "$TMP/out" '"only": "gaps"'; hasnt "only gaps: json has no met finding" "$TMP/out" '"status": "met"'; }
run "only gaps: csv" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument untoc --as-of 2026-01-01 --only gaps --format csv "$ROOT/profiles/france.lua" \
  && { n=$(($(wc -l < "$TMP/out") - 1)); if [ "$n" -eq 75 ]; then ok "only gaps: csv has the 4 gaps and 71 open questions"; else fail "only gaps: csv has $n rows"; fi; }
run "only gaps: bad value" 1 -- "$LEXGAP" assess --rules "$RULES" --only met "$ROOT/profiles/france.lua"

# ---- the scope note, every format ----------------------------------------------------------
for fmt in text md html summary; do
  run "scope note: $fmt" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --format $fmt "$ROOT/profiles/france.lua" \
    && { has "scope note: $fmt" "$TMP/out" "lexgap assesses the law on the books"
         has "scope note: $fmt says not effectiveness" "$TMP/out" "not +assess +how +effectively"; }
done
run "scope note: json" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --format json "$ROOT/profiles/france.lua" \
  && has "scope note: json" "$TMP/out" '"scope_note": \{'
run "scope note: csv" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --format csv "$ROOT/profiles/france.lua" \
  && { has "scope note: csv column" "$TMP/out" ',rule_line,warnings,scope,due,national_measures,prospective' ; has "scope note: csv value" "$TMP/out" ',"law on the books, not its effectiveness"'; }
run "scope note: french" 2 -- "$LEXGAP" assess --rules "$RULES" --lang fr --as-of 2026-01-01 "$ROOT/profiles/france.lua" \
  && has "scope note: french" "$TMP/out" "n'évalue pas l'effectivité"

# ---- language of the chrome ------------------------------------------------------------------
run "language: md" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --format md "$ROOT/profiles/france.lua" \
  && { hasnt "language: md has no space before a closing **" "$TMP/out" '[^*] \*\*($| )'
       has "language: md provision label" "$TMP/out" '^- \*\*Provision:\*\*$'
       has "language: the rules say what they are" "$TMP/out" "Rules: .*UNTOC rule pack \(.*rules/untoc, 194 obligations\)"; }
run "language: md fr" 2 -- "$LEXGAP" assess --rules "$RULES" --lang fr --as-of 2026-01-01 --format md "$ROOT/profiles/france.lua" \
  && { has "language: fr Statut with narrow no-break space" "$TMP/out" "\*\*Statut${NNBSP}:\*\*"
       hasnt "language: fr chrome has no ordinary space before a colon" "$TMP/out" "^ *(État|Statut|Niveau|Motif|Profil|Règles|Synthèse|impérative|constats) : |(impérative|constats) : "
       has "language: fr article reference" "$TMP/out" "CTO, art\. 9${NNBSP}: PC"; }
cat > "$H/one.lua" <<'EOF'
return {
  profile_format = 1,
  state = { code = "ONE", name = "Onesia" },
  describes_law_as_of = "2024-01-01",
  parties = { untoc = { signed = "2000-12-12", deposited = "2004-06-01" } },
  jurisdiction = { territory = { adopted = true, source = "Penal Code s. 1" } },
}
EOF
run "language: singular" 3 -- "$LEXGAP" assess --rules "$RULES" --as-of 2024-01-01 --format md --instrument untoc "$H/one.lua" \
  && { hasnt "language: no '1 findings'" "$TMP/out" "(^|[^0-9])1 (findings|obligations|gaps)"
       has "language: its one obligation" "$TMP/out" "art\. 15: .*(its one obligation|of [0-9]+ obligations) settled"; }

# ---- the README's store walkthrough, followed literally ------------------------------------------
DB=$H/walk.db
run "walkthrough: save all" 2 -- "$LEXGAP" assess --rules "$RULES" --db "$DB" "$ROOT"/profiles/*.lua --as-of 2026-01-01 --save
run "walkthrough: save BOR 2005" 0 -- "$LEXGAP" assess --rules "$RULES" --db "$DB" "$ROOT/profiles/borduria.lua" --as-of 2005-01-01 --save
run "walkthrough: history" 0 -- "$LEXGAP" history --db "$DB" BOR \
  && { has "walkthrough: history shows coverage" "$TMP/out" "untoc PC \(provisional: 22/26 articles rated, [0-9]+/[0-9]+ obligations settled\)"
       has "walkthrough: history N/A run" "$TMP/out" "2005-01-01 .* untoc N/A$"; }
run "walkthrough: diff" 0 -- "$LEXGAP" diff --db "$DB" BOR~1 BOR \
  && { hasnt "walkthrough: diff closes no gap" "$TMP/out" "^Gaps closed"
       has "walkthrough: diff says no longer applicable" "$TMP/out" "^No longer applicable in the second run .*not gaps closed \(204\)"  # 185 UNTOC obligations and 19 untoc-wg recommendations (para. 10 is addressed to Member States: met both times)
       has "walkthrough: diff shows both ratings with coverage" "$TMP/out" "^Ratings: .*untoc PC \(provisional: .*\)$"
       has "walkthrough: diff summary" "$TMP/out" "0 gaps closed, 0 new gaps, 204 obligations no longer applicable \(41 of them gaps before, not closed\)"; }
run "walkthrough: matrix" 0 -- "$LEXGAP" matrix --db "$DB" \
  && { has "walkthrough: matrix takes BOR's latest as-of date" "$TMP/out" "BOR +Borduria: run 2, as of 2026-01-01"
       has "walkthrough: matrix shows coverage" "$TMP/out" "untoc PC \(provisional"
       has "walkthrough: matrix cells in words" "$TMP/out" "^untoc:13 +C +NC, [0-9]+ gaps? "; }
run "walkthrough: matrix csv" 0 -- "$LEXGAP" matrix --db "$DB" --format csv \
  && has "walkthrough: matrix csv ends with the ratings and their coverage" "$TMP/out" '^FRA,France,.*,".*untoc LC \(provisional: 22/26 articles rated, 95/144 obligations settled\)"'
run "walkthrough: matrix html" 0 -- "$LEXGAP" matrix --db "$DB" --format html \
  && { hasnt "matrix html: no local path" "$TMP/out" "walk\.db|$H"
       has "matrix html: as-of dates" "$TMP/out" "as of 2026-01-01"
       has "matrix html: overall column" "$TMP/out" ">overall</text>"
       has "matrix html: articles labelled" "$TMP/out" ">art\. 15</text>"
       hasnt "matrix html: no raw statuses" "$TMP/out" "N/A met|partly_met"
       has "matrix html: scrolls" "$TMP/out" "class=\"scroll\""; }
run "walkthrough: matrix html by obligation" 0 -- "$LEXGAP" matrix --db "$DB" --format html --by obligation \
  && has "matrix html: obligations as lawyers write them" "$TMP/out" ">art\. 5\(1\)\(a\)</text>"
run "walkthrough: show only gaps" 0 -- "$LEXGAP" show --db "$DB" --only gaps --format md FRA \
  && hasnt "walkthrough: show --only gaps" "$TMP/out" "Other findings"
