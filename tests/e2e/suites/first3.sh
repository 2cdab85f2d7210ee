# A profile as rules read it, whole (sourced by tests/e2e/run.sh; issue 13).
#
# The engine converts a profile into Lua as rules read it: a table at its
# first read, a leaf (a table holding no table, of at most 16 fields) with
# its parent.  Whatever is converted when, a rule must read the data file
# itself: every key and value, every length and ipairs run, of every table.
# A rule file here writes the whole profile it is given (keys sorted) into
# its explanation, and the system Lua, reading the profile file as the
# plain table constructor it is, writes it with the same function: the two
# must be equal, byte for byte.  The file also keeps the first profile of
# a batch without reading it and writes it whole while the next ones are
# assessed, after the batch has freed it (under the sanitizer build,
# `make check-san`, a view reading the freed tree fails the run).
F3=$TMP/first3
mkdir -p "$F3"
cp -R "$RULES" "$F3/rules"
cat > "$F3/whole.lua" <<'LUA'
local function whole(v, out)
  if type(v) ~= "table" then out[#out + 1] = type(v) .. ":" .. tostring(v) return end
  local keys = {}
  for k in pairs(v) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b)
    if type(a) ~= type(b) then return type(a) < type(b) end
    return a < b
  end)
  local n = 0
  for _ in ipairs(v) do n = n + 1 end
  out[#out + 1] = "(#" .. #v .. " i" .. n
  for _, k in ipairs(keys) do
    out[#out + 1] = " " .. tostring(k) .. "="
    whole(v[k], out)
  end
  out[#out + 1] = ")"
end
local function written(v) local out = {} whole(v, out) return table.concat(out) end
LUA
if command -v lua5.4 >/dev/null 2>&1 && command -v jq >/dev/null 2>&1; then
  { cat "$F3/whole.lua"; cat <<'LUA'
local kept       -- the first profile assessed, kept unread
local assessed = 0
obligation { ref = "untoc:1.31", clause = "a", level = "mandatory", title = { en = "kept", fr = "kept" },
  category = "implementation", cluster = 1, text = { en = "kept" }, facts = { "offences" },
  check = function(ctx)
    if kept == nil then kept = ctx.profile return ctx:met("kept") end
    return ctx:met("kept<<" .. written(kept) .. ">>")
  end }
obligation { ref = "untoc:1.31", clause = "b", level = "mandatory", title = { en = "whole", fr = "whole" },
  category = "implementation", cluster = 1, text = { en = "whole" }, facts = { "offences" },
  check = function(ctx)
    assessed = assessed + 1
    if assessed == 1 then return ctx:met("first") end   -- the first profile stays as other rules read it
    return ctx:met("now<<" .. written(ctx.profile) .. ">>")
  end }
LUA
  } > "$F3/rules/untoc/art01-whole.lua"
  f3_lua() {   # f3_lua PROFILE: the profile file written by the system Lua
    { cat "$F3/whole.lua"; printf 'io.write(written(dofile(%s)))\n' "\"$1\""; } > "$F3/write.lua"
    lua5.4 "$F3/write.lua"
  }
  timeout 300 "$LEXGAP" assess --rules "$F3/rules" --as-of 2026-01-01 --fail-on none --format json \
    "$ROOT/profiles/france.lua" "$ROOT/profiles/borduria.lua" "$ROOT/profiles/arcadia.lua" "$ROOT/profiles/france.lua" \
    > "$F3/batch.json" 2> "$F3/err"
  for i in 1 2 3; do
    for c in a b; do
      jq -j --argjson i "$i" --arg id "untoc:1.31#$c" \
        '.assessments[$i].findings[] | select(.id == $id) | .explanation.en | split("<<")[1:] | join("<<") | split(">>")[:-1] | join(">>")' \
        "$F3/batch.json" > "$F3/$c$i"
    done
  done
  f3_lua "$ROOT/profiles/france.lua" > "$F3/france"
  f3_lua "$ROOT/profiles/borduria.lua" > "$F3/borduria"
  f3_lua "$ROOT/profiles/arcadia.lua" > "$F3/arcadia"
  if [ -s "$F3/france" ] && cmp -s "$F3/b1" "$F3/borduria" && cmp -s "$F3/b2" "$F3/arcadia" && cmp -s "$F3/b3" "$F3/france"; then
    ok "first contact: a rule reads every profile whole, as the data file holds it"
  else fail "first contact: a rule reads every profile whole, as the data file holds it" "$F3/err"; fi
  if [ -s "$F3/france" ] && cmp -s "$F3/a1" "$F3/france" && cmp -s "$F3/a2" "$F3/france" && cmp -s "$F3/a3" "$F3/france"; then
    ok "first contact: the first profile, kept unread, reads whole while the next ones are assessed"
  else fail "first contact: the first profile, kept unread, reads whole while the next ones are assessed" "$F3/err"; fi
else
  ok "first contact: skipped (no lua5.4 or jq)"
fi
