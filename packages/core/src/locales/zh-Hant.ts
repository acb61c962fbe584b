/**
 * Diagnostic messages in Traditional Chinese. An entry point of its own (`@briefkit/core/locales/zh-Hant`)
 * so that only the parses that ask for it carry it: `parseBrief(text, { locale: zhHant })`.
 */
import type { DiagnosticDetail, Dialect, Family, Locale, OutsideKind } from "../diagnostics.js";
import type { RequiredFieldKey } from "../vocabulary.js";
import { EXAMPLE_FIELDS, HEADING_FOR, other } from "./en.js";

const LANGUAGE: Readonly<Record<Family, string>> = { zh: "中文", en: "英文" };
const FIELD_NAME: Readonly<Record<RequiredFieldKey, string>> = {
  authors: "作者",
  source: "網站來源",
  date: "日期",
  keywords: "關鍵字",
};
const DIALECT: Readonly<Record<Dialect, string>> = {
  markdown: "Markdown",
  org: "Org",
  rst: "reStructuredText",
};
const OUTSIDE: Readonly<Record<OutsideKind, string>> = {
  before: "摘要之前的文字",
  after: "摘要之後的文字",
  attribution: "電子郵件的引述行",
  forward: "轉寄郵件的分隔行",
  "mail-headers": "轉寄郵件的信頭",
  signature: "電子郵件簽名檔",
  reply: "引述摘要以外的回覆內容",
};
const hex = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;

