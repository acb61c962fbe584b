/**
 * Summaries: heading, lead, points and sub-points. Bullets and numbers often sit at the same
 * indentation, so nesting comes from the marker kind (a number belongs to the bullet before it) and
 * from indentation where it differs. Unmarked lines continue the lead or the last point, as text
 * wrapped by PDF or Word does. A section's language comes from its heading and is checked against the
 * script its text is written in; a section without a heading starts where the script changes.
 */
import type { Language, OutlinePoint, SubPoint, Summary } from "../schema.js";
import { isHan, isLatinLetter, isWide, isWidePunctuation } from "./chars.js";
import { BracketChecker } from "./brackets.js";
import type { ParseContext } from "./context.js";
import { lineText, type Line } from "./lines.js";
import { contentSpan, span } from "./positions.js";
import { countScript, familyOf, type ScriptCounts } from "./script.js";

type Family = "zh" | "en";

/** A summary with what the brief-level checks need even when positions are off. */
export interface Section {
  summary: Summary;
  family: Family;
  /** The heading line, or the first line of text when there is no heading. */
  line: Line;
  /** The first line of each point. */
  pointLines: Line[];
}

/** A lead, point or sub-point being built from one or more lines. */
interface Node {
  text: string;
  /** The last character of `text`: reading it from a string built by appending would copy the string. */
  tail: number;
  first: Line;
  start: number;
  last: Line;
}

interface PointNode extends Node {
  children: Node[];
  /** The number the next numbered sub-point should carry. */
  expected: number;
}

interface SectionNode {
  heading: string | null;
  hint: Family | null;
  line: Line;
  last: Line;
  lead: Node | null;
  points: PointNode[];
  /** Where continuation lines go: the lead, or the last point or sub-point. */
  current: Node | null;
  topIndent: number;
  topKind: "bullet" | "number";
  counts: ScriptCounts;
  /** Numbered lines read as points; orphans only if the section's points are otherwise bullets. */
  numberedPoints: Line[];
}

/**
 * How a line without heading opens the other language's summary: its first letters are clearly that
 * language. Only the start of the line decides, so the decision survives the formatter joining wrapped
 * lines onto it; a lone name or acronym ("AUKUS", "川普") is too short to decide anything.
 */
const LATIN_RUN = 12;
const HAN_RUN = 4;

export function clearFamily(text: string, from: number, to: number): Family | null {
  let latin = 0;
  let han = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isLatinLetter(c)) {
      if (han > 0) return null;
      if (++latin === LATIN_RUN) return "en";
    } else if (isHan(c)) {
      if (latin > 0) return null;
      if (++han === HAN_RUN) return "zh";
    }
  }
  return null;
}

/** Whether no space goes between two joined lines: between CJK characters, and around CJK punctuation. */
function joinsWithoutSpace(a: number, b: number): boolean {
  return (isWide(a) && isWide(b)) || isWidePunctuation(a) || isWidePunctuation(b);
}

/** Two lines of one lead or point joined as the parser joins them. */
export function join(before: string, after: string): string {
  if (before === "") return after;
  if (after === "") return before;
  const a = before.charCodeAt(before.length - 1);
  return joinsWithoutSpace(a, after.charCodeAt(0)) ? before + after : `${before} ${after}`;
}

class OutlineReader {
  private readonly sections: Section[] = [];
  private section: SectionNode | null = null;
  /** Brackets are checked per node, and a node is complete once the next one starts. */
  private readonly brackets = new BracketChecker();
  private checking: Node | null = null;
  private scanned = false;

  constructor(private readonly context: ParseContext) {}

  read(from: number, to: number): Section[] {
    const lines = this.context.lines;
    for (let i = from; i < to; i++) {
      const line = lines[i] as Line;
      switch (line.kind) {
        case "blank":
        case "separator":
          break;
        case "heading":
          this.close();
          this.open(line, line.label, line.hint);
          if (line.bodyStart < line.contentEnd) this.addText(line, line.bodyStart);
          break;
        case "bullet":
        case "number":
          this.addMarker(line);
          break;
        default:
          // a label-like line inside a summary is prose ("Note: …")
          this.addText(line, line.contentStart);
      }
    }
    this.close();
    return this.sections;
  }

  private open(line: Line, heading: string | null, hint: Family | null): SectionNode {
    this.section = {
      heading,
      hint,
      line,
      last: line,
      lead: null,
      points: [],
      current: null,
      topIndent: 0,
      topKind: "bullet",
      counts: { han: 0, latin: 0, traditional: 0, simplified: 0 },
      numberedPoints: [],
    };
    return this.section;
  }

  /** The section a line belongs to: the current one, or a new one without heading. */
  private sectionFor(line: Line, from: number, mayStartNew: boolean): SectionNode {
    const section = this.section;
    if (section === null) return this.open(line, null, null);
    if (!mayStartNew || (section.lead === null && section.points.length === 0)) return section;
    // under a heading, a lead runs until the first point whatever script its lines are in
    if (section.heading !== null && section.points.length === 0) return section;
    const family = clearFamily(this.context.text, from, line.contentEnd);
    const current = section.hint ?? familyOf(section.counts);
    if (family === null || current === null || family === current) return section;
    if (this.sections.some((s) => s.family === family)) return section;
    this.close();
    return this.open(line, null, null);
  }

  private addText(line: Line, from: number): void {
    const section = this.sectionFor(line, from, true);
    this.count(section, line, from);
    const text = lineText(this.context.text, line, from);
    if (section.current === null) {
      section.lead = this.node(line, from, text);
      section.current = section.lead;
      this.track(section.lead, line, from);
    } else {
      this.extend(section.current, line, from, text);
    }
  }

