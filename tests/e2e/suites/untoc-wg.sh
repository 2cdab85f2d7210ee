# Good practice of the UNTOC Working Group on International Cooperation
# (issue 12): the untoc-wg pack, its coverage of the paper, good-practice
# findings in their own part and beside the UNTOC obligation they serve in
# every format, never a gap and never rated, the unofficial English
# renderings, `serves` checked when a pack loads, and the store keeping it
# all.  Sourced by tests/e2e/run.sh.

W=$TMP/untoc-wg
mkdir -p "$W"
PAPER=$ROOT/../shared/instruments/untoc-wg-international-cooperation.fr.txt

# ---- the pack: its own tests, its text, its coverage ------------------------------------
run "wg: pack tests" 0 -- "$LEXGAP" test --rules "$RULES/untoc-wg" -v \
  && { has "wg: a followed case" "$TMP/out" "^ok .*untoc-wg:35\.b: followed"
       has "wg: a not-applicable case (not a UNTOC party)" "$TMP/out" "^ok .*untoc-wg:15: not applicable, the State is not \(yet\) a party to UNTOC"
       has "wg: every case passes" "$TMP/out" "^[0-9]+ passed, 0 failed"; }
if [ -f "$PAPER" ]; then
  run "wg: the paper parses as numbered paragraphs" 0 -- "$LEXGAP" texts import "$PAPER" --instrument untoc-wg --lang fr -o "$W/fr.lua" \
    && { if cmp -s "$W/fr.lua" "$RULES/untoc-wg/texts/fr.lua"; then ok "wg: texts/fr.lua is the paper, regenerated"; else fail "wg: texts/fr.lua differs from a fresh import"; fi
         has "wg: 43 paragraphs, 58 provisions" "$TMP/err" "43 articles, 58 provisions"
         hasnt "wg: footnotes skipped" "$W/fr.lua" "Voir également le Manuel"
         hasnt "wg: headings skipped" "$W/fr.lua" "Première réunion, tenue en 2006"
         has "wg: an item keyed by paragraph and letter" "$W/fr.lua" '\["untoc-wg:35\.b"\] = "Les États devraient aider les autorités centrales'
         has "wg: words across a page break joined" "$W/fr.lua" "de la Conférence et conformément aux mesures précises"; }
fi
run "wg: coverage" 0 -- "$LEXGAP" coverage --rules "$RULES" --instrument untoc-wg \
  && { has "wg: nothing uncovered" "$TMP/out" "^Uncovered: mandatory, consider, endeavour \(0\)"
       has "wg: no optional uncovered" "$TMP/out" "^Uncovered: optional \(0\)"
       has "wg: left out with reasons" "$TMP/out" "^Not encoded on purpose \(32\)"
       has "wg: a request to the Secretariat left out" "$TMP/out" "para\. 29 .*a request to the Secretariat"
       has "wg: a paragraph covered in its parts" "$TMP/out" "UNTOC WG para\. 35 .*in its parts"; }

# ---- France: beside the UNTOC article, in its own part, never a gap -------------------
run "wg: france text" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 "$ROOT/profiles/france.lua" \
  && { cp "$TMP/out" "$W/france.txt"
       if awk '/^  \[.*\] UNTOC art\. 18\(18\) —/ { on = 1; next } on && /^  \[/ { exit } on && /Good practice: \[followed\] UNTOC WG para\. 15 /' "$W/france.txt" | grep -q .; then
         ok "wg: france: videoconference good practice beside art. 18(18)"
       else fail "wg: france: no good practice beside art. 18(18)" "$W/france.txt"; fi
       has "wg: france: its own part" "$TMP/out" "^Good practice: non-binding recommendations, followed or advised"
       has "wg: france: followed" "$TMP/out" "^  \[followed\] UNTOC WG para\. 15 — "
       has "wg: france: partly followed (return and sharing of assets)" "$TMP/out" "^  \[partly followed\] UNTOC WG para\. 23 — "
       has "wg: france: unknown, with the question" "$TMP/out" "Has the central authority published clear guidelines"
       has "wg: france: not applicable (extradites without a treaty)" "$TMP/out" "^  \[not applicable\] UNTOC WG para\. 14\(a\) — "
       has "wg: france: the adopting body named" "$TMP/out" "Conference decision 3/2"
       has "wg: france: English rendering labelled" "$TMP/out" "Provision \(unofficial translation\): «The Working Group encouraged"
       has "wg: france: the official French beside it" "$TMP/out" "Official text \(fr\): «Le Groupe de travail a encouragé"
       hasnt "wg: france: no good-practice finding among the gaps" "$TMP/out" "^  - UNTOC WG"
       hasnt "wg: france: no rating of the paper" "$TMP/out" "UNTOC WG: (C|LC|PC|NC|N/A|--) "; }
