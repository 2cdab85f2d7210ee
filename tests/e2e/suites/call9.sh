# What each rule's call costs around its check, round nine (sourced by
# tests/e2e/run.sh; issue 13).
#
# The engine makes a rule's context in C where lx._context would make it,
# and the result methods copy their explanation with the engine's bilingual
# (C) instead of text_pair.  Rules of a pack added to the bundled one read
# their context (its keys, its state view, a dependency's finding), call
# every result method on texts whose reads are logged (en, then fr only when
# en is a string) and on refused texts (through pcall, at the tail of a
# check and inside one), and return a finding whose keys they list: every
# finding, error line and message is the one main gave (want.tsv below,
# main at 39366fe; the library's line masked).  `pairs` order is not
# compared here: it depends on each run's string hash seed (test_evaluate.c
# compares it within one process).
C9=$TMP/call9
mkdir -p "$C9"
cp -R "$RULES" "$C9/rules"
cat > "$C9/rules/untoc/zz-call9.lua" <<'LUA'
local function decl(clause, check, depends)
  obligation { ref = "untoc:1.1", clause = clause, level = "mandatory", title = { en = "t", fr = "t" },
    category = "implementation", cluster = 1, text = { en = "t" }, facts = {}, check = check, depends = depends }
end
-- a text whose reads are logged: en and fr as given, each read noted
local function logged(log, en, fr)
  return setmetatable({}, { __index = function(_, k) log[#log + 1] = tostring(k); if k == "en" then return en end; if k == "fr" then return fr end end })
end
local methods = { "met", "partly", "not_met", "unknown", "not_applicable" }
decl("c9-reads", function(ctx)
  local out = {}
  for _, m in ipairs(methods) do
    for _, case in ipairs({ { "E", "F" }, { 7, "F" }, { "E", false } }) do
      local log = {}
      local ok, err = pcall(ctx[m], ctx, logged(log, case[1], case[2]))
      local r = ok and err or nil
      out[#out + 1] = m .. ":" .. table.concat(log, ",") .. ":" .. (ok and (r.status .. "/" .. r.explanation.en .. "/" .. r.explanation.fr) or tostring(err))
    end
  end
  return ctx:met(table.concat(out, " | "))
end)
decl("c9-shape", function(ctx)
  local r = ctx:partly({ en = "a", fr = "b" }, { "m" })
  local keys = {}
  for k in pairs(r) do keys[#keys + 1] = k end
  local ek = {}
  for k, v in pairs(r.explanation) do ek[#ek + 1] = k .. "=" .. v end
  local ck = {}
  for k in pairs(ctx) do ck[#ck + 1] = k end
  table.sort(keys); table.sort(ek); table.sort(ck)   -- pairs' order depends on the run's string hash seed
  return ctx:met(table.concat(keys, ",") .. " / " .. table.concat(ek, ",") .. " / " .. table.concat(ck, ","))
end)
decl("c9-deps", function(ctx)
  local ck = {}
  for k in pairs(ctx) do ck[#ck + 1] = k end
  table.sort(ck)
  return ctx:met(table.concat(ck, ",") .. " " .. ctx:finding("untoc:1.1#c9-shape").status .. " " .. tostring(rawequal(ctx.state, ctx.profile.state)))
end, { "untoc:1.1#c9-shape" })
decl("c9-tail-met", function(ctx) return ctx:met(42) end)
decl("c9-tail-partly", function(ctx) return ctx:partly({ en = "x" }, {}) end)
decl("c9-tail-na", function(ctx) return ctx:not_applicable() end)
decl("c9-inside-unknown", function(ctx) local r = ctx:unknown({ fr = "y" }) return r end)
decl("c9-inside-not-met", function(ctx) local r = ctx:not_met(true, { "z" }) return r end)
decl("c9-string", function(ctx) return ctx:not_met("plain", { "z" }) end)
LUA
timeout 300 "$LEXGAP" assess --rules "$C9/rules" --as-of 2026-01-01 --fail-on none --format json \
  "$ROOT/profiles/france.lua" "$ROOT/profiles/borduria.lua" > "$C9/raw.json" 2> "$C9/err"
jq -r '.assessments[].findings[] | select(.rule.file | endswith("/untoc/zz-call9.lua")) | [.id, .status, (.explanation.en // ""), (.error.line // ""), (.error.message // "" | sub("library\\]:[0-9]+:"; "library]:N:")), (.missing | length)] | @tsv' \
  "$C9/raw.json" | sort -u > "$C9/own.tsv"
cat > "$C9/want.tsv" <<'TSV'
untoc:1.1#c9-deps	met	as_of,bound_since,declared,deps,id,level,profile,ref,schema,state met true			0
untoc:1.1#c9-inside-not-met	error		43	explanation must be a string or a table { en = ..., fr = ... }	0
untoc:1.1#c9-inside-unknown	error		42	explanation must be a string or a table { en = ..., fr = ... }	0
untoc:1.1#c9-reads	met	met:en,fr:met/E/F | met:en:explanation must be a string or a table { en = ..., fr = ... } | met:en,fr:explanation must be a string or a table { en = ..., fr = ... } | partly:en,fr:partly_met/E/F | partly:en:explanation must be a string or a table { en = ..., fr = ... } | partly:en,fr:explanation must be a string or a table { en = ..., fr = ... } | not_met:en,fr:not_met/E/F | not_met:en:explanation must be a string or a table { en = ..., fr = ... } | not_met:en,fr:explanation must be a string or a table { en = ..., fr = ... } | unknown:en,fr:unknown/E/F | unknown:en:explanation must be a string or a table { en = ..., fr = ... } | unknown:en,fr:explanation must be a string or a table { en = ..., fr = ... } | not_applicable:en,fr:not_applicable/E/F | not_applicable:en:explanation must be a string or a table { en = ..., fr = ... } | not_applicable:en,fr:explanation must be a string or a table { en = ..., fr = ... }			0
untoc:1.1#c9-shape	met	_ctx,explanation,missing,status / en=a,fr=b / as_of,bound_since,declared,deps,id,level,profile,ref,schema,state			0
untoc:1.1#c9-string	not_met	plain			1
untoc:1.1#c9-tail-met	error		2	[lexgap library]:N: explanation must be a string or a table { en = ..., fr = ... }	0
untoc:1.1#c9-tail-na	error		2	[lexgap library]:N: explanation must be a string or a table { en = ..., fr = ... }	0
untoc:1.1#c9-tail-partly	error		2	[lexgap library]:N: explanation must be a string or a table { en = ..., fr = ... }	0
TSV
if [ -s "$C9/own.tsv" ] && cmp -s "$C9/own.tsv" "$C9/want.tsv"; then
  ok "call9: contexts made in C and result methods' copies give main's findings, reads and errors"
else
  fail "call9: contexts made in C and result methods' copies give main's findings, reads and errors"
  diff "$C9/want.tsv" "$C9/own.tsv" | head -6 | cut -c1-300 | sed 's/^/     /'
fi
