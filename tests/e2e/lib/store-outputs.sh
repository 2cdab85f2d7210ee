# A helper of the suites that migrate an old store (store-integrity.sh,
# store-obligations.sh, store-checks.sh; sourced by them).

# outputs_as_before LABEL DB SCRATCH EXPECTED: each line of standard input,
# "FILE ARGS...", runs `lexgap ARGS... --db DB` and passes when its output,
# with DB written as "DB", is byte for byte EXPECTED/FILE (made by the
# lexgap that wrote the old store); the output is kept as SCRATCH/FILE.
outputs_as_before() {
  local label=$1 db=$2 scratch=$3 expected_dir=$4 expected args
  while read -r expected args; do
    # shellcheck disable=SC2086
    "$LEXGAP" $args --db "$db" > "$scratch/out" 2> "$scratch/err"
    sed "s|$db|DB|g" "$scratch/out" > "$scratch/$expected"
    if cmp -s "$scratch/$expected" "$expected_dir/$expected"; then ok "$label: $args unchanged"
    else fail "$label: $args unchanged" "$scratch/err"; diff "$expected_dir/$expected" "$scratch/$expected" | head -10; fi
  done
}
