import { describe, expect, it } from "vitest";
import { parseBrief } from "../src/index.js";
import { splitAuthors, splitKeywords } from "../src/parse/header.js";

const SUMMARIES = "\n\n摘要:\n中文導言。\n  • 重點\nSummary:\nThe lead.\n  • A point\n";

function header(lines: string) {
  return parseBrief(lines + SUMMARIES, { positions: false });
}

describe("header fields", () => {
  it.each([
    ["作者/Author(s): A", "authors"],
    ["作者: A", "authors"],
    ["Author: A", "authors"],
    ["Authors：A", "authors"],
    ["網站來源/Source: A", "source"],
    ["网站来源: A", "source"],
    ["來源：A", "source"],
    ["Source: A", "source"],
    ["日期/Date: 10/24/2025", "date"],
    ["Date: 10/24/2025", "date"],
    ["發布日期：2025-10-24", "date"],
    ["關鍵字/Keywords: A", "keywords"],
    ["关键字: A", "keywords"],
    ["关键词: A", "keywords"],
    ["關鍵詞: A", "keywords"],
    ["KEYWORDS: A", "keywords"],
  ])("reads %j as the %s field", (line, key) => {
    expect(header(line).brief.fields[0]?.key).toBe(key);
  });

  it("keeps the label and the value as written, whitespace normalised", () => {
    expect(header("網站來源 / Source ：  Foreign\u00a0\u00a0Policy\u00a0").brief.fields[0]).toEqual({
      key: "source",
      label: "網站來源 / Source",
      value: "Foreign Policy",
    });
  });

  it("reads fields separated by blank and no-break-space-only lines", () => {
    const { brief } = header("作者: A\n\u00a0\n\n來源: B\n\u3000\n日期: 2025-10-24\n\n關鍵字: C");
    expect([brief.authors, brief.source, brief.date, brief.keywords]).toEqual([
      ["A"],
      "B",
      "2025-10-24",
      ["C"],
    ]);
  });

  it("reads fields with no blank lines between them", () => {
    const { brief } = header("作者: A\n來源: B\n日期: 2025-10-24\n關鍵字: C");
    expect(brief.fields.map((f) => f.key)).toEqual(["authors", "source", "date", "keywords"]);
  });

  it("keeps an unknown field in order with a null key and reports it as info", () => {
    const { brief, diagnostics } = header("作者: A\n譯者: 陳小華\n來源: B\n日期: 2025-10-24\n關鍵字: C");
    expect(brief.fields[1]).toEqual({ key: null, label: "譯者", value: "陳小華" });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: "unknown-field",
        severity: "info",
        position: expect.objectContaining({}),
      }),
    ]);
    expect(diagnostics[0]?.position?.start.line).toBe(2);
  });

  it("uses the first of two fields with the same key and warns about the second", () => {
    const { brief, diagnostics } = header("作者: A\n來源: B\n日期: 2025-10-24\n關鍵字: C\nAuthor: D");
    expect(brief.authors).toEqual(["A"]);
    expect(brief.fields).toHaveLength(5);
    expect(diagnostics.map((d) => [d.code, d.position?.start.line])).toEqual([["duplicate-field", 5]]);
    expect(diagnostics[0]?.message).toBe(
      'Line 5: "Author" repeats the field on line 1; only the first is used, so merge the two or remove this one.',
    );
  });

  it("warns about a field without a value and leaves its data empty", () => {
    const { brief, diagnostics } = header("作者:\n來源: B\n日期: 2025-10-24\n關鍵字: C");
    expect(brief.authors).toEqual([]);
    expect(brief.fields[0]).toEqual({ key: "authors", label: "作者", value: "" });
    expect(diagnostics.map((d) => d.code)).toEqual(["empty-field"]);
  });

  it("warns once for each missing field, at the brief's first line", () => {
    const { brief, diagnostics } = header("作者: A");
    expect(brief.source).toBeNull();
    expect(brief.date).toBeNull();
    expect(brief.dateText).toBeNull();
    expect(diagnostics.map((d) => [d.code, d.position?.start.line])).toEqual([
      ["missing-field", 1],
      ["missing-field", 1],
      ["missing-field", 1],
    ]);
    expect(diagnostics.map((d) => d.message)).toContain(
      'Line 1: the brief has no date field; add a line such as "日期/Date: 10/24/2025" to the header.',
    );
  });

  it("reports an impossible date as an error at the value, keeping the text", () => {
    const { brief, diagnostics } = header("作者: A\n來源: B\n日期/Date: 02/30/2025\n關鍵字: C");
    expect(brief.date).toBeNull();
    expect(brief.dateText).toBe("02/30/2025");
    expect(diagnostics).toEqual([
      {
        severity: "error",
        code: "invalid-date",
        message: 'Line 3: "02/30/2025" is not a real date; write it as MM/DD/YYYY, e.g. 10/24/2025.',
        position: { start: { line: 3, column: 10, offset: 21 }, end: { line: 3, column: 20, offset: 31 } },
      },
    ]);
  });

  it("reports an ambiguous date as info and reads it in the order asked for", () => {
    const lines = "作者: A\n來源: B\n日期: 03/04/2025\n關鍵字: C";
    expect(header(lines).brief.date).toBe("2025-03-04");
    expect(header(lines).diagnostics.map((d) => [d.code, d.severity])).toEqual([["ambiguous-date", "info"]]);
    expect(parseBrief(lines + SUMMARIES, { dateOrder: "dmy" }).brief.date).toBe("2025-04-03");
  });
});

describe("splitting lists", () => {
  it.each([
    ["經濟、稀土、習近平", ["經濟", "稀土", "習近平"]],
    ["trade, tariffs, China", ["trade", "tariffs", "China"]],
    ["經濟，稀土；習近平", ["經濟", "稀土", "習近平"]],
    ["a; b;; c ,", ["a", "b", "c"]],
    ["Foreign policy", ["Foreign policy"]],
  ])("splits keywords %j", (value, expected) => {
    expect(splitKeywords(value)).toEqual(expected);
  });

  it.each([
    ["Alasdair Phillips-Robin", ["Alasdair Phillips-Robin"]],
    ["Jane Doe, John Smith and Mary Major", ["Jane Doe", "John Smith", "Mary Major"]],
    ["Jane Doe, John Smith, and Mary Major", ["Jane Doe", "John Smith", "Mary Major"]],
    ["Jane Doe & John Smith", ["Jane Doe", "John Smith"]],
    ["王小明、李大華", ["王小明", "李大華"]],
    ["張三與李四", ["張三", "李四"]],
    ["張三和李四", ["張三", "李四"]],
    ["王和平", ["王和平"]],
    ["Anderson Cooper", ["Anderson Cooper"]],
  ])("splits authors %j", (value, expected) => {
    expect(splitAuthors(value)).toEqual(expected);
  });
});
