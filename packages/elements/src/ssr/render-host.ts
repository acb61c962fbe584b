import { LitElementRenderer, render, type ServerRenderedTemplate } from "@lit-labs/ssr";
import { collectResultSync } from "@lit-labs/ssr/lib/render-result.js";
import { BriefCard } from "../brief-card/brief-card.js";
import { BriefDigest } from "../brief-digest/brief-digest.js";
import { BriefOutline } from "../brief-outline/brief-outline.js";
import { BriefElementRenderer } from "./brief-renderer.js";
import { withClientState } from "./client-state.js";

/**
 * Registers the elements in the registry Lit's Node build provides, where its renderer looks them
 * up. A call on each render rather than an import for its side effects, which a bundler that
 * trusts `sideEffects` may drop; registering again does nothing.
 */
function defineElements(): void {
  BriefCard.define();
  BriefOutline.define();
  BriefDigest.define();
}

/** What a host element is given before it renders. */
export interface HostSetup {
  /** Its attributes, as the page will have them; undefined ones are left out. */
  readonly attributes: Readonly<Record<string, string | undefined>>;
  /** Properties set after the attributes, for the server's render only. */
  readonly properties: object;
  /** Put on each `<style>`. */
  readonly nonce: string | undefined;
}

/**
 * `template` (one element and its text) as HTML. A server-only template keeps Lit's hydration
 * markers out of the page around the element, but cannot bind properties, and leaves the spacing of
 * unset attributes in the tag: the element's renderer sets both instead, on the first element only,
 * since a digest's cards get theirs from the digest.
 */
export function renderHost(template: ServerRenderedTemplate, setup: HostSetup): string {
  defineElements();
  let pending: HostSetup | undefined = setup;
  class HostRenderer extends BriefElementRenderer {
    static override matchesClass(ctor: typeof HTMLElement): boolean {
      return pending !== undefined && LitElementRenderer.matchesClass(ctor);
    }

    override connectedCallback(): void {
      for (const [name, value] of Object.entries(pending?.attributes ?? {})) {
        if (value !== undefined) this.setAttribute(name, value);
      }
      Object.assign(this.element, pending?.properties);
      pending = undefined;
      super.connectedCallback();
    }
  }
  const elementRenderers = [HostRenderer, BriefElementRenderer, LitElementRenderer];
  return withClientState(collectResultSync(render(template, { elementRenderers })), setup.nonce);
}
