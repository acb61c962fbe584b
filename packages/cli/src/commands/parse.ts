import { COMMON_OPTIONS, parseCommandArgs } from "../args.js";
import { Batch } from "../batch.js";
import { jsonDocument } from "../documents.js";
import { EXIT, worst } from "../errors.js";
import type { ExitStatus } from "../errors.js";
import { HELP } from "../help.js";

const OPTIONS = {
  ...COMMON_OPTIONS,
  ndjson: { type: "boolean" },
  positions: { type: "boolean" },
} as const;

/** `brief parse`: the briefs as JSON on stdout, their errors on stderr. */
export async function parse(argv: string[]): Promise<ExitStatus> {
  const { values, positionals } = parseCommandArgs("parse", OPTIONS, argv);
  if (values.help) {
    process.stdout.write(HELP.parse);
    return EXIT.ok;
  }
  const batch = await Batch.open("parse", positionals, values);
  const ndjson = values.ndjson === true;
  const task = {
    command: "parse",
    ...batch.read,
    positions: values.positions === true,
    compact: ndjson,
  } as const;

  let status: ExitStatus = EXIT.ok;
  const items: string[] = [];
  for await (const [source, outcome] of batch.run(task)) {
    if (!outcome.ok) {
      await batch.fail(source, outcome.reason);
      status = worst(status, EXIT.trouble);
      continue;
    }
    if (await batch.reportErrors(source, outcome.diagnostics)) status = worst(status, EXIT.problems);
    if (ndjson) await batch.output.out(outcome.items.map((item) => `${item}\n`).join(""));
    else items.push(...outcome.items);
  }
  if (!ndjson) await batch.output.out(jsonDocument(items));
  return status;
}
