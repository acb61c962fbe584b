import { describe, expect, it } from "vitest";
import { formatBrief, parseBrief } from "../src/index.js";
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

describe("header lines with typing slips", () => {
  it.each([
    ["網站來源/Source Foreign Policy", "source", "網站來源/Source", "Foreign Policy"],
    ["作者 王小明", "authors", "作者", "王小明"],
    ["作者們 王小明、李大華", "authors", "作者們", "王小明、李大華"],
    ["Author Jane Doe", "authors", "Author", "Jane Doe"],
    ["日期 10/24/2025", "date", "日期", "10/24/2025"],
    ["日期10/24/2025", "date", "日期", "10/24/2025"],
    ["Publication date 10/24/2025", "date", "Publication date", "10/24/2025"],
  ])("reads %j, a known label without its colon, as the %s field", (line, key, label, value) => {
    const { brief, diagnostics } = header(`${line}\n\n關鍵字: K`);
    expect(brief.fields[0]).toEqual({ key, label, value });
    expect(diagnostics.filter((d) => d.code !== "missing-field").map((d) => d.code)).toEqual([
      "missing-colon",
    ]);
  });

  it("warns about a missing colon at the label, saying what to write", () => {
    const { diagnostics } = parseBrief(`來源: B\n作者\u00a0\u00a0王小明${SUMMARIES}`);
    const warning = diagnostics.find((d) => d.code === "missing-colon");
    expect(warning).toMatchObject({ severity: "warning" });
    expect(warning?.position).toEqual({
      start: { line: 2, column: 1, offset: 6 },
      end: { line: 2, column: 3, offset: 8 },
    });
    expect(warning?.message).toBe(
      'Line 2: "作者" has no colon after it; it was read as that field. Write "作者:" before the value.',
    );
  });

  it.each([
    ["作者 / Author(s) : x", "authors", "作者 / Author(s)", "x"],
    ["日期 ：10/24/2025", "date", "日期", "10/24/2025"],
    ["【作者】王小明", "authors", "【作者】", "王小明"],
    ["[作者] 王小明", "authors", "[作者]", "王小明"],
    ["〔來源〕路透社", "source", "〔來源〕", "路透社"],
    ["【作者/Author(s)】x", "authors", "【作者/Author(s)】", "x"],
    ["[Source] Foreign Policy", "source", "[Source]", "Foreign Policy"],
    ["【作者】：x", "authors", "【作者】", "x"],
  ])("reads %j as the %s field without a warning", (line, key, label, value) => {
    const { brief, diagnostics } = header(line);
    expect(brief.fields[0]).toEqual({ key, label, value });
    expect(diagnostics.map((d) => d.code)).not.toContain("missing-colon");
  });

  it("reads every field of a header written without colons", () => {
    const { brief } = header("作者 王小明\n\n網站來源 路透社\n\n日期 10/24/2025\n\n關鍵字 經濟、稀土");
    expect([brief.authors, brief.source, brief.date, brief.keywords]).toEqual([
      ["王小明"],
      "路透社",
      "2025-10-24",
      ["經濟", "稀土"],
    ]);
  });

  it("reads a header of one label without its colon when a heading follows", () => {
    expect(header("Author Jane Doe").brief.authors).toEqual(["Jane Doe"]);
  });

  it("keeps prose that starts with a label's word as prose", () => {
    const { brief, diagnostics } = parseBrief(
      "Source of the new rules is unclear.\n  • A point\n\n摘要:\n來源國家的說法不一。\n  • 重點",
      { positions: false },
    );
    expect(brief.fields).toEqual([]);
    expect(brief.summaries.map((s) => s.lead)).toEqual([
      "Source of the new rules is unclear.",
      "來源國家的說法不一。",
    ]);
    expect(diagnostics.map((d) => d.code)).not.toContain("missing-colon");
  });

  it("keeps a lead that starts with a label's word after the header as the lead", () => {
    const { brief } = parseBrief(
      "作者: A\n\n來源: B\n\n日期: 10/24/2025\n\n關鍵字: K\n\nBy the end of 2025, Beijing will decide.\n  • A point",
      { positions: false },
    );
    expect(brief.fields).toHaveLength(4);
    expect(brief.summaries[0]?.lead).toBe("By the end of 2025, Beijing will decide.");
  });

  it("keeps an unknown word without a colon as text", () => {
    const { brief, diagnostics } = header("作者: A\n譯者 陳小華\n來源: B");
    expect(brief.fields.map((f) => f.label)).toEqual(["作者", "來源"]);
    expect(diagnostics.map((d) => d.code)).not.toContain("missing-colon");
  });

  it("reads a text line between two fields as the value of the one before, wrapped", () => {
    const { brief } = header("作者:\n王小明\n\n來源: B");
    expect(brief.fields).toEqual([
      { key: "authors", label: "作者", value: "王小明" },
      { key: "source", label: "來源", value: "B" },
    ]);
  });

  it("does not end the header at a line that does not read as a label", () => {
    const { brief } = header("作者: A\n~ 王小明 ~\n來源: B\n日期: 10/24/2025\n關鍵字: K");
    expect(brief.fields.map((f) => f.key)).toEqual(["authors", "source", "date", "keywords"]);
    expect(brief.summaries.map((s) => s.heading)).toEqual(["摘要", "Summary"]);
  });

  it("locates a field whose value wraps from its label to its last line", () => {
    const { brief } = parseBrief(`作者: A\nB\n來源: C${SUMMARIES}`);
    expect(brief.fields[0]?.position).toEqual({
      start: { line: 1, column: 1, offset: 0 },
      end: { line: 2, column: 2, offset: 7 },
    });
  });

  it("reads labels without colons and in brackets back from the formatted brief", () => {
    const { brief } = header(
      "作者 王小明\n\n【來源】路透社\n\n網站來源/Source Foreign Policy\n\n日期10/24/2025",
    );
    expect(parseBrief(formatBrief(brief), { positions: false }).brief).toEqual(brief);
  });
});

