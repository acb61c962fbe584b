/**
 * Where one brief ends and the next begins in a digest. A separator line (`=====`, `---`) after a
 * brief's summaries ends it, unless it only divides the Chinese summary from the English one; a known
 * header field after the summaries starts a new brief when another field follows it, so a stray
 * "Source: …" line at the end of a point is not mistaken for a header.
 */
import type { Line } from "./lines.js";

/** Lines [from, to) of one brief. */
export interface BriefRange {
  from: number;
  to: number;
}

function nextNonBlank(lines: readonly Line[], from: number): Line | undefined {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.kind !== "blank") return line;
  }
  return undefined;
}

function hasContent(lines: readonly Line[], range: BriefRange): boolean {
  for (let i = range.from; i < range.to; i++) {
    const kind = (lines[i] as Line).kind;
    if (kind !== "blank" && kind !== "separator") return true;
  }
  return false;
}

export function splitBriefs(lines: readonly Line[]): BriefRange[] {
  const ranges: BriefRange[] = [];
  let from = 0;
  let inBody = false;
  const headings = new Set<"zh" | "en">();
  // a heading for a language this brief has no summary in yet belongs to this brief
  const continuesBrief = (heading: Line): boolean => heading.hint !== null && !headings.has(heading.hint);
  const cut = (to: number, next: number): void => {
    ranges.push({ from, to });
    from = next;
    inBody = false;
    headings.clear();
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    switch (line.kind) {
      case "blank":
        break;
      case "separator":
        if (inBody) {
          const next = nextNonBlank(lines, i + 1);
          if (!(next?.kind === "heading" && continuesBrief(next))) cut(i, i + 1);
        }
        break;
      case "label":
        if (inBody && line.key !== null) {
          // a header is a block of fields: one field-like line alone is prose
          if (nextNonBlank(lines, i + 1)?.kind === "label") cut(i, i);
        }
        break;
      case "heading":
        inBody = true;
        if (line.hint !== null) headings.add(line.hint);
        break;
      default:
        inBody = true;
    }
  }
  ranges.push({ from, to: lines.length });
  return ranges.filter((range) => hasContent(lines, range));
}
