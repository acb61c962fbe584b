import type { BriefLoadError, BriefLoadFailure } from "./load-error.js";

/** The languages the elements' own words (labels, states, messages) exist in. */
export type UILanguage = "zh-Hant" | "en";

/** Where the Chinese and English outlines first differ in shape. */
export type OutlineMismatch =
  | { readonly kind: "points"; readonly zh: number; readonly en: number }
  | { readonly kind: "subpoints"; readonly point: number; readonly zh: number; readonly en: number };

export interface UIStrings {
  /** Title of a card whose brief names no source. */
  readonly brief: string;
  /** Heading of a summary that had none in the text. */
  readonly summary: string;
  readonly keywords: string;
  readonly showOutline: string;
  readonly hideOutline: string;
  readonly points: (count: number) => string;
  readonly loading: string;
  readonly empty: string;
  readonly retry: string;
  readonly onlyChinese: string;
  readonly onlyEnglish: string;
  readonly mismatch: (mismatch: OutlineMismatch) => string;
  readonly failure: (error: BriefLoadError) => string;
}

const zhFailures: Record<BriefLoadFailure, (error: BriefLoadError) => string> = {
  "invalid-url": () => "摘要網址必須是 http 或 https 開頭。",
  http: (error) => `無法載入摘要（HTTP ${error.status ?? "錯誤"}）。`,
  network: () => "無法載入摘要：網路連線失敗。",
  timeout: () => "載入摘要逾時。",
  "too-large": () => "摘要檔案過大，無法顯示。",
  "not-a-brief": () => "這個內容不是摘要。",
  "invalid-json": () => "無法讀取摘要的 JSON。",
  "invalid-brief": () => "摘要資料的格式不正確。",
  unreadable: () => "無法讀取這份摘要。",
};

const enFailures: Record<BriefLoadFailure, (error: BriefLoadError) => string> = {
  "invalid-url": () => "The brief’s address must start with http or https.",
  http: (error) => `The brief could not be loaded (HTTP ${error.status ?? "error"}).`,
  network: () => "The brief could not be loaded: the network request failed.",
  timeout: () => "The brief took too long to load.",
  "too-large": () => "The brief is too large to show.",
  "not-a-brief": () => "This content is not a brief.",
  "invalid-json": () => "The brief’s JSON could not be read.",
  "invalid-brief": () => "The brief’s data is not in the expected shape.",
  unreadable: () => "The brief could not be read.",
};

export const STRINGS: Readonly<Record<UILanguage, UIStrings>> = {
  "zh-Hant": {
    brief: "摘要",
    summary: "摘要",
    keywords: "關鍵字",
    showOutline: "顯示大綱",
    hideOutline: "隱藏大綱",
    points: (count) => `${count} 個要點`,
    loading: "摘要載入中…",
    empty: "沒有可顯示的摘要。",
    retry: "重試",
    onlyChinese: "這份摘要沒有英文版，以下為中文。",
    onlyEnglish: "這份摘要沒有中文版，以下為英文。",
    mismatch: (m) =>
      m.kind === "points"
        ? `中英文大綱無法逐點對齊：中文 ${m.zh} 點，英文 ${m.en} 點。`
        : `中英文大綱無法逐點對齊：第 ${m.point} 點的子項目中文有 ${m.zh} 項，英文有 ${m.en} 項。`,
    failure: (error) => zhFailures[error.reason](error),
  },
  en: {
    brief: "Brief",
    summary: "Summary",
    keywords: "Keywords",
    showOutline: "Show outline",
    hideOutline: "Hide outline",
    points: (count) => (count === 1 ? "1 point" : `${count} points`),
    loading: "Loading the brief…",
    empty: "No brief to show.",
    retry: "Retry",
    onlyChinese: "This brief has no English summary; showing the Chinese one.",
    onlyEnglish: "This brief has no Chinese summary; showing the English one.",
    mismatch: (m) =>
      m.kind === "points"
        ? `The Chinese and English outlines do not align point for point: ${m.zh} points in Chinese, ${m.en} in English.`
        : `The Chinese and English outlines do not align point for point: point ${m.point} has ${m.zh} sub-points in Chinese and ${m.en} in English.`,
    failure: (error) => enFailures[error.reason](error),
  },
};
