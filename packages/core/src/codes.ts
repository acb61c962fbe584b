/**
 * Diagnostic codes and their default severities. Kept free of zod so the parser can
 * import them without pulling the schema library into a parser-only bundle.
 */
export const SEVERITIES = ["error", "warning", "info"] as const;

export const DIAGNOSTIC_CODES = [
  "unreadable-input",
  "encoding",
  "missing-field",
  "empty-field",
  "duplicate-field",
  "unknown-field",
  "invalid-date",
  "ambiguous-date",
  "missing-summary",
  "missing-language",
  "missing-heading",
  "language-mismatch",
  "empty-summary",
  "orphan-subpoint",
  "numbering-gap",
  "outline-mismatch",
  "unbalanced-bracket",
  "multiple-briefs",
  "missing-colon",
  "missing-markers",
  "empty-point",
  "control-character",
  "outside-brief",
  "markup",
  "invalid-bytes",
  "invalid-url",
] as const;

export type Severity = (typeof SEVERITIES)[number];
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export const DEFAULT_SEVERITIES: Readonly<Record<DiagnosticCode, Severity>> = {
  "unreadable-input": "error",
  "invalid-date": "error",
  "missing-summary": "error",
  "missing-field": "warning",
  "empty-field": "warning",
  "duplicate-field": "warning",
  "missing-language": "warning",
  "missing-heading": "warning",
  "language-mismatch": "warning",
  "empty-summary": "warning",
  "orphan-subpoint": "warning",
  "numbering-gap": "warning",
  "outline-mismatch": "warning",
  "multiple-briefs": "warning",
  "missing-colon": "warning",
  "missing-markers": "warning",
  "empty-point": "warning",
  "invalid-bytes": "warning",
  "invalid-url": "warning",
  "unknown-field": "info",
  "ambiguous-date": "info",
  "unbalanced-bracket": "info",
  encoding: "info",
  "control-character": "info",
  "outside-brief": "info",
  markup: "info",
};
