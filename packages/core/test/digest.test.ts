import { describe, expect, it } from "vitest";
import { parseBrief, parseBriefs } from "../src/index.js";
import { REFERENCE, readFixture } from "./fixture-files.js";

const reference = readFixture(REFERENCE);

function brief(author: string, zh: string, en: string): string {
  return `作者: ${author}\n\n來源: Reuters\n\n日期: 10/24/2025\n\n關鍵字: 貿易\n\n摘要:\n${zh}\n  • 重點\nSummary:\n${en}\n  • A point\n`;
}

describe("digests of several briefs", () => {
  it("splits briefs at a ===== separator line", () => {
    const { briefs } = parseBriefs(`${brief("A", "甲。", "One.")}\n=====\n\n${brief("B", "乙。", "Two.")}`);
    expect(briefs.map((b) => b.authors[0])).toEqual(["A", "B"]);
  });

  it("splits briefs at a --- separator line", () => {
    const { briefs } = parseBriefs(`${brief("A", "甲。", "One.")}---\n${brief("B", "乙。", "Two.")}`);
    expect(briefs.map((b) => [b.authors[0], b.summaries[1]?.lead])).toEqual([
      ["A", "One."],
      ["B", "Two."],
    ]);
  });

  it("starts a new brief where a new header begins, without a separator", () => {
    const { briefs, diagnostics } = parseBriefs(
      brief("A", "甲。", "One.") + brief("B", "乙。", "Two.") + reference,
    );
    expect(briefs.map((b) => b.authors[0])).toEqual(["A", "B", "Alasdair Phillips-Robin"]);
    expect(briefs[2]?.summaries[0]?.points).toHaveLength(8);
    expect(diagnostics.map((d) => d.code)).toEqual(["unbalanced-bracket"]);
  });

  it("keeps positions pointing into the whole digest", () => {
    const first = brief("A", "甲。", "One.");
    const { briefs } = parseBriefs(`${first}=====\n${reference}`);
    expect(briefs[1]?.fields[0]?.position?.start).toEqual({ line: 16, column: 1, offset: first.length + 6 });
  });

  it("does not split a brief at a separator between its two summaries", () => {
    const { briefs } = parseBriefs("作者: A\n\n摘要:\n甲。\n  • 重點\n-----\nSummary:\nOne.\n  • A point\n");
    expect(briefs).toHaveLength(1);
    expect(briefs[0]?.summaries).toHaveLength(2);
  });

  it("does not split a brief at a separator between its header and its summaries", () => {
    expect(parseBriefs("作者: A\n=====\n摘要:\n甲。\nSummary:\nOne.\n").briefs).toHaveLength(1);
  });

  it("does not start a brief at a lone field-like line inside a point", () => {
    const { briefs } = parseBriefs(
      "作者: A\n\n摘要:\n甲。\n  • 重點\n來源：新華社報導\n  • 第二點\nSummary:\nOne.\n",
    );
    expect(briefs).toHaveLength(1);
    expect(briefs[0]?.summaries[0]?.points[0]?.text).toBe("重點來源：新華社報導");
  });

  it("ignores a separator at the end of the digest", () => {
    expect(parseBriefs(`${reference}\n=====\n`).briefs).toHaveLength(1);
  });

  it("gives parseBrief the first brief and a warning that points at the second", () => {
    const text = brief("A", "甲。", "One.") + "\n=====\n" + brief("B", "乙。", "Two.");
    const { brief: first, diagnostics } = parseBrief(text);
    expect(first.authors).toEqual(["A"]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: "multiple-briefs", severity: "warning", position: expect.anything() }),
    ]);
    expect(diagnostics[0]?.message).toBe(
      "Line 17: a second brief starts here (the input holds 2); parseBrief reads only the first, use parseBriefs to read a digest.",
    );
  });

  it("returns no briefs for an empty digest", () => {
    expect(parseBriefs("").briefs).toEqual([]);
  });
});
