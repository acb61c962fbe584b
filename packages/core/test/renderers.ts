import { HtmlRenderer, Parser } from "commonmark";
import MarkdownIt from "markdown-it";
import { marked } from "marked";
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";

/**
 * Independent Markdown renderers, each allowed the raw HTML the converter's `<div lang>` blocks rely on.
 * Converter output is checked against all of them, not against what the converter meant to write.
 */
export const COMMONMARK_RENDERERS: Readonly<Record<string, (markdown: string) => string>> = {
  "commonmark.js": (markdown) => new HtmlRenderer().render(new Parser().parse(markdown)),
  micromark: (markdown) => micromark(markdown, { allowDangerousHtml: true }),
  "markdown-it": (markdown) => new MarkdownIt({ html: true }).render(markdown),
  marked: (markdown) => marked.parse(markdown, { async: false, gfm: false }),
};

/** GitHub-flavoured renderers with autolinks on: where an address or `mailto:` in a point would become a link. */
export const GFM_RENDERERS: Readonly<Record<string, (markdown: string) => string>> = {
  "micromark + gfm": (markdown) =>
    micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] }),
  "markdown-it (linkify)": (markdown) => new MarkdownIt({ html: true, linkify: true }).render(markdown),
  "marked (gfm)": (markdown) => marked.parse(markdown, { async: false, gfm: true }),
};
