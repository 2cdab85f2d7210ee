# The store's CHECK constraints without a temporary table per row (sourced
# by tests/e2e/run.sh; issue 13).  Schema version 7 writes each CHECK "x IN
# (three values or more)" as "x = a OR x = b ...", which SQLite 3.40
# evaluates with a few comparisons instead of building a temporary table
# for every row written.  What it must not change: a store of version 6
# saved by lexgap before (tests/store/v6.sql) is migrated with every row as
# it was and every output byte for byte what that lexgap printed
# (tests/store/v6-expected/), its schema then a new store's; the constraints
# refuse what they refused, in a migrated store as in a new one; a process
# killed at any write of the migration (tests/store/kill_wal.c: each write
# of the write-ahead log in turn, torn in half) leaves the store of version
# 6 as it was, which the next command migrates.
. "$ROOT/tests/e2e/lib/store-outputs.sh"
SC=$TMP/store-checks
mkdir -p "$SC"

# sc_schema DB: the schema of DB, an object a line
sc_schema() { sqlite3 "$1" "SELECT type || ' ' || name || ' ' || tbl_name || ' ' || coalesce(sql, '') FROM sqlite_schema ORDER BY type, name"; }

# sc_refusals NAME DB: what the constraints do with values they refuse and
# with one they accept (each insert rolled back)
sc_refusals() {
  local name=$1 db=$2 run="(SELECT min(id) FROM run)" got="" value sql
  for sql in \
    "INSERT INTO finding(run_id, seq, rule_seq, rule_id, level, status, gap) VALUES ($run, 999999, 0, 'x', 'mandatory', %s, 0)" \
    "INSERT INTO finding(run_id, seq, rule_seq, rule_id, level, status, gap) VALUES ($run, 999999, 0, 'x', %s, 'met', 0)" \
    "INSERT INTO binding(run_id, seq, instrument, kind, reason_en, reason_fr) VALUES ($run, 999999, 'x', %s, '', '')" \
    "INSERT INTO rating(run_id, pos, scope, instrument, key, grade, major, moderate, minor, unknown, errors) VALUES ($run, 999999, 'article', 'x', 'k', %s, 0, 0, 0, 0, 0)"; do
    for value in "'Met'" "'other'" "1" "''" "'met '" "'met'" "'N/A'" "'mandatory'" "'bound'"; do
      # shellcheck disable=SC2059
      if sqlite3 "$db" "BEGIN; $(printf "$sql" "$value"); ROLLBACK;" 2> "$SC/refusal" >/dev/null; then got="$got ok"
      elif grep -q 'CHECK constraint failed' "$SC/refusal"; then got="$got CHECK"
      else got="$got other"; fi
    done
  done
  # status, level, kind, grade: each accepts its own value of the nine, and only that
  local want=" CHECK CHECK CHECK CHECK CHECK ok CHECK CHECK CHECK"
  want="$want CHECK CHECK CHECK CHECK CHECK CHECK CHECK ok CHECK"
  want="$want CHECK CHECK CHECK CHECK CHECK CHECK CHECK CHECK ok"
  want="$want CHECK CHECK CHECK CHECK CHECK CHECK ok CHECK CHECK"
  if [ "$got" = "$want" ]; then
    ok "store-checks: $name: the constraints refuse what they refused"
  else fail "store-checks: $name: the constraints refuse what they refused (got:$got)"; fi
}

if command -v sqlite3 >/dev/null; then
  V6=$SC/v6.db
  sqlite3 "$V6" < "$ROOT/tests/store/v6.sql"
  sqlite3 "$V6" 'PRAGMA journal_mode = WAL' > /dev/null     # as lexgap keeps a store
  sqlite3 "$V6" .dump > "$SC/v6.dump"
  grep '^INSERT' "$SC/v6.dump" > "$SC/v6.rows"
  if [ "$(sqlite3 "$V6" 'PRAGMA user_version')" = 6 ] && grep -q "status IN ('met', 'partly_met'" "$SC/v6.dump"; then
    ok "store-checks: the v6 fixture is of version 6, with its CHECK IN"
  else fail "store-checks: the v6 fixture is of version 6, with its CHECK IN"; fi
  sc_refusals "version 6" "$V6"

  # ---- killed at each write of the migration: version 6 as it was, then migrated -----------------
  # the system's compiler, by name: $CC is another suite's variable here
  if cc -shared -fPIC -o "$SC/kill_wal.so" "$ROOT/tests/store/kill_wal.c" -ldl 2> "$SC/cc.err"; then
    n=1 kills=0 bad=""
    while [ "$n" -le 50 ]; do
      rm -f "$SC/k.db" "$SC/k.db-wal" "$SC/k.db-shm"
      cp "$V6" "$SC/k.db"
      (LD_PRELOAD="$SC/kill_wal.so" LEXGAP_KILL_AT_WAL_WRITE=$n \
         ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
         "$LEXGAP" history --db "$SC/k.db" > /dev/null 2>&1
       echo $? > "$SC/status") 2> /dev/null     # the subshell's "Killed" not shown
      status=$(cat "$SC/status")
      [ "$status" -eq 137 ] || break               # not killed: the migration wrote fewer than n times
      kills=$((kills + 1))
      sqlite3 "$SC/k.db" .dump | cmp -s - "$SC/v6.dump" || bad="$bad $n:changed"
      "$LEXGAP" history --db "$SC/k.db" > "$SC/k.out" 2>&1 || bad="$bad $n:then-refused"
      sed "s|$SC/k.db|DB|g" "$SC/k.out" | cmp -s - "$ROOT/tests/store/v6-expected/history.txt" || bad="$bad $n:then-history"
      [ "$(sqlite3 "$SC/k.db" 'PRAGMA user_version')" = 7 ] || bad="$bad $n:then-not-7"
      n=$((n + 1))
    done
    if [ "$status" -eq 0 ] && [ "$kills" -ge 2 ] && [ -z "$bad" ]; then
      ok "store-checks: killed at each of the migration's $kills log writes: version 6 as it was, migrated by the next command"
    else fail "store-checks: killed at each log write of the migration (exit $status after $kills kills:$bad)"; fi
  else
    echo "skip store-checks: a kill during the migration (cannot build tests/store/kill_wal.c: $(head -1 "$SC/cc.err"))"
  fi

  # ---- migrated: every output and every row as they were -------------------------------------
  outputs_as_before "store-checks: v6 -> 7" "$V6" "$SC" "$ROOT/tests/store/v6-expected" <<'EOF'
