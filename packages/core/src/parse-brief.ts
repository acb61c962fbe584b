/** The parser with English diagnostic messages, as `@briefkit/core` exports it. */
import { en } from "./locales/en.js";
import type { BriefInput, ParseBriefsResult, ParseOptions, ParseResult } from "./options.js";
import { readAllBriefs, readFirstBrief } from "./parse/index.js";

/**
 * Parses one brief. Bytes are decoded by BOM, else as UTF-8 when (mostly) valid, else as Big5, GBK or
 * GB18030, whichever reads as Chinese. Markdown, Org, reStructuredText and e-mail quoting are read
 * through to the brief, and text outside it is left out with a diagnostic. When the input
 * holds several briefs, the first is returned with a `multiple-briefs` warning: use parseBriefs.
 * Messages are in English unless `options.locale` names another locale.
 */
export function parseBrief(input: BriefInput, options: ParseOptions = {}): ParseResult {
  return readFirstBrief(input, options, en);
}

/** Parses every brief in a digest, in order; an input with none gives an empty list. */
export function parseBriefs(input: BriefInput, options: ParseOptions = {}): ParseBriefsResult {
  return readAllBriefs(input, options, en);
}
