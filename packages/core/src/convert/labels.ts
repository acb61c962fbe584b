import type { Brief, Field, FieldKey, Language, Summary } from "../schema.js";
import { CANONICAL_LABELS } from "../parse/labels.js";
import { withoutControls } from "./characters.js";

const DEFAULT_HEADINGS: Readonly<Record<Language, string>> = {
  "zh-Hant": "摘要",
  "zh-Hans": "摘要",
  en: "Summary",
};

/**
 * The header rows a converter shows. A parsed brief keeps every field as written, so those win;
 * a brief built by hand (or from JSON) may only have the typed values, and should not render blank.
 */
export function headerFields(brief: Brief): Field[] {
  if (brief.fields.length > 0) return brief.fields;
  const fields: Field[] = [];
  const add = (key: FieldKey, value: string): void => {
    fields.push({ key, label: CANONICAL_LABELS[key], value });
  };
  if (brief.authors.length > 0) add("authors", brief.authors.join(", "));
  if (brief.source !== null) add("source", brief.source);
  const date = brief.dateText ?? brief.date;
  if (date !== null) add("date", date);
  if (brief.keywords.length > 0) add("keywords", brief.keywords.join("、"));
  if (brief.title !== undefined) add("title", brief.title);
  if (brief.url !== undefined) add("url", brief.url);
  return fields;
}

/** A summary's heading as written, or the usual one for its language when it had none. */
export function summaryHeading(summary: Summary): string {
  const heading = withoutControls(summary.heading ?? "").trim();
  return heading === "" ? DEFAULT_HEADINGS[summary.lang] : heading;
}

/** What an untitled brief is called when nothing else is known about it. */
const DEFAULT_BRIEF_HEADING = "簡報/Brief";

/**
 * A heading for the brief as a whole: the original article's source and date as written
 * (`Foreign Policy, 10/24/2025`), else its authors, else its keywords, else a bilingual default.
 */
export function briefHeading(brief: Brief): string {
  const date = brief.dateText ?? brief.date;
  const known = (parts: readonly (string | null)[]) =>
    parts.map((part) => withoutControls(part ?? "").trim()).filter((part) => part !== "");
  const sourceAndDate = known([brief.source, date]);
  if (sourceAndDate.length > 0) return sourceAndDate.join(", ");
  const authors = known(brief.authors);
  if (authors.length > 0) return authors.join(", ");
  const keywords = known(brief.keywords);
  if (keywords.length > 0) return keywords.join("、");
  return DEFAULT_BRIEF_HEADING;
}
