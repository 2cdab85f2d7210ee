#!/usr/bin/env bash
# The README's two commands on a bare Debian machine.
#
# Builds a minimal Debian system with debootstrap (--variant=minbase, from the
# package mirror this machine's apt uses), installs only make, git and
# ca-certificates in it, clones the committed HEAD of this checkout into it
# and runs, exactly as the README writes them:
#
#   make demo     as root, on the bare system: it must install what building
#                 needs (and no browser), build, and report
#   make check    as a user without sudo. The test packages are missing, so
#                 it must stop and print the exact apt-get command; root runs
#                 that command (what an administrator does for such a user),
#                 then the user's `make check` must pass
#
# and finally `make install` as root: the installed lexgap, run from /, finds
# its rules.  Nothing is cached between runs: every package is downloaded and
# installed anew, so a missing install step fails here.
#
# Needs root (debootstrap, chroot, mounts) and debootstrap.  Every command in
# the new system runs in its own mount and PID namespace (unshare), with /proc,
# /sys, /dev, /dev/pts and /dev/shm mounted there: the mounts and any process
# left behind end with the namespace; the trap checks that nothing is still
# mounted before it deletes the system.  Bounded by LEXGAP_FRESH_TIMEOUT
# seconds in all (default 3600).  Logs of every step are kept in
# build/fresh/.  Ends with "N passed, N failed".
#
# Settings (environment): LEXGAP_FRESH_TIMEOUT, LEXGAP_FRESH_SUITE (default:
# this machine's Debian codename), LEXGAP_FRESH_MIRROR (default: the mirror of
# that suite in /etc/apt/sources.list*), LEXGAP_FRESH_DIR (where the system is
# built, default /var/tmp).
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
LOGS=$ROOT/build/fresh
START=$(date +%s)
DEADLINE=$((START + ${LEXGAP_FRESH_TIMEOUT:-3600}))
USER_NAME=lexgap

passed=0
failed=0
ok()   { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; [ -n "${2:-}" ] && tail -n 30 "$2" | sed 's/^/     | /'; }
finish() { echo "fresh: $passed passed, $failed failed ($(( $(date +%s) - START )) s)"; echo "$passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit; }

if [ "$(id -u)" -ne 0 ]; then fail "the fresh-machine test needs root (debootstrap, chroot, mounts)"; finish; fi
if ! command -v debootstrap >/dev/null; then fail "debootstrap is not installed (apt-get install debootstrap)"; finish; fi

# The mirror apt uses for SUITE: the URI of the first enabled "deb" source of
# that suite, in one-line (.list) or deb822 (.sources) form.
apt_mirror() {
  local suite=$1 f
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -r "$f" ] && awk -v s="$suite" '$1 == "deb" { i = 2; if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; i++ } if ($(i + 1) == s) print $i }' "$f"
  done
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -r "$f" ] && awk -v s="$suite" 'BEGIN { RS = ""; FS = "\n" }
      { types = uris = suites = ""; enabled = "yes"
        for (i = 1; i <= NF; i++) {
          if ($i ~ /^Types:/) types = " " substr($i, 7) " "
          else if ($i ~ /^URIs:/) uris = substr($i, 6)
          else if ($i ~ /^Suites:/) suites = " " substr($i, 8) " "
          else if ($i ~ /^Enabled:/) enabled = substr($i, 9) }
        gsub(/[ \t]+/, " ", suites); gsub(/[ \t]+/, " ", types)
        if (enabled !~ /no/ && types ~ / deb / && suites ~ (" " s " ")) { split(uris, u, " "); print u[1] } }' "$f"
  done
}

SUITE=${LEXGAP_FRESH_SUITE:-$(. /etc/os-release && echo "${VERSION_CODENAME:-}")}
MIRROR=${LEXGAP_FRESH_MIRROR:-$(apt_mirror "$SUITE" | head -n 1)}
if [ -z "$SUITE" ] || [ -z "$MIRROR" ]; then
  fail "no Debian suite or mirror found in /etc/os-release and /etc/apt/sources.list* (set LEXGAP_FRESH_SUITE and LEXGAP_FRESH_MIRROR)"; finish
