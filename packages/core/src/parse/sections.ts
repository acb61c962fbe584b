/**
 * One summary as its lines arrive: the lead, then points and sub-points, building the output objects
 * themselves as it goes. Which marker is a point and which a sub-point is the hierarchy's to say, and
 * what a section without any marker holds is the unmarked step's; this file puts their answers
 * together into a summary and the diagnostics that belong to it.
 */
import type { Family } from "../diagnostics.js";
import type { Language, OutlinePoint, Position, SubPoint, Summary } from "../schema.js";
import type { ParseContext } from "./context.js";
import { Hierarchy } from "./hierarchy.js";
import { BLANK, SEPARATOR, lineText } from "./lines.js";
import { LEAD, OpenNode, POINT, SUB_POINT } from "./open-node.js";
import { contentSpan, span } from "./positions.js";
import { familyOf, type ScriptCounts } from "./script.js";
import { findUnmarked } from "./unmarked.js";

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

export class SectionBuilder {
  /** The lead as it grows; null until the section has one. */
  lead: SubPoint | null = null;
  readonly points: OutlinePoint[] = [];
  readonly counts: ScriptCounts = { han: 0, latin: 0, traditional: 0, simplified: 0 };
  /** The last line the section holds. */
  last: number;
  private readonly pointLines: number[] = [];
  private readonly hierarchy = new Hierarchy();
  private readonly node: OpenNode;
  private markers = 0;
  private unmarked = false;

  constructor(
    private readonly context: ParseContext,
    /** The heading line, or the first line of text when there is no heading. */
    readonly line: number,
    readonly heading: string | null,
    readonly hint: Family | null,
  ) {
    this.last = line;
    this.node = new OpenNode(context);
  }

  /** Adds an unmarked line, whose text begins at `from`: it continues the open node, or starts the lead. */
  addText(line: number, from: number): void {
    const text = lineText(this.context.text, this.context.lines, line, from);
    if (this.node.open) {
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
    this.markers++;
    if (!this.hierarchy.isSubPoint(style, indent)) {
      this.hierarchy.point(line, style, indent);
      this.addPoint(line, lines.contentStart(line), body, text);
      return;
    }
    const expected = this.hierarchy.subPoint(style, lines.ordinal(line));
    if (expected > 0) {
      this.context.diagnostics.report(
        { code: "numbering-gap", found: lines.ordinal(line), expected },
        span(lines, line, lines.contentStart(line), line, body),
      );
    }
    const child: SubPoint = this.context.positions ? { text, position: UNSET } : { text };
    (this.points[this.points.length - 1] as OutlinePoint).children.push(child);
    this.node.begin(child, SUB_POINT, line, lines.contentStart(line), text, body);
  }

  /** Starts a point on `line` at `start` (its marker, if it has one), its text `text` beginning at `from`. */
  private addPoint(line: number, start: number, from: number, text: string): void {
    const point: OutlinePoint = this.context.positions
      ? { text, children: [], position: UNSET }
      : { text, children: [] };
    this.points.push(point);
    this.pointLines.push(line);
    this.node.begin(point, POINT, line, start, text, from);
  }

  /**
   * Reads a lead that may be an outline whose markers were lost. A lead of a few lines is never
   * looked at again, so the reference and every brief with markers pay nothing for this.
   */
  private readUnmarked(): void {
    const { first, start, last } = this.node;
    if (this.markers > 0 || !this.node.lead || last - first < 3) return;
    const { text, lines, diagnostics } = this.context;
    const found = findUnmarked(text, lines, first, last);
    if (found === null) return;
    diagnostics.report(
      { code: "missing-markers", count: found.count, wrapped: found.wrapped },
      contentSpan(lines, found.line),
    );
    this.unmarked = true;
    if (found.starts.length === 0) return;
    this.node.drop();
    this.lead = null;
    let next = 0;
    for (let line = first; line <= last; line++) {
      const kind = lines.kind(line);
      if (kind === BLANK || kind === SEPARATOR) continue;
      const from = line === first ? start : lines.contentStart(line);
      if (line === found.starts[next]) {
        next++;
        this.addPoint(line, from, from, lineText(text, lines, line, from));
      } else this.addText(line, from);
    }
  }

  /** The finished summary, once its last line is read; reports what is wrong with it. */
  finish(): Section {
    this.readUnmarked();
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
    const where = contentSpan(lines, line);
    if (heading === null) {
      diagnostics.report({ code: "missing-heading", written: family }, where);
    } else {
      if (lead === "" && points.length === 0) diagnostics.report({ code: "empty-summary", heading }, where);
      if (this.hint !== null && written !== null && written !== this.hint) {
        diagnostics.report({ code: "language-mismatch", heading, named: this.hint, written }, where);
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
