import { describe, expect, it } from "vitest";
import { parseBrief } from "../src/index.js";
import { scanLines } from "../src/parse/lines.js";
import { REFERENCE, readFixture } from "./fixture-files.js";
import { lineViews } from "./line-views.js";

const reference = readFixture(REFERENCE);

describe("the line store", () => {
  it("grows past the lines it expected, keeping every line", () => {
    const text = "x\n".repeat(5000);
    const lines = scanLines(text);
    expect(lines.count).toBe(5001);
    expect([lines.start(4999), lines.contentEnd(4999), lines.kind(5000)]).toEqual([9998, 9999, 0]);
  });

  it("parses a brief the same in rows other parses left for reuse", () => {
    const first = parseBrief(reference);
    parseBrief("作者: A\n\n摘要:\n導言。\n  • 重點\n".repeat(50));
    parseBrief("");
    expect(parseBrief(reference)).toEqual(first);
  });

  it("holds nothing once released", () => {
    const lines = scanLines(reference);
    lines.release();
    expect(lines.count).toBe(0);
  });

  it("reads a known label the same however many unknown ones came before it", () => {
    const before = lineViews("作者/Author(s): A")[0];
    const unknown = Array.from({ length: 1000 }, (_, i) => `標籤${i}號: x`).join("\n");
    lineViews(unknown);
    expect(lineViews("作者/Author(s): A\n譯者: B\n摘要:")).toEqual([
      before,
      expect.objectContaining({ kind: "label", key: null, label: "譯者" }),
      expect.objectContaining({ kind: "heading", hint: "zh", label: "摘要" }),
    ]);
  });
});
