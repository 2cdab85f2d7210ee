# Issue 13's eighth round: the library's bilingual texts made in C (sourced
# by tests/e2e/run.sh).
#
# lx.t and fill_with keep each text's placeholder scan, make a text in one
# buffer and give a lone placeholder's string as it is; lx.join does the
# same; bilingual and text_checked are C.  None of it may change a finding:
# tests/fixtures/text6/texts.lua declares explanations, missing elements
# and options of every kind (strings, tables, views, __index tables that
# answer or raise, numbers, booleans, a table without French), lx.bilingual
# with `what`s of every kind, lx.measure_finding's `what` of every kind,
# lx.t over templates (no placeholder, one alone, missing names, texts past
# the sizes kept or made on the stack, more placeholders than a scan keeps,
# a 300-byte name, views, __index) and values of every kind (those handed
# to the Lua fill and those that raise included), and lx.join over lists
# and separators of every kind; each finding (status, texts, option, lists,
# error file, line and message), for France, Arcadia and Borduria as of
# 2026 and 2008 (prospective), must be the one main gave at c18f92f
# (texts.expected.jsonl beside it).  Messages located in the library have
# their line masked.
. "$ROOT/tests/e2e/lib/fixture-findings.sh"
fixture_checks text6 "$FIX/text6/texts.lua" text6-texts.lua "$FIX/text6/texts.expected.jsonl" \
  "bilingual texts, templates and joins of every kind" \
  "$ROOT/profiles/france.lua" "$ROOT/profiles/arcadia.lua" "$ROOT/profiles/borduria.lua"
