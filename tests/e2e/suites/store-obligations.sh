# matrix --by obligation laid out at save time (sourced by tests/e2e/run.sh;
# issue 13).  Schema version 6 keeps, for each run, one byte per obligation
# (its status and gap) beside a list of the obligations, shared by the runs
# that name the same ones.  What it must not change: every output of a store
# of version 5 saved by lexgap before (tests/store/v5.sql, migrated) is
# byte for byte what that lexgap printed (tests/store/v5-expected/); the
# cells are those the findings give, read as matrix read them before (a
# rule id declared twice included); a migration that fails leaves the file
# as it was.
. "$ROOT/tests/e2e/lib/store-outputs.sh"
SO=$TMP/store-obligations
mkdir -p "$SO"

# so_oracle DB JSON: the cells of JSON (matrix --by obligation --format json
# [--instrument ID]) are those the findings of the latest runs give, read
# through finding_summary as matrix read them before schema version 6 (in
# the index's order, a later finding of the same rule id replacing an
# earlier).  Prints what differs; exit status 0 when nothing does.
so_oracle() {
  python3 - "$1" "$2" "${3:-}" <<'EOF'
import json, sqlite3, sys
db, out, instrument = sys.argv[1], sys.argv[2], sys.argv[3] or None
doc = json.load(open(out))
con = sqlite3.connect("file:" + db + "?mode=ro", uri=True)
latest = ("SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY state_code COLLATE NOCASE"
          " ORDER BY as_of DESC, id DESC) AS k FROM run) WHERE k = 1")
want, columns = {}, set()
for run, rule, status, gap in con.execute(
        "SELECT run_id, rule_id, status, gap FROM finding INDEXED BY finding_summary WHERE run_id IN (" + latest + ")"
        " AND (?1 IS NULL OR instrument = ?1) ORDER BY run_id, instrument, article, level, status, gap, rule_id, seq",
        (instrument,)):
    want.setdefault(run, {})[rule] = {"status": status, "gaps": gap}
    columns.add(rule)
bad = 0
if set(doc["columns"]) != columns:
    print("columns differ:", sorted(columns ^ set(doc["columns"]))); bad = 1
for state in doc["states"]:
    cells = {k: v for k, v in state["cells"].items() if v is not None}
    if cells != want.get(state["run"], {}):
        print("run", state["run"], "differs"); bad = 1
if len(doc["states"]) != len(list(con.execute(latest))):
    print("not every latest run is a row"); bad = 1
sys.exit(bad)
EOF
}

if command -v sqlite3 >/dev/null && command -v python3 >/dev/null; then
  # ---- a store of schema version 5 is migrated, every output the same ------------------------
  V5=$SO/v5
  mkdir -p "$V5"
  sqlite3 "$V5/v5.db" < "$ROOT/tests/store/v5.sql"
  cp "$V5/v5.db" "$V5/v5.orig"
  if [ "$(sqlite3 "$V5/v5.db" 'PRAGMA user_version')" = 5 ]; then ok "store-obligations: the v5 fixture is of version 5"
  else fail "store-obligations: the v5 fixture is of version 5"; fi
  outputs_as_before "store-obligations: v5 -> 7" "$V5/v5.db" "$V5" "$ROOT/tests/store/v5-expected" <<'EOF'
