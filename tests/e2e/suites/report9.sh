# The transposition views of a batch (sourced by tests/e2e/run.sh; issue 13,
# round nine).
#
# Which findings are a directive's rows, their order and deadlines are
# worked out once for a batch's rules and reused for every profile; each
# profile's table of correspondence and evidence still give its own
# measures.  A batch of EU States with different tables (and France, a
# table naming few measures, and profiles with none) must show each
# profile's view as its single report does: the JSON views compared one by
# one, the CSV batch (due, national_measures columns) the single reports'
# rows joined, as-of and prospective.
R9=$TMP/report9
mkdir -p "$R9"
r9_profiles="eu-fictional-croatia eu-fictional-denmark france arcadia eu-fictional-poland eu-fictional-united-kingdom"
r9_assess() {   # r9_assess OUT FORMAT [options] PROFILE...
  local out=$1 fmt=$2; shift 2
  timeout 300 "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --fail-on none --format "$fmt" "$@" > "$out" 2> "$R9/err"
}
for pro in "" --prospective; do
  tag=${pro:-as-of}
  batch=""
  for p in $r9_profiles; do batch="$batch $ROOT/profiles/$p.lua"; done
  r9_assess "$R9/batch.json" json $pro $batch
  r9_assess "$R9/batch.csv" csv $pro $batch
  same=1 rows=0 i=0
  : > "$R9/want.csv"
  for p in $r9_profiles; do
    r9_assess "$R9/one.json" json $pro "$ROOT/profiles/$p.lua"
    r9_assess "$R9/one.csv" csv $pro "$ROOT/profiles/$p.lua"
    if [ "$i" -eq 0 ]; then head -n 1 "$R9/one.csv" > "$R9/want.csv"; fi
    tail -n +2 "$R9/one.csv" >> "$R9/want.csv"
    jq -c ".assessments[$i].transposition" "$R9/batch.json" > "$R9/a" 2>/dev/null
    jq -c ".assessments[0].transposition" "$R9/one.json" > "$R9/b" 2>/dev/null
    [ -s "$R9/a" ] && cmp -s "$R9/a" "$R9/b" || same=0
    rows=$((rows + $(jq '[.[].rows[]] | length' "$R9/b" 2>/dev/null || echo 0)))
    i=$((i + 1))
  done
  measures=$(jq '[.assessments[].transposition[].rows[].measures] | unique | length' "$R9/batch.json" 2>/dev/null || echo 0)
  if [ "$same" -eq 1 ] && [ "$rows" -gt 100 ] && [ "$measures" -gt 5 ]; then
    ok "report9 ($tag): each profile's transposition view in a batch is its single report's ($rows rows, $measures measures)"
  else fail "report9 ($tag): each profile's transposition view in a batch is its single report's (same=$same rows=$rows measures=$measures)" "$R9/err"; fi
  if cmp -s "$R9/batch.csv" "$R9/want.csv" && grep -q 'eu-2004-80:2' "$R9/batch.csv"; then
    ok "report9 ($tag): a CSV batch is the single reports' rows, due and national measures included"
  else fail "report9 ($tag): a CSV batch is the single reports' rows, due and national measures included"; fi
done
