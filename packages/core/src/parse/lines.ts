/**
 * Text → classified lines, in one pass. Each character is looked at once to find the line's end, its
 * trimmed content, its indentation, whether its whitespace needs normalising and which script it is
 * written in; then a few characters at the start of the content decide what kind of line it is. No
 * search ever runs past the end of the current line, so the whole pass is linear in the input.
 */
import type { FieldKey } from "../schema.js";
import { isColon, isHan, isLatinLetter, isSpace, isZeroWidth } from "./chars.js";
import { HEADING_MAX, fieldKeyOfNormalised, headingOfNormalised, normaliseLabel } from "./labels.js";
import { matchBullet, matchNumber } from "./markers.js";

export type LineKind = "blank" | "separator" | "bullet" | "number" | "heading" | "label" | "text";

export interface Line {
  /** 1-based line number. */
  number: number;
  /** Offset of the line's first character. */
  start: number;
  /** Offset just past the line's last character, before its line ending. */
  end: number;
  /** The line without leading and trailing whitespace: [contentStart, contentEnd). */
  contentStart: number;
  contentEnd: number;
  /** Width of the leading whitespace (a tab counts 4, an ideographic space 2). */
  indent: number;
  kind: LineKind;
  /** Where the line's own text begins: after its marker, its label's colon, or its heading. */
  bodyStart: number;
  /** The number of a `number` line (1 for `1.`, `a.`, `一、`), 0 otherwise. */
  ordinal: number;
  /** The label of a `label` or `heading` line as written, whitespace normalised; "" otherwise. */
  label: string;
  /** The field a `label` line names; null for an unknown label and for other kinds. */
  key: FieldKey | null;
  /** The language a `heading` line names, when it names one. */
  hint: "zh" | "en" | null;
  /** True when the content's whitespace is already single ASCII spaces, so it can be sliced as is. */
  clean: boolean;
  /** True when the content holds a bracket or quotation mark, so only these lines are checked for balance. */
  brackets: boolean;
}

export interface ScannedText {
  lines: Line[];
  /** How many control characters and U+FFFD the text holds: a measure of binary garbage. */
  garbage: number;
  /** How many characters are not whitespace, to weigh `garbage` against. */
  visible: number;
}

/** Longest label or heading looked for before a colon; keeps the colon search within a short prefix. */
const LABEL_MAX = 40;

/** Brackets outside ASCII: 「」『』【】《》〈〉〔〕, （）, “”. */
function isWideBracket(c: number): boolean {
  return (c >= 0x3008 && c <= 0x3015) || c === 0xff08 || c === 0xff09 || c === 0x201c || c === 0x201d;
}

/**
 * Finds line ends in text that holds CR (CR, CRLF or LF endings): the next CR and the next LF are each
 * searched for once and reused until passed, so the whole text is searched through once.
 */
class LineEnds {
  private cr = -1;
  private lf = -1;
  constructor(private readonly text: string) {}

  from(i: number): number {
    if (this.cr < i) this.cr = this.next("\r", i);
    if (this.lf < i) this.lf = this.next("\n", i);
    return Math.min(this.cr, this.lf);
  }

  private next(ending: string, i: number): number {
    const at = this.text.indexOf(ending, i);
    return at < 0 ? this.text.length : at;
  }
}

function indentOf(c: number): number {
  return c === 0x09 ? 4 : c === 0x3000 ? 2 : isZeroWidth(c) ? 0 : 1;
}

/** What one pass over a line's content finds; one object, reused for every line. */
const found = { spaces: 0, garbage: 0, clean: true, brackets: false };

/**
 * The one look at each character of a line's content [first, last): its whitespace, brackets and
 * garbage. Letters need no work here (a section's script is read from a sample of its text), which
 * keeps the branch every character takes short.
 */
