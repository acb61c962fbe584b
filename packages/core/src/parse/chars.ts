/**
 * Character classes the parser decides on, all by code unit so the hot loop never runs a regex.
 */

/** Zero-width characters: dropped from text, never turned into a space. */
export function isZeroWidth(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff;
}

/** Whitespace the brief format normalises: ASCII, NO-BREAK SPACE, IDEOGRAPHIC SPACE, the Unicode spaces. */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c;
  return (
    c === 0xa0 ||
    c === 0x3000 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x1680 ||
    c === 0x85 ||
    isZeroWidth(c)
  );
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