function text(d: DiagnosticDetail): string {
  switch (d.code) {
    case "unreadable-input":
      return d.reason === "empty"
        ? "輸入沒有任何文字；摘要檔需要標頭欄位與摘要。"
        : "輸入不是文字（多為控制字元或無法解碼的位元組）；請確認這是摘要檔以及它的編碼。";
    case "encoding":
      return d.reason === "unknown"
        ? `無法使用「${d.requested}」編碼解碼，已改以 ${d.encoding} 讀取。請使用 utf-8、utf-16le、utf-16be、big5、gbk 或 gb18030。`
        : d.reason === "forced"
          ? `依指定以 ${d.encoding} 解碼輸入。`
          : `輸入不是 UTF-8，已以 ${d.encoding} 讀取。請另存為 UTF-8，讓各種工具讀到相同內容。`;
    case "missing-field":
      return `摘要缺少「${FIELD_NAME[d.key]}」欄位；請在標頭加入一行，例如「${EXAMPLE_FIELDS[d.key]}」。`;
    case "empty-field":
      return `「${d.label}」沒有內容；請在冒號後填寫，或刪除這一行。`;
    case "duplicate-field":
      return `「${d.label}」與第 ${d.firstLine} 行的欄位重複；只採用第一個，請合併兩者或刪除這一行。`;
    case "unknown-field":
      return `「${d.label}」不是已知欄位，已以 key 為 null 保留在 fields 中。已知欄位為 作者/Author(s)、網站來源/Source、日期/Date、關鍵字/Keywords。`;
    case "invalid-date":
      return d.reason === "impossible"
        ? `「${d.text}」不是實際存在的日期；請寫成 ${d.form}，例如 ${d.example}。`
        : `無法讀取日期「${d.text}」；請寫成 ${d.form}，例如 ${d.example}。`;
    case "ambiguous-date":
      if ("weekday" in d) {
        return `「${d.text}」寫的是${d.weekday}，但 ${d.chosen} 不是那一天；已讀為 ${d.chosen}。請更正日期或星期。`;
      }
      return `「${d.text}」可解讀為 ${d.chosen} 或 ${d.other}，已依${d.order === "mdy" ? "月份" : "日"}在前讀為 ${d.chosen}。請寫成 ${d.chosen} 以免混淆，或設定 dateOrder 選項。`;
    case "missing-summary":
      return `摘要檔沒有摘要內容；請在標頭之後加入「摘要:」與「Summary:」兩段。`;
    case "missing-language":
      return `只有${LANGUAGE[d.present]}摘要，缺少${LANGUAGE[other(d.present)]}摘要；請加入「${HEADING_FOR[other(d.present)]}」一段。`;
    case "missing-heading":
      return `這段${LANGUAGE[d.written]}摘要沒有標題；請在前一行加入「${HEADING_FOR[d.written]}」。`;
    case "language-mismatch":
      return `標題「${d.heading}」表示${LANGUAGE[d.named]}，但內容是${LANGUAGE[d.written]}；請修正標題，或把內容移到正確的標題下。`;
    case "empty-summary":
      return `「${d.heading}」段落是空的；請寫入導言與重點，或刪除這個標題。`;
    case "orphan-subpoint":
      return `子項目 ${d.ordinal} 前面沒有「•」重點，已當作重點保留；請補上所屬的重點，或改為項目符號。`;
    case "numbering-gap":
      return `子項目編號為 ${d.found}，應為 ${d.expected}；請改為 ${d.expected}。`;
    case "outline-mismatch":
      return d.what === "points"
        ? `${LANGUAGE[d.here]}摘要有 ${d.count} 個重點，${LANGUAGE[other(d.here)]}摘要（第 ${d.otherLine} 行）有 ${d.otherCount} 個；兩種語言的大綱應逐點對應。`
        : `第 ${d.point} 個重點在${LANGUAGE[d.here]}有 ${d.count} 個子項目，在${LANGUAGE[other(d.here)]}（第 ${d.otherLine} 行）有 ${d.otherCount} 個；請讓兩者的子項目一致。`;
    case "unbalanced-bracket":
      return d.kind === "unclosed"
        ? `「${d.bracket}」沒有對應的「${d.counterpart}」；請在結尾處補上（內容依原文保留）。`
        : `「${d.bracket}」前面沒有對應的「${d.counterpart}」；請補上或刪除（內容依原文保留）。`;
    case "multiple-briefs":
      return `這裡開始第二篇摘要（輸入共有 ${d.count} 篇）；parseBrief 只讀取第一篇，請用 parseBriefs 讀取彙整檔。`;
    case "missing-colon":
      return `「${d.label}」後面沒有冒號，已當作該欄位讀取；請在內容前寫上「${d.label}:」。`;
    case "missing-markers":
      return `這 ${d.count} 行沒有項目符號（從網頁、Word 或 PDF 複製時遺失），已各自當作一個重點讀取，無法分辨子項目${d.wrapped ? "；其中有些行可能是同一重點斷行" : ""}。請在每個重點前加「•」，子項目前加「1.」。`;
    case "empty-point":
      return `這個${d.level === "point" ? "重點" : "子項目"}沒有文字；請在符號後填寫，或刪除這一行。`;
    case "control-character":
      return `文字中有控制字元 ${hex(d.char)}，網頁與多數工具都無法顯示；已依原文保留，請刪除它。`;
    case "outside-brief":
      return `已略過${OUTSIDE[d.what]}（${d.count} 行），不列入摘要。`;
    case "markup":
      return `這份摘要以 ${DIALECT[d.dialect]} 撰寫；已讀取其標記（標題、粗體、項目符號、跳脫字元），不列入文字。`;
    case "invalid-url":
      return `「${d.value}」不是網址；請寫上原文的完整網址，以 https:// 開頭（內容依原文保留）。`;
    case "invalid-bytes":
      return d.reason === "mended"
        ? `換行把一個 UTF-8 字元切成兩半；已將前後 ${d.count} 個位元組接回原字元。`
        : `這裡有 ${d.count} 個位元組不是有效的 UTF-8，已以 U+FFFD 取代；檔案其餘部分以 UTF-8 讀取。請檢查檔案來源。`;
  }
}

/** Traditional Chinese messages: `parseBrief(text, { locale: zhHant })`. */
export const zhHant: Locale = {
  lang: "zh-Hant",
  message: (detail, line) => (line === null ? "" : `第 ${line} 行：`) + text(detail),
};
