/**
 * Parses every `.txt` brief in a folder (default: the sample briefs in examples/briefs) and prints a
 * table of what it found and every diagnostic. Run it with `npm start -w @briefkit/node-example [folder]`.
 */
import { readFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseBriefs } from "@briefkit/core";
import { findBriefFiles } from "./find-briefs.js";
import { renderReport, type ParsedFile } from "./report.js";

const USAGE = "usage: npm start -w @briefkit/node-example [folder]   (default: examples/briefs)";

// npm runs scripts inside the workspace folder; INIT_CWD is where the user typed the command, so a
// folder they name, and the paths we print, are relative to where they are.
const userDirectory = process.env.INIT_CWD ?? process.cwd();

async function parseFolder(folder: string): Promise<ParsedFile[]> {
  const paths = await findBriefFiles(folder);
  return Promise.all(
    paths.map(async (path) => {
      const { briefs, diagnostics } = parseBriefs(await readFile(path));
      return { name: relative(userDirectory, path), briefs, diagnostics };
    }),
  );
}

async function main(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  if (args.length > 1 || args.some((arg) => arg.startsWith("-"))) {
    console.error(USAGE);
    return 2;
  }
  const folder = args[0]
    ? resolve(userDirectory, args[0])
    : fileURLToPath(new URL("../../briefs/", import.meta.url));
  let files: ParsedFile[];
  try {
    files = await parseFolder(folder);
  } catch (error) {
    console.error(`error: cannot read ${folder}: ${(error as Error).message}`);
    return 2;
  }
  if (files.length === 0) {
    console.error(`error: no .txt briefs in ${folder}`);
    return 2;
  }
  console.log(renderReport(files));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
