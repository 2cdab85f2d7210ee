# End-to-end tests of Directives 2004/81/EC (residence permits for victims of
# trafficking who cooperate) and 2004/82/EC (carriers' passenger data): the
# official texts, coverage, participation (recitals 13, 15, 16, 21, 22),
# deadlines, accession, withdrawal, and the findings on the bundled profiles
# (sourced by tests/e2e/run.sh, which defines run, has, hasnt, ok, fail and
# $LEXGAP, $RULES, $FIX, $TMP, $ROOT).

EUP=$ROOT/profiles
INS="--instrument eu-2004-81 --instrument eu-2004-82"

# ---- the official texts ----------------------------------------------------------------
for n in 80 81 82; do
  if [ -r "$ROOT/../shared/instruments/eu-dir-2004-$n.fr.txt" ]; then
    run "eu $n: texts import" 0 -- "$LEXGAP" texts import "$ROOT/../shared/instruments/eu-dir-2004-$n.fr.txt" --instrument eu-2004-$n --lang fr -o "$TMP/eu-$n.lua" \
      && { if cmp -s "$TMP/eu-$n.lua" "$RULES/eu-2004-$n/texts/fr.lua"; then ok "eu $n: the shipped text is what import makes of the official text"; \
           else fail "eu $n: rules/eu-2004-$n/texts/fr.lua differs from a fresh import"; fi; }
  fi
done
run "eu 81: texts show" 0 -- "$LEXGAP" texts show eu-2004-81:8.3 --rules "$RULES" --lang fr \
  && { has "eu 81: the provision's words" "$TMP/out" "valable pendant une période minimale de six mois"; \
       has "eu 81: its article's title" "$TMP/out" "Délivrance et renouvellement du titre de séjour"; }
run "eu 80: exceptions after the list" 0 -- "$LEXGAP" texts show eu-2004-80:11.1 --full --rules "$RULES" --lang fr \
  && { has "eu 80: « à l'exception i) » kept in 11(1)" "$TMP/out" "à l'exception i\) du texte intégral"; hasnt "eu 80: no chapter heading" "$TMP/out" "CHAPITRE"; }

run "eu 81: search the French text" 0 -- "$LEXGAP" search délai de réflexion --instrument eu-2004-81 --rules "$RULES" \
  && has "eu 81: art. 6(1) found" "$TMP/out" "eu-2004-81:6.1 — Délai de réflexion"

# ---- coverage: every provision addressed to Member States encoded ------------------------
for n in 81 82; do
  run "eu $n: coverage" 0 -- "$LEXGAP" coverage --rules "$RULES" --instrument eu-2004-$n \
    && { has "eu $n: no mandatory provision uncovered" "$TMP/out" "^Uncovered: mandatory, consider, endeavour \(0\)"; \
         has "eu $n: no optional provision uncovered" "$TMP/out" "^Uncovered: optional \(0\)"; \
         hasnt "eu $n: no rule at a level the text does not have" "$TMP/out" "^Levels that differ from the text"; }
done
run "eu 81: coverage json" 0 -- "$LEXGAP" coverage --rules "$RULES" --instrument eu-2004-81 --format json \
  && has "eu 81: art. 10(c) holds a duty to endeavour" "$TMP/out" '"eu-2004-81:10.c#family"'

# ---- participation: the recitals --------------------------------------------------------
"$LEXGAP" assess --rules "$RULES" $INS --as-of 2010-01-01 --format json "$EUP/eu-fictional-denmark.lua" > "$TMP/out.json" 2>/dev/null
run "eu: Denmark" 0 -- "$LEXGAP" assess --rules "$RULES" $INS --as-of 2010-01-01 "$EUP/eu-fictional-denmark.lua" \
  && { has "eu: Denmark, nothing applies" "$TMP/out" "^44 findings: 44 not applicable"; \
       has "eu 81: recital 22 quoted" "$TMP/out" "Recital 22: under the Protocol on the position of Denmark"; \
       has "eu 82: recital 13, implementation under international law" "$TMP/out.json" "which would bind it under international law, not as a directive"; }
