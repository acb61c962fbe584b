import type { Brief, Diagnostic } from "@briefkit/core";
import type { BriefLoadError } from "./load-error.js";

export interface BriefLoadDetail {
  readonly brief: Brief;
  readonly diagnostics: readonly Diagnostic[];
}

export interface BriefErrorDetail {
  readonly error: BriefLoadError;
}

/**
 * An element loaded a brief from its `src` or its text content. Not fired when a page sets the
 * `brief` property: the page already holds that brief.
 */
export class BriefLoadEvent extends CustomEvent<BriefLoadDetail> {
  static readonly eventName = "brief-load";

  constructor(detail: BriefLoadDetail) {
    super(BriefLoadEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/** An element could not load or read the brief from its `src` or its text content. */
export class BriefErrorEvent extends CustomEvent<BriefErrorDetail> {
  static readonly eventName = "brief-error";

  constructor(detail: BriefErrorDetail) {
    super(BriefErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    "brief-load": BriefLoadEvent;
    "brief-error": BriefErrorEvent;
  }
}
