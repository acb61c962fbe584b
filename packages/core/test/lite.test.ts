import { describe, expect, it } from "vitest";
import * as full from "../src/index.js";
import * as lite from "../src/lite.js";
import { en } from "../src/locales/en.js";
import { zhHant } from "../src/locales/zh-Hant.js";

/** A brief with a missing field, an unknown label, an ambiguous date, a typo'd label and a second brief. */
const LINT = [
  "作者/Author(s): Jane Doe",
  "日期/Date: 03/04/2025",
  "Note: from a forward",
  "關鍵字 Keywords: 經濟",
  "",
  "摘要:",
  "一段摘要（未閉合",
  "  • 第一點",
  "",
  "---",
  "",
  "作者/Author(s): John Roe",
  "摘要:",
  "另一段",
  "",
].join("\n");

describe("@briefkit/core/lite", () => {
  it("reads the same briefs and finds the same diagnostics as the full parser", () => {
    const a = full.parseBrief(LINT);
    const b = lite.parseBrief(LINT);
    expect(b.brief).toEqual(a.brief);
    expect(b.diagnostics.length).toBeGreaterThan(3);
    const bare = ({ severity, code, position }: full.Diagnostic) => ({ severity, code, position });
    expect(b.diagnostics.map(bare)).toEqual(a.diagnostics.map(bare));
    expect(lite.parseBriefs(LINT).briefs).toEqual(full.parseBriefs(LINT).briefs);
  });

  it("writes messages as the line and the code unless a locale is given", () => {
    const { diagnostics } = lite.parseBrief(LINT);
    for (const d of diagnostics) {
      expect(d.message).toBe(d.position ? `Line ${d.position.start.line}: ${d.code}` : d.code);
    }
    expect(lite.parseBrief(LINT, { locale: en }).diagnostics).toEqual(full.parseBrief(LINT).diagnostics);
    expect(lite.parseBrief(LINT, { locale: zhHant }).diagnostics).toEqual(
      full.parseBrief(LINT, { locale: zhHant }).diagnostics,
    );
  });

  it("throws in strict mode, naming the first error's code", () => {
    expect(() =>
      lite.parseBrief("作者/Author(s): A\n日期/Date: 2025-02-30\n摘要:\nx\n", { strict: true }),
    ).toThrow(/Line 2: invalid-date/);
  });
});
