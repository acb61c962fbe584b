/**
 * Checks on a whole brief once its sections are read: a summary at all, both languages, and the two
 * outlines parallel (same number of points, same number of sub-points under each).
 */
import type { ParseContext } from "./context.js";
import { BLANK } from "./lines.js";
import type { Section } from "./sections.js";
import { contentSpan } from "./positions.js";

export function checkSections(
  context: ParseContext,
  sections: readonly Section[],
  from: number,
  to: number,
): void {
  const { diagnostics, lines } = context;
  if (sections.length === 0) {
    // where a summary would go: after the brief's last line
    let last = Math.max(from, to - 1);
    while (last > from && lines.kind(last) === BLANK) last--;
    diagnostics.report({ code: "missing-summary" }, contentSpan(lines, last));
    return;
  }
  const zh = sections.find((s) => s.family === "zh");
  const en = sections.find((s) => s.family === "en");
  if (!zh || !en) {
    const present = (zh ?? en) as Section;
    diagnostics.report(
      { code: "missing-language", present: present.family },
      contentSpan(lines, present.line),
    );
    return;
  }
  // an outline read without its markers has lost its nesting: its shape says nothing more
  if (!zh.unmarked && !en.unmarked) compareOutlines(context, zh, en);
}

/** Reports the first difference in shape, on the section that comes second. */
function compareOutlines(context: ParseContext, zh: Section, en: Section): void {
  const here = zh.line < en.line ? en : zh;
  const other = here === zh ? en : zh;
  const ours = here.summary.points;
  const theirs = other.summary.points;
  if (ours.length !== theirs.length) {
    context.diagnostics.report(
      {
        code: "outline-mismatch",
        what: "points",
        here: here.family,
        count: ours.length,
        otherCount: theirs.length,
        otherLine: other.line + 1,
      },
      contentSpan(context.lines, here.line),
    );
    return;
  }
  for (let i = 0; i < ours.length; i++) {
    const count = ours[i]?.children.length ?? 0;
    const otherCount = theirs[i]?.children.length ?? 0;
    if (count !== otherCount) {
      context.diagnostics.report(
        {
          code: "outline-mismatch",
          what: "sub-points",
          here: here.family,
          point: i + 1,
          count,
          otherCount,
          otherLine: (other.pointLines[i] as number) + 1,
        },
        contentSpan(context.lines, here.pointLines[i] as number),
      );
      return;
    }
  }
}
