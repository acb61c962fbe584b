import { nothing, type TemplateResult } from "lit";
import type { LoadState } from "./brief-loader.js";
import { html } from "./html.js";
import type { BriefLoadError } from "./load-error.js";
import type { UIText } from "./ui-text.js";

/** The words a loading or failed element shows, in every element's strings. */
export interface StatusStrings {
  readonly loading: string;
  readonly retry: string;
  readonly failure: (error: BriefLoadError) => string;
}

/**
 * What goes in an element's status region: a word for screen readers while loading, the error
 * with a retry button when a fetch failed, nothing otherwise.
 */
export function loadStatus(
  state: LoadState<unknown>,
  ui: UIText<StatusStrings>,
  retry: () => void,
): TemplateResult | typeof nothing {
  if (state.status === "loading")
    return html`<span class="visually-hidden">${ui.text((s) => s.loading)}</span>`;
  if (state.status !== "error") return nothing;
  return html`<div part="error" class="error">
    <p>${ui.text((s) => s.failure(state.error))}</p>
    ${
      state.retryable
        ? html`<button type="button" part="retry-button" class="retry" @click=${retry}>
            ${ui.text((s) => s.retry)}
          </button>`
        : nothing
    }
  </div>`;
}
