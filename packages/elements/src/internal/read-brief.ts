import type { BriefInput, ParseResult } from "@briefkit/core";
import { parseBrief, type Locale } from "@briefkit/core/lite";
import type { BriefReader } from "./brief-loader.js";
import { BriefLoadEvent } from "./events.js";
import { BriefLoadError } from "./load-error.js";
import { validateBrief } from "./validate-brief.js";

let locale: Locale | undefined;

/**
 * Sets the language of the messages in `brief-load` events' diagnostics, for pages that show them:
 * `useDiagnosticLocale(en)` with `en` from `@briefkit/core/locales/en`. Until then a diagnostic's
 * message is its line and code (`Line 3: missing-field`), so the elements carry no message text.
 */
export function useDiagnosticLocale(next: Locale | undefined): void {
  locale = next;
}

/** The locale set by `useDiagnosticLocale`, for every reader of brief text (a digest's too). */
export function diagnosticLocale(): Locale | undefined {
  return locale;
}

/** A brief from text or bytes (decoded by core: BOM, UTF-8, Big5), or an error saying why not. */
export function readBriefText(input: BriefInput): ParseResult {
  let result: ParseResult;
  try {
    result = parseBrief(input, locale && { locale });
  } catch (error) {
    throw new BriefLoadError("unreadable", "The brief could not be parsed.", { cause: error });
  }
  const { brief } = result;
  // Lenient parsing reads any prose as a headless summary: without a header field or a section
  // heading, the text was something else (a README, a robots.txt), not a brief.
  if (brief.fields.length === 0 && brief.summaries.every((summary) => summary.heading === null)) {
    throw new BriefLoadError("not-a-brief", "The text has no header field and no summary heading.");
  }
  return result;
}

/** The value of a JSON response, or an error saying it is not JSON. */
export function parseJSON(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new BriefLoadError("invalid-json", "The response is not valid JSON.", { cause: error });
  }
}

/** A brief from JSON: a brief object, or an array of them (a digest) whose first is shown. */
export function readBriefJSON(text: string): ParseResult {
  const value = parseJSON(text);
  const validation = validateBrief(Array.isArray(value) ? value[0] : value);
  if (!validation.ok) {
    throw new BriefLoadError("invalid-brief", `The JSON is not a brief (${validation.problem}).`);
  }
  return { brief: validation.brief, diagnostics: [] };
}

/** How `<brief-card>` and `<brief-outline>` read their `brief` property, `src` and text content. */
export const briefReader: BriefReader<ParseResult, { readonly brief: unknown }> = {
  noun: "brief",
  given: (host) => host.brief,
  check: (value) => {
    const validation = validateBrief(value);
    if (!validation.ok) {
      throw new BriefLoadError("invalid-brief", `The brief property is not a brief (${validation.problem}).`);
    }
    return { brief: validation.brief, diagnostics: [] };
  },
  text: readBriefText,
  json: readBriefJSON,
  loaded: ({ brief, diagnostics }) => new BriefLoadEvent({ brief, diagnostics }),
};