run "wg: france untoc alone" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument untoc --as-of 2026-01-01 --format summary "$ROOT/profiles/france.lua" \
  && grep -E "^  UNTOC: |^[0-9]+ gaps:" "$TMP/out" > "$W/nountoc"
run "wg: france with the paper" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --format summary "$ROOT/profiles/france.lua" \
  && { grep -E "^  UNTOC: |^[0-9]+ gaps:" "$TMP/out" > "$W/with"
       if diff -q "$W/nountoc" "$W/with" >/dev/null && [ -s "$W/nountoc" ]; then ok "wg: the UNTOC rating and gaps are the same with the paper loaded"
       else fail "wg: the UNTOC rating or gaps change with the paper" "$W/with"; fi; }
run "wg: france in French" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --lang fr "$ROOT/profiles/france.lua" \
  && { has "wg: fr: beside the article" "$TMP/out" "Bonne pratique.{1,4}: \[suivie\] GT CTO, par\. 15 — "
       has "wg: fr: the French text quoted, unlabelled" "$TMP/out" "Disposition.{1,4}: «Le Groupe de travail a encouragé"
       hasnt "wg: fr: no unofficial label on the official French" "$TMP/out" "Disposition \(traduction non officielle\).{1,4}: «Le Groupe"; }

# ---- every format ---------------------------------------------------------------------
run "wg: md" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --format md "$ROOT/profiles/france.lua" \
  && { has "wg: md: beside the article" "$TMP/out" "^- Good practice: \\\\\[followed\\\\\] UNTOC WG para\. 15 — "
       has "wg: md: counts apart" "$TMP/out" "^[0-9]+ findings: .*; 4 gaps; 20 good-practice recommendations: 8 followed, 1 partly followed, 10 unknown, 1 not applicable$"
       has "wg: md: its own part" "$TMP/out" "^## Good practice: non-binding recommendations"
       has "wg: md: level in good-practice terms" "$TMP/out" "\*\*Status:\*\* not followed \(advised\)|\*\*Status:\*\* followed · \*\*Level:\*\* good practice, not binding"
       has "wg: md: unofficial translation" "$TMP/out" "Provision \(unofficial translation\)"; }
run "wg: html" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --format html "$ROOT/profiles/france.lua" \
  && { has "wg: html: beside the article, linked" "$TMP/out" '<li class="good-practice"><a href="#f-untoc-wg-15">Good practice: \[followed\] UNTOC WG para\. 15'
       has "wg: html: its own part" "$TMP/out" 'id="good-practice"'
       has "wg: html: unofficial translation" "$TMP/out" "Provision \(unofficial translation\)"
       has "wg: html: the official French beside it" "$TMP/out" 'Official text \(fr\)</p><blockquote lang="fr">'; }
run "wg: json" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --format json "$ROOT/profiles/france.lua" \
  && { has "wg: json: served_by on the UNTOC finding" "$TMP/out" '"id": "untoc-wg:15",'
       has "wg: json: the status of the practice" "$TMP/out" '"practice_status": "met"'
       has "wg: json: serves on the recommendation" "$TMP/out" '"serves": \[$'
       has "wg: json: good practice flagged" "$TMP/out" '"good_practice": true'
       if tr -d ' \n' < "$TMP/out" | grep -q '"scope":"instrument","instrument":"untoc-wg"'; then fail "wg: json: the paper is rated"
       else ok "wg: json: no rating of the paper"; fi
       has "wg: json: English labelled unofficial" "$TMP/out" '"provision_text_unofficial": \[$'
       if tr -d ' \n' < "$TMP/out" | grep -q '"instrument":"untoc-wg"[^}]*"gap":true'; then fail "wg: json: a recommendation marked as a gap"
       else ok "wg: json: no recommendation is a gap"; fi; }
