# End-to-end tests from the independent review of the EU directive packs
# (issue 15): the findings a ministry lawyer reads in the transposition view
# explain themselves there -- what falls short, the measures, the dates of
# notification, what an option means for the articles it switches on
# (sourced by tests/e2e/run.sh, which defines run, has, hasnt, ok, fail and
# $LEXGAP, $RULES, $FIX, $TMP, $ROOT).

EUR=$ROOT/profiles

run "eu review: Poland 2004/81 in Markdown" 2 -- "$LEXGAP" assess "$EUR/eu-fictional-poland.lua" --rules "$RULES" \
      --instrument eu-2004-81 --as-of 2024-01-01 --format md \
  && { has "eu review: the view's reason for 8(3) names the shortfall" "$TMP/out" \
         "^  - Why: National law provides for a residence permit valid for a minimum period .*falls short of the provision: a validity of at least six months .*valid for only 3 months"; \
       has "eu review: 3(3) not used says art. 10 does not bind" "$TMP/out" "Article 10 \(minors\) therefore does not bind the State"; \
       hasnt "eu review: no doubled word" "$TMP/out" "provides for for"; }

run "eu review: Poland 2004/80 in French" 2 -- "$LEXGAP" assess "$EUR/eu-fictional-poland.lua" --rules "$RULES" \
      --instrument eu-2004-80 --as-of 2024-01-01 --format md --lang fr \
  && { has "eu review: the measure named before the provision it transposes" "$TMP/out" \
         "Motif.{1,4}Le droit national \(State Compensation for Crime Victims Act 2006 \(fictional\)\) transpose le droit des demandeurs"; \
       has "eu review: 18(3) says which measure lacks the reference" "$TMP/out" \
         "Les mesures adoptées pour transposer la directive n'y font pas référence et n'en ont pas été accompagnées lors de leur publication officielle : State Compensation"; }

run "eu review: France 2004/82" 3 -- "$LEXGAP" assess "$EUR/france.lua" --rules "$RULES" --instrument eu-2004-82 --as-of 2024-01-01
has "eu review: 7(2) asks whether and when the measure was notified" "$TMP/out" \
  "does not say whether or when these measures were notified to the"
hasnt "eu review: a title ending in a full stop ends the sentence" "$TMP/out" "seq\.\.$"
