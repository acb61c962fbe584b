import { describe, expect, it } from "vitest";
import { parseBrief, type Summary } from "../src/index.js";

const HEADER = "作者: A\n來源: B\n日期: 2025-10-24\n關鍵字: C\n\n";

function outline(body: string): [string, string[]][] {
  const [summary] = parseBrief(HEADER + body, { positions: false }).brief.summaries as Summary[];
  return (summary?.points ?? []).map((p) => [p.text, p.children.map((c) => c.text)]);
}

function codes(body: string): string[] {
  return parseBrief(HEADER + body).diagnostics.map((d) => d.code);
}

describe("marker kinds at one indentation", () => {
  it.each([
    ["（一）", "1.", "（二）"],
    ["一、", "（一）", "二、"],
    ["一、", "1.", "二、"],
    ["甲、", "1.", "乙、"],
    ["一、", "甲、", "二、"],
    ["1.", "(1)", "2."],
    ["1.", "a.", "2."],
    ["(1)", "(a)", "(2)"],
    ["(1)", "①", "(2)"],
  ])("reads %s points with %s sub-points", (point, sub, next) => {
    const second = sub.replace(
      /1|一|甲|a|①/,
      (m) => ({ "1": "2", 一: "二", 甲: "乙", a: "b", "①": "②" })[m] ?? m,
    );
    const body = `摘要:\n導言。\n${point} 甲點\n${sub} 子一\n${second} 子二\n${next} 乙點\n`;
    expect(outline(body)).toEqual([
      ["甲點", ["子一", "子二"]],
      ["乙點", []],
    ]);
    expect(codes(body)).not.toContain("numbering-gap");
  });

  it("takes the first marker kind of a section as its points' kind, whichever it is", () => {
    expect(outline("Summary:\nLead.\na. A\n1. A1\nb. B\n1. B1\n")).toEqual([
      ["A", ["A1"]],
      ["B", ["B1"]],
    ]);
  });

  it("reads a third level at one indentation as sub-points, numbering each level apart", () => {
    const body = "摘要:\n導言。\n（一）甲\n1. 子\n(1) 孫\n(2) 孫\n2. 子\n(1) 孫\n（二）乙\n";
    expect(outline(body)).toEqual([
      ["甲", ["子", "孫", "孫", "子", "孫"]],
      ["乙", []],
    ]);
    expect(codes(body)).not.toContain("numbering-gap");
  });

  it("checks the numbering of each sub-point kind", () => {
    const { diagnostics } = parseBrief(HEADER + "摘要:\n導言。\n（一）甲\n1. 子\n(1) 孫\n(3) 孫\n2. 子\n");
    expect(diagnostics.filter((d) => d.code === "numbering-gap").map((d) => d.position?.start.line)).toEqual([
      11,
    ]);
  });

  it("keeps a bullet a point wherever it stands, so numbers before it are orphans", () => {
    const body = "Summary:\nLead.\n1. Orphan\n• Point\n1. Sub-point\n";
    expect(outline(body)).toEqual([
      ["Orphan", []],
      ["Point", ["Sub-point"]],
    ]);
    expect(codes(body)).toContain("orphan-subpoint");
  });

  it("reads a numbered list with bulleted sub-points at one indentation as an outline of its own", () => {
    const body = "Summary:\nLead.\n1. A\n2. B\n";
    expect(outline(body)).toEqual([
      ["A", []],
      ["B", []],
    ]);
    expect(codes(body)).not.toContain("orphan-subpoint");
  });

  it("does not nest a line one column deeper, as a page's form feed puts it", () => {
    expect(outline("Summary:\nLead.\n• A\n\f• B\n")).toEqual([
      ["A", []],
      ["B", []],
    ]);
  });
});

describe("Word's plain-text bullets", () => {
  it.each(["o", "§", "?"])("reads %s sub-bullets under the bullet before them", (sub) => {
    expect(outline(`Summary:\nLead.\n• A\n${sub} A1\n${sub}\tA2\n• B\n`)).toEqual([
      ["A", ["A1", "A2"]],
      ["B", []],
    ]);
  });

  it("reads Word's private-use bullets with o sub-bullets, as pdftotext writes them", () => {
    expect(outline("Summary:\nLead.\n\uf0b7 A\no A1\n\uf0b7 B\n")).toEqual([
      ["A", ["A1"]],
      ["B", []],
    ]);
  });

  it("reads o as the points' marker when a section's points are marked with it", () => {
    expect(outline("摘要:\n導言。\no 甲\n1. 子\no 乙\n")).toEqual([
      ["甲", ["子"]],
      ["乙", []],
    ]);
  });

  it("keeps o bullets under numbered points as sub-points", () => {
    expect(outline("Summary:\nLead.\n1. A\no A1\n2. B\n")).toEqual([
      ["A", ["A1"]],
      ["B", []],
    ]);
  });

  it("reads a line starting with o before any summary as text", () => {
    const { brief } = parseBrief("o my\n\nSummary:\nLead.\n", { positions: false });
    expect(brief.summaries[0]?.points).toEqual([]);
  });
});

describe("markers alone on their line", () => {
  it.each(["•", "\uf0b7", "1.", "(a)"])("gives %j the text of the lines after it", (marker) => {
    const [point] = outline(`Summary:\nLead.\n• P\n${marker}\n  The text\n  wrapped.\n`).slice(-1);
    const texts = point?.[1].length ? point[1] : [point?.[0]];
    expect(texts.at(-1)).toBe("The text wrapped.");
  });

  it("reports a point with no text at its marker", () => {
    const { diagnostics } = parseBrief(HEADER + "Summary:\nLead.\n• A\n•\n• B\n");
    expect(
      diagnostics.filter((d) => d.code === "empty-point").map((d) => [d.position?.start.line, d.message]),
    ).toEqual([[9, "Line 9: this point has no text; write it after its marker, or remove the line."]]);
  });

  it("reports a sub-point with no text as a sub-point", () => {
    const { diagnostics } = parseBrief(HEADER + "Summary:\nLead.\n• A\n  1.\n• B\n");
    const empty = diagnostics.find((d) => d.code === "empty-point");
    expect([empty?.position?.start, empty?.position?.end]).toEqual([
      { line: 9, column: 3, offset: expect.any(Number) },
      { line: 9, column: 5, offset: expect.any(Number) },
    ]);
    expect(empty?.message).toContain("sub-point");
  });

  it("reports an empty point at the end of a summary", () => {
    expect(codes("Summary:\nLead.\n• A\n•\n")).toContain("empty-point");
  });
});
