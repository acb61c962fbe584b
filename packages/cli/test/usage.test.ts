import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REFERENCE_PATH, brief, folderWith } from "./brief.js";

const COMMANDS = ["parse", "check", "fmt", "convert", "build"] as const;

function expectOneLineError(
  run: { status: number | null; stdout: string; stderr: string },
  pattern: RegExp,
): void {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toMatch(/^brief: [^\n]+\n$/);
  expect(run.stderr).toMatch(pattern);
}

describe("brief", () => {
  it("prints the version from its package.json with --version", () => {
    const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      version: string;
    };
    const run = brief(["--version"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${manifest.version}\n`);
  });

  it("lists its commands with --help", () => {
    const run = brief(["--help"]);
    expect(run.status).toBe(0);
    for (const command of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^ {2}${command} `, "m"));
  });

  it.each(COMMANDS)("shows the options of %s with --help", (command) => {
    const run = brief([command, "--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: brief ${command} `));
    expect(run.stdout).toContain("--encoding");
  });

  it("shows the same help for `help check` as for `check --help`", () => {
    expect(brief(["help", "check"]).stdout).toBe(brief(["check", "--help"]).stdout);
  });

  it("prints the overview on stderr and exits 2 when run without a command", () => {
    const run = brief([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("Usage: brief <command>");
  });

  it.each(COMMANDS)("exits 2 with one line on stderr for an unknown option to %s", (command) => {
    expectOneLineError(brief([command, "--frobnicate", REFERENCE_PATH]), /unknown option --frobnicate/);
  });

  it("exits 2 with one line on stderr for an unknown command", () => {
    expectOneLineError(brief(["lint", REFERENCE_PATH]), /unknown command lint/);
  });

  it.each(COMMANDS)("exits 2 with one line on stderr when %s is given a missing file", (command) => {
    const missing = join(folderWith(), "missing.txt");
    const required: Partial<Record<(typeof COMMANDS)[number], string[]>> = {
      convert: ["--to", "html"],
      build: ["-o", join(folderWith(), "site")],
    };
    const args = [command, ...(required[command] ?? []), missing];
    expectOneLineError(brief(args), /missing\.txt: no such file or directory/);
  });

  it("exits 2 before printing anything when one of several files is missing", () => {
    expectOneLineError(brief(["parse", REFERENCE_PATH, "nope.txt"]), /nope\.txt: no such file or directory/);
  });

  it("exits 2 when a command is given no input", () => {
    expectOneLineError(brief(["parse"]), /no input given/);
  });

  it("exits 2 for a glob pattern that matches nothing", () => {
    expectOneLineError(brief(["check", join(folderWith(), "*.txt")]), /no files match/);
  });

  it("exits 2 for an encoding it does not know", () => {
    expectOneLineError(brief(["check", "--encoding", "klingon", REFERENCE_PATH]), /unknown encoding klingon/);
  });

  it("exits 2 when an option that needs a value has none", () => {
    expectOneLineError(brief(["check", REFERENCE_PATH, "--max-warnings"]), /--max-warnings needs a value/);
  });

  it("exits 2 for a --max-warnings that is not a number", () => {
    expectOneLineError(
      brief(["check", "--max-warnings", "some", REFERENCE_PATH]),
      /--max-warnings must be a whole number/,
    );
  });

  it("exits 2 for a --jobs of zero", () => {
    expectOneLineError(
      brief(["check", "--jobs", "0", REFERENCE_PATH]),
      /--jobs must be a whole number of at least 1/,
    );
  });
});
