import { absolute, documentHTML } from "./document.js";
import type { Site } from "./document.js";
import type { Entry } from "./entries.js";
import { shorten } from "./entries.js";
import { renderDigest } from "@briefkit/elements/ssr";
import { escapeMarkup } from "./markup.js";
import { description } from "./page.js";

function listItem(entry: Entry): string {
  const date = entry.brief.date;
  return [
    "<li>",
    `<a href="${entry.slug}/index.html" lang="${entry.lang}">${escapeMarkup(entry.title)}</a>`,
    date === null ? "" : ` <time datetime="${date}">${date}</time>`,
    `<p lang="${entry.lang}">${escapeMarkup(description(entry))}</p>`,
    "</li>",
  ].join("");
}

/**
 * `OUT/index.html`: a list of links to every brief page, which search engines and readers without
 * JavaScript follow, then every brief in one `<brief-digest>` to search and read on the page.
 */
export function indexPage(site: Site, entries: readonly Entry[]): string {
  const count = entries.length === 1 ? "1 brief" : `${entries.length} briefs`;
  const body = [
    "<main>",
    `<h1>${escapeMarkup(site.title)}</h1>`,
    `<p class="meta">${count}, newest first.</p>`,
    ...(entries.length === 0
      ? ["<p>No briefs yet.</p>"]
      : [
          '<nav aria-labelledby="all-briefs">',
          '<h2 id="all-briefs">All briefs</h2>',
          `<ul class="briefs">${entries.map(listItem).join("\n")}</ul>`,
          "</nav>",
          '<section aria-labelledby="search-briefs">',
          '<h2 id="search-briefs">Read and search</h2>',
          renderDigest(
            entries.map((entry) => entry.brief),
            { language: "both" },
          ),
          "</section>",
        ]),
    "</main>",
  ];
  const first = entries[0];
  const head = {
    lang: first?.lang ?? "zh-Hant",
    title: site.title,
    description: shorten(
      `${site.title}: ${count}. ${first === undefined ? "" : description(first)}`.trim(),
      160,
    ),
    canonical: absolute(site, ""),
    root: "",
  };
  return documentHTML(site, head, body.join("\n"));
}
