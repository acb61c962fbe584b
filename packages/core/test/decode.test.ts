import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseBrief } from "../src/index.js";
import { decode, type DecodeMark } from "../src/parse/decode.js";
import { COMMON_HAN } from "../src/parse/decode-score.js";
import { REFERENCE, readFixture, readFixtureBytes } from "./fixture-files.js";

const reference = readFixture(REFERENCE);
/** The reference in Simplified characters (OpenCC t2s), from scripts/fixtures-encodings.sh. */
const simplified = readFixture("encodings/rare-earths-simplified.txt");

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
    const { text, note } = decode(new Uint8Array([0xa4, 0xa4, 0xa4, 0xe5]));
    expect(text).toBe("中文");
    expect(note).toEqual({ code: "encoding", encoding: "Big5", reason: "detected" });
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

/** What a GBK file holds for the reference's text: GBK has neither NO-BREAK SPACE nor •. */
function asInGbk(text: string): string {
  return text.replaceAll("\u00a0", " ").replaceAll("•", "●");
}

function replacedMark(offset: number, length: number, count: number): DecodeMark {
  return { detail: { code: "invalid-bytes", reason: "replaced", count }, offset, length };
}

function mendedMark(offset: number, length: number, count: number): DecodeMark {
  return { detail: { code: "invalid-bytes", reason: "mended", count }, offset, length };
}

describe("Chinese in a legacy encoding", () => {
  it("tells GBK from Big5, and says which it read", () => {
    const bytes = readFixtureBytes("encodings/rare-earths-simplified.gbk");
    const { text, note, marks } = decode(bytes);
    expect(text).toBe(asInGbk(simplified));
    expect(note).toEqual({ code: "encoding", encoding: "GBK", reason: "detected" });
    expect(marks).toEqual([]);
    const result = parseBrief(bytes, { positions: false });
    expect(result.brief).toEqual(parseBrief(simplified, { positions: false }).brief);
    expect(result.diagnostics[0]?.message).toBe(
      "The input is not UTF-8; it was read as GBK. Save it as UTF-8 so every tool reads it the same way.",
    );
  });

  it("reads Traditional characters saved as GBK as GBK, not as Big5", () => {
    const { text, note } = decode(readFixtureBytes("encodings/rare-earths-traditional.gbk"));
    expect(text).toBe(asInGbk(reference));
    expect(note).toMatchObject({ encoding: "GBK" });
  });

  it("names GB18030 when its four-byte form is used, as for NO-BREAK SPACE and •", () => {
    const bytes = readFixtureBytes("encodings/rare-earths-simplified.gb18030");
    const { text, note } = decode(bytes);
    expect(text).toBe(simplified);
    expect(note).toEqual({ code: "encoding", encoding: "GB18030", reason: "detected" });
    expect(parseBrief(bytes).brief).toEqual(parseBrief(simplified).brief);
  });

  it("decodes known GBK code points: 中 is D6 D0 and 文 is CE C4", () => {
    expect(decode(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]))).toMatchObject({
      text: "中文",
      note: { encoding: "GBK" },
    });
  });

  it("decodes GB18030's four-byte form: 𠮷 is 95 34 B2 35 and 😀 is 94 39 FC 36", () => {
    const bytes = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0x95, 0x34, 0xb2, 0x35, 0x94, 0x39, 0xfc, 0x36]);
    expect(decode(bytes)).toMatchObject({ text: "中文𠮷😀", note: { encoding: "GB18030" } });
  });

  it("reads GBK when asked by any of its labels the way browsers do, four-byte form and € included", () => {
    // 中 D6 D0, 𠮷 95 34 B2 35, € A2 E3
    const bytes = new Uint8Array([0xd6, 0xd0, 0x95, 0x34, 0xb2, 0x35, 0xa2, 0xe3]);
    for (const label of ["gbk", "GB2312", "x-gbk"]) {
      expect(decode(bytes, label)).toEqual({
        text: "中𠮷€",
        note: { code: "encoding", encoding: "GBK", reason: "forced" },
        marks: [],
      });
    }
    expect(decode(bytes, "gb18030").note).toEqual({
      code: "encoding",
      encoding: "GB18030",
      reason: "forced",
    });
  });

  it("keeps reading random bytes as Big5, never as UTF-8 with broken bytes", () => {
    let x = 2463534242;
    const bytes = Uint8Array.from({ length: 4096 }, () => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return x & 0xff;
    });
    expect(decode(bytes)).toMatchObject({ note: { encoding: "Big5" }, marks: [] });
  });
});

/** The common characters the legacy reading is scored by, readable; COMMON_HAN is their encoding. */
const COMMON_READABLE =
  "一万三上下不与业东两並个中为主么之也了事二于些产人从他代以们会但位体作你使來個們入內全兩公关其内军出分利到制前力加动動化北区區十南原去又发口只可各合同名后向员和員問因国國在地场城場外多大天头她好如子学學安定实家實对将將對小就山工已市常平年并度建开当後得從心性情想意成我战戰所手把政教数數文新方於无日时明是時最會月有本机来東样業樣機次正此武民水沒没治法海点為無然物现現理生產用由當發的相看着知石种種立第等經经老者而能自與萬著行表被裡西要見见說说起路身軍过还这进這通進過道還那部都里重長长門開間關门问间院面頭體高麼點";

