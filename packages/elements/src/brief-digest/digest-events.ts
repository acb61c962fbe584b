import type { Brief, Diagnostic } from "@briefkit/core";

export interface BriefDigestLoadDetail {
  /** In the digest's order, as read (not sorted). */
  readonly briefs: readonly Brief[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * A `<brief-digest>` loaded its briefs from `src` or its text content: the card's `brief-load`,
 * with every brief. Not fired when a page sets the `briefs` property.
 */
export class BriefDigestLoadEvent extends CustomEvent<BriefDigestLoadDetail> {
  static readonly eventName = "brief-load";

  constructor(detail: BriefDigestLoadDetail) {
    super(BriefDigestLoadEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface BriefFilterDetail {
  /** The search box's text, as typed. */
  readonly query: string;
  /** The pressed keyword chips. */
  readonly keywords: readonly string[];
  /** How many briefs are shown, of `total`. */
  readonly shown: number;
  readonly total: number;
}

/** The reader changed the digest's filter: typed in the search box, pressed a chip, or cleared them. */
export class BriefFilterEvent extends CustomEvent<BriefFilterDetail> {
  static readonly eventName = "brief-filter";

  constructor(detail: BriefFilterDetail) {
    super(BriefFilterEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    "brief-filter": BriefFilterEvent;
  }
}
