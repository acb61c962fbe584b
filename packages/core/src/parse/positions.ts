/**
 * unist-style positions: 1-based line and column, 0-based offset into the decoded text, the end
 * exclusive. Lines carry their start offset, so a column is a subtraction, not a search.
 */
import type { Point, Position } from "../schema.js";
import type { Line } from "./lines.js";

export function pointAt(line: Line, offset: number): Point {
  return { line: line.number, column: offset - line.start + 1, offset };
}

/** From `startOffset` on `startLine` to `endOffset` on `endLine`. */
export function span(startLine: Line, startOffset: number, endLine: Line, endOffset: number): Position {
  return { start: pointAt(startLine, startOffset), end: pointAt(endLine, endOffset) };
}

/** A line's content, without its surrounding whitespace. */
export function contentSpan(line: Line): Position {
  return span(line, line.contentStart, line, line.contentEnd);
}
