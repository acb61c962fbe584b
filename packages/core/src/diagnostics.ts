/**
 * Diagnostics as data: what the parser found (a typed detail per code), how severe it is (the default
 * from codes.ts unless the user overrides it), and a message from the locale in force. Each locale is
 * one function from detail to message, the way zod keeps its locales: each is its own module, so a
 * parse carries only the messages it asked for (`@briefkit/core/lite` carries none).
 */
import { DEFAULT_SEVERITIES, type DiagnosticCode, type Severity } from "./codes.js";
import type { Diagnostic, Position } from "./schema.js";
import type { RequiredFieldKey } from "./vocabulary.js";

/** A language family, as headings name it and as a text's script shows it. */
export type Family = "zh" | "en";

/** Everything a message needs, one shape per code. */
export type DiagnosticDetail =
  | { code: "unreadable-input"; reason: "empty" | "binary" }
  | { code: "encoding"; encoding: string; reason: "detected" | "forced" }
  | { code: "encoding"; encoding: string; reason: "unknown"; requested: string }
  | { code: "missing-field"; key: RequiredFieldKey }
  | { code: "empty-field"; label: string }
  | { code: "duplicate-field"; label: string; firstLine: number }
  | { code: "unknown-field"; label: string }
  | {
      code: "invalid-date";
      text: string;
      reason: "impossible" | "unrecognised";
      /** The form to write the date in, the one the author used when it shows (`民國YYY年MM月DD日`). */
      form: string;
      /** The reference brief's date in that form (`民國114年10月24日`). */
      example: string;
    }
  | { code: "ambiguous-date"; text: string; chosen: string; other: string; order: "mdy" | "dmy" }
  /** The weekday written beside the date is not that date's. */
  | { code: "ambiguous-date"; text: string; chosen: string; weekday: string }
  | { code: "missing-summary" }
  | { code: "missing-language"; present: Family }
  | { code: "missing-heading"; written: Family }
  | { code: "language-mismatch"; heading: string; named: Family; written: Family }
  | { code: "empty-summary"; heading: string }
  | { code: "orphan-subpoint"; ordinal: number }
  | { code: "numbering-gap"; found: number; expected: number }
  | {
      code: "outline-mismatch";
      what: "points";
      here: Family;
      count: number;
      otherCount: number;
      otherLine: number;
    }
  | {
      code: "outline-mismatch";
      what: "sub-points";
      here: Family;
      point: number;
      count: number;
      otherCount: number;
      otherLine: number;
    }
  | { code: "unbalanced-bracket"; bracket: string; counterpart: string; kind: "unclosed" | "unopened" }
  | { code: "multiple-briefs"; count: number }
  | { code: "missing-colon"; label: string }
  | { code: "missing-markers"; count: number; wrapped: boolean }
  | { code: "empty-point"; level: "point" | "sub-point" }
  | { code: "control-character"; char: number }
  | { code: "outside-brief"; what: OutsideKind; count: number }
  | { code: "markup"; dialect: Dialect }
  | { code: "invalid-bytes"; reason: "replaced" | "mended"; count: number }
  /** A URL field's value is not an absolute http(s) address, so the brief has no `url`. */
  | { code: "invalid-url"; value: string };

/** What text outside a brief was: left out of the brief and reported with `outside-brief`. */
export type OutsideKind =
  "before" | "after" | "attribution" | "forward" | "mail-headers" | "signature" | "reply";

/** A markup language a brief was written in, whose markup is read and left out. */
export type Dialect = "markdown" | "org" | "rst";

/** The language diagnostics are written in. */
export interface Locale {
  /** BCP 47 tag of the messages' language. */
  readonly lang: string;
  /** The message for a diagnostic: `line` is the 1-based line it concerns, null for the whole input. */
  message(detail: DiagnosticDetail, line: number | null): string;
}

export type SeverityOverrides = Partial<Record<DiagnosticCode, Severity | "off">>;

/** Collects a parse's diagnostics, resolving severities and dropping codes the user turned off. */
export class DiagnosticList {
  readonly items: Diagnostic[] = [];
  constructor(
    private readonly severities: SeverityOverrides,
    private readonly locale: Locale,
  ) {}

  report(detail: DiagnosticDetail, position: Position | null): void {
    const severity = this.severities[detail.code] ?? DEFAULT_SEVERITIES[detail.code];
    if (severity === "off") return;
    const message = this.locale.message(detail, position && position.start.line);
    this.items.push({ severity, code: detail.code, message, position });
  }
}
