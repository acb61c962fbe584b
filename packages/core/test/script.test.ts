import { describe, expect, it } from "vitest";
import {
  SCRIPT_SAMPLE,
  SIMPLIFIED,
  TRADITIONAL,
  VARIANT_LISTS,
  countScript,
  hanVariant,
} from "../src/parse/script.js";

describe("the Simplified and Traditional character lists", () => {
  it("share no character", () => {
    const traditional = new Set(VARIANT_LISTS.traditional);
    expect([...VARIANT_LISTS.simplified].filter((c) => traditional.has(c))).toEqual([]);
  });

  it("mark 们 as Simplified and 們 as Traditional", () => {
    expect(hanVariant("们".charCodeAt(0))).toBe(SIMPLIFIED);
    expect(hanVariant("們".charCodeAt(0))).toBe(TRADITIONAL);
  });

  it("leave characters both scripts use unmarked", () => {
    expect(hanVariant("摘".charCodeAt(0))).toBe(0);
    expect(hanVariant("A".charCodeAt(0))).toBe(0);
  });
});

describe("counting a text's script", () => {
  it("counts Han characters, Latin letters and the distinctive variants", () => {
    const counts = { han: 0, latin: 0, traditional: 0, simplified: 0 };
    countScript("這們 们 abc, 123", 0, 14, counts);
    expect(counts).toEqual({ han: 3, latin: 3, traditional: 2, simplified: 1 });
  });

  it("stops once the sample is full, however long the text", () => {
    const counts = { han: 0, latin: 0, traditional: 0, simplified: 0 };
    const text = "a".repeat(SCRIPT_SAMPLE) + "們".repeat(10);
    countScript(text, 0, text.length, counts);
    expect(counts).toEqual({ han: 0, latin: SCRIPT_SAMPLE, traditional: 0, simplified: 0 });
  });
});