/** Encodes characters as COMMON_HAN does: sorted, each its distance from the one before. */
function encodeCommon(chars: string): string {
  const digit = (value: number) => String.fromCharCode(35 + value);
  const codes = [...chars].map((c) => c.charCodeAt(0)).sort((a, b) => a - b);
  let previous = 0x4e00;
  let out = "";
  for (const code of codes) {
    const distance = code - previous;
    previous = code;
    if (distance >= 78 * 15) throw new Error(`a gap of ${distance} is too long to write`);
    out += distance < 78 ? digit(distance) : digit(77 + Math.floor(distance / 78)) + digit(distance % 78);
  }
  return out;
}

describe("the common characters", () => {
  it("are the ones listed readable here, Traditional and Simplified forms both", () => {
    expect(encodeCommon(COMMON_READABLE)).toBe(COMMON_HAN);
    for (const char of "的是國国這这來来會会") expect(COMMON_READABLE).toContain(char);
  });
});

describe("UTF-8 with broken bytes", () => {
  it("replaces each run of broken bytes with U+FFFD and marks it, reading the rest as UTF-8", () => {
    const { text, note, marks } = decode(readFixtureBytes("encodings/rare-earths-broken-bytes.txt"));
    // scripts/fixtures-encodings.sh: 近's lead byte made invalid, "Policy"'s o saved as Latin-1, 稀's last byte a space
    const expected = reference
      .replace("Policy", "P\ufffdlicy")
      .replace("近", "\ufffd\ufffd\ufffd")
      .replace("稀土出口", "\ufffd 土出口");
    expect(text).toBe(expected);
    expect(note).toBeNull();
    expect(marks).toEqual([
      replacedMark(expected.indexOf("P\ufffd") + 1, 1, 1),
      replacedMark(expected.indexOf("\ufffd\ufffd\ufffd"), 3, 3),
      replacedMark(expected.indexOf("\ufffd 土出口"), 1, 2),
    ]);
    const { brief, diagnostics } = parseBrief(readFixtureBytes("encodings/rare-earths-broken-bytes.txt"));
    expect(brief.source).toBe("Foreign P\ufffdlicy");
    expect(diagnostics.map((d) => d.code)).not.toContain("encoding");
  });

  it("groups adjacent broken bytes into one mark, one U+FFFD for each broken sequence", () => {
    expect(decode(new Uint8Array([0x61, 0xff, 0xfe, 0x62]), "utf-8")).toEqual({
      text: "a\ufffd\ufffdb",
      note: null,
      marks: [replacedMark(1, 2, 2)],
    });
  });

  it("replaces a sequence cut short with one U+FFFD, as TextDecoder does", () => {
    // 中 is E4 B8 AD; 😀 is F0 9F 98 80, and ED A0 80 would be a surrogate, three broken bytes
    const bytes = new Uint8Array([0xe4, 0xb8, 0x41, 0xed, 0xa0, 0x80, 0x42, 0xf0, 0x9f, 0x98]);
    const { text, marks } = decode(bytes, "utf-8");
    expect(text).toBe("\ufffdA\ufffd\ufffd\ufffdB\ufffd");
    expect(marks).toEqual([replacedMark(0, 1, 2), replacedMark(2, 3, 3), replacedMark(6, 1, 3)]);
  });

  it("counts offsets in UTF-16 code units of the decoded text", () => {
    const bytes = new Uint8Array([...utf8("😀中"), 0xff]);
    expect(decode(bytes, "utf-8").marks).toEqual([replacedMark(3, 1, 1)]);
  });

  it("reads Chinese UTF-8 with a stray byte as UTF-8, not as Big5", () => {
    const bytes = new Uint8Array([...utf8("稀土".repeat(5)), 0x80, ...utf8("出口".repeat(5))]);
    expect(decode(bytes)).toEqual({
      text: `${"稀土".repeat(5)}\ufffd${"出口".repeat(5)}`,
      note: null,
      marks: [replacedMark(10, 1, 1)],
    });
  });

  it("reads English with a Latin-1 quote as UTF-8, not as Big5", () => {
    const bytes = new Uint8Array([...utf8("It"), 0x92, ...utf8("s a brief about rare earths.")]);
    expect(decode(bytes)).toEqual({
      text: "It\ufffds a brief about rare earths.",
      note: null,
      marks: [replacedMark(2, 1, 1)],
    });
  });

  it("marks broken bytes behind a UTF-8 byte order mark, offsets counted after it", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xc3]);
    expect(decode(bytes)).toEqual({ text: "a\ufffd", note: null, marks: [replacedMark(1, 1, 1)] });
  });

  it("marks nothing in valid UTF-8 or in a string", () => {
    expect(decode(utf8(reference)).marks).toEqual([]);
    expect(decode(reference).marks).toEqual([]);
    expect(decode(new Uint8Array()).marks).toEqual([]);
  });
});

