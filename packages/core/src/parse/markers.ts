/**
 * Outline markers: bullets (`•`, `●`, `-`, Word's private-use Symbol bullets …), bullets as plain text
 * writes them (`o`, `§`, `?`) and numbers (`1.`, `1)`, `(1)`, `１.`, `一、`, `（一）`, `甲、`, `a.`, `①`).
 * Each recogniser looks at a few characters at the start of a line and nothing more.
 *
 * Every marker has a style, so that two kinds of marker at one indentation can nest (`（一）` points with
 * `1.` sub-points, as Chinese documents number them: 一、 > （一） > 1. > (1) > ①).
 */
import { BULLET_GLYPH, SPACED_BULLET, classOf, digitValue, isSpace } from "./chars.js";

/** Marker styles. A parenthesised style is its plain style + 1. */
export const BULLET_STYLE = 1;
/** `o`, `§` and `?`: bullets as plain text and encoders write them (see `matchSubBullet`). */
export const SUB_BULLET = 2;
const DECIMAL = 3;
const CJK = 5;
/** 甲 乙 丙 丁 …, the heavenly stems, which number items at the 一、 level or just below it. */
const STEM = 7;
const LETTER = 9;
const CIRCLED = 11;
/** Styles fit in four bits. */
const STYLES = 16;

/**
 * A marker read at some index: the index after it, its style and its number, packed into one integer
 * so reading a marker allocates nothing. Numbers stay below 1000, so `NEXT` leaves them room.
 */
const ORDINAL_BITS = 10;
const NEXT = 1 << ORDINAL_BITS;
const NONE = -1;

const marker = (end: number, style: number, value: number): number => (end * STYLES + style) * NEXT + value;

/** Where the text after a number marker begins. */
export const markerEnd = (marked: number): number => Math.floor(marked / (STYLES * NEXT));
/** The style and number of a marker, as a line stores them. */
export const markerTag = (marked: number): number => marked % (STYLES * NEXT);
export const BULLET_TAG = BULLET_STYLE * NEXT;
export const SUB_BULLET_TAG = SUB_BULLET * NEXT;
/** The number a stored marker carries (1 for `1.`, `a.`, `一、`; 0 for a bullet). */
export const tagOrdinal = (tag: number): number => tag & (NEXT - 1);
export const tagStyle = (tag: number): number => tag >> ORDINAL_BITS;

/** Where the text after the bullet at `start` begins, or -1 when there is none. `end` is the end of the line's content. */
export function matchBullet(text: string, start: number, end: number): number {
  const c = text.charCodeAt(start);
  const k = classOf(c);
  if (k & BULLET_GLYPH) return start + 1;
  if (k & SPACED_BULLET && spaceOrEnd(text, start + 1, end)) return start + 1;
  return NONE;
}

/**
 * Whether the line starts with `o`, `§` or `?` alone or before whitespace: Word's second-level bullets
 * as plain text (Courier New `o`, Wingdings `§`), and what an encoder writes for a bullet the target
 * encoding lacks (iconv's `o` for •, `?` for ◦). A line of prose never starts so, except with a
 * section number (`§ 230`); and the outline takes these as markers only inside a summary.
 */
export function matchSubBullet(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if ((c !== 0x6f && c !== 0xa7 && c !== 0x3f) || !spaceOrEnd(text, start + 1, end)) return false;
  let i = start + 1;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return c !== 0xa7 || digitValue(text.charCodeAt(i)) < 0;
}

/** Where code unit `c` is in `chars`, or -1; a loop, so no string is made for `c`. */
function indexIn(chars: string, c: number): number {
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === c) return k;
  return -1;
}

/** Chinese numeral digits, each at its value. */
const CJK_DIGITS = "〇一二三四五六七八九";

/** Reads 一 … 九十九 at `i`. */
function readCjkNumber(text: string, i: number, end: number): number {
  let value = 0;
  let current = 0;
  let j = i;
  while (j < end && j - i < 4) {
    const c = text.charCodeAt(j);
    if (c === 0x5341) {
      // 十: "十一" is 11, "二十" is 20
      value += (current === 0 ? 1 : current) * 10;
      current = 0;
    } else {
      const d = indexIn(CJK_DIGITS, c);
      if (d < 0) break;
      current = d;
    }
    j++;
  }
  value += current;
  return j === i || value === 0 ? NONE : marker(j, CJK, value);
}

