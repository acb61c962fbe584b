/** Diagnostic messages in English, the default locale: each names what is wrong and how to fix it. */
import type { DiagnosticDetail, Dialect, Family, Locale, OutsideKind } from "../diagnostics.js";
import type { RequiredFieldKey } from "../vocabulary.js";

/** A line that would add a missing field, as the reference brief writes it. */
export const EXAMPLE_FIELDS: Readonly<Record<RequiredFieldKey, string>> = {
  authors: "作者/Author(s): Alasdair Phillips-Robin",
  source: "網站來源/Source: Foreign Policy",
  date: "日期/Date: 10/24/2025",
  keywords: "關鍵字/Keywords: 經濟、稀土、習近平",
};

/** The heading that opens a summary in each language. */
export const HEADING_FOR: Readonly<Record<Family, string>> = { zh: "摘要:", en: "Summary:" };

export const other = (family: Family): Family => (family === "zh" ? "en" : "zh");

const LANGUAGE: Readonly<Record<Family, string>> = { zh: "Chinese", en: "English" };
const FIELD_NAME: Readonly<Record<RequiredFieldKey, string>> = {
  authors: "author",
  source: "source",
  date: "date",
  keywords: "keywords",
};
const KEPT = "(the text is kept as written).";

const DIALECT: Readonly<Record<Dialect, string>> = {
  markdown: "Markdown",
  org: "Org",
  rst: "reStructuredText",
};
const OUTSIDE: Readonly<Record<OutsideKind, string>> = {
  before: "text before the brief",
  after: "text after the brief",
  attribution: "an e-mail attribution line",
  forward: "a forwarded-message marker",
  "mail-headers": "the forwarded message's mail headers",
  signature: "an e-mail signature",
  reply: "the e-mail reply around the quoted brief",
};
const hex = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

function text(d: DiagnosticDetail): string {
  switch (d.code) {
    case "unreadable-input":
      return d.reason === "empty"
        ? "the input holds no text; a brief needs a header and a summary."
        : "the input is not text (it is mostly control characters or undecodable bytes); check that this is a brief and how it is encoded.";
    case "encoding":
      return d.reason === "unknown"
        ? `"${d.requested}" is not an encoding briefkit can decode; the input was read as ${d.encoding}. Use utf-8, utf-16le, utf-16be, big5, gbk or gb18030.`
        : d.reason === "forced"
          ? `the input was decoded as ${d.encoding}, as requested.`
          : `the input is not UTF-8; it was read as ${d.encoding}. Save it as UTF-8 so every tool reads it the same way.`;
    case "missing-field":
      return `the brief has no ${FIELD_NAME[d.key]} field; add a line such as "${EXAMPLE_FIELDS[d.key]}" to the header.`;
    case "empty-field":
      return `"${d.label}" has no value; write it after the colon, or remove the line.`;
    case "duplicate-field":
      return `"${d.label}" repeats the field on line ${d.firstLine}; only the first is used, so merge the two or remove this one.`;
    case "unknown-field":
      return `"${d.label}" is not a field briefkit knows; it is kept in fields with key null. The known fields are 作者/Author(s), 網站來源/Source, 日期/Date and 關鍵字/Keywords.`;
    case "invalid-date":
      return `"${d.text}" is not a ${d.reason === "impossible" ? "real date" : "date briefkit can read"}; write it as ${d.form}, e.g. ${d.example}.`;
    case "ambiguous-date":
      if ("weekday" in d) {
        return `"${d.text}" says ${d.weekday}, but ${d.chosen} is another day of the week; it was read as ${d.chosen}. Correct the date or the weekday.`;
      }
      return `"${d.text}" could be ${d.chosen} or ${d.other}; it was read ${d.order === "mdy" ? "month" : "day"} first as ${d.chosen}. Write ${d.chosen} to make it unambiguous, or set the dateOrder option.`;
    case "missing-summary":
      return `the brief has no summary; add a "摘要:" section and a "Summary:" section after the header.`;
    case "missing-language":
      return `the brief has a ${LANGUAGE[d.present]} summary but no ${LANGUAGE[other(d.present)]} one; add a "${HEADING_FOR[other(d.present)]}" section.`;
    case "missing-heading":
      return `this ${LANGUAGE[d.written]} summary has no heading; add "${HEADING_FOR[d.written]}" on the line before it.`;
    case "language-mismatch":
      return `the heading "${d.heading}" names ${LANGUAGE[d.named]} but the section is written in ${LANGUAGE[d.written]}; fix the heading or move the text under the right one.`;
    case "empty-summary":
      return `the "${d.heading}" section is empty; write its lead and points under it, or remove the heading.`;
    case "orphan-subpoint":
      return `sub-point ${d.ordinal} has no bullet point before it, so it is kept as a point; add the "•" point it belongs under, or make it a bullet.`;
    case "numbering-gap":
      return `sub-point ${d.found} is where ${d.expected} was expected; renumber it ${d.expected}.`;
    case "outline-mismatch":
      return d.what === "points"
        ? `the ${LANGUAGE[d.here]} summary has ${plural(d.count, "point")} but the ${LANGUAGE[other(d.here)]} summary (line ${d.otherLine}) has ${d.otherCount}; the two outlines should match point for point.`
        : `point ${d.point} has ${plural(d.count, "sub-point")} in ${LANGUAGE[d.here]} but ${d.otherCount} in ${LANGUAGE[other(d.here)]} (line ${d.otherLine}); give both the same sub-points.`;
    case "unbalanced-bracket":
      return d.kind === "unclosed"
        ? `"${d.bracket}" is never closed; add "${d.counterpart}" where it ends ${KEPT}`
        : `"${d.bracket}" closes nothing; add "${d.counterpart}" where it begins, or remove it ${KEPT}`;
    case "multiple-briefs":
      return `a second brief starts here (the input holds ${d.count}); parseBrief reads only the first, use parseBriefs to read a digest.`;
    case "missing-colon":
      return `"${d.label}" has no colon after it; it was read as that field. Write "${d.label}:" before the value.`;
    case "missing-markers":
      return `these ${plural(d.count, "line")} have no list markers (lost in a copy from a web page, Word or PDF), so each was read as a point and sub-points could not be told apart${d.wrapped ? "; some lines may be one point wrapped" : ""}. Start each point with "•" and each sub-point with "1.".`;
    case "empty-point":
      return `this ${d.level} has no text; write it after its marker, or remove the line.`;
    case "control-character":
      return `the text holds the control character ${hex(d.char)}, which no web page and few tools can show; it is kept as written, but remove it.`;
    case "outside-brief":
      return `left out of the brief: ${OUTSIDE[d.what]} (${plural(d.count, "line")}).`;
    case "markup":
      return `the brief is written in ${DIALECT[d.dialect]}; its markup (headings, emphasis, list markers, escapes) was read and left out of the text.`;
    case "invalid-url":
      return `"${d.value}" is not a web address; write the article's full address, starting with https:// ${KEPT}`;
    case "invalid-bytes":
      return d.reason === "mended"
        ? `a line break split a UTF-8 character here; the ${plural(d.count, "byte")} around it were joined back into the character.`
        : `${plural(d.count, "byte")} here ${d.count === 1 ? "is" : "are"} not valid UTF-8 and ${d.count === 1 ? "was" : "were"} replaced by U+FFFD; the rest of the file was read as UTF-8. Check the file where it came from.`;
  }
}

export const en: Locale = {
  lang: "en",
  message(detail, line) {
    const message = text(detail);
    return line === null ? message.charAt(0).toUpperCase() + message.slice(1) : `Line ${line}: ${message}`;
  },
};