function scanContent(text: string, first: number, last: number): typeof found {
  let spaces = 0;
  let garbage = 0;
  let clean = true;
  let brackets = false;
  let previous = 0;
  for (let j = first; j < last; j++) {
    const c = text.charCodeAt(j);
    if (c < 0x80) {
      // most characters are letters, digits and punctuation above ')': two tests settle them
      if (c > 0x29) {
        const folded = c | 0x20;
        if (folded === 0x7b || folded === 0x7d) brackets = true;
        else if (c === 0x7f) garbage++;
      } else if (c === 0x20) {
        spaces++;
        // only single ASCII spaces can be sliced as they are; content never starts with a space
        if (previous === 0x20) clean = false;
      } else if (c >= 0x28) brackets = true;
      else if (c < 0x20) {
        if (c === 0x09 || c === 0x0b || c === 0x0c) {
          spaces++;
          clean = false;
        } else garbage++;
      }
    } else if (c < 0x3400 || c > 0x9fff) {
      if (isSpace(c)) {
        spaces++;
        clean = false;
      } else if (isWideBracket(c)) brackets = true;
      else if (c === 0xfffd) garbage++;
    }
    previous = c;
  }
  found.spaces = spaces;
  found.garbage = garbage;
  found.clean = clean;
  found.brackets = brackets;
  return found;
}

export function scanLines(text: string): ScannedText {
  const lines: Line[] = [];
  const n = text.length;
  // Without CR, indexOf finds each line's end natively; it never looks past that end.
  const ends = text.indexOf("\r") >= 0 ? new LineEnds(text) : null;
  let garbage = 0;
  let spaces = 0;
  let content = 0;
  let i = 0;
  for (;;) {
    const start = i;
    let end = ends ? ends.from(i) : text.indexOf("\n", i);
    if (end < 0) end = n;
    let first = start;
    let indent = 0;
    while (first < end && isSpace(text.charCodeAt(first))) indent += indentOf(text.charCodeAt(first++));
    let last = end;
    while (last > first && isSpace(text.charCodeAt(last - 1))) last--;
    const scan = scanContent(text, first, last);
    spaces += scan.spaces;
    garbage += scan.garbage;
    const line: Line = {
      number: lines.length + 1,
      start,
      end,
      contentStart: first,
      contentEnd: last,
      indent,
      kind: first === last ? "blank" : "text",
      bodyStart: first,
      ordinal: 0,
      label: "",
      key: null,
      hint: null,
      clean: scan.clean,
      brackets: scan.brackets,
    };
    if (first < last) classify(text, line);
    content += last - first;
    lines.push(line);
    if (end >= n) break;
    i = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
  }
  return { lines, garbage, visible: content - spaces };
}

/** The text in [from, to) with whitespace runs collapsed to one space and zero-width characters dropped. */
export function normalise(text: string, from: number, to: number): string {
  let out = "";
  let segment = from;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!isSpace(c)) {
      i++;
      continue;
    }
    let j = i;
    let visible = false;
    while (j < to && isSpace(text.charCodeAt(j))) {
      if (!isZeroWidth(text.charCodeAt(j))) visible = true;
      j++;
    }
    out += text.slice(segment, i);
    if (visible && i > from && j < to) out += " ";
    segment = j;
    i = j;
  }
  return out + text.slice(segment, to);
}

/** The line's text from `from` (default: its body) to its content end, whitespace normalised. */
export function lineText(text: string, line: Line, from: number = line.bodyStart): string {
  return line.clean ? text.slice(from, line.contentEnd) : normalise(text, from, line.contentEnd);
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function isSeparatorChar(c: number): boolean {
  return (
    c === 0x3d ||
    c === 0x2d ||
    c === 0x5f ||
    c === 0x2a ||
    c === 0x7e ||
    c === 0x2014 ||
    c === 0x2500 ||
    c === 0x2501 ||
    c === 0x2550 ||
    c === 0xff1d
  );
}

/** `=====`, `---`, `***`, `———`: three or more of one separator character, spaces allowed between. */
function isSeparator(text: string, start: number, end: number, c: number): boolean {
  let count = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i);
    if (d === c) count++;
    else if (!isSpace(d)) return false;
  }
  return count >= 3;
}

/** Sentence punctuation, which a label never holds: a line holding it before its colon is prose. */
function isSentencePunctuation(c: number): boolean {
  return (
    c === 0x2c ||
    c === 0x2e ||
    c === 0x21 ||
    c === 0x3f ||
    c === 0x3b ||
    c === 0x22 ||
    c === 0xff0c ||
    c === 0x3002 ||
    c === 0xff01 ||
    c === 0xff1f ||
    c === 0xff1b ||
    c === 0x3001 ||
    c === 0x300c ||
    c === 0x300d ||
    c === 0x201c ||
    c === 0x201d
  );
}

