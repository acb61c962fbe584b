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

/** One step's edits, sorted, with the offset in the step's output where each one's insert begins. */
class EditMap {
  private readonly out: Int32Array;

  constructor(private readonly edits: readonly Edit[]) {
    this.out = new Int32Array(edits.length);
    let shift = 0;
    edits.forEach((edit, k) => {
      this.out[k] = edit.from + shift;
      shift += edit.insert.length - (edit.to - edit.from);
    });
  }

  /**
   * The input offset of an output offset. Inside an insert it is the edited span's start; just after
   * a deletion, the end of what was deleted, so a node's start skips its markup.
   */
  toInput(offset: number): number {
    const { out, edits } = this;
    let low = 0;
    let high = out.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if ((out[mid] as number) <= offset) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    if (found < 0) return offset;
    const edit = edits[found] as Edit;
    const into = offset - (out[found] as number);
    if (into < edit.insert.length) return Math.min(edit.from + into, edit.to);
    return edit.to + into - edit.insert.length;
  }
}

function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = "";
  let from = 0;
  for (const edit of edits) {
    out += text.slice(from, edit.from) + edit.insert;
    from = edit.to;
  }
  return out + text.slice(from);
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
      this.text = applyEdits(this.text, edits);
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
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1, offset };
  }

  /** A position made in the current text, taken back to the input (lines never move). */
  toInputPosition(position: Position): Position {
    return { start: this.back(position.start), end: this.back(position.end) };
  }

  private back(point: Point): Point {
    const offset = this.toInput(point.offset);
    const start = this.lineStarts()[point.line - 1] ?? 0;
    return { line: point.line, column: offset - start + 1, offset };
  }
}
