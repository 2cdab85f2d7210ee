# The UN Convention against Cybercrime pack: its text, its status (not in
# force: prospective assessment), the unofficial English rendering, and one
# report holding it beside UNTOC (issue 10, foundations).  Sourced by
# tests/e2e/run.sh.

CY=$TMP/cybercrime
mkdir -p "$CY"
SHARED=${LEXGAP_SHARED:-$ROOT/../shared/instruments}

# ---- the official French text as provisions ---------------------------------------------------
if [ -r "$SHARED/un-cybercrime-2024.fr.txt" ]; then
  run "cybercrime text import" 0 -- "$LEXGAP" texts import "$SHARED/un-cybercrime-2024.fr.txt" --instrument cybercrime --lang fr -o "$CY/fr.lua" \
    && { hasnt "no warning on the UN layout" "$TMP/err" "warning"; \
         if cmp -s "$CY/fr.lua" "$RULES/cybercrime/texts/fr.lua"; then ok "the shipped texts/fr.lua is the import of the official text"; \
         else fail "the shipped texts/fr.lua is the import of the official text"; fi; }
fi
run "an interpretative note" 0 -- "$LEXGAP" texts show cybercrime:note.3 --rules "$RULES" --lang fr \
  && { has "cited as a note" "$TMP/out" "^Convention sur la cybercriminalité, note interprétative 3"; \
       has "its words" "$TMP/out" "au titre de l'article 17 que lorsque l'infraction principale"; }
run "a heading in emphasis" 0 -- "$LEXGAP" texts show cybercrime:20 --rules "$RULES" --lang fr \
  && has "art. 20's title read from '*Article 20 / Prescription*'" "$TMP/out" "— Prescription \[fr\]"
run "cybercrime coverage" 0 -- "$LEXGAP" coverage --rules "$RULES" --instrument cybercrime \
  && { has "7(1) encoded" "$TMP/out" "art\. 7\(1\) +mandatory +encoded"; has "7(2) an option encoded with 7(1)" "$TMP/out" "art\. 7\(2\) +optional +encoded +cybercrime:7\.1"; \
       hasnt "definitions are no duty" "$TMP/out" "art\. 2\(a\) "; hasnt "notes are no duty" "$TMP/out" "Convention interpretative note [0-9]"; }

# ---- the descriptor: provisions open to reservation are checked --------------------------------
mkdir -p "$CY/packs" && cp -r "$RULES/cybercrime" "$CY/packs/cybercrime"
sed -i 's/open_to_reservation = { "cybercrime:11.1",/open_to_reservation = { "untoc:11.1",/' "$CY/packs/cybercrime/instrument.lua"
run "open_to_reservation checked" 1 -- "$LEXGAP" rules --rules "$CY/packs/cybercrime" \
  && { has "bad reference named with file, line and key" "$TMP/err" "instrument\.lua:$(grep -n 'open_to_reservation = ' "$CY/packs/cybercrime/instrument.lua" | cut -d: -f1): open_to_reservation: expected canonical references to provisions of \"cybercrime\" \(e\.g\. \"cybercrime:11\.1\"\)$"; \
       [ "$(grep -c 'expected canonical references' "$TMP/err")" = 1 ] && ok "open_to_reservation: said once" || fail "open_to_reservation: said once" "$TMP/err"; }
mkdir -p "$CY/limpacks" && cp -r "$RULES/cybercrime" "$CY/limpacks/cybercrime"
sed -i 's/limited_by_reservation = { "cybercrime:29",/limited_by_reservation = { "untoc:29",/' "$CY/limpacks/cybercrime/instrument.lua"
run "limited_by_reservation checked" 1 -- "$LEXGAP" rules --rules "$CY/limpacks/cybercrime" \
  && has "bad reference in limited_by_reservation named with file, line and key" "$TMP/err" "instrument\.lua:$(grep -n 'limited_by_reservation = ' "$CY/limpacks/cybercrime/instrument.lua" | cut -d: -f1): limited_by_reservation: expected canonical references to provisions of \"cybercrime\" \(e\.g\. \"cybercrime:11\.1\"\)$"

# ---- not in force: as of a date, a signatory is not bound ---------------------------------------
run "France as of 2026-12-01" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-12-01 profiles/france.lua \
  && { has "the Convention is not yet in force" "$TMP/out" "Cybercrime Convention is not yet in force; a"; \
       has "its findings not applicable" "$TMP/out" "^  \[not applicable\] Cybercrime Convention art\. 7\(1\)"; \
       hasnt "nothing labelled prospective" "$TMP/out" "prospective: not yet binding"; }

# ---- --prospective: assessed as if bound, and labelled so in every format -----------------------
run "Borduria prospective (text)" 2 -- "$LEXGAP" assess --rules "$RULES" --prospective --as-of 2026-12-01 profiles/borduria.lua \
  && { has "a finding labelled prospective" "$TMP/out" "^  \[partly met\] Cybercrime Convention art\. 7\(1\) — Illegal access \(mandatory; prospective: not yet binding\)"; \
       hasnt "UNTOC, binding, not labelled" "$TMP/out" "\] UNTOC art\. [0-9().a-z]+ — .*prospective"; \
       has "the allowed element explained" "$TMP/out" "requires a material"; \
       has "the English rendering labelled" "$TMP/out" "Provision \(unofficial translation\): «Each State Party"; \
       has "not met: no interception offence" "$TMP/out" "^  \[not met\] Cybercrime Convention art\. 8\(1\)"; }
