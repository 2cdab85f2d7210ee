# Profiles converted to Lua as rules read them (sourced by tests/e2e/run.sh;
# issue 13).
#
# A profile table becomes a Lua table when a rule first reads it, from a
# copy of the profile the Lua state owns.  A rule file may keep a view of
# one profile and read it while the next is assessed (its own locals
# persist), after the batch has freed the first profile: it must read that
# profile's law, whole (under the sanitizer build, reading freed memory
# fails the run).  The kept view is read the first time then; the same rule
# reading at once gives the same text.  Writes into views not converted yet
# are tests/fixtures/hostile/lazy-views.lua (isolation.sh).
LV=$TMP/lazy-views
mkdir -p "$LV"
cp -R "$RULES" "$LV/rules"
cat > "$LV/rules/untoc/art01-kept.lua" <<'LUA'
local kept   -- the offences of the first profile assessed, not read while it was
local function listed(offences)
  local ids = {}
  for id, o in pairs(offences) do ids[#ids + 1] = id .. " = " .. tostring(o.source) .. " / " .. tostring(o.conduct and o.conduct[1]) end
  table.sort(ids)
  return table.concat(ids, "; ")
end
obligation { ref = "untoc:1.30", clause = "kept", level = "mandatory", title = { en = "kept", fr = "kept" },
  category = "implementation", cluster = 1, text = { en = "kept" }, facts = { "offences" },
  check = function(ctx)
    if kept == nil then
      kept = ctx.profile.offences
      return ctx:met("now: " .. listed(ctx.profile.offences))
    end
    return ctx:met("kept: " .. listed(kept))
  end }
LUA
lv_text() {   # lv_text PROFILE...: the kept rule's explanations, one line each
  timeout 300 "$LEXGAP" assess --rules "$LV/rules" --as-of 2026-01-01 --fail-on none --format json "$@" 2> "$LV/err" |
    jq -r '.assessments[].findings[] | select(.id | startswith("untoc:1.30")) | .explanation.en'
}
lv_text "$ROOT/profiles/france.lua" > "$LV/alone"
lv_text "$ROOT/profiles/france.lua" "$ROOT/profiles/borduria.lua" "$ROOT/profiles/arcadia.lua" > "$LV/batch"
if [ "$(sed -n 1p "$LV/batch")" = "$(cat "$LV/alone")" ] && grep -q "^now: .*Code pénal" "$LV/alone"; then
  ok "lazy views: the first profile's offences read as it is assessed"
else fail "lazy views: the first profile's offences read as it is assessed" "$LV/err"; fi
if [ "$(sed -n 2p "$LV/batch")" = "$(sed 's/^now:/kept:/' "$LV/alone")" ] &&
   [ "$(sed -n 3p "$LV/batch")" = "$(sed -n 2p "$LV/batch")" ]; then
  ok "lazy views: a view kept from the first profile reads its law while the next ones are assessed"
else fail "lazy views: a view kept from the first profile reads its law while the next ones are assessed" "$LV/batch"; fi
