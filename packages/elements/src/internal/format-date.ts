import type { UILanguage } from "./strings.js";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * A formatter for dates the two fixed patterns below do not cover, built on first use and kept:
 * building an `Intl.DateTimeFormat` costs far more than formatting with one.
 */
const formatters = new Map<UILanguage, Intl.DateTimeFormat>();

function formatter(language: UILanguage): Intl.DateTimeFormat {
  let cached = formatters.get(language);
  if (!cached) {
    cached = new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" });
    formatters.set(language, cached);
  }
  return cached;
}

/**
 * An ISO calendar date (`2025-10-24`) written for readers of `language`: `2025年10月24日`,
 * `October 24, 2025`. The date is a calendar day, not an instant, so it is read in UTC and never
 * shifts with the reader's time zone. Years of the common era are written by hand in the same
 * pattern as `Intl.DateTimeFormat`'s long date style: the first formatter a page builds loads locale
 * data (20–50 ms in Chromium), which would otherwise sit between the bundle's arrival and the first card.
 */
export function formatDate(iso: string, language: UILanguage): string {
  const [year, month, day] = iso.split("-").map(Number);
  if (year === undefined || month === undefined || day === undefined) return iso;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (Number.isNaN(date.getTime())) return iso;
  if (date.getUTCFullYear() < 1) return formatter(language).format(date);
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
  return language === "en" ? `${MONTHS[m]} ${d}, ${y}` : `${y}年${m + 1}月${d}日`;
}
