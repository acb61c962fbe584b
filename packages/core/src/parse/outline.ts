/**
 * Summaries: heading, lead, points and sub-points. Bullets and numbers often sit at the same
 * indentation, so nesting comes from the marker kind (a number belongs to the bullet before it) and
 * from indentation where it differs. Unmarked lines continue the lead or the last point, as text
 * wrapped by PDF or Word does. A section's language comes from its heading and is checked against the
 * script its text is written in; a section without a heading starts where the script changes.
 */
import type { Language, OutlinePoint, Position, SubPoint, Summary } from "../schema.js";
import type { Family } from "../diagnostics.js";
import { WIDE, WIDE_PUNCTUATION, classOf, isHan, isLatinLetter } from "./chars.js";
import type { ParseContext } from "./context.js";
import { BULLET, HEADING, NUMBER, SEPARATOR, BLANK, lineText, type Lines } from "./lines.js";
import { contentSpan, span } from "./positions.js";
import { countScript, familyOf, type ScriptCounts } from "./script.js";

/** A summary with what the brief-level checks need even when positions are off. */
export interface Section {
  summary: Summary;
  family: Family;
  /** The heading line, or the first line of text when there is no heading. */
  line: number;
  /** The first line of each point. */
  pointLines: number[];
}

interface SectionNode {
  heading: string | null;
  hint: Family | null;
  line: number;
  last: number;
  /** The lead as it grows; null until the section has one. */
  lead: SubPoint | null;
  points: OutlinePoint[];
  pointLines: number[];
  topIndent: number;
  /** BULLET or NUMBER: the marker of the section's points. */
  topKind: number;
  /** The number the last point's next numbered sub-point should carry. */
  expected: number;
  counts: ScriptCounts;
  /** Numbered lines read as points; orphans only if the section's points are otherwise bullets. */
  numberedPoints: number[];
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
  const k = classOf(a);
  const l = classOf(b);
  return (k & l & WIDE) !== 0 || ((k | l) & WIDE_PUNCTUATION) !== 0;
}

/** Two lines of one lead or point joined as the parser joins them. */
export function join(before: string, after: string): string {
  if (before === "") return after;
  if (after === "") return before;
  const a = before.charCodeAt(before.length - 1);
  return joinsWithoutSpace(a, after.charCodeAt(0)) ? before + after : `${before} ${after}`;
}

/**
 * Reads summaries line by line, building the output objects themselves as it goes: the node that
 * continuation lines extend (the lead, or the last point or sub-point) is the reader's one open node,
 * and its position is set once the next node starts.
 */
/**
 * The position a node holds until it is complete. Giving nodes their `position` when they are made, not
 * once they are complete, keeps every node of a kind one shape, which keeps reading them fast.
 */
const UNSET: Position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

class OutlineReader {
  private readonly sections: Section[] = [];
  private section: SectionNode | null = null;
  private readonly lines: Lines;
  private readonly text: string;
  /** The open node, and where it lies: from `start` on line `first` to the end of line `last`. */
  private node: SubPoint | null = null;
  private isLead = false;
  private tail = 0;
  private first = 0;
  private start = 0;
  private last = 0;
  /** Whether the open node's brackets were fed to the parse's checker. */
  private scanned = false;

  constructor(private readonly context: ParseContext) {
    this.lines = context.lines;
    this.text = context.text;
  }

  read(from: number, to: number): Section[] {
    const { lines } = this;
    for (let i = from; i < to; i++) {
      switch (lines.kind(i)) {
        case BLANK:
        case SEPARATOR:
          break;
        case HEADING:
          this.close();
          this.open(i, lines.label(i), lines.hint(i));
          if (lines.bodyStart(i) < lines.contentEnd(i)) this.addText(i, lines.bodyStart(i));
          break;
        case BULLET:
        case NUMBER:
          this.addMarker(i);
          break;
        default:
          // a label-like line inside a summary is prose ("Note: …")
          this.addText(i, lines.contentStart(i));
      }
    }
    this.close();
    return this.sections;
  }

  private open(line: number, heading: string | null, hint: Family | null): SectionNode {
    this.section = {
      heading,
      hint,
      line,
      last: line,
      lead: null,
      points: [],
      pointLines: [],
      topIndent: 0,
      topKind: BULLET,
      expected: 1,
      counts: { han: 0, latin: 0, traditional: 0, simplified: 0 },
      numberedPoints: [],
    };
    return this.section;
  }

  /** The section a line belongs to: the current one, or a new one without heading. */
  private sectionFor(line: number, from: number, mayStartNew: boolean): SectionNode {
    const section = this.section;
    if (section === null) return this.open(line, null, null);
    if (!mayStartNew || (section.lead === null && section.points.length === 0)) return section;
    // under a heading, a lead runs until the first point whatever script its lines are in
    if (section.heading !== null && section.points.length === 0) return section;
    const family = clearFamily(this.text, from, this.lines.contentEnd(line));
    const current = section.hint ?? familyOf(section.counts);
    if (family === null || current === null || family === current) return section;
    if (this.sections.some((s) => s.family === family)) return section;
    this.close();
    return this.open(line, null, null);
  }

