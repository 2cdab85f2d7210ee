# The library's Lua, round ten (lib10; sourced by tests/e2e/run.sh; issue 13).
#
# Assignments of several values made one by one where the library makes
# them for every measure, question and citation: ctx:ask's and ctx:cite's
# first entries (their two fields set in the order the multiple assignment
# set them), measure_of's fields as values, lx.all_measures' fields and
# lx.measure_finding's string `what`.  None of it may change a finding or
# the order of a rule's own reads and writes:
# tests/fixtures/lib10/library.lua runs them through a context of the
# rule's own whose every read and write is logged, with the engine's
# profile and with one of the rule's own whose every read is logged; each
# finding, for France, Arcadia, Borduria and two EU profiles as of 2026 and
# 2008 (prospective), must be the one main gave at 1fe2ab3
# (library.expected.jsonl beside it).
. "$ROOT/tests/e2e/lib/fixture-findings.sh"
fixture_checks lib10 "$FIX/lib10/library.lua" lib10-library.lua "$FIX/lib10/library.expected.jsonl" \
  "assignments made one by one" \
  "$ROOT/profiles/france.lua" "$ROOT/profiles/eu-fictional-united-kingdom.lua" "$ROOT/profiles/arcadia.lua" \
  "$ROOT/profiles/borduria.lua" "$ROOT/profiles/eu-fictional-denmark.lua"
