#!/bin/sh
# install-deps.sh [--test] -- install what lexgap needs, on Debian or Ubuntu.
#
#   install-deps.sh          what building needs (`make`, `make demo`): the
#                            compiler, pkg-config and the libraries
#   install-deps.sh --test   that, and what the tests add (`make check`):
#                            cmocka and Jansson (unit tests), Chromium
#                            (about 1.6 GB with what it pulls in), groff
#                            (the man page is rendered), jq, python3 and
#                            sqlite3 (end-to-end suites)
#
# Installs only what is missing, with sudo when not root; when it cannot
# install (not root and no sudo), prints the exact command to run and exits 1.
set -eu

BUILD_PACKAGES="build-essential pkg-config liblua5.4-dev libsqlite3-dev"
# libjansson-dev: the unit tests hold the JSON lexgap writes itself
# (engine/json_writer.c) to the bytes Jansson writes, and parse reports back;
# chromium: the browser tests load the HTML reports in headless Chromium;
# groff-base: tests/make renders the man page and checks for warnings;
# jq, python3, sqlite3: end-to-end suites read JSON reports and plant rows
# in a database (a bare Debian system has none of them);
# lua5.4: the interpreter runs the bare-Lua baseline of `make bench`.
TEST_PACKAGES="libcmocka-dev libjansson-dev chromium groff-base jq python3 sqlite3 lua5.4"

case "${1:-}" in
  "") packages=$BUILD_PACKAGES ;;
  --test) packages="$BUILD_PACKAGES $TEST_PACKAGES" ;;
  -h|--help) sed -n '2,11s/^# \{0,1\}//p' "$0"; exit 0 ;;
  *) echo "install-deps: unknown option '$1' (usage: install-deps.sh [--test])" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-deps: not a Debian or Ubuntu system; install the equivalents of: $packages" >&2
  exit 1
fi

missing=""
for p in $packages; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

if [ -z "$missing" ]; then
  echo "install-deps: all dependencies are installed"
  exit 0
fi

echo "install-deps: installing:$missing"
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "install-deps: run as root: apt-get update && apt-get install -y --no-install-recommends$missing" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