history.txt history
history.json history --format json
history-oth.txt history oth
matrix-article.txt matrix
matrix-article.json matrix --format json
matrix-article.csv matrix --format csv
matrix-obligation.txt matrix --by obligation
matrix-obligation.json matrix --by obligation --format json
diff.txt diff OTH~1 OTH
diff.json diff 7 1 --format json
show.txt show OTH --color never
show.json show TST --format json
show-9.md show 9 --format md
EOF
  sqlite3 "$V6" .dump | grep '^INSERT' > "$SC/v7.rows"
  if [ "$(sqlite3 "$V6" 'PRAGMA user_version')" = 7 ] && cmp -s "$SC/v6.rows" "$SC/v7.rows"; then
    ok "store-checks: migrated to version 7, every row as it was"
  else fail "store-checks: migrated to version 7, every row as it was"; diff "$SC/v6.rows" "$SC/v7.rows" | head -5; fi
  if [ "$(sqlite3 "$V6" 'PRAGMA integrity_check')" = ok ]; then ok "store-checks: the migrated store passes integrity_check"
  else fail "store-checks: the migrated store passes integrity_check"; fi
  sc_refusals "migrated" "$V6"

  # ---- a new store: the same schema, the same refusals, no temporary table -------------------------
  NEW=$SC/new.db
  run "store-checks: save into a new store" 0 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --format csv \
    --fail-on none -o /dev/null --save --db "$NEW" "$ROOT/profiles/borduria.lua"
  sc_schema "$NEW" > "$SC/new.schema"
  sc_schema "$V6" > "$SC/v7.schema"
  if cmp -s "$SC/new.schema" "$SC/v7.schema"; then ok "store-checks: the migrated schema is a new store's"
  else fail "store-checks: the migrated schema is a new store's"; diff "$SC/new.schema" "$SC/v7.schema" | head -5; fi
  sc_refusals "new store" "$NEW"
  ephemeral=$(for t in "INSERT INTO finding(run_id, seq, rule_seq, rule_id, level, status, gap) VALUES (1, 999999, 0, 'x', 'mandatory', 'met', 0)" \
                       "INSERT INTO rule(ruleset_id, seq, id, level, cluster, line) VALUES (1, 999999, 'x', 'mandatory', 0, 1)" \
                       "INSERT INTO binding(run_id, seq, instrument, kind, reason_en, reason_fr) VALUES (1, 999999, 'x', 'bound', '', '')" \
                       "INSERT INTO rating(run_id, pos, scope, instrument, key, grade, major, moderate, minor, unknown, errors) VALUES (1, 999999, 'article', 'x', 'k', 'C', 0, 0, 0, 0, 0)"; do
                sqlite3 "$NEW" "EXPLAIN $t"; done | grep -c OpenEphemeral)
  if [ "$ephemeral" = 0 ]; then ok "store-checks: no temporary table in the inserts of finding, rule, binding, rating"
  else fail "store-checks: no temporary table in the inserts of finding, rule, binding, rating ($ephemeral OpenEphemeral)"; fi
  sqlite3 "$SC/old.db" < "$ROOT/tests/store/v6.sql"
  old=$(sqlite3 "$SC/old.db" "EXPLAIN INSERT INTO finding(run_id, seq, rule_seq, rule_id, level, status, gap) VALUES (1, 999999, 0, 'x', 'mandatory', 'met', 0)" | grep -c OpenEphemeral)
  if [ "$old" -ge 2 ]; then ok "store-checks: version 6 built a temporary table per CHECK IN ($old in finding's insert)"
  else fail "store-checks: version 6 built a temporary table per CHECK IN ($old in finding's insert)"; fi
else
  echo "skip store-checks (needs sqlite3; tests/unit/test_store.c covers the migration)"
fi
