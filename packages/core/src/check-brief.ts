/**
 * A structural check of a brief that came from outside (JSON, a page's property), without zod: the
 * same rules as `BriefSchema` in `@briefkit/core/schema`, which a test holds it to, in a few hundred
 * bytes, and nothing built at load. It names the first problem by its path, as zod's issues do.
 */
import type { Brief } from "./schema.js";
import { FIELD_KEYS, LANGUAGES } from "./vocabulary.js";

export type BriefCheck =
  | { readonly ok: true; readonly brief: Brief }
  | {
      readonly ok: false;
      /** Where the problem is: `["summaries", 0, "points", 2, "text"]`; empty for the value itself. */
      readonly path: readonly (string | number)[];
      /** What is wrong there, in English: `expected a string, got a number`. */
      readonly problem: string;
    };

/** Returns what is wrong with a value, or null; `path` is where it sits, for nested problems. */
type Rule = (value: unknown, path: (string | number)[]) => Problem | null;
interface Problem {
  path: (string | number)[];
  problem: string;
}

function kind(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  const type = typeof value;
  return type === "object" || type === "undefined" ? type : `a ${type}`;
}

const expected = (what: string, value: unknown, path: (string | number)[]): Problem => ({
  path,
  problem: `expected ${what}, got ${kind(value)}`,
});

const string: Rule = (value, path) => (typeof value === "string" ? null : expected("a string", value, path));

const nullable =
  (rule: Rule): Rule =>
  (value, path) =>
    value === null ? null : rule(value, path);

const oneOf =
  (options: readonly string[]): Rule =>
  (value, path) =>
    typeof value === "string" && options.includes(value)
      ? null
      : expected(options.map((option) => `"${option}"`).join(" or "), value, path);

const count =
  (least: number): Rule =>
  (value, path) =>
    typeof value === "number" && Number.isInteger(value) && value >= least
      ? null
      : expected(`an integer of at least ${least}`, value, path);

/** A calendar date as `YYYY-MM-DD` that exists (no 2025-02-30), as `z.iso.date()` accepts. */
const isoDate: Rule = (value, path) => {
  const match = typeof value === "string" ? /^(\d{4})-(\d\d)-(\d\d)$/.exec(value) : null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(2000, month - 1, day));
    date.setUTCFullYear(year);
    if (date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return null;
  }
  return expected('a date written "YYYY-MM-DD"', value, path);
};

const array =
  (rule: Rule): Rule =>
  (value, path) => {
    if (!Array.isArray(value)) return expected("an array", value, path);
    for (let i = 0; i < value.length; i++) {
      const problem = rule(value[i], [...path, i]);
      if (problem) return problem;
    }
    return null;
  };

/** An object with these keys; a key marked optional may be missing or undefined, others may not. */
function object(shape: Record<string, Rule>, optional: readonly string[] = []): Rule {
  const keys = Object.keys(shape);
  return (value, path) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      return expected("an object", value, path);
    }
    const record = value as Record<string, unknown>;
    for (const key of keys) {
      const field = record[key];
      if (field === undefined && optional.includes(key)) continue;
      const problem = (shape[key] as Rule)(field, [...path, key]);
      if (problem) return problem;
    }
    return null;
  };
}

let brief: Rule | undefined;

/** The rules, made on the first check rather than at load: most pages never check a brief. */
function briefRule(): Rule {
  if (brief) return brief;
  const point = object({ line: count(1), column: count(1), offset: count(0) });
  const position = object({ start: point, end: point });
  const withPosition = (shape: Record<string, Rule>): Rule => object({ ...shape, position }, ["position"]);
  const subPoint = withPosition({ text: string });
  return (brief = object(
    {
      authors: array(string),
      source: nullable(string),
      date: nullable(isoDate),
      dateText: nullable(string),
      keywords: array(string),
      title: string,
      url: string,
      fields: array(
        withPosition({
          key: nullable(oneOf(FIELD_KEYS)),
          label: string,
          value: string,
        }),
      ),
      summaries: array(
        withPosition({
          lang: oneOf(LANGUAGES),
          heading: nullable(string),
          lead: string,
          points: array(withPosition({ text: string, children: array(subPoint) })),
        }),
      ),
      position,
    },
    ["title", "url", "position"],
  ));
}

/**
 * Whether a value is a brief as `parseBrief` makes them: `{ ok: true, brief }`, or `{ ok: false }`
 * with the path of the first problem and what it is. Keys a brief does not have are ignored.
 */
export function checkBrief(value: unknown): BriefCheck {
  const problem = briefRule()(value, []);
  return problem ? { ok: false, ...problem } : { ok: true, brief: value as Brief };
}
