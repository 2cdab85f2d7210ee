# The library's caches and engine work (acct10, mended by fix10; sourced
# by tests/e2e/run.sh; issue 13, design.md "Threat model").
#
# The offence list and its conduct index, kept by the rule library between
# the rules of an evaluation, are built as the engine's work when the
# engine begins the evaluation, charged to no rule: a rule's finding must
# not depend on whether a rule before it asked first.  The schema
# questions' memo is not engine work (fix10, the lead's decision after
# round ten's review: engine work is never run inside a rule's call): a
# path's question is found and kept under the budgets of the first rule
# that asks it, but in a memo of that rule's file (memo11: the library's
# memos per rule file), so that across files, as here, the first asker of
# another file changes nothing either.
# tests/fixtures/acct10/tight.lua spends all but a little of its
# instruction budget in a loop, then asks for the offences, the offences
# covering conduct elements, or schema questions (asks.lua); builder.lua
# asks the same with room to spare.  For each kind of question the suite
# finds the longest loop with which the tight rule is met when the builder
# runs first (the cheapest case on an engine that charged the caches to
# the first rule that asks), takes 300 instructions off (less than
# building any of the three costs: about 1,000 to 2,200 on France), and
# requires, for each kind, the tight rule met with the same finding alone,
# after the builder, before it, and after a builder that then runs
# lx._run twice (review of acct10, finding 2: the caches left on the
# engine's values but not made by the engine, which the engine's next
# lx._begin must make again; for the questions, another schema given to
# begin, which empties no memo of another file); and that the longest
# loop is the same in every order, to the instruction.  (Before memo11,
# for the questions, the known limit: met after the builder, out of its
# budget alone and before it, paying for the fifteen searches itself.)

. "$ROOT/tests/e2e/lib/tight-rule.sh"
acct10_rule() {    # acct10_rule NAME KIND SPIN CLAUSE [RERUN]: the fixture NAME, asks.lua pasted in
  local f="$FIX/acct10"
  { echo "local asks = (function()"; sed "s/'all' --\[\[KIND\]\]/'$2'/" "$f/asks.lua"; echo "end)()"
    sed -e '/--\[\[ASKS\]\]/d' -e "s/0 --\[\[SPIN\]\]/$3/" -e "s/'untoc:1\.4'/'untoc:1.$4'/" \
        -e "s/false --\[\[RERUN\]\]/${5:-false}/" "$f/$1.lua"; }
}
acct10_tight() {   # acct10_tight DIR KIND SPIN ORDER: the tight rule's status and explanation
  local d=$1
  rm -f "$d/rules/untoc/builder.lua"
  case $4 in
    first) acct10_rule builder "$2" 0 4 > "$d/rules/untoc/builder.lua" ;;
    after) acct10_rule builder "$2" 0 6 > "$d/rules/untoc/builder.lua" ;;
    rerun) acct10_rule builder "$2" 0 4 true > "$d/rules/untoc/builder.lua" ;;
  esac
  acct10_rule tight "$2" "$3" 5 > "$d/rules/untoc/tight.lua"
  timeout 60 "$LEXGAP" assess --rules "$d/rules" --as-of 2026-01-01 --format json --fail-on none "$ROOT/profiles/france.lua" 2>/dev/null \
    | jq -r '.assessments[].findings[] | select(.rule.file | endswith("/tight.lua")) | .status + " " + (.explanation.en // "") + " " + (.error.message // "")'
}

acct10_first() {   # acct10_first DIR KIND SPIN: acct10_tight in the order first
  acct10_tight "$1" "$2" "$3" first
}

for kind in offences covering questions; do
  d="$TMP/acct10-$kind"
  untoc_frame "$d"
  lo=19900000 hi=20000000
  if [ "$(acct10_tight "$d" $kind $lo first | cut -d' ' -f1)" != met ]; then
    fail "acct10: the tight rule ($kind) is not met even with 100,000 instructions left"
    continue
  fi
  lo=$(longest_met $lo $hi acct10_first "$d" $kind)
  spin=$((lo - 300))
  for o in first alone after rerun; do acct10_tight "$d" $kind $spin $o > "$d/$o"; done
  if grep -q '^met asked with little left' "$d/first" && cmp -s "$d/first" "$d/alone" && cmp -s "$d/first" "$d/after" \
     && cmp -s "$d/first" "$d/rerun"; then
    ok "acct10: a rule with little budget left asking for $kind: the same finding alone, after and before the rule that asks first, and after one that ran lx._run twice"
  else
    fail "acct10: $kind: the tight rule's finding depends on the rules before it (loop of $spin)"
    for o in first alone after rerun; do echo "     $o: $(cut -c1-200 "$d/$o")"; done
  fi
  # to the instruction: the longest loop met after the builder is met, and one turn more is not, in every order
  exact=ok
  for o in alone after rerun; do
    [ "$(acct10_tight "$d" $kind $lo $o | cut -d' ' -f1)" = met ] || exact="met $o with a loop of $lo: no"
    [ "$(acct10_tight "$d" $kind $((lo + 1)) $o | cut -d' ' -f1)" = met ] && exact="met $o with a loop of $((lo + 1)): yes"
  done
  if [ "$exact" = ok ]; then ok "acct10: $kind: the tight rule's count is the same to the instruction in every order"
  else fail "acct10: $kind: the tight rule's count depends on the order ($exact)"; fi
done
