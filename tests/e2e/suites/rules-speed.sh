# The rule files' share of evaluation made cheaper (sourced by
# tests/e2e/run.sh; issue 13).
#
# A rule made cheaper must decide and say exactly what it did: same status,
# texts, option, missing items, questions and evidence, in the same order,
# and the same line for its declaration (reports cite it).  The findings of
# the rule files changed for speed, for the bundled profiles and the fixtures
# of tests/fixtures/rules2 (UNTOC art. 34(2) in every branch), as of 2026 and
# (prospective) 2008, must be those main's engine and rules gave at edc64a4
# (findings.expected.jsonl, made by make-expected.sh beside it).
RS=$TMP/rules-speed
mkdir -p "$RS"
ROOT=$ROOT "$FIX/rules2/make-expected.sh" "$LEXGAP" "$RULES" "$RS/got.jsonl"
if [ -s "$RS/got.jsonl" ] && cmp -s "$RS/got.jsonl" "$FIX/rules2/findings.expected.jsonl"; then
  ok "rules-speed: the rules made cheaper give the findings they gave before ($(wc -l < "$RS/got.jsonl") findings)"
else
  fail "rules-speed: findings of the rules made cheaper changed"
  diff "$FIX/rules2/findings.expected.jsonl" "$RS/got.jsonl" | head -6 | cut -c1-300 | sed 's/^/     /'
fi
# the fixture reaches the branch that names a conduct punished only under a
# narrower offence, in both languages
timeout 300 "$LEXGAP" assess --rules "$RULES" --instrument untoc --as-of 2026-01-01 --format json --fail-on none \
  "$FIX/rules2/art34-variants.lua" 2> /dev/null | jq -r '.assessments[].findings[] | select(.id == "untoc:34.2") | .explanation.en, .explanation.fr' > "$RS/expl.txt"
has "rules-speed: 34(2) names each conduct left to a narrower offence, with its article" "$RS/expl.txt" \
  'force, threats or intimidation against witnesses or evidence \(art\. 23\(a\)\): punished only under Justice Act s\. 12'
has "rules-speed: 34(2) names it in French with the French article reference" "$RS/expl.txt" \
  '\(art\. 23 a\)\) : seules dispositions applicables : Justice Act s\. 12'
hasnt "rules-speed: 34(2) names no conduct also punished without the element" "$RS/expl.txt" \
  'giving an undue advantage to a public official \(art\. 8\(1\)\(a\)\)'
