# What a batch's report writes once and copies (sourced by tests/e2e/run.sh;
# issue 13).
#
# The JSON report writes each rule's constant members once per document
# and copies their bytes into every later finding of that rule; the
# reports reuse one assessment's related findings, order and rating groups
# for the next of the same rules; the text, Markdown and HTML writers
# escape by runs.  None may change a byte: a JSON batch must be, byte for
# byte, the single reports' assessments joined (with a pack whose titles
# are not UTF-8 or hold control characters, as-of and prospective), and a
# text, Markdown and HTML batch of a profile whose texts hold control
# characters, markup and HTML specials must be the single reports combined.
RR=$TMP/report-reuse
mkdir -p "$RR"
R1=$ROOT/profiles/france.lua R2=$ROOT/profiles/arcadia.lua R3=$ROOT/profiles/borduria.lua
rr_assess() {   # rr_assess OUT RULES [options] PROFILE...: the report to OUT (JSON unless --format follows)
  local out=$1 rules=$2; shift 2
  timeout 300 "$LEXGAP" assess --rules "$rules" --as-of 2026-01-01 --fail-on none --format json "$@" > "$out" 2> "$RR/err"
}
# rr_joined OUT DOC...: the JSON document the single documents make as one
# batch, byte for byte (the first one's header, each one's assessment text)
rr_joined() {
  local out=$1; shift
  python3 - "$out" "$@" <<'EOF'
import sys
out, docs = sys.argv[1], sys.argv[2:]
texts = [open(d, 'rb').read() for d in docs]
start, end = b'"assessments": [', b'\n  ]\n}\n'
head = texts[0][:texts[0].index(start) + len(start)]
parts = [t[t.index(start) + len(start):len(t) - len(end)] for t in texts]
assert all(p.startswith(b'\n    {') for p in parts)
open(out, 'wb').write(head + b','.join(parts) + end)
EOF
}
# a pack whose titles are not UTF-8 or hold control characters and quotes
mkdir -p "$RR/packs" && cp -r "$RULES/." "$RR/packs/"
sed -i '0,/title = { en = "Criminalization of conspiracy/s//title = { en = "Crim\\xff\\tinal/' "$RR/packs/untoc/art05.lua"
sed -i '0,/title = { en = "Mental elements/s//title = { en = "Men\\1tal \\"elements\\"/' "$RR/packs/untoc/art05.lua"
for rules in "$RULES" "$RR/packs"; do
  for pro in "" --prospective; do
    tag="$( [ "$rules" = "$RULES" ] && echo bundled || echo odd-titles ) ${pro:-as-of}"
    for p in "$R1" "$R2" "$R3"; do rr_assess "$RR/one-$(basename "$p" .lua).json" "$rules" $pro "$p"; done
    rr_assess "$RR/batch.json" "$rules" $pro "$R2" "$R1" "$R3" "$R1" "$R2"
    if rr_joined "$RR/want.json" "$RR/one-arcadia.json" "$RR/one-france.json" "$RR/one-borduria.json" \
         "$RR/one-france.json" "$RR/one-arcadia.json" 2>"$RR/py.err" \
       && [ "$(stat -c %s "$RR/batch.json")" -gt 3000000 ] && cmp -s "$RR/batch.json" "$RR/want.json"; then
      ok "report-reuse ($tag): a JSON batch is the single reports' assessments, byte for byte"
    else fail "report-reuse ($tag): a JSON batch is the single reports' assessments, byte for byte" "$RR/py.err"; fi
  done
done
if jq -e '[.assessments[0].findings[] | select(.id == "untoc:5.1.a") | .title | has("en")] == [false]' "$RR/batch.json" >/dev/null &&
   grep -q '"en": "Men\\u0001tal \\"elements\\"' "$RR/batch.json"; then
  ok "report-reuse: a title that is not UTF-8 left out, a control character escaped, in every copy"
else fail "report-reuse: a title that is not UTF-8 left out, a control character escaped, in every copy"; fi
rr_odd() { grep -c '"en": "Men\\u0001tal \\"elements\\"' "$1"; }
if [ "$(rr_odd "$RR/one-france.json")" -ge 1 ] && [ "$(rr_odd "$RR/batch.json")" -eq "$(rr_odd "$RR/want.json")" ] &&
   [ "$(rr_odd "$RR/batch.json")" -eq $(( 2 * $(rr_odd "$RR/one-arcadia.json") + 2 * $(rr_odd "$RR/one-france.json") + $(rr_odd "$RR/one-borduria.json") )) ]; then
  ok "report-reuse: the odd title is in each profile's findings"
else fail "report-reuse: the odd title is in each profile's findings"; fi

# a profile whose texts hold control characters, markup and HTML specials
sed -e '0,/source = "Bordurian Penal Code, art. 201"/s//source = "Res\\x1b[31m *made* _upon_ `sig` <b>\&amp; [x](y) | # \\\\ \\x7f end"/' \
    -e 's/code = "BOR"/code = "ODD"/' "$R3" > "$RR/odd.lua"
run "report-reuse: the odd profile is assessed" 0 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --fail-on none \
  --format json "$RR/odd.lua" && has "report-reuse: its odd source is in the report" "$TMP/out" 'Res\\u001B\[31m \*made\*'
for fmt in text md html; do
  rr_assess "$RR/o.$fmt" "$RULES" --format "$fmt" "$RR/odd.lua"
  rr_assess "$RR/f.$fmt" "$RULES" --format "$fmt" "$R1"
  rr_assess "$RR/of.$fmt" "$RULES" --format "$fmt" "$RR/odd.lua" "$R1"
done
{ cat "$RR/o.text"; printf '\n\n'; cat "$RR/f.text"; } > "$RR/want.text"
{ cat "$RR/o.md"; printf '\n---\n'; cat "$RR/f.md"; } > "$RR/want.md"
if grep -q 'Res?\[31m \*made\*' "$RR/o.text" && cmp -s "$RR/of.text" "$RR/want.text"; then
  ok "report-reuse: text: control characters shown as ?, the batch each report in turn"
else fail "report-reuse: text: control characters shown as ?, the batch each report in turn" "$RR/o.text"; fi
if grep -qF 'Res?\[31m \*made\* \_upon\_ \`sig\` \<b\>&amp; \[x\](y) \| \# \\ ? end' "$RR/o.md" && cmp -s "$RR/of.md" "$RR/want.md"; then
  ok "report-reuse: Markdown: markup escaped, the batch each report in turn"
else fail "report-reuse: Markdown: markup escaped, the batch each report in turn" "$RR/o.md"; fi
if grep -qF 'Res[31m *made* _upon_ `sig` &lt;b&gt;&amp;amp; [x](y) | # \  end' "$RR/o.html" && ! grep -q "$(printf '\033')" "$RR/o.html" \
   && [ "$(grep -c '<!DOCTYPE html>' "$RR/of.html")" -eq 1 ]; then
  ok "report-reuse: HTML: specials escaped, control characters dropped"
else fail "report-reuse: HTML: specials escaped, control characters dropped" "$RR/o.html"; fi
