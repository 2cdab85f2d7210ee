#!/usr/bin/env bash
# The Makefile's own jobs, on a copy of the checkout (the build in the
# checkout keeps its own PREFIX).
#
#   Parsing the Makefile runs neither pkg-config nor the compiler: on a bare
#   machine both come from the Makefile's first recipe (the package install),
#   so anything read at parse time would be read before they exist.
#   make install DESTDIR=$TMP/stage PREFIX=/usr: every file in its place, the
#   paths and version written into the man page and the completion, the man
#   page renders without a groff warning and documents every command and
#   option that --help lists; make uninstall removes every file again.
#   make install PREFIX=$TMP/prefix: the installed lexgap, run from /, finds
#   its rules and assesses an installed profile; the installed completion
#   offers the commands, the options and the installed instruments.
#
# Uses $CC (default cc).  Ends with "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
ROOT=$PWD
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
unset MAKEFLAGS MAKELEVEL LEXGAP_RULES

passed=0
failed=0
ok()   { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; [ -n "${2:-}" ] && head -n 20 "$2" | sed 's/^/     /'; }
# check NAME COMMAND...: ok when COMMAND succeeds
# (on failure, shows the file it looked in when that is one of the test's own)
check() {
  local name=$1; shift
  if "$@" >"$TMP/check" 2>&1; then ok "$name"; else case ${*: -1} in "$TMP"/*) fail "$name" "${*: -1}" ;; *) fail "$name" ;; esac; fi
}

# A copy of the checkout, with its build (only what PREFIX changes is rebuilt).
mkdir -p "$TMP/src"
tar -C "$ROOT" --exclude=./.git --exclude=./build/san --exclude=./build/artifacts --exclude=./build/fresh -cf - . | tar -C "$TMP/src" -xf -
mk() { make -C "$TMP/src" CC="${CC:-cc}" "$@" >"$TMP/make.log" 2>&1; }

# ---- parsing reads nothing from the system -------------------------------------------
# A target that does not exist: make parses the Makefile, then stops before any recipe.
printf '#!/bin/sh\necho "$0 $*" >> "%s"\nexit 1\n' "$TMP/spy.log" > "$TMP/spy"; chmod +x "$TMP/spy"
make -C "$TMP/src" PKG_CONFIG="$TMP/spy" CC="$TMP/spy" no-such-target >/dev/null 2>&1
if [ ! -e "$TMP/spy.log" ]; then ok "parsing the Makefile runs neither pkg-config nor the compiler"; else fail "parsing the Makefile runs neither pkg-config nor the compiler" "$TMP/spy.log"; fi
rm -f "$TMP/spy.log"
make -C "$TMP/src" PKG_CONFIG="$TMP/spy" -n build/cli.o -W engine/cli.c >/dev/null 2>&1   # the control
if [ -e "$TMP/spy.log" ]; then ok "a compile recipe does read pkg-config (the spy sees it)"; else fail "a compile recipe does read pkg-config (the spy sees it)"; fi

# ---- staged install: DESTDIR=... PREFIX=/usr ---------------------------------------
S=$TMP/stage
if mk install DESTDIR="$S" PREFIX=/usr; then ok "make install DESTDIR=... PREFIX=/usr"; else fail "make install DESTDIR=... PREFIX=/usr" "$TMP/make.log"; fi
check "binary installed, executable" test -x "$S/usr/bin/lexgap"
check "rules installed: the profile model and the UNTOC pack" test -f "$S/usr/share/lexgap/rules/schema.lua" -a -f "$S/usr/share/lexgap/rules/untoc/instrument.lua"
check "example profiles installed" test -f "$S/usr/share/lexgap/profiles/france.lua"
missing_docs=""
for d in docs/*.md; do [ -f "$S/usr/share/doc/lexgap/${d#docs/}" ] || missing_docs="$missing_docs ${d#docs/}"; done
if [ -z "$missing_docs" ]; then ok "every docs/*.md installed in share/doc/lexgap"; else fail "docs missing from share/doc/lexgap:$missing_docs"; fi
MAN=$S/usr/share/man/man1/lexgap.1
COMP=$S/usr/share/bash-completion/completions/lexgap
check "man page installed in man1" test -f "$MAN"
check "bash completion installed" test -f "$COMP"
if grep -q '@[A-Z]*@' "$MAN" "$COMP"; then fail "no placeholder left in the man page and completion" "$MAN"; else ok "no placeholder left in the man page and completion"; fi
check "man page names the installed rules" grep -q '/usr/share/lexgap/rules' "$MAN"
check "completion looks for the installed rules" grep -q "^_lexgap_installed_rules='/usr/share/lexgap/rules'" "$COMP"
version=$("$TMP/src/lexgap" version | cut -d' ' -f2)
check "man page carries the version ($version)" grep -q "^\.TH LEXGAP 1 .*\"lexgap $version\"" "$MAN"
# the binary was built for PREFIX=/usr: without the files there, it says where it looked
(cd / && "$S/usr/bin/lexgap" rules) >"$TMP/out" 2>&1
if [ -d /usr/share/lexgap/rules ] || grep -q "/usr/share/lexgap/rules" "$TMP/out"; then ok "the staged binary looks for its rules in /usr/share/lexgap"; else fail "the staged binary looks for its rules in /usr/share/lexgap" "$TMP/out"; fi

# ---- the man page: renders without warnings, documents what --help lists -----------
if command -v groff >/dev/null; then
  groff -man -Tutf8 -ww -z "$MAN" 2>"$TMP/groff.err"
  if [ ! -s "$TMP/groff.err" ]; then ok "man page renders without a groff warning"; else fail "man page renders without a groff warning" "$TMP/groff.err"; fi
  groff -man -Tascii -P-c -P-b -P-u "$MAN" >"$TMP/man.txt" 2>/dev/null
  for section in NAME SYNOPSIS DESCRIPTION COMMANDS "EXIT STATUS" ENVIRONMENT FILES; do
    grep -q "^$section" "$TMP/man.txt" || fail "man page: no section $section"
  done
  commands=$("$TMP/src/lexgap" --help | sed -n 's/^  \([a-z][a-z]*\)\( .*\)\{0,1\}$/\1/p')
  undocumented=""
  for c in $commands; do
    grep -q "^   lexgap $c" "$TMP/man.txt" || undocumented="$undocumented $c"
    for o in $("$TMP/src/lexgap" "$c" --help 2>/dev/null | grep -o -- '--[a-z][a-z-]*' | sort -u); do
      grep -q -- "$o\b" "$TMP/man.txt" || undocumented="$undocumented $c$o"
    done
  done
  if [ -n "$commands" ] && [ -z "$undocumented" ]; then ok "man page documents every command and option of --help ($(echo $commands | wc -w) commands)"
  else fail "man page lacks:$undocumented"; fi
else
  fail "groff is not installed (scripts/install-deps.sh --test installs it)"
fi

# ---- uninstall ------------------------------------------------------------------------
if mk uninstall DESTDIR="$S" PREFIX=/usr; then ok "make uninstall"; else fail "make uninstall" "$TMP/make.log"; fi
find "$S" -type f > "$TMP/left"
if [ -s "$TMP/left" ]; then fail "make uninstall removes every installed file" "$TMP/left"; else ok "make uninstall removes every installed file"; fi

# ---- a real prefix: the installed lexgap at work ---------------------------------------
P=$TMP/prefix
if mk install PREFIX="$P"; then ok "make install PREFIX=<dir>"; else fail "make install PREFIX=<dir>" "$TMP/make.log"; fi
(cd / && "$P/bin/lexgap" rules) >"$TMP/out" 2>&1
check "the installed lexgap, run from /, finds its rules" grep -q "untoc:5\.1\.a" "$TMP/out"
(cd / && "$P/bin/lexgap" assess --as-of 2026-01-01 "$P/share/lexgap/profiles/france.lua") >"$TMP/out" 2>&1; rc=$?
if [ $rc -eq 2 ] && grep -q "France" "$TMP/out"; then ok "the installed lexgap assesses an installed profile"; else fail "the installed lexgap assesses an installed profile (exit $rc)" "$TMP/out"; fi

# complete WORD...: what the installed completion offers for the last word
complete_words() {
  PATH="$P/bin:$PATH" bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _lexgap; printf "%s\n" "${COMPREPLY[@]}"' \
    complete "$P/share/bash-completion/completions/lexgap" "$@" 2>&1
}
complete_words lexgap "" >"$TMP/out"
check "completion: the commands" grep -qx "questionnaire" "$TMP/out"
complete_words lexgap assess --fo >"$TMP/out"
check "completion: a command's options" grep -qx -- "--format" "$TMP/out"
complete_words lexgap matrix --format "" >"$TMP/out"
check "completion: the command's formats" grep -qx "html" "$TMP/out"
complete_words lexgap assess --instrument "" >"$TMP/out"
check "completion: the installed instruments" grep -qx "untoc" "$TMP/out"
mkdir -p "$TMP/other/pack9" && : > "$TMP/other/pack9/instrument.lua"
complete_words lexgap rules --rules "$TMP/other" --instrument "" >"$TMP/out"
if grep -qx "pack9" "$TMP/out" && ! grep -qx "untoc" "$TMP/out"; then ok "completion: the instruments of --rules DIR"; else fail "completion: the instruments of --rules DIR" "$TMP/out"; fi
(cd "$P/share/lexgap/profiles" && complete_words lexgap assess "fr") >"$TMP/out"
check "completion: profile files" grep -qx "france.lua" "$TMP/out"

echo "make: $passed passed, $failed failed"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
