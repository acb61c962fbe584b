import { describe, expect, it } from "vitest";
import { parseBrief, type Summary } from "../src/index.js";

const HEADER = "作者: A\n來源: B\n日期: 2025-10-24\n關鍵字: C\n\n";

function summaries(body: string): Summary[] {
  return parseBrief(HEADER + body, { positions: false }).brief.summaries;
}

function codes(body: string): string[] {
  return parseBrief(HEADER + body).diagnostics.map((d) => d.code);
}

describe("section headings and languages", () => {
  it.each([
    ["摘要:", "zh-Hant", "摘要"],
    ["中文摘要：", "zh-Hant", "中文摘要"],
    ["Summary:", "en", "Summary"],
    ["Abstract", "en", "Abstract"],
    ["英文摘要:", "en", "英文摘要"],
    ["Summary (English):", "en", "Summary (English)"],
  ])("reads the heading %j, without its colon, as %s", (heading, lang, written) => {
    const text = lang === "en" ? "The lead." : "導言。";
    const [summary] = summaries(`${heading}\n${text}\n`);
    expect(summary).toMatchObject({ lang, heading: written, lead: text });
  });

  it("tells Simplified from Traditional by the characters used", () => {
    expect(summaries("摘要:\n这些新措施让美国与盟友有机会反制。\n")[0]?.lang).toBe("zh-Hans");
    expect(summaries("摘要:\n這些新措施讓美國與盟友有機會反制。\n")[0]?.lang).toBe("zh-Hant");
  });

  it("reads Chinese with no distinctive characters as Traditional", () => {
    expect(summaries("摘要:\n中文內容\n")[0]?.lang).toBe("zh-Hant");
  });

  it("takes the language from a bilingual heading's text", () => {
    expect(summaries("摘要/Summary:\nThe lead.\n")[0]?.lang).toBe("en");
  });

  it("keeps the heading's language and warns when the text is in the other one", () => {
    const body = "Summary:\n這是中文內容。\n";
    expect(summaries(body)[0]?.lang).toBe("en");
    expect(codes(body)).toContain("language-mismatch");
  });

  it("reads a lead that starts on the heading's line", () => {
    expect(summaries("Summary: Although China's newest measures\ndid not target anyone.\n")[0]?.lead).toBe(
      "Although China's newest measures did not target anyone.",
    );
  });

  it("reads sections without headings by their script, warning about each", () => {
    const body =
      "這是中文的導言。\n  • 中文重點\nThis is the English lead, without a heading.\n  • An English point\n";
    expect(summaries(body).map((s) => [s.lang, s.heading, s.lead, s.points.length])).toEqual([
      ["zh-Hant", null, "這是中文的導言。", 1],
      ["en", null, "This is the English lead, without a heading.", 1],
    ]);
    expect(codes(body)).toEqual(["missing-heading", "missing-heading"]);
  });

  it("does not start a new section for a short Latin name wrapped onto its own line", () => {
    const [zh] = summaries("摘要:\n導言。\n  • 根據美國\nAUKUS\n的說法\nSummary:\nLead.\n  • Point\n");
    expect(zh?.points[0]?.text).toBe("根據美國 AUKUS 的說法");
  });

  it("warns about a heading with nothing under it", () => {
    expect(codes("摘要:\n中文。\n  • 重點\nSummary:\n")).toContain("empty-summary");
  });
});

