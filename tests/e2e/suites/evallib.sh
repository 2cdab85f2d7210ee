# Evaluation's engine and library, fourth round (sourced by tests/e2e/run.sh;
# issue 13).
#
# The library fills a measure's `what` without copying it, makes what
# ctx:measure returns at a smaller size, and reads a text's en and fr once;
# the collector runs minor collections less often.  None of it may change a
# finding: tests/fixtures/evallib/measures.lua declares lx.measure_finding
# with every kind of `what` (string, table, view, values it refuses) at
# every level on measures of every state, lists every field ctx:measure
# returns, and gives the result API every kind of text; each finding
# (status, texts, lists, error file, line and message), for France and
# Borduria as of 2026 and 2008 (prospective), must be the one the engine
# gave before (measures.expected.jsonl beside it, made by the engine at
# 93d0d9d).  Messages located in the library have their line masked.
. "$ROOT/tests/e2e/lib/fixture-findings.sh"
fixture_checks evallib "$FIX/evallib/measures.lua" evallib-measures.lua "$FIX/evallib/measures.expected.jsonl" \
  "measure patterns and result texts" "$ROOT/profiles/france.lua" "$ROOT/profiles/borduria.lua"
