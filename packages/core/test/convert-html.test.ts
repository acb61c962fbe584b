/// <reference types="node" />
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseBrief, toHTML } from "../src/index.js";
import type { Brief } from "../src/index.js";
import { briefArbitrary, briefWithPoint, sampleBrief } from "./convert-sample.js";

const TAG = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z-]+="[^"<>]*")*)>/g;
const ATTRIBUTE = /([a-z-]+)="([^"]*)"/g;

interface Tag {
  name: string;
  attributes: string[];
}

function decode(html: string): string {
  return html
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/**
 * Splits converter output into its tags and its text. Escaped text can hold no `<` or `>`, so any left
 * over once the tags are taken out means brief text got into the markup.
 */
function dissect(html: string): { tags: Tag[]; texts: string[] } {
  const tags = [...html.matchAll(TAG)].map(([, , name = "", attributes = ""]) => ({
    name,
    attributes: [...attributes.matchAll(ATTRIBUTE)].map(([, attribute = ""]) => attribute),
  }));
  const texts = html
    .split(TAG)
    .filter((_, index) => index % 4 === 0)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== "");
  for (const text of texts) expect(text, "markup outside a known tag").not.toMatch(/[<>]/);
  return { tags, texts: texts.map(decode) };
}

const HOSTILE = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "He said \"quoted\" & 'single'",
  "Tom &amp; Jerry &lt;b&gt;",
];

function hostileBrief(): Brief {
  const [script = "", image = "", quotes = "", entities = ""] = HOSTILE;
  return {
    authors: [script],
    source: image,
    date: "2025-10-24",
    dateText: quotes,
    keywords: [entities],
    fields: [
      { key: "authors", label: script, value: image },
      { key: "date", label: quotes, value: entities },
      { key: null, label: entities, value: script },
    ],
    summaries: [
      {
        lang: "en",
        heading: image,
        lead: quotes,
        points: [{ text: script, children: [{ text: image }, { text: entities }] }],
      },
    ],
  };
}

describe("toHTML", () => {
  it("wraps the brief in an article whose header lists the fields as a description list", () => {
    const html = toHTML(sampleBrief());
    expect(html).toMatch(/^<article class="brief">\n {2}<header>\n {4}<dl>\n/);
    expect(html).toContain("<div><dt>作者/Author(s)</dt><dd>Alasdair Phillips-Robin</dd></div>");
    expect(html).toContain("<div><dt>網站來源/Source</dt><dd>Foreign Policy</dd></div>");
    expect(html).toMatch(/<\/article>\n$/);
  });

  it("shows the date as written inside a time element carrying the ISO date", () => {
    expect(toHTML(sampleBrief())).toContain(
      '<dt>日期/Date</dt><dd><time datetime="2025-10-24">10/24/2025</time></dd>',
    );
  });

  it("shows the date without a time element when the brief could not read it", () => {
    const html = toHTML({ ...sampleBrief(), date: null });
    expect(html).toContain("<dt>日期/Date</dt><dd>10/24/2025</dd>");
    expect(html).not.toContain("<time");
  });

  it("puts each summary in a section marked with its language, heading first", () => {
    const html = toHTML(sampleBrief());
    expect(html).toContain('<section lang="zh-Hant">\n    <h2>摘要</h2>\n    <p>雖然中國');
    expect(html).toContain('<section lang="en">\n    <h2>Summary</h2>\n    <p>Although');
  });

  it("nests sub-points as an ordered list inside the bullet they belong to", () => {
    const html = toHTML(briefWithPoint("parent", ["first", "second"]));
    expect(html.replace(/\s*\n\s*/g, "")).toContain(
      "<ul><li>parent<ol><li>first</li><li>second</li></ol></li></ul>",
    );
  });

  it("leaves out the header, the lead paragraph and the list when there is nothing to put in them", () => {
    const html = toHTML({
      ...briefWithPoint("only"),
      summaries: [{ lang: "en", heading: null, lead: "", points: [] }],
    });
    expect(html).not.toMatch(/<header|<dl|<p>|<ul/);
    expect(html).toContain("<h2>Summary</h2>");
  });

  it("escapes script tags, event handlers, quotes and ampersands in every text", () => {
    const html = toHTML(hostileBrief());
    const { tags, texts } = dissect(html);
    expect(new Set(tags.map((tag) => tag.name))).toEqual(
      new Set(["article", "header", "dl", "div", "dt", "dd", "time", "section", "h2", "p", "ul", "li", "ol"]),
    );
    expect(
      tags.flatMap((tag) => tag.attributes).filter((name) => !["class", "lang", "datetime"].includes(name)),
    ).toEqual([]);
    for (const text of HOSTILE) expect(texts).toContain(text);
  });

  it("never lets any text out of its element, whatever it holds", () => {
    fc.assert(
      fc.property(briefArbitrary, (brief) => {
        const { tags } = dissect(toHTML(brief));
        expect(
          tags.every((tag) => tag.attributes.every((name) => ["class", "lang", "datetime"].includes(name))),
        ).toBe(true);
        expect(tags.some((tag) => tag.name === "script" || tag.name === "style")).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps any point text exactly as written once the entities are read back", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (text) => {
        const html = toHTML(briefWithPoint(text));
        const item = /<li>([\s\S]*?)<\/li>/.exec(html)?.[1];
        expect(item === undefined ? undefined : decode(item)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it("converts the reference brief with its 16 points and 14 sub-points", () => {
    const text = readFileSync(new URL("./fixtures/rare-earths-2025-10-24.txt", import.meta.url), "utf8");
    const html = toHTML(parseBrief(text).brief);
    expect(html.match(/<li>/g)).toHaveLength(30);
    expect(html).toContain('<time datetime="2025-10-24">10/24/2025</time>');
    expect(html).toContain("&#39;");
  });
});
