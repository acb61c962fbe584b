/**
 * Diagnostics as data: what the parser found (a typed detail per code), how severe it is (the default
 * from codes.ts unless the user overrides it), and a message in English or Traditional Chinese that
 * names the line and says how to fix it. Messages are built here only, one function per locale, the
 * way zod keeps its locales.
 */
import { DEFAULT_SEVERITIES, type DiagnosticCode, type Severity } from "./codes.js";
import type { Diagnostic, FieldKey, Position } from "./schema.js";

export type Locale = "en" | "zh-Hant";
type Family = "zh" | "en";

/** Everything a message needs, one shape per code. */
export type DiagnosticDetail =
  | { code: "unreadable-input"; reason: "empty" | "binary" }
  | { code: "encoding"; encoding: string; reason: "detected" | "forced" }
  | { code: "encoding"; encoding: string; reason: "unknown"; requested: string }
  | { code: "missing-field"; key: FieldKey }
  | { code: "empty-field"; label: string }
  | { code: "duplicate-field"; label: string; firstLine: number }
  | { code: "unknown-field"; label: string }
  | { code: "invalid-date"; text: string; reason: "impossible" | "unrecognised" }
  | { code: "ambiguous-date"; text: string; chosen: string; other: string; order: "mdy" | "dmy" }
  | { code: "missing-summary" }
  | { code: "missing-language"; present: Family }
  | { code: "missing-heading"; written: Family }
  | { code: "language-mismatch"; heading: string; named: Family; written: Family }
  | { code: "empty-summary"; heading: string }
  | { code: "orphan-subpoint"; ordinal: number }
  | { code: "numbering-gap"; found: number; expected: number }
  | {
      code: "outline-mismatch";
      what: "points";
      here: Family;
      count: number;
      otherCount: number;
      otherLine: number;
    }
  | {
      code: "outline-mismatch";
      what: "sub-points";
      here: Family;
      point: number;
      count: number;
      otherCount: number;
      otherLine: number;
    }
  | { code: "unbalanced-bracket"; bracket: string; counterpart: string; kind: "unclosed" | "unopened" }
  | { code: "multiple-briefs"; count: number };

export type SeverityOverrides = Partial<Record<DiagnosticCode, Severity | "off">>;

/** The severity a code is reported with, or "off" when the user silenced it. */
export function severityOf(code: DiagnosticCode, overrides?: SeverityOverrides): Severity | "off" {
  return overrides?.[code] ?? DEFAULT_SEVERITIES[code];
}

const EXAMPLE_FIELDS: Readonly<Record<FieldKey, string>> = {
  authors: "作者/Author(s): Alasdair Phillips-Robin",
  source: "網站來源/Source: Foreign Policy",
  date: "日期/Date: 10/24/2025",
  keywords: "關鍵字/Keywords: 經濟、稀土、習近平",
};

const FIELD_NAMES_EN: Readonly<Record<FieldKey, string>> = {
  authors: "author",
  source: "source",
  date: "date",
  keywords: "keywords",
};

const FIELD_NAMES_ZH: Readonly<Record<FieldKey, string>> = {
  authors: "作者",
  source: "網站來源",
  date: "日期",
  keywords: "關鍵字",
};

