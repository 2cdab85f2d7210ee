# A cold run's loading (sourced by tests/e2e/run.sh; issue 13, seventh round).
#
# The files of a pack declared from the build-time snapshot run later, each
# finding its obligations by their order of declaration (rules_by_seq in
# engine/rules.c).  That order starts at another number when a pack is
# loaded alone (--instrument) than among every pack, and the rules are in
# another evaluation order: each pack's findings must be the same either way
# (every check attached to its own obligation).  UNTOC is left out: its
# findings cite what UNTOC WG serves, so they differ without that pack.
C4=$TMP/cold4
mkdir -p "$C4"
c4_csv() {   # c4_csv OUT [options]: France's CSV report, one row per finding
  local out=$1; shift
  timeout 300 "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --fail-on none --format csv "$@" \
    "$ROOT/profiles/france.lua" > "$out" 2> "$C4/err"
}
c4_csv "$C4/all.csv"
for pack in untoc-wg eu-2004-80 eu-2004-81 eu-2004-82; do
  c4_csv "$C4/$pack.csv" --instrument "$pack"
  grep "^FRA,France,2026-01-01,$pack," "$C4/all.csv" > "$C4/$pack.among-all"
  grep "^FRA,France,2026-01-01,$pack," "$C4/$pack.csv" > "$C4/$pack.alone"
  if [ -s "$C4/$pack.alone" ] && cmp -s "$C4/$pack.alone" "$C4/$pack.among-all"; then
    ok "cold4: $pack's findings are the same loaded alone and among every pack"
  else
    fail "cold4: $pack's findings are the same loaded alone and among every pack"
  fi
done
# two packs given in the other order than their folders: each its own findings
c4_csv "$C4/two.csv" --instrument eu-2004-82 --instrument eu-2004-80
for pack in eu-2004-80 eu-2004-82; do
  grep "^FRA,France,2026-01-01,$pack," "$C4/two.csv" > "$C4/$pack.of-two"
  if [ -s "$C4/$pack.of-two" ] && cmp -s "$C4/$pack.of-two" "$C4/$pack.alone"; then
    ok "cold4: $pack's findings are the same loaded with another pack"
  else
    fail "cold4: $pack's findings are the same loaded with another pack" "$C4/err"
  fi
done
