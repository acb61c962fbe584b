/**
 * Brief → canonical text, in the reference layout: one field a line with a blank line between,
 * ASCII colons, `摘要:` / `Summary:` headings, `  • ` points, `  1. ` sub-points, no trailing spaces,
 * one final newline.
 *
 * It writes back what the parser read, so `parseBrief(formatBrief(b)).brief` equals `b` (positions
 * aside): labels, the date and list values stay as written unless the typed data says otherwise.
 */
import type { Brief, Field, FieldKey, Summary } from "./schema.js";
import { readDate } from "./parse/date.js";
import { splitAuthors, splitKeywords } from "./parse/header.js";
import { FIELD_KEYS } from "./vocabulary.js";
import { CANONICAL_LABELS, fieldKeyOf } from "./parse/labels.js";
import { LABEL, TEXT, normalise, scanLines } from "./parse/lines.js";
import { clearFamily, join } from "./parse/outline.js";
import { countScript, familyOf } from "./parse/script.js";

export interface FormatOptions {
  /**
   * `"as-written"` (default) keeps each known field's own label (`作者:`, `Author:`), so the round
   * trip is exact; `"bilingual"` writes every known field with the reference's bilingual label.
   */
  labels?: "as-written" | "bilingual";
}

/** One line of text: line breaks and whitespace runs become one space, as the parser would read it. */
function clean(text: string): string {
  const flat = text.replace(/[\r\n\u2028\u2029]+/g, " ");
  return normalise(flat, 0, flat.length);
}

function hasHan(values: readonly string[]): boolean {
  return values.some((v) => /[\u3400-\u9fff]/.test(v));
}

