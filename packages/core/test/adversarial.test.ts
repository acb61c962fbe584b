/// <reference types="node" />
/**
 * No input makes the parser super-linear: each hostile shape is parsed at 1 MB and at 10 MB, and the
 * 10 MB parse must take less than 30× the 1 MB one (10× is linear, 100× quadratic; the rest is the
 * garbage collector's, which strings of megabytes make work harder). Times are the process's own CPU
 * time, compared with each other, never checked against a clock.
 */
import { describe, expect, it } from "vitest";
import type { ParseBriefsResult } from "../src/index.js";
import { fastest, timed } from "./cpu-time.js";

const MB = 1_000_000;
/** 10× is linear and 100× quadratic; collecting multi-megabyte strings takes a linear parse to about 22×. */
const MAX_RATIO = 30;

/** UTF-8 length of text without surrogate pairs, which these inputs never hold. */
function utf8Length(text: string): number {
  let size = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    size += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return size;
}

/** `head`, then `unit(0)`, `unit(1)`… until the text holds at least `bytes` bytes of UTF-8. */
function fill(bytes: number, head: string, unit: (index: number) => string): string {
  const parts = [head];
  let size = utf8Length(head);
  for (let i = 0; size < bytes; i++) {
    const part = unit(i);
    parts.push(part);
    size += utf8Length(part);
  }
  return parts.join("");
}

interface Shape {
  name: string;
  make: (bytes: number) => string;
  /** What the 1 MB parse must show, so the shape is known to reach the code it is aimed at. */
  check: (result: ParseBriefsResult) => void;
}

const codes = (result: ParseBriefsResult) => new Set(result.diagnostics.map((d) => d.code));

const SHAPES: Shape[] = [
  {
    name: "one enormous line",
    make: (bytes) =>
      fill(bytes, "摘要: ", (i) => (i % 2 ? "稀土\u00a0 供應鏈「 " : "rare  earths\t(supply) ")),
    check: (result) => expect(result.briefs[0]?.summaries[0]?.lead.length).toBeGreaterThan(100_000),
  },
  {
    name: "one enormous line of whitespace between two words",
    make: (bytes) => fill(bytes, "Summary:\nstart", () => " \u00a0\t\u3000") + "end",
    check: (result) => expect(result.briefs[0]?.summaries[0]?.lead).toBe("start end"),
  },
  {
    name: "100,000 bullets",
    make: (bytes) =>
      fill(bytes, "摘要:\n", (i) => `  • 第${i}點:北京最新的政策規定就算是轉售商也必須申請跨境銷售許可\n`),
    check: (result) => expect(result.briefs[0]?.summaries[0]?.points.length).toBeGreaterThan(9_000),
  },
  {
    name: "100,000 sub-points with no parent",
    // numbers before the first bullet have no parent; the bullets after them outnumber them
    make: (bytes) => {
      const numbers = fill(bytes / 2, "Summary:\n", (i) => `  ${i + 1}. A sub-point before any bullet.\n`);
      return fill(bytes, numbers, (i) => `  • A bullet point after the sub-points, number ${i}.\n`);
    },
    check: (result) => expect(codes(result)).toContain("orphan-subpoint"),
  },
  {
    name: "100,000 wrapped lines of one lead",
    make: (bytes) =>
      fill(bytes, "摘要:\n", (i) =>
        i % 2 ? `北京最新的政策規定第${i}行\n` : `wrapped line ${i} of a lead\n`,
      ),
    check: (result) => expect(result.briefs[0]?.summaries[0]?.lead.length).toBeGreaterThan(100_000),
  },
  {
    name: "100,000 opening brackets 「 never closed",
    make: (bytes) => fill(bytes, "摘要:\n", (i) => `${"「".repeat(90)}${i}\n`),
    check: (result) => expect(codes(result)).toContain("unbalanced-bracket"),
  },
  {
    name: "deep indentation, bullets and numbers at every depth",
    make: (bytes) =>
      fill(
        bytes,
        "Summary:\nLead.\n",
        (i) => `${" ".repeat(i % 2000)}${i % 3 ? `${(i % 9) + 1}.` : "•"} point ${i}\n`,
      ),
    check: (result) =>
      expect(result.briefs[0]?.summaries[0]?.points[0]?.children.length).toBeGreaterThan(500),
  },
  {
    name: "every line a label",
    make: (bytes) =>
      fill(bytes, "", (i) =>
        i % 4 === 0
          ? `作者/Author(s): Writer ${i}\n`
          : i % 4 === 1
            ? `日期/Date: 10/24/2025\n`
            : `標籤${i}/Label ${i}: 值 ${i}\n`,
      ),
    check: (result) => expect(codes(result)).toContain("unknown-field"),
  },
  {
    name: "a digest of separators and blank lines",
    make: (bytes) =>
      fill(bytes, "", (i) => `Summary:\nBrief ${i}.\n${"\u00a0\n\n=====\n\n---\n".repeat(20)}`),
    check: (result) => expect(result.briefs.length).toBeGreaterThan(1_000),
  },
  {
    name: "classic Mac line endings",
    make: (bytes) => fill(bytes, "摘要:\r", (i) => `  • 第${i}點\r  1. 子點\r\n`),
    check: (result) => expect(result.briefs[0]?.summaries[0]?.points.length).toBeGreaterThan(9_000),
  },
];

/** Seconds a test may take on a loaded machine; a quadratic shape would take minutes at 10 MB. */
const TIMEOUT = 60_000;

describe("parse time grows in proportion to the input", () => {
  for (const shape of SHAPES) {
    it(
      `parses ${shape.name} at 10 MB in under ${MAX_RATIO}× the time it takes at 1 MB`,
      () => {
        const small = shape.make(MB);
        timed(small);
        shape.check(fastest(small, 3).result);
        const large = shape.make(10 * MB);
        // Each try times both sizes back to back, so load that starts or stops between them (other
        // test workers, a browser) weighs on both alike; a further try only when the last was spoiled.
        let ratio = Infinity;
        for (let attempt = 0; attempt < 4 && ratio >= MAX_RATIO; attempt++) {
          const smallSeconds = fastest(small, 2).seconds;
          ratio = Math.min(ratio, timed(large).seconds / smallSeconds);
        }
        expect(ratio).toBeLessThan(MAX_RATIO);
      },
      TIMEOUT,
    );
  }
});