const LANGUAGE_EN: Readonly<Record<Family, string>> = { zh: "Chinese", en: "English" };
const LANGUAGE_ZH: Readonly<Record<Family, string>> = { zh: "中文", en: "英文" };
const HEADING_FOR: Readonly<Record<Family, string>> = { zh: "摘要:", en: "Summary:" };

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function english(d: DiagnosticDetail): string {
  switch (d.code) {
    case "unreadable-input":
      return d.reason === "empty"
        ? "the input holds no text; a brief needs a header and a summary."
        : "the input is not text (it is mostly control characters or undecodable bytes); check that this is a brief and how it is encoded.";
    case "encoding":
      if (d.reason === "unknown") {
        return `"${d.requested}" is not an encoding briefkit can decode; the input was read as ${d.encoding}. Use utf-8, utf-16le, utf-16be or big5.`;
      }
      return d.reason === "forced"
        ? `the input was decoded as ${d.encoding}, as requested.`
        : `the input is not UTF-8; it was read as ${d.encoding}. Save it as UTF-8 so every tool reads it the same way.`;
    case "missing-field":
      return `the brief has no ${FIELD_NAMES_EN[d.key]} field; add a line such as "${EXAMPLE_FIELDS[d.key]}" to the header.`;
    case "empty-field":
      return `"${d.label}" has no value; write it after the colon, or remove the line.`;
    case "duplicate-field":
      return `"${d.label}" repeats the field on line ${d.firstLine}; only the first is used, so merge the two or remove this one.`;
    case "unknown-field":
      return `"${d.label}" is not a field briefkit knows; it is kept in fields with key null. The known fields are 作者/Author(s), 網站來源/Source, 日期/Date and 關鍵字/Keywords.`;
    case "invalid-date":
      return d.reason === "impossible"
        ? `"${d.text}" is not a real date; write it as MM/DD/YYYY, e.g. 10/24/2025.`
        : `"${d.text}" is not a date briefkit can read; write it as MM/DD/YYYY, e.g. 10/24/2025.`;
    case "ambiguous-date":
      return `"${d.text}" could be ${d.chosen} or ${d.other}; it was read ${d.order === "mdy" ? "month first" : "day first"} as ${d.chosen}. Write ${d.chosen} to make it unambiguous, or set the dateOrder option.`;
    case "missing-summary":
      return `the brief has no summary; add a "摘要:" section and a "Summary:" section after the header.`;
    case "missing-language": {
      const missing: Family = d.present === "zh" ? "en" : "zh";
      return `the brief has a ${LANGUAGE_EN[d.present]} summary but no ${LANGUAGE_EN[missing]} one; add a "${HEADING_FOR[missing]}" section.`;
    }
    case "missing-heading":
      return `this ${LANGUAGE_EN[d.written]} summary has no heading; add "${HEADING_FOR[d.written]}" on the line before it.`;
    case "language-mismatch":
      return `the heading "${d.heading}" names ${LANGUAGE_EN[d.named]} but the section is written in ${LANGUAGE_EN[d.written]}; fix the heading or move the text under the right one.`;
    case "empty-summary":
      return `the "${d.heading}" section is empty; write its lead and points under it, or remove the heading.`;
    case "orphan-subpoint":
      return `sub-point ${d.ordinal} has no bullet point before it, so it is kept as a point; add the "•" point it belongs under, or make it a bullet.`;
    case "numbering-gap":
      return `sub-point ${d.found} is where ${d.expected} was expected; renumber it ${d.expected}.`;
    case "outline-mismatch": {
      const other: Family = d.here === "zh" ? "en" : "zh";
      if (d.what === "points") {
        return `the ${LANGUAGE_EN[d.here]} summary has ${plural(d.count, "point")} but the ${LANGUAGE_EN[other]} summary (line ${d.otherLine}) has ${d.otherCount}; the two outlines should match point for point.`;
      }
      return `point ${d.point} has ${plural(d.count, "sub-point")} in ${LANGUAGE_EN[d.here]} but ${d.otherCount} in ${LANGUAGE_EN[other]} (line ${d.otherLine}); give both the same sub-points.`;
    }
    case "unbalanced-bracket":
      return d.kind === "unclosed"
        ? `"${d.bracket}" is never closed; add "${d.counterpart}" where it ends (the text is kept as written).`
        : `"${d.bracket}" closes nothing; add "${d.counterpart}" where it begins, or remove it (the text is kept as written).`;
    case "multiple-briefs":
      return `a second brief starts here (the input holds ${d.count}); parseBrief reads only the first, use parseBriefs to read a digest.`;
  }
}

