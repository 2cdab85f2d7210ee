# Mistakes people make, and a new instrument from the docs alone (issue 9;
# the as-of warnings of issue 14).  Sourced by tests/e2e/run.sh.

NC=$TMP/newcomer
mkdir -p "$NC"

# ---- the blank profile: every template, filled in as shown, validates --------------------
# Uncommenting a template line ("-- name = value, -- hint") is all a jurist
# must do for the profile to load; then every obligation can be assessed.
for lang in en fr; do
  run "blank profile ($lang)" 0 -- "$LEXGAP" questionnaire --rules "$RULES" --instrument untoc --lang "$lang" -o "$NC/blank-$lang.lua"
  sed -E 's/^( *)-- ([a-z_]+ = )/\1\2/' "$NC/blank-$lang.lua" > "$NC/filled-$lang.lua"
  n_templates=$(grep -cE '^ *-- [a-z_]+ = ' "$NC/blank-$lang.lua")
  if [ "$n_templates" -gt 100 ]; then ok "blank profile ($lang): $n_templates templates"; else fail "blank profile ($lang): only $n_templates templates"; fi
  "$LEXGAP" assess --rules "$RULES" --format json "$NC/filled-$lang.lua" >"$TMP/out" 2>"$TMP/err"
  rc=$?
  if [ "$rc" -ne 1 ] && ! grep -q '^error:' "$TMP/err"; then ok "every template filled in as shown validates ($lang)"
  else fail "every template filled in as shown validates ($lang): exit $rc" "$TMP/err"; fi
done
has "parties template is a party, keyed by the instrument" "$NC/blank-en.lua" '^  -- parties = \{ untoc = \{ deposited = "[0-9-]+", means = "ratification", source = "" \} \}'
has "offences template is an offence" "$NC/blank-en.lua" '^  -- offences = \{ id = \{ name = "", source = "", max_prison_years = 0, conduct = \{ "[a-z_]+" \} \} \}'
has "a measure with extra fields shows them" "$NC/blank-en.lua" '-- nationals = \{ adopted = true, source = "", policy = "extradited" \}'
hasnt "no template copies the offences' shape" "$NC/blank-en.lua" '-- (parties|reservations|notifications|principles) = \{ id = \{ name'
has "the template's hint names the other fields" "$NC/blank-en.lua" 'also: signed, in_force, denounced'

# headings are titles for people, not raw keys
run "questionnaire headings" 0 -- "$LEXGAP" questionnaire --rules "$RULES" --instrument untoc --format md \
  && { has "heading is a title" "$TMP/out" '^## Liability of legal persons$'; has "list section titled" "$TMP/out" '^## Notifications to the depositary$'; \
       hasnt "no raw key as heading" "$TMP/out" '^## [a-z_]+$'; }
run "questionnaire headings in French" 0 -- "$LEXGAP" questionnaire --rules "$RULES" --instrument untoc --format html --lang fr \
  && has "French title" "$TMP/out" '<h2>Responsabilité des personnes morales</h2>'
has "blank profile titles its sections" "$NC/blank-en.lua" '^  -- Measures to combat money-laundering$'

# ---- parse errors that say what the jurist did ------------------------------------------------
prof() {   # prof FILE BODY: a profile whose fields after the header are BODY
  printf 'return {\n  profile_format = 1,\n  state = { code = "ARC", name = "Arcadia" },\n  describes_law_as_of = "2025-01-01",\n%s\n}\n' "$2" > "$1"
}
prof "$NC/ture.lua" '  legal_persons = { criminal = { adopted = ture } },'
run "misspelt true" 1 -- "$LEXGAP" assess --rules "$RULES" "$NC/ture.lua" \
  && has "did you mean true" "$TMP/err" "ture\.lua:5: legal_persons\.criminal\.adopted: unknown word 'ture' — did you mean \`true\`\?"
prof "$NC/yes.lua" '  legal_persons = { criminal = { adopted = yes } },'
run "yes for true" 1 -- "$LEXGAP" assess --rules "$RULES" "$NC/yes.lua" \
  && has "write true or false" "$TMP/err" "yes\.lua:5: legal_persons\.criminal\.adopted: write true or false, not 'yes'"
prof "$NC/date.lua" '  legal_persons = { criminal = { adopted = true, from = 2004-01-01 } },'
run "unquoted date" 1 -- "$LEXGAP" assess --rules "$RULES" "$NC/date.lua" \
  && has "dates go in quotes" "$TMP/err" 'date\.lua:5: legal_persons\.criminal\.from: dates go in quotes: "2004-01-01"'