  private addText(line: number, from: number): void {
    const section = this.sectionFor(line, from, true);
    this.count(section, line, from);
    const text = lineText(this.text, this.lines, line, from);
    if (this.node === null) {
      section.lead = { text };
      this.begin(section.lead, true, line, from, text, from);
    } else {
      this.extend(line, from, text);
    }
  }

  private addMarker(line: number): void {
    const { lines } = this;
    const body = lines.bodyStart(line);
    const kind = lines.kind(line);
    // only unmarked lines open a section without heading: a point always joins the section it follows
    const section = this.sectionFor(line, body, false);
    this.count(section, line, body);
    const text = lineText(this.text, lines, line);
    const { points } = section;
    const indent = lines.indent(line);
    // read the last point only when there is one: an index below zero is a slow property lookup
    if (
      points.length > 0 &&
      (indent > section.topIndent || (kind === NUMBER && section.topKind === BULLET))
    ) {
      if (kind === NUMBER) this.checkNumber(section, line);
      const child: SubPoint = this.context.positions ? { text, position: UNSET } : { text };
      (points[points.length - 1] as OutlinePoint).children.push(child);
      this.begin(child, false, line, lines.contentStart(line), text, body);
    } else {
      if (kind === NUMBER) section.numberedPoints.push(line);
      const point: OutlinePoint = this.context.positions
        ? { text, children: [], position: UNSET }
        : { text, children: [] };
      points.push(point);
      section.pointLines.push(line);
      section.topIndent = indent;
      section.topKind = kind;
      section.expected = 1;
      this.begin(point, false, line, lines.contentStart(line), text, body);
    }
  }

  private checkNumber(section: SectionNode, line: number): void {
    const ordinal = this.lines.ordinal(line);
    if (ordinal !== section.expected) {
      this.context.diagnostics.report(
        { code: "numbering-gap", found: ordinal, expected: section.expected },
        span(this.lines, line, this.lines.contentStart(line), line, this.lines.bodyStart(line)),
      );
    }
    section.expected = ordinal + 1;
  }

  /** Adds a line's text from `from` to the section: to its script sample, and to its extent. */
  private count(section: SectionNode, line: number, from: number): void {
    countScript(this.text, from, this.lines.contentEnd(line), section.counts);
    section.last = line;
  }

  /** Opens a node starting at `start` on `line` (its marker, if it has one); its text begins at `from`. */
  private begin(
    node: SubPoint,
    isLead: boolean,
    line: number,
    start: number,
    text: string,
    from: number,
  ): void {
    this.complete();
    this.node = node;
    this.isLead = isLead;
    this.tail = text.charCodeAt(text.length - 1);
    this.first = line;
    this.last = line;
    this.start = start;
    if (this.lines.brackets(line)) this.scan(line, from);
  }

  private extend(line: number, from: number, text: string): void {
    const node = this.node as SubPoint;
    if (text !== "") {
      if (node.text === "") node.text = text;
      else node.text += joinsWithoutSpace(this.tail, text.charCodeAt(0)) ? text : ` ${text}`;
      this.tail = text.charCodeAt(text.length - 1);
    }
    this.last = line;
    if (this.lines.brackets(line)) this.scan(line, from);
  }

  private scan(line: number, from: number): void {
    this.context.brackets.scan(this.text, from, this.lines.contentEnd(line));
    this.scanned = true;
  }

  /** Closes the open node: its position, and its first bracket problem if it had one. */
  private complete(): void {
    const node = this.node;
    if (node === null) return;
    this.node = null;
    const { lines } = this;
    if (!this.isLead && this.context.positions) {
      node.position = span(lines, this.first, this.start, this.last, lines.contentEnd(this.last));
    }
    if (!this.scanned) return;
    this.scanned = false;
    const problem = this.context.brackets.finish();
    if (problem) {
      const { offset, ...detail } = problem;
      // nodes are short runs of consecutive lines
      let line = this.first;
      while (line < this.last && lines.end(line) < offset) line++;
      this.context.diagnostics.report(
        { code: "unbalanced-bracket", ...detail },
        span(lines, line, offset, line, offset + 1),
      );
    }
  }

  private close(): void {
    const section = this.section;
    if (section === null) return;
    this.complete();
    this.section = null;
    const { lines } = this;
    const lead = section.lead ? section.lead.text : "";
    const { points } = section;
    const written = familyOf(section.counts);
    const lang = this.language(section, written);
    const family: Family = lang === "en" ? "en" : "zh";
    const { heading, line, last } = section;
    const summary: Summary = this.context.positions
      ? {
          lang,
          heading,
          lead,
          points,
          position: span(lines, line, lines.contentStart(line), last, lines.contentEnd(last)),
        }
      : { lang, heading, lead, points };
    // a numbered list with bulleted sub-points is an outline of its own; a number among bullets is an orphan
    if (section.numberedPoints.length < points.length) {
      for (const line of section.numberedPoints) {
        this.context.diagnostics.report(
          { code: "orphan-subpoint", ordinal: lines.ordinal(line) },
          contentSpan(lines, line),
        );
      }
    }
    const where = contentSpan(lines, section.line);
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
    this.sections.push({ summary, family, line: section.line, pointLines: section.pointLines });
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
