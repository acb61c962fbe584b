import { describe, expect, it } from "vitest";
import { parseBrief } from "../src/index.js";
import { readMarkup } from "../src/parse/markup.js";
import { Source } from "../src/parse/source.js";
import { REFERENCE, readFixture } from "./fixture-files.js";

const reference = readFixture(REFERENCE);
const facts = (text: string) => parseBrief(text, { positions: false }).brief;
const expected = facts(reference);
const markupNote = (text: string) => parseBrief(text).diagnostics.find((d) => d.code === "markup");

const HEADER = /^(作者\/Author\(s\)|網站來源\/Source|日期\/Date|關鍵字\/Keywords): /gm;

/** The reference as Markdown: bold labels, ATX headings, pandoc's list spacing, `---` for em dashes. */
const markdown = reference
  .replace(HEADER, "**$1:** ")
  .replace(/^摘要:/m, "## 摘要:")
  .replace(/^Summary: ?/m, "## Summary")
  .replace(/^ {2}• /gm, "-   ")
  .replace(/^ {2}(\d)\. /gm, "    $1.  ")
  .replace(/—/g, "---");

describe("Markdown", () => {
  it("reads pandoc-style Markdown to the reference's facts, with one markup info", () => {
    expect(facts(markdown)).toEqual(expected);
    expect(markupNote(markdown)?.severity).toBe("info");
    expect(markupNote(markdown)?.message).toContain("Markdown");
  });

  it("reads setext headings, __bold__ labels, * and + bullets and escapes", () => {
    const text = reference
      .replace(HEADER, "__$1:__ ")
      .replace(/^摘要:/m, "摘要:\n-----")
      .replace(/^Summary: ?/m, "Summary\n=======")
      .replace(/^ {2}• /gm, "  + ")
      .replace(/^ {2}(\d)\. /gm, "      $1. ")
      .replace(/—/g, "---")
      .replace("的弱點", "的弱點\\*")
      .replace("China's newest measures:", "China's newest measures\\:");
    const brief = facts(text);
    expect(brief.summaries[0]?.points[3]?.text).toContain("的弱點*");
    expect(brief.summaries.map((s) => s.points.length)).toEqual([8, 8]);
    expect(brief.summaries[1]?.points[2]?.text).toBe(expected.summaries[1]?.points[2]?.text);
    expect(brief.authors).toEqual(expected.authors);
  });

  it("reads html2text's star headings and character references", () => {
    const text = reference
      .replace(/^摘要:/m, "***** 摘要: *****")
      .replace(/^Summary: ?/m, "***** Summary: *****")
      .replace(/^ {2}• /gm, "    * ")
      .replace(/'/g, "&#x27;")
      .replace("and export control", "&amp; export control");
    const brief = facts(text);
    expect(brief.summaries[1]?.lead).toBe(expected.summaries[1]?.lead);
    expect(brief.summaries[1]?.points[3]?.text).toContain("tariffs & export control");
  });

  it("keeps a trailing backslash hard break out of the text", () => {
    const text = markdown.replace("Alasdair Phillips-Robin", "Alasdair Phillips-Robin\\");
    expect(facts(text).authors).toEqual(expected.authors);
  });
});

describe("Org and reStructuredText", () => {
  it("reads Org's *bold* labels, * headings and property drawers", () => {
    const text = reference
      .replace(HEADER, "*$1:* ")
      .replace(/^摘要:/m, "** 摘要:\n   :PROPERTIES:\n   :CUSTOM_ID: 摘要\n   :END:")
      .replace(/^Summary: ?/m, "** Summary")
      .replace(/^ {2}• /gm, "- ")
      .replace(/—/g, "---");
    expect(facts(text)).toEqual(expected);
    expect(markupNote(text)?.message).toContain("Org");
  });

  it("reads underlined headings and #. auto-numbered lists", () => {
    const text = reference
      .replace(HEADER, "**$1:** ")
      .replace(/^摘要:/m, "摘要:\n-----")
      .replace(/^Summary: ?/m, "Summary:\n--------")
      .replace(/^ {2}• /gm, "-  ")
      .replace(/^ {2}\d\. /gm, "   #. ");
    expect(facts(text)).toEqual(expected);
    expect(markupNote(text)?.message).toContain("reStructuredText");
  });
});

describe("plain text that only looks like markup", () => {
  it("is left alone: a stray ** or one # is not Markdown", () => {
    expect(readMarkup(new Source(reference))).toEqual([]);
    expect(readMarkup(new Source(reference.replace("經濟、", "經濟、C#、")))).toEqual([]);
    expect(readMarkup(new Source(reference.replace("籌碼", "**籌碼")))).toEqual([]);
  });

  it("keeps * bullets at the first column as bullets", () => {
    const text = reference.replace(/^ {2}• /gm, "* ");
    expect(facts(text).summaries.map((s) => s.points.length)).toEqual([8, 8]);
  });
});
