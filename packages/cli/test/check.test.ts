import { spawnSync } from "node:child_process";
import { chmodSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  BIN,
  REFERENCE,
  REFERENCE_PATH,
  big5,
  brief,
  briefText,
  folderWith,
  manyBriefs,
  THREADED,
  utf16le,
} from "./brief.js";

const LINE = /^(.+):(\d+):(\d+) {2}(error|warning|info) {2}(.+) {2}([a-z-]+)$/;

describe("brief check", () => {
  it("reports the reference brief's unclosed 「 at line 13 as its only diagnostic, an info", () => {
    const run = brief(["check", REFERENCE_PATH]);
    expect(run.status).toBe(0);
    const [line, summary, end] = run.stdout.split("\n");
    expect(line).toMatch(LINE);
    expect(LINE.exec(line ?? "")?.slice(1, 5)).toEqual([REFERENCE_PATH, "13", expect.any(String), "info"]);
    expect(line).toMatch(/ {2}unbalanced-bracket$/);
    expect(summary).toBe("0 errors, 0 warnings in 1 file");
    expect(end).toBe("");
  });

  it("hides infos with --quiet", () => {
    const run = brief(["check", "--quiet", REFERENCE_PATH]);
    expect(run.stdout).toBe("0 errors, 0 warnings in 1 file\n");
  });

  it("exits 1 when any brief has an error, and counts it in the summary", () => {
    const folder = folderWith({ "good.txt": briefText(1), "bad.txt": briefText(2, { date: "13/45/2025" }) });
    const run = brief(["check", folder]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/bad\.txt:\d+:\d+ {2}error {2}.+ {2}invalid-date\n/);
    expect(run.stdout).toMatch(/^1 error, 0 warnings in 2 files$/m);
  });

  it("exits 0 on warnings alone", () => {
    const folder = folderWith({ "no-source.txt": briefText(1, { source: null }) });
    const run = brief(["check", folder]);
    expect(run.stdout).toMatch(/no-source\.txt:\d+:\d+ {2}warning {2}.+ {2}missing-field\n/);
    expect(run.stdout).toMatch(/^0 errors, 1 warning in 1 file$/m);
    expect(run.status).toBe(0);
  });

  it("exits 1 when the warnings exceed --max-warnings", () => {
    const folder = folderWith({ "no-source.txt": briefText(1, { source: null }) });
    expect(brief(["check", "--max-warnings", "1", folder]).status).toBe(0);
    const run = brief(["check", "--max-warnings", "0", folder]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("more than --max-warnings 0");
  });

  it("says how many briefs a file holds when it holds more than one, before its diagnostics", () => {
    const digest = `${briefText(1)}\n=====\n\n${briefText(2, { source: null })}\n=====\n\n${briefText(3)}`;
    const folder = folderWith({ "digest.txt": digest, "single.txt": briefText(4) });
    const run = brief(["check", folder]);
    const [count, warning, summary] = run.stdout.split("\n");
    expect(count).toBe(`${join(folder, "digest.txt")}: 3 briefs`);
    expect(warning).toMatch(/digest\.txt:\d+:\d+ {2}warning {2}.+ {2}missing-field$/);
    expect(summary).toBe("0 errors, 1 warning in 2 files");
    expect(brief(["check", "--quiet", folder]).stdout).not.toContain("3 briefs");
    const reports = JSON.parse(brief(["check", "--format", "json", folder]).stdout) as {
      briefCount: number;
    }[];
    expect(reports.map((report) => report.briefCount)).toEqual([3, 1]);
  });

  it("prints one JSON report per file with --format json", () => {
    const folder = folderWith({ "a.txt": REFERENCE, "b.txt": briefText(2, { date: "13/45/2025" }) });
    const run = brief(["check", "--format", "json", folder]);
    expect(run.status).toBe(1);
    const reports = JSON.parse(run.stdout) as {
      file: string;
      errorCount: number;
      infoCount: number;
      diagnostics: { code: string }[];
    }[];
    expect(reports.map((report) => [report.file, report.errorCount, report.infoCount])).toEqual([
      [join(folder, "a.txt"), 0, 1],
      [join(folder, "b.txt"), 1, 0],
    ]);
    expect(reports[1]?.diagnostics.map((diagnostic) => diagnostic.code)).toContain("invalid-date");
  });

  it("walks folders for .txt files in name order, skipping hidden folders and node_modules", () => {
    const folder = folderWith({
      "b.txt": briefText(1),
      "a/nested.txt": briefText(2),
      "notes.md": "# not a brief",
      ".git/ignored.txt": "",
      "node_modules/pkg/ignored.txt": "",
    });
    const run = brief(["check", "--format", "json", folder]);
    const files = (JSON.parse(run.stdout) as { file: string }[]).map((report) => report.file);
    expect(files).toEqual([join(folder, "a", "nested.txt"), join(folder, "b.txt")]);
  });

  it("expands a glob pattern the shell left alone", () => {
    const folder = folderWith({
      "one.txt": briefText(1),
      "sub/two.txt": briefText(2),
      "three.md": briefText(3),
    });
    const run = brief(["check", `${folder}/**/*.txt`]);
    expect(run.stdout).toMatch(/^0 errors, 0 warnings in 2 files$/m);
  });

  it("reads standard input for -, naming it <stdin>", () => {
    const run = brief(["check", "-"], { input: briefText(1, { date: "13/45/2025" }) });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^<stdin>:\d+:\d+ {2}error /m);
  });

  it("reports a Big5 file's encoding as an info about the whole file, at 1:1", () => {
    const folder = folderWith({ "big5.txt": big5(briefText(1, { bullet: "●" })) });
    const run = brief(["check", folder]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^.*big5\.txt:1:1 {2}info {2}.*Big5.* {2}encoding$/m);
    expect(run.stdout).toMatch(/^0 errors, 0 warnings in 1 file$/m);
  });

  it("checks a UTF-16 file with a byte order mark like its UTF-8 original", () => {
    const folder = folderWith({ "utf16.txt": utf16le(REFERENCE.toString("utf8")) });
    const run = brief(["check", folder]);
    expect(run.stdout).toMatch(/utf16\.txt:13:\d+ {2}info {2}.+ {2}unbalanced-bracket\n/);
    expect(run.stdout).toMatch(/^0 errors, 0 warnings in 1 file$/m);
  });

  it("checks a read-only folder without writing anything into it", () => {
    const folder = folderWith({ "a.txt": briefText(1), "b.txt": REFERENCE });
    chmodSync(folder, 0o555);
    const before = readdirSync(folder).map((name) => [name, statSync(join(folder, name)).mtimeMs]);
    const run = brief(["check", folder], { unprivileged: true });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^0 errors, 0 warnings in 2 files$/m);
    expect(readdirSync(folder).map((name) => [name, statSync(join(folder, name)).mtimeMs])).toEqual(before);
  });

  it("exits 2 naming a file it is not allowed to read, and still checks the others", () => {
    const folder = folderWith({ "a.txt": briefText(1), "secret.txt": briefText(2) });
    chmodSync(join(folder, "secret.txt"), 0o000);
    const run = brief(["check", folder], { unprivileged: true });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`brief: ${join(folder, "secret.txt")}: cannot read: permission denied\n`);
    expect(run.stdout).toMatch(/^0 errors, 0 warnings in 2 files$/m);
  });

  describe("on a folder of 2,000 generated briefs", () => {
    let folder = "";
    beforeAll(() => {
      // Every seventh brief lacks its source: warnings spread through the batch show its order.
      folder = folderWith(
        manyBriefs(2000, (number) => briefText(number, number % 7 === 0 ? { source: null } : {})),
      );
    });

    it("reports every file, in name order", () => {
      const run = brief(["check", folder]);
      expect(run.status).toBe(0);
      const lines = run.stdout.trimEnd().split("\n");
      expect(lines.at(-1)).toBe("0 errors, 285 warnings in 2000 files");
      const numbers = lines.slice(0, -1).map((line) => Number(/brief-(\d+)\.txt/.exec(line)?.[1]));
      expect(numbers).toEqual(Array.from({ length: 285 }, (_, index) => (index + 1) * 7));
    });

    it("prints the same with one thread as with several", () => {
      const parallel = brief(["check", "--jobs", "4", "--format", "json", folder], { env: THREADED });
      const serial = brief(["check", "--jobs", "1", "--format", "json", folder]);
      expect(parallel.stdout).toBe(serial.stdout);
      expect(JSON.parse(parallel.stdout)).toHaveLength(2000);
    });

    it("keeps stderr free of progress when it is not a terminal", () => {
      expect(brief(["check", folder]).stderr).toBe("");
    });

    it("shows a progress line when stderr is a terminal", () => {
      // util-linux `script` gives the command a pseudo-terminal; stdout goes to /dev/null inside it.
      const command = `"${process.execPath}" "${BIN}" check "${folder}" > /dev/null`;
      const result = spawnSync("script", ["-qec", command, "/dev/null"], { encoding: "utf8" });
      expect(result.stdout).toMatch(/brief check \d+\/2000 files/);
    });
  });
});
