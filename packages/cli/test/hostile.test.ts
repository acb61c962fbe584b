/**
 * `brief` against files built to break it: binary, huge, unreadable, looping symbolic links and names
 * with spaces, newlines and leading dashes. Each must end in a diagnostic or a one-line error with the
 * right exit status. Every run has a time limit, so a hang fails its test instead of stalling the suite.
 */
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REFERENCE, big5, briefText, folderWith, launcher } from "./brief.js";

const LIMIT_MS = 60_000;
/** Runs fed endless input get a short leash: a regression should fail fast, not fill memory. */
const ENDLESS_LIMIT_MS = 15_000;
/** Address space for those runs: Node needs ~1 GB to start, an unbounded read hits the limit soon after. */
const ENDLESS_MEMORY_KIB = 1_500_000;

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

interface HostileRunOptions {
  cwd?: string;
  unprivileged?: boolean;
  /** Cap the address space and time, for runs that a regression would let read without end. */
  endless?: boolean;
}

/** `node bin args`, or when `endless`, the same under `ulimit -v` (exec keeps the timeout on node itself). */
function command(bin: string, args: readonly string[], endless: boolean): [string, string[]] {
  if (!endless) return [process.execPath, [bin, ...args]];
  const script = `ulimit -v ${ENDLESS_MEMORY_KIB} && exec "$@"`;
  return ["sh", ["-c", script, "sh", process.execPath, bin, ...args]];
}