describe("leads, points and sub-points", () => {
  it("joins a lead written over several lines", () => {
    expect(summaries("摘要:\n第一行\n第二行。\n  • 重點\n")[0]?.lead).toBe("第一行第二行。");
    expect(summaries("Summary:\nThe first line\nand the second.\n")[0]?.lead).toBe(
      "The first line and the second.",
    );
  });

  it("joins a wrapped point without a space between Chinese characters", () => {
    expect(summaries("摘要:\n導言。\n  • 北京要求轉售商也必須申請\n許可\n")[0]?.points[0]?.text).toBe(
      "北京要求轉售商也必須申請許可",
    );
  });

  it("joins a wrapped point with one space between Latin words", () => {
    expect(
      summaries("Summary:\nLead.\n  • Beijing requires resellers\n   to apply\n")[0]?.points[0]?.text,
    ).toBe("Beijing requires resellers to apply");
  });

  it("joins after CJK punctuation without a space", () => {
    expect(summaries("摘要:\n導言。\n  • 北京表示，\nAI 晶片受限\n")[0]?.points[0]?.text).toBe(
      "北京表示，AI 晶片受限",
    );
  });

  it("joins Chinese after an ASCII comma, as the reference writes its commas, without a space", () => {
    expect(summaries("摘要:\n導言。\n  • 然而,\n這一策略早已失效\n")[0]?.points[0]?.text).toBe(
      "然而,這一策略早已失效",
    );
    expect(summaries("Summary:\nLead.\n  • However,\nthe playbook\n")[0]?.points[0]?.text).toBe(
      "However, the playbook",
    );
  });

  it("joins a line broken at a dash without a space, as pdftotext breaks them", () => {
    expect(
      summaries("Summary:\nLead.\n• modern technologies—\nusable rare earths\n")[0]?.points[0]?.text,
    ).toBe("modern technologies—usable rare earths");
    expect(
      summaries("Summary:\nLead.\n• modern technologies\n—usable rare earths\n")[0]?.points[0]?.text,
    ).toBe("modern technologies—usable rare earths");
  });

  it("joins a line starting with a comma a wrapper moved there without a space", () => {
    expect(summaries("摘要:\n導言。\n• 出口管制措施\n,激怒了北京\n")[0]?.points[0]?.text).toBe(
      "出口管制措施,激怒了北京",
    );
  });

  it("joins a wrapped sub-point to the sub-point, not to its point", () => {
    const [summary] = summaries("Summary:\nLead.\n  • Point\n  1. Sub-point\n  wrapped\n  • Next\n");
    expect(summary?.points.map((p) => [p.text, p.children.map((c) => c.text)])).toEqual([
      ["Point", ["Sub-point wrapped"]],
      ["Next", []],
    ]);
  });

  it("nests numbered lines under the bullet before them at the same indentation", () => {
    const [summary] = summaries("Summary:\nLead.\n  • A\n  1. A1\n  2. A2\n  • B\n  1. B1\n");
    expect(summary?.points.map((p) => p.children.length)).toEqual([2, 1]);
  });

  it("nests deeper-indented bullets under the point above them", () => {
    const [summary] = summaries("Summary:\nLead.\n• A\n    • A1\n    • A2\n• B\n");
    expect(summary?.points.map((p) => [p.text, p.children.map((c) => c.text)])).toEqual([
      ["A", ["A1", "A2"]],
      ["B", []],
    ]);
  });

  it("reads a numbered list with indented bullets as an outline of numbered points", () => {
    const body = "Summary:\nLead.\n1. A\n   - A1\n2. B\n";
    expect(summaries(body)[0]?.points.map((p) => [p.text, p.children.length])).toEqual([
      ["A", 1],
      ["B", 0],
    ]);
    expect(codes(body)).not.toContain("orphan-subpoint");
  });

  it("keeps a numbered line with no bullet before it as a point, and warns", () => {
    const body = "Summary:\nLead.\n  1. Orphan\n  • Point\n  1. Sub-point\n";
    expect(summaries(body)[0]?.points.map((p) => [p.text, p.children.length])).toEqual([
      ["Orphan", 0],
      ["Point", 1],
    ]);
    const { diagnostics } = parseBrief(HEADER + body);
    expect(
      diagnostics.filter((d) => d.code === "orphan-subpoint").map((d) => d.position?.start.line),
    ).toEqual([8]);
  });

  it("warns about a gap in sub-point numbers at the number that skips", () => {
    const { diagnostics } = parseBrief(HEADER + "Summary:\nLead.\n  • P\n  1. a\n  2. b\n  4. d\n  5. e\n");
    expect(diagnostics.filter((d) => d.code === "numbering-gap").map((d) => d.message)).toEqual([
      "Line 11: sub-point 4 is where 3 was expected; renumber it 3.",
    ]);
  });

  it("restarts sub-point numbering under each bullet", () => {
    expect(codes("Summary:\nLead.\n  • P\n  1. a\n  2. b\n  • Q\n  1. c\n")).not.toContain("numbering-gap");
  });

  it("keeps an empty bullet followed by its text on the next line", () => {
    expect(summaries("Summary:\nLead.\n•\nThe text\n")[0]?.points[0]?.text).toBe("The text");
  });

  it("reads a summary with points but no lead", () => {
    expect(summaries("Summary:\n  • Only a point\n")[0]).toMatchObject({
      lead: "",
      points: [{ text: "Only a point" }],
    });
  });
});

describe("checks across the two languages", () => {
  it("warns when the outlines have different numbers of points", () => {
    const { diagnostics } = parseBrief(HEADER + "摘要:\n導言。\n  • 一\n  • 二\nSummary:\nLead.\n  • One\n");
    const mismatch = diagnostics.find((d) => d.code === "outline-mismatch");
    expect(mismatch?.message).toBe(
      "Line 10: the English summary has 1 point but the Chinese summary (line 6) has 2; the two outlines should match point for point.",
    );
  });

  it("warns when a point has different numbers of sub-points in the two languages", () => {
    const { diagnostics } = parseBrief(
      HEADER + "摘要:\n導言。\n  • 一\n  1. 甲\n  2. 乙\nSummary:\nLead.\n  • One\n  1. A\n",
    );
    const mismatch = diagnostics.find((d) => d.code === "outline-mismatch");
    expect(mismatch?.position?.start.line).toBe(13);
    expect(mismatch?.message).toContain("point 1 has 1 sub-point in English but 2 in Chinese (line 8)");
  });

  it("warns when only one language is present", () => {
    expect(codes("摘要:\n導言。\n  • 一\n")).toEqual(["missing-language"]);
  });

  it("reports a missing summary as an error", () => {
    const { diagnostics } = parseBrief(HEADER);
    expect(diagnostics.map((d) => [d.severity, d.code, d.position?.start.line])).toEqual([
      ["error", "missing-summary", 4],
    ]);
  });
});

describe("brackets", () => {
  it("reports a bracket opened on one line and closed on the next as balanced", () => {
    expect(
      codes("Summary:\nLead.\n  • A point (which\n  wraps) here\n摘要:\n導言。\n  • 一\n"),
    ).not.toContain("unbalanced-bracket");
  });

  it("reports a closing bracket that closes nothing", () => {
    const { diagnostics } = parseBrief(
      HEADER + "Summary:\nLead.\n  • A point) here\n摘要:\n導言。\n  • 一\n",
    );
    expect(diagnostics.map((d) => d.message)).toContain(
      'Line 8: ")" closes nothing; add "(" where it begins, or remove it (the text is kept as written).',
    );
  });

  it("reports only the first problem in a point", () => {
    const { diagnostics } = parseBrief(HEADER + "Summary:\nLead.\n  • 「「「 (( \n摘要:\n導言。\n  • 一\n");
    expect(diagnostics.filter((d) => d.code === "unbalanced-bracket")).toHaveLength(1);
  });

  it("does not treat the parentheses of a (1) marker as brackets", () => {
    expect(codes("Summary:\nLead.\n  • P\n  (1) a\n摘要:\n導言。\n  • 一\n  (1) 甲\n")).toEqual([]);
  });
});
