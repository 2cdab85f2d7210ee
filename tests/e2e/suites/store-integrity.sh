# The store that does not slow down (sourced by tests/e2e/run.sh; issue 13).
#
# A save runs the full integrity check (PRAGMA quick_check) only when the
# file may have changed outside lexgap: the stamp FILE-checked records the
# state lexgap's own last save left.  A file damaged by anything else is
# refused exactly as before; a file written only by lexgap is not scanned
# again (the stamp follows each save).  Schema versions 5 and 6 count what
# history and matrix show at save time; a store of version 4 saved by lexgap
# before (tests/store/v4.sql) is migrated and every output stays what it was
# (tests/store/v4-expected/); store-obligations.sh does the same from 5.
. "$ROOT/tests/e2e/lib/store-outputs.sh"
SI=$TMP/store-integrity
mkdir -p "$SI"
si_save() {     # si_save DB PROFILE...: assess as of 2026-01-01 and save into DB
  local db=$1; shift
  "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --format csv --fail-on none -o /dev/null --save --db "$db" "$@"
}
si_field() {    # si_field N FILE: the Nth word of FILE
  awk -v n="$1" '{ print $n }' "$2"
}

# ---- the stamp follows lexgap's own saves -------------------------------------------------------
DB=$SI/own.db
run "store-integrity: a first save" 0 -- si_save "$DB" "$ROOT/profiles/arcadia.lua"
if grep -Eq '^lexgap-checked 2 [0-9]+ [0-9]+ [0-9]+ [0-9.]+ [0-9.]+ hdr [0-9a-f]{64}$' "$DB-checked"; then
  ok "store-integrity: the stamp names the file, its times and its header's hash"
else fail "store-integrity: the stamp names the file, its times and its header's hash" "$DB-checked"; fi
if [ "$(si_field 5 "$DB-checked")" = "$(stat -c %s "$DB")" ]; then ok "store-integrity: the stamp holds the size lexgap left"
else fail "store-integrity: the stamp holds the size lexgap left" "$DB-checked"; fi
cp "$DB-checked" "$SI/stamp-1"
run "store-integrity: a second save" 0 -- si_save "$DB" "$ROOT/profiles/borduria.lua"
if ! cmp -s "$DB-checked" "$SI/stamp-1" && [ "$(si_field 5 "$DB-checked")" = "$(stat -c %s "$DB")" ]; then
  ok "store-integrity: the stamp follows lexgap's own save (no full check at the next)"
else fail "store-integrity: the stamp follows lexgap's own save (no full check at the next)" "$DB-checked"; fi
cp "$DB-checked" "$SI/stamp-2"
run "store-integrity: matrix reads" 0 -- "$LEXGAP" matrix --db "$DB"
run "store-integrity: history reads" 0 -- "$LEXGAP" history --db "$DB"
if cmp -s "$DB-checked" "$SI/stamp-2"; then ok "store-integrity: reading leaves the stamp as it was"
else fail "store-integrity: reading leaves the stamp as it was" "$DB-checked"; fi