/** Whether a short text before a colon reads as a label (`Note`, `譯者`, `Original title`) rather than prose. */
function looksLikeLabel(label: string): boolean {
  if (label.length > 24) return false;
  let words = 1;
  let letters = 0;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (isSentencePunctuation(c)) return false;
    if (c === 0x20) words++;
    else if (isHan(c) || isLatinLetter(c)) letters++;
  }
  return letters > 0 && words <= 4;
}

/**
 * Decides what a line is. The decision is made on the line's normalised form, the form the formatter
 * writes, so a line reads the same before and after formatting; most lines are already normalised and
 * are looked at where they stand.
 */
function classify(text: string, line: Line): void {
  const normalised = line.clean ? text : normalise(text, line.contentStart, line.contentEnd);
  const from = line.clean ? line.contentStart : 0;
  const to = line.clean ? line.contentEnd : normalised.length;
  const body = classifyContent(normalised, from, to, line);
  if (line.kind === "text") return;
  line.bodyStart = line.clean ? body : rawOffset(text, line.contentStart, line.contentEnd, body);
}

/** The offset in the raw text [from, to) of the character at `index` in its normalised form. */
function rawOffset(text: string, from: number, to: number, index: number): number {
  let i = from;
  let j = 0;
  while (j < index && i < to) {
    if (!isSpace(text.charCodeAt(i))) {
      i++;
      j++;
      continue;
    }
    let visible = false;
    while (i < to && isSpace(text.charCodeAt(i))) {
      if (!isZeroWidth(text.charCodeAt(i))) visible = true;
      i++;
    }
    if (visible && i < to) j++;
  }
  return skipSpace(text, i, to);
}

/** Classifies the content [s, e) of `str`, a normalised line; returns where the line's body starts in it. */
function classifyContent(str: string, s: number, e: number, line: Line): number {
  const c = str.charCodeAt(s);
  if (isSeparatorChar(c) && e - s >= 3 && isSeparator(str, s, e, c)) {
    line.kind = "separator";
    return e;
  }
  const bullet = matchBullet(str, s, e);
  if (bullet) {
    line.kind = "bullet";
    return skipSpace(str, bullet.end, e);
  }
  const number = matchNumber(str, s, e);
  if (number) {
    line.kind = "number";
    line.ordinal = number.ordinal;
    return skipSpace(str, number.end, e);
  }
  const limit = Math.min(e, s + LABEL_MAX);
  let colon = -1;
  for (let i = s; i < limit; i++) {
    if (isColon(str.charCodeAt(i))) {
      colon = i;
      break;
    }
  }
  // a line starting with a colon has no label
  if (colon === s) return s;
  if (colon < 0) {
    if (e - s <= HEADING_MAX) classifyLabel(str, s, e, e, line);
    return e;
  }
  // "https://…" is text, not a label
  if (str.charCodeAt(colon + 1) === 0x2f && str.charCodeAt(colon + 2) === 0x2f) return s;
  classifyLabel(str, s, colon, e, line);
  return skipSpace(str, colon + 1, e);
}

/** Decides between heading, label and text for a line whose label would be [s, labelEnd). */
function classifyLabel(str: string, s: number, labelEnd: number, e: number, line: Line): void {
  let end = labelEnd;
  while (end > s && isSpace(str.charCodeAt(end - 1))) end--;
  const label = str.slice(s, end);
  // labels and headings are short words; prose before a colon is ruled out before any lookup
  if (!looksLikeLabel(label)) return;
  const normalised = normaliseLabel(label);
  const hint = headingOfNormalised(normalised);
  if (hint !== undefined) {
    line.kind = "heading";
    line.label = label;
    line.hint = hint;
    return;
  }
  // a line without a colon is a heading or text, never a label
  if (labelEnd === e) return;
  line.kind = "label";
  line.label = label;
  line.key = fieldKeyOfNormalised(normalised);
}