function brief(args: readonly string[], options: HostileRunOptions = {}): Run {
  const { bin, user } = launcher(options.unprivileged);
  const [file, argv] = command(bin, args, options.endless === true);
  const result = spawnSync(file, argv, {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: "1" },
    input: "",
    timeout: options.endless ? ENDLESS_LIMIT_MS : LIMIT_MS,
    killSignal: "SIGKILL",
    maxBuffer: 64 * 1024 * 1024,
    ...user,
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

/**
 * Feeds `brief args -` from an endless generator until brief closes its end of the pipe, giving up
 * after `giveUpAfter` bytes so that a brief that never stops reading ends with EOF instead.
 */
function briefFedEndlessly(args: readonly string[], giveUpAfter: number): Promise<Run & { written: number }> {
  const [file, argv] = command(launcher(false).bin, args, true);
  const child = spawn(file, argv, { env: { ...process.env, NO_COLOR: "1" }, timeout: ENDLESS_LIMIT_MS });
  const chunk = Buffer.from("y\n".repeat(32 * 1024));
  let written = 0;
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (data: Buffer) => (stdout += String(data)));
  child.stderr.on("data", (data: Buffer) => (stderr += String(data)));
  // EPIPE once brief has stopped reading is the expected end of the generator, not a failure.
  child.stdin.on("error", () => undefined);
  const feed = (): void => {
    while (!child.stdin.destroyed && written < giveUpAfter) {
      written += chunk.length;
      if (!child.stdin.write(chunk)) {
        child.stdin.once("drain", feed);
        return;
      }
    }
    if (!child.stdin.destroyed) child.stdin.end();
  };
  feed();
  return new Promise((resolve) =>
    child.on("close", (status, signal) => resolve({ status, signal, stdout, stderr, written })),
  );
}

describe("brief on endless input", () => {
  it("stops reading /dev/zero at --max-bytes with one line naming it, and exits 2", () => {
    const run = brief(["check", "--max-bytes", "1024", "/dev/zero"], { endless: true });
    expect(run.signal).toBe(null);
    expect(run.status).toBe(2);
    expectOneLineError(run, "/dev/zero");
    expect(run.stderr).toContain("more than 1024 bytes");
  });

  it("still checks the other files when one input is endless", () => {
    const folder = folderWith({ "good.txt": REFERENCE });
    const run = brief(["check", "--max-bytes", "65536", "/dev/zero", "good.txt"], {
      cwd: folder,
      endless: true,
    });
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^good\.txt:13:\d+ {2}info {2}/m);
    expect(lines(run.stdout).at(-1)).toBe("0 errors, 0 warnings in 2 files");
  });

  it("stops reading an endless pipe on standard input at --max-bytes, and exits 2", async () => {
    const giveUpAfter = 64 * 1024 * 1024;
    const run = await briefFedEndlessly(["check", "--max-bytes", "1024", "-"], giveUpAfter);
    expect(run.signal).toBe(null);
    expect(run.status).toBe(2);
    expectOneLineError(run, "<stdin>");
    expect(run.stderr).toContain("more than 1024 bytes");
    expect(run.written).toBeLessThan(giveUpAfter);
  });

  it("reads a file of exactly --max-bytes bytes and refuses one byte more", () => {
    const text = REFERENCE.toString("utf8");
    const size = REFERENCE.length;
    const folder = folderWith({ "exact.txt": text, "over.txt": `${text}\n` });
    const exact = brief(["check", "--max-bytes", String(size), "exact.txt"], { cwd: folder });
    expect(exact.status).toBe(0);
    expect(exact.stderr).toBe("");
    const over = brief(["check", "--max-bytes", String(size), "over.txt"], { cwd: folder });
    expect(over.status).toBe(2);
    expectOneLineError(over, "over.txt");
  });

  it("refuses a --max-bytes that is not a positive whole number with a usage error", () => {
    for (const value of ["0", "1e3", "-5", "lots"]) {
      const run = brief(["check", "--max-bytes", value, "-"]);
      expect(run.status).toBe(2);
      expectOneLineError(run, "--max-bytes");
    }
  });
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

  it("reports a sub-folder it may not open on one line and checks every other file", () => {
    const folder = folderWith({ "a.txt": REFERENCE, "locked/b.txt": REFERENCE, "z.txt": REFERENCE });
    chmodSync(join(folder, "locked"), 0o000);
    const run = brief(["check", "."], { cwd: folder, unprivileged: true });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("brief: locked: cannot read folder: permission denied\n");
    expect(lines(run.stdout)).toEqual([
      expect.stringMatching(/^a\.txt:13:/),
      expect.stringMatching(/^z\.txt:13:/),
      "0 errors, 0 warnings in 2 files",
    ]);
  });

  it("reports a sub-folder it may not open when a ** pattern walks into it", () => {
    const folder = folderWith({ "briefs/a.txt": REFERENCE, "briefs/locked/b.txt": REFERENCE });
    chmodSync(join(folder, "briefs", "locked"), 0o000);
    const run = brief(["check", "briefs/**/*.txt"], { cwd: folder, unprivileged: true });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("brief: briefs/locked: cannot read folder: permission denied\n");
    expect(lines(run.stdout).at(-1)).toBe("0 errors, 0 warnings in 1 file");
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
    expect(run.stderr).toContain("symbolic links (a link loop?)");
    expect(run.stderr).not.toContain("ELOOP");
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

  it("escapes the newline in a file name so each diagnostic stays on one line of text output", () => {
    const folder = folderWith({ "two\nlines.txt": briefText(1, { date: "13/45/2025" }) });
    const run = brief(["check", "."], { cwd: folder });
    expect(run.status).toBe(1);
    expect(lines(run.stdout)).toEqual([
      expect.stringMatching(/^two\\nlines\.txt:\d+:\d+ {2}error {2}.+ {2}invalid-date$/),
      "1 error, 0 warnings in 1 file",
    ]);
  });

  it("escapes control characters in file names that fmt --check lists", () => {
    const folder = folderWith({ "tab\there\u001b[31m.txt": `  ${REFERENCE.toString("utf8")}` });
    const run = brief(["fmt", "--check", "."], { cwd: folder });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("tab\\there\\x1b[31m.txt\n");
  });

  it("finds, reads and names lossily a file whose name is Big5 rather than UTF-8", () => {
    const folder = folderWith();
    const name = Buffer.concat([Buffer.from(big5("稀土")), Buffer.from(".txt")]);
    writeFileSync(Buffer.concat([Buffer.from(`${folder}/`), name]), REFERENCE);
    const run = brief(["check", "."], { cwd: folder });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const shown = name.toString("utf8");
    expect(shown).toContain("\ufffd");
    expect(run.stdout.startsWith(`${shown}:13:`)).toBe(true);
    expect(lines(run.stdout).at(-1)).toBe("0 errors, 0 warnings in 1 file");
  });

  it("rewrites a Big5-named file in place with fmt --write, leaving no look-alike beside it", () => {
    const folder = folderWith();
    const name = Buffer.concat([Buffer.from(big5("稀土")), Buffer.from(".txt")]);
    const path = Buffer.concat([Buffer.from(`${folder}/`), name]);
    const original = `${briefText(1)}\n\n`;
    writeFileSync(path, original);
    const run = brief(["fmt", "--write", "."], { cwd: folder });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(readdirSync(folder, { encoding: "buffer" })).toEqual([name]);
    expect(readFileSync(path, "utf8")).not.toBe(original);
    expect(brief(["fmt", "--check", "."], { cwd: folder }).status).toBe(0);
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
