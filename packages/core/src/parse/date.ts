/**
 * Every date form briefs are written in, to an ISO 8601 calendar date:
 * `10/24/2025`, `24/10/2025`, `2025/10/24`, `2025-10-24`, `2025年10月24日`, `民國114年10月24日`,
 * `114/10/24` (ROC year + 1911), `Oct 24, 2025`, `24 October 2025`, `Friday, October 24, 2025`.
 */
import { digitValue } from "./chars.js";

export type DateOrder = "mdy" | "dmy";

export type DateReading =
  | { kind: "date"; iso: string }
  /** Both day-first and month-first readings are real dates: `iso` follows the chosen order. */
  | { kind: "ambiguous"; iso: string; other: string }
  /** The text has a date's shape but names no real day (`02/30/2025`). */
  | { kind: "impossible" }
  /** The text is not in any date form briefkit reads. */
  | { kind: "unrecognised" };

/** The ROC (Minguo) calendar counts years from 1912. */
const ROC_OFFSET = 1911;

const MONTHS = "january february march april may june july august september october november december".split(
  " ",
);
const WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday tues thur thurs".split(" ");

/** The month a word names, by its full name, its first three letters or `sept`; 0 when it names none. */
function monthOf(word: string): number {
  if (word === "sept") return 9;
  for (let m = 0; m < 12; m++) {
    const name = MONTHS[m] as string;
    if (word === name || word === name.slice(0, 3)) return m + 1;
  }
  return 0;
}

/** Whether a word names a weekday, in full or by its first three letters (`tues`, `thur`, `thurs` too). */
function isWeekday(word: string): boolean {
  return WEEKDAYS.some((day, i) => word === day || (i < 7 && word === day.slice(0, 3)));
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

function readNumeric(text: string, order: DateOrder): DateReading | null {
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

function fromParts(year: number, month: number, day: number): DateReading {
  const iso = isoDate(year, month, day);
  return iso === null ? { kind: "impossible" } : { kind: "date", iso };
}

/** `2025年10月24日`, `民國114年10月24日`, `114年10月24日` (a year of up to three digits is an ROC year). */
function readChinese(text: string): DateReading | null {
  let rest = text;
  let roc = false;
  for (const prefix of ["中華民國", "中华民国", "民國", "民国"]) {
    if (rest.startsWith(prefix)) {
      rest = rest.slice(prefix.length).trimStart();
      roc = true;
      break;
    }
  }
  const parts: number[] = [];
  const widths: number[] = [];
  let value = 0;
  let width = 0;
  const units = "年月日";
  for (let i = 0; i < rest.length; i++) {
    const ch = rest.charAt(i);
    const d = digitValue(ch.charCodeAt(0));
    if (d >= 0) {
      if (width >= 4) return null;
      value = value * 10 + d;
      width++;
    } else if (ch === " ") {
      continue;
    } else if (ch === units[parts.length] || (parts.length === 2 && (ch === "號" || ch === "号"))) {
      if (width === 0) return null;
      parts.push(value);
      widths.push(width);
      value = 0;
      width = 0;
    } else {
      return null;
    }
  }
  if (width > 0 && parts.length === 2) {
    parts.push(value);
    widths.push(width);
  } else if (width > 0) return null;
  if (parts.length !== 3) return null;
  const [year = 0, month = 0, day = 0] = parts;
  return fromParts(roc || (widths[0] ?? 0) <= 3 ? year + ROC_OFFSET : year, month, day);
}

/** `Oct 24, 2025`, `October 24 2025`, `24 Oct. 2025`, with an optional weekday first. */
function readEnglish(text: string): DateReading | null {
  const words = text.toLowerCase().replace(/[,.]/g, " ").split(" ").filter(Boolean);
  if (words.length === 4 && isWeekday(words[0] ?? "")) words.shift();
  if (words.length !== 3) return null;
  const [first = "", second = "", third = ""] = words;
  const year = /^\d{4}$/.test(third) ? Number(third) : NaN;
  if (Number.isNaN(year)) return null;
  const day = (word: string): number => {
    const match = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(word);
    return match ? Number(match[1]) : NaN;
  };
  const monthFirst = monthOf(first);
  if (monthFirst > 0 && !Number.isNaN(day(second))) return fromParts(year, monthFirst, day(second));
  const monthSecond = monthOf(second);
  if (monthSecond > 0 && !Number.isNaN(day(first))) return fromParts(year, monthSecond, day(first));
  return null;
}

/** Longer text is no date form; refusing it early keeps every reader below bounded. */
const MAX_DATE_LENGTH = 48;

/** Reads a date as written; `order` settles `03/04/2025`, which is a real date either way. */
export function readDate(written: string, order: DateOrder = "mdy"): DateReading {
  const text = toHalfWidth(written).trim();
  if (text.length === 0 || text.length > MAX_DATE_LENGTH) return { kind: "unrecognised" };
  return readNumeric(text, order) ?? readChinese(text) ?? readEnglish(text) ?? { kind: "unrecognised" };
}
