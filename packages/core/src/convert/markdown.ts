import type { Brief, Field, OutlinePoint, Summary } from "../schema.js";
import { withoutControls } from "./characters.js";
import { headerFields, summaryHeading } from "./labels.js";

/*
 * Every text goes through `inline`, which leaves out controls and noncharacters (as toHTML does) and
 * backslash-escapes what CommonMark and GFM would otherwise read as syntax (emphasis, code, links, raw
 * HTML, entities, tables, strikethrough, `www.` and `scheme://` autolinks) and the markers that only
 * count at the start of a block (lists, headings, quotes). Markdown has no syntax for a language, so
 * each summary sits in a `<div lang>` block: the only raw HTML emitted, built from the summary's
 * language tag alone and escaped as an attribute.
 *
 * E-mail addresses (and `mailto:`/`xmpp:` ones) are the exception to escaping: cmark-gfm, GitHub's own
 * renderer, links `someone\@example.com` and `someone&#64;example.com` alike, since it looks for
 * addresses in the text after escapes and entities are read. What it does not link is an `@` with no
 * address character right before it, so a WORD JOINER (U+2060, written `&#8288;`) goes between the two.
 * It is invisible and keeps the line from breaking there, so the reader sees the same text, but the
 * rendered text does hold one more (invisible) character: copying it or searching for it on the page
 * may find the address without it.
 */

/** Characters that are syntax wherever they stand. `#` counts too: headings drop a trailing `#` run. */
const INLINE_SYNTAX = /[\\`*_[\]<>&|~#]/g;
/** GFM turns `www.x` and `scheme://x` into links; escaping the `.` and `:` keeps them text. */
const WWW_AUTOLINK = /(www)\./gi;
const SCHEME_AUTOLINK = /:(?=\/\/)/g;
/** An `@` right after a character an address's local part may hold (`_` comes escaped, as `\_`). */
const EMAIL_AUTOLINK = /(?<=[A-Za-z0-9.+_-])@/g;
const WORD_JOINER = "&#8288;";
/** Block starts that `INLINE_SYNTAX` leaves alone: bullets, setext underlines, ordered list numbers. */
const BLOCK_START_MARK = /^[-+=]/;
const ORDERED_LIST_START = /^(\d{1,9})([.)])/;
/** Markdown line structure only knows ASCII whitespace; any run of it is one space in running text. */
const LINE_WHITESPACE = /[\t\n\r ]+/g;

function inline(text: string): string {
  return withoutControls(text)
    .replace(LINE_WHITESPACE, " ")
    .trim()
    .replace(INLINE_SYNTAX, "\\$&")
    .replace(WWW_AUTOLINK, "$1\\.")
    .replace(SCHEME_AUTOLINK, "\\:")
    .replace(EMAIL_AUTOLINK, `${WORD_JOINER}@`)
    .replace(BLOCK_START_MARK, "\\$&")
    .replace(ORDERED_LIST_START, "$1\\$2");
}

function attribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function listItem(marker: string, text: string): string {
  const content = inline(text);
  return content === "" ? marker : `${marker} ${content}`;
}

function headerTable(fields: readonly Field[]): string {
  const rows = fields.map((field) => `| ${inline(field.label)} | ${inline(field.value)} |`);
  return ["| 欄位/Field | 內容/Value |", "| --- | --- |", ...rows].join("\n");
}

function outline(points: readonly OutlinePoint[]): string {
  const lines: string[] = [];
  for (const point of points) {
    const bullet = listItem("-", point.text);
    lines.push(bullet);
    // An empty list item cannot interrupt a paragraph, so an empty first sub-point would be read as
    // more of the bullet's text; a blank line ends that paragraph first (this makes the list loose).
    const [first] = point.children;
    if (bullet !== "-" && first !== undefined && inline(first.text) === "") lines.push("");
    // Two spaces put the numbered list inside the bullet's content column, so it nests.
    point.children.forEach((child, index) => lines.push(`  ${listItem(`${index + 1}.`, child.text)}`));
  }
  return lines.join("\n");
}

function section(summary: Summary): string {
  const blocks = [`<div lang="${attribute(summary.lang)}">`, `## ${inline(summaryHeading(summary))}`];
  const lead = inline(summary.lead);
  if (lead !== "") blocks.push(lead);
  if (summary.points.length > 0) blocks.push(outline(summary.points));
  blocks.push("</div>");
  // Blank lines around the div tags end the HTML block, so the Markdown between them is parsed.
  return blocks.join("\n\n");
}

/**
 * Readable Markdown (CommonMark + GFM tables) of a brief: the header fields as a table, then each
 * summary as a `##` heading, its lead and its outline as nested lists, wrapped in a `<div lang>`.
 */
export function toMarkdown(brief: Brief): string {
  const blocks: string[] = [];
  const fields = headerFields(brief);
  if (fields.length > 0) blocks.push(headerTable(fields));
  for (const summary of brief.summaries) blocks.push(section(summary));
  return blocks.length === 0 ? "" : `${blocks.join("\n\n")}\n`;
}
