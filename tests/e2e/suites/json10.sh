# The JSON report's explanations written once (sourced by tests/e2e/run.sh;
# issue 13, round ten).
#
# A finding that is a row of a directive's transposition view has its
# explanation written there first; the finding itself then copies the
# strings the view escaped instead of escaping them again.  None of it may
# change a byte: each document must be what Python's JSON printer (two
# spaces a level, an independent writer) makes of its own values, so that
# each profile's assessment in a batch of EU States (rows in every one) and
# others, equal in value to its single report's, has its bytes, as of 2026
# and prospective; and
# every row's explanation must be its finding's, accents and quotes
# included.
J10=$TMP/json10
mkdir -p "$J10"
j10_profiles="eu-fictional-croatia france eu-fictional-denmark arcadia eu-fictional-poland eu-fictional-croatia"
j10_assess() {   # j10_assess OUT [options] PROFILE...: the JSON report to OUT
  local out=$1; shift
  timeout 300 "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --fail-on none --format json "$@" > "$out" 2> "$J10/err"
}
for pro in "" --prospective; do
  tag=${pro:-as-of}
  batch="" alone=""
  for p in $j10_profiles; do
    batch="$batch $ROOT/profiles/$p.lua"
    [ -s "$J10/$tag-$p.json" ] || j10_assess "$J10/$tag-$p.json" $pro "$ROOT/profiles/$p.lua"
    alone="$alone $J10/$tag-$p.json"
  done
  # shellcheck disable=SC2086  # the options and paths are words
  j10_assess "$J10/$tag-batch.json" $pro $batch
  # shellcheck disable=SC2086
  if python3 - "$J10/$tag-batch.json" $alone > "$J10/py.out" 2>&1 <<'EOF'
import json, sys

def printed(path):
    """The document at path, checked to be what Python's printer makes of
    its values: then equal values are equal bytes."""
    text = open(path, encoding='utf-8').read()
    doc = json.loads(text)
    assert json.dumps(doc, indent=2, ensure_ascii=False) + '\n' == text, path + ': not as printed'
    return doc

batch, alone = printed(sys.argv[1]), sys.argv[2:]
assert len(batch['assessments']) == len(alone), (len(batch['assessments']), len(alone))
rows = accented = 0
for i, (a, path) in enumerate(zip(batch['assessments'], alone)):
    one = printed(path)['assessments']
    assert len(one) == 1 and one[0] == a, 'assessment %d differs from %s alone' % (i, path)
    explanation = {f['id']: f['explanation'] for f in a['findings']}
    for view in a['transposition']:
        for row in view['rows']:
            rows += 1
            assert row['explanation'] == explanation[row['id']], 'row %s: not its finding\'s explanation' % row['id']
            accented += any(ord(c) > 0x7F for c in row['explanation'].get('fr', ''))
assert rows > 100 and accented > 50, (rows, accented)
print('%d rows, %d in French with accents' % (rows, accented))
EOF
  then ok "json10 ($tag): a batch's assessments are their single reports' bytes, as printed, rows' explanations their findings' ($(cat "$J10/py.out"))"
  else fail "json10 ($tag): a batch's assessments are their single reports' bytes, as printed, rows' explanations their findings'" "$J10/py.out"; fi
done

# --only gaps leaves the transposition view out: the findings write their
# explanations themselves, and the batch is still its single reports.
j10_assess "$J10/gaps-batch.json" --only gaps "$ROOT/profiles/eu-fictional-croatia.lua" "$ROOT/profiles/france.lua"
j10_assess "$J10/gaps-one.json" --only gaps "$ROOT/profiles/france.lua"
if [ "$(jq -c '.assessments[1]' "$J10/gaps-batch.json" 2>/dev/null)" = "$(jq -c '.assessments[0]' "$J10/gaps-one.json" 2>/dev/null)" ] &&
   [ "$(jq '[.assessments[].findings[]] | length' "$J10/gaps-batch.json" 2>/dev/null)" -gt 10 ] &&
   [ "$(jq '[.assessments[] | select(has("transposition"))] | length' "$J10/gaps-batch.json" 2>/dev/null)" = 0 ]; then
  ok "json10 (--only gaps): no transposition view, the batch's findings their single report's"
else fail "json10 (--only gaps): no transposition view, the batch's findings their single report's" "$J10/err"; fi
