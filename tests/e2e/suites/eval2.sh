# Evaluation's engine and library, second pass of issue 13's fifth round
# (sourced by tests/e2e/run.sh).
#
# The library's patterns give a text lx.t has just made to the finding as
# it is (no copy by ctx:met and the other result methods) only while the
# context's result method is the library's own.  A rule that puts its own
# ctx.met, ctx:partly, ctx:not_met or ctx:unknown on its context must still
# see it called by lx.measure_finding: tests/fixtures/eval2/overrides.lua
# replaces one method per rule with one that marks the explanation, on
# measures of every state of France and Borduria; every finding of that
# method's status is marked, and no other.
E2=$TMP/eval2
mkdir -p "$E2"
cp -R "$RULES" "$E2/rules"
cp "$FIX/eval2/overrides.lua" "$E2/rules/untoc/eval2-overrides.lua"
timeout 300 "$LEXGAP" assess --rules "$E2/rules" --instrument untoc --as-of 2026-01-01 --prospective --format json --fail-on none \
  "$ROOT/profiles/france.lua" "$ROOT/profiles/borduria.lua" 2> "$E2/err" \
  | jq -r '.assessments[].findings[] | select(.rule.file | endswith("/eval2-overrides.lua"))
           | [(.clause | split("-")[0]), .status, (.explanation.en | startswith("overridden "))] | @tsv' > "$E2/got.tsv"
# method (as the clause names it), status, marked: marked exactly when the
# status is the one the replaced method makes
awk -F'\t' 'BEGIN { s["met"] = "met"; s["partly"] = "partly_met"; s["notmet"] = "not_met"; s["unknown"] = "unknown" }
  { n++; want = ($2 == s[$1]) ? "true" : "false"; if ($3 != want) bad++; if ($3 == "true") marked[$1]++ }
  END { if (n != 104 || bad || !marked["met"] || !marked["partly"] || !marked["notmet"] || !marked["unknown"]) exit 1 }' "$E2/got.tsv"
if [ $? -eq 0 ]; then
  ok "eval2: a result method a rule puts on its context is called by the library's patterns"
else
  fail "eval2: a rule's own result method not called (or called for another status)" "$E2/got.tsv"
fi
