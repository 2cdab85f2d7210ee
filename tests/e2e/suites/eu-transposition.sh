# End-to-end tests of the EU directives' applicability and transposition
# view (sourced by tests/e2e/run.sh, which defines run, has, hasnt, ok, fail
# and $LEXGAP, $RULES, $FIX, $TMP, $ROOT).

EU=$ROOT/profiles

# ---- applicability: deadlines, accession, withdrawal --------------------------------
run "eu: 2004/80 before 1 July 2005" 0 -- "$LEXGAP" assess --rules "$RULES" --instrument eu-2004-80 --as-of 2005-06-30 profiles/france.lua \
  && { has "eu: transposition not yet due, with the date" "$TMP/out" "Transposition of Directive 2004/80/EC is due on 2005-07-01"; \
       has "eu: everything not applicable" "$TMP/out" "^26 findings: 26 not applicable"; }
run "eu: 2004/80 between the two deadlines" 0 -- "$LEXGAP" assess --rules "$RULES" --instrument eu-2004-80 --as-of 2005-08-01 --format json profiles/france.lua \
  && { has "eu: art. 12(2) due and met" "$TMP/out" '"id": "eu-2004-80:12.2"'; \
       has "eu: the other provisions due later" "$TMP/out" "Transposition of this provision is due on 2006-01-01"; \
       has "eu: bound since the first deadline" "$TMP/out" '"bound_since": "2005-07-01"'; }
run "eu: Croatia before accession" 0 -- "$LEXGAP" assess --rules "$RULES" --instrument eu-2004-80 --as-of 2013-06-30 "$EU/eu-fictional-croatia.lua" \
  && has "eu: Croatia not yet a member" "$TMP/out" "became a member of the European Union only on 2013-07-01"
run "eu: Croatia bound from accession" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument eu-2004-80 --as-of 2013-07-01 "$EU/eu-fictional-croatia.lua" \
  && { has "eu: Croatia bound from accession" "$TMP/out" "acceded on 2013-07-01, after the transposition deadline"; \
       has "eu: Croatia's scheme in part is a gap" "$TMP/out" "\[partly met\] Directive 2004/80/EC art. 12\(2\)"; }
run "eu: UK in the transition period" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument eu-2004-80 --as-of 2020-06-01 "$EU/eu-fictional-united-kingdom.lua" \
  && has "eu: UK transition named" "$TMP/out" "withdrew on 2020-01-31; Union law applies to it until 2020-12-31"
run "eu: UK after the transition period" 0 -- "$LEXGAP" assess --rules "$RULES" --instrument eu-2004-80 --as-of 2021-01-01 --lang fr "$EU/eu-fictional-united-kingdom.lua" \
  && { has "eu: UK no longer bound (fr)" "$TMP/out" "fin de la période de transition, le 2020-12-31"; \
       hasnt "eu: nothing assessed after withdrawal" "$TMP/out" "\[(rempli|non rempli|inconnu)\]"; }
run "eu: Poland transposed late" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument eu-2004-80 --as-of 2006-01-01 "$EU/eu-fictional-poland.lua" \
  && has "eu: an act not yet in force does not transpose" "$TMP/out" "in force only from 2006-06-01"

# ---- the UK's history keeps the runs before withdrawal ------------------------------
DBE=$TMP/eu.db
run "eu: save UK before and after" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument eu-2004-80 --as-of 2020-06-01 --save --db "$DBE" "$EU/eu-fictional-united-kingdom.lua"
run "eu: save UK after" 0 -- "$LEXGAP" assess --rules "$RULES" --instrument eu-2004-80 --as-of 2021-01-01 --save --db "$DBE" "$EU/eu-fictional-united-kingdom.lua"
run "eu: UK history" 0 -- "$LEXGAP" history GBR --db "$DBE" \
  && { has "eu: history keeps the run in the transition period" "$TMP/out" "2020-06-01"; has "eu: and the run after" "$TMP/out" "2021-01-01"; }

# ---- the transposition view in every format ------------------------------------------
run "eu: view, text" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument eu-2004-80 --as-of 2013-07-01 "$EU/eu-fictional-croatia.lua" \
  && { has "eu: text view heading" "$TMP/out" "^Transposition — Directive 2004/80/EC"; \
       has "eu: text view row" "$TMP/out" "art. 3\(1\) — Assisting authorities \(due 2006-01-01\) — met"; \
       has "eu: text view measures" "$TMP/out" "National measures: Act on Compensation to Victims of Crime 2013 \(fictional\)"; \
       has "eu: text view unnamed measures" "$TMP/out" "National measures: none named in the table of correspondence"; }