run "wg: csv" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --format csv "$ROOT/profiles/france.lua" \
  && { has "wg: csv: header" "$TMP/out" "evidence,serves,served_by,rule_file"
       has "wg: csv: beside the UNTOC row" "$TMP/out" "^FRA,France,2026-01-01,untoc,untoc:18\.18,.*Good practice: \[followed\] UNTOC WG para\. 15 — "
       has "wg: csv: the recommendation names what it serves" "$TMP/out" "^FRA,France,2026-01-01,untoc-wg,untoc-wg:15,.*,untoc:18\.18,,[^,]*untoc-wg/meeting-2008\.lua,"
       hasnt "wg: csv: no recommendation is a gap" "$TMP/out" "^FRA,France,2026-01-01,untoc-wg,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,yes,"; }
run "wg: only gaps html" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --only gaps --format html "$ROOT/profiles/france.lua" \
  && { has "wg: only gaps html: still beside the article" "$TMP/out" '<li class="good-practice">Good practice: '
       hasnt "wg: only gaps html: no link to the part it leaves out" "$TMP/out" 'href="#f-untoc-wg'; }
run "wg: only gaps leaves good practice out" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --only gaps "$ROOT/profiles/france.lua" \
  && hasnt "wg: only gaps: no good-practice part" "$TMP/out" "^Good practice: non-binding"

# ---- the other statuses: Arcadia, Borduria, Borduria before it was a party ----------------
run "wg: arcadia" 0 -- "$LEXGAP" assess --rules "$RULES" --fail-on none --as-of 2026-01-01 "$ROOT/profiles/arcadia.lua" \
  && has "wg: arcadia: partly followed (statistics not published)" "$TMP/out" "^  \[partly followed\] UNTOC WG para\. 35\(c\) — "
run "wg: borduria" 0 -- "$LEXGAP" assess --rules "$RULES" --fail-on none --format md --as-of 2026-01-01 "$ROOT/profiles/borduria.lua" \
  && { has "wg: borduria: not followed, advised" "$TMP/out" "^#### UNTOC WG para\. 35\(b\) — .*|Status:\*\* not followed \(advised\)"
       has "wg: borduria: the advice in words" "$TMP/out" "Not followed: the Working Group on International Cooperation .* recommends it, and the State is advised"
       hasnt "wg: borduria: never called a gap or breach" "$TMP/out" "Status:\*\* (not met|partly met) · \*\*Level:\*\* good practice"; }
run "wg: borduria 2005" 0 -- "$LEXGAP" assess --rules "$RULES" --fail-on none --as-of 2005-01-01 "$ROOT/profiles/borduria.lua" \
  && has "wg: borduria 2005: not applicable, not a UNTOC party" "$TMP/out" "The State is not a party to UNTOC at the assessment date; this recommendation"

# ---- a saved report keeps it ----------------------------------------------------------
run "wg: save" 2 -- "$LEXGAP" assess --rules "$RULES" --db "$W/s.db" --as-of 2026-01-01 --save "$ROOT/profiles/france.lua"
run "wg: show" 0 -- "$LEXGAP" show --db "$W/s.db" FRA \
  && { has "wg: show: beside the article" "$TMP/out" "Good practice: \[followed\] UNTOC WG para\. 15 — "
       has "wg: show: its own part" "$TMP/out" "^Good practice: non-binding recommendations"; }

run "wg: rules json" 0 -- "$LEXGAP" rules --rules "$RULES" --instrument untoc-wg --format json \
  && { has "wg: rules json: serves" "$TMP/out" '"untoc:18\.18"'
       has "wg: rules json: good practice" "$TMP/out" '"good_practice": true'; }

# ---- serves and soft-law levels are checked when a pack loads ----------------------------
mkdir -p "$W/packs/softdemo"
cat > "$W/packs/softdemo/instrument.lua" <<'LUA'
return { id = "softdemo", title = { en = "Soft demo" }, kind = "soft_law", official_languages = { "fr" } }
LUA
cat > "$W/packs/softdemo/recs.lua" <<'LUA'
obligation {
  ref = "softdemo:1", level = "mandatory",
  title = { en = "A recommendation" }, category = "cooperation",
  text = { fr = [[Les États devraient coopérer.]], en = [[States should cooperate.]] },
  serves = { "not a reference" },
  facts = {},
  check = function(ctx) return ctx:met({ en = "yes", fr = "oui" }) end,
}
LUA
run "wg: bad serves and level refused" 1 -- "$LEXGAP" rules --rules "$W/packs" \
  ; { has "wg: soft law at level optional only" "$TMP/err" "recs\.lua:[0-9]+: .*soft-law instrument binds no one"
      has "wg: serves names an obligation" "$TMP/err" "recs\.lua:[0-9]+: .*'not a reference' is not the id of an obligation of another instrument"; }

