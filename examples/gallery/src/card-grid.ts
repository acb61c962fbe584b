import { h } from "./dom.js";
import type { SampleBrief } from "./samples.js";
import { severityBadges } from "./severity-badges.js";

/** Link target of a card: the outlines section, showing that brief (see outline-showcase.ts). */
export function outlineHref(entry: SampleBrief): string {
  return `#outline/${entry.id}`;
}

function caption(entry: SampleBrief): HTMLElement {
  const { sample } = entry;
  const position = sample.briefs.indexOf(entry.brief);
  const part = sample.briefs.length > 1 ? ` · brief ${position + 1} of ${sample.briefs.length}` : "";
  return h(
    "div",
    { class: "card-caption" },
    h("p", { class: "card-caption__file" }, h("code", {}, sample.file), part),
    h("p", { class: "card-caption__note" }, sample.note),
    severityBadges(sample.diagnostics),
  );
}

/** Fills the grid with one `<brief-card>` per sample brief and returns the cards. */
export function renderCardGrid(grid: HTMLElement, entries: readonly SampleBrief[]): HTMLElement[] {
  const cards = entries.map((entry) => {
    const card = document.createElement("brief-card");
    card.brief = entry.brief;
    card.href = outlineHref(entry);
    card.dataset.sample = entry.id;
    grid.append(h("li", { class: "card-grid__item" }, caption(entry), card));
    return card;
  });
  return cards;
}
