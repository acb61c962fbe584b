/**
 * One summary as its lines arrive: the lead, then points and sub-points, building the output objects
 * themselves as it goes. Which marker is a point and which a sub-point is the hierarchy's to say, and
 * what a section whose markers were lost or moved holds is the unmarked step's, whose plan the section
 * is read again by; this file puts their answers together into a summary and the diagnostics that
 * belong to it.
 */
import type { Family } from "../diagnostics.js";
import type { Language, OutlinePoint, Position, SubPoint, Summary } from "../schema.js";
import { isSpace } from "./chars.js";
import type { ParseContext } from "./context.js";
import { Hierarchy } from "./hierarchy.js";
import { lineText, type Lines } from "./lines.js";
import { BULLET_STYLE, SUB_BULLET } from "./markers.js";
import { LEAD, OpenNode, POINT, SUB_POINT } from "./open-node.js";
import { contentSpan, span } from "./positions.js";
import { familyOf, type ScriptCounts } from "./script.js";
import {
  AS_READ,
  MOVED,
  RESTARTED,
  SKIP,
  SUB_START,
  UNNESTED,
  findUnmarked,
  planMarked,
  textStart,
} from "./unmarked.js";

/** A summary with what the brief-level checks need even when positions are off. */
export interface Section {
  summary: Summary;
  family: Family;
  /** The heading line, or the first line of text when there is no heading. */
  line: number;
  /** The first line of each point. */
  pointLines: number[];
  /** Whether the section's markers were lost, so its nesting is unknown. */
  unmarked: boolean;
}

/**
 * The position a node holds until it is complete. Giving nodes their `position` when they are made, not
 * once they are complete, keeps every node of a kind one shape, which keeps reading them fast.
 */
const UNSET: Position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

