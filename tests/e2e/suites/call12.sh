# What a rule's check sees of its caller, round twelve (sourced by
# tests/e2e/run.sh; issue 13, call12).
#
# lx._checked (the library's Lua) calls every check, between check_finished
# (C) and the check.  Calling a check that is a Lua function straight from
# check_finished, without that frame, saves about 450 machine instructions
# an obligation (callgrind, the no-op pack; round eight measured about 420)
# but changes error messages (docs/design.md, rounds eight and twelve): a
# level-2 error() of a check is prefixed with the location of its caller,
# "[lexgap library]:N:", which the engine keeps in the message (fill_error
# drops only a location whose chunk name has no space), and called from C
# it has none; a C function used as a check names itself in an argument
# error by the name its Lua caller's code gives it ('check'), located at
# that caller (the variant measured still called those through
# lx._checked).  tests/fixtures/call12/callers.lua holds checks that see
# their caller: C functions, level-2 errors (also from a check made by
# load, whose chunk is not the rule file), several values returned,
# ctx.dated_since set by the rule (true, false, a date; with a finding
# whose _ctx read runs the rule's code) and a recursion to Lua's stack
# limit; each finding, for France and Borduria as of 2026 and 2008
# (prospective), must be the one main gave at e9b22d2
# (callers.expected.jsonl beside it; the library's line masked).
. "$ROOT/tests/e2e/lib/fixture-findings.sh"
fixture_checks call12 "$FIX/call12/callers.lua" call12-callers.lua "$FIX/call12/callers.expected.jsonl" \
  "checks that see their caller (C functions, level-2 errors, dated_since)" \
  "$ROOT/profiles/france.lua" "$ROOT/profiles/borduria.lua"
