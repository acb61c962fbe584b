/**
 * Markdown, Org and reStructuredText → plain brief lines. Briefs reach us through pandoc and note
 * apps as `## 摘要:`, `**作者/Author(s):** …`, `* 摘要:`, `*作者:*`, underlined headings, `\*`
 * escapes and `---` for an em dash. The dialect is recognised once from the whole text; then each
 * line loses its heading marks, emphasis, escapes and line-block bars, `+` bullets become `-`, and
 * pandoc's `---`/`--` become the dashes they stand for. Nothing else is touched: content stays as
 * written. The lines the rest of the grammar sees are the ones a plain-text author would have typed.
 */
import type { Dialect } from "../diagnostics.js";
import { isSpace } from "./chars.js";
import { eachLine, type Edit, type StepResult } from "./source.js";

interface Line {
  start: number;
  end: number;
  /** First and last+1 non-space offsets; equal when the line is blank. */
  first: number;
  last: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  eachLine(text, (start, end) => {
    let first = start;
    while (first < end && isSpace(text.charCodeAt(first))) first++;
    let last = end;
    while (last > first && isSpace(text.charCodeAt(last - 1))) last--;
    lines.push({ start, end, first, last });
  });
  return lines;
}

const HASH = 0x23;
const STAR = 0x2a;
const UNDERSCORE = 0x5f;
const BACKSLASH = 0x5c;
const DASH = 0x2d;

/** A line of one character repeated (`=====`, `-----`, `~~~~`), spaces not allowed: a heading's underline. */
function ruleChar(text: string, line: Line): number {
  if (line.last - line.first < 2) return 0;
  const c = text.charCodeAt(line.first);
  if ("=-~^\"'`#*+:._".indexOf(String.fromCharCode(c)) < 0) return 0;
  for (let i = line.first + 1; i < line.last; i++) if (text.charCodeAt(i) !== c) return 0;
  return c;
}

