import { describe, expect, it } from "vitest";
import { formatBrief, parseBrief, parseBriefs, type Brief } from "../src/index.js";
import { formatBriefs } from "../src/format.js";
import { emptyBrief } from "./convert-sample.js";
import { REFERENCE, fixtureNames, readFixture } from "./fixture-files.js";

const reference = parseBrief(readFixture(REFERENCE), { positions: false }).brief;

function reparse(brief: Brief): Brief {
  return parseBrief(formatBrief(brief), { positions: false }).brief;
}

const small: Brief = {
  authors: ["Jane Doe"],
  source: "Reuters",
  date: "2025-10-24",
  dateText: "10/24/2025",
  keywords: ["貿易", "關稅"],
  fields: [
    { key: "authors", label: "作者/Author(s)", value: "Jane Doe" },
    { key: "source", label: "網站來源/Source", value: "Reuters" },
    { key: "date", label: "日期/Date", value: "10/24/2025" },
    { key: "keywords", label: "關鍵字/Keywords", value: "貿易、關稅" },
  ],
  summaries: [
    {
      lang: "zh-Hant",
      heading: "摘要",
      lead: "導言。",
      points: [{ text: "重點", children: [{ text: "子項目" }] }],
    },
    {
      lang: "en",
      heading: "Summary",
      lead: "The lead.",
      points: [{ text: "A point", children: [{ text: "A sub-point" }] }],
    },
  ],
};

describe("formatBrief", () => {
  it("writes the reference layout", () => {
    expect(formatBrief(small)).toBe(
      [
        "作者/Author(s): Jane Doe",
        "",
        "網站來源/Source: Reuters",
        "",
        "日期/Date: 10/24/2025",
        "",
        "關鍵字/Keywords: 貿易、關稅",
        "",
        "摘要:",
        "導言。",
        "  • 重點",
        "  1. 子項目",
        "",
        "Summary:",
        "The lead.",
        "  • A point",
        "  1. A sub-point",
        "",
      ].join("\n"),
    );
  });

  it("leaves no trailing whitespace and ends with one newline", () => {
    const text = formatBrief(reference);
    expect(text.split("\n").filter((line) => /\s$/.test(line))).toEqual([]);
    expect(text.endsWith("\n")).toBe(true);
    expect(text.endsWith("\n\n")).toBe(false);
  });

  it("numbers sub-points from 1 under each point", () => {
    const lines = formatBrief(reference).split("\n");
    expect(lines.filter((line) => /^ {2}\d+\. /.test(line)).map((line) => line.slice(2, 4))).toEqual([
      "1.",
      "2.",
      "1.",
      "2.",
      "3.",
      "1.",
      "2.",
      "1.",
      "2.",
      "1.",
      "2.",
      "3.",
      "1.",
      "2.",
    ]);
  });

  it("writes an empty brief as an empty string", () => {
    expect(formatBrief(emptyBrief())).toBe("");
  });

  it("keeps a label as written, so the round trip is exact", () => {
    const brief = parseBrief("作者: A\n\nSource: B\n\n摘要:\n導言。\n", { positions: false }).brief;
    expect(formatBrief(brief).split("\n").slice(0, 3)).toEqual(["作者: A", "", "Source: B"]);
  });

  it("writes the reference's bilingual labels when asked", () => {
    const brief = parseBrief("作者: A\n\nSource: B\n\n摘要:\n導言。\n", { positions: false }).brief;
    expect(formatBrief(brief, { labels: "bilingual" }).split("\n").slice(0, 3)).toEqual([
      "作者/Author(s): A",
      "",
      "網站來源/Source: B",
    ]);
  });

  it("keeps an unknown field with its own label", () => {
    expect(formatBrief(parseBrief("譯者: 陳小華\n\n摘要:\n導言。\n").brief)).toMatch(/^譯者: 陳小華\n/);
  });

  it("writes the date as written while it still says the brief's date", () => {
    const brief = parseBrief("日期: 2025年10月24日\n\n摘要:\n導言。\n").brief;
    expect(formatBrief(brief)).toMatch(/^日期: 2025年10月24日\n/);
  });

  it("writes the ISO date when the date was changed in code", () => {
    expect(formatBrief({ ...small, date: "2026-01-02" })).toContain("日期/Date: 2026-01-02\n");
  });

  it("writes lists changed in code joined with 、 for Chinese and commas for Latin", () => {
    const text = formatBrief({ ...small, authors: ["Jane Doe", "John Smith"], keywords: ["經濟", "稀土"] });
    expect(text).toContain("作者/Author(s): Jane Doe, John Smith\n");
    expect(text).toContain("關鍵字/Keywords: 經濟、稀土\n");
  });

  it("creates the header lines of a brief built in code without fields", () => {
    const text = formatBrief({ ...small, fields: [] });
    expect(text.split("\n\n").slice(0, 4)).toEqual([
      "作者/Author(s): Jane Doe",
      "網站來源/Source: Reuters",
      "日期/Date: 10/24/2025",
      "關鍵字/Keywords: 貿易、關稅",
    ]);
  });

  it("puts a lead on its heading's line when on its own line it would read as something else", () => {
    const leads = [
      "• not a point",
      "1. not a sub-point",
      "作者: not a field",
      "Summary: not a heading",
      "=====",
    ];
    for (const lead of leads) {
      const brief: Brief = { ...small, summaries: [{ lang: "en", heading: "Summary", lead, points: [] }] };
      expect(formatBrief(brief)).toContain(`Summary: ${lead}\n`);
      expect(reparse(brief).summaries[0]?.lead).toBe(lead);
    }
  });

  it("writes text on one line, whatever line breaks it holds", () => {
    const brief: Brief = {
      ...small,
      summaries: [
        { lang: "en", heading: "Summary", lead: "a\nb", points: [{ text: "c\r\n  d", children: [] }] },
      ],
    };
    expect(formatBrief(brief)).toContain("Summary:\na b\n  • c d\n");
  });

  it("formats a digest that parses back into the same briefs", () => {
    const { briefs } = parseBriefs(readFixture("digest.txt"), { positions: false });
    expect(parseBriefs(formatBriefs(briefs), { positions: false }).briefs).toEqual(briefs);
  });
});

