import { describe, expect, it } from "vitest";
import { parseBrief } from "../src/index.js";
import { decode } from "../src/parse/decode.js";
import { REFERENCE, readFixture, readFixtureBytes } from "./fixture-files.js";

const reference = readFixture(REFERENCE);

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function utf16(text: string, endian: "le" | "be", bom: boolean): Uint8Array {
  const units = (bom ? "\uFEFF" : "") + text;
  const bytes = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const unit = units.charCodeAt(i);
    const [first, second] = endian === "le" ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    bytes[2 * i] = first;
    bytes[2 * i + 1] = second;
  }
  return bytes;
}

function withoutPositions(input: string | Uint8Array) {
  return parseBrief(input, { positions: false }).brief;
}

describe("decoding bytes", () => {
  it("reads UTF-8 bytes like the same text given as a string", () => {
    const result = parseBrief(utf8(reference));
    expect(result).toEqual(parseBrief(reference));
  });

  it("drops a UTF-8 byte order mark and says nothing about the encoding", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(reference)]);
    const { text, note } = decode(bytes);
    expect(text).toBe(reference);
    expect(note).toBeNull();
  });

  it("accepts an ArrayBuffer", () => {
    const bytes = utf8(reference);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    expect(withoutPositions(new Uint8Array(buffer))).toEqual(withoutPositions(reference));
    expect(decode(buffer as ArrayBuffer).text).toBe(reference);
  });

  it("reads UTF-16LE with a byte order mark and reports the encoding", () => {
    const result = parseBrief(utf16(reference, "le", true));
    expect(result.brief).toEqual(parseBrief(reference).brief);
    expect(result.diagnostics[0]).toMatchObject({ code: "encoding", severity: "info", position: null });
    expect(result.diagnostics[0]?.message).toContain("UTF-16LE");
  });

  it("reads UTF-16BE with a byte order mark", () => {
    const result = parseBrief(utf16(reference, "be", true));
    expect(result.brief).toEqual(parseBrief(reference).brief);
    expect(result.diagnostics[0]?.message).toContain("UTF-16BE");
  });

  it("recognises UTF-16LE without a byte order mark by its zero bytes", () => {
    const { text, note } = decode(utf16("Summary:\nA lead.\n  • A point\n", "le", false));
    expect(text).toBe("Summary:\nA lead.\n  • A point\n");
    expect(note).toMatchObject({ code: "encoding", encoding: "UTF-16LE" });
  });

  it("falls back to Big5 when the bytes are not UTF-8, and says so", () => {
    const result = parseBrief(readFixtureBytes("rare-earths-2025-10-24.big5"));
    expect(result.brief).toEqual(parseBrief(reference).brief);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["encoding", "unbalanced-bracket"]);
    expect(result.diagnostics[0]?.message).toBe(
      "The input is not UTF-8; it was read as Big5. Save it as UTF-8 so every tool reads it the same way.",
    );
  });

  it("decodes known Big5 code points: 中 is A4 A4 and 文 is A4 E5", () => {
    expect(decode(new Uint8Array([0xa4, 0xa4, 0xa4, 0xe5])).text).toBe("中文");
  });

  it("decodes with the encoding the caller names", () => {
    const bytes = readFixtureBytes("rare-earths-2025-10-24.big5");
    const { text, note } = decode(bytes, "big5");
    // Big5 has no NO-BREAK SPACE, and its bullet A1 45 is ‧ (U+2027)
    expect(text).toBe(reference.replaceAll("\u00a0", " ").replaceAll("•", "‧"));
    expect(note).toEqual({ code: "encoding", encoding: "Big5", reason: "forced" });
  });

  it("falls back to detection when the named encoding does not exist", () => {
    const result = parseBrief(utf8(reference), { encoding: "klingon" });
    expect(result.brief).toEqual(parseBrief(reference).brief);
    expect(result.diagnostics[0]).toMatchObject({ code: "encoding", severity: "info" });
    expect(result.diagnostics[0]?.message).toContain('"klingon" is not an encoding briefkit can decode');
  });

  it("ignores the encoding option for string input", () => {
    expect(parseBrief(reference, { encoding: "big5" })).toEqual(parseBrief(reference));
  });
});
