import { describe, expect, it } from "vitest";
import { BriefSchema } from "../src/schema.js";
import { parseBrief, parseBriefs } from "../src/index.js";
import { emptyBrief } from "./convert-sample.js";
import { REFERENCE, readFixture } from "./fixture-files.js";

const EMPTY_BRIEF = emptyBrief();

/** Deterministic pseudo-random bytes (xorshift), so the test reads the same garbage every run. */
function garbage(length: number, seed = 2463534242): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

describe("bad input", () => {
  it("reads an empty string as an empty brief with one unreadable-input error", () => {
    const { brief, diagnostics } = parseBrief("", { positions: false });
    expect(brief).toEqual(EMPTY_BRIEF);
    expect(diagnostics).toEqual([
      {
        severity: "error",
        code: "unreadable-input",
        message: "The input holds no text; a brief needs a header and a summary.",
        position: null,
      },
    ]);
  });

  it("reads whitespace only like an empty input", () => {
    const { brief, diagnostics } = parseBrief(" \n\u00a0\n\t\r\n\u3000", { positions: false });
    expect(brief).toEqual(EMPTY_BRIEF);
    expect(diagnostics.map((d) => d.code)).toEqual(["unreadable-input"]);
  });

  it("reads empty bytes like an empty string", () => {
    expect(parseBrief(new Uint8Array()).diagnostics.map((d) => d.code)).toEqual(["unreadable-input"]);
  });

  it("refuses binary garbage with one error instead of inventing a brief", () => {
    const { brief, diagnostics } = parseBrief(garbage(4096), { positions: false });
    expect(brief).toEqual(EMPTY_BRIEF);
    expect(diagnostics.map((d) => [d.severity, d.code])).toContainEqual(["error", "unreadable-input"]);
    expect(diagnostics.find((d) => d.code === "unreadable-input")?.message).toContain(
      "The input is not text",
    );
  });

  it("reads a brief that has a few stray control characters", () => {
    const { brief, diagnostics } = parseBrief(
      readFixture(REFERENCE).replace("Foreign Policy", "Foreign\u0000Policy"),
    );
    expect(brief.source).toBe("Foreign\u0000Policy");
    expect(diagnostics.map((d) => d.code)).not.toContain("unreadable-input");
  });

  it("reads a brief with no summary, locating the error after the header", () => {
    const { brief, diagnostics } = parseBrief(readFixture("missing-summary.txt"));
    expect(brief.summaries).toEqual([]);
    expect(brief.authors).toEqual(["Jane Doe"]);
    expect(diagnostics).toEqual([expect.objectContaining({ severity: "error", code: "missing-summary" })]);
    expect(diagnostics[0]?.position?.start.line).toBe(7);
  });

  it("reads a summary with no header, warning about each missing field at line 1", () => {
    const { brief, diagnostics } = parseBrief(readFixture("summary-without-header.txt"));
    expect(brief.fields).toEqual([]);
    expect(brief.summaries.map((s) => s.lang)).toEqual(["zh-Hant", "en"]);
    expect(diagnostics.map((d) => [d.code, d.position?.start.line])).toEqual([
      ["missing-field", 1],
      ["missing-field", 1],
      ["missing-field", 1],
      ["missing-field", 1],
    ]);
  });

  it("reads a 5 MB digest, every brief valid", () => {
    const reference = readFixture(REFERENCE);
    const copies = Math.ceil((5 * 1024 * 1024) / (reference.length * 3));
    const digest = Array.from({ length: copies }, () => reference).join("\n=====\n");
    const { briefs, diagnostics } = parseBriefs(digest);
    expect(briefs).toHaveLength(copies);
    expect(briefs[copies - 1]?.summaries[1]?.points).toHaveLength(8);
    expect(diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(BriefSchema.safeParse(briefs[copies - 1]).success).toBe(true);
  });

  it("reads a single 5 MB line as one long lead", () => {
    const line = "稀土".repeat(1_300_000);
    const { brief } = parseBrief(`摘要:\n${line}`, { positions: false });
    expect(brief.summaries[0]?.lead.length).toBe(line.length);
  });
});

describe("control characters in text", () => {
  it("are reported once a line, located at the first, and kept as written", () => {
    const text = readFixture(REFERENCE)
      .replace("經濟", "經\u0001濟")
      .replace("Although", "Alth\u0007ough\u0007");
    const { brief, diagnostics } = parseBrief(text);
    const found = diagnostics.filter((d) => d.code === "control-character");
    expect(found.map((d) => [d.severity, d.position?.start.line, d.position?.start.column])).toEqual([
      ["info", 7, 16],
      ["info", 30, 5],
    ]);
    expect(found[0]?.message).toContain("U+0001");
    expect(brief.keywords[0]).toBe("經\u0001濟");
  });

  it("include noncharacters and C1 controls but not tabs or form feeds", () => {
    const codes = (text: string) =>
      parseBrief(text).diagnostics.filter((d) => d.code === "control-character");
    expect(codes("摘要:\n甲\uFFFE乙\nSummary:\nA\u0085b")).toHaveLength(1);
    expect(codes("摘要:\n甲\u0090乙")).toHaveLength(1);
    expect(codes("摘要:\n甲\t乙\f丙")).toHaveLength(0);
  });
});
