import { describe, expect, it } from "vitest";
import { parseBrief, type Diagnostic } from "../src/index.js";
import { REFERENCE, readFixture } from "./fixture-files.js";

const HEADER = "作者: A\n來源: B\n日期: 2025-10-24\n關鍵字: C\n\n";
/** Lines of HEADER, so a body's line n is line n + HEADER_LINES of the brief. */
const HEADER_LINES = 5;

const ITEMS_EN = [
  "China virtually controlled the key ingredients of modern technologies.",
  "Beijing's newest restrictions require a license for cross-border sales, even for resellers.",
  "There are two explanations for China's newest measures:",
  "Gaining leverage over trade negotiations.",
  "Responding to recent trade restrictions by the Trump administration.",
];

const ITEMS_ZH = [
  "中國幾乎壟斷了現代科技的關鍵原料",
  "北京最新的政策規定就算是轉售商也必須申請跨境銷售許可,並明確禁止向與外國軍方有關的買家交易",
  "對於中國這項新措施,有兩種主流解釋",
  "為貿易談判爭取更多籌碼",
];

/** Greedy wrapping at `width` columns, as antiword and catdoc wrap: words for Latin, characters for CJK. */
function wrap(text: string, width: number): string[] {
  const wide = /[\u3000-\u9fff\uff00-\uffef]/u;
  const cjk = wide.test(text);
  const units = cjk ? [...text] : text.split(" ");
  const columns = (s: string) => [...s].reduce((n, c) => n + (wide.test(c) ? 2 : 1), 0);
  const lines: string[] = [];
  let line = "";
  for (const unit of units) {
    const joined = line === "" || cjk ? line + unit : `${line} ${unit}`;
    if (line !== "" && columns(joined) > width) {
      lines.push(line);
      line = unit;
    } else line = joined;
  }
  return [...lines, line];
}

function parse(body: string) {
  return parseBrief(HEADER + body);
}

function outlineOf(body: string): string[] {
  return parse(body).brief.summaries[0]?.points.map((p) => p.text) ?? [];
}

function missing(body: string): Diagnostic[] {
  return parse(body).diagnostics.filter((d) => d.code === "missing-markers");
}

const LEAD =
  "Although China's newest licensing measures did not specifically target any parties, they angered Trump.";