fi
COMMIT=$(git -C "$ROOT" rev-parse HEAD) || { fail "not a git checkout: $ROOT"; finish; }

mkdir -p "$LOGS"
WORK=$(mktemp -d "${LEXGAP_FRESH_DIR:-/var/tmp}/lexgap-fresh.XXXXXX")
SYS=$WORK/root

# Anything still mounted under the new system, deepest first.
mounts_inside() { awk -v d="$SYS" '$2 == d || index($2, d "/") == 1 { print $2 }' /proc/mounts | sort -r; }

cleanup() {
  local m
  for m in $(mounts_inside); do umount "$m" 2>/dev/null || umount -l "$m"; done
  if [ -n "$(mounts_inside)" ]; then
    echo "fresh: still mounted under $SYS, left in place:"; mounts_inside
  else
    rm -rf --one-file-system "$WORK"
  fi
}
trap cleanup EXIT
trap 'echo "fresh: interrupted"; exit 1' INT TERM HUP

# remaining SECONDS: the smaller of SECONDS and the time left before the deadline
remaining() { local left=$((DEADLINE - $(date +%s))); [ "$1" -lt "$left" ] && left=$1; [ "$left" -gt 0 ] && echo "$left" || echo 1; }

# inside SECONDS USER LOG COMMAND: run COMMAND (sh -c) in the new system as
# USER (root or $USER_NAME), with a clean environment, output to LOG; its own
# mount and PID namespaces end its mounts and processes with it.
inside() {
  local secs=$1 who=$2 log=$3 cmd=$4 home=/root
  [ "$who" = root ] || home=/home/$who
  timeout -k 30 "$(remaining "$secs")" unshare --mount --propagation private --pid --fork --kill-child \
    sh -c 'sys=$1
      mount -t proc proc "$sys/proc" && mount -t sysfs sysfs "$sys/sys" && mount --bind /dev "$sys/dev" &&
      { [ ! -d /dev/pts ] || mount --bind /dev/pts "$sys/dev/pts"; } &&
      mount -t tmpfs -o mode=1777 tmpfs "$sys/dev/shm" || exit 125
      exec chroot --userspec="$2:$2" "$sys" /usr/bin/env -i HOME="$3" USER="$2" LOGNAME="$2" \
        PATH=/usr/local/bin:/usr/bin:/bin:/usr/local/sbin:/usr/sbin:/sbin LANG=C.UTF-8 /bin/sh -c "$4"' \
    sh "$SYS" "$who" "$home" "$cmd" >"$log" 2>&1
}

# step NAME LOG: time the step that just ran
elapsed() { echo "     ($(( $(date +%s) - $1 )) s)"; }

echo "fresh: Debian $SUITE from $MIRROR, commit $COMMIT, in $SYS"

# ---- a bare system ------------------------------------------------------------
t=$(date +%s)
if timeout -k 30 "$(remaining 1200)" debootstrap --variant=minbase "$SUITE" "$SYS" "$MIRROR" >"$LOGS/debootstrap.log" 2>&1; then
  ok "debootstrap: a minbase $SUITE system"; elapsed "$t"
else
  fail "debootstrap: a minbase $SUITE system" "$LOGS/debootstrap.log"; finish
fi
# A chroot is not a booted machine: no package may start a service in it.
printf '#!/bin/sh\nexit 101\n' > "$SYS/usr/sbin/policy-rc.d"; chmod 755 "$SYS/usr/sbin/policy-rc.d"

t=$(date +%s)
if inside 900 root "$LOGS/base.log" 'export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq --no-install-recommends make git ca-certificates && useradd -m -s /bin/sh '"$USER_NAME"; then
  ok "the bare machine: make, git, ca-certificates and a user without sudo"; elapsed "$t"
