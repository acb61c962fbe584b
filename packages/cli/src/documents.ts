import type { Target } from "./tasks.js";

/** One value as itself, several as an array; pretty-printed items are indented to sit inside it. */
export function jsonDocument(items: readonly string[]): string {
  if (items.length === 1) return `${items[0]}\n`;
  if (items.length === 0) return "[]\n";
  // JSON text holds no raw line breaks inside strings, so indenting every line is safe.
  return `[\n${items.map((item) => item.replace(/^/gm, "  ")).join(",\n")}\n]\n`;
}

/** What goes between two briefs' renderings in one Markdown or HTML stream. */
export const DOCUMENT_SEPARATOR: Readonly<Record<"md" | "html", string>> = {
  // A thematic break; the blank line after the previous brief keeps it from reading as a heading underline.
  md: "\n---\n\n",
  html: "\n",
};

/** The renderings of several briefs as one document of the target format. */
export function combine(to: Target, items: readonly string[]): string {
  return to === "md" || to === "html" ? items.join(DOCUMENT_SEPARATOR[to]) : jsonDocument(items);
}

export const EXTENSIONS: Readonly<Record<Target, string>> = {
  md: ".md",
  html: ".html",
  jsonld: ".jsonld",
  json: ".json",
};
