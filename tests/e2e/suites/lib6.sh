# The library's eighth round (sourced by tests/e2e/run.sh; issue 13).
#
# The library puts its commonest texts together by concatenation instead of
# a template fill (lx.measure_finding in every state, lx.good_practice's
# lead and items, lx.transposition_finding), gives ctx:measure's fields to
# its measure patterns as values instead of a table, tests a date with
# ctx:in_force itself, reads the offence list itself in
# lx.scope_covers_serious, looks an element up in the conduct index (and a
# path among the kept questions) before asking its type, and writes an
# integer number of years with tostring.  None of it may change a finding:
# tests/fixtures/lib6/library.lua declares lx.measure_finding with every
# kind of what at every level on measures of every state, ctx:measure's
# fields with arguments more, a rule's own ctx:measure, ctx:in_force,
# ctx:cite and ctx:ask beside the patterns (every state, odd returns, a
# source that is no text), ctx:in_force on values of every kind and
# another date, lx.scope_covers_serious on scopes of every kind with the
# library's list and a rule's own (with a hole), writing into what it hands
# out, ctx:covering and ctx:out_of_force of elements of every kind (with a
# rule's own ctx:in_force), ctx:question_for of kept,
# unknown and number paths, lx.years, lx.all_measures with a third
# argument, lx.good_practice and lx.transposition_finding; each finding
# (status, texts, option, lists, error file, line and message), for France,
# Arcadia and Borduria as of 2026 and 2008 (prospective), must be the one
# main gave at c18f92f (library.expected.jsonl beside it).  Messages located
# in the library have their line masked.
. "$ROOT/tests/e2e/lib/fixture-findings.sh"
fixture_checks lib6 "$FIX/lib6/library.lua" lib6-library.lua "$FIX/lib6/library.expected.jsonl" \
  "measure texts, measures as values, own methods, scopes, conduct, questions and years" \
  "$ROOT/profiles/france.lua" "$ROOT/profiles/arcadia.lua" "$ROOT/profiles/borduria.lua"
