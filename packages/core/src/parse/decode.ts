/**
 * Bytes → text, the only place encodings live. A BOM decides first (UTF-8, UTF-16LE/BE); then UTF-16
 * without a BOM is recognised by its zero bytes; then UTF-8 when the bytes are valid UTF-8, or nearly
 * so (broken bytes replaced, characters cut by a line break mended, each marked where it is); else
 * Big5/CP950, the legacy encoding of Taiwan, or GBK/GB18030, whichever reads as common Chinese.
 * TextDecoder does the decoding, in Node and browsers alike.
 */
import type { DiagnosticDetail } from "../diagnostics.js";
import type { BriefInput } from "../options.js";
import { chineseScore, hasFourByteForm } from "./decode-score.js";
import { scanUtf8, type Utf8Scan } from "./decode-utf8.js";

interface TextDecoderLike {
  readonly encoding: string;
  decode(input: Uint8Array, options?: { stream?: boolean }): string;
}
type TextDecoderConstructor = new (label?: string, options?: { fatal?: boolean }) => TextDecoderLike;

// Reached through globalThis so the package needs neither DOM nor Node typings.
const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderConstructor }).TextDecoder;

/** Something to report at a place in the decoded text: `offset` and `length` in UTF-16 code units. */
export interface DecodeMark {
  detail: DiagnosticDetail;
  offset: number;
  length: number;
}

export interface Decoded {
  text: string;
  /** What to tell the user about the encoding, when it was not plain UTF-8. */
  note: DiagnosticDetail | null;
  /** Broken UTF-8 replaced by U+FFFD and characters mended across a line break, in text order. */
  marks: DecodeMark[];
}

const DISPLAY_NAMES: Readonly<Record<string, string>> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16LE",
  "utf-16be": "UTF-16BE",
  big5: "Big5",
  gbk: "GBK",
  gb18030: "GB18030",
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

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** Valid UTF-8 decoded, or null: the fast path, one native pass. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new Decoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-8 with its broken bytes replaced and its cut characters joined, each marked where it is. The
 * line breaks that cut characters are left out, and the streaming decoder joins the halves.
 */
function repaired(bytes: Uint8Array): Decoded {
  const { marks, breaks } = scanUtf8(bytes, hasUtf8Bom(bytes) ? 3 : 0, true);
  const decoder = new Decoder("utf-8");
  let text = "";
  let from = 0;
  for (let b = 0; b < breaks.length; b += 2) {
    text += decoder.decode(bytes.subarray(from, breaks[b]), { stream: true });
    from = breaks[b + 1] as number;
  }
  return { text: text + decoder.decode(bytes.subarray(from)), note: null, marks };
}

/** Bytes known to be UTF-8 (a BOM says so, or the caller): valid or not, they are read as UTF-8. */
function utf8(bytes: Uint8Array): Decoded {
  const text = strictUtf8(bytes);
  return text === null ? repaired(bytes) : { text, note: null, marks: [] };
}

/**
 * UTF-8 with a few broken bytes, not a legacy encoding. Big5 and GBK text makes a valid UTF-8
 * sequence of a few of its characters by chance and an invalid one of most; random bytes, several
 * invalid sequences for each valid one. Real UTF-8 damage is the other way round: one invalid sequence
 * in ten valid ones is far from both.
 */
function mostlyUtf8(scan: Utf8Scan): boolean {
  return scan.multibyte > 0 && scan.invalid * 10 <= scan.multibyte;
}

function detected(text: string, encoding: string): Decoded {
  return { text, note: { code: "encoding", encoding, reason: "detected" }, marks: [] };
}

/**
 * Bytes that are not valid UTF-8: nearly so, or Chinese in a legacy encoding, Big5 or GB, whichever
 * reading has the more common Chinese (a tie goes to Big5, Taiwan's own). When neither reading finds
 * any, text with a few stray bytes (a Latin-1 quote in English) is UTF-8 too; random bytes, an invalid
 * sequence in every few bytes, stay Big5 as before, for the parser to call unreadable.
 */
function notUtf8(bytes: Uint8Array): Decoded {
  const counts = scanUtf8(bytes, 0, false);
  if (mostlyUtf8(counts)) return repaired(bytes);
  const big5 = decodeAs(bytes, "big5");
  const gb = decodeAs(bytes, "gb18030");
  const big5Score = chineseScore(big5);
  const gbScore = chineseScore(gb);
  if (gbScore > big5Score && gbScore > 0) return detected(gb, hasFourByteForm(bytes) ? "GB18030" : "GBK");
  if (big5Score > 0 || counts.invalid * 20 > bytes.length) return detected(big5, "Big5");
  return repaired(bytes);
}

function detect(bytes: Uint8Array): Decoded {
  const [b0, b1] = bytes;
  if (hasUtf8Bom(bytes)) return utf8(bytes);
  if (b0 === 0xff && b1 === 0xfe) return detected(decodeAs(bytes, "utf-16le"), "UTF-16LE");
  if (b0 === 0xfe && b1 === 0xff) return detected(decodeAs(bytes, "utf-16be"), "UTF-16BE");
  const utf16 = sniffUtf16(bytes);
  if (utf16) return detected(decodeAs(bytes, utf16), displayName(utf16));
  const text = strictUtf8(bytes);
  return text === null ? notUtf8(bytes) : { text, note: null, marks: [] };
}

/**
 * Decodes with the caller's encoding. Node's GBK decoder (ICU's) reads neither GB18030's four-byte
 * form nor A2E3 as €; the WHATWG GBK decoder, the browsers', is the GB18030 one, so that is used.
 */
function forced(bytes: Uint8Array, decoder: TextDecoderLike): Decoded {
  const { encoding } = decoder;
  if (encoding === "utf-8") return utf8(bytes);
  const text = encoding === "gbk" ? decodeAs(bytes, "gb18030") : decoder.decode(bytes);
  return { text, note: { code: "encoding", encoding: displayName(encoding), reason: "forced" }, marks: [] };
}

/** Text from a string or bytes; `requested` forces an encoding (any WHATWG label: `big5`, `gbk` …). */
export function decode(input: BriefInput, requested?: string): Decoded {
  if (typeof input === "string") return { text: input, note: null, marks: [] };
  const bytes = toBytes(input);
  if (requested === undefined || requested.trim() === "") return detect(bytes);
  let decoder: TextDecoderLike;
  try {
    decoder = new Decoder(requested.trim());
  } catch {
    const fallback = detect(bytes);
    const encoding = fallback.note?.code === "encoding" ? fallback.note.encoding : "UTF-8";
    return { ...fallback, note: { code: "encoding", encoding, reason: "unknown", requested } };
  }
  return forced(bytes, decoder);
}
