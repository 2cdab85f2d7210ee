# The library's facts and measures, ninth round (sourced by
# tests/e2e/run.sh; issue 13).
#
# ctx:fact makes resolve_ref's test itself; measure_of makes the library's
# own in-force test, first citation and lookup of the declared facts' memo
# itself, without the calls, where ctx.in_force, ctx.cite and
# ctx._check_declared are the library's own.  None of it may change a
# finding, an error or what a rule's own tables see read:
# tests/fixtures/lib9a/library.lua declares ctx:fact of facts of every kind
# (twice), a profile of the rule's own whose every read is logged
# (references to definitions, dates later and repealed, citations before,
# three assessment dates), the three methods replaced by a rule's functions
# or by values that are no functions, a plain declared list, undeclared and
# odd paths; each finding, for France, Arcadia and Borduria as of 2026 and
# 2008 (prospective), must be the one main gave at 39366fe
# (library.expected.jsonl beside it).  Messages located in the library have
# their line masked.
. "$ROOT/tests/e2e/lib/fixture-findings.sh"
fixture_checks lib9a "$FIX/lib9a/library.lua" lib9a-library.lua "$FIX/lib9a/library.expected.jsonl" \
  "facts, measures, replaced methods and a logged profile" \
  "$ROOT/profiles/france.lua" "$ROOT/profiles/arcadia.lua" "$ROOT/profiles/borduria.lua"
