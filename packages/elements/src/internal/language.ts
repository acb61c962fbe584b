import type { Brief, Summary } from "@briefkit/core";

/** The `language` attribute: `auto` follows the page, `both` shows Chinese and English side by side. */
export type LanguageSetting = "auto" | "zh" | "en" | "both";

export type DisplayLanguage = "zh" | "en" | "both";

/**
 * What `setting` means for `host`: `auto` (or anything unknown) is the nearest `lang` attribute
 * (across shadow roots), then the document's, then the browser's.
 */
export function resolveLanguage(host: Element, setting: string | null | undefined): DisplayLanguage {
  if (setting === "zh" || setting === "en" || setting === "both") return setting;
  return /^zh\b/i.test(contextLanguage(host)) ? "zh" : "en";
}

/** Whether `setting` takes the language from the page (`auto`, or anything unknown). */
export function followsPage(setting: string | null | undefined): boolean {
  return setting !== "zh" && setting !== "en" && setting !== "both";
}

function contextLanguage(host: Element): string {
  // Reading `lang` can throw in odd documents (relative-time-element saw it); fall through instead.
  try {
    let node: Element | null = host;
    while (node) {
      const declared = node.closest('[lang]:not([lang=""])')?.getAttribute("lang");
      if (declared) return declared;
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
  } catch {
    // fall through
  }
  try {
    if (document.documentElement.lang) return document.documentElement.lang;
  } catch {
    // fall through
  }
  return globalThis.navigator?.languages?.[0] ?? globalThis.navigator?.language ?? "en";
}

/** The brief's summary in `language`, Simplified Chinese counting as Chinese. */
export function findSummary(brief: Brief, language: "zh" | "en"): Summary | undefined {
  return brief.summaries.find((summary) => (language === "en") === (summary.lang === "en"));
}

const HAN = /\p{Script=Han}/u;

/**
 * The language of a header value (a source, an author, a keyword), which the data does not record:
 * Chinese when it holds Han characters, else English, the two languages a brief is written in.
 */
export function textLanguage(text: string, chinese: Summary["lang"] = "zh-Hant"): Summary["lang"] {
  return HAN.test(text) ? chinese : "en";
}
