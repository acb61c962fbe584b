/**
 * The text the grammar reads, and the way back to the input. The steps that take e-mail quoting and
 * markup out of a brief (unwrap.ts, markup.ts) rewrite it line for line: line i stays line i, so
 * only offsets within lines move. Each step hands in its edits; every position the parser then makes
 * in the rewritten text is taken back through them to the input as the user wrote it, the way
 * vfile-location turns offsets into places.
 */
import type { DiagnosticDetail } from "../diagnostics.js";
import type { Point, Position } from "../schema.js";

/** Replace [from, to) of a step's input with `insert`; never spans a line break. */
export interface Edit {
  from: number;
  to: number;
  insert: string;
}

/** What a step found, located in its own input's offsets. */
export interface StepNote {
  detail: DiagnosticDetail;
  from: number;
  to: number;
}

export interface StepResult {
  edits: Edit[];
  notes: StepNote[];
}

/**
 * Calls `visit` with each line's [start, end) (line ending excluded) and 0-based index, splitting
 * at CR, LF and CRLF exactly as lines.ts does.
 */
export function eachLine(text: string, visit: (start: number, end: number, index: number) => void): void {
  const n = text.length;
  let start = 0;
  for (let index = 0; ; index++) {
    let end = start;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c === 0x0a || c === 0x0d) break;
      end++;
    }
    visit(start, end, index);
    if (end >= n) return;
    start = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
  }
}

/** The index of the last of the ascending `values` at or below `value`, -1 when there is none. */
function lastAtOrBelow(values: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((values[mid] as number) <= value) low = mid + 1;
    else high = mid - 1;
  }
  return high;
}

/**
 * One step's edits, sorted, and where each one's insert begins in the step's output. An offset inside
 * an insert goes back to the edited span's start; one just after a deletion to the end of what was
 * deleted, so a node's start skips its markup.
 */
class EditMap {
  private readonly out: number[] = [];

  constructor(private readonly edits: readonly Edit[]) {
    let shift = 0;
    for (const edit of edits) {
      this.out.push(edit.from + shift);
      shift += edit.insert.length - edit.to + edit.from;
    }
  }

  toInput(offset: number): number {
    const k = lastAtOrBelow(this.out, offset);
    const edit = this.edits[k];
    if (edit === undefined) return offset;
    const into = offset - (this.out[k] as number);
    return into < edit.insert.length
      ? Math.min(edit.from + into, edit.to)
      : edit.to + into - edit.insert.length;
  }
}

export class Source {
  /** The text as the grammar reads it, after every step. */
  text: string;
  private readonly maps: EditMap[] = [];
  private starts: number[] | null = null;

  constructor(readonly input: string) {
    this.text = input;
  }

  get rewritten(): boolean {
    return this.maps.length > 0;
  }

  /** Runs a step on the current text; its notes are returned located in the input. */
  apply(result: StepResult | null): StepNote[] {
    if (result === null) return [];
    const notes = result.notes.map((note) => ({
      detail: note.detail,
      from: this.toInput(note.from),
      to: this.toInput(note.to),
    }));
    if (result.edits.length > 0) {
      const edits = result.edits.slice().sort((a, b) => a.from - b.from);
      let text = "";
      let from = 0;
      for (const edit of edits) {
        text += this.text.slice(from, edit.from) + edit.insert;
        from = edit.to;
      }
      this.text = text + this.text.slice(from);
      this.maps.push(new EditMap(edits));
    }
    return notes;
  }

  /** The input offset of an offset in the current text. */
  toInput(offset: number): number {
    let at = offset;
    for (let m = this.maps.length - 1; m >= 0; m--) at = (this.maps[m] as EditMap).toInput(at);
    return at;
  }

  /** Start offsets of the input's lines, found once when first asked for. */
  private lineStarts(): number[] {
    if (this.starts === null) {
      const starts: number[] = [];
      eachLine(this.input, (start) => starts.push(start));
      this.starts = starts;
    }
    return this.starts;
  }

  /** The point in the input of an input offset. */
  inputPoint(offset: number): Point {
    const starts = this.lineStarts();
    const line = Math.max(lastAtOrBelow(starts, offset), 0);
    return { line: line + 1, column: offset - (starts[line] as number) + 1, offset };
  }

  /** A position made in the current text, taken back to the input (lines never move). */
  toInputPosition(position: Position): Position {
    return { start: this.back(position.start), end: this.back(position.end) };
  }

  private back(point: Point): Point {
    const offset = this.toInput(point.offset);
    return { line: point.line, column: offset - (this.lineStarts()[point.line - 1] ?? 0) + 1, offset };
  }
}
