/**
 * Summaries, read line by line: where each begins (at a heading, or where the script changes when
 * there is none), which lines are its text and which its markers. What a section's lines make (a
 * lead, points and sub-points) is sections.ts's to build. A section's language comes from its heading
 * and is checked against the script its text is written in.
 */
import type { Family } from "../diagnostics.js";
import { isHan, isLatinLetter } from "./chars.js";
import type { ParseContext } from "./context.js";
import { HEADING } from "./lines.js";
import { joinsWithoutSpace } from "./open-node.js";
import { countScript, familyOf } from "./script.js";
import { SectionBuilder, entry, type Section } from "./sections.js";

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

/**
 * The section line `line` (its text from `from`) goes into: `section`, or a new one without heading,
 * `section` then being finished into `sections`.
 */
function sectionFor(
  context: ParseContext,
  sections: Section[],
  section: SectionBuilder | null,
  line: number,
  from: number,
  mayStartNew: boolean,
): SectionBuilder {
  if (section === null) return new SectionBuilder(context, line, null, null);
  if (!mayStartNew || (section.lead === null && section.points.length === 0)) return section;
  // under a heading, a lead runs until the first point whatever script its lines are in
  if (section.heading !== null && section.points.length === 0) return section;
  const family = clearFamily(context.text, from, context.lines.contentEnd(line));
  const current = section.hint ?? familyOf(section.counts);
  if (family === null || current === null || family === current) return section;
  if (sections.some((s) => s.family === family)) return section;
  sections.push(section.finish());
  return new SectionBuilder(context, line, null, null);
}

export function readOutline(context: ParseContext, from: number, to: number): Section[] {
  const { text, lines } = context;
  const sections: Section[] = [];
  let section: SectionBuilder | null = null;
  for (let i = from; i < to; i++) {
    if (lines.kind(i) === HEADING) {
      if (section !== null) sections.push(section.finish());
      section = new SectionBuilder(context, i, lines.label(i), lines.hint(i));
    }
    // where the line's text begins, `~at` after its marker
    const at = entry(text, lines, i, section !== null);
    if (at >= lines.contentEnd(i)) continue;
    const start = at < 0 ? ~at : at;
    // only unmarked lines open a section without heading: a point always joins the section it follows
    section = sectionFor(context, sections, section, i, start, at >= 0);
    countScript(text, start, lines.contentEnd(i), section.counts);
    section.last = i;
    if (at < 0) section.addMarker(i, start);
    else section.addText(i, start);
  }
  if (section !== null) sections.push(section.finish());
  return sections;
}
