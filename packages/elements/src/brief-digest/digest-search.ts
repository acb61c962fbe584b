import type { Brief } from "@briefkit/core";

/**
 * Text as the search compares it: NFKC folds full-width Latin letters and digits (ＡＩ, ２０２５) and
 * half-width katakana to their usual forms, then case is ignored.
 */
export function fold(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/** The words of a query: a brief matches when it holds every one. */
export function searchTerms(query: string): string[] {
  return fold(query)
    .split(/\s+/u)
    .filter((term) => term !== "");
}

/** What the search looks in, one brief at a time, folded once rather than on every keystroke. */
export interface SearchIndex {
  /** Source, authors, keywords, leads, points and sub-points, one to a line. */
  readonly text: string;
  /** The brief's keywords, folded. */
  readonly keywords: ReadonlySet<string>;
}

export function searchIndex(brief: Brief): SearchIndex {
  const parts = [brief.source ?? "", ...brief.authors, ...brief.keywords];
  for (const summary of brief.summaries) {
    parts.push(summary.lead);
    for (const point of summary.points) parts.push(point.text, ...point.children.map((child) => child.text));
  }
  // Terms hold no whitespace, so a line break keeps a term from matching across two parts.
  return { text: fold(parts.join("\n")), keywords: new Set(brief.keywords.map(fold)) };
}

/** Whether a brief holds every term (anywhere) and every chosen keyword (as a keyword). */
export function matches(
  index: SearchIndex,
  terms: readonly string[],
  keywords: ReadonlySet<string>,
): boolean {
  for (const keyword of keywords) if (!index.keywords.has(keyword)) return false;
  return terms.every((term) => index.text.includes(term));
}

export interface KeywordChip {
  /** The keyword as first written. */
  readonly label: string;
  /** The keyword folded: the chip's identity, so `AI` and `ａｉ` are one chip. */
  readonly key: string;
}

/** One chip per keyword of `briefs`, the most used first, then in the order they first appear. */
export function keywordChips(briefs: readonly Brief[]): KeywordChip[] {
  const found = new Map<string, { label: string; count: number }>();
  for (const brief of briefs) {
    for (const key of new Set(brief.keywords.map(fold).filter((key) => key.trim() !== ""))) {
      const entry = found.get(key);
      if (entry) entry.count++;
      else
        found.set(key, { label: brief.keywords.find((keyword) => fold(keyword) === key) ?? key, count: 1 });
    }
  }
  // Array.prototype.sort is stable: equal counts keep the order of first appearance.
  return [...found].sort(([, a], [, b]) => b.count - a.count).map(([key, { label }]) => ({ label, key }));
}
