# What the engine settles in C, round nine (sourced by tests/e2e/run.sh;
# issue 13).
#
# A rule's provision is looked up only among its own instrument's
# reservations (a slice of the profile's index, made when the instrument
# changes), and whether the State is an organisation (state.kind = "reio")
# is read once per profile.  Reservations listed under instruments sorted
# before and after UNTOC, naming UNTOC's references, switch nothing off: the
# findings are those of the profile with only its UNTOC reservation.  An
# organisation's provisions outside its declared competence are switched off;
# France assessed after it in the same batch is France alone.
E9=$TMP/ev9b
mkdir -p "$E9"
e9_reservations() {   # e9_reservations OUT LINES: France with the reservations LINES
  sed "s/^  describes_law_as_of = \"2026-01-01\",\$/  describes_law_as_of = \"2026-01-01\",\n  reservations = {\n$2  },/" \
    "$ROOT/profiles/france.lua" > "$1"
}
E9_UNTOC='    { instrument = "untoc", provisions = { "untoc:16" }, kind = "reservation", from = "2003-01-01", source = "ev9b" },\n'
E9_OTHERS='    { instrument = "eu-2004-80", provisions = { "untoc:5", "untoc:34" }, kind = "reservation", from = "2003-01-01" },\n'
E9_AFTER='    { instrument = "untoc-wg", provisions = { "untoc:5", "untoc:34" }, kind = "reservation", from = "2003-01-01" },\n'
e9_reservations "$E9/own.lua" "$E9_UNTOC"
e9_reservations "$E9/mixed.lua" "$E9_OTHERS$E9_UNTOC$E9_AFTER"
e9_assess() {   # e9_assess OUT PROFILE...: the JSON report to OUT
  local out=$1; shift
  timeout 300 "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 --fail-on none --format json "$@" > "$out" 2> "$E9/err"
}
e9_assess "$E9/own.json" "$E9/own.lua"
e9_assess "$E9/mixed.json" "$E9/mixed.lua"
jq -c '.assessments[0].findings' "$E9/own.json" > "$E9/own.f"
jq -c '.assessments[0].findings' "$E9/mixed.json" > "$E9/mixed.f"
jq -r '.assessments[0].findings[] | select(.ref == "untoc:16.2" or .ref == "untoc:5.1.a") | "\(.ref) \(.status) \(.explanation.en)"' \
  "$E9/mixed.json" > "$E9/mixed.sel"
if [ -s "$E9/own.f" ] && cmp -s "$E9/own.f" "$E9/mixed.f"; then
  ok "ev9b: reservations of other instruments naming UNTOC's provisions switch nothing off"
else fail "ev9b: reservations of other instruments naming UNTOC's provisions switch nothing off"; fi
has "ev9b: UNTOC's own reservation switches its provisions off" "$E9/mixed.sel" \
  "^untoc:16.2 not_applicable The State's reservation to untoc:16, in force since 2003-01-01 \(ev9b\)"
has "ev9b: a provision reserved only under other instruments is assessed" "$E9/mixed.sel" "^untoc:5.1.a met "

sed 's/^    kind = "state",$/    kind = "reio",/; s/^      means = "ratification",$/      means = "ratification",\n      competence_provisions = { "untoc:5", "untoc:16.2" },/' \
  "$ROOT/profiles/france.lua" > "$E9/reio.lua"
e9_assess "$E9/reio-batch.json" "$E9/reio.lua" "$ROOT/profiles/france.lua"
e9_assess "$E9/france.json" "$ROOT/profiles/france.lua"
jq -r '.assessments[0].findings[] | select(.ref == "untoc:16.2" or .ref == "untoc:16.3" or .ref == "untoc:5.1.a") | "\(.ref) \(.status) \(.explanation.en)"' \
  "$E9/reio-batch.json" > "$E9/reio.sel"
has "ev9b: an organisation's provision outside its competence is switched off" "$E9/reio.sel" \
  "^untoc:16.3 not_applicable This provision lies outside the competence the organisation declared"
has "ev9b: an organisation's provisions within its competence are assessed" "$E9/reio.sel" "^untoc:16.2 met "
has "ev9b: an organisation's provisions within its competence are assessed (art. 5)" "$E9/reio.sel" "^untoc:5.1.a met "
jq -c '.assessments[1] | del(.profile)' "$E9/reio-batch.json" > "$E9/after"
jq -c '.assessments[0] | del(.profile)' "$E9/france.json" > "$E9/alone"
if [ -s "$E9/alone" ] && cmp -s "$E9/after" "$E9/alone"; then
  ok "ev9b: France after an organisation in a batch is France alone"
else fail "ev9b: France after an organisation in a batch is France alone"; fi
# and the other way round: the organisation assessed after a State in one
# batch is the organisation alone (its kind is read for its own evaluation:
# a kind kept from the State before it would assess untoc:16.3)
e9_assess "$E9/state-batch.json" "$ROOT/profiles/france.lua" "$E9/reio.lua"
e9_assess "$E9/reio.json" "$E9/reio.lua"
jq -c '.assessments[1] | del(.profile)' "$E9/state-batch.json" > "$E9/reio-after"
jq -c '.assessments[0] | del(.profile)' "$E9/reio.json" > "$E9/reio-alone"
if [ -s "$E9/reio-alone" ] && cmp -s "$E9/reio-after" "$E9/reio-alone" &&
   jq -e '[.findings[] | select(.ref == "untoc:16.3") | .status] | length > 0 and all(. == "not_applicable")' "$E9/reio-after" > /dev/null; then
  ok "ev9b: an organisation after a State in a batch is the organisation alone"
else fail "ev9b: an organisation after a State in a batch is the organisation alone"; fi
