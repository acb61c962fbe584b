import { KINDS, scanLines } from "../src/parse/lines.js";

/** Each line the scanner finds in a text, as a plain object to assert on. */
export function lineViews(text: string) {
  const lines = scanLines(text);
  return Array.from({ length: lines.count }, (_, i) => ({
    number: i + 1,
    start: lines.start(i),
    end: lines.end(i),
    contentStart: lines.contentStart(i),
    contentEnd: lines.contentEnd(i),
    indent: lines.indent(i),
    kind: KINDS[lines.kind(i)],
    bodyStart: lines.bodyStart(i),
    ordinal: lines.ordinal(i),
    label: lines.label(i),
    key: lines.key(i),
    hint: lines.hint(i),
  }));
}
