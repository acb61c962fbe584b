/**
 * Text → classified lines, in one pass. Each character of a line's content is looked at once, for the
 * classes that matter (whitespace to normalise, brackets, colons, garbage); then a few characters at the
 * start of the content decide what kind of line it is. No search ever runs past the end of the current
 * line, so the whole pass is linear in the input.
 *
 * Lines are kept as rows of numbers in one typed array rather than as an object each: a digest of
 * thousands of briefs then costs a few allocations, and the garbage collector has nothing to trace.
 */
import type { FieldKey } from "../schema.js";
import { FIELD_KEYS } from "../vocabulary.js";
import {
  ASCII_SPACE,
  BRACKET,
  COLON,
  GARBAGE,
  HAN,
  LATIN,
  ODD_SPACE,
  RULE,
  SENTENCE,
  SPACE,
  ZERO_WIDTH,
  classOf,
  isSpace,
  isZeroWidth,
} from "./chars.js";
import {
  HEADING_MAX,
  closingBracket,
  fieldKeyOf,
  isFieldWord,
  mayBeField,
  mayBeHeading,
  readLabel,
} from "./labels.js";
import {
  BULLET_TAG,
  SUB_BULLET_TAG,
  markerEnd,
  markerTag,
  matchBullet,
  matchNumber,
  matchSubBullet,
  tagOrdinal,
  tagStyle,
} from "./markers.js";

/** Line kinds, as stored; `KINDS[kind]` names one. */
export const BLANK = 0;
export const SEPARATOR = 1;
export const BULLET = 2;
export const NUMBER = 3;
export const HEADING = 4;
export const LABEL = 5;
export const TEXT = 6;
export const KINDS = ["blank", "separator", "bullet", "number", "heading", "label", "text"] as const;

/** A line's key in its INFO slot: 0 for none, else 1 + its place in FIELD_KEYS. */
const KEYS: readonly (FieldKey | null)[] = [null, ...FIELD_KEYS];
const HINTS = [null, "zh", "en"] as const;

/** A row's slots. INFO packs the kind (3 bits), two flags and the key or hint (3 bits). */
const START = 0;
const END = 1;
const CONTENT_START = 2;
const CONTENT_END = 3;
const BODY_START = 4;
const INDENT = 5;
const ORDINAL = 6;
const INFO = 7;
const STRIDE = 8;
const CLEAN = 8;
const BRACKETS = 16;
const MEANING = 32;
/** On a TEXT line: it starts with a known label without its colon; its key is stored as a LABEL's. */
const BARE = 256;

/** Rows a released scan left for the next one; kept up to a size that serves most inputs. */
let spare: Int32Array | null = null;
const SPARE_MAX = STRIDE * 0x4000;
const EMPTY = new Int32Array(0);

/** The lines of a text. Line `i` (0-based) is line number `i + 1`. */
export class Lines {
  count = 0;
  /** How many control characters and U+FFFD the text holds: a measure of binary garbage. */
  garbage = 0;
  /** The character classes of every line's content together: what kinds of character the text holds. */
  classes = 0;
  private rows: Int32Array;
  /** Labels by line, set for LABEL and HEADING lines only. */
  private readonly labels: string[] = [];

  constructor(expected: number) {
    const size = Math.max(expected, 4) * STRIDE;
    this.rows = spare !== null && spare.length >= size ? spare : new Int32Array(size);
    spare = null;
  }

  /**
   * Hands the rows back for the next scan to reuse, once nothing will read these lines again: a parse
   * does so when it returns. Lines not released are simply collected.
   */
  release(): void {
    if (this.rows.length <= SPARE_MAX) spare = this.rows;
    this.rows = EMPTY;
    this.count = 0;
  }

  private slot(i: number, slot: number): number {
    return this.rows[i * STRIDE + slot] as number;
  }

