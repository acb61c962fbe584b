import { LitElement } from "lit";
import { property } from "lit/decorators.js";
import type { LanguageSetting } from "./language.js";
import { followPageLanguage } from "./page-language.js";
import { VERSION } from "./version.js";

/** The `theme` attribute: absent or `auto` follows `prefers-color-scheme`. */
export type ThemeSetting = "auto" | "light" | "dark";

/**
 * What every element shares, whatever it shows: the inputs besides the one naming its content
 * (`src`, `language`, `theme`, the fetch's limits), following the page's language, and taking
 * over a server-rendered shadow root.
 */
export abstract class SourceElement extends LitElement {
  /** Compared by `define()` when another copy of the elements already holds the tag. */
  static readonly version: string = VERSION;

  /** URL of a brief or a digest: its `.txt` text or its JSON. Only http(s) URLs are fetched. */
  @property()
  src: string | null = null;

  /**
   * `auto` (the nearest `lang`, then the document's, then the browser's), `zh`, `en`, or `both`
   * (Chinese and English side by side).
   */
  @property()
  language: LanguageSetting = "auto";

  /** `light` or `dark` forces a colour scheme; absent or `auto` follows the reader's preference. */
  @property({ reflect: true })
  theme: ThemeSetting | undefined = undefined;

  /** Milliseconds to wait for `src` before showing an error. */
  @property({ type: Number })
  timeout = 10_000;

  /** Largest `src` response read, in bytes (default 1 MiB). */
  @property({ type: Number, attribute: "max-bytes" })
  maxBytes = 1_048_576;

  constructor() {
    super();
    followPageLanguage(this);
  }

  /**
   * A server-rendered page (`@briefkit/elements/ssr`) gives the element a declarative shadow root.
   * Lit renders into an existing root in front of what it holds, which would show the content
   * twice: empty it first, as `attachShadow()` would, and the first render replaces the server's
   * HTML in the same task, before anything is painted.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }
}
