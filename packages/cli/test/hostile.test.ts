/**
 * `brief` against files built to break it: binary, huge, unreadable, looping symbolic links and names
 * with spaces, newlines and leading dashes. Each must end in a diagnostic or a one-line error with the
 * right exit status. Every run has a time limit, so a hang fails its test instead of stalling the suite.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, REFERENCE, RUNNING_AS_ROOT, folderWith } from "./brief.js";

const LIMIT_MS = 60_000;

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function brief(args: readonly string[], options: { cwd?: string; unprivileged?: boolean } = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: "1" },
    input: "",
    timeout: LIMIT_MS,
    killSignal: "SIGKILL",
    maxBuffer: 64 * 1024 * 1024,
    ...(options.unprivileged && RUNNING_AS_ROOT ? { uid: 65534, gid: 65534 } : {}),
  });
  return {
    status: result.status,
    signal: result.signal,
    stdout: String(result.stdout),
    stderr: String(result.stderr),
  };
}

const lines = (text: string) => text.split("\n").filter((line) => line !== "");

/** One line on stderr naming `name`, and no stack trace. */
function expectOneLineError(run: Run, name: string): void {
  expect(lines(run.stderr)).toHaveLength(1);
  expect(run.stderr).toMatch(/^brief: /);
  expect(run.stderr).toContain(name);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

/** An ELF-like header, NUL runs and every byte value: what a mistaken `brief check bin/` meets. */
function binaryBytes(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
  for (let i = 8; i < size; i++) bytes[i] = i % 7 === 0 ? (i * 31) % 256 : 0;
  return bytes;
}

describe("brief on binary files", () => {
  it("reports a binary file as unreadable input, an error, and exits 1", () => {
    const folder = folderWith({ "program.txt": binaryBytes(64 * 1024) });
    const run = brief(["check", "program.txt"], { cwd: folder });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^program\.txt:1:1 {2}error {2}.+ {2}unreadable-input$/m);
    expect(run.stderr).toBe("");
  });

  it("prints no brief for a binary file with parse, and reports why on stderr", () => {
    const folder = folderWith({ "program.txt": binaryBytes(64 * 1024) });
    const run = brief(["parse", "program.txt"], { cwd: folder });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([]);
    expect(run.stderr).toMatch(/^program\.txt:1:1 {2}error {2}.+ {2}unreadable-input$/m);
  });

  it("leaves a binary file byte for byte as it was with fmt --write", () => {
    const bytes = binaryBytes(64 * 1024);
    const folder = folderWith({ "program.txt": bytes });
    const run = brief(["fmt", "--write", "program.txt"], { cwd: folder });
    expect(run.status).toBe(1);
    expect(new Uint8Array(readFileSync(join(folder, "program.txt")))).toEqual(bytes);
  });

  it(
    "checks a 100 MB binary file, reporting it unreadable instead of crashing",
    () => {
      const folder = folderWith({ "huge.txt": binaryBytes(100 * 1024 * 1024) });
      const run = brief(["check", "huge.txt"], { cwd: folder });
      expect(run.signal).toBe(null);
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/^huge\.txt:1:1 {2}error {2}.+ {2}unreadable-input$/m);
      expect(lines(run.stdout).at(-1)).toBe("1 error, 0 warnings in 1 file");
      expect(run.stderr).toBe("");
    },
    2 * LIMIT_MS,
  );
});

describe("brief on files it may not read", () => {
  it("exits 2 with one line naming a folder it may not open", () => {
    const folder = folderWith({ "locked/brief.txt": REFERENCE });
    chmodSync(join(folder, "locked"), 0o000);
    const run = brief(["check", "locked"], { cwd: folder, unprivileged: true });
    expect(run.status).toBe(2);
    expectOneLineError(run, "locked");
    expect(run.stderr).toContain("permission denied");
  });

  it("exits 2 with one line naming a file inside a folder it may not enter", () => {
    const folder = folderWith({ "locked/brief.txt": REFERENCE });
    chmodSync(join(folder, "locked"), 0o000);
    const run = brief(["check", "locked/brief.txt"], { cwd: folder, unprivileged: true });
    expect(run.status).toBe(2);
    expectOneLineError(run, "locked/brief.txt");
  });
});

describe("brief on symbolic link loops", () => {
  it("exits 2 with one line naming a link that points back to itself", () => {
    const folder = folderWith();
    symlinkSync("loop-b.txt", join(folder, "loop-a.txt"));
    symlinkSync("loop-a.txt", join(folder, "loop-b.txt"));
    const run = brief(["check", "loop-a.txt"], { cwd: folder });
    expect(run.status).toBe(2);
    expectOneLineError(run, "loop-a.txt");
  });

  it("walks a folder full of link cycles once, checking only its real brief", () => {
    const folder = folderWith({ "briefs/real.txt": REFERENCE });
    symlinkSync("..", join(folder, "briefs", "parent"));
    symlinkSync(".", join(folder, "briefs", "itself"));
    symlinkSync("self.txt", join(folder, "briefs", "self.txt"));
    const run = brief(["check", "briefs"], { cwd: folder });
    expect(run.status).toBe(0);
    expect(lines(run.stdout)).toEqual([
      expect.stringMatching(/^briefs\/real\.txt:13:/),
      "0 errors, 0 warnings in 1 file",
    ]);
  });
});

describe("brief on awkward file names", () => {
  it("names a file with spaces in its name exactly as given", () => {
    const folder = folderWith({ "weekly brief 2025 10 24.txt": REFERENCE });
    const run = brief(["check", "weekly brief 2025 10 24.txt"], { cwd: folder });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^weekly brief 2025 10 24\.txt:13:\d+ {2}info {2}/);
  });

  it("finds and checks a file with a newline in its name while walking a folder", () => {
    const folder = folderWith({ "two\nlines.txt": REFERENCE });
    const run = brief(["check", "--format", "json", "."], { cwd: folder });
    expect(run.status).toBe(0);
    const [report] = JSON.parse(run.stdout) as { file: string; infoCount: number }[];
    expect(report?.file).toContain("two\nlines.txt");
    expect(report?.infoCount).toBe(1);
  });

  it("reads a file whose name starts with a dash when it follows --", () => {
    const folder = folderWith({ "-rf.txt": REFERENCE });
    const run = brief(["check", "--", "-rf.txt"], { cwd: folder });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^-rf\.txt:13:/);
  });

  it("reads a file with a Chinese name and writes its conversion beside a Chinese name", () => {
    const folder = folderWith({ "稀土 簡報.txt": REFERENCE });
    const run = brief(["convert", "--to", "md", "-o", "輸出", "稀土 簡報.txt"], { cwd: folder });
    expect(run.status).toBe(0);
    expect(readFileSync(join(folder, "輸出", "稀土 簡報.md"), "utf8")).toContain("Foreign Policy");
  });

  it("refuses an unknown option that looks like a file name with one line and exit 2", () => {
    const folder = folderWith();
    writeFileSync(join(folder, "brief.txt"), REFERENCE);
    const run = brief(["check", "--rf.txt", "brief.txt"], { cwd: folder });
    expect(run.status).toBe(2);
    expectOneLineError(run, "--rf.txt");
  });
});
