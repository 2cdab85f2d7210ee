# A finding read in C (sourced by tests/e2e/run.sh; issue 13, round eight,
# second wave).
#
# check_finished reads a plain finding without lx._finish: now also one
# with a list of missing elements (strings or { en, fr } tables) and one
# with an option ({ id, en, fr }), the level's note appended as the text is
# kept.  Each case is declared twice, once as it is and once with a
# metatable on the finding (which sends it through lx._finish): the two
# must report the same status, texts, missing elements, option and error,
# in JSON and in the text report, at a level with a note and at one
# without.
P7=$TMP/prep7
mkdir -p "$P7"
cp -R "$RULES" "$P7/rules"
cat > "$P7/rules/untoc/zz-prep7.lua" <<'EOF2'
local cases = {
  strings = function(ctx) return ctx:not_met("strings", { "a", "b" }) end,
  tables = function(ctx) return ctx:partly("tables", { { en = "x", fr = "ix" }, "y" }) end,
  empty = function(ctx) return ctx:not_met("empty", {}) end,
  hole = function(ctx) return ctx:not_met("hole", { "a", nil, "c" }) end,
  viewlike = function(ctx) return ctx:not_met("element with a metatable", { setmetatable({}, { __index = { en = "v", fr = "w" } }) }) end,
  number = function(ctx) return ctx:not_met("number", { "a", 5 }) end,
  option = function(ctx) return ctx:met("option", { id = "ii", en = "o", fr = "ó" }) end,
  optionnoid = function(ctx) return ctx:met("option without id", { en = "o", fr = "ó" }) end,
  optionstring = function(ctx) return ctx:met("option a string", "opt") end,
  na = function(ctx) return ctx:not_applicable("not here") end,
}
local names = {}
for name in pairs(cases) do names[#names + 1] = name end
table.sort(names)
for _, level in ipairs { "mandatory", "consider" } do
  for _, name in ipairs(names) do
    for _, how in ipairs { "c", "lua" } do
      obligation { ref = "untoc:1.1", clause = "p7-" .. level .. "-" .. name .. "-" .. how, level = level,
        title = { en = "t", fr = "t" }, category = "implementation", cluster = 1, text = { en = "t" }, facts = {},
        check = function(ctx)
          local r = cases[name](ctx)
          if how == "lua" then setmetatable(r, {}) end
          return r
        end }
    end
  end
end
EOF2
timeout 300 "$LEXGAP" assess --rules "$P7/rules" --as-of 2026-01-01 --fail-on none --format json \
  "$ROOT/profiles/france.lua" > "$P7/out.json" 2> "$P7/err"
# each finding of the file without its own id's tail: the twins' lines must pair up
jq -S -c '.assessments[].findings[] | select(.id | test("#p7-")) | {k: (.id | sub("-(c|lua)$"; "")), how: (.id | capture("-(?<h>c|lua)$").h),
  v: [.status, .explanation, .missing, .option, (.error.message // null)]}' "$P7/out.json" > "$P7/all.jsonl"
jq -s -c 'group_by(.k)[] | select(length != 2 or .[0].v != .[1].v) | .[0].k' "$P7/all.jsonl" > "$P7/differ"
n=$(wc -l < "$P7/all.jsonl")
if [ "$n" -eq 40 ] && [ ! -s "$P7/differ" ]; then
  ok "prep7: findings with lists and options read in C report what lx._finish gives (JSON)"
else
  fail "prep7: findings with lists and options read in C report what lx._finish gives (JSON; $n findings)" "$P7/differ"
fi
has "prep7: the level's note follows a list's finding read in C" "$P7/all.jsonl" \
  '"k":"untoc:1.1#p7-consider-strings".*"strings Level: a duty to consider'
has "prep7: a string element is its own French" "$P7/all.jsonl" \
  '"k":"untoc:1.1#p7-mandatory-strings","v":\["not_met",\{"en":"strings","fr":"strings"\},\[\{"en":"a","fr":"a"\}'
has "prep7: an option read in C keeps its id" "$P7/all.jsonl" '"k":"untoc:1.1#p7-mandatory-option".*"id":"ii"'
timeout 300 "$LEXGAP" assess --rules "$P7/rules" --as-of 2026-01-01 --fail-on none --format text \
  "$ROOT/profiles/france.lua" > "$P7/out.txt" 2> "$P7/err"
# each twin's block of the text report (from its "  [status]" line to the
# next), its tail taken off, in the order they come
p7_blocks() {   # p7_blocks TAIL
  awk -v tail="-$1]" '/^  \[/ { keep = index($0, "[p7-") > 0 && index($0, tail) > 0 }
    keep && /^(  \[|    )/ { sub(tail, "]"); print }' "$P7/out.txt"
}
p7_blocks c > "$P7/c.txt"
p7_blocks lua > "$P7/lua.txt"
if [ -s "$P7/c.txt" ] && cmp -s "$P7/c.txt" "$P7/lua.txt"; then
  ok "prep7: findings with lists and options read in C report what lx._finish gives (text)"
else
  fail "prep7: findings with lists and options read in C report what lx._finish gives (text)"
  diff "$P7/c.txt" "$P7/lua.txt" | head -6 | sed 's/^/     /'
fi
