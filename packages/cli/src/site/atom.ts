import { toHTML } from "@briefkit/core";
import { absolute } from "./document.js";
import type { Site } from "./document.js";
import type { Entry } from "./entries.js";
import { feedId, feedItem, lastUpdated } from "./feed-entry.js";
import { escapeMarkup as x } from "./markup.js";

const GENERATOR = '<generator uri="https://github.com/briefkit/briefkit">briefkit</generator>';

function person(name: string): string {
  return `<author><name>${x(name)}</name></author>`;
}

function entryXML(site: Site, entry: Entry, updated: string): string {
  const item = feedItem(site, entry);
  const lines = [
    "<entry>",
    `<id>${x(item.id)}</id>`,
    `<title type="text">${x(item.title)}</title>`,
    `<updated>${item.published ?? updated}</updated>`,
    ...(item.published === null ? [] : [`<published>${item.published}</published>`]),
    `<link rel="alternate" type="text/html" href="${x(item.link)}"/>`,
    ...(item.original === null ? [] : [`<link rel="related" type="text/html" href="${x(item.original)}"/>`]),
    ...item.authors.map(person),
    ...item.tags.map((tag) => `<category term="${x(tag)}"/>`),
    `<summary type="text">${x(item.leads.map((lead) => lead.text).join("\n\n"))}</summary>`,
    // The whole brief, both languages, as the same escaped fragment the page shows.
    `<content type="html">${x(toHTML(entry.brief))}</content>`,
    "</entry>",
  ];
  return lines.join("\n");
}

/**
 * `OUT/feed.xml`, Atom 1.0 (RFC 4287), newest first. Without the site's URL its links are relative,
 * which readers resolve against where they fetched the feed; its ids are then name-based UUIDs. The
 * feed's author is the site, standing in for entries whose brief names none.
 */
export function atomFeed(site: Site, entries: readonly Entry[]): string {
  const updated = lastUpdated(entries);
  const self = absolute(site, "feed.xml");
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<id>${x(feedId(site, "feed.xml"))}</id>`,
    `<title type="text">${x(site.title)}</title>`,
    `<updated>${updated}</updated>`,
    ...(self === null ? [] : [`<link rel="self" type="application/atom+xml" href="${x(self)}"/>`]),
    `<link rel="alternate" type="text/html" href="${x(absolute(site, "") ?? "index.html")}"/>`,
    person(site.title),
    GENERATOR,
    ...entries.map((entry) => entryXML(site, entry, updated)),
    "</feed>",
  ];
  return `${lines.join("\n")}\n`;
}
