import type { BriefLoadError } from "../internal/load-error.js";
import { STRINGS, type UILanguage } from "../internal/strings.js";

/** How many briefs the digest shows; `filtered` when a search or a chip narrows them. */
export interface DigestCount {
  readonly shown: number;
  readonly total: number;
  readonly filtered: boolean;
}

/** The digest's own words. Failures and retry are the card's. */
export interface DigestStrings {
  readonly search: string;
  readonly keywords: string;
  readonly list: string;
  readonly count: (count: DigestCount) => string;
  readonly noMatch: string;
  readonly clear: string;
  readonly loading: string;
  readonly empty: string;
  readonly retry: string;
  readonly failure: (error: BriefLoadError) => string;
}

export const DIGEST_STRINGS: Readonly<Record<UILanguage, DigestStrings>> = {
  "zh-Hant": {
    search: "搜尋摘要",
    keywords: "依關鍵字篩選",
    list: "摘要列表",
    count: ({ shown, total, filtered }) => (filtered ? `${total} 則中的 ${shown} 則` : `共 ${total} 則`),
    noMatch: "沒有符合條件的摘要。",
    clear: "清除篩選",
    loading: "摘要彙整載入中…",
    empty: "沒有可顯示的摘要。",
    retry: STRINGS["zh-Hant"].retry,
    failure: STRINGS["zh-Hant"].failure,
  },
  en: {
    search: "Search the briefs",
    keywords: "Filter by keyword",
    list: "Briefs",
    count: ({ shown, total, filtered }) => {
      const briefs = total === 1 ? "brief" : "briefs";
      return filtered ? `${shown} of ${total} ${briefs}` : `${total} ${briefs}`;
    },
    noMatch: "No brief matches.",
    clear: "Clear the filter",
    loading: "Loading the digest…",
    empty: "No briefs to show.",
    retry: STRINGS.en.retry,
    failure: STRINGS.en.failure,
  },
};
