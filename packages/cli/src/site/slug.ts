import { createHash } from "node:crypto";
import type { Brief } from "@briefkit/core";

/** Long source names make unwieldy URLs; cut at a word boundary below this. */
const MAX_SOURCE_LENGTH = 48;

/** Latin letters without their accents, lower case, runs of anything else as one hyphen. */
function latinSlug(text: string): string {
  const folded = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ß/g, "ss")
    .replace(/[æÆ]/g, "ae")
    .replace(/[øØ]/g, "o")
    .replace(/[łŁ]/g, "l")
    .toLowerCase();
  const slug = folded.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (slug.length <= MAX_SOURCE_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SOURCE_LENGTH + 1);
  const boundary = cut.lastIndexOf("-");
  return boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, MAX_SOURCE_LENGTH);
}

function shortHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 8);
}

/**
 * What names a brief after its date: its source when that has Latin letters (`foreign-policy`), else
 * a short hash of the source, or of the first lead when there is no source, so that a name written
 * only in Chinese still gives a stable, plain-ASCII URL rather than percent-encoded characters.
 */
function subject(brief: Brief): string {
  const source = brief.source?.trim() ?? "";
  const slug = latinSlug(source);
  if (/[a-z]/.test(slug)) return slug;
  const basis = source || (brief.summaries.find((summary) => summary.lead.trim() !== "")?.lead ?? "");
  return shortHash(basis.trim() || JSON.stringify(brief.fields));
}

/** `2025-10-24-foreign-policy`, or `undated-…` for a brief without a readable date. */
export function baseSlug(brief: Brief): string {
  return `${brief.date ?? "undated"}-${subject(brief)}`;
}

/**
 * One slug per brief, in input order: a slug already taken gets `-2`, `-3`… so the same inputs in the
 * same order always give the same URLs.
 */
export function assignSlugs(briefs: readonly Brief[]): string[] {
  const taken = new Set<string>();
  return briefs.map((brief) => {
    const base = baseSlug(brief);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}