  /** Offset of the line's first character. */
  start(i: number): number {
    return this.slot(i, START);
  }
  /** Offset just past the line's last character, before its line ending. */
  end(i: number): number {
    return this.slot(i, END);
  }
  /** The line without leading and trailing whitespace is [contentStart, contentEnd). */
  contentStart(i: number): number {
    return this.slot(i, CONTENT_START);
  }
  contentEnd(i: number): number {
    return this.slot(i, CONTENT_END);
  }
  /** Where the line's own text begins: after its marker, its label's colon, or its heading. */
  bodyStart(i: number): number {
    return this.slot(i, BODY_START);
  }
  /** Width of the leading whitespace (a tab counts 4, an ideographic space 2). */
  indent(i: number): number {
    return this.slot(i, INDENT);
  }
  /** The number of a NUMBER line (1 for `1.`, `a.`, `一、`), 0 otherwise. */
  ordinal(i: number): number {
    return tagOrdinal(this.slot(i, ORDINAL));
  }
  /**
   * The style of a line's marker (see markers.ts), 0 for a line without one. A TEXT line starting with
   * `o`, `§` or `?` has the style of those bullets: the outline decides whether they are markers.
   */
  style(i: number): number {
    return tagStyle(this.slot(i, ORDINAL));
  }
  kind(i: number): number {
    return this.slot(i, INFO) & 7;
  }
  /** True when the content's whitespace is already single ASCII spaces, so it can be sliced as is. */
  clean(i: number): boolean {
    return (this.slot(i, INFO) & CLEAN) !== 0;
  }
  /** True when the content holds a bracket or quotation mark, so only these lines are checked for balance. */
  brackets(i: number): boolean {
    return (this.slot(i, INFO) & BRACKETS) !== 0;
  }
  /** The field a LABEL or bare line names; null for an unknown label and for other kinds. */
  key(i: number): FieldKey | null {
    const info = this.slot(i, INFO);
    return (info & 7) === LABEL || info & BARE ? (KEYS[(info >> 5) & 7] ?? null) : null;
  }
  /**
   * Whether a TEXT line starts with a known label but no colon (`作者 王小明`): a field only where a
   * header can be, which the header reader decides; its `key`, `label` and `bodyStart` are a LABEL's.
   */
  bare(i: number): boolean {
    return (this.slot(i, INFO) & BARE) !== 0;
  }
  /** The language a HEADING line names, when it names one. */
  hint(i: number): "zh" | "en" | null {
    return this.kind(i) === HEADING ? (HINTS[this.slot(i, INFO) >> 5] ?? null) : null;
  }
  /** The label of a LABEL or HEADING line as written, whitespace normalised; "" otherwise. */
  label(i: number): string {
    return this.labels[i] ?? "";
  }

  /** Appends a line, BLANK or TEXT; `classify` then says what it is. */
  add(start: number, end: number, first: number, last: number, indent: number, flags: number): number {
    const i = this.count++;
    if (this.count * STRIDE > this.rows.length) {
      const rows = new Int32Array(this.rows.length * 2);
      rows.set(this.rows);
      this.rows = rows;
    }
    const at = i * STRIDE;
    const rows = this.rows;
    rows[at + START] = start;
    rows[at + END] = end;
    rows[at + CONTENT_START] = first;
    rows[at + CONTENT_END] = last;
    rows[at + BODY_START] = first;
    rows[at + INDENT] = indent;
    rows[at + ORDINAL] = 0;
    rows[at + INFO] = (first === last ? BLANK : TEXT) | flags;
    return i;
  }

  /** Sets what line `i` is: its kind, where its body starts, its marker (`markerTag`), and its key or hint. */
  classify(i: number, kind: number, body: number, tag = 0, meaning = 0): void {
    const at = i * STRIDE;
    this.rows[at + BODY_START] = body;
    this.rows[at + ORDINAL] = tag;
    this.rows[at + INFO] =
      ((this.rows[at + INFO] as number) & (CLEAN | BRACKETS)) | kind | (meaning * MEANING);
  }

  /** Records the style of a marker a TEXT line may start with, leaving its body where it is. */
  tag(i: number, tag: number): void {
    this.rows[i * STRIDE + ORDINAL] = tag;
  }

  /** Moves line `i`'s body start, classified on its normalised form, back into the text. */
  moveBody(i: number, body: number): void {
    this.rows[i * STRIDE + BODY_START] = body;
  }

  setLabel(i: number, label: string): void {
    this.labels[i] = label;
  }
}

/** Longest label or heading looked for before a colon; keeps the colon search within a short prefix. */
const LABEL_MAX = 40;

/**
 * Finds line ends in text that holds CR (CR, CRLF or LF endings): the next CR and the next LF are each
 * searched for once and reused until passed, so the whole text is searched through once.
 */
class LineEnds {
  private cr = -1;
  private lf = -1;
  constructor(private readonly text: string) {}

  from(i: number): number {
    if (this.cr < i) this.cr = indexFrom(this.text, "\r", i);
    if (this.lf < i) this.lf = indexFrom(this.text, "\n", i);
    return Math.min(this.cr, this.lf);
  }
}

/** The next `what` at or after `i`, or the text's length when there is none. */
function indexFrom(text: string, what: string, i: number): number {
  const at = text.indexOf(what, i);
  return at < 0 ? text.length : at;
}

