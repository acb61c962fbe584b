/**
 * Header fields → authors, source, date, keywords and the ordered list of every field as written.
 * The header is the run of label lines (blank lines and separators between them allowed) at the start
 * of a brief; the first line of any other kind ends it.
 */
import type { Field, FieldKey } from "../schema.js";
import { BracketChecker } from "./brackets.js";
import type { ParseContext } from "./context.js";
import { readDate } from "./date.js";
import { lineText, type Line } from "./lines.js";
import { contentSpan, span } from "./positions.js";

export interface Header {
  authors: string[];
  source: string | null;
  date: string | null;
  dateText: string | null;
  keywords: string[];
  fields: Field[];
  /** Index of the first line after the header. */
  next: number;
}

export const FIELD_KEYS: readonly FieldKey[] = ["authors", "source", "date", "keywords"];

function isListSeparator(c: number): boolean {
  return c === 0x3001 || c === 0x2c || c === 0xff0c || c === 0x3b || c === 0xff1b;
}

function splitOn(value: string, isSeparator: (c: number) => boolean): string[] {
  const items: string[] = [];
  let from = 0;
  for (let i = 0; i <= value.length; i++) {
    if (i === value.length || isSeparator(value.charCodeAt(i))) {
      const item = value.slice(from, i).trim();
      if (item !== "") items.push(item);
      from = i + 1;
    }
  }
  return items;
}

/** `經濟、稀土、習近平`, also with `,` `，` `;` `；`. */
export function splitKeywords(value: string): string[] {
  return splitOn(value, isListSeparator);
}

function isNameJoiner(c: number): boolean {
  return c === 0x8207 || c === 0x548c || c === 0x4e0e; // 與 和 与
}

/**
 * `A、B`, `A, B and C`, `A & B`, `張三與李四`. 與/和 join names only when every name they would
 * leave has two characters or more: `王和平` is one name.
 */
export function splitAuthors(value: string): string[] {
  const names: string[] = [];
  for (const part of splitOn(value, (c) => isListSeparator(c) || c === 0x26)) {
    for (const piece of part.split(/ and /i)) {
      const name = piece.replace(/^and /i, "").trim();
      if (name === "") continue;
      const joined = splitOn(name, isNameJoiner);
      if (joined.length > 1 && joined.every((n) => n.length >= 2)) names.push(...joined);
      else names.push(name);
    }
  }
  return names;
}

export function readHeader(context: ParseContext, from: number, to: number): Header {
  const { text, lines, diagnostics } = context;
  const header: Header = {
    authors: [],
    source: null,
    date: null,
    dateText: null,
    keywords: [],
    fields: [],
    next: to,
  };
  const firstLine = new Map<FieldKey, number>();
  const brackets = new BracketChecker();
  for (let i = from; i < to; i++) {
    const line = lines[i] as Line;
    if (line.kind === "blank" || line.kind === "separator") continue;
    if (line.kind !== "label") {
      header.next = i;
      break;
    }
    const value = lineText(text, line);
    const field: Field = { key: line.key, label: line.label, value };
    if (context.positions) field.position = contentSpan(line);
    header.fields.push(field);
    if (line.brackets) checkBrackets(context, brackets, line);
    if (value === "") diagnostics.report({ code: "empty-field", label: line.label }, contentSpan(line));
    if (line.key === null) {
      diagnostics.report({ code: "unknown-field", label: line.label }, contentSpan(line));
      continue;
    }
    const seen = firstLine.get(line.key);
    if (seen !== undefined) {
      diagnostics.report({ code: "duplicate-field", label: line.label, firstLine: seen }, contentSpan(line));
      continue;
    }
    firstLine.set(line.key, line.number);
    assign(context, header, line, value);
  }
  for (const key of FIELD_KEYS) {
    if (!firstLine.has(key))
      diagnostics.report({ code: "missing-field", key }, missingFieldSpan(context, from, to));
  }
  return header;
}

function assign(context: ParseContext, header: Header, line: Line, value: string): void {
  switch (line.key) {
    case "authors":
      header.authors = splitAuthors(value);
      break;
    case "keywords":
      header.keywords = splitKeywords(value);
      break;
    case "source":
      header.source = value === "" ? null : value;
      break;
    case "date":
      if (value !== "") readDateField(context, header, line, value);
      break;
  }
}

function readDateField(context: ParseContext, header: Header, line: Line, value: string): void {
  header.dateText = value;
  const reading = readDate(value, context.dateOrder);
  const where = span(line, line.bodyStart, line, line.contentEnd);
  switch (reading.kind) {
    case "date":
      header.date = reading.iso;
      break;
    case "ambiguous":
      header.date = reading.iso;
      context.diagnostics.report(
        {
          code: "ambiguous-date",
          text: value,
          chosen: reading.iso,
          other: reading.other,
          order: context.dateOrder,
        },
        where,
      );
      break;
    default:
      context.diagnostics.report({ code: "invalid-date", text: value, reason: reading.kind }, where);
  }
}

function checkBrackets(context: ParseContext, checker: BracketChecker, line: Line): void {
  checker.scan(context.text, line.bodyStart, line.contentEnd);
  const problem = checker.finish();
  if (problem) {
    const { offset, ...detail } = problem;
    context.diagnostics.report(
      { code: "unbalanced-bracket", ...detail },
      span(line, offset, line, offset + 1),
    );
  }
}

/** Where a missing field is reported: the brief's first line, or where the brief would begin. */
function missingFieldSpan(context: ParseContext, from: number, to: number) {
  for (let i = from; i < to; i++) {
    const line = context.lines[i] as Line;
    if (line.kind !== "blank") return contentSpan(line);
  }
  const line = context.lines[Math.min(from, context.lines.length - 1)] as Line;
  return span(line, line.start, line, line.start);
}
