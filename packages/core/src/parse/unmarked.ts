/**
 * Outlines whose list markers were lost or moved on the way. Each finding is a plan for reading the
 * section's lines again (see `Plan`) and, where markers were lost, what the `missing-markers` warning
 * says. The first reading of a section only notes what to look for, so a brief with its markers in
 * place is read once.
 *
 * A section with no marker line at all (a web page copied as text: a browser's innerText has no list
 * markers; Word documents read by antiword or catdoc) reaches the outline as one long lead. The rules
 * for it, in order:
 *
 * 1. Fewer than four lines: a lead, nothing to say.
 * 2. A blank line after the first paragraph: that paragraph is the lead (a lead is one paragraph, in
 *    the reference one line), and what follows is the outline. Its lines are points, each joined by
 *    the lines that continue it: a line continues the one before when no blank line parts them and
 *    it starts in lowercase or with closing punctuation, or when its first word would not have fitted
 *    at the end of the line before (a greedy wrapper breaks only there) and that line does not end a
 *    sentence (tried on the reference's items wrapped at every width from 40 to 100 columns, this
 *    misreads a quarter as many lines as trusting the width alone). The width the text was
 *    wrapped to is its widest line's, when a second line comes within an eighth of it; text that was
 *    never wrapped (innerText, one paragraph a line) has its lead far the widest, and no such width.
 *    Where blank lines part the outline into paragraphs (catdoc, `<p>` items), each paragraph is one
 *    point.
 * 3. No blank line: a PDF-wrapped lead looks like this too, so the lines after the first are points
 *    only when each is a sentence of its own, ending in sentence punctuation.
 *
 * Fewer than two points read so, and the section stays a lead. Either way it is reported: its lines
 * may be an outline, and its nesting cannot be seen.
 *
 * Sections that kept some markers are read again when what they kept shows what was lost (`planMarked`).
 */
import { SPACE, WIDE, classOf } from "./chars.js";
import { BULLET, HEADING, SEPARATOR, type Lines } from "./lines.js";

const MIN_LINES = 4;
/** What a sentence ends with. */
const FINAL = "。．.！？!?：:;；…";
/** What no line of prose starts with: a wrapper moved it there from the line before. */
const CLOSING = ",，、。．.）)」』”；;：:！？!?";

/** How a section read again takes a line: as it was read, as a new point or sub-point, or not at all. */
export const AS_READ = 0;
export const POINT_START = 1;
export const SUB_START = 2;
export const SKIP = 3;

/** What `planMarked` looks for, as the section's first reading found it; UNNESTED yields to the others. */
export const UNNESTED = 1;
export const RESTARTED = 2;
export const MOVED = 3;

export interface Plan {
  /** How each line of the section is taken, by its distance from the section's first line. */
  how: Uint8Array;
  /** How many lines were read as points without a marker (0: none, no warning), and the first of them. */
  count: number;
  line: number;
  /** Whether some of the lines look wrapped, so a point may have been cut in two. */
  wrapped: boolean;
}

function endsSentence(text: string, lines: Lines, line: number): boolean {
  const end = lines.contentEnd(line);
  // a closing quotation mark or bracket may follow the final punctuation
  return FINAL.includes(text.charAt(end - 1)) || FINAL.includes(text.charAt(end - 2));
}

function startsMidSentence(text: string, lines: Lines, line: number): boolean {
  const c = text.charCodeAt(lines.contentStart(line));
  return (c >= 0x61 && c <= 0x7a) || CLOSING.includes(text.charAt(lines.contentStart(line)));
}

/** Where a line's own text begins: after a heading, else at its first character; at its end when it has none. */
export function textStart(lines: Lines, line: number): number {
  const kind = lines.kind(line);
  // a rule under a heading is a blank line with content
  if (kind <= SEPARATOR) return lines.contentEnd(line);
  return kind === HEADING ? lines.bodyStart(line) : lines.contentStart(line);
}

