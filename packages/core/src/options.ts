import type { DiagnosticCode, Severity } from "./codes.js";
import type { Locale } from "./diagnostics.js";
import type { Brief, Diagnostic } from "./schema.js";

/** What `parseBrief` and `parseBriefs` accept: text, or bytes to be decoded (BOM, UTF-8, Big5). */
export type BriefInput = string | Uint8Array | ArrayBuffer;

export interface ParseOptions {
  /** Throw a `BriefParseError` carrying every diagnostic when any error is found. Default false. */
  strict?: boolean;
  /** Attach unist-style `position`s to the brief, fields, summaries and points. Default true. */
  positions?: boolean;
  /** How to read an ambiguous numeric date such as `03/04/2025`. Default `"mdy"`, as the reference brief. */
  dateOrder?: "mdy" | "dmy";
  /** Per-code severity overrides; `"off"` drops the diagnostic. */
  severities?: Partial<Record<DiagnosticCode, Severity | "off">>;
  /**
   * Language of diagnostic messages: English by default, or a locale imported from its own entry
   * point, such as `zhHant` from `@briefkit/core/locales/zh-Hant`, so only the parses that want
   * Chinese messages carry them.
   */
  locale?: Locale;
  /** Decode bytes with this encoding instead of detecting it (`utf-8`, `utf-16le`, `utf-16be`, `big5`). */
  encoding?: string;
}

export interface ParseResult {
  brief: Brief;
  diagnostics: Diagnostic[];
}

export interface ParseBriefsResult {
  briefs: Brief[];
  diagnostics: Diagnostic[];
}
