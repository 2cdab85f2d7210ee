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
grep -q "nothing was assessed or saved" "$SN/err" && [ ! -s "$SN/out" ]; said2=$?   # refused before the assessment
LEXGAP_DB=$d/env.db sn_in "$d" history --db ""; rc2=$?
grep -q -- "--db names no file (the path is empty)" "$SN/err"; said3=$?
if [ "$rc1" -eq 1 ] && [ "$rc2" -eq 1 ] && [ "$said1$said2$said3" = 000 ] && [ -z "$(ls -A "$d")" ]; then
  ok "store-names: --db \"\" is refused by a save and a read, naming why; \$LEXGAP_DB's file never made"
else fail "store-names: --db \"\" refused (exit $rc1 $rc2; files: $(ls -A "$d" | tr '\n' ' '))" "$SN/err"; fi

# ---- a path SQLite cannot name: refused before anything is made ----------------------
# SQLite's Unix VFS makes a name absolute (the current directory, every
# symbolic link followed) into at most 512 bytes and refuses a longer one.
# Before, a save made the path's directories first, then failed with
# SQLite's "cannot open ... (No such file or directory)", leaving them
# behind.  Refused now by a save (before it assesses), a batch and a read,
# saying why; a path just within the limit is saved into.
d=$SN/long
mkdir -p "$d"
seg=dddddddddddddddddddddddddddddddddddddddddddddddd    # 48 bytes
long=$seg/$seg/$seg/$seg/$seg/$seg/$seg/$seg/$seg/$seg/$seg/x.db   # over 512 with any directory before it
sn_save "$d" "$long" "$N1"; rc1=$?
grep -Eq "as the database: SQLite cannot name it \(its full path, with the current directory and every symbolic link resolved, is (5[2-9][0-9]|[6-9][0-9][0-9]) bytes long and must fit in 512\)" "$SN/err" \
  && grep -q "nothing was assessed or saved" "$SN/err" && [ ! -s "$SN/out" ]; said1=$?
sn_save "$d" "$long" "$N1" "$N2"; rc2=$?
grep -q "SQLite cannot name it" "$SN/err"; said2=$?
sn_in "$d" history --db "$long"; rc3=$?
grep -q "SQLite cannot name it" "$SN/err"; said3=$?
if [ "$rc1$rc2$rc3" = 111 ] && [ "$said1$said2$said3" = 000 ] && [ -z "$(ls -A "$d")" ]; then
  ok "store-names: a path longer than SQLite can name: refused by a save (before the assessment), a batch and a read, no directory made"
