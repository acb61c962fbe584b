import { COMMON_OPTIONS, count, oneOf, parseCommandArgs } from "../args.js";
import { Batch } from "../batch.js";
import { EXIT, worst } from "../errors.js";
import type { ExitStatus } from "../errors.js";
import { HELP } from "../help.js";
import { briefCountLine, diagnosticLine, emptyCounts, fileReport, summaryLine, tally } from "../reporter.js";
import type { FileReport } from "../reporter.js";

const OPTIONS = {
  ...COMMON_OPTIONS,
  format: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  "max-warnings": { type: "string" },
} as const;

/** `brief check`: every diagnostic, a summary line, and an exit status CI can act on. */
export async function check(argv: string[]): Promise<ExitStatus> {
  const { values, positionals } = parseCommandArgs("check", OPTIONS, argv);
  if (values.help) {
    process.stdout.write(HELP.check);
    return EXIT.ok;
  }
  const format = oneOf("format", values.format ?? "text", ["text", "json"] as const);
  const maxWarnings =
    values["max-warnings"] === undefined ? Infinity : count("max-warnings", values["max-warnings"], 0);
  const batch = await Batch.open("check", positionals, values);

  let status: ExitStatus = EXIT.ok;
  const counts = emptyCounts();
  const reports: FileReport[] = [];
  for await (const [source, outcome] of batch.run({ command: "check", ...batch.read })) {
    if (!outcome.ok) {
      await batch.fail(source, outcome.reason);
      status = worst(status, EXIT.trouble);
      continue;
    }
    const diagnostics = values.quiet
      ? outcome.diagnostics.filter((d) => d.severity !== "info")
      : outcome.diagnostics;
    tally(counts, diagnostics);
    const briefCount = outcome.briefCount ?? 0;
    if (format === "json") {
      reports.push(fileReport(source.name, briefCount, diagnostics));
      continue;
    }
    // A file read as several briefs may not have been meant as a digest; saying so lets the writer see it.
    const lines = diagnostics.map((diagnostic) => diagnosticLine(source.name, diagnostic));
    if (briefCount > 1 && !values.quiet) lines.unshift(briefCountLine(source.name, briefCount));
    await batch.output.out(lines.map((line) => `${line}\n`).join(""));
  }

  if (format === "json") await batch.output.out(`${JSON.stringify(reports, null, 2)}\n`);
  else await batch.output.out(`${summaryLine(counts, batch.files)}\n`);

  if (counts.error > 0) status = worst(status, EXIT.problems);
  if (counts.warning > maxWarnings) {
    await batch.output.error(`brief: ${counts.warning} warnings, more than --max-warnings ${maxWarnings}\n`);
    status = worst(status, EXIT.problems);
  }
  return status;
}
