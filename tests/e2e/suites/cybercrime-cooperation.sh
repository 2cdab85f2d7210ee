# The UN Convention against Cybercrime, arts 42-68 (issue 11, cyber5): the
# coverage of ch. V-IX, one national fact serving both treaties (arts 47,
# 48, 50, 52 and their UNTOC twins), the 42(5) reservation and its limits,
# endeavour and consider levels never reported as gaps, twins checked when the
# rules load.  Sourced by tests/e2e/run.sh.

CO=$TMP/cyber-cooperation
mkdir -p "$CO"

# ---- coverage: every provision of arts 42-68 encoded or left out with a reason ---------------
run "coverage of the Convention" 0 -- "$LEXGAP" coverage --rules "$RULES" --instrument cybercrime \
  && { hasnt "arts 42-68: nothing uncovered" "$TMP/out" "art\. (4[2-9]|5[0-9]|6[0-8])(\([0-9a-z]+\))* +[a-z]+ +UNCOVERED"; \
       has "57-58 left out: addressed to the Conference" "$TMP/out" "art\. 57 .*addressed to the Conference"; \
       has "53(3) left out: an illustrative list" "$TMP/out" "art\. 53\(3\) .*illustrative"; \
       has "50(3) left out: requests' contents" "$TMP/out" "art\. 50\(3\) .*mutatis mutandis"; }

# ---- France: one fact serves both treaties ----------------------------------------------------
run "France, both treaties, prospective (json)" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument untoc --instrument cybercrime --prospective --format json --as-of 2026-06-01 profiles/france.lua
for pair in "cybercrime:50.1 untoc:13.1" "cybercrime:52.2 untoc:14.2" "cybercrime:48#agreements untoc:19#agreements" "cybercrime:47.1.a untoc:27.1.a"; do
  set -- $pair
  sc=$(grep -A20 "^          \"id\": \"$1\"" "$TMP/out" | grep -m1 -o '"status": "[a-z_]*"')
  su=$(grep -A20 "^          \"id\": \"$2\"" "$TMP/out" | grep -m1 -o '"status": "[a-z_]*"')
  if [ -n "$sc" ] && [ "$sc" = "$su" ]; then ok "France: $1 and its twin $2 give the same finding ($sc)"; else fail "France: $1 ($sc) and $2 ($su) should agree" "$TMP/out"; fi
done
run "France, text: the shared evidence cited" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument cybercrime --prospective --as-of 2026-06-01 profiles/france.lua \
  && { has "50(1) met through the French enforcement of foreign orders" "$TMP/out" "^  \[met\] Cybercrime Convention art\. 50\(1\)"; \
       has "52(2) partly met, as UNTOC 14(2)" "$TMP/out" "^  \[partly met\] Cybercrime Convention art\. 52\(2\)"; \
       has "42(4) asked, not guessed" "$TMP/out" "^  \[unknown\] Cybercrime Convention art\. 42\(4\) \[preserve\]"; }

# ---- Arcadia: the reservation of 42(5) within its limits; endeavours shown ---------------------
run "Arcadia, prospective" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument cybercrime --prospective --as-of 2026-06-01 profiles/arcadia.lua \
  && { has "42(5) reservation within its limits: met" "$TMP/out" "^  \[met\] Cybercrime Convention art\. 42\(4\) \[no-dual-criminality\]"; \
       has "the reservation named" "$TMP/out" "Met through: reservation under art\. 42\(5\)"; \
       has "46 an endeavour: efforts shown, never a gap" "$TMP/out" "^  \[efforts shown\] Cybercrime Convention art\. 46 "; \
       has "49(1)(a): a domestic order on request does not give effect to a foreign order" "$TMP/out" "^  \[not met\] Cybercrime Convention art\. 49\(1\)\(a\)"; \
       has "50(1) met through option (a) all the same" "$TMP/out" "^  \[met\] Cybercrime Convention art\. 50\(1\)"; }

