/**
 * Character classes the parser decides on, all by code unit so the hot loop never runs a regex. The
 * classes a line's every character is checked for live in one table, so that check is one load per
 * character whatever the script.
 */

/** Whitespace the brief format normalises: ASCII, NO-BREAK SPACE, IDEOGRAPHIC SPACE, the Unicode spaces. */
export const SPACE = 1;
/** Whitespace other than the ASCII space: a line holding it needs normalising before it can be sliced. */
export const ODD_SPACE = 2;
/** Zero-width characters: dropped from text, never turned into a space. */
export const ZERO_WIDTH = 4;
/** Brackets and quotation marks whose balance is checked. */
export const BRACKET = 8;
/** Control characters and U+FFFD: what binary garbage decodes to. */
export const GARBAGE = 16;
/** The ASCII space, whose pairs need normalising, and the colons a label ends with. */
export const ASCII_SPACE = 32;
export const COLON = 64;

const CLASS = new Uint8Array(0x10000);

function mark(chars: string, flags: number): void {
  for (let i = 0; i < chars.length; i++) CLASS[chars.charCodeAt(i)] = flags;
}
for (let c = 0; c < 0x20; c++) CLASS[c] = GARBAGE;
CLASS[0x09] = CLASS[0x0b] = CLASS[0x0c] = SPACE | ODD_SPACE;
CLASS[0x20] = SPACE | ASCII_SPACE;
CLASS[0x3a] = CLASS[0xff1a] = COLON;
mark(
  "\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000",
  SPACE | ODD_SPACE,
);
mark("\u200b\u200c\u200d\u2060\ufeff", SPACE | ODD_SPACE | ZERO_WIDTH);
mark(
  "()[]{}\u3008\u3009\u300a\u300b\u300c\u300d\u300e\u300f\u3010\u3011\u3012\u3013\u3014\u3015\uff08\uff09\u201c\u201d",
  BRACKET,
);
mark("\x7f\ufffd", GARBAGE);

/** The classes a code unit belongs to, as flags: `classOf(c) & SPACE`. */
export function classOf(c: number): number {
  return CLASS[c] as number;
}

export function isZeroWidth(c: number): boolean {
  return (classOf(c) & ZERO_WIDTH) !== 0;
}

export function isSpace(c: number): boolean {
  return (classOf(c) & SPACE) !== 0;
}

/** Han ideographs, kana, bopomofo and Hangul: the characters that make a line read as Chinese. */
export function isHan(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x3040 && c <= 0x31ff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xd840 && c <= 0xd87f)
  );
}

export function isLatinLetter(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

/** Full-width (East Asian wide) characters, CJK punctuation included. */
export function isWide(c: number): boolean {
  return (
    (c >= 0x2e80 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0xd800 && c <= 0xdfff)
  );
}

/** CJK and full-width punctuation, which is never followed or preceded by a space in Chinese text. */
export function isWidePunctuation(c: number): boolean {
  return (
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff01 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65)
  );
}

export function isColon(c: number): boolean {
  return c === 0x3a || c === 0xff1a;
}

/** ASCII or full-width digit value, or -1. */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}