run "eu: the United Kingdom in the transition period" 0 -- "$LEXGAP" assess --fail-on gap --rules "$RULES" $INS --as-of 2020-06-01 "$EUP/eu-fictional-united-kingdom.lua" \
  && { has "eu 81: the UK does not take part (recital 21)" "$TMP/out" "does not take part in Directive 2004/81/EC: Recital 21"; \
       has "eu 82: the UK takes part, bound" "$TMP/out" "\[met\] Directive 2004/82/EC art. 3\(1\)"; \
       has "eu 82: transition named" "$TMP/out" "Union law applies to it until 2020-12-31"; }
run "eu: the United Kingdom after the transition" 0 -- "$LEXGAP" assess --rules "$RULES" $INS --as-of 2021-01-01 --format json "$EUP/eu-fictional-united-kingdom.lua" \
  && { has "eu 82: not applicable after withdrawal" "$TMP/out" "Union law ceased to apply to it at the end of the transition period"; \
       hasnt "eu: nothing met or unknown after withdrawal" "$TMP/out" '"status": "(met|unknown|not_met|partly_met)"'; }

# ---- deadlines and accession -------------------------------------------------------------
run "eu: Poland between the deadlines" 2 -- "$LEXGAP" assess --rules "$RULES" $INS --as-of 2006-09-01 "$EUP/eu-fictional-poland.lua" \
  && { has "eu 81: bound, its act not yet in force" "$TMP/out" "\[not met\] Directive 2004/81/EC art. 3\(1\)"; \
       has "eu 81: the reason" "$TMP/out" "only from 2006-10-01"; \
       has "eu 82: not yet due" "$TMP/out" "Transposition of Directive 2004/82/EC is due on 2006-09-05"; }
run "eu: Poland after both deadlines" 2 -- "$LEXGAP" assess --rules "$RULES" $INS --as-of 2007-01-01 "$EUP/eu-fictional-poland.lua" \
  && { has "eu 81: a three-month permit is a gap" "$TMP/out" "\[partly met\] Directive 2004/81/EC art. 8\(3\) \[validity\]"; \
       has "eu 81: the months computed" "$TMP/out" "valid for only 3 months"; \
       has "eu 81: minors left out, art. 10 not applicable" "$TMP/out" "does not apply the directive to minors"; \
       has "eu 82: neither alternative of art. 4(1)" "$TMP/out" "\[partly met\] Directive 2004/82/EC art. 4\(1\)"; \
       has "eu 82: a deadline after check-in" "$TMP/out" "transmission by the end of check-in"; \
       has "eu 82: 48 hours" "$TMP/out" "deletion within 24 hours, not 48 h"; }
run "eu: Poland in French" 2 -- "$LEXGAP" assess --rules "$RULES" $INS --as-of 2007-01-01 --lang fr "$EUP/eu-fictional-poland.lua" \
  && { has "eu 81 (fr): validity" "$TMP/out" "n'est valable que 3 mois"; has "eu 81 (fr): the French text quoted" "$TMP/out" "période minimale de six mois"; }
run "eu: Croatia before accession" 0 -- "$LEXGAP" assess --rules "$RULES" $INS --as-of 2013-06-30 "$EUP/eu-fictional-croatia.lua" \
  && has "eu: Croatia not yet a member" "$TMP/out" "^44 findings: 44 not applicable"
run "eu: Croatia from accession" 2 -- "$LEXGAP" assess --rules "$RULES" $INS --as-of 2013-07-01 --format json "$EUP/eu-fictional-croatia.lua" \
  && { has "eu 82: alternative (b) named" "$TMP/out" '"id": "b"'; \
       has "eu 81: the 2008 report does not concern a State bound in 2013" "$TMP/out" "after the Commission's report under art. 16\(1\) was due"; \
       has "eu 82: no appeal is a gap" "$TMP/out" '"id": "eu-2004-82:5"'; }

