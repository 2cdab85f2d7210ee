# Hostile profiles, databases, arguments and outputs (issue 8): one test per
# escape the security review found, and the neighbouring cases.  Sourced by
# tests/e2e/run.sh (run/has/hasnt/ok/fail, $LEXGAP $RULES $FIX $TMP $ROOT).

H=$FIX/hostile
HT=$TMP/hostile
mkdir -p "$HT"
PROFILE=$ROOT/profiles/arcadia.lua

# no_raw_controls NAME FILE: no byte a terminal acts upon (C0 but newline,
# DEL, C1 as UTF-8 or raw, the bidirectional overrides) reached FILE.
no_raw_controls() {
  if LC_ALL=C grep -q -P '[\x00-\x09\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xa8-\xae]|\xe2\x81[\xa6-\xa9]|\x9b' "$2"; then
    fail "$1: raw control characters in the message" "$2"
  else
    ok "$1"
  fi
}

# max_bytes NAME FILE N: FILE holds at most N bytes (a message, not an echo).
max_bytes() {
  local n
  n=$(wc -c < "$2")
  if [ "$n" -le "$3" ]; then ok "$1"; else fail "$1: $n bytes, expected at most $3" "$2"; fi
}

# ---- profiles and data files that are not regular files --------------------------
mkfifo "$HT/profile.fifo"
run "hostile: FIFO profile refused at once" 1 -- timeout 20 "$LEXGAP" assess --rules "$RULES" "$HT/profile.fifo" \
  && has "hostile: FIFO profile named and said" "$TMP/err" "profile\.fifo: not a regular file \(a FIFO\); refused"
run "hostile: FIFO profile refused with --save" 1 -- timeout 20 "$LEXGAP" assess --rules "$RULES" --save --db "$HT/fifo-save.db" "$HT/profile.fifo" \
  && has "hostile: FIFO profile refused before saving" "$TMP/err" "not a regular file \(a FIFO\)"
run "hostile: directory as profile" 1 -- "$LEXGAP" assess --rules "$RULES" "$HT" \
  && has "hostile: directory as profile said" "$TMP/err" "not a regular file \(a directory\)"
run "hostile: endless device as profile" 1 -- timeout 20 "$LEXGAP" assess --rules "$RULES" /dev/zero \
  && has "hostile: device as profile said" "$TMP/err" "/dev/zero: not a regular file \(a character device\)"

