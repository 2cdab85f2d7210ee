# Every format streamed (sourced by tests/e2e/run.sh; issue 13).
#
# assess writes each profile's report as soon as it is assessed and frees
# it, in every format; a batch must still be exactly the per-profile reports
# combined the way each format combines them, --summary must print what
# --format summary prints, and memory must not grow with the batch (peak
# resident size of a 20- and a 120-profile batch: a shape check, not a
# timing).
ST=$TMP/streaming
mkdir -p "$ST"
S1=$ROOT/profiles/france.lua S2=$ROOT/profiles/arcadia.lua S3=$ROOT/profiles/borduria.lua
st_assess() {   # st_assess OUT FORMAT [options] PROFILE...: the report to OUT
  local out=$1 fmt=$2; shift 2
  timeout 300 "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --fail-on none --format "$fmt" "$@" > "$out" 2> "$ST/err"
}
for fmt in text md csv summary html json; do
  st_assess "$ST/a.$fmt" "$fmt" "$S1"
  st_assess "$ST/b.$fmt" "$fmt" "$S2"
  st_assess "$ST/c.$fmt" "$fmt" "$S3"
  st_assess "$ST/abc.$fmt" "$fmt" "$S1" "$S2" "$S3"
done
# text: the reports one after the other, a blank line between
{ cat "$ST/a.text"; printf '\n\n'; cat "$ST/b.text"; printf '\n\n'; cat "$ST/c.text"; } > "$ST/want.text"
if [ -s "$ST/a.text" ] && cmp -s "$ST/abc.text" "$ST/want.text"; then ok "streaming: a text batch is each report in turn"
else fail "streaming: a text batch is each report in turn"; fi
# Markdown: a rule (---) between them
{ cat "$ST/a.md"; printf '\n---\n'; cat "$ST/b.md"; printf '\n---\n'; cat "$ST/c.md"; } > "$ST/want.md"
if [ -s "$ST/a.md" ] && cmp -s "$ST/abc.md" "$ST/want.md"; then ok "streaming: a Markdown batch is each report in turn"
else fail "streaming: a Markdown batch is each report in turn"; fi
# CSV: one header, then every profile's rows
{ cat "$ST/a.csv"; tail -n +2 "$ST/b.csv"; tail -n +2 "$ST/c.csv"; } > "$ST/want.csv"
if [ "$(wc -l < "$ST/a.csv")" -gt 1 ] && cmp -s "$ST/abc.csv" "$ST/want.csv"; then ok "streaming: a CSV batch is one header and each profile's rows"
else fail "streaming: a CSV batch is one header and each profile's rows"; fi
# summary: each State's block, a blank line between, the closing notes once
st_notes_at() { awk '/^Scope: /{n=NR} END{print n}' "$1"; }   # the line of the closing notes
st_block() { head -n $(($(st_notes_at "$1") - 2)) "$1"; }        # a State's block, before the blank line
tailn=$(st_notes_at "$ST/c.summary")
if [ -n "$tailn" ]; then
  { st_block "$ST/a.summary"; echo; st_block "$ST/b.summary"; echo; st_block "$ST/c.summary"
    tail -n +$((tailn - 1)) "$ST/c.summary"; } > "$ST/want.summary"
fi
if [ -n "$tailn" ] && cmp -s "$ST/abc.summary" "$ST/want.summary"; then ok "streaming: a summary batch is each State's block, the notes once"
else fail "streaming: a summary batch is each State's block, the notes once"; fi
# HTML: one page; each State's part (ids prefixed s1-, s2-, s3-) with an <hr> between
if [ "$(grep -c '<!DOCTYPE html>' "$ST/abc.html")" -eq 1 ] && [ "$(grep -c '^<hr>$' "$ST/abc.html")" -eq 2 ] \
   && grep -q '<title>.* — France, Arcadia, Borduria — 2026-01-01</title>' "$ST/abc.html" \
   && grep -q 'id="s3-' "$ST/abc.html" && [ "$(grep -c '</html>' "$ST/abc.html")" -eq 1 ]; then
  ok "streaming: an HTML batch is one page naming every State, their parts in turn"
else fail "streaming: an HTML batch is one page naming every State, their parts in turn"; fi
# HTML: each State's part is its page's body with the ids prefixed
st_body() {     # st_body FILE N: the Nth State's part (from 1) of a page, ids unprefixed
  awk -v n="$2" 'BEGIN{k=1} /^<hr>$/{k++; next} /^<footer>/{exit} /^<header>/{on=1} on && k==n' "$1" \
    | sed -E 's/(id|href)="(#?)s[0-9]+-/\1="\2/g'
}
same=1
for i in 1 2 3; do
  set -- a b c; eval "one=\$$i"
  st_body "$ST/$one.html" 1 > "$ST/one.body"; st_body "$ST/abc.html" "$i" > "$ST/batch.body"
  { [ -s "$ST/one.body" ] && cmp -s "$ST/one.body" "$ST/batch.body"; } || { same=0; echo "     State $i's part differs"; }
