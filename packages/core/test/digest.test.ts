import { describe, expect, it } from "vitest";
import { formatBriefs, parseBrief, parseBriefs } from "../src/index.js";
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

describe("where a digest splits", () => {
  it("reads a rule right under a heading as its underline, not a separator", () => {
    const { briefs } = parseBriefs(
      "作者: A\n\n摘要\n====\n甲。\n  • 重點\n\nSummary\n-------\nOne.\n  • A point\n",
    );
    expect(briefs).toHaveLength(1);
    expect(briefs[0]?.summaries.map((s) => [s.heading, s.lead])).toEqual([
      ["摘要", "甲。"],
      ["Summary", "One."],
    ]);
  });

  it.each(["--- 轉寄 ---", "-----Original Message-----", "---------- Forwarded message ---------"])(
    "never splits at a rule line that holds words: %j",
    (rule) => {
      const { briefs } = parseBriefs(`${brief("A", "甲。", "One.")}${rule}\n${brief("B", "乙。", "Two.")}`);
      expect(briefs.map((b) => b.authors[0])).toEqual(["A", "B"]);
    },
  );

  it("does not split a header at a line that did not read as a label", () => {
    const text =
      "作者: A\n\n~ 譯者 ~\n\n來源: B\n\n日期: 10/24/2025\n\n關鍵字: K\n\n摘要:\n甲。\n  • 重點\nSummary:\nOne.\n  • A point\n";
    const { briefs } = parseBriefs(text);
    expect(briefs).toHaveLength(1);
    expect(formatBriefs(briefs)).not.toContain("=====");
  });

  it("does not split a header written without colons or in brackets", () => {
    const text =
      "作者 王小明\n\n【來源】B\n\n日期 10/24/2025\n\n[Keywords] K\n\n摘要:\n甲。\n  • 重點\nSummary:\nOne.\n  • A point\n";
    const { briefs } = parseBriefs(text);
    expect(briefs.map((b) => b.fields.length)).toEqual([4]);
  });

  it("starts a new brief at a field followed by a heading for a language the brief has", () => {
    const { briefs } = parseBriefs(`${brief("A", "甲。", "One.")}作者: B\n\n摘要:\n乙。\n`);
    expect(briefs.map((b) => b.authors)).toEqual([["A"], ["B"]]);
  });

  it("does not start a brief at a field-like line before the English summary's heading", () => {
    const { briefs } = parseBriefs("作者: A\n\n摘要:\n甲。\n  • 重點\n來源：新華社報導\nSummary:\nOne.\n");
    expect(briefs).toHaveLength(1);
    expect(briefs[0]?.summaries[0]?.points[0]?.text).toBe("重點來源：新華社報導");
  });

  it("starts a new brief at a header that repeats this one's fields after its text", () => {
    const { briefs } = parseBriefs("作者: A\n來源: B\nLead one.\n作者: C\n來源: D\nLead two.\n");
    expect(briefs.map((b) => [b.authors[0], b.summaries[0]?.lead])).toEqual([
      ["A", "Lead one."],
      ["C", "Lead two."],
    ]);
  });
});

describe("text before the brief", () => {
  const rest = brief("A", "甲。", "One.");

  it.each(["Hi all, this week's brief:", "以下是本週摘要：", "Dear colleagues,\nhere is this week's brief."])(
    "leaves out %j before the header, with an info at its first line",
    (greeting) => {
      const { brief: read, diagnostics } = parseBrief(`${greeting}\n\n${rest}`);
      const lines = greeting.split("\n").length;
      expect(read.fields.map((f) => f.key)).toEqual(["authors", "source", "date", "keywords"]);
      expect(read.summaries.map((s) => s.lead)).toEqual(["甲。", "One."]);
      expect(diagnostics).toEqual([expect.objectContaining({ code: "outside-brief", severity: "info" })]);
      expect(diagnostics[0]?.position?.start).toEqual({ line: 1, column: 1, offset: 0 });
      expect(diagnostics[0]?.message).toContain(lines === 1 ? "1 line" : "2 lines");
      expect(read.position?.start.line).toBe(lines + 2);
    },
  );

  it("leaves out text before the first heading of a brief without a header", () => {
    const { brief: read, diagnostics } = parseBrief("Hi all,\n\n摘要:\n甲。\nSummary:\nOne.\n");
    expect(read.summaries.map((s) => s.heading)).toEqual(["摘要", "Summary"]);
    expect(diagnostics.map((d) => d.code)).toContain("outside-brief");
    expect(read.position?.start.line).toBe(3);
  });

  it("keeps text before the English heading: it is the Chinese summary without its heading", () => {
    const { brief: read } = parseBrief("中文導言。\n\nSummary:\nOne.\n", { positions: false });
    expect(read.summaries.map((s) => [s.heading, s.lead])).toEqual([
      [null, "中文導言。"],
      ["Summary", "One."],
    ]);
  });

  it("keeps text that no header or heading follows", () => {
    const { brief: read, diagnostics } = parseBrief("甲。\n  • 重點\n\nSummary:\nOne.\n");
    expect(read.summaries[0]?.lead).toBe("甲。");
    expect(diagnostics.map((d) => d.code)).not.toContain("outside-brief");
  });

  it("leaves out a greeting after a digest's separator from the brief that follows", () => {
    const { briefs, diagnostics } = parseBriefs(
      `${rest}\n=====\n\nAnd the second one:\n\n${brief("B", "乙。", "Two.")}`,
    );
    expect(briefs.map((b) => b.authors[0])).toEqual(["A", "B"]);
    expect(diagnostics.map((d) => [d.code, d.position?.start.line])).toEqual([["outside-brief", 18]]);
  });
});
