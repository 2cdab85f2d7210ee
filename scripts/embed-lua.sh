#!/bin/sh
# embed-lua.sh SRC SYMBOL > OUT.c -- turn a Lua source file into a C array so
# that the rule library is compiled into the lexgap binary (the library and
# the engine that calls it always match).
set -eu
src=$1
sym=$2
printf '/* Generated from %s by scripts/embed-lua.sh; do not edit. */\n' "$src"
printf '#include <stddef.h>\n'
printf 'const char %s[] = {\n' "$sym"
od -An -v -tx1 "$src" | sed -e 's/\([0-9a-f][0-9a-f]\)/0x\1,/g' -e 's/^ *//'
printf '0x00 };\n'
printf 'const size_t %s_len = sizeof %s - 1;\n' "$sym" "$sym"