describe("outlines whose markers were lost", () => {
  it("reads each line after the lead paragraph as a point, as a browser copies a page", () => {
    const body = `Summary:\n\n${LEAD}\n\n${ITEMS_EN.join("\n")}\n`;
    expect(parse(body).brief.summaries[0]?.lead).toBe(LEAD);
    expect(outlineOf(body)).toEqual(ITEMS_EN);
  });

  it("reads Chinese items without final punctuation one a line", () => {
    const lead =
      "雖然中國最新的稀土出口許可措施並未明確針對任何特定國家,但還是激怒了川普,他指責習近平違反貿易休戰協議。";
    expect(outlineOf(`摘要:\n\n${lead}\n\n${ITEMS_ZH.join("\n")}\n`)).toEqual(ITEMS_ZH);
  });

  it("warns once, at the first line read as a point, with how many were read", () => {
    const found = missing(`Summary:\n\n${LEAD}\n\n${ITEMS_EN.join("\n")}\n`);
    expect(found.map((d) => [d.severity, d.position?.start.line, d.message])).toEqual([
      [
        "warning",
        5 + HEADER_LINES,
        `Line 10: these 5 lines have no list markers (lost in a copy from a web page, Word or PDF), so each was read as a point and sub-points could not be told apart. Start each point with "•" and each sub-point with "1.".`,
      ],
    ]);
  });

  it("joins the lines a wrapper broke, by where the next word would not have fitted", () => {
    const lines = ITEMS_EN.flatMap((item) => wrap(item, 40));
    const body = `Summary:\n\n${wrap(LEAD, 40).join("\n")}\n\n${lines.join("\n")}\n`;
    expect(parse(body).brief.summaries[0]?.lead).toBe(LEAD);
    expect(outlineOf(body)).toEqual(ITEMS_EN);
    expect(missing(body).map((d) => (d as { detail?: unknown }).detail ?? d.message)).toEqual([
      expect.stringContaining("some lines may be one point wrapped"),
    ]);
  });

  it("joins Chinese lines wrapped at a width", () => {
    const lead = "雖然中國最新的稀土出口許可措施並未明確針對任何特定國家,但還是激怒了川普。";
    const lines = ITEMS_ZH.flatMap((item) => wrap(item, 40));
    expect(outlineOf(`摘要:\n\n${wrap(lead, 40).join("\n")}\n\n${lines.join("\n")}\n`)).toEqual(ITEMS_ZH);
  });

  it("reads paragraphs parted by blank lines as one point each, as catdoc writes them", () => {
    const items = ["The first point. It wraps", "onto a second line.", "", "The second.", "", "The third."];
    expect(outlineOf(`Summary:\n\n${LEAD}\n\n${items.join("\n")}\n`)).toEqual([
      "The first point. It wraps onto a second line.",
      "The second.",
      "The third.",
    ]);
  });

  it("reads lines that are each a sentence, with no blank line, as a lead and points", () => {
    const body = `Summary:\n${LEAD}\n${ITEMS_EN.slice(0, 4).join("\n")}\n`;
    expect(outlineOf(body)).toEqual(ITEMS_EN.slice(0, 4));
    expect(missing(body)).toHaveLength(1);
  });

  it("keeps a lead wrapped mid-sentence whole, and says its lines may be an outline", () => {
    const lead = wrap(`${LEAD} Nevertheless, these measures may backfire against Beijing itself.`, 40);
    const body = `Summary:\n${lead.join("\n")}\n`;
    expect(parse(body).brief.summaries[0]).toMatchObject({ points: [], lead: lead.join(" ") });
    expect(missing(body).map((d) => [d.position?.start.line, d.message.includes("wrapped")])).toEqual([
      [3 + HEADER_LINES, true],
    ]);
  });

  it("says nothing about a lead of three lines", () => {
    expect(missing("Summary:\nThe first line\nand the second\nand the third.\n")).toEqual([]);
  });

  it("never reads the reference brief's leads as outlines", () => {
    expect(
      parseBrief(readFixture(REFERENCE)).diagnostics.filter((d) => d.code === "missing-markers"),
    ).toEqual([]);
  });

  it("gives each point read without a marker its own position", () => {
    const { brief } = parse(`Summary:\n\n${LEAD}\n\n${ITEMS_EN.slice(0, 2).join("\n")}\nthat wraps.\n`);
    expect(brief.summaries[0]?.points.map((p) => [p.position?.start.line, p.position?.end.line])).toEqual([
      [5 + HEADER_LINES, 5 + HEADER_LINES],
      [6 + HEADER_LINES, 7 + HEADER_LINES],
    ]);
  });

  it("does not compare the shape of an outline whose nesting was lost with the other language's", () => {
    const body = `摘要:\n導言。\n  • 甲\n  1. 子\nSummary:\n\n${LEAD}\n\n${ITEMS_EN.slice(0, 3).join("\n")}\n`;
    expect(parse(body).diagnostics.map((d) => d.code)).toEqual(["missing-markers"]);
  });
});

/** The points and their sub-points' texts of a body's first summary. */
function nested(body: string): [string, string[]][] {
  const points = parse(body).brief.summaries[0]?.points ?? [];
  return points.map((p) => [p.text, p.children.map((c) => c.text)]);
}

/** The warnings about a body's outline: a body of one language is missing the other, which is no matter here. */
function warnings(body: string): string[] {
  return parse(body)
    .diagnostics.filter((d) => d.severity === "warning" && d.code !== "missing-language")
    .map((d) => d.code);
}

