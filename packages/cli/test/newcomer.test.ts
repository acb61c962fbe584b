/** Issue 12, "A newcomer's first hour": what someone trying `brief` in a project meets first. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REFERENCE, brief, briefText, folderWith } from "./brief.js";

/** The names `brief check` reports on, one per diagnostic line. */
function named(stdout: string): string[] {
  return [
    ...new Set(stdout.split("\n").flatMap((line) => /^(\S+\.txt):\d+:\d+/.exec(line)?.[1] ?? [])),
  ].sort();
}

/** A brief without its source: one warning, so that every file checked shows in the output. */
const WARNS = briefText(1, { source: null });

describe("brief check with no input", () => {
  it("checks the current folder", () => {
    const folder = folderWith({ "a.txt": WARNS, "sub/b.txt": WARNS });
    const run = brief(["check"], { cwd: folder });
    expect(run.status).toBe(0);
    expect(named(run.stdout)).toEqual(["a.txt", "sub/b.txt"]);
    expect(run.stdout).toMatch(/in 2 files\n$/);
  });
});

describe("folder walks", () => {
  const project = {
    "briefs/a.txt": WARNS,
    "node_modules/pkg/LICENSE.txt": WARNS,
    ".git/info/notes.txt": WARNS,
    "dist/copy.txt": WARNS,
    "build/out/copy.txt": WARNS,
    "notes/keep.txt": WARNS,
    "notes/drop.txt": WARNS,
    "logs/2025/old.txt": WARNS,
    "top.log.txt": WARNS,
    "deep/top.log.txt": WARNS,
    "fixtures/raw/x.txt": WARNS,
    "fixtures/y.txt": WARNS,
    ".gitignore":
      "# build output\n/dist\nbuild/\nnotes/*.txt\n!notes/keep.txt\nlogs/**/old.txt\n/top.log.txt\n",
    "fixtures/.gitignore": "raw/\n",
  };

  it("skip node_modules, .git and what the .gitignore files list", () => {
    const folder = folderWith(project);
    const run = brief(["check", "."], { cwd: folder });
    expect(named(run.stdout)).toEqual([
      "briefs/a.txt",
      "deep/top.log.txt",
      "fixtures/y.txt",
      "notes/keep.txt",
    ]);
  });

  it("skip what --ignore lists too, as often as it is given", () => {
    const folder = folderWith(project);
    const run = brief(["check", "--ignore", "deep/", "--ignore", "fixtures/*.txt", folder]);
    expect(named(run.stdout).map((name) => name.slice(folder.length + 1))).toEqual([
      "briefs/a.txt",
      "notes/keep.txt",
    ]);
  });

  it("still read a file named on the command line", () => {
    const folder = folderWith(project);
    const run = brief(["check", "dist/copy.txt"], { cwd: folder });
    expect(named(run.stdout)).toEqual(["dist/copy.txt"]);
  });
});

describe("--locale", () => {
  const BAD_DATE = briefText(1, { date: "13/45/2025" });

  it("prints diagnostic messages in Traditional Chinese with zh-Hant", () => {
    const run = brief(["check", "--locale", "zh-Hant", "-"], { input: BAD_DATE });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/error {2}第 \d+ 行：.*不是實際存在的日期.* {2}invalid-date/);
    expect(brief(["check", "-"], { input: BAD_DATE }).stdout).not.toMatch(/第 \d+ 行/);
  });

  it("is read from BRIEF_LOCALE too, and the option wins", () => {
    const env = { BRIEF_LOCALE: "zh-Hant" };
    expect(brief(["check", "-"], { input: BAD_DATE, env }).stdout).toMatch(/不是實際存在的日期/);
    expect(brief(["check", "--locale", "en", "-"], { input: BAD_DATE, env }).stdout).not.toMatch(/第 \d+ 行/);
  });

  it("works in worker threads too", () => {
    const folder = folderWith({ "a.txt": BAD_DATE, "b.txt": BAD_DATE });
    const env = { BRIEF_THREADS_FROM_BYTES: "1" };
    const run = brief(["parse", "--locale", "zh-Hant", "-j", "2", folder], { env });
    expect(run.stderr.match(/不是實際存在的日期/g)).toHaveLength(2);
  });

  it("is a usage error when unknown, exit 2", () => {
    const run = brief(["check", "--locale", "fr", "-"], { input: BAD_DATE });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("brief: --locale must be one of en, zh-Hant, not fr\n");
    const fromEnv = brief(["check", "-"], { input: BAD_DATE, env: { BRIEF_LOCALE: "klingon" } });
    expect(fromEnv.status).toBe(2);
    expect(fromEnv.stderr).toBe("brief: BRIEF_LOCALE must be one of en, zh-Hant, not klingon\n");
  });
});

