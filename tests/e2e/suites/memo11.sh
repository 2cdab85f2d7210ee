# The library's memos per rule file (memo11; sourced by tests/e2e/run.sh;
# issue 13, design.md "Threat model", "nothing writable shared between
# rules").
#
# The rule library keeps memos between rules (a path's parts, the paths a
# path is below, a template's pieces, negated texts, the schema's
# questions): a key's miss is paid under the budgets of the rule that asks
# it, a hit is nearly free.  They are kept per rule file: what the rules of
# one file do never changes what those of another pay.
# tests/fixtures/memo11/tight.lua spends all but a little of its
# instruction budget in a loop, then uses the memos (uses.lua) three times
# over; other.lua, another file, runs before it and either uses the same
# keys first (warm) or fills every memo with more than its 4,096 keys
# (flood).  The suite finds the longest loop with which the tight rule is
# met alone, and requires it met with that loop, and out of budget with
# one turn more, after either: the same count to the instruction.
# The same for the memo of paths found declared (fix11):
# declared-tight.lua and declared-other.lua put the engine's profile view,
# which every file's rules can reach, in their contexts' place of declared
# facts; only the engine's own `facts` lists have a memo, so the tight
# rule's count is the same alone, after the other file read the same paths
# against that view, and after it read 4,200 of its own (on f36c475:
# 7,218 turns more after the first, 8,182 fewer after the second).

. "$ROOT/tests/e2e/lib/tight-rule.sh"
memo11_rule() {    # memo11_rule NAME SPIN MODE: the fixture NAME, uses.lua pasted in (unused by the declared- ones)
  local f="$FIX/memo11"
  { echo "local uses = (function()"; cat "$f/uses.lua"; echo "end)()"
    sed -e '/--\[\[USES\]\]/d' -e "s/0 --\[\[SPIN\]\]/$2/" -e "s/'warm' --\[\[MODE\]\]/'$3'/" "$f/$1.lua"; }
}
memo11_tight() {   # memo11_tight DIR SPIN ORDER (alone, warm, flood) CASE ("" or declared-): the tight rule's finding
  local d=$1
  rm -f "$d/rules/untoc/other.lua"
  [ "$3" = alone ] || memo11_rule "$4other" 0 "$3" > "$d/rules/untoc/other.lua"
  memo11_rule "$4tight" "$2" warm > "$d/rules/untoc/tight.lua"
  timeout 60 "$LEXGAP" assess --rules "$d/rules" --as-of 2026-01-01 --format json --fail-on none "$ROOT/profiles/france.lua" 2>/dev/null \
    | jq -r '.assessments[].findings[] | select(.rule.file | endswith("/tight.lua")) | .status + " " + (.explanation.en // "") + " " + (.error.message // "")'
}

memo11_alone() {   # memo11_alone DIR CASE SPIN: memo11_tight alone
  memo11_tight "$1" "$3" alone "$2"
}

d="$TMP/memo11"
declare -A verb=([warm]="warmed" [flood]="flooded")
declare -A what=([memos]="the library's memos" [declared]="the engine's profile view as its declared list")
declare -A prefix=([memos]="" [declared]="declared-")
untoc_frame "$d"
for case in memos declared; do
  lo=19900000 hi=20000000
  if [ "$(memo11_tight "$d" $lo alone "${prefix[$case]}" | cut -d' ' -f1)" != met ]; then
    fail "memo11: the tight rule using ${what[$case]} is not met even with 100,000 instructions left"
    continue
  fi
  lo=$(longest_met $lo $hi memo11_alone "$d" "${prefix[$case]}")
  memo11_tight "$d" $lo alone "${prefix[$case]}" > "$d/alone"
  for o in warm flood; do
    memo11_tight "$d" $lo $o "${prefix[$case]}" > "$d/$o"
    memo11_tight "$d" $((lo + 1)) $o "${prefix[$case]}" > "$d/$o+1"
    if grep -q '^met used with little left' "$d/alone" && cmp -s "$d/alone" "$d/$o" && grep -q '^error .*instruction budget' "$d/$o+1"; then
      ok "memo11: a rule with little budget left using ${what[$case]}: the same finding alone and after another file's rule that ${verb[$o]} them, the same count to the instruction"
    else
      fail "memo11: using ${what[$case]}, after another file's rule that ${verb[$o]} them, the tight rule's count differs from alone (met alone with a loop of $lo, not one more)"
      for f in alone $o $o+1; do echo "     $f: $(cut -c1-200 "$d/$f")"; done
    fi
  done
done
