/**
 * Which marker lines of a section are points and which are sub-points. Indentation decides where it
 * differs; at one indentation the marker's style does, since briefs put both levels flush together:
 * the first style a section's points are written in is its point style, and a line in another style
 * after a point is a sub-point, so `（一）` points take `1.` sub-points and `1.` points take `a.` ones.
 * Bullets are the format's own point marker, so a bullet is a point wherever it stands; numbers
 * before the first bullet are then orphaned sub-points.
 */
import { BULLET_STYLE } from "./markers.js";

/**
 * A column more or less is no level: a page's first line carries pdftotext's form feed, and
 * pdftotext -layout places lines a column apart.
 */
const JITTER = 1;

const NO_LINES: readonly number[] = [];

export class Hierarchy {
  private points = 0;
  private pointStyle = 0;
  private pointIndent = 0;
  /**
   * The sub-point styles under the current point, outermost first, and the number each expects next.
   * A third level at one indentation (`（一）`, `1.`, `(1)`) is read as sub-points too; keeping the
   * levels apart restarts `(1)` under each `1.` without a numbering gap. Only the first `depth` count.
   */
  // room for the levels a brief has, so that a section allocates nothing more for them
  private readonly styles: number[] = [0, 0, 0];
  private readonly expected: number[] = [0, 0, 0];
  private depth = 0;
  /** The lines of points that are not bullets. */
  private readonly unbulleted: number[] = [];

  /** Whether a marker of `style` at `indent` is a sub-point of the point before it. */
  isSubPoint(style: number, indent: number): boolean {
    return (
      this.points > 0 &&
      (indent > this.pointIndent + JITTER || (style !== BULLET_STYLE && style !== this.pointStyle))
    );
  }

  point(line: number, style: number, indent: number): void {
    this.points++;
    this.pointStyle = style;
    this.pointIndent = indent;
    this.depth = 0;
    if (style !== BULLET_STYLE) this.unbulleted.push(line);
  }

  /**
   * Adds a sub-point of `style` numbered `ordinal` (0 for a bullet), and returns the number it should
   * have carried when that is another one, else 0.
   */
  subPoint(style: number, ordinal: number): number {
    let level = 0;
    while (level < this.depth && this.styles[level] !== style) level++;
    if (level === this.depth) {
      this.styles[level] = style;
      this.expected[level] = 1;
    }
    // back out of the levels below this one
    this.depth = level + 1;
    const expected = this.expected[level] as number;
    this.expected[level] = ordinal + 1;
    return ordinal === 0 || ordinal === expected ? 0 : expected;
  }

  /** Numbered points among bullet points: each is a sub-point that lost its bullet. */
  orphans(points: number): readonly number[] {
    return this.unbulleted.length < points ? this.unbulleted : NO_LINES;
  }
}
