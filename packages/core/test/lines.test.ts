import { describe, expect, it } from "vitest";
import { lineText, scanLines } from "../src/parse/lines.js";
import { lineViews } from "./line-views.js";

function texts(text: string): string[] {
  const lines = scanLines(text);
  return Array.from({ length: lines.count }, (_, i) => lineText(text, lines, i, lines.contentStart(i)));
}

describe("splitting text into lines", () => {
  it("splits on LF, CRLF and CR alike", () => {
    expect(texts("a\nb\r\nc\rd")).toEqual(["a", "b", "c", "d"]);
  });

  it("keeps offsets into the text across CRLF line endings", () => {
    const lines = lineViews("ab\r\ncd\r\n");
    expect(lines.map((l) => [l.number, l.start, l.end])).toEqual([
      [1, 0, 2],
      [2, 4, 6],
      [3, 8, 8],
    ]);
  });

  it("counts a final line without a line ending", () => {
    expect(scanLines("a\nb").count).toBe(2);
  });

  it("treats lines holding only no-break, ideographic or zero-width spaces as blank", () => {
    const lines = lineViews("\u00a0\n\u3000\u3000\n\u200b\n\t \n");
    expect(lines.every((l) => l.kind === "blank")).toBe(true);
  });

  it("trims no-break spaces, ideographic spaces, tabs, zero-width spaces and a BOM at both ends", () => {
    expect(texts("\ufeff\u3000 Text \u00a0\t\u200b")).toEqual(["Text"]);
  });

  it("collapses inner whitespace runs to one space and drops zero-width spaces", () => {
    expect(texts("a  b\u00a0\u00a0c\td\u3000e\u200bf")).toEqual(["a b c d ef"]);
  });

  it("keeps every other character as written", () => {
    const line = "「可用稀土,這是（籌碼】 — typo'd “text";
    expect(texts(line)).toEqual([line]);
  });

  it("measures indentation, a tab as four and an ideographic space as two", () => {
    const lines = lineViews("  a\n\tb\n\u3000c\nd");
    expect(lines.map((l) => l.indent)).toEqual([2, 4, 2, 0]);
  });

  it("recognises a label before an ASCII or full-width colon", () => {
    const lines = lineViews("作者/Author(s): A\n關鍵字：經濟\nNote: kept");
    expect(lines.map((l) => [l.kind, l.key, l.label])).toEqual([
      ["label", "authors", "作者/Author(s)"],
      ["label", "keywords", "關鍵字"],
      ["label", null, "Note"],
    ]);
  });

  it("does not read prose with a colon, a URL or a time as a label", () => {
    const lines = lineViews(
      "In light of the new measures, the administration said: no\nhttps://example.com/a\n10:30 meeting",
    );
    expect(lines.map((l) => l.kind)).toEqual(["text", "text", "text"]);
  });

  it("recognises headings with or without a colon, and the language they name", () => {
    const lines = lineViews("摘要:\nSummary\n英文摘要：\nSummary (English)\n【摘要】\n摘要/Summary:");
    expect(lines.map((l) => [l.kind, l.hint])).toEqual([
      ["heading", "zh"],
      ["heading", "en"],
      ["heading", "en"],
      ["heading", "en"],
      ["heading", "zh"],
      ["heading", null],
    ]);
  });

  it("reads text after a heading's colon as the start of its lead", () => {
    const text = "Summary: Although China's newest measures";
    const [line] = lineViews(text);
    expect(line?.kind).toBe("heading");
    expect(text.slice(line?.bodyStart)).toBe("Although China's newest measures");
  });

  it("counts control characters and replacement characters as garbage", () => {
    expect(scanLines("ok\u0000\u0001\ufffd\nfine").garbage).toBe(3);
  });

  it("stores a marker's number beside its style, up to three digits", () => {
    const lines = scanLines("999. x\n(12) y\n• z");
    expect([0, 1, 2].map((i) => lines.ordinal(i))).toEqual([999, 12, 0]);
    expect(new Set([0, 1, 2].map((i) => lines.style(i))).size).toBe(3);
  });

  it("finds the text after a marker and a tab in the text itself, not in its normalised form", () => {
    const text = "\t•\t\tA point";
    const [line] = lineViews(text);
    expect(line).toMatchObject({ kind: "bullet", indent: 4 });
    expect(text.slice(line?.bodyStart)).toBe("A point");
  });
});
