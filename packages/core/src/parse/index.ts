/**
 * parseBrief and parseBriefs: bytes → text → lines → briefs, each brief a header and its summaries.
 * Lenient by default: every input gives a brief and a list of diagnostics, never an exception.
 */
import { DiagnosticList, type Locale } from "../diagnostics.js";
import { BriefParseError } from "../errors.js";
import type { BriefInput, ParseBriefsResult, ParseOptions, ParseResult } from "../options.js";
import type { Brief, Diagnostic, Position } from "../schema.js";
import { checkSections } from "./checks.js";
import { BracketChecker } from "./brackets.js";
import type { ParseContext } from "./context.js";
import { reportControls } from "./controls.js";
import { decode } from "./decode.js";
import { nextNonBlank, splitBriefs, type BriefRange } from "./digest.js";
import { readHeader } from "./header.js";
import { MARKUP } from "./chars.js";
import { BLANK, LABEL, TEXT, scanLines, visibleLength, type Lines } from "./lines.js";
import { readMarkup } from "./markup.js";
import { readOutline } from "./outline.js";
import { contentSpan, span } from "./positions.js";
import { Source, type StepNote } from "./source.js";
import { unquote, unwrapMail } from "./unwrap.js";

/**
 * Above this share of control characters and U+FFFD among the visible characters, the input is binary,
 * not a brief (random bytes hold about 12%). A few strays never count: a brief can hold a NUL or two.
 */
const GARBAGE_RATIO = 0.1;
const GARBAGE_MIN = 8;

interface Run {
  context: ParseContext;
  ranges: BriefRange[];
  source: Source;
  /** Diagnostics before this index were located in the input already; the rest in the rewritten text. */
  located: number;
}

function emptyBrief(): Brief {
  return { authors: [], source: null, date: null, dateText: null, keywords: [], fields: [], summaries: [] };
}

/**
 * Whether the text may hold markup or mail, from what its first scan saw: markup characters, a label
 * briefkit does not know (`From:`, `寄件者:`), a line of text ending in a colon (`… wrote:`) or a dash
 * (`-----Original Message-----`), a short line of text at the end (`Best, Mary`). A plain brief has
 * none, and skips the steps that look for them.
 */
function mayHoldMarkupOrMail(text: string, lines: Lines): boolean {
  if (lines.classes & MARKUP) return true;
  for (let i = 0; i < lines.count; i++) {
    const kind = lines.kind(i);
    if (kind === LABEL && lines.key(i) === null) return true;
    if (kind !== TEXT) continue;
    const last = text.charCodeAt(lines.contentEnd(i) - 1);
    if (last === 0x3a || last === 0xff1a || last === 0x2d) return true;
  }
  // a short last line of text may be a sign-off
  let last = lines.count - 1;
  while (last > 0 && lines.kind(last) === BLANK) last--;
  return lines.kind(last) === TEXT && lines.contentEnd(last) - lines.contentStart(last) <= 40;
}

/** Takes e-mail quoting, mail headers and markup out of the text, each step reporting what it left out. */
function rewrite(source: Source): StepNote[] {
  return [
    ...source.apply(unquote(source.text)),
    ...source.apply(unwrapMail(source.text)),
    ...readMarkup(source),
  ];
}

/** The text the grammar reads, its lines, and what was found on the way, located in the input. */
function prepare(
  input: BriefInput,
  options: ParseOptions,
  diagnostics: DiagnosticList,
): { source: Source; lines: Lines; notes: StepNote[] } {
  const { text, note, marks } = decode(input, options.encoding);
  if (note) diagnostics.report(note, null);
  const source = new Source(text);
  const notes: StepNote[] = marks.map((mark) => ({
    detail: mark.detail,
    from: mark.offset,
    to: mark.offset + mark.length,
  }));
  let lines = scanLines(text);
  if (mayHoldMarkupOrMail(text, lines)) {
    notes.push(...rewrite(source));
    if (source.rewritten) {
      lines.release();
      lines = scanLines(source.text);
    }
  }
  return { source, lines, notes };
}

/** Decodes and scans the input; `ranges` is empty when there is nothing to read as a brief. */
function start(input: BriefInput, options: ParseOptions, locale: Locale): Run {
  const diagnostics = new DiagnosticList(options.severities ?? {}, options.locale ?? locale);
  const { source, lines, notes } = prepare(input, options, diagnostics);
  const { text } = source;
  const { garbage } = lines;
  const context: ParseContext = {
    text,
    lines,
    positions: options.positions !== false,
    dateOrder: options.dateOrder ?? "mdy",
    diagnostics,
    brackets: new BracketChecker(),
  };
  // binary input is reported as that alone, not as thousands of broken bytes
  if (garbage >= GARBAGE_MIN && garbage >= visibleLength(text, lines) * GARBAGE_RATIO) {
    diagnostics.report({ code: "unreadable-input", reason: "binary" }, null);
    return { context, ranges: [], source, located: diagnostics.items.length };
  }
  for (const { detail, from, to } of notes) {
    diagnostics.report(detail, { start: source.inputPoint(from), end: source.inputPoint(to) });
  }
  const located = diagnostics.items.length;
  if (garbage > 0) reportControls(context);
  const ranges = splitBriefs(lines);
  if (ranges.length === 0) diagnostics.report({ code: "unreadable-input", reason: "empty" }, null);
  return { context, ranges, source, located };
}

