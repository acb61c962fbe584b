/**
 * The words briefs use for header labels and section headings, in Traditional and Simplified Chinese
 * and English. Lookups ignore case, spaces and full-width parentheses, and a bilingual label
 * (`作者/Author(s)`) is known when either half is.
 */
import type { FieldKey } from "../schema.js";

/** The label `formatBrief` writes for a field it has to create, as the reference brief spells it. */
export const CANONICAL_LABELS: Readonly<Record<FieldKey, string>> = {
  authors: "作者/Author(s)",
  source: "網站來源/Source",
  date: "日期/Date",
  keywords: "關鍵字/Keywords",
  title: "標題/Title",
  url: "原文連結/URL",
};

/** Each field's words in normalised form, space-separated (a string is smaller in a bundle than a list). */
const FIELD_WORDS: Readonly<Record<FieldKey, string>> = {
  authors: "作者 作者們 作者们 撰文 撰稿 撰稿人 author authors author(s) by writer writers",
  source:
    "網站來源 网站来源 來源 来源 出處 出处 媒體 媒体 刊物 source sources website publication publisher outlet",
  date: "日期 發布日期 发布日期 發表日期 发表日期 出版日期 刊登日期 date published publicationdate datepublished",
  keywords: "關鍵字 关键字 關鍵詞 关键词 標籤 标签 keywords keyword tags",
  title: "標題 标题 原文標題 原文标题 文章標題 文章标题 title articletitle originaltitle",
  url: "原文連結 原文链接 連結 链接 網址 网址 原文網址 原文网址 url link sourceurl articleurl",
};

/** Heading words and the language each names; `摘要 Summary` names both, so neither. */
const HEADING_WORDS: ReadonlyArray<readonly [string, "zh" | "en" | null]> = [
  [
    "摘要 中文摘要 內容摘要 内容摘要 重點摘要 重点摘要 概要 提要 中文 摘要(中文) summary(chinese) summary(中文) chinesesummary",
    "zh",
  ],
  [
    "英文摘要 英文 摘要(英文) summary(英文) summary abstract englishsummary englishabstract summary(english) abstract(english) english",
    "en",
  ],
  ["摘要summary", null],
];

const FIELDS = new Map<string, FieldKey>();
for (const key of Object.keys(FIELD_WORDS) as FieldKey[]) {
  for (const word of FIELD_WORDS[key].split(" ")) FIELDS.set(word, key);
}
const HEADINGS = new Map<string, "zh" | "en" | null>();
for (const [words, hint] of HEADING_WORDS) for (const word of words.split(" ")) HEADINGS.set(word, hint);

/** Lower case, no whitespace, ASCII parentheses: the form the word lists are written in. */
export function normaliseLabel(label: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    let replacement: string;
    if (c >= 0x41 && c <= 0x5a) replacement = String.fromCharCode(c + 32);
    else if (c === 0x20 || c === 0xa0 || c === 0x3000 || c === 0x09) replacement = "";
    else if (c === 0xff08 || c === 0xff09) replacement = c === 0xff08 ? "(" : ")";
    else continue;
    out += label.slice(from, i) + replacement;
    from = i + 1;
  }
  return from === 0 ? label : out + label.slice(from);
}

/** The normalised parts of a label between its slashes, empty parts dropped: `作者/Author(s)` → 作者, author(s). */
function parts(label: string): string[] {
  const found: string[] = [];
  let from = 0;
  for (let i = 0; i <= label.length; i++) {
    const c = i < label.length ? label.charCodeAt(i) : 0x2f;
    if (c !== 0x2f && c !== 0xff0f) continue;
    const part = normaliseLabel(label.slice(from, i));
    if (part !== "") found.push(part);
    from = i + 1;
  }
  return found;
}

function fieldKeyOfWords(words: readonly string[]): FieldKey | null {
  for (const word of words) {
    const key = FIELDS.get(word);
    if (key) return key;
  }
  return null;
}

/** The label inside the brackets that set it apart as a colon does (`【作者】`, `[Source]`), else itself. */
function unbracketed(label: string): string {
  return closingBracket(label.charCodeAt(0)) === label.charCodeAt(label.length - 1)
    ? label.slice(1, -1)
    : label;
}

/** The field a label names, or null for a label briefkit does not know. */
export function fieldKeyOf(label: string): FieldKey | null {
  return fieldKeyOfWords(parts(unbracketed(label)));
}

/** Whether a label is one field word (`Publication date`), not a pair of which one half may be. */
export function isFieldWord(label: string): boolean {
  return FIELDS.has(normaliseLabel(label));
}

/** The bracket that closes a label opened by `c` (`【作者】`, `[Source]`, `〔來源〕`), or -1. */
export function closingBracket(c: number): number {
  return c === 0x3010 || c === 0x3014 ? c + 1 : c === 0x5b ? 0x5d : -1;
}

/** The language a heading's words name (null: both), or undefined when they are not a heading's words. */
function headingOfWords(label: string, words: readonly string[]): "zh" | "en" | null | undefined {
  if (label.indexOf("/") < 0 && label.indexOf("\uff0f") < 0) {
    return words[0] === undefined ? undefined : HEADINGS.get(words[0]);
  }
  if (words.length < 2) return undefined;
  let hint: "zh" | "en" | null | undefined;
  for (const word of words) {
    const h = HEADINGS.get(word);
    if (h === undefined) return undefined;
    hint = hint === undefined || hint === h ? h : null;
  }
  return hint;
}

/** How a label reads: a section heading and the language it names, else a field and its key. */
export interface LabelReading {
  /** Undefined when the label is no heading; null when the heading names both languages (`摘要/Summary`). */
  heading: "zh" | "en" | null | undefined;
  /** The field the label names, null when briefkit does not know it. */
  key: FieldKey | null;
}

/**
 * Readings of labels seen before. Briefs use a handful of labels over and over, so a digest or a batch
 * of files reads each once; the cap keeps text that only looks like labels from growing it.
 */
const READINGS = new Map<string, LabelReading>();
const READINGS_MAX = 512;

/** Reads a label without surrounding whitespace; `【摘要】` is a heading, `【作者】` a field, too. */
export function readLabel(label: string): LabelReading {
  const known = READINGS.get(label);
  if (known) return known;
  const inner = unbracketed(label);
  const words = parts(inner);
  const heading = headingOfWords(inner, words);
  const reading = { heading, key: heading === undefined ? fieldKeyOfWords(words) : null };
  if (READINGS.size < READINGS_MAX) READINGS.set(label, reading);
  return reading;
}

/** Characters a heading can start with: its first word's first letter, a slash, or an opening bracket. */
const HEADING_STARTS = new Set<number>([0x2f, 0xff0f, 0x3010, 0x5b, 0x3014]);
for (const word of HEADINGS.keys()) HEADING_STARTS.add(word.charCodeAt(0));
/** Characters a field's label can start with: its first word's first letter, or an opening bracket. */
const FIELD_STARTS = new Set<number>([0x3010, 0x5b, 0x3014]);
for (const word of FIELDS.keys()) FIELD_STARTS.add(word.charCodeAt(0));

const lower = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 32 : c);

/** Whether a line starting with `c` can be a heading; most lines are ruled out before any lookup. */
export function mayBeHeading(c: number): boolean {
  return HEADING_STARTS.has(lower(c));
}

/** Whether a line starting with `c` can start with a field's label; the same early rule-out. */
export function mayBeField(c: number): boolean {
  return FIELD_STARTS.has(lower(c));
}

/** The longest heading a line can hold: longer lines without a colon are never headings. */
export const HEADING_MAX = 24;
