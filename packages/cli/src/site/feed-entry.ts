import { createHash } from "node:crypto";
import type { Site } from "./document.js";
import { absolute } from "./document.js";
import type { Entry } from "./entries.js";
import { leads } from "./entries.js";

/**
 * A name-based UUID (version 5, RFC 9562) as a URN: a stable, absolute id for a feed or entry when the
 * site's URL is not known, since Atom ids must be absolute IRIs and must never change.
 */
function nameUUID(name: string): string {
  const bytes = createHash("sha1").update(`briefkit:${name}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** What the Atom and the JSON feed both say of one brief. */
export interface FeedItem {
  id: string;
  /** Absolute when the site's URL is known, else relative to the feed, which sits at the root. */
  link: string;
  title: string;
  /** The original article's address, when the brief gives it. */
  original: string | null;
  /** RFC 3339, midnight UTC of the brief's date; null for an undated brief. */
  published: string | null;
  authors: string[];
  tags: string[];
  lang: string;
  /** Both languages' leads, each with its language. */
  leads: { lang: string; text: string }[];
}

export function timestamp(date: string): string {
  return `${date}T00:00:00Z`;
}

export function feedItem(site: Site, entry: Entry): FeedItem {
  const page = absolute(site, `${entry.slug}/`);
  return {
    id: page ?? nameUUID(`brief:${entry.slug}`),
    link: page ?? `${entry.slug}/index.html`,
    title: entry.title,
    original: entry.brief.url ?? null,
    published: entry.brief.date === null ? null : timestamp(entry.brief.date),
    authors: entry.brief.authors,
    tags: entry.brief.keywords,
    lang: entry.lang,
    leads: leads(entry.brief),
  };
}

/** The feed's own id: its URL, or a UUID named after the site's title. */
export function feedId(site: Site, file: string): string {
  return absolute(site, file) ?? nameUUID(`feed:${site.title}`);
}

/** The newest brief's date as the feed's last update; undated sites fall back to the build time. */
export function lastUpdated(entries: readonly Entry[]): string {
  const dates = entries.map((entry) => entry.brief.date).filter((date) => date !== null);
  const newest = dates.sort().at(-1);
  return newest === undefined ? new Date().toISOString().replace(/\.\d+Z$/, "Z") : timestamp(newest);
}
