import { formatBrief, formatBriefs, type Brief } from "@briefkit/core";
import { readDigestText, validateBriefs } from "../brief-digest/read-digest.js";
import { BriefLoadError } from "../internal/load-error.js";
import { readBriefText } from "../internal/read-brief.js";
import { validateBrief } from "../internal/validate-brief.js";

/** A brief to render, and the text the element will read back from its content in the browser. */
export interface BriefSource {
  readonly brief: Brief;
  readonly text: string;
}

/**
 * Reads `input` as the element would: text through the same parser and checks as its text content,
 * an object through the same validation as its `brief` property. Throws a `BriefLoadError` where the
 * element would show its error state, since a server has no reader to show it to.
 */
export function briefSource(input: Brief | string): BriefSource {
  if (typeof input === "string") return { brief: readBriefText(input).brief, text: input };
  const validation = validateBrief(input);
  if (!validation.ok) {
    throw new BriefLoadError("invalid-brief", `The brief is not a brief (${validation.problem}).`);
  }
  return { brief: validation.brief, text: formatBrief(validation.brief) };
}

/** Briefs to render in a digest, and the text the digest will read back from its content. */
export interface DigestSource {
  readonly briefs: readonly Brief[];
  readonly text: string;
}

/** Reads `input` as `<brief-digest>` would, as `briefSource` does for one brief. */
export function digestSource(input: readonly Brief[] | string): DigestSource {
  if (typeof input === "string") return { briefs: readDigestText(input).briefs, text: input };
  const validation = validateBriefs(input);
  if (!validation.ok) {
    throw new BriefLoadError("invalid-brief", `The briefs are not a list of briefs (${validation.problem}).`);
  }
  return { briefs: validation.briefs, text: formatBriefs(validation.briefs) };
}
