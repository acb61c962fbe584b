import { describe, expect, it } from "vitest";
import { parseBrief } from "../src/index.js";
import { Source, eachLine } from "../src/parse/source.js";
import { REFERENCE, readFixture } from "./fixture-files.js";

const reference = readFixture(REFERENCE);

describe("the rewritten source", () => {
  it("splits lines at LF, CRLF and CR alike", () => {
    const seen: [number, number, number][] = [];
    eachLine("a\nbb\r\nc\rd", (start, end, index) => seen.push([start, end, index]));
    expect(seen).toEqual([
      [0, 1, 0],
      [2, 4, 1],
      [6, 7, 2],
      [8, 9, 3],
    ]);
  });

  it("takes offsets back through deletions and replacements", () => {
    const source = new Source("> **A:** x --- y\n> b");
    source.apply({
      edits: [
        { from: 0, to: 2, insert: "" },
        { from: 2, to: 4, insert: "" },
        { from: 6, to: 8, insert: "" },
        { from: 11, to: 14, insert: "\u2014" },
        { from: 17, to: 19, insert: "" },
      ],
      notes: [],
    });
    expect(source.text).toBe("A: x \u2014 y\nb");
    // "A" starts after the quote and the bold
    expect(source.toInput(0)).toBe(4);
    // the dash stands for three hyphens: its start is theirs, just after it is just after them
    expect(source.toInput(5)).toBe(11);
    expect(source.toInput(6)).toBe(14);
    expect(source.toInput(source.text.indexOf("b"))).toBe(19);
    expect(source.inputPoint(19)).toEqual({ line: 2, column: 3, offset: 19 });
  });

  it("chains steps: each one's offsets go back through the ones before it", () => {
    const source = new Source("> ## 摘要:");
    source.apply({ edits: [{ from: 0, to: 2, insert: "" }], notes: [] });
    const notes = source.apply({ edits: [{ from: 0, to: 3, insert: "" }], notes: [] });
    expect(notes).toEqual([]);
    expect(source.text).toBe("摘要:");
    expect(source.toInput(0)).toBe(5);
  });

  it("leaves a plain brief unrewritten", () => {
    const source = new Source(reference);
    source.apply(null);
    expect(source.rewritten).toBe(false);
    expect(source.text).toBe(reference);
  });
});

describe("positions in a rewritten brief", () => {
  it("point into the input as written, markup and quoting included", () => {
    const quoted = reference
      .replace(/^(作者\/Author\(s\)): /m, "**$1:** ")
      .split("\n")
      .map((line) => `> ${line}`)
      .join("\n");
    const { brief, diagnostics } = parseBrief(`On Fri, Oct 24, 2025 at 9:14 AM A <a@b.tw> wrote:\n${quoted}`);
    const field = brief.fields[0];
    // line 2 is "> **作者/Author(s):** Alasdair…": the field starts after "> **"
    expect(field?.position?.start).toEqual({ line: 2, column: 5, offset: 54 });
    const bracket = diagnostics.find((d) => d.code === "unbalanced-bracket");
    // the reference's 「 is at 13:21; quoting moves it two columns and one line down
    expect(bracket?.position?.start.line).toBe(14);
    expect(bracket?.position?.start.column).toBe(23);
    const point = brief.summaries[0]?.points[0];
    const input = `On Fri, Oct 24, 2025 at 9:14 AM A <a@b.tw> wrote:\n${quoted}`;
    const start = point?.position?.start.offset ?? 0;
    expect(input.slice(start, start + 3)).toBe("• 中");
  });
});
