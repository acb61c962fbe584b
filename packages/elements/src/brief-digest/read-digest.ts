import type { Brief, BriefInput, Diagnostic } from "@briefkit/core";
import { parseBriefs } from "@briefkit/core/lite";
import type { BriefReader } from "../internal/brief-loader.js";
import { BriefLoadError } from "../internal/load-error.js";
import { diagnosticLocale, parseJSON } from "../internal/read-brief.js";
import { validateBrief } from "../internal/validate-brief.js";
import { BriefDigestLoadEvent } from "./digest-events.js";

export interface DigestResult {
  readonly briefs: readonly Brief[];
  readonly diagnostics: readonly Diagnostic[];
}

export type BriefsValidation =
  { readonly ok: true; readonly briefs: readonly Brief[] } | { readonly ok: false; readonly problem: string };

/** Checks every brief of a list from outside (a page's `briefs` property, fetched JSON) as the card checks one. */
export function validateBriefs(value: unknown): BriefsValidation {
  if (!Array.isArray(value)) return { ok: false, problem: "briefs: not an array" };
  const briefs: Brief[] = [];
  for (const [index, item] of value.entries()) {
    const validation = validateBrief(item);
    if (!validation.ok) return { ok: false, problem: `brief ${index}: ${validation.problem}` };
    briefs.push(validation.brief);
  }
  return { ok: true, briefs };
}

// Lenient parsing reads any prose as a headless summary: without a header field or a section
// heading, a piece of the text (a greeting, a signature after the last separator) is not a brief.
function looksLikeBrief(brief: Brief): boolean {
  return brief.fields.length > 0 || brief.summaries.some((summary) => summary.heading !== null);
}

/** The briefs of a digest's text or bytes (decoded by core: BOM, UTF-8, Big5), or an error saying why not. */
export function readDigestText(input: BriefInput): DigestResult {
  const locale = diagnosticLocale();
  let parsed;
  try {
    parsed = parseBriefs(input, locale && { locale });
  } catch (error) {
    throw new BriefLoadError("unreadable", "The digest could not be parsed.", { cause: error });
  }
  const briefs = parsed.briefs.filter(looksLikeBrief);
  if (briefs.length === 0) {
    throw new BriefLoadError("not-a-brief", "The text has no brief: no header field and no summary heading.");
  }
  return { briefs, diagnostics: parsed.diagnostics };
}

/** The briefs of a JSON array of briefs, or of a single brief object. */
export function readDigestJSON(text: string): DigestResult {
  const value = parseJSON(text);
  const validation = validateBriefs(Array.isArray(value) ? value : [value]);
  if (!validation.ok) {
    throw new BriefLoadError("invalid-brief", `The JSON is not a list of briefs (${validation.problem}).`);
  }
  return { briefs: validation.briefs, diagnostics: [] };
}

/** How `<brief-digest>` reads its `briefs` property, `src` and text content. */
export const digestReader: BriefReader<DigestResult, { readonly briefs: unknown }> = {
  noun: "digest",
  given: (host) => host.briefs,
  check: (value) => {
    const validation = validateBriefs(value);
    if (!validation.ok) {
      throw new BriefLoadError(
        "invalid-brief",
        `The briefs property is not a list of briefs (${validation.problem}).`,
      );
    }
    return { briefs: validation.briefs, diagnostics: [] };
  },
  text: readDigestText,
  json: readDigestJSON,
  loaded: ({ briefs, diagnostics }) => new BriefDigestLoadEvent({ briefs, diagnostics }),
};
