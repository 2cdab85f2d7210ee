#!/bin/sh
# install-deps.sh -- install what lexgap needs to build and test, on Debian
# or Ubuntu.  Installs only what is missing; prints the exact command when
# it cannot install (not root and no sudo).
set -eu

# chromium: the browser tests load the HTML reports in headless Chromium.
# lua5.4: the interpreter runs the bare-Lua baseline of `make bench`.
PACKAGES="build-essential pkg-config liblua5.4-dev libjansson-dev libcmocka-dev libsqlite3-dev chromium lua5.4"

missing=""
for p in $PACKAGES; do
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
  echo "install-deps: run as root: apt-get update && apt-get install -y$missing" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
