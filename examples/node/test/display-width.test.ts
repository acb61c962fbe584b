import { describe, expect, it } from "vitest";
import { displayWidth, padEnd } from "../src/display-width.js";

describe("displayWidth", () => {
  it("counts Latin letters as one column each", () => {
    expect(displayWidth("Foreign Policy")).toBe(14);
  });

  it("counts CJK ideographs and full-width punctuation as two columns each", () => {
    expect(displayWidth("經濟、稀土")).toBe(10);
    expect(displayWidth("能源安全，核電")).toBe(14);
  });

  it("counts characters outside the Basic Multilingual Plane once, not per UTF-16 unit", () => {
    expect(displayWidth("𠮷")).toBe(2);
  });
});

describe("padEnd", () => {
  it("pads mixed Chinese and Latin text to the requested number of columns", () => {
    expect(padEnd("稀土 AI", 10)).toBe("稀土 AI   ");
  });

  it("leaves text that is already wider than the width as it is", () => {
    expect(padEnd("習近平", 4)).toBe("習近平");
  });
});
