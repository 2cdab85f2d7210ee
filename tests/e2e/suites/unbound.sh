# Packs that cannot bind the State (sourced by tests/e2e/run.sh; issue 13).
#
# A bundled rule file's declarations come from a snapshot taken at build
# time (engine/declarations.h), and `assess` runs the files of a pack only
# when the pack may bind a profile it assesses (the Cybercrime Convention,
# in force for no one, never runs for France unless --prospective); `rules`
# and `coverage` run none.  What must hold: every report is the one that
# running every file gives (a copy of the rules whose files all differ by a
# trailing comment runs them all); an edited file, a changed descriptor or a
# profile model without a fact a file names runs the file as before, even
# when its pack binds no one.
UB=$TMP/unbound
mkdir -p "$UB"
cp -R "$RULES" "$UB/ran"
for f in "$UB"/ran/*/*.lua; do
  case $f in */instrument.lua|*/levels.lua) ;; *) printf '\n-- not the bundled text: this file runs\n' >> "$f";; esac
done
ub_same() {   # ub_same NAME ARGS...: the output with the bundled rules and with the copy that runs every file
  local name=$1; shift
  "$LEXGAP" "$@" --rules "$RULES" > "$UB/snap.out" 2> "$UB/snap.err"; echo "exit $?" >> "$UB/snap.err"
  "$LEXGAP" "$@" --rules "$UB/ran" > "$UB/ran.out" 2> "$UB/ran.err"; echo "exit $?" >> "$UB/ran.err"
  sed -i "s|$UB/ran/|$RULES/|g" "$UB/ran.out" "$UB/ran.err"
  if [ -s "$UB/snap.out" ] && cmp -s "$UB/snap.out" "$UB/ran.out" && cmp -s "$UB/snap.err" "$UB/ran.err"
  then ok "unbound: $name: the same as with every rule file run"
  else fail "unbound: $name: the same as with every rule file run"; diff "$UB/snap.out" "$UB/ran.out" | head -5; fi
}
P=$ROOT/profiles
ub_same "France, JSON" assess --as-of 2026-01-01 --format json "$P/france.lua"
ub_same "France, prospective" assess --as-of 2026-01-01 --prospective --format json "$P/france.lua"
ub_same "a batch of every profile, JSON" assess --as-of 2026-01-01 --format json "$P"/*.lua
ub_same "a batch mixing States bound and not, 2015, CSV in French" assess --as-of 2015-01-01 --lang fr --format csv \
  "$P/arcadia.lua" "$P/france.lua" "$P/eu-fictional-denmark.lua" "$P/borduria.lua" "$P/eu-fictional-united-kingdom.lua"
ub_same "a batch before UNTOC was in force" assess --as-of 2003-06-01 --format csv "$P/france.lua" "$P/arcadia.lua"
ub_same "a prospective batch, Markdown" assess --as-of 2026-01-01 --prospective --format md "$P"/*.lua
ub_same "Cybercrime alone" assess --as-of 2026-01-01 --instrument cybercrime --format json "$P/france.lua"
ub_same "lexgap rules" rules --format json
ub_same "lexgap coverage" coverage --format json --lang fr

# a bound State, the descriptor put in force in a copy (a changed descriptor:
# its files run) against the same with every file run
mkdir -p "$UB/inforce"
cp -R "$RULES" "$UB/inforce/snap"; cp -R "$UB/ran" "$UB/inforce/ran"
for d in snap ran; do
  sed -i 's|^  kind = "treaty",|  kind = "treaty",\n  in_force = "2026-01-01",|' "$UB/inforce/$d/cybercrime/instrument.lua"
done
sed 's|^  parties = {|  parties = {\n    cybercrime = { signed = "2025-10-25", deposited = "2025-11-01" },|' "$P/france.lua" > "$UB/bound.lua"
"$LEXGAP" assess --rules "$UB/inforce/snap" --as-of 2026-06-01 --format json "$UB/bound.lua" > "$UB/bound-snap.json" 2>&1
"$LEXGAP" assess --rules "$UB/inforce/ran" --as-of 2026-06-01 --format json "$UB/bound.lua" > "$UB/bound-ran.json" 2>&1
sed -i "s|$UB/inforce/ran/|$UB/inforce/snap/|g" "$UB/bound-ran.json"
bound=$(jq -r '[.assessments[0].findings[] | select(.id | startswith("cybercrime:")) | .status] | map(select(. != "not_applicable")) | length' "$UB/bound-snap.json" 2>/dev/null)
if [ "${bound:-0}" -gt 100 ] && cmp -s "$UB/bound-snap.json" "$UB/bound-ran.json"
then ok "unbound: a State bound by the Cybercrime Convention: its checks run ($bound findings), the same report"
else fail "unbound: a State bound by the Cybercrime Convention: its checks run (${bound:-?} findings), the same report"; fi

# an edited file runs, even when its pack binds no one: an error at its top
# level is reported for France (not bound), located in the edited copy
mkdir -p "$UB/edited"
cp -R "$RULES" "$UB/edited/rules"
A7=$UB/edited/rules/cybercrime/art07.lua
printf 'error("raised by an edit")\n' >> "$A7"
run "unbound: an edited file of a pack that binds no one still runs" 1 -- "$LEXGAP" assess --rules "$UB/edited/rules" \
  --as-of 2026-01-01 --format json "$P/france.lua" \
  && has "unbound: its error names the edited copy and line" "$TMP/err" "$A7:$(wc -l < "$A7"): raised by an edit"
cp "$RULES/cybercrime/art07.lua" "$A7"
# an edited check takes effect at once where the pack is assessed
sed -i '0,/check = function(ctx)/s//check = function(ctx) do return ctx:not_met("EDITED after the build") end/' "$A7"
"$LEXGAP" assess --rules "$UB/edited/rules" --as-of 2026-01-01 --prospective --format json "$P/france.lua" > "$UB/edited.json" 2>/dev/null
has "unbound: an edited check's finding is reported (prospective)" "$UB/edited.json" '"EDITED after the build"'
cp "$RULES/cybercrime/art07.lua" "$A7"
# an edited declaration shows in `lexgap rules`, which runs no file of its own
sed -i '0,/title = { en = "/s//title = { en = "EDITED TITLE /' "$A7"
run "unbound: rules with an edited declaration" 0 -- "$LEXGAP" rules --rules "$UB/edited/rules" --instrument cybercrime \
  && has "unbound: lexgap rules shows the edited title" "$TMP/out" "EDITED TITLE"
cp "$RULES/cybercrime/art07.lua" "$A7"

# what a declaration depends on besides its text: the pack's descriptor (a
# soft-law pack's obligations must be optional) and the profile model (each
# fact named must be one of its paths); changed, the files run and say so
sed -i 's|^  kind = "treaty",|  kind = "soft_law",|' "$UB/edited/rules/cybercrime/instrument.lua"
run "unbound: a changed descriptor" 1 -- "$LEXGAP" rules --rules "$UB/edited/rules" --instrument cybercrime \
  && has "unbound: a changed descriptor: the files run and report what it changes" "$TMP/err" \
       "cybercrime/art07\.lua:[0-9]+: obligation cybercrime:7\.1: a soft-law instrument binds no one"
cp "$RULES/cybercrime/instrument.lua" "$UB/edited/rules/cybercrime/instrument.lua"
sed -i 's|^        believed_child = |        believed_kid = |' "$UB/edited/rules/schema/cybercrime-offences.lua"
run "unbound: a profile model without a fact" 1 -- "$LEXGAP" assess --rules "$UB/edited/rules" --as-of 2026-01-01 "$P/france.lua" \
  && has "unbound: a fact the model lost: the file runs and reports it" "$TMP/err" \
       "cybercrime/art15\.lua:[0-9]+: obligation cybercrime:.*'child_grooming\.believed_child' is not a fact of the profile model"
