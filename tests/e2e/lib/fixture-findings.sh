# Helpers for the suites that hold a fixture rule file's findings to those
# an earlier engine gave (sourced by tests/e2e/suites/evallib.sh and
# lib3.sh, through fixture_checks; they use run.sh's $TMP, $RULES, $LEXGAP and $ROOT).
#
# fixture_findings TAG FIXTURE NAME PROFILE...: copies the bundled rules to
# $TMP/TAG/rules with FIXTURE added as untoc/NAME, assesses the profiles
# (UNTOC, prospective, as of 2026 and 2008, JSON) and writes the fixture's
# findings (date, State, id, status, texts, option, lists, error file, line
# and message; a line of the library masked) to $TMP/TAG/got.jsonl.
# Returns 0 when both runs exited 1 (findings with gaps) and some finding
# was written, else 1.
fixture_findings() {
  local tag=$1 fixture=$2 name=$3 dir=$TMP/$1 rc rc_all=0 d
  shift 3
  mkdir -p "$dir"
  cp -R "$RULES" "$dir/rules"
  cp "$fixture" "$dir/rules/untoc/$name"
  : > "$dir/got.jsonl"
  for d in 2026-01-01 2008-01-01; do
    timeout 300 "$LEXGAP" assess --rules "$dir/rules" --instrument untoc --as-of $d --prospective --format json --fail-on none \
      "$@" > "$dir/raw.json" 2> "$dir/err"
    rc=$?
    [ "$rc" -eq 1 ] || rc_all=$rc
    jq -c --arg d $d --arg f "/$name" '.assessments[] | .profile.state_code as $s | .findings[] | select(.rule.file | endswith($f))
           | {d: $d, s: $s, id, status, explanation, option, missing, questions, evidence,
              error: (if .error then {file: (.error.file | split("/") | last), line: .error.line, message: .error.message} else null end)}' \
      "$dir/raw.json" 2> /dev/null | sed 's/\[lexgap library\]:[0-9]*:/[lexgap library]:N:/' >> "$dir/got.jsonl"
  done
  [ "$rc_all" -eq 0 ] && [ -s "$dir/got.jsonl" ]
}

# fixture_beside TAG NAME PROFILE...: after fixture_findings TAG, whether
# every bundled rule's finding in $TMP/TAG/rules (as of 2026, prospective)
# is the one a run of the bundled rules alone gives (0), else 1 with the
# first differences printed.
fixture_beside() {
  local tag=$1 name=$2 dir=$TMP/$1
  shift 2
  timeout 300 "$LEXGAP" assess --rules "$RULES" --instrument untoc --as-of 2026-01-01 --prospective --format json --fail-on none \
    "$@" 2> /dev/null | jq -c '.assessments[].findings[]' > "$dir/clean.jsonl"
  timeout 300 "$LEXGAP" assess --rules "$dir/rules" --instrument untoc --as-of 2026-01-01 --prospective --format json --fail-on none \
    "$@" 2> /dev/null \
    | jq -c --arg f "/$name" '.assessments[].findings[] | select(.rule.file | endswith($f) | not)' | sed "s|$dir/rules|$RULES|g" > "$dir/others.jsonl"
  if [ -s "$dir/clean.jsonl" ] && cmp -s "$dir/clean.jsonl" "$dir/others.jsonl"; then return 0; fi
  diff "$dir/clean.jsonl" "$dir/others.jsonl" | head -4 | cut -c1-300 | sed 's/^/     /'
  return 1
}

# fixture_checks TAG FIXTURE NAME EXPECTED WHAT PROFILE...: both checks of a
# suite, each reported with run.sh's ok/fail: the fixture's findings (for
# every PROFILE) are EXPECTED's lines, and every bundled rule's finding
# beside it (for the first two profiles) is that of a run without it.
fixture_checks() {
  local tag=$1 fixture=$2 name=$3 expected=$4 what=$5
  shift 5
  if fixture_findings "$tag" "$fixture" "$name" "$@" && cmp -s "$TMP/$tag/got.jsonl" "$expected"; then
    ok "$tag: $what give the findings and errors they gave before"
  else
    fail "$tag: $what: findings changed"; diff "$expected" "$TMP/$tag/got.jsonl" | head -6 | cut -c1-300 | sed 's/^/     /'
  fi
  if fixture_beside "$tag" "$name" "$1" "$2"; then
    ok "$tag: the bundled rules' findings are those of a run without the fixture"
  else
    fail "$tag: bundled findings changed beside the fixture"
  fi
}
