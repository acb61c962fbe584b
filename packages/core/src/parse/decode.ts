/**
 * Bytes → text, the only place encodings live. A BOM decides first (UTF-8, UTF-16LE/BE); then UTF-16
 * without a BOM is recognised by its zero bytes; then UTF-8 when the bytes are valid UTF-8; else
 * Big5/CP950, the legacy encoding of Taiwan. TextDecoder does the decoding, in Node and browsers alike.
 */
import type { DiagnosticDetail } from "../diagnostics.js";
import type { BriefInput } from "../options.js";

interface TextDecoderLike {
  readonly encoding: string;
  decode(input: Uint8Array): string;
}
type TextDecoderConstructor = new (label?: string, options?: { fatal?: boolean }) => TextDecoderLike;

// Reached through globalThis so the package needs neither DOM nor Node typings.
const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderConstructor }).TextDecoder;

export interface Decoded {
  text: string;
  /** What to tell the user about the encoding, when it was not plain UTF-8. */
  note: DiagnosticDetail | null;
}

const DISPLAY_NAMES: Readonly<Record<string, string>> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16LE",
  "utf-16be": "UTF-16BE",
  big5: "Big5",
};

function displayName(encoding: string): string {
  return DISPLAY_NAMES[encoding] ?? encoding;
}

function toBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
  return ArrayBuffer.isView(input) ? input : new Uint8Array(input);
}

/** Decodes with a label; the decoder drops a matching BOM itself. */
function decodeAs(bytes: Uint8Array, label: string): string {
  return new Decoder(label).decode(bytes);
}

/** UTF-16 without a BOM: text mostly below U+0100 leaves every other byte zero. */
function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const length = Math.min(bytes.length, 1024) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return "utf-16be";
  return null;
}

function detect(bytes: Uint8Array): Decoded {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { text: decodeAs(bytes, "utf-8"), note: null };
  if (b0 === 0xff && b1 === 0xfe) return detected(bytes, "utf-16le");
  if (b0 === 0xfe && b1 === 0xff) return detected(bytes, "utf-16be");
  const utf16 = sniffUtf16(bytes);
  if (utf16) return detected(bytes, utf16);
  try {
    return { text: new Decoder("utf-8", { fatal: true }).decode(bytes), note: null };
  } catch {
    return detected(bytes, "big5");
  }
}

function detected(bytes: Uint8Array, encoding: string): Decoded {
  return {
    text: decodeAs(bytes, encoding),
    note: { code: "encoding", encoding: displayName(encoding), reason: "detected" },
  };
}

/** Text from a string or bytes; `requested` forces an encoding (any WHATWG label: `big5`, `utf-16le` …). */
export function decode(input: BriefInput, requested?: string): Decoded {
  if (typeof input === "string") return { text: input, note: null };
  const bytes = toBytes(input);
  if (requested === undefined || requested.trim() === "") return detect(bytes);
  let decoder: TextDecoderLike;
  try {
    decoder = new Decoder(requested.trim());
  } catch {
    const fallback = detect(bytes);
    const encoding = fallback.note?.code === "encoding" ? fallback.note.encoding : "UTF-8";
    return { text: fallback.text, note: { code: "encoding", encoding, reason: "unknown", requested } };
  }
  const text = decoder.decode(bytes);
  if (decoder.encoding === "utf-8") return { text, note: null };
  return { text, note: { code: "encoding", encoding: displayName(decoder.encoding), reason: "forced" } };
}
