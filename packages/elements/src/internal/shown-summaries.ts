import type { Brief, Summary } from "@briefkit/core";
import { findSummary, type DisplayLanguage } from "./language.js";

export interface ShownSummaries {
  /** The summaries to show, Chinese first. */
  readonly summaries: readonly Summary[];
  /** Chinese and English, when `both` is asked for and the brief has both. */
  readonly pair: readonly [Summary, Summary] | null;
  /** Which notice to show when the brief lacks the language asked for. */
  readonly missing: "onlyChinese" | "onlyEnglish" | null;
}

/** The summaries a display language shows, falling back to the other language when one is missing. */
export function shownSummaries(brief: Brief, display: DisplayLanguage): ShownSummaries {
  const zh = findSummary(brief, "zh");
  const en = findSummary(brief, "en");
  if (zh && en) {
    if (display === "both") return { summaries: [zh, en], pair: [zh, en], missing: null };
    return { summaries: [display === "zh" ? zh : en], pair: null, missing: null };
  }
  if (zh) return { summaries: [zh], pair: null, missing: display === "zh" ? null : "onlyChinese" };
  if (en) return { summaries: [en], pair: null, missing: display === "en" ? null : "onlyEnglish" };
  return { summaries: [], pair: null, missing: null };
}
