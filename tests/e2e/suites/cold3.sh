# A cold run's start-up (sourced by tests/e2e/run.sh; issue 13, sixth round).
#
# SQLite is loaded by the first call into the store (engine/sqlite_lazy.h),
# not at every start: a command that opens no store never loads it, one
# that saves or reads runs does, and what it saves and reads is the same.
C3=$TMP/cold3
mkdir -p "$C3"
FR=$ROOT/profiles/france.lua
c3_assess() {   # c3_assess ERRFILE [options]: France's JSON report (stdout), the loader's log to ERRFILE
  local err=$1; shift
  LD_DEBUG=libs timeout 300 "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --fail-on none --format json "$@" "$FR" 2> "$err"
}
LD_DEBUG=libs "$LEXGAP" --version > "$C3/version" 2> "$C3/ld-version"
has "cold3: the loader's log names the libraries it loads (liblua)" "$C3/ld-version" "liblua5\.4"
hasnt "cold3: --version does not load SQLite" "$C3/ld-version" "libsqlite3"
LD_DEBUG=libs "$LEXGAP" rules --rules "$RULES" > /dev/null 2> "$C3/ld-rules"
hasnt "cold3: rules does not load SQLite" "$C3/ld-rules" "libsqlite3"
c3_assess "$C3/ld-assess" > "$C3/plain.json"
hasnt "cold3: assess without --save does not load SQLite" "$C3/ld-assess" "libsqlite3"
c3_assess "$C3/ld-save" --save --db "$C3/runs.db" > "$C3/saved.json"
has "cold3: assess --save loads SQLite to save" "$C3/ld-save" "libsqlite3"
has "cold3: assess --save saved the run" "$C3/ld-save" "saved run 1 \(FRA"
if [ -s "$C3/plain.json" ] && cmp -s "$C3/plain.json" "$C3/saved.json"; then ok "cold3: the report is the same with --save"
else fail "cold3: the report is the same with --save"; fi
run "cold3: history reads the saved run" 0 -- "$LEXGAP" history --db "$C3/runs.db" --format json &&
  has "cold3: history shows France's run" "$TMP/out" '"state_code": "FRA"'
run "cold3: show reads the saved run" 0 -- "$LEXGAP" show 1 --db "$C3/runs.db" --format json &&
  has "cold3: show gives the run's findings" "$TMP/out" '"untoc:5\.1\.a'