run "eu: view, markdown fr" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument eu-2004-80 --as-of 2013-07-01 --format md --lang fr "$EU/eu-fictional-croatia.lua" \
  && { has "eu: md view heading" "$TMP/out" "^## Transposition — Directive 2004/80/CE"; has "eu: md view measures (fr)" "$TMP/out" "Mesures nationales.{1,4}:"; }
run "eu: view, html" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument eu-2004-80 --as-of 2013-07-01 --format html "$EU/eu-fictional-croatia.lua" \
  && { has "eu: html view section" "$TMP/out" 'class="transposition"'; has "eu: html row links to the finding" "$TMP/out" '<a href="#[a-z0-9-]*f-eu-2004-80-12-2'; }
run "eu: view, json" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument eu-2004-80 --as-of 2013-07-01 --format json "$EU/eu-fictional-croatia.lua" \
  && { has "eu: json view" "$TMP/out" '"transposition": \['; has "eu: json row due" "$TMP/out" '"due": "2005-07-01"'; \
       has "eu: json row measures" "$TMP/out" '"measures": "Act on Compensation to Victims of Crime 2013 \(fictional\)"'; }
run "eu: view, csv" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument eu-2004-80 --as-of 2013-07-01 --format csv "$EU/eu-fictional-croatia.lua" \
  && { has "eu: csv header" "$TMP/out" "rule_line,warnings,scope,due,national_measures,prospective.?$"; \
       has "eu: csv row" "$TMP/out" "^HRV,.*eu-2004-80:3.1,.*,2006-01-01,Act on Compensation to Victims of Crime 2013 \(fictional\),no.?$"; }

# ---- bad membership data: file, line and key; the database untouched ----------------
B=$TMP/eu-bad-rules
mkdir -p "$B" && cp -r "$RULES"/. "$B"/
sed -i 's/HRV = { name = "Croatia", from = "2013-07-01" }/HRV = { name = "Croatia", from = "2013-13-01" }/' "$B/eu-members.lua"
run "eu: bad membership date" 1 -- "$LEXGAP" assess --rules "$B" --as-of 2020-01-01 profiles/france.lua \
  && has "eu: bad date named with file, line and key" "$TMP/err" "eu-members\.lua:[0-9]+: HRV: from must be a date"
# a table row naming an undefined measure: an error finding naming the key, the others still run
sed 's/measures = { "civi" },/measures = { "civi_typo" },/' profiles/france.lua > "$TMP/fr-typo.lua"
run "eu: undefined measure" 1 -- "$LEXGAP" assess --rules "$RULES" --instrument eu-2004-80 --as-of 2026-01-01 --format json "$TMP/fr-typo.lua" \
  && { has "eu: undefined measure named with the row" "$TMP/out" "transposition.eu-2004-80.table.1: the row on eu-2004-80:2 names measure 'civi_typo', which transposition.eu-2004-80.measures does not define"; \
       has "eu: other rules still run" "$TMP/out" '"status": "unknown"'; }

# ---- coverage: every provision addressed to Member States encoded or left out ---------
run "eu: coverage 2004/80" 0 -- "$LEXGAP" coverage --rules "$RULES" --instrument eu-2004-80 \
  && { has "eu: nothing uncovered" "$TMP/out" "^Uncovered: mandatory, consider, endeavour \(0\)"; \
       has "eu: the Commission's duties left out" "$TMP/out" "art. 13\(2\) .*Binds the Commission"; }

# ---- the questionnaire writes instrument-keyed sections as valid Lua keys ------------
run "eu: questionnaire" 0 -- "$LEXGAP" questionnaire --rules "$RULES" --instrument eu-2004-80 -o "$TMP/eu-blank.lua" \
  && has "eu: instrument key quoted" "$TMP/eu-blank.lua" '^    -- \["eu-2004-80"\] = \{ source = "" \},'
sed -i 's/^    -- \["eu-2004-80"\] = { },/    ["eu-2004-80"] = { },/' "$TMP/eu-blank.lua"
run "eu: the filled-in blank profile loads" 0 -- "$LEXGAP" assess --rules "$RULES" --instrument eu-2004-80 --as-of 2026-01-01 "$TMP/eu-blank.lua" \
  && has "eu: a non-member is not bound" "$TMP/out" "not a member of the European Union"