/** The first colon in [from, to) within the label limit, or `to`. */
function colonIn(text: string, from: number, to: number): number {
  const limit = Math.min(to, from + LABEL_MAX);
  for (let i = from; i < limit; i++) if (classOf(text.charCodeAt(i)) & COLON) return i;
  return to;
}

/**
 * The one look at each character of a line's content [from, to): the classes it holds, one table load
 * and no branch a character. Classes two neighbours share land sixteen bits up, which is how a double
 * space shows. A function of its own so the compiler keeps this loop tight.
 */
function contentFlags(text: string, from: number, to: number): number {
  let flags = 0;
  let previous = 0;
  for (let j = from; j < to; j++) {
    const k = classOf(text.charCodeAt(j));
    flags |= k | ((k & previous) << 16);
    previous = k;
  }
  return flags;
}

function countGarbage(text: string, from: number, to: number): number {
  let garbage = 0;
  for (let i = from; i < to; i++) if (classOf(text.charCodeAt(i)) & GARBAGE) garbage++;
  return garbage;
}

export function scanLines(text: string): Lines {
  const n = text.length;
  const lines = new Lines((n >> 6) + 8);
  // Without CR, indexOf finds each line's end natively; it never looks past that end.
  const ends = text.indexOf("\r") >= 0 ? new LineEnds(text) : null;
  let i = 0;
  for (;;) {
    const start = i;
    let end = ends ? ends.from(i) : text.indexOf("\n", i);
    if (end < 0) end = n;
    let first = start;
    let indent = 0;
    for (; first < end; first++) {
      const c = text.charCodeAt(first);
      const k = classOf(c);
      if (!(k & SPACE)) break;
      indent += c === 0x09 ? 4 : c === 0x3000 ? 2 : k & ZERO_WIDTH ? 0 : 1;
    }
    let last = end;
    while (last > first && classOf(text.charCodeAt(last - 1)) & SPACE) last--;
    const flags = contentFlags(text, first, last);
    lines.classes |= flags;
    if (flags & GARBAGE) lines.garbage += countGarbage(text, first, last);
    const clean = (flags & (ODD_SPACE | (ASCII_SPACE << 16))) === 0;
    const line = lines.add(
      start,
      end,
      first,
      last,
      indent,
      (clean ? CLEAN : 0) | (flags & BRACKET ? BRACKETS : 0),
    );
    if (first < last && clean) {
      classifyContent(lines, line, text, first, last, (flags & COLON) !== 0);
    } else if (first < last) {
      classifyUnclean(lines, line, text, first, last);
    }
    if (end >= n) break;
    i = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
  }
  return lines;
}