history.txt history
history.json history --format json
history-tst.txt history tst
matrix-article.txt matrix
matrix-article.json matrix --format json
matrix-article.csv matrix --format csv
matrix-obligation.txt matrix --by obligation
matrix-obligation.json matrix --by obligation --format json
matrix-obligation.csv matrix --by obligation --format csv
matrix-obligation.html matrix --by obligation --format html
matrix-obligation-untoc.txt matrix --by obligation --instrument untoc
matrix-obligation-other.json matrix --by obligation --instrument other --format json
diff.txt diff TST~1 TST
diff.json diff 2 5 --format json
show.txt show OTH --color never
show.json show TST --format json
EOF
  # six runs of two rule sets that name the same obligations: one list
  if [ "$(sqlite3 "$V5/v5.db" 'PRAGMA user_version; SELECT count(*) FROM obligation_tally; SELECT count(*) FROM obligation_list' | tr '\n' ' ')" = "7 6 1 " ]; then
    ok "store-obligations: migrated to version 7, every run laid out, one list shared"
  else fail "store-obligations: migrated to version 7, every run laid out, one list shared"; fi
  "$LEXGAP" matrix --by obligation --format json --db "$V5/v5.db" > "$V5/m.json"
  if so_oracle "$V5/v5.db" "$V5/m.json" > "$V5/oracle" 2>&1; then ok "store-obligations: v5 -> 7: the cells are the findings' (a rule id declared twice)"
  else fail "store-obligations: v5 -> 7: the cells are the findings' (a rule id declared twice)" "$V5/oracle"; fi

  # ---- runs saved now: the cells are the findings', and a migration lays them out the same ------
  DB=$SO/saved.db
  so_save() { "$LEXGAP" assess --rules "$RULES" --format csv --fail-on none -o /dev/null --save --db "$DB" "$@"; }
  run "store-obligations: save the bundled profiles" 0 -- so_save --as-of 2026-01-01 "$ROOT"/profiles/*.lua
  run "store-obligations: save Borduria as of 2005" 0 -- so_save --as-of 2005-01-01 "$ROOT/profiles/borduria.lua"
  run "store-obligations: save France, prospective" 0 -- so_save --as-of 2026-01-01 --prospective "$ROOT/profiles/france.lua"
  run "store-obligations: save Arcadia, UNTOC alone" 0 -- so_save --as-of 2027-01-01 --instrument untoc "$ROOT/profiles/arcadia.lua"
  for ins in "" untoc cybercrime; do
    run "store-obligations: matrix by obligation ${ins:-(all)}" 0 -- "$LEXGAP" matrix --by obligation --format json --db "$DB" ${ins:+--instrument "$ins"}
    cp "$TMP/out" "$SO/saved-$ins.json"
    if so_oracle "$DB" "$SO/saved-$ins.json" "$ins" > "$SO/oracle" 2>&1; then ok "store-obligations: saved: the cells are the findings' ${ins:-(all)}"
    else fail "store-obligations: saved: the cells are the findings' ${ins:-(all)}" "$SO/oracle"; fi
  done
  for f in text csv json html; do "$LEXGAP" matrix --by obligation --format "$f" --db "$DB" > "$SO/saved.$f"; done
  if [ "$(sqlite3 "$DB" 'SELECT count(*) FROM obligation_list')" = 2 ]; then ok "store-obligations: one list per set of obligations (every pack; UNTOC alone)"
  else fail "store-obligations: one list per set of obligations (every pack; UNTOC alone)"; fi
  # back to version 5 (the layout taken away), then read: the migration lays out the same
  sqlite3 "$DB" < "$ROOT/tests/store/checks-before-v7.sql"
  sqlite3 "$DB" 'DROP TABLE obligation_tally; DROP TABLE obligation_list; DROP INDEX run_latest; PRAGMA user_version = 5;'
  for f in text csv json html; do
    "$LEXGAP" matrix --by obligation --format "$f" --db "$DB" > "$SO/migrated.$f"
    if cmp -s "$SO/saved.$f" "$SO/migrated.$f"; then ok "store-obligations: as saved = as migrated ($f)"
    else fail "store-obligations: as saved = as migrated ($f)"; diff "$SO/saved.$f" "$SO/migrated.$f" | head -5; fi
  done

  # ---- a migration that fails leaves the file as it was ------------------------------------------
  # a page of finding_summary (what the migration reads) damaged: matrix
  # refuses, and the file is byte for byte the damaged one, still version 5
  cp "$V5/v5.orig" "$SO/broken.db"
  page=$(sqlite3 "$SO/broken.db" "SELECT pageno FROM dbstat WHERE name = 'finding_summary' LIMIT 1" 2>/dev/null)
  size=$(sqlite3 "$SO/broken.db" 'PRAGMA page_size')
  if [ -n "$page" ] && [ "$page" -gt 1 ]; then
    printf '\132' | dd of="$SO/broken.db" bs=1 seek=$(( (page - 1) * size )) conv=notrunc 2>/dev/null
    cp "$SO/broken.db" "$SO/broken.before"
    run "store-obligations: a migration that fails: refused" 1 -- "$LEXGAP" matrix --by obligation --db "$SO/broken.db" \
      && has "store-obligations: a migration that fails: says why" "$TMP/err" "cannot upgrade the database schema to version 6.*(damaged|malformed)"
    if cmp -s "$SO/broken.db" "$SO/broken.before"; then ok "store-obligations: a migration that fails: the file as it was"
    else fail "store-obligations: a migration that fails: the file as it was"; fi
  else
    echo "skip store-obligations: failed migration (no dbstat in this sqlite3)"
  fi
else
  echo "skip store-obligations (needs sqlite3 and python3; tests/unit/test_store.c covers the layout)"
fi
