/**
 * Every date form briefs are written in, to an ISO 8601 calendar date:
 * `10/24/2025`, `24/10/2025`, `2025/10/24`, `2025-10-24`, `2025.10.24`, `2025年10月24日` (or `24號`),
 * `民國114年10月24日` (also `中華民國`, `民国`), `114年10月24日` and `114/10/24` (ROC year + 1911),
 * `Oct 24, 2025`, `24 October 2025`; Chinese numerals in the Chinese forms (`民國一一四年十月二十四日`,
 * `民國一百一十四年十月二十四日`, `二〇二五年十月二十四日`, `二零二五年十月廿四日`: 廿 is 20, 卅 30);
 * full-width digits and punctuation anywhere (`２０２５／１０／２４`).
 *
 * A weekday may come with any form: after it in parentheses (`2025/10/24（五）`, `2025-10-24(Fri)`,
 * `10/24/2025 (Friday)`), after it without (`2025年10月24日 週五`, `星期五`, `周五`, `禮拜五`, `礼拜天`,
 * `10/24/2025 Friday`), or before it (`Fri, Oct 24, 2025`, `Friday 24 October 2025`, `星期五，…`).
 * The date wins over the weekday: one that is not the date's is kept as `weekdayMismatch`; one that
 * fits only one reading of an ambiguous date settles it.
 *
 * A date that cannot be read comes with the form to write it in, in the author's style, and the
 * reference brief's date in that form: `YYYY/MM/DD` and `2025/10/24`, `民國YYY年MM月DD日` and
 * `民國114年10月24日`, `Month DD, YYYY` and `October 24, 2025`, else `MM/DD/YYYY` (or `DD/MM/YYYY`).
 */
import { digitValue } from "./chars.js";

export type DateOrder = "mdy" | "dmy";

/**
 * What a date as written says. The two invalid kinds carry `form`, the form to write the date in, in
 * the author's style (`MM/DD/YYYY`, `YYYY-MM-DD`, `民國YYY年MM月DD日`, `Month DD, YYYY`), and `example`,
 * the reference brief's date 2025-10-24 in that form (`10/24/2025`, `2025-10-24`, `民國114年10月24日`).
 */
export type DateReading =
  /** `weekdayMismatch`: the weekday written with the date (`四`, `週四`, `Thu`) when the date is not one. */
  | { kind: "date"; iso: string; weekdayMismatch?: string }
  /** Both day-first and month-first readings are real dates: `iso` follows the chosen order. */
  | { kind: "ambiguous"; iso: string; other: string; weekdayMismatch?: string }
  /** The text has a date's shape but names no real day (`02/30/2025`). */
  | { kind: "impossible"; form: string; example: string }
  /** The text is not in any date form briefkit reads. */
  | { kind: "unrecognised"; form: string; example: string };

/** What the readers below give; `readDate` adds an invalid reading's form and example. */
type Reading = Extract<DateReading, { iso: string }> | { kind: "impossible" | "unrecognised" };

/** The ROC (Minguo) calendar counts years from 1912. */
const ROC_OFFSET = 1911;

const MONTHS = "january february march april may june july august september october november december".split(
  " ",
);

/** The month a word names, by its full name, its first three letters or `sept`; 0 when it names none. */
function monthOf(word: string): number {
  if (word === "sept") return 9;
  for (let m = 0; m < 12; m++) {
    const name = MONTHS[m] as string;
    if (word === name || word === name.slice(0, 3)) return m + 1;
  }
  return 0;
}

/** Digits, Arabic and Chinese (`〇` and `零` are 0), each at its value modulo 10. */
const NUMERALS = "0123456789〇一二三四五六七八九零";
/** Chinese units: `十`, `廿` (20), `卅` (30), `百`, `千`. */
const UNITS = "十廿卅百千";
const UNIT_VALUES = [10, 20, 30, 100, 1000];

/**
 * A weekday written with a date: before it (`Fri, `, `星期五，`), or after it in parentheses (`(五)`,
 * `(Fri)`) or not (`週五`, `星期五`, `, Friday`). A bare `五` or `日` counts only in parentheses.
 */
