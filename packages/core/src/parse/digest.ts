/**
 * Where one brief ends and the next begins in a digest, and where each brief's header ends. A separator
 * line (`=====`, `---`) after a brief's summaries ends it, unless it only divides the Chinese summary
 * from the English one. A new header after the summaries starts a new brief only when it is a header
 * (a known field followed by another, or by a heading for a language the brief has summarised), so a
 * stray "Source: …" line at the end of a point is not mistaken for one. Text before a brief's header or
 * first heading (a greeting) is left out of the brief.
 */
import type { FieldKey } from "../schema.js";
import { FIELD_KEYS } from "../vocabulary.js";
import { BLANK, HEADING, LABEL, SEPARATOR, TEXT, type Lines } from "./lines.js";

/** Lines [from, to) of one brief. */
export interface BriefRange {
  from: number;
  to: number;
  /** Lines of text before the brief that were left out of it: the first, and how many. */
  outside?: { line: number; count: number };
}

/** The first line at or after `from` that is not blank, or -1. */
export function nextNonBlank(lines: Lines, from: number, to: number = lines.count): number {
  for (let i = from; i < to; i++) if (lines.kind(i) !== BLANK) return i;
  return -1;
}

function hasContent(lines: Lines, range: BriefRange): boolean {
  for (let i = range.from; i < range.to; i++) {
    const kind = lines.kind(i);
    if (kind !== BLANK && kind !== SEPARATOR) return true;
  }
  return false;
}

/** The bit of a field's key in a set of keys held as a number; an unknown label (null) has one too. */
const KEY_BITS = Object.fromEntries(FIELD_KEYS.map((key, index) => [key, 2 << index])) as Readonly<
  Record<FieldKey, number>
>;
export const keyBit = (key: FieldKey | null): number => (key === null ? 1 : KEY_BITS[key]);

/**
 * Whether line `i` is a field of a header whose fields so far have the keys `seen` (as `keyBit`s): a
 * label, or a known label without its colon whose field the header does not have yet. Prose that
 * starts with a label's word ("By the end of …" after the header) repeats a field, so it is text.
 */
export function isFieldLine(lines: Lines, i: number, seen: number): boolean {
  return lines.kind(i) === LABEL || (lines.bare(i) && (seen & keyBit(lines.key(i))) === 0);
}

/**
 * The line after the header that starts at `from`: its fields, blank lines and separators between them,
 * and a text line between two fields, which continues the field before it (a wrapped value, or a line
 * that did not read as a label: ending the header there would make the rest of it a second brief). A
 * header of one label without its colon is one only before a heading.
 */
export function headerEnd(lines: Lines, from: number, to: number): number {
  let seen = 0;
  let end = from;
  let text = -1;
  let colons = false;
  let i = from;
  for (; i < to; i++) {
    const kind = lines.kind(i);
    if (kind === BLANK || kind === SEPARATOR) continue;
    if (!isFieldLine(lines, i, seen)) {
      if (kind !== TEXT || text >= 0 || end === from) break;
      text = i;
      continue;
    }
    const key = lines.key(i);
    // after a text line only a field the header lacks goes on with it: a repeated one starts a new brief
    if (text >= 0 && (key === null || (seen & keyBit(key)) !== 0)) break;
    seen |= keyBit(key);
    colons ||= kind === LABEL;
    text = -1;
    end = i + 1;
  }
  const after = text >= 0 ? text : i;
  // fewer than two keys: at most one bit set
  if (!colons && (seen & (seen - 1)) === 0 && (after >= to || lines.kind(after) !== HEADING)) return from;
  return end;
}

const bit = (hint: "zh" | "en"): number => (hint === "zh" ? 1 : 2);

/** Whether a heading opens a summary in a language the brief already has (`headings`), so a new brief's. */
function repeats(lines: Lines, heading: number, headings: number): boolean {
  const hint = lines.hint(heading);
  return hint === null || (headings & bit(hint)) !== 0;
}

/**
 * Whether a new header starts at line `i` of a brief's body: a known field followed by another field,
 * as `headerEnd` reads one, or by a heading for a language the brief has.
 */
function startsHeader(lines: Lines, i: number, headings: number): boolean {
  const key = lines.key(i);
  const next = key === null ? -1 : nextNonBlank(lines, i + 1);
  if (next < 0) return false;
  if (lines.kind(next) === HEADING) return repeats(lines, next, headings);
  return lines.key(next) !== null && (lines.kind(next) === LABEL || lines.key(next) !== key);
}

/**
 * Moves the brief's start past the text before its header or first heading: a greeting ("Hi all, this
 * week's brief:"), also one that ends in a colon and so reads as a label with no value ("以下是本週摘要：").
 * Text before an English heading stays: it is the Chinese summary, without its own heading.
 */
function leaveOutText(lines: Lines, range: BriefRange): void {
  let count = 0;
  for (let i = range.from; i < lines.count; i++) {
    const kind = lines.kind(i);
    if (kind === BLANK) continue;
    if (
      kind === LABEL
        ? lines.key(i) === null && lines.bodyStart(i) === lines.contentEnd(i)
        : kind === TEXT && (!lines.bare(i) || headerEnd(lines, i, lines.count) === i)
    ) {
      count++;
      continue;
    }
    if (count > 0 && (kind === LABEL || lines.bare(i) || (kind === HEADING && lines.hint(i) !== "en"))) {
      range.outside = { line: nextNonBlank(lines, range.from), count };
      range.from = i;
    }
    return;
  }
}

/** Reads the brief that starts at line `start` into `ranges`; returns the line the next one starts at. */
function readRange(lines: Lines, start: number, ranges: BriefRange[]): number {
  const n = lines.count;
  const range: BriefRange = { from: start, to: n };
  ranges.push(range);
  leaveOutText(lines, range);
  let inBody = false;
  // the languages this brief has headed summaries in
  let headings = 0;
  for (let i = headerEnd(lines, range.from, n); i < n; i++) {
    const kind = lines.kind(i);
    if (kind === BLANK) continue;
    if (kind === SEPARATOR) {
      const next = nextNonBlank(lines, i + 1);
      // a heading for a language this brief has no summary in yet belongs to this brief
      if (inBody && (next < 0 || lines.kind(next) !== HEADING || repeats(lines, next, headings))) {
        range.to = i;
        return i + 1;
      }
      continue;
    }
    if (inBody && kind !== HEADING && startsHeader(lines, i, headings)) {
      range.to = i;
      return i;
    }
    inBody = true;
    const hint = lines.hint(i);
    if (hint !== null) headings |= bit(hint);
  }
  return n;
}

export function splitBriefs(lines: Lines): BriefRange[] {
  const ranges: BriefRange[] = [];
  for (let start = 0; start < lines.count;) start = readRange(lines, start, ranges);
  return ranges.filter((range) => hasContent(lines, range));
}