describe("round trip", () => {
  for (const name of fixtureNames()) {
    it(`parses the formatted ${name} back to the same briefs`, () => {
      const { briefs } = parseBriefs(readFixture(name), { positions: false });
      for (const brief of briefs) expect(reparse(brief)).toEqual(brief);
    });

    it(`formats ${name} to a fixed point`, () => {
      const { briefs } = parseBriefs(readFixture(name), { positions: false });
      for (const brief of briefs) expect(formatBrief(reparse(brief))).toBe(formatBrief(brief));
    });
  }

  it("reads a date written day first back with the same option", () => {
    const brief = parseBrief("日期: 03/04/2025\n\n摘要:\n導言。\n", {
      positions: false,
      dateOrder: "dmy",
    }).brief;
    const again = parseBrief(formatBrief(brief), { positions: false, dateOrder: "dmy" }).brief;
    expect(again).toEqual(brief);
  });
});

describe("a lead without heading that reads as a field", () => {
  it.each(["豈𠀀\n：作者/Author(s): ", "𐀀぀\r\n:："])(
    "is split where its second line cannot become the brief's header: %j",
    (text) => {
      const { brief } = parseBrief(text, { positions: false });
      expect(parseBrief(formatBrief(brief), { positions: false }).brief).toEqual(brief);
    },
  );
});

describe("an empty summary before a lead that reads as a field", () => {
  it("leaves the next summary to open the brief", () => {
    const brief: Brief = {
      ...emptyBrief(),
      summaries: [
        { lang: "zh-Hant", heading: null, lead: "", points: [] },
        { lang: "zh-Hant", heading: null, lead: "中中 :", points: [] },
      ],
    };
    const again = parseBrief(formatBrief(brief), { positions: false }).brief;
    expect(again.summaries.map((s) => s.lead)).toEqual(["中中 :"]);
    expect(again.fields).toEqual([]);
  });
});
