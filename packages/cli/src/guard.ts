/**
 * What `brief fmt` checks before it writes or prints anything: formatting may change how a brief is
 * laid out, never what it says. The formatted text is read back and compared with what was read from
 * the file, and the file is refused, with a located reason, when
 *
 * - the input holds text the parser left out of every brief (`outside-brief`: a greeting, a signature,
 *   mail headers), which the canonical text would not carry, or bytes that are not UTF-8, which it
 *   would carry only as U+FFFD;
 * - reading the formatted text back gives another number of briefs;
 * - or other briefs: any field, summary, lead, point or sub-point that differs (positions aside);
 * - or, when all of that holds, a letter or digit of the input is missing from the formatted text
 *   (list markers aside, which formatting renumbers): a net for text the parser dropped without
 *   saying so, which the comparison above cannot see because both sides come from the same parser.
 */
import { parseBriefs } from "@briefkit/core";
import type { Brief, Diagnostic, Position } from "@briefkit/core";

export type RefusalCode =
  | "would-drop-outside"
  | "would-replace-bytes"
  | "would-change-count"
  | "would-change-content"
  | "would-drop-text";

/** Why a file is left as it is, shaped like a diagnostic so that it is reported the same way. */
export interface Refusal {
  severity: "error";
  code: RefusalCode;
  message: string;
  position: Position | null;
}

/** What was read from a file: parsed with positions, which locate the refusals. */
export interface Read {
  /**
   * The text the parser read, for the letter-by-letter check; null when it cannot be had exactly
   * (the check is then skipped, the others still apply).
   */
  text: string | null;
  briefs: readonly Brief[];
  diagnostics: readonly Diagnostic[];
}

/**
 * How `formatted` was made, when not with the labels as written: with `labels: "bilingual"` the
 * known fields' labels change on purpose, so the briefs are compared without those labels, and the
 * letters of the input are looked for in `asWritten`, the same briefs formatted with their own labels.
 */
export interface GuardOptions {
  labels: "bilingual";
  asWritten: string;
}

/** Every reason not to write `formatted` in place of what was read; none when it is safe. */
export function refusals(read: Read, formatted: string, options?: GuardOptions): Refusal[] {
  const found = read.diagnostics.filter((d) => d.code === "outside-brief").map(droppedOutside);
  // mended characters lose nothing; replaced bytes live on only as U+FFFD
  const broken = read.diagnostics.filter((d) => d.code === "invalid-bytes");
  if (formatted.includes("\uFFFD")) found.push(...broken.map(replacedBytes));
  const back = parseBriefs(formatted, { positions: false }).briefs;
  const changed = changedBriefs(read.briefs, options === undefined ? back : withLabelsOf(read.briefs, back));
  if (changed !== null) found.push(changed);
  found.sort((a, b) => (a.position?.start.offset ?? -1) - (b.position?.start.offset ?? -1));
  if (found.length > 0 || read.text === null) return found;
  const markup = read.diagnostics.some((d) => d.code === "markup");
  const dropped = droppedText(read.text, read.briefs, options?.asWritten ?? formatted, markup);
  return dropped === null ? [] : [dropped];
}

/**
 * `back` with the labels of the known fields (those with a key) that `read` has at the same place,
 * so that labels changed on purpose compare equal while a changed key, value or unknown field still differs.
 */
function withLabelsOf(read: readonly Brief[], back: readonly Brief[]): Brief[] {
  return back.map((brief, index) => {
    const fields = read[index]?.fields ?? [];
    return {
      ...brief,
      fields: brief.fields.map((field, at) => {
        const was = fields[at];
        return was !== undefined && field.key !== null && was.key === field.key
          ? { ...field, label: was.label }
          : field;
      }),
    };
  });
}

const REPORT = "the file was left as it is (please report this)";

function refusal(code: RefusalCode, position: Position | null, message: string): Refusal {
  const where = position === null ? "" : `Line ${position.start.line}: `;
  return { severity: "error", code, message: `${where}${message}`, position };
}

function droppedOutside(diagnostic: Diagnostic): Refusal {
  // The parser's own words say what the text is ("left out of the brief: an e-mail signature (2 lines)").
  const what = diagnostic.message.replace(/^Line \d+: /, "").replace(/\.$/, "");
  return refusal(
    "would-drop-outside",
    diagnostic.position,
    `${what}, so formatting would drop that text; remove it from the file first, or keep the file as it is.`,
  );
}

