import type { TemplateResult } from "lit";
import { html } from "./html.js";
import type { DisplayLanguage } from "./language.js";
import { STRINGS, type UIStrings, type UILanguage } from "./strings.js";

/** The elements' own words for one display language; in `both`, Chinese then English. */
export interface UIText {
  /** The `lang` of the elements' own words, undefined when they are bilingual. */
  readonly lang: UILanguage | undefined;
  /** Visible text, each language marked with its `lang` when bilingual. */
  readonly text: (pick: (strings: UIStrings) => string) => string | TemplateResult;
  /** Plain text for attributes such as `aria-label`. */
  readonly label: (pick: (strings: UIStrings) => string) => string;
}

export function uiText(display: DisplayLanguage): UIText {
  if (display !== "both") {
    const lang: UILanguage = display === "zh" ? "zh-Hant" : "en";
    const strings = STRINGS[lang];
    return { lang, text: (pick) => pick(strings), label: (pick) => pick(strings) };
  }
  const zh = STRINGS["zh-Hant"];
  const en = STRINGS.en;
  return {
    lang: undefined,
    text: (pick) => html`<span lang="zh-Hant">${pick(zh)}</span> <span lang="en">${pick(en)}</span>`,
    label: (pick) => `${pick(zh)} ${pick(en)}`,
  };
}
