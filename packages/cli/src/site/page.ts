import { toHTML, toJSONLDScript } from "@briefkit/core";
import type { Brief } from "@briefkit/core";
import { absolute, documentHTML } from "./document.js";
import type { Site } from "./document.js";
import type { Entry } from "./entries.js";
import { leads, shorten, titleOf } from "./entries.js";
import { escapeMarkup } from "./markup.js";

/** Search engines show about this many characters of a description. */
const DESCRIPTION_LENGTH = 160;

/**
 * The card for a brief page. Today the light-DOM element, its text readable before and without the
 * script; server-rendered cards (declarative shadow DOM from `@briefkit/elements/ssr`) replace this
 * function's body and nothing else. It sits in a box of one size before and after it upgrades, which
 * scrolls when the card is taller, so the box is a named, focusable region: keyboards can scroll it.
 */
export function renderCardHTML(brief: Brief, text: string): string {
  const label = escapeMarkup(`${titleOf(brief)}: card`);
  return `<section class="card" tabindex="0" aria-label="${label}"><brief-card language="both">${escapeMarkup(text)}</brief-card></section>`;
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
    renderCardHTML(entry.brief, entry.text),
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
