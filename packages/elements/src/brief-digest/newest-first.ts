import type { Brief } from "@briefkit/core";

/**
 * The briefs newest first by `date` (ISO dates compare as strings), undated ones last, and briefs of
 * the same date, or undated, in the order they were given. Returns positions into `briefs`.
 */
export function newestFirst(briefs: readonly Brief[]): number[] {
  return briefs
    .map((_, index) => index)
    .sort((a, b) => {
      const left = briefs[a]?.date ?? "";
      const right = briefs[b]?.date ?? "";
      if (left === right) return a - b;
      return left < right ? 1 : -1;
    });
}
