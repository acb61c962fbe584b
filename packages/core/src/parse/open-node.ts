/**
 * The node that continuation lines extend: the lead, or the last point or sub-point. A node's
 * position, its first bracket problem and, for a point, whether it has any text at all are only
 * known once the next node starts, so they are settled then.
 */
import type { SubPoint } from "../schema.js";
import { WIDE, WIDE_PUNCTUATION, classOf } from "./chars.js";
import type { ParseContext } from "./context.js";
import { contentSpan, span } from "./positions.js";

export const LEAD = 0;
export const POINT = 1;
export const SUB_POINT = 2;

/** ASCII punctuation that never starts a line of prose: a wrapper moved it there from the line before. */
const CLOSING = ",.;:!?)";

/**
 * Whether no space goes between two joined lines: between CJK characters, around CJK punctuation,
 * on either side of a dash a line was broken at (`technologies—` `usable`), before punctuation a
 * wrapper moved to the start of a line (`措施` `,激怒`), and between ASCII punctuation written in
 * Chinese and the Chinese after it (`然而,` `這一策略`, as the reference writes its commas).
 */
export function joinsWithoutSpace(a: number, b: number): boolean {
  const k = classOf(a);
  const l = classOf(b);
  return (
    (k & l & WIDE) !== 0 ||
    ((k | l) & WIDE_PUNCTUATION) !== 0 ||
    a === 0x2014 ||
    b === 0x2014 ||
    CLOSING.includes(String.fromCharCode(l & WIDE ? a : b))
  );
}

export class OpenNode {
  private node: SubPoint | null = null;
  private level = LEAD;
  private tail = 0;
  /** Where the node lies: from `start` on line `first` to the end of line `last`. */
  first = 0;
  start = 0;
  last = 0;
  /** Whether the node's brackets were fed to the parse's checker. */
  private scanned = false;

  constructor(private readonly context: ParseContext) {}

  get open(): boolean {
    return this.node !== null;
  }

  /** Whether the open node is the lead, so the section has no point yet. */
  get lead(): boolean {
    return this.node !== null && this.level === LEAD;
  }

  /** Opens a node starting at `start` on `line` (its marker, if it has one); its text begins at `from`. */
  begin(node: SubPoint, level: number, line: number, start: number, text: string, from: number): void {
    this.complete();
    this.node = node;
    this.level = level;
    this.tail = text.charCodeAt(text.length - 1);
    this.first = line;
    this.last = line;
    this.start = start;
    if (this.context.lines.brackets(line)) this.scan(line, from);
  }

  extend(line: number, from: number, text: string): void {
    const node = this.node as SubPoint;
    if (text !== "") {
      if (node.text === "") node.text = text;
      else node.text += joinsWithoutSpace(this.tail, text.charCodeAt(0)) ? text : ` ${text}`;
      this.tail = text.charCodeAt(text.length - 1);
    }
    this.last = line;
    if (this.context.lines.brackets(line)) this.scan(line, from);
  }

  private scan(line: number, from: number): void {
    this.context.brackets.scan(this.context.text, from, this.context.lines.contentEnd(line));
    this.scanned = true;
  }

  /** Forgets the open node, unreported, so that its lines can be read again as other nodes. */
  drop(): void {
    if (this.scanned) this.context.brackets.finish();
    this.scanned = false;
    this.node = null;
  }

  /** Closes the open node: its position, whether it is empty, and its first bracket problem. */
  complete(): void {
    const node = this.node;
    if (node === null) return;
    this.node = null;
    const { lines, diagnostics } = this.context;
    if (this.level !== LEAD) {
      if (this.context.positions) {
        node.position = span(lines, this.first, this.start, this.last, lines.contentEnd(this.last));
      }
      // a marker with no text after it: the line holds the marker alone
      if (node.text === "") {
        const level = this.level === POINT ? "point" : "sub-point";
        diagnostics.report({ code: "empty-point", level }, contentSpan(lines, this.first));
      }
    }
    if (!this.scanned) return;
    this.scanned = false;
    const problem = this.context.brackets.finish();
    if (problem) {
      const { offset, ...detail } = problem;
      // nodes are short runs of consecutive lines
      let line = this.first;
      while (line < this.last && lines.end(line) < offset) line++;
      diagnostics.report(
        { code: "unbalanced-bracket", ...detail },
        span(lines, line, offset, line, offset + 1),
      );
    }
  }
}