function chinese(d: DiagnosticDetail): string {
  switch (d.code) {
    case "unreadable-input":
      return d.reason === "empty"
        ? "輸入沒有任何文字；摘要檔需要標頭欄位與摘要。"
        : "輸入不是文字（多為控制字元或無法解碼的位元組）；請確認這是摘要檔以及它的編碼。";
    case "encoding":
      if (d.reason === "unknown") {
        return `無法使用「${d.requested}」編碼解碼，已改以 ${d.encoding} 讀取。請使用 utf-8、utf-16le、utf-16be 或 big5。`;
      }
      return d.reason === "forced"
        ? `依指定以 ${d.encoding} 解碼輸入。`
        : `輸入不是 UTF-8，已以 ${d.encoding} 讀取。請另存為 UTF-8，讓各種工具讀到相同內容。`;
    case "missing-field":
      return `摘要缺少「${FIELD_NAMES_ZH[d.key]}」欄位；請在標頭加入一行，例如「${EXAMPLE_FIELDS[d.key]}」。`;
    case "empty-field":
      return `「${d.label}」沒有內容；請在冒號後填寫，或刪除這一行。`;
    case "duplicate-field":
      return `「${d.label}」與第 ${d.firstLine} 行的欄位重複；只採用第一個，請合併兩者或刪除這一行。`;
    case "unknown-field":
      return `「${d.label}」不是已知欄位，已以 key 為 null 保留在 fields 中。已知欄位為 作者/Author(s)、網站來源/Source、日期/Date、關鍵字/Keywords。`;
    case "invalid-date":
      return d.reason === "impossible"
        ? `「${d.text}」不是實際存在的日期；請寫成 MM/DD/YYYY，例如 10/24/2025。`
        : `無法讀取日期「${d.text}」；請寫成 MM/DD/YYYY，例如 10/24/2025。`;
    case "ambiguous-date":
      return `「${d.text}」可解讀為 ${d.chosen} 或 ${d.other}，已依${d.order === "mdy" ? "月份在前" : "日在前"}讀為 ${d.chosen}。請寫成 ${d.chosen} 以免混淆，或設定 dateOrder 選項。`;
    case "missing-summary":
      return `摘要檔沒有摘要內容；請在標頭之後加入「摘要:」與「Summary:」兩段。`;
    case "missing-language": {
      const missing: Family = d.present === "zh" ? "en" : "zh";
      return `只有${LANGUAGE_ZH[d.present]}摘要，缺少${LANGUAGE_ZH[missing]}摘要；請加入「${HEADING_FOR[missing]}」一段。`;
    }
    case "missing-heading":
      return `這段${LANGUAGE_ZH[d.written]}摘要沒有標題；請在前一行加入「${HEADING_FOR[d.written]}」。`;
    case "language-mismatch":
      return `標題「${d.heading}」表示${LANGUAGE_ZH[d.named]}，但內容是${LANGUAGE_ZH[d.written]}；請修正標題，或把內容移到正確的標題下。`;
    case "empty-summary":
      return `「${d.heading}」段落是空的；請寫入導言與重點，或刪除這個標題。`;
    case "orphan-subpoint":
      return `子項目 ${d.ordinal} 前面沒有「•」重點，已當作重點保留；請補上所屬的重點，或改為項目符號。`;
    case "numbering-gap":
      return `子項目編號為 ${d.found}，應為 ${d.expected}；請改為 ${d.expected}。`;
    case "outline-mismatch": {
      const other: Family = d.here === "zh" ? "en" : "zh";
      if (d.what === "points") {
        return `${LANGUAGE_ZH[d.here]}摘要有 ${d.count} 個重點，${LANGUAGE_ZH[other]}摘要（第 ${d.otherLine} 行）有 ${d.otherCount} 個；兩種語言的大綱應逐點對應。`;
      }
      return `第 ${d.point} 個重點在${LANGUAGE_ZH[d.here]}有 ${d.count} 個子項目，在${LANGUAGE_ZH[other]}（第 ${d.otherLine} 行）有 ${d.otherCount} 個；請讓兩者的子項目一致。`;
    }
    case "unbalanced-bracket":
      return d.kind === "unclosed"
        ? `「${d.bracket}」沒有對應的「${d.counterpart}」；請在結尾處補上（內容依原文保留）。`
        : `「${d.bracket}」前面沒有對應的「${d.counterpart}」；請補上或刪除（內容依原文保留）。`;
    case "multiple-briefs":
      return `這裡開始第二篇摘要（輸入共有 ${d.count} 篇）；parseBrief 只讀取第一篇，請用 parseBriefs 讀取彙整檔。`;
  }
}

/** The message for a diagnostic: the line it concerns, what is wrong, and how to fix it. */
export function messageFor(detail: DiagnosticDetail, line: number | null, locale: Locale = "en"): string {
  if (locale === "zh-Hant") return (line === null ? "" : `第 ${line} 行：`) + chinese(detail);
  const text = english(detail);
  return line === null ? text.charAt(0).toUpperCase() + text.slice(1) : `Line ${line}: ${text}`;
}

export interface DiagnosticOptions {
  severities?: SeverityOverrides;
  locale?: Locale;
}

/** Collects a parse's diagnostics, resolving severities and dropping codes the user turned off. */
export class DiagnosticList {
  readonly items: Diagnostic[] = [];
  constructor(private readonly options: DiagnosticOptions = {}) {}

  report(detail: DiagnosticDetail, position: Position | null): void {
    const severity = severityOf(detail.code, this.options.severities);
    if (severity === "off") return;
    const message = messageFor(detail, position ? position.start.line : null, this.options.locale);
    this.items.push({ severity, code: detail.code, message, position });
  }
}
