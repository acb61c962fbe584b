import fc from "fast-check";
import type { Brief, OutlinePoint, Summary } from "../src/index.js";
import { FIELD_KEYS } from "../src/vocabulary.js";

/** A brief shaped like the reference one, built by hand so converter tests do not depend on the parser. */
export function sampleBrief(): Brief {
  return {
    authors: ["Alasdair Phillips-Robin"],
    source: "Foreign Policy",
    date: "2025-10-24",
    dateText: "10/24/2025",
    keywords: ["經濟", "稀土", "習近平"],
    fields: [
      { key: "authors", label: "作者/Author(s)", value: "Alasdair Phillips-Robin" },
      { key: "source", label: "網站來源/Source", value: "Foreign Policy" },
      { key: "date", label: "日期/Date", value: "10/24/2025" },
      { key: "keywords", label: "關鍵字/Keywords", value: "經濟、稀土、習近平" },
    ],
    summaries: [
      {
        lang: "zh-Hant",
        heading: "摘要",
        lead: "雖然中國最新的稀土出口許可措施並未明確針對任何國家。",
        points: [
          { text: "中國幾乎壟斷了現代科技的關鍵原料「可用稀土", children: [] },
          {
            text: "對於中國這項新措施,有兩種主流解釋",
            children: [{ text: "為貿易談判取得更多籌碼" }, { text: "回應川普政府近期的貿易限制" }],
          },
        ],
      },
      {
        lang: "en",
        heading: "Summary",
        lead: "Although China's newest rare-earth licensing measures did not specifically target any parties.",
        points: [
          { text: "China virtually controlled the key ingredients of modern technologies.", children: [] },
          {
            text: "There are two explanations for China's newest measures:",
            children: [
              { text: "Gaining leverage over trade negotiations." },
              { text: "Responding to recent trade restrictions by the Trump administration." },
            ],
          },
        ],
      },
    ],
  };
}

/** A brief with no field and no summary, as the parser returns for an input without a brief. */
export function emptyBrief(): Brief {
  return { authors: [], source: null, date: null, dateText: null, keywords: [], fields: [], summaries: [] };
}

/** A brief with nothing but one English summary holding one point, to look at how a text comes out. */
export function briefWithPoint(text: string, children: string[] = []): Brief {
  return {
    ...emptyBrief(),
    summaries: [
      {
        lang: "en",
        heading: "Summary",
        lead: "",
        points: [{ text, children: children.map((child) => ({ text: child })) }],
      },
    ],
  };
}

const text = fc.string({ unit: "grapheme", maxLength: 40 });

const point: fc.Arbitrary<OutlinePoint> = fc.record({
  text,
  children: fc.array(fc.record({ text }), { maxLength: 3 }),
});

const summary: fc.Arbitrary<Summary> = fc.record({
  lang: fc.constantFrom("zh-Hant" as const, "zh-Hans" as const, "en" as const),
  heading: fc.option(text, { nil: null }),
  lead: text,
  points: fc.array(point, { maxLength: 4 }),
});

const isoDate = fc
  .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2199-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** Any brief the schema allows, fields and typed values drawn independently. */
export const briefArbitrary: fc.Arbitrary<Brief> = fc
  .record({
    authors: fc.array(text, { maxLength: 3 }),
    source: fc.option(text, { nil: null }),
    date: fc.option(isoDate, { nil: null }),
    dateText: fc.option(text, { nil: null }),
    keywords: fc.array(text, { maxLength: 4 }),
    fields: fc.array(
      fc.record({
        key: fc.constantFrom(...FIELD_KEYS, null),
        label: text,
        value: text,
      }),
      { maxLength: 5 },
    ),
    summaries: fc.array(summary, { maxLength: 3 }),
    // optional keys, present or absent as in a parsed brief (never present as undefined)
    title: fc.option(text, { nil: null }),
    url: fc.option(fc.webUrl(), { nil: null }),
  })
  .map(({ title, url, ...brief }): Brief => ({
    ...brief,
    ...(title !== null && { title }),
    ...(url !== null && { url }),
  }));

/** Addresses GFM renderers would autolink if toMarkdown let them. */
export const ADDRESSES = [
  "someone@example.com",
  "first.last+tag@example.co.uk",
  "under_score@example.com",
  "mailto:someone@example.com",
  "xmpp:someone@example.com/resource",
  "write to someone@example.com today",
];