/** How many characters of the lines' content are not whitespace, to weigh garbage against. */
export function visibleLength(text: string, lines: Lines): number {
  let visible = 0;
  for (let line = 0; line < lines.count; line++) {
    for (let i = lines.contentStart(line); i < lines.contentEnd(line); i++) {
      if (!(classOf(text.charCodeAt(i)) & SPACE)) visible++;
    }
  }
  return visible;
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

/** Line `i`'s text from `from` (default: its body) to its content end, whitespace normalised. */
export function lineText(text: string, lines: Lines, i: number, from: number = lines.bodyStart(i)): string {
  const to = lines.contentEnd(i);
  return lines.clean(i) ? text.slice(from, to) : normalise(text, from, to);
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
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

/** Whether a short text before a colon, [from, to), reads as a label (`Note`, `譯者`, `Original title`) rather than prose. */
function looksLikeLabel(text: string, from: number, to: number): boolean {
  if (to - from > 24) return false;
  let words = 1;
  let letters = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const k = classOf(c);
    // a line holding sentence punctuation before its colon is prose
    if (k & SENTENCE) return false;
    if (c === 0x20) words++;
    else if (k & (HAN | LATIN)) letters++;
  }
  return letters > 0 && words <= 4;
}

/**
 * Decides what a line whose whitespace needs normalising is. The decision is made on the line's
 * normalised form, the form the formatter writes, so a line reads the same before and after formatting.
 */
function classifyUnclean(lines: Lines, line: number, text: string, first: number, last: number): void {
  const normalised = normalise(text, first, last);
  const end = normalised.length;
  classifyContent(lines, line, normalised, 0, end, true);
  if (lines.kind(line) !== TEXT || lines.bare(line)) {
    lines.moveBody(line, rawOffset(text, first, last, lines.bodyStart(line)));
  }
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

/**
 * Classifies line `line`, whose content is [s, e) of `str` (the text itself, or the line's normalised
 * form), which may hold a colon when `colons` is true. The body start is recorded as an offset into
 * `str`.
 */
function classifyContent(
  lines: Lines,
  line: number,
  str: string,
  s: number,
  e: number,
  colons: boolean,
): void {
  const c = str.charCodeAt(s);
  if (classOf(c) & RULE && e - s >= 3 && isSeparator(str, s, e, c)) {
    // a rule right under a heading underlines it (setext, reStructuredText): it divides nothing
    lines.classify(line, line > 0 && lines.kind(line - 1) === HEADING ? BLANK : SEPARATOR, e);
    return;
  }
  const bullet = matchBullet(str, s, e);
  if (bullet >= 0) {
    lines.classify(line, BULLET, skipSpace(str, bullet, e), BULLET_TAG);
    return;
  }
  const number = matchNumber(str, s, e);
  if (number >= 0) {
    lines.classify(line, NUMBER, skipSpace(str, markerEnd(number), e), markerTag(number));
    return;
  }
  if (matchSubBullet(str, s, e)) {
    lines.tag(line, SUB_BULLET_TAG);
    return;
  }
  const colon = colons ? colonIn(str, s, e) : e;
  // a line starting with a colon has no label
  if (colon === s) return;
  if (colon < Math.min(e, s + LABEL_MAX)) {
    // "https://…" is text, not a label
    if (str.charCodeAt(colon + 1) !== 0x2f || str.charCodeAt(colon + 2) !== 0x2f) {
      classifyLabel(lines, line, str, s, colon, e);
    }
  } else if (e - s <= HEADING_MAX && mayBeHeading(c)) classifyLabel(lines, line, str, s, e, e);
  if (lines.kind(line) === TEXT && mayBeField(c)) classifyField(lines, line, str, s, e);
}

/** The end of the word at `i` before `limit`: up to a space, or where Han characters give way to others. */
function wordEnd(str: string, i: number, limit: number): number {
  let previous = 0;
  let j = i;
  for (; j < limit; j++) {
    const c = str.charCodeAt(j);
    const k = classOf(c);
    // `網站來源/Source` is one word, `日期10/24/2025` a label and its value
    if (k & SPACE || (previous & HAN && !(k & HAN) && c !== 0x2f && c !== 0xff0f)) break;
    previous = k;
  }
  return j;
}

/** Where a label without a colon ends: after its first word, or its first two (`Publication date`) when they are a label. */
function bareLabelEnd(str: string, s: number, limit: number): number {
  const first = wordEnd(str, s, limit);
  const second = wordEnd(str, first + 1, limit);
  return second < limit && isFieldWord(str.slice(s, second)) ? second : first;
}

/**
 * A known field's label set apart without a colon: in brackets (`【作者】王小明`, `[Source] …`), a LABEL;
 * or by a space or the end of its Chinese (`作者 王小明`, `日期10/24/2025`), a TEXT line marked BARE:
 * prose starts this way too ("Source of …"), so only the header reader, which knows where a header can
 * be, reads it as a field.
 */
function classifyField(lines: Lines, line: number, str: string, s: number, e: number): void {
  const limit = Math.min(e, s + LABEL_MAX);
  const closer = closingBracket(str.charCodeAt(s));
  let end = closer < 0 ? bareLabelEnd(str, s, limit) : s + 1;
  while (closer >= 0 && end < limit && str.charCodeAt(end - 1) !== closer) end++;
  // a label needs a value after it, and a bracket its closing one
  if (end >= limit) return;
  const label = str.slice(s, end);
  const key = fieldKeyOf(label);
  if (key === null) return;
  lines.classify(line, closer < 0 ? TEXT | BARE : LABEL, skipSpace(str, end, e), 0, KEYS.indexOf(key));
  lines.setLabel(line, label);
}

/** Decides between heading, label and text for a line whose label would be [s, labelEnd). */
function classifyLabel(
  lines: Lines,
  line: number,
  str: string,
  s: number,
  labelEnd: number,
  e: number,
): void {
  let end = labelEnd;
  while (end > s && isSpace(str.charCodeAt(end - 1))) end--;
  // labels and headings are short words; prose before a colon is ruled out before any lookup
  if (!looksLikeLabel(str, s, end)) return;
  const label = str.slice(s, end);
  const { heading, key } = readLabel(label);
  const body = labelEnd === e ? e : skipSpace(str, labelEnd + 1, e);
  if (heading !== undefined) {
    lines.classify(line, HEADING, body, 0, heading === null ? 0 : HINTS.indexOf(heading));
  } else if (labelEnd !== e) {
    // a line without a colon is a heading or text here; classifyField reads labels that go without one
    lines.classify(line, LABEL, body, 0, KEYS.indexOf(key));
  } else return;
  lines.setLabel(line, label);
}
