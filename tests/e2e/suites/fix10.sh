# Round ten's review of acct10, mended (sourced by tests/e2e/run.sh; issue
# 13, design.md "Round ten", fix10).
#
# Finding 2: a rule that runs lx._run twice (other values, then the
# engine's own) must not leave the offence list uncached for the rules
# after it.  tests/fixtures/fix10/offence-victim.lua, evaluated after
# tests/fixtures/hostile/offence-cache-reset.lua, asks for the offences
# 20,000 times: its finding must be the same with and without the hostile
# rule (on a872252 it ran out of its budget after it).
F10=$TMP/fix10
for with in without with; do
  rm -rf "$F10"; mkdir -p "$F10"; cp -R "$RULES" "$F10/rules"
  cp "$FIX/fix10/offence-victim.lua" "$F10/rules/untoc/zz-offence-victim.lua"
  [ $with = with ] && cp "$FIX/hostile/offence-cache-reset.lua" "$F10/rules/untoc/offence-cache-reset.lua"
  timeout 120 "$LEXGAP" assess --rules "$F10/rules" --instrument untoc --as-of 2026-01-01 --format json --fail-on none \
    "$ROOT/profiles/france.lua" 2>/dev/null \
    | jq -c '.assessments[].findings[] | select(.rule.file | endswith("/zz-offence-victim.lua")) | {status, explanation: .explanation.en, error: .error.message}' \
    > "$TMP/fix10-victim-$with"
done
if grep -q '"status":"met","explanation":"asked 20000 times: [1-9]' "$TMP/fix10-victim-without" \
   && cmp -s "$TMP/fix10-victim-without" "$TMP/fix10-victim-with"; then
  ok "fix10: a rule running lx._run twice leaves the offence list kept for the rules after it"
else
  fail "fix10: the victim's finding changes after a rule running lx._run twice"
  echo "     without: $(cut -c1-200 "$TMP/fix10-victim-without")"; echo "     with: $(cut -c1-200 "$TMP/fix10-victim-with")"
fi
