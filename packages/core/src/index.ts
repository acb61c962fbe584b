export { parseBrief, parseBriefs } from "./parse-brief.js";
export { BriefParseError } from "./errors.js";
export { formatBrief, formatBriefs } from "./format.js";
export type { FormatOptions } from "./format.js";
export { toMarkdown } from "./convert/markdown.js";
export { toHTML } from "./convert/html.js";
export { toJSONLD, toJSONLDScript } from "./convert/jsonld.js";
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
export { checkBrief } from "./check-brief.js";
export type { BriefCheck } from "./check-brief.js";
