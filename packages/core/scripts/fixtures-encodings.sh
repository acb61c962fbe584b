#!/usr/bin/env bash
# Rebuilds test/fixtures/encodings/ from the reference brief with the tools such files come from:
# OpenCC (Traditional → Simplified), iconv (GBK, GB18030), dd (bytes overwritten) and fold -b (lines
# cut by bytes, through the middle of characters). The tests read the committed bytes and need none
# of these tools: run this only to change the fixtures.
set -euo pipefail
cd "$(dirname "$0")/../test/fixtures"
reference=rare-earths-2025-10-24.txt
out=encodings
mkdir -p "$out"

# The byte offset of the first `text` in the reference.
offset() { grep -b -o -m 1 "$1" "$reference" | head -n 1 | cut -d: -f1; }

# Overwrites the byte at `offset` of `file` with the byte written as `\xHH`.
poke() { printf "$3" | dd of="$1" bs=1 seek="$2" conv=notrunc status=none; }

# GBK has neither NO-BREAK SPACE nor •: a GBK file holds spaces and the ● its users type instead.
gbk_safe() { sed 's/\xc2\xa0/ /g; s/•/●/g' "$1"; }

opencc -c t2s.json -i "$reference" -o "$out/rare-earths-simplified.txt"
gbk_safe "$out/rare-earths-simplified.txt" | iconv -f UTF-8 -t GBK >"$out/rare-earths-simplified.gbk"
# Traditional characters are in GBK too: a Windows machine set up for Simplified saves them so.
gbk_safe "$reference" | iconv -f UTF-8 -t GBK >"$out/rare-earths-traditional.gbk"
# GB18030 encodes every character; NO-BREAK SPACE and • take its four-byte form.
iconv -f UTF-8 -t GB18030 "$out/rare-earths-simplified.txt" >"$out/rare-earths-simplified.gb18030"

# Three kinds of damage: 近's lead byte made invalid (three bytes lost), the o of "Policy" saved as
# Latin-1 ö, and the last byte of 稀 overwritten by a space (two bytes lost).
broken="$out/rare-earths-broken-bytes.txt"
cp "$reference" "$broken"
poke "$broken" "$(offset 近)" '\xc0'
poke "$broken" $(($(offset Policy) + 1)) '\xf6'
poke "$broken" $(($(offset 稀土出口) + 2)) ' '

fold -b -w 40 "$reference" >"$out/rare-earths-fold-b-40.txt"