/** Columns a line takes from its start, a wide character two. */
function width(text: string, lines: Lines, line: number): number {
  const end = lines.contentEnd(line);
  let columns = lines.indent(line);
  for (let i = lines.contentStart(line); i < end; i++) columns += classOf(text.charCodeAt(i)) & WIDE ? 2 : 1;
  return columns;
}

/**
 * The width the lines `first` to `last` were wrapped to: the widest's, when a second comes within an
 * eighth of it; 0 when they were not wrapped.
 */
function wrapWidth(text: string, lines: Lines, first: number, last: number): number {
  let widest = 0;
  let near = 0;
  for (let round = 0; round < 2; round++) {
    for (let line = first; line <= last; line++) {
      const w = lines.kind(line) > SEPARATOR ? width(text, lines, line) : 0;
      if (round) near += w >= widest - (widest >> 3) ? 1 : 0;
      else widest = Math.max(widest, w);
    }
  }
  return near > 1 ? widest : 0;
}

/** Columns the line's first word would take at the end of the line before: a wide character, or a word and its space. */
function firstWord(text: string, lines: Lines, line: number): number {
  const start = lines.contentStart(line);
  const end = lines.contentEnd(line);
  if (classOf(text.charCodeAt(start)) & WIDE) return 2;
  let i = start;
  while (i < end && !(classOf(text.charCodeAt(i)) & (SPACE | WIDE))) i++;
  return i - start + 1;
}

/** Where the points begin among the lines `content[from…]`, after a lead that ends with a blank line (rule 2). */
function outlineAfterLead(
  text: string,
  lines: Lines,
  content: number[],
  gaps: boolean[],
  from: number,
): number[] {
  const wrap = wrapWidth(text, lines, content[0] as number, content[content.length - 1] as number);
  let parted = 0;
  for (let k = from + 1; k < content.length; k++) if (gaps[k]) parted++;
  const starts = [content[from] as number];
  for (let k = from + 1; k < content.length; k++) {
    const line = content[k] as number;
    const before = content[k - 1] as number;
    // a greedy wrapper breaks a line only where the next word would not fit on it
    const noRoom =
      wrap > 0 &&
      width(text, lines, before) + firstWord(text, lines, line) > wrap &&
      !endsSentence(text, lines, before);
    if (gaps[k] || !(parted >= 2 || noRoom || startsMidSentence(text, lines, line))) starts.push(line);
  }
  return starts;
}

/** Where the points of a section without markers start, `first` to `last` being its lines; null for none. */
export function findUnmarked(text: string, lines: Lines, first: number, last: number): Plan | null {
  const content: number[] = [];
  const gaps: boolean[] = [];
  let gap = false;
  for (let line = first; line <= last; line++) {
    if (textStart(lines, line) === lines.contentEnd(line)) {
      gap = content.length > 0;
      continue;
    }
    content.push(line);
    gaps.push(gap);
    gap = false;
  }
  if (content.length < MIN_LINES) return null;
  const lead = gaps.indexOf(true);
  const from = lead > 0 ? lead : 1;
  const sentences = lead < 0 && content.every((line, k) => k === 0 || endsSentence(text, lines, line));
  const starts =
    lead > 0 ? outlineAfterLead(text, lines, content, gaps, from) : sentences ? content.slice(1) : [];
  const points = starts.length >= 2;
  const how = new Uint8Array(last - first + 1);
  if (points) for (const line of starts) how[line - first] = POINT_START;
  return {
    how,
    count: points ? starts.length : content.length - from,
    line: content[from] as number,
    // fewer points than lines: some were joined as wrapped
    wrapped: !points || starts.length < content.length - from,
  };
}

/** Whether `line` stops well short of the width `wrap` the lines were broken at. */
function short(text: string, lines: Lines, line: number, wrap: number): boolean {
  return width(text, lines, line) < wrap - (wrap >> 3);
}

/**
 * Whether `line` ends its paragraph in text laid out in a proportional font (pdftotext): when it
 * ends a sentence, or when it is Chinese and stops short. Chinese characters are all one width, so
 * only a paragraph's end leaves such room; Latin letters are not, so counting them says nothing.
 */
