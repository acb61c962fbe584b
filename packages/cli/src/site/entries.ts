import { formatBrief } from "@briefkit/core";
import type { Brief, Language } from "@briefkit/core";
import { clean } from "./markup.js";
import { assignSlugs } from "./slug.js";

/** One brief as the site publishes it. */
export interface Entry {
  brief: Brief;
  /** The folder of its page below the site's root. */
  slug: string;
  /** The brief in canonical text form: what `<brief-card>` and `<brief-digest>` read. */
  text: string;
  /** The page's and the entry's title. */
  title: string;
  /** The first summary's language, or Traditional Chinese, the format's own. */
  lang: Language;
}

/**
 * A brief's title: the original article's source and date, else its authors, else the start of its
 * first lead, else a bilingual default.
 */
export function titleOf(brief: Brief): string {
  const title = clean(brief.title ?? "").trim();
  if (title !== "") return title;
  const source = clean(brief.source ?? "").trim();
  const date = brief.date ?? clean(brief.dateText ?? "").trim();
  if (source !== "") return date === "" ? source : `${source}, ${date}`;
  const authors = brief.authors.map((author) => clean(author).trim()).filter(Boolean);
  if (authors.length > 0) return date === "" ? authors.join(", ") : `${authors.join(", ")}, ${date}`;
  const lead = leads(brief)[0];
  return lead === undefined ? "簡報/Brief" : shorten(lead.text, 60);
}

/** Each summary's lead that has any text, with its language. */
export function leads(brief: Brief): { lang: Language; text: string }[] {
  return brief.summaries
    .map((summary) => ({ lang: summary.lang, text: clean(summary.lead).replace(/\s+/g, " ").trim() }))
    .filter((lead) => lead.text !== "");
}

/** At most `max` characters (code points), cut at a space when there is one near the end, with "…". */
export function shorten(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join("");
  const space = cut.lastIndexOf(" ");
  return `${space > cut.length * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** The briefs in input order as entries, with their slugs. */
export function toEntries(briefs: readonly Brief[]): Entry[] {
  const slugs = assignSlugs(briefs);
  return briefs.map((brief, index) => ({
    brief,
    slug: slugs[index] ?? String(index),
    text: formatBrief(brief),
    title: titleOf(brief),
    lang: brief.summaries[0]?.lang ?? "zh-Hant",
  }));
}

/** Newest first by date, undated briefs last, ties in input order (the sort is stable). */
export function newestFirst(entries: readonly Entry[]): Entry[] {
  return [...entries].sort((a, b) => {
    const x = a.brief.date ?? "";
    const y = b.brief.date ?? "";
    return x === y ? 0 : x < y ? 1 : -1;
  });
}
