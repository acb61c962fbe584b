import { describe, expect, it } from "vitest";
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
