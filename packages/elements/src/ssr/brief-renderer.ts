import { LitElementRenderer } from "@lit-labs/ssr";
import type { ReactiveController } from "lit";
import { BriefElement } from "../internal/brief-element.js";

interface LoaderHost {
  readonly loader: ReactiveController;
}

/**
 * Renders `<brief-card>` and `<brief-outline>` on a server as Lit's own renderer does, plus the step
 * it leaves out: it skips controllers' `hostUpdate`, which is where the element's loader turns its
 * `brief` into the state `render()` shows. Without it every element would render its empty state.
 */
export class BriefElementRenderer extends LitElementRenderer {
  static override matchesClass(ctor: typeof HTMLElement): boolean {
    return ctor.prototype instanceof BriefElement;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // `loader` is protected: a renderer standing in for Lit's update cycle is its one outside user.
    if (this.element instanceof BriefElement) (this.element as unknown as LoaderHost).loader.hostUpdate?.();
  }
}
