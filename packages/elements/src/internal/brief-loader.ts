import type { BriefInput } from "@briefkit/core";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { BriefErrorEvent } from "./events.js";
import { fallbackText } from "./fallback-text.js";
import { fetchBody } from "./fetch-body.js";
import { BriefLoadError } from "./load-error.js";
import { httpURL } from "./safe-url.js";

export type LoadState<T> =
  | { readonly status: "empty" }
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly result: T }
  | { readonly status: "error"; readonly error: BriefLoadError; readonly retryable: boolean };

/** What the loader reads from its element, besides the property the reader names. */
export interface BriefSourceHost extends ReactiveControllerHost, HTMLElement {
  readonly src: string | null;
  readonly timeout: number;
  readonly maxBytes: number;
}

/**
 * What one kind of element loads (a brief, a digest's briefs) and how: each read throws a
 * `BriefLoadError` saying why the input is not one.
 */
export interface BriefReader<T, H> {
  /** What is loaded, in messages: "brief", "digest". */
  readonly noun: string;
  /** The value a page set as the element's property, null or undefined when none. */
  readonly given: (host: H) => unknown;
  /** The given value, checked. */
  readonly check: (value: unknown) => T;
  /** Text or bytes, from `src` or the element's text content. */
  readonly text: (input: BriefInput) => T;
  /** JSON from `src`. */
  readonly json: (text: string) => T;
  /** The event announcing a load the element did itself. */
  readonly loaded: (result: T) => Event;
}

type Source =
  | { readonly kind: "none" }
  | { readonly kind: "property"; readonly value: unknown }
  | { readonly kind: "src"; readonly value: string }
  | { readonly kind: "text"; readonly value: string };

const NONE: Source = { kind: "none" };
const EMPTY = { status: "empty" } as const;
const LOADING = { status: "loading" } as const;

function sameSource(a: Source, b: Source): boolean {
  const value = (source: Source) => ("value" in source ? source.value : undefined);
  return a.kind === b.kind && Object.is(value(a), value(b));
}

/**
 * Gives its element what its reader reads from, in order of precedence, the element's property,
 * the `src` attribute, or the element's own text content, and starts over whenever the one in
 * effect changes. A fetch is aborted when `src` changes or the element leaves the page; a text edit
 * is seen through a MutationObserver. `brief-load` and `brief-error` are dispatched after the
 * element has rendered the result, and only for loads the element did itself (`src`, text content).
 */
export class BriefLoader<T, H extends BriefSourceHost = BriefSourceHost> implements ReactiveController {
  state: LoadState<T> = EMPTY;
  readonly #host: H;
  readonly #reader: BriefReader<T, H>;
  #source: Source = NONE;
  #request: AbortController | undefined;
  #observer: MutationObserver | undefined;

  constructor(host: H, reader: BriefReader<T, H>) {
    this.#host = host;
    this.#reader = reader;
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
   * Takes up the property, when set, without touching the DOM: a server renderer calls
   * `willUpdate` and `render` but no controller, so a host may call this from `willUpdate`.
   */
  usePropertyIfSet(): void {
    const value = this.#reader.given(this.#host);
    if (value != null) this.#use({ kind: "property", value });
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
    const value = this.#reader.given(host);
    if (value != null) return { kind: "property", value };
    if (host.src) return { kind: "src", value: host.src };
    const text = fallbackText(host);
    return text ? { kind: "text", value: text } : NONE;
  }

  #start(source: Source): void {
    switch (source.kind) {
      case "none":
        this.state = EMPTY;
        return;
      case "property":
        // The page holds what it set: a bad value is shown, not announced.
        try {
          this.state = { status: "ready", result: this.#reader.check(source.value) };
        } catch (error) {
          this.state = { status: "error", error: this.#loadError(error), retryable: false };
        }
        return;
      case "text":
        try {
          this.#succeed(this.#reader.text(source.value));
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
    const reader = this.#reader;
    const settle = (finish: () => void) => {
      if (this.#request !== request) return;
      this.#request = undefined;
      finish();
      this.#host.requestUpdate();
    };
    fetchBody(url, { signal: request.signal, timeout, maxBytes })
      .then((body) =>
        body.json ? reader.json(new TextDecoder().decode(body.bytes)) : reader.text(body.bytes),
      )
      .then(
        (result) => settle(() => this.#succeed(result)),
        (error: unknown) => settle(() => this.#fail(error, true)),
      );
  }

  #succeed(result: T): void {
    this.state = { status: "ready", result };
    this.#announce(this.#reader.loaded(result));
  }

  #fail(error: unknown, retryable: boolean): void {
    const failure = this.#loadError(error);
    this.state = { status: "error", error: failure, retryable };
    this.#announce(new BriefErrorEvent({ error: failure }));
  }

  #loadError(error: unknown): BriefLoadError {
    return error instanceof BriefLoadError
      ? error
      : new BriefLoadError("unreadable", `The ${this.#reader.noun} could not be read.`, { cause: error });
  }

  #announce(event: Event): void {
    const source = this.#source;
    void this.#host.updateComplete.then(() => {
      if (this.#source === source) this.#host.dispatchEvent(event);
    });
  }

  #cancel(): void {
    this.#request?.abort(new DOMException(`The ${this.#reader.noun}'s source changed.`, "AbortError"));
    this.#request = undefined;
  }
}
