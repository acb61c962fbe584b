import type { Brief } from "@briefkit/core";
import { oneEvent, waitUntil } from "@open-wc/testing";
import type { BriefElement } from "../src/internal/brief-element.js";
import type { BriefErrorEvent, BriefLoadEvent } from "../src/internal/events.js";

export const REFERENCE_URL = new URL("./fixtures/rare-earths-2025-10-24.txt", import.meta.url).pathname;
export const SMALL_BRIEF_URL = new URL("./fixtures/small-brief.json", import.meta.url).pathname;

export async function referenceText(): Promise<string> {
  return (await fetch(REFERENCE_URL)).text();
}

/** A fresh copy of the small hand-written brief, safe to modify. */
export async function smallBrief(): Promise<Brief> {
  return (await fetch(SMALL_BRIEF_URL)).json() as Promise<Brief>;
}

export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return element.shadowRoot;
}

export function all(element: Element, selector: string): Element[] {
  return [...shadow(element).querySelectorAll(selector)];
}

export function one(element: Element, selector: string): Element {
  const found = shadow(element).querySelector(selector);
  if (!found) throw new Error(`<${element.localName}> renders no ${selector}`);
  return found;
}

/** The text of each match, with the whitespace of template indentation collapsed. */
export function texts(element: Element, selector: string): string[] {
  return all(element, selector).map((match) => normalize(match.textContent ?? ""));
}

export function normalize(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Resolves once `condition` holds, checking every 20 ms. @open-wc/testing's waitUntil gives up after
 * one second by default, which a busy machine can take; this gives it eight (the tests' own timeout is ten).
 */
export function until(condition: () => unknown, message: string): Promise<void> {
  return waitUntil(condition, message, { interval: 20, timeout: 8000 });
}

/** Resolves once the element shows a brief or an error. */
export async function settled(element: BriefElement): Promise<void> {
  await until(
    () => shadow(element).querySelector('[part="card"], [part="outline"], [part="error"], [part="empty"]'),
    `<${element.localName}> did not settle`,
  );
  await element.updateComplete;
}

export function loaded(element: Element): Promise<BriefLoadEvent> {
  return oneEvent(element, "brief-load") as Promise<BriefLoadEvent>;
}

export function failed(element: Element): Promise<BriefErrorEvent> {
  return oneEvent(element, "brief-error") as Promise<BriefErrorEvent>;
}

/** Every tag the two elements' templates produce for a brief without a link (`href`). */
export const TEMPLATE_TAGS = new Set([
  "div",
  "p",
  "span",
  "article",
  "header",
  "footer",
  "h2",
  "h3",
  "ul",
  "ol",
  "li",
  "time",
  "button",
  "section",
  "details",
  "summary",
]);

/**
 * Resolves once markup that does run script — an `<img onerror>` and an `<iframe srcdoc>` with a
 * script, the slowest kinds of payload, put into a plain element of the page with `innerHTML` — has
 * run. By then a payload of the same kind that had got into an element's shadow DOM would have run
 * too, so a test can assert that none did without waiting a fixed time.
 */
export async function payloadsHadTheirChance(): Promise<void> {
  const ran: string[] = [];
  const key = `__briefkitCanary${Math.random().toString(36).slice(2)}`;
  Reflect.set(window, key, ran);
  const canary = document.createElement("div");
  canary.hidden = true;
  canary.innerHTML =
    `<img src="/mock/no-such-image-${key}" onerror="window.${key}.push('img')">` +
    `<iframe srcdoc="<script>parent.${key}.push('iframe')</script>"></iframe>`;
  document.body.append(canary);
  try {
    await until(() => ran.length === 2, "the canary payloads did not run");
  } finally {
    canary.remove();
    Reflect.deleteProperty(window, key);
  }
}
