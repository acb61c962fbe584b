/**
 * Character classes the parser decides on, by code unit so no hot loop runs a regex. Every class lives
 * in one table, filled once from short lists: a check is one load whatever the script, and the lists
 * are smaller in a bundle than the comparisons they replace.
 */

/** Whitespace the brief format normalises: ASCII, NO-BREAK SPACE, IDEOGRAPHIC SPACE, the Unicode spaces. */
export const SPACE = 1;
/** Whitespace other than the ASCII space: a line holding it needs normalising before it can be sliced. */
export const ODD_SPACE = 2;
/** Zero-width characters: dropped from text, never turned into a space. */
export const ZERO_WIDTH = 4;
/** Brackets and quotation marks whose balance is checked. */
export const BRACKET = 8;
/** Control characters, noncharacters and U+FFFD: what binary garbage decodes to. */
export const GARBAGE = 16;
/** The ASCII space, whose pairs need normalising. */
export const ASCII_SPACE = 32;
/** The colons a label ends with. */
export const COLON = 64;
/** Han ideographs, kana, bopomofo and Hangul: the characters that make a line read as Chinese. */
export const HAN = 128;
export const LATIN = 256;
/** Full-width (East Asian wide) characters, CJK punctuation included. */
export const WIDE = 512;
/** CJK and full-width punctuation, which is never followed or preceded by a space in Chinese text. */
export const WIDE_PUNCTUATION = 1024;
/** Sentence punctuation, which a label never holds. */
export const SENTENCE = 2048;
/** Glyphs that are bullets wherever they stand, with or without a space after them. */
export const BULLET_GLYPH = 4096;
/** Characters that are bullets only when a space follows (`-5%` and `*note` are text). */
export const SPACED_BULLET = 8192;
/** Characters a separator line (`=====`, `---`, `———`) repeats. */
export const RULE = 16384;
/**
 * What only markup and mail write: `#*_\\>+|~` and the `@` of an address. A text holding none is read as
 * it is, without looking for Markdown or mail at all.
 */
export const MARKUP = 32768;

const CLASS = new Uint16Array(0x10000);

/** Ranges of code units and the classes each adds, as triples: flags, first, last. */
const RANGES: number[] = [];

function markRanges(flags: number, bounds: readonly number[]): void {
  for (let r = 0; r < bounds.length; r += 2) RANGES.push(flags, bounds[r] as number, bounds[r + 1] as number);
}

/**
 * Fills the table from `RANGES` run by run between the ranges' bounds, so loading the module sets a
 * few hundred runs at once rather than visiting tens of thousands of code units one by one.
 */
function fillRanges(): void {
  // a bound repeated makes an empty run, which fills nothing
  const bounds: number[] = [];
  for (let r = 0; r < RANGES.length; r += 3) {
    bounds.push(RANGES[r + 1] as number, (RANGES[r + 2] as number) + 1);
  }
  bounds.sort((a, b) => a - b);
  for (let b = 0; b + 1 < bounds.length; b++) {
    const from = bounds[b] as number;
    let flags = 0;
    for (let r = 0; r < RANGES.length; r += 3) {
      const first = RANGES[r + 1] as number;
      if (first <= from && from <= (RANGES[r + 2] as number)) flags |= RANGES[r] as number;
    }
    CLASS.fill(flags, from, bounds[b + 1]);
  }
}

function mark(flags: number, chars: string): void {
  for (let i = 0; i < chars.length; i++) CLASS[chars.charCodeAt(i)] = classOf(chars.charCodeAt(i)) | flags;
}

markRanges(GARBAGE, [0, 0x1f, 0x7f, 0x9f, 0xfdd0, 0xfdef, 0xfffd, 0xffff]);
markRanges(SPACE | ODD_SPACE, [0x2000, 0x200a]);
markRanges(BRACKET, [0x3008, 0x3015]);
markRanges(
  HAN,
  [0x4e00, 0x9fff, 0x3400, 0x4dbf, 0x3040, 0x31ff, 0xac00, 0xd7af, 0xf900, 0xfaff, 0xd840, 0xd87f],
);
markRanges(LATIN, [0x41, 0x5a, 0x61, 0x7a, 0xc0, 0xd6, 0xd8, 0xf6, 0xf8, 0x24f]);
markRanges(
  WIDE,
  [
    0x2e80, 0x9fff, 0xac00, 0xd7af, 0xf900, 0xfaff, 0xfe30, 0xfe4f, 0xff00, 0xff60, 0xffe0, 0xffe6, 0xd800,
    0xdfff,
  ],
);
markRanges(
  WIDE_PUNCTUATION,
  [0x3000, 0x303f, 0xfe30, 0xfe4f, 0xff01, 0xff0f, 0xff1a, 0xff20, 0xff3b, 0xff40, 0xff5b, 0xff65],
);
fillRanges();
// single code units add their classes to what the ranges gave them
CLASS[0x09] = CLASS[0x0b] = CLASS[0x0c] = SPACE | ODD_SPACE;
CLASS[0x20] = SPACE | ASCII_SPACE;
mark(SPACE | ODD_SPACE, "\x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000");
mark(SPACE | ODD_SPACE | ZERO_WIDTH, "\u200b\u200c\u200d\u2060\ufeff");
mark(BRACKET, "()[]{}\uff08\uff09\u201c\u201d");
mark(COLON, ":\uff1a");
mark(SENTENCE, ',.!?;"\uff0c\u3002\uff01\uff1f\uff1b\u3001\u300c\u300d\u201c\u201d');
// ‧ is what • becomes in Big5 (A1 45). Word and PDF text keeps its Symbol and Wingdings bullets as the
// private-use code points of the font's glyphs: • ▪ ➢ ❖ ✓ ■ ◻.
mark(
  BULLET_GLYPH,
  "\u2022\u2027\u25cf\u25cb\u25aa\u25e6\u25a0\u2023\u2043\u30fb\u25c6\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf06e\uf0a8",
);
mark(SPACED_BULLET, "-*\xb7\u2013");
mark(RULE, "=-_*~\u2014\u2500\u2501\u2550\uff1d");
mark(MARKUP, "#*_\\>+|~@`");

/** The classes a code unit belongs to, as flags: `classOf(c) & SPACE`. */
export function classOf(c: number): number {
  return CLASS[c] as number;
}

export function isSpace(c: number): boolean {
  return (classOf(c) & SPACE) !== 0;
}

export function isZeroWidth(c: number): boolean {
  return (classOf(c) & ZERO_WIDTH) !== 0;
}

export function isHan(c: number): boolean {
  return (classOf(c) & HAN) !== 0;
}

export function isLatinLetter(c: number): boolean {
  return (classOf(c) & LATIN) !== 0;
}

/** ASCII or full-width digit value, or -1. */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}