  private addMarker(line: Line): void {
    // only unmarked lines open a section without heading: a point always joins the section it follows
    const section = this.sectionFor(line, line.bodyStart, false);
    this.count(section, line, line.bodyStart);
    const node = this.node(line, line.contentStart, lineText(this.context.text, line));
    const top = section.points[section.points.length - 1];
    const nested =
      top !== undefined &&
      (line.indent > section.topIndent || (line.kind === "number" && section.topKind === "bullet"));
    if (top !== undefined && nested) {
      if (line.kind === "number") this.checkNumber(top, line);
      top.children.push(node);
    } else {
      if (line.kind === "number") section.numberedPoints.push(line);
      const { text, tail, start } = node;
      section.points.push({ text, tail, first: line, start, last: line, children: [], expected: 1 });
      section.topIndent = line.indent;
      section.topKind = line.kind === "number" ? "number" : "bullet";
    }
    const point = section.points[section.points.length - 1] as PointNode;
    section.current = point.children[point.children.length - 1] ?? point;
    this.track(section.current, line, line.bodyStart);
  }

  private checkNumber(point: PointNode, line: Line): void {
    if (line.ordinal !== point.expected) {
      this.context.diagnostics.report(
        { code: "numbering-gap", found: line.ordinal, expected: point.expected },
        span(line, line.contentStart, line, line.bodyStart),
      );
    }
    point.expected = line.ordinal + 1;
  }

  /** Adds a line's text from `from` to the section: to its script sample, and to its extent. */
  private count(section: SectionNode, line: Line, from: number): void {
    countScript(this.context.text, from, line.contentEnd, section.counts);
    section.last = line;
  }

  /** A node starting at `start`, its marker if it has one. */
  private node(line: Line, start: number, text: string): Node {
    return { text, tail: text.charCodeAt(text.length - 1), first: line, start, last: line };
  }

  private extend(node: Node, line: Line, from: number, text: string): void {
    if (text !== "") {
      if (node.text === "") node.text = text;
      else node.text += joinsWithoutSpace(node.tail, text.charCodeAt(0)) ? text : ` ${text}`;
      node.tail = text.charCodeAt(text.length - 1);
    }
    node.last = line;
    if (line.brackets) this.scan(line, from);
  }

  /** Starts checking brackets in a new node, reporting on the one before. */
  private track(node: Node, line: Line, from: number): void {
    this.settle();
    this.checking = node;
    if (line.brackets) this.scan(line, from);
  }

  private scan(line: Line, from: number): void {
    this.brackets.scan(this.context.text, from, line.contentEnd);
    this.scanned = true;
  }

  /** Reports the checked node's first bracket problem, if it had one. */
  private settle(): void {
    const node = this.checking;
    this.checking = null;
    if (node === null || !this.scanned) return;
    this.scanned = false;
    const problem = this.brackets.finish();
    if (problem) {
      const { offset, ...detail } = problem;
      const line = this.lineAt(node, offset);
      this.context.diagnostics.report(
        { code: "unbalanced-bracket", ...detail },
        span(line, offset, line, offset + 1),
      );
    }
  }

  private finish(node: Node): SubPoint {
    const out: SubPoint = { text: node.text };
    if (this.context.positions) out.position = span(node.first, node.start, node.last, node.last.contentEnd);
    return out;
  }

  /** The line of a node holding `offset`; nodes are short runs of consecutive lines. */
  private lineAt(node: Node, offset: number): Line {
    const lines = this.context.lines;
    let index = node.first.number - 1;
    while (index < node.last.number - 1 && (lines[index] as Line).end < offset) index++;
    return lines[index] as Line;
  }

  private close(): void {
    const section = this.section;
    if (section === null) return;
    this.settle();
    this.section = null;
    const lead = section.lead ? section.lead.text : "";
    const points: OutlinePoint[] = section.points.map((p) => {
      const point = this.finish(p);
      const out: OutlinePoint = { text: point.text, children: p.children.map((c) => this.finish(c)) };
      if (point.position) out.position = point.position;
      return out;
    });
    const written = familyOf(section.counts);
    const lang = this.language(section, written);
    const family: Family = lang === "en" ? "en" : "zh";
    const summary: Summary = { lang, heading: section.heading, lead, points };
    if (this.context.positions) {
      summary.position = span(section.line, section.line.contentStart, section.last, section.last.contentEnd);
    }
    // a numbered list with bulleted sub-points is an outline of its own; a number among bullets is an orphan
    if (section.numberedPoints.length < section.points.length) {
      for (const line of section.numberedPoints) {
        this.context.diagnostics.report(
          { code: "orphan-subpoint", ordinal: line.ordinal },
          contentSpan(line),
        );
      }
    }
    const where = contentSpan(section.line);
    if (section.heading === null) {
      this.context.diagnostics.report({ code: "missing-heading", written: family }, where);
    } else {
      if (lead === "" && points.length === 0) {
        this.context.diagnostics.report({ code: "empty-summary", heading: section.heading }, where);
      }
      if (section.hint !== null && written !== null && written !== section.hint) {
        this.context.diagnostics.report(
          { code: "language-mismatch", heading: section.heading, named: section.hint, written },
          where,
        );
      }
    }
    this.sections.push({
      summary,
      family,
      line: section.line,
      pointLines: section.points.map((p) => p.first),
    });
  }

  /** zh-Hant or zh-Hans from the distinctive characters used; Traditional when nothing tells them apart. */
  private language(section: SectionNode, written: Family | null): Language {
    const family = section.hint ?? written ?? "zh";
    if (family === "en") return "en";
    return section.counts.simplified > section.counts.traditional ? "zh-Hans" : "zh-Hant";
  }
}

export function readOutline(context: ParseContext, from: number, to: number): Section[] {
  return new OutlineReader(context).read(from, to);
}