/** `#`…`######` then a space: an ATX heading; returns where its text starts, or -1. */
function atxText(text: string, line: Line): number {
  let i = line.first;
  while (i < line.last && text.charCodeAt(i) === HASH) i++;
  const level = i - line.first;
  if (level === 0 || level > 6) return -1;
  if (i < line.last && !isSpace(text.charCodeAt(i))) return -1;
  while (i < line.last && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** A list item or other block whose underline would not make it a heading. */
function isParagraphText(text: string, line: Line | undefined): boolean {
  if (line === undefined || line.first === line.last) return false;
  const c = text.charCodeAt(line.first);
  const next = text.charCodeAt(line.first + 1);
  if ((c === DASH || c === STAR || c === 0x2b) && isSpace(next)) return false;
  return ruleChar(text, line) === 0;
}

interface Signals {
  markdown: number;
  org: number;
  rst: number;
  /** The first line with any sign of markup, where the `markup` info points. */
  first: Line | null;
}

const ORG_DIRECTIVE = /^#\+[A-Za-z_]+:/;
const ORG_BOLD_START = /^\*[^*\s][^*]*\*(?:\s|$)/;
const MD_BOLD = /(\*\*|__)\S(?:.*?\S)?\1/;
const BOLD_LABEL = /^(\*\*|__)[^*_]{1,40}[:：]\1/;
const ESCAPE = /\\[!-/:-@[-`{-~]/g;

/** Counts each dialect's tell-tale signs, line by line. */
function signals(text: string, lines: readonly Line[]): Signals {
  const found: Signals = { markdown: 0, org: 0, rst: 0, first: null };
  const sign = (line: Line, dialect: Dialect, weight: number): void => {
    found[dialect] += weight;
    if (found.first === null) found.first = line;
  };
  lines.forEach((line, i) => {
    if (line.first === line.last) return;
    const content = text.slice(line.first, line.last);
    const c = content.charCodeAt(0);
    if (c === HASH && ORG_DIRECTIVE.test(content)) sign(line, "org", 3);
    else if (c === HASH && atxText(text, line) > 0 && line.first === line.start) sign(line, "markdown", 3);
    if (c === STAR && line.first === line.start && ORG_BOLD_START.test(content)) sign(line, "org", 2);
    // `**作者:**` names a field in bold, which only markup does; a bold word alone could be chance
    if (MD_BOLD.test(content)) sign(line, "markdown", BOLD_LABEL.test(content) ? THRESHOLD : 2);
    const escapes = content.match(ESCAPE);
    if (escapes !== null) sign(line, "markdown", escapes.length);
    if ((c === DASH || c === STAR || c === 0x2b) && /^[-*+] {2,}\S/.test(content)) sign(line, "markdown", 1);
    if (content.startsWith("<!--")) sign(line, "markdown", 2);
    if (content.startsWith(".. ") || content.startsWith("#. ")) sign(line, "rst", 3);
    const rule = ruleChar(text, line);
    if (rule !== 0 && isParagraphText(text, lines[i - 1])) {
      const above = lines[i - 1] as Line;
      // reStructuredText wants the underline as long as the title; Setext takes any length
      const long = line.last - line.first >= width(text, above.first, above.last);
      sign(line, rule === 0x3d || rule === DASH ? "markdown" : "rst", 1);
      if (long && isRule(text, lines[i - 2]) && ruleChar(text, lines[i - 2] as Line) === rule) {
        sign(line, "rst", 3);
      }
    }
  });
  return found;
}

function isRule(text: string, line: Line | undefined): boolean {
  return line !== undefined && ruleChar(text, line) !== 0;
}

/** Display width: CJK characters take two columns, as reStructuredText counts them. */
function width(text: string, from: number, to: number): number {
  let columns = 0;
  for (let i = from; i < to; i++) columns += text.charCodeAt(i) >= 0x1100 ? 2 : 1;
  return columns;
}

/** Signs enough to say a text is markup: one is chance (`C#`, a stray `**`), a few are not. */
const THRESHOLD = 3;

function dialectOf(found: Signals): Dialect | null {
  const { markdown, org, rst } = found;
  if (Math.max(markdown, org, rst) < THRESHOLD) return null;
  if (org >= markdown && org >= rst) return "org";
  return rst > markdown ? "rst" : "markdown";
}

/** A cheap look for any markup character, so a plain brief costs a few native searches. */
function mayBeMarkup(text: string): boolean {
  return (
    text.indexOf("#") >= 0 ||
    text.indexOf("*") >= 0 ||
    text.indexOf("__") >= 0 ||
    text.indexOf("\\") >= 0 ||
    text.indexOf("-  ") >= 0 ||
    text.indexOf("+ ") >= 0 ||
    text.indexOf("..") >= 0 ||
    text.indexOf("==") >= 0 ||
    text.indexOf("--") >= 0 ||
    text.indexOf("~~") >= 0
  );
}

/** Deletes emphasis delimiters that pair up on the line: `**…**`, `__…__`, and `*…*` (Org's bold, Markdown's italic). */
function emphasis(text: string, from: number, to: number, edits: Edit[], escaped: Set<number>): void {
  const open: { at: number; run: string }[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if ((c !== STAR && c !== UNDERSCORE) || escaped.has(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < to && text.charCodeAt(j) === c) j++;
    const run = text.slice(i, j);
    const before = i > from ? text.charCodeAt(i - 1) : 0x20;
    const after = j < to ? text.charCodeAt(j) : 0x20;
    // `_` emphasis only doubled: single underscores are in names and addresses
    const usable = run.length <= 3 && (c === STAR || run.length === 2);
    const index = usable && !isSpace(before) ? open.findIndex((o) => o.run === run) : -1;
    if (index >= 0) {
      const opener = open[index] as { at: number; run: string };
      open.length = index;
      edits.push({ from: opener.at, to: opener.at + run.length, insert: "" });
      edits.push({ from: i, to: j, insert: "" });
    } else if (usable && !isSpace(after)) {
      open.push({ at: i, run });
    }
    i = j;
  }
}

/** `\*` → `*`: Markdown and reStructuredText escape ASCII punctuation; a `\` ending a line is a hard break. */
function escapes(text: string, line: Line, edits: Edit[]): Set<number> {
  const escaped = new Set<number>();
  for (let i = line.first; i < line.last; i++) {
    if (text.charCodeAt(i) !== BACKSLASH) continue;
    if (i + 1 === line.last) {
      edits.push({ from: i, to: i + 1, insert: "" });
      break;
    }
    const next = text.charCodeAt(i + 1);
    if (next > 0x20 && next < 0x7f && !/[0-9A-Za-z]/.test(String.fromCharCode(next))) {
      edits.push({ from: i, to: i + 1, insert: "" });
      escaped.add(i + 1);
      i++;
    }
  }
  return escaped;
}

/** pandoc's smart punctuation: `---` is an em dash, `--` an en dash. */
function dashes(text: string, from: number, to: number, edits: Edit[], escaped: Set<number>): void {
  let i = from;
  while (i < to) {
    if (text.charCodeAt(i) !== DASH || escaped.has(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < to && text.charCodeAt(j) === DASH && !escaped.has(j)) j++;
    if (j - i === 2 || j - i === 3) edits.push({ from: i, to: j, insert: j - i === 3 ? "\u2014" : "\u2013" });
    i = j;
  }
}

/** The edits that make one line plain: heading marks, line-block bars, `+` bullets, escapes, emphasis, dashes. */
function plainLine(text: string, line: Line, dialect: Dialect, edits: Edit[]): void {
  let from = line.first;
  const c = text.charCodeAt(from);
  if (dialect === "markdown" && c === HASH) {
    const body = atxText(text, line);
    if (body > 0) {
      edits.push({ from, to: body, insert: "" });
      from = body;
      closingHashes(text, from, line.last, edits);
    }
  } else if (dialect === "org" && c === STAR && line.first === line.start) {
    let i = from;
    while (i < line.last && text.charCodeAt(i) === STAR) i++;
    if (i < line.last && isSpace(text.charCodeAt(i))) {
      while (i < line.last && isSpace(text.charCodeAt(i))) i++;
      edits.push({ from, to: i, insert: "" });
      from = i;
    }
  }
  if (dialect === "markdown") from = blockQuote(text, from, line.last, edits);
  if (dialect === "markdown" && text.charCodeAt(from) === STAR)
    from = starHeading(text, from, line.last, edits);
  if (dialect !== "org" && c === 0x7c && isSpace(text.charCodeAt(from + 1))) {
    edits.push({ from, to: from + 2, insert: "" });
    from += 2;
  }
  if (text.charCodeAt(from) === 0x2b && isSpace(text.charCodeAt(from + 1))) {
    edits.push({ from, to: from + 1, insert: "-" });
    from++;
  }
  const escaped = dialect === "org" ? new Set<number>() : escapes(text, line, edits);
  emphasis(text, from, line.last, edits, escaped);
  if (dialect !== "rst") dashes(text, from, line.last, edits, escaped);
  if (dialect === "markdown") entities(text, from, line.last, edits);
}

/** `> ` block-quote markers, nested or not: pandoc writes a Word paragraph indented inside a list item so. */
function blockQuote(text: string, from: number, to: number, edits: Edit[]): number {
  let i = from;
  while (i < to && text.charCodeAt(i) === 0x3e) {
    i++;
    while (i < to && text.charCodeAt(i) === 0x20) i++;
  }
  if (i > from) edits.push({ from, to: i, insert: "" });
  return i;
}

/** html2text's headings, `***** 摘要: *****`: a run of stars either side. */
function starHeading(text: string, from: number, to: number, edits: Edit[]): number {
  let open = from;
  while (open < to && text.charCodeAt(open) === STAR) open++;
  let close = to;
  while (close > open && text.charCodeAt(close - 1) === STAR) close--;
  const stars = open - from;
  if (
    stars < 2 ||
    to - close !== stars ||
    !isSpace(text.charCodeAt(open)) ||
    !isSpace(text.charCodeAt(close - 1))
  ) {
    return from;
  }
  let body = open;
  while (body < close && isSpace(text.charCodeAt(body))) body++;
  let end = close;
  while (end > body && isSpace(text.charCodeAt(end - 1))) end--;
  edits.push({ from, to: body, insert: "" }, { from: end, to, insert: "" });
  return body;
}

const NAMED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};
const ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos|nbsp));/g;

/** Character references (`&#x27;`, `&amp;`), which Markdown reads as the characters they name. */
function entities(text: string, from: number, to: number, edits: Edit[]): void {
  const line = text.slice(from, to);
  if (line.indexOf("&") < 0) return;
  for (const match of line.matchAll(ENTITY)) {
    const [whole, hex, decimal, name] = match;
    const code = hex !== undefined ? parseInt(hex, 16) : decimal !== undefined ? Number(decimal) : -1;
    const insert =
      name !== undefined
        ? (NAMED[name] ?? whole)
        : code > 0 && code <= 0x10ffff
          ? String.fromCodePoint(code)
          : whole;
    const at = from + (match.index ?? 0);
    if (insert !== whole) edits.push({ from: at, to: at + whole.length, insert });
  }
}

/** `## 摘要 ##`: the closing hashes of an ATX heading. */
function closingHashes(text: string, from: number, to: number, edits: Edit[]): void {
  let i = to;
  while (i > from && text.charCodeAt(i - 1) === HASH) i--;
  if (i === to || i === from || !isSpace(text.charCodeAt(i - 1))) return;
  let j = i;
  while (j > from && isSpace(text.charCodeAt(j - 1))) j--;
  edits.push({ from: j, to, insert: "" });
}

/** Whether a line is markup only and is left out: an underline or overline, a directive, a comment. */
function isMarkupOnly(text: string, lines: readonly Line[], i: number, dialect: Dialect): boolean {
  const line = lines[i] as Line;
  const content = text.slice(line.first, line.last);
  if (dialect === "org") return ORG_DIRECTIVE.test(content) || /^:[A-Z]+:$/.test(content);
  if (dialect === "rst" && content.startsWith(".. ")) return true;
  if (dialect === "markdown" && content.startsWith("<!--") && content.endsWith("-->")) return true;
  if (ruleChar(text, line) === 0) return false;
  if (isParagraphText(text, lines[i - 1])) return true;
  // an overline: a rule above a title that is underlined by the same rule
  return dialect === "rst" && isParagraphText(text, lines[i + 1]) && isRule(text, lines[i + 2]);
}

/**
 * reStructuredText's `#.` items are numbered by their place in the list: each becomes the number it
 * stands for, counted per indentation, so the outline reads them as numbered sub-points.
 */
class AutoNumbers {
  private readonly counts = new Map<number, number>();

  number(text: string, line: Line, edits: Edit[]): void {
    const indent = line.first - line.start;
    const auto = text.charCodeAt(line.first) === HASH && text.charCodeAt(line.first + 1) === 0x2e;
    for (const [at] of this.counts) if (at > indent || (at === indent && !auto)) this.counts.delete(at);
    if (!auto || !isSpace(text.charCodeAt(line.first + 2))) return;
    const n = (this.counts.get(indent) ?? 0) + 1;
    this.counts.set(indent, n);
    edits.push({ from: line.first, to: line.first + 1, insert: String(n) });
  }
}

/** Recognises the dialect and returns the edits that make the text plain, or null for plain text. */
export function readMarkup(text: string): StepResult | null {
  if (!mayBeMarkup(text)) return null;
  const lines = linesOf(text);
  const found = signals(text, lines);
  const dialect = dialectOf(found);
  if (dialect === null || found.first === null) return null;
  const edits: Edit[] = [];
  let drawer = false;
  const numbers = new AutoNumbers();
  lines.forEach((line, i) => {
    if (line.first === line.last) return;
    const content = text.slice(line.first, line.last);
    // an Org property drawer, `:PROPERTIES:` … `:END:`, is metadata
    if (dialect === "org" && content === ":PROPERTIES:") drawer = true;
    if (drawer || isMarkupOnly(text, lines, i, dialect)) {
      edits.push({ from: line.start, to: line.end, insert: "" });
      if (content === ":END:") drawer = false;
      return;
    }
    if (dialect === "rst") numbers.number(text, line, edits);
    plainLine(text, line, dialect, edits);
  });
  const { first } = found;
  return { edits, notes: [{ detail: { code: "markup", dialect }, from: first.first, to: first.last }] };
}
