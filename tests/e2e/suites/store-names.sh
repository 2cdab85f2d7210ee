# The database's path is a file's path, whatever it looks like (sourced by
# tests/e2e/run.sh; review 12b, item 2).  SQLite reads a name starting
# "file:" as a URI (Debian's even without SQLITE_OPEN_URI) and ":memory:"
# as a database in memory; lexgap stats, checks and names the literal file,
# so it must hand SQLite that same file (store_sqlite_name: "./PATH").
# Before, --db file:hd.db examined a file:hd.db that was not there ("new
# store": nothing checked) while SQLite opened hd.db and switched it to WAL,
# a file lexgap would have refused; --db :memory: failed.  Each command runs
# in a directory of its own, so that "no other file touched" is a listing.
SN=$TMP/store-names
mkdir -p "$SN"
N1=$ROOT/profiles/arcadia.lua N2=$ROOT/profiles/borduria.lua
# sn_in DIR COMMAND ARGS...: lexgap COMMAND ARGS in DIR, out and err to $SN
sn_in() {
  local d=$1; shift
  ( cd "$d" && timeout 600 "$LEXGAP" "$@" > "$SN/out" 2> "$SN/err" )
}
sn_save() { local d=$1 db=$2; shift 2; sn_in "$d" assess --rules "$RULES" --as-of 2026-01-01 --fail-on none --format csv --save --db "$db" "$@"; }
sn_runs() { sn_in "$1" history --db "$2" --format json && grep -c '"run":' "$SN/out"; }
# a foreign SQLite file (another program's, rollback journal) at DIR/NAME,
# made through "./" so that the sqlite3 shell, too, takes NAME for a file
sn_foreign() { ( cd "$1" && sqlite3 "./$2" "CREATE TABLE notes(x); INSERT INTO notes VALUES ('mine');" ); }
sn_mode() { ( cd "$1" && sqlite3 "./$2" 'PRAGMA journal_mode' ); }

if command -v sqlite3 >/dev/null; then
  # ---- file:x.db and :memory: are files of the current directory ------------------
  for name in "file:x.db" ":memory:"; do
    d=$SN/d$((${#name}))
    mkdir -p "$d"
    sn_save "$d" "$name" "$N1"; rc1=$?
    sn_save "$d" "$name" "$N1" "$N2"; rc2=$?     # a batch: staged, then copied into the store
    runs=$(sn_runs "$d" "$name")
    others=$(cd "$d" && ls -A | grep -Fxv -e "$name" -e "$name-checked" -e "$name-wal" -e "$name-shm")
    if [ "$rc1" -eq 0 ] && [ "$rc2" -eq 0 ] && [ "$runs" = 3 ] && [ -s "$d/$name" ] && [ -z "$others" ] \
       && [ "$(sqlite3 "$d/./$name" 'SELECT count(*) FROM run')" = 3 ] && [ "$(sn_mode "$d" "$name")" = wal ]; then
      ok "store-names: --db $name saves into, and reads from, the file of that name in the current directory"
    else fail "store-names: --db $name is the file of that name (exit $rc1 $rc2, $runs runs, other files: $others)" "$SN/err"; fi
  done

  # ---- file:hd.db with no such file, hd.db another program's: hd.db untouched --------
  d=$SN/hd
  mkdir -p "$d"
  sn_foreign "$d" hd.db
  sum=$(md5sum < "$d/hd.db")
  sn_save "$d" "file:hd.db" "$N1"; rc=$?
  if [ "$rc" -eq 0 ] && [ "$(md5sum < "$d/hd.db")" = "$sum" ] && [ "$(sn_mode "$d" hd.db)" = delete ] \
     && [ ! -e "$d/hd.db-wal" ] && [ "$(sqlite3 "$d/./file:hd.db" 'SELECT count(*) FROM run')" = 1 ]; then
    ok "store-names: --db file:hd.db makes file:hd.db; hd.db (another program's) byte for byte as it was, not WAL"
  else fail "store-names: --db file:hd.db beside another program's hd.db (exit $rc, hd.db mode $(sn_mode "$d" hd.db))" "$SN/err"; fi

  # ---- a refused file named file:...: refused, byte for byte as it was ---------------
  # (no r.db beside it: SQLite given "file:r.db" would open r.db, which is not there)
  d=$SN/refused
  mkdir -p "$d"
  sn_foreign "$d" "file:r.db"
  sum=$(md5sum < "$d/file:r.db")
  sn_save "$d" "file:r.db" "$N1"; rc1=$?
  grep -q "file:r.db is a SQLite database of another program" "$SN/err"; said1=$?
  sn_in "$d" history --db "file:r.db"; rc2=$?
  grep -q "file:r.db is a SQLite database of another program" "$SN/err"; said2=$?
  if [ "$rc1" -eq 1 ] && [ "$rc2" -eq 1 ] && [ "$said1" -eq 0 ] && [ "$said2" -eq 0 ] \
     && [ "$(md5sum < "$d/file:r.db")" = "$sum" ] && [ "$(cd "$d" && ls -A | tr '\n' ' ')" = "file:r.db " ]; then
    ok "store-names: a foreign file named file:r.db is refused by a save and a read, byte for byte as it was, no file made"
  else fail "store-names: a foreign file named file:r.db (exit $rc1 $rc2; files: $(cd "$d" && ls -A | tr '\n' ' '))" "$SN/err"; fi
else
  ok "store-names: skipped (no sqlite3 shell)"
fi

# ---- --db "": refused, never the default store ---------------------------------------
d=$SN/empty
mkdir -p "$d"
LEXGAP_DB=$d/env.db sn_save "$d" "" "$N1"; rc1=$?
grep -q -- "--db names no file (the path is empty)" "$SN/err"; said1=$?
grep -q "nothing was saved" "$SN/err"; said2=$?
LEXGAP_DB=$d/env.db sn_in "$d" history --db ""; rc2=$?
grep -q -- "--db names no file (the path is empty)" "$SN/err"; said3=$?
if [ "$rc1" -eq 1 ] && [ "$rc2" -eq 1 ] && [ "$said1$said2$said3" = 000 ] && [ -z "$(ls -A "$d")" ]; then
  ok "store-names: --db \"\" is refused by a save and a read, naming why; \$LEXGAP_DB's file never made"
else fail "store-names: --db \"\" refused (exit $rc1 $rc2; files: $(ls -A "$d" | tr '\n' ' '))" "$SN/err"; fi
