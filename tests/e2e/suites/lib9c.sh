# The library's open questions, round nine (lib9c; sourced by
# tests/e2e/run.sh; issue 13).
#
# Ctx:ask finds the schema's question in the memo (or through the body it
# shares with ctx:question_for) without calling ctx:question_for, where
# that is the library's own.  None of it may change a finding:
# tests/fixtures/lib9c/library.lua asks schema questions twice and below
# their node, paths with no question and paths that are no strings, with a
# question_for and a schema of the rule's own and a context of its own
# whose reads and writes are logged; each finding, for France, Arcadia,
# Borduria and two EU profiles as of 2026 and 2008 (prospective), must be
# the one main gave at 4c65d7f (library.expected.jsonl beside it).
. "$ROOT/tests/e2e/lib/fixture-findings.sh"
fixture_checks lib9c "$FIX/lib9c/library.lua" lib9c-library.lua "$FIX/lib9c/library.expected.jsonl" \
  "open questions asked with and without ctx:question_for's call" \
  "$ROOT/profiles/france.lua" "$ROOT/profiles/eu-fictional-united-kingdom.lua" "$ROOT/profiles/arcadia.lua" \
  "$ROOT/profiles/borduria.lua" "$ROOT/profiles/eu-fictional-denmark.lua"
