import type { ThemeSetting } from "../internal/brief-element.js";
import type { DisplayLanguage, LanguageSetting } from "../internal/language.js";

/** What every element takes: its attributes, and what the server needs to know of the page. */
export interface RenderOptions {
  /** The `language` attribute; absent means `auto`. */
  readonly language?: LanguageSetting;
  /**
   * The language of the page where the element goes (its `<html lang>` or the nearest `lang`),
   * which `auto` follows in the browser: the server renders in the language the browser will, so
   * nothing changes when the element upgrades. Default `en`.
   */
  readonly lang?: string;
  /** The `theme` attribute. */
  readonly theme?: ThemeSetting;
  /**
   * Put on each shadow root's `<style>`, for a page whose Content-Security-Policy allows inline
   * styles only with this nonce (`style-src 'nonce-…'`). Once the elements upgrade, their styles are
   * adopted stylesheets, which `style-src 'self'` allows.
   */
  readonly nonce?: string;
}

export interface CardRenderOptions extends RenderOptions {
  /** The `href` attribute: a page for the full brief. Only http(s) URLs are linked. */
  readonly href?: string;
  /** The page's URL, against which a relative `href` resolves, as it does in the browser. */
  readonly baseURL?: string;
}

/** The language the element shows, resolving `auto` from the page's language as the browser does. */
export function displayLanguage(options: RenderOptions): DisplayLanguage {
  const { language, lang = "en" } = options;
  if (language === "zh" || language === "en" || language === "both") return language;
  return /^zh\b/i.test(lang) ? "zh" : "en";
}
