/**
 * Header fields → authors, source, date, keywords and the ordered list of every field as written.
 * The header is the run of label lines at the start of a brief; `headerEnd` (digest.ts) says where it
 * ends, so that the splitter and this reader agree on it. A known label without its colon is a field
 * here, with a `missing-colon` warning, and nowhere else.
 */
import type { Field, FieldKey, Position } from "../schema.js";
import { FIELD_KEYS, REQUIRED_FIELD_KEYS } from "../vocabulary.js";
import { WEB_ADDRESS } from "../web-address.js";
import type { ParseContext } from "./context.js";
import { readDate } from "./date.js";
import { headerEnd, isFieldLine, keyBit, nextNonBlank, type BriefRange } from "./digest.js";
import { BLANK, SEPARATOR, lineText, type Lines } from "./lines.js";
import { join } from "./outline.js";
import { contentSpan, span } from "./positions.js";

export interface Header {
  authors: string[];
  source: string | null;
  date: string | null;
  dateText: string | null;
  keywords: string[];
  title?: string;
  url?: string;
  fields: Field[];
  /** Index of the first line after the header. */
  next: number;
}

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

function isAuthorSeparator(c: number): boolean {
  return isListSeparator(c) || c === 0x26;
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
  for (const part of splitOn(value, isAuthorSeparator)) {
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

export function readHeader(context: ParseContext, range: BriefRange): Header {
  const { text, lines, diagnostics } = context;
  const { from, to, outside } = range;
  if (outside) {
    diagnostics.report(
      { code: "outside-brief", what: "before", count: outside.count },
      contentSpan(lines, outside.line),
    );
  }
  const end = headerEnd(lines, from, to);
  const header: Header = {
    authors: [],
    source: null,
    date: null,
    dateText: null,
    keywords: [],
    fields: [],
    next: end,
  };
  // the line each known field was first seen on, by its place in FIELD_KEYS; 0 while unseen
  const firstLine = FIELD_KEYS.map(() => 0);
  let seen = 0;
  let field = -1;
  let last = -1;
  let value = "";
  for (let i = from; i < end; i++) {
    const kind = lines.kind(i);
    if (kind === BLANK || kind === SEPARATOR) continue;
    if (isFieldLine(lines, i, seen)) {
      if (field >= 0) readField(context, header, firstLine, field, last, value);
      seen |= keyBit(lines.key(i));
      field = last = i;
      value = lineText(text, lines, i);
    } else {
      // headerEnd keeps a text line only between fields: it goes on with the field before it
      value = join(value, lineText(text, lines, i, lines.contentStart(i)));
      last = i;
    }
  }
  if (field >= 0) readField(context, header, firstLine, field, last, value);
  REQUIRED_FIELD_KEYS.forEach((key, index) => {
    if (firstLine[index] === 0)
      diagnostics.report({ code: "missing-field", key }, missingFieldSpan(context, from, to));
  });
  return header;
}

/** Reads the field on lines [line, last] whose value is `value`, into `header`. */
function readField(
  context: ParseContext,
  header: Header,
  firstLine: number[],
  line: number,
  last: number,
  value: string,
): void {
  const { lines, diagnostics } = context;
  const key = lines.key(line);
  const label = lines.label(line);
  const where = (): Position => span(lines, line, lines.contentStart(line), last, lines.contentEnd(last));
  header.fields.push(context.positions ? { key, label, value, position: where() } : { key, label, value });
  if (lines.bare(line)) diagnostics.report({ code: "missing-colon", label }, labelSpan(lines, line));
  checkBrackets(context, line, last);
  if (value === "") diagnostics.report({ code: "empty-field", label }, where());
  if (key === null) {
    diagnostics.report({ code: "unknown-field", label }, where());
    return;
  }
  const index = FIELD_KEYS.indexOf(key);
  const seen = firstLine[index] as number;
  if (seen > 0) {
    diagnostics.report({ code: "duplicate-field", label, firstLine: seen }, where());
    return;
  }
  firstLine[index] = line + 1;
  assign(context, header, line, key, value);
}

/** Where a label without its colon stands: it holds no whitespace, so it is as long as written. */
function labelSpan(lines: Lines, line: number): Position {
  const start = lines.contentStart(line);
  return span(lines, line, start, line, start + lines.label(line).length);
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
    case "title":
      if (value !== "") header.title = value;
      break;
    case "url":
      if (value !== "") readURLField(context, header, line, value);
      break;
  }
}

/** Only an absolute http(s) address is the brief's `url`: anything else would be a broken link. */
function readURLField(context: ParseContext, header: Header, line: number, value: string): void {
  if (WEB_ADDRESS.test(value)) {
    header.url = value;
    return;
  }
  const { lines } = context;
  const where = span(lines, line, lines.bodyStart(line), line, lines.contentEnd(line));
  context.diagnostics.report({ code: "invalid-url", value }, where);
}

function readDateField(context: ParseContext, header: Header, line: number, value: string): void {
  header.dateText = value;
  const reading = readDate(value, context.dateOrder);
  const { lines } = context;
  const where = () => span(lines, line, lines.bodyStart(line), line, lines.contentEnd(line));
  switch (reading.kind) {
    case "date":
      header.date = reading.iso;
      // the date wins over a weekday that contradicts it, but not silently
      if (reading.weekdayMismatch !== undefined) {
        context.diagnostics.report(
          { code: "ambiguous-date", text: value, chosen: reading.iso, weekday: reading.weekdayMismatch },
          where(),
        );
      }
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
        where(),
      );
      break;
    default:
      context.diagnostics.report(
        {
          code: "invalid-date",
          text: value,
          reason: reading.kind,
          form: reading.form,
          example: reading.example,
        },
        where(),
      );
  }
}

/** Checks the brackets of a field's value, which starts on `line` and may go on to `last`. */
function checkBrackets(context: ParseContext, line: number, last: number): void {
  const { lines, brackets } = context;
  if (line === last && !lines.brackets(line)) return;
  // the lines between hold the value's continuation, blank lines and separators: no other brackets
  brackets.scan(context.text, lines.bodyStart(line), lines.contentEnd(last));
  const problem = brackets.finish();
  if (problem) {
    const { offset, ...detail } = problem;
    let at = line;
    while (at < last && lines.end(at) < offset) at++;
    context.diagnostics.report(
      { code: "unbalanced-bracket", ...detail },
      span(lines, at, offset, at, offset + 1),
    );
  }
}
