import type { BriefOutline } from "@briefkit/elements";
import { h } from "./dom.js";
import type { SampleBrief } from "./samples.js";

export interface OutlineParts {
  select: HTMLSelectElement;
  outlines: readonly BriefOutline[];
  autoPanel: HTMLElement;
  autoLanguage: HTMLSelectElement;
  section: HTMLElement;
}

const HASH_PREFIX = "#outline/";

/** The outlines section: one brief in every language mode, chosen by a select or by a card's link. */
export function setUpOutlineShowcase(parts: OutlineParts, entries: readonly SampleBrief[]): void {
  const { select, outlines, autoPanel, autoLanguage, section } = parts;
  for (const entry of entries) {
    select.append(h("option", { value: entry.id }, `${entry.label} (${entry.sample.file})`));
  }

  const show = (id: string) => {
    const entry = entries.find((candidate) => candidate.id === id) ?? entries[0];
    if (!entry) return;
    select.value = entry.id;
    for (const outline of outlines) outline.brief = entry.brief;
  };

  const followHash = () => {
    if (!location.hash.startsWith(HASH_PREFIX)) return;
    show(decodeURIComponent(location.hash.slice(HASH_PREFIX.length)));
    section.scrollIntoView({ block: "start" });
    select.focus({ preventScroll: true });
  };

  select.addEventListener("change", () => show(select.value));
  autoLanguage.addEventListener("change", () => {
    autoPanel.setAttribute("lang", autoLanguage.value);
    // `auto` reads the context language when it renders; a changed ancestor `lang` does not notify it.
    for (const outline of autoPanel.querySelectorAll("brief-outline")) outline.requestUpdate();
  });
  window.addEventListener("hashchange", followHash);

  show(select.value);
  followHash();
}