describe("bullets written in a block apart from their texts, as pdftotext writes a page's bullets", () => {
  const block = "Summary:\nLead.\n• The first point\n\n\f•\n\n•\n\n•\n\n";

  it("deals the texts to the bullets, each starting after a line that ends a sentence", () => {
    const body = `${block}continues here.\nThe second point\nwraps.\nThe third.\nThe fourth.\n`;
    expect(nested(body)).toEqual([
      ["The first point continues here.", []],
      ["The second point wraps.", []],
      ["The third.", []],
      ["The fourth.", []],
    ]);
    expect(warnings(body)).toEqual([]);
  });

  it("starts the first text as a point of its own when the point before the block ended", () => {
    const body = "Summary:\nLead.\n•\n•\nThe first.\nThe second.\n";
    expect(nested(body)).toEqual([
      ["The first.", []],
      ["The second.", []],
    ]);
  });

  it("keeps the numbered sub-points among the texts under the point they follow", () => {
    const body = `${block}continues.\nThe second:\n1. One.\n2. Two.\nThe third.\nThe fourth.\n`;
    expect(nested(body)).toEqual([
      ["The first point continues.", []],
      ["The second:", ["One.", "Two."]],
      ["The third.", []],
      ["The fourth.", []],
    ]);
    expect(warnings(body)).toEqual([]);
  });

  it("reads a line alone between two sub-points of one list as no point when the texts have too many", () => {
    const body = `${block}continues.\nThe second:\n1. One ends.\nIt goes on.\n2. Two.\nThe third.\nThe fourth.\n`;
    expect(nested(body)).toEqual([
      ["The first point continues.", []],
      ["The second:", ["One ends. It goes on.", "Two."]],
      ["The third.", []],
      ["The fourth.", []],
    ]);
    expect(warnings(body)).toEqual(["missing-markers"]);
  });

  it("reads Chinese that stops well short of the width as a point's end, and warns that it guessed", () => {
    const full = "北京最新的政策規定就算是轉售商也必須申請跨境銷售許可並明確";
    const body = `摘要:\n導言。\n•\n•\n•\n\n${full}\n禁止交易\n${full}\n對於中國這項新措施\n${full}\n嚴格審查\n`;
    expect(nested(body).map(([text]) => text)).toEqual([
      `${full}禁止交易`,
      `${full}對於中國這項新措施`,
      `${full}嚴格審查`,
    ]);
    expect(missing(body).map((d) => d.position?.start.line)).toEqual([7 + HEADER_LINES]);
  });

  it("reports no bullet of the block as a point without text", () => {
    expect(warnings(`${block}x.\nB.\nC.\nD.\n`)).not.toContain("empty-point");
  });

  it("leaves a block with no text after it as points without text", () => {
    expect(warnings("Summary:\nLead.\n• A\n•\n•\n")).toEqual(["empty-point", "empty-point"]);
  });

  it("gives each dealt point the position of its text", () => {
    const { brief } = parse("Summary:\nLead.\n•\n•\nThe first.\nThe second\nwraps.\n");
    expect(brief.summaries[0]?.points.map((p) => [p.position?.start.line, p.position?.end.line])).toEqual([
      [5 + HEADER_LINES, 5 + HEADER_LINES],
      [6 + HEADER_LINES, 7 + HEADER_LINES],
    ]);
  });

  it("reports what the texts hold once, not once for each reading", () => {
    const { diagnostics } = parse("Summary:\nLead.\n•\n•\n「The first.\nThe second.\n");
    expect(diagnostics.map((d) => d.code).filter((code) => code !== "missing-language")).toEqual([
      "unbalanced-bracket",
    ]);
  });
});

describe("numbered sub-points whose points lost their bullets, as a browser's PDF loses them", () => {
  const body =
    "Summary:\nThe lead\nwraps.\nThe first point:\n1. One.\n2. Two.\nThe second\nwraps.\nThe third:\n1. Three.\n";

  it("reads each line after one that ends a paragraph as a point, the numbers its sub-points", () => {
    expect(parse(body).brief.summaries[0]?.lead).toBe("The lead wraps.");
    expect(nested(body)).toEqual([
      ["The first point:", ["One.", "Two."]],
      ["The second wraps.", []],
      ["The third:", ["Three."]],
    ]);
  });

  it("warns at the first point read without a marker", () => {
    expect(missing(body).map((d) => [d.position?.start.line, d.message.slice(0, 26)])).toEqual([
      [4 + HEADER_LINES, "Line 9: these 3 lines have"],
    ]);
  });

  it("keeps numbers that start again with no text between them as points", () => {
    expect(nested("Summary:\nLead.\n1. A.\n2. B.\n1. C.\n")).toEqual([
      ["A.", []],
      ["B.", []],
      ["C.", []],
    ]);
  });
});

describe("bullet points whose sub-points lost their markers, as w3m writes them", () => {
  const point = "• A point whose line is long enough to be wrapped at the width that";
  const body = `Summary:\nLead.\n${point}\n  w3m broke it at:\n  The first sub-point.\n  The second.\n${point}\n  w3m broke it at, to the end.\n`;

  it("reads a point's line after a short one that ends a paragraph as a sub-point, and warns", () => {
    expect(nested(body)).toEqual([
      [`${point.slice(2)} w3m broke it at:`, ["The first sub-point.", "The second."]],
      [`${point.slice(2)} w3m broke it at, to the end.`, []],
    ]);
    expect(warnings(body)).toEqual(["missing-markers"]);
  });

  it("does not split a wrapped point whose lines end sentences only where they are full", () => {
    const full = "• A point that ends a sentence right where the wrapper broke the line.";
    const text = `Summary:\nLead.\n${full}\n  So the next line goes on with it.\n${full}\n  And so does this.\n`;
    expect(nested(text).map(([, children]) => children)).toEqual([[], []]);
    expect(warnings(text)).toEqual([]);
  });
});
