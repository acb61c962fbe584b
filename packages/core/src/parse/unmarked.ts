/**
 * Outlines whose list markers were lost on the way: web pages copied as text (a browser's innerText
 * has no list markers), Word documents read by antiword or catdoc. Such a section reaches the
 * outline as one long lead; this step, run on a section with no marker line at all, says where its
 * points begin. The rules, in order:
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
 */
import { SPACE, WIDE, classOf } from "./chars.js";
import { BLANK, SEPARATOR, type Lines } from "./lines.js";

const MIN_LINES = 4;
/** What a sentence ends with. */
const FINAL = "。．.！？!?：:;；…";
/** What no line of prose starts with: a wrapper moved it there from the line before. */
const CLOSING = ",，、。．.）)」』”；;：:！？!?";

function endsSentence(text: string, lines: Lines, line: number): boolean {
  const end = lines.contentEnd(line);
  // a closing quotation mark or bracket may follow the final punctuation
  return FINAL.includes(text.charAt(end - 1)) || FINAL.includes(text.charAt(end - 2));
}

function startsMidSentence(text: string, lines: Lines, line: number): boolean {
  const c = text.charCodeAt(lines.contentStart(line));
  return (c >= 0x61 && c <= 0x7a) || CLOSING.includes(text.charAt(lines.contentStart(line)));
}

export interface UnmarkedOutline {
  /** The lines the points start on, in order; empty when the section is left a lead. */
  starts: number[];
  /** How many lines were read as points, or would have been. */
  count: number;
  /** The first line read as a point, or that would have been. */
  line: number;
  /** Whether some of the lines look wrapped, so a point may have been cut in two. */
  wrapped: boolean;
}

/** Columns a line takes from its start, a wide character two. */
function width(text: string, lines: Lines, line: number): number {
  const end = lines.contentEnd(line);
  let columns = lines.indent(line);
  for (let i = lines.contentStart(line); i < end; i++) columns += classOf(text.charCodeAt(i)) & WIDE ? 2 : 1;
  return columns;
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
  const widths = content.map((line) => width(text, lines, line));
  let widest = 0;
  for (const w of widths) widest = Math.max(widest, w);
  let near = 0;
  for (const w of widths) if (w >= widest - (widest >> 3)) near++;
  let parted = 0;
  for (let k = from + 1; k < content.length; k++) if (gaps[k]) parted++;
  const starts = [content[from] as number];
  for (let k = from + 1; k < content.length; k++) {
    const line = content[k] as number;
    const before = content[k - 1] as number;
    // a greedy wrapper breaks a line only where the next word would not fit on it
    const noRoom =
      near >= 2 &&
      (widths[k - 1] as number) + firstWord(text, lines, line) > widest &&
      !endsSentence(text, lines, before);
    if (gaps[k] || !(parted >= 2 || noRoom || startsMidSentence(text, lines, line))) starts.push(line);
  }
  return starts;
}

/** Where the points of a section without markers start, `first` to `last` being its lines; null for none. */
export function findUnmarked(
  text: string,
  lines: Lines,
  first: number,
  last: number,
): UnmarkedOutline | null {
  const content: number[] = [];
  const gaps: boolean[] = [];
  let gap = false;
  for (let line = first; line <= last; line++) {
    const kind = lines.kind(line);
    if (kind === BLANK || kind === SEPARATOR) {
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
  return {
    starts: points ? starts : [],
    count: points ? starts.length : content.length - from,
    line: content[from] as number,
    // fewer points than lines: some were joined as wrapped
    wrapped: !points || starts.length < content.length - from,
  };
}