# ---- party status from UNTOC's descriptor, with the untoc-wg pack alone (ctx:bound_by) ----
# Whether a State is one of the parties a recommendation is made to
# (presupposes = "untoc") is the engine's decision from rules/untoc/instrument.lua,
# read even when UNTOC's rules are not loaded; the library holds no copy of its terms.
wg_status() {   # wg_status FILE ID: the status of finding ID in the JSON report FILE
  jq -r --arg id "$2" '.assessments[0].findings[] | select(.id == $id) | .status' "$1"
}
cat > "$W/unrecorded.lua" <<'LUA'
return {
  profile_format = 1,
  state = { code = "TST", name = "Testland" },
  describes_law_as_of = "2024-01-01",
  cooperation_practice = { direct_contacts = { adopted = true, source = "Central Authority Circular 3/2009, s. 2" } },
}
LUA
run "wg: alone, party status not recorded" 0 -- "$LEXGAP" assess --rules "$RULES" --instrument untoc-wg --as-of 2024-01-01 \
    --format json --fail-on none "$W/unrecorded.lua" \
  && { cp "$TMP/out" "$W/unrecorded.json"
       if [ "$(wg_status "$W/unrecorded.json" untoc-wg:11)" = met ]; then ok "wg: alone: no parties.untoc: assessed as if a party (para. 11 followed)"
       else fail "wg: alone: no parties.untoc: para. 11 is $(wg_status "$W/unrecorded.json" untoc-wg:11), expected met" "$W/unrecorded.json"; fi
       hasnt "wg: alone: no parties.untoc: nothing not applicable as not a party" "$W/unrecorded.json" "not a party to UNTOC"
       hasnt "wg: alone: no error" "$W/unrecorded.json" '"status": ?"error"'; }
for d in 2011-04-12:not_applicable 2011-04-13:not_met; do   # para. 11 not followed once a party
  run "wg: alone, borduria ${d%%:*}" 0 -- "$LEXGAP" assess --rules "$RULES" --instrument untoc-wg --as-of "${d%%:*}" \
      --format json --fail-on none "$ROOT/profiles/borduria.lua" \
    && { got=$(wg_status "$TMP/out" untoc-wg:11)
         if [ "$got" = "${d#*:}" ]; then ok "wg: alone: borduria (deposit 2011-03-14) as of ${d%%:*}: para. 11 ${d#*:}"
         else fail "wg: alone: borduria as of ${d%%:*}: para. 11 is $got, expected ${d#*:}" "$TMP/out"; fi; }
done
# The descriptor decides: UNTOC's in a copy of the rules made to enter into force
# 60 days after a deposit, and the untoc-wg pack alone follows it.
cp -R "$RULES" "$W/rules60"
sed -i 's/^  days_after_deposit = 30,$/  days_after_deposit = 60,/' "$W/rules60/untoc/instrument.lua"
if grep -q '^  days_after_deposit = 60,$' "$W/rules60/untoc/instrument.lua"; then
  for d in 2011-05-12:not_applicable 2011-05-13:not_met; do
    run "wg: 60 days, ${d%%:*}" 0 -- "$LEXGAP" assess --rules "$W/rules60" --instrument untoc-wg --as-of "${d%%:*}" \
        --format json --fail-on none "$ROOT/profiles/borduria.lua" \
      && { got=$(wg_status "$TMP/out" untoc-wg:11)
           if [ "$got" = "${d#*:}" ]; then ok "wg: alone: a descriptor saying 60 days: as of ${d%%:*} para. 11 ${d#*:}"
           else fail "wg: alone: a descriptor saying 60 days: as of ${d%%:*} para. 11 is $got, expected ${d#*:}" "$TMP/out"; fi; }
  done
