import type { Brief, Field, OutlinePoint, Summary } from "../schema.js";
import { withoutControls } from "./characters.js";
import { briefHeading, headerFields, summaryHeading } from "./labels.js";

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Safe in text and in quoted attributes alike, so no call site has to know which one it is in; it also
 * leaves out the code points HTML forbids (controls, noncharacters), so every text goes through it.
 */
function escape(text: string): string {
  return withoutControls(text).replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

function fieldValue(field: Field, isoDate: string | null): string {
  const value = escape(field.value);
  return isoDate === null ? value : `<time datetime="${escape(isoDate)}">${value}</time>`;
}

function descriptionList(fields: readonly Field[], isoDate: string | null): string {
  const dateField = fields.find((field) => field.key === "date");
  const groups = fields.map((field) => {
    const value = fieldValue(field, field === dateField ? isoDate : null);
    return `      <div><dt>${escape(field.label)}</dt><dd>${value}</dd></div>`;
  });
  return ["    <dl>", ...groups, "    </dl>"].join("\n");
}

function outline(points: readonly OutlinePoint[]): string {
  const items = points.map((point) => {
    if (point.children.length === 0) return `      <li>${escape(point.text)}</li>`;
    const children = point.children.map((child) => `          <li>${escape(child.text)}</li>`);
    return [
      `      <li>${escape(point.text)}`,
      "        <ol>",
      ...children,
      "        </ol>",
      "      </li>",
    ].join("\n");
  });
  return ["    <ul>", ...items, "    </ul>"].join("\n");
}

function section(summary: Summary): string {
  const lines = [
    `  <section lang="${escape(summary.lang)}">`,
    `    <h3>${escape(summaryHeading(summary))}</h3>`,
  ];
  if (withoutControls(summary.lead).trim() !== "") lines.push(`    <p>${escape(summary.lead)}</p>`);
  if (summary.points.length > 0) lines.push(outline(summary.points));
  lines.push("  </section>");
  return lines.join("\n");
}

/**
 * A self-contained, semantic HTML fragment of a brief: an `<article>` whose `<header>` holds its `<h2>`
 * heading (the original article's source and date, see `briefHeading`) and the fields as a `<dl>` (the
 * date in a `<time datetime>`), then one `<section lang>` per summary with its `<h3>` heading, lead and
 * outline as `<ul>` with nested `<ol>`. Every text is escaped and stripped of the code points HTML
 * forbids; there are no scripts, styles, event handlers or URLs, so it can be inserted into any page.
 */
export function toHTML(brief: Brief): string {
  const lines = ['<article class="brief">', "  <header>", `    <h2>${escape(briefHeading(brief))}</h2>`];
  const fields = headerFields(brief);
  if (fields.length > 0) lines.push(descriptionList(fields, brief.date));
  lines.push("  </header>");
  for (const summary of brief.summaries) lines.push(section(summary));
  lines.push("</article>");
  return `${lines.join("\n")}\n`;
}
