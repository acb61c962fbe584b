import { COMMON_OPTIONS, oneOf, parseCommandArgs } from "../args.js";
import { Batch } from "../batch.js";
import { EXIT, UsageError, describeFsError, worst } from "../errors.js";
import type { ExitStatus } from "../errors.js";
import { HELP } from "../help.js";
import { printable } from "../names.js";
import { writeAtomically } from "../write.js";

const OPTIONS = {
  ...COMMON_OPTIONS,
  write: { type: "boolean", short: "w" },
  check: { type: "boolean", short: "c" },
  labels: { type: "string" },
} as const;

/**
 * `brief fmt`: prints the canonical text, or with --check lists, or with --write rewrites, files not
 * in it. Whatever the mode, a file whose canonical text would lose or change any of its text is
 * refused (see guard.ts): nothing is printed or written for it, and the run exits 1.
 */
export async function fmt(argv: string[]): Promise<ExitStatus> {
  const { values, positionals } = parseCommandArgs("fmt", OPTIONS, argv);
  if (values.help) {
    process.stdout.write(HELP.fmt);
    return EXIT.ok;
  }
  if (values.write && values.check) throw new UsageError("--write and --check cannot be used together");
  const labels = oneOf("labels", values.labels ?? "as-written", ["as-written", "bilingual"] as const);
  const batch = await Batch.open("fmt", positionals, values);
  if (values.write && batch.sources.some((source) => source.path === null)) {
    throw new UsageError("--write cannot rewrite standard input; leave it out to print the result");
  }

  let status: ExitStatus = EXIT.ok;
  let unformatted = 0;
  for await (const [source, outcome] of batch.run({ command: "fmt", ...batch.read, labels })) {
    if (!outcome.ok) {
      await batch.fail(source, outcome.reason);
      status = worst(status, EXIT.trouble);
      continue;
    }
    if (outcome.refused !== undefined) {
      await batch.reportErrors(source, outcome.refused);
      await batch.fail(source, "formatting would lose or change some of its text, so it was left as it is");
      status = worst(status, EXIT.problems);
      continue;
    }
    if (outcome.formatted == null) {
      await batch.reportErrors(source, outcome.diagnostics);
      await batch.fail(source, "has errors, so it was not formatted");
      status = worst(status, EXIT.problems);
      continue;
    }
    if (!values.write && !values.check) {
      await batch.output.out(outcome.formatted);
      continue;
    }
    if (outcome.canonical) continue;
    unformatted++;
    if (values.check) {
      await batch.output.out(`${printable(source.name)}\n`);
      status = worst(status, EXIT.problems);
      continue;
    }
    try {
      await writeAtomically(source.path ?? "", outcome.formatted);
      const converted = outcome.readAs === undefined ? "" : ` (read as ${outcome.readAs}, written as UTF-8)`;
      await batch.output.out(`${printable(source.name)}${converted}\n`);
    } catch (error) {
      await batch.fail(source, `cannot write: ${describeFsError(error)}`);
      status = worst(status, EXIT.trouble);
    }
  }
  if (values.check && unformatted > 0) {
    const files = unformatted === 1 ? "1 file is" : `${unformatted} files are`;
    await batch.output.error(`${files} not in canonical form; run brief fmt --write to fix\n`);
  }
  return status;
}
