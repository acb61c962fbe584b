import type { Brief, Summary } from "@briefkit/core";
import { nothing, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { ifDefined } from "lit/directives/if-defined.js";
import { BriefElement } from "../internal/brief-element.js";
import { defineElement } from "../internal/define-element.js";
import { html } from "../internal/html.js";
import { formatDate } from "../internal/format-date.js";
import { findSummary, textLanguage, type DisplayLanguage } from "../internal/language.js";
import { notice } from "../internal/notice.js";
import { outlineMismatch } from "../internal/outline-shape.js";
import { alignedOutlines, summaryOutline } from "../internal/outline-template.js";
import { outlineStyles } from "../internal/outline.styles.js";
import { httpURL } from "../internal/safe-url.js";
import { sharedStyles } from "../internal/shared.styles.js";
import { shownSummaries } from "../internal/shown-summaries.js";
import type { UIText } from "../internal/ui-text.js";
import { cardStyles } from "./brief-card.styles.js";

const lead = (summary: Summary) => html`<p part="lead" class="lead" lang=${summary.lang}>${summary.lead}</p>`;

/** One or two leads, each in its own template rather than an array, which would add two markers each. */
function leads(summaries: readonly Summary[]): TemplateResult {
  const [first, second] = summaries;
  if (second && first) return html`<div class="leads pair">${lead(first)}${lead(second)}</div>`;
  return html`<div class="leads">${first ? lead(first) : nothing}</div>`;
}

function keywordList(keywords: readonly string[], chinese: Summary["lang"], ui: UIText): TemplateResult {
  return html`<ul part="keywords" class="keywords" aria-label=${ui.label((s) => s.keywords)}>
    ${keywords.map(
      (keyword) =>
        html`<li part="keyword" class="keyword" lang=${textLanguage(keyword, chinese)}>${keyword}</li>`,
    )}
  </ul>`;
}

/**
 * A compact card for one brief: the source, authors and date of the article it summarises, the
 * lead in the reader's language, the keywords, the number of points, and a button that unfolds the
 * outline. The brief comes from the `brief` property, the `src` attribute, or the element's own
 * text content, in that order.
 *
 * @tagname brief-card
 * @summary A compact card for a bilingual (Chinese and English) brief.
 *
 * @fires {BriefLoadEvent} brief-load - The brief was loaded from `src` or the text content; `detail` holds `brief` and `diagnostics`.
 * @fires {BriefErrorEvent} brief-error - The brief could not be loaded or read; `detail.error` is a `BriefLoadError`.
 *
 * @csspart card - The `<article>` holding the brief.
 * @csspart header - The title and the meta line.
 * @csspart title - The heading: the article's source, or "Brief" when it names none.
 * @csspart link - The title's link, when `href` is set or the brief has a `url`.
 * @csspart source - The source in the meta line, when the brief's title is the heading.
 * @csspart meta - The authors and the date.
 * @csspart authors - The authors of the summarised article.
 * @csspart date - The date, a `<time datetime>` when the date could be read.
 * @csspart lead - A lead paragraph (two side by side in `both`).
 * @csspart keywords - The list of keywords.
 * @csspart keyword - One keyword chip.
 * @csspart footer - The point count and the outline button.
 * @csspart count - The number of points.
 * @csspart toggle - The button that shows and hides the outline.
 * @csspart outline - The unfolded outline.
 * @csspart columns - The two aligned columns of the outline in `both`.
 * @csspart summary - One language's outline.
 * @csspart heading - A summary's heading.
 * @csspart points - The list of points.
 * @csspart point - One point.
 * @csspart point-text - A point's text (the `<summary>` of a point with sub-points).
 * @csspart point-details - The `<details>` of a point with sub-points.
 * @csspart subpoints - The numbered list of sub-points.
 * @csspart subpoint - One sub-point.
 * @csspart notice - A note that a language is missing or that the outlines do not align.
 * @csspart error - The error message and its retry button.
 * @csspart retry-button - The button that loads `src` again.
 * @csspart loading - The placeholder shown while `src` loads.
 * @csspart empty - The message shown when there is no brief.
 *
 * @cssprop --brief-font-latin - Font families for Latin text.
 * @cssprop --brief-font-cjk - Font families for Chinese text.
 * @cssprop --brief-font-size - Base font size (default `1rem`).
 * @cssprop --brief-color-background - Card background.
 * @cssprop --brief-color-text - Text colour.
 * @cssprop --brief-color-muted - Secondary text (meta line, headings, count).
 * @cssprop --brief-color-accent - Links, buttons, bullets.
 * @cssprop --brief-color-focus - Focus ring (default: the accent).
 * @cssprop --brief-color-border - Card border.
 * @cssprop --brief-color-rule - Rules between sections and aligned points.
 * @cssprop --brief-color-chip - Keyword chip background.
 * @cssprop --brief-color-chip-text - Keyword chip text.
 * @cssprop --brief-color-error - Error text and border.
 * @cssprop --brief-color-error-background - Error background.
 * @cssprop --brief-color-notice - Notice text.
 * @cssprop --brief-color-notice-background - Notice background.
 * @cssprop --brief-color-skeleton - Loading placeholder bars.
 * @cssprop --brief-shadow - Card shadow.
 * @cssprop --brief-radius - Corner radius (default `0.75rem`).
 * @cssprop --brief-space - Base spacing (default `1rem`).
 * @cssprop --brief-placeholder-height - Height held while loading (default `16rem`).
 */
export class BriefCard extends BriefElement {
  static override styles = [sharedStyles, outlineStyles, cardStyles];

  /**
   * Registers the class as `tag` (default `brief-card`) in `registry` (default the page's). Never
   * throws: an existing definition is kept, with a console warning when it is another version.
   */
  static define(
    tag = "brief-card",
    registry: CustomElementRegistry | undefined = globalThis.customElements,
  ): void {
    defineElement(tag, this, registry);
  }

  /**
   * A page for the full brief. The title links to it, else to the original article when the brief
   * has a `url`; only http(s) URLs are linked.
   */
  @property()
  href: string | null = null;

  @state()
  private expanded = false;

  protected override renderBrief(brief: Brief, display: DisplayLanguage, ui: UIText): TemplateResult {
    const { summaries, pair, missing } = shownSummaries(brief, display);
    const chinese = findSummary(brief, "zh")?.lang ?? "zh-Hant";
    const points = summaries[0]?.points.length ?? 0;
    return html`<article part="card" class="card frame" lang=${ifDefined(ui.lang)} aria-labelledby="title">
      <header part="header" class="header">
        <h2 part="title" class="title" id="title">${this.#title(brief, ui, chinese)}</h2>
        ${this.#meta(brief, display, ui, chinese)}
      </header>
      ${missing ? notice(ui.text((s) => s[missing])) : nothing}${leads(summaries)}${
        brief.keywords.length > 0 ? keywordList(brief.keywords, chinese, ui) : nothing
      }${points > 0 ? this.#footer(points, ui) : nothing}${
        this.expanded && points > 0 ? this.#outline(summaries, pair, ui) : nothing
      }
    </article>`;
  }

  /** The article's title when the brief has one, else its source, which then leaves the meta line. */
  #title(brief: Brief, ui: UIText, chinese: Summary["lang"]): TemplateResult {
    const named = brief.title ?? brief.source;
    const text = named ?? ui.label((s) => s.brief);
    const lang = named ? textLanguage(named, chinese) : undefined;
    const target = this.href ?? brief.url;
    const link = target ? httpURL(target, this.baseURI) : null;
    return link
      ? html`<a part="link" href=${link.href} lang=${ifDefined(lang)}>${text}</a>`
      : html`<span lang=${ifDefined(lang)}>${text}</span>`;
  }

  #meta(
    brief: Brief,
    display: DisplayLanguage,
    ui: UIText,
    chinese: Summary["lang"],
  ): TemplateResult | typeof nothing {
    const authors = brief.authors.join(display === "zh" ? "、" : ", ");
    // with a title as the heading, the source is named beside the authors
    const source = brief.title !== undefined ? brief.source : null;
    if (!authors && !source && !brief.date && !brief.dateText) return nothing;
    return html`<p part="meta" class="meta">
      <span class="meta-items">
        ${source ? html`<span part="source" lang=${textLanguage(source, chinese)}>${source}</span>` : nothing}
        ${authors ? html`<span part="authors" lang=${textLanguage(authors, chinese)}>${authors}</span>` : nothing}
        ${this.#date(brief, display, ui)}
      </span>
    </p>`;
  }

  #date(brief: Brief, display: DisplayLanguage, ui: UIText): TemplateResult | typeof nothing {
    if (!brief.date) {
      return brief.dateText ? html`<span part="date">${brief.dateText}</span>` : nothing;
    }
    const iso = brief.date;
    return display === "both"
      ? html`<time part="date" datetime=${iso}>
          <span lang="zh-Hant">${formatDate(iso, "zh-Hant")}</span> /
          <span lang="en">${formatDate(iso, "en")}</span>
        </time>`
      : html`<time part="date" datetime=${iso}>${formatDate(iso, ui.lang ?? "en")}</time>`;
  }

  #footer(points: number, ui: UIText): TemplateResult {
    const expanded = this.expanded;
    return html`<footer part="footer" class="footer">
      <span part="count" class="count">${ui.text((s) => s.points(points))}</span>
      <button
        type="button"
        part="toggle"
        class="toggle"
        aria-expanded=${expanded ? "true" : "false"}
        aria-controls=${ifDefined(expanded ? "outline" : undefined)}
        @click=${this.#toggleOutline}
      >
        ${ui.text((s) => (expanded ? s.hideOutline : s.showOutline))}
      </button>
    </footer>`;
  }

  #outline(
    summaries: readonly Summary[],
    pair: readonly [Summary, Summary] | null,
    ui: UIText,
  ): TemplateResult {
    const options = this.outlineOptions(3, false, ui);
    const mismatch = pair ? outlineMismatch(...pair) : null;
    return html`<div id="outline" part="outline" class="expanded">
      ${mismatch ? notice(ui.text((s) => s.mismatch(mismatch))) : nothing}${
        pair
          ? alignedOutlines(pair[0], pair[1], options)
          : summaries.map((summary) => summaryOutline(summary, options))
      }
    </div>`;
  }

  #toggleOutline = (): void => {
    this.expanded = !this.expanded;
  };
}
