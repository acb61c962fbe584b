/**
 * The words briefs use for header labels and section headings, in Traditional and Simplified Chinese
 * and English. Lookups go through `normaliseLabel`, so case, spaces and full-width parentheses do not
 * matter, and a bilingual label (`作者/Author(s)`) is known when either half is.
 */
import type { FieldKey } from "../schema.js";

/** The label `formatBrief` writes for a field it has to create, as the reference brief spells it. */
export const CANONICAL_LABELS: Readonly<Record<FieldKey, string>> = {
  authors: "作者/Author(s)",
  source: "網站來源/Source",
  date: "日期/Date",
  keywords: "關鍵字/Keywords",
};

const FIELD_ALIASES: Readonly<Record<FieldKey, readonly string[]>> = {
  authors: [
    "作者",
    "作者們",
    "作者们",
    "撰文",
    "撰稿",
    "撰稿人",
    "author",
    "authors",
    "author(s)",
    "by",
    "writer",
    "writers",
  ],
  source: [
    "網站來源",
    "网站来源",
    "來源",
    "来源",
    "出處",
    "出处",
    "媒體",
    "媒体",
    "刊物",
    "source",
    "sources",
    "website",
    "publication",
    "publisher",
    "outlet",
  ],
  date: [
    "日期",
    "發布日期",
    "发布日期",
    "發表日期",
    "发表日期",
    "出版日期",
    "刊登日期",
    "date",
    "published",
    "publicationdate",
    "datepublished",
  ],
  keywords: ["關鍵字", "关键字", "關鍵詞", "关键词", "標籤", "标签", "keywords", "keyword", "tags"],
};

/** Heading words and the language each names: `zh`, `en`, or null when only the script can tell. */
const HEADINGS: ReadonlyArray<readonly [string, "zh" | "en" | null]> = [
  ["摘要", "zh"],
  ["中文摘要", "zh"],
  ["內容摘要", "zh"],
  ["内容摘要", "zh"],
  ["重點摘要", "zh"],
  ["重点摘要", "zh"],
  ["概要", "zh"],
  ["提要", "zh"],
  ["中文", "zh"],
  ["摘要(中文)", "zh"],
  ["summary(chinese)", "zh"],
  ["summary(中文)", "zh"],
  ["chinesesummary", "zh"],
  ["英文摘要", "en"],
  ["英文", "en"],
  ["摘要(英文)", "en"],
  ["summary(英文)", "en"],
  ["summary", "en"],
  ["abstract", "en"],
  ["englishsummary", "en"],
  ["englishabstract", "en"],
  ["summary(english)", "en"],
  ["abstract(english)", "en"],
  ["english", "en"],
  ["摘要summary", null],
];

const FIELD_TABLE = new Map<string, FieldKey>();
for (const key of Object.keys(FIELD_ALIASES) as FieldKey[]) {
  for (const alias of FIELD_ALIASES[key]) FIELD_TABLE.set(alias, key);
}
const HEADING_TABLE = new Map<string, "zh" | "en" | null>(HEADINGS);

function needsNormalising(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0x09 ||
    c === 0xff08 ||
    c === 0xff09 ||
    (c >= 0x41 && c <= 0x5a)
  );
}

/** Lower case, no whitespace, ASCII parentheses: the form the alias tables are keyed by. */
export function normaliseLabel(label: string): string {
  let i = 0;
  while (i < label.length && !needsNormalising(label.charCodeAt(i))) i++;
  if (i === label.length) return label;
  let out = label.slice(0, i);
  for (; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c === 0x20 || c === 0xa0 || c === 0x3000 || c === 0x09) continue;
    if (c === 0xff08) out += "(";
    else if (c === 0xff09) out += ")";
    else if (c >= 0x41 && c <= 0x5a) out += String.fromCharCode(c + 32);
    else out += label[i];
  }
  return out;
}

/** Splits a bilingual label at its slash: `作者/author(s)` → [`作者`, `author(s)`]. */
function halves(normalised: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i <= normalised.length; i++) {
    const c = i < normalised.length ? normalised.charCodeAt(i) : 0x2f;
    if (c === 0x2f || c === 0xff0f) {
      if (i > from) parts.push(normalised.slice(from, i));
      from = i + 1;
    }
  }
  return parts;
}

/** The field a normalised label names, or null. */
export function fieldKeyOfNormalised(normalised: string): FieldKey | null {
  const whole = FIELD_TABLE.get(normalised);
  if (whole) return whole;
  for (const half of halves(normalised)) {
    const key = FIELD_TABLE.get(half);
    if (key) return key;
  }
  return null;
}

/** The field a label names, or null for a label briefkit does not know. */
export function fieldKeyOf(label: string): FieldKey | null {
  return fieldKeyOfNormalised(normaliseLabel(label));
}

function stripBrackets(normalised: string): string {
  const first = normalised.charCodeAt(0);
  const last = normalised.charCodeAt(normalised.length - 1);
  const pairs =
    (first === 0x3010 && last === 0x3011) ||
    (first === 0x5b && last === 0x5d) ||
    (first === 0x3014 && last === 0x3015);
  return pairs ? normalised.slice(1, -1) : normalised;
}

/**
 * Whether a normalised label is a section heading, and which language it names (`zh`, `en`, or null
 * when the heading is bilingual, like `摘要/Summary`). Undefined for a label that is not a heading.
 */
export function headingOfNormalised(label: string): "zh" | "en" | null | undefined {
  const normalised = stripBrackets(label);
  if (normalised.length === 0) return undefined;
  const whole = HEADING_TABLE.get(normalised);
  if (whole !== undefined) return whole;
  const parts = halves(normalised);
  if (parts.length < 2) return undefined;
  let hint: "zh" | "en" | null | undefined;
  for (const part of parts) {
    const h = HEADING_TABLE.get(part);
    if (h === undefined) return undefined;
    hint = hint === undefined || hint === h ? h : null;
  }
  return hint;
}

export function headingOf(label: string): "zh" | "en" | null | undefined {
  return headingOfNormalised(normaliseLabel(label));
}

/** The longest heading a line can hold: longer lines without a colon are never headings. */
export const HEADING_MAX = 24;
