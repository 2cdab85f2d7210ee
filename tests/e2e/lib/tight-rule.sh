# Helpers of the suites that measure a rule with a tight instruction budget
# against another file's rule (acct10.sh, memo11.sh; sourced by them).

untoc_frame() {    # untoc_frame DIR: the untoc pack's frame in DIR/rules, without its rules
  mkdir -p "$1/rules/untoc"
  cp -R "$RULES/schema.lua" "$RULES/schema" "$RULES/eu-members.lua" "$1/rules/"
  cp -R "$RULES/untoc/instrument.lua" "$RULES/untoc/levels.lua" "$RULES/untoc/texts" "$1/rules/untoc/"
}

# longest_met LO HI COMMAND...: the longest loop SPIN, LO <= SPIN < HI, with
# which `COMMAND... SPIN` prints a finding whose status is met, found by
# bisection (LO must be met and HI not; the finding met with fewer turns).
longest_met() {
  local lo=$1 hi=$2 mid
  shift 2
  while [ $((hi - lo)) -gt 1 ]; do
    mid=$(( (lo + hi) / 2 ))
    if [ "$("$@" $mid | cut -d' ' -f1)" = met ]; then lo=$mid; else hi=$mid; fi
  done
  echo "$lo"
}