# ---- Borduria: beyond the reservation's limits, short periods, endeavours absent ---------------
run "Borduria, prospective" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument cybercrime --prospective --as-of 2026-06-01 profiles/borduria.lua \
  && { has "42(5) reservation beyond its limits, dual criminality required for every preservation: not met" "$TMP/out" "^  \[not met\] Cybercrime Convention art\. 42\(4\) \[no-dual-criminality\]"; \
       has "the excess said in words" "$TMP/out" "also refused for offences established under the Convention"; \
       has "42(8) 30 days: partly met" "$TMP/out" "^  \[partly met\] Cybercrime Convention art\. 42\(8\)"; \
       has "45(1) no effort: reported in its own terms" "$TMP/out" "^  \[no efforts shown\] Cybercrime Convention art\. 45\(1\)"; \
       hasnt "45(1) never a gap" "$TMP/out" "^  \[not met\] Cybercrime Convention art\. 45\(1\)"; }
run "Borduria, json: endeavours are no gaps" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument cybercrime --prospective --format json --as-of 2026-06-01 profiles/borduria.lua
if grep -A20 '^          "id": "cybercrime:45.1"' "$TMP/out" | grep -m1 '"gap"' | grep -q 'false'; then ok "45(1) not met is not a gap"; else fail "45(1) not met is not a gap" "$TMP/out"; fi

# ---- as of today the Convention binds no one ---------------------------------------------------
run "France as of a date, not prospective" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument cybercrime --instrument untoc --as-of 2026-06-01 profiles/france.lua \
  && has "50(1) not applicable: not in force" "$TMP/out" "^  \[not applicable\] Cybercrime Convention art\. 50\(1\)"

# ---- a twin is checked when the rules load -------------------------------------------------------
mkdir -p "$CO/packs" && cp -r "$RULES/cybercrime" "$RULES/untoc" "$RULES/schema" "$RULES/schema.lua" "$CO/packs/" 2>/dev/null
cp "$RULES"/*.lua "$CO/packs/" 2>/dev/null
sed -i 's|twin = "untoc:13.1",|twin = "untoc:13.99",|' "$CO/packs/cybercrime/art50.lua"
run "an unknown twin makes the rule invalid" 1 -- "$LEXGAP" rules --rules "$CO/packs" \
  && has "the twin named with the file and line" "$TMP/err" "art50\.lua:[0-9]+: obligation cybercrime:50\.1: names the twin 'untoc:13\.99', which no rule of untoc declares"
sed -i 's|twin = "untoc:13.99",|twin = "cybercrime:50.2",|' "$CO/packs/cybercrime/art50.lua"
run "a twin of the same instrument is refused" 1 -- "$LEXGAP" rules --rules "$CO/packs" \
  && has "not another instrument" "$TMP/err" "'cybercrime:50\.2' is not the id of an obligation of another instrument"

# ---- review-latea: 50(7) has no UNTOC twin; 47(1)(c) asks about data -----------------------------
# UNTOC 13(7) allows refusal because the offence is not covered, Cybercrime
# 50(7) for late evidence or minimal value: not the same duty, so no report
# shows one beside the other.
run "rules json: 50(7)" 0 -- "$LEXGAP" rules --rules "$RULES" --format json
if jq -e '.[] | select(.id == "cybercrime:50.7") | .serves == []' "$TMP/out" > /dev/null \
   && jq -e '.[] | select(.id == "cybercrime:50.6") | .serves == ["untoc:13.6"]' "$TMP/out" > /dev/null; then
  ok "50(7) serves no UNTOC obligation, 50(6) still its twin 13(6)"
else fail "50(7) named as the twin of UNTOC 13(7)" "$TMP/out"; fi
run "Arcadia, both packs, json" 2 -- "$LEXGAP" assess --rules "$RULES" --prospective --format json --as-of 2026-06-01 profiles/arcadia.lua
if jq -e '[.assessments[].findings[] | select(.id == "untoc:13.7") | (.served_by // [])[] | .id] == []' "$TMP/out" > /dev/null; then
  ok "UNTOC 13(7) shows no Cybercrime finding beside it"
else fail "UNTOC 13(7) shows a Cybercrime finding beside it" "$TMP/out"; fi
run "questionnaire: 47(1)(c)" 0 -- "$LEXGAP" questionnaire --rules "$RULES" --instrument cybercrime --format md \
  && has "47(1)(c) question names data" "$TMP/out" "quantities of substances \(UNTOC art\. 27\(1\)\(c\)\) or data \(Cybercrime Convention art\. 47\(1\)\(c\)\)"