# ---- France ----------------------------------------------------------------------------
run "eu: France" 0 -- "$LEXGAP" assess --fail-on gap --rules "$RULES" $INS --as-of 2026-01-01 profiles/france.lua \
  && { has "eu 81: France's 30-day reflection period" "$TMP/out" "The period lasts 30 days"; \
       has "eu 81: CESEDA cited" "$TMP/out" "art. L. 425-1"; \
       has "eu 82: the items asked, not guessed" "$TMP/out" "Which items of passenger information must carriers transmit"; \
       has "eu: transposition view for 2004/82" "$TMP/out" "^Transposition — Directive 2004/82/EC"; }

# ---- bad input: file, line and key ---------------------------------------------------------
printf 'return {\n  profile_format = 1,\n  state = { code = "TST", name = "T" },\n  describes_law_as_of = "2024-01-01",\n  victim_residence = {\n    permit_validity = { adopted = true, months = "six" },\n  },\n  carrier_data = { sanctions = { failures = { "late" } } },\n}\n' > "$TMP/eu-bad.lua"
run "eu: bad facts refused" 1 -- "$LEXGAP" assess --rules "$RULES" $INS "$TMP/eu-bad.lua" \
  && { has "eu: months must be an integer, with file, line and key" "$TMP/err" "eu-bad\.lua:6: victim_residence\.permit_validity\.months:"; \
       has "eu: failures named with a suggestion or the accepted values" "$TMP/err" "eu-bad\.lua:8: carrier_data\.sanctions\.failures\[1\]:"; }

# ---- an English rendering is labelled an unofficial translation, in every format ---------
U=$TMP/eu-unofficial-rules
mkdir -p "$U" && cp -r "$RULES"/. "$U"/
sed -i 's|^    fr = \[\[Les États membres appliquent la présente directive aux ressortissants|    en = [[Member States shall apply this Directive to third-country nationals who are, or have been, victims of offences related to the trafficking in human beings.]],\n&|' "$U/eu-2004-81/art03.lua"
grep -q "^    en = \[\[Member States shall apply" "$U/eu-2004-81/art03.lua" && ok "eu: a rule with an English rendering prepared" || fail "eu: could not add an English rendering to art03.lua"
PL="$EUP/eu-fictional-poland.lua"
run "eu: unofficial, text" 2 -- "$LEXGAP" assess --rules "$U" --instrument eu-2004-81 --as-of 2006-09-01 "$PL" \
  && { has "eu: text labels the English rendering" "$TMP/out" "Provision \(unofficial translation\): «Member States shall apply"; \
       has "eu: text, French quotes stay official when no rendering exists" "$TMP/out" "Provision \(text in fr\): «Les États membres garantissent"; }
run "eu: unofficial, markdown" 2 -- "$LEXGAP" assess --rules "$U" --instrument eu-2004-81 --as-of 2007-01-01 --format md "$PL" \
  && has "eu: markdown labels the English rendering" "$TMP/out" "\*\*Provision \(unofficial translation\)"
run "eu: unofficial, html" 2 -- "$LEXGAP" assess --rules "$U" --instrument eu-2004-81 --as-of 2007-01-01 --format html "$PL" \
  && has "eu: html labels the English rendering" "$TMP/out" "Provision \(unofficial translation\)</p><blockquote lang=\"en\"><p>Member States shall apply"
run "eu: unofficial, json" 2 -- "$LEXGAP" assess --rules "$U" --instrument eu-2004-81 --as-of 2007-01-01 --format json "$PL" \
  && { has "eu: json names the unofficial language" "$TMP/out" '"provision_text_unofficial": \[$|"provision_text_unofficial": \["en"\]'; \
       has "eu: json, official texts have none" "$TMP/out" '"provision_text_unofficial": \[\]'; }
run "eu: unofficial, French report" 2 -- "$LEXGAP" assess --rules "$U" --instrument eu-2004-81 --as-of 2007-01-01 --lang fr "$PL" \
  && hasnt "eu: the official French text is not labelled" "$TMP/out" "traduction non officielle"
run "eu: UNTOC texts are official" 2 -- "$LEXGAP" assess --rules "$RULES" --instrument untoc --as-of 2026-01-01 profiles/borduria.lua \
  && hasnt "eu: no label on UNTOC's English text" "$TMP/out" "unofficial translation"