run "Borduria prospective (French)" 2 -- "$LEXGAP" assess --rules "$RULES" --prospective --lang fr --as-of 2026-12-01 profiles/borduria.lua \
  && { has "labelled in French" "$TMP/out" "\(impérative ; prospectif : pas encore obligatoire\)|\(impérative; prospectif : pas encore obligatoire\)"; \
       has "the official text, unlabelled" "$TMP/out" "Disposition.{1,4}«Chaque État partie adopte"; hasnt "French never called a translation" "$TMP/out" "traduction non officielle"; }
run "Borduria prospective (md)" 2 -- "$LEXGAP" assess --rules "$RULES" --prospective --format md --as-of 2026-12-01 profiles/borduria.lua \
  && { has "md: prospective" "$TMP/out" "prospective: not yet binding"; has "md: unofficial translation" "$TMP/out" "\*\*Provision \(unofficial translation\)"; }
run "Borduria prospective (html)" 2 -- "$LEXGAP" assess --rules "$RULES" --prospective --format html --as-of 2026-12-01 profiles/borduria.lua \
  && { has "html: prospective" "$TMP/out" "prospective: not yet binding"; has "html: unofficial translation" "$TMP/out" "Provision \(unofficial translation\)"; }
run "Borduria prospective (json)" 2 -- "$LEXGAP" assess --rules "$RULES" --prospective --format json --as-of 2026-12-01 profiles/borduria.lua \
  && { has "json: binding prospective" "$TMP/out" '"binding": "prospective"'; has "json: UNTOC bound beside it" "$TMP/out" '"binding": "bound"'; \
       has "json: English marked unofficial" "$TMP/out" '"provision_text_unofficial": \[$'; has "json: UNTOC's texts official" "$TMP/out" '"provision_text_unofficial": \[\]'; }
run "Borduria prospective (csv)" 2 -- "$LEXGAP" assess --rules "$RULES" --prospective --format csv --as-of 2026-12-01 profiles/borduria.lua \
  && { has "csv: prospective column" "$TMP/out" "^state_code,.*,warnings,scope,due,national_measures,prospective[[:space:]]*$"; \
       has "csv: cybercrime rows prospective" "$TMP/out" "^BOR,Borduria,2026-12-01,cybercrime,cybercrime:7\.1,.*,yes[[:space:]]*$"; \
       has "csv: UNTOC rows beside them, bound" "$TMP/out" "^BOR,Borduria,2026-12-01,untoc,untoc:5\.1\.a,.*,no[[:space:]]*$"; }

# ---- one report, both treaties, in every format; the store, history, diff and matrix -------------
CDB=$CY/db.sqlite
run "save prospective" 2 -- "$LEXGAP" assess --rules "$RULES" --prospective --as-of 2026-12-01 --save --db "$CDB" profiles/france.lua
run "save as of a date" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-12-02 --save --db "$CDB" profiles/france.lua
run "history of both" 0 -- "$LEXGAP" history --db "$CDB" FRA \
  && { has "history: prospective run labelled" "$TMP/out" "cybercrime (C|LC|PC|NC|--) \(prospective\).*, untoc "; \
       has "history: the later run not" "$TMP/out" "cybercrime N/A, .*untoc "; }
run "diff of both" 0 -- "$LEXGAP" diff --db "$CDB" FRA~1 FRA \
  && { has "diff: the first run prospective" "$TMP/out" "^Ratings: cybercrime [A-Z/-]+ \(prospective\)"; \
       has "diff: cybercrime findings changed" "$TMP/out" "cybercrime:7\.1 +met -> not_applicable"; }
run "matrix of both" 0 -- "$LEXGAP" matrix --db "$CDB" \
  && { has "matrix: cybercrime rows" "$TMP/out" "^cybercrime:7 "; has "matrix: UNTOC rows" "$TMP/out" "^untoc:5 "; }
# the matrix shows each State's run with the latest as-of date: a prospective one after the others
"$LEXGAP" assess --rules "$RULES" --prospective --as-of 2026-12-03 --save --db "$CDB" profiles/france.lua >/dev/null 2>&1
run "matrix csv labels prospective" 0 -- "$LEXGAP" matrix --db "$CDB" --format csv \
  && has "matrix csv: ratings column" "$TMP/out" "^FRA,France,[0-9]+,2026-12-03,.*\"cybercrime [A-Z/-]+ \(prospective\).*, untoc [A-Z/-]+.*\"[[:space:]]*$"
run "matrix json labels prospective" 0 -- "$LEXGAP" matrix --db "$CDB" --format json \
  && has "matrix json: ratings" "$TMP/out" '"ratings": "cybercrime [A-Z/-]+ \(prospective\).*untoc'

# ---- test cases assessed prospectively ---------------------------------------------------------
mkdir -p "$CY/packs2" && cp -r "$RULES/cybercrime" "$CY/packs2/cybercrime"
cat > "$CY/packs2/cybercrime/tests/zz-bad.lua" <<'CASES'
return {
  { name = "prospective misspelt", prospective = "yes", expect = { ["cybercrime:7.1"] = "unknown" } },
  { name = "without prospective the Convention binds no one", expect = { ["cybercrime:7.1"] = "unknown" } },
}
CASES
run "lexgap test: prospective checked" 1 -- "$LEXGAP" test --rules "$CY/packs2/cybercrime" \
  && { has "a non-boolean prospective named with its line" "$TMP/out" "zz-bad\.lua:2: case 'prospective misspelt': line 2: prospective: write true or false"; \
       has "a case not assessed prospectively is not applicable" "$TMP/out" "case 'without prospective the Convention binds no one': line 3: cybercrime:7\.1: expected unknown, got not_applicable"; }
