# Reading a batch's profiles, round nine (sourced by tests/e2e/run.sh;
# issue 13).
#
# A profile read again with the bytes its check read skips the duplicate-key
# check; the model's record fields are looked up from where the last one was
# found; the reference walks step over leaves; a rule's reservation is looked
# up by prefixes of its reference in place.  None of it may change a report
# or a message: 70 copies of Borduria (whose reservation to the Cybercrime
# Convention's art. 11(1) switches provisions off, prospectively; more than
# the trees kept, so some are read again) are each assessed as Borduria
# alone; a duplicate key after them, and a table written out of the model's order,
# are refused with the messages they get alone.
L9=$TMP/load9
mkdir -p "$L9/p"
for i in $(seq -w 1 70); do cp "$ROOT/profiles/borduria.lua" "$L9/p/b$i.lua"; done
l9_assess() {   # l9_assess OUT PROFILE...: the JSON report to OUT
  local out=$1; shift
  timeout 300 "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --fail-on none --format json \
    --prospective --instrument cybercrime "$@" > "$out" 2> "$L9/err"
}
l9_assess "$L9/alone.json" "$ROOT/profiles/borduria.lua"
l9_assess "$L9/batch.json" "$L9"/p/*.lua
jq -c '.assessments[] | del(.profile)' "$L9/alone.json" > "$L9/one"
jq -c '.assessments[] | del(.profile)' "$L9/batch.json" > "$L9/all"
same=1
for i in $(seq 1 70); do
  sed -n "${i}p" "$L9/all" | cmp -s - "$L9/one" || { same=0; echo "     assessment $i differs from Borduria alone"; }
done
if [ "$same" -eq 1 ] && [ "$(wc -l < "$L9/one")" = 1 ] && [ "$(wc -l < "$L9/all")" = 70 ] \
   && grep -q "The State's reservation to cybercrime:11.1, in force since" "$L9/one"; then
  ok "load9: 70 copies of Borduria, kept or read again, each assessed as Borduria alone (its reservation too)"
else fail "load9: 70 copies of Borduria, kept or read again, each assessed as Borduria alone (its reservation too)"; fi

# a duplicate key after them: refused at its line, as alone
sed 's/^  profile_format = 1,$/  profile_format = 1,\n  profile_format = 1,/' "$ROOT/profiles/borduria.lua" > "$L9/dup.lua"
run "load9: a doubled key alone" 1 -- "$LEXGAP" assess --rules "$RULES" "$L9/dup.lua"
grep '^error' "$TMP/err" > "$L9/dup-alone"
run "load9: a doubled key after 70" 1 -- "$LEXGAP" assess --rules "$RULES" "$L9"/p/*.lua "$L9/dup.lua"
grep '^error' "$TMP/err" > "$L9/dup-batch"
has "load9: the doubled key named" "$L9/dup-batch" "dup.lua:[0-9]+: profile_format: duplicate key 'profile_format'"
if cmp -s "$L9/dup-alone" "$L9/dup-batch"; then ok "load9: the doubled key's message as alone"
else fail "load9: the doubled key's message as alone" "$L9/dup-batch"; fi

# fields out of the model's order: an unknown key gets its suggestion, a
# missing one is named, whatever the order
printf 'return {\n  describes_law_as_of = "2024-01-01",\n  state = { nmae = "Minimalia", code = "MIN" },\n  profile_format = 1,\n}\n' > "$L9/order.lua"
run "load9: fields out of order" 1 -- "$LEXGAP" assess --rules "$RULES" "$L9/order.lua"
has "load9: an unknown key's suggestion out of order" "$TMP/err" "order.lua:3: state.nmae: unknown key 'nmae' \\(did you mean 'name'\\?\\)"
has "load9: a missing key out of order" "$TMP/err" "order.lua:3: state.name: missing required key 'name'"
has "load9: two problems" "$TMP/err" "order.lua: profile refused \\(2 problems\\)"
