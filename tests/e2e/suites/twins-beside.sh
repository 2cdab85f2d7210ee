# The same duty in two treaties, side by side (issue 11; sourced by
# tests/e2e/run.sh): a Cybercrime cooperation article shows its UNTOC twin's
# finding, and the UNTOC article the Cybercrime one, in every format, when
# the profile is assessed against both; a recommendation of good practice
# shows only beside what it serves.
TB=$TMP/twins-beside
mkdir -p "$TB"
run "twins: text, both treaties" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument untoc --instrument cybercrime --prospective --as-of 2026-06-01 profiles/france.lua \
  && { cp "$TMP/out" "$TB/fr.txt"
       if awk '/^  \[.*\] Cybercrime Convention art\. 40\(24\) —/ { on = 1; next } on && /^  \[/ { exit } on && /Same duty under UNTOC: \[met\] UNTOC art\. 18\(8\)/' "$TB/fr.txt" | grep -q .; then
         ok "twins: beside Cybercrime 40(24), UNTOC 18(8)"; else fail "twins: no UNTOC 18(8) beside Cybercrime 40(24)"; fi
       if awk '/^  \[.*\] UNTOC art\. 18\(8\) —/ { on = 1; next } on && /^  \[/ { exit } on && /Same duty under Cybercrime Convention: \[met\] Cybercrime Convention art\. 40\(24\)/' "$TB/fr.txt" | grep -q .; then
         ok "twins: beside UNTOC 18(8), Cybercrime 40(24)"; else fail "twins: no Cybercrime 40(24) beside UNTOC 18(8)"; fi; }
run "twins: json" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument untoc --instrument cybercrime --prospective --as-of 2026-06-01 --format json profiles/france.lua \
  && { n=$(jq '[.assessments[0].findings[] | select(.id == "cybercrime:50.1") | .served_by[] | select(.id == "untoc:13.1")] | length' "$TMP/out")
       if [ "$n" = 1 ]; then ok "twins: json served_by of 50(1) holds UNTOC 13(1)"; else fail "twins: json served_by of 50(1) ($n)"; fi; }
run "twins: untoc alone shows no twin" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument untoc --as-of 2026-06-01 profiles/france.lua \
  && hasnt "twins: no 'Same duty' line without the other treaty" "$TMP/out" "Same duty under"
run "twins: French" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument untoc --instrument cybercrime --prospective --lang fr --as-of 2026-06-01 profiles/france.lua \
  && has "twins: French label" "$TMP/out" "Obligation correspondante, CTO"
