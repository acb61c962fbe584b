/**
 * Control characters and noncharacters in a brief's text: kept as written, but no HTML page and few
 * tools can show them, so each line holding one is reported once, where the first one is. Whitespace
 * controls (tab, form feed) are whitespace; U+FFFD is reported where it came from, as broken bytes.
 */
import { GARBAGE, classOf, isSpace } from "./chars.js";
import type { ParseContext } from "./context.js";
import { span } from "./positions.js";

/** Enough to show what is wrong; a text with more is binary or close to it. */
const MAX_REPORTS = 20;

export function reportControls(context: ParseContext): void {
  const { text, lines, diagnostics } = context;
  let reported = 0;
  for (let line = 0; line < lines.count && reported < MAX_REPORTS; line++) {
    for (let i = lines.contentStart(line); i < lines.contentEnd(line); i++) {
      const c = text.charCodeAt(i);
      if (!(classOf(c) & GARBAGE) || isSpace(c) || c === 0xfffd) continue;
      diagnostics.report({ code: "control-character", char: c }, span(lines, line, i, line, i + 1));
      reported++;
      break;
    }
  }
}
