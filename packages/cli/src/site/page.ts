import { toHTML, toJSONLDScript } from "@briefkit/core";
import { renderCard } from "@briefkit/elements/ssr";
import type { Brief } from "@briefkit/core";
import { absolute, documentHTML } from "./document.js";
import type { Site } from "./document.js";
import type { Entry } from "./entries.js";
import { leads, shorten, titleOf } from "./entries.js";
import { escapeMarkup } from "./markup.js";

/** Search engines show about this many characters of a description. */
const DESCRIPTION_LENGTH = 160;

/**
 * The card for a brief page, server-rendered (declarative shadow DOM): styled and readable with
 * JavaScript off, and the same card once the bundle upgrades it, so nothing moves.
 */
export function renderCardHTML(brief: Brief): string {
  const label = escapeMarkup(`${titleOf(brief)}: card`);
  return `<section class="card" aria-label="${label}">${renderCard(brief, { language: "both" })}</section>`;
}

/** The brief's first lead, shortened for `<meta name="description">`. */
export function description(entry: Entry): string {
  const lead = leads(entry.brief)[0]?.text ?? entry.title;
  return shorten(lead, DESCRIPTION_LENGTH);
}

function byline(brief: Brief): string {
  const parts: string[] = [];
  if (brief.authors.length > 0) parts.push(escapeMarkup(brief.authors.join(", ")));
  if (brief.date !== null) parts.push(`<time datetime="${brief.date}">${brief.date}</time>`);
  if (brief.url !== undefined) {
    const source = brief.source === null ? "" : ` (${escapeMarkup(brief.source)})`;
    parts.push(`<a href="${escapeMarkup(brief.url)}" rel="external">原文 / Original article${source}</a>`);
  }
  return parts.length === 0 ? "" : `<p class="meta">${parts.join(" · ")}</p>`;
}

/** `OUT/<slug>/index.html`: the card, then the whole brief in both languages as plain HTML. */
export function briefPage(site: Site, entry: Entry): string {
  const body = [
    "<header>",
    `<nav aria-label="Site"><a href="../index.html">← ${escapeMarkup(site.title)}</a></nav>`,
    "</header>",
    "<main>",
    `<h1>${escapeMarkup(entry.title)}</h1>`,
    byline(entry.brief),
    renderCardHTML(entry.brief),
    toHTML(entry.brief).trimEnd(),
    "</main>",
  ].filter((line) => line !== "");
  const head = {
    lang: entry.lang,
    title: `${entry.title} · ${site.title}`,
    description: description(entry),
    canonical: absolute(site, `${entry.slug}/`),
    root: "../",
    extra: toJSONLDScript(entry.brief),
  };
  return documentHTML(site, head, body.join("\n"));
}
