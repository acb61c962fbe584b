/**
 * Where one brief ends and the next begins in a digest. A separator line (`=====`, `---`) after a
 * brief's summaries ends it, unless it only divides the Chinese summary from the English one; a known
 * header field after the summaries starts a new brief when another field follows it, so a stray
 * "Source: …" line at the end of a point is not mistaken for a header.
 */
import { BLANK, HEADING, LABEL, SEPARATOR, type Lines } from "./lines.js";

/** Lines [from, to) of one brief. */
export interface BriefRange {
  from: number;
  to: number;
}

/** The first line at or after `from` that is not blank, or -1. */
export function nextNonBlank(lines: Lines, from: number, to: number = lines.count): number {
  for (let i = from; i < to; i++) if (lines.kind(i) !== BLANK) return i;
  return -1;
}

function hasContent(lines: Lines, range: BriefRange): boolean {
  for (let i = range.from; i < range.to; i++) {
    const kind = lines.kind(i);
    if (kind !== BLANK && kind !== SEPARATOR) return true;
  }
  return false;
}

const bit = (hint: "zh" | "en"): number => (hint === "zh" ? 1 : 2);

export function splitBriefs(lines: Lines): BriefRange[] {
  const ranges: BriefRange[] = [];
  let from = 0;
  let inBody = false;
  // the languages this brief has headed summaries in
  let headings = 0;
  const cut = (to: number, next: number): void => {
    ranges.push({ from, to });
    from = next;
    inBody = false;
    headings = 0;
  };
  for (let i = 0; i < lines.count; i++) {
    switch (lines.kind(i)) {
      case BLANK:
        break;
      case SEPARATOR:
        if (inBody) {
          const next = nextNonBlank(lines, i + 1);
          const hint = next < 0 || lines.kind(next) !== HEADING ? null : lines.hint(next);
          // a heading for a language this brief has no summary in yet belongs to this brief
          if (hint === null || headings & bit(hint)) cut(i, i + 1);
        }
        break;
      case LABEL:
        if (inBody && lines.key(i) !== null) {
          // a header is a block of fields: one field-like line alone is prose
          const next = nextNonBlank(lines, i + 1);
          if (next >= 0 && lines.kind(next) === LABEL) cut(i, i);
        }
        break;
      case HEADING: {
        inBody = true;
        const hint = lines.hint(i);
        if (hint !== null) headings |= bit(hint);
        break;
      }
      default:
        inBody = true;
    }
  }
  ranges.push({ from, to: lines.count });
  return ranges.filter((range) => hasContent(lines, range));
}
