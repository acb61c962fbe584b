import type { Brief } from "@briefkit/core";
import { LitElement, nothing, type PropertyValues, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { ifDefined } from "lit/directives/if-defined.js";
import { BriefLoader, type LoadState } from "./brief-loader.js";
import { html } from "./html.js";
import { resolveLanguage, type DisplayLanguage, type LanguageSetting } from "./language.js";
import { followPageLanguage } from "./page-language.js";
import type { OutlineOptions } from "./outline-template.js";
import { uiText, type UIText } from "./ui-text.js";
import { VERSION } from "./version.js";

const SKELETON_LINE = html`<span></span>`;

/** The loading placeholder's bars: one shared template result, repeated. */
const skeletonLines = (count: number) => Array.from({ length: count }, () => SKELETON_LINE);

/** The `theme` attribute: absent or `auto` follows `prefers-color-scheme`. */
export type ThemeSetting = "auto" | "light" | "dark";

/**
 * What `<brief-card>` and `<brief-outline>` share: the inputs (`brief`, `src`, text content,
 * `language`, `theme`), the loader, and the loading, error and empty states. Subclasses render a
 * ready brief.
 */
export abstract class BriefElement extends LitElement {
  /** Compared by `define()` when another copy of the elements already holds the tag. */
  static readonly version: string = VERSION;

  /**
   * The brief to show, as `parseBrief` returns it or as JSON. Validated against `BriefSchema`;
   * takes precedence over `src` and the text content. Set a new object to re-render.
   */
  @property({ attribute: false })
  brief: Brief | null = null;

  /** URL of a brief: a `.txt` brief or its JSON. Only http(s) URLs are fetched. */
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

  /** Indexes of folded points, shared by both languages so a pair folds together. */
  @state()
  protected collapsed: ReadonlySet<number> = new Set();

  protected readonly loader = new BriefLoader(this);

  constructor() {
    super();
    followPageLanguage(this);
  }

  /** The brief, once there is one, in the display language. */
  protected abstract renderBrief(brief: Brief, display: DisplayLanguage, ui: UIText): TemplateResult;

  /** Approximate lines of the loading placeholder. */
  protected placeholderLines = 6;

  /**
   * A server-rendered page (`@briefkit/elements/ssr`) gives the element a declarative shadow root.
   * Lit renders into an existing root in front of what it holds, which would show the brief twice:
   * empty it first, as `attachShadow()` would, and the first render replaces the server's HTML in
   * the same task, before anything is painted.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  override render(): TemplateResult {
    const display = resolveLanguage(this, this.language);
    const ui = uiText(display);
    const state = this.loader.state;
    return html`<div class="status" role="status" lang=${ifDefined(ui.lang)}>${this.#status(state, ui)}</div>
      ${state.status === "ready" ? this.renderBrief(state.brief, display, ui) : this.#placeholder(state, ui)}`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Row counts go through the CSSOM: a style attribute or binding would break under a strict CSP.
    for (const grid of this.renderRoot.querySelectorAll<HTMLElement>("[data-rows]")) {
      grid.style.setProperty("--brief-rows", grid.dataset["rows"] ?? "1");
    }
  }

  protected outlineOptions(level: 2 | 3, lead: boolean, ui: UIText): OutlineOptions {
    return { level, lead, ui, collapsed: this.collapsed, onToggle: this.#togglePoint };
  }

  #retry = (): void => this.loader.retry();

  #togglePoint = (point: number, open: boolean): void => {
    if (open !== this.collapsed.has(point)) return;
    const collapsed = new Set(this.collapsed);
    if (open) collapsed.delete(point);
    else collapsed.add(point);
    this.collapsed = collapsed;
  };

  #status(state: LoadState, ui: UIText): TemplateResult | typeof nothing {
    if (state.status === "loading")
      return html`<span class="visually-hidden">${ui.text((s) => s.loading)}</span>`;
    if (state.status !== "error") return nothing;
    return html`<div part="error" class="error">
      <p>${ui.text((s) => s.failure(state.error))}</p>
      ${
        state.retryable
          ? html`<button type="button" part="retry-button" class="retry" @click=${this.#retry}>
              ${ui.text((s) => s.retry)}
            </button>`
          : nothing
      }
    </div>`;
  }

  #placeholder(state: LoadState, ui: UIText): TemplateResult | typeof nothing {
    if (state.status === "loading") {
      return html`<div part="loading" class="skeleton" aria-hidden="true">
        ${skeletonLines(this.placeholderLines)}
      </div>`;
    }
    if (state.status === "empty") {
      return html`<p part="empty" class="empty" lang=${ifDefined(ui.lang)}>${ui.text((s) => s.empty)}</p>`;
    }
    return nothing;
  }
}
