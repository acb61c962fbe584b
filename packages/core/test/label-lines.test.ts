import { describe, expect, it } from "vitest";
import { KINDS, scanLines } from "../src/parse/lines.js";
import { fastest } from "./cpu-time.js";

/** Each line's kind, whether it is a label without its colon, its key and label, and its body. */
function read(text: string) {
  const lines = scanLines(text);
  return Array.from({ length: lines.count }, (_, i) => ({
    kind: KINDS[lines.kind(i)],
    bare: lines.bare(i),
    key: lines.key(i),
    label: lines.label(i),
    body: text.slice(lines.bodyStart(i), lines.contentEnd(i)),
  }));
}

describe("labels without a colon, as lines", () => {
  it("marks a text line that starts with a known label and a value, and keeps it text", () => {
    expect(
      read("作者 王小明\nAuthor\u00a0\u00a0Jane Doe\n網站來源/Source Foreign Policy\n日期10/24/2025"),
    ).toEqual([
      { kind: "text", bare: true, key: "authors", label: "作者", body: "王小明" },
      { kind: "text", bare: true, key: "authors", label: "Author", body: "Jane Doe" },
      { kind: "text", bare: true, key: "source", label: "網站來源/Source", body: "Foreign Policy" },
      { kind: "text", bare: true, key: "date", label: "日期", body: "10/24/2025" },
    ]);
  });

  it.each([
    "來源國家的說法不一",
    "作者王小明",
    "Authorities said so",
    "Source",
    "譯者 陳小華",
    "Source, said the minister",
  ])("does not mark %j", (line) => {
    expect(read(line)[0]).toMatchObject({ kind: "text", bare: false, key: null });
  });

  it("reads a known label in brackets as a label, with or without a colon after it", () => {
    expect(read("【作者】王小明\n[Source] Foreign Policy\n〔來源〕：路透社\n[Note] kept")).toEqual([
      { kind: "label", bare: false, key: "authors", label: "【作者】", body: "王小明" },
      { kind: "label", bare: false, key: "source", label: "[Source]", body: "Foreign Policy" },
      { kind: "label", bare: false, key: "source", label: "〔來源〕", body: "路透社" },
      { kind: "text", bare: false, key: null, label: "", body: "[Note] kept" },
    ]);
  });

  it("keeps 【摘要】 a heading", () => {
    expect(read("【摘要】")[0]?.kind).toBe("heading");
  });
});

describe("rule lines", () => {
  it("reads a rule right under a heading as its underline, and elsewhere as a separator", () => {
    expect(read("摘要\n=====\nSummary\n-------\n\n=====\ntext\n---").map((l) => l.kind)).toEqual([
      "heading",
      "blank",
      "heading",
      "blank",
      "blank",
      "separator",
      "text",
      "separator",
    ]);
  });

  it("never reads a rule that holds words as a separator", () => {
    const rules = "--- 轉寄 ---\n-----Original Message-----\n---------- Forwarded message ---------";
    expect(read(rules).map((l) => l.kind)).toEqual(["text", "text", "text"]);
  });
});

describe("the header region stays linear", () => {
  const seconds = (text: string): number => fastest(text, 3).seconds;
  const repeat = (unit: string, bytes: number): string => unit.repeat(Math.ceil(bytes / unit.length));

  it.each([
    ["labels without colons that repeat one field", "Source of growth\n\n"],
    [
      "a digest of greetings before headers without colons",
      "Hi all,\n\n作者 A\n\n【來源】B\n\n摘要:\n甲。\n  • 重點\nSummary:\nOne.\n  • A point\n\n=====\n\n",
    ],
  ])(
    "parses %s at 5 MB in under 25× the time it takes at 0.5 MB",
    (_, unit) => {
      const small = seconds(repeat(unit, 500_000));
      expect(seconds(repeat(unit, 5_000_000)) / small).toBeLessThan(25);
    },
    120_000,
  );
});
