# assess --save of a batch in flat memory (sourced by tests/e2e/run.sh;
# issue 13, "batches that do not grow").
#
# Each run is staged in a private temporary SQLite file as soon as it is
# assessed and every run is copied into the store at the end, in one
# transaction (store.h: store_batch).  Memory must not grow with the batch;
# what is saved must be what was assessed; a failure or a kill anywhere
# leaves the store as it was; another save is not locked out while the
# batch is assessed; the report is the report without --save.
SB=$TMP/save-batch
mkdir -p "$SB/many" "$SB/tmp"
B1=$ROOT/profiles/france.lua B2=$ROOT/profiles/arcadia.lua B3=$ROOT/profiles/borduria.lua
for i in $(seq 1 120); do cp "$B2" "$SB/many/p$i.lua"; done
sb_assess() {   # sb_assess DB [options] PROFILE...: a save, report to $SB/out, errors to $SB/err
  local db=$1; shift
  timeout 600 "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --fail-on none --save --db "$db" "$@" > "$SB/out" 2> "$SB/err"
}
sb_count() { "$LEXGAP" history --db "$1" --format json 2>/dev/null | grep -c '"run":'; }
# lines of the progress bar seen so far in FILE for LABEL
sb_steps() { tr '\r' '\n' < "$1" | grep -c "^$2 "; }

# ---- memory does not grow with the batch --------------------------------
# (not under AddressSanitizer: its quarantine keeps freed memory by design)
if grep -q __asan_init "$LEXGAP" 2>/dev/null; then
  echo "skip save-batch: memory shape not measured under AddressSanitizer"
elif [ -x /usr/bin/time ]; then
  rm -f "$SB"/m20.db* "$SB"/m120.db*
  /usr/bin/time -f %M -o "$SB/m20" "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --fail-on none --format csv \
    --save --db "$SB/m20.db" $(ls "$SB"/many/*.lua | head -20) > /dev/null 2>&1
  /usr/bin/time -f %M -o "$SB/m120" "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --fail-on none --format csv \
    --save --db "$SB/m120.db" "$SB"/many/*.lua > /dev/null 2>&1
  m20=$(tail -1 "$SB/m20"); m120=$(tail -1 "$SB/m120")
  if [ "$(sb_count "$SB/m20.db")" -eq 20 ] && [ "$(sb_count "$SB/m120.db")" -eq 120 ] \
     && [ -n "$m20" ] && [ -n "$m120" ] && [ $((m120 * 2)) -lt $((m20 * 3)) ]; then
    ok "save-batch: peak memory of assess --save of 120 profiles under 1.5 times that of 20 ($m120 / $m20 KiB)"
  else fail "save-batch: peak memory of assess --save of 120 profiles under 1.5 times that of 20 (${m120:-?} / ${m20:-?} KiB)"; fi
else
  ok "save-batch: memory shape skipped (no /usr/bin/time)"
fi

# ---- what is saved is what was assessed ---------------------------------
timeout 300 "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --fail-on none --format json "$B1" "$B2" "$B3" > "$SB/plain.json" 2>/dev/null
timeout 300 "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --fail-on none --format text "$B1" "$B2" "$B3" > "$SB/plain.text" 2>/dev/null
rm -f "$SB"/three.db*
sb_assess "$SB/three.db" --format json "$B1" "$B2" "$B3"
if cmp -s "$SB/out" "$SB/plain.json" && grep -q "saved run 3 (BOR, as of 2026-01-01)" "$SB/err"; then
  ok "save-batch: the report of a saved batch is the report without --save"
else fail "save-batch: the report of a saved batch is the report without --save" "$SB/err"; fi
"$LEXGAP" show --db "$SB/three.db" --format json 1 2 3 > "$SB/shown.json" 2>/dev/null
if cmp -s "$SB/shown.json" "$SB/plain.json"; then ok "save-batch: show of the three runs is the report assessed"
else fail "save-batch: show of the three runs is the report assessed"; fi
same=1
k=0
for f in "$B1" "$B2" "$B3"; do
  k=$((k + 1))
  "$LEXGAP" show --db "$SB/three.db" --profile "$k" > "$SB/profile.$k" 2>/dev/null
  cmp -s "$SB/profile.$k" "$f" || { same=0; echo "     run $k: the profile saved differs from $f"; }
  want=$(sha256sum "$f" | cut -c1-64)
  "$LEXGAP" history --db "$SB/three.db" --format json 2>/dev/null | grep -q "\"profile_hash\": \"$want\"" \
    || { same=0; echo "     no run with the hash of $f"; }
