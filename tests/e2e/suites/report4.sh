# The report writers' fast paths (sourced by tests/e2e/run.sh; issue 13,
# round seven).
#
# The JSON writer makes room once per value and looks at short strings as
# one 16-byte block; the HTML, text and Markdown escaping find the next
# byte to escape sixteen bytes at a time; headings, served lines and
# anchors are put together without printf.  A pack whose title and
# provision text hold quotes, backslashes, control characters, HTML
# specials, Markdown markup and accents, at places short and long strings
# put them at, must come out as each format always showed it: the JSON
# decodes to the very bytes of the rule file (one profile and every copy
# of a batch), the HTML escapes & < > and drops control characters, the
# Markdown escapes its markup; and a title that is not UTF-8 at the end of
# a long string is left out of the JSON.
R4=$TMP/report4
mkdir -p "$R4/packs" && cp -r "$RULES/." "$R4/packs/"
python3 - "$R4/packs/untoc/art06.lua" "$R4/odd.bin" <<'EOF' 2>"$R4/py.err"
import sys
path, odd_out = sys.argv[1], sys.argv[2]
src = open(path, 'rb').read()
# the title as Lua source, and the bytes it stands for
lua_title = b'"Laund\\"ering\\\\: <conversion> & *transfer* of_proceeds\\1 of `crime` | #1 [a] tab\\there \xc3\xa9 \\31 end, and a tail past sixteen bytes"'
title = b'Laund"ering\\: <conversion> & *transfer* of_proceeds\x01 of `crime` | #1 [a] tab\there \xc3\xa9 \x1f end, and a tail past sixteen bytes'
old_title = b'"Laundering: conversion or transfer of proceeds of crime"'
assert src.count(old_title) == 1
src = src.replace(old_title, lua_title)
# raw bytes inside the provision text's long bracket: every place of a block
odd = b'<&>"\\\x02*_`\t' + b'x' * 17 + b'\x7f\xc3\xa9|#[]\x1b' + b'y' * 5 + b'\xe2\x80\x94"'
old_text = b'en = [[Each State Party shall adopt, in accordance with fundamental principles of its domestic law'
at = src.index(old_text, src.index(lua_title))   # the text of the rule whose title changed
src = src[:at] + b'en = [[' + odd + b'Each State Party shall adopt, in accordance with ' + odd + \
      b' fundamental principles of its domestic law' + src[at + len(old_text):]
# a title that is not UTF-8 in its last bytes, after more than sixteen plain ones
old2 = b'"Laundering: concealment or disguise of proceeds of crime"'
assert src.count(old2) == 1
src = src.replace(old2, b'"Laundering: concealment or disguise of proceeds of crime \\xe2\\x80"')
open(path, 'wb').write(src)
open(odd_out, 'wb').write(title + b'\n' + odd)
EOF
[ -s "$R4/odd.bin" ] || fail "report4: the odd pack could not be made" "$R4/py.err"
r4_assess() {   # r4_assess FORMAT OUT PROFILE...
  local fmt=$1 out=$2; shift 2
  timeout 300 "$LEXGAP" assess --rules "$R4/packs" --as-of 2026-01-01 --fail-on none --format "$fmt" "$@" > "$out" 2> "$R4/err"
}
F=$ROOT/profiles/france.lua
r4_assess json "$R4/one.json" "$F"
r4_assess json "$R4/batch.json" "$F" "$ROOT/profiles/arcadia.lua" "$F"
if python3 - "$R4/odd.bin" "$R4/one.json" "$R4/batch.json" <<'EOF' 2>"$R4/py.err"
import json, sys
title, odd = open(sys.argv[1], 'rb').read().split(b'\n', 1)
text_start = odd + b'Each State Party shall adopt, in accordance with ' + odd + b' fundamental'
seen = 0
for path in sys.argv[2:]:
    doc = json.loads(open(path, 'rb').read().decode('utf-8'))
    for a in doc['assessments']:
        for f in a['findings']:
            if f['id'] == 'untoc:6.1.a.i':
                assert f['title']['en'].encode('utf-8') == title, f['title']
                assert f['provision_text']['en'].encode('utf-8').startswith(text_start), f['provision_text']['en'][:200]
                seen += 1
            if f['id'] == 'untoc:6.1.a.ii':
                assert 'en' not in f['title'] and f['title']['fr'], f['title']
                seen += 1
assert seen == 2 * 4, seen            # one profile, and the three of the batch
EOF
then ok "report4: JSON decodes to the rule file's bytes (escapes at every place, one profile and a batch's copies), a title not UTF-8 at its end left out"
else fail "report4: JSON decodes to the rule file's bytes (escapes at every place, one profile and a batch's copies), a title not UTF-8 at its end left out" "$R4/py.err"; fi

r4_assess html "$R4/one.html" "$F"
r4_assess md "$R4/one.md" "$F"
if python3 - "$R4/odd.bin" "$R4/one.html" "$R4/one.md" <<'EOF' 2>"$R4/py.err"
import sys
title, odd = open(sys.argv[1], 'rb').read().split(b'\n', 1)
html, md = open(sys.argv[2], 'rb').read(), open(sys.argv[3], 'rb').read()
def html_text(s):   # & < > escaped, control characters but LF and TAB dropped, DEL dropped
    out = b''
    for c in s:
        b = bytes([c])
        if b == b'&': out += b'&amp;'
        elif b == b'<': out += b'&lt;'
        elif b == b'>': out += b'&gt;'
        elif (c < 0x20 and b not in b'\n\t') or c == 0x7f: pass
        else: out += b
    return out
def md_text(s):     # control characters but LF shown as '?', markup after a backslash
    out = b''
    for c in s:
        b = bytes([c])
        if (c < 0x20 and b != b'\n') or c == 0x7f: out += b'?'
        elif b in b'\\`*_[]<>|#': out += b'\\' + b
        else: out += b
    return out
assert html.count(html_text(title)) >= 1, 'html title'
assert html.count(html_text(odd + b'Each State Party shall adopt')) >= 1, 'html text'
assert md.count(md_text(title)) >= 1, 'md title'
assert b'\x01' not in html and b'\x1b' not in html and b'\x7f' not in html, 'html control characters'
EOF
then ok "report4: HTML and Markdown show the odd title and provision text escaped as always"
else fail "report4: HTML and Markdown show the odd title and provision text escaped as always" "$R4/py.err"; fi
