import { describe, expect, it } from "vitest";
import { SIMPLIFIED, TRADITIONAL, VARIANT_LISTS, hanVariant } from "../src/parse/script.js";

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
