import { readFileSync } from "node:fs";
import { check } from "./commands/check.js";
import { convert } from "./commands/convert.js";
import { fmt } from "./commands/fmt.js";
import { parse } from "./commands/parse.js";
import { EXIT, FileError, UsageError } from "./errors.js";
import type { ExitStatus } from "./errors.js";
import { HELP, isCommand } from "./help.js";
import type { Command } from "./help.js";

const COMMANDS: Readonly<Record<Command, (argv: string[]) => Promise<ExitStatus>>> = {
  parse,
  check,
  fmt,
  convert,
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
  return COMMANDS[first](rest);
}

/** Runs one `brief` invocation and gives its exit status; every failure ends as one line on stderr. */
export async function main(argv: string[]): Promise<ExitStatus> {
  try {
    return await dispatch(argv);
  } catch (error) {
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
