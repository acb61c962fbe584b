import type { UILanguage } from "./strings.js";

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
  return new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" }).format(date);
}
