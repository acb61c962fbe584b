import { escapeMarkup } from "./markup.js";

/** What every page of one site shares. */
export interface Site {
  title: string;
  /** Where the site will be served from, ending in `/`; null when the user gave no --base-url. */
  baseURL: URL | null;
}

/**
 * Readable without any script: system fonts, a measure of about 70 characters, AA contrast or
 * better in light and dark schemes. The elements are server-rendered: where the browser attaches
 * their declarative shadow roots, they look as they will once upgraded, and styling the host as well
 * (its padding, and `white-space`, which the shadow tree inherits) would move them when the bundle
 * takes over. A browser that does not attach them keeps the `<template>` inert, so only then is the
 * brief's text shown as written, line for line, in a box like the card's.
 */
const STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --bg: #ffffff; --muted: #57606a; --link: #0550ae; --line: #d1d9e0; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --link: #6cb6ff; --line: #3d444d; } }
body { margin: 0; font: 1rem/1.6 system-ui, "Noto Sans TC", "PingFang TC", "Microsoft JhengHei", sans-serif; color: var(--fg); background: var(--bg); }
header, main, footer { max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem; overflow-wrap: anywhere; }
a { color: var(--link); }
.meta, footer { color: var(--muted); }
h1 { font-size: 1.75rem; line-height: 1.3; }
brief-card, brief-digest { display: block; box-sizing: border-box; }
.card { margin: 1.5rem 0; }
brief-digest { margin: 1.5rem 0; }
:is(brief-card, brief-digest):not(:defined):has(> template) { padding: 1.25rem 1.5rem; border: 1px solid var(--line); border-radius: 0.75rem; white-space: pre-line; }
.briefs { list-style: none; padding: 0; }
.briefs li { margin: 0 0 1.25rem; }
.briefs p { margin: 0.25rem 0 0; }
`
  .trim()
  .replace(/\n/g, "");

export interface Head {
  lang: string;
  title: string;
  description: string;
  /** The page's absolute URL, when the site's is known. */
  canonical: string | null;
  /** The way from this page to the site's root: "" or "../". */
  root: string;
  /** Markup that is already safe: the JSON-LD script. */
  extra?: string;
}

/** A whole page: the head every page has, then `body` (already escaped markup). */
export function documentHTML(site: Site, head: Head, body: string): string {
  const title = escapeMarkup(site.title);
  const lines = [
    "<!DOCTYPE html>",
    `<html lang="${escapeMarkup(head.lang)}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeMarkup(head.title)}</title>`,
    `<meta name="description" content="${escapeMarkup(head.description)}">`,
    ...(head.canonical === null ? [] : [`<link rel="canonical" href="${escapeMarkup(head.canonical)}">`]),
    `<link rel="alternate" type="application/atom+xml" href="${head.root}feed.xml" title="${title} (Atom)">`,
    `<link rel="alternate" type="application/feed+json" href="${head.root}feed.json" title="${title} (JSON Feed)">`,
    `<style>${STYLE}</style>`,
    `<script type="module" src="${head.root}briefkit.min.js"></script>`,
    ...(head.extra === undefined ? [] : [head.extra]),
    "</head>",
    "<body>",
    body,
    "<footer>",
    `<p>Feeds: <a href="${head.root}feed.xml" rel="alternate" type="application/atom+xml">Atom</a> · <a href="${head.root}feed.json" rel="alternate" type="application/feed+json">JSON Feed</a></p>`,
    "</footer>",
    "</body>",
    "</html>",
  ];
  return `${lines.join("\n")}\n`;
}

/** The absolute URL of `path` below the site, when the site's URL is known. */
export function absolute(site: Site, path: string): string | null {
  return site.baseURL === null ? null : new URL(path, site.baseURL).href;
}
