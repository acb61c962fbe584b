import { describe, expect, it } from "vitest";
import { scanLines } from "../src/parse/lines.js";
import { BULLET_STYLE, SUB_BULLET } from "../src/parse/markers.js";
import { lineViews } from "./line-views.js";

function classify(line: string) {
  const [first] = lineViews(line);
  return { kind: first?.kind, ordinal: first?.ordinal, body: line.slice(first?.bodyStart) };
}

describe("outline markers", () => {
  it.each(["•", "●", "○", "▪", "◦", "■", "‣", "‧", "・"])(
    "reads %s as a bullet with or without a space",
    (bullet) => {
      expect(classify(`  ${bullet} 重點`)).toEqual({ kind: "bullet", ordinal: 0, body: "重點" });
      expect(classify(`${bullet}重點`)).toEqual({ kind: "bullet", ordinal: 0, body: "重點" });
    },
  );

  it.each(["-", "*", "·", "–"])("reads %s followed by a space as a bullet", (bullet) => {
    expect(classify(`${bullet} A point`)).toEqual({ kind: "bullet", ordinal: 0, body: "A point" });
  });

  it.each(["-5% in a year", "*note", "·x"])("reads %j as text, not a bullet", (line) => {
    expect(classify(line).kind).toBe("text");
  });

  it.each([
    ["1. Sub-point", 1],
    ["2) Sub-point", 2],
    ["(3) Sub-point", 3],
    ["（4）子項目", 4],
    ["１. 子項目", 1],
    ["１２．子項目", 12],
    ["1、子項目", 1],
    ["一、子項目", 1],
    ["十二、子項目", 12],
    ["二十、子項目", 20],
    ["(二) 子項目", 2],
    ["a. Sub-point", 1],
    ["c) Sub-point", 3],
    ["(b) Sub-point", 2],
    ["③ Sub-point", 3],
    ["⑵ Sub-point", 2],
    ["1.為貿易談判爭取更多籌碼", 1],
  ])("reads %j as sub-point number %i", (line, ordinal) => {
    expect(classify(line)).toMatchObject({ kind: "number", ordinal });
  });

  it("starts a sub-point's text after its number and the spaces that follow", () => {
    expect(classify("  2.   Responding to recent trade restrictions").body).toBe(
      "Responding to recent trade restrictions",
    );
  });

  it.each([
    "1.5 million people left",
    "2025年10月24日",
    "U.S. officials said",
    "(Reuters) said",
    "一些人認為",
  ])("reads %j as text, not a number", (line) => {
    expect(classify(line).kind).toBe("text");
  });

  it.each(["=====", "---", "***", "- - -", "———", "＝＝＝"])("reads %j as a separator", (line) => {
    expect(classify(line).kind).toBe("separator");
  });

  it("reads two dashes as a bullet holding a dash, not a separator", () => {
    expect(classify("- -")).toMatchObject({ kind: "bullet", body: "-" });
  });
});

/** The marker style each line's first line is stored with. */
function styleOf(line: string): number {
  const lines = scanLines(line);
  const style = lines.style(0);
  lines.release();
  return style;
}

describe("Word and PDF bullets", () => {
  it.each(["\uf0b7", "\uf0a7", "\uf0d8", "\uf076", "\uf0fc", "\uf06e", "\uf0a8"])(
    "reads the private-use Symbol or Wingdings bullet %j as a bullet with or without a space",
    (bullet) => {
      expect(classify(`${bullet} A point`)).toEqual({ kind: "bullet", ordinal: 0, body: "A point" });
      expect(classify(`${bullet}重點`)).toEqual({ kind: "bullet", ordinal: 0, body: "重點" });
    },
  );

  it.each(["\u2022\tA point", "\uf0b7\tA point", "-\tA point", "1.\tA point", "(a)\tA point"])(
    "starts the text after a marker followed by a tab: %j",
    (line) => {
      expect(classify(line).body).toBe("A point");
    },
  );

  it.each(["o A point", "o\tA point", "§ A point", "? A point", "o"])(
    "keeps %j a text line, marked with the style the outline reads as a sub-bullet",
    (line) => {
      expect(classify(line).kind).toBe("text");
      expect(styleOf(line)).toBe(SUB_BULLET);
    },
  );

  it.each(["on the other hand", "oil prices", "§230 says", "§ 230 of the act", "?!"])(
    "gives %j no marker style",
    (line) => {
      expect(styleOf(line)).toBe(0);
    },
  );

  it("stores the bullet style for bullets and no style for text", () => {
    expect([styleOf("• 重點"), styleOf("- A point"), styleOf("A sentence.")]).toEqual([
      BULLET_STYLE,
      BULLET_STYLE,
      0,
    ]);
  });
});

describe("marker styles", () => {
  it.each([
    ["甲、子項目", 1],
    ["乙. 子項目", 2],
    ["（丙）子項目", 3],
    ["(癸) 子項目", 10],
  ])("reads the heavenly stem in %j as number %i", (line, ordinal) => {
    expect(classify(line)).toMatchObject({ kind: "number", ordinal });
  });

  it("reads a stem starting prose as text", () => {
    expect(classify("甲方與乙方簽約").kind).toBe("text");
  });

  it.each([
    ["1.", ["1)", "1、", "１．", "12. x"]],
    ["(1)", ["（2）", "⑴"]],
    ["一、", ["二.", "十一)"]],
    ["（一）", ["(二)"]],
    ["a.", ["b)", "C."]],
    ["(a)", ["（b）"]],
    ["甲、", ["乙."]],
    ["①", ["⑳"]],
  ])("gives %j and its variants %j one style", (marker, variants) => {
    for (const variant of variants)
      expect(styleOf(`${variant} text`), variant).toBe(styleOf(`${marker} text`));
  });

  it("gives each numbering kind a style of its own", () => {
    const styles = [
      "• x",
      "o x",
      "1. x",
      "(1) x",
      "一、x",
      "（一）x",
      "a. x",
      "(a) x",
      "甲、x",
      "（甲）x",
      "① x",
    ].map(styleOf);
    expect(new Set(styles).size).toBe(styles.length);
  });
});
