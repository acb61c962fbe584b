import type { Brief } from "@briefkit/core";
import { nothing, type TemplateResult } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import { BriefElement } from "../internal/brief-element.js";
import { defineElement } from "../internal/define-element.js";
import { html } from "../internal/html.js";
import type { DisplayLanguage } from "../internal/language.js";
import { notice } from "../internal/notice.js";
import { outlineMismatch } from "../internal/outline-shape.js";
import { alignedOutlines, summaryOutline } from "../internal/outline-template.js";
import { outlineStyles } from "../internal/outline.styles.js";
import { sharedStyles } from "../internal/shared.styles.js";
import { shownSummaries } from "../internal/shown-summaries.js";
import type { UIText } from "../internal/ui-text.js";
import { briefOutlineStyles } from "./brief-outline.styles.js";

/**
 * The full two-level outline of a brief: each summary's heading and lead, its points, and their
 * sub-points, which fold away. With `language="both"` the Chinese and English outlines stand side
 * by side, point beside point (stacked on narrow screens), with a visible note when they do not
 * align. The brief comes from the `brief` property, the `src` attribute, or the element's own text
 * content, in that order.
 *
 * @tagname brief-outline
 * @summary The full outline of a bilingual brief, one language or both side by side.
 *
 * @fires {BriefLoadEvent} brief-load - The brief was loaded from `src` or the text content; `detail` holds `brief` and `diagnostics`.
 * @fires {BriefErrorEvent} brief-error - The brief could not be loaded or read; `detail.error` is a `BriefLoadError`.
 *
 * @csspart outline - The `<article>` holding the outline.
 * @csspart columns - The two aligned columns in `both`.
 * @csspart summary - One language's outline.
 * @csspart heading - A summary's heading.
 * @csspart lead - A summary's lead paragraph.
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
 * @cssprop --brief-color-background - Background.
 * @cssprop --brief-color-text - Text colour.
 * @cssprop --brief-color-muted - Secondary text (headings).
 * @cssprop --brief-color-accent - Bullets, chevrons, buttons.
 * @cssprop --brief-color-focus - Focus ring (default: the accent).
 * @cssprop --brief-color-border - Border.
 * @cssprop --brief-color-rule - Rules between aligned points.
 * @cssprop --brief-color-error - Error text and border.
 * @cssprop --brief-color-error-background - Error background.
 * @cssprop --brief-color-notice - Notice text.
 * @cssprop --brief-color-notice-background - Notice background.
 * @cssprop --brief-color-skeleton - Loading placeholder bars.
 * @cssprop --brief-shadow - Shadow.
 * @cssprop --brief-radius - Corner radius (default `0.75rem`).
 * @cssprop --brief-space - Base spacing (default `1rem`).
 * @cssprop --brief-placeholder-height - Height held while loading (default `24rem`).
 */
export class BriefOutline extends BriefElement {
  static override styles = [sharedStyles, outlineStyles, briefOutlineStyles];

  /**
   * Registers the class as `tag` (default `brief-outline`) in `registry` (default the page's).
   * Never throws: an existing definition is kept, with a console warning when it is another version.
   */
  static define(
    tag = "brief-outline",
    registry: CustomElementRegistry | undefined = globalThis.customElements,
  ): void {
    defineElement(tag, this, registry);
  }

  protected override placeholderLines = 10;

  protected override renderBrief(brief: Brief, display: DisplayLanguage, ui: UIText): TemplateResult {
    const { summaries, pair, missing } = shownSummaries(brief, display);
    const options = this.outlineOptions(2, true, ui);
    const mismatch = pair ? outlineMismatch(...pair) : null;
    return html`<article part="outline" class="outline frame" lang=${ifDefined(ui.lang)}>
      ${missing ? notice(ui.text((s) => s[missing])) : nothing}${
        mismatch ? notice(ui.text((s) => s.mismatch(mismatch))) : nothing
      }${
        pair
          ? alignedOutlines(pair[0], pair[1], options)
          : summaries.map((summary) => summaryOutline(summary, options))
      }
    </article>`;
  }
}
