# Speed without changed findings (sourced by tests/e2e/run.sh; issue 13).
#
# The library keeps per-evaluation lists (offences in force, split paths)
# and the JSON report is streamed one assessment at a time: neither may
# change a byte.  Each profile's report must be the same whether it is
# assessed alone, first or last in a batch, or twice in a row; the streamed
# document must be the one the whole-tree writer makes (assess --summary -o
# keeps every assessment and writes the report in one go); and the store's
# integrity stamp must not let a changed file be saved into unchecked.
SP=$TMP/speed
mkdir -p "$SP"
P1=$ROOT/profiles/france.lua P2=$ROOT/profiles/arcadia.lua P3=$ROOT/profiles/borduria.lua
sp_assess() {   # sp_assess OUT [options] PROFILE...: the JSON report to OUT
  local out=$1; shift
  timeout 300 "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --fail-on none --format json "$@" > "$out" 2> "$SP/err"
}
sp_one() {      # sp_one FILE N OUT: the Nth assessment (from 0) of FILE, keys as written
  jq -c ".assessments[$2]" "$1" > "$3"
}
for pro in "" --prospective; do
  tag=${pro:-as-of}
  for p in "$P1" "$P2" "$P3"; do sp_assess "$SP/alone-$(basename "$p").json" $pro "$p"; done
  sp_assess "$SP/fwd.json" $pro "$P1" "$P2" "$P3"
  sp_assess "$SP/rev.json" $pro "$P3" "$P2" "$P1"
  sp_assess "$SP/twice.json" $pro "$P1" "$P1"
  same=1
  for i in 0 1 2; do
    set -- "$P1" "$P2" "$P3"; eval "fp=\${$((i + 1))}"
    set -- "$P3" "$P2" "$P1"; eval "rp=\${$((i + 1))}"
    sp_one "$SP/fwd.json" "$i" "$SP/a"; sp_one "$SP/alone-$(basename "$fp").json" 0 "$SP/b"
    cmp -s "$SP/a" "$SP/b" || { same=0; echo "     $tag: $(basename "$fp") in a batch differs from alone"; }
    sp_one "$SP/rev.json" "$i" "$SP/a"; sp_one "$SP/alone-$(basename "$rp").json" 0 "$SP/b"
    cmp -s "$SP/a" "$SP/b" || { same=0; echo "     $tag: $(basename "$rp") in reverse order differs from alone"; }
  done
  sp_one "$SP/twice.json" 0 "$SP/a"; sp_one "$SP/twice.json" 1 "$SP/b"
  cmp -s "$SP/a" "$SP/b" || { same=0; echo "     $tag: france.lua twice in a row differs"; }
  if [ "$same" -eq 1 ] && [ -s "$SP/a" ]; then ok "speed ($tag): each profile's report is the same alone, in either order, twice"
  else fail "speed ($tag): each profile's report is the same alone, in either order, twice"; fi
  # the streamed document is byte for byte the whole-tree one
  sp_assess "$SP/tree.json" $pro --summary -o "$SP/tree.json" "$P1" "$P2" "$P3"
  if cmp -s "$SP/fwd.json" "$SP/tree.json"; then ok "speed ($tag): the streamed JSON equals the report written in one go"
  else fail "speed ($tag): the streamed JSON equals the report written in one go"; fi
done
# the batch document: a header, each single run's assessment in turn
if jq -e '(.assessments | length) == 3 and .lexgap_version != null and .only == null' "$SP/fwd.json" >/dev/null; then
  ok "speed: the streamed batch is one JSON document"; else fail "speed: the streamed batch is one JSON document"; fi
sp_assess "$SP/none.json" --only gaps "$P1"
if jq -e '.only == "gaps" and (.assessments | length) == 1' "$SP/none.json" >/dev/null; then
  ok "speed: --only gaps streamed"; else fail "speed: --only gaps streamed"; fi
# a streamed batch with -o: a profile that cannot be read leaves the file as it was
echo keep > "$SP/kept.json"
run "speed: a refused profile in a streamed batch" 1 -- "$LEXGAP" assess --rules "$RULES" --format json -o "$SP/kept.json" "$P1" "$SP/nope.lua"
if [ "$(cat "$SP/kept.json")" = keep ]; then ok "speed: -o left as it was"; else fail "speed: -o left as it was"; fi

# ---- the store's integrity stamp --------------------------------------------
DBS=$SP/stamp.db
run "speed: save" 0 -- "$LEXGAP" assess --rules "$RULES" --fail-on none --save --db "$DBS" -o /dev/null "$P1"
if [ -f "$DBS-checked" ] && grep -q '^lexgap-checked 2 ' "$DBS-checked"; then ok "speed: the integrity stamp is written beside the store"
else fail "speed: the integrity stamp is written beside the store"; fi
run "speed: save through the stamp" 0 -- "$LEXGAP" assess --rules "$RULES" --fail-on none --save --db "$DBS" -o /dev/null "$P2"
run "speed: history after two saves" 0 -- "$LEXGAP" history --db "$DBS"
has "speed: both runs listed" "$TMP/out" "ARC|Arcadia"
