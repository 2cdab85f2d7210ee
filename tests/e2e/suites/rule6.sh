# What each obligation pays around its check (sourced by tests/e2e/run.sh;
# issue 13, round eight).
#
# The engine makes a rule's context with lx._context, without lx._begin,
# while nothing called lx._begin since its own last call; a rule that calls
# lx._run (or lx._begin) on a forged profile, schema and date in the middle
# of an evaluation must leave every other finding as it is, in a batch as
# alone.  The result methods copy their explanation through text_pair: a
# text they refuse raises the same located error as before, at the tail of
# a check (the library's line in front and the declaration's line, as ever)
# and inside one (the line of the call).  A finding whose lists are larger
# than the blocks its strings are kept in reports every element.
R6=$TMP/rule6
mkdir -p "$R6"
cp -R "$RULES" "$R6/rules"
P1=$ROOT/profiles/france.lua P3=$ROOT/profiles/borduria.lua
r6_findings() {   # r6_findings OUT PROFILE...: every finding of the batch, keys sorted, one a line
  local out=$1; shift
  timeout 300 "$LEXGAP" assess --rules "$R6/rules" --as-of 2026-01-01 --fail-on none --format json "$@" > "$R6/raw.json" 2> "$R6/err"
  jq -S -c '.assessments[].findings[]' "$R6/raw.json" > "$out"
}
r6_findings "$R6/clean.jsonl" "$P1" "$P3" "$P1"
cat > "$R6/rules/untoc/zz-rule6.lua" <<'EOF'
local function decl(clause, check)
  obligation { ref = "untoc:1.1", clause = clause, level = "mandatory", title = { en = "t", fr = "t" },
    category = "implementation", cluster = 1, text = { en = "t" }, facts = {}, check = check }
end
local forged_profile = { state = { code = "FGD", name = "Forged" }, offences = {} }
local forged_schema = { root = "profile", types = {}, profile = { type = "record", fields = {} } }
local rule = { ref = "untoc:9.9", id = "untoc:9.9", level = "mandatory", facts = {} }
decl("r6-run", function(ctx)
  local status = lx._run(function(c) return c:met("forged " .. c.state.code) end,
    forged_profile, forged_schema, "2001-01-01", rule, nil, nil)
  return ctx:met("ran " .. status)
end)
decl("r6-begin", function(ctx)
  local c = lx._begin(forged_profile, forged_schema, "2002-02-02", rule, nil, nil)
  return ctx:met("began " .. c.as_of .. " " .. c.state.code)
end)
decl("r6-tail", function(ctx) return ctx:met(42) end)
decl("r6-inside", function(ctx) local r = ctx:not_met({ en = "only English" }) return r end)
decl("r6-lists", function(ctx)
  local missing = {}
  for k = 1, 900 do missing[k] = { en = "element " .. k, fr = "élément " .. k } end
  return ctx:partly("many", missing)
end)
EOF
r6_findings "$R6/run.jsonl" "$P1" "$P3" "$P1"
jq -c 'select(.rule.file | endswith("/untoc/zz-rule6.lua") | not)' "$R6/run.jsonl" > "$R6/others.jsonl"
if [ -s "$R6/clean.jsonl" ] && cmp -s "$R6/others.jsonl" "$R6/clean.jsonl"; then
  ok "rule6: rules that run lx._run and lx._begin on a forged profile change no other finding, in a batch"
else
  fail "rule6: rules that run lx._run and lx._begin on a forged profile change no other finding, in a batch"
  diff "$R6/clean.jsonl" "$R6/others.jsonl" | head -4 | cut -c1-300 | sed 's/^/     /'
fi
jq -r 'select(.rule.file | endswith("/untoc/zz-rule6.lua")) | [.id, .status, (.explanation.en // ""), (.error.line // ""), (.error.message // "" | sub("library\\]:[0-9]+:"; "library]:N:")), (.missing | length)] | @tsv' \
  "$R6/run.jsonl" | sort -u > "$R6/own.tsv"
cat > "$R6/want.tsv" <<'EOF'
untoc:1.1#r6-begin	met	began 2002-02-02 FGD			0
untoc:1.1#r6-inside	error		18	explanation must be a string or a table { en = ..., fr = ... }	0
untoc:1.1#r6-lists	partly_met	many			900
untoc:1.1#r6-run	met	ran met			0
untoc:1.1#r6-tail	error		2	[lexgap library]:N: explanation must be a string or a table { en = ..., fr = ... }	0
EOF
if cmp -s "$R6/own.tsv" "$R6/want.tsv"; then ok "rule6: the forging rules' findings, the result methods' errors located as before, 900 missing elements"
else fail "rule6: the forging rules' findings, the result methods' errors located as before, 900 missing elements"; diff "$R6/want.tsv" "$R6/own.tsv" | head -8 | sed 's/^/     /'; fi
if jq -e '[.assessments[].findings[] | select(.id == "untoc:1.1#r6-lists") | .missing] | all(. == [range(1; 901) | {en: "element \(.)", fr: "élément \(.)"}])' "$R6/raw.json" > /dev/null; then
  ok "rule6: a finding's 900 missing elements each reported in order, in both languages"
else fail "rule6: a finding's 900 missing elements each reported in order, in both languages"; fi
