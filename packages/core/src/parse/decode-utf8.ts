/**
 * UTF-8 that is not quite valid: a few bytes broken, or characters cut in two by a line break (`fold -b`
 * and mailers that wrap lines by bytes). The walk follows the WHATWG decoder byte for byte, so each
 * U+FFFD TextDecoder writes for broken bytes is one this walk counted, at the offset it counted; and it
 * counts what it sees, so the caller can tell UTF-8 with a few broken bytes from a legacy encoding.
 */
import type { DecodeMark } from "./decode.js";

export interface Utf8Scan {
  /** Valid characters of two to four bytes, mended ones included. */
  multibyte: number;
  /** Invalid sequences: each becomes one U+FFFD. */
  invalid: number;
  marks: DecodeMark[];
  /** The line breaks that cut a character, to be left out: [start, end) byte pairs in order. */
  breaks: number[];
}

interface Replaced extends DecodeMark {
  detail: { code: "invalid-bytes"; reason: "replaced"; count: number };
}

/** How many continuation bytes a byte of 0x80 or above takes as a lead; 0 when it cannot lead. */
function trailing(lead: number): number {
  return lead < 0xc2 ? 0 : lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : lead < 0xf5 ? 3 : 0;
}

/**
 * How many of the `count` bytes from `at` continue `lead`, `done` continuation bytes having come
 * before. Four leads narrow their first continuation, to shut out overlong forms, surrogates and code
 * points past U+10FFFF.
 */
function continuation(bytes: Uint8Array, at: number, lead: number, count: number, done: number): number {
  let k = 0;
  for (; k < count; k++) {
    const first = done + k === 0;
    const low = first && lead === 0xe0 ? 0xa0 : first && lead === 0xf0 ? 0x90 : 0x80;
    const high = first && lead === 0xed ? 0x9f : first && lead === 0xf4 ? 0x8f : 0xbf;
    const byte = bytes[at + k] ?? 0;
    if (byte < low || byte > high) break;
  }
  return k;
}

/** The length of the line break at `at`: 1 for LF, 2 for CRLF, 0 for none. */
function lineBreak(bytes: Uint8Array, at: number): number {
  if (bytes[at] === 0x0a) return 1;
  return bytes[at] === 0x0d && bytes[at + 1] === 0x0a ? 2 : 0;
}

/** Adds a U+FFFD of `count` bytes at `offset` to the run that ends there, or starts a run; returns the run. */
function replaced(marks: DecodeMark[], run: Replaced | null, offset: number, count: number): Replaced {
  if (run && run.offset + run.length === offset) {
    run.length++;
    run.detail.count += count;
    return run;
  }
  const next: Replaced = { detail: { code: "invalid-bytes", reason: "replaced", count }, offset, length: 1 };
  marks.push(next);
  return next;
}

/**
 * Walks `bytes` from `start` (past a BOM), offsets counted in UTF-16 code units of the decoded text.
 * Marks and breaks are kept only when `locate` asks for them: legacy text has an invalid sequence in
 * every character or two, and marks for a few megabytes of it would be millions of objects.
 */
export function scanUtf8(bytes: Uint8Array, start: number, locate: boolean): Utf8Scan {
  const scan: Utf8Scan = { multibyte: 0, invalid: 0, marks: [], breaks: [] };
  let run: Replaced | null = null;
  let offset = 0;
  let i = start;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      offset++;
      i++;
      continue;
    }
    const need = trailing(lead);
    const got = continuation(bytes, i + 1, lead, need, 0);
    const cut = got < need ? lineBreak(bytes, i + 1 + got) : 0;
    const rest = i + 1 + got + cut;
    const mended = cut > 0 && continuation(bytes, rest, lead, need - got, got) === need - got;
    if (need > 0 && (got === need || mended)) {
      // Four bytes make a code point past U+FFFF: two UTF-16 code units.
      const width = need === 3 ? 2 : 1;
      if (mended && locate) {
        scan.breaks.push(rest - cut, rest);
        scan.marks.push({
          detail: { code: "invalid-bytes", reason: "mended", count: need + 1 },
          offset,
          length: width,
        });
      }
      scan.multibyte++;
      offset += width;
      i = rest + need - got;
      continue;
    }
    scan.invalid++;
    if (locate) run = replaced(scan.marks, run, offset, 1 + got);
    offset++;
    i += 1 + got;
  }
  return scan;
}
