/** Why a brief could not be shown. Stable: pages may branch on it. */
export type BriefLoadFailure =
  | "invalid-url"
  | "http"
  | "network"
  | "timeout"
  | "too-large"
  | "not-a-brief"
  | "invalid-json"
  | "invalid-brief"
  | "unreadable";

export interface BriefLoadErrorOptions {
  /** The HTTP status, for `reason: "http"`. */
  status?: number;
  cause?: unknown;
}

/**
 * The error carried by `brief-error` and shown in the error state. `reason` is for code, `message`
 * for developers (English); the elements show their own localised text for each reason.
 */
export class BriefLoadError extends Error {
  override readonly name = "BriefLoadError";
  readonly reason: BriefLoadFailure;
  readonly status: number | undefined;

  constructor(reason: BriefLoadFailure, message: string, options: BriefLoadErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.reason = reason;
    this.status = options.status;
  }
}
