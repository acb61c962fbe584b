export { parseBrief, parseBriefs } from "./parse/index.js";
export { BriefParseError } from "./errors.js";
export { formatBrief, formatBriefs } from "./format.js";
export type { FormatOptions } from "./format.js";
export { toMarkdown } from "./convert/markdown.js";
export { toHTML } from "./convert/html.js";
export { toJSONLD } from "./convert/jsonld.js";
export { DIAGNOSTIC_CODES, DEFAULT_SEVERITIES, SEVERITIES } from "./codes.js";
export type { DiagnosticCode, Severity } from "./codes.js";
export type { DiagnosticDetail, Family, Locale } from "./diagnostics.js";
export type { BriefInput, ParseOptions, ParseResult, ParseBriefsResult } from "./options.js";
export type {
  Brief,
  Diagnostic,
  Field,
  FieldKey,
  Language,
  OutlinePoint,
  Point,
  Position,
  SubPoint,
  Summary,
} from "./schema.js";
