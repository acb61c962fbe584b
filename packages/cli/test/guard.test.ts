import { readFileSync } from "node:fs";
import { formatBriefs, parseBriefs } from "@briefkit/core";
import type { Diagnostic } from "@briefkit/core";
import { describe, expect, it } from "vitest";
import { refusals } from "../src/guard.js";
import type { Read, Refusal } from "../src/guard.js";

const REFERENCE = readFileSync(new URL("./fixtures/rare-earths-2025-10-24.txt", import.meta.url), "utf8");

function read(text: string): Read {
  return { text, ...parseBriefs(text) };
}

/** What the guard says about writing `formatted` (the real formatter's output by default) for `text`. */
function guard(text: string, formatted?: (canonical: string) => string): Refusal[] {
  const input = read(text);
  const canonical = formatBriefs(input.briefs);
  return refusals(input, formatted ? formatted(canonical) : canonical);
}

/** The 1-based number of the first line of `text` that contains `part`. */
function lineOf(text: string, part: string): number {
  return text.slice(0, text.indexOf(part)).split("\n").length;
}

describe("the fmt guard", () => {
  it("lets the reference brief be formatted", () => {
    expect(guard(REFERENCE)).toEqual([]);
  });

  it("refuses to write U+FFFD over bytes that were not UTF-8, and lets mended characters through", () => {
    const bytes = new TextEncoder().encode(REFERENCE);
    const at = bytes.indexOf(0xe7, 400);
    const broken = bytes.slice();
    broken[at] = 0xff;
    const input = { text: null, ...parseBriefs(broken) };
    const found = refusals(input, formatBriefs(input.briefs));
    expect(found.map((r) => r.code)).toEqual(["would-replace-bytes"]);
    expect(found[0]?.position?.start.line).toBeGreaterThan(1);
    const folded = new Uint8Array([...bytes.slice(0, at + 1), 0x0a, ...bytes.slice(at + 1)]);
    const mended = { text: null, ...parseBriefs(folded) };
    expect(mended.diagnostics.some((d) => d.code === "invalid-bytes")).toBe(true);
    expect(refusals(mended, formatBriefs(mended.briefs))).toEqual([]);
  });

  it("lets formatting renumber sub-points written a., 一、, (1) or ① and turn numbered points into bullets", () => {
    for (const markers of [
      ["a.", "b."],
      ["一、", "二、"],
      ["(1)", "(2)"],
      ["①", "②"],
    ]) {
      const text = REFERENCE.replace("  1. 為貿易", `  ${markers[0]} 為貿易`).replace(
        "  2. 回應",
        `  ${markers[1]} 回應`,
      );
      expect(guard(text), markers.join(" ")).toEqual([]);
    }
    expect(guard("摘要:\n導言。\n1. 第一點\n2. 第二點\n")).toEqual([]);
  });

  it("refuses text the parser left outside the brief, at the place it reported", () => {
    const outside: Diagnostic = {
      severity: "info",
      code: "outside-brief",
      message: "Line 1: left out of the brief: an e-mail signature (2 lines).",
      position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 2, column: 5, offset: 12 } },
    };
    const input = read(REFERENCE);
    const found = refusals(
      { ...input, diagnostics: [...input.diagnostics, outside] },
      formatBriefs(input.briefs),
    );
    expect(found).toEqual([
      {
        severity: "error",
        code: "would-drop-outside",
        message:
          "Line 1: left out of the brief: an e-mail signature (2 lines), so formatting would drop that text; remove it from the file first, or keep the file as it is.",
        position: outside.position,
      },
    ]);
  });

  it("refuses a result that reads back as another number of briefs", () => {
    const found = guard(REFERENCE, (canonical) => `${canonical}\n=====\n\n${canonical}`);
    expect(found.map((refusal) => refusal.code)).toEqual(["would-change-count"]);
    expect(found[0]?.message).toMatch(/^Line 1: formatting would turn 1 brief into 2, /);
    expect(found[0]?.position?.start.line).toBe(1);
  });

  it("refuses a changed point, located at the point in the input and quoting both texts", () => {
    const found = guard(REFERENCE, (canonical) => canonical.replace("北京最新的政策", "北京最新政策"));
    expect(found).toHaveLength(1);
    expect(found[0]?.code).toBe("would-change-content");
    expect(found[0]?.position?.start.line).toBe(lineOf(REFERENCE, "北京最新的政策"));
    expect(found[0]?.message).toContain('the text of point 2 of the "摘要" section from "北京最新的政策');
    expect(found[0]?.message).toContain('to "北京最新政策');
  });

  it("refuses a lost sub-point, located at the sub-point", () => {
    const found = guard(REFERENCE, (canonical) => canonical.replace(/^ {2}2\. 回應.*\n/m, ""));
    expect(found[0]?.message).toMatch(/formatting would lose sub-point 2 of point 3 of the "摘要" section; /);
    expect(found[0]?.position?.start.line).toBe(lineOf(REFERENCE, "2. 回應"));
  });

  it("refuses a changed header value, located at its field", () => {
    const found = guard(REFERENCE, (canonical) => canonical.replace("Foreign Policy", "Foreign Affairs"));
    expect(found[0]?.message).toBe(
      `Line 3: formatting would change the brief's source from "Foreign Policy" to "Foreign Affairs"; the file was left as it is (please report this).`,
    );
  });

  describe("letter by letter", () => {
    /**
     * The parser never leaves text out silently, so the case is made by hand: briefs parsed from the
     * text with `part` blanked out, which keeps every position, checked against the text with it.
     */
    function unseen(text: string, part: string): Read {
      return {
        text,
        briefs: parseBriefs(text.replace(part, " ".repeat(part.length))).briefs,
        diagnostics: [],
      };
    }

    const withNote = `${REFERENCE}\n\n:NOTE: XYZZY unseen\n`;

    it("refuses when a line's letters are missing from the result, quoting it where it starts", () => {
      const input = unseen(withNote, ":NOTE: XYZZY unseen");
      const found = refusals(input, formatBriefs(input.briefs));
      expect(found).toEqual([
        {
          severity: "error",
          code: "would-drop-text",
          message: `Line ${lineOf(withNote, ":NOTE:")}: formatting would drop ":NOTE: XYZZY unseen", which the parser left out of the brief without saying so; the file was left as it is (please report this).`,
          position: expect.objectContaining({
            start: { line: lineOf(withNote, ":NOTE:"), column: 2, offset: withNote.indexOf("NOTE") },
          }),
        },
      ]);
    });

    it("calls it markup when the parser said the file is written in a markup language", () => {
      const markup: Diagnostic = { severity: "info", code: "markup", message: "", position: null };
      const input = unseen(withNote, ":NOTE: XYZZY unseen");
      const [found] = refusals({ ...input, diagnostics: [markup] }, formatBriefs(input.briefs));
      expect(found?.message).toContain('drop ":NOTE: XYZZY unseen", markup that the parser left out');
    });

    it("finds the loss where it is, though the same letters come again later", () => {
      // Beijing is in the English summary too: a search that went on to it would fail far from here
      const input = unseen(REFERENCE.replace("摘要:", "摘要:\nBeijing"), "Beijing");
      const found = refusals(input, formatBriefs(input.briefs));
      expect(found[0]?.position?.start).toEqual({
        line: 12,
        column: 1,
        offset: REFERENCE.indexOf("摘要:") + 4,
      });
    });

    it("is skipped when the text read is not known", () => {
      const input = unseen(withNote, ":NOTE: XYZZY unseen");
      expect(refusals({ ...input, text: null }, formatBriefs(input.briefs))).toEqual([]);
    });
  });
});

