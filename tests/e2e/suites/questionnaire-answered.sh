# The Cybercrime Convention's questionnaire asks only what a profile filled
# for UNTOC has not answered (sourced by tests/e2e/run.sh).  Named after the
# first, an instrument is already answered: the facts its rules read are left
# out, the others kept.
QA=$TMP/questionnaire-answered
mkdir -p "$QA"
run "questionnaire: cybercrime alone" 0 -- "$LEXGAP" questionnaire --rules "$RULES" --instrument cybercrime -o "$QA/all.lua" \
  && has "questionnaire: alone, UNTOC's confiscation facts asked" "$QA/all.lua" "^    -- instrumentalities = "
run "questionnaire: cybercrime after untoc" 0 -- "$LEXGAP" questionnaire --rules "$RULES" --instrument cybercrime --instrument untoc -o "$QA/rest.lua" \
  && { hasnt "questionnaire: after untoc, UNTOC's confiscation facts not asked again" "$QA/rest.lua" "^    -- instrumentalities = "
       has "questionnaire: after untoc, the Convention's own facts kept" "$QA/rest.lua" "^    -- preservation = "
       has "questionnaire: after untoc, says what it leaves out" "$QA/rest.lua" "Leaves out the facts the rules of UNTOC already ask"
       has "questionnaire: after untoc, how it was produced" "$QA/rest.lua" "--instrument cybercrime --instrument untoc"
       all=$(grep -c "^ *-- [a-z_]* = " "$QA/all.lua"); rest=$(grep -c "^ *-- [a-z_]* = " "$QA/rest.lua")
       if [ "$rest" -lt "$all" ] && [ "$rest" -gt 0 ]; then ok "questionnaire: fewer questions after untoc ($rest of $all)"; else fail "questionnaire: $rest of $all questions after untoc"; fi; }
run "questionnaire: after untoc, the blank profile assesses" 3 -- "$LEXGAP" assess --rules "$RULES" --instrument cybercrime --prospective "$QA/rest.lua"
run "questionnaire: md after untoc" 0 -- "$LEXGAP" questionnaire --rules "$RULES" --instrument cybercrime --instrument untoc --format md \
  && has "questionnaire: md says what it leaves out" "$TMP/out" "Leaves out the facts the rules of UNTOC already ask"
