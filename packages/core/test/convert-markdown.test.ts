/// <reference types="node" />
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { marked } from "marked";
import { micromark } from "micromark";
import { describe, expect, it } from "vitest";
import { parseBrief, toMarkdown } from "../src/index.js";
import { ADDRESSES, briefArbitrary, briefWithPoint, sampleBrief } from "./convert-sample.js";
import { COMMONMARK_RENDERERS, GFM_RENDERERS } from "./renderers.js";
import cmarkGfm from "./fixtures/cmark-gfm/autolinks.json" with { type: "json" };

/** GitHub-flavoured rendering, with the raw HTML the converter's `<div lang>` blocks rely on. */
function gfm(markdown: string): string {
  return marked.parse(markdown, { async: false, gfm: true });
}

function commonmark(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true });
}

function decode(html: string): string {
  return html
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The single `<li>` a one-point brief renders to, as the text a reader sees; fails if it holds markup. */
function pointText(html: string): string {
  const match = /<li>([\s\S]*?)<\/li>/.exec(html);
  expect(match, html).not.toBeNull();
  const inner = match?.[1] ?? "";
  expect(inner, "rendered markup inside the point").not.toMatch(/</);
  return decode(inner);
}

/** The WORD JOINER the converter puts before an `@` so that no GFM renderer links an address. */
const JOINED_AT = /\u2060@/g;

/** The text a reader sees, without the invisible WORD JOINER before each `@`. */
function visible(text: string): string {
  return text.replace(JOINED_AT, "@");
}

/** C0 controls but tab, LF, VT, FF and CR; DEL; C1; and the noncharacters: never in converted output. */
function forbidden(codePoint: number): boolean {
  return (
    (codePoint < 0x20 && ![0x09, 0x0a, 0x0b, 0x0c, 0x0d].includes(codePoint)) ||
    (codePoint >= 0x7f && codePoint <= 0x9f) ||
    (codePoint >= 0xfdd0 && codePoint <= 0xfdef) ||
    (codePoint & 0xfffe) === 0xfffe
  );
}

/**
 * Markdown only sees ASCII whitespace as layout; the converter folds each run of it into one space, and
 * leaves out the code points that are `forbidden`.
 */
function collapsed(text: string): string {
  const kept = [...text].filter((char) => !forbidden(char.codePointAt(0) ?? 0)).join("");
  return visible(kept.replace(/[\t\n\v\f\r ]+/g, " ").trim());
}

/** Tags and their text only: the layout renderers differ on (newlines, `<p>` in loose lists) dropped. */
function structure(html: string): string {
  return html.replace(/<\/?p>/g, "").replace(/\s*\n\s*/g, "");
}

/** Every code point `forbidden` names, astral noncharacters included. */
const FORBIDDEN_TEXT = [
  ...Array.from({ length: 0xa0 }, (_, codePoint) => codePoint).filter(forbidden),
  ...Array.from({ length: 32 }, (_, index) => 0xfdd0 + index),
  ...Array.from({ length: 17 }, (_, plane) => [plane * 0x10000 + 0xfffe, plane * 0x10000 + 0xffff]).flat(),
]
  .map((codePoint) => String.fromCodePoint(codePoint))
  .join("");

const MARKDOWN_LOOKALIKES = [
  "*not emphasis* and _not either_",
  "**not strong**",
  "`not code`",
  "[not a link](https://example.com)",
  "![not an image](x.png)",
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "Tom &amp; Jerry &copy; & co",
  "# not a heading",
  "> not a quote",
  "- not a bullet",
  "+ not a bullet",
  "1. not a numbered list",
  "2) not one either",
  "a | b | c",
  "~~not struck~~",
  "www.example.com",
  "https://example.com/path",
  "someone@example.com",
  "trailing backslash \\",
  "=====",
  "---",
  "[^1] not a footnote",
  "[ ] not a task",
];

describe("toMarkdown", () => {
  it("renders the header fields as a table in the order they were written", () => {
    const markdown = toMarkdown(sampleBrief());
    expect(markdown.split("\n").slice(0, 6)).toEqual([
      "| 欄位/Field | 內容/Value |",
      "| --- | --- |",
      "| 作者/Author(s) | Alasdair Phillips-Robin |",
      "| 網站來源/Source | Foreign Policy |",
      "| 日期/Date | 10/24/2025 |",
      "| 關鍵字/Keywords | 經濟、稀土、習近平 |",
    ]);
  });

  it("renders each summary as a second-level heading inside a block marked with its language", () => {
    const html = gfm(toMarkdown(sampleBrief()));
    expect(html).toMatch(/<div lang="zh-Hant">\s*<h2>摘要<\/h2>/);
    expect(html).toMatch(/<div lang="en">\s*<h2>Summary<\/h2>/);
  });

  it("renders the lead as a paragraph after the heading", () => {
    const html = gfm(toMarkdown(sampleBrief()));
    expect(html).toContain("<p>雖然中國最新的稀土出口許可措施並未明確針對任何國家。</p>");
  });

  it("nests numbered sub-points as an ordered list inside the bullet they belong to", () => {
    const html = commonmark(toMarkdown(briefWithPoint("parent", ["first", "second"])));
    expect(html).toContain("<ul>\n<li>parent\n<ol>\n<li>first</li>\n<li>second</li>\n</ol>\n</li>\n</ul>");
  });

  it("renders every point and sub-point of both outlines", () => {
    const html = gfm(toMarkdown(sampleBrief()));
    expect(html.match(/<li>/g)).toHaveLength(8);
  });

  it("falls back to the usual heading for a summary that had none", () => {
    const brief = sampleBrief();
    brief.summaries = brief.summaries.map((summary) => ({ ...summary, heading: null }));
    const html = gfm(toMarkdown(brief));
    expect(html).toContain("<h2>摘要</h2>");
    expect(html).toContain("<h2>Summary</h2>");
  });

  it("builds the header from the typed values when the brief carries no fields as written", () => {
    const brief = { ...sampleBrief(), fields: [] };
    expect(toMarkdown(brief)).toContain("| 作者/Author(s) | Alasdair Phillips-Robin |");
    expect(toMarkdown(brief)).toContain("| 關鍵字/Keywords | 經濟、稀土、習近平 |");
  });

  it("ends with exactly one newline", () => {
    expect(toMarkdown(sampleBrief())).toMatch(/[^\n]\n$/);
  });

  it.each(MARKDOWN_LOOKALIKES)("keeps %j as literal text in GitHub-flavoured Markdown", (text) => {
    expect(visible(pointText(gfm(toMarkdown(briefWithPoint(text)))))).toBe(text.trim());
  });

  it.each(MARKDOWN_LOOKALIKES)("keeps %j as literal text in CommonMark", (text) => {
    expect(visible(pointText(commonmark(toMarkdown(briefWithPoint(text)))))).toBe(text.trim());
  });

  it.each(Object.entries(COMMONMARK_RENDERERS))(
    "renders a point whose first sub-point is empty as a nested list in %s",
    (_, render) => {
      const html = render(toMarkdown(briefWithPoint("parent", ["", "second"])));
      expect(structure(html)).toContain("<ul><li>parent<ol><li></li><li>second</li></ol></li></ul>");
    },
  );

  it.each(Object.entries(COMMONMARK_RENDERERS))(
    "renders an empty point whose first sub-point is empty as a nested list in %s",
    (_, render) => {
      const html = render(toMarkdown(briefWithPoint("", ["", "second"])));
      expect(structure(html)).toContain("<ul><li><ol><li></li><li>second</li></ol></li></ul>");
    },
  );

  it.each(Object.entries(GFM_RENDERERS))("links no e-mail address, mailto: or xmpp: in %s", (_, render) => {
    for (const address of ADDRESSES) {
      const html = render(toMarkdown(briefWithPoint(address)));
      expect(html, address).not.toContain("<a");
      expect(visible(pointText(html)), address).toBe(address);
    }
  });

  // cmark-gfm's renderings are stored: scripts/cmark-gfm-fixture.ts makes them with the real tool
  it("links no e-mail address, mailto: or xmpp: in cmark-gfm (GitHub's), as rendered and stored", () => {
    expect(cmarkGfm.renders.map((r) => r.address)).toEqual(ADDRESSES);
    for (const { address, markdown, html } of cmarkGfm.renders) {
      expect(toMarkdown(briefWithPoint(address)), "stale fixture: re-run the script").toBe(markdown);
      expect(html, address).not.toContain("<a");
      expect(visible(pointText(html)), address).toBe(address);
    }
  });

  it("leaves control characters and noncharacters out of every text", () => {
    const brief = briefWithPoint(`a${FORBIDDEN_TEXT}b`, [`c${FORBIDDEN_TEXT}d`]);
    brief.summaries[0]!.heading = `Sum${FORBIDDEN_TEXT}mary`;
    brief.summaries[0]!.lead = `le${FORBIDDEN_TEXT}ad`;
    brief.fields = [{ key: null, label: `la${FORBIDDEN_TEXT}bel`, value: `val${FORBIDDEN_TEXT}ue` }];
    const markdown = toMarkdown(brief);
    expect([...markdown].filter((char) => forbidden(char.codePointAt(0) ?? 0))).toEqual([]);
    for (const text of ["ab", "cd", "Summary", "lead", "label", "value"]) expect(markdown).toContain(text);
  });

  it("keeps a header value holding a pipe inside its table cell", () => {
    const brief = sampleBrief();
    brief.fields = [{ key: "source", label: "網站來源/Source", value: "Foreign | Policy" }];
    expect(gfm(toMarkdown(brief))).toContain("<td>Foreign | Policy</td>");
  });

  it("keeps any point text as the text a reader sees, whitespace aside", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (text) => {
        expect(visible(pointText(gfm(toMarkdown(briefWithPoint(text)))))).toBe(collapsed(text));
      }),
      { numRuns: 500 },
    );
  });

  it("keeps point text drawn from Markdown's own syntax characters as literal text", () => {
    const syntax = fc.string({ unit: fc.constantFrom(..."*_`[]()<>&#!|~-+=.:/\\@ 1wh\n"), maxLength: 30 });
    fc.assert(
      fc.property(syntax, (text) => {
        expect(visible(pointText(gfm(toMarkdown(briefWithPoint(text)))))).toBe(collapsed(text));
        expect(visible(pointText(commonmark(toMarkdown(briefWithPoint(text)))))).toBe(collapsed(text));
      }),
      { numRuns: 1000 },
    );
  });

  it("renders any brief without raw HTML other than its language blocks", () => {
    fc.assert(
      fc.property(briefArbitrary, (brief) => {
        const tags = gfm(toMarkdown(brief)).match(/<[a-z][a-z0-9]*/g) ?? [];
        const allowed = [
          "<div",
          "<h2",
          "<p",
          "<ul",
          "<ol",
          "<li",
          "<table",
          "<thead",
          "<tbody",
          "<tr",
          "<th",
          "<td",
        ];
        expect(tags.filter((tag) => !allowed.includes(tag))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("converts the reference brief with its 16 points and 14 sub-points", () => {
    const text = readFileSync(new URL("./fixtures/rare-earths-2025-10-24.txt", import.meta.url), "utf8");
    const html = gfm(toMarkdown(parseBrief(text).brief));
    expect(html.match(/<li>/g)).toHaveLength(30);
    expect(html).toContain("「可用稀土");
  });
});
