import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkBrief, parseBrief } from "../src/index.js";
import { BriefSchema } from "../src/schema.js";
import { REFERENCE, readFixture } from "./fixture-files.js";

const reference = parseBrief(readFixture(REFERENCE)).brief;
const scale = Number(process.env.FUZZ_SCALE ?? "1");

/** Every path to a value inside a JSON tree, objects' keys and arrays' indices alike. */
function paths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const here = [path];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => paths(v, [...path, i])));
  if (typeof value === "object" && value !== null) {
    return here.concat(...Object.entries(value).map(([k, v]) => paths(v, [...path, k])));
  }
  return here;
}

/** A deep copy of `value` with the value at `path` replaced (or deleted, for `undefined`). */
function replaced(value: unknown, path: (string | number)[], next: unknown): unknown {
  const copy: unknown = structuredClone(value);
  if (path.length === 0) return next;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (next === undefined) delete parent[last];
  else parent[last] = next;
  return copy;
}

const referencePaths = paths(reference);

const oddValue = fc.constantFrom<unknown>(
  undefined,
  null,
  0,
  1,
  -1,
  1.5,
  Number.NaN,
  "",
  "x",
  "en",
  "date",
  "2025-02-30",
  "2024-02-29",
  "2025-13-01",
  "2025-1-1",
  [],
  ["x"],
  [1],
  {},
  true,
);

describe("checkBrief", () => {
  it("accepts what the parser makes", () => {
    expect(checkBrief(reference)).toEqual({ ok: true, brief: reference });
    expect(checkBrief(parseBrief("").brief).ok).toBe(true);
  });

  it("agrees with BriefSchema on a brief with any one value replaced, and names the same path", () => {
    fc.assert(
      fc.property(fc.constantFrom(...referencePaths), oddValue, (path, next) => {
        const value = replaced(reference, path, next);
        const check = checkBrief(value);
        const zod = BriefSchema.safeParse(value);
        expect(check.ok).toBe(zod.success);
        if (!check.ok && !zod.success) expect(check.path).toEqual(zod.error.issues[0]?.path);
      }),
      { numRuns: 2000 * scale },
    );
  });

  it("agrees with BriefSchema on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(checkBrief(value).ok).toBe(BriefSchema.safeParse(value).success);
      }),
      { numRuns: 500 * scale },
    );
  });

  it("says what it expected and what it got, located by path", () => {
    const broken = replaced(reference, ["summaries", 1, "points", 2, "text"], 7);
    expect(checkBrief(broken)).toEqual({
      ok: false,
      path: ["summaries", 1, "points", 2, "text"],
      problem: "expected a string, got a number",
    });
    expect(checkBrief(null)).toMatchObject({ path: [], problem: "expected an object, got null" });
    expect(checkBrief({ ...reference, date: "2025-02-29" })).toMatchObject({
      path: ["date"],
      problem: 'expected a date written "YYYY-MM-DD", got a string',
    });
    expect(
      checkBrief({ ...reference, summaries: [{ ...reference.summaries[0], lang: "fr" }] }),
    ).toMatchObject({
      path: ["summaries", 0, "lang"],
      problem: 'expected "zh-Hant" or "zh-Hans" or "en", got a string',
    });
  });
});
