# The transposition view names the national law a finding rests on when the
# table of correspondence is silent on the provision (sourced by
# tests/e2e/run.sh): Poland (fictional) lists no table row for 2004/81
# art. 3(1), whose rule reads the residence-permit fact, citing art. 53a.
run "eu view: cited law when the table is silent" 0 -- "$LEXGAP" assess --rules "$RULES" --instrument eu-2004-81 --fail-on none --as-of 2010-01-01 "$ROOT/profiles/eu-fictional-poland.lua" \
  && { if awk '/- Directive 2004\/81\/EC art\. 3\(1\) — The scheme covers victims of trafficking/ { on = 4; next } on-- > 0' "$TMP/out" | grep -q "National measures: Aliens Act (fictional), art\. 53a"; then
         ok "eu view: 3(1) names the Aliens Act, art. 53a"; else fail "eu view: 3(1) names no national measure" "$TMP/out"; fi
       has "eu view: a row citing nothing still says so" "$TMP/out" "National measures: none named in the table of correspondence"; }
