/**
 * zod schemas for every type briefkit produces; the TypeScript types are inferred from them
 * so schema and type cannot drift. This is its own entry point (`@briefkit/core/schema`):
 * `parseBrief` only imports types from here, so a parser-only bundle carries no zod.
 * `zod/mini` keeps the schemas small enough for the embeddable elements to validate with.
 */
import * as z from "zod/mini";
import { DIAGNOSTIC_CODES, SEVERITIES } from "./codes.js";
import { FIELD_KEYS, LANGUAGES } from "./vocabulary.js";

/** A place in the decoded text: 1-based line and column, 0-based offset (UTF-16 code units). */
export const PointSchema = z.object({
  line: z.number().check(z.int(), z.minimum(1)),
  column: z.number().check(z.int(), z.minimum(1)),
  offset: z.number().check(z.int(), z.minimum(0)),
});

/** A unist-style span: `start` inclusive, `end` exclusive. */
export const PositionSchema = z.object({
  start: PointSchema,
  end: PointSchema,
});

export const LanguageSchema = z.enum(LANGUAGES);

export const FieldKeySchema = z.enum(FIELD_KEYS);

/** One header line, known or unknown, as written. `key` is null for a label briefkit does not know. */
export const FieldSchema = z.object({
  key: z.nullable(FieldKeySchema),
  label: z.string(),
  value: z.string(),
  position: z.optional(PositionSchema),
});

export const SubPointSchema = z.object({
  text: z.string(),
  position: z.optional(PositionSchema),
});

export const OutlinePointSchema = z.object({
  text: z.string(),
  children: z.array(SubPointSchema),
  position: z.optional(PositionSchema),
});

export const SummarySchema = z.object({
  lang: LanguageSchema,
  /** The heading as written without its colon (`摘要`, `Summary`), null when the section had none. */
  heading: z.nullable(z.string()),
  lead: z.string(),
  points: z.array(OutlinePointSchema),
  position: z.optional(PositionSchema),
});

export const BriefSchema = z.object({
  authors: z.array(z.string()),
  source: z.nullable(z.string()),
  date: z.nullable(z.iso.date()),
  dateText: z.nullable(z.string()),
  keywords: z.array(z.string()),
  /** The original article's title, when the header names it. */
  title: z.optional(z.string()),
  /** The original article's address, an absolute http(s) URL, when the header gives one. */
  url: z.optional(z.string()),
  fields: z.array(FieldSchema),
  summaries: z.array(SummarySchema),
  position: z.optional(PositionSchema),
});

export const SeveritySchema = z.enum(SEVERITIES);
export const DiagnosticCodeSchema = z.enum(DIAGNOSTIC_CODES);

export const DiagnosticSchema = z.object({
  severity: SeveritySchema,
  code: DiagnosticCodeSchema,
  message: z.string(),
  /** Null only when the problem concerns the input as a whole (e.g. its encoding). */
  position: z.nullable(PositionSchema),
});

export type Point = z.infer<typeof PointSchema>;
export type Position = z.infer<typeof PositionSchema>;
export type Language = z.infer<typeof LanguageSchema>;
export type FieldKey = z.infer<typeof FieldKeySchema>;
export type Field = z.infer<typeof FieldSchema>;
export type SubPoint = z.infer<typeof SubPointSchema>;
export type OutlinePoint = z.infer<typeof OutlinePointSchema>;
export type Summary = z.infer<typeof SummarySchema>;
export type Brief = z.infer<typeof BriefSchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
