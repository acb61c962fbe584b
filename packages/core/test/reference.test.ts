import { describe, expect, it } from "vitest";
import { parseBrief } from "../src/index.js";
import { REFERENCE, readFixture } from "./fixture-files.js";

const text = readFixture(REFERENCE);
const { brief, diagnostics } = parseBrief(text);
const [zh, en] = brief.summaries;

describe("the reference brief", () => {
  it("reads the author", () => {
    expect(brief.authors).toEqual(["Alasdair Phillips-Robin"]);
  });

  it("reads the source", () => {
    expect(brief.source).toBe("Foreign Policy");
  });

  it("reads the date as ISO and keeps it as written", () => {
    expect(brief.date).toBe("2025-10-24");
    expect(brief.dateText).toBe("10/24/2025");
  });

  it("splits the keywords on 、", () => {
    expect(brief.keywords).toEqual(["經濟", "稀土", "習近平"]);
  });

  it("keeps the four header fields in order with their bilingual labels", () => {
    expect(brief.fields.map(({ key, label, value }) => ({ key, label, value }))).toEqual([
      { key: "authors", label: "作者/Author(s)", value: "Alasdair Phillips-Robin" },
      { key: "source", label: "網站來源/Source", value: "Foreign Policy" },
      { key: "date", label: "日期/Date", value: "10/24/2025" },
      { key: "keywords", label: "關鍵字/Keywords", value: "經濟、稀土、習近平" },
    ]);
  });

  it("has a Traditional Chinese summary and then an English one", () => {
    expect(brief.summaries.map((s) => [s.lang, s.heading])).toEqual([
      ["zh-Hant", "摘要"],
      ["en", "Summary"],
    ]);
  });

  it("reads both leads in full", () => {
    expect(zh?.lead).toBe(
      "雖然中國最新的稀土出口許可措施並未明確針對任何特定國家,但還是激怒了川普,他指責習近平違反貿易休戰協議。但這些措施制度複雜、難以執行,給了美國與盟友組織有效反制的機會,最終恐反噬北京。",
    );
    expect(en?.lead).toBe(
      "Although China's newest rare-earth licensing measures did not specifically target any parties, it angered Trump to the point of accusing Xi of violating the trade truce. Nevertheless, these measures may backfire against Beijing itself due to their complexity and difficulty in enforcement, allowing the US and its allies to mount an effective response against Beijing.",
    );
  });

  it("has eight points in each language", () => {
    expect(zh?.points).toHaveLength(8);
    expect(en?.points).toHaveLength(8);
  });

  it("nests 2 + 3 + 2 sub-points under the same points in each language", () => {
    const shape = (points: { children: unknown[] }[] | undefined) => points?.map((p) => p.children.length);
    expect(shape(zh?.points)).toEqual([0, 0, 2, 0, 3, 0, 2, 0]);
    expect(shape(en?.points)).toEqual([0, 0, 2, 0, 3, 0, 2, 0]);
  });

  it("keeps the unclosed 「 and the full-width punctuation as written", () => {
    expect(zh?.points[0]?.text).toBe(
      "中國幾乎壟斷了現代科技的關鍵原料「可用稀土這是中國能將供應鏈武器化的重要籌碼",
    );
    expect(zh?.points[6]?.text).toBe("但這一次,川普政府手中仍握有幾張可動用的籌碼:");
  });

  it("drops the trailing no-break spaces", () => {
    expect(en?.points[4]?.text).toBe("However, the newest measures could be more bark than bite.");
    expect(en?.points[4]?.children[0]?.text).toBe(
      "Beijing's enforcement was lax, flexible, or selective. Experts postulated that China was using the measures to gather information rather than limit sales.",
    );
  });

  it("reads the sub-points in order, numbering restarting under each bullet", () => {
    expect(zh?.points[2]?.children.map((c) => c.text)).toEqual([
      "為貿易談判爭取更多籌碼",
      "回應川普政府近期的貿易限制",
    ]);
    expect(en?.points[6]?.children.map((c) => c.text)).toEqual([
      "Since it was China that made the big escalatory move this time and is going against the world, it is easier for the Trump administration to retaliate with a global coalition.",
      "The financial condition in the US has improved since the spring, providing the administration with greater flexibility.",
    ]);
  });

  it("reports exactly one diagnostic: the unclosed 「 on line 13, as info", () => {
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      severity: "info",
      code: "unbalanced-bracket",
      position: { start: { line: 13, column: 21, offset: 238 }, end: { line: 13, column: 22, offset: 239 } },
    });
    expect(diagnostics[0]?.message).toMatch(/^Line 13: "「" is never closed; add "」"/);
  });

  it("places the author field on line 1 without its trailing no-break space", () => {
    expect(brief.fields[0]?.position).toEqual({
      start: { line: 1, column: 1, offset: 0 },
      end: { line: 1, column: 38, offset: 37 },
    });
  });

  it("places each summary from its heading to its last point", () => {
    expect(zh?.position?.start).toEqual({ line: 11, column: 1, offset: 121 });
    expect(zh?.position?.end.line).toBe(27);
    expect(en?.position?.start.line).toBe(29);
    expect(en?.position?.end).toEqual({ line: 45, column: 191, offset: text.length });
  });

  it("places a point at its bullet and a sub-point at its number", () => {
    expect(zh?.points[0]?.position?.start).toEqual({ line: 13, column: 3, offset: 220 });
    expect(text.slice(zh?.points[0]?.position?.start.offset, zh?.points[0]?.position?.end.offset)).toBe(
      "• 中國幾乎壟斷了現代科技的關鍵原料「可用稀土這是中國能將供應鏈武器化的重要籌碼",
    );
    const sub = en?.points[2]?.children[1];
    expect(sub?.position?.start.line).toBe(35);
    expect(text.slice(sub?.position?.start.offset, sub?.position?.end.offset)).toBe(
      "2. Responding to recent trade restrictions by the Trump administration.",
    );
  });

  it("spans the whole brief with its own position", () => {
    expect(brief.position).toEqual({
      start: { line: 1, column: 1, offset: 0 },
      end: { line: 45, column: 191, offset: text.length },
    });
  });
});
