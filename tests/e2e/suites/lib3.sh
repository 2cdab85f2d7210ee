# The library's sixth round (sourced by tests/e2e/run.sh; issue 13).
#
# The library fills its own templates without a values table (fill_with,
# engine/sandbox_template.c), finds a template's placeholders once, reads
# lx.good_practice's by and what and ctx:ask's text without copying them,
# negates a French text once (a memo), iterates absent lists without an
# empty table, and fits offences without lx.offence_fit's empty list.  None
# of it may change a finding: tests/fixtures/lib3/library.lua declares
# lx.good_practice (by and what of every kind, measures, notifications,
# both, none), ctx:ask (every kind of text, repeated, refused), the French
# negation (every article, each text in two rules), lx.offence_fit and
# lx.criminalized (elements allowing some requirements, narrower and
# unsure offences), and the patterns that iterate possibly absent lists;
# each finding (status, texts, option, lists, error file, line and
# message), for France, Arcadia and Borduria as of 2026 and 2008
# (prospective), must be the one main gave at c8568a5
# (library.expected.jsonl beside it), except the 27 lx.good_practice
# findings with a notification for Arcadia, whose profile lists its
# notifications: a notification missing from a listed profile is not made
# (not followed in part, or not followed), no longer unknown (the untoc-wg
# review, docs/rules.md "Independent review").  Messages located in the library have
# their line masked.
. "$ROOT/tests/e2e/lib/fixture-findings.sh"
fixture_checks lib3 "$FIX/lib3/library.lua" lib3-library.lua "$FIX/lib3/library.expected.jsonl" \
  "good practice, questions, citations, negations, offence fits and absent lists" \
  "$ROOT/profiles/france.lua" "$ROOT/profiles/arcadia.lua" "$ROOT/profiles/borduria.lua"
