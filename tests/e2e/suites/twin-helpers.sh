# Twin duties of UNTOC and the Cybercrime Convention that share one helper of
# lx (docs/rules.md, "Twin duties"): they read the same national facts
# through the same logic, so a State bound by both (the Cybercrime Convention
# assessed prospectively) gets the same status from each twin, and the same
# option where the duty names one.  Sourced by tests/e2e/run.sh (run, has,
# ok, fail; $LEXGAP, $RULES, $ROOT, $TMP).

# twin_finding FILE ID: status, option id and English explanation of a finding
twin_finding() {
  jq -c --arg id "$2" '.assessments[0].findings[] | select(.id == $id)
                       | { status, option: (.option.id // null), en: .explanation.en }' "$1"
}

for tw_p in arcadia borduria france; do
  run "twins: $tw_p assessed prospectively" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 \
      --prospective --format json "$ROOT/profiles/$tw_p.lua" || continue
  cp "$TMP/out" "$TMP/twins-$tw_p.json"
  # 15(3) and 22(3): one helper, the same words, the same paragraph number
  tw_a=$(twin_finding "$TMP/twins-$tw_p.json" untoc:15.3)
  tw_b=$(twin_finding "$TMP/twins-$tw_p.json" cybercrime:22.3)
  if [ -n "$tw_a" ] && [ "$tw_a" = "$tw_b" ]; then ok "twins: $tw_p, 15(3) and 22(3) give the same finding"
  else fail "twins: $tw_p, 15(3) $tw_a but 22(3) $tw_b"; fi
  # the forms of liability (10(2), 18(2)) and "without prejudice" (10(3), 18(3)):
  # the same status and option; the sentences name each treaty's paragraph
  for tw_pair in "untoc:10.2 cybercrime:18.2" "untoc:10.3 cybercrime:18.3"; do
    read -r tw_u tw_c <<<"$tw_pair"
    tw_a=$(twin_finding "$TMP/twins-$tw_p.json" "$tw_u" | jq -c '{ status, option }')
    tw_b=$(twin_finding "$TMP/twins-$tw_p.json" "$tw_c" | jq -c '{ status, option }')
    if [ -n "$tw_a" ] && [ "$tw_a" = "$tw_b" ]; then ok "twins: $tw_p, $tw_u and $tw_c agree ($tw_a)"
    else fail "twins: $tw_p, $tw_u $tw_a but $tw_c $tw_b"; fi
  done
done
