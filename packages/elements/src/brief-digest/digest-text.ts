import type { TemplateResult } from "lit";
import { html } from "../internal/html.js";
import type { DisplayLanguage } from "../internal/language.js";
import type { UILanguage } from "../internal/strings.js";
import { DIGEST_STRINGS, type DigestStrings } from "./digest-strings.js";

/** The digest's words for one display language; in `both`, Chinese then English (as ui-text.ts). */
export interface DigestText {
  /** The `lang` of the digest's own words, undefined when they are bilingual. */
  readonly lang: UILanguage | undefined;
  /** Visible text, each language marked with its `lang` when bilingual. */
  readonly text: (pick: (strings: DigestStrings) => string) => string | TemplateResult;
  /** Plain text for attributes such as `aria-label`. */
  readonly label: (pick: (strings: DigestStrings) => string) => string;
}

export function digestText(display: DisplayLanguage): DigestText {
  if (display !== "both") {
    const lang: UILanguage = display === "zh" ? "zh-Hant" : "en";
    const strings = DIGEST_STRINGS[lang];
    return { lang, text: (pick) => pick(strings), label: (pick) => pick(strings) };
  }
  const zh = DIGEST_STRINGS["zh-Hant"];
  const en = DIGEST_STRINGS.en;
  return {
    lang: undefined,
    text: (pick) => html`<span lang="zh-Hant">${pick(zh)}</span> <span lang="en">${pick(en)}</span>`,
    label: (pick) => `${pick(zh)} ${pick(en)}`,
  };
}
