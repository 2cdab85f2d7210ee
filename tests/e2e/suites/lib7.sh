# The library's tables and fills per obligation, second pass (round eight;
# sourced by tests/e2e/run.sh; issue 13).
#
# The library makes its templates and separators once where it made them at
# every call (lx.analyse_conduct, lx.criminalized, lx.offence_fit,
# lx.any_of, lx.transposition_finding, lx.noting_late), counts lx.all_of's
# parts in locals, hands it a measure part to lx.measure_finding as its
# options, joins its texts by part without a second list, and leaves
# lx.measure_finding's measure without its read-only raw value where no
# deadline reads it.  None of it may change a finding:
# tests/fixtures/lib7/library.lua declares lx.all_of on parts of every
# status in several orders (labelled, measures, left out, without a text, a
# status no finding has), lx.any_of met first, later or not at all,
# lx.criminalized and lx.offence_fit on elements that allow some
# requirements, narrow by advantage or allow none, lx.transposition_finding
# and the measure patterns on contexts given a deadline (on time and late);
# each finding, for France, Arcadia and Borduria as of 2026 and 2008
# (prospective), must be the one main gave at cf70440
# (library.expected.jsonl beside it).  Messages located in the library have
# their line masked.
. "$ROOT/tests/e2e/lib/fixture-findings.sh"
fixture_checks lib7 "$FIX/lib7/library.lua" lib7-library.lua "$FIX/lib7/library.expected.jsonl" \
  "all_of, any_of, conduct, fit, transposition and dated measures" \
  "$ROOT/profiles/france.lua" "$ROOT/profiles/arcadia.lua" "$ROOT/profiles/borduria.lua"