else
  fail "the bare machine: make, git, ca-certificates and a user without sudo" "$LOGS/base.log"; finish
fi

# ---- the checkout, and the official texts beside it (as ../shared) -------------
SRC=/home/$USER_NAME/src
if git clone -q "$ROOT" "$SYS$SRC/lexgap" >"$LOGS/clone.log" 2>&1 && git -C "$SYS$SRC/lexgap" checkout -q --detach "$COMMIT" >>"$LOGS/clone.log" 2>&1; then
  ok "the checkout cloned at $COMMIT"
else
  fail "the checkout cloned" "$LOGS/clone.log"; finish
fi
if [ -d "$ROOT/../shared" ]; then cp -R "$ROOT/../shared" "$SYS$SRC/shared"; fi
if [ -n "$(git -C "$ROOT" status --porcelain --untracked-files=no)" ]; then
  echo "     note: uncommitted changes in $ROOT are not part of this test"
fi

# ---- make demo, as root --------------------------------------------------------
t=$(date +%s)
if inside 1800 root "$LOGS/demo.log" "cd $SRC/lexgap && make demo"; then
  ok "make demo (root, bare machine): exit 0"; elapsed "$t"
else
  fail "make demo (root, bare machine): exit 0" "$LOGS/demo.log"
fi
if grep -q "France" "$LOGS/demo.log"; then ok "make demo reports on France"; else fail "make demo reports on France" "$LOGS/demo.log"; fi
if [ -s "$SYS/root/.local/share/lexgap/lexgap.db" ]; then ok "make demo records the run in ~/.local/share/lexgap/lexgap.db"; else fail "make demo records the run in ~/.local/share/lexgap/lexgap.db"; fi
inside 60 root "$LOGS/demo-packages.log" 'dpkg-query -W -f "\${Package} \${Status}\n" chromium libcmocka-dev libjansson-dev 2>/dev/null | grep "install ok installed"'
if grep -q "install ok installed" "$LOGS/demo-packages.log"; then
  fail "make demo installs no browser and no test library" "$LOGS/demo-packages.log"
else
  ok "make demo installs no browser and no test library"
fi

# ---- make check, as a user without sudo ---------------------------------------
chroot "$SYS" chown -R "$USER_NAME:$USER_NAME" "$SRC"
inside 600 "$USER_NAME" "$LOGS/check-no-sudo.log" "cd $SRC/lexgap && make check"
printed=$(sed -n 's/^install-deps: run as root: //p' "$LOGS/check-no-sudo.log" | head -n 1)
if [ -n "$printed" ] && grep -q chromium <<<"$printed"; then
  ok "make check without the test packages and without sudo prints the apt-get command"
else
  fail "make check without the test packages and without sudo prints the apt-get command" "$LOGS/check-no-sudo.log"
fi

t=$(date +%s)
if [ -n "$printed" ] && inside 1800 root "$LOGS/test-packages.log" "export DEBIAN_FRONTEND=noninteractive; $printed"; then
  ok "root runs the printed command: $printed"; elapsed "$t"
else
  fail "root runs the printed command" "$LOGS/test-packages.log"
fi

t=$(date +%s)
if inside 2400 "$USER_NAME" "$LOGS/check.log" "cd $SRC/lexgap && make check" && grep -q "^make check: all suites passed" "$LOGS/check.log"; then
  ok "make check (user without sudo): all suites passed"; elapsed "$t"
else
  fail "make check (user without sudo): all suites passed" "$LOGS/check.log"
fi

# ---- make install, as root ------------------------------------------------------
if inside 600 root "$LOGS/install.log" "cd $SRC/lexgap && make install && cd / && lexgap rules | grep 'untoc:5.1.a' && ls /usr/local/share/man/man1/lexgap.1 /usr/local/share/bash-completion/completions/lexgap"; then
  ok "make install: the installed lexgap finds its rules from /; man page and completion installed"
else
  fail "make install: the installed lexgap finds its rules from /; man page and completion installed" "$LOGS/install.log"
fi

finish
