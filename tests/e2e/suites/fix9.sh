# Values of a rule's own read as before round nine (sourced by
# tests/e2e/run.sh; round nine's review, B1-B5; issue 13).
#
# tests/fixtures/fix9/rule-values.lua hands the library values of its own
# that round nine's first wave read otherwise (a measure table raising on
# fields never read, a profile nested past lx.readonly's limit, a context
# whose deadline changes, explanations whose __index is a C function or
# overflows the C stack, conducts that are no tables, nil and NaN profiles
# for lx._run, a table date whose __eq must not be called); each finding,
# for France, Arcadia and Borduria as of 2026 and 2008 (prospective), must
# be the one main gave at 39366fe (rule-values.expected.jsonl beside it).
# Messages located in the library have their line masked.  A1 and A2 (the
# library's caches and budgets) are hostile fixtures: isolation.sh.
. "$ROOT/tests/e2e/lib/fixture-findings.sh"
fixture_checks fix9 "$FIX/fix9/rule-values.lua" fix9-rule-values.lua "$FIX/fix9/rule-values.expected.jsonl" \
  "a rule's own measures, profiles, contexts, explanations and dates" \
  "$ROOT/profiles/france.lua" "$ROOT/profiles/arcadia.lua" "$ROOT/profiles/borduria.lua"
