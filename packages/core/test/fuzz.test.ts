/// <reference types="node" />
/**
 * Whatever it is given, the parser returns data that passes the schema and never throws. This file
 * fuzzes what properties.test.ts does not: bytes behind byte order marks, the reference's bytes
 * corrupted, its lines shuffled, tokens dropped into the middle of lines, digests of mutated briefs,
 * and strict mode. FUZZ_RUNS sets how many inputs each property tries: small by default so `npm test`
 * stays quick, large for `npm run fuzz`. A failure prints fast-check's seed and shrunk input.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, it } from "vitest";
import { BriefParseError, parseBrief, parseBriefs } from "../src/index.js";
import type { BriefInput, ParseOptions } from "../src/index.js";
import { en } from "../src/locales/en.js";
import { zhHant } from "../src/locales/zh-Hant.js";
import { BriefSchema, DiagnosticSchema } from "../src/schema.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
// A long fuzz run may take minutes; the default one stays within vitest's usual limits.
const TIMEOUT = Math.max(30_000, RUNS * 200);

const REFERENCE = readFileSync(new URL("./fixtures/rare-earths-2025-10-24.txt", import.meta.url), "utf8");
const REFERENCE_LINES = REFERENCE.split("\n");

/** The parser's vocabulary: labels, headings, markers, dates, brackets and every kind of whitespace. */
const TOKENS = [
  "作者/Author(s):",
  "網站來源/Source:",
  "网站来源:",
  "日期/Date:",
  "關鍵字/Keywords:",
  "关键词：",
  "Author:",
  "摘要:",
  "中文摘要：",
  "Summary:",
  "Summary (English):",
  "Abstract",
  "  • ",
  "● ",
  "○",
  "- ",
  "* ",
  "·",
  "1. ",
  "2)",
  "(3) ",
  "１.",
  "一、",
  "a.",
  "10/24/2025",
  "2025-02-30",
  "114/10/24",
  "民國114年10月24日",
  "Oct 24, 2025",
  "24 October 2025",
  "2025年13月1日",
  "=====",
  "---",
  "、",
  ",",
  "；",
  " and ",
  "&",
  "與",
  "「",
  "」",
  "『",
  "(",
  ")",
  "“",
  "稀土",
  "rare earths",
  "習近平",
  "\n",
  "\r\n",
  "\r",
  " ",
  "\t",
  "\u00a0",
  "\u3000",
  "\u200b",
  "\ufeff",
  "\ufffd",
  "\u0000",
  "\ud800",
  "😀",
];

const briefLike = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TOKENS) }, fc.string({ maxLength: 8 })), {
    maxLength: 120,
  })
  .map((parts) => parts.join(""));

/** Bytes behind each byte order mark, and none: an odd-length body after a UTF-16 one included. */
const bomBytes = fc
  .tuple(
    fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], []),
    fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      briefLike.map((text) => new TextEncoder().encode(text)),
    ),
  )
  .map(([bom, rest]) => Uint8Array.from([...bom, ...rest]));

type Mutation = (lines: string[]) => string[];

const at = (lines: string[], index: number) => index % Math.max(1, lines.length);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map(
    (i): Mutation =>
      (lines) =>
        lines.filter((_, j) => j !== at(lines, i)),
  ),
  fc.nat().map(
    (i): Mutation =>
      (lines) =>
        lines.flatMap((line, j) => (j === at(lines, i) ? [line, line] : [line])),
  ),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Mutation => (lines) => {
    const copy = [...lines];
    const [a, b] = [at(copy, i), at(copy, j)];
    [copy[a], copy[b]] = [copy[b] ?? "", copy[a] ?? ""];
    return copy;
  }),
  fc.tuple(fc.nat(), fc.constantFrom(...TOKENS)).map(
    ([i, token]): Mutation =>
      (lines) =>
        lines.map((line, j) => (j === at(lines, i) ? token + line : line)),
  ),
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...TOKENS)).map(
    ([i, k, token]): Mutation =>
      (lines) =>
        lines.map((line, j) => {
          if (j !== at(lines, i)) return line;
          const cut = k % (line.length + 1);
          return line.slice(0, cut) + token + line.slice(cut);
        }),
  ),
  fc.nat().map(
    (i): Mutation =>
      (lines) =>
        lines.slice(0, at(lines, i)),
  ),
);

