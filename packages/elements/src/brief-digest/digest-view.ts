/**
 * What `<brief-digest>` shows once its briefs are loaded: the search box, the chips, the count and the
 * cards, as functions of the briefs, the filter and the element's handlers, so the element keeps only
 * its state and events.
 */
import type { Brief } from "@briefkit/core";
import { nothing, type TemplateResult } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import type { ThemeSetting } from "../internal/brief-element.js";
import type { LoadState } from "../internal/brief-loader.js";
import { html } from "../internal/html.js";
import { textLanguage, type DisplayLanguage } from "../internal/language.js";
import type { UIText } from "../internal/ui-text.js";
import type { BriefFilterDetail } from "./digest-events.js";
import {
  keywordChips,
  matches,
  searchIndex,
  searchTerms,
  type KeywordChip,
  type SearchIndex,
} from "./digest-search.js";
import type { DigestStrings } from "./digest-strings.js";
import { newestFirst } from "./newest-first.js";
import type { DigestResult } from "./read-digest.js";

type DigestUIText = UIText<DigestStrings>;

/** What the search needs of one list of briefs, built once per list. */
export interface DigestView {
  readonly briefs: readonly Brief[];
  readonly order: readonly number[];
  readonly indexes: readonly SearchIndex[];
  readonly chips: readonly KeywordChip[];
}

export function digestView(briefs: readonly Brief[]): DigestView {
  const order = newestFirst(briefs);
  return {
    briefs,
    order,
    indexes: briefs.map(searchIndex),
    chips: keywordChips(order.flatMap((index) => briefs[index] ?? [])),
  };
}

/** Which briefs a query and the pressed chips leave shown. */
export interface DigestFilter {
  readonly pressed: ReadonlySet<string>;
  readonly shown: ReadonlySet<number>;
  readonly filtered: boolean;
  /** What a `brief-filter` event says of it. */
  readonly detail: BriefFilterDetail;
}

export function filterOf(view: DigestView, query: string, pressed: ReadonlySet<string>): DigestFilter {
  const terms = searchTerms(query);
  // A chip pressed for briefs since replaced has no say in what the new ones show.
  const chips = view.chips.filter((chip) => pressed.has(chip.key));
  const keys = new Set(chips.map((chip) => chip.key));
  const shown = new Set(view.order.filter((index) => matches(view.indexes[index]!, terms, keys)));
  const total = view.briefs.length;
  return {
    pressed: keys,
    shown,
    filtered: terms.length > 0 || keys.size > 0,
    detail: { query, keywords: chips.map((chip) => chip.label), shown: shown.size, total },
  };
}

/** The element's handlers, made once per element so the templates bind the same functions each time. */
export interface DigestHandlers {
  readonly input: (event: Event) => void;
  readonly keydown: (event: KeyboardEvent) => void;
  readonly toggle: (key: string) => void;
  readonly clear: () => void;
}

export interface DigestLook {
  readonly display: DisplayLanguage;
  readonly ui: DigestUIText;
  readonly theme: ThemeSetting | undefined;
}

export function digestTemplate(
  view: DigestView,
  filter: DigestFilter,
  on: DigestHandlers,
  { display, ui, theme }: DigestLook,
): TemplateResult {
  const { shown } = filter;
  return html`<div part="digest" class="digest" lang=${ifDefined(ui.lang)}>
    <div part="toolbar" class="toolbar" role="search">
      <div class="search-field">
        <label part="search-label" class="search-label" for="search">${ui.text((s) => s.search)}</label>
        <input
          id="search"
          part="search"
          class="search"
          type="search"
          autocomplete="off"
          aria-controls="list"
          .value=${filter.detail.query}
          @input=${on.input}
          @keydown=${on.keydown}
        />
      </div>
      ${chipsTemplate(view.chips, filter.pressed, on, ui)}
    </div>
    <p part="count" class="count" aria-live="polite">
      ${ui.text((s) => s.count({ shown: shown.size, total: view.briefs.length, filtered: filter.filtered }))}
    </p>
    ${
      shown.size === 0
        ? html`<div part="no-match" class="no-match">
            <p>${ui.text((s) => s.noMatch)}</p>
            <button part="clear" type="button" @click=${on.clear}>${ui.text((s) => s.clear)}</button>
          </div>`
        : nothing
    }
    <ul id="list" part="list" class="list" aria-label=${ui.label((s) => s.list)}>
      ${
        // The order is fixed for a list of briefs and a search only hides cards, so each card keeps
        // its element, and its state (an unfolded outline), by position.
        view.order.map(
          (index) =>
            html`<li part="item" class="item" ?hidden=${!shown.has(index)}>
              <brief-card
                part="card"
                .brief=${view.briefs[index]}
                language=${display}
                theme=${ifDefined(theme)}
              ></brief-card>
            </li>`,
        )
      }
    </ul>
  </div>`;
}

function chipsTemplate(
  chips: readonly KeywordChip[],
  pressed: ReadonlySet<string>,
  on: DigestHandlers,
  ui: DigestUIText,
): TemplateResult | typeof nothing {
  if (chips.length === 0) return nothing;
  return html`<div part="keywords" class="keywords" role="group" aria-label=${ui.label((s) => s.keywords)}>
    ${chips.map((chip) => {
      const isOn = pressed.has(chip.key);
      return html`<button
        part=${isOn ? "keyword pressed-keyword" : "keyword"}
        class="keyword"
        type="button"
        lang=${textLanguage(chip.label)}
        aria-pressed=${isOn ? "true" : "false"}
        @click=${() => on.toggle(chip.key)}
      >
        <span class="keyword-text">${chip.label}</span>
      </button>`;
    })}
  </div>`;
}

/** While `src` loads, a placeholder; when there are no briefs, a message. */
export function placeholderTemplate(
  state: LoadState<DigestResult>,
  ui: DigestUIText,
): TemplateResult | typeof nothing {
  if (state.status === "loading") {
    return html`<div part="loading" class="skeleton" aria-hidden="true">
      ${Array.from({ length: 6 }, () => html`<span></span>`)}
    </div>`;
  }
  if (state.status === "empty" || state.status === "ready") {
    return html`<p part="empty" class="empty" lang=${ifDefined(ui.lang)}>${ui.text((s) => s.empty)}</p>`;
  }
  return nothing;
}
