/**
 * unist-style positions: 1-based line and column, 0-based offset into the decoded text, the end
 * exclusive. Lines carry their start offset, so a column is a subtraction, not a search.
 */
import type { Point, Position } from "../schema.js";
import type { Lines } from "./lines.js";

export function pointAt(lines: Lines, line: number, offset: number): Point {
  return { line: line + 1, column: offset - lines.start(line) + 1, offset };
}

/** From `startOffset` on line `startLine` to `endOffset` on line `endLine` (0-based line indexes). */
export function span(
  lines: Lines,
  startLine: number,
  startOffset: number,
  endLine: number,
  endOffset: number,
): Position {
  return { start: pointAt(lines, startLine, startOffset), end: pointAt(lines, endLine, endOffset) };
}

/** A line's content, without its surrounding whitespace. */
export function contentSpan(lines: Lines, line: number): Position {
  return span(lines, line, lines.contentStart(line), line, lines.contentEnd(line));
}
