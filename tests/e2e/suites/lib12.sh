# The rule library's measure_of, its common path in C (sourced by
# tests/e2e/run.sh; issue 13).
#
# measured (engine/sandbox_measure.c) gives what measure_of gives for a
# measure stated, in force or not adopted, or not stated, and records its
# citation or question on the context as ctx:cite and ctx:ask do; for
# anything else it leaves measure_of to go on in Lua.  None of it may change
# a finding: tests/fixtures/lib12/measured.lua calls lx.measure_finding on
# measures of every state, several to a check, after the rule's own
# citations and questions, and on contexts a rule changed (its lists of
# evidence and questions replaced, its methods, profile, date or schema its
# own); each finding (status, texts, lists, error file, line and message),
# for France, Borduria, Arcadia and a copy of France with measures repealed
# or in force from a date, as of 2026 and 2008, must be the one the engine
# gave before (measured.expected.jsonl beside it, made by the engine at
# e9b22d2).  Messages located in the library have their line masked.
#
# A second copy of France holds the dates on the edge of the as-of dates
# assessed: a measure repealed on 2026-01-01 and one in force from it, one
# repealed on 2008-01-01 and one in force from it (a measure is in force
# from its `from` date and no longer on its `repealed` date: measured's
# `repealed <= as_of` made `<` reports the first adopted, a finding met
# instead of not met).  measured answers only for a path found in the
# memo of its declared list, which measure_of fills in Lua when a rule
# first reads it: on the first profile a measure is read in C only when a
# check reads its path a second time, and every read of it is in C from
# the second profile on; so the copies come after France.  With
# `repealed <= as_of` made `<`, this suite fails on the copy's findings; a
# probe in measured counted 11 answers in C, as of 2026, for the measure
# in force from that date (2 when the copy is assessed alone).
. "$ROOT/tests/e2e/lib/fixture-findings.sh"
mkdir -p "$TMP/lib12-profiles"
sed -e '/source = "Code pénal, art. 113-3",/a\      repealed = "2020-01-01",' \
    -e '/source = "Code pénal, art. 113-4",/a\      from = "2010-01-01",' \
    -e '/source = "Code pénal, art. 113-7",/a\      from = "2005-01-01", repealed = "2030-01-01",' \
    "$ROOT/profiles/france.lua" > "$TMP/lib12-profiles/france-dated.lua"
sed -e '/source = "Code pénal, art. 113-3",/a\      repealed = "2026-01-01",' \
    -e '/source = "Code pénal, art. 113-4",/a\      from = "2026-01-01",' \
    -e '/source = "Code pénal, art. 113-7",/a\      repealed = "2008-01-01",' \
    -e '/source = "Code pénal, art. 113-6",/a\      from = "2008-01-01",' \
    "$ROOT/profiles/france.lua" > "$TMP/lib12-profiles/france-edge.lua"
fixture_checks lib12 "$FIX/lib12/measured.lua" lib12-measured.lua "$FIX/lib12/measured.expected.jsonl" \
  "measures read in C or in Lua" "$ROOT/profiles/france.lua" "$ROOT/profiles/borduria.lua" \
  "$ROOT/profiles/arcadia.lua" "$TMP/lib12-profiles/france-dated.lua" "$TMP/lib12-profiles/france-edge.lua"
