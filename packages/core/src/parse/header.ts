/**
 * Header fields → authors, source, date, keywords and the ordered list of every field as written.
 * The header is the run of label lines (blank lines and separators between them allowed) at the start
 * of a brief; the first line of any other kind ends it.
 */
import type { Field, FieldKey, Position } from "../schema.js";
import type { ParseContext } from "./context.js";
import { readDate } from "./date.js";
import { nextNonBlank } from "./digest.js";
import { BLANK, LABEL, SEPARATOR, lineText } from "./lines.js";
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

/** Whether `text` holds " and " (any case) at `i`; at -1, whether it starts with "and ". */
function isAnd(text: string, i: number): boolean {
  return (
    (i < 0 || text.charCodeAt(i) === 0x20) &&
    (text.charCodeAt(i + 1) | 0x20) === 0x61 &&
    (text.charCodeAt(i + 2) | 0x20) === 0x6e &&
    (text.charCodeAt(i + 3) | 0x20) === 0x64 &&
    text.charCodeAt(i + 4) === 0x20
  );
}

/** The pieces of `text` between the words " and ", as `text.split(/ and /i)` gives them. */
function splitOnAnd(text: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (let i = 0; i + 5 <= text.length; i++) {
    if (!isAnd(text, i)) continue;
    pieces.push(text.slice(from, i));
    from = i + 5;
    i += 4;
  }
  pieces.push(text.slice(from));
  return pieces;
}

/**
 * `A、B`, `A, B and C`, `A & B`, `張三與李四`. 與/和 join names only when every name they would
 * leave has two characters or more: `王和平` is one name.
 */
export function splitAuthors(value: string): string[] {
  const names: string[] = [];
  for (const part of splitOn(value, (c) => isListSeparator(c) || c === 0x26)) {
    for (const piece of splitOnAnd(part)) {
      const name = (isAnd(piece, -1) ? piece.slice(4) : piece).trim();
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
  // the line each known field was first seen on, by its place in FIELD_KEYS; 0 while unseen
  const firstLine = [0, 0, 0, 0];
  for (let i = from; i < to; i++) {
    const kind = lines.kind(i);
    if (kind === BLANK || kind === SEPARATOR) continue;
    if (kind !== LABEL) {
      header.next = i;
      break;
    }
    const value = lineText(text, lines, i);
    const key = lines.key(i);
    const label = lines.label(i);
    header.fields.push(
      context.positions ? { key, label, value, position: contentSpan(lines, i) } : { key, label, value },
    );
    if (lines.brackets(i)) checkBrackets(context, i);
    if (value === "") diagnostics.report({ code: "empty-field", label }, contentSpan(lines, i));
    if (key === null) {
      diagnostics.report({ code: "unknown-field", label }, contentSpan(lines, i));
      continue;
    }
    const index = FIELD_KEYS.indexOf(key);
    const seen = firstLine[index] as number;
    if (seen > 0) {
      diagnostics.report({ code: "duplicate-field", label, firstLine: seen }, contentSpan(lines, i));
      continue;
    }
    firstLine[index] = i + 1;
    assign(context, header, i, key, value);
  }
  FIELD_KEYS.forEach((key, index) => {
    if (firstLine[index] === 0)
      diagnostics.report({ code: "missing-field", key }, missingFieldSpan(context, from, to));
  });
  return header;
}

/** Where a missing field is reported: the brief's first line, or where the brief would begin. */
function missingFieldSpan(context: ParseContext, from: number, to: number): Position {
  const { lines } = context;
  const first = nextNonBlank(lines, from, to);
  if (first >= 0) return contentSpan(lines, first);
  const line = Math.min(from, lines.count - 1);
  return span(lines, line, lines.start(line), line, lines.start(line));
}

function assign(context: ParseContext, header: Header, line: number, key: FieldKey, value: string): void {
  switch (key) {
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

function readDateField(context: ParseContext, header: Header, line: number, value: string): void {
  header.dateText = value;
  const reading = readDate(value, context.dateOrder);
  const { lines } = context;
  const where = span(lines, line, lines.bodyStart(line), line, lines.contentEnd(line));
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
      context.diagnostics.report(
        {
          code: "invalid-date",
          text: value,
          reason: reading.kind,
          form: "MM/DD/YYYY",
          example: "10/24/2025",
        },
        where,
      );
  }
}

function checkBrackets(context: ParseContext, line: number): void {
  const { lines, brackets } = context;
  brackets.scan(context.text, lines.bodyStart(line), lines.contentEnd(line));
  const problem = brackets.finish();
  if (problem) {
    const { offset, ...detail } = problem;
    context.diagnostics.report(
      { code: "unbalanced-bracket", ...detail },
      span(lines, line, offset, line, offset + 1),
    );
  }
}
