import type { Brief, Diagnostic } from "@briefkit/core";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { BriefErrorEvent, BriefLoadEvent } from "./events.js";
import { fallbackText } from "./fallback-text.js";
import { fetchBrief } from "./fetch-brief.js";
import { BriefLoadError } from "./load-error.js";
import { readBriefText } from "./read-brief.js";
import { httpURL } from "./safe-url.js";
import { validateBrief } from "./validate-brief.js";

export type LoadState =
  | { readonly status: "empty" }
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly brief: Brief; readonly diagnostics: readonly Diagnostic[] }
  | { readonly status: "error"; readonly error: BriefLoadError; readonly retryable: boolean };

/** What the loader reads from its element. */
export interface BriefSourceHost extends ReactiveControllerHost, HTMLElement {
  readonly brief: Brief | null;
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

function sameSource(a: Source, b: Source): boolean {
  const value = (source: Source) => ("value" in source ? source.value : undefined);
  return a.kind === b.kind && Object.is(value(a), value(b));
}
const EMPTY: LoadState = { status: "empty" };
const LOADING: LoadState = { status: "loading" };

/**
 * Gives its element a brief from, in order of precedence, the `brief` property, the `src`
 * attribute, or the element's own text content, and starts over whenever the one in effect changes.
 * A fetch is aborted when `src` changes or the element leaves the page; a text edit is seen through
 * a MutationObserver. `brief-load` and `brief-error` are dispatched after the element has rendered
 * the result, and only for loads the element did itself (`src`, text content).
 */
export class BriefLoader implements ReactiveController {
  state: LoadState = EMPTY;
  readonly #host: BriefSourceHost;
  #source: Source = NONE;
  #request: AbortController | undefined;
  #observer: MutationObserver | undefined;

  constructor(host: BriefSourceHost) {
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
    const next = this.#current();
    if (sameSource(next, this.#source)) return;
    this.#cancel();
    this.#source = next;
    this.#start(next);
  }

  /** Loads the current source again, e.g. after a failed fetch. */
  retry(): void {
    this.#source = NONE;
    this.#host.requestUpdate();
  }

  #current(): Source {
    const host = this.#host;
    if (host.brief != null) return { kind: "property", value: host.brief };
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
        const validation = validateBrief(source.value);
        this.state = validation.ok
          ? { status: "ready", brief: validation.brief, diagnostics: [] }
          : {
              status: "error",
              error: new BriefLoadError(
                "invalid-brief",
                `The brief property is not a brief (${validation.problem}).`,
              ),
              retryable: false,
            };
        return;
      }
      case "text":
        try {
          this.#succeed(readBriefText(source.value));
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
    fetchBrief(url, { signal: request.signal, timeout, maxBytes }).then(
      (result) => {
        if (this.#request !== request) return;
        this.#request = undefined;
        this.#succeed(result);
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        if (this.#request !== request) return;
        this.#request = undefined;
        this.#fail(error, true);
        this.#host.requestUpdate();
      },
    );
  }

  #succeed(result: { brief: Brief; diagnostics: readonly Diagnostic[] }): void {
    this.state = { status: "ready", brief: result.brief, diagnostics: result.diagnostics };
    this.#announce(new BriefLoadEvent({ brief: result.brief, diagnostics: result.diagnostics }));
  }

  #fail(error: unknown, retryable: boolean): void {
    const failure =
      error instanceof BriefLoadError
        ? error
        : new BriefLoadError("unreadable", "The brief could not be read.", { cause: error });
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
    this.#request?.abort(new DOMException("The brief's source changed.", "AbortError"));
    this.#request = undefined;
  }
}
