import type { Brief, Diagnostic } from "@briefkit/core";
import { describe, expect, it } from "vitest";
import { renderReport } from "../src/report.js";

const brief: Brief = {
  authors: ["Sarah Kim", "Thomas Becker"],
  source: "Energy Policy Quarterly",
  date: "2025-10-20",
  dateText: "民國114年10月20日",
  keywords: ["能源安全", "液化天然氣"],
  fields: [],
  summaries: [
    {
      lang: "zh-Hant",
      heading: "中文摘要",
      lead: "臺灣的天然氣安全存量僅約十一天。",
      points: [
        { text: "天然氣已占發電量四成以上。", children: [] },
        { text: "三種方案：", children: [{ text: "擴建儲槽" }, { text: "浮動式接收站" }] },
      ],
    },
    {
      lang: "en",
      heading: "Summary (English)",
      lead: "Taiwan's gas reserves cover only about eleven days.",
      points: [{ text: "Gas generates more than forty percent of the power.", children: [] }],
    },
  ],
};

const invalidDate: Diagnostic = {
  severity: "error",
  code: "invalid-date",
  message: "02/30/2025 is not a date",
  position: { start: { line: 3, column: 10, offset: 40 }, end: { line: 3, column: 20, offset: 50 } },
};

describe("renderReport", () => {
  it("prints one row per brief with authors, source, ISO date and keywords", () => {
    const report = renderReport([{ name: "lng.txt", briefs: [brief], diagnostics: [] }]);
    const row = report.split("\n").find((line) => line.startsWith("lng.txt"));
    expect(row).toMatch(
      /^lng\.txt\s+Sarah Kim, Thomas Becker\s+Energy Policy Quarterly\s+2025-10-20\s+能源安全、液化天然氣\s/,
    );
  });

  it("counts points and sub-points for each language", () => {
    const report = renderReport([{ name: "lng.txt", briefs: [brief], diagnostics: [] }]);
    const row = report.split("\n").find((line) => line.startsWith("lng.txt"));
    expect(row).toMatch(/2 \(\+2\)\s+1 \(\+0\)$/);
  });

  it("shows a dash for a language the brief has no summary in", () => {
    const chineseOnly: Brief = { ...brief, summaries: brief.summaries.slice(0, 1) };
    const report = renderReport([{ name: "zh.txt", briefs: [chineseOnly], diagnostics: [] }]);
    expect(report.split("\n").find((line) => line.startsWith("zh.txt"))).toMatch(/2 \(\+2\)\s+-$/);
  });

  it("numbers the briefs of a digest file", () => {
    const report = renderReport([{ name: "digest.txt", briefs: [brief, brief], diagnostics: [] }]);
    expect(report).toContain("digest.txt #1");
    expect(report).toContain("digest.txt #2");
  });

  it("locates each diagnostic as file:line:column, then severity, message and code", () => {
    const report = renderReport([{ name: "draft.txt", briefs: [brief], diagnostics: [invalidDate] }]);
    expect(report).toContain("draft.txt:3:10  error    02/30/2025 is not a date  invalid-date");
  });

  it("ends with the number of briefs, files and diagnostics of each severity", () => {
    const report = renderReport([
      { name: "a.txt", briefs: [brief], diagnostics: [invalidDate] },
      { name: "b.txt", briefs: [brief, brief], diagnostics: [] },
    ]);
    expect(report.split("\n").at(-1)).toBe("3 briefs in 2 files: 1 error, 0 warnings, 0 infos");
  });

  it("says so when there is nothing to report", () => {
    expect(renderReport([{ name: "a.txt", briefs: [brief], diagnostics: [] }])).toContain("No diagnostics.");
  });
});