else fail "wg: the copy of UNTOC's descriptor was not changed"; fi
# No descriptor of the instrument presupposed: an error of each rule that
# presupposes it, naming the rule, its file and line; the others still run.
mkdir -p "$W/rules-nountoc"
cp -R "$RULES/untoc-wg" "$RULES/schema.lua" "$RULES/schema" "$W/rules-nountoc/"
run "wg: no UNTOC descriptor (rule errors: exit 1)" 1 -- "$LEXGAP" assess --rules "$W/rules-nountoc" --as-of 2024-01-01 --format json --fail-on none "$W/unrecorded.lua" \
  && { cp "$TMP/out" "$W/rules-nountoc.json"
       if [ "$(wg_status "$W/rules-nountoc.json" untoc-wg:11)" = error ]; then ok "wg: no UNTOC descriptor: para. 11 is an error"
       else fail "wg: no UNTOC descriptor: para. 11 is $(wg_status "$W/rules-nountoc.json" untoc-wg:11), expected error" "$W/rules-nountoc.json"; fi
       has "wg: no UNTOC descriptor: the message names the rule and the missing descriptor" "$W/rules-nountoc.json" \
         "rule untoc-wg:11 asks whether the State is bound by untoc: no instrument 'untoc': no descriptor [^\"]*/untoc/instrument\.lua"
       if [ "$(jq -r '.assessments[0].findings[] | select(.id == "untoc-wg:11") | .error.file' "$W/rules-nountoc.json")" = "$W/rules-nountoc/untoc-wg/meeting-2006.lua" ]; then
         ok "wg: no UNTOC descriptor: the error names the rule file"
       else fail "wg: no UNTOC descriptor: the error names another file" "$W/rules-nountoc.json"; fi
       if [ "$(wg_status "$W/rules-nountoc.json" untoc-wg:10)" = met ] || [ "$(wg_status "$W/rules-nountoc.json" untoc-wg:10)" = unknown ]; then
         ok "wg: no UNTOC descriptor: para. 10 (no presupposes) still assessed"
       else fail "wg: no UNTOC descriptor: para. 10 is $(wg_status "$W/rules-nountoc.json" untoc-wg:10)" "$W/rules-nountoc.json"; fi; }
# A directive whose pack is not loaded answers from the Member States of
# eu-members.lua (the rules folder's, else the default rules folder's), as
# when its pack is loaded: which packs --instrument chose changes nothing
# (until fixe1 Poland was not bound unless a directive was loaded beside).
wg_said() {   # wg_said FILE ID: what finding ID's explanation starts with
  jq -r --arg id "$2" '.assessments[0].findings[] | select(.id == $id) | .explanation.en | split(" ")[0]' "$1"
}
mywg() {      # mywg DIR: a soft-law pack in DIR/mywg saying what bound_by answers of 2004/80/EC
  mkdir -p "$1/mywg"
  echo 'return { id = "mywg", title = { en = "P", fr = "P" }, kind = "soft_law" }' > "$1/mywg/instrument.lua"
  cat > "$1/mywg/rules.lua" <<'LUA'
obligation { ref = "mywg:1", level = "optional", title = { en = "t", fr = "t" }, category = "cooperation",
  text = { en = "p" }, facts = {},
  check = function(ctx) return ctx:met(tostring(ctx:bound_by("eu-2004-80"))) end }
LUA
}
cp -R "$RULES" "$W/rules-eu"
mywg "$W/rules-eu"
mkdir -p "$W/packs-eu"                 # a folder of packs alone: no eu-members.lua of its own
cp -R "$RULES/eu-2004-80" "$W/packs-eu/"
mywg "$W/packs-eu"
for dir in rules-eu packs-eu; do
  for case in eu-fictional-poland:2024-01-01:true eu-fictional-poland:2004-04-30:false eu-fictional-united-kingdom:2024-01-01:false; do
    p=${case%%:*}; rest=${case#*:}; d=${rest%%:*}; want=${rest#*:}
    for only in "--instrument mywg" "--instrument mywg --instrument eu-2004-80"; do
      run "wg: $dir, $p as of $d, $only" 0 -- "$LEXGAP" assess --rules "$W/$dir" $only --as-of "$d" \
          --format json --fail-on none "$ROOT/profiles/$p.lua" \
        && { got=$(wg_said "$TMP/out" mywg:1)
             if [ "$got" = "$want" ]; then ok "wg: $dir: bound_by('eu-2004-80') for $p as of $d with $only: $want"
             else fail "wg: $dir: bound_by('eu-2004-80') for $p as of $d with $only: $got, expected $want" "$TMP/out"; fi; }
    done
  done
done