const byOffset = (a: Diagnostic, b: Diagnostic): number =>
  (a.position?.start.offset ?? -1) - (b.position?.start.offset ?? -1);

/**
 * Takes every position made in the rewritten text back to the input, and puts the diagnostics in
 * text order once the steps' own are among them.
 */
function finish(run: Run, briefs: readonly Brief[]): Diagnostic[] {
  const { source, located } = run;
  const items = run.context.diagnostics.items;
  if (source.rewritten) {
    const back = <T extends { position?: Position | null | undefined }>(node: T): void => {
      if (node.position) node.position = source.toInputPosition(node.position);
    };
    for (const brief of briefs) {
      back(brief);
      brief.fields.forEach(back);
      for (const summary of brief.summaries) {
        back(summary);
        for (const point of summary.points) {
          back(point);
          point.children.forEach(back);
        }
      }
    }
    for (let i = located; i < items.length; i++) back(items[i] as Diagnostic);
  }
  // whole-input diagnostics first, then in text order: the steps' own and the briefs' are interleaved
  if (items.length > 1) items.sort(byOffset);
  return items;
}

/** The brief's first line that is not blank (its first line when all are). */
function firstContentLine(lines: Lines, range: BriefRange): number {
  const first = nextNonBlank(lines, range.from, range.to);
  return first < 0 ? range.from : first;
}

function lastContentLine(lines: Lines, range: BriefRange): number {
  for (let i = range.to - 1; i > range.from; i--) if (lines.kind(i) !== BLANK) return i;
  return range.from;
}

function readBrief(context: ParseContext, range: BriefRange): Brief {
  const { fields, authors, source, date, dateText, keywords, title, url, next } = readHeader(context, range);
  const sections = readOutline(context, next, range.to);
  checkSections(context, sections, range.from, range.to);
  const brief: Brief = {
    authors,
    source,
    date,
    dateText,
    keywords,
    ...(title !== undefined && { title }),
    ...(url !== undefined && { url }),
    fields,
    summaries: sections.map((s) => s.summary),
  };
  if (context.positions) {
    const { lines } = context;
    const first = firstContentLine(lines, range);
    const last = lastContentLine(lines, range);
    brief.position = span(lines, first, lines.contentStart(first), last, lines.contentEnd(last));
  }
  return brief;
}

function throwOnError(options: ParseOptions, diagnostics: Diagnostic[]): void {
  if (!options.strict) return;
  const errors = diagnostics.filter((d) => d.severity === "error");
  const first = errors[0];
  if (first === undefined) return;
  const count = errors.length === 1 ? "1 error" : `${errors.length} errors`;
  throw new BriefParseError(`The brief has ${count}. ${first.message}`, diagnostics);
}

/**
 * The first brief in the input, with diagnostics in `options.locale`, else in `locale`. The public
 * `parseBrief` of each entry point (`@briefkit/core`, `@briefkit/core/lite`) names its own locale.
 */
export function readFirstBrief(input: BriefInput, options: ParseOptions, locale: Locale): ParseResult {
  const run = start(input, options, locale);
  const { context, ranges } = run;
  const [first, second] = ranges;
  const brief = first ? readBrief(context, first) : emptyBrief();
  if (second) {
    const line = firstContentLine(context.lines, second);
    context.diagnostics.report(
      { code: "multiple-briefs", count: ranges.length },
      contentSpan(context.lines, line),
    );
  }
  if (!first && context.positions && context.lines.count > 0) {
    brief.position = span(context.lines, 0, 0, 0, 0);
  }
  context.lines.release();
  const diagnostics = finish(run, [brief]);
  throwOnError(options, diagnostics);
  return { brief, diagnostics };
}

/** Every brief in the input, in order, with diagnostics in `options.locale`, else in `locale`. */
export function readAllBriefs(input: BriefInput, options: ParseOptions, locale: Locale): ParseBriefsResult {
  const run = start(input, options, locale);
  const { context, ranges } = run;
  const briefs = ranges.map((range) => readBrief(context, range));
  context.lines.release();
  const diagnostics = finish(run, briefs);
  throwOnError(options, diagnostics);
  return { briefs, diagnostics };
}
