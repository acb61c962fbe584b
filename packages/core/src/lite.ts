/**
 * `@briefkit/core/lite`: the same parser as `@briefkit/core`, without the text of its diagnostic
 * messages, for bundles where every kilobyte counts (the embeddable elements). A diagnostic keeps its
 * code, severity and position; its message names only the line and the code (`Line 3: missing-field`)
 * unless `options.locale` brings a locale (`en` from `@briefkit/core/locales/en`, `zhHant` from
 * `@briefkit/core/locales/zh-Hant`), the way zod/mini leaves its locales out until one is configured.
 */
import type { Locale } from "./diagnostics.js";
import type { BriefInput, ParseBriefsResult, ParseOptions, ParseResult } from "./options.js";
import { readAllBriefs, readFirstBrief } from "./parse/index.js";

/** Messages that are the diagnostic's code and line: what a program needs, in no human language. */
export const codesOnly: Locale = {
  lang: "zxx",
  message: (detail, line) => (line === null ? detail.code : `Line ${line}: ${detail.code}`),
};

/** Parses one brief, as `parseBrief` from `@briefkit/core` does, with code-only messages by default. */
export function parseBrief(input: BriefInput, options: ParseOptions = {}): ParseResult {
  return readFirstBrief(input, options, codesOnly);
}

/** Parses every brief in a digest, as `parseBriefs` from `@briefkit/core` does, with code-only messages. */
export function parseBriefs(input: BriefInput, options: ParseOptions = {}): ParseBriefsResult {
  return readAllBriefs(input, options, codesOnly);
}

export type { BriefInput, ParseBriefsResult, ParseOptions, ParseResult } from "./options.js";
export type { Locale } from "./diagnostics.js";
