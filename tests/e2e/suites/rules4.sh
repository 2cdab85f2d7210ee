# The rule files made cheaper in the fourth rules round (sourced by
# tests/e2e/run.sh; issue 13): UNTOC arts 5(1)(a) and (b) (each offence's
# reach of serious crime examined once per check), 6(2)(b) (the laundering
# offences taken from the list the check has), 16(6) (an offence's article
# examined only when the extraditable scope does not reach it) and 34(2)
# (each offence labelled and examined once per check).
#
# Their findings (status, texts, option, missing items, questions, evidence,
# line) for the bundled profiles and tests/fixtures/rules4 (an offence
# covering the conspiracy and both limbs of participation, with a threshold
# that leaves out a serious crime or no stated aim; extraditable offences by a
# threshold and by a list that leave out offences of the Convention and
# others), as of 2026 and (prospective) 2008, must be those main's rules gave
# at e60eec4 (findings.expected.jsonl, made by
# tests/fixtures/rules2/make-expected.sh with FILES and FIXTURES as below).
R4=$TMP/rules4
mkdir -p "$R4"
ROOT=$ROOT FILES='art05|art06|art16|art34' FIXTURES="$FIX/rules4" \
  "$FIX/rules2/make-expected.sh" "$LEXGAP" "$RULES" "$R4/got.jsonl"
if [ -s "$R4/got.jsonl" ] && cmp -s "$R4/got.jsonl" "$FIX/rules4/findings.expected.jsonl"; then
  ok "rules4: arts 5, 6, 16(6) and 34(2) give the findings main's rules gave ($(wc -l < "$R4/got.jsonl") findings)"
else
  fail "rules4: findings of arts 5, 6, 16(6) or 34(2) changed"
  diff "$FIX/rules4/findings.expected.jsonl" "$R4/got.jsonl" | head -6 | cut -c1-300 | sed 's/^/     /'
fi
# the fixtures reach the branches the changes touch: an offence outside the
# Convention below the extradition threshold is no gap, one of art. 8 is
jq -r 'select(.p == "threshold-scopes" and .id == "untoc:16.6" and .d == "2026-01-01") | .explanation.en' \
  "$R4/got.jsonl" > "$R4/16-6.txt"
has "rules4: 16(6) names the offence of art. 8 below the threshold" "$R4/16-6.txt" \
  'Penal Code s\. 118 \(Petty bribery\), punishable by 2 years, is below the threshold'
hasnt "rules4: 16(6) names no offence outside the Convention" "$R4/16-6.txt" 'Illegal access'
# the same offence's reach, examined once, is said for each limb it covers
jq -r 'select(.p == "threshold-scopes" and .id == "untoc:5.1.a" and .d == "2026-01-01") | .explanation.en' \
  "$R4/got.jsonl" > "$R4/5-1-a.txt"
n=$(grep -o 'its threshold of 6 years leaves out serious crimes punishable by at least 4 years: Penal Code s\. 321 (5 years)' "$R4/5-1-a.txt" | wc -l)
if [ "$n" -eq 3 ]; then ok "rules4: 5(1)(a) gives the offence's reach for the conspiracy and both limbs"
else fail "rules4: 5(1)(a) gives the offence's reach $n times (3 expected)"; fi
