import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatBrief, parseBrief, parseBriefs, type Brief, type Position } from "../src/index.js";
import { en } from "../src/locales/en.js";
import { zhHant } from "../src/locales/zh-Hant.js";
import { BriefSchema, DiagnosticSchema } from "../src/schema.js";
import { REFERENCE, readFixture } from "./fixture-files.js";

const referenceLines = readFixture(REFERENCE).split("\n");

/** `FUZZ_SCALE=50 npx vitest run test/properties.test.ts` runs every property fifty times as long. */
const scale = Number(process.env.FUZZ_SCALE ?? "1");
const runs = (n: number) => ({ numRuns: n * scale });
const slow = { timeout: 20_000 * scale };

function reparse(brief: Brief): Brief {
  return parseBrief(formatBrief(brief), { positions: false }).brief;
}

function isValid(input: string | Uint8Array): boolean {
  const { brief, diagnostics } = parseBrief(input);
  const { briefs } = parseBriefs(input);
  return (
    BriefSchema.safeParse(brief).success &&
    briefs.every((b) => BriefSchema.safeParse(b).success) &&
    diagnostics.every((d) => DiagnosticSchema.safeParse(d).success)
  );
}

/** Pieces real briefs are made of, and the characters that trip parsers up. */
const piece = fc.constantFrom(
  "作者/Author(s): ",
  "網站來源/Source: ",
  "日期/Date: ",
  "關鍵字/Keywords: ",
  "標題/Title: ",
  "原文連結/URL: ",
  "https://example.com/a?b=1",
  "Note: ",
  "摘要:",
  "Summary:",
  "英文摘要：",
  "  • ",
  "● ",
  "- ",
  "  1. ",
  "2) ",
  "(3) ",
  "一、",
  "a. ",
  "=====",
  "---",
  "中國",
  "稀土",
  "这些",
  "Beijing",
  " leverage ",
  "10/24/2025",
  "02/30/2025",
  "民國114年",
  "「",
  "」",
  "(",
  ")",
  ":",
  "：",
  "、",
  "\u00a0",
  "\u3000",
  "\u200b",
  "\ufeff",
  "\t",
  " ",
  "\n",
  "\r\n",
  "\r",
  "\u0000",
  "\ufffd",
);

/** Text that looks like a brief more often than random strings do. */
const briefish = fc
  .array(fc.oneof(piece, fc.string({ unit: "binary", maxLength: 6 })), { maxLength: 60 })
  .map((p) => p.join(""));

/** The reference with lines deleted, duplicated, moved, or given a stray marker. */
const mutatedReference = fc
  .array(
    fc.oneof(
      fc.constantFrom(...referenceLines),
      fc
        .tuple(fc.constantFrom("• ", "1. ", "(2) ", "- ", "", "   "), fc.constantFrom(...referenceLines))
        .map(([m, l]) => m + l.trim()),
    ),
    { maxLength: 60 },
  )
  .map((lines) => lines.join("\n"));

/** Line and column agree with the offset, and the span lies inside the text. */
function positionHolds(text: string, position: Position | undefined): boolean {
  if (!position) return false;
  for (const point of [position.start, position.end]) {
    const before = text.slice(0, point.offset);
    const lineStart = Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r")) + 1;
    const line = before.split(/\r\n|\r|\n/).length;
    if (point.line !== line || point.column !== point.offset - lineStart + 1) return false;
  }
  return position.start.offset <= position.end.offset && position.end.offset <= text.length;
}

describe("never throws, always valid", slow, () => {
  it("on any string", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), isValid), runs(300));
  });

  it("on brief-like text", () => {
    fc.assert(fc.property(briefish, isValid), runs(500));
  });

  it("on any bytes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), isValid), runs(300));
  });

  it("on mutations of the reference", () => {
    fc.assert(fc.property(mutatedReference, isValid), runs(300));
  });

  it("with every option combination", () => {
    const options = fc.record({
      positions: fc.boolean(),
      dateOrder: fc.constantFrom("mdy" as const, "dmy" as const),
      locale: fc.constantFrom(en, zhHant),
      encoding: fc.constantFrom(undefined, "big5", "utf-16le", "nonsense"),
    });
    fc.assert(
      fc.property(briefish, options, (text, opts) => {
        const bytes = new TextEncoder().encode(text);
        return BriefSchema.safeParse(parseBrief(bytes, opts).brief).success;
      }),
      runs(200),
    );
  });
});

describe("positions", slow, () => {
  it("agree with the text for every field, summary, point and diagnostic", () => {
    fc.assert(
      fc.property(fc.oneof(briefish, mutatedReference), (text) => {
        const { briefs, diagnostics } = parseBriefs(text);
        const nodes = briefs.flatMap((b) => [
          b,
          ...b.fields,
          ...b.summaries.flatMap((s) => [s, ...s.points.flatMap((p) => [p, ...p.children])]),
        ]);
        const located = diagnostics.filter((d) => d.position !== null);
        return (
          nodes.every((node) => positionHolds(text, node.position)) &&
          located.every((d) => positionHolds(text, d.position ?? undefined))
        );
      }),
      runs(300),
    );
  });
});