describe("the original article's title and URL", () => {
  const HEADER = [
    "作者/Author(s): Alasdair Phillips-Robin",
    "網站來源/Source: Foreign Policy",
    "日期/Date: 10/24/2025",
    "關鍵字/Keywords: 經濟、稀土",
  ];
  const withLines = (...lines: string[]) =>
    [...HEADER, ...lines, "", "摘要:", "一段。", "Summary:", "A lead.", ""].join("\n");

  it.each([
    ["標題/Title", "原文連結/URL"],
    ["原文標題", "網址"],
    ["标题", "原文链接"],
    ["Title", "Link"],
    ["【標題】", "[URL]"],
  ])("reads %s and %s as title and url", (titleLabel, urlLabel) => {
    const separator = (label: string) => (/[】\]]$/.test(label) ? "" : ": ");
    const text = withLines(
      `${titleLabel}${separator(titleLabel)}Why China Is Weaponizing Rare Earths`,
      `${urlLabel}${separator(urlLabel)}https://foreignpolicy.com/2025/10/24/china-rare-earths/`,
    );
    const { brief, diagnostics } = parseBrief(text);
    expect(brief.title).toBe("Why China Is Weaponizing Rare Earths");
    expect(brief.url).toBe("https://foreignpolicy.com/2025/10/24/china-rare-earths/");
    expect(brief.fields.map((f) => f.key)).toEqual(["authors", "source", "date", "keywords", "title", "url"]);
    expect(diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(diagnostics.map((d) => d.code)).not.toContain("unknown-field");
  });

  it("leaves them out without a field, and never asks for them", () => {
    const { brief, diagnostics } = parseBrief(withLines());
    expect("title" in brief || "url" in brief).toBe(false);
    expect(diagnostics.map((d) => d.code)).not.toContain("missing-field");
  });

  it.each([
    "foreignpolicy.com/x",
    "javascript:alert(1)",
    "ftp://example.com/a",
    "https://",
    "see the FP site",
  ])("keeps %s in the field but not as url, with a located invalid-url warning", (value) => {
    const text = withLines(`原文連結/URL: ${value}`);
    const { brief, diagnostics } = parseBrief(text);
    expect(brief.url).toBeUndefined();
    expect(brief.fields.at(-1)).toMatchObject({ key: "url", value });
    const warning = diagnostics.find((d) => d.code === "invalid-url");
    expect(warning).toMatchObject({ severity: "warning", position: { start: { line: 5, column: 11 } } });
  });

  it("round-trips through formatBrief", () => {
    const text = withLines("標題/Title: A title", "原文連結/URL: https://example.com/a");
    const { brief } = parseBrief(text, { positions: false });
    expect(parseBrief(formatBrief(brief), { positions: false }).brief).toEqual(brief);
    const typed = { ...brief, fields: [] };
    expect(formatBrief(typed)).toContain("標題/Title: A title\n\n原文連結/URL: https://example.com/a");
  });
});
