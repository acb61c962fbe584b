import type { Brief } from "@briefkit/core";
import { html } from "@lit-labs/ssr";
import { briefSource, digestSource } from "./brief-source.js";
import { renderHost, type HostSetup } from "./render-host.js";
import { displayLanguage, type CardRenderOptions, type RenderOptions } from "./render-options.js";

/** The attributes every element takes, and the language it renders in on the server. */
function setup(
  options: RenderOptions,
  properties: object,
  attributes: HostSetup["attributes"] = {},
): HostSetup {
  return {
    attributes: { language: options.language, theme: options.theme, ...attributes },
    properties: { language: displayLanguage(options), ...properties },
    nonce: options.nonce,
  };
}

/**
 * The HTML of a `<brief-card>` showing `brief` (a brief object, or its text), with a declarative
 * shadow root holding the card and its styles, readable without JavaScript. The brief's text is
 * the element's content, hidden by the shadow root, so the element reads the same brief when it
 * upgrades in the browser.
 */
export function renderCard(brief: Brief | string, options: CardRenderOptions = {}): string {
  const { brief: shown, text } = briefSource(brief);
  const properties = { brief: shown, baseURI: options.baseURL };
  return renderHost(
    html`<brief-card>${text}</brief-card>`,
    setup(options, properties, { href: options.href }),
  );
}

/** The HTML of a `<brief-outline>` showing `brief`, as `renderCard` does for a card. */
export function renderOutline(brief: Brief | string, options: RenderOptions = {}): string {
  const { brief: shown, text } = briefSource(brief);
  return renderHost(html`<brief-outline>${text}</brief-outline>`, setup(options, { brief: shown }));
}

/**
 * The HTML of a `<brief-digest>` listing `briefs` (brief objects, or a digest's text), with its
 * search box, keyword chips and each brief's `<brief-card>` rendered inside, as `renderCard` does.
 */
export function renderDigest(briefs: readonly Brief[] | string, options: RenderOptions = {}): string {
  const { briefs: shown, text } = digestSource(briefs);
  return renderHost(html`<brief-digest>${text}</brief-digest>`, setup(options, { briefs: shown }));
}
