import { toHTML } from "@briefkit/core";
import { absolute } from "./document.js";
import type { Site } from "./document.js";
import type { Entry } from "./entries.js";
import { feedItem } from "./feed-entry.js";
import { clean } from "./markup.js";

/**
 * `OUT/feed.json`, JSON Feed 1.1, newest first. JSON Feed has no relative URLs: without the site's URL,
 * `home_page_url`, `feed_url` and each item's `url` are left out, and ids are name-based UUIDs.
 */
export function jsonFeed(site: Site, entries: readonly Entry[]): string {
  const home = absolute(site, "");
  const self = absolute(site, "feed.json");
  const items = entries.map((entry) => {
    const item = feedItem(site, entry);
    return {
      id: item.id,
      ...(home === null ? {} : { url: item.link }),
      ...(item.original === null ? {} : { external_url: item.original }),
      title: item.title,
      content_text: item.leads.map((lead) => lead.text).join("\n\n"),
      content_html: toHTML(entry.brief),
      ...(item.published === null ? {} : { date_published: item.published }),
      ...(item.authors.length === 0 ? {} : { authors: item.authors.map((name) => ({ name: clean(name) })) }),
      ...(item.tags.length === 0 ? {} : { tags: item.tags.map(clean) }),
      language: item.lang,
    };
  });
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: site.title,
    ...(home === null ? {} : { home_page_url: home }),
    ...(self === null ? {} : { feed_url: self }),
    items,
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