/** Where the text after a line's marker begins; after `o` or `§`, which lines.ts leaves to the outline. */
function markerBody(text: string, lines: Lines, line: number, style: number): number {
  if (style !== SUB_BULLET) return lines.bodyStart(line);
  let i = lines.contentStart(line) + 1;
  while (i < lines.contentEnd(line) && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Where the text of line `line` begins, as `~offset` when a marker comes before it: `o`, `§` and `?`
 * are markers only `inside` a section, and prose before one has begun.
 */
export function entry(text: string, lines: Lines, line: number, inside: boolean): number {
  const style = lines.style(line);
  return style !== 0 && (inside || style !== SUB_BULLET)
    ? ~markerBody(text, lines, line, style)
    : textStart(lines, line);
}

export class SectionBuilder {
  /** The lead as it grows; null until the section has one. */
  lead: SubPoint | null = null;
  readonly points: OutlinePoint[] = [];
  readonly counts: ScriptCounts = { han: 0, latin: 0, traditional: 0, simplified: 0 };
  /** The last line the section holds. */
  last: number;
  private readonly pointLines: number[] = [];
  private hierarchy = new Hierarchy();
  private readonly node: OpenNode;
  private unmarked = false;
  /** What the first reading saw that `planMarked` may read better (UNNESTED, RESTARTED, MOVED), or 0. */
  private found = 0;
  /** How many diagnostics the parse had when the section began, so that a second reading replaces its own. */
  private readonly mark: number;

  constructor(
    private readonly context: ParseContext,
    /** The heading line, or the first line of text when there is no heading. */
    readonly line: number,
    readonly heading: string | null,
    readonly hint: Family | null,
  ) {
    this.last = line;
    this.node = new OpenNode(context);
    this.mark = context.diagnostics.items.length;
  }

  /** Adds an unmarked line, whose text begins at `from`: it continues the open node, or starts the lead. */
  addText(line: number, from: number): void {
    const text = lineText(this.context.text, this.context.lines, line, from);
    if (this.node.open) {
      if (!this.node.lead) this.found ||= UNNESTED;
      this.node.extend(line, from, text);
    } else {
      this.lead = { text };
      this.node.begin(this.lead, LEAD, line, from, text, from);
    }
  }

  /**
   * Adds a line with a marker, whose text begins at `body`: a point or a sub-point, as the hierarchy
   * says. A marker alone on its line (pdftotext writes them so) takes the text of the lines after it.
   */
  addMarker(line: number, body: number): void {
    const { lines } = this.context;
    const text = lineText(this.context.text, lines, line, body);
    const style = lines.style(line);
    const indent = lines.indent(line);
    const ordinal = lines.ordinal(line);
    if (!this.hierarchy.isSubPoint(style, indent)) {
      const before = this.points[this.points.length - 1];
      // a bullet alone after another is a block of them, their texts to come (see planMarked)
      if (text === "" && before?.text === "") this.found = MOVED;
      else if (ordinal === 1 && before) this.found = RESTARTED;
      this.addPoint(line, lines.contentStart(line), body, text, style);
      return;
    }
    const expected = this.hierarchy.subPoint(style, ordinal);
    if (expected > 0) {
      this.context.diagnostics.report(
        { code: "numbering-gap", found: ordinal, expected },
        span(lines, line, lines.contentStart(line), line, body),
      );
    }
    this.addChild(line, lines.contentStart(line), body, text);
  }

  /** Starts a point on `line` at `start` (its marker, if it has one), its text `text` beginning at `from`. */
  private addPoint(line: number, start: number, from: number, text: string, style: number): void {
    const point: OutlinePoint = this.context.positions
      ? { text, children: [], position: UNSET }
      : { text, children: [] };
    this.hierarchy.point(line, style, this.context.lines.indent(line));
    this.points.push(point);
    this.pointLines.push(line);
    this.node.begin(point, POINT, line, start, text, from);
  }

  /** Starts a sub-point of the last point, as `addPoint` starts a point. */
  private addChild(line: number, start: number, from: number, text: string): void {
    const child: SubPoint = this.context.positions ? { text, position: UNSET } : { text };
    (this.points[this.points.length - 1] as OutlinePoint).children.push(child);
    this.node.begin(child, SUB_POINT, line, start, text, from);
  }

  /**
   * Reads the section again when its markers were lost or moved (see unmarked.ts). A section whose
   * first reading found nothing wrong, and a lead of a few lines, are never looked at again, so the
   * reference and every brief with its markers in place pay nothing for this.
   */
  private readAgain(): void {
    const { text, lines, diagnostics } = this.context;
    const { line: first, last, points } = this;
    const found =
      points.length === 0
        ? this.node.lead && last - first > 2
          ? findUnmarked(text, lines, first, last)
          : null
        : this.found && (this.found > UNNESTED || !points.some((p) => p.children.length))
          ? planMarked(text, lines, first, last, this.found)
          : null;
    if (found === null) return;
    // the first reading's nodes and what it reported of them give way to the second's
    this.node.drop();
    diagnostics.items.length = this.mark;
    this.lead = null;
    points.length = this.pointLines.length = 0;
    this.hierarchy = new Hierarchy();
    for (let line = first; line <= last; line++) {
      const plan = found.how[line - first];
      const at = entry(text, lines, line, line > first);
      if (plan === SKIP) continue;
      if (plan === AS_READ) {
        if (at < 0) this.addMarker(line, ~at);
        else if (at < lines.contentEnd(line)) this.addText(line, at);
        continue;
      }
      const body = lineText(text, lines, line, at);
      if (plan === SUB_START && points.length) this.addChild(line, at, at, body);
      else this.addPoint(line, at, at, body, BULLET_STYLE);
    }
    if (found.count === 0) return;
    diagnostics.report(
      { code: "missing-markers", count: found.count, wrapped: found.wrapped },
      contentSpan(lines, found.line),
    );
    this.unmarked = true;
  }

  /** The finished summary, once its last line is read; reports what is wrong with it. */
  finish(): Section {
    this.readAgain();
    this.node.complete();
    const { lines, diagnostics, positions } = this.context;
    const { heading, line, last, points } = this;
    const lead = this.lead ? this.lead.text : "";
    const written = familyOf(this.counts);
    const lang = this.language(written);
    const family: Family = lang === "en" ? "en" : "zh";
    const summary: Summary = positions
      ? {
          lang,
          heading,
          lead,
          points,
          position: span(lines, line, lines.contentStart(line), last, lines.contentEnd(last)),
        }
      : { lang, heading, lead, points };
    for (const orphan of this.hierarchy.orphans(points.length)) {
      diagnostics.report(
        { code: "orphan-subpoint", ordinal: lines.ordinal(orphan) },
        contentSpan(lines, orphan),
      );
    }
    const where = () => contentSpan(lines, line);
    if (heading === null) {
      diagnostics.report({ code: "missing-heading", written: family }, where());
    } else {
      if (lead === "" && points.length === 0) diagnostics.report({ code: "empty-summary", heading }, where());
      if (this.hint !== null && written !== null && written !== this.hint) {
        diagnostics.report({ code: "language-mismatch", heading, named: this.hint, written }, where());
      }
    }
    return { summary, family, line, pointLines: this.pointLines, unmarked: this.unmarked };
  }

  /** zh-Hant or zh-Hans from the distinctive characters used; Traditional when nothing tells them apart. */
  private language(written: Family | null): Language {
    const family = this.hint ?? written ?? "zh";
    if (family === "en") return "en";
    return this.counts.simplified > this.counts.traditional ? "zh-Hans" : "zh-Hant";
  }
}
