import { describe, expect, it } from "vitest";
import { BriefParseError, parseBrief, parseBriefs } from "../src/index.js";
import { zhHant } from "../src/locales/zh-Hant.js";
import { REFERENCE, readFixture } from "./fixture-files.js";

const reference = readFixture(REFERENCE);
const noSummary = "作者: A\n來源: B\n日期: 02/30/2025\n關鍵字: C\n";

describe("parse options", () => {
  it("leaves every position out when positions is false", () => {
    const { brief } = parseBrief(reference, { positions: false });
    expect(JSON.stringify(brief)).not.toContain("position");
  });

  it("still locates diagnostics when positions is false", () => {
    const { diagnostics } = parseBrief(reference, { positions: false });
    expect(diagnostics[0]?.position?.start.line).toBe(13);
  });

  it("raises a code's severity when asked", () => {
    const { diagnostics } = parseBrief(reference, { severities: { "unbalanced-bracket": "error" } });
    expect(diagnostics.map((d) => d.severity)).toEqual(["error"]);
  });

  it("drops a code turned off", () => {
    expect(parseBrief(reference, { severities: { "unbalanced-bracket": "off" } }).diagnostics).toEqual([]);
  });

  it("writes messages in Traditional Chinese when asked", () => {
    const { diagnostics } = parseBrief(reference, { locale: zhHant });
    expect(diagnostics[0]?.message).toBe(
      "第 13 行：「「」沒有對應的「」」；請在結尾處補上（內容依原文保留）。",
    );
  });
});

describe("strict mode", () => {
  it("throws a BriefParseError carrying every diagnostic when there is an error", () => {
    let thrown: unknown;
    try {
      parseBrief(noSummary, { strict: true });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BriefParseError);
    const error = thrown as BriefParseError;
    expect(error.name).toBe("BriefParseError");
    expect(error.diagnostics.map((d) => d.code)).toEqual(["invalid-date", "missing-summary"]);
    expect(error.message).toBe(
      'The brief has 2 errors. Line 3: "02/30/2025" is not a real date; write it as MM/DD/YYYY, e.g. 10/24/2025.',
    );
  });

  it("does not throw for warnings and infos", () => {
    expect(parseBrief(reference, { strict: true }).diagnostics).toHaveLength(1);
  });

  it("does not throw for an error turned down to a warning", () => {
    expect(() =>
      parseBrief(noSummary, {
        strict: true,
        severities: { "invalid-date": "warning", "missing-summary": "off" },
      }),
    ).not.toThrow();
  });

  it("applies to parseBriefs too", () => {
    expect(() => parseBriefs(`${reference}\n=====\n${noSummary}`, { strict: true })).toThrow(BriefParseError);
  });

  it("never throws in lenient mode, however broken the input", () => {
    expect(() => parseBrief(noSummary)).not.toThrow();
    expect(parseBrief(noSummary).diagnostics.filter((d) => d.severity === "error")).toHaveLength(2);
  });
});