else fail "store-names: a path longer than SQLite can name (exit $rc1 $rc2 $rc3; files: $(ls -A "$d" | tr '\n' ' '))" "$SN/err"; fi
# within the limit (the directory's own path counted): saved, directories made
room=$((505 - ${#d} - 1))
short=""; while [ $((${#short} + 49 + 4)) -le "$room" ]; do short=$short$seg/; done; short=${short}x.db
sn_save "$d" "$short" "$N1"; rc=$?
if [ "$rc" -eq 0 ] && [ -s "$d/$short" ] && [ $((${#d} + 1 + ${#short})) -le 512 ]; then
  ok "store-names: a path of $((${#d} + 1 + ${#short})) bytes, within SQLite's limit: saved, its directories made"
else fail "store-names: a path within SQLite's limit (exit $rc, $((${#d} + 1 + ${#short})) bytes)" "$SN/err"; fi

# ---- a lookup that fails other than "not found": said as it is (review 13b, item 2) ----
# Before, any failure of SQLite's full-path function was said to be the
# 512-byte limit: --db FILE/x.db said "SQLite cannot name it" instead of
# "Not a directory"; so a directory that cannot be searched.
d=$SN/notdir
mkdir -p "$d"
printf 'my notes\n' > "$d/notes.txt"
sn_in "$d" history --db notes.txt/x.db; rc1=$?
grep -qx "lexgap history: cannot open notes.txt/x.db: Not a directory" "$SN/err" && ! grep -q "SQLite" "$SN/err"; said1=$?
sn_save "$d" notes.txt/sub/x.db "$N1"; rc2=$?
grep -q "cannot open notes.txt/sub/x.db: Not a directory" "$SN/err" && grep -q "nothing was assessed or saved" "$SN/err" \
  && [ ! -s "$SN/out" ]; said2=$?
if [ "$rc1$rc2$said1$said2" = 1100 ] && [ "$(cd "$d" && ls -A)" = notes.txt ] && [ "$(cat "$d/notes.txt")" = "my notes" ]; then
  ok "store-names: --db FILE/x.db: 'Not a directory', by a read and by a save before it assesses; nothing made"
else fail "store-names: --db FILE/x.db (exit $rc1 $rc2)" "$SN/err"; fi
if [ "$(id -u)" -ne 0 ] || [ -n "$AS_USER" ]; then
  d=$SN/private
  mkdir -p "$d/p/sub"
  chmod 755 "$d" "$SN"; chmod 700 "$d/p"; chmod 755 "$TMP"
  if [ "$(id -u)" -ne 0 ]; then chmod 000 "$d/p"; fi   # a user who is not root owns it: search denied to all
  ( cd "$d" && $AS_USER "$LEXGAP" history --db p/sub/x.db > "$SN/out" 2> "$SN/err" ); rc1=$?
  chmod 700 "$d/p"; chmod 700 "$TMP"
  if [ "$rc1" -eq 1 ] && grep -qx "lexgap history: cannot open p/sub/x.db: Permission denied" "$SN/err"; then
    ok "store-names: --db through a directory that cannot be searched: 'Permission denied'"
  else fail "store-names: --db through a directory that cannot be searched (exit $rc1)" "$SN/err"; fi
else
  ok "store-names: a directory that cannot be searched skipped (root without setpriv)"
fi

# ---- a file name too long for the files kept beside it (review 13b, item 4) -----------
# The file system takes names of NAME_MAX bytes (getconf NAME_MAX); lexgap
# makes "NAME-checked.PID" beside the database (PID 7 digits at most), so
# the name may be NAME_MAX - 16 bytes.  Before, a name of NAME_MAX - 7 to
# NAME_MAX was refused by SQLite after the whole assessment, leaving an
# empty database file; a little shorter, every save lacked its stamp.
d=$SN/names
mkdir -p "$d"
max=$(getconf NAME_MAX "$d")
name_of() { printf "%$(($1 - 3))s.db" "" | tr ' ' n; }
over=$(name_of $((max - 15)))
sn_save "$d" "sub/$over" "$N1"; rc1=$?
grep -q "cannot use sub/$over as the database: its file name is $((max - 15)) bytes long; it may be at most $((max - 16)) (the file system takes names of $max bytes" "$SN/err" \
  && grep -q "nothing was assessed or saved" "$SN/err" && [ ! -s "$SN/out" ]; said1=$?
sn_save "$d" "$(name_of "$max")" "$N1"; rc2=$?
grep -q "its file name is $max bytes long" "$SN/err"; said2=$?
if [ "$rc1$rc2$said1$said2" = 1100 ] && [ -z "$(ls -A "$d")" ]; then
  ok "store-names: a file name of $((max - 15)) and $max bytes (NAME_MAX $max): refused before the assessment, naming the limit; nothing made"
else fail "store-names: a file name too long (exit $rc1 $rc2; files: $(ls -A "$d" | tr '\n' ' '))" "$SN/err"; fi
within=$(name_of $((max - 16)))
sn_save "$d" "$within" "$N1"; rc1=$?
sn_save "$d" "$within" "$N2"; rc2=$?
if [ "$rc1$rc2" = 00 ] && [ "$(sn_runs "$d" "$within")" = 2 ] && [ -s "$d/$within-checked" ]; then
  ok "store-names: a file name of $((max - 16)) bytes: saved into, its stamp made beside it"
else fail "store-names: a file name of $((max - 16)) bytes (exit $rc1 $rc2)" "$SN/err"; fi
# a database that exists under a longer name (another program made it, or
# an older lexgap) is still read: only a new one is refused
cp "$d/$within" "$d/$over"
if [ "$(sn_runs "$d" "$over")" = 2 ]; then
  ok "store-names: an existing database named $((max - 15)) bytes is still read"
else fail "store-names: an existing database with a long name is read" "$SN/err"; fi

# ---- names SQLite reads as URI syntax, through the immutable URI (review 12c, item 2) --
# A store in a directory no one may write (mode 555, read by a user who is
# not root) is read as immutable, through a "file:" URI (db_connect): every
# byte not plainly safe in a URI must be escaped (%XX), '?', '#', '%' and ':'
# included, and an absolute name starting "//" must not be read as an
# authority.  Each name is a copy of one store of one run; a byte left as it
# is opens another file, or none ('a%41.db' would be 'aA.db', 'a?b.db' the
# file 'a' with a query), and history fails or shows other runs.
if [ "$(id -u)" -ne 0 ] || [ -n "$AS_USER" ]; then
  d=$SN/odd
  mkdir -p "$d/d"
  sn_save "$d" base.db "$N1"; rc=$?
  names=('a?b.db' 'a#b.db' 'a%41.db' 'a b.db' 'é.db' '-x.db' 'file:f.db' ':memory:' 'd//y.db')
  for name in "${names[@]}"; do cp "$d/base.db" "$d/$name"; done
  rm -f "$d"/base.db*
  chmod -R a+rX "$d"; chmod 555 "$d" "$d/d"; chmod 755 "$TMP"
  before=$(cd "$d" && ls -AR)
  bad=""
  for name in "${names[@]}" "$d/a?b.db" "/$d/a#b.db" "$d/d/../a%41.db"; do
    ( cd "$d" && $AS_USER "$LEXGAP" history --db "$name" --format json > "$SN/out" 2> "$SN/err" ); got=$?
    [ "$got" -eq 0 ] && [ "$(grep -c '"run":' "$SN/out")" = 1 ] || bad="$bad '$name' (exit $got: $(head -c 200 "$SN/err"))"
  done
  after=$(cd "$d" && ls -AR)
  chmod 755 "$d" "$d/d"; chmod 700 "$TMP"
  if [ "$rc" -eq 0 ] && [ -z "$bad" ] && [ "$before" = "$after" ]; then
    ok "store-names: ?, #, %, spaces, file:, :memory:, '//' and '..' names read as immutable from a read-only directory, each its own file"
  else fail "store-names: unusual names through the immutable URI:$bad" "$SN/err"; fi
else
  ok "store-names: unusual names through the immutable URI skipped (root without setpriv)"
fi

# ---- a symbolic link to the store: the target and its side files (review 12c, item 1) --
# SQLite resolves a link at the database's path and keeps -wal, -shm and
# -journal beside the target; lexgap examines the target so too (store_open:
# resolve_file).  Before, a link in a read-only directory to a store whose
# log held a committed run was read as immutable, without its log: one run
# of two; a save through a link left its stamp beside the link.
if command -v sqlite3 >/dev/null && { [ "$(id -u)" -ne 0 ] || [ -n "$AS_USER" ]; }; then
  d=$SN/link
  mkdir -p "$d/rw" "$d/ro"
  ln -s ../rw/s.db "$d/ro/link.db"
  sn_save "$d" rw/s.db "$N1"; rc1=$?
  # a second connection, kept open, holds the log: the next save's run stays in rw/s.db-wal
  mkfifo "$d/hold"
  ( cd "$d" && sqlite3 ./rw/s.db < hold > "$SN/held" ) & holder=$!
  exec 9> "$d/hold"
  echo "SELECT count(*) FROM run;" >&9
  for _ in $(seq 100); do [ -s "$SN/held" ] && break; sleep 0.1; done
  sn_save "$d" rw/s.db "$N2"; rc2=$?
  chmod -R a+rX "$d"; chmod 555 "$d/ro"; chmod 755 "$TMP"
  ( cd "$d" && $AS_USER "$LEXGAP" history --db ro/link.db --format json > "$SN/out" 2> "$SN/err" ); rc3=$?
  runs=$(grep -c '"run":' "$SN/out")
  chmod 755 "$d/ro"; chmod 700 "$TMP"
  exec 9>&-; wait "$holder"
  if [ "$rc1$rc2$rc3" = 000 ] && [ "$runs" = 2 ] && [ -s "$SN/held" ]; then
    ok "store-names: a link in a read-only directory reads the target with its log (2 runs, one of them only in the log)"
  else fail "store-names: a link in a read-only directory to a store with a log (exit $rc1 $rc2 $rc3, $runs runs of 2)" "$SN/err"; fi
else
  ok "store-names: a link in a read-only directory skipped (no sqlite3 shell, or root without setpriv)"
fi

d=$SN/savelink
mkdir -p "$d/t" "$d/l"
ln -s ../t/s.db "$d/l/link.db"
sn_save "$d" t/s.db "$N1"; rc1=$?
stamp1=$(cat "$d/t/s.db-checked" 2>/dev/null)
sn_save "$d" l/link.db "$N2"; rc2=$?
sn_runs "$d" l/link.db > "$SN/runs"; rc3=$?
if [ "$rc1$rc2$rc3" = 000 ] && [ "$(cat "$SN/runs")" = 2 ] && [ -L "$d/l/link.db" ] \
   && [ "$(readlink "$d/l/link.db")" = ../t/s.db ] && [ "$(ls -A "$d/l")" = link.db ] \
   && [ -s "$d/t/s.db-checked" ] && [ "$(cat "$d/t/s.db-checked")" != "$stamp1" ] \
   && { ! command -v sqlite3 >/dev/null || [ "$(sqlite3 "$d/t/s.db" 'SELECT count(*) FROM run')" = 2 ]; }; then
  ok "store-names: a save through a link writes the target and its stamp beside it; the link kept, nothing beside it"
else fail "store-names: a save through a link (exit $rc1 $rc2 $rc3; beside the link: $(ls -A "$d/l" | tr '\n' ' '))" "$SN/err"; fi

# a link to nothing: refused naming it, by a save and a read; nothing made
d=$SN/dangling
mkdir -p "$d/l"
ln -s ../t/new/s.db "$d/l/link.db"
sn_save "$d" l/link.db "$N1"; rc1=$?
grep -q "cannot use l/link.db as the database: it is a symbolic link to nothing" "$SN/err"; said1=$?
sn_in "$d" history --db l/link.db; rc2=$?
grep -q "cannot use l/link.db as the database: it is a symbolic link to nothing" "$SN/err"; said2=$?
if [ "$rc1$rc2$said1$said2" = 1100 ] && [ "$(cd "$d" && find . | sort | tr '\n' ' ')" = ". ./l ./l/link.db " ]; then
  ok "store-names: a link to nothing is refused by a save and a read, naming it; nothing made"
else fail "store-names: a link to nothing (exit $rc1 $rc2; files: $(cd "$d" && find . | tr '\n' ' '))" "$SN/err"; fi
# a link to itself: cannot be resolved, refused naming it and why
ln -s loop.db "$d/loop.db"
sn_save "$d" loop.db "$N1"; rc1=$?
grep -q "cannot use loop.db as the database: it is a symbolic link that cannot be resolved (Too many levels of symbolic links)" "$SN/err"; said1=$?
if [ "$rc1$said1" = 10 ] && [ "$(cd "$d" && find . | sort | tr '\n' ' ')" = ". ./l ./l/link.db ./loop.db " ]; then
  ok "store-names: a link to itself is refused by a save, saying it cannot be resolved; nothing made"
else fail "store-names: a link to itself (exit $rc1; files: $(cd "$d" && find . | tr '\n' ' '))" "$SN/err"; fi
