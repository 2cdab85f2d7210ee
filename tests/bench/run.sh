#!/bin/sh
# run.sh -- `make bench`: the peer baselines of ../shared/peer (a bare Lua
# loop with one pcall per check; json-rules-engine on Node), then lexgap's
# own figures (build/bench), all in the same run so they compare.
# usage: tests/bench/run.sh RULES_DIR LEXGAP_BINARY PROFILE...
# A baseline that cannot run is skipped with the reason.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PEER=${PEER_DIR:-$ROOT/../shared/peer}
SCRATCH=$ROOT/build/bench-peer
mkdir -p "$SCRATCH"
echo "peer baselines (same synthetic checks; min / median / max of 3 runs)"
bare_us=
if [ ! -f "$PEER/bench.lua" ]; then
  echo "  bare Lua: skipped ($PEER/bench.lua not found)"
elif ! command -v lua5.4 >/dev/null 2>&1; then
  echo "  bare Lua: skipped (lua5.4 not installed: scripts/install-deps.sh installs it)"
else
  for i in 1 2 3; do lua5.4 "$PEER/bench.lua" 100000; done > "$SCRATCH/bare.txt"
  bare_us=$(sed -n 's/.*, \([0-9.]*\) us\/rule.*/\1/p' "$SCRATCH/bare.txt" | sort -n | sed -n 2p)
  echo "  bare Lua 5.4, pcall per check: $(sed -n 's/.*, \([0-9.]*\) us\/rule.*/\1/p' "$SCRATCH/bare.txt" | sort -n | tr '\n' ' ' | sed 's/ $//; s/ / \/ /g') us per check"
fi
if [ ! -f "$PEER/bench.js" ]; then
  echo "  json-rules-engine: skipped ($PEER/bench.js not found)"
elif ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "  json-rules-engine: skipped (Node or npm not installed)"
else
  cp "$PEER/bench.js" "$SCRATCH/bench.js"
  if [ ! -d "$SCRATCH/node_modules/json-rules-engine" ] &&
     ! (cd "$SCRATCH" && timeout 120 npm install --silent --no-audit --no-fund json-rules-engine@7 >/dev/null 2>&1); then
    echo "  json-rules-engine: skipped (npm install json-rules-engine@7 failed: no registry?)"
  else
    for i in 1 2 3; do (cd "$SCRATCH" && timeout 120 node bench.js 2000); done > "$SCRATCH/jre.txt"
    echo "  json-rules-engine 7: $(sed -n 's/.*, \([0-9.]*\) us\/rule.*/\1/p' "$SCRATCH/jre.txt" | sort -n | tr '\n' ' ' | sed 's/ $//; s/ / \/ /g') us per check"
  fi
fi
BENCH_BARE_US=$bare_us exec "$ROOT/build/bench" "$@"