describe("round trip", slow, () => {
  it("holds for every brief the parser reads from brief-like text", () => {
    fc.assert(
      fc.property(fc.oneof(briefish, mutatedReference), (text) => {
        for (const brief of parseBriefs(text, { positions: false }).briefs)
          expect(reparse(brief)).toEqual(brief);
      }),
      runs(400),
    );
  });

  it("holds once any brief shaped by the schema has been written and read", () => {
    const text = fc.string({
      unit: fc.constantFrom("中", "國", "A", "b", " ", "•", "1", ".", ":", "、", ",", "\n", "「"),
      maxLength: 20,
    });
    const anyBrief = fc.record({
      authors: fc.array(text, { maxLength: 3 }),
      source: fc.option(text),
      date: fc.option(fc.constantFrom("2025-10-24", "2024-02-29")),
      dateText: fc.option(text),
      keywords: fc.array(text, { maxLength: 3 }),
      fields: fc.array(
        fc.record({
          key: fc.constantFrom(
            null,
            "authors" as const,
            "source" as const,
            "date" as const,
            "keywords" as const,
          ),
          label: text,
          value: text,
        }),
        { maxLength: 5 },
      ),
      summaries: fc.array(
        fc.record({
          lang: fc.constantFrom("zh-Hant" as const, "zh-Hans" as const, "en" as const),
          heading: fc.option(fc.constantFrom("摘要", "Summary", "中文摘要", "Abstract")),
          lead: text,
          points: fc.array(fc.record({ text, children: fc.array(fc.record({ text }), { maxLength: 3 }) }), {
            maxLength: 4,
          }),
        }),
        { maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(anyBrief, (brief) => {
        const once = reparse(brief);
        expect(reparse(once)).toEqual(once);
      }),
      runs(300),
    );
  });

  it("is exact for briefs written the way briefs are written", () => {
    const zhWord = fc.constantFrom(
      "中國",
      "稀土",
      "北京",
      "華府",
      "關稅",
      "措施",
      "盟友",
      "籌碼",
      "「可用",
      "，",
      "。",
    );
    const enWord = fc.constantFrom(
      "China",
      "rare",
      "earths",
      "Beijing's",
      "tariffs",
      "(leverage)",
      "measures",
      "allies,",
      "U.S.",
    );
    const zhText = fc.array(zhWord, { minLength: 1, maxLength: 12 }).map((w) => `中${w.join("")}`);
    const enText = fc.array(enWord, { minLength: 1, maxLength: 12 }).map((w) => `The ${w.join(" ")}`);
    const outline = (text: fc.Arbitrary<string>) =>
      fc.array(fc.record({ text, children: fc.array(fc.record({ text }), { maxLength: 3 }) }), {
        maxLength: 8,
      });
    const day = fc.record({
      year: fc.integer({ min: 1990, max: 2030 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
    });
    const names = fc.array(fc.constantFrom("Jane Doe", "John Smith", "Alasdair Phillips-Robin"), {
      minLength: 1,
      maxLength: 3,
    });
    const keywords = fc.array(fc.constantFrom("經濟", "稀土", "習近平", "貿易"), {
      minLength: 1,
      maxLength: 4,
    });
    const canonical = fc
      .record({
        authors: names,
        source: fc.constantFrom("Foreign Policy", "路透社"),
        day,
        keywords,
        zhLead: zhText,
        enLead: enText,
        zh: outline(zhText),
        en: outline(enText),
      })
      .map(({ authors, source, day: d, keywords: kw, zhLead, enLead, zh, en }): Brief => {
        const dateText = `${String(d.month).padStart(2, "0")}/${String(d.day).padStart(2, "0")}/${d.year}`;
        const date = `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
        return {
          authors,
          source,
          date,
          dateText,
          keywords: kw,
          fields: [
            { key: "authors", label: "作者/Author(s)", value: authors.join(", ") },
            { key: "source", label: "網站來源/Source", value: source },
            { key: "date", label: "日期/Date", value: dateText },
            { key: "keywords", label: "關鍵字/Keywords", value: kw.join("、") },
          ],
          summaries: [
            { lang: "zh-Hant", heading: "摘要", lead: zhLead, points: zh },
            { lang: "en", heading: "Summary", lead: enLead, points: en },
          ],
        };
      });
    fc.assert(
      fc.property(canonical, (brief) => {
        expect(BriefSchema.safeParse(brief).success).toBe(true);
        expect(reparse(brief)).toEqual(brief);
      }),
      runs(300),
    );
  });
});
