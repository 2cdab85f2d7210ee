# Reading a batch's profiles, round eight (sourced by tests/e2e/run.sh;
# issue 13).
#
# The parser scans names, indentation and strings sixteen bytes at a time,
# gathers a table's fields before sizing them, and the check keeps what
# the built-in model's nodes resolve to from one profile to the next; a
# profile kept from the check gets no digest, one read again does.  None of
# it may change a report or a message: 70 profiles (France, Arcadia and
# Borduria, more than the trees kept) are each assessed as they are alone;
# profiles refused after them are refused with the messages they get alone;
# names and indentation of every length end where they should.
L6=$TMP/load6
mkdir -p "$L6/p"
for i in $(seq -w 1 70); do
  case $((10#$i % 3)) in
    0) cp "$ROOT/profiles/france.lua" "$L6/p/p$i.lua" ;;
    1) cp "$ROOT/profiles/arcadia.lua" "$L6/p/p$i.lua" ;;
    *) cp "$ROOT/profiles/borduria.lua" "$L6/p/p$i.lua" ;;
  esac
done
l6_assess() {   # l6_assess OUT PROFILE...: the JSON report to OUT
  local out=$1; shift
  timeout 300 "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --fail-on none --format json \
    --instrument untoc-wg --instrument eu-2004-82 "$@" > "$out" 2> "$L6/err"
}
for n in france arcadia borduria; do
  l6_assess "$L6/$n.json" "$ROOT/profiles/$n.lua"
  jq -c '.assessments[0] | del(.profile)' "$L6/$n.json" > "$L6/$n.one"
done
l6_assess "$L6/batch.json" "$L6"/p/*.lua
same=1
for i in $(seq 0 69); do
  case $(((i + 1) % 3)) in 0) n=france ;; 1) n=arcadia ;; *) n=borduria ;; esac
  jq -c ".assessments[$i] | del(.profile)" "$L6/batch.json" > "$L6/a"
  cmp -s "$L6/a" "$L6/$n.one" || { same=0; echo "     assessment $i differs from $n alone"; }
done
if [ "$same" -eq 1 ] && [ -s "$L6/france.one" ] && [ "$(jq '.assessments | length' "$L6/batch.json")" = 70 ]; then
  ok "load6: 70 profiles, kept or read again, each assessed as it is alone"
else fail "load6: 70 profiles, kept or read again, each assessed as it is alone"; fi

# refused after 70: the messages each gets alone (file, line, key)
l6_bad() {   # l6_bad NAME SED-EXPRESSION: a broken copy of France
  sed "$2" "$ROOT/profiles/france.lua" > "$L6/$1.lua"
}
l6_bad misspelt 's/^    name_fr = /    nmae_fr = /'
l6_bad enum 's/kind = "state",/kind = "stat",/'
l6_bad word 's/profile_format = 1,/profile_format = one,/'
l6_bad comma '0,/^    code = "FRA",/s//    code = "FRA"/'
l6_bad escape '0,/name = "France",/s//name = "\\qFrance",/'
for b in misspelt enum word comma escape; do
  "$LEXGAP" assess --rules "$RULES" --format json "$L6/$b.lua" > /dev/null 2> "$L6/$b.alone"
  run "load6: $b refused after 70" 1 -- "$LEXGAP" assess --rules "$RULES" --format json "$L6"/p/*.lua "$L6/$b.lua"
  grep "^error: " "$TMP/err" > "$L6/$b.batch"
  if [ -s "$L6/$b.batch" ] && grep "^error: " "$L6/$b.alone" | cmp -s - "$L6/$b.batch"; then
    ok "load6: $b: the same problems as alone"
  else fail "load6: $b: the same problems as alone" "$L6/$b.batch"; fi
done
has "load6: a misspelt key named with its line" "$L6/misspelt.alone" "misspelt.lua:[0-9]+: state.nmae_fr: unknown key 'nmae_fr'"
has "load6: an escape refused where it is" "$L6/escape.alone" "escape.lua:[0-9]+: state: invalid escape sequence '\\\\q'"

# names and indentation of 1 to 40 bytes, each ended by a byte that is not
# part of them: the whole name quoted, on its line
for n in 1 7 15 16 17 31 32 33 40; do
  name=k$(printf '%*s' $((n - 1)) '' | tr ' ' 'x')
  pad=$(printf '%*s' "$n" '')
  printf 'return {\n%s%s@ = 1,\n}\n' "$pad" "$name" > "$L6/name$n.lua"
  run "load6: a name of $n bytes then '@'" 1 -- "$LEXGAP" assess --rules "$RULES" "$L6/name$n.lua"
  has "load6: the name of $n bytes quoted whole" "$TMP/err" "name$n.lua:2: \\[1\\]: unknown word '$name': text goes in quotes"
done