/** Bytes that were not UTF-8 are U+FFFD in what was read: writing that over them would lose them for good. */
function replacedBytes(diagnostic: Diagnostic): Refusal {
  return refusal(
    "would-replace-bytes",
    diagnostic.position,
    "bytes here are not valid UTF-8, so formatting would write U+FFFD over them for good; repair the file from where it came, or keep it as it is.",
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

type Key = string | number;

interface Difference {
  /** Where in a brief the two differ: ["summaries", 1, "points", 2, "text"]. */
  path: Key[];
  was: unknown;
  now: unknown;
  /** The nearest node of what was read that holds the difference. */
  at: Position | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function positionOf(value: unknown): Position | null {
  return isRecord(value) && isRecord(value.position) ? (value.position as Position) : null;
}

/**
 * The first place where two values differ, positions aside. Walks any shape, so that fields the
 * data model gains later are compared too; `path` is shared and only copied for the answer.
 */
function difference(was: unknown, now: unknown, path: Key[], at: Position | null): Difference | null {
  if (Object.is(was, now)) return null;
  const here = positionOf(was) ?? at;
  let found: Difference | null = null;
  if (Array.isArray(was) && Array.isArray(now)) {
    for (let i = 0; i < Math.max(was.length, now.length) && found === null; i++) {
      path.push(i);
      found = difference(was[i], now[i], path, here);
      path.pop();
    }
    return found;
  }
  if (isRecord(was) && isRecord(now)) {
    for (const key of new Set([...Object.keys(was), ...Object.keys(now)])) {
      if (key === "position") continue;
      path.push(key);
      found = difference(was[key], now[key], path, here);
      path.pop();
      if (found !== null) return found;
    }
    return null;
  }
  return { path: [...path], was, now, at: here };
}

function changedBriefs(read: readonly Brief[], back: readonly Brief[]): Refusal | null {
  const found = difference(read, back, [], null);
  if (found === null) return null;
  const index = Math.min(Number(found.path[0]), read.length - 1);
  if (read.length !== back.length) {
    return refusal(
      "would-change-count",
      read[index]?.position ?? null,
      `formatting would turn ${plural(read.length, "brief")} into ${back.length}, from the brief here on; ${REPORT}.`,
    );
  }
  return describe(found, read[index] as Brief, back[index] as Brief);
}

/** Long values are shown around where they start to differ. */
const EXCERPT = 40;
const BEFORE = 12;

/** `text` from `from` on, at most EXCERPT long, in quotes, with … where it was cut. */
function quoted(text: string, from: number): string {
  const part = text.slice(from, from + EXCERPT);
  return `"${from > 0 ? "…" : ""}${part}${from + EXCERPT < text.length ? "…" : ""}"`;
}

function excerpts(was: string, now: string): [string, string] {
  let first = 0;
  while (first < was.length && was[first] === now[first]) first++;
  const from = Math.max(0, first - BEFORE);
  return [quoted(was, from), quoted(now, from)];
}

function shown(value: unknown): string {
  const json = JSON.stringify(value) ?? "nothing";
  return json.length > EXCERPT ? `${json.slice(0, EXCERPT)}…` : json;
}

/** "point 3 of the "Summary" section", from a path into `brief`. */
function nodeName(brief: Brief, path: readonly Key[]): string {
  const [, list, index, , point, , child] = path;
  if (list === "fields") {
    const field = brief.fields[Number(index)];
    return field === undefined ? `field ${Number(index) + 1}` : `the "${field.label}" field`;
  }
  const section = brief.summaries[Number(index)];
  const sectionName =
    section === undefined
      ? `summary ${Number(index) + 1}`
      : section.heading === null
        ? `the ${section.lang} summary`
        : `the "${section.heading}" section`;
  if (point === undefined) return sectionName;
  if (child === undefined) return `point ${Number(point) + 1} of ${sectionName}`;
  return `sub-point ${Number(child) + 1} of point ${Number(point) + 1} of ${sectionName}`;
}

function describe(found: Difference, brief: Brief, back: Brief): Refusal {
  const { path, was, now } = found;
  const key = path[1] as keyof Brief;
  if (key !== "fields" && key !== "summaries") {
    // a value the header gives (authors, date…): the field it is written in says where
    const field = brief.fields.find((f) => f.key === key || (key === "dateText" && f.key === "date"));
    return refusal(
      "would-change-content",
      field?.position ?? brief.position ?? null,
      `formatting would change the brief's ${key} from ${shown(brief[key])} to ${shown(back[key])}; ${REPORT}.`,
    );
  }
  const last = path[path.length - 1];
  if (typeof last === "number") {
    const node = nodeName(brief, path);
    return refusal(
      "would-change-content",
      found.at,
      now === undefined
        ? `formatting would lose ${node}; ${REPORT}.`
        : `formatting would add ${node}, which the file does not have; ${REPORT}.`,
    );
  }
  const [before, after] =
    typeof was === "string" && typeof now === "string" ? excerpts(was, now) : [shown(was), shown(now)];
  return refusal(
    "would-change-content",
    found.at,
    `formatting would change the ${last} of ${nodeName(brief, path.slice(0, -1))} from ${before} to ${after}; ${REPORT}.`,
  );
}

const LETTER = /[\p{L}\p{N}]/gu;
const NOT_LETTERS = /[^\p{L}\p{N}]+/gu;

function lettersOf(text: string): string {
  return text.replace(NOT_LETTERS, "");
}

/**
 * Markers are not data: formatting writes `1.` for `a.`, `一、` or `(1)`, and `•` for a numbered
 * point. At most this many letters or digits at the start of a point's line are taken as its marker.
 */
const MARKER_LETTERS = 4;

/** Where the line holding `from` ends, before its line break. */
function lineEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && text[end] !== "\n" && text[end] !== "\r") end++;
  return end;
}

/**
 * Where the letters and digits of the briefs' list markers are in `text`. A point's position starts
 * at its marker and its text follows, so the marker is what comes before the longest tail of the line
 * that begins the point's text (the line holds only the start of a point that wraps).
 */
function markerOffsets(text: string, briefs: readonly Brief[]): Set<number> {
  const offsets = new Set<number>();
  const mark = (node: { text: string; position?: Position | undefined }): void => {
    if (node.position === undefined) return;
    const from = node.position.start.offset;
    const line = text.slice(from, lineEnd(text, from));
    const first: RegExpExecArray[] = [];
    for (const found of line.matchAll(LETTER)) {
      if (first.push(found) === MARKER_LETTERS) break;
    }
    const letters = lettersOf(line);
    const own = lettersOf(node.text);
    for (let count = first.length; count > 0; count--) {
      const skipped = first.slice(0, count).reduce((length, found) => length + found[0].length, 0);
      if (!own.startsWith(letters.slice(skipped))) continue;
      for (const found of first.slice(0, count)) offsets.add(from + found.index);
      return;
    }
  };
  for (const brief of briefs) {
    for (const summary of brief.summaries) {
      for (const point of summary.points) {
        mark(point);
        point.children.forEach(mark);
      }
    }
  }
  return offsets;
}

/**
 * Formatting adds no letters but marker numbers, so a letter found further than this past the one
 * before it shows where text went missing, even when a later copy of it let the search go on.
 */
const NEAR = 8;

function positionAt(text: string, offset: number, length: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = offset - lineStart + 1;
  return {
    start: { line, column, offset },
    end: { line, column: column + length, offset: offset + length },
  };
}

/** The input's letters and digits, markers aside, must all be in the formatted text, in order. */
function droppedText(
  text: string,
  briefs: readonly Brief[],
  formatted: string,
  markup: boolean,
): Refusal | null {
  const markers = markerOffsets(text, briefs);
  const kept = lettersOf(formatted);
  let cursor = 0;
  let first: RegExpExecArray | null = null;
  for (const found of text.matchAll(LETTER)) {
    if (markers.has(found.index)) continue;
    const at = kept.indexOf(found[0], cursor);
    if (at < 0 || at - cursor > NEAR) {
      first ??= found;
      if (at < 0) return lost(text, first, markup);
    }
    cursor = at + found[0].length;
  }
  return null;
}

/**
 * Text dropped from a file in Markdown, Org or rST is most likely markup that holds words (an Org
 * drawer, a link's address), which the parser reads and leaves out by design; elsewhere it is a bug.
 */
function lost(text: string, first: RegExpExecArray, markup: boolean): Refusal {
  // quoted from the start of its token, so that ":PROPERTIES:" is not shown as "PROPERTIES:"
  let from = first.index;
  while (from > 0 && /[^\s\p{L}\p{N}]/u.test(text[from - 1] ?? "")) from--;
  const rest = quoted(text.slice(from, lineEnd(text, from)).trimEnd(), 0);
  return refusal(
    "would-drop-text",
    positionAt(text, first.index, first[0].length),
    markup
      ? `formatting would drop ${rest}, markup that the parser left out of the brief; remove it from the file first, or keep the file as it is.`
      : `formatting would drop ${rest}, which the parser left out of the brief without saying so; ${REPORT}.`,
  );
}
