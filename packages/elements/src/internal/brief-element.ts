import type { Brief, ParseResult } from "@briefkit/core";
import { nothing, type PropertyValues, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { ifDefined } from "lit/directives/if-defined.js";
import { BriefLoader, type LoadState } from "./brief-loader.js";
import { html } from "./html.js";
import { resolveLanguage, type DisplayLanguage } from "./language.js";
import { loadStatus } from "./load-status.js";
import type { OutlineOptions } from "./outline-template.js";
import { briefReader } from "./read-brief.js";
import { SourceElement } from "./source-element.js";
import { STRINGS } from "./strings.js";
import { uiText, type UIText } from "./ui-text.js";

export type { ThemeSetting } from "./source-element.js";

const SKELETON_LINE = html`<span></span>`;

/** The loading placeholder's bars: one shared template result, repeated. */
const skeletonLines = (count: number) => Array.from({ length: count }, () => SKELETON_LINE);

/**
 * What `<brief-card>` and `<brief-outline>` share besides the inputs of every element: the `brief`
 * property, the loader of one brief, and the loading, error and empty states. Subclasses render a
 * ready brief.
 */
export abstract class BriefElement extends SourceElement {
  /**
   * The brief to show, as `parseBrief` returns it or as JSON. Validated against `BriefSchema`;
   * takes precedence over `src` and the text content. Set a new object to re-render.
   */
  @property({ attribute: false })
  brief: Brief | null = null;

  /** Indexes of folded points, shared by both languages so a pair folds together. */
  @state()
  protected collapsed: ReadonlySet<number> = new Set();

  protected readonly loader = new BriefLoader<ParseResult, BriefElement>(this, briefReader);

  /** The brief, once there is one, in the display language. */
  protected abstract renderBrief(brief: Brief, display: DisplayLanguage, ui: UIText): TemplateResult;

  /** Approximate lines of the loading placeholder. */
  protected placeholderLines = 6;

  override render(): TemplateResult {
    const display = resolveLanguage(this, this.language);
    const ui = uiText(STRINGS, display);
    const state = this.loader.state;
    const status = loadStatus(state, ui, this.#retry);
    return html`<div class="status" role="status" lang=${ifDefined(ui.lang)}>${status}</div>
      ${state.status === "ready" ? this.renderBrief(state.result.brief, display, ui) : this.#placeholder(state, ui)}`;
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

  #placeholder(state: LoadState<ParseResult>, ui: UIText): TemplateResult | typeof nothing {
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
