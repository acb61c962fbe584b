// The strict-CSP page's script: every way of giving the elements a brief, then a fold and an unfold,
// so each code path runs under the policy before the test reads the recorded violations.
import type { BriefElement } from "../../src/internal/brief-element.js";

function settled(element: Element): Promise<unknown> {
  return new Promise((resolve) => {
    element.addEventListener("brief-load", resolve, { once: true });
    element.addEventListener("brief-error", resolve, { once: true });
  });
}

// Listen before the elements are defined: the ones in the markup start loading as they upgrade.
const loads = [...document.querySelectorAll("brief-card, brief-outline")].map(settled);
await import("../../src/index.js");

const [reference, small] = await Promise.all([
  fetch("/test/fixtures/rare-earths-2025-10-24.txt").then((response) => response.text()),
  fetch("/test/fixtures/small-brief.json").then((response) => response.json()),
]);

const fromText = document.createElement("brief-card");
fromText.id = "from-text";
fromText.language = "both";
fromText.textContent = reference;

const fromProperty = document.createElement("brief-outline");
fromProperty.id = "from-property";
fromProperty.language = "both";
fromProperty.brief = small;

loads.push(settled(fromText));
document.body.append(fromText, fromProperty);
await Promise.all(loads);

fromText.shadowRoot?.querySelector<HTMLButtonElement>('[part="toggle"]')?.click();
await (fromText as BriefElement).updateComplete;
// Fold a point: its toggle event comes in a task of its own and folds the other language's point too.
const summary = fromProperty.shadowRoot?.querySelector("summary");
const folded = new Promise((resolve) =>
  summary?.parentElement?.addEventListener("toggle", resolve, { once: true }),
);
summary?.click();
await folded;
await fromProperty.updateComplete;

parent.postMessage("briefkit-ready", location.origin);
