import { readFileSync } from "node:fs";
import { EXIT, FileError, UsageError } from "./errors.js";
import type { ExitStatus } from "./errors.js";
import { HELP, isCommand } from "./help.js";
import type { Command } from "./help.js";
import { flushStdout } from "./output.js";

type Run = (argv: string[]) => Promise<ExitStatus>;

/** Each command is loaded when it is run, so that --version and --help do not load the core. */
const COMMANDS: Readonly<Record<Command, () => Promise<Run>>> = {
  parse: async () => (await import("./commands/parse.js")).parse,
  check: async () => (await import("./commands/check.js")).check,
  fmt: async () => (await import("./commands/fmt.js")).fmt,
  convert: async () => (await import("./commands/convert.js")).convert,
  build: async () => (await import("./commands/build.js")).build,
};

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return manifest.version;
}

async function dispatch(argv: string[]): Promise<ExitStatus> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    process.stderr.write(HELP.brief);
    return EXIT.trouble;
  }
  if (first === "--help" || first === "-h") {
    process.stdout.write(HELP.brief);
    return EXIT.ok;
  }
  if (first === "--version" || first === "-v") {
    process.stdout.write(`${version()}\n`);
    return EXIT.ok;
  }
  if (first === "help") {
    const topic = rest[0];
    if (topic !== undefined && !isCommand(topic))
      throw new UsageError(`unknown command ${topic} (see brief --help)`);
    process.stdout.write(HELP[topic ?? "brief"]);
    return EXIT.ok;
  }
  if (first.startsWith("-")) throw new UsageError(`unknown option ${first} (see brief --help)`);
  if (!isCommand(first)) throw new UsageError(`unknown command ${first} (see brief --help)`);
  const run = await COMMANDS[first]();
  return run(rest);
}

/** Runs one `brief` invocation and gives its exit status; every failure ends as one line on stderr. */
export async function main(argv: string[]): Promise<ExitStatus> {
  try {
    const status = await dispatch(argv);
    await flushStdout();
    return status;
  } catch (error) {
    await flushStdout();
    if (error instanceof UsageError || error instanceof FileError) {
      process.stderr.write(`brief: ${error.message}\n`);
      return EXIT.trouble;
    }
    process.stderr.write(
      `brief: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return EXIT.trouble;
  }
}
