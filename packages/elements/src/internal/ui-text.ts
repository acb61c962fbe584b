import type { TemplateResult } from "lit";
import { html } from "./html.js";
import type { DisplayLanguage } from "./language.js";
import type { UIStrings, UILanguage } from "./strings.js";

/** An element's own words for one display language; in `both`, Chinese then English. */
export interface UIText<S = UIStrings> {
  /** The `lang` of the element's own words, undefined when they are bilingual. */
  readonly lang: UILanguage | undefined;
  /** Visible text, each language marked with its `lang` when bilingual. */
  readonly text: (pick: (strings: S) => string) => string | TemplateResult;
  /** Plain text for attributes such as `aria-label`. */
  readonly label: (pick: (strings: S) => string) => string;
}

/** The words of `table` (the cards' `STRINGS`, the digest's own) for `display`. */
export function uiText<S>(table: Readonly<Record<UILanguage, S>>, display: DisplayLanguage): UIText<S> {
  if (display !== "both") {
    const lang: UILanguage = display === "zh" ? "zh-Hant" : "en";
    const strings = table[lang];
    return { lang, text: (pick) => pick(strings), label: (pick) => pick(strings) };
  }
  const zh = table["zh-Hant"];
  const en = table.en;
  return {
    lang: undefined,
    text: (pick) => html`<span lang="zh-Hant">${pick(zh)}</span> <span lang="en">${pick(en)}</span>`,
    label: (pick) => `${pick(zh)} ${pick(en)}`,
  };
}