prof "$NC/comma.lua" '  legal_persons = {
    criminal = { adopted = true, source = "PC 121-2" }
    -- Can legal persons be held civilly liable?
    --   Serves: UNTOC art. 10(2)
    civil = { adopted = false },
  },'
run "missing comma" 1 -- "$LEXGAP" assess --rules "$RULES" "$NC/comma.lua" \
  && has "missing comma on the right line" "$TMP/err" "comma\.lua:6: legal_persons\.criminal: missing ',' after the field on line 6\?"
printf '# Profile of Arcadia\n\nThe criminal code of Arcadia ...\n' > "$NC/notes.md"
run "markdown as a profile" 1 -- "$LEXGAP" assess --rules "$RULES" "$NC/notes.md" \
  && has "not a profile" "$TMP/err" "notes\.md:1: this is not a profile or other lexgap data file: it does not start with \`return \{\` \(found '#'\)"

# ---- instruments: any case, the available ones listed -------------------------------------------
run "--instrument UNTOC" 0 -- "$LEXGAP" rules --rules "$RULES" --instrument UNTOC \
  && has "upper case finds the pack" "$TMP/out" "obligations in 1 instrument"
run "--instrument typo" 1 -- "$LEXGAP" assess --rules "$RULES" --instrument untco profiles/france.lua \
  && has "typo suggests and lists" "$TMP/err" "no rule pack for instrument 'untco' \(did you mean 'untoc'\?\); the instruments here are: ([a-z0-9-]+, )*untoc"
run "--instrument unknown" 1 -- "$LEXGAP" questionnaire --rules "$RULES" --instrument palermo-9 \
  && has "unknown lists the packs" "$TMP/err" "no rule pack for instrument 'palermo-9'; the instruments here are: ([a-z0-9-]+, )*untoc"

# ---- warnings: the as-of date, placeholder States --------------------------------------------
run "as-of long after" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2028-01-01 profiles/borduria.lua \
  && { has "stale profile warned" "$TMP/err" "warning: profiles/borduria\.lua: The assessment date \(2028-01-01\) is more than a year after the date this profile describes the law \(2026-01-01\)"; \
       has "in the text report" "$TMP/out" "Warning: The assessment date \(2028-01-01\) is more than a year after"; }
run "as-of within a year" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2027-01-01 profiles/borduria.lua \
  && hasnt "a year is not long" "$TMP/err" "warning:"
run "as-of before" 0 -- "$LEXGAP" assess --rules "$RULES" --as-of 2005-01-01 --lang fr --format md profiles/borduria.lua \
  && { has "earlier date warned" "$TMP/err" "warning: .*is before the date this profile describes the law \(2026-01-01\): facts without dates .* are assumed to have been in force"; \
       has "in French in the report" "$TMP/out" "Avertissement.{1,4}: La date d'évaluation \(2005-01-01\) est antérieure"; }
for fmt in json html csv; do
  run "warning in $fmt" 0 -- "$LEXGAP" assess --rules "$RULES" --as-of 2005-01-01 --format "$fmt" profiles/borduria.lua \
    && has "as_of_before in $fmt" "$TMP/out" "facts without dates"
done
run "warning code in JSON" 0 -- "$LEXGAP" assess --rules "$RULES" --as-of 2005-01-01 --format json profiles/borduria.lua \
  && has "json warnings" "$TMP/out" '"code": "as_of_before"'
run "placeholder State" 0 -- "$LEXGAP" assess --fail-on gap --rules "$RULES" "$NC/blank-en.lua" \
  && { has "XXX warned" "$TMP/err" "The State code 'XXX' is a placeholder"; has "placeholder name warned" "$TMP/err" "'Name of the State' is a placeholder"; }
sed 's/code = "ARC", name = "Arcadia"/code = "Examplia", name = "Examplia"/' "$NC/comma.lua" | sed 's/"PC 121-2" }/"PC 121-2" },/' > "$NC/examplia.lua"
run "Examplia" 0 -- "$LEXGAP" assess --fail-on gap --rules "$RULES" --as-of 2025-01-01 "$NC/examplia.lua" \
  && { has "code not ISO-shaped" "$TMP/err" "The State code 'Examplia' is not an ISO 3166-1 alpha-3 code"; has "example name" "$TMP/err" "'Examplia' is a placeholder"; }
run "real State: no warning" 2 -- "$LEXGAP" assess --rules "$RULES" --as-of 2026-01-01 profiles/france.lua \
  && hasnt "France has no warning" "$TMP/err" "warning:"

