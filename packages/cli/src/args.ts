import { parseArgs } from "node:util";
import type { ParseArgsConfig } from "node:util";
import { UsageError } from "./errors.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Options every command takes. */
export const COMMON_OPTIONS = {
  encoding: { type: "string" },
  jobs: { type: "string", short: "j" },
  "max-bytes": { type: "string" },
  ignore: { type: "string", multiple: true },
  locale: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies Options;

/** The languages diagnostic messages can be printed in. */
export const LOCALES = ["en", "zh-Hant"] as const;
export type LocaleName = (typeof LOCALES)[number];

/** --locale, else BRIEF_LOCALE, else English; an unknown name is a usage error. */
export function localeOption(value: string | undefined): LocaleName {
  const given = value ?? process.env.BRIEF_LOCALE;
  if (given === undefined || given === "") return "en";
  const match = LOCALES.find((locale) => locale.toLowerCase() === given.toLowerCase());
  if (match === undefined) {
    const from = value === undefined ? "BRIEF_LOCALE" : "--locale";
    throw new UsageError(`${from} must be one of ${LOCALES.join(", ")}, not ${given}`);
  }
  return match;
}

/** The option a parseArgs message names, which it writes as `'--to'`, `'-t'` or `'-t, --to <value>'`. */
function quotedOption(message: string): string {
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? "";
  const name = quoted.split(", ").pop() ?? quoted;
  return name.replace(/ <value>$/, "");
}

/**
 * node:util parseArgs in strict mode, its errors turned into one-line usage errors that point at the
 * command's help rather than Node's advice about `--`.
 */
export function parseCommandArgs<T extends Options>(command: string, options: T, argv: string[]) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = error instanceof Error && "code" in error ? error.code : undefined;
    const message = error instanceof Error ? error.message : String(error);
    const help = `see brief ${command} --help`;
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      throw new UsageError(`unknown option ${quotedOption(message)} (${help})`);
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      throw new UsageError(`option ${quotedOption(message)} needs a value (${help})`);
    }
    throw new UsageError(`${message.split("\n")[0] ?? message} (${help})`);
  }
}

export function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  const match = allowed.find((candidate) => candidate === value);
  if (match === undefined)
    throw new UsageError(`--${option} must be one of ${allowed.join(", ")}, not ${value}`);
  return match;
}

export function count(option: string, value: string, minimum: number): number {
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < minimum) {
    throw new UsageError(`--${option} must be a whole number of at least ${minimum}, not ${value}`);
  }
  return number;
}

/** The labels TextDecoder knows (WHATWG Encoding), which is what the core decodes with. */
export function encodingLabel(value: string): string {
  try {
    return new TextDecoder(value).encoding;
  } catch {
    throw new UsageError(`unknown encoding ${value} (try utf-8, utf-16le, utf-16be or big5)`);
  }
}
