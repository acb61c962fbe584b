import type { Diagnostic, Position, Severity } from "@briefkit/core";
import { printable } from "./names.js";

export type Counts = Record<Severity, number>;

export function emptyCounts(): Counts {
  return { error: 0, warning: 0, info: 0 };
}

export function tally(counts: Counts, diagnostics: readonly Diagnostic[]): void {
  for (const diagnostic of diagnostics) counts[diagnostic.severity]++;
}

/** Messages are written for one line; a stray line break would split a report line in two. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ");
}

/** A diagnostic of the core, or one of the CLI's own (a refusal of fmt's), as one report line shows it. */
export interface Located {
  severity: Severity;
  code: string;
  message: string;
  position: Position | null;
}

/**
 * `file:line:column  severity  message  code`, the shape editors and CI annotators parse. A
 * diagnostic about the whole input (its encoding, say) has no position and points at 1:1. Control
 * characters in the file name are escaped, so that the line stays one line.
 */
export function diagnosticLine(file: string, diagnostic: Located): string {
  const start = diagnostic.position?.start ?? { line: 1, column: 1 };
  return `${printable(file)}:${start.line}:${start.column}  ${diagnostic.severity}  ${oneLine(diagnostic.message)}  ${diagnostic.code}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** `digest.txt: 3 briefs`, said of a file that holds more than one. */
export function briefCountLine(file: string, count: number): string {
  return `${printable(file)}: ${plural(count, "brief")}`;
}

/** `N errors, M warnings in K files`. */
export function summaryLine(counts: Counts, files: number): string {
  return `${plural(counts.error, "error")}, ${plural(counts.warning, "warning")} in ${plural(files, "file")}`;
}

/** One file's entry in `brief check --format json`. */
export interface FileReport {
  file: string;
  briefCount: number;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  diagnostics: Diagnostic[];
}

export function fileReport(file: string, briefCount: number, diagnostics: Diagnostic[]): FileReport {
  const counts = emptyCounts();
  tally(counts, diagnostics);
  return {
    file,
    briefCount,
    errorCount: counts.error,
    warningCount: counts.warning,
    infoCount: counts.info,
    diagnostics,
  };
}