function endsParagraph(text: string, lines: Lines, line: number, wrap: number): boolean {
  return (
    endsSentence(text, lines, line) ||
    (short(text, lines, line, wrap) && (classOf(text.charCodeAt(lines.contentEnd(line) - 1)) & WIDE) !== 0)
  );
}

/**
 * Reads again a section that kept some of its markers, `mode` saying what its first reading found.
 * Its unmarked lines are dealt out as new points (or sub-points), each starting at a line after one
 * that ends a paragraph; marked lines stay what they are, so sub-points stay under the point they
 * follow.
 *
 * - MOVED: blocks of bullets alone on their lines, each followed by its points' texts (pdftotext
 *   writes a page's bullet column so). The texts up to the next bullet are dealt to the block's
 *   bullets; the first of them continues the point before the block unless that point ended. When
 *   there are more starts than bullets, a start standing alone between two sub-points of one list is
 *   none. The bullets were moved, not lost, when every start followed a sentence's end and their
 *   count is the bullets'; otherwise the points read so are reported.
 * - RESTARTED: no bullets, and numbers that start again at 1: sub-points whose points lost their
 *   bullets (a browser's PDF draws bullets rather than writing them). After the lead, each line
 *   after one that ends a paragraph is a point.
 * - UNNESTED: bullets but no sub-point markers (w3m draws the bullets a page's CSS hides, and sets
 *   unmarked sub-points where wrapped lines go): a point's line after one that ends a paragraph is a
 *   sub-point, once some such line stops short.
 */
export function planMarked(
  text: string,
  lines: Lines,
  first: number,
  last: number,
  mode: number,
): Plan | null {
  const how = new Uint8Array(last - first + 1);
  const wrap = wrapWidth(text, lines, first, last);
  const level = mode === UNNESTED ? SUB_START : POINT_START;
  let count = 0;
  let at = -1;
  let before = -1;
  for (let line = first; line <= last; line++) {
    // the `k` bullets alone from `line` on, blank lines between, and their texts from `start`
    let k = 0;
    let start = line;
    for (; mode === MOVED && start <= last && lines.bodyStart(start) === lines.contentEnd(start); start++) {
      if (lines.kind(start) === BULLET) k++;
    }
    // the other modes deal the whole section at once
    if (mode === MOVED ? k < 2 : line > first) {
      if (textStart(lines, line) < lines.contentEnd(line)) before = line;
      line = Math.max(line, start - 1);
      continue;
    }
    const weak: number[] = [];
    let n = 0;
    let sub = 0;
    let since = 0;
    let alone = 0;
    let sure = true;
    let marked = false;
    // a wrapped point, its lines ending sentences here and there, is no sign of lost sub-points
    let early = mode !== UNNESTED;
    let from = -1;
    let end = start;
    for (; end <= last && !(k && lines.kind(end) === BULLET); end++) {
      if (textStart(lines, end) === lines.contentEnd(end)) continue;
      const style = lines.style(end);
      if (style) {
        if (style === sub && since === 1 && lines.ordinal(end) !== 1) weak.push(alone);
        sub = style;
        since = 0;
        marked = true;
      } else if (
        before < 0 ? k > 0 : (marked || mode !== UNNESTED) && endsParagraph(text, lines, before, wrap)
      ) {
        alone = end - first;
        how[alone] = level;
        n++;
        since++;
        sure &&= before < 0 || endsSentence(text, lines, before);
        early ||= short(text, lines, before, wrap);
        if (from < 0) from = end;
      }
      before = end;
    }
    if (!early) return null;
    const drop = k > 0 && n > k;
    if (drop) for (const i of weak) how[i] = AS_READ;
    const made = drop ? n - weak.length : n;
    if (n > 0) how.fill(SKIP, line - first, start - first);
    if (n > 0 && (made !== k || drop || !sure)) {
      count += made;
      if (at < 0) at = from;
    }
    line = end - 1;
  }
  return count > 0 || mode === MOVED ? { how, count, line: at, wrapped: true } : null;
}
