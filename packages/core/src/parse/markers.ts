/**
 * Outline markers: bullets (`•`, `●`, `-` …) and sub-point numbers (`1.`, `1)`, `(1)`, `１.`, `一、`,
 * `a.`, `①`). Each recogniser looks at a few characters at the start of a line and nothing more.
 */
import { BULLET_GLYPH, SPACED_BULLET, classOf, digitValue, isSpace } from "./chars.js";

/** Where the text after the bullet at `start` begins, or -1 when there is none. `end` is the end of the line's content. */
export function matchBullet(text: string, start: number, end: number): number {
  const c = text.charCodeAt(start);
  const k = classOf(c);
  if (k & BULLET_GLYPH) return start + 1;
  if (k & SPACED_BULLET && (start + 1 === end || isSpace(text.charCodeAt(start + 1)))) return start + 1;
  return NONE;
}

/** Value of a Chinese numeral digit (〇 … 九), or -1. */
function cjkDigit(c: number): number {
  switch (c) {
    case 0x3007:
      return 0;
    case 0x4e00:
      return 1;
    case 0x4e8c:
      return 2;
    case 0x4e09:
      return 3;
    case 0x56db:
      return 4;
    case 0x4e94:
      return 5;
    case 0x516d:
      return 6;
    case 0x4e03:
      return 7;
    case 0x516b:
      return 8;
    case 0x4e5d:
      return 9;
    default:
      return -1;
  }
}

/**
 * A number read at some index: its value and the index after it, packed into one integer so reading a
 * marker allocates nothing. Values stay below 1000, so `NEXT` leaves them room.
 */
const NEXT = 1024;
const NONE = -1;

/** Where the text after a number marker begins. */
export const markerEnd = (marker: number): number => Math.floor(marker / NEXT);
/** The number a number marker carries (1 for `1.`, `a.`, `一、`). */
export const markerOrdinal = (marker: number): number => marker % NEXT;

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
      const d = cjkDigit(c);
      if (d < 0) break;
      current = d;
    }
    j++;
  }
  value += current;
  return j === i || value === 0 ? NONE : j * NEXT + value;
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
  return j === i || j - i > 3 ? NONE : j * NEXT + value;
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

/** The sub-point number at `start`, packed (see `markerEnd`, `markerOrdinal`), or -1. */
export function matchNumber(text: string, start: number, end: number): number {
  const c = text.charCodeAt(start);
  // ① … ⑳ and ⑴ … ⒇
  if (c >= 0x2460 && c <= 0x2473) return (start + 1) * NEXT + c - 0x245f;
  if (c >= 0x2474 && c <= 0x2487) return (start + 1) * NEXT + c - 0x2473;

  if (isOpenParen(c)) {
    const inner = start + 1;
    let read = readDigits(text, inner, end);
    if (read === NONE) read = readCjkNumber(text, inner, end);
    if (read === NONE && inner + 1 < end && letterValue(text.charCodeAt(inner)) > 0) {
      read = (inner + 1) * NEXT + letterValue(text.charCodeAt(inner));
    }
    const after = Math.floor(read / NEXT);
    if (read !== NONE && after < end && isCloseParen(text.charCodeAt(after))) {
      return (after + 1) * NEXT + (read % NEXT);
    }
    return NONE;
  }

  const digits = readDigits(text, start, end);
  if (digits !== NONE) {
    const j = Math.floor(digits / NEXT);
    if (j >= end) return NONE;
    const d = text.charCodeAt(j);
    if (isCloseParen(d) || d === 0x3001) return (j + 1) * NEXT + (digits % NEXT);
    // "1.5 million" and "2.0" are numbers in text, not markers
    if (isFullStop(d) && (j + 1 === end || digitValue(text.charCodeAt(j + 1)) < 0)) {
      return (j + 1) * NEXT + (digits % NEXT);
    }
    return NONE;
  }

  const cjk = readCjkNumber(text, start, end);
  if (cjk !== NONE) {
    const j = Math.floor(cjk / NEXT);
    if (j < end) {
      const d = text.charCodeAt(j);
      if (d === 0x3001 || isFullStop(d) || isCloseParen(d)) return (j + 1) * NEXT + (cjk % NEXT);
    }
    return NONE;
  }

  const letter = letterValue(c);
  if (letter > 0 && start + 1 < end) {
    const d = text.charCodeAt(start + 1);
    // a letter marker needs a space after it, or "U.S. officials" would be a sub-point
    if ((d === 0x2e || d === 0x29) && start + 2 < end && spaceOrEnd(text, start + 2, end)) {
      return (start + 2) * NEXT + letter;
    }
  }
  return NONE;
}
