import type { Brief } from "@briefkit/core";
import type { PropertyValues, TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { ifDefined } from "lit/directives/if-defined.js";
import { defineElement } from "../internal/define-element.js";
import { html } from "../internal/html.js";
import { resolveLanguage, type DisplayLanguage } from "../internal/language.js";
import { loadStatus } from "../internal/load-status.js";
import { BriefLoader } from "../internal/brief-loader.js";
import { sharedStyles } from "../internal/shared.styles.js";
import { SourceElement } from "../internal/source-element.js";
import { uiText, type UIText } from "../internal/ui-text.js";
import { digestStyles } from "./brief-digest.styles.js";
import { BriefFilterEvent, type BriefFilterDetail } from "./digest-events.js";
import { DIGEST_STRINGS, type DigestStrings } from "./digest-strings.js";
import { digestTemplate, digestView, filterOf, placeholderTemplate, type DigestView } from "./digest-view.js";
import { digestReader, type DigestResult } from "./read-digest.js";

/**
 * A digest of briefs (a week's, say) as a list of `<brief-card>`s, newest first, with a search box
 * that filters as the reader types (source, authors, keywords, leads and points; case and full-width
 * forms ignored), keyword chips that filter too, and a count of the briefs shown. The briefs come
 * from the `briefs` property, the `src` attribute (a digest's text, or a JSON array of briefs), or
 * the element's own text content (a digest, briefs divided by `=====` or `---` lines), in that order.
 * Register `<brief-card>` too: the digest renders its briefs with it, and the cards follow its
 * `language` and `theme`.
 *
 * @tagname brief-digest
 * @summary A searchable, filterable list of bilingual brief cards, newest first.
 *
 * @fires {BriefDigestLoadEvent} brief-load - The briefs were loaded from `src` or the text content; `detail` holds `briefs` and `diagnostics`.
 * @fires {BriefErrorEvent} brief-error - The briefs could not be loaded or read; `detail.error` is a `BriefLoadError`.
 * @fires {BriefFilterEvent} brief-filter - The reader changed the filter; `detail` holds `query`, `keywords`, `shown` and `total`.
 *
 * @csspart digest - Everything shown once the briefs are loaded.
 * @csspart toolbar - The search box and the keyword chips.
 * @csspart search-label - The search box's label.
 * @csspart search - The search box, an `<input type="search">`.
 * @csspart keywords - The group of keyword chips.
 * @csspart keyword - One keyword chip, a toggle button.
 * @csspart pressed-keyword - A keyword chip that is pressed (also `keyword`).
 * @csspart count - How many briefs are shown, announced as it changes.
 * @csspart no-match - The message shown when nothing matches, with its clear button.
 * @csspart clear - The button that clears the search and the chips.
 * @csspart list - The list of briefs.
 * @csspart item - One brief's list item.
 * @csspart card - One brief's `<brief-card>` (style its insides with the `--brief-*` properties).
 * @csspart error - The error message and its retry button.
 * @csspart retry-button - The button that loads `src` again.
 * @csspart loading - The placeholder shown while `src` loads.
 * @csspart empty - The message shown when there are no briefs.
 *
 * @cssprop --brief-font-latin - Font families for Latin text.
 * @cssprop --brief-font-cjk - Font families for Chinese text.
 * @cssprop --brief-font-size - Base font size (default `1rem`).
 * @cssprop --brief-color-background - Background of the digest, its cards and the search box.
 * @cssprop --brief-color-text - Text colour.
 * @cssprop --brief-color-muted - Secondary text (label, count) and the search box's border.
 * @cssprop --brief-color-accent - Buttons and pressed chips.
 * @cssprop --brief-color-focus - Focus ring (default: the accent).
 * @cssprop --brief-color-border - Card border and the empty states' dashed border.
 * @cssprop --brief-color-rule - Rules inside the cards.
 * @cssprop --brief-color-chip - Keyword chip background.
 * @cssprop --brief-color-chip-text - Keyword chip text.
 * @cssprop --brief-color-error - Error text and border.
 * @cssprop --brief-color-error-background - Error background.
 * @cssprop --brief-color-notice - Notice text (in the cards).
 * @cssprop --brief-color-notice-background - Notice background (in the cards).
 * @cssprop --brief-color-skeleton - Loading placeholder bars.
 * @cssprop --brief-shadow - Card shadow.
 * @cssprop --brief-radius - Corner radius (default `0.75rem`).
 * @cssprop --brief-space - Base spacing (default `1rem`).
 * @cssprop --brief-placeholder-height - Height held while loading (default `16rem`).
 */
export class BriefDigest extends SourceElement {
  static override styles = [sharedStyles, digestStyles];

  /**
   * Registers the class as `tag` (default `brief-digest`) in `registry` (default the page's). Never
   * throws: an existing definition is kept, with a console warning when it is another version.
   */
  static define(
    tag = "brief-digest",
    registry: CustomElementRegistry | undefined = globalThis.customElements,
  ): void {
    defineElement(tag, this, registry);
  }

  /**
   * The briefs to show, each as `parseBrief` returns it or as JSON, in any order. Each is validated
   * as the card's `brief`; takes precedence over `src` and the text content. Set a new array to
   * re-render.
   */
  @property({ attribute: false })
  briefs: readonly Brief[] | null = null;

  /** The search box's text. */
  @state()
  private query = "";

  /** The pressed chips' keys. */
  @state()
  private pressed: ReadonlySet<string> = new Set();

  readonly #loader = new BriefLoader<DigestResult, BriefDigest>(this, digestReader);
  #view: DigestView | undefined;
  #filter: BriefFilterDetail | undefined;
  #filterChanged = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#loader.usePropertyIfSet();
  }

  override render(): TemplateResult {
    const display = resolveLanguage(this, this.language);
    const ui = uiText(DIGEST_STRINGS, display);
    const state = this.#loader.state;
    const status = loadStatus(state, ui, this.#retry);
    return html`<div class="status" role="status" lang=${ifDefined(ui.lang)}>${status}</div>
      ${
        state.status === "ready" && state.result.briefs.length > 0
          ? this.#digest(state.result.briefs, display, ui)
          : placeholderTemplate(state, ui)
      }`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#filterChanged && this.#filter) {
      // Built apart from dispatchEvent: the manifest analyzer would list it again as an unnamed event.
      const event = new BriefFilterEvent(this.#filter);
      this.dispatchEvent(event);
    }
    this.#filterChanged = false;
  }

  #digest(briefs: readonly Brief[], display: DisplayLanguage, ui: UIText<DigestStrings>): TemplateResult {
    if (this.#view?.briefs !== briefs) this.#view = digestView(briefs);
    const filter = filterOf(this.#view, this.query, this.pressed);
    this.#filter = filter.detail;
    return digestTemplate(this.#view, filter, this.#handlers, { display, ui, theme: this.theme });
  }

  readonly #handlers = {
    input: (event: Event): void => {
      this.#setFilter((event.target as HTMLInputElement).value, this.pressed);
    },
    keydown: (event: KeyboardEvent): void => {
      // An empty box lets Escape through, to close a dialog the digest sits in.
      if (event.key !== "Escape" || this.query === "") return;
      event.preventDefault();
      this.#setFilter("", this.pressed);
    },
    toggle: (key: string): void => {
      const pressed = new Set(this.pressed);
      if (!pressed.delete(key)) pressed.add(key);
      this.#setFilter(this.query, pressed);
    },
    clear: (): void => {
      this.#setFilter("", new Set());
      this.renderRoot.querySelector<HTMLInputElement>("#search")?.focus();
    },
  };

  #retry = (): void => this.#loader.retry();

  #setFilter(query: string, pressed: ReadonlySet<string>): void {
    this.query = query;
    this.pressed = pressed;
    this.#filterChanged = true;
  }
}
