/// <reference types="node" />
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { parse } from "parse5";
import { parseBrief, toJSONLD, toJSONLDScript } from "../src/index.js";
import type { Brief } from "../src/index.js";
import { briefArbitrary, emptyBrief, sampleBrief } from "./convert-sample.js";

/*
 * What schema.org and JSON-LD expect of the object, written out independently of the converter:
 * a Report (a CreativeWork) whose isBasedOn is a NewsArticle, Person authors, an Organization
 * publisher, an ISO 8601 datePublished and language-tagged string values.
 */
const languageTag = z.enum(["zh-Hant", "zh-Hans", "en"]);
const languageString = z.strictObject({ "@language": languageTag, "@value": z.string().min(1) });
const named = (type: string) => z.strictObject({ "@type": z.literal(type), name: z.string() });
const newsArticle = z.strictObject({
  "@type": z.literal("NewsArticle"),
  "@id": z.url({ protocol: /^https?$/ }).optional(),
  headline: z.string().min(1).optional(),
  name: z.string().min(1).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  author: z.array(named("Person")).min(1).optional(),
  publisher: named("Organization").optional(),
  datePublished: z.iso.date().optional(),
});
const report = z.strictObject({
  "@context": z.literal("https://schema.org"),
  "@type": z.literal("Report"),
  headline: z.string().min(1).optional(),
  inLanguage: z.array(languageTag).min(1).optional(),
  abstract: z.array(languageString).min(1).optional(),
  keywords: z.array(z.string()).min(1).optional(),
  isBasedOn: newsArticle,
});

/** Every value reachable from `value` that JSON-LD has no use for. */
function holes(value: unknown, path = "$"): string[] {
  if (value === null || value === undefined) return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => holes(item, `${path}[${index}]`));
  if (typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => holes(item, `${path}.${key}`));
  }
  return [];
}

describe("toJSONLD", () => {
  it("names the article by its title and URL when the brief has them", () => {
    const brief = {
      ...sampleBrief(),
      title: "Why China Is Weaponizing Rare Earths",
      url: "https://example.com/a?b=1",
    };
    const data = report.parse(toJSONLD(brief));
    expect(data.headline).toBe(brief.title);
    expect(data.isBasedOn).toMatchObject({
      "@id": brief.url,
      url: brief.url,
      headline: brief.title,
      name: brief.title,
    });
    // a brief from JSON can hold anything: only a web address becomes the article's URL
    const scripted = toJSONLD({ ...brief, url: "javascript:alert(1)", title: " \u0007 " });
    expect("url" in scripted.isBasedOn || "@id" in scripted.isBasedOn || "headline" in scripted).toBe(false);
    const without = toJSONLD(sampleBrief());
    expect("headline" in without || "url" in without.isBasedOn || "@id" in without.isBasedOn).toBe(false);
  });

  it("describes the brief as a schema.org Report", () => {
    const data = toJSONLD(sampleBrief());
    expect(data["@context"]).toBe("https://schema.org");
    expect(data["@type"]).toBe("Report");
  });

  it("returns an object that matches the structure schema.org expects", () => {
    expect(report.safeParse(toJSONLD(sampleBrief())).error).toBeUndefined();
  });

  it("lists the languages of the summaries in order", () => {
    expect(toJSONLD(sampleBrief()).inLanguage).toEqual(["zh-Hant", "en"]);
  });

  it("gives each language's lead as a language-tagged abstract", () => {
    expect(toJSONLD(sampleBrief()).abstract).toEqual([
      { "@language": "zh-Hant", "@value": "雖然中國最新的稀土出口許可措施並未明確針對任何國家。" },
      {
        "@language": "en",
        "@value":
          "Although China's newest rare-earth licensing measures did not specifically target any parties.",
      },
    ]);
  });

  it("carries the keywords as a list of strings", () => {
    expect(toJSONLD(sampleBrief()).keywords).toEqual(["經濟", "稀土", "習近平"]);
  });

  it("bases the report on the original news article, its authors as people", () => {
    expect(toJSONLD(sampleBrief()).isBasedOn.author).toEqual([
      { "@type": "Person", name: "Alasdair Phillips-Robin" },
    ]);
  });

  it("names the source as the original article's publishing organisation", () => {
    expect(toJSONLD(sampleBrief()).isBasedOn.publisher).toEqual({
      "@type": "Organization",
      name: "Foreign Policy",
    });
  });

  it("dates the original article with the brief's ISO date, not the date as written", () => {
    expect(toJSONLD(sampleBrief()).isBasedOn.datePublished).toBe("2025-10-24");
  });

  it("leaves out what the brief does not know instead of writing null", () => {
    expect(toJSONLD(emptyBrief())).toEqual({
      "@context": "https://schema.org",
      "@type": "Report",
      isBasedOn: { "@type": "NewsArticle" },
    });
  });

  it("skips the abstract of a summary whose lead is empty", () => {
    const brief = sampleBrief();
    brief.summaries = brief.summaries.map((summary) => ({
      ...summary,
      lead: summary.lang === "en" ? "" : summary.lead,
    }));
    expect(toJSONLD(brief).abstract?.map((value) => value["@language"])).toEqual(["zh-Hant"]);
  });

  it("does not share arrays with the brief it came from", () => {
    const brief = sampleBrief();
    toJSONLD(brief).keywords?.push("changed");
    expect(brief.keywords).toEqual(["經濟", "稀土", "習近平"]);
  });

  it("matches the schema.org structure and holds no null or undefined for any brief", () => {
    fc.assert(
      fc.property(briefArbitrary, (brief) => {
        const data = toJSONLD(brief);
        expect(report.safeParse(data).error).toBeUndefined();
        expect(holes(data)).toEqual([]);
        expect(JSON.parse(JSON.stringify(data))).toEqual(data);
      }),
      { numRuns: 300 },
    );
  });

  it("converts the reference brief with both languages and the original article", () => {
    const text = readFileSync(new URL("./fixtures/rare-earths-2025-10-24.txt", import.meta.url), "utf8");
    const data = toJSONLD(parseBrief(text).brief);
    expect(report.safeParse(data).error).toBeUndefined();
    expect(data.inLanguage).toEqual(["zh-Hant", "en"]);
    expect(data.isBasedOn).toEqual({
      "@type": "NewsArticle",
      author: [{ "@type": "Person", name: "Alasdair Phillips-Robin" }],
      publisher: { "@type": "Organization", name: "Foreign Policy" },
      datePublished: "2025-10-24",
    });
  });

  it("leaves control characters and noncharacters out of every text", () => {
    const dirty = (text: string) => `${text}\u0000\u0001\u007F\u0085\uFDD0\uFFFE\u{10FFFF}`;
    const brief = sampleBrief();
    brief.authors = brief.authors.map(dirty);
    brief.source = dirty(brief.source ?? "");
    brief.keywords = brief.keywords.map(dirty);
    brief.summaries = brief.summaries.map((summary) => ({ ...summary, lead: dirty(summary.lead) }));
    expect(toJSONLD(brief)).toEqual(toJSONLD(sampleBrief()));
  });
});

