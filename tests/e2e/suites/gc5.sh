# The collector between the evaluations of a batch (sourced by
# tests/e2e/run.sh; issue 13).
#
# assess runs a full collection between two evaluations when the Lua heap
# holds more than twice what the last one left (sandbox_between_evaluations).
# It changes no value a rule can see: in a batch of twelve, each profile's
# report is the one it has alone; rules that make 48 MiB of garbage a call,
# or replace 6 MiB they hold, meet their budgets for every profile, and
# every other finding is the one the batch gives without them.
GC=$TMP/gc5
mkdir -p "$GC"
cp -R "$RULES" "$GC/rules"
P1=$ROOT/profiles/france.lua P2=$ROOT/profiles/arcadia.lua P3=$ROOT/profiles/borduria.lua
gc_assess() {   # gc_assess RULES OUT PROFILE...: the JSON report to OUT
  local rules=$1 out=$2; shift 2
  timeout 300 "$LEXGAP" assess --rules "$rules" --as-of 2026-01-01 --fail-on none --format json "$@" > "$out" 2> "$GC/err"
}
set -- "$P1" "$P2" "$P3" "$P1" "$P2" "$P3" "$P1" "$P2" "$P3" "$P1" "$P2" "$P3"
gc_assess "$GC/rules" "$GC/batch.json" "$@"
for p in "$P1" "$P2" "$P3"; do gc_assess "$GC/rules" "$GC/alone-$(basename "$p").json" "$p"; done
same=1 i=0
for p in "$@"; do
  jq -c ".assessments[$i]" "$GC/batch.json" > "$GC/a"
  jq -c '.assessments[0]' "$GC/alone-$(basename "$p").json" > "$GC/b"
  [ -s "$GC/a" ] && cmp -s "$GC/a" "$GC/b" || { same=0; echo "     profile $i ($(basename "$p")) differs from alone"; }
  i=$((i + 1))
done
if [ "$same" -eq 1 ]; then ok "gc5: each of twelve profiles in a batch reports as alone"
else fail "gc5: each of twelve profiles in a batch reports as alone"; fi
cp "$FIX/gc5/churn.lua" "$GC/rules/untoc/zz-churn.lua"
gc_assess "$GC/rules" "$GC/churn.json" "$@"
met=$(jq '[.assessments[].findings[] | select(.rule.file | endswith("/zz-churn.lua")) | select(.status == "met")] | length' "$GC/churn.json")
if [ "$met" = 24 ]; then ok "gc5: garbage-making rules meet their budgets in every profile of the batch"
else fail "gc5: garbage-making rules meet their budgets in every profile of the batch ($met of 24 met)" "$GC/err"; fi
jq -S -c '.assessments[].findings[] | select(.rule.file | endswith("/zz-churn.lua") | not)' "$GC/churn.json" > "$GC/others.jsonl"
jq -S -c '.assessments[].findings[]' "$GC/batch.json" > "$GC/clean.jsonl"
if [ -s "$GC/clean.jsonl" ] && cmp -s "$GC/others.jsonl" "$GC/clean.jsonl"; then ok "gc5: every other finding unchanged beside them"
else fail "gc5: every other finding unchanged beside them"; fi
