import { describe, expect, it } from "vitest";
import { expandBraces, hasGlobSyntax, matchSegment } from "../src/glob.js";

describe("glob patterns", () => {
  it("treats a plain path as no pattern", () => {
    expect(hasGlobSyntax("briefs/2025-10-24.txt")).toBe(false);
    expect(hasGlobSyntax("briefs/*.txt")).toBe(true);
  });

  it("expands braces, nested ones included", () => {
    expect(expandBraces("briefs/{a,b{1,2}}.txt")).toEqual(["briefs/a.txt", "briefs/b1.txt", "briefs/b2.txt"]);
  });

  it("leaves braces without a comma as they are", () => {
    expect(expandBraces("briefs/{a}.txt")).toEqual(["briefs/{a}.txt"]);
  });

  it("matches a star against any run of characters within a name", () => {
    expect(matchSegment("*.txt", "rare-earths.txt")).toBe(true);
    expect(matchSegment("rare*2025*.txt", "rare-earths-2025-10-24.txt")).toBe(true);
    expect(matchSegment("*.txt", "notes.md")).toBe(false);
  });

  it("matches a question mark against exactly one character", () => {
    expect(matchSegment("brief-?.txt", "brief-7.txt")).toBe(true);
    expect(matchSegment("brief-?.txt", "brief-17.txt")).toBe(false);
  });

  it("matches character classes, ranges and negated classes", () => {
    expect(matchSegment("brief-[0-3].txt", "brief-2.txt")).toBe(true);
    expect(matchSegment("brief-[0-3].txt", "brief-5.txt")).toBe(false);
    expect(matchSegment("brief-[!0-3].txt", "brief-5.txt")).toBe(true);
  });

  it("matches Chinese file names character by character", () => {
    expect(matchSegment("稀土-?.txt", "稀土-一.txt")).toBe(true);
  });

  it("does not let a wildcard match a hidden file's leading dot", () => {
    expect(matchSegment("*.txt", ".hidden.txt")).toBe(false);
    expect(matchSegment(".*.txt", ".hidden.txt")).toBe(true);
  });

  it("gives up quickly on a pattern built to backtrack", () => {
    const started = performance.now();
    expect(matchSegment(`${"*a".repeat(50)}b`, "a".repeat(5000))).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