describe("characters cut by a line break", () => {
  it("joins the halves and marks the character, for LF and CRLF", () => {
    expect(decode(new Uint8Array([0x61, 0xe4, 0xb8, 0x0a, 0xad]))).toEqual({
      text: "a中",
      note: null,
      marks: [mendedMark(1, 1, 3)],
    });
    expect(decode(new Uint8Array([0xe4, 0x0d, 0x0a, 0xb8, 0xad])).text).toBe("中");
    expect(decode(new Uint8Array([0xf0, 0x9f, 0x0a, 0x98, 0x80, 0x0a]))).toMatchObject({
      text: "😀\n",
      marks: [mendedMark(0, 2, 4)],
    });
  });

  it("leaves a line break that no character's rest follows, and replaces the cut-off start", () => {
    expect(decode(new Uint8Array([0xe4, 0xb8, 0x0a, 0x41]), "utf-8")).toEqual({
      text: "\ufffd\nA",
      note: null,
      marks: [replacedMark(0, 1, 2)],
    });
  });

  it("mends what fold -b -w 40 cut, keeping the line breaks it put between characters", () => {
    const bytes = readFixtureBytes("encodings/rare-earths-fold-b-40.txt");
    const { text, note, marks } = decode(bytes);
    expect(note).toBeNull();
    expect(text).not.toContain("\ufffd");
    expect(text.replaceAll("\n", "")).toBe(reference.replaceAll("\n", ""));
    // A line break inside a character is one between a lead or continuation byte and a continuation byte.
    let cuts = 0;
    for (let i = 1; i + 1 < bytes.length; i++) {
      if (
        bytes[i] === 0x0a &&
        (bytes[i - 1] as number) >= 0x80 &&
        ((bytes[i + 1] as number) & 0xc0) === 0x80
      ) {
        cuts++;
      }
    }
    expect(cuts).toBeGreaterThan(10);
    expect(marks).toHaveLength(cuts);
    for (const { detail, offset, length } of marks) {
      const char = text.slice(offset, offset + length);
      expect([...char]).toHaveLength(1);
      expect(detail).toEqual({ code: "invalid-bytes", reason: "mended", count: utf8(char).length });
    }
  });
});

/** A character and how it is written into bytes: whole, or cut by a line break at a byte inside it. */
const writtenChar = fc.record({
  char: fc.oneof(
    fc.constantFrom("a", "\n", "é", "中", "€", "😀", "\u00a0"),
    fc.string({ minLength: 1, maxLength: 1, unit: "binary" }),
  ),
  cut: fc.option(fc.tuple(fc.nat(), fc.constantFrom("\n", "\r\n")), { freq: 3 }),
});

/** Bytes at the edges of UTF-8's ranges, where a walk that is off by one goes wrong. */
const EDGE_BYTES = [
  0x00, 0x0a, 0x0d, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec,
  0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff,
];

const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  fc.array(fc.constantFrom(...EDGE_BYTES), { maxLength: 60 }).map((bytes) => Uint8Array.from(bytes)),
);

describe("reading any bytes as UTF-8", () => {
  it("marks U+FFFD runs where TextDecoder puts them, and accounts for every byte", () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        const { text, marks } = decode(bytes, "utf-8");
        if (marks.some((m) => m.detail.code === "invalid-bytes" && m.detail.reason === "mended")) return;
        expect(text).toBe(new TextDecoder().decode(bytes));
        let kept = "";
        let counted = 0;
        let end = 0;
        for (const { detail, offset, length } of marks) {
          // In order and apart: broken bytes side by side make one mark.
          if (end > 0) expect(offset).toBeGreaterThan(end);
          expect(text.slice(offset, offset + length)).toBe("\ufffd".repeat(length));
          kept += text.slice(end, offset);
          counted += detail.code === "invalid-bytes" ? detail.count : 0;
          end = offset + length;
        }
        kept += text.slice(end);
        const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
        expect(counted).toBe(bytes.length - bom - utf8(kept).length);
      }),
      { numRuns: 1000 },
    );
  });

  it("mends every character a line break cut, and nothing else", () => {
    fc.assert(
      fc.property(fc.array(writtenChar, { maxLength: 40 }), (chars) => {
        const parts: number[] = [];
        let expected = "";
        const mended: DecodeMark[] = [];
        for (const { char, cut } of chars) {
          const bytes = utf8(char);
          if (cut && bytes.length > 1) {
            const [where, lineBreak] = cut;
            const at = 1 + (where % (bytes.length - 1));
            mended.push(mendedMark(expected.length, char.length, bytes.length));
            parts.push(...bytes.subarray(0, at), ...utf8(lineBreak), ...bytes.subarray(at));
          } else {
            parts.push(...bytes);
          }
          expected += char;
        }
        const { text, marks } = decode(Uint8Array.from(parts), "utf-8");
        expect(text).toBe(expected);
        expect(marks).toEqual(mended);
      }),
      { numRuns: 500 },
    );
  });
});