# ---- a new instrument from the docs alone ------------------------------------------------------
# The pack of docs/rules.md ("Adding an instrument"), built from the doc's own
# blocks: each follows a line <!-- pack: PATH -->.
P=$NC/docpack
for f in $(sed -nE 's/^<!-- pack: (.*) -->$/\1/p' "$ROOT/docs/rules.md"); do
  case $f in */*) mkdir -p "$P/packs/$(dirname "$f")" ;; *) mkdir -p "$P" ;; esac
done
awk -v dir="$P" '
  /^<!-- pack: .* -->$/ { path = $3; next }
  path != "" && /^```lua$/ { inblock = 1; file = (path ~ /\// ? dir "/packs/" path : dir "/" path); next }
  inblock && /^```$/ { inblock = 0; path = ""; close(file); next }
  inblock { print > file }
' "$ROOT/docs/rules.md"
for f in packs/demo/instrument.lua packs/demo/art01.lua packs/demo/tests/base.lua packs/demo/tests/art01.lua arcadia.lua; do
  if [ -s "$P/$f" ]; then ok "docs/rules.md gives $f"; else fail "docs/rules.md gives $f"; fi
done
(cd "$P" && "$LEXGAP" test --rules packs) >"$TMP/out" 2>"$TMP/err"
has "the doc's pack passes its tests" "$TMP/out" "^4 passed, 0 failed$"
(cd "$P" && "$LEXGAP" assess --rules packs --as-of 2025-06-01 arcadia.lua) >"$TMP/out" 2>"$TMP/err"
rc=$?
if [ "$rc" -eq 0 ]; then ok "the doc's profile assessed against the doc's pack: exit 0"; else fail "doc's pack assess: exit $rc" "$TMP/err"; fi
has "the doc's obligation is met" "$TMP/out" "\[met\] DCCL art\. 1 — Criminal liability of legal persons"
has "the doc's instrument binds from deposit plus 30 days" "$TMP/out" "The State is bound by DCCL since"
(cd "$P" && "$LEXGAP" assess --rules packs/demo --as-of 2025-06-01 arcadia.lua) >"$TMP/out" 2>"$TMP/err"
has "a pack folder given itself" "$TMP/out" "\[met\] DCCL art\. 1"
(cd "$P" && "$LEXGAP" assess --rules packs --as-of 2024-02-01 arcadia.lua) >"$TMP/out" 2>"$TMP/err"
has "days_after_deposit read" "$TMP/out" "entered into force for the State on 2024-03-31 \(deposit on 2024-03-01, plus 30 days\)"
(cd "$P" && "$LEXGAP" questionnaire --rules packs --instrument demo) >"$TMP/out" 2>"$TMP/err"
has "the new pack's questionnaire" "$TMP/out" "-- parties = \{ demo = \{"
# a problem in a pack's tests/base.lua names base.lua, not the first case file
# merged onto it (it used to name tests/art02.lua of a new pack)
mkdir -p "$NC/basepack" && cp -r "$P/packs/demo" "$NC/basepack/"
sed -i 's/describes_law_as_of = "2025-01-01"/describes_law_as_of = "2025-13-01"/' "$NC/basepack/demo/tests/base.lua"
(cd "$NC" && "$LEXGAP" test --rules basepack) >"$TMP/out" 2>"$TMP/err"
has "base.lua problem names base.lua" "$TMP/out" "basepack/demo/tests/base\.lua:4: describes_law_as_of: '2025-13-01' is not a valid date"
hasnt "not the case file" "$TMP/out" "art01\.lua.*2025-13-01"
# a mistake in instrument.lua names its line and field
sed 's/days_after_deposit = 30/days_after_deposit = "30"/; s/kind = "treaty"/knd = "treaty"/' "$P/packs/demo/instrument.lua" > "$NC/instrument.lua"
cp "$NC/instrument.lua" "$P/packs/demo/instrument.lua"
run "bad instrument.lua" 1 -- "$LEXGAP" rules --rules "$P/packs" \
  && { has "unknown field suggested" "$TMP/err" "instrument\.lua:[0-9]+: knd: unknown field 'knd' \(did you mean 'kind'\?\)"; \
       has "wrong type named" "$TMP/err" "instrument\.lua:[0-9]+: days_after_deposit: expected a whole number"; \
       has "missing kind" "$TMP/err" "instrument\.lua:2: kind: missing required field 'kind'"; }
# a folder with neither schema nor a default one says where the model belongs
mkdir -p "$NC/bare/demo" && cp "$NC/instrument.lua" "$NC/bare/demo/"
run "no schema anywhere" 1 -- env LEXGAP_RULES="$NC/bare" "$LEXGAP" rules --rules "$NC/bare" \
  && has "schema location explained" "$TMP/err" "a rules folder holds schema.lua and schema/ beside its packs"