# ---- a file changed outside lexgap is refused as before --------------------------------------------
# Each case: a store saved into by lexgap (its stamp valid), then changed in
# place by another program, then saved into and read again.
si_case() {     # si_case NAME: $SI/NAME.db saved into twice (its stamp valid)
  si_save "$SI/$1.db" "$ROOT/profiles/arcadia.lua" "$ROOT/profiles/borduria.lua" 2>/dev/null
  si_save "$SI/$1.db" "$ROOT/profiles/borduria.lua" 2>/dev/null
}
# a b-tree page in the second half of the file gets an impossible page type
si_case flipped
python3 - "$SI/flipped.db" <<'EOF'
import sys
path = sys.argv[1]
data = bytearray(open(path, "rb").read())
size = int.from_bytes(data[16:18], "big") or 65536
for page in range(len(data) // size // 2, len(data) // size):
    if data[page * size] in (2, 5, 10, 13):        # interior/leaf index or table page
        data[page * size] = 0x5a
        break
open(path, "r+b").write(data)
EOF
cp "$SI/flipped.db" "$SI/flipped.damaged"
run "store-integrity: flipped: the save is refused" 1 -- si_save "$SI/flipped.db" "$ROOT/profiles/borduria.lua" \
  && has "store-integrity: flipped: damaged" "$TMP/err" "cannot save: the database .*flipped\.db is damaged \(.*\); nothing was written"
if cmp -s "$SI/flipped.db" "$SI/flipped.damaged"; then ok "store-integrity: flipped: nothing written"
else fail "store-integrity: flipped: nothing written"; fi
# truncated to half its size
si_case truncated
truncate -s $(( $(stat -c %s "$SI/truncated.db") / 2 )) "$SI/truncated.db"
cp "$SI/truncated.db" "$SI/truncated.damaged"
run "store-integrity: truncated: the save is refused" 1 -- si_save "$SI/truncated.db" "$ROOT/profiles/borduria.lua" \
  && has "store-integrity: truncated: damaged" "$TMP/err" "the database .*truncated\.db is damaged \(database disk image is malformed\); nothing was written to it"
run "store-integrity: truncated: history refused" 1 -- "$LEXGAP" history --db "$SI/truncated.db" \
  && has "store-integrity: truncated: history says damaged" "$TMP/err" "is damaged"
if cmp -s "$SI/truncated.db" "$SI/truncated.damaged"; then ok "store-integrity: truncated: nothing written"
else fail "store-integrity: truncated: nothing written"; fi
# the header: the page size, then the schema version
si_case header
cp "$SI/header.db" "$SI/header.good"
printf '\002\000' | dd of="$SI/header.db" bs=1 seek=16 conv=notrunc 2>/dev/null
cp "$SI/header.db" "$SI/header.damaged"
run "store-integrity: header (page size): the save is refused" 1 -- si_save "$SI/header.db" "$ROOT/profiles/borduria.lua" \
  && has "store-integrity: header (page size): damaged" "$TMP/err" "header\.db is damaged"
if cmp -s "$SI/header.db" "$SI/header.damaged"; then ok "store-integrity: header (page size): nothing written"
else fail "store-integrity: header (page size): nothing written"; fi
cp "$SI/header.good" "$SI/header.db"
printf '\000\000\000\143' | dd of="$SI/header.db" bs=1 seek=60 conv=notrunc 2>/dev/null
run "store-integrity: header (version): the save is refused" 1 -- si_save "$SI/header.db" "$ROOT/profiles/borduria.lua" \
  && has "store-integrity: header (version): a newer lexgap" "$TMP/err" "written by a newer lexgap \(schema version 99; this lexgap knows up to 7\)"
# a change that damages nothing: the full check runs, finds the file whole, and the save goes on
si_case touched
cp "$SI/touched.db-checked" "$SI/touched.stamp"
printf '\000' | dd of="$SI/touched.db" bs=1 seek=72 conv=notrunc 2>/dev/null
run "store-integrity: a harmless outside write: checked, then saved" 0 -- si_save "$SI/touched.db" "$ROOT/profiles/borduria.lua"
if ! cmp -s "$SI/touched.db-checked" "$SI/touched.stamp"; then ok "store-integrity: the stamp renewed after the full check"
else fail "store-integrity: the stamp renewed after the full check"; fi

# ---- a store of schema version 4 is migrated, every output the same ------------------------------
V4=$SI/v4
mkdir -p "$V4"
if command -v sqlite3 >/dev/null; then
  sqlite3 "$V4/v4.db" < "$ROOT/tests/store/v4.sql"
  if [ "$(sqlite3 "$V4/v4.db" 'PRAGMA user_version')" = 4 ]; then ok "store-integrity: the v4 fixture is of version 4"
  else fail "store-integrity: the v4 fixture is of version 4"; fi
  outputs_as_before "store-integrity: v4 -> 7" "$V4/v4.db" "$V4" "$ROOT/tests/store/v4-expected" <<'EOF'
history.txt history
history.json history --format json
history-oth.txt history oth
matrix-article.txt matrix
matrix-article.json matrix --format json
matrix-article.csv matrix --format csv
matrix-article.html matrix --format html
matrix-obligation.txt matrix --by obligation
matrix-obligation.json matrix --by obligation --format json
matrix-obligation-untoc.csv matrix --by obligation --instrument untoc --format csv
diff.txt diff TST~1 TST
diff.json diff 3 1 --format json
show.txt show OTH --color never
show.json show TST --format json
EOF
  if [ "$(sqlite3 "$V4/v4.db" 'PRAGMA user_version; SELECT count(*) FROM run_tally; SELECT count(*) FROM article_tally; SELECT count(*) FROM obligation_tally' | tr '\n' ' ')" = "7 5 5 5 " ]; then
    ok "store-integrity: migrated to version 7, every run counted"
  else fail "store-integrity: migrated to version 7, every run counted"; fi
else
  echo "skip store-integrity: v4 migration (no sqlite3 command; tests/unit/test_store.c covers the migration)"
fi

# ---- matrix --format json: cells printed one by one, the layout of the whole tree ---------------------
# The document must be what Jansson writes of it as one tree (JSON_INDENT(2)),
# even with a grade planted that must be escaped (a quote, a newline).
if command -v sqlite3 >/dev/null && [ -f "$V4/v4.db" ]; then
  sqlite3 "$V4/v4.db" "UPDATE article_tally SET grade = 'X\"' WHERE run_id = 1; UPDATE article_tally SET grade = char(10) WHERE run_id = 5"
  for by in article obligation; do
    run "store-integrity: matrix --by $by --format json" 0 -- "$LEXGAP" matrix --db "$V4/v4.db" --by "$by" --format json
    if python3 -c 'import json, sys; t = open(sys.argv[1]).read(); sys.exit(json.dumps(json.loads(t), indent=2, ensure_ascii=False) + "\n" != t)' "$TMP/out"; then
      ok "store-integrity: matrix --by $by as JSON: the layout of the whole tree"
    else fail "store-integrity: matrix --by $by as JSON: the layout of the whole tree" "$TMP/out"; fi
    if [ "$by" = article ]; then
      has "store-integrity: a planted grade escaped" "$TMP/out" '"rating": "X\\""'
      has "store-integrity: a planted newline escaped" "$TMP/out" '"rating": "\\n"'
    fi
  done
fi
