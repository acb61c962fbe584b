import type { Brief, Field, OutlinePoint, Summary } from "../schema.js";
import { headerFields, summaryHeading } from "./labels.js";

/*
 * Every text goes through `inline`, which backslash-escapes what CommonMark and GFM would otherwise
 * read as syntax (emphasis, code, links, raw HTML, entities, tables, strikethrough, autolinks) and the
 * markers that only count at the start of a block (lists, headings, quotes). Markdown has no syntax for
 * a language, so each summary sits in a `<div lang>` block: the only raw HTML emitted, built from the
 * summary's language tag alone and escaped as an attribute.
 */

/** Characters that are syntax wherever they stand. `#` counts too: headings drop a trailing `#` run. */
const INLINE_SYNTAX = /[\\`*_[\]<>&|~#@]/g;
/** GFM turns `www.x` and `scheme://x` into links; escaping the `.` and `:` keeps them text. */
const WWW_AUTOLINK = /(www)\./gi;
const SCHEME_AUTOLINK = /:(?=\/\/)/g;
/** Block starts that `INLINE_SYNTAX` leaves alone: bullets, setext underlines, ordered list numbers. */
const BLOCK_START_MARK = /^[-+=]/;
const ORDERED_LIST_START = /^(\d{1,9})([.)])/;
/** Markdown line structure only knows ASCII whitespace; any run of it is one space in running text. */
const LINE_WHITESPACE = /[\t\n\r ]+/g;

function inline(text: string): string {
  return text
    .replace(LINE_WHITESPACE, " ")
    .trim()
    .replace(INLINE_SYNTAX, "\\$&")
    .replace(WWW_AUTOLINK, "$1\\.")
    .replace(SCHEME_AUTOLINK, "\\:")
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
    lines.push(listItem("-", point.text));
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