const WEEKDAY =
  /^(?:((?:sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?|(?:[週周]|星期|[禮礼]拜)[日一二三四五六天])[ ,]+)?(.+?)[ ,]*(?:\( *((?:sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?|(?:[週周]|星期|[禮礼]拜)?[日一二三四五六天]) *\)|((?:sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?|(?:[週周]|星期|[禮礼]拜)[日一二三四五六天]))?$/i;

/** A date in digits and separators only, all of which `WEEKDAY` would take as the date. */
const NUMERIC = /^[\d./-]+$/;

/** The weekday `WEEKDAY` took, 0 (Sunday) to 6: by its first three letters, or its last character. */
function weekdayOf(token: string): number {
  const english = "sunmontuewedthufrisat".indexOf(token.slice(0, 3).toLowerCase());
  return english < 0 ? Math.max(NUMERALS.indexOf(token.slice(-1)) % 10, 0) : english / 3;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** The ISO date for year/month/day, or null when no such day exists (or the year has no 4 digits). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Full-width digits and separators to ASCII, so `２０２５／１０／２４` reads like `2025/10/24`. */
function toHalfWidth(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xff01 || c > 0xff5e) continue;
    out += text.slice(from, i) + String.fromCharCode(c - 0xfee0);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * 2025-10-24 in the form of text that reads as no date: Chinese (ROC when it says 民國 or its year has
 * at most three characters), year first with the separator written (ROC when the year has three
 * digits), English words (day first when a digit comes first), else numbers in `order`.
 */
function exampleFor(text: string, order: DateOrder): string {
  if (/[年月]/.test(text)) return `${/民|^.{1,3}年/.test(text) ? "民國114" : "2025"}年10月24日`;
  const [, year = "", separator = "/"] = /^(\d+)([/.-])/.exec(text) ?? [];
  if (!year && /[a-z].*\d/i.test(text)) return /^\d/.test(text) ? "24 October 2025" : "October 24, 2025";
  const parts =
    year.length > 2 ? [year[3] ? 2025 : 114, 10, 24] : order === "mdy" ? [10, 24, 2025] : [24, 10, 2025];
  return parts.join(separator);
}

interface Groups {
  values: number[];
  widths: number[];
}

/** Splits `10/24/2025`-like text into digit groups; null unless it is digits and one kind of separator. */
function digitGroups(text: string, separators: string): Groups | null {
  const values: number[] = [];
  const widths: number[] = [];
  let value = 0;
  let width = 0;
  let separator = "";
  for (let i = 0; i <= text.length; i++) {
    const ch = i < text.length ? text.charAt(i) : "";
    const d = ch === "" ? -1 : digitValue(ch.charCodeAt(0));
    if (d >= 0) {
      if (width >= 4) return null;
      value = value * 10 + d;
      width++;
      continue;
    }
    if (width === 0) return null;
    values.push(value);
    widths.push(width);
    value = 0;
    width = 0;
    if (ch === "") break;
    if (!separators.includes(ch)) return null;
    if (separator === "") separator = ch;
    else if (separator !== ch) return null;
  }
  return values.length === 3 ? { values, widths } : null;
}

function readNumeric(text: string, order: DateOrder): Reading | null {
  const groups = digitGroups(text, "/-.");
  if (!groups) return null;
  const [a = 0, b = 0, c = 0] = groups.values;
  const [wa = 0, , wc = 0] = groups.widths;
  if (wa === 4) return fromParts(a, b, c);
  // 114/10/24, and 99/10/24 whose first group cannot be a day or a month
  if (wa === 3 || (wc <= 2 && a > 31)) return fromParts(a + ROC_OFFSET, b, c);
  if (wc !== 4 && wc !== 2) return { kind: "impossible" };
  const year = wc === 2 ? 2000 + c : c;
  const monthFirst = isoDate(year, a, b);
  const dayFirst = isoDate(year, b, a);
  const chosen = order === "mdy" ? monthFirst : dayFirst;
  const other = order === "mdy" ? dayFirst : monthFirst;
  if (chosen !== null && other !== null && chosen !== other) return { kind: "ambiguous", iso: chosen, other };
  const iso = chosen ?? other;
  return iso === null ? { kind: "impossible" } : { kind: "date", iso };
}

function fromParts(year: number, month: number, day: number): Reading {
  const iso = isoDate(year, month, day);
  return iso === null ? { kind: "impossible" } : { kind: "date", iso };
}

/**
 * `2025年10月24日`, `民國114年10月24日`, `114年10月24日` (a year below 1000 is an ROC year), in Arabic or
 * Chinese numerals (`一一四`, `一百一十四`, `二〇二五`, `二十四`, `廿四`).
 */
function readChinese(text: string): Reading | null {
  const rest = text.replace(/^(中[華华])?民[國国]/, "");
  const roc = rest !== text;
  const parts: number[] = [];
  // a number is its units' total plus its digits: 一百一十四 is 100 + 10 + 4, 一一四 the digits 114
  let total = 0;
  let digits = 0;
  let seen = false;
  const units = "年月日";
  for (const ch of rest) {
    const d = NUMERALS.indexOf(ch) % 10;
    const unit = UNIT_VALUES[UNITS.indexOf(ch)];
    if (d >= 0) digits = digits * 10 + d;
    else if (unit) {
      total += (digits || 1) * unit;
      digits = 0;
    } else if (ch === " ") continue;
    else if (seen && (ch === units[parts.length] || (parts.length === 2 && "號号".includes(ch)))) {
      parts.push(total + digits);
      total = digits = 0;
      seen = false;
      continue;
    } else return null;
    seen = true;
  }
  // the day may go without its 日
  if (seen) parts.push(total + digits);
  if (parts.length !== 3) return null;
  const [year = 0, month = 0, day = 0] = parts;
  return fromParts(roc || year < 1000 ? year + ROC_OFFSET : year, month, day);
}

/** `Oct 24, 2025`, `October 24 2025`, `24 Oct. 2025` (a weekday with them is taken off before). */
function readEnglish(text: string): Reading | null {
  const words = text.toLowerCase().replace(/[,.]/g, " ").split(" ").filter(Boolean);
  if (words.length !== 3) return null;
  const [first = "", second = "", third = ""] = words;
  const year = /^\d{4}$/.test(third) ? Number(third) : NaN;
  if (Number.isNaN(year)) return null;
  const day = (word: string): number => {
    const match = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(word);
    return match ? Number(match[1]) : NaN;
  };
  const monthFirst = monthOf(first);
  if (monthFirst > 0 && !Number.isNaN(day(second))) {
    return fromParts(year, monthFirst, day(second));
  }
  const monthSecond = monthOf(second);
  if (monthSecond > 0 && !Number.isNaN(day(first))) {
    return fromParts(year, monthSecond, day(first));
  }
  return null;
}

/** Longer text is no date form; refusing it early keeps every reader below bounded. */
const MAX_DATE_LENGTH = 48;

/**
 * Reads a date as written; `order` settles `03/04/2025`, which is a real date either way, unless a
 * weekday written with it fits one reading only.
 */
export function readDate(written: string, order: DateOrder = "mdy"): DateReading {
  const half = toHalfWidth(written.trim());
  // digits and separators alone hold no weekday: they are the date as they are
  const match: readonly (string | undefined)[] | null =
    half.length > MAX_DATE_LENGTH ? null : NUMERIC.test(half) ? [half, undefined, half] : WEEKDAY.exec(half);
  const text = match?.[2] ?? "";
  const weekdayWritten = match?.[1] ?? match?.[3] ?? match?.[4];
  const reading = readNumeric(text, order) ??
    readChinese(text) ??
    readEnglish(text) ?? { kind: "unrecognised" };
  if (!("iso" in reading)) {
    const example = exampleFor(text, order);
    return {
      kind: reading.kind,
      form: example.replace(/\w+/g, (part) =>
        part[4] ? "Month" : part[2] ? "Y".repeat(part.length) : part < "2" ? "MM" : "DD",
      ),
      example,
    };
  }
  if (weekdayWritten) {
    const fits = (iso: string): boolean => new Date(iso).getUTCDay() === weekdayOf(weekdayWritten);
    if (reading.kind === "ambiguous" && fits(reading.iso) !== fits(reading.other)) {
      return { kind: "date", iso: fits(reading.iso) ? reading.iso : reading.other };
    }
    if (!fits(reading.iso)) reading.weekdayMismatch = weekdayWritten;
  }
  return reading;
}
