import type { UILanguage } from "./strings.js";

/**
 * One formatter per language for the life of the page: building an `Intl.DateTimeFormat` costs far
 * more than formatting with one, and a page of cards formats a date for every card.
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
 * `October 24, 2025`. The date is a calendar day, not an instant, so it is formatted in UTC and
 * never shifts with the reader's time zone.
 */
export function formatDate(iso: string, language: UILanguage): string {
  const [year, month, day] = iso.split("-").map(Number);
  if (year === undefined || month === undefined || day === undefined) return iso;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(language).format(date);
}
