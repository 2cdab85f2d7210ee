# The schema's questions found by the engine (sourced by tests/e2e/run.sh;
# issue 13).
#
# For the built-in model, ctx:question_for takes the question the engine
# finds (engine.schema_question: the library's search, in C over the model's
# data) and the view the schema's views hold for it, made at once if no read
# has made it yet.  It must be the very value the library's search returns.
# A rule file here searches the schema itself, as the library does, through
# ctx.schema, for every path the model describes (and paths it does not),
# and compares what it finds with ctx:question_for, rawequal: one rule asks
# ctx:question_for first and searches after (the view made by the engine
# must be the one the schema's tables then hold), another searches first.
# The same rule file runs with a schema edited by the user (no longer the
# built-in model, so the library searches), where the edited question must
# come out.
F4=$TMP/first4
mkdir -p "$F4"
cp -R "$RULES" "$F4/rules"
cat > "$F4/rules/untoc/art01-questions.lua" <<'LUA'
-- The library's search, as a rule can write it over ctx.schema.
local function resolve(schema, node)
  while true do
    if type(node) == "string" then
      local named = schema.types[node]
      if not named then return { type = node } end
      node = named
    elseif type(node) == "table" and schema.types[node.type] then
      local base = resolve(schema, schema.types[node.type])
      local merged = {}
      for k, v in pairs(base) do merged[k] = v end
      for k, v in pairs(node) do if k ~= "type" then merged[k] = v end end
      merged.type = base.type
      return merged
    else
      return node
    end
  end
end
local function child(schema, node, k)
  if node.type == "record" then
    local f = node.fields and node.fields[k]
    if f == nil and node.extra then f = node.extra[k] end
    return f and resolve(schema, f) or nil
  elseif node.type == "map" or node.type == "list" then
    return resolve(schema, node.of)
  end
  return nil
end
local function search(schema, path)
  local parts = {}
  for part in string.gmatch(path, "[^%.]+") do parts[#parts + 1] = part end
  local nodes, node = {}, resolve(schema, schema[schema.root])
  for i = 1, #parts do
    if node == nil then break end
    node = child(schema, node, parts[i])
    nodes[i] = node
  end
  for n = #parts, 1, -1 do
    if nodes[n] and nodes[n].question then return nodes[n].question end
  end
  return nil
end
-- Every path of the model, three levels deep (a map's or list's key "x"),
-- then paths it does not describe; split in two, alternately.
local function paths(schema)
  local out = { "", ".", "nowhere", "extradition.nowhere.deeper", "offences..x", "offences.x.conduct.1",
                "offences.x.nowhere", ".extradition..treaty_required." }
  local function walk(node, prefix, depth)
    if node == nil or depth > 3 then return end
    local keys = {}
    if node.type == "record" then
      for k in pairs(node.fields or {}) do keys[#keys + 1] = k end
      for k in pairs(node.extra or {}) do keys[#keys + 1] = k end
      table.sort(keys)
    elseif node.type == "map" or node.type == "list" then
      keys[1] = "x"
    end
    for _, k in ipairs(keys) do
      local p = prefix == "" and k or prefix .. "." .. k
      out[#out + 1] = p
      walk(child(schema, node, k), p, depth + 1)
    end
  end
  walk(resolve(schema, schema[schema.root]), "", 1)
  local halves = { {}, {} }
  for i, p in ipairs(out) do table.insert(halves[i % 2 + 1], p) end
  return halves
end
local halves
local function compare(ctx, which, question_first)
  halves = halves or paths(ctx.schema)
  local n, same, found, tables, differ = 0, 0, 0, 0, {}
  for _, p in ipairs(halves[which]) do
    local q, s
    if question_first then q = ctx:question_for(p); s = search(ctx.schema, p)
    else s = search(ctx.schema, p); q = ctx:question_for(p) end
    n = n + 1
    if s ~= nil then
      found = found + 1
      if type(s) == "table" then tables = tables + 1 end
      if rawequal(q, s) then same = same + 1 elseif #differ < 5 then differ[#differ + 1] = p end
    elseif type(q) == "table" and q.en == "What does national law provide on " .. p .. "?" then
      same = same + 1
    elseif #differ < 5 then
      differ[#differ + 1] = p
    end
  end
  local q = ctx:question_for("extradition.treaty_required")
  local written = pcall(function() q.en = "changed" end)
  return ctx:met("q<<paths " .. n .. " same " .. same .. " found " .. found .. " tables " .. tables
                 .. " differ [" .. table.concat(differ, " ") .. "] written " .. tostring(written)
                 .. " treaty " .. tostring(q.en) .. ">>")
end
obligation { ref = "untoc:1.32", clause = "a", level = "mandatory", title = { en = "asked first", fr = "asked first" },
  category = "implementation", cluster = 1, text = { en = "asked first" }, facts = { "offences" },
  check = function(ctx) return compare(ctx, 1, true) end }
obligation { ref = "untoc:1.32", clause = "b", level = "mandatory", title = { en = "searched first", fr = "searched first" },
  category = "implementation", cluster = 1, text = { en = "searched first" }, facts = { "offences" },
  check = function(ctx) return compare(ctx, 2, false) end }
LUA
# A schema edited by the user: one question changed.
cp -R "$F4/rules" "$F4/edited"
sed -i 's/Does national law make extradition conditional on the existence of a treaty with the requesting State?/EDITED: is a treaty required?/' \
  "$F4/edited/schema/extradition.lua"
f4_found() {   # f4_found RULES OUT: the two findings' explanations, one a line
  timeout 300 "$LEXGAP" assess --rules "$1" --as-of 2026-01-01 --fail-on none --format json \
    "$ROOT/profiles/france.lua" > "$2.json" 2> "$2.err"
  if command -v jq >/dev/null 2>&1; then
    jq -r '.assessments[0].findings[] | select(.id == "untoc:1.32#a" or .id == "untoc:1.32#b") | .explanation.en' \
      "$2.json" > "$2" 2>> "$2.err"
  else
    grep -o 'q<<[^>]*>>' "$2.json" | sort -u > "$2"
  fi
}
f4_found "$F4/rules" "$F4/model"
f4_found "$F4/edited" "$F4/user"
for kind in model user; do
  if [ "$(grep -c '^q<<paths [0-9]* same [0-9]* found [0-9]* tables [1-9][0-9]* differ \[\] written false' "$F4/$kind")" = 2 ] &&
     awk '{ if ($2 != $4 || $2 < 100 || $6 < 50) bad = 1 } END { exit bad }' "$F4/$kind"; then
    ok "schema questions ($kind): the very values the library's search returns, read-only"
  else fail "schema questions ($kind): the very values the library's search returns, read-only" "$F4/$kind"; fi
done
has "schema questions (model): the model's question" "$F4/model" "treaty Does national law make extradition conditional on the existence of a treaty with the requesting State\?>>"
has "schema questions (user): the edited schema's question" "$F4/user" "treaty EDITED: is a treaty required\?>>"
