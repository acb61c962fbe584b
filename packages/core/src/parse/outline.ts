/**
 * Summaries, read line by line: where each begins (at a heading, or where the script changes when
 * there is none), which lines are its text and which its markers. What a section's lines make (a
 * lead, points and sub-points) is sections.ts's to build. A section's language comes from its heading
 * and is checked against the script its text is written in.
 */
import type { Family } from "../diagnostics.js";
import { isHan, isLatinLetter, isSpace } from "./chars.js";
import type { ParseContext } from "./context.js";
import { BLANK, BULLET, HEADING, NUMBER, SEPARATOR, type Lines } from "./lines.js";
import { SUB_BULLET } from "./markers.js";
import { joinsWithoutSpace } from "./open-node.js";
import { countScript, familyOf } from "./script.js";
import { SectionBuilder, type Section } from "./sections.js";

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

/** Two lines of one lead or point joined as the parser joins them. */
export function join(before: string, after: string): string {
  if (before === "") return after;
  if (after === "") return before;
  const a = before.charCodeAt(before.length - 1);
  return joinsWithoutSpace(a, after.charCodeAt(0)) ? before + after : `${before} ${after}`;
}

/** Where the text after a line's `o` or `§` bullet begins. */
function subBulletBody(text: string, lines: Lines, line: number): number {
  let i = lines.contentStart(line) + 1;
  while (i < lines.contentEnd(line) && isSpace(text.charCodeAt(i))) i++;
  return i;
}

class OutlineReader {
  private readonly sections: Section[] = [];
  private section: SectionBuilder | null = null;
  private readonly lines: Lines;
  private readonly text: string;

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
          this.section = new SectionBuilder(this.context, i, lines.label(i), lines.hint(i));
          if (lines.bodyStart(i) < lines.contentEnd(i)) this.addText(i, lines.bodyStart(i));
          break;
        case BULLET:
        case NUMBER:
          this.addMarker(i, lines.bodyStart(i));
          break;
        default:
          // `o`, `§` and `?` are markers inside a summary, and prose before one has begun
          if (lines.style(i) === SUB_BULLET && this.section !== null) {
            this.addMarker(i, subBulletBody(this.text, lines, i));
          } else {
            // a label-like line inside a summary is prose ("Note: …")
            this.addText(i, lines.contentStart(i));
          }
      }
    }
    this.close();
    return this.sections;
  }

  /** The section a line belongs to: the current one, or a new one without heading. */
  private sectionFor(line: number, from: number, mayStartNew: boolean): SectionBuilder {
    const section = this.section;
    if (section === null) return (this.section = new SectionBuilder(this.context, line, null, null));
    if (!mayStartNew || (section.lead === null && section.points.length === 0)) return section;
    // under a heading, a lead runs until the first point whatever script its lines are in
    if (section.heading !== null && section.points.length === 0) return section;
    const family = clearFamily(this.text, from, this.lines.contentEnd(line));
    const current = section.hint ?? familyOf(section.counts);
    if (family === null || current === null || family === current) return section;
    if (this.sections.some((s) => s.family === family)) return section;
    this.close();
    return (this.section = new SectionBuilder(this.context, line, null, null));
  }

  private addText(line: number, from: number): void {
    const section = this.sectionFor(line, from, true);
    this.count(section, line, from);
    section.addText(line, from);
  }

  private addMarker(line: number, body: number): void {
    // only unmarked lines open a section without heading: a point always joins the section it follows
    const section = this.sectionFor(line, body, false);
    this.count(section, line, body);
    section.addMarker(line, body);
  }

  /** Adds a line's text from `from` to the section: to its script sample, and to its extent. */
  private count(section: SectionBuilder, line: number, from: number): void {
    countScript(this.text, from, this.lines.contentEnd(line), section.counts);
    section.last = line;
  }

  private close(): void {
    if (this.section === null) return;
    this.sections.push(this.section.finish());
    this.section = null;
  }
}

export function readOutline(context: ParseContext, from: number, to: number): Section[] {
  return new OutlineReader(context).read(from, to);
}
