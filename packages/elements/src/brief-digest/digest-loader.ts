import type { Brief, Diagnostic } from "@briefkit/core";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { BriefErrorEvent } from "../internal/events.js";
import { fallbackText } from "../internal/fallback-text.js";
import { BriefLoadError } from "../internal/load-error.js";
import { httpURL } from "../internal/safe-url.js";
import { BriefDigestLoadEvent } from "./digest-events.js";
import { fetchBody } from "./fetch-body.js";
import { readDigestJSON, readDigestText, validateBriefs, type DigestResult } from "./read-digest.js";

export type DigestState =
  | { readonly status: "empty" }
  | { readonly status: "loading" }
  | {
      readonly status: "ready";
      readonly briefs: readonly Brief[];
      readonly diagnostics: readonly Diagnostic[];
    }
  | { readonly status: "error"; readonly error: BriefLoadError; readonly retryable: boolean };

/** What the loader reads from its element. */
export interface DigestSourceHost extends ReactiveControllerHost, HTMLElement {
  readonly briefs: readonly unknown[] | null;
  readonly src: string | null;
  readonly timeout: number;
  readonly maxBytes: number;
}

type Source =
  | { readonly kind: "none" }
  | { readonly kind: "property"; readonly value: unknown }
  | { readonly kind: "src"; readonly value: string }
  | { readonly kind: "text"; readonly value: string };

const NONE: Source = { kind: "none" };
const EMPTY: DigestState = { status: "empty" };
const LOADING: DigestState = { status: "loading" };

function sameSource(a: Source, b: Source): boolean {
  const value = (source: Source) => ("value" in source ? source.value : undefined);
  return a.kind === b.kind && Object.is(value(a), value(b));
}

/**
 * Gives a digest its briefs as the card's loader gives it a brief: from the `briefs` property, the
 * `src` attribute, or the element's text content, in that order, starting over when the one in
 * effect changes. Events are dispatched after the element has rendered the result, and only for
 * loads it did itself (`src`, text content).
 */
export class DigestLoader implements ReactiveController {
  state: DigestState = EMPTY;
  readonly #host: DigestSourceHost;
  #source: Source = NONE;
  #request: AbortController | undefined;
  #observer: MutationObserver | undefined;

  constructor(host: DigestSourceHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer ??= new MutationObserver(() => this.#host.requestUpdate());
    this.#observer.observe(this.#host, { childList: true, characterData: true, subtree: true });
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    if (this.#request) {
      this.#cancel();
      // The aborted fetch left no result: load again if the element comes back.
      this.#source = NONE;
    }
  }

  hostUpdate(): void {
    this.#use(this.#current());
  }

  /**
   * Takes up the `briefs` property, when set, without touching the DOM: a server renderer calls
   * `willUpdate` and `render` but no controller, and the host calls this from `willUpdate`.
   */
  usePropertyIfSet(): void {
    const { briefs } = this.#host;
    if (briefs != null) this.#use({ kind: "property", value: briefs });
  }

  /** Loads the current source again, e.g. after a failed fetch. */
  retry(): void {
    this.#source = NONE;
    this.#host.requestUpdate();
  }

  #use(next: Source): void {
    if (sameSource(next, this.#source)) return;
    this.#cancel();
    this.#source = next;
    this.#start(next);
  }

  #current(): Source {
    const host = this.#host;
    if (host.briefs != null) return { kind: "property", value: host.briefs };
    if (host.src) return { kind: "src", value: host.src };
    const text = fallbackText(host);
    return text ? { kind: "text", value: text } : NONE;
  }

  #start(source: Source): void {
    switch (source.kind) {
      case "none":
        this.state = EMPTY;
        return;
      case "property": {
        const validation = validateBriefs(source.value);
        this.state = validation.ok
          ? { status: "ready", briefs: validation.briefs, diagnostics: [] }
          : {
              status: "error",
              error: new BriefLoadError(
                "invalid-brief",
                `The briefs property is not a list of briefs (${validation.problem}).`,
              ),
              retryable: false,
            };
        return;
      }
      case "text":
        try {
          this.#succeed(readDigestText(source.value));
        } catch (error) {
          this.#fail(error, false);
        }
        return;
      case "src":
        this.#fetch(source.value);
        return;
    }
  }

  #fetch(src: string): void {
    const url = httpURL(src, this.#host.baseURI);
    if (!url) {
      this.#fail(
        new BriefLoadError("invalid-url", `src ${JSON.stringify(src)} is not an http(s) URL.`),
        false,
      );
      return;
    }
    const request = new AbortController();
    this.#request = request;
    this.state = LOADING;
    const { timeout, maxBytes } = this.#host;
    const settle = (finish: () => void) => {
      if (this.#request !== request) return;
      this.#request = undefined;
      finish();
      this.#host.requestUpdate();
    };
    fetchBody(url, { signal: request.signal, timeout, maxBytes })
      .then((body) =>
        body.json ? readDigestJSON(new TextDecoder().decode(body.bytes)) : readDigestText(body.bytes),
      )
      .then(
        (result) => settle(() => this.#succeed(result)),
        (error: unknown) => settle(() => this.#fail(error, true)),
      );
  }

  #succeed(result: DigestResult): void {
    this.state = { status: "ready", briefs: result.briefs, diagnostics: result.diagnostics };
    this.#announce(new BriefDigestLoadEvent({ briefs: result.briefs, diagnostics: result.diagnostics }));
  }

  #fail(error: unknown, retryable: boolean): void {
    const failure =
      error instanceof BriefLoadError
        ? error
        : new BriefLoadError("unreadable", "The digest could not be read.", { cause: error });
    this.state = { status: "error", error: failure, retryable };
    this.#announce(new BriefErrorEvent({ error: failure }));
  }

  #announce(event: Event): void {
    const source = this.#source;
    void this.#host.updateComplete.then(() => {
      if (this.#source === source) this.#host.dispatchEvent(event);
    });
  }

  #cancel(): void {
    this.#request?.abort(new DOMException("The digest's source changed.", "AbortError"));
    this.#request = undefined;
  }
}