/** Reads up to three ASCII or full-width digits at `i`. */
function readDigits(text: string, i: number, end: number): number {
  let value = 0;
  let j = i;
  while (j < end && j - i < 4) {
    const d = digitValue(text.charCodeAt(j));
    if (d < 0) break;
    value = value * 10 + d;
    j++;
  }
  return j === i || j - i > 3 ? NONE : marker(j, DECIMAL, value);
}

const STEMS = "甲乙丙丁戊己庚辛壬癸";

/** Reads a stem at `i` when a marker's punctuation follows it: 甲 starts prose far more often than a list. */
function readStem(text: string, i: number): number {
  const d = text.charCodeAt(i + 1);
  if (d !== 0x3001 && !isFullStop(d) && !isCloseParen(d)) return NONE;
  const stem = indexIn(STEMS, text.charCodeAt(i));
  return stem < 0 ? NONE : marker(i + 1, STEM, stem + 1);
}

function letterValue(c: number): number {
  if (c >= 0x61 && c <= 0x7a) return c - 0x60;
  if (c >= 0x41 && c <= 0x5a) return c - 0x40;
  return 0;
}

function isOpenParen(c: number): boolean {
  return c === 0x28 || c === 0xff08;
}

function isCloseParen(c: number): boolean {
  return c === 0x29 || c === 0xff09;
}

function isFullStop(c: number): boolean {
  return c === 0x2e || c === 0xff0e;
}

function spaceOrEnd(text: string, i: number, end: number): boolean {
  return i === end || isSpace(text.charCodeAt(i));
}

/** A number in digits, Chinese numerals or heavenly stems at `i`, packed, or -1. */
function readNumber(text: string, i: number, end: number): number {
  const digits = readDigits(text, i, end);
  if (digits !== NONE) return digits;
  const cjk = readCjkNumber(text, i, end);
  return cjk !== NONE ? cjk : readStem(text, i);
}

/** The sub-point number at `start`, packed (see `markerEnd`, `markerTag`), or -1. */
export function matchNumber(text: string, start: number, end: number): number {
  const c = text.charCodeAt(start);
  // ① … ⑳ and ⑴ … ⒇
  if (c >= 0x2460 && c <= 0x2473) return marker(start + 1, CIRCLED, c - 0x245f);
  if (c >= 0x2474 && c <= 0x2487) return marker(start + 1, DECIMAL + 1, c - 0x2473);

  if (isOpenParen(c)) {
    const inner = start + 1;
    let read = readNumber(text, inner, end);
    if (read === NONE && inner + 1 < end && letterValue(text.charCodeAt(inner)) > 0) {
      read = marker(inner + 1, LETTER, letterValue(text.charCodeAt(inner)));
    }
    const after = markerEnd(read);
    if (read !== NONE && after < end && isCloseParen(text.charCodeAt(after))) {
      const tag = markerTag(read);
      return marker(after + 1, tagStyle(tag) + 1, tagOrdinal(tag));
    }
    return NONE;
  }

  const number = readNumber(text, start, end);
  if (number !== NONE) {
    const j = markerEnd(number);
    if (j >= end) return NONE;
    const d = text.charCodeAt(j);
    const decimal = tagStyle(markerTag(number)) === DECIMAL;
    // "1.5 million" and "2.0" are numbers in text, not markers
    const stop = isFullStop(d) && (!decimal || j + 1 === end || digitValue(text.charCodeAt(j + 1)) < 0);
    return stop || isCloseParen(d) || d === 0x3001 ? number + NEXT * STYLES : NONE;
  }

  const letter = letterValue(c);
  if (letter > 0 && start + 1 < end) {
    const d = text.charCodeAt(start + 1);
    // a letter marker needs a space after it, or "U.S. officials" would be a sub-point
    if ((d === 0x2e || d === 0x29) && start + 2 < end && spaceOrEnd(text, start + 2, end)) {
      return marker(start + 2, LETTER, letter);
    }
  }
  return NONE;
}
