# The library's offences and final articles, round nine (lib9b; sourced by
# tests/e2e/run.sh; issue 13).
#
# ctx:covering and ctx:offences hand out a list of one or two offences made
# by a constructor at its size; the offence list is told the engine's
# profile by a lookup (raw identity, no rule's __eq) and its date by `==` on
# strings instead of two calls of rawequal; build_offences and the conduct
# index loop without ipairs; lx.measures_refer_to_directive and
# lx.measures_notified take their texts, filters and labels from the file
# instead of making them at each call.  None of it may change a finding:
# tests/fixtures/lib9b/library.lua hands out every conduct element's
# offences (none, one, two, more; elements that are no strings), writes
# into every list and entry before asking again, gives its context a
# profile and dates of its own (with an __eq that must never be called),
# reads the offences through the conduct pattern and the scopes, and checks
# the final articles of every directive (whole, adopted only, with a rule's
# own finding methods that write into the texts they are handed, at a date
# before notification, undeclared); each finding, for France, Arcadia,
# Borduria and two EU profiles as of 2026 and 2008 (prospective), must be
# the one main gave at 39366fe (library.expected.jsonl beside it).
# Messages located in the library have their line masked.
. "$ROOT/tests/e2e/lib/fixture-findings.sh"
fixture_checks lib9b "$FIX/lib9b/library.lua" lib9b-library.lua "$FIX/lib9b/library.expected.jsonl" \
  "offences handed out, the offence list's cache and the final articles" \
  "$ROOT/profiles/france.lua" "$ROOT/profiles/eu-fictional-united-kingdom.lua" "$ROOT/profiles/arcadia.lua" \
  "$ROOT/profiles/borduria.lua" "$ROOT/profiles/eu-fictional-denmark.lua"
