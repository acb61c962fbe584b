import { BriefLoadError } from "./load-error.js";

export interface FetchBodyOptions {
  /** Aborts the request, e.g. when `src` changes or the element leaves the page. */
  readonly signal: AbortSignal;
  /** Milliseconds before the request is given up. */
  readonly timeout: number;
  /** Bytes of body read before the response is refused as too large. */
  readonly maxBytes: number;
}

export interface FetchedBody {
  readonly bytes: Uint8Array;
  /** Whether the body is JSON: the server says so, or it starts with `{` or `[`. */
  readonly json: boolean;
}

const ACCEPT = "application/json, text/plain;q=0.9, */*;q=0.1";
const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);
const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * The body at `url`, fetched by the elements' rules for `src`: a timeout, a size cap, an HTML page
 * (a host's 404 page or SPA fallback answering 200) refused rather than read as a brief, and every
 * failure a `BriefLoadError`. Whether it is JSON is told too, since static hosts often serve `.json`
 * as text/plain.
 */
export async function fetchBody(url: URL, options: FetchBodyOptions): Promise<FetchedBody> {
  const controller = new AbortController();
  const forward = () => controller.abort(options.signal.reason);
  options.signal.addEventListener("abort", forward, { once: true });
  const timer = setTimeout(() => {
    controller.abort(
      new BriefLoadError("timeout", `${url.href} did not answer within ${options.timeout} ms.`),
    );
  }, options.timeout);
  try {
    const response = await fetch(url, { signal: controller.signal, headers: { accept: ACCEPT } });
    if (!response.ok) {
      await response.body?.cancel();
      throw new BriefLoadError("http", `${url.href} answered HTTP ${response.status}.`, {
        status: response.status,
      });
    }
    const type = mediaType(response.headers.get("content-type"));
    if (HTML_TYPES.has(type)) {
      await response.body?.cancel();
      throw new BriefLoadError("not-a-brief", `${url.href} answered with an HTML page, not a brief.`);
    }
    const bytes = await readCapped(response, options.maxBytes);
    return { bytes, json: looksLikeJSON(type, bytes) };
  } catch (error) {
    if (controller.signal.aborted) throw controller.signal.reason;
    if (error instanceof BriefLoadError) throw error;
    // fetch() tells these apart only in the console: a network failure, a request the page's policy
    // blocked, and a redirect to a URL that is not http(s) all reject with the same TypeError.
    throw new BriefLoadError(
      "network",
      `${url.href} could not be fetched: the network failed, the request was blocked, or it redirected to a URL that is not http(s).`,
      { cause: error },
    );
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener("abort", forward);
  }
}

function mediaType(header: string | null): string {
  return (header ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

function looksLikeJSON(type: string, bytes: Uint8Array): boolean {
  if (type === "application/json" || type.endsWith("+json")) return true;
  let index = BYTE_ORDER_MARK.every((byte, i) => bytes[i] === byte) ? BYTE_ORDER_MARK.length : 0;
  while (index < bytes.length && WHITESPACE.has(bytes[index] ?? 0)) index++;
  return bytes[index] === 0x7b || bytes[index] === 0x5b;
}

/**
 * The body, refusing it once it passes `maxBytes`. A declared Content-Length is checked first, but
 * the count of bytes read is what holds: a length can be absent or describe a compressed body.
 */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () =>
    new BriefLoadError("too-large", `${response.url} is larger than the ${maxBytes}-byte limit.`);
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
