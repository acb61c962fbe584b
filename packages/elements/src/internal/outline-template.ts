import type { OutlinePoint, Summary } from "@briefkit/core";
import { nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import { html } from "./html.js";
import type { UIText } from "./ui-text.js";

export interface OutlineOptions {
  /** Heading level of each summary's heading, so the outline nests in its element. */
  readonly level: 2 | 3;
  /** Whether the lead paragraph is shown above the points. */
  readonly lead: boolean;
  readonly ui: UIText;
  /** Indexes of the points whose sub-points are folded. */
  readonly collapsed: ReadonlySet<number>;
  readonly onToggle: (point: number, open: boolean) => void;
}

/** One summary: its heading, lead, and points with their sub-points. */
export function summaryOutline(summary: Summary, options: OutlineOptions): TemplateResult {
  const heading = summary.heading ?? options.ui.label((strings) => strings.summary);
  return html`<section part="summary" class="summary" lang=${summary.lang}>
    ${
      options.level === 2
        ? html`<h2 part="heading" class="heading">${heading}</h2>`
        : html`<h3 part="heading" class="heading">${heading}</h3>`
    }${options.lead ? html`<p part="lead" class="lead">${summary.lead}</p>` : nothing}
    <ul part="points" class="points">
      ${summary.points.map((point, index) => outlinePoint(point, index, options))}
    </ul>
  </section>`;
}

/**
 * Chinese and English side by side, point beside point: both columns are subgrids of one grid, so
 * each point's row is as tall as the taller of the pair. The element sets `--brief-rows` from
 * `data-rows`, since a style binding would break under a strict CSP.
 */
export function alignedOutlines(zh: Summary, en: Summary, options: OutlineOptions): TemplateResult {
  const rows = (options.lead ? 2 : 1) + Math.max(zh.points.length, en.points.length);
  return html`<div part="columns" class=${options.lead ? "aligned with-lead" : "aligned"} data-rows=${rows}>
    ${summaryOutline(zh, options)}${summaryOutline(en, options)}
  </div>`;
}

const subpoint = (child: OutlinePoint["children"][number]) =>
  html`<li part="subpoint" class="subpoint">${child.text}</li>`;

function outlinePoint(point: OutlinePoint, index: number, options: OutlineOptions): TemplateResult {
  if (point.children.length === 0) {
    return html`<li part="point" class="point">
      <span part="point-text" class="point-text">${point.text}</span>
    </li>`;
  }
  const toggled = (event: Event) => options.onToggle(index, (event.currentTarget as HTMLDetailsElement).open);
  return html`<li part="point" class="point">
    <details
      part="point-details"
      class="point-details"
      .open=${live(!options.collapsed.has(index))}
      @toggle=${toggled}
    >
      <summary part="point-text" class="point-text">${point.text}</summary>
      <ol part="subpoints" class="subpoints">
        ${point.children.map(subpoint)}
      </ol>
    </details>
  </li>`;
}
