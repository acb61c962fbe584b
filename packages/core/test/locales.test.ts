import { describe, expect, it } from "vitest";
import { parseBrief, type DiagnosticDetail, type Locale } from "../src/index.js";
import { en } from "../src/locales/en.js";
import { zhHant } from "../src/locales/zh-Hant.js";
import { REFERENCE, readFixture } from "./fixture-files.js";

const reference = readFixture(REFERENCE);

/** One detail of every shape a diagnostic can have. */
const DETAILS: DiagnosticDetail[] = [
  { code: "unreadable-input", reason: "empty" },
  { code: "unreadable-input", reason: "binary" },
  { code: "encoding", encoding: "Big5", reason: "detected" },
  { code: "encoding", encoding: "Big5", reason: "forced" },
  { code: "encoding", encoding: "UTF-8", reason: "unknown", requested: "klingon" },
  { code: "missing-field", key: "date" },
  { code: "empty-field", label: "來源" },
  { code: "duplicate-field", label: "來源", firstLine: 3 },
  { code: "unknown-field", label: "譯者" },
  {
    code: "invalid-date",
    text: "02/30/2025",
    reason: "impossible",
    form: "MM/DD/YYYY",
    example: "10/24/2025",
  },
  { code: "invalid-date", text: "soon", reason: "unrecognised", form: "MM/DD/YYYY", example: "10/24/2025" },
  { code: "ambiguous-date", text: "03/04/2025", chosen: "2025-03-04", other: "2025-04-03", order: "mdy" },
  { code: "ambiguous-date", text: "2025/10/24（四）", chosen: "2025-10-24", weekday: "四" },
  { code: "missing-summary" },
  { code: "missing-language", present: "zh" },
  { code: "missing-heading", written: "en" },
  { code: "language-mismatch", heading: "Summary", named: "en", written: "zh" },
  { code: "empty-summary", heading: "摘要" },
  { code: "orphan-subpoint", ordinal: 1 },
  { code: "numbering-gap", found: 3, expected: 2 },
  { code: "outline-mismatch", what: "points", here: "en", count: 7, otherCount: 8, otherLine: 11 },
  {
    code: "outline-mismatch",
    what: "sub-points",
    here: "zh",
    point: 2,
    count: 1,
    otherCount: 2,
    otherLine: 9,
  },
  { code: "unbalanced-bracket", bracket: "「", counterpart: "」", kind: "unclosed" },
  { code: "unbalanced-bracket", bracket: "」", counterpart: "「", kind: "unopened" },
  { code: "multiple-briefs", count: 2 },
  { code: "missing-colon", label: "作者" },
  { code: "missing-markers", count: 6, wrapped: false },
  { code: "missing-markers", count: 6, wrapped: true },
  { code: "empty-point", level: "point" },
  { code: "empty-point", level: "sub-point" },
  { code: "control-character", char: 1 },
  { code: "outside-brief", what: "before", count: 2 },
  { code: "outside-brief", what: "after", count: 1 },
  { code: "outside-brief", what: "attribution", count: 1 },
  { code: "outside-brief", what: "forward", count: 1 },
  { code: "outside-brief", what: "mail-headers", count: 4 },
  { code: "outside-brief", what: "signature", count: 3 },
  { code: "outside-brief", what: "reply", count: 3 },
  { code: "markup", dialect: "markdown" },
  { code: "markup", dialect: "org" },
  { code: "markup", dialect: "rst" },
  { code: "invalid-bytes", reason: "replaced", count: 2 },
  { code: "invalid-bytes", reason: "mended", count: 3 },
  { code: "invalid-url", value: "foreignpolicy.com/x" },
];

describe("diagnostic locales", () => {
  it.each([en, zhHant])("word every kind of diagnostic, leaving no value out (%#)", (locale) => {
    for (const detail of DETAILS) {
      const message = locale.message(detail, 5);
      expect(message).not.toMatch(/undefined|NaN|\[object/);
      expect(message.length).toBeGreaterThan(20);
    }
  });

  it("give each shape of a diagnostic its own message", () => {
    for (const locale of [en, zhHant]) {
      const messages = new Set(DETAILS.map((detail) => locale.message(detail, 5)));
      expect(messages.size).toBe(DETAILS.length);
    }
  });

  it("name the line in English and in Chinese", () => {
    const detail: DiagnosticDetail = { code: "numbering-gap", found: 3, expected: 2 };
    expect(en.message(detail, 7)).toBe("Line 7: sub-point 3 is where 2 was expected; renumber it 2.");
    expect(zhHant.message(detail, 7)).toBe("第 7 行：子項目編號為 3，應為 2；請改為 2。");
  });

  it("write a diagnostic about the whole input without a line", () => {
    expect(parseBrief("", { locale: zhHant }).diagnostics[0]?.message).toBe(
      "輸入沒有任何文字；摘要檔需要標頭欄位與摘要。",
    );
  });

  it("word every diagnostic of a parse with a locale the caller wrote", () => {
    const codes: Locale = { lang: "x-codes", message: (detail, line) => `${detail.code}@${line}` };
    expect(parseBrief(reference, { locale: codes }).diagnostics.map((d) => d.message)).toEqual([
      "unbalanced-bracket@13",
    ]);
  });
});
