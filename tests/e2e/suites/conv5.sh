# What every evaluation pays before its rules do anything (sourced by
# tests/e2e/run.sh; issue 13, seventh round).  The library's memo of the
# facts found declared puts a list's own entries in when it first checks
# the list: a path listed, or below one listed, is read in every
# evaluation; a path above one listed, or one that only starts like it, is
# refused as before; a list a rule put in its context (a view with entries
# that are not strings, or a plain table) is searched as before.  A rule's
# `facts` list and a copy lx.readonly makes are views as before: length,
# order, writes refused, no metatable, nothing raw.
# tests/fixtures/conv5/declared.lua has the rules; France and Arcadia in one
# batch, so that the second evaluation meets the memo the first filled.
CV=$TMP/conv5
mkdir -p "$CV"
cp -R "$RULES" "$CV/rules"
cp "$FIX/conv5/declared.lua" "$CV/rules/untoc/conv5-declared.lua"
timeout 300 "$LEXGAP" assess --rules "$CV/rules" --instrument untoc --as-of 2026-01-01 --format json --fail-on none \
  "$ROOT/profiles/france.lua" "$ROOT/profiles/arcadia.lua" 2> "$CV/err" \
  | jq -r '.assessments[] | .profile.state_code as $s | .findings[] | select(.rule.file | endswith("/conv5-declared.lua"))
           | [$s, .clause, .status, (.explanation.en // ""), (.error.message // "")] | @tsv' > "$CV/got.tsv"
cv_row() {   # state clause status explanation-regex error-regex
  if awk -F'\t' -v st="$1" -v c="$2" -v s="$3" -v e="$4" -v m="$5" \
       '$1 == st && $2 == c && $3 == s && $4 ~ e && $5 ~ m { found = 1 } END { exit !found }' "$CV/got.tsv"; then
    ok "conv5: $1 $2"
  else
    fail "conv5: $1 $2 (want $3)" "$CV/got.tsv"
  fi
}
for st in FRA ARC; do
  cv_row $st listed-twice met '^read jurisdiction.against_state offences jurisdiction.against_state$' '^$'
  cv_row $st below-listed met '^read offences jurisdiction.against_state.source$' '^$'
  cv_row $st above-listed error '^$' "reads fact 'jurisdiction' but does not list it in"
  cv_row $st starts-like error '^$' "reads fact 'offences_x' but does not list it in"
  cv_row $st number-entry met '^read jurisdiction.against_state$' '^$'
  cv_row $st plain-list met '^read jurisdiction.against_state jurisdiction.against_state$' '^$'
  cv_row $st plain-above error '^$' "reads fact 'jurisdiction' but does not list it in"
  cv_row $st facts-view met '^n=2 pairs=offences,jurisdiction write=refused meta=false raw=0 next=nil$' '^$'
  cv_row $st readonly-copy met '^n=3 pairs=x,y,table write=refused meta=false raw=0 next=nil inner=n=1 pairs=z write=refused meta=false raw=0 next=nil$' '^$'
done
if [ "$(wc -l < "$CV/got.tsv")" -eq 18 ]; then ok "conv5: every fixture rule ran in both evaluations"
else fail "conv5: every fixture rule ran in both evaluations" "$CV/got.tsv"; fi