done
if [ "$same" -eq 1 ]; then ok "streaming: each State's HTML part is its own page's"; else fail "streaming: each State's HTML part is its own page's"; fi
# JSON: the batch's assessments are the single reports'
jq -c '.assessments[]' "$ST/a.json" "$ST/b.json" "$ST/c.json" > "$ST/want.jsonl"
jq -c '.assessments[]' "$ST/abc.json" > "$ST/got.jsonl"
if [ "$(wc -l < "$ST/got.jsonl")" -eq 3 ] && cmp -s "$ST/got.jsonl" "$ST/want.jsonl"; then ok "streaming: a JSON batch holds each single report's assessment"
else fail "streaming: a JSON batch holds each single report's assessment"; fi
# --summary beside any format: the summary is --format summary's, the file the report
for fmt in text csv html; do
  st_assess "$ST/sum.out" "$fmt" --summary -o "$ST/sum.$fmt" "$S1" "$S2" "$S3"
  # the summary names the file: a blank line and "Full report: FILE" before "See more"
  awk '{l[NR]=$0} END{for(i=1;i<=NR;i++){if(l[i]=="" && l[i+1] ~ /^Full report: /){i++; continue} print l[i]}}' \
    "$ST/sum.out" > "$ST/sum.cut"
  if cmp -s "$ST/sum.$fmt" "$ST/abc.$fmt" && cmp -s "$ST/sum.cut" "$ST/abc.summary" && grep -q "^Full report: $ST/sum.$fmt" "$ST/sum.out"; then
    ok "streaming: --summary -o with $fmt: the report to the file, the summary after it"
  else fail "streaming: --summary -o with $fmt: the report to the file, the summary after it"; fi
done
# --save keeps the batch (all runs or none): the same report as streamed
st_assess "$ST/saved.text" text --save --db "$ST/save.db" "$S1" "$S2" "$S3"
if cmp -s "$ST/saved.text" "$ST/abc.text"; then ok "streaming: --save writes the report streaming writes"
else fail "streaming: --save writes the report streaming writes"; fi
# a refused profile in a streamed text batch: -o left as it was, nothing assessed
echo keep > "$ST/kept.text"
run "streaming: a refused profile in a text batch" 1 -- "$LEXGAP" assess --rules "$RULES" --format text -o "$ST/kept.text" "$S1" "$ST/nope.lua"
if [ "$(cat "$ST/kept.text")" = keep ]; then ok "streaming: -o left as it was"; else fail "streaming: -o left as it was"; fi

# ---- memory does not grow with the batch --------------------------------
# (not under AddressSanitizer: its quarantine keeps freed memory by design)
if grep -q __asan_init "$LEXGAP" 2>/dev/null; then      # the sanitizer build (make check-san)
  echo "skip streaming: memory shape not measured under AddressSanitizer"
elif [ -x /usr/bin/time ]; then
  mkdir -p "$ST/many"
  for i in $(seq 1 120); do cp "$S2" "$ST/many/p$i.lua"; done
  for fmt in text html csv json; do
    /usr/bin/time -f %M -o "$ST/m20" "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --fail-on none --format "$fmt" \
      $(ls "$ST"/many/*.lua | head -20) > /dev/null 2>&1
    /usr/bin/time -f %M -o "$ST/m120" "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --fail-on none --format "$fmt" \
      "$ST"/many/*.lua > /dev/null 2>&1
    m20=$(tail -1 "$ST/m20"); m120=$(tail -1 "$ST/m120")
    if [ -n "$m20" ] && [ -n "$m120" ] && [ $((m120 * 2)) -lt $((m20 * 3)) ]; then
      ok "streaming: $fmt: peak memory of 120 profiles under 1.5 times that of 20 ($m120 / $m20 KiB)"
    else fail "streaming: $fmt: peak memory of 120 profiles under 1.5 times that of 20 (${m120:-?} / ${m20:-?} KiB)"; fi
  done
else
  ok "streaming: memory shape skipped (no /usr/bin/time)"
fi
# standard output and standard error to one file: a profile's warnings (its
# assessment date far from its law's date) fall between two reports, each
# warning on a line of its own, never inside a line of a report
EU1=$ROOT/profiles/eu-fictional-croatia.lua EU2=$ROOT/profiles/eu-fictional-denmark.lua
for fmt in text csv; do
  timeout 300 "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --fail-on none --format "$fmt" \
    "$S1" "$EU1" "$EU2" > "$ST/mixed.$fmt" 2>&1
  nw=$(grep -c '^warning: ' "$ST/mixed.$fmt")
  na=$(grep -c 'warning: ' "$ST/mixed.$fmt")
  if [ "$nw" -ge 2 ] && [ "$nw" -eq "$na" ]; then ok "streaming: $fmt with 2>&1, warnings on lines of their own"
  else fail "streaming: $fmt with 2>&1, warnings on lines of their own ($nw of $na at a line's start)"; fi
done