# every other file lexgap reads: the schema, a test case, an official text
cp -R "$RULES" "$HT/rules"
for f in schema.lua untoc/tests/base.lua untoc/texts/en.lua; do
  mv "$HT/rules/$f" "$HT/rules/$f.away"
  mkfifo "$HT/rules/$f"
  case $f in
    */tests/*) run "hostile: FIFO as $f" 1 -- timeout 20 "$LEXGAP" test --rules "$HT/rules" --instrument untoc \
                 && has "hostile: FIFO as $f named" "$TMP/out" "$(basename "$f"):0: not a regular file \(a FIFO\)" ;;
    *) run "hostile: FIFO as $f" 1 -- timeout 20 "$LEXGAP" assess --rules "$HT/rules" "$PROFILE" \
         && has "hostile: FIFO as $f named" "$TMP/err" "$(basename "$f"): not a regular file \(a FIFO\)" ;;
  esac
  rm -f "$HT/rules/$f"
  mv "$HT/rules/$f.away" "$HT/rules/$f"
done
mkfifo "$HT/text.fifo"
run "hostile: FIFO given to texts import" 1 -- timeout 20 "$LEXGAP" texts import "$HT/text.fifo" --instrument untoc --lang en \
  && has "hostile: texts import names the FIFO" "$TMP/err" "text\.fifo: not a regular file \(a FIFO\)"
mkfifo "$HT/rules.fifo"
run "hostile: --rules onto a FIFO" 1 -- timeout 20 "$LEXGAP" assess --rules "$HT/rules.fifo" "$PROFILE" \
  && has "hostile: --rules FIFO said" "$TMP/err" "rules\.fifo: not a rules directory"
run "hostile: --rules onto the root of the file system" 1 -- timeout 20 "$LEXGAP" assess --rules / "$PROFILE" \
  && has "hostile: --rules / refused" "$TMP/err" "/: no rule pack found|/schema\.lua: cannot open"

# ---- profile contents --------------------------------------------------------------
run "hostile: unknown profile_format" 1 -- "$LEXGAP" assess --rules "$RULES" "$H/profile-format.lua" \
  && has "hostile: profile_format refused with file, line and key" "$TMP/err" \
         "profile-format\.lua:3: profile_format: unsupported profile format 99: this lexgap reads format 1"
run "hostile: escapes in a profile" 1 -- "$LEXGAP" assess --rules "$RULES" "$H/profile-escapes.lua" \
  && { no_raw_controls "hostile: no escape sequence reaches stderr" "$TMP/err"; \
       has "hostile: escaped key shown" "$TMP/err" "profile-escapes\.lua:7: bogus\\\\x1b\]0;pwned\\\\x07: unknown key"; \
       has "hostile: C1 and bidi shown" "$TMP/err" 'maybe\\u009b\\u202e'; \
       has "hostile: escape in a date shown" "$TMP/err" "2024-13-01\\\\x1b\[2J"; }
run "hostile: escapes in a profile with --save" 1 -- "$LEXGAP" assess --rules "$RULES" --save --db "$HT/esc.db" "$H/profile-escapes.lua" \
  && no_raw_controls "hostile: no escape sequence reaches stderr (--save)" "$TMP/err"

# ---- arguments -------------------------------------------------------------------------
long=$(head -c 120000 /dev/zero | tr '\0' 'a')
run "hostile: 120 KB profile path" 1 -- "$LEXGAP" assess --rules "$RULES" "$HT/$long.lua" \
  && { has "hostile: 120 KB path: the reason is kept" "$TMP/err" "a\.lua: cannot open: File name too long"; \
       max_bytes "hostile: 120 KB path: the message is short" "$TMP/err" 2000; }
run "hostile: 121 KB unknown option" 1 -- "$LEXGAP" assess "--$long" \
  && { has "hostile: long option: named" "$TMP/err" "unknown option '--aaa.*\.\.\..*aaa'"; \
       head -n 1 "$TMP/err" > "$TMP/err.first"; max_bytes "hostile: long option: not echoed in full" "$TMP/err.first" 1200; }
run "hostile: 121 KB unknown command" 1 -- "$LEXGAP" "$long" \
  && max_bytes "hostile: long command: not echoed in full" "$TMP/err" 3000
"$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --save --db "$HT/runs.db" "$PROFILE" >/dev/null 2>&1
digits=$(head -c 100000 /dev/zero | tr '\0' '7')
for cmd in show history; do
  run "hostile: 100 KB run name to $cmd" 1 -- "$LEXGAP" $cmd --db "$HT/runs.db" "ARC$digits" \
    && max_bytes "hostile: 100 KB run name to $cmd: not echoed in full" "$TMP/err" 2000
done
run "hostile: 100 KB run id to diff" 1 -- "$LEXGAP" diff --db "$HT/runs.db" "$digits" 1 \
  && max_bytes "hostile: 100 KB run id: not echoed in full" "$TMP/err" 2000
run "hostile: escapes in a run name" 1 -- "$LEXGAP" show --db "$HT/runs.db" "$(printf 'ARC\033]0;pwned\007\033[2J')" \
  && { no_raw_controls "hostile: run name: no raw escape" "$TMP/err"; has "hostile: run name shown escaped" "$TMP/err" "ARC\\\\x1b\]0;pwned"; }
run "hostile: escapes in a State code" 1 -- "$LEXGAP" history --db "$HT/runs.db" "$(printf 'X\033[31m\302\233')" \
  && no_raw_controls "hostile: State code: no raw escape" "$TMP/err"
run "hostile: escapes in an unknown option" 1 -- "$LEXGAP" assess "$(printf -- '--x\033[2J')" \
  && no_raw_controls "hostile: option: no raw escape" "$TMP/err"

# ---- databases ---------------------------------------------------------------------------
run "hostile: --db onto a FIFO" 1 -- timeout 20 "$LEXGAP" assess --rules "$RULES" --save --db "$HT/profile.fifo" "$PROFILE" \
  && has "hostile: --db FIFO refused" "$TMP/err" "profile\.fifo is not a regular file"
run "hostile: --db onto a directory" 1 -- "$LEXGAP" history --db "$HT" \
  && has "hostile: --db directory refused" "$TMP/err" "is not a regular file"
if command -v sqlite3 >/dev/null; then
  cp "$HT/runs.db" "$HT/planted.db"
  sqlite3 "$HT/planted.db" < "$H/plant-trigger.sql"
  cp "$HT/planted.db" "$HT/planted.before"
  run "hostile: planted trigger: save refused" 1 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --save --db "$HT/planted.db" "$PROFILE" \
    && has "hostile: planted trigger named" "$TMP/err" "planted\.db: its schema is not exactly lexgap's \(version [0-9]+\): unexpected (trigger 'rewrite_history' on table 'run'|view 'latest')"
  if cmp -s "$HT/planted.db" "$HT/planted.before"; then ok "hostile: planted trigger: database untouched"; else fail "hostile: planted trigger: database changed"; fi
  run "hostile: planted trigger: reading refused" 1 -- "$LEXGAP" history --db "$HT/planted.db" \
    && has "hostile: planted trigger: history says why" "$TMP/err" "refused, nothing was read from or written to it"
else
  echo "skip hostile: planted trigger (no sqlite3 command; tests/unit/test_store.c covers it)"
fi

# ---- outputs ------------------------------------------------------------------------------
# Device nodes of our own when root (a regression must not destroy the
# system's /dev/null); the system's otherwise (a user cannot rename over them).
if [ "$(id -u)" -eq 0 ]; then
  mknod "$HT/null" c 1 3 && mknod "$HT/full" c 1 7
  NULLDEV=$HT/null FULLDEV=$HT/full
else
  NULLDEV=/dev/null FULLDEV=/dev/full
fi
run "hostile: -o onto a null device" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 -o "$NULLDEV" "$PROFILE"
if [ -c "$NULLDEV" ] && [ -z "$(ls "$(dirname "$NULLDEV")" | grep -F "$(basename "$NULLDEV").tmp-")" ]; then
  ok "hostile: -o null device: still a device, no temporary file"
else
  fail "hostile: -o null device: replaced or temporary file left"
fi
run "hostile: -o onto a full device" 1 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 -o "$FULLDEV" "$PROFILE" \
  && { has "hostile: -o full device: the error said" "$TMP/err" "cannot write .*full: No space left on device"; \
       [ -c "$FULLDEV" ] && ok "hostile: -o full device: still a device" || fail "hostile: -o full device: replaced"; }
run "hostile: standard output on a full device" 1 -- sh -c "'$LEXGAP' rules --rules '$RULES' > '$FULLDEV'" \
  && has "hostile: full standard output said" "$TMP/err" "cannot write standard output: No space left on device"
run "hostile: questionnaire -o onto a full device" 1 -- "$LEXGAP" questionnaire --rules "$RULES" --instrument untoc -o "$FULLDEV" \
  && has "hostile: questionnaire: full device said" "$TMP/err" "No space left on device"
run "hostile: texts import -o onto a full device" 1 -- "$LEXGAP" texts import "$FIX/../fuzz/corpus/texts/untoc-en-start.txt" \
    --instrument untoc --lang en -o "$FULLDEV" \
  && has "hostile: texts import: full device said" "$TMP/err" "No space left on device"
ln -s /proc/self/fd/1 "$HT/stdout"            # what /dev/stdout is, without risking the system's
"$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 -o "$HT/stdout" "$PROFILE" 2>"$TMP/err" | cat > "$HT/piped"
if grep -q "State: Arcadia" "$HT/piped"; then ok "hostile: -o /dev/stdout: the report went down the pipe"; else fail "hostile: -o /dev/stdout: nothing in the pipe"; fi
[ -L "$HT/stdout" ] && ok "hostile: -o /dev/stdout: the link still there" || fail "hostile: -o /dev/stdout: the link replaced"
mkfifo "$HT/out.fifo"
run "hostile: -o onto a FIFO nobody reads" 1 -- timeout 20 "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 -o "$HT/out.fifo" "$PROFILE" \
  && has "hostile: FIFO without reader said" "$TMP/err" "out\.fifo: a FIFO that no process reads"
run "hostile: -o onto a directory" 1 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 -o "$HT" "$PROFILE" \
  && has "hostile: -o directory said" "$TMP/err" "cannot write .*: it is a directory"

# modes: a new file 0666 less the umask; a replaced one keeps its mode
rm -f "$HT/new.txt" "$HT/q.lua"
(umask 022; "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 -o "$HT/new.txt" "$PROFILE" >/dev/null 2>&1)
[ "$(stat -c %a "$HT/new.txt")" = 644 ] && ok "hostile: -o new file: 0644 under umask 022" || fail "hostile: -o new file mode $(stat -c %a "$HT/new.txt")"
(umask 022; "$LEXGAP" questionnaire --rules "$RULES" --instrument untoc -o "$HT/q.lua" >/dev/null 2>&1)
[ "$(stat -c %a "$HT/q.lua")" = 644 ] && ok "hostile: questionnaire -o: 0644 under umask 022" || fail "hostile: questionnaire -o mode $(stat -c %a "$HT/q.lua")"
chmod 640 "$HT/new.txt"
(umask 077; "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 -o "$HT/new.txt" "$PROFILE" >/dev/null 2>&1)
[ "$(stat -c %a "$HT/new.txt")" = 640 ] && ok "hostile: -o replaced file keeps 0640" || fail "hostile: -o replaced file mode $(stat -c %a "$HT/new.txt")"
ln -sf new.txt "$HT/link.txt"
"$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 -o "$HT/link.txt" "$PROFILE" >/dev/null 2>&1
[ -L "$HT/link.txt" ] && grep -q "State: Arcadia" "$HT/new.txt" && ok "hostile: -o through a link: the link kept, its file written" \
  || fail "hostile: -o through a link"

# CSV: formulas behind the whitespace a spreadsheet skips
"$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --format csv "$H/csv-formulas.lua" > "$HT/f.csv" 2>/dev/null
has "hostile: csv: TAB then formula neutralised" "$HT/f.csv" "^CSV,\"'	=HYPERLINK"
hasnt "hostile: csv: no bare TAB formula" "$HT/f.csv" "^CSV,\"	="
has "hostile: csv: CR then formula neutralised" "$HT/f.csv" ",\"'"$'\r'"=1\+1"
"$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --save --db "$HT/csv.db" "$H/csv-formulas.lua" >/dev/null 2>&1
run "hostile: matrix csv formulas" 0 -- "$LEXGAP" matrix --db "$HT/csv.db" --format csv \
  && has "hostile: matrix csv: TAB formula neutralised" "$TMP/out" "^CSV,\"'	=HYPERLINK"
