import { mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, parse as parsePath, resolve } from "node:path";
import { COMMON_OPTIONS, oneOf, parseCommandArgs } from "../args.js";
import { Batch } from "../batch.js";
import { DOCUMENT_SEPARATOR, EXTENSIONS, combine } from "../documents.js";
import { EXIT, FileError, UsageError, describeFsError, worst } from "../errors.js";
import type { ExitStatus } from "../errors.js";
import { pathKey } from "../files.js";
import type { Source } from "../files.js";
import type { FilePath } from "../read.js";
import { HELP } from "../help.js";
import { printable } from "../names.js";
import { TARGETS } from "../tasks.js";
import type { Target } from "../tasks.js";

const OPTIONS = {
  ...COMMON_OPTIONS,
  to: { type: "string", short: "t" },
  "out-dir": { type: "string", short: "o" },
} as const;

async function identity(path: FilePath): Promise<string | null> {
  try {
    const { dev, ino } = await stat(path);
    return `${dev}:${ino}`;
  } catch {
    return null;
  }
}

/**
 * Where each input's conversion goes below `folder`: its path below the folder it was found in, with
 * the target's extension. Refuses, before anything is written, two inputs sharing an output and any
 * output that is an input (by path or, through links, by inode): nothing is ever written over an input.
 */
async function plan(sources: readonly Source[], folder: string, to: Target): Promise<(string | undefined)[]> {
  const inputs = new Map<string, string>();
  const files = sources.filter((source) => source.problem === undefined);
  for (const source of files) {
    if (source.path === null)
      throw new UsageError("--out-dir needs files: write standard input's result to stdout");
    inputs.set(pathKey(source.path), source.name);
    const id = await identity(source.path);
    if (id !== null) inputs.set(id, source.name);
  }
  const claimed = new Map<string, string>();
  const targets: (string | undefined)[] = [];
  for (const source of sources) {
    // A folder that could not be listed is reported in its place and writes nothing.
    if (source.problem !== undefined) {
      targets.push(undefined);
      continue;
    }
    const { dir, name } = parsePath(source.relative);
    const target = resolve(folder, join(dir, name + EXTENSIONS[to]));
    const other = claimed.get(target);
    if (other !== undefined)
      throw new UsageError(
        `${printable(other)} and ${printable(source.name)} would both be written to ${printable(target)}`,
      );
    claimed.set(target, source.name);
    const input = inputs.get(pathKey(target)) ?? inputs.get((await identity(target)) ?? "");
    if (input !== undefined)
      throw new FileError(
        `${printable(target)} is the input ${printable(input)}; it will not be overwritten`,
      );
    targets.push(target);
  }
  return targets;
}

/** `brief convert`: briefs as Markdown, HTML, JSON-LD or JSON, to stdout or one file per input. */
export async function convert(argv: string[]): Promise<ExitStatus> {
  const { values, positionals } = parseCommandArgs("convert", OPTIONS, argv);
  if (values.help) {
    process.stdout.write(HELP.convert);
    return EXIT.ok;
  }
  if (values.to === undefined)
    throw new UsageError("--to is required: md, html, jsonld or json (see brief convert --help)");
  const to = oneOf("to", values.to, TARGETS);
  const batch = await Batch.open("convert", positionals, values);
  const outDir = values["out-dir"];
  const targets = outDir === undefined ? null : await plan(batch.sources, outDir, to);

  let status: ExitStatus = EXIT.ok;
  const items: string[] = [];
  const folders = new Set<string>();
  let index = 0;
  for await (const [source, outcome] of batch.run({ command: "convert", ...batch.read, to })) {
    const target = targets?.[index++];
    if (!outcome.ok) {
      await batch.fail(source, outcome.reason);
      status = worst(status, EXIT.trouble);
      continue;
    }
    if (await batch.reportErrors(source, outcome.diagnostics)) status = worst(status, EXIT.problems);
    if (target !== undefined) {
      try {
        if (!folders.has(dirname(target))) await mkdir(dirname(target), { recursive: true });
        folders.add(dirname(target));
        await writeFile(target, combine(to, outcome.items));
      } catch (error) {
        await batch.fail(source, `cannot write ${printable(target)}: ${describeFsError(error)}`);
        status = worst(status, EXIT.trouble);
      }
    } else if (to === "md" || to === "html") {
      // Markdown and HTML stream out as they come; JSON has to know the count first (object or array).
      for (const item of outcome.items)
        await batch.output.out((items.push(item) > 1 ? DOCUMENT_SEPARATOR[to] : "") + item);
    } else {
      items.push(...outcome.items);
    }
  }
  if (targets === null && (to === "json" || to === "jsonld")) await batch.output.out(combine(to, items));
  return status;
}