describe("toJSONLDScript", () => {
  type Node = { nodeName: string; childNodes?: Node[]; value?: string };
  const elements = (node: Node, name: string): Node[] =>
    (node.childNodes ?? []).flatMap((child) => [
      ...(child.nodeName === name ? [child] : []),
      ...elements(child, name),
    ]);
  const text = (node: Node): string => (node.childNodes ?? []).map((c) => c.value ?? "").join("");

  /** What a browser's HTML parser makes of the script in a page body, followed by a marker. */
  function inPage(script: string) {
    const document = parse(`<!doctype html><body>${script}<p id=after>after</p>`) as unknown as Node;
    return { scripts: elements(document, "script"), paragraphs: elements(document, "p"), document };
  }

  it("is one script, ended only by its own end tag, whose JSON is toJSONLD's", () => {
    const hostile = "</script><img src=x onerror=alert(1)><!--<script>&amp; \u2028";
    fc.assert(
      fc.property(briefArbitrary, fc.constantFrom("", hostile, "</SCRIPT >", "<!--", "]]>"), (b, bad) => {
        const brief: Brief = { ...b, source: `${b.source ?? ""}${bad}`, keywords: [...b.keywords, bad] };
        const html = toJSONLDScript(brief);
        const { scripts, paragraphs, document } = inPage(html);
        expect(scripts).toHaveLength(1);
        expect(paragraphs).toHaveLength(1);
        expect(elements(document, "img")).toHaveLength(0);
        expect(JSON.parse(text(scripts[0] as Node))).toEqual(toJSONLD(brief));
        expect(html).not.toMatch(/<\/script[\s\S]*<\/script>/i);
      }),
      { numRuns: 200 },
    );
  });

  it("writes <, > and & as JSON escapes", () => {
    const html = toJSONLDScript({ ...sampleBrief(), source: "</script><b>&" });
    expect(html).toContain("\\u003c/script\\u003e\\u003cb\\u003e\\u0026");
    expect(html.startsWith('<script type="application/ld+json">{')).toBe(true);
  });
});
