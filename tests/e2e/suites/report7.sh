# The JSON report's prepared pieces (sourced by tests/e2e/run.sh; issue 13,
# round eight).
#
# Empty arrays are written as one value, and the null and empty members of
# findings and evidence ("option": null, "missing": [], an evidence's
# "url": null...) are copied from the bytes kept where they were first
# written after another member.  None of it may change a byte: every
# document must be the one a JSON printer with two spaces a level makes of
# its own values (Python's, which prints as Jansson did for these files:
# no control characters in them), and each profile's assessment must have
# the same bytes alone as first, middle or last of a batch, as of 2026 and
# prospective, with and without --only gaps (the pieces kept in one
# assessment are copied into the next).
R7=$TMP/report7
mkdir -p "$R7"
r7_assess() {   # r7_assess OUT [options] PROFILE...: the JSON report to OUT
  local out=$1; shift
  timeout 300 "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --fail-on none --format json "$@" > "$out" 2> "$R7/err"
}
P1=$ROOT/profiles/france.lua P2=$ROOT/profiles/arcadia.lua P3=$ROOT/profiles/borduria.lua
for opts in "" "--prospective" "--only gaps"; do
  tag=${opts:-as-of}
  tag=${tag// /-}
  # shellcheck disable=SC2086  # the options are words
  for p in "$P1" "$P2" "$P3"; do r7_assess "$R7/$tag-alone-$(basename "$p" .lua).json" $opts "$p"; done
  # shellcheck disable=SC2086
  r7_assess "$R7/$tag-batch.json" $opts "$P2" "$P1" "$P3" "$P1" "$P2"
  if python3 - "$R7/$tag-batch.json" "$R7/$tag-alone-arcadia.json" "$R7/$tag-alone-france.json" \
       "$R7/$tag-alone-borduria.json" "$R7/$tag-alone-france.json" "$R7/$tag-alone-arcadia.json" \
       > "$R7/py.out" 2>&1 <<'EOF'
import json, sys

def spans(path):
    """Each assessment's text, as written, and the document's own text."""
    text = open(path, encoding='utf-8').read()
    dec = json.JSONDecoder()
    pos = text.index('"assessments": [') + len('"assessments": [')
    out = []
    while True:
        while text[pos] in ' \n,':
            pos += 1
        if text[pos] == ']':
            return text, out
        _, end = dec.raw_decode(text, pos)
        out.append(text[pos:end])
        pos = end

batch, alone = sys.argv[1], sys.argv[2:]
text, parts = spans(batch)
assert json.dumps(json.loads(text), indent=2, ensure_ascii=False) + '\n' == text, 'batch: not as printed'
assert len(parts) == len(alone), (len(parts), len(alone))
findings = 0
for i, (part, path) in enumerate(zip(parts, alone)):
    one_text, one = spans(path)
    assert json.dumps(json.loads(one_text), indent=2, ensure_ascii=False) + '\n' == one_text, path + ': not as printed'
    assert len(one) == 1 and one[0] == part, 'assessment %d differs from %s alone' % (i, path)
    a = json.loads(part)
    for f in a['findings']:
        findings += 1
        assert f['option'] is None or isinstance(f['option'], dict)
        for k in ('served_by', 'missing', 'questions', 'evidence'):
            assert isinstance(f[k], list), k
        for e in f['evidence']:
            assert list(e) == ['fact', 'label', 'source', 'url', 'note', 'from', 'repealed'], list(e)
nulls = text.count('"url": null') + text.count('"option": null') + text.count('"missing": []')
assert findings > 300 and nulls > 300, (findings, nulls)
print(findings, nulls)
EOF
  then ok "report7 ($tag): every assessment of a batch has its bytes alone, documents as printed"
  else fail "report7 ($tag): every assessment of a batch has its bytes alone, documents as printed" "$R7/py.out"; fi
done