done
if [ "$same" -eq 1 ]; then ok "save-batch: each run holds the exact bytes of its profile and their SHA-256"
else fail "save-batch: each run holds the exact bytes of its profile and their SHA-256"; fi

# ---- all or none --------------------------------------------------------
# a write that fails in the middle of the batch: the staging file outgrows a
# file size limit (about three runs); the report, piped, is not limited
cp "$SB/three.db" "$SB/limit.db"
cp "$SB/limit.db" "$SB/limit.copy"
( trap '' XFSZ; ulimit -f 2000; SQLITE_TMPDIR="$SB/tmp" exec "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 \
    --fail-on none --format text --save --db "$SB/limit.db" "$B1" "$B2" "$B3" "$B1" "$B2" "$B3" "$B1" "$B2" "$B3" 2> "$SB/err" ) \
  | cat > "$SB/out"; rc=${PIPESTATUS[0]}
for i in 1 2; do { cat "$SB/plain.text"; printf '\n\n'; } ; done > "$SB/want.text"; cat "$SB/plain.text" >> "$SB/want.text"
if [ "$rc" -eq 1 ] && grep -q "nothing was saved (the database is as it was)" "$SB/err" \
   && grep -Eq "temporary file.*(File too large|disk full|file size limit)" "$SB/err" && ! grep -q "saved run" "$SB/err" \
   && cmp -s "$SB/limit.db" "$SB/limit.copy"; then
  ok "save-batch: a write failing in the middle of the batch: exit 1, nothing saved, the file byte for byte as it was"
else fail "save-batch: a write failing in the middle of the batch (exit $rc)" "$SB/err"; fi
if cmp -s "$SB/out" "$SB/want.text"; then ok "save-batch: the failed save still leaves the whole report"
else fail "save-batch: the failed save still leaves the whole report"; fi
# a database that cannot be saved to: the report all the same
printf 'my notes\n' > "$SB/notes.txt"
sb_assess "$SB/notes.txt" --format text "$B1" "$B2" "$B3"; rc=$?
if [ "$rc" -eq 1 ] && cmp -s "$SB/out" "$SB/plain.text" && grep -q "not a lexgap database" "$SB/err"; then
  ok "save-batch: a refused database: exit 1, the report written"
else fail "save-batch: a refused database: exit 1, the report written (exit $rc)" "$SB/err"; fi
# one profile into a database that cannot be opened: why, then that nothing
# was saved, as a batch says it
sb_assess "$SB/notes.txt" --format text "$B1"; rc=$?
if [ "$rc" -eq 1 ] && grep -q "not a lexgap database" "$SB/err" \
   && grep -q "nothing was saved (the database is as it was)" "$SB/err" && [ "$(cat "$SB/notes.txt")" = "my notes" ]; then
  ok "save-batch: one profile, a refused database: why, then nothing was saved"
else fail "save-batch: one profile, a refused database: why, then nothing was saved (exit $rc)" "$SB/err"; fi
sb_assess "$SB/notes.txt" --format text "$B1" "$B2"; rc=$?
if [ "$rc" -eq 1 ] && grep -q "not a lexgap database" "$SB/err" \
   && grep -q "nothing was saved (the database is as it was)" "$SB/err"; then
  ok "save-batch: a batch, a refused database: why, then nothing was saved"
else fail "save-batch: a batch, a refused database: why, then nothing was saved (exit $rc)" "$SB/err"; fi
# the directories of a new database: only those its path goes through; a
# '..' out of a directory that does not exist is refused, nothing made,
# before the assessment (the path alone says it: no report), for one
# profile as for a batch
sb_assess "$SB/newdirs/x/../y.db" --format text "$B1"; rc=$?
if [ "$rc" -eq 1 ] && [ ! -e "$SB/newdirs" ] \
   && grep -q "it goes back ('..') out of $SB/newdirs/x, which does not exist" "$SB/err" \
   && grep -q "nothing was assessed or saved" "$SB/err" && [ ! -s "$SB/out" ]; then
  ok "save-batch: --db DIR/x/../y.db with DIR missing: refused before the assessment, no directory made"
else fail "save-batch: --db DIR/x/../y.db with DIR missing (exit $rc)" "$SB/err"; fi
sb_assess "$SB/newdirs/x/../y.db" --format text "$B1" "$B2"; rc=$?
if [ "$rc" -eq 1 ] && [ ! -e "$SB/newdirs" ] && [ ! -s "$SB/out" ] \
   && grep -q "it goes back ('..') out of $SB/newdirs/x, which does not exist" "$SB/err"; then
  ok "save-batch: a batch, --db DIR/x/../y.db with DIR missing: refused before the assessment"
else fail "save-batch: a batch, --db DIR/x/../y.db with DIR missing (exit $rc)" "$SB/err"; fi
# a '..' out of a symbolic link to nothing: refused so too, and said so
ln -s "$SB/nowhere" "$SB/dangling"
sb_assess "$SB/dangling/../y.db" --format text "$B1"; rc=$?
if [ "$rc" -eq 1 ] && [ ! -e "$SB/nowhere" ] && [ ! -e "$SB/y.db" ] \
   && grep -q "it goes back ('..') out of $SB/dangling, a symbolic link to nothing (its target does not exist)" "$SB/err" \
   && grep -q "nothing was assessed or saved" "$SB/err" && [ ! -s "$SB/out" ]; then
  ok "save-batch: --db LINK/../y.db, LINK a link to nothing: refused before the assessment, said to be such a link, nothing made"
else fail "save-batch: --db LINK/../y.db, LINK a link to nothing (exit $rc)" "$SB/err"; fi
rm -f "$SB/dangling"
# a path whose last component is empty, '.' or '..' names a directory, not
# the database's file: refused before anything is made, by a save (one
# profile or a batch) as by a command that reads; a save refuses it before
# it assesses anything (the path alone says it: no report)
for db in newer/sub/.. newer/ newer/. newer//; do
  last=${db##*/}; [ -n "$last" ] || last=/
  sb_assess "$SB/$db" --format text "$B1"; rc=$?
  sb_assess "$SB/$db" --format text "$B1" "$B2"; rc2=$?
  "$LEXGAP" history --db "$SB/$db" > /dev/null 2> "$SB/err.read"; rc3=$?
  if [ "$rc" -eq 1 ] && [ "$rc2" -eq 1 ] && [ "$rc3" -eq 1 ] && [ ! -e "$SB/newer" ] \
     && grep -qF "cannot use $SB/$db as the database: the path must name a file, and it ends in '$last'" "$SB/err" \
     && grep -q "nothing was assessed or saved" "$SB/err" && [ ! -s "$SB/out" ] \
     && grep -qF "cannot use $SB/$db as the database: the path must name a file" "$SB/err.read"; then
    ok "save-batch: --db DIR/$db: refused (assess --save, history), nothing made"
  else fail "save-batch: --db DIR/$db (exit $rc, $rc2, $rc3)" "$SB/err"; cat "$SB/err.read"; fi
done
mkdir -p "$SB/olddir/x"
sb_assess "$SB/olddir/x/../new/./y.db" --format text "$B1"; rc=$?
if [ "$rc" -eq 0 ] && [ "$(sb_count "$SB/olddir/new/y.db")" -eq 1 ] && [ -z "$(ls -A "$SB/olddir/x")" ]; then
  ok "save-batch: --db through an existing x/.. and a new directory: made, the run saved"
else fail "save-batch: --db through an existing x/.. and a new directory (exit $rc)" "$SB/err"; fi
rm -rf "$SB/olddir"
# killed in the middle of the batch: the store as it was, no staging file left
cp "$SB/three.db" "$SB/kill.db"
cp "$SB/kill.db" "$SB/kill.copy"
LEXGAP_PROGRESS=always SQLITE_TMPDIR="$SB/tmp" "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --fail-on none \
  --format csv --save --db "$SB/kill.db" "$SB"/many/*.lua > /dev/null 2> "$SB/kill.err" &
pid=$!
for _ in $(seq 1 600); do [ "$(sb_steps "$SB/kill.err" assessing)" -ge 30 ] && break; sleep 0.1; done
steps=$(sb_steps "$SB/kill.err" assessing)
# the staging file: in the directory named, open, its name already gone
staged=$(ls -l /proc/$pid/fd 2>/dev/null | grep -c "$SB/tmp/lexgap-batch-.* (deleted)")
kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
if [ "$staged" -eq 1 ] && [ "$steps" -ge 30 ]; then
  ok "save-batch: the staging file is in \$SQLITE_TMPDIR, open and unlinked while the batch runs"
else fail "save-batch: the staging file is in \$SQLITE_TMPDIR, open and unlinked ($staged found)" "$SB/kill.err"; fi
if [ "$steps" -ge 30 ] && ! grep -q "saving" "$SB/kill.err" && cmp -s "$SB/kill.db" "$SB/kill.copy" \
   && [ -z "$(ls -A "$SB/tmp")" ]; then
  ok "save-batch: killed after $steps of 120 profiles: the file byte for byte as it was, no temporary file left"
else fail "save-batch: killed in the middle of the batch ($steps steps)" "$SB/kill.err"; fi

# killed while the runs are copied into the store: the store as it was (its
# write transaction never committed), no staging file left, the next save fine
cp "$SB/three.db" "$SB/copy.db"
cp "$SB/copy.db" "$SB/copy.copy"
LEXGAP_PROGRESS=always SQLITE_TMPDIR="$SB/tmp" "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --fail-on none \
  --format csv --save --db "$SB/copy.db" "$SB"/many/*.lua > /dev/null 2> "$SB/copy.err" &
pid=$!
for _ in $(seq 1 30000); do [ "$(sb_steps "$SB/copy.err" saving)" -ge 1 ] && break; sleep 0.01; done
kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
copied=$(tr '\r' '\n' < "$SB/copy.err" | grep "^saving " | tail -1 | sed 's/.* //')
if grep -q "saved run" "$SB/copy.err"; then
  ok "save-batch: killed while copying: not measured (the copy was done before the kill)"
elif [ "$(sb_steps "$SB/copy.err" saving)" -ge 1 ] && cmp -s "$SB/copy.db" "$SB/copy.copy" \
     && [ "$(sb_count "$SB/copy.db")" -eq 3 ] && [ -z "$(ls -A "$SB/tmp")" ]; then
  ok "save-batch: killed while copying (at $copied): the store's file and runs as they were, no temporary file left"
else fail "save-batch: killed while copying (at ${copied:-?})" "$SB/copy.err"; fi
sb_assess "$SB/copy.db" --format csv "$B1" "$B2"; rc=$?
if [ "$rc" -eq 0 ] && [ "$(sb_count "$SB/copy.db")" -eq 5 ] && grep -q "saved run 5 (ARC" "$SB/err"; then
  ok "save-batch: the save after the kill saves its runs"
else fail "save-batch: the save after the kill saves its runs (exit $rc)" "$SB/err"; fi

# ---- a profile changed between its check and its turn ------------------
# The check reads every profile before any is assessed; it keeps the first
# ones loaded, with their bytes (within KEEP_CHECKED_TREE_BYTES, 8 MiB:
# about 30 of these Arcadias, 271 KB each with its bytes), and the last,
# and the assessment takes those as they are; the others are read again at
# their turn.  To change a file at the right moment, the report goes into a
# FIFO this shell reads: its first byte says every profile was checked, and
# the first profile's report (1.7 MB of JSON) then fills the pipe, so the
# command waits, before any profile is read again, while the file changes.
sb_paused() {   # sb_paused DB CHANGE PROFILE...: a save paused after the check while CHANGE runs
  local db=$1 change=$2 first='' pid
  shift 2
  rm -f "$SB/fifo"
  mkfifo "$SB/fifo"
  timeout 600 "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --fail-on none --format json --save --db "$db" "$@" \
    > "$SB/fifo" 2> "$SB/err" &
  pid=$!
  exec 3< "$SB/fifo"
  IFS= read -r -N 1 first <&3
  eval "$change"
  { printf '%s' "$first"; cat <&3; } > "$SB/out"
  exec 3<&-
  wait "$pid"
  sb_rc=$?
}
mkdir -p "$SB/chg"
for i in $(seq 1 120); do cp "$B2" "$SB/chg/p$i.lua"; done
chg=$(for i in $(seq 1 120); do printf '%s ' "$SB/chg/p$i.lua"; done)
# one kept by the check (the second: the first is read before the pause):
# assessed and saved with the bytes checked, never read again
rm -f "$SB"/kept.db*
sb_paused "$SB/kept.db" 'printf -- "-- changed after the check\n" >> "$SB/chg/p2.lua"' "$SB/chg/p1.lua" "$SB/chg/p2.lua" "$B1"
"$LEXGAP" show --db "$SB/kept.db" --profile 2 > "$SB/kept.profile" 2>/dev/null
if [ "$sb_rc" -eq 0 ] && cmp -s "$SB/kept.profile" "$B2" && ! cmp -s "$SB/chg/p2.lua" "$B2" \
   && grep -q "saved run 3 (FRA" "$SB/err"; then
  ok "save-batch: a profile kept from its check, changed before its turn: assessed and saved with the bytes checked"
else fail "save-batch: a profile kept from its check, changed before its turn (exit $sb_rc)" "$SB/err"; fi
cp "$B2" "$SB/chg/p2.lua"
# one read again at its turn, changed into a profile that does not load: refused, nothing saved
cp "$SB/three.db" "$SB/again.db"
cp "$SB/again.db" "$SB/again.copy"
# shellcheck disable=SC2086
sb_paused "$SB/again.db" 'printf "return {\n  profile_format = 1,\n" > "$SB/chg/p100.lua"' $chg
if [ "$sb_rc" -eq 1 ] && grep -q "$SB/chg/p100.lua: profile refused when read again" "$SB/err" \
   && grep -q "nothing was saved (the database is as it was)" "$SB/err" && ! grep -q "saved run" "$SB/err" \
   && cmp -s "$SB/again.db" "$SB/again.copy"; then
  ok "save-batch: a profile read again at its turn, changed since its check: refused when read again, nothing saved"
else fail "save-batch: a profile read again at its turn, changed since its check (exit $sb_rc)" "$SB/err"; fi
rm -rf "$SB/chg" "$SB/fifo"

# ---- where the staging file goes ----------------------------------------
# a directory named that cannot take it: said, naming it; no other tried
cp "$SB/three.db" "$SB/named.db"
cp "$SB/named.db" "$SB/named.copy"
SQLITE_TMPDIR="$SB/no-such-dir" sb_assess "$SB/named.db" --format text "$B1" "$B2" "$B3"; rc=$?
if [ "$rc" -eq 1 ] && cmp -s "$SB/out" "$SB/plain.text" && cmp -s "$SB/named.db" "$SB/named.copy" \
   && grep -q "cannot create the temporary file of the runs being saved (in $SB/no-such-dir, from \$SQLITE_TMPDIR)" "$SB/err" \
   && grep -q "nothing was saved (the database is as it was)" "$SB/err" && ! grep -q "saved run" "$SB/err"; then
  ok "save-batch: \$SQLITE_TMPDIR unusable: exit 1, said naming it, nothing saved, the report written"
else fail "save-batch: \$SQLITE_TMPDIR unusable (exit $rc)" "$SB/err"; fi
# a directory others may write in without the sticky bit: refused, since
# SQLite opens the staging file again by its name and another user could
# put a file or a link of theirs in its place (review of fix11b); sticky,
# as /tmp is, it is used
mkdir -p "$SB/open-dir" "$SB/sticky-dir"
chmod 0777 "$SB/open-dir"
chmod 1777 "$SB/sticky-dir"
SQLITE_TMPDIR="$SB/open-dir" sb_assess "$SB/named.db" --format text "$B1" "$B2" "$B3"; rc=$?
if [ "$rc" -eq 1 ] && cmp -s "$SB/out" "$SB/plain.text" && cmp -s "$SB/named.db" "$SB/named.copy" \
   && grep -q "(in $SB/open-dir, from \$SQLITE_TMPDIR): others may write in the directory and it is not sticky" "$SB/err" \
   && [ -z "$(ls -A "$SB/open-dir")" ]; then
  ok "save-batch: a staging directory others may write in, not sticky: refused naming it, nothing saved, the report written"
else fail "save-batch: a staging directory others may write in, not sticky (exit $rc)" "$SB/err"; fi
SQLITE_TMPDIR="$SB/sticky-dir" sb_assess "$SB/named.db" --format text "$B1" "$B2"; rc=$?
if [ "$rc" -eq 0 ] && [ "$(sb_count "$SB/named.db")" -eq 5 ] && [ -z "$(ls -A "$SB/sticky-dir")" ]; then
  ok "save-batch: a sticky staging directory others may write in (as /tmp): used, nothing left in it"
else fail "save-batch: a sticky staging directory (exit $rc)" "$SB/err"; fi
# a relative directory whose name starts "file:" is a directory, not a URI
mkdir -p "$SB/rel/file:uri"
( cd "$SB/rel" && SQLITE_TMPDIR=file:uri timeout 600 "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --fail-on none \
    --format csv --save --db "$SB/rel/rel.db" "$B1" "$B2" > /dev/null 2> "$SB/err" ); rc=$?
if [ "$rc" -eq 0 ] && [ "$(sb_count "$SB/rel/rel.db")" -eq 2 ] && [ -z "$(ls -A "$SB/rel/file:uri")" ]; then
  ok "save-batch: a relative staging directory named file:uri is a directory"
else fail "save-batch: a relative staging directory named file:uri (exit $rc)" "$SB/err"; fi

# ---- a report that cannot be written is not the save's failure ----------
rm -f "$SB"/noout.db*
sb_assess "$SB/noout.db" --format text -o "$SB/no-such-dir/report.txt" "$B1" "$B2" "$B3"; rc=$?
if [ "$rc" -eq 1 ] && [ "$(sb_count "$SB/noout.db")" -eq 3 ] && grep -q "cannot write $SB/no-such-dir/report.txt" "$SB/err" \
   && grep -q "saved run 3 (BOR" "$SB/err" && [ ! -e "$SB/no-such-dir" ]; then
  ok "save-batch: -o that cannot be opened: exit 1, said, the runs saved all the same"
else fail "save-batch: -o that cannot be opened: exit 1, the runs saved all the same (exit $rc)" "$SB/err"; fi
rm -f "$SB"/noout.db*
sb_assess "$SB/noout.db" --format text -o "$SB/no-such-dir/report.txt" "$B1"; rc=$?
if [ "$rc" -eq 1 ] && [ "$(sb_count "$SB/noout.db")" -eq 1 ] && grep -q "saved run 1 (FRA" "$SB/err"; then
  ok "save-batch: -o that cannot be opened, one profile: exit 1, the run saved"
else fail "save-batch: -o that cannot be opened, one profile: exit 1, the run saved (exit $rc)" "$SB/err"; fi
# one profile: its "saved run" line comes before its report
rm -f "$SB"/first.db*
"$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --fail-on none --format text --save --db "$SB/first.db" "$B1" \
  > "$SB/both.out" 2>&1
if head -1 "$SB/both.out" | grep -q "^lexgap assess: saved run 1 (FRA" && [ "$(grep -c "saved run" "$SB/both.out")" -eq 1 ]; then
  ok "save-batch: one profile: its saved run said before its report"
else fail "save-batch: one profile: its saved run said before its report" "$SB/both.out"; fi

# ---- another save while a batch is assessed -----------------------------
# with no busy timeout at all: the batch holds no lock on the store until
# its last profile is assessed
rm -f "$SB"/both.db*
sb_assess "$SB/both.db" --format csv "$B3"
LEXGAP_PROGRESS=always "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --fail-on none --format csv --save \
  --db "$SB/both.db" "$SB"/many/*.lua > /dev/null 2> "$SB/batch.err" &
pid=$!
for _ in $(seq 1 600); do [ "$(sb_steps "$SB/batch.err" assessing)" -ge 10 ] && break; sleep 0.1; done
LEXGAP_DB_TIMEOUT=0 "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --fail-on none --format csv --save \
  --db "$SB/both.db" "$B1" > /dev/null 2> "$SB/other.err"; orc=$?
during=$(sb_steps "$SB/batch.err" saving)      # 0: the batch was still being assessed
wait $pid; brc=$?
if [ "$during" -ne 0 ]; then
  ok "save-batch: another save during a batch: not measured (the batch reached its save first)"
elif [ "$orc" -eq 0 ] && grep -q "saved run 2 (FRA" "$SB/other.err"; then
  ok "save-batch: another save during a batch succeeds at once (busy timeout 0)"
else fail "save-batch: another save during a batch succeeds at once (exit $orc)" "$SB/other.err"; fi
if [ "$brc" -eq 0 ] && [ "$(sb_count "$SB/both.db")" -eq 122 ] && grep -q "saved run 122 (ARC" "$SB/batch.err"; then
  ok "save-batch: the batch saved after it, every run"
else fail "save-batch: the batch saved after it, every run (exit $brc)" "$SB/batch.err"; fi

# ---- a reader that goes away takes the report, not the save -------------
rm -f "$SB"/pipe.db*
timeout 300 "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --fail-on none --format text --save --db "$SB/pipe.db" \
  "$B1" "$B2" "$B3" 2> "$SB/err" | head -1 > /dev/null
if [ "$(sb_count "$SB/pipe.db")" -eq 3 ] && grep -q "saved run 3 (BOR" "$SB/err"; then
  ok "save-batch: | head: the runs are saved all the same"
else fail "save-batch: | head: the runs are saved all the same" "$SB/err"; fi
rm -rf "$SB/many" "$SB"/*.db* "$SB"/*.copy