describe("brief fmt --labels", () => {
  const SHORT_LABELS = String(REFERENCE)
    .replace("作者/Author(s):", "作者:")
    .replace("網站來源/Source:", "Source:");

  it("keeps labels as written by default", () => {
    const run = brief(["fmt", "-"], { input: SHORT_LABELS });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^作者: /m);
    expect(run.stdout).toMatch(/^Source: /m);
  });

  it("writes the reference's bilingual labels with --labels bilingual, and the guard lets them through", () => {
    const folder = folderWith({ "short.txt": SHORT_LABELS });
    const run = brief(["fmt", "--labels", "bilingual", "--write", "short.txt"], { cwd: folder });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("short.txt\n");
    const written = readFileSync(join(folder, "short.txt"), "utf8");
    expect(written).toMatch(/^作者\/Author\(s\): /m);
    expect(written).toMatch(/^網站來源\/Source: /m);
    expect(brief(["fmt", "--labels", "bilingual", "--check", "short.txt"], { cwd: folder }).status).toBe(0);
    // The data is the same but for the labels.
    const before = JSON.parse(brief(["parse", "-"], { input: SHORT_LABELS }).stdout) as { authors: string[] };
    const after = JSON.parse(brief(["parse", "short.txt"], { cwd: folder }).stdout) as { authors: string[] };
    expect(after.authors).toEqual(before.authors);
  });

  it("still refuses a file whose text it would lose", () => {
    const run = brief(["fmt", "--labels", "bilingual", "-"], { input: `Dear all,\n\n${SHORT_LABELS}` });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/would-drop-outside/);
  });

  it("takes as-written or bilingual only", () => {
    const run = brief(["fmt", "--labels", "english", "-"], { input: SHORT_LABELS });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("brief: --labels must be one of as-written, bilingual, not english\n");
  });
});

describe("help", () => {
  for (const command of ["", "parse", "check", "fmt", "convert"]) {
    it(`${command || "brief"} --help starts every option's description in one column`, () => {
      const run = brief(command === "" ? ["--help"] : [command, "--help"]);
      expect(run.status).toBe(0);
      const options = run.stdout.split("\n").filter((line) => /^ {2}-/.test(line));
      expect(options.length).toBeGreaterThan(1);
      const columns = options.map(
        (line) => /^ {2}-\S*(?:,? -{1,2}\S+)*(?: [A-Z]+)? +/.exec(line)?.[0].length,
      );
      expect(new Set(columns).size).toBe(1);
      // Continuation lines start in that column too.
      const column = columns[0] ?? 0;
      const continued = run.stdout.split("\n").filter((line) => /^ {20,}\S/.test(line));
      for (const line of continued) expect(line.length - line.trimStart().length).toBe(column);
    });
  }

  it("fmt --help says what --labels does, and that labels stay as written by default", () => {
    const help = brief(["fmt", "--help"]).stdout;
    expect(help).toMatch(/--labels LABELS +as-written \(default\)/);
    expect(help).toMatch(/Field labels stay as written/);
  });

  it("--version prints the version without loading a command", () => {
    const run = brief(["--version"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
