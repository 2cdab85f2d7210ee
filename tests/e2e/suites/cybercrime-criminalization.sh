# The UN Convention against Cybercrime, ch. I and II arts 1-16: the profiles
# assessed prospectively, options that never lower a finding, the 11(3)
# reservation and its limit, the questionnaire (issue 10).  Sourced by
# tests/e2e/run.sh.

# ---- France: a finding for every obligation, no error -------------------------------------
# exit 2: gaps (arts 17-34 find some in French law)
run "France, Cybercrime Convention, prospective" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument cybercrime --prospective --format json --as-of 2026-06-01 profiles/france.lua
n_rules=$("$LEXGAP" rules --rules "$RULES" --instrument cybercrime | grep -c '^cybercrime:')
n_found=$(python3 -c 'import json, sys; print(sum(1 for a in json.load(open(sys.argv[1]))["assessments"] for f in a["findings"] if f["status"] != "error"))' "$TMP/out")
if [ "$n_rules" -gt 20 ] && [ "$n_rules" -eq "$n_found" ]; then ok "France: a finding for each of the $n_rules obligations"; else fail "France: $n_found findings for $n_rules obligations" "$TMP/out"; fi
hasnt "France: no rule error" "$TMP/out" '"status": "error"'
run "France, text" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument cybercrime --prospective --as-of 2026-06-01 profiles/france.lua \
  && { has "France: illegal access by Code pénal art. 323-1" "$TMP/out" "by Code pénal, art\. 323-1"; \
       has "France: grooming limited to minors under 15 asked, not guessed" "$TMP/out" "^  \[unknown\] Cybercrime Convention art\. 15\(1\)"; \
       has "France: the option of 15(3) used, for information" "$TMP/out" "^  \[adopted \(optional\)\] Cybercrime Convention art\. 15\(3\)"; }

# ---- options allowed never lower a finding; elements not allowed do ------------------------
run "Arcadia, prospective (md)" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument cybercrime --prospective --format md --as-of 2026-06-01 profiles/arcadia.lua \
  && has "Arcadia: 7(1) met although security measures are required" "$TMP/out" "requires infringing security measures, an element art\. 7\(2\)"
run "Arcadia, prospective" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument cybercrime --prospective --as-of 2026-06-01 profiles/arcadia.lua \
  && { has "Arcadia: 15(1) met with an overt act required" "$TMP/out" "^  \[met\] Cybercrime Convention art\. 15\(1\)"; \
       hasnt "Arcadia: no gap under arts 4-16 of the Cybercrime Convention" "$TMP/out" "^  \[(not met|partly met)\] Cybercrime Convention art\. ([4-9]|1[0-6])\("; }
run "Borduria, prospective" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument cybercrime --prospective --as-of 2026-06-01 profiles/borduria.lua \
  && { has "Borduria: 7(1) narrowed by a gain requirement" "$TMP/out" "^  \[partly met\] Cybercrime Convention art\. 7\(1\)"; \
       has "Borduria: 11(1) switched off by its reservation" "$TMP/out" "The State's reservation to cybercrime:11\.1, in force since 2025-10-25"; \
       has "Borduria: the reservation cannot reach making credentials available" "$TMP/out" "^  \[not met\] Cybercrime Convention art\. 11\(3\) \[limit\]"; \
       has "Borduria: said in a lawyer's words" "$TMP/out" "reservation to art\. 11\(1\) cannot reach the sale, distribution or making"; \
       has "Borduria: 14(2) not met (persons under 16 only)" "$TMP/out" "^  \[not met\] Cybercrime Convention art\. 14\(2\) —"; }

# ---- the questionnaire: the Convention's own facts; UNTOC-only sections stay out, shared ones (arts 37-40) are in --
run "questionnaire for the Cybercrime Convention" 0 -- "$LEXGAP" questionnaire --rules "$RULES" --instrument cybercrime --format md \
  && { has "asks for the definition of child sexual abuse material" "$TMP/out" "^## Child sexual abuse or exploitation material"; \
       hasnt "no UNTOC-only section (anti-money-laundering)" "$TMP/out" "^## .*[Mm]oney-laundering"; \
       has "mutual legal assistance asked once, for UNTOC art. 18 and this Convention's art. 40 alike" "$TMP/out" "Provisions: Cybercrime Convention art\. 40\(24\)"; }