describe("the fmt guard with --labels bilingual", () => {
  const ASWRITTEN = [
    "作者: 王小明",
    "",
    "Source: Foreign Policy",
    "",
    "日期: 10/24/2025",
    "",
    "關鍵字: 經濟",
    "",
    "摘要:",
    "導言。",
    "  • 第一點。",
    "Summary:",
    "The lead.",
    "  • Point one.",
    "",
  ].join("\n");

  function bilingual(text: string, change: (formatted: string) => string = (same) => same): Refusal[] {
    const input = read(text);
    const formatted = change(formatBriefs(input.briefs, { labels: "bilingual" }));
    return refusals(input, formatted, { labels: "bilingual", asWritten: formatBriefs(input.briefs) });
  }

  it("would refuse the new labels if it compared them", () => {
    const input = read(ASWRITTEN);
    const formatted = formatBriefs(input.briefs, { labels: "bilingual" });
    expect(formatted).toContain("作者/Author(s): 王小明");
    expect(refusals(input, formatted).map((refusal) => refusal.code)).toContain("would-change-content");
  });

  it("accepts the labels it was asked to change", () => {
    expect(bilingual(ASWRITTEN)).toEqual([]);
  });

  it("still refuses a changed value", () => {
    const refused = bilingual(ASWRITTEN, (formatted) => formatted.replace("王小明", "王大明"));
    expect(refused.map((refusal) => refusal.code)).toContain("would-change-content");
  });

  it("still refuses text outside the brief", () => {
    const refused = bilingual(`Dear all,\n\n${ASWRITTEN}`);
    expect(refused.map((refusal) => refusal.code)).toContain("would-drop-outside");
  });
});
