# The rule library's per-profile and per-run caches (sourced by
# tests/e2e/run.sh; issue 13).
#
# The library keeps, out of rules' reach, the offences in force indexed by
# conduct element (per profile and date), the schema's question for each path
# (per schema), the pieces of each template text and the parts of each path.
# None may carry anything from one profile to the next: every profile's
# findings are the same assessed alone as in a batch of every bundled
# profile (with and without --prospective, so that the EU and Cybercrime
# packs evaluate), in either order; a profile with no offences after one with
# many, and the other way round.  tests/fixtures/hostile/library-caches.lua
# (run by isolation.sh) shows that a rule writing into what they hand out
# changes no other finding.
EC=$TMP/evalcache
mkdir -p "$EC"
ec_assess() {   # ec_assess OUT [options] PROFILE...: findings of each assessment, one line each
  local out=$1; shift
  timeout 300 "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --fail-on none --format json "$@" > "$EC/raw.json" 2> "$EC/err" &&
    jq -c '.assessments[] | [.profile.state_code, .findings]' "$EC/raw.json" > "$out"
}
set -- "$ROOT"/profiles/*.lua "$FIX/profiles/minimal.lua"
ec_all=("$@")
ec_rev=()
for ((i = ${#ec_all[@]} - 1; i >= 0; i--)); do ec_rev+=("${ec_all[$i]}"); done
for pro in "" --prospective; do
  tag=${pro:-as-of}
  : > "$EC/alone"
  for p in "${ec_all[@]}"; do ec_assess "$EC/one" $pro "$p" && cat "$EC/one" >> "$EC/alone"; done
  if ec_assess "$EC/batch" $pro "${ec_all[@]}" && [ "$(wc -l < "$EC/batch")" -eq "${#ec_all[@]}" ] &&
     cmp -s "$EC/batch" "$EC/alone"; then
    ok "evalcache ($tag): every profile's findings in a batch of ${#ec_all[@]} equal those assessed alone"
  else fail "evalcache ($tag): every profile's findings in a batch of ${#ec_all[@]} equal those assessed alone" "$EC/err"; fi
  if ec_assess "$EC/rev" $pro "${ec_rev[@]}" && tac "$EC/rev" | cmp -s - "$EC/alone"; then
    ok "evalcache ($tag): the same in reverse order"
  else fail "evalcache ($tag): the same in reverse order" "$EC/err"; fi
done
# a profile without offences between two with many: nothing carried over
ec_assess "$EC/min-alone" --prospective "$FIX/profiles/minimal.lua"
ec_assess "$EC/sandwich" --prospective "$ROOT/profiles/france.lua" "$FIX/profiles/minimal.lua" "$ROOT/profiles/arcadia.lua"
if sed -n 2p "$EC/sandwich" | cmp -s - "$EC/min-alone" && [ -s "$EC/min-alone" ]; then
  ok "evalcache: a profile without offences after one with many is assessed as alone"
else fail "evalcache: a profile without offences after one with many is assessed as alone" "$EC/err"; fi
# ... which the comparison shows only because France cites offences and Minimalia none
ec_cited() { jq '[.[1][].evidence[]? | select(.fact | startswith("offences."))] | length'; }
if [ "$(sed -n 1p "$EC/sandwich" | ec_cited)" -gt 0 ] && [ "$(sed -n 2p "$EC/sandwich" | ec_cited)" -eq 0 ]; then
  ok "evalcache: France's findings cite offences, Minimalia's none"
else fail "evalcache: France's findings cite offences, Minimalia's none" "$EC/err"; fi
