import type { Brief, Diagnostic, Summary } from "@briefkit/core";
import { renderTable } from "./table.js";

export interface ParsedFile {
  /** How the file is named in the output: a path relative to where the user ran the command. */
  name: string;
  briefs: Brief[];
  diagnostics: Diagnostic[];
}

const HEADERS = ["file", "authors", "source", "date", "keywords", "zh points", "en points"];

function summaryIn(brief: Brief, language: "zh" | "en"): Summary | undefined {
  return brief.summaries.find((summary) => summary.lang.startsWith(language));
}

function pointCount(summary: Summary | undefined): string {
  if (!summary) return "-";
  const subPoints = summary.points.reduce((sum, point) => sum + point.children.length, 0);
  return `${summary.points.length} (+${subPoints})`;
}

function briefRow(file: ParsedFile, brief: Brief, index: number): string[] {
  const name = file.briefs.length > 1 ? `${file.name} #${index + 1}` : file.name;
  return [
    name,
    brief.authors.join(", ") || "-",
    brief.source ?? "-",
    brief.date ?? brief.dateText ?? "-",
    brief.keywords.join("、") || "-",
    pointCount(summaryIn(brief, "zh")),
    pointCount(summaryIn(brief, "en")),
  ];
}

function diagnosticLine(file: ParsedFile, diagnostic: Diagnostic): string {
  const start = diagnostic.position?.start;
  const place = start ? `${file.name}:${start.line}:${start.column}` : file.name;
  return `${place}  ${diagnostic.severity.padEnd(7)}  ${diagnostic.message}  ${diagnostic.code}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function totals(files: readonly ParsedFile[]): string {
  const diagnostics = files.flatMap((file) => file.diagnostics);
  const count = (severity: Diagnostic["severity"]) =>
    diagnostics.filter((diagnostic) => diagnostic.severity === severity).length;
  const briefs = files.reduce((sum, file) => sum + file.briefs.length, 0);
  return (
    `${plural(briefs, "brief")} in ${plural(files.length, "file")}: ` +
    `${plural(count("error"), "error")}, ${plural(count("warning"), "warning")}, ${plural(count("info"), "info")}`
  );
}

/** The whole printout: the table of briefs, every diagnostic located in its file, and the totals. */
export function renderReport(files: readonly ParsedFile[]): string {
  const rows = files.flatMap((file) => file.briefs.map((brief, index) => briefRow(file, brief, index)));
  const diagnostics = files.flatMap((file) => file.diagnostics.map((d) => diagnosticLine(file, d)));
  return [
    renderTable(HEADERS, rows),
    "",
    "points: top-level points (+ sub-points) in each language's outline",
    "",
    diagnostics.length > 0 ? ["Diagnostics", ...diagnostics].join("\n") : "No diagnostics.",
    "",
    totals(files),
  ].join("\n");
}