/** The reference brief with deleted, duplicated, swapped and marked lines. */
const mutatedReference = fc
  .array(mutation, { minLength: 1, maxLength: 12 })
  .map((mutations) => mutations.reduce((lines, mutate) => mutate(lines), REFERENCE_LINES).join("\n"));

/** The reference brief shuffled line by line. */
const shuffledReference = fc
  .array(fc.nat(), { minLength: REFERENCE_LINES.length, maxLength: REFERENCE_LINES.length })
  .map((keys) =>
    REFERENCE_LINES.map((line, i) => ({ line, key: keys[i] ?? 0 }))
      .sort((a, b) => a.key - b.key)
      .map(({ line }) => line)
      .join("\n"),
  );

/** The reference's UTF-8 bytes with some of them overwritten. */
const corruptedBytes = fc
  .array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 })
  .map((edits) => {
    const bytes = new TextEncoder().encode(REFERENCE);
    for (const [index, value] of edits) bytes[index % bytes.length] = value;
    return bytes;
  });

const options: fc.Arbitrary<ParseOptions> = fc.record(
  {
    positions: fc.boolean(),
    dateOrder: fc.constantFrom("mdy" as const, "dmy" as const),
    locale: fc.constantFrom(en, zhHant),
  },
  { requiredKeys: [] },
);

/** Parses the input both ways and checks every brief and diagnostic against the schemas. */
function parsesToValidData(input: BriefInput, parseOptions: ParseOptions): void {
  const single = parseBrief(input, parseOptions);
  const many = parseBriefs(input, parseOptions);
  for (const brief of [single.brief, ...many.briefs]) {
    const result = BriefSchema.safeParse(brief);
    if (!result.success) throw new Error(`invalid brief: ${JSON.stringify(result.error.issues[0])}`);
  }
  for (const diagnostic of [...single.diagnostics, ...many.diagnostics]) {
    const result = DiagnosticSchema.safeParse(diagnostic);
    if (!result.success) throw new Error(`invalid diagnostic: ${JSON.stringify(diagnostic)}`);
  }
}

const check = (input: fc.Arbitrary<BriefInput>) =>
  fc.assert(
    fc.property(input, options, (value, parseOptions) => parsesToValidData(value, parseOptions)),
    { numRuns: RUNS },
  );

describe("the parser on arbitrary input", () => {
  it("returns schema-valid briefs for bytes behind any byte order mark", () => check(bomBytes), TIMEOUT);

  it(
    "returns schema-valid briefs for the reference's bytes with some overwritten",
    () => check(corruptedBytes),
    TIMEOUT,
  );

  it(
    "returns schema-valid briefs for the reference with lines deleted, duplicated, swapped, cut and marked mid-line",
    () => check(mutatedReference),
    TIMEOUT,
  );

  it(
    "returns schema-valid briefs for the reference with its lines shuffled",
    () => check(shuffledReference),
    TIMEOUT,
  );

  it(
    "keeps every brief of a digest built from mutated references schema-valid",
    () =>
      check(
        fc
          .array(mutatedReference, { minLength: 2, maxLength: 4 })
          .map((briefs) => briefs.join("\n\n=====\n\n")),
      ),
    TIMEOUT,
  );

  it(
    "throws nothing but a BriefParseError in strict mode, and only when there is an error",
    () =>
      fc.assert(
        fc.property(fc.oneof(briefLike, mutatedReference), (text) => {
          const lenient = parseBrief(text);
          const hasError = lenient.diagnostics.some((d) => d.severity === "error");
          try {
            parseBrief(text, { strict: true });
            return !hasError;
          } catch (error) {
            return (
              hasError &&
              error instanceof BriefParseError &&
              error.diagnostics.length === lenient.diagnostics.length
            );
          }
        }),
        { numRuns: RUNS },
      ),
    TIMEOUT,
  );
});
