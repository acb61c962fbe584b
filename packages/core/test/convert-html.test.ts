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

/**
 * What HTML forbids in a document (the Nu checker's "Forbidden code point"): C0 controls other than
 * tab, LF, FF and CR, VT too; DEL; the C1 controls; and the noncharacters, astral ones included.
 */
function forbidden(codePoint: number): boolean {
  return (
    (codePoint < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d].includes(codePoint)) ||
    (codePoint >= 0x7f && codePoint <= 0x9f) ||
    (codePoint >= 0xfdd0 && codePoint <= 0xfdef) ||
    (codePoint & 0xfffe) === 0xfffe
  );
}

/** Every code point `forbidden` names, with VT, FF and CR, which the converter writes as spaces. */
const FORBIDDEN_TEXT = [
  ...Array.from({ length: 0xa0 }, (_, codePoint) => codePoint).filter(
    (codePoint) => forbidden(codePoint) || [0x0b, 0x0c, 0x0d].includes(codePoint),
  ),
  ...Array.from({ length: 32 }, (_, index) => 0xfdd0 + index),
  ...Array.from({ length: 17 }, (_, plane) => [plane * 0x10000 + 0xfffe, plane * 0x10000 + 0xffff]).flat(),
]
  .map((codePoint) => String.fromCodePoint(codePoint))
  .join("");

/** A text as toHTML writes it, entities aside: no forbidden code point, VT, FF and CR as spaces. */
function allowed(text: string): string {
  return [...text.replace(/[\v\f\r]/g, " ")].filter((char) => !forbidden(char.codePointAt(0) ?? 0)).join("");
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
    expect(html).toMatch(/^<article class="brief">\n {2}<header>\n {4}<h2>[^\n]*<\/h2>\n {4}<dl>\n/);
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
    expect(html).toContain('<section lang="zh-Hant">\n    <h3>摘要</h3>\n    <p>雖然中國');
    expect(html).toContain('<section lang="en">\n    <h3>Summary</h3>\n    <p>Although');
  });

  it("nests sub-points as an ordered list inside the bullet they belong to", () => {
    const html = toHTML(briefWithPoint("parent", ["first", "second"]));
    expect(html.replace(/\s*\n\s*/g, "")).toContain(
      "<ul><li>parent<ol><li>first</li><li>second</li></ol></li></ul>",
    );
  });

  it("heads the article with the original's source and date as written", () => {
    expect(toHTML(sampleBrief())).toContain("<header>\n    <h2>Foreign Policy, 10/24/2025</h2>\n");
  });

  it("heads the article with its authors, then its keywords, then a default when less is known", () => {
    const brief = { ...sampleBrief(), fields: [], source: null, date: null, dateText: null };
    expect(toHTML(brief)).toContain("<h2>Alasdair Phillips-Robin</h2>");
    expect(toHTML({ ...brief, authors: [] })).toContain("<h2>經濟、稀土、習近平</h2>");
    expect(toHTML({ ...brief, authors: [], keywords: [] })).toContain("<h2>簡報/Brief</h2>");
  });

  it("gives every article exactly one heading above its sections' headings", () => {
    fc.assert(
      fc.property(briefArbitrary, (brief) => {
        const html = toHTML(brief);
        expect(html.match(/<h2>/g)).toHaveLength(1);
        expect(html.match(/<h3>/g) ?? []).toHaveLength(brief.summaries.length);
        expect(html).not.toMatch(/<h[23]>\s*<\/h[23]>/);
      }),
      { numRuns: 200 },
    );
  });

  it("leaves out the field list, the lead paragraph and the list when there is nothing to put in them", () => {
    const html = toHTML({
      ...briefWithPoint("only"),
      summaries: [{ lang: "en", heading: null, lead: "", points: [] }],
    });
    expect(html).not.toMatch(/<dl|<p>|<ul/);
    expect(html).toContain("<h3>Summary</h3>");
  });

  it("leaves every control character and noncharacter out of every text, keeping tab and line feed", () => {
    const brief = hostileBrief();
    const dirty = (text: string) => `${text}${FORBIDDEN_TEXT}\t\n`;
    brief.authors = brief.authors.map(dirty);
    brief.source = dirty(brief.source ?? "");
    brief.dateText = dirty(brief.dateText ?? "");
    brief.keywords = brief.keywords.map(dirty);
    brief.fields = brief.fields.map((field) => ({
      ...field,
      label: dirty(field.label),
      value: dirty(field.value),
    }));
    brief.summaries = brief.summaries.map((summary) => ({
      ...summary,
      lang: summary.lang,
      heading: dirty(summary.heading ?? ""),
      lead: dirty(summary.lead),
      points: summary.points.map((point) => ({
        text: dirty(point.text),
        children: point.children.map((child) => ({ text: dirty(child.text) })),
      })),
    }));
    for (const variant of [brief, { ...brief, fields: [] }]) {
      const html = toHTML(variant);
      expect([...html].filter((char) => forbidden(char.codePointAt(0) ?? 0))).toEqual([]);
      expect(html).toContain("\t\n");
      for (const text of HOSTILE) expect(dissect(html).texts.join("\n")).toContain(text);
    }
  });

  it("escapes script tags, event handlers, quotes and ampersands in every text", () => {
    const html = toHTML(hostileBrief());
    const { tags, texts } = dissect(html);
    expect(new Set(tags.map((tag) => tag.name))).toEqual(
      new Set([
        "article",
        "header",
        "h2",
        "dl",
        "div",
        "dt",
        "dd",
        "time",
        "section",
        "h3",
        "p",
        "ul",
        "li",
        "ol",
      ]),
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
        expect(item === undefined ? undefined : decode(item)).toBe(allowed(text));
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
