# What ctx:fact hands a rule (sourced by tests/e2e/run.sh; issue 13, eighth
# round: Ctx:fact returns a fact that is not a table without calling
# lx.readonly, and the declared list's memo holds its paths itself).
# tests/fixtures/view6/facts.lua reads facts of every kind, twice each, from
# the profile's views and from a plain table put in the context's place:
# their types, values, lengths, keys, writes refused, no metatable, the same
# view at the second read, and the evidence cited.  France, Arcadia and
# Borduria in one batch; tests/fixtures/view6/expected.tsv is what the
# engine before these changes gave, byte for byte.
V6=$TMP/view6
mkdir -p "$V6"
cp -R "$RULES" "$V6/rules"
cp "$FIX/view6/facts.lua" "$V6/rules/untoc/view6-facts.lua"
timeout 300 "$LEXGAP" assess --rules "$V6/rules" --instrument untoc --as-of 2026-01-01 --format json --fail-on none \
  "$ROOT/profiles/france.lua" "$ROOT/profiles/arcadia.lua" "$ROOT/profiles/borduria.lua" 2> "$V6/err" \
  | jq -r '.assessments[] | .profile.state_code as $s | .findings[] | select(.rule.file | endswith("/view6-facts.lua"))
           | [$s, .clause, .status, (.explanation.en // ""), (.error.message // ""), ([.evidence[]?.fact] | join(","))] | @tsv' \
  > "$V6/got.tsv"
if [ "$(wc -l < "$V6/got.tsv")" -eq 6 ] && cmp -s "$V6/got.tsv" "$FIX/view6/expected.tsv"; then
  ok "view6: ctx:fact hands out what it did, fact by fact, in a batch"
else
  diff "$FIX/view6/expected.tsv" "$V6/got.tsv" > "$V6/diff"
  fail "view6: ctx:fact hands out what it did, fact by fact, in a batch" "$V6/diff"
fi
