-- lexgap.lua -- the library every rule sees as `lx`.
--
-- Compiled into the lexgap binary and run inside the same sandbox as the
-- rules (no io, os, debug, package).  It holds the recurring legal patterns so
-- that a rule file reads as a short legal commentary:
--
--   ctx:measure(path)            a legal measure, its status at the as-of date
--   lx.criminalized(ctx, {...})  an offence covering a list of conduct elements
--   lx.any_of(ctx, {...})        a duty met by any one of several options
--   lx.only_if(ctx, cond, ...)   an obligation that binds only under a condition
--   lx.scope_covers_serious(...) "all serious crime" (UNTOC art. 2(b))
--   lx.foreign_predicates(...)   offences abroad with dual criminality
--
-- Contract with the engine (engine/evaluate.c):
--   lx._context(profile, schema, as_of, rule, bound_since, deps) -> ctx,
--     called before each check; `rule` = { ref, id, level, facts = {...},
--     deadline } (made once per rule by the engine, read here and never
--     changed; deadline, for a provision of an EU directive, its
--     transposition deadline from the descriptor, the first day it is due),
--     bound_since the date the instrument binds the State from (or nil),
--     deps = { [id] = finding } (or nil: no dependencies).
--   lx._finish(ctx, result) -> the finding as values, not a table:
--     status, explanation.en, explanation.fr, option ({en, fr, id} or nil),
--     missing ({ {en, fr} } or nil), questions ({ {fact, en, fr} } or nil),
--     evidence ({ {fact, label, source, url, note, from, repealed} } or nil);
--     a list that is nil is empty.
--   lx._run(check, profile, schema, as_of, rule, bound_since, deps) does both
--     around the rule's check; the engine calls lx._begin (lx._context while begin changes nothing), lx._checked, lx._finish.
--   Errors are raised with error(); the engine turns them into `error` findings.

local lx = {}

-- The globals the library calls, as locals (read once: a local costs no
-- table lookup per use; the names are the same, so are error messages).
local error, ipairs, pairs, rawequal, setmetatable, tostring, type = error, ipairs, pairs, rawequal, setmetatable, tostring, type
local math, string, table = math, string, table

local STATUSES = { met = true, partly_met = true, not_met = true, unknown = true, not_applicable = true }

-- An empty list for the library's loops over a list that may be absent
-- (ipairs(x or NO_ITEMS), #(x or NO_ITEMS)): only read, never handed out,
-- so that an absent list costs no table.
local NO_ITEMS = {}

lx.SERIOUS_CRIME_YEARS = 4   -- UNTOC art. 2(b): "a maximum deprivation of liberty of at least four years"

---------------------------------------------------------------------------
-- Read-only data.  The engine gives the profile and the schema as read-only
-- views (engine/sandbox_readonly.c), shared by every rule; readonly(v)
-- returns a view as it is and any other table as a read-only copy.
---------------------------------------------------------------------------
local engine = ...   -- primitives from the engine (sandbox.c): readonly, is_view, template_filler, joiner, measure_reader...
local readonly = engine.readonly
local is_view = engine.is_view   -- never handed to rules
lx.readonly = readonly

---------------------------------------------------------------------------
-- Small text helpers: every user-facing sentence exists in English and French.
---------------------------------------------------------------------------

-- A text argument's English and French, without a table: a string is
-- English (and French until translated); a table's en and fr are each read
-- once.  Anything else raises at `level` (counted from text_pair: 3, the
-- caller of the function that called it).
local function text_pair(x, what, level)
  local kind = type(x)
  if kind == "string" then return x, x end
  if kind == "table" then
    local en = x.en
    if type(en) == "string" then
      local fr = x.fr
      if type(fr) == "string" then return en, fr end
    end
  end
  error((what or "text") .. " must be a string or a table { en = ..., fr = ... }", level or 3)
end

-- Normalise a text argument into a new table { en, fr } (text_pair's).
local function bilingual_in_lua(x, what)
  local en, fr = text_pair(x, what, 4)
  return { en = en, fr = fr }
end

-- x itself when bilingual(x, what) would accept it (a string, or a table
-- whose en and fr are strings), else bilingual's error, at the same level:
-- for a text only read (by lx.t, lx.join), which needs no copy.
local function text_checked_in_lua(x, what)
  local kind = type(x)
  if kind == "string" then return x end
  if kind == "table" and type(x.en) == "string" and type(x.fr) == "string" then return x end
  error((what or "text") .. " must be a string or a table { en = ..., fr = ... }", 3)
end
-- bilingual and text_checked are the engine's (engine/sandbox_template.c):
-- the same reads, result and error in one call into C; each hands its Lua
-- a `what` it cannot concatenate, whose error is raised there.
local bilingual, text_checked, finding_text = engine.bilingual_maker(bilingual_in_lua, text_checked_in_lua)
lx.bilingual = bilingual

-- Join bilingual pieces: lx.join({a, b}, {en = ", ", fr = ", "}).
local JOIN_SEP = { en = ", ", fr = ", " }        -- the defaults, never handed out
local JOIN_LAST = { en = " and ", fr = " et " }

-- list's items in lang (a table's text in lang, else tostring(item))
-- joined by sep[lang], the last two by last[lang].
local function join_in(list, sep, last, lang)
  local parts = {}
  for i, item in ipairs(list) do
    parts[i] = type(item) == "table" and item[lang] or tostring(item)
  end
  local n = #parts
  if n <= 1 then return parts[1] or "" end
  return table.concat(parts, sep[lang], 1, n - 1) .. last[lang] .. parts[n]
end

local function join_in_lua(list, sep, last)
  sep = sep or JOIN_SEP
  last = last or JOIN_LAST
  local en = join_in(list, sep, last, "en")
  return { en = en, fr = join_in(list, sep, last, "fr") }
end
-- lx.join is the engine's join (engine/sandbox_join.c): the same bytes, in
-- one call into C; it hands join_in_lua what it does not join itself.
local join = engine.joiner(join_in_lua, JOIN_SEP, JOIN_LAST)
lx.join = join

-- The library's memos: what pure functions of a string computed (a path's
-- parts, the paths a path is below, a template's pieces, a negated French
-- text), and the schema's questions by path, kept for the calls that ask
-- again.  A miss is paid under the budgets of the rule that asks, a hit is
-- nearly free, so they are kept per rule file (per memory account): the
-- engine selects the memos of the file whose rules or top level run
-- (engine.file_memos below: select_memos, called when the engine changes
-- account, outside every call), so that what the rules of one file do
-- never changes what those of another pay.  Each holds up to MEMO_MAX keys
-- (so that a rule inventing keys cannot grow it without end); what it
-- holds is in its file's memory account (its slots are made by that
-- file's calls).  Their tables and values are the library's own: never
-- handed to rules, never changed once kept.
local MEMO_MAX = 4096
local MEMO_COUNT = {}   -- a memo's key for its count of keys: a table no rule holds, equal to no key a rule gives

-- The current file's memos (select_memos): a path's parts, a template
-- text's pieces, the paths a path is below, French texts negated (each
-- { [key] = value, [MEMO_COUNT] = count }), the schema's questions
-- (question_of) and resolved references (referring).  Hot callers look a
-- key up without a call: split_kept[path] or split(path).
local split_kept, pieces_kept, above_kept, negated_kept, questions_kept, resolved_kept

-- v, kept in memo under key while memo holds fewer than MEMO_MAX keys.
local function keep(memo, key, v)
  local n = memo[MEMO_COUNT]
  if n < MEMO_MAX then
    memo[key] = v
    memo[MEMO_COUNT] = n + 1
  end
  return v
end