/** Chinese lists are joined with 、, Latin ones with a comma. */
function joinList(values: readonly string[]): string {
  return values.map(clean).join(hasHan(values) ? "、" : ", ");
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Whether the date as written still reads as the brief's date (in either day order). */
function dateTextHolds(brief: Brief): boolean {
  if (brief.dateText === null) return false;
  const reading = readDate(brief.dateText);
  if (reading.kind === "date") return reading.iso === brief.date;
  if (reading.kind === "ambiguous") return reading.iso === brief.date || reading.other === brief.date;
  return brief.date === null;
}

/** The value to write for the first field of a known key: as written when it still says the same. */
function knownValue(brief: Brief, key: FieldKey, written: string): string {
  switch (key) {
    case "authors":
      return sameList(splitAuthors(written), brief.authors) ? written : joinList(brief.authors);
    case "keywords":
      return sameList(splitKeywords(written), brief.keywords) ? written : joinList(brief.keywords);
    case "source":
      return written === (brief.source ?? "") ? written : clean(brief.source ?? "");
    case "date":
      if (dateTextHolds(brief)) return clean(brief.dateText ?? "");
      return brief.date ?? clean(brief.dateText ?? "");
    case "title":
    case "url": {
      const value = brief[key];
      // an invalid URL is kept as written, in the field only
      return value === undefined || written === value ? written : clean(value);
    }
  }
}

function labelFor(field: Field, options: FormatOptions): string {
  const label = clean(field.label);
  if (field.key === null) return label;
  if (options.labels === "bilingual") return CANONICAL_LABELS[field.key];
  const readable = label !== "" && !/[:：]/.test(label) && fieldKeyOf(label) === field.key;
  return readable ? label : CANONICAL_LABELS[field.key];
}

function fieldLine(label: string, value: string): string {
  return value === "" ? `${label}:` : `${label}: ${value}`;
}

function hasData(brief: Brief, key: FieldKey): boolean {
  switch (key) {
    case "authors":
      return brief.authors.length > 0;
    case "keywords":
      return brief.keywords.length > 0;
    case "source":
      return brief.source !== null;
    case "date":
      return brief.date !== null || brief.dateText !== null;
    case "title":
    case "url":
      return brief[key] !== undefined;
  }
}

function header(brief: Brief, options: FormatOptions): string[] {
  const lines: string[] = [];
  const written = new Set<FieldKey>();
  for (const field of brief.fields) {
    const label = labelFor(field, options);
    const value = clean(field.value);
    if (field.key === null || written.has(field.key)) {
      lines.push(fieldLine(label, value));
    } else {
      written.add(field.key);
      lines.push(fieldLine(label, knownValue(brief, field.key, value)));
    }
  }
  // typed data without a field (a brief built in code) still gets its line
  for (const key of FIELD_KEYS) {
    if (!written.has(key) && hasData(brief, key))
      lines.push(fieldLine(CANONICAL_LABELS[key], knownValue(brief, key, "")));
  }
  return lines;
}

/** What kind of line a text makes on its own (its first line's kind). */
function kindOf(line: string): number {
  const lines = scanLines(line);
  const kind = lines.kind(0);
  lines.release();
  return kind;
}

/** Whether a lead on its own line would read back as a lead, not as a bullet, label, heading or separator. */
function readsAsLead(lead: string): boolean {
  return kindOf(lead) === TEXT;
}

/** `中 :`: a label briefkit does not know, with no value, which the parser reads as text before a brief. */
function isBareUnknownLabel(line: string): boolean {
  const colon = line.search(/[:：]/);
  return colon > 0 && line.slice(colon + 1).trim() === "" && fieldKeyOf(line.slice(0, colon).trim()) === null;
}

/**
 * The lines to write a lead without heading on. There is no heading line to carry a lead that would
 * read as something else, so such a lead, which the parser joined from wrapped lines, is written over
 * two lines again: split where joining them gives the lead back, the first reading as prose (and, after
 * another summary, opening a new one as the parser does), the second reading as its continuation.
 * `atStart` says that nothing, not even a header, is written before it.
 */
function leadLines(lead: string, opensBrief: boolean, atStart: boolean): string[] {
  if (readsAsLead(lead)) return [lead];
  const family = clearFamily(lead, 0, lead.length);
  // the parser looks at most this far into a line to classify it, so the first line is never longer
  const limit = Math.min(lead.length - 1, 42);
  for (let k = 1; k <= limit; k++) {
    // never between the two halves of a character
    if ((lead.charCodeAt(k) & 0xfc00) === 0xdc00) continue;
    const atSpace = lead.charCodeAt(k) === 0x20;
    const first = lead.slice(0, k);
    const second = lead.slice(atSpace ? k + 1 : k);
    if (first.endsWith(" ") || second === "" || join(first, second) !== lead) continue;
    if (!readsAsLead(first) || (!opensBrief && clearFamily(first, 0, first.length) !== family)) continue;
    // a field-like line is prose here, no field following it to make a header of it, except as the
    // brief's first lines: there a field with a value would be its header, and the line before it
    // text before the brief
    const kind = kindOf(second);
    const continues = kind === TEXT || (kind === LABEL && (!atStart || isBareUnknownLabel(second)));
    // and it must not open the other language's section: the parser only does that once it knows this one's
    const switches = clearFamily(second, 0, second.length);
    const counts = { han: 0, latin: 0, traditional: 0, simplified: 0 };
    countScript(first, 0, first.length, counts);
    const current = familyOf(counts);
    if (continues && (switches === null || current === null || switches === current)) {
      return [first, second];
    }
  }
  return [lead];
}

function section(summary: Summary, opensBrief: boolean, atStart: boolean): string {
  const lines: string[] = [];
  const lead = clean(summary.lead);
  if (summary.heading !== null) {
    const heading = clean(summary.heading);
    if (lead !== "" && !readsAsLead(lead)) lines.push(`${heading}: ${lead}`);
    else {
      lines.push(`${heading}:`);
      if (lead !== "") lines.push(lead);
    }
  } else if (lead !== "") {
    lines.push(...leadLines(lead, opensBrief, atStart));
  }
  for (const point of summary.points) {
    const text = clean(point.text);
    lines.push(text === "" ? "  •" : `  • ${text}`);
    point.children.forEach((child, i) => {
      const childText = clean(child.text);
      lines.push(childText === "" ? `  ${i + 1}.` : `  ${i + 1}. ${childText}`);
    });
  }
  return lines.join("\n");
}

/** The canonical text of a brief. */
export function formatBrief(brief: Brief, options: FormatOptions = {}): string {
  const head = header(brief, options).join("\n\n");
  const sections: string[] = [];
  for (const summary of brief.summaries) {
    // an empty summary writes nothing, so the next one opens the brief in its place
    const opens = sections.every((text) => text === "");
    sections.push(section(summary, opens, opens && head === ""));
  }
  const blocks = [head, ...sections].filter((b) => b !== "");
  return blocks.length === 0 ? "" : `${blocks.join("\n\n")}\n`;
}

/** The canonical text of a digest: each brief formatted, separated by a `=====` line. */
export function formatBriefs(briefs: readonly Brief[], options: FormatOptions = {}): string {
  return briefs
    .map((brief) => formatBrief(brief, options))
    .filter((text) => text !== "")
    .join("\n=====\n\n");
}
