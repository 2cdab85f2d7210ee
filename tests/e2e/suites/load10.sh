# Reading a batch's profiles, round ten (sourced by tests/e2e/run.sh;
# issue 13).
#
# A table's first fields are searched one by one for a duplicate key, the
# later ones through a set; an enum's values written in order are read in
# place; the offence and scope references are checked in one walk, the
# scope faults said after every offence fault as before.  None of it may
# change a message: tests/fixtures/load10/refs.lua, holding every fault of
# the reference checks, is refused with main's messages at 1fe2ab3
# (refs.expected beside it), and duplicates on either side of the 16th
# field, and an enum's value, are refused at their line.
L10=$TMP/load10
mkdir -p "$L10"
cp "$FIX/load10/refs.lua" "$L10/refs.lua"
(cd "$L10" && timeout 60 "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 refs.lua > out 2> err; echo $? > rc)
if [ "$(cat "$L10/rc")" = 1 ] && cmp -s "$L10/err" "$FIX/load10/refs.expected"; then
  ok "load10: every reference fault refused with main's messages, in main's order"
else fail "load10: every reference fault refused with main's messages, in main's order" "$L10/err"; fi

# a doubled key in a table of the profile, the first of the pair at the
# 1st, 16th and 17th field (searched one by one, or through the set)
for at in 1 16 17; do
  {
    printf 'return {\n  profile_format = 1,\n  state = { code = "QDK", name = "Dupland" },\n'
    printf '  describes_law_as_of = "2026-01-01",\n  definitions = {\n'
    for i in $(seq 1 20); do printf '    d%d = { scope = "all_offences" },\n' "$i"; done
    printf '    d%d = { scope = "list" },\n  },\n}\n' "$at"
  } > "$L10/dup$at.lua"
  run "load10: a key doubled after $at fields" 1 -- "$LEXGAP" assess --rules "$RULES" "$L10/dup$at.lua"
  has "load10: the key doubled after $at fields named at its line" "$TMP/err" \
    "dup$at.lua:26: definitions.d$at: duplicate key 'd$at'"
done

# an enum's value: accepted, or refused with its suggestion
sed 's/kind = "state"/kind = "stat"/' "$ROOT/profiles/france.lua" > "$L10/enum.lua"
run "load10: an enum's value misspelt" 1 -- "$LEXGAP" assess --rules "$RULES" "$L10/enum.lua"
has "load10: the misspelt value's suggestion" "$TMP/err" "state.kind: 'stat' is not an accepted value \\(did you mean 'state'\\?\\)"
has "load10: one problem" "$TMP/err" "enum.lua: profile refused \\(1 problem\\)"