-- memo[key], or compute(key) kept there (keep) when memo has none.  (The
-- hot callers read the memo's table first, without this call.)
local function memo_get(memo, key, compute)
  local v = memo[key]
  if v ~= nil then return v end
  return keep(memo, key, compute(key))
end

-- A new rule file's memos, empty, in the order select_memos takes them
-- (the engine makes them at the file's first use, in its own account:
-- what the file's calls put in them is the file's).
local WEAK_KEYS = { __mode = "k" }
local function new_memos()
  return { { [MEMO_COUNT] = 0 }, { [MEMO_COUNT] = 0 }, { [MEMO_COUNT] = 0 }, { [MEMO_COUNT] = 0 },
           { schema = nil, is_schema = {}, by_path = {}, n = 0 }, setmetatable({}, WEAK_KEYS) }
end
-- Make memos (new_memos') the current ones.  Only the engine calls it
-- (engine.file_memos keeps it where no rule reaches), outside every call.
local function select_memos(memos)
  split_kept, pieces_kept, above_kept, negated_kept, questions_kept, resolved_kept =
    memos[1], memos[2], memos[3], memos[4], memos[5], memos[6]
end
select_memos(new_memos())   -- the engine's own (its account's), until it selects a file's
engine.file_memos(new_memos, select_memos)

-- lx.t("{a} covered", {a = x}) fills bilingual templates: t{en=..., fr=...}
-- with values that are strings or bilingual tables.  Each placeholder
-- {name} becomes values[name]: a table gives its text in the language (""
-- when it has none), anything else tostring(value), and a name without a
-- value stays "{name}".
--
-- Each template text is cut once into the pieces around its placeholders
-- (found with the pattern gsub used to fill them, so the same text comes
-- out), kept in the file's memo (pieces_kept).  fill makes one new table,
-- its result.
local PLACEHOLDER = "{([%w_]+)}"

-- { literal, name, literal, ..., name, literal } of text (odd length).
local function cut_template(text)
  local pieces = {}
  local at = 1
  while true do
    local first, last, name = string.find(text, PLACEHOLDER, at)
    if first == nil then break end
    pieces[#pieces + 1] = string.sub(text, at, first - 1)
    pieces[#pieces + 1] = name
    at = last + 1
  end
  pieces[#pieces + 1] = string.sub(text, at)
  return pieces
end
local function template_pieces(text) return memo_get(pieces_kept, text, cut_template) end

-- The text a placeholder {name} whose value is v stands for in lang: a
-- table's text in lang ("" when it has none), anything else tostring(v),
-- no value "{name}" itself.  (What gsub's callback returned.)
local function value_text(v, name, lang)
  if v == nil then return "{" .. name .. "}" end
  if type(v) == "table" then return v[lang] or "" end
  return tostring(v)
end

-- Can gsub put x in place of a match (a string or a number)?
local function replaceable(x)
  return type(x) == "string" or type(x) == "number"
end

-- text filled by gsub, for a value gsub refuses (a table or a boolean in a
-- language's place): gsub's own error.
local function fill_by_gsub(text, values, lang)
  return (string.gsub(text, PLACEHOLDER, function(name) return value_text(values and values[name], name, lang) end))
end

-- text (a template's text in lang) with its placeholders filled, as
-- value_text says.  One or two placeholders (most templates) are filled
-- without a table, a string value without a call.
local function fill_text(text, values, lang)
  local pieces = template_pieces(text)
  local n = #pieces
  if n == 1 then return text end
  local a = values and values[pieces[2]]
  if type(a) ~= "string" then
    if type(a) == "table" then a = a[lang] or "" else a = value_text(a, pieces[2], lang) end
    if not replaceable(a) then return fill_by_gsub(text, values, lang) end
  end
  if n == 3 then return pieces[1] .. a .. pieces[3] end
  local b = values and values[pieces[4]]
  if type(b) ~= "string" then
    if type(b) == "table" then b = b[lang] or "" else b = value_text(b, pieces[4], lang) end
    if not replaceable(b) then return fill_by_gsub(text, values, lang) end
  end
  if n == 5 then return pieces[1] .. a .. pieces[3] .. b .. pieces[5] end
  local filled = { pieces[1], a, pieces[3], b }
  for i = 5, n do
    if i % 2 == 1 then
      filled[i] = pieces[i]
    else
      local v = value_text(values and values[pieces[i]], pieces[i], lang)
      if not replaceable(v) then return fill_by_gsub(text, values, lang) end
      filled[i] = v
    end
  end
  return table.concat(filled, "", 1, n)
end

local function fill_in_lua(template, values)
  local en, fr
  if type(template) == "string" then
    en, fr = template, template
  elseif type(template) == "table" and type(template.en) == "string" and type(template.fr) == "string" then
    en, fr = template.en, template.fr
  else
    bilingual(template, "template")   -- raises: not a template
  end
  return { en = fill_text(en, values, "en"), fr = fill_text(fr, values, "fr") }
end
-- lx.t is the engine's fill (engine/sandbox_template.c): the same bytes in
-- one call into C; it hands fill_in_lua what it does not fill itself.
-- fill_with(template, "a", x, "b", y) is fill_with(template, "a", x, "b", y)
-- without making the values table: the library's own, never handed out.
local fill, fill_with = engine.template_filler(fill_in_lua)
lx.t = fill

local function years(n)
  if n == nil then return { en = "an unknown penalty", fr = "une peine inconnue" } end
  local s   -- an integer as tostring writes it, which is what "%d" writes
  if math.type(n) == "integer" then s = tostring(n)
  else s = (n == math.floor(n)) and string.format("%d", n) or string.format("%.1f", n) end
  return { en = s .. (n == 1 and " year" or " years"), fr = s .. (n < 2 and " an" or " ans") }
end
lx.years = years

---------------------------------------------------------------------------
-- Paths into the profile and the schema.
---------------------------------------------------------------------------
-- Paths are split once per file: the parts of each path are kept in the
-- file's memo (split_kept).
-- A path's parts are its runs of characters other than dots (empty ones
-- skipped), found with plain searches for the dots: a memo miss costs a call
-- per part, not a pattern match (a cold run misses on every path once).
-- Anything but a string goes through gmatch, which converts a number and
-- refuses the rest with its own message, as it always did.
local function split_parts(path)
  local parts = {}
  if type(path) ~= "string" then
    for part in string.gmatch(path, "[^%.]+") do parts[#parts + 1] = part end
    return parts
  end
  local start, find, sub = 1, string.find, string.sub
  while true do
    local dot = find(path, ".", start, true)
    local stop = (dot or #path + 1) - 1
    if stop >= start then parts[#parts + 1] = sub(path, start, stop) end
    if dot == nil then return parts end
    start = dot + 1
  end
end
local function split(path) return memo_get(split_kept, path, split_parts) end

local function get_path(t, path)
  local v = t
  local parts = split_kept[path] or split(path)   -- a plain list of strings (ipairs would call C per part)
  for i = 1, #parts do
    if type(v) ~= "table" then return nil end
    v = v[parts[i]]
  end
  return v
end

-- The schema nodes along a path's parts, resolving named types: nodes[i]
-- describes parts 1..i, nil where the schema describes nothing there (and
-- beyond).  One walk serves every prefix of the path.
local function schema_nodes(schema, parts)
  local function resolve(node)
    while true do
      if type(node) == "string" then
        local named = schema.types[node]
        if not named then return { type = node } end
        node = named
      elseif type(node) == "table" and schema.types[node.type] then
        -- an annotated reference to a named type: keep the annotations
        local base = resolve(schema.types[node.type])
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
  local nodes = {}
  local node = resolve(schema[schema.root])
  for i = 1, #parts do
    local k = parts[i]
    if node == nil then return nodes end
    if node.type == "record" then
      local f = node.fields and node.fields[k]
      if f == nil and node.extra then f = node.extra[k] end
      node = f and resolve(f) or nil
    elseif node.type == "map" or node.type == "list" then
      node = resolve(node.of)
    else
      return nodes
    end
    nodes[i] = node
  end
  return nodes
end

---------------------------------------------------------------------------
-- The evaluation context.
---------------------------------------------------------------------------
local Ctx = {}
local CTX_META = { __index = Ctx, __metatable = false }   -- every context's metatable
-- rules can neither reach nor alter the shared methods: Ctx has no __index of its own (ctx.__index is nil)

-- The dependencies of a rule that has none: read-only, since every such
-- rule's ctx holds this one table.
local NO_DEPS = readonly({})

-- A new ctx per call, made whole in one constructor.  profile and schema
-- are read-only views (so is profile.state, a field of one), rule.facts a
-- read-only view made once per rule.  The lists of evidence and questions
-- (evidence_list, evidence_seen, question_list, question_seen) are made by
-- the first ctx:cite or ctx:ask: a check that records none makes none.
-- The metatable is set by the engine's primitive, not the rules'
-- setmetatable (whose check for __gc, made through a second call, costs
-- more than the rest of the context): CTX_META has no __gc.
local set_metatable = engine.set_metatable
local function new_context(profile, schema, as_of, rule, bound_since, deps)
  return set_metatable({
    profile = profile,
    schema = schema,
    as_of = as_of,
    ref = rule.ref,
    id = rule.id,
    level = rule.level,
    bound_since = bound_since,   -- the date the instrument binds the State from, or nil
    deadline = rule.deadline,    -- an EU directive's provision: its transposition deadline
    declared = rule.facts,
    deps = deps or NO_DEPS,
    state = profile.state,
  }, CTX_META)
end
lx._context = new_context

-- Is `path` among the facts the rule declared (a declared path covers the
-- facts below it)?  Context facts (state, parties...) are always readable.
local ALWAYS = { state = true, parties = true, describes_law_as_of = true, reservations = true, notifications = true, principles = true, penalty_scale = true }
-- The paths a path is below, kept in the file's memo (above_kept): { [d] = true } for each d that
-- path starts with, followed by a dot ("a" and "a.b" for "a.b.c").
-- The dots are found by plain searches (a call per dot, not per byte).
local function above_of(path)
  local above = {}
  local _ = #path   -- a path that is not a string fails here, as it always did
  local find, sub = string.find, string.sub
  local i = find(path, ".", 1, true)
  while i do
    above[sub(path, 1, i - 1)] = true
    i = find(path, ".", i + 1, true)
  end
  return above
end
local function paths_above(path) return memo_get(above_kept, path, above_of) end

-- The paths found declared, by declared list: { [list] = { [path] = true
-- ..., [MEMO_COUNT] = count } } for the engine's own lists only (each
-- rule's ctx.declared as the engine made it, a read-only view made once per
-- rule (again when two rules sharing one check function alternate) and
-- never changed, so a path found in it stays found), each memo
-- made by the engine with the list, holding the list's own paths
-- (sandbox_note_facts_list, outside every call); up to MEMO_MAX paths a
-- list.  Any other list a rule put in its context's place, a view of the
-- profile or the schema included, has no memo and is searched every time,
-- and no call adds a list here: what one file's rules do never changes
-- what another file's pay for their declared paths.
local declared_found = setmetatable({}, WEAK_KEYS)
engine.declared_lists(declared_found, MEMO_COUNT)

-- (declared_miss(self, path, declared, found) is the check past the memo:
-- declared is self.declared, found its memo, which does not hold path;
-- its errors name the caller of its caller, as Ctx:_check_declared's do.)
local function declared_miss(self, path, declared, found)
  local head = split(path)[1]
  if not ALWAYS[head] then
    local above, listed = paths_above(path), false
    for _, d in ipairs(declared) do
      -- path is d, or below d (d followed by a dot)
      if path == d or above[d] then listed = true; break end
    end
    if not listed then
      error(string.format("rule %s reads fact '%s' but does not list it in `facts`", self.id, path), 3)
    end
  end
  if found and found[MEMO_COUNT] < MEMO_MAX and type(path) == "string" then
    found[path] = true
    found[MEMO_COUNT] = found[MEMO_COUNT] + 1
  end
end
function Ctx:_check_declared(path)
  local declared = self.declared
  local found = declared_found[declared]
  if found and found[path] then return end
  return declared_miss(self, path, declared, found)   -- a tail call: its errors name the same caller
end
local own_check_declared = Ctx._check_declared   -- ctx._check_declared, unless a rule put its own on its context

-- The schema's questions by path, in the file's memo (questions_kept):
-- for the schema lx._begin was given last (begun_schema.schema: the
-- engine's, a read-only view, the node a path leads to never changes),
-- the question value found there (a schema value, never copied, so the
-- same one a search would return), or false when none is.  Up to MEMO_MAX
-- paths; a context whose schema a rule replaced searches uncached.  A
-- file's memo follows that schema when the file first asks with it
-- (emptied then, under the asking rule's budgets: the file's own work),
-- never when begin is given another: no rule of another file, nor its
-- lx._run, empties it.
-- For the built-in model the engine finds it (engine.schema_question: the
-- same search in C over the model's data, the value read through its
-- views), without walking the schema's views here; for any other schema,
-- or what the engine cannot say as this search would, it answers nil and
-- the library searches.
-- A file's memo: { schema = the schema it is for, is_schema = { [schema] =
-- true } (told by a lookup, raw, as rawequal compares, without its call),
-- by_path = { [path] = question or false }, n = count }.
-- begun_schema.schema: the schema begin was given last.  A field, not an
-- upvalue begin assigns, for viewed_profile's reason (below): a young
-- table stored in an old closure's upvalue is made old at once, and would
-- keep the schema it holds (a rule's, given to lx._run) until a major
-- collection.
local begun_schema = { schema = nil }
local question_in_model = engine.schema_question
local kept = engine.kept   -- never handed to rules: it runs the library's functions as engine work (begin's)
local outside_calls = engine.outside_calls

-- The question the schema attaches to `path` (or to its nearest ancestor),
-- or nil.
local function schema_question(schema, path)
  local parts = split(path)
  local nodes = schema_nodes(schema, parts)
  for n = #parts, 1, -1 do
    local node = nodes[n]
    if node and node.question then return node.question end
  end
  return nil
end

-- The question the schema attaches to `path` (or to its nearest ancestor),
-- for a context whose `schema` field the caller has just read once (it is
-- `schema`): ctx:question_for's body, which Ctx:ask calls without the
-- method's own call when ctx.question_for is the library's.  (self.schema
-- is never read again: what is cached is found in the schema compared,
-- never in one a context whose fields change between reads gives
-- afterwards.)
local function question_of(self, schema, path)
  local q
  local sq = questions_kept
  if not rawequal(schema, sq.schema) and rawequal(schema, begun_schema.schema) then   -- the file's memo follows it
    sq.schema, sq.is_schema, sq.by_path, sq.n = schema, (schema == nil or schema ~= schema) and {} or { [schema] = true }, {}, 0
  end
  if rawequal(schema, sq.schema) then
    q = sq.by_path[path]   -- the paths kept are strings: any other finds nothing
    if q == nil then
      if type(path) == "string" then
        q = question_in_model(schema, path)
        if q == nil then q = schema_question(schema, path) or false end
        if sq.n < MEMO_MAX then sq.by_path[path] = q; sq.n = sq.n + 1 end
      else
        q = schema_question(schema, path)
      end
    end
  else
    q = schema_question(schema, path)
  end
  if q then return q end
  return { en = "What does national law provide on " .. path .. "?",
           fr = "Que prévoit le droit national sur " .. path .. " ?" }
end

-- The question the schema attaches to `path` (or to its nearest ancestor).
function Ctx:question_for(path)
  return question_of(self, self.schema, path)
end
local own_question_for = Ctx.question_for   -- ctx.question_for, unless a rule put its own on its context

-- Record an open question: ctx:ask(path) uses the schema's question;
-- ctx:ask(path, {en, fr}) a specific one.  A question is recorded once per
-- key (path .. "\0" .. its English).  Most checks ask one question: the
-- set of keys (question_seen) is made at the second, from the first
-- question's; until then question_seen is the first question's entry (a
-- set's keys all hold "\0", so only the entry has a `fact`) and no key is
-- made (the first question's path and text are only checked to be what a
-- key can be made of, as making it did).
function Ctx:ask(path, text)
  local en, fr   -- the question's texts (a text given is read, not copied)
  if text then en, fr = text_pair(text, "question")
  else
    local q
    if self.question_for == own_question_for then   -- a path asked before is in the memo
      local schema, sq = self.schema, questions_kept
      if sq.is_schema[schema] then q = sq.by_path[path] end
      if not q then q = question_of(self, schema, path) end
    else
      q = self:question_for(path)   -- called as a method: an error names it so
    end
    en = q.en; fr = q.fr   -- (one assignment each: no temporary moved; en read first, as before)
  end
  local seen = self.question_seen
  if seen == nil then
    if type(path) ~= "string" or type(en) ~= "string" then local _ = path .. "\0" .. en end   -- raises as the key did
    local first = { fact = path, en = en, fr = fr }
    self.question_list = { first }   -- (set as `self.question_seen, self.question_list = first, { first }`
    self.question_seen = first       -- set them, the last first, without its copy of first)
    return
  end
  local key = path .. "\0" .. en
  if seen.fact ~= nil then   -- the first question's entry: the set, from its key
    seen = { [seen.fact .. "\0" .. seen.en] = true }
    self.question_seen = seen
  end
  if seen[key] then return end
  seen[key] = true
  local list = self.question_list
  list[#list + 1] = { fact = path, en = en, fr = fr }
end

-- Record a profile fact as evidence (facts with a source, or any fact named),
-- once per path.  Most checks cite one fact: the set of paths cited
-- (evidence_seen) is made at the next call, from the first entry's; until
-- then evidence_seen is that entry (a set's values are all true, an
-- entry's `fact` is the path).
function Ctx:cite(path, value, label)
  local seen = self.evidence_seen
  if seen then
    local first = seen.fact
    if first ~= nil and first ~= true then   -- the first entry: the set, from its path
      seen = { [first] = true }
      self.evidence_seen = seen
    end
    if seen[path] then return end
  end
  local is_table = type(value) == "table"
  if not is_table and label == nil then return end
  if seen ~= nil then seen[path] = true
  elseif path == nil or path ~= path then
    local refused = {}
    refused[path] = true   -- raises, as putting it in the set did: nil and NaN are no keys
  end
  local e   -- made whole, so that its fields are not added one by one
  if is_table then
    e = { fact = path, source = value.source, url = value.url, note = value.note, from = value.from,
          repealed = value.repealed, label = value.name }
  else
    e = { fact = path }
  end
  if label then e.label = type(label) == "table" and label.en or label end
  -- a fact without a source is still evidence: the report says "no source given"
  if seen == nil then
    self.evidence_list = { e }   -- (in the order `self.evidence_seen, self.evidence_list = e, { e }`
    self.evidence_seen = e       -- sets them, without its copy of e)
    return
  end
  local list = self.evidence_list
  list[#list + 1] = e
end
local own_cite = Ctx.cite   -- ctx.cite, unless a rule put its own on its context

---------------------------------------------------------------------------
-- Definitions stated once.  A profile may state a scope shared by several
-- offences once, under `definitions` ("criminal organization" in one section
-- of the code), and refer to it: aims_at = { ref = "criminal_organization" }.
-- Rules see the definition in place of the reference, with `definition` set
-- to its name (the engine has checked that it exists).
---------------------------------------------------------------------------
-- Resolved tables are made read-only once and kept in the file's memo
-- (resolved_kept: weakly, keyed by the referring table, with the
-- definitions table it was resolved against), so that every rule of a
-- file gets the same view instead of a fresh copy.  The engine's own
-- offence list (keep_offences) resolves without a memo (resolved nil): the
-- list keeps what it made, and no file's memo holds what no rule paid for.

-- referring(profile, v, resolved): v, a table whose `ref` (read once, by
-- the caller) is not nil, resolved; a table (v itself when the definition
-- is missing); kept in resolved, a file's memo, unless it is nil.
local function referring(profile, v, resolved)
  local defs = profile.definitions
  local hit = resolved and resolved[v]
  if hit and rawequal(hit.defs, defs) then return hit.view end
  local def = defs and defs[v.ref]
  if def == nil then return v end
  local out = {}
  for k, x in pairs(def) do out[k] = x end
  for k, x in pairs(v) do if k ~= "ref" then out[k] = x end end
  out.definition = v.ref
  local view = readonly(out)
  if resolved then resolved[v] = { defs = defs, view = view } end
  return view
end

local function resolve_ref(profile, v, resolved)
  if type(v) ~= "table" or v.ref == nil then return v end
  return referring(profile, v, resolved)
end

-- An offence with its scopes (aims_at, predicates) resolved, read-only; the
-- same table when none refers to a definition.  Kept in resolved as
-- referring keeps a reference.
local function resolve_offence(profile, o, resolved)
  if not ((o.aims_at and o.aims_at.ref) or (o.predicates and o.predicates.ref)) then return o end
  local defs = profile.definitions
  local hit = resolved and resolved[o]
  if hit and rawequal(hit.defs, defs) then return hit.view end
  local out = {}
  for k, x in pairs(o) do out[k] = x end
  out.aims_at = resolve_ref(profile, o.aims_at, resolved)
  out.predicates = resolve_ref(profile, o.predicates, resolved)
  local view = readonly(out)
  if resolved then resolved[o] = { defs = defs, view = view } end
  return view
end

-- A profile fact, read-only; nil when the profile does not state it.  A
-- reference to a definition is resolved.
-- resolve_ref's test is made here, so that a value that is no table, or a
-- table that refers to nothing, costs no call (the same reads: the profile
-- twice, then `ref` once).
function Ctx:fact(path)
  if self._check_declared == own_check_declared then   -- as measure_of
    local declared = self.declared
    local found = declared_found[declared]
    if not (found and found[path]) then declared_miss(self, path, declared, found) end
  else
    self:_check_declared(path)
  end
  local profile, v = self.profile, self.profile   -- get_path's walk, without the call
  local parts = split_kept[path] or split(path)
  for i = 1, #parts do
    if type(v) ~= "table" then return nil end
    v = v[parts[i]]
  end
  if type(v) ~= "table" then return v end   -- what readonly returns of it, without the call
  if v.ref ~= nil then v = referring(profile, v, resolved_kept) end
  if v.source or v.note then self:cite(path, v) end
  return readonly(v)
end

-- Is the State bound by instrument `id` ("untoc") at the as-of date?  The
-- engine's answer (engine.bound_by), decided as it decides its own
-- instrument's binding (engine/applicability.c) from that instrument's
-- descriptor (<rules>/<id>/instrument.lua, read even when its rules are not
-- loaded): true once the instrument is in force for the State (its own
-- entry into force and days after deposit, or the profile's in_force),
-- false before that or once a denunciation takes effect, nil when the
-- profile records nothing of parties.<id> (the caller decides: lx.good_practice
-- assesses the State as if a party).  --prospective changes nothing here.  A
-- party record is cited as evidence.  An id with no descriptor, or soft
-- law, is an error of the rule.  (bound_by(ctx, id, level) raises at
-- `level`, counted from itself.)
local engine_bound_by = engine.bound_by
local function bound_by(ctx, id, level)
  local bound, why = engine_bound_by(id)
  if why ~= nil then
    local shown = type(id) == "string" and (id:gsub("%z", "\\0")) or tostring(id)   -- a NUL would end the message
    error(string.format("rule %s asks whether the State is bound by %s: %s", tostring(ctx.id), shown, why), level)
  end
  if bound ~= nil then ctx:fact("parties." .. id) end   -- the record the answer comes from, cited
  return bound
end
function Ctx:bound_by(id)
  local bound = bound_by(self, id, 3)   -- not a tail call: the error names the rule's line
  return bound
end

-- Is a dated fact in force at the assessment date?  Returns true, or false,
-- a reason { en, fr } and "later" (it enters into force after the date) or
-- "repealed".
-- (in_force_at(ctx, v) is the library's own test, ctx:in_force's, which a
-- rule that replaces ctx.in_force on its context cannot change: the
-- offence lists below are shared by every rule of an evaluation.)
-- The context's date and each of v's dates are read once; the reasons'
-- templates are made once (only lx.t reads them).
local LATER_REASON = { en = "in force only from {d}, after the assessment date", fr = "en vigueur seulement à partir du {d}, après la date d'évaluation" }
local REPEALED_REASON = { en = "no longer in force since {d}", fr = "plus en vigueur depuis le {d}" }
local function in_force_at(self, v)
  local as_of = self.as_of
  if type(v) ~= "table" then return true end
  local from = v.from
  if from and from > as_of then
    return false, fill_with(LATER_REASON, "d", from), "later"
  end
  local repealed = v.repealed
  if repealed and repealed <= as_of then
    return false, fill_with(REPEALED_REASON, "d", repealed), "repealed"
  end
  return true
end
Ctx.in_force = in_force_at

-- A measure at the as-of date:
--   { state = "adopted" | "partly" | "not_adopted" | "unknown",
--     considered = bool, missing = {...}, source = ..., why = {en, fr},
--     later = date (adopted, but in force only after the as-of date),
--     repealed = date (adopted, but repealed by the as-of date) }
-- Evidence and, for "unknown", the open question are recorded on ctx.
-- measure_of(self, path, AS_VALUES), for the library's measure patterns,
-- which only read the measure, gives its fields as values instead of a
-- table: state, source, note, missing, considered, raw, why, later,
-- repealed (the same reads of the profile in the same order, the same
-- evidence and question; raw the measure itself where the profile is the
-- view begin was given, whose parts are views, which readonly gives as they
-- are: no call).  No rule can pass AS_VALUES: ctx:measure always
-- makes the table.
local function AS_VALUES() end   -- a marker no rule can make or reach
-- viewed_profile.set: { [profile] = true } for the profile begin was given
-- last, when it is a read-only view (set by begin; empty otherwise).  A
-- field, not an upvalue begin assigns: a young table stored in an old
-- closure's upvalue is made old at once, and would keep the profile it
-- holds, and all of it read, until a major collection.
local NO_VIEW = {}
local viewed_profile = { set = NO_VIEW }
-- measured(self, path, split_kept, questions_kept): measure_of(self, path,
-- AS_VALUES) in one call into C (engine/sandbox_measure.c), for its common
-- cases: a context the library made whose _check_declared, cite, ask,
-- question_for and in_force are the library's own, a path found declared
-- in its list's memo and split in the file's, in the profile begin was
-- given (a view), leading to a measure stated adopted and in force, or not
-- adopted (cited as ctx:cite cites it), or to nothing the schema's
-- question for which is in the file's memo (asked as ctx:ask asks it).
-- The same values, the same citation or question; for any other case it
-- returns nothing, having changed nothing, and measure_of goes on below.
local measured = engine.measure_reader(CTX_META, Ctx, own_check_declared, declared_found, viewed_profile, own_cite, in_force_at, Ctx.ask, own_question_for)
local function measure_of(self, path, as)
  if as == AS_VALUES then
    local state, source, note, missing, considered, raw = measured(self, path, split_kept, questions_kept)
    if state then return state, source, note, missing, considered, raw end
  end
  -- self:_check_declared(path), without its call when it is the library's
  -- own (a path read before is in the memo of a read-only list)
  local check = self._check_declared
  if check == own_check_declared then
    local declared = self.declared
    local found = declared_found[declared]
    if not (found and found[path]) then declared_miss(self, path, declared, found) end
  else
    self:_check_declared(path)   -- called as a method: an error names it so
  end
  local profile = self.profile
  local v = profile   -- get_path(self.profile, path), without the call
  local parts = split_kept[path] or split(path)
  for i = 1, #parts do
    if type(v) ~= "table" then v = nil break end
    v = v[parts[i]]
  end
  -- m is made whole (its fields not added one by one, its size the same
  -- whatever the state); v.adopted read once
  if type(v) ~= "table" then
    self:ask(path)
    if as == AS_VALUES then return "unknown" end
    return { path = path, state = "unknown", considered = nil }
  end
  local adopted = v.adopted
  if adopted == nil then
    local considered = v.considered or nil
    self:cite(path, v)
    self:ask(path)
    if as == AS_VALUES then return "unknown", nil, nil, nil, considered end
    return { path = path, state = "unknown", considered = considered }
  end
  -- self:cite(path, v): the library's own first citation on the context
  -- (a table's, the commonest) made here without the call
  local cite = self.cite
  if cite == own_cite and self.evidence_seen == nil and path ~= nil and path == path then
    local e = { fact = path, source = v.source, url = v.url, note = v.note, from = v.from,
                repealed = v.repealed, label = v.name }
    self.evidence_list = { e }   -- (in the order `self.evidence_seen, self.evidence_list = e, { e }`
    self.evidence_seen = e       -- sets them, without its copy of e)
  elseif cite == own_cite then
    own_cite(self, path, v)
  else
    self:cite(path, v)   -- called as a method: an error names it so
  end
  local m, source, note, missing, considered, raw
  if as == AS_VALUES then   -- raw only for a directive's provision, the one reader of its date (dated_measure)
    -- one assignment each (a multiple one reads into temporaries and moves
    -- them: three more instructions), in the same order
    source = v.source; note = v.note; missing = v.missing; considered = v.considered
    if viewed_profile.set[profile] then raw = v else raw = readonly(v) end
  else
    m = { path = path, source = v.source, note = v.note, missing = v.missing, considered = v.considered,
          raw = readonly(v) }   -- with state, 7 fields: its 8 slots are a small block
  end
  if adopted == false then
    if m then m.state = "not_adopted" return m end
    return "not_adopted", source, note, missing, considered, raw
  end
  local in_force, ok, why, when = self.in_force, true, nil, nil
  if in_force ~= in_force_at then ok, why, when = self:in_force(v)   -- called as a method: an error names it so
  else
    local as_of, from = self.as_of, v.from
    if from and from > as_of then ok, why, when = false, fill_with(LATER_REASON, "d", from), "later"
    else
      local repealed = v.repealed
      if repealed and repealed <= as_of then ok, why, when = false, fill_with(REPEALED_REASON, "d", repealed), "repealed" end
    end
  end
  if ok then
    local state = (adopted == "partly") and "partly" or "adopted"
    if m then m.state = state return m end
    return state, source, note, missing, considered, raw
  end
  if m then
    m.state, m.why = "not_adopted", why
    if when == "later" then m.later = v.from else m.repealed = v.repealed end
    return m
  end
  if when == "later" then return "not_adopted", source, note, missing, considered, raw, why, v.from end
  return "not_adopted", source, note, missing, considered, raw, why, nil, v.repealed
end
Ctx.measure = measure_of
local own_measure = measure_of   -- ctx.measure, unless a rule put its own on its context

-- measure_of's values read from the table of ctx:measure(path), a
-- ctx.measure a rule put on its context.
local function measure_read(ctx, path)
  local m = ctx:measure(path)
  return m.state, m.source, m.note, m.missing, m.considered, m.raw, m.why, m.later, m.repealed
end

-- Describe where a measure stands, for explanations: "(Code pénal, art. 113-2)".
function lx.cited(m)
  local source = m and m.source
  if source then
    local s = " (" .. source .. ")"   -- the same text in both languages, made once
    return { en = s, fr = s }
  end
  return { en = "", fr = "" }
end

-- Offences of the profile in force at the as-of date, sorted by identifier:
-- a list of { id = ..., o = read-only offence }.
--
-- The sorted, resolved list is built once per profile and assessment date
-- (the profile and date the engine passed to lx._begin outside any rule's
-- call: by_engine) and kept here, out of rules' reach, as engine work
-- (kept: charged to no rule, so that what a rule spends does not depend on
-- whether an earlier rule asked first); each call hands out fresh entry
-- tables, so what a rule does with its list cannot reach another rule.  A
-- profile or date a rule gave lx._run, and a context whose profile or date
-- a rule replaced, are served uncached, under the asking rule's budgets.
-- (is_profile: { [profile] = true }, so that a lookup, not a call of
-- rawequal, tells the engine's profile from any other value: indexing by a
-- table compares it raw, without a rule's __eq.)
local offence_index = { as_of = nil, list = nil, covering = nil, is_profile = {}, by_engine = false }   -- covering: index_conduct(list)
local NOT_A_DATE = 0 / 0   -- ix.as_of when begin's date is no string: equal to nothing

-- [{ id, o }] of the offences in force, sorted by identifier (the o are
-- read-only views shared by all; the list itself is internal).
-- (profile and as_of are values read once by the caller: a context whose
-- fields change between reads cannot make the list of one profile and date
-- from another's; dated is the library's own context holding only as_of;
-- resolved, the memo resolve_offence keeps what it resolves in, or nil.)
local function build_offences(profile, as_of, resolved)
  local all = profile.offences or {}
  local dated = { as_of = as_of }
  local ids = {}
  for id in pairs(all) do ids[#ids + 1] = id end
  table.sort(ids)
  local list, n = {}, 0
  for i = 1, #ids do   -- (ids is the library's own, without holes: no ipairs, which calls C at every step)
    local id = ids[i]
    if in_force_at(dated, all[id]) then n = n + 1; list[n] = { id = id, o = readonly(resolve_offence(profile, all[id], resolved)) } end
  end
  return list
end

-- The internal offence list for ctx, cached when ctx reads the engine's
-- profile at the engine's date (ix.as_of a string, or NaN when the date
-- begin was given was none: `==` then calls no metamethod of a rule's value
-- beside it, and compares as rawequal does) and begin was given them
-- outside any rule's call (and made the list then: by_engine).  ctx's
-- profile and date are each read once.
local function offences_of(ctx)
  local ix = offence_index
  local profile = ctx.profile
  if ix.is_profile[profile] then
    local as_of = ctx.as_of
    if as_of == ix.as_of and ix.by_engine then return ix.list, ix end
    return build_offences(profile, as_of, resolved_kept), nil
  end
  return build_offences(profile, ctx.as_of, resolved_kept), nil
end

-- Fresh { id, o } entries for the internal entries list[i] for i in picks
-- (all of list when picks is nil).
-- (Both lists are the library's own, without holes: numeric loops, not
-- ipairs, which calls C at every step.)
local function hand_out(list, picks)
  local out
  if picks then
    local count = #picks
    if count == 1 then   -- the commonest: one offence, or two, the list made at its size
      local e = list[picks[1]]
      return { { id = e.id, o = e.o } }
    elseif count == 2 then
      local e, f = list[picks[1]], list[picks[2]]
      return { { id = e.id, o = e.o }, { id = f.id, o = f.o } }
    end
    out = {}
    for n = 1, count do
      local e = list[picks[n]]
      out[n] = { id = e.id, o = e.o }
    end
  else
    out = {}
    for n = 1, #list do
      local e = list[n]
      out[n] = { id = e.id, o = e.o }
    end
  end
  return out
end

function Ctx:offences()
  self:_check_declared("offences")
  return hand_out((offences_of(self)))
end
local own_offences = Ctx.offences   -- ctx.offences, unless a rule put its own on its context

-- The offences ctx:offences() lists, for the library to read rather than
-- hand out, as a list without holes: the internal list itself (true
-- second) when ctx.offences is the library's own, after the same check of
-- the declared facts, without a fresh entry per offence (the caller makes
-- one for an entry it hands on, as ctx:offences() would have); else the
-- entries a rule's own ctx.offences gives, as ipairs goes (false second).
local function offences_to_read(ctx)
  if ctx.offences ~= own_offences then
    local listed = {}
    for i, e in ipairs(ctx:offences()) do listed[i] = e end
    return listed, false
  end
  ctx:_check_declared("offences")
  return (offences_of(ctx)), true
end

local function has(list, x)
  if list == nil then return false end
  for _, v in ipairs(list) do if v == x then return true end end
  return false
end
lx.has = has

-- { [element] = { i, ... } }: for each conduct element (a string) an
-- offence of list names, the positions in list of the offences naming it,
-- in order, each once.
local function index_conduct(list)
  local by_element = {}
  for i = 1, #list do   -- (the library's own list, without holes)
    local conduct = list[i].o.conduct
    if conduct ~= nil and type(conduct) ~= "table" then   -- (a rule's own profile's) read by ipairs, which raises as it always did
      local listed = {}
      for j, element in ipairs(conduct) do listed[j] = element end
      conduct = listed
    end
    if conduct ~= nil then
      local j, element = 1, conduct[1]   -- read as ipairs reads it: conduct[j] until nil
      while element ~= nil do
        if type(element) == "string" then
          local picks = by_element[element]
          if picks == nil then by_element[element] = { i }
          elseif picks[#picks] ~= i then picks[#picks + 1] = i end
        end
        j = j + 1
        element = conduct[j]
      end
    end
  end
  return by_element
end

-- The offence list of the engine's profile and date and its conduct
-- index, made as engine work (kept, by begin) before any rule asks.
local function keep_offences(ix, profile, as_of)
  local list = build_offences(profile, as_of, nil)   -- (engine work: no file's memo)
  ix.list, ix.covering = list, index_conduct(list)
  return list
end

local NONE = {}   -- no offence: never handed out (hand_out copies)

-- Offences in force that cover a conduct element.
function Ctx:covering(element)
  -- self:_check_declared("offences"), without its call when it is the
  -- library's own (as in measure_of)
  if self._check_declared == own_check_declared then
    local declared = self.declared
    local found = declared_found[declared]
    if not (found and found.offences) then declared_miss(self, "offences", declared, found) end
  else
    self:_check_declared("offences")   -- called as a method: an error names it so
  end
  local list, ix = offences_of(self)   -- (one place decides what the shared cache holds)
  local picks
  if ix then
    -- the offences by conduct element, indexed once per profile and date
    local by_element = ix.covering
    picks = by_element[element]   -- its keys are strings: any other element finds nothing
    if picks == nil and type(element) == "string" then picks = NONE end
  end
  if picks == nil then   -- an element that is no string, or an uncached list: searched
    picks = {}
    for i, e in ipairs(list) do
      if has(e.o.conduct, element) then picks[#picks + 1] = i end
    end
  end
  if #picks == 1 then   -- hand_out's commonest list, without its call
    local e = list[picks[1]]
    return { { id = e.id, o = e.o } }
  end
  return hand_out(list, picks)
end

-- Whether the State considered creating the offences it has not created, for
-- a duty to consider (UNTOC art. 8(2)): `absent` lists the conduct elements
-- declared absent ({ id = ... }).  Returns
--   "considered", text   every one was considered (declined or pending)
--   "not_considered", text  the profile states that one was not considered
--   "unrecorded", text   the profile does not say for some (question asked)
-- The text names the elements and the sources, cited as evidence.
function Ctx:consideration(absent, labels_of)
  local done, never, unrecorded = {}, {}, {}
  for _, x in ipairs(absent) do
    local entry = self:declared_absent(x.id)
    local c = entry and entry.considered
    local label = labels_of and labels_of[x.id] or x.label
    if c == nil then
      unrecorded[#unrecorded + 1] = label
    elseif c.outcome == "not_considered" then
      never[#never + 1] = label
    else
      local how = c.outcome == "pending" and { en = "under consideration", fr = "à l'étude" }
                                           or { en = "considered and declined", fr = "envisagé puis écarté" }
      local src = c.source and (" (" .. c.source .. (c.date and (", " .. c.date) or "") .. ")") or (c.date and (" (" .. c.date .. ")") or "")
      done[#done + 1] = fill_with({ en = "{l}: {h}{s}", fr = "{l} : {h}{s}" }, "l", label, "h", how, "s", src)
    end
  end
  local sep = { en = "; ", fr = " ; " }
  if #never > 0 then
    return "not_considered", fill_with({ en = "The State states that it has not considered criminalizing {l}.", fr = "L'État indique ne pas avoir envisagé d'incriminer {l}." }, "l", (join(never)))
  end
  if #unrecorded > 0 then
    self:ask("no_offence_for", fill_with({ en = "Has the State considered criminalizing {l}? Record it under no_offence_for[].considered (outcome declined, pending or not_considered, with the source).",
                                      fr = "L'État a-t-il envisagé d'incriminer {l} ? L'indiquer dans no_offence_for[].considered (outcome declined, pending ou not_considered, avec la source)." }, "l", (join(unrecorded))))
    return "unrecorded", fill_with({ en = "Consideration not recorded: the profile does not say whether the State considered criminalizing {l}.", fr = "Examen non renseigné : le profil n'indique pas si l'État a envisagé d'incriminer {l}." }, "l", (join(unrecorded)))
  end
  return "considered", fill_with({ en = "The State considered creating the offences it has not created: {l}.", fr = "L'État a envisagé de créer les infractions qu'il n'a pas créées : {l}." }, "l", (join(done, sep, sep)))
end

-- Offences of the profile that cover `element` but are not in force at the
-- as-of date (they enter into force later, or were repealed), cited, as one
-- bilingual sentence ("Penal Code art. 121-2 (...) covers it only from
-- 2014-01-01, after the assessment date."), or nil when there are none.  A
-- finding says so rather than that nothing shows the conduct is covered.
function Ctx:out_of_force(element)
  self:_check_declared("offences")
  local all = self.profile.offences or {}
  local ids = {}
  for id, o in pairs(all) do
    if has(o.conduct, element) and not self:in_force(o) then ids[#ids + 1] = id end
  end
  if #ids == 0 then return nil end
  table.sort(ids)
  local parts = {}
  for i, id in ipairs(ids) do
    local _, why = self:in_force(all[id])
    parts[i] = fill_with({ en = "{o}: {w}", fr = "{o} : {w}" }, "o", self:cite_offence({ id = id, o = all[id] }), "w", why)
  end
  return fill_with({ en = " Offences covering it that are not in force at the assessment date: {l}.", fr = " Infractions qui le couvrent mais ne sont pas en vigueur à la date d'évaluation : {l}." },
              "l", (join(parts, { en = "; ", fr = " ; " }, { en = "; ", fr = " ; " })))
end

-- The profile's explicit statement, in force at the as-of date (its `from`
-- and `repealed` dates, like any fact), that no offence covers `element`, or
-- nil.
function Ctx:declared_absent(element)
  self:_check_declared("no_offence_for")
  for i, entry in ipairs(self.profile.no_offence_for or NO_ITEMS) do
    if entry.conduct == element and self:in_force(entry) then
      self:cite("no_offence_for." .. i, entry, { en = "no offence covers " .. element })
      return readonly(entry)
    end
  end
  return nil
end

-- Cite an offence as evidence and return its short label:
-- "Code pénal, art. 324-1 (Blanchiment)".
function Ctx:cite_offence(e)
  self:cite("offences." .. e.id, e.o)
  return e.o.source .. " (" .. e.o.name .. ")"
end

-- The Cybercrime Convention's offences, article by article, by the conduct
-- elements of the shared model (rules/schema.lua): what "the offences
-- established in accordance with this Convention" means to the rules of its
-- arts 17, 18 and 21 (with lx.offences_implementing).  Art. 17's own
-- elements are the laundering ones UNTOC art. 6 reads too.
lx.CYBERCRIME_OFFENCES = {
  { art = "7", elements = { "ict_illegal_access" } },
  { art = "8", elements = { "ict_illegal_interception" } },
  { art = "9", elements = { "ict_data_interference" } },
  { art = "10", elements = { "ict_system_interference" } },
  { art = "11", elements = { "ict_device_misuse", "ict_credentials_obtaining", "ict_credentials_making_available", "ict_misuse_possession" } },
  { art = "12", elements = { "ict_forgery" } },
  { art = "13", elements = { "ict_fraud_data", "ict_fraud_system", "ict_fraud_deception" } },
  { art = "14", elements = { "csam_making_available", "csam_soliciting", "csam_procuring", "csam_accessing", "csam_possession", "csam_financing" } },
  { art = "15", elements = { "child_solicitation_ict" } },
  { art = "16", elements = { "intimate_image_dissemination" } },
  { art = "17", elements = { "laundering_conversion_transfer", "laundering_concealment_disguise", "laundering_acquisition_possession_use" } },
}

-- The offences of the profile in force that implement a treaty's offences,
-- article by article: groups = { { art = "7", elements = { conduct ids } },
-- ... }.  Returns `found`, a list of { e = {id, o}, art = "7" } (each offence
-- once, in the order of the groups), and `open`, the articles for which the
-- profile names no offence and does not declare every conduct absent; for
-- each, the question `ask` ({ en, fr }, "{a}" standing for the article) is
-- recorded.  Serves the rules that read "the offences established in
-- accordance with this Convention" (Cybercrime Convention arts 17, 18, 21).
function lx.offences_implementing(ctx, groups, ask)
  local found, open, seen = {}, {}, {}
  for _, g in ipairs(groups) do
    local any, all_absent = false, true
    for _, el in ipairs(g.elements) do
      for _, e in ipairs(ctx:covering(el)) do
        any = true
        if not seen[e.id] then seen[e.id] = true; found[#found + 1] = { e = e, art = g.art } end
      end
      if not ctx:declared_absent(el) then all_absent = false end
    end
    if not any and not all_absent then
      open[#open + 1] = g.art
      ctx:ask("offences", fill_with(ask, "a", g.art))
    end
  end
  return found, open
end

---------------------------------------------------------------------------
-- Pattern: an offence narrower than the provision.
--
-- A national offence may require elements beyond its conduct (`requires`)
-- and may reach only some kinds of advantage (`advantage`).  An element the
-- provision itself contains does not narrow the offence (UNTOC art.
-- 5(1)(a)(i) names a financial or other material benefit, art. 6(1)(a)(i) a
-- purpose); any other element does: the offence then implements the
-- provision only in part.  `other` names an element the profile does not
-- describe: whether it narrows the offence is an open question.
--
-- A conduct element list (lx.analyse_conduct, lx.criminalized) opts in per
-- element:
--   { "bribery_active_promise", en = ..., fr = ...,
--     allowed = { "specific_purpose", "transnational" },  -- do not narrow here
--     advantage = true }                                  -- "an undue advantage", of any kind
-- `allowed` lists the values the provision contains and those another
-- obligation assesses (UNTOC art. 34(2) for transnationality and the
-- organized criminal group); an element without `allowed` is not checked.
---------------------------------------------------------------------------
lx.REQUIREMENTS = {
  transnational = { en = "transnationality", fr = "le caractère transnational" },
  organized_group = { en = "the involvement of an organized criminal group", fr = "l'implication d'un groupe criminel organisé" },
  overt_act = { en = "an act in furtherance of the agreement (overt act)", fr = "un acte commis en vertu de l'entente" },
  material_benefit = { en = "a financial or other material benefit", fr = "un avantage financier ou autre avantage matériel" },
  specific_purpose = { en = "a specific purpose", fr = "un but spécifique" },
  breach_of_duty = { en = "that the official act in breach of his or her duties", fr = "que l'agent agisse en violation de ses devoirs" },
  other = { en = "another element the profile does not describe", fr = "un autre élément que le profil ne décrit pas" },
}

lx.ADVANTAGES = {
  material = { en = "material advantages only", fr = "les avantages matériels" },
  pecuniary = { en = "pecuniary advantages only, i.e. money or money's worth", fr = "les avantages pécuniaires, c'est-à-dire l'argent ou sa valeur" },
}

-- How offence `o` fits element `el` (see above):
--   "full"                  nothing narrows it (or the element is not checked)
--   "narrow", labels        it requires elements the provision does not contain
--   "unsure", labels        only `other` may narrow it
-- labels: what narrows it, bilingual ("a breach of duty", "pecuniary advantages only").
-- (fit_of gives the labels as nil for "full": lx.analyse_conduct drops
-- them; lx.offence_fit, for rules, hands a fresh empty list.)
-- (its templates made once: only lx.t reads them)
local FIT_TEXTS = {
  requires = { en = "requires {x} (the provision does not)", fr = "exige {x} (la disposition ne l'exige pas)" },
  reaches = { en = "reaches {x} (the provision covers an undue advantage of any kind)", fr = "ne vise que {x} (la disposition couvre tout avantage indu)" },
  other = { en = "requires {x}", fr = "exige {x}" },
}
local function fit_of(o, el)
  if el.allowed == nil then return "full", nil end
  local narrow, unsure = NO_ITEMS, false   -- narrow: made at its first entry
  for _, req in ipairs(o.requires or NO_ITEMS) do
    if not has(el.allowed, req) then
      if req == "other" then unsure = true
      else
        if narrow == NO_ITEMS then narrow = {} end
        narrow[#narrow + 1] = fill_with(FIT_TEXTS.requires, "x", lx.REQUIREMENTS[req])
      end
    end
  end
  if el.advantage and o.advantage and lx.ADVANTAGES[o.advantage] then
    if narrow == NO_ITEMS then narrow = {} end
    narrow[#narrow + 1] = fill_with(FIT_TEXTS.reaches, "x", lx.ADVANTAGES[o.advantage])
  end
  if #narrow > 0 then return "narrow", narrow end
  if unsure then return "unsure", { fill_with(FIT_TEXTS.other, "x", lx.REQUIREMENTS.other) } end
  return "full", nil
end

function lx.offence_fit(o, el)
  local fit, labels = fit_of(o, el)
  return fit, labels or {}
end

-- Ask what an `other` requirement is (the offence's fit is "unsure").
function Ctx:ask_other(e, el)
  self:ask("offences." .. e.id .. ".requires", fill_with({
    en = "{o} requires an element beyond its conduct (`other`): what is it, and does the Convention's offence ({c}) contain it? Name it with a value of `requires` where one fits, or remove `other` if the Convention contains it.",
    fr = "{o} exige un élément au-delà du comportement (`other`) : lequel, et l'infraction de la convention ({c}) le comporte-t-elle ? Le nommer par une valeur de `requires` s'il en existe une, ou retirer `other` si la convention le comporte." },
    "o", e.o.source .. " (" .. e.o.name .. ")", "c", { en = el.en, fr = el.fr }))
end

-- Is the offence a "serious crime" (art. 2(b) UNTOC)?  true, false, or nil
-- when the profile gives no maximum penalty.
function lx.serious(o)
  if o.life_imprisonment then return true end
  if o.max_prison_years == nil then return nil end
  return o.max_prison_years >= lx.SERIOUS_CRIME_YEARS
end

-- The finding of an obligation this rule depends on (declared in `depends`).
function Ctx:finding(id)
  local f = self.deps[id]
  if f == nil then
    error(string.format("rule %s reads the finding of %s but does not list it in `depends`", self.id, id), 2)
  end
  return f
end

-- A fundamental principle (or basic concept) the State invokes for `ref`,
-- or nil.  Cited as evidence.
function Ctx:principle(ref)
  for i, p in ipairs(self.profile.principles or NO_ITEMS) do
    for _, r in ipairs(p.provisions) do
      if r == ref or ref:sub(1, #r + 1) == r .. "." then
        self:cite("principles." .. i, p, { en = p.statement })
        return readonly(p)
      end
    end
  end
  return nil
end

-- The latest notification, designation or communication made under `ref`
-- on or before the as-of date, or nil.  Cited as evidence.
function Ctx:notification(ref)
  local latest, at
  for i, n in ipairs(self.profile.notifications or NO_ITEMS) do
    if n.provision == ref and n.date <= self.as_of and (latest == nil or n.date > latest.date) then
      latest, at = n, i
    end
  end
  if latest == nil then return nil end
  self:cite("notifications." .. at, latest, { en = "notification under " .. ref .. " of " .. latest.date })
  return readonly(latest)
end

---------------------------------------------------------------------------
-- Results.  Each returns the finding table the engine expects.
---------------------------------------------------------------------------
-- The finding { status, explanation (a copy), _ctx, [option or missing] },
-- made in one constructor (a field given nil is not stored) after its copy
-- of the explanation: bilingual's { en, fr }, made in C (the engine's
-- bilingual reads en, then fr, as text_pair does, and raises text_pair's
-- error located at the caller of ctx:met, where text_pair's level 3 did).
-- An explanation with a metatable (finding_text gives nothing) is read by
-- text_pair from the method's frame, as it always was: what its
-- metamethods raise reads the same.

-- option: which alternative satisfied the duty, a bilingual label with an
-- optional id ({ id = "ii", en = ..., fr = ... }); lx.any_of sets it.
function Ctx:met(explanation, option)
  local text = finding_text(explanation, "explanation")
  if not text then local en, fr = text_pair(explanation, "explanation", 3); text = { en = en, fr = fr } end
  return { status = "met", explanation = text, _ctx = self, option = option }
end

-- missing: a list of bilingual texts naming what is missing.
function Ctx:partly(explanation, missing)
  local text = finding_text(explanation, "explanation")
  if not text then local en, fr = text_pair(explanation, "explanation", 3); text = { en = en, fr = fr } end
  return { status = "partly_met", explanation = text, _ctx = self, missing = missing }
end

function Ctx:not_met(explanation, missing)
  local text = finding_text(explanation, "explanation")
  if not text then local en, fr = text_pair(explanation, "explanation", 3); text = { en = en, fr = fr } end
  return { status = "not_met", explanation = text, _ctx = self, missing = missing }
end

-- An unknown finding must come with at least one open question (recorded by
-- ctx:measure/ctx:ask); missing may list shortcomings already established.
function Ctx:unknown(explanation, missing)
  local text = finding_text(explanation, "explanation")
  if not text then local en, fr = text_pair(explanation, "explanation", 3); text = { en = en, fr = fr } end
  return { status = "unknown", explanation = text, _ctx = self, missing = missing }
end

function Ctx:not_applicable(reason)
  local text = finding_text(reason, "explanation")
  if not text then local en, fr = text_pair(reason, "explanation", 3); text = { en = en, fr = fr } end
  return { status = "not_applicable", explanation = text, _ctx = self }
end

-- The same findings for a text lx.t has just made, which no one else holds:
-- the finding takes the text as it is instead of a copy, where ctx's result
-- method is the library's own (a method a rule put on its context is
-- called, as the library called it before).  For the library's patterns.
-- fresh(method, status, field) makes the one for Ctx[method], whose
-- finding has this status and keeps its third argument as `field` (a field
-- given nil is not stored).
local function fresh(method, status, field)
  local own = Ctx[method]
  return function(ctx, text, extra)
    local m = ctx[method]
    if m ~= own then return m(ctx, text, extra) end
    return { status = status, explanation = text, _ctx = ctx, [field] = extra }
  end
end
local met_fresh = fresh("met", "met", "option")
local partly_fresh = fresh("partly", "partly_met", "missing")
local not_met_fresh = fresh("not_met", "not_met", "missing")
local unknown_fresh = fresh("unknown", "unknown", "missing")
local not_applicable_fresh = fresh("not_applicable", "not_applicable", "missing")   -- never given a third
local own_met, own_unknown = Ctx.met, Ctx.unknown   -- for the finding met_fresh or unknown_fresh makes, made where they are called

-- Findings below the mandatory level say their level in their own words, so
-- that "not met" under a duty to consider or an option does not read as a
-- breach (DOMAIN.md section 2).  Not for not_applicable: nothing is assessed.
local LEVEL_NOTE = {
  consider = { en = " Level: a duty to consider the measure; not adopting it after consideration is no breach.",
               fr = " Niveau : obligation d'envisager la mesure ; ne pas l'adopter après l'avoir envisagée n'est pas un manquement." },
  endeavour = { en = " Level: a duty to endeavour (best efforts); the finding reports the state of efforts, not a breach.",
                fr = " Niveau : obligation de s'efforcer (moyens) ; la constatation rend compte des efforts, non d'un manquement." },
  optional = { en = " Level: optional; reported for information, never a gap.",
               fr = " Niveau : facultatif ; indiqué pour information, jamais une lacune." },
}

-- Normalise what a check returned into the values the engine reads (see the
-- contract at the top): no table is made for the finding itself, nor for a
-- list that is empty.  Each field of the finding is read once.
local function finish(ctx, r)
  local made_for
  if type(r) == "table" then made_for = r._ctx end
  if made_for == nil then
    error("check must return a finding made with ctx:met, ctx:partly, ctx:not_met, ctx:unknown or ctx:not_applicable", 0)
  end
  if made_for ~= ctx then error("check returned a finding made for another rule", 0) end
  local status = r.status
  if not STATUSES[status] then error("invalid status '" .. tostring(status) .. "'", 0) end
  local questions = ctx.question_list   -- nil until the first ctx:ask
  if status == "unknown" and questions == nil then
    error("an unknown finding must say which facts would settle it (ctx:ask)", 0)
  end
  local missing = r.missing
  if missing then
    local given = missing
    missing = {}
    for i, m in ipairs(given) do missing[i] = bilingual(m, "missing element") end
  end
  local option = r.option
  if option ~= nil then
    -- an option is a bilingual label, optionally with an id that tests match
    local given = option
    option = bilingual(given, "option")
    option.id = type(given) == "table" and given.id or option.en
  end
  -- the explanation's English and French, with the level's note
  local explanation = r.explanation
  local note = LEVEL_NOTE[ctx.level]
  local en, fr
  if note == nil or status == "not_applicable" then en, fr = explanation.en, explanation.fr
  else en, fr = explanation.en .. note.en, explanation.fr .. note.fr end
  -- open questions matter where the finding is not settled in full
  if not (status == "unknown" or status == "partly_met" or status == "not_met") then questions = nil end
  return status, en, fr, option, missing, questions, ctx.evidence_list
end
lx._finish = finish

-- The engine's entry points.  lx._begin(profile, schema, as_of, rule,
-- bound_since, deps, facts) makes the context (the library's caches follow
-- the profile, date and schema given, and the facts the rule set declares);
-- the engine calls it before the rule's budgets start: it runs no code of
-- the rule's.  lx._checked(check, ctx)
-- runs the check, under the rule's budgets, and lx._finish(ctx, r) then
-- normalises its result (the engine reads a plain finding as it would).
-- begun counts begin's calls: only begin makes the caches follow another
-- profile, date or schema, so while the count is the one the engine noted
-- after its own last call, the engine calls new_context (lx._context)
-- itself, which is what begin would do then.
local begun = 0
local function begin(profile, schema, as_of, rule, bound_since, deps, facts)
  begun = begun + 1
  -- No comparison here may call a rule's metamethod (this runs outside the
  -- rule's budgets, and a rule's lx._run leaves its own values in these
  -- slots): the profile is looked up in is_profile (a table key compares
  -- raw), ix.as_of is a string or NaN (`==` with either calls no __eq), the
  -- schema is looked up in is_schema.  A nil or NaN profile or schema,
  -- which cannot be a key, leaves the set empty.
  -- The offence list and its conduct index are the engine's work when the
  -- engine calls begin, outside every rule's call (by_engine: made here by
  -- kept, before any rule asks, so that no rule's count depends on whether
  -- it was the first to ask, when facts, the engine's table of the facts
  -- the rule set's rules declare, holds `offences`: no rule of any other
  -- set can reach the list through ctx:offences or ctx:covering); a rule's
  -- own call of begin (lx._run) makes them follow its values uncached, and
  -- its facts are never read.  A list not the engine's is never kept for
  -- the engine's values, even when a rule's lx._run left the same profile
  -- and date: the engine's next begin makes it again.  The schema's
  -- questions are kept as each is first asked, under the asking rule's
  -- budgets, in its file's memo (question_of), which follows the schema
  -- noted here.
  local ix = offence_index
  if not (ix.is_profile[profile] and ix.as_of == as_of) then
    if type(as_of) == "string" then ix.as_of = as_of else ix.as_of = NOT_A_DATE end
    ix.list, ix.covering, ix.by_engine = nil, nil, false
    if ix.is_profile[profile] == nil then
      if profile == nil or profile ~= profile then ix.is_profile = {} else ix.is_profile = { [profile] = true } end
      if is_view(profile) then viewed_profile.set = ix.is_profile else viewed_profile.set = NO_VIEW end
    end
  end
  if outside_calls() then   -- facts is then the engine's table, read raw
    local wanted = type(facts) == "table" and rawget(facts, "offences") == true
    if wanted ~= ix.by_engine and ix.as_of == as_of and ix.is_profile[profile] then   -- (a date that is a string)
      ix.list, ix.covering = nil, nil   -- (kept makes the list when none is kept)
      if wanted then kept(ix, "list", keep_offences, ix, profile, as_of) end
      ix.by_engine = wanted
    end
  end
  begun_schema.schema = schema   -- (a file's memo of questions follows it when the file asks: question_of)
  return new_context(profile, schema, as_of, rule, bound_since, deps)
end
local function checked(check, ctx)
  local r = check(ctx)   -- a directive's provision met late through measures says so once, at the end
  if ctx.dated_since and type(r) == "table" and r._ctx == ctx then r = lx._noting_late_measures(ctx, r) end
  return r
end
lx._begin, lx._checked = begin, checked
function lx._run(check, ...) local ctx = begin(...) return finish(ctx, checked(check, ctx)) end   -- all three

-- French negation turns the partitive and indefinite articles into "de":
-- "prévoit des mesures" / "ne prévoit pas de mesures".
local function negated_french(fr)
  fr = fr:gsub("^des ", "de "):gsub("^du ", "de "):gsub("^de la ", "de "):gsub("^une? ", "de ")
  fr = fr:gsub("^de ([aeiouhéèêàâîôûAEIOUHÉ])", "d'%1")
  return fr
end
local function negated(what)
  local fr = negated_french(what.fr)
  return { en = what.en, fr = fr }
end
lx.negated = negated
-- The French negation of a French text (a string), kept in the file's
-- memo: the measure patterns negate the same texts at every evaluation.
local function negated_french_kept(fr) return memo_get(negated_kept, fr, negated_french) end

---------------------------------------------------------------------------
-- Pattern: a measure that is either there or not.
--
-- lx.measure_finding(ctx, path, { what = {en, fr} }) gives:
--   adopted            -> met          "<what> is provided for (source)."
--   partly             -> partly_met   with the profile's `missing` list
--                                       (for consider/endeavour: met when the
--                                       profile shows it was considered)
--   not adopted        -> not_met      (for consider/endeavour: met when the
--                                       profile shows it was considered)
--   not stated         -> unknown      with the schema's question
---------------------------------------------------------------------------
-- Its texts are put together by concatenation: the same bytes as lx.t's
-- fill of `what` (a string, or its en and fr, which text_checked found to
-- be strings; read once more each, as the fill read them) and of the
-- source (the one string " (source)" in both languages), for about half
-- the work of a fill.  Only a repealed measure's text, rare, is filled.
local NO_TEXT = { en = "", fr = "" }   -- a value only read (by lx.t, or where a text is put together), never handed out
local MEASURE_TEXTS = {
  repealed = { en = "National law no longer provides for {w} ({y}){s}.", fr = "Le droit national ne prévoit plus {w} ({y}){s}." },
  why = { en = " ({r})", fr = " ({r})" },
}

-- A measure in force (in whole or in part; its state and raw fact as
-- ctx:measure gives them) that a measure pattern
-- (lx.measure_finding, lx.measure_details, lx.all_measures, and what calls
-- them: lx.all_of...) rests a finding on, for a provision of an EU directive
-- (ctx.deadline set; an optional provision's finding is never noted late,
-- lx.noting_late):
-- ctx.dated_since becomes the earliest entry into force (`from`) of those
-- measures, or false once one of them has no `from` (the dates are then not
-- known).  lx._run then notes a met or partly met finding as transposed late
-- (lx._noting_late_measures).  Measures not in force, and gates read with
-- ctx:measure, do not count.  The callers test ctx.deadline first (most
-- provisions have none: no call).
local function dated_measure(ctx, state, raw)
  if state ~= "adopted" and state ~= "partly" then return end
  local from, since = raw.from, ctx.dated_since
  if since == false then return end
  if from == nil then ctx.dated_since = false
  elseif since == nil or from < since then ctx.dated_since = from end
end

-- The separator of the parts a consider or endeavour measure adopted in
-- part leaves out (lx.measure_finding), only read by join.
local SEP_SEMI_EARLY = { en = "; ", fr = " ; " }

function lx.measure_finding(ctx, path, opts)
  local what = text_checked(opts.what, "what")   -- filled or listed as it is; negated below needs a table
  -- the measure's fields (the library's ctx:measure without its table)
  local state, src, _, missing, considered, raw, why, later, repealed = (ctx.measure == own_measure and measure_of or measure_read)(ctx, path, AS_VALUES)
  if ctx.deadline ~= nil then dated_measure(ctx, state, raw) end
  -- where the measure stands, as lx.cited says it, as the one string it
  -- is in both languages (lx.t fills a string alike in both)
  local where = src   -- the source alone, for the one parenthesis of a consider measure adopted in part
  src = src and " (" .. src .. ")" or ""
  local en, fr = what.en, nil   -- what's text in each language (a string has no en: itself)
  if en == nil then en = what; fr = what else fr = what.fr end
  if state == "adopted" then   -- met_fresh's finding, without its call (the commonest)
    local text, m = { en = "National law provides for " .. en .. src .. ".", fr = "Le droit national prévoit " .. fr .. src .. "." }, ctx.met
    if m ~= own_met then return m(ctx, text, nil) end
    return { status = "met", explanation = text, _ctx = ctx }
  elseif state == "partly" then
    -- A duty to consider or to endeavour is met by a State that considered
    -- the measure: adopting part of it after consideration cannot rank below
    -- adopting none of it (the not-adopted branch below).
    if considered and (ctx.level == "consider" or ctx.level == "endeavour") then
      -- the source and the part not adopted in one parenthesis: "(Act s. 5;
      -- not adopted: X)", never "(Act s. 5) (not adopted: X)"
      local rest = { en = src, fr = src }
      if missing and #missing > 0 then
        local miss = join(missing, SEP_SEMI_EARLY, SEP_SEMI_EARLY)
        local pre = where and { en = where .. "; ", fr = where .. " ; " } or NO_TEXT
        rest = fill_with({ en = " ({p}not adopted: {m})", fr = " ({p}partie non adoptée : {m})" }, "p", pre, "m", miss)
      end
      if ctx.level == "consider" then
        return met_fresh(ctx, { en = "The State considered " .. en .. ", and adopted part of it" .. rest.en .. "; this meets a duty to consider.",
                                fr = "L'État a envisagé " .. fr .. ", et en a adopté une partie" .. rest.fr .. " ; l'obligation d'envisager est remplie." },
                         { id = "considered", en = "considered", fr = "envisagé" })
      end
      return met_fresh(ctx, { en = "The State considered " .. en .. ", and adopted part of it" .. rest.en .. "; for a duty to endeavour, this shows efforts made.",
                              fr = "L'État a envisagé " .. fr .. ", et en a adopté une partie" .. rest.fr .. " ; pour une obligation de s'efforcer, cela atteste des efforts." },
                       { id = "considered", en = "considered", fr = "envisagé" })
    end
    local copy = {}
    for i, x in ipairs(missing or NO_ITEMS) do copy[i] = x end
    return partly_fresh(ctx, { en = "National law provides only in part for " .. en .. src .. ".", fr = "Le droit national ne prévoit " .. fr .. " qu'en partie" .. src .. "." }, copy)
  elseif state == "not_adopted" then
    if ctx.level == "consider" and considered then
      return met_fresh(ctx, { en = "The State considered " .. en .. " and chose not to adopt it" .. src .. "; this meets a duty to consider.",
                              fr = "L'État a envisagé " .. fr .. " sans l'adopter" .. src .. " ; l'obligation d'envisager est remplie." },
                       { id = "considered", en = "considered", fr = "envisagé" })
    end
    if ctx.level == "endeavour" and considered then
      return met_fresh(ctx, { en = "The State considered " .. en .. " without adopting it" .. src .. "; for a duty to endeavour, this shows efforts made.",
                              fr = "L'État a envisagé " .. fr .. " sans l'adopter" .. src .. " ; pour une obligation de s'efforcer, cela atteste des efforts." },
                       { id = "considered", en = "considered", fr = "envisagé" })
    end
    if later then
      return not_met_fresh(ctx, fill_with({ en = "National law provides for {w} only from {d}, after the assessment date{s}.", fr = "Le droit national ne prévoit {w} qu'à partir du {d}, après la date d'évaluation{s}." },
                                          "w", { en = en, fr = fr }, "d", later, "s", src), { what })
    end
    -- what, negated in French (what negated(bilingual(what)) gives)
    fr = negated_french_kept(fr)
    if repealed then
      return not_met_fresh(ctx, fill_with(MEASURE_TEXTS.repealed, "w", { en = en, fr = fr }, "y", why, "s", src), { what })
    end
    why = why and fill_with(MEASURE_TEXTS.why, "r", why) or NO_TEXT
    return not_met_fresh(ctx, { en = "National law does not provide for " .. en .. why.en .. src .. ".", fr = "Le droit national ne prévoit pas " .. fr .. why.fr .. src .. "." }, { what })
  else   -- unknown_fresh's finding, without its call
    local text, m = { en = "The profile does not say whether national law provides for " .. en .. ".", fr = "Le profil n'indique pas si le droit national prévoit " .. fr .. "." }, ctx.unknown
    if m ~= own_unknown then return m(ctx, text, nil) end
    return { status = "unknown", explanation = text, _ctx = ctx }
  end
end

-- Separators, templates and texts the patterns below only hand to lx.t and
-- lx.join, which read them and keep nothing (they are never handed to a
-- rule): made once, not at every call.
local SEP_SPACE = { en = " ", fr = " " }
local SEP_SEMI = { en = "; ", fr = " ; " }
local COVERED_BY = { en = "{c} by {o}", fr = "{c} par {o}" }
local PART_LABELLED = { en = "{l}: {e}", fr = "{l} : {e}" }
local MEASURES_TEXTS = {
  item = { en = "{w}{s}", fr = "{w}{s}" },
  why = { en = "{i} ({y})", fr = "{i} ({y})" },
  unknown = { en = "The profile does not say {q} provides for {l}.", fr = "Le profil n'indique pas {q} prévoit {l}." },
  adopted = { en = "{S} provides for {l}.", fr = "{S} prévoit {l}." },
  partly = { en = "{S} provides only in part for {l}.", fr = "{S} ne prévoit qu'en partie {l}." },
  not_adopted = { en = "{S} does not provide for {l}.", fr = "{S} ne prévoit pas {l}." },
  first_subject = { en = "National law", fr = "Le droit national" },
  next_subject = { en = "It", fr = "Il" },
  first_whether = { en = "whether national law", fr = "si le droit national" },
  next_whether = { en = "whether it", fr = "s'il" },
  in_part = { en = "{w}: provided for only in part (the profile does not say what is missing)",
              fr = "{w} : prévu seulement en partie (le profil ne précise pas ce qui manque)" },
}

-- The texts of lx.analyse_conduct and lx.criminalized (templates and
-- values only lx.t and lx.join read, as above).
local CONDUCT_TEXTS = {
  because = { en = "{o} {w}", fr = "{o} {w}" },
  element_why = { en = "{c}: {w}", fr = "{c} : {w}" },
  which_offence = { en = "Which offence of national law, if any, criminalizes {c}? (If none, list it under no_offence_for.)",
                    fr = "Quelle infraction du droit national incrimine, le cas échéant, {c} ? (Si aucune, l'indiquer dans no_offence_for.)" },
  narrower = { en = " Covered only by narrower offences: {l}.", fr = " Couvert seulement par des infractions plus étroites : {l}." },
  undescribed = { en = "{t} Covered by offences with an element the profile does not describe: {l}.", fr = "{t} Couvert par des infractions comportant un élément que le profil ne décrit pas : {l}." },
  criminalized = { en = "Criminalized: {l}.", fr = "Incriminé : {l}." },
  covered = { en = "Covered: {l}.", fr = "Couvert : {l}." },
  then_narrowed = { en = "{c}{n}", fr = "{c}{n}" },
  not_shown = { en = "The profile does not show which offence, if any, covers {u} at the assessment date.{d}", fr = "Le profil n'indique pas quelle infraction couvre, le cas échéant, {u} à la date d'évaluation.{d}" },
  and_none = { en = "{w} No offence covers {m}.", fr = "{w} Aucune infraction ne couvre {m}." },
  why_then = { en = "{w} {r}", fr = "{w} {r}" },
  none = { en = " No offence covers {m}.", fr = " Aucune infraction ne couvre {m}." },
  rest_then = { en = "{r}{n}", fr = "{r}{n}" },
  no_offence = { en = "No offence of national law covers {m}.", fr = "Aucune infraction du droit national ne couvre {m}." },
}

---------------------------------------------------------------------------
-- Pattern: an offence (or offences) covering a list of conduct elements.
--
-- elements = { { "laundering_conversion_transfer", en = "conversion or transfer", fr = "..." }, ... }
-- Returns a finding:
--   every element covered by an offence in force        -> met
--   some covered, the others declared absent             -> partly_met
--   none covered, all declared absent                    -> not_met
--   any element neither covered nor declared absent      -> unknown (questions),
--                                                           with known shortcomings listed
---------------------------------------------------------------------------
function lx.analyse_conduct(ctx, elements)
  local a = { covered = {}, narrowed = {}, absent = {}, unknown = {}, by = {} }
  for _, el in ipairs(elements) do
    local id = el[1]
    local offs = ctx:covering(id)
    local label = { en = el.en, fr = el.fr }
    local full, narrow, unsure = {}, NO_ITEMS, NO_ITEMS   -- narrow, unsure: made at their first entry
    for _, e in ipairs(offs) do
      local fit, why = fit_of(e.o, el)
      if fit == "full" then full[#full + 1] = e
      elseif fit == "narrow" then
        if narrow == NO_ITEMS then narrow = {} end
        narrow[#narrow + 1] = { e = e, why = why }
      else
        if unsure == NO_ITEMS then unsure = {} end
        unsure[#unsure + 1] = { e = e, why = why }
      end
    end
    if #full > 0 then
      local names = {}
      for i, e in ipairs(full) do names[i] = ctx:cite_offence(e) end
      a.covered[#a.covered + 1] = { id = id, label = label, offences = full, names = names }
      a.by[id] = full
    elseif #narrow > 0 or #unsure > 0 then
      -- covered only by offences narrower than the provision (or perhaps
      -- narrower: `other`); a narrower offence known to exist outranks one
      -- whose extra element is not described
      for _, u in ipairs(unsure) do ctx:ask_other(u.e, el) end
      local list = #narrow > 0 and narrow or unsure
      local names, whys, offences = {}, {}, {}
      for i, x in ipairs(list) do
        offences[i] = x.e
        names[i] = ctx:cite_offence(x.e)
        whys[i] = fill_with(CONDUCT_TEXTS.because, "o", names[i], "w", (join(x.why)))
      end
      local entry = { id = id, label = label, names = names, offences = offences,
                      why = join(whys, SEP_SEMI, SEP_SEMI) }
      entry.missing = fill_with(CONDUCT_TEXTS.element_why, "c", label, "w", entry.why)
      if #narrow > 0 then a.narrowed[#a.narrowed + 1] = entry
      else entry.unsure = true; a.unknown[#a.unknown + 1] = entry end
    elseif ctx:declared_absent(id) then
      a.absent[#a.absent + 1] = { id = id, label = label }
    else
      a.unknown[#a.unknown + 1] = { id = id, label = label, dated = ctx:out_of_force(id) }
      ctx:ask("offences", fill_with(CONDUCT_TEXTS.which_offence, "c", label))
    end
  end
  return a
end

local function labels(list)
  local out = {}
  for i, x in ipairs(list) do out[i] = x.label end
  return out
end

local function covered_text(a)
  local parts = {}
  for _, c in ipairs(a.covered) do
    parts[#parts + 1] = fill_with(COVERED_BY, "c", c.label, "o", (table.concat(c.names, "; ")))
  end
  return join(parts, SEP_SEMI, SEP_SEMI)
end

-- Sentences on the elements covered only by narrower offences (or perhaps
-- narrower ones, `other`), starting with a space; "" when there are none.
local function narrowed_text(a)
  -- elements narrowed by the same offences for the same reasons are named together
  local parts, unsure, groups = {}, {}, {}
  for _, c in ipairs(a.narrowed) do
    local g = groups[c.why.en]
    if g then g.labels[#g.labels + 1] = c.label
    else
      g = { labels = { c.label }, why = c.why }
      groups[c.why.en] = g
      groups[#groups + 1] = g
    end
  end
  for i, g in ipairs(groups) do parts[i] = fill_with(CONDUCT_TEXTS.element_why, "c", join(g.labels), "w", g.why) end
  for _, c in ipairs(a.unknown) do if c.unsure then unsure[#unsure + 1] = c.missing end end
  local out = { en = "", fr = "" }
  if #parts > 0 then
    out = fill_with(CONDUCT_TEXTS.narrower, "l", (join(parts, SEP_SEMI, SEP_SEMI)))
  end
  if #unsure > 0 then
    out = fill_with(CONDUCT_TEXTS.undescribed, "t", out, "l", (join(unsure, SEP_SEMI, SEP_SEMI)))
  end
  return out
end
lx.narrowed_text = narrowed_text

-- What an analysis lists as missing: narrowed elements (with what narrows
-- them), then elements no offence covers.
local function conduct_missing(a)
  local missing = {}
  for _, c in ipairs(a.narrowed) do missing[#missing + 1] = c.missing end
  for _, x in ipairs(a.absent) do missing[#missing + 1] = x.label end
  return missing
end
lx.conduct_missing = conduct_missing

function lx.criminalized(ctx, elements)
  local a = lx.analyse_conduct(ctx, elements)
  if #a.absent == 0 and #a.unknown == 0 and #a.narrowed == 0 then
    return met_fresh(ctx, fill_with(CONDUCT_TEXTS.criminalized, "l", (covered_text(a)))), a
  end
  local missing = conduct_missing(a)
  local covered = #a.covered > 0
    and fill_with(CONDUCT_TEXTS.covered, "l", (covered_text(a))) or NO_TEXT
  local rest = fill_with(CONDUCT_TEXTS.then_narrowed, "c", covered, "n", (narrowed_text(a)))
  rest = { en = rest.en:gsub("^ ", ""), fr = rest.fr:gsub("^ ", "") }
  local undescribed, dated = {}, {}
  for _, x in ipairs(a.unknown) do
    if not x.unsure then undescribed[#undescribed + 1] = x.label end
    if x.dated then dated[#dated + 1] = x.dated end
  end
  if #a.unknown > 0 then
    -- an unknown finding starts with why it is unknown
    local why = #undescribed > 0
      and fill_with(CONDUCT_TEXTS.not_shown, "u", join(undescribed), "d", (join(dated, NO_TEXT, NO_TEXT)))
      or { en = "The profile does not describe an element that an offence requires.", fr = "Le profil ne décrit pas un élément qu'exige une infraction." }
    if #a.absent > 0 then
      why = fill_with(CONDUCT_TEXTS.and_none, "w", why, "m", (join(labels(a.absent))))
    end
    return ctx:unknown(rest.en ~= "" and fill_with(CONDUCT_TEXTS.why_then, "w", why, "r", rest) or why, missing), a
  end
  if #a.covered > 0 or #a.narrowed > 0 then
    local none = #a.absent > 0 and fill_with(CONDUCT_TEXTS.none, "m", (join(labels(a.absent)))) or NO_TEXT
    return partly_fresh(ctx, fill_with(CONDUCT_TEXTS.rest_then, "r", rest, "n", none), missing), a
  end
  return not_met_fresh(ctx, fill_with(CONDUCT_TEXTS.no_offence, "m", (join(labels(a.absent)))), labels(a.absent)), a
end

---------------------------------------------------------------------------
-- Pattern: an offence the treaty lets a State narrow by named elements only
-- (Cybercrime Convention 7(2): "Un État partie peut exiger que l'infraction
-- soit commise en violation de mesures de sécurité...").
--
-- lx.criminalized_allowing(ctx, elements, allowed)
--   elements: as for lx.criminalized
--   allowed = { ids = { "security_measures", ... },     -- `requires` values
--               en = "...", fr = "..." }                -- the clause, e.g. "art. 7(2)"
-- An offence's `requires` values in allowed.ids never lower the finding
-- (the explanation says the State used the option); any other value (not
-- "other") makes the offence narrower than the Convention: an element
-- covered only by such offences is partly met, naming the offence and what
-- it requires.  "other" is asked about (the finding is unknown unless
-- another offence covers the element in full).
---------------------------------------------------------------------------
local REQUIREMENT_WORDS = {
  transnational = { en = "transnationality", fr = "le caractère transnational" },
  organized_group = { en = "an organized criminal group", fr = "un groupe criminel organisé" },
  overt_act = { en = "an act in furtherance", fr = "un acte matériel" },
  material_benefit = { en = "a material benefit", fr = "un avantage matériel" },
  specific_purpose = { en = "a specific purpose", fr = "un but particulier" },
  security_measures = { en = "infringing security measures", fr = "la violation de mesures de sécurité" },
  dishonest_intent = { en = "a dishonest or criminal intent", fr = "une intention malhonnête ou criminelle" },
  connected_system = { en = "a system connected to another system", fr = "un système connecté à un autre système" },
  serious_harm = { en = "serious harm", fr = "un préjudice grave" },
  other = { en = "a further element", fr = "un autre élément" },
}

local function requirement_words(ids)
  local out = {}
  for i, id in ipairs(ids) do out[i] = REQUIREMENT_WORDS[id] or { en = id, fr = id } end
  return join(out)
end

function lx.criminalized_allowing(ctx, elements, allowed)
  local r, a = lx.criminalized(ctx, elements)
  if r.status ~= "met" then return r, a end
  local ok = {}
  for _, id in ipairs(allowed.ids) do ok[id] = true end
  local c_words = { en = allowed.en, fr = allowed.fr }
  -- each covered element: fits (an offence requires only allowed elements),
  -- open (the closest offences require only "other") or narrowed
  local narrowed, open, used, full = {}, {}, {}, {}
  for _, c in ipairs(a.covered) do
    local fits, why_narrow, why_open = false, {}, {}
    for _, e in ipairs(c.offences) do
      local extra, uses, other = {}, {}, false
      for _, q in ipairs(e.o.requires or NO_ITEMS) do
        if q == "other" then other = true
        elseif ok[q] then uses[#uses + 1] = q
        else extra[#extra + 1] = q end
      end
      if #extra == 0 and not other then
        fits = true
        for _, q in ipairs(uses) do used[q] = true end
      elseif #extra == 0 then
        why_open[#why_open + 1] = ctx:cite_offence(e)
      else
        why_narrow[#why_narrow + 1] = fill_with({ en = "{o} requires {x}", fr = "{o} exige {x}" }, "o", ctx:cite_offence(e), "x", (requirement_words(extra)))
      end
    end
    if fits then
      full[#full + 1] = fill_with({ en = "{c} by {o}", fr = "{c} par {o}" }, "c", c.label, "o", (table.concat(c.names, "; ")))
    elseif #why_open > 0 then
      open[#open + 1] = { label = c.label, offences = why_open }
    else
      narrowed[#narrowed + 1] = { label = c.label, why = join(why_narrow, { en = "; ", fr = " ; " }, { en = "; ", fr = " ; " }) }
    end
  end
  local note = {}
  for _, id in ipairs(allowed.ids) do if used[id] then note[#note + 1] = id end end
  local option = #note > 0 and fill_with({ en = " The offence requires {x}, an element {c} allows a State to require; it does not lower the finding.",
                                      fr = " L'infraction exige {x}, élément que {c} permet à un État d'exiger ; le constat n'en est pas abaissé." },
                                    "x", requirement_words(note), "c", c_words) or { en = "", fr = "" }
  if #narrowed == 0 and #open == 0 then
    return met_fresh(ctx, fill_with({ en = "{e}{n}", fr = "{e}{n}" }, "e", r.explanation, "n", option)), a
  end
  local missing, parts = {}, {}
  for _, n in ipairs(narrowed) do
    missing[#missing + 1] = fill_with({ en = "{l}, without elements the Convention does not allow", fr = "{l}, sans éléments que la Convention ne permet pas" }, "l", n.label)
    parts[#parts + 1] = n.why
  end
  local narrow_text = #parts > 0
    and fill_with({ en = " But {p}, which the Convention does not allow: only the elements of {c} may be added.", fr = " Mais {p}, ce que la Convention ne permet pas : seuls les éléments de {c} peuvent être ajoutés." },
             "p", join(parts), "c", c_words) or { en = "", fr = "" }
  if #open > 0 then
    local labels_open, offs = {}, {}
    for _, o in ipairs(open) do
      labels_open[#labels_open + 1] = o.label
      for _, name in ipairs(o.offences) do offs[#offs + 1] = name end
    end
    ctx:ask("offences", fill_with({ en = "What further element does {o} require (requires = \"other\"; its note may say)? Is it one of the elements of {c}, or does another offence cover {l} without it?",
                               fr = "Quel élément supplémentaire {o} exige-t-elle (requires = \"other\" ; sa note peut le dire) ? Est-ce l'un des éléments de {c}, ou une autre infraction couvre-t-elle {l} sans lui ?" },
                             "o", table.concat(offs, "; "), "c", c_words, "l", (join(labels_open))))
    local requires = #offs > 1 and { en = "each require", fr = "exigent chacune" } or { en = "requires", fr = "exige" }
    return unknown_fresh(ctx, fill_with({ en = "Whether {l} is criminalized as the Convention requires is not settled: {o} {r} a further element the profile does not name as one the Convention allows (only the elements of {c} may be added).{w} {e}{n}",
                              fr = "Il n'est pas établi que {l} soit incriminé comme l'exige la Convention : {o} {r} un élément supplémentaire que le profil ne désigne pas comme permis par la Convention (seuls les éléments de {c} peuvent être ajoutés).{w} {e}{n}" },
                            "l", join(labels_open), "o", table.concat(offs, "; "), "r", requires, "c", c_words, "w", narrow_text, "n", option, "e", #full > 0 and fill_with({ en = "Covered in full: {f}.", fr = "Couvert entièrement : {f}." }, "f", join(full, { en = "; ", fr = " ; " }, { en = "; ", fr = " ; " })) or { en = "", fr = "" }), missing), a
  end
  return partly_fresh(ctx, fill_with({ en = "{e}{w}{n}", fr = "{e}{w}{n}" }, "e", r.explanation, "w", narrow_text, "n", option), missing), a
end

---------------------------------------------------------------------------
-- Twin duties: one legal logic that several instruments repeat.
--
-- Several treaties repeat a duty almost word for word (DOMAIN.md section 6:
-- UNTOC art. 6 and the Cybercrime Convention art. 17 on laundering, 10 and
-- 18 on legal persons, 13 and 50 on cooperation for confiscation, 15 and 22
-- on jurisdiction, 16 and 37 on extradition).  Where the logic is the same, it is here, and each pack
-- calls it with its own references and wording; what the texts say
-- differently stays in the packs (docs/rules.md, "Legal patterns in lx").
---------------------------------------------------------------------------

-- Laundering: whether the offences `offs` ({id, o} entries covering one
-- laundering conduct) reach the author of the predicate offence
-- (`self_laundering` of each offence): "punishable" when at least one does
-- (that offence is returned second), "exempt" when every one excludes him
-- or her, "unknown" otherwise.  Only when the answer is open is a question
-- recorded, for each offence that does not say.
function lx.self_laundering(ctx, offs)
  local unstated = {}
  for _, e in ipairs(offs) do
    if e.o.self_laundering == true then return "punishable", e end
    if e.o.self_laundering == nil then unstated[#unstated + 1] = e end
  end
  if #unstated == 0 then return "exempt" end
  for _, e in ipairs(unstated) do
    ctx:ask("offences." .. e.id .. ".self_laundering", fill_with(
      { en = "Can the author of the predicate offence also be convicted under {o} (self-laundering)?",
        fr = "L'auteur de l'infraction principale peut-il aussi être condamné en vertu de {o} (auto-blanchiment) ?" },
      "o", (ctx:cite_offence(e))))
  end
  return "unknown"
end

-- Laundering: the finding of a duty about the laundering offences when the
-- profile names none and does not say that none exists: unknown, asking
-- which offences criminalize laundering.
function lx.laundering_unstated(ctx)
  ctx:ask("offences", { en = "Which offences of national law criminalize the laundering of proceeds of crime (conversion or transfer, concealment or disguise, acquisition, possession or use)? (If none, list the conduct under no_offence_for.)",
                        fr = "Quelles infractions du droit national incriminent le blanchiment du produit du crime (conversion ou transfert, dissimulation ou déguisement, acquisition, détention ou utilisation) ? (Si aucune, l'indiquer dans no_offence_for.)" })
  return ctx:unknown({ en = "The profile does not show which offence of national law criminalizes laundering.",
                       fr = "Le profil n'indique pas quelle infraction du droit national incrimine le blanchiment." })
end

-- Pattern: the self-laundering exemption, an option of the State (UNTOC
-- 6(2)(e), Cybercrime Convention 17(2)(e): "if required by fundamental
-- principles of the domestic law of a State Party, it may be provided that
-- the offences ... do not apply to the persons who committed the predicate
-- offence").  Never a gap; the statuses say how the State uses the option:
--   met             the offences covering some element exempt the author of
--                   the predicate offence and the State invokes, under
--                   opts.ref, the fundamental principle that requires it;
--   partly_met      they exempt him or her without such a principle (the
--                   shortfall itself is assessed under the offence duty);
--   unknown         the profile does not say whether they reach him or her,
--                   or names no laundering offence (lx.laundering_unstated);
--   not_met         the State does not use the option (self-laundering is
--                   punishable);
--   not_applicable  the profile states that no offence covers any element.
--
-- lx.self_laundering_exemption(ctx, {
--   ref = "untoc:6.2.e",                                   -- the option; principles are read under it
--   elements = { CONVERSION, CONCEALMENT },                -- conduct elements { id, en = ..., fr = ... }
--   clause = { en = "art. 6(2)(e)", fr = "l'art. 6, par. 2, e)" },     -- the option, in a sentence
--   offence_duty = { en = "art. 6(1)", fr = "l'art. 6, par. 1" },      -- where a shortfall is assessed
--   met = { en = ..., fr = ... },  -- optional: the met sentence, with {c} (the elements), {p} (the
-- })                               -- principle) and {s} (", source"); by default it cites both and
--                                  -- says the clause allows the exemption
function lx.self_laundering_exemption(ctx, opts)
  local exempt, undecided, any = {}, false, false
  for _, el in ipairs(opts.elements) do
    local offs = ctx:covering(el[1])
    if #offs > 0 then
      any = true
      local state = lx.self_laundering(ctx, offs)
      if state == "exempt" then exempt[#exempt + 1] = { en = el.en, fr = el.fr }
      elseif state == "unknown" then undecided = true end
    end
  end
  if not any then
    for _, el in ipairs(opts.elements) do
      if not ctx:declared_absent(el[1]) then return lx.laundering_unstated(ctx) end
    end
    return ctx:not_applicable({ en = "National law has no laundering offence from which the author of the predicate offence could be exempted.",
                                fr = "Le droit national ne connaît pas d'infraction de blanchiment dont l'auteur de l'infraction principale pourrait être exempté." })
  end
  if #exempt > 0 then
    local p = ctx:principle(opts.ref)
    if p then
      local met = opts.met or
        { en = "The offences covering {c} do not apply to the author of the predicate offence, on the basis of a fundamental principle of domestic law ({p}{s}), as {x} allows.",
          fr = "Les infractions couvrant {c} ne s'appliquent pas à l'auteur de l'infraction principale, sur le fondement d'un principe fondamental du droit interne ({p}{s}), comme le permet {x}." }
      return met_fresh(ctx, fill_with(met, "c", join(exempt), "p", p.statement, "s", p.source and (", " .. p.source) or "", "x", opts.clause),
                     { id = "exemption", en = "self-laundering exemption", fr = "exemption de l'auto-blanchiment" })
    end
    return partly_fresh(ctx, fill_with({ en = "The offences covering {c} do not apply to the author of the predicate offence, but the State invokes no fundamental principle requiring it, the condition {x} sets; the shortfall is assessed under {d}.",
                             fr = "Les infractions couvrant {c} ne s'appliquent pas à l'auteur de l'infraction principale, mais l'État n'invoque aucun principe fondamental l'exigeant, condition posée par {x} ; l'insuffisance est appréciée au regard de {d}." },
                           "c", join(exempt), "x", opts.clause, "d", opts.offence_duty),
                      { { en = "a fundamental principle of domestic law requiring the exemption", fr = "un principe fondamental du droit interne exigeant l'exemption" } })
  end
  if undecided then
    return ctx:unknown({ en = "The profile does not say whether the laundering offences apply to the author of the predicate offence.",
                         fr = "Le profil n'indique pas si les infractions de blanchiment s'appliquent à l'auteur de l'infraction principale." })
  end
  return ctx:not_met({ en = "The State does not use this option: the author of the predicate offence can also be convicted of laundering.",
                       fr = "L'État n'use pas de cette faculté : l'auteur de l'infraction principale peut aussi être condamné pour blanchiment." },
                     { { en = "exemption of the author of the predicate offence (optional)", fr = "exemption de l'auteur de l'infraction principale (facultative)" } })
end

-- Liability of legal persons (UNTOC 10(2), Cybercrime Convention 18(2):
-- "may be criminal, civil or administrative"): the three forms, in the
-- order the texts give them, read from the one regime of the profile
-- (`legal_persons`) that serves every instrument.
local LIABILITY_FORMS = {
  { id = "criminal", path = "legal_persons.criminal", en = "criminal", fr = "pénale" },
  { id = "civil", path = "legal_persons.civil", en = "civil", fr = "civile" },
  { id = "administrative", path = "legal_persons.administrative", en = "administrative", fr = "administrative" },
}

-- The forms of liability of legal persons at the as-of date, each
-- { form = { id, path, en, fr }, m = measure }, sorted by state in the
-- text's order: { adopted, partly, absent, unknown, chosen } (chosen: adopted
-- in full or in part).  With `quiet`, once some form is fully in force the
-- forms the profile leaves open are not asked about (any one form meets the
-- duty, so the others are no open question there).  The rule declares the
-- facts legal_persons.criminal, .civil and .administrative.
function lx.liability_forms(ctx, quiet)
  local any = false
  if quiet then
    for _, f in ipairs(LIABILITY_FORMS) do
      local v = ctx:fact(f.path)
      if v and v.adopted == true and ctx:in_force(v) then any = true end
    end
  end
  local r = { adopted = {}, partly = {}, absent = {}, unknown = {}, chosen = {} }
  for _, f in ipairs(LIABILITY_FORMS) do
    local v = any and ctx:fact(f.path)
    local open = any and (v == nil or v.adopted == nil)
    -- a fresh copy of the form: nothing of lx's own is handed out writable
    local x = { form = { id = f.id, path = f.path, en = f.en, fr = f.fr },
                m = open and { state = "unknown" } or ctx:measure(f.path) }
    local bucket = ({ adopted = r.adopted, partly = r.partly, not_adopted = r.absent })[x.m.state] or r.unknown
    bucket[#bucket + 1] = x
    if x.m.state == "adopted" or x.m.state == "partly" then r.chosen[#r.chosen + 1] = x end
  end
  return r
end

-- "criminal liability (Penal Code art. 121-2) and administrative liability,
-- in part" for a list of lx.liability_forms entries.
function lx.liability_forms_text(list)
  local parts = {}
  for i, x in ipairs(list) do
    local partly = x.m.state == "partly" and { en = ", in part", fr = ", en partie" } or { en = "", fr = "" }
    parts[i] = fill_with({ en = "{f} liability{p}{s}", fr = "une responsabilité {f}{p}{s}" },
                    "f", { en = x.form.en, fr = x.form.fr }, "p", partly, "s", (lx.cited(x.m)))
  end
  return join(parts)
end

-- The forms of a list as the option of a finding: "criminal and
-- administrative liability", id "criminal+administrative".
function lx.liability_forms_option(list)
  local ids, adj = {}, {}
  for i, x in ipairs(list) do ids[i] = x.form.id; adj[i] = { en = x.form.en, fr = x.form.fr } end
  local o = fill_with({ en = "{a} liability", fr = "responsabilité {a}" }, "a", (join(adj)))
  o.id = table.concat(ids, "+")
  return o
end

-- The paragraphs that qualify the liability of legal persons (without
-- prejudice to natural persons; sanctions: UNTOC 10(3)-(4), Cybercrime
-- Convention 18(3)-(4)) have nothing to apply to where national law has no
-- such liability at all.  `forms_id` is the obligation on the forms (the
-- rule `depends` on it: "untoc:10.2"), `duty` the paragraph under which
-- that shortcoming is reported ({ en = "art. 10(1)", fr = "l'art. 10, par.
-- 1" }).  Returns nil when the paragraph binds, else its not_applicable
-- finding.
function lx.liability_qualifies(ctx, forms_id, duty)
  return lx.only_if(ctx, ctx:finding(forms_id).status ~= "not_met",
    fill_with({ en = "National law provides for no liability of legal persons, so this paragraph, which qualifies that liability, has nothing to apply to; the shortcoming is reported under {d}.",
           fr = "Le droit national ne prévoit aucune responsabilité des personnes morales : ce paragraphe, qui encadre cette responsabilité, est sans objet ; la lacune est relevée au titre de {d}." },
         "d", duty))
end

-- Pattern: the liability of legal persons "shall be without prejudice to the
-- criminal liability of the natural persons who have committed the offences"
-- (UNTOC 10(3), Cybercrime Convention 18(3)), as lx.liability_qualifies
-- binds it; the rule declares legal_persons.natural_persons_unaffected.
function lx.natural_persons_unaffected(ctx, forms_id, duty)
  local stop = lx.liability_qualifies(ctx, forms_id, duty)
  if stop then return stop end
  return lx.measure_finding(ctx, "legal_persons.natural_persons_unaffected", {
    what = { en = "the rule that the liability of legal persons leaves intact the criminal liability of the natural persons who committed the offences",
             fr = "la règle selon laquelle la responsabilité des personnes morales laisse entière la responsabilité pénale des personnes physiques auteurs des infractions" } })
end

-- Pattern: "effective, proportionate and dissuasive criminal or
-- non-criminal sanctions, including monetary sanctions" against legal persons
-- held liable (UNTOC 10(4), Cybercrime Convention 18(4)), as
-- lx.liability_qualifies binds it.  The text names one element expressly,
-- monetary sanctions: fines met; fines in part partly met; no fine but other
-- sanctions partly met, no sanction at all not met (the missing element named
-- either way); no fine and other sanctions unknown, or fines unknown:
-- unknown.  Whether the sanctions are effective, proportionate and dissuasive
-- is a judgement on amounts and practice the facts do not settle: a met
-- finding says so.  para: the paragraph, { en = "art. 10(4)", fr = "l'art.
-- 10, par. 4" }.  The rule declares legal_persons.monetary_sanctions and
-- .other_sanctions.
local function amount_text(n)
  if math.type(n) == "integer" or n == math.floor(n) then return string.format("%d", n) end
  return tostring(n)
end

function lx.legal_person_sanctions(ctx, forms_id, duty, para)
  local stop = lx.liability_qualifies(ctx, forms_id, duty)
  if stop then return stop end
  local money = ctx:measure("legal_persons.monetary_sanctions")
  local other = ctx:measure("legal_persons.other_sanctions")

  local fine = { en = "", fr = "" }
  if money.raw and money.raw.max_fine then
    local cur = money.raw.currency and (" " .. money.raw.currency) or ""
    fine = lx.t({ en = ", up to {n}", fr = ", jusqu'à {n}" }, { n = amount_text(money.raw.max_fine) .. cur })
  end
  local others = ({
    adopted = lx.t({ en = " Other sanctions are also available{s}.", fr = " D'autres sanctions sont aussi prévues{s}." }, { s = lx.cited(other) }),
    partly = lx.t({ en = " Other sanctions are available in part{s}.", fr = " D'autres sanctions sont prévues en partie{s}." }, { s = lx.cited(other) }),
    not_adopted = { en = " No other sanction is available.", fr = " Aucune autre sanction n'est prévue." },
  })[other.state] or { en = "", fr = "" }
  local judgement = { en = " Whether these sanctions are effective, proportionate and dissuasive remains to be judged on their amounts and application.",
                      fr = " Le caractère efficace, proportionné et dissuasif de ces sanctions reste à apprécier au vu de leur montant et de leur application." }
  local monetary = { { en = "monetary sanctions against legal persons held liable", fr = "des sanctions pécuniaires contre les personnes morales tenues responsables" } }

  if money.state == "adopted" then
    return ctx:met(lx.t({ en = "Legal persons held liable incur fines{s}{f}.{o}{j}", fr = "Les personnes morales tenues responsables encourent des amendes{s}{f}.{o}{j}" },
                        { f = fine, s = lx.cited(money), o = others, j = judgement }))
  elseif money.state == "partly" then
    local missing = {}
    for i, m in ipairs(money.missing or {}) do missing[i] = m end
    return ctx:partly(lx.t({ en = "Legal persons held liable incur fines only in part{s}{f}.{o}", fr = "Les personnes morales tenues responsables n'encourent des amendes qu'en partie{s}{f}.{o}" },
                           { f = fine, s = lx.cited(money), o = others }), missing)
  elseif money.state == "not_adopted" then
    local none = lx.t({ en = "Legal persons held liable incur no monetary sanction{s}, which {p} expressly requires.",
                        fr = "Les personnes morales tenues responsables n'encourent aucune sanction pécuniaire{s}, ce que {p} exige expressément." },
                      { s = lx.cited(money), p = para })
    if other.state == "adopted" or other.state == "partly" then
      return ctx:partly(lx.t({ en = "{n}{o}", fr = "{n}{o}" }, { n = none, o = others }), monetary)
    elseif other.state == "not_adopted" then
      return ctx:not_met(lx.t({ en = "{n}{o}", fr = "{n}{o}" }, { n = none, o = others }), monetary)
    end
    return ctx:unknown(lx.t({ en = "{n} The profile does not say whether other sanctions apply.", fr = "{n} Le profil n'indique pas si d'autres sanctions s'appliquent." },
                            { n = none }), monetary)
  end
  return ctx:unknown(lx.t({ en = "The profile does not say whether legal persons held liable incur monetary sanctions.{o}",
                            fr = "Le profil n'indique pas si les personnes morales tenues responsables encourent des sanctions pécuniaires.{o}" },
                          { o = others }))
end

-- Pattern: the grounds on which mutual legal assistance may be refused
-- (UNTOC 18(21), Cybercrime Convention 40(21); optional), from the
-- profile's mutual_legal_assistance.refusal_grounds: `grounds`, the
-- paragraph's grounds the State retains, and `other_grounds`, any others
-- (quoted).  Met naming the grounds retained (the option's id their
-- letters: "b", "a+b+c+d"); a measure stated not adopted, or adopted with
-- other grounds only, retains none: not met (never a gap at this level);
-- adopted with no ground named: unknown, asking opts.question.  Grounds
-- outside the paragraph are quoted with what the treaty says of the usual
-- ones (opts.others, a text filled with {o}: the treaties' paragraphs
-- differ); they never change the status.  opts.grounds: the paragraph's
-- grounds in order, each { key, letter, en, fr }.  The rule declares the
-- fact.
function lx.mla_refusal_grounds(ctx, opts)
  local path = "mutual_legal_assistance.refusal_grounds"
  local m = ctx:measure(path)
  if m.state == "unknown" then
    return ctx:unknown({ en = "The profile does not say on which grounds national law allows mutual legal assistance to be refused.",
                         fr = "Le profil n'indique pas pour quels motifs le droit national permet de refuser l'entraide judiciaire." })
  end
  if m.state == "not_adopted" then
    return ctx:not_met(lx.t({ en = "National law retains none of the grounds for refusal of paragraph 21{s}.",
                              fr = "Le droit national ne retient aucun des motifs de refus du paragraphe 21{s}." }, { s = lx.cited(m) }))
  end
  local raw = m.raw
  local labels, letters = {}, {}
  for _, g in ipairs(opts.grounds) do
    if has(raw.grounds, g.key) then
      labels[#labels + 1] = { en = g.en, fr = g.fr }
      letters[#letters + 1] = g.letter
    end
  end
  local others = {}
  for i, o in ipairs(raw.other_grounds or {}) do others[i] = o end
  local other_text = #others > 0 and lx.t(opts.others, { o = table.concat(others, "; ") }) or NO_TEXT
  if #letters == 0 then
    if #others == 0 then
      ctx:ask(path, opts.question)
      return ctx:unknown(lx.t({ en = "National law allows assistance to be refused{s}, but the profile does not say on which grounds.",
                                fr = "Le droit national permet de refuser l'entraide{s}, mais le profil n'indique pas pour quels motifs." }, { s = lx.cited(m) }))
    end
    local t = lx.t({ en = "National law retains none of the grounds of paragraph 21{s}.",
                     fr = "Le droit national ne retient aucun des motifs du paragraphe 21{s}." }, { s = lx.cited(m) })
    return ctx:not_met({ en = t.en .. other_text.en, fr = t.fr .. other_text.fr })
  end
  local list = join(labels, SEP_SEMI, SEP_SEMI)
  local t = lx.t({ en = "National law allows assistance to be refused on grounds of paragraph 21{s}: {l}.",
                   fr = "Le droit national permet de refuser l'entraide pour des motifs du paragraphe 21{s} : {l}." }, { s = lx.cited(m), l = list })
  return ctx:met({ en = t.en .. other_text.en, fr = t.fr .. other_text.fr },
                 { id = table.concat(letters, "+"), en = list.en, fr = list.fr })
end

-- Pattern: acting on a foreign confiscation request (UNTOC 13(1),
-- Cybercrime Convention 50(1)): "(a) submit the request to its competent
-- authorities for the purpose of obtaining an order of confiscation ...; or
-- (b) submit ... an order of confiscation issued by a court in the territory
-- of the requesting State".  Either option meets the duty (lx.any_of; when
-- both exist the finding names (a)).  `domestic` is what option (a) is in the
-- pack's words (the requests it concerns differ with the treaty); option
-- (b) reads the same in both.  The rule declares the facts
-- confiscation_cooperation.domestic_order_on_request and
-- .foreign_order_enforcement, and applies its own qualifier to the result.
function lx.foreign_confiscation_options(ctx, domestic)
  return lx.any_of(ctx, {
    { id = "a", label = { en = "option (a), a domestic confiscation order obtained on the request",
                          fr = "l'option a), une décision de confiscation nationale obtenue sur la demande" },
      check = function(c) return lx.measure_finding(c, "confiscation_cooperation.domestic_order_on_request", { what = domestic }) end },
    { id = "b", label = { en = "option (b), enforcement of the requesting State's confiscation order",
                          fr = "l'option b), l'exécution de la décision de confiscation de l'État requérant" },
      check = function(c) return lx.measure_finding(c, "confiscation_cooperation.foreign_order_enforcement", {
        what = { en = "giving effect, to the extent requested, to a confiscation order issued by a court of the requesting State",
                 fr = "l'exécution, dans les limites de la demande, d'une décision de confiscation rendue par un tribunal de l'État requérant" } }) end },
  })
end

-- Does offence `o` cover a conduct element of one of the `families`, each a
-- conduct name or the start of several ({ "laundering_", "bribery_" })?
-- How a rule over "the offences established in accordance with this
-- Convention" tells one instrument's offences from another's, the profile's
-- conduct list being shared by every instrument (UNTOC 16(6), Cybercrime
-- Convention 37(7)).
function lx.covers_conduct_family(o, families)
  for _, c in ipairs(o.conduct or NO_ITEMS) do
    for _, family in ipairs(families) do
      if c:sub(1, #family) == family then return true end
    end
  end
  return false
end

-- Is offence `o` an entry made only of accessory conduct elements: the
-- organizing, directing, aiding, abetting, facilitating or counselling of
-- serious crime involving an organized criminal group (UNTOC art. 5(1)(b)),
-- the attempt at laundering and the aiding and abetting of it (UNTOC art.
-- 6(1)(b)(ii)), which a profile may record under the general rules on
-- complicity and attempt, with no penalty of their own but the principal
-- offence's?  An entry with no conduct listed is not.  (UNTOC 11(1) and
-- 16(6), Cybercrime Convention 37(7): such an entry is read through the
-- principal offence's penalty, not as an offence of its own.)
local ACCESSORY_CONDUCT = {
  ocg_crime_organizing = true, ocg_crime_directing = true,
  ocg_crime_aiding_abetting = true, ocg_crime_facilitating_counselling = true,
  laundering_attempt = true, laundering_aiding_abetting = true,
}
function lx.accessory_only(o)
  local conduct = o.conduct
  if conduct == nil or #conduct == 0 then return false end
  for _, c in ipairs(conduct) do
    if not ACCESSORY_CONDUCT[c] then return false end
  end
  return true
end

-- Extradition of nationals: does the State decline to extradite its nationals
-- (extradition.nationals.policy "not_extradited" or "conditional")?  true,
-- false, or nil (the question is then recorded); the fact is returned
-- second, for its source.  The condition of UNTOC 15(3), 16(10)-(12) and
-- Cybercrime Convention 22(3), 37(11)-(13); the rule declares the fact
-- extradition.nationals.
function lx.refuses_nationals(ctx)
  local nationals = ctx:fact("extradition.nationals")
  local policy = nationals and nationals.policy
  if policy == nil then
    ctx:ask("extradition.nationals")
    return nil, nationals
  end
  return policy ~= "extradited", nationals
end

-- Pattern: a paragraph that binds only a State which does not extradite its
-- nationals (UNTOC 15(3) and 16(10)-(12), Cybercrime Convention 22(3)).
--   return lx.if_nationals_refused(ctx, para, reason, check)
-- The State extradites them -> not_applicable with `reason`.  It refuses ->
-- check(ctx), the paragraph's own finding.  The profile does not say ->
-- the question is asked and the paragraph assessed all the same, but a
-- shortfall is not reported as a breach of a paragraph that may not bind
-- the State: met, unknown and not_applicable stand (a State whose law has
-- the measure meets the paragraph either way), while not_met and partly_met
-- become unknown, saying on what the answer turns and what the law lacks if
-- the State does refuse.  `para` is the paragraph's number ("3").
function lx.if_nationals_refused(ctx, para, reason, check)
  local refuses = lx.refuses_nationals(ctx)
  if refuses == false then return ctx:not_applicable(reason) end
  local r = check(ctx)
  if refuses or (r.status ~= "not_met" and r.status ~= "partly_met") then return r end
  return unknown_fresh(ctx, fill_with({ en = "Paragraph {p} binds only a State that does not extradite its nationals, and the profile does not say whether this State extradites them. If it does not: {e}",
                            fr = "Le paragraphe {p} ne lie que l'État qui n'extrade pas ses ressortissants, et le profil n'indique pas si cet État les extrade. S'il ne les extrade pas : {e}" },
                          "p", para, "e", r.explanation))
end

-- Pattern: jurisdiction over an alleged offender present in the territory
-- whom the State does not extradite on the sole ground of nationality
-- (UNTOC 15(3), Cybercrime Convention 22(3), the same words): the measure
-- jurisdiction.non_extradited_nationals, under lx.if_nationals_refused.
-- `para` is the paragraph's number, for the sentence ("3").
function lx.non_extradited_nationals_jurisdiction(ctx, para)
  return lx.if_nationals_refused(ctx, para,
    fill_with({ en = "The State extradites its nationals, so it never declines extradition on that sole ground; paragraph {p} binds only a State that does.",
           fr = "L'État extrade ses ressortissants et ne refuse donc jamais l'extradition pour ce seul motif ; le paragraphe {p} ne lie que l'État qui le fait." }, "p", para),
    function(c)
      return lx.measure_finding(c, "jurisdiction.non_extradited_nationals", {
        what = { en = "jurisdiction over offenders present in its territory whom it does not extradite because they are nationals",
                 fr = "la compétence à l'égard des auteurs présents sur son territoire qu'il n'extrade pas parce qu'ils sont ses ressortissants" } })
    end)
end

---------------------------------------------------------------------------
-- Pattern: a duty with several required parts (both limbs of "vessels and
-- aircraft", every element of a regime).
--
-- parts = { { id = "vessels", label = {en, fr}, check = function(ctx) return finding end }, ... }
--   a part may also be a measure { path = ..., what = {en, fr} } (read with
--   lx.measure_finding) or a finding already made { finding = ... }.
--   every part met                              -> met
--   some part not met or partly met, none unknown -> partly_met (or not_met if no
--                                                   part is met or partly met)
--   any part unknown                             -> unknown, with the shortcomings
--                                                   already established as missing
-- Parts that are not applicable are left out; if all are, not_applicable.
-- The explanation gives every part's own explanation.
---------------------------------------------------------------------------
function lx.all_of(ctx, parts)
  -- the parts are counted by status in locals (a status no finding has
  -- fails as the count did); pieces_of[i] is the text of part i when it
  -- applies, and the list joined when every part gave one; a measure part
  -- is handed to lx.measure_finding as its options, of which it reads only
  -- what
  local results, missing, pieces_of, texts = {}, {}, {}, 0
  local met, partly_met, not_met, unknown, not_applicable = 0, 0, 0, 0, 0
  for i, part in ipairs(parts) do
    local r = part.finding or (part.check and part.check(ctx))
              or lx.measure_finding(ctx, part.path, part)
    results[i] = r
    local status = r.status
    if status == "met" then met = met + 1
    elseif status == "not_met" then not_met = not_met + 1
    elseif status == "partly_met" then partly_met = partly_met + 1
    elseif status == "unknown" then unknown = unknown + 1
    elseif status == "not_applicable" then not_applicable = not_applicable + 1
    else local counts = {}; counts[status] = counts[status] + 1 end   -- raises, as counting it did
    if status ~= "not_applicable" then
      local text = part.label
        and fill_with(PART_LABELLED, "l", bilingual(part.label, "part label"), "e", r.explanation)
        or r.explanation
      pieces_of[i] = text
      if text ~= nil then texts = texts + 1 end
    end
    for _, m in ipairs(r.missing or NO_ITEMS) do missing[#missing + 1] = m end
    local name = part.label or part.what
    if (status == "not_met" or status == "partly_met") and #(r.missing or NO_ITEMS) == 0 and name then
      missing[#missing + 1] = status == "partly_met" and part.what
        and fill_with(MEASURES_TEXTS.in_part, "w", part.what)
        or bilingual(name, "part label")
    end
  end
  local pieces = pieces_of
  if unknown > 0 then
    -- an unknown finding starts with why it is unknown: the open parts first
    local open = {}
    for i, r in ipairs(results) do if r.status == "unknown" then open[#open + 1] = pieces_of[i] end end
    for i, r in ipairs(results) do if r.status ~= "unknown" and r.status ~= "not_applicable" then open[#open + 1] = pieces_of[i] end end
    pieces = open
  elseif texts ~= #results then   -- a part left out: the texts in order, without gaps
    pieces = {}
    for i, r in ipairs(results) do if r.status ~= "not_applicable" then pieces[#pieces + 1] = pieces_of[i] end end
  end
  local expl = join(pieces, SEP_SPACE, SEP_SPACE)
  local considered = #parts - not_applicable
  if considered == 0 then return results[1] and ctx:not_applicable(results[1].explanation) or ctx:not_applicable("no part applies") end
  if met == considered then return ctx:met(expl) end
  if unknown > 0 then return ctx:unknown(expl, missing) end
  if met == 0 and partly_met == 0 then return ctx:not_met(expl, missing) end
  return ctx:partly(expl, missing)
end

---------------------------------------------------------------------------
-- Pattern: the elements of one regime, all required, each a measure.
--
-- elements = { { path = "aml.customer_identification", what = {en, fr} }, ... }
-- Returns { status, text, missing } (lx.finding_of turns it into a finding):
--   every element provided for                 -> met
--   any element the profile does not state     -> unknown (questions asked)
--   none provided for (all absent)             -> not_met
--   otherwise                                  -> partly_met
-- The text says, in one sentence per state, which elements are provided for,
-- in part, not at all, or not stated.
---------------------------------------------------------------------------
-- One sentence of lx.all_measures on items (a list, or false when no
-- measure is in that state) appended to parts: the first names "national
-- law", the next say "it".
-- (items and parts hold texts lx.t has just made: a list of one is its
-- item's text, which lx.t reads as it is, without a join.)
local function say_measures(parts, items, tpl)
  if not items then return end
  local MT = MEASURES_TEXTS
  local first = #parts == 0
  parts[#parts + 1] = fill_with(tpl, "l", #items == 1 and items[1] or join(items, SEP_SEMI, SEP_SEMI),
    "S", first and MT.first_subject or MT.next_subject,
    "q", first and MT.first_whether or MT.next_whether)
end

-- (all_measures(ctx, elements, WHATS_CHECKED) is lx.all_measures for
-- elements whose what text_checked has found to be a string or a table of
-- two strings, lx.good_practice's: an item is then what itself, or its
-- texts with the source, without a fill; lx.t and lx.join read a string as
-- its text in both languages.)
local function WHATS_CHECKED() end   -- a marker no rule can make or reach

-- The item naming a measure in lx.all_measures' sentences: what (el.what)
-- with src, its source as lx.cited gives it (" (source)" or "").
local function measure_item(el, src, whats)
  if whats ~= WHATS_CHECKED then return fill_with(MEASURES_TEXTS.item, "w", el.what, "s", src) end
  if src == "" then return el.what end   -- read by lx.t and lx.join as they read a fill of it
  local w = el.what
  local en = w.en   -- a string has no en: it is its text in both languages
  if en == nil then return w .. src end
  return { en = en .. src, fr = w.fr .. src }
end

local function all_measures(ctx, elements, whats)
  local MT = MEASURES_TEXTS
  -- each state's list made with its first item (false: none yet; any
  -- other state fails as putting its item in a list of none did)
  local adopted, partly, not_adopted, unknown = false, false, false, false
  local missing = {}
  for _, el in ipairs(elements) do
    local measure = ctx.measure   -- read once per measure, as ctx:measure read it
    local m, item, state, missing_of, _
    if measure == own_measure then
      -- the measure's fields (the library's ctx:measure without its table)
      -- (received in new locals: assigned to state and missing_of, the
      -- seven values would each be moved)
      local got_state, source, _, got_missing, _, raw, why = measure_of(ctx, el.path, AS_VALUES)
      state = got_state; missing_of = got_missing
      if ctx.deadline ~= nil then dated_measure(ctx, state, raw) end
      item = measure_item(el, source and " (" .. source .. ")" or "", whats)
      if why then item = fill_with(MT.why, "i", item, "y", why) end
    else
      -- a rule's own ctx:measure: its table read as lx.all_measures always
      -- read it (the deadline, then state and raw for a directive's
      -- provision; source twice when set; what; why twice when set; state;
      -- below, state again and missing)
      if type(measure) == "function" then m = measure(ctx, el.path)
      else m = ctx:measure(el.path) end   -- (not callable: the error names the method; a callable table is read again)
      if ctx.deadline ~= nil then dated_measure(ctx, m.state, m.raw) end
      item = measure_item(el, m.source and " (" .. m.source .. ")" or "", whats)
      if m.why then item = fill_with(MT.why, "i", item, "y", m.why) end
      state = m.state
    end
    if state == "adopted" then
      if adopted then adopted[#adopted + 1] = item else adopted = { item } end
    elseif state == "partly" then
      if partly then partly[#partly + 1] = item else partly = { item } end
    elseif state == "not_adopted" then
      if not_adopted then not_adopted[#not_adopted + 1] = item else not_adopted = { item } end
    elseif state == "unknown" then
      if unknown then unknown[#unknown + 1] = item else unknown = { item } end
    else
      local bucket = nil
      bucket[#bucket + 1] = item   -- raises, as a state of no list did
    end
    -- what is missing: a measure in part, its list (or that it is in part);
    -- a measure not adopted, its name (a rule's own table: its state read
    -- again for each test, as it always was)
    local partly_missing, not_adopted_missing
    if m then
      if m.state == "partly" then partly_missing = m.missing or NO_ITEMS
      elseif m.state == "not_adopted" then not_adopted_missing = true end
    elseif state == "partly" then partly_missing = missing_of or NO_ITEMS
    elseif state == "not_adopted" then not_adopted_missing = true end
    if partly_missing then
      local n = 0
      for _, x in ipairs(partly_missing) do missing[#missing + 1] = x; n = n + 1 end
      if n == 0 then
        missing[#missing + 1] = fill_with(MEASURES_TEXTS.in_part, "w", el.what)
      end
    elseif not_adopted_missing then
      missing[#missing + 1] = el.what
    end
  end
  -- One sentence per state; an unknown finding starts with why it is unknown
  local parts = {}
  -- (a state without measures, false, says nothing: not called)
  if unknown then say_measures(parts, unknown, MT.unknown) end
  if adopted then say_measures(parts, adopted, MT.adopted) end
  if partly then say_measures(parts, partly, MT.partly) end
  if not_adopted then say_measures(parts, not_adopted, MT.not_adopted) end
  local status
  if unknown then status = "unknown"
  elseif not partly and not not_adopted then status = "met"
  elseif not adopted and not partly then status = "not_met"
  else status = "partly_met" end
  return { status = status, text = #parts == 1 and parts[1] or join(parts, SEP_SPACE, SEP_SPACE), missing = missing }
end
lx.all_measures = all_measures   -- a third argument from a rule is never WHATS_CHECKED

-- The finding for an lx.all_measures result (option: for met).
function lx.finding_of(ctx, r, option)
  if r.status == "met" then return ctx:met(r.text, option) end
  if r.status == "unknown" then return ctx:unknown(r.text, r.missing) end
  if r.status == "not_met" then return ctx:not_met(r.text, r.missing) end
  return ctx:partly(r.text, r.missing)
end

---------------------------------------------------------------------------
-- Pattern: a duty met by any of several forms, naming every form adopted
-- (e.g. compensation from the offender or from a State fund).
--
-- forms = { { id = "state", label = {en, fr}, path = ..., what = {en, fr} }, ... }
-- opts.missing: what to list as missing when no form is adopted.
--   any form met -> met, option id "a+b" naming every form met
--   else partly_met > unknown > not_met
---------------------------------------------------------------------------
function lx.any_forms(ctx, forms, opts)
  local texts, ids, labels_en, labels_fr, missing = {}, {}, {}, {}, {}
  local count = { met = 0, partly_met = 0, not_met = 0, unknown = 0, not_applicable = 0 }
  for i, f in ipairs(forms) do
    local r = lx.measure_finding(ctx, f.path, { what = f.what })
    texts[i] = r.explanation
    count[r.status] = count[r.status] + 1
    if r.status == "met" then
      ids[#ids + 1] = f.id
      labels_en[#labels_en + 1] = f.label.en
      labels_fr[#labels_fr + 1] = f.label.fr
    else
      for _, m in ipairs(r.missing or NO_ITEMS) do missing[#missing + 1] = m end
    end
  end
  local expl = join(texts, { en = " ", fr = " " }, { en = " ", fr = " " })
  if opts and opts.missing then missing = { opts.missing } end
  if #ids > 0 then
    return ctx:met(expl, { id = table.concat(ids, "+"), en = table.concat(labels_en, ", "), fr = table.concat(labels_fr, ", ") })
  end
  if count.partly_met > 0 then return ctx:partly(expl, missing) end
  if count.unknown > 0 then return ctx:unknown(expl, missing) end
  return ctx:not_met(expl, missing)
end

---------------------------------------------------------------------------
-- Pattern: a measure and the details the provision requires of it (the
-- items carriers transmit, a minimum validity, a time limit, the amounts of
-- a fine).
--
-- lx.measure_details(ctx, path, { what = {en, fr}, details = function(m) ... end })
--   details(m) reads m (the measure's fields, read-only) and returns
--   { missing = { {en, fr}, ... },   details that fall short
--     open = true,                   a detail is not stated (it called ctx:ask)
--     met = {en, fr},                the explanation when all is there (else a default)
--     option = {id, en, fr} }        the alternative that met it, if any
--   not adopted, or not stated            -> as lx.measure_finding
--   a detail short, none open             -> partly_met (with the details and
--                                            the profile's `missing`)
--   a detail open                         -> unknown (shortfalls kept as missing)
--   adopted "partly" with every detail    -> partly_met
--   adopted with every detail             -> met
---------------------------------------------------------------------------
function lx.measure_details(ctx, path, opts)
  local what = bilingual(opts.what, "what")
  local m = ctx:measure(path)
  if m.state ~= "adopted" and m.state ~= "partly" then return lx.measure_finding(ctx, path, { what = what }) end
  if ctx.deadline ~= nil then dated_measure(ctx, m.state, m.raw) end
  local d = opts.details(m.raw) or {}
  local missing = {}
  for _, x in ipairs(m.missing or NO_ITEMS) do missing[#missing + 1] = x end
  for _, x in ipairs(d.missing or NO_ITEMS) do missing[#missing + 1] = x end
  local src = lx.cited(m)
  if #(d.missing or NO_ITEMS) > 0 then
    local short = join(d.missing, { en = "; ", fr = " ; " }, { en = "; ", fr = " ; " })
    local e = fill_with({ en = "National law provides for {w}{s}, but falls short of the provision: {d}.",
                     fr = "Le droit national prévoit {w}{s}, mais ne répond pas entièrement à la disposition : {d}." }, "w", what, "s", src, "d", short)
    if d.open then return ctx:unknown(e, missing) end
    return ctx:partly(e, missing)
  end
  if d.open then
    return unknown_fresh(ctx, fill_with({ en = "National law provides for {w}{s}; the profile does not give every detail the provision turns on.",
                              fr = "Le droit national prévoit {w}{s} ; le profil n'indique pas tous les éléments dont dépend la disposition." }, "w", what, "s", src), missing)
  end
  if m.state == "partly" then return lx.measure_finding(ctx, path, { what = what }) end
  return ctx:met(d.met or fill_with({ en = "National law provides for {w}{s}.", fr = "Le droit national prévoit {w}{s}." }, "w", what, "s", src), d.option)
end

---------------------------------------------------------------------------
-- Pattern: copies of laws furnished to the Secretary-General "and of any
-- subsequent changes" (UNTOC arts 6(2)(d), 13(5)).
--
-- latest: the latest communication (ctx:notification); items: the national
-- provisions giving effect to the article, { label = ..., from = date,
-- repealed = date }; what: the article, { en = "art. 6", fr = "l'art. 6" }.
--   a provision in force or repealed after the communication (and by the
--   as-of date) is a change not yet communicated  -> partly_met
--   none                                           -> met
---------------------------------------------------------------------------
function lx.laws_since_communication(ctx, latest, items, what)
  local later = {}
  for _, it in ipairs(items) do
    if it.from and it.from > latest.date and it.from <= ctx.as_of then
      later[#later + 1] = fill_with({ en = "{l}, in force since {d}", fr = "{l}, en vigueur depuis le {d}" }, "l", it.label, "d", it.from)
    elseif it.repealed and it.repealed > latest.date and it.repealed <= ctx.as_of then
      later[#later + 1] = fill_with({ en = "{l}, repealed on {d}", fr = "{l}, abrogation au {d}" }, "l", it.label, "d", it.repealed)
    end
  end
  if #later > 0 then
    local missing = {}
    for i, l in ipairs(later) do
      missing[i] = fill_with({ en = "a copy or description of the change: {l}", fr = "une copie ou une description de la modification : {l}" }, "l", l)
    end
    return partly_fresh(ctx, fill_with({ en = "The State communicated its laws giving effect to {a} on {d}, but they changed afterwards: {l}.",
                             fr = "L'État a communiqué ses lois donnant effet à {a} le {d}, mais elles ont changé depuis : {l}." },
      "a", what, "d", latest.date, "l", (join(later, { en = "; ", fr = " ; " }, { en = "; ", fr = " ; " }))), missing)
  end
  return met_fresh(ctx, fill_with({ en = "The State furnished its laws giving effect to {a} to the Secretary-General on {d}; none of the provisions of the profile that give effect to it entered into force or was repealed after that date.",
                        fr = "L'État a remis au Secrétaire général ses lois donnant effet à {a} le {d} ; aucune des dispositions du profil qui y donnent effet n'est entrée en vigueur ni n'a été abrogée après cette date." },
    "a", what, "d", latest.date))
end

-- A finding's sentence made to follow a colon in running text ("If it
-- does: the State ...", « Si tel est le cas : le droit ... »): its first
-- letter in lower case in each language, French typography requiring it.
-- A first word in capitals or a single capital ("UNTOC", "A") keeps its
-- case, as does a first letter outside ASCII.  t: { en, fr }.
function lx.lower_first(t)
  local function low(x)
    if x and x:match("^%u[%l']") then return x:sub(1, 1):lower() .. x:sub(2) end
    return x
  end
  return { en = low(t.en), fr = low(t.fr) }
end

-- A principle the State invokes (a `principles` item), as a finding quotes
-- it: its statement without a final period, then its source in
-- parentheses, if stated: "Criminal law is a matter for statute only
-- (Constitution art. 34)".  The sentence that quotes it supplies its own
-- period.  Serves the Cybercrime Convention's 18(1), 40(18) and 53(1)-(2).
function lx.stated_principle(p)
  local st = (p.statement:gsub("[%s%.]+$", ""))
  if p.source then return st .. " (" .. p.source .. ")" end
  return st
end

-- A qualifier that opens an escape ("dans toute la mesure possible",
-- "si possible", "dans la mesure où leur droit interne le leur permet"): when
-- finding r is partly or not met and the profile records, under principles
-- for ref, the limit of domestic law the State invokes, the shortcoming is
-- explained rather than reported as a gap (met, with option).  words: the
-- qualifier as quoted in the explanation ({ en, fr }); option: { id, en, fr }.
-- Returns r unchanged otherwise.
function lx.principle_escape(ctx, r, ref, words, option)
  if r.status ~= "partly_met" and r.status ~= "not_met" then return r end
  local p = ctx:principle(ref)
  if not p then return r end
  local why = fill_with({ en = " The State invokes a limit of its domestic law: {st}{s}. The provision requires this only {q}, so the shortcoming is explained rather than reported as a gap; reviewers should verify that the limit is genuine.",
                     fr = " L'État invoque une limite de son droit interne : {st}{s}. La disposition ne l'exige que {q} : la lacune est expliquée et non signalée comme un manquement ; les évaluateurs vérifieront que la limite invoquée est réelle." },
                   "st", p.statement, "s", p.source and (" (" .. p.source .. ")") or "", "q", words)
  return ctx:met({ en = r.explanation.en .. why.en, fr = r.explanation.fr .. why.fr }, option)
end

-- A duty that binds only a State which makes confiscation cooperation
-- conditional on a treaty: it must regard the Convention as the necessary
-- and sufficient treaty basis (UNTOC 13(6), Cybercrime Convention 50(6));
-- reads confiscation_cooperation.treaty_basis (treaty_required).
function lx.confiscation_treaty_basis(ctx)
  local tb = ctx:fact("confiscation_cooperation.treaty_basis")
  local required = tb and tb.treaty_required
  if required == nil then
    ctx:ask("confiscation_cooperation.treaty_basis")
    -- A State that regards the Convention as a sufficient treaty basis
    -- satisfies paragraph 6 if it requires a treaty, and is not bound by it
    -- if it does not: either way nothing is missing (as lx.if_nationals_refused
    -- keeps a met finding whose condition is open).
    local m = ctx:measure("confiscation_cooperation.treaty_basis")
    if m.state == "adopted" then
      return ctx:met(lx.t({ en = "The State regards the Convention as the necessary and sufficient treaty basis for confiscation, tracing, freezing and seizure on request{s}. The profile does not say whether it makes that cooperation conditional on a treaty: if it does, this is what paragraph 6 requires; if it does not, paragraph 6 does not bind it.",
                            fr = "L'État considère la Convention comme une base conventionnelle nécessaire et suffisante pour la confiscation, la localisation, le gel et la saisie sur demande{s}. Le profil n'indique pas s'il subordonne cette coopération à l'existence d'un traité : si c'est le cas, c'est ce qu'exige le paragraphe 6 ; sinon, le paragraphe 6 ne le lie pas." },
                          { s = lx.cited(m) }))
    end
  end
  local stop = lx.only_if(ctx, required,
    { en = "The State does not make confiscation cooperation conditional on a treaty; paragraph 6 binds only a State that does.",
      fr = "L'État ne subordonne pas la coopération aux fins de confiscation à l'existence d'un traité ; le paragraphe 6 ne lie que l'État qui le fait." },
    { en = "Whether paragraph 6 applies depends on whether the State makes confiscation cooperation conditional on a treaty, which the profile does not say.",
      fr = "L'application du paragraphe 6 dépend de la question de savoir si l'État subordonne la coopération aux fins de confiscation à l'existence d'un traité, ce que le profil n'indique pas." })
  if stop then return stop end
  return lx.measure_finding(ctx, "confiscation_cooperation.treaty_basis", {
    what = { en = "the acceptance of the Convention as the necessary and sufficient treaty basis for confiscation, tracing, freezing and seizure on request, which the State makes conditional on a treaty",
             fr = "l'acceptation de la Convention comme base conventionnelle nécessaire et suffisante pour la confiscation, la localisation, le gel et la saisie sur demande, que l'État subordonne à l'existence d'un traité" } })
end

-- A State's duty to furnish copies of the laws giving effect to an article
-- to the Secretary-General (UNTOC 13(5), Cybercrime Convention 50(5)).  ref:
-- the provision notifications are listed under; paths: the measures that give
-- effect to the article (a later change to one of them is a change not yet
-- communicated); art: { en = "art. 13", fr = "l'art. 13" }; opts.instrument:
-- the instrument's name in the question ({ en, fr }); opts.other: a sentence
-- added when none was made ({ en, fr }).  Unknown without a list of
-- notifications; not met without one under ref; else
-- lx.laws_since_communication.
function lx.copies_of_laws(ctx, ref, paths, art, opts)
  opts = opts or {}
  local ins = opts.instrument or { en = "", fr = "" }
  if ctx:fact("notifications") == nil then
    ctx:ask("notifications", fill_with({ en = "Has the State furnished copies or a description of its laws and regulations giving effect to {a}{i} (and of later changes) to the Secretary-General, and when? (List it under notifications, provision {r}.)",
                                   fr = "L'État a-t-il remis au Secrétaire général une copie ou une description de ses lois et règlements donnant effet à {a}{i} (et de leurs modifications), et quand ? (L'indiquer dans notifications, disposition {r}.)" },
                                 "a", art, "i", ins, "r", ref))
    return ctx:unknown({ en = "The profile does not list the State's communications to the Secretary-General.",
                         fr = "Le profil ne recense pas les communications de l'État au Secrétaire général." })
  end
  local latest = ctx:notification(ref)
  if latest == nil then
    local other = opts.other or { en = "", fr = "" }
    return not_met_fresh(ctx, fill_with({ en = "The State has not furnished copies or a description of its laws and regulations giving effect to {a} to the Secretary-General{o}.",
                              fr = "L'État n'a pas remis au Secrétaire général de copie ni de description de ses lois et règlements donnant effet à {a}{o}." }, "a", art, "o", other),
      { fill_with({ en = "copies or a description of the laws and regulations giving effect to {a}, furnished to the Secretary-General",
               fr = "la copie ou la description des lois et règlements donnant effet à {a}, remise au Secrétaire général" }, "a", art) })
  end
  local items = {}
  for _, path in ipairs(paths) do
    local m = ctx:fact(path)
    if m ~= nil and (m.adopted == true or m.adopted == "partly") then
      items[#items + 1] = { label = m.source or path, from = m.from, repealed = m.repealed }
    end
  end
  return lx.laws_since_communication(ctx, latest, items, art)
end

---------------------------------------------------------------------------
-- Pattern: any one of several options meets the duty.
--
-- options = { { id = "i", label = {en, fr}, check = function(ctx) return finding end }, ... }
-- met if any option is met (the finding names it); otherwise the best of the
-- others in the order partly_met > unknown > not_met, its explanation prefixed
-- with the state of every option.
---------------------------------------------------------------------------
local RANK = { met = 4, partly_met = 3, unknown = 2, not_met = 1, not_applicable = 0 }
-- lx.any_of's templates and leads (only lx.t reads them)
local ANY_TEXTS = {
  met = { en = "Met through {o}: {e}", fr = "Rempli par {o} : {e}" },
  option = { en = "{o}: {e}", fr = "{o} : {e}" },
  lead_then = { en = "{l} {p}", fr = "{l} {p}" },
  open = { en = "Not settled: no option is shown to be fully met, and the profile leaves facts open.", fr = "Non tranché : aucune option n'est établie comme pleinement remplie, et le profil laisse des faits ouverts." },
  none = { en = "No option is fully met.", fr = "Aucune option n'est pleinement remplie." },
}
-- each option's state starts a sentence: its label capitalised (ASCII
-- initials; labels in this pack start with a letter or an apostrophe form)
local function capital(t)
  return { en = (t.en:gsub("^%l", string.upper)), fr = (t.fr:gsub("^%l", string.upper)) }
end

function lx.any_of(ctx, options)
  local results, best = {}, nil
  for i, opt in ipairs(options) do
    local r = opt.check(ctx)
    results[i] = r
    if r.status == "met" then
      local label = bilingual(opt.label, "option label")
      label.id = opt.id
      return met_fresh(ctx, fill_with(ANY_TEXTS.met, "o", label, "e", r.explanation), label)
    end
    if best == nil or RANK[r.status] > RANK[results[best].status] then best = i end
  end
  local parts = {}
  for i, opt in ipairs(options) do
    parts[i] = fill_with(ANY_TEXTS.option, "o", capital(bilingual(opt.label, "option label")), "e", results[i].explanation)
  end
  local b = results[best]
  -- an unknown finding starts with why it is unknown
  local lead = b.status == "unknown" and ANY_TEXTS.open or ANY_TEXTS.none
  local expl = fill_with(ANY_TEXTS.lead_then, "l", lead, "p", (join(parts, SEP_SPACE, SEP_SPACE)))
  local missing = {}
  for _, r in ipairs(results) do for _, m in ipairs(r.missing or NO_ITEMS) do missing[#missing + 1] = m end end
  if b.status == "partly_met" then return ctx:partly(expl, missing) end
  if b.status == "unknown" then return ctx:unknown(expl, missing) end
  return ctx:not_met(expl, missing)
end

---------------------------------------------------------------------------
-- Pattern: a procedural power met only with its conditions and safeguards
-- (Cybercrime Convention art. 24(2): judicial or other independent review,
-- an effective remedy, grounds justifying application, limits of scope and
-- of duration, "where appropriate in view of the nature of the power").
--
-- lx.power_finding(ctx, path, { what = {en, fr}, general = path,
--                               details = function(m) ... end })
--   path: a measure whose `safeguards` is a power_safeguards record; when
--   it has none, opts.general (the safeguards national law attaches to
--   every power) is read instead.  details: as lx.measure_details, for what
--   the provision requires of the power itself (the kinds of data, the
--   things searched).
--   power not adopted or not stated      -> as lx.measure_finding
--   a detail or a safeguard lacking      -> partly_met, naming each
--   a safeguard not stated (none lacking) -> unknown, with the question
--   every safeguard there, or stated not appropriate to the power (its
--   `not_appropriate` list, with the reason in its note) -> met
---------------------------------------------------------------------------
local SAFEGUARDS = {
  { key = "review", en = "judicial or other independent review", fr = "un contrôle juridictionnel ou une autre forme de contrôle indépendant" },
  { key = "remedy", en = "an effective remedy", fr = "un recours efficace" },
  { key = "grounds", en = "grounds justifying application", fr = "des motifs justifiant l'application" },
  { key = "scope_limits", en = "a limit on its scope", fr = "une limitation de son champ" },
  { key = "duration_limits", en = "a limit on its duration", fr = "une limitation de sa durée" },
}

-- Which safeguards a power_safeguards record `s` provides: lists of labels
-- { present, absent, open, excused }.
local function sort_safeguards(s)
  local out = { present = {}, absent = {}, open = {}, excused = {} }
  local excused = {}
  for _, k in ipairs(s.not_appropriate or NO_ITEMS) do excused[k] = true end
  for _, g in ipairs(SAFEGUARDS) do
    local v = s[g.key]
    local label = { en = g.en, fr = g.fr }
    if excused[g.key] and (v == nil or v == false or v == "none") then out.excused[#out.excused + 1] = label
    elseif v == true or v == "judicial" or v == "independent" then out.present[#out.present + 1] = label
    elseif v == false or v == "none" then out.absent[#out.absent + 1] = label
    else out.open[#out.open + 1] = label end
  end
  return out
end
lx.sort_safeguards = sort_safeguards

function lx.power_finding(ctx, path, opts)
  local what = bilingual(opts.what, "what")
  local m = ctx:measure(path)
  if m.state ~= "adopted" and m.state ~= "partly" then return lx.measure_finding(ctx, path, { what = what }) end
  local src = lx.cited(m)
  local d = opts.details and opts.details(m.raw) or {}
  local missing, sentences = {}, {}
  for _, x in ipairs(m.missing or NO_ITEMS) do missing[#missing + 1] = x end
  for _, x in ipairs(d.missing or NO_ITEMS) do missing[#missing + 1] = x end
  sentences[1] = fill_with(m.state == "partly"
      and { en = "National law provides only in part for {w}{s}.", fr = "Le droit national ne prévoit {w} qu'en partie{s}." }
      or { en = "National law provides for {w}{s}.", fr = "Le droit national prévoit {w}{s}." }, "w", what, "s", src)
  if #(d.missing or NO_ITEMS) > 0 then
    sentences[#sentences + 1] = fill_with({ en = "It falls short of the provision: {l}.", fr = "Il reste en deçà de la disposition : {l}." },
      "l", (join(d.missing, { en = "; ", fr = " ; " }, { en = "; ", fr = " ; " })))
  end
  -- the safeguards: the power's own, else those of every power
  local s_path = path .. ".safeguards"
  local s = m.raw.safeguards
  if s == nil and opts.general then
    s_path = opts.general
    s = ctx:fact(opts.general)
  end
  local open = d.open
  if s == nil then
    ctx:ask(s_path)
    open = true
    sentences[#sentences + 1] = { en = "The profile does not state the conditions and safeguards that govern it (art. 24(2)).",
                                  fr = "Le profil n'indique pas les conditions et garanties qui l'encadrent (art. 24, par. 2)." }
  else
    ctx:cite(s_path, s)
    local g = sort_safeguards(s)
    local ssrc = lx.cited(s)
    if #g.present > 0 then
      sentences[#sentences + 1] = fill_with({ en = "Its safeguards{s}: {l}.", fr = "Ses garanties{s} : {l}." }, "s", ssrc, "l", (join(g.present)))
    end
    if #g.excused > 0 then
      sentences[#sentences + 1] = fill_with({ en = "Held not appropriate to the nature of this power (art. 24(2) \"where appropriate\"): {l}.",
                                         fr = "Jugé inapproprié eu égard à la nature de ce pouvoir (art. 24, par. 2, « lorsque cela est approprié ») : {l}." },
        "l", (join(g.excused)))
    end
    if #g.absent > 0 then
      sentences[#sentences + 1] = fill_with({ en = "It lacks {l}.", fr = "Il lui manque {l}." }, "l", (join(g.absent)))
      for _, x in ipairs(g.absent) do
        missing[#missing + 1] = fill_with({ en = "safeguard (art. 24(2)): {x}", fr = "garantie (art. 24, par. 2) : {x}" }, "x", x)
      end
    end
    if #g.open > 0 then
      ctx:ask(s_path)
      open = true
      sentences[#sentences + 1] = fill_with({ en = "The profile does not say whether it is subject to {l}.", fr = "Le profil n'indique pas s'il est soumis à {l}." },
        "l", (join(g.open, nil, { en = " or ", fr = " ou " })))
    end
  end
  local expl = join(sentences, { en = " ", fr = " " }, { en = " ", fr = " " })
  if #missing > 0 and not open then return ctx:partly(expl, missing) end
  if m.state == "partly" and not open then return ctx:partly(expl, missing) end
  if open then return ctx:unknown(expl, missing) end
  return ctx:met(expl, d.option)
end

-- The means of real-time collection a power offers (Cybercrime Convention
-- arts 29(1) and 30(1), the same words): (a) the authorities' own technical
-- means in the territory, or, where a principle of the legal system stated
-- for `principle_ref` prevents them, the alternative measures of 29(2) /
-- 30(2) (`alternative_collection`); and (b) compelling a service provider,
-- within its existing technical capability, to (i) collect or record or
-- (ii) assist.  For lx.power_finding's details: { missing, open, option }.
function lx.collection_means(ctx, path, m, principle_ref)
  local missing, open, option = {}, false, nil
  local art = principle_ref:match("^[%w-]+:(%d+)")
  if m.by_authorities == nil then
    ctx:ask(path, { en = "Can the authorities themselves collect or record the data in real time by technical means in the territory?",
                    fr = "Les autorités peuvent-elles elles-mêmes collecter ou enregistrer les données en temps réel par des moyens techniques sur le territoire ?" })
    open = true
  elseif m.by_authorities == false then
    if ctx:principle(principle_ref) and m.alternative_collection == true then
      option = { id = "alternative", en = "the alternative of art. " .. art .. "(2)", fr = "la solution de remplacement de l'art. " .. art .. ", par. 2" }
    else
      missing[#missing + 1] = { en = "collection or recording by the authorities' own technical means in the territory (art. " .. art .. "(1)(a)), or, where a principle of the legal system prevents it, the alternative measures of art. " .. art .. "(2)",
                                fr = "la collecte ou l'enregistrement par les moyens techniques des autorités sur le territoire (art. " .. art .. ", par. 1, a)), ou, si un principe du système juridique l'empêche, les mesures de remplacement de l'art. " .. art .. ", par. 2" }
    end
  end
  if m.provider_collects ~= true and m.provider_assists ~= true then
    if m.provider_collects == false and m.provider_assists == false then
      missing[#missing + 1] = { en = "compelling a service provider, within its existing technical capability, to collect or record the data or to assist the authorities (art. " .. art .. "(1)(b))",
                                fr = "l'obligation pour un fournisseur de services, dans le cadre de ses capacités techniques existantes, de collecter ou d'enregistrer les données ou de prêter assistance aux autorités (art. " .. art .. ", par. 1, b))" }
    else
      ctx:ask(path, { en = "Can a service provider be compelled, within its existing technical capability, to collect or record the data in real time, or to assist the authorities in doing so?",
                      fr = "Un fournisseur de services peut-il être obligé, dans le cadre de ses capacités techniques existantes, de collecter ou d'enregistrer les données en temps réel, ou de prêter assistance aux autorités à cette fin ?" })
      open = true
    end
  end
  return { missing = missing, open = open, option = option }
end

---------------------------------------------------------------------------
-- Pattern: a measure that soft law recommends (the UNTOC Working Group on
-- International Cooperation, DOMAIN.md section 8).  Adds a "good practice"
-- sentence to the finding's explanation; it never changes the status and is
-- never a gap.  `note` = { en = ..., fr = ... }: who recommends what.
---------------------------------------------------------------------------
function lx.with_good_practice_note(finding, note)
  local n = bilingual(note, "good practice note")
  finding.explanation = fill_with({ en = "{e} Good practice: {n}", fr = "{e} Bonne pratique : {n}" }, "e", finding.explanation, "n", n)
  return finding
end

---------------------------------------------------------------------------
-- Pattern: an obligation that binds only under a condition.
--
-- local stop = lx.only_if(ctx, cond, { en = reason_if_false, fr = ... })
-- if stop then return stop end
--   cond == true  -> nil (the rule goes on)
--   cond == false -> a not_applicable finding with the reason
--   cond == nil   -> an unknown finding; the caller must have asked the
--                    question that settles the condition (ctx:measure does).
---------------------------------------------------------------------------
function lx.only_if(ctx, cond, reason, unknown_text)
  if cond == true then return nil end
  if cond == false then return ctx:not_applicable(reason) end
  return ctx:unknown(unknown_text or { en = "Whether this obligation applies depends on facts the profile does not state.",
                                       fr = "L'applicabilité de cette obligation dépend de faits que le profil n'indique pas." })
end

---------------------------------------------------------------------------
-- Pattern: a notification or designation the depositary must receive.
--
-- lx.notified(ctx, ref, what, question) reads the profile's `notifications`
-- list for an entry under `ref` (e.g. "cybercrime:41.2") dated by the
-- assessment date and returns a limb { status, explanation, missing }:
--   an entry                  -> met, with its date and content
--   a list without one        -> not_met (the list is taken as complete)
--   no list at all            -> unknown, asking `question`
-- what: what was to be notified, { en = "the 24/7 point of contact", fr = ... }.
-- designation (optional): the profile path of the measure designating it;
-- when the profile states that nothing is designated, there is nothing to
-- notify: not_met, naming both.
-- lx.all_of(ctx, { { finding = limb } }) or ctx:met/... turn it into a finding.
---------------------------------------------------------------------------
function lx.notified(ctx, ref, what, question, designation)
  what = bilingual(what, "what")
  if designation then
    local d = ctx:measure(designation)
    if d.state == "not_adopted" then
      return { status = "not_met",
               explanation = fill_with({ en = "Nothing is designated to be {w}{s}, so nothing can be notified to the Secretary-General.",
                                    fr = "Rien n'est désigné comme {w}{s} ; rien ne peut donc être notifié au Secrétaire général." }, "w", what, "s", (lx.cited(d))),
               missing = { fill_with({ en = "designation of {w} and its notification to the Secretary-General of the United Nations",
                                  fr = "la désignation de {w} et sa notification au Secrétaire général de l'Organisation des Nations Unies" }, "w", what) } }
    end
  end
  if ctx:fact("notifications") == nil then
    ctx:ask("notifications", question)
    return { status = "unknown", missing = {},
             explanation = fill_with({ en = "The profile does not list the State's notifications to the Secretary-General, so whether it notified {w} is not known.",
                                  fr = "Le profil ne recense pas les notifications de l'État au Secrétaire général ; on ignore donc s'il a notifié {w}." }, "w", what) }
  end
  local n = ctx:notification(ref)
  if n == nil then
    return { status = "not_met",
             explanation = fill_with({ en = "The State has not notified {w} to the Secretary-General (no notification under {r} by the assessment date).",
                                  fr = "L'État n'a pas notifié {w} au Secrétaire général (aucune notification au titre de {r} à la date d'évaluation)." }, "w", what, "r", ref),
             missing = { fill_with({ en = "notification of {w} to the Secretary-General of the United Nations",
                                fr = "la notification de {w} au Secrétaire général de l'Organisation des Nations Unies" }, "w", what) } }
  end
  local content = n.content and fill_with({ en = " («{c}»)", fr = " (« {c} »)" }, "c", n.content) or { en = "", fr = "" }
  return { status = "met", missing = {},
           explanation = fill_with({ en = "The State notified {w} to the Secretary-General on {d}{c}.",
                                fr = "L'État a notifié {w} au Secrétaire général le {d}{c}." }, "w", what, "d", n.date, "c", content) }
end

---------------------------------------------------------------------------
-- Pattern: which offences an offence_scope reaches (predicate offences,
-- crimes a conspiracy must aim at, offences for which legal persons answer).
---------------------------------------------------------------------------

-- Does `scope` reach the offence `e` ({id, o})?  true, false or nil (unknown
-- because the penalty is not stated).
function lx.scope_covers(scope, e)
  if scope.scope == "all_offences" then return true end
  if scope.scope == "list" then return has(scope.offences, e.id) end
  if scope.scope == "threshold" then
    if e.o.life_imprisonment then return true end
    if scope.threshold_prison_years == nil or e.o.max_prison_years == nil then return nil end
    return e.o.max_prison_years >= scope.threshold_prison_years
  end
  return nil
end

-- Does `scope` reach all serious crime (art. 2(b))?  Computed, not asked:
--   all_offences, or a threshold of at most 4 years         -> "yes"
--   a threshold above 4 years: the penalty scale and the profile's offences
--     decide whether serious crimes fall below it           -> "yes" / "no" / "unknown"
--   a list: every serious crime of the profile must be in it -> "yes" / "no"
-- Returns verdict, a bilingual explanation, and the offences left out.
function lx.scope_covers_serious(ctx, scope)
  local S = lx.SERIOUS_CRIME_YEARS
  -- a scope stated once under `definitions` is evidence of its own
  if scope.definition then ctx:cite("definitions." .. scope.definition, scope, { en = "definition " .. scope.definition }) end
  if scope.scope == "all_offences" then
    return "yes", { en = "it reaches every offence", fr = "il vise toutes les infractions" }, {}
  end
  if scope.scope == "threshold" then
    local t = scope.threshold_prison_years
    if t == nil then
      ctx:ask("offences", { en = "What penalty threshold does the provision use?", fr = "Quel seuil de peine la disposition retient-elle ?" })
      return "unknown", { en = "its penalty threshold is not stated", fr = "son seuil de peine n'est pas indiqué" }, {}
    end
    if t <= S then
      return "yes", fill_with({ en = "it reaches every offence punishable by at least {t}, which includes all serious crime (at least 4 years)", fr = "il vise toute infraction punie d'au moins {t}, ce qui inclut toutes les infractions graves (au moins 4 ans)" }, "t", (years(t))), {}
    end
    -- Offences punishable by at least 4 years but less than the threshold are left out.
    local left = {}
    local list, internal = offences_to_read(ctx)
    for n = 1, #list do
      local e = list[n]
      local y = e.o.max_prison_years
      if not e.o.life_imprisonment and y and y >= S and y < t then
        if internal then e = { id = e.id, o = e.o } end
        left[#left + 1] = e
        ctx:cite_offence(e)
      end
    end
    if #left > 0 then
      local names = {}
      for i, e in ipairs(left) do names[i] = e.o.source .. " (" .. years(e.o.max_prison_years).en .. ")" end
      return "no", fill_with({ en = "its threshold of {t} leaves out serious crimes punishable by at least 4 years: {n}", fr = "son seuil de {t} laisse de côté des infractions graves punies d'au moins 4 ans : {n}" }, "t", years(t), "n", (table.concat(names, "; "))), left
    end
    local scale = ctx.profile.penalty_scale
    if scale and scale.closed then
      ctx:cite("penalty_scale", scale)
      for _, y in ipairs(scale.max_prison_years or NO_ITEMS) do
        if y >= S and y < t then
          return "no", fill_with({ en = "its threshold of {t} leaves out offences punishable by {y}, which are serious crimes", fr = "son seuil de {t} laisse de côté les infractions punies de {y}, qui sont des infractions graves" }, "t", years(t), "y", (years(y))), {}
        end
      end
      return "yes", fill_with({ en = "its threshold of {t} is above 4 years, but the closed scale of penalties has no maximum between 4 years and {t}, so every serious crime is reached", fr = "son seuil de {t} dépasse 4 ans, mais l'échelle fermée des peines ne connaît aucun maximum entre 4 ans et {t} : toute infraction grave est visée" }, "t", (years(t))), {}
    end
    ctx:ask("penalty_scale")
    return "unknown", fill_with({ en = "its threshold of {t} is above 4 years, and the profile does not show whether offences punishable by between 4 years and {t} exist", fr = "son seuil de {t} dépasse 4 ans, et le profil ne dit pas s'il existe des infractions punies d'un maximum compris entre 4 ans et {t}" }, "t", (years(t))), {}
  end
  if scope.scope == "list" then
    local left, unknown_penalty = {}, 0
    local list, internal = offences_to_read(ctx)
    for n = 1, #list do
      local e = list[n]
      local s = lx.serious(e.o)
      if s == nil then unknown_penalty = unknown_penalty + 1 end
      if s and not has(scope.offences, e.id) then
        if internal then e = { id = e.id, o = e.o } end
        left[#left + 1] = e
        ctx:cite_offence(e)
      end
    end
    if #left > 0 then
      local names = {}
      for i, e in ipairs(left) do names[i] = e.o.source .. " (" .. e.o.name .. ")" end
      return "no", fill_with({ en = "its list leaves out serious crimes: {n}", fr = "sa liste laisse de côté des infractions graves : {n}" }, "n", (table.concat(names, "; "))), left
    end
    if unknown_penalty > 0 then
      ctx:ask("offences", { en = "What is the maximum penalty of each offence listed in the profile?", fr = "Quelle est la peine maximale de chaque infraction du profil ?" })
      return "unknown", { en = "some offences of the profile have no stated maximum penalty", fr = "certaines infractions du profil n'ont pas de peine maximale indiquée" }, {}
    end
    return "yes", { en = "its list includes every serious crime of the profile", fr = "sa liste comprend toutes les infractions graves du profil" }, {}
  end
  return "unknown", { en = "its scope is not stated", fr = "sa portée n'est pas indiquée" }, {}
end

---------------------------------------------------------------------------
-- Pattern: offences committed abroad, subject to dual criminality (UNTOC
-- art. 6(2)(c); the same test serves extradition and assistance).
--   "covered" or "dual_criminality" -> "yes" (both are allowed)
--   "not_covered"                   -> "no"
--   absent                          -> "unknown"
---------------------------------------------------------------------------
function lx.dual_criminality(value)
  if value == "covered" then
    return "yes", { en = "offences committed abroad count, without a dual criminality condition", fr = "les infractions commises à l'étranger sont prises en compte, sans condition de double incrimination" }
  elseif value == "dual_criminality" then
    return "yes", { en = "offences committed abroad count when they are also offences where committed (dual criminality, as the Convention allows)", fr = "les infractions commises à l'étranger sont prises en compte lorsqu'elles sont aussi punissables là où elles ont été commises (double incrimination, comme la Convention le permet)" }
  elseif value == "not_covered" then
    return "no", { en = "offences committed abroad do not count", fr = "les infractions commises à l'étranger ne sont pas prises en compte" }
  end
  return "unknown", { en = "the profile does not say whether offences committed abroad count", fr = "le profil n'indique pas si les infractions commises à l'étranger sont prises en compte" }
end

---------------------------------------------------------------------------
-- EU directives: transposition.                                 (EU section)
--
-- The profile's table of correspondence (rules/schema/eu-transposition.lua)
-- says, per directive, which national measures transpose which provision.
--   lx.transposition(ctx, ref)            where provision `ref` stands, as a
--                                         measure: adopted / partly /
--                                         not_adopted / unknown, with the
--                                         transposing measures in force
--   lx.transposition_finding(ctx, ref, { what = {en, fr} })
--                                         that, as a finding (saying when
--                                         the transposition was late)
--   lx.due_for_state(ctx)                 the date the provision became due
--                                         for the State, and whether that is
--                                         its accession
--   lx.noting_late(ctx, finding, since)   a met or partly met finding, with
--                                         "Transposed late: ..." when its
--                                         measures are in force only since
--                                         a date after the provision was due
--                                         (said by lx._run too, once, for a
--                                         finding resting on measures read by
--                                         the measure patterns)
--   lx.binding_option(ctx, path)          ctx:measure of the option through
--                                         which the provision binds the State
--                                         (its measures are late only after it)
--   lx.directive_option(ctx, ref)         did the State use the option of `ref`
--   lx.transposing_measures(ctx, id)      every measure in force for directive id
--   lx.measures_refer_to_directive(ctx, id)   final articles: the reference
--   lx.measures_notified(ctx, id)             final articles: communication
-- A rule using them declares the fact "transposition.<instrument id>".
---------------------------------------------------------------------------
local function instrument_of(ref)
  return (ref:match("^([^:]+):"))
end

-- Is `outer` the provision `ref` or one that contains it?
local function ref_within(outer, ref)
  return ref == outer or ref:sub(1, #outer + 1) == outer .. "."
end

-- The transposition record of directive `id` (read-only), and its path.
local function transposition_record(ctx, id)
  local path = "transposition." .. id
  ctx:_check_declared(path)
  return get_path(ctx.profile, path), path
end

-- The rows of the table that speak to `ref`: the nearest row on `ref` or on
-- a provision containing it; failing that, the rows on its sub-paragraphs.
local function rows_for(rec, ref)
  local best, best_len, inner = nil, -1, {}
  for i, row in ipairs(rec and rec.table or NO_ITEMS) do
    if ref_within(row.provision, ref) and #row.provision > best_len then
      best, best_len = i, #row.provision
    elseif ref_within(ref, row.provision) then
      inner[#inner + 1] = i
    end
  end
  if best then return { best } end
  return inner
end

-- The texts of lx.transposition and lx.transposition_finding (templates
-- and values only lx.t and lx.join read, never handed out).
local TRANSPOSITION_TEXTS = {
  question = { en = "Which national measures transpose {r} of the directive, and do they do so completely (table of correspondence)?",
               fr = "Quelles mesures nationales transposent la disposition {r} de la directive, et le font-elles entièrement (tableau de correspondance) ?" },
  not_in_force = { en = "{t}: {w}", fr = "{t} : {w}" },
  by = { en = " ({m})", fr = " ({m})" },
  partly = { en = "National law{b} transposes {w} only in part; missing: {d}.", fr = "Le droit national{b} ne transpose {w} qu'en partie ; il manque : {d}." },
  why = { en = " ({r})", fr = " ({r})" },
  not_adopted = { en = "National law does not transpose {w}{y}.", fr = "Le droit national ne transpose pas {w}{y}." },
}

local function transposition_question(ref)
  return fill_with(TRANSPOSITION_TEXTS.question, "r", ref)
end

-- Where provision `ref` of a directive stands at the as-of date, read from
-- the table of correspondence:
--   { state = "adopted" | "partly" | "not_adopted" | "unknown",
--     measures = { { id, title, source, from, notified, refers } } (in force),
--     missing = { text }, why = {en, fr} (measures not in force),
--     since = date (the provision transposed, in whole or in part, since:
--       the earliest `from` of the measures in force in the rows that
--       transpose it; nil when such a row names no measure in force or a
--       measure without `from`) }
-- Records evidence (the measures in force, the rows) and, for "unknown", the
-- open question.  A row naming a measure `measures` does not define is an
-- error naming the row and the key.
function lx.transposition(ctx, ref)
  local id = instrument_of(ref)
  local rec, path = transposition_record(ctx, id)
  local out = { state = "unknown", measures = {}, missing = {} }
  local rows = rows_for(rec, ref)
  if #rows == 0 then
    ctx:ask(path .. ".table", transposition_question(ref))
    return out
  end
  local states, seen = {}, {}
  local since, undated = nil, false
  for _, i in ipairs(rows) do
    local row = rec.table[i]
    local rpath = path .. ".table." .. i
    if row.source or row.note then ctx:cite(rpath, row, { en = "table of correspondence: " .. row.provision }) end
    local in_force, first = 0, nil   -- first: the earliest `from` in force, false if one has none
    for _, mid in ipairs(row.measures or NO_ITEMS) do
      local m = rec.measures and rec.measures[mid]
      if m == nil then
        error(string.format("%s: the row on %s names measure '%s', which %s.measures does not define", rpath, row.provision, mid, path), 0)
      end
      local ok, why = ctx:in_force(m)
      if ok then
        in_force = in_force + 1
        if m.from == nil then first = false
        elseif first ~= false and (first == nil or m.from < first) then first = m.from end
        if not seen[mid] then
          seen[mid] = true
          ctx:cite(path .. ".measures." .. mid, m, m.title)
          out.measures[#out.measures + 1] = { id = mid, title = m.title, source = m.source, from = m.from,
                                              notified = m.notified, refers = m.refers_to_directive }
        end
      else
        out.why = fill_with(TRANSPOSITION_TEXTS.not_in_force, "t", m.title, "w", why)
      end
    end
    local s
    if row.adopted == false then s = "not_adopted"
    elseif #(row.measures or NO_ITEMS) > 0 and in_force == 0 then s = "not_adopted"
    elseif row.adopted == "partly" then s = "partly"
    elseif row.adopted == true or in_force > 0 then s = "adopted"
    else
      s = "unknown"
      ctx:ask(rpath, transposition_question(row.provision))
    end
    if s ~= "adopted" then for _, x in ipairs(row.missing or NO_ITEMS) do out.missing[#out.missing + 1] = x end end
    if s == "adopted" or s == "partly" then
      if not first then undated = true
      elseif since == nil or first < since then since = first end
    end
    states[s] = true
  end
  if not undated then out.since = since end
  if states.unknown then out.state = "unknown"
  elseif states.partly or (states.adopted and states.not_adopted) then out.state = "partly"
  elseif states.not_adopted then out.state = "not_adopted"
  else out.state = "adopted" end
  return out
end

-- The measures as a phrase: "Loi n° ... and Décret n° ...".
local function measure_titles(list)
  local titles = {}
  for i, m in ipairs(list) do titles[i] = m.title end
  return join(titles, SEP_SEMI, SEP_SEMI)
end

-- The date the provision of ctx became due for the State, and whether it is
-- the State's accession: its transposition deadline (ctx.deadline), or the
-- date the directive binds the State from (ctx.bound_since) when that is
-- later, since a State that acceded after the deadline is bound from its
-- accession and is not late for the time before it.  nil when the State is
-- not bound (ctx.bound_since nil: not bound, or only assessed as a
-- prospective party) or the provision has no deadline.
local function due_for_state(ctx)
  local deadline, bound = ctx.deadline, ctx.bound_since
  if deadline == nil or bound == nil then return nil end
  if bound > deadline then return bound, true end
  return deadline, false
end
lx.due_for_state = due_for_state

local LATE = {
  deadline = { en = " Transposed late: in force since {s}, after the deadline of {d}.",
               fr = " Transposition tardive : en vigueur depuis le {s}, après la date limite du {d}." },
  accession = { en = " Transposed late: in force since {s}, after {d}, the date of the State's accession, from which the provision binds it (the deadline had passed before).",
                fr = " Transposition tardive : en vigueur depuis le {s}, après le {d}, date de l'adhésion de l'État, dès laquelle la disposition le lie (la date limite était passée avant)." },
  option = { en = " Transposed late: in force since {s}, after {d}, the date the State took up the option through which the provision binds it (after the deadline).",
             fr = " Transposition tardive : en vigueur depuis le {s}, après le {d}, date à laquelle l'État a retenu l'option par laquelle la disposition le lie (après la date limite)." },
  after = { en = "{e}{l}", fr = "{e}{l}" },   -- the finding's text, then the sentence
}

-- A met or partly met finding of a directive's provision whose measures
-- are in force only since `since` (a date, or nil: not stated), with the
-- sentence "Transposed late: in force since ..., after the deadline of ..."
-- added when `since` is after the date the provision became due for the
-- State (due_for_state).  The status does not change: the law in force at
-- the assessment date is what is rated.  Any other finding, or one on time
-- or whose dates are not known, or that of an optional provision (an option
-- has no deadline to miss), is returned as it is.  `option_from`: the date
-- the State took up the option through which the provision binds it
-- (lx.binding_option), when there is one; taken up after the deadline, it
-- is the date the provision became due.
function lx.noting_late(ctx, finding, since, option_from)
  ctx.late_noted = true   -- said once: lx._run does not say it again
  -- An option ("Les États membres peuvent") has no deadline to miss: a State
  -- may take it up at any time, so it is never late.
  if ctx.level == "optional" then return finding end
  if since == nil or not (finding.status == "met" or finding.status == "partly_met") then return finding end
  local due, acceded = due_for_state(ctx)
  if due == nil then return finding end
  local words = acceded and LATE.accession or LATE.deadline
  if option_from and option_from > due then due, words = option_from, LATE.option end
  if since <= due then return finding end
  local late = fill_with(words, "s", since, "d", due)
  local text = fill_with(LATE.after, "e", finding.explanation, "l", late)
  if finding.status == "met" then return ctx:met(text, finding.option) end
  return ctx:partly(text, finding.missing)
end

-- The finding r of a directive's provision whose check read its measures
-- through the measure patterns (ctx.dated_since, see dated_measure), with
-- "Transposed late: ..." when every one of them entered into force after the
-- provision was due (lx.noting_late), said once, after the whole finding
-- (lx.all_of joins its parts' explanations: the parts do not say it).
-- Left as it is when the check said it itself (lx.noting_late,
-- lx.transposition_finding), when a measure's date is not known, or when
-- the provision binds the State only through an option it took up no
-- earlier than those measures (lx.binding_option).
function lx._noting_late_measures(ctx, r)
  local since, option = ctx.dated_since, ctx.option_since
  if ctx.late_noted or option == false or (option and since <= option) then return r end
  return lx.noting_late(ctx, r, since, option)
end

-- The measure at path (as ctx:measure) by which the State takes up an
-- option of the directive that the provision binds it through (2004/81
-- art. 10 binds only a State that applies the directive to minors, art.
-- 3(3)).  In force, it marks the date the provision bound the State from:
-- its measures in force by that date are not late (lx._noting_late_measures;
-- an undated option: not known, not said).
function lx.binding_option(ctx, path)
  local m = ctx:measure(path)
  if m.state == "adopted" or m.state == "partly" then ctx.option_since = m.raw.from or false end
  return m
end

-- lx.transposition as a finding (the pattern of lx.measure_finding):
--   adopted -> met, partly -> partly_met (with the row's missing), not
--   adopted -> not_met, unknown -> unknown; met and partly met say when the
--   transposition was late (lx.noting_late).
function lx.transposition_finding(ctx, ref, opts)
  local what = bilingual(opts.what, "what")
  local t = lx.transposition(ctx, ref)
  -- (what is a copy of two strings, by texts lx.t has just made or none: the
  -- commonest sentences are put together by concatenation, as lx.t fills them)
  local by = #t.measures > 0 and fill_with(TRANSPOSITION_TEXTS.by, "m", (measure_titles(t.measures))) or NO_TEXT
  if t.state == "adopted" then
    return lx.noting_late(ctx, met_fresh(ctx, { en = "National law" .. by.en .. " transposes " .. what.en .. ".", fr = "Le droit national" .. by.fr .. " transpose " .. what.fr .. "." }), t.since)
  elseif t.state == "partly" then
    local missing = {}
    for i, x in ipairs(t.missing) do missing[i] = x end
    if #missing == 0 then missing[1] = what end
    local short = join(missing, SEP_SEMI, SEP_SEMI)
    return lx.noting_late(ctx, partly_fresh(ctx, fill_with(TRANSPOSITION_TEXTS.partly,
      "w", what, "b", by, "d", short), missing), t.since)
  elseif t.state == "not_adopted" then
    local why = t.why and fill_with(TRANSPOSITION_TEXTS.why, "r", t.why) or NO_TEXT
    local missing = #t.missing > 0 and t.missing or { what }
    return not_met_fresh(ctx, fill_with(TRANSPOSITION_TEXTS.not_adopted, "w", what, "y", why), missing)
  end
  return unknown_fresh(ctx, { en = "The table of correspondence does not say how national law transposes " .. what.en .. ".",
                              fr = "Le tableau de correspondance n'indique pas comment le droit national transpose " .. what.fr .. "." })
end

-- Did the State use the option the directive opens in `ref`?  true, false,
-- or nil (the open question is recorded).  The entry is cited.
function lx.directive_option(ctx, ref)
  local rec, path = transposition_record(ctx, instrument_of(ref))
  for i, o in ipairs(rec and rec.options or NO_ITEMS) do
    if o.provision == ref then
      ctx:cite(path .. ".options." .. i, o, { en = "option of " .. ref .. (o.used and ": used" or ": not used") })
      return o.used
    end
  end
  ctx:ask(path .. ".options")
  return nil
end

-- Every transposing measure of directive `id` in force at the as-of date,
-- sorted by identifier: { { id, m } }.
function lx.transposing_measures(ctx, id)
  local rec = transposition_record(ctx, id)
  local ids = {}
  for mid in pairs(rec and rec.measures or NO_ITEMS) do ids[#ids + 1] = mid end
  table.sort(ids)
  local out = {}
  for _, mid in ipairs(ids) do
    if ctx:in_force(rec.measures[mid]) then out[#out + 1] = { id = mid, m = rec.measures[mid] } end
  end
  return out
end

-- A list of measures' names in a sentence, joined by semicolons.
local function measures_list(l) return join(l, SEP_SEMI, SEP_SEMI) end

-- A template of each_measure filled (fill_with's pairs: one or two); a
-- title ending in a full stop ("art. L. 232-1 et seq.") ends the sentence.
local function measures_sentence(template, n1, v1, n2, v2)
  local t
  if n2 then t = fill_with(template, n1, v1, n2, v2) else t = fill_with(template, n1, v1) end
  return { en = (t.en:gsub("%.%.$", ".")), fr = (t.fr:gsub("%.%.$", ".")) }
end

-- A formal duty checked measure by measure: test(m, ctx) is true, false or
-- nil (not stated); `applies(m, opt)` filters the measures the duty
-- concerns (opt: the caller's); `label(m, r)` names a measure in the
-- explanations (default: its title).  texts = { duty = {en, fr} (what each
-- measure must do, "{t}" the measure), none = {en, fr} (no measure
-- concerned), question = {en, fr}, and the explanations, each naming the
-- measures: met ("{y}"), not_met ("{n}"), partly ("{y}", "{n}"), unknown
-- ("{u}") }: a file-level table only fill_with reads (the text handed to
-- ctx:unknown is a copy).
local function each_measure(ctx, id, applies, opt, test, texts, label)
  local _, path = transposition_record(ctx, id)
  local yes, no, unknown, missing = {}, {}, {}, {}
  for _, e in ipairs(lx.transposing_measures(ctx, id)) do
    if applies(e.m, opt) then
      ctx:cite(path .. ".measures." .. e.id, e.m, e.m.title)
      local r = test(e.m, ctx)
      local name = label and label(e.m, r) or e.m.title
      if r == true then yes[#yes + 1] = name
      elseif r == false then
        no[#no + 1] = name
        missing[#missing + 1] = fill_with(texts.duty, "t", e.m.title)
      else
        unknown[#unknown + 1] = name
        ctx:ask(path .. ".measures." .. e.id, fill_with(texts.question, "t", e.m.title))
      end
    end
  end
  if #yes + #no + #unknown == 0 then
    ctx:ask(path .. ".measures")
    return ctx:unknown({ en = texts.none.en, fr = texts.none.fr })
  end
  if #unknown > 0 then
    return ctx:unknown(measures_sentence(texts.unknown, "u", measures_list(unknown)), missing)
  end
  if #no == 0 then return ctx:met(measures_sentence(texts.met, "y", measures_list(yes))) end
  if #yes == 0 then return ctx:not_met(measures_sentence(texts.not_met, "n", measures_list(no)), missing) end
  return ctx:partly(measures_sentence(texts.partly, "y", measures_list(yes), "n", measures_list(no)), missing)
end

-- The texts of lx.measures_refer_to_directive (each_measure's).
local REFERS_TEXTS = {
  duty = { en = "a reference to the directive in {t} or on its official publication", fr = "une référence à la directive dans {t} ou lors de sa publication officielle" },
  none = { en = "The profile lists no measure adopted to transpose the directive that is in force at the assessment date, so whether they refer to it cannot be checked.",
           fr = "Le profil ne mentionne aucune mesure adoptée pour transposer la directive qui soit en vigueur à la date d'évaluation ; leur référence à celle-ci ne peut être vérifiée." },
  question = { en = "Does {t} contain a reference to the directive, or was it accompanied by one on its official publication?",
               fr = "{t} contient-elle une référence à la directive, ou en a-t-elle été accompagnée lors de sa publication officielle ?" },
  met = { en = "Every measure adopted to transpose the directive refers to it, in its text or on its official publication: {y}.",
          fr = "Chaque mesure adoptée pour transposer la directive y fait référence, dans son texte ou lors de sa publication officielle : {y}." },
  not_met = { en = "The measures adopted to transpose the directive neither contain a reference to it nor were accompanied by one on their official publication: {n}.",
              fr = "Les mesures adoptées pour transposer la directive n'y font pas référence et n'en ont pas été accompagnées lors de leur publication officielle : {n}." },
  partly = { en = "Some measures adopted to transpose the directive refer to it ({y}); others neither contain a reference nor were accompanied by one on publication ({n}).",
             fr = "Certaines mesures adoptées pour transposer la directive y font référence ({y}) ; d'autres n'y font pas référence et n'en ont pas été accompagnées lors de leur publication ({n})." },
  unknown = { en = "The profile does not say whether these measures adopted to transpose the directive refer to it: {u}.",
              fr = "Le profil n'indique pas si ces mesures adoptées pour transposer la directive y font référence : {u}." },
}

-- Whether a measure was adopted for the directive (law that existed before
-- it, kind = "pre_existing", was not), and whether it refers to it.
local function adopted_for_directive(m) return m.kind ~= "pre_existing" end
local function refers_to_directive(m) return m.refers_to_directive end

-- Final articles: measures adopted to transpose the directive contain a
-- reference to it or are accompanied by one on official publication.  Law
-- that existed before the directive (kind = "pre_existing") was not adopted
-- for it and is left out.
function lx.measures_refer_to_directive(ctx, id)
  return each_measure(ctx, id, adopted_for_directive, nil, refers_to_directive, REFERS_TEXTS)
end

-- The texts of lx.measures_notified (each_measure's), and how a measure is
-- named by when it was notified.
local NOTIFIED_TEXTS = {
  duty = { en = "the communication of {t} to the Commission", fr = "la communication de {t} à la Commission" },
  none = { en = "The profile lists no national measure transposing the directive that is in force at the assessment date, so their communication to the Commission cannot be checked.",
           fr = "Le profil ne mentionne aucune mesure nationale de transposition en vigueur à la date d'évaluation ; leur communication à la Commission ne peut être vérifiée." },
  question = { en = "Was {t} notified to the Commission as a national transposition measure, and when?",
               fr = "{t} a-t-elle été notifiée à la Commission comme mesure nationale de transposition, et quand ?" },
  met = { en = "The State notified the Commission of its measures: {y}.",
          fr = "L'État a notifié ses mesures à la Commission : {y}." },
  not_met = { en = "By the assessment date the State had not notified the Commission of its measures: {n}.",
              fr = "À la date d'évaluation, l'État n'avait pas notifié ses mesures à la Commission : {n}." },
  partly = { en = "The State notified the Commission of some of its measures ({y}), not of others by the assessment date ({n}).",
             fr = "L'État a notifié à la Commission certaines de ses mesures ({y}), mais pas d'autres à la date d'évaluation ({n})." },
  unknown = { en = "The profile does not say whether or when these measures were notified to the Commission: {u}.",
              fr = "Le profil n'indique pas si ni quand ces mesures ont été notifiées à la Commission : {u}." },
  on = { en = "{t} (notified on {d})", fr = "{t} (notifiée le {d})" },
  only_on = { en = "{t} (notified only on {d})", fr = "{t} (notifiée seulement le {d})" },
}

-- each_measure's filter, test and label for lx.measures_notified (opt:
-- adopted_only).
local function notified_applies(m, adopted_only) return not adopted_only or m.kind ~= "pre_existing" end
local function notified_by(m, ctx)
  if m.notified == nil then return nil end
  return m.notified <= ctx.as_of
end
local function notified_label(m, r)
  if r == true then return fill_with(NOTIFIED_TEXTS.on, "t", m.title, "d", m.notified) end
  if r == false then return fill_with(NOTIFIED_TEXTS.only_on, "t", m.title, "d", m.notified) end
  return m.title
end

-- Final articles: the national measures were communicated (notified) to the
-- Commission by the as-of date.  opts.adopted_only: only the measures
-- adopted for the directive (not kind = "pre_existing"), for the duty to
-- communicate "the provisions of national law which they adopt".  A measure
-- notified after the as-of date is named with the date it was notified.
function lx.measures_notified(ctx, id, opts)
  local adopted_only = opts and opts.adopted_only
  return each_measure(ctx, id, notified_applies, adopted_only, notified_by, NOTIFIED_TEXTS, notified_label)
end

-- Does the State make extradition conditional on a treaty (UNTOC 16(4),
-- 16(5), 16(6))?  true, false, or nil (the question is then recorded).  The
-- rule must declare the fact extradition.treaty_required.
function lx.extradition_treaty_required(ctx)
  local t = ctx:fact("extradition.treaty_required")
  local r = t and t.required
  if r == nil then ctx:ask("extradition.treaty_required") end
  return r
end

---------------------------------------------------------------------------
-- Pattern: a recommendation of good practice (a soft-law pack, docs/rules.md
-- "Soft law and serves").  Nothing here is a duty: the finding says whether
-- the State follows the recommendation, in those words, never "gap".
--
-- spec = {
--   by = { en = "Conference decision 3/2", fr = "la décision 3/2 de la Conférence" },
--   presupposes = "untoc",  -- made to the parties of this instrument (optional)
--   only_if = { holds = function(ctx) return true | false | nil end,
--               reason = { en, fr }, unknown = { en, fr } },
--             -- a condition of the recommendation (optional), as lx.only_if;
--             -- read only for a party, so that it asks nothing of others
--   practice = {            -- what the recommendation asks, all of it:
--     { path = "cooperation_practice.request_tracking", what = { en, fr } },   -- a measure
--     { notification = "untoc:18.13", what = { en, fr }, question = { en, fr } },  -- a dated notification
--   },
-- }
--   not a party to spec.presupposes at the as-of date, as the engine decides
--   it from that instrument's descriptor (ctx:bound_by: false; nil, the
--   profile records nothing, is assessed as if a party) -> not_applicable
--   every part adopted -> met (followed); some -> partly_met (partly followed);
--   none -> not_met (not followed: advised); any part unknown -> unknown
---------------------------------------------------------------------------
-- Where a measure stands, as ctx:measure would say, without citing it or
-- asking anything: "adopted", "partly", "not_adopted" (also when not in
-- force at the as-of date) or "unknown".
local function measure_state_quiet(ctx, path)
  local v = ctx.profile
  for _, k in ipairs(split_kept[path] or split(path)) do
    if type(v) ~= "table" then return "unknown" end
    v = v[k]
  end
  if type(v) ~= "table" or v.adopted == nil then return "unknown" end
  if v.adopted == false then return "not_adopted" end
  if (v.from and v.from > ctx.as_of) or (v.repealed and v.repealed <= ctx.as_of) then return "not_adopted" end
  return v.adopted == "partly" and "partly" or "adopted"
end

-- Where the measure at `path` stands at the as-of date ("adopted",
-- "partly", "not_adopted", "unknown"), read quietly: nothing cited, nothing
-- asked.  For a rule that chooses what to read from what the profile says
-- (a soft-law recommendation whose parts imply one another); the path must
-- be among the rule's facts.
function lx.stated(ctx, path)
  ctx:_check_declared(path)
  return measure_state_quiet(ctx, path)
end

-- A part of a recommendation that any one of several measures answers
-- (routes = { { path, what }, ... }: joint investigations by agreement or
-- agreed case by case): the route to read, the best stated (adopted, then
-- in part, then not stated, then not adopted; the first on a tie).  The
-- other routes left open are asked about only when no route is followed.
local ROUTE_RANK = { adopted = 4, partly = 3, unknown = 2, not_adopted = 1 }
local function route_taken(ctx, routes)
  local best, best_rank, states = nil, 0, {}
  for i, route in ipairs(routes) do
    ctx:_check_declared(route.path)
    local st = measure_state_quiet(ctx, route.path)
    states[i] = st
    if ROUTE_RANK[st] > best_rank then best, best_rank = route, ROUTE_RANK[st] end
  end
  if best_rank < 3 then
    for i, route in ipairs(routes) do
      if route ~= best and states[i] == "unknown" then ctx:ask(route.path) end
      if route ~= best and states[i] == "not_adopted" then ctx:measure(route.path) end   -- cited as evidence
    end
  end
  return { path = best.path, what = text_checked(best.what, "what") }
end

-- lx.good_practice's texts (only lx.t reads them).
local GOOD_PRACTICE_TEXTS = {
  notified = { en = "It notified {w} on {d}.", fr = "Il a notifié {w} le {d}." },
  not_notified = { en = "The profile records no notification of {w}.", fr = "Le profil n'indique aucune notification de {w}." },
  not_made = { en = "Among the notifications the profile lists, none of {w} was made by the assessment date.",
               fr = "Parmi les notifications que le profil énumère, aucune de {w} n'a été faite à la date d'évaluation." },
  -- the finding's lead, by its status, in each language: the words before
  -- and after `by`; the text follows it (put together by concatenation:
  -- by is a string or a table of two strings, text_checked's; the text a
  -- table of two strings that lx.t or lx.join has just made)
  lead = {
    met = { en = { "Followed: the State does what ", " recommends. " }, fr = { "Suivie : l'État fait ce que recommande ", ". " } },
    partly_met = { en = { "Partly followed: the State does some of what ", " recommends; the rest is advised. " },
                   fr = { "Partiellement suivie : l'État fait une partie de ce que recommande ", " ; le reste lui est conseillé. " } },
    not_met = { en = { "Not followed: ", " recommends it, and the State is advised to consider it. " },
                fr = { "Non suivie : ", " la recommande, et il est conseillé à l'État de l'envisager. " } },
    unknown = { en = { "Whether the State follows what ", " recommends is not known. " }, fr = { "On ne sait pas si l'État suit ce que recommande ", ". " } },
  },
}

function lx.good_practice(ctx, spec)
  -- by and each part's what are checked as bilingual checks them and read
  -- as they are (lx.t fills them; a what listed as missing is copied when
  -- the finding is finished)
  local by = text_checked(spec.by, "by")
  if spec.presupposes and bound_by(ctx, spec.presupposes, 3) == false then
    return not_applicable_fresh(ctx, fill_with({
      en = "The State is not a party to {i} at the assessment date; this recommendation ({b}) is made to its parties and presupposes the Convention.",
      fr = "L'État n'est pas partie à {i} à la date d'évaluation ; cette recommandation ({b}) s'adresse à ses parties et présuppose la convention." },
      "i", { en = spec.presupposes:upper(), fr = spec.presupposes:upper() }, "b", by))
  end
  -- a condition of the recommendation: not applicable where it does not
  -- hold; where the profile does not say, the practice is read all the
  -- same and a followed finding kept (the State does what is recommended,
  -- whether or not the recommendation reaches it), anything else unknown
  -- (as lx.if_nationals_refused reads a condition of a treaty)
  local open_condition = nil
  if spec.only_if then
    local holds = spec.only_if.holds(ctx)
    if holds == nil then open_condition = spec.only_if.unknown
    else
      local stop = lx.only_if(ctx, holds, spec.only_if.reason, spec.only_if.unknown)
      if stop then return stop end
    end
  end
  local measures = {}
  local notified = {}
  local listed = nil   -- does the profile list its notifications (then one not listed was not made)?
  for _, part in ipairs(spec.practice) do
    if part.notification then
      local n = ctx:notification(part.notification)
      if listed == nil then listed = ctx:fact("notifications") ~= nil end
      if n == nil and not listed then ctx:ask("notifications", part.question) end
      notified[#notified + 1] = { found = n ~= nil, what = text_checked(part.what, "what"), date = n and n.date }
    elseif part.routes then
      measures[#measures + 1] = route_taken(ctx, part.routes)
    else
      measures[#measures + 1] = { path = part.path, what = text_checked(part.what, "what") }
    end
  end
  local r = all_measures(ctx, measures, WHATS_CHECKED)
  local status, body = r.status, r.text   -- joined alone, the measures' text is itself
  if #measures == 0 then status = "met" end
  local missing = r.missing or {}
  if #notified > 0 or #measures == 0 then   -- the texts joined: the measures', then each notification's
    local texts = #measures == 0 and {} or { r.text }
    -- the parts counted as lx.all_of counts them: every one followed,
    -- none, some; any unknown makes the whole unknown
    local done, undone = 0, 0
    if #measures > 0 then
      if status == "met" then done = 1 elseif status == "not_met" then undone = 1
      elseif status == "partly_met" then done, undone = 1, 1 end
    end
    for _, n in ipairs(notified) do
      if n.found then
        texts[#texts + 1] = fill_with(GOOD_PRACTICE_TEXTS.notified, "w", n.what, "d", n.date)
        done = done + 1
      else
        if listed then
          texts[#texts + 1] = fill_with(GOOD_PRACTICE_TEXTS.not_made, "w", n.what)
          missing[#missing + 1] = n.what
          undone = undone + 1
        else
          texts[#texts + 1] = fill_with(GOOD_PRACTICE_TEXTS.not_notified, "w", n.what)
          status = "unknown"
        end
      end
    end
    if status ~= "unknown" then
      status = undone == 0 and "met" or (done == 0 and "not_met" or "partly_met")
    end
    body = join(texts, SEP_SPACE, SEP_SPACE)
  end
  if open_condition and status ~= "met" then
    status = "unknown"
    body = join({ bilingual(open_condition, "only_if.unknown"), body }, SEP_SPACE, SEP_SPACE)
  end
  local T = GOOD_PRACTICE_TEXTS
  local lead, by_en, by_fr = T.lead[status], by.en, nil   -- by's text in each language (a string has no en: itself)
  if by_en == nil then by_en, by_fr = by, by else by_fr = by.fr end
  local text = { en = lead.en[1] .. by_en .. lead.en[2] .. body.en, fr = lead.fr[1] .. by_fr .. lead.fr[2] .. body.fr }
  -- lx.finding_of's finding, with the text just made taken as it is
  if status == "met" then return met_fresh(ctx, text) end
  if status == "unknown" then return unknown_fresh(ctx, text, missing) end
  if status == "not_met" then return not_met_fresh(ctx, text, missing) end
  return partly_fresh(ctx, text, missing)
end

return lx
