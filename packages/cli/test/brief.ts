import { spawnSync } from "node:child_process";
import type { SpawnSyncOptions } from "node:child_process";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";

/** The committed launcher npm links as `brief`, which loads the build in dist/. */
export const BIN = fileURLToPath(new URL("../bin/brief.js", import.meta.url));

if (!existsSync(fileURLToPath(new URL("../dist/bin.js", import.meta.url)))) {
  throw new Error(
    "@briefkit/cli is not built: run `npm run build -w @briefkit/cli` (turbo does it before test)",
  );
}

export const REFERENCE_PATH = fileURLToPath(
  new URL("./fixtures/rare-earths-2025-10-24.txt", import.meta.url),
);
export const REFERENCE = readFileSync(REFERENCE_PATH);

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  input?: string | Uint8Array;
  /** Run as an unprivileged user: as root, permission bits would not stop anything. */
  unprivileged?: boolean;
  /** More environment variables for the run. */
  env?: Record<string, string>;
}

/** Makes batches of any size run in worker threads (see BRIEF_THREADS_FROM_BYTES in pool.ts). */
export const THREADED = { BRIEF_THREADS_FROM_BYTES: "1" } as const;

/** Root ignores file permissions, so permission tests run the binary as `nobody` when the suite is root. */
export const RUNNING_AS_ROOT = process.getuid?.() === 0;

const folders: string[] = [];
const NOBODY = { uid: 65534, gid: 65534 } as const;
let unprivilegedCopy: string | undefined;

/**
 * The launcher for runs as `nobody`. The clone may sit where other users cannot enter (root's home,
 * a `mktemp -d` folder), so the built CLI, the core's build and the packages it needs are copied
 * into a temporary folder everyone can read, laid out as npm would install them. Checked once by a
 * run as `nobody`; a failure says why instead of failing each permission test on its own.
 */
export function unprivilegedBin(): string {
  if (unprivilegedCopy !== undefined) return unprivilegedCopy;
  const cli = fileURLToPath(new URL("..", import.meta.url));
  const root = mkdtempSync(join(tmpdir(), "brief-cli-as-nobody-"));
  folders.push(root);
  const target = join(root, "cli");
  for (const part of ["bin", "dist", "package.json"])
    cpSync(join(cli, part), join(target, part), { recursive: true });
  const requireHere = createRequire(join(cli, "package.json"));
  const core = dirname(realpathSync(requireHere.resolve("@briefkit/core/package.json")));
  const coreTarget = join(target, "node_modules", "@briefkit", "core");
  for (const part of ["dist", "package.json"])
    cpSync(join(core, part), join(coreTarget, part), { recursive: true });
  const manifest = JSON.parse(readFileSync(join(core, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
  };
  const requireCore = createRequire(join(core, "package.json"));
  for (const name of Object.keys(manifest.dependencies ?? {})) {
    const from = dirname(realpathSync(requireCore.resolve(`${name}/package.json`)));
    cpSync(from, join(coreTarget, "node_modules", name), { recursive: true });
  }
  spawnSync("chmod", ["-R", "a+rX", root]);
  const bin = join(target, "bin", "brief.js");
  const check = spawnSync(process.execPath, [bin, "--version"], { ...NOBODY, encoding: "utf8" });
  if (check.status !== 0) {
    throw new Error(
      `cannot run the CLI as nobody (uid 65534) from ${root}: ${check.error?.message ?? check.stderr}` +
        ` (is ${process.execPath} or ${tmpdir()} closed to other users?)`,
    );
  }
  unprivilegedCopy = bin;
  return bin;
}

/** The file to run and the user to run it as: `nobody` for permission tests when the suite is root. */
export function launcher(unprivileged: boolean | undefined): { bin: string; user: typeof NOBODY | null } {
  if (unprivileged && RUNNING_AS_ROOT) return { bin: unprivilegedBin(), user: NOBODY };
  return { bin: BIN, user: null };
}

export function brief(args: readonly string[], options: RunOptions = {}): Run {
  const spawnOptions: SpawnSyncOptions = {
    cwd: options.cwd,
    input: options.input ?? "",
    env: { ...process.env, NO_COLOR: "1", ...options.env },
    maxBuffer: 256 * 1024 * 1024,
  };
  const { bin, user } = launcher(options.unprivileged);
  if (user !== null) Object.assign(spawnOptions, user);
  const result = spawnSync(process.execPath, [bin, ...args], spawnOptions);
  if (result.error) throw result.error;
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

afterAll(() => {
  for (const folder of folders) {
    chmodTree(folder);
    rmSync(folder, { recursive: true, force: true });
  }
});

/** Undoes the read-only bits tests set, so the temporary folders can be removed. */
function chmodTree(folder: string): void {
  spawnSync("chmod", ["-R", "u+rwX", folder]);
}

/**
 * A temporary folder filled with `files` (path → content). Readable by everyone, so that tests
 * that run the binary as an unprivileged user can read it too.
 */
export function folderWith(files: Record<string, string | Uint8Array> = {}): string {
  const folder = mkdtempSync(join(tmpdir(), "brief-cli-"));
  chmodSync(folder, 0o755);
  folders.push(folder);
  for (const [path, content] of Object.entries(files)) {
    const file = join(folder, path);
    mkdirSync(dirname(file), { recursive: true, mode: 0o755 });
    writeFileSync(file, content);
  }
  return folder;
}

export interface BriefTextOptions {
  date?: string;
  source?: string | null;
  zhPoints?: number;
  bullet?: string;
}

/**
 * A well-formed brief in the reference layout, numbered so that every generated one differs.
 * Options break it on purpose: an impossible date is an error, a missing source a warning.
 */
export function briefText(number: number, options: BriefTextOptions = {}): string {
  const header = [
    `作者/Author(s): Author ${number}`,
    options.source === null ? null : `網站來源/Source: ${options.source ?? `Source ${number}`}`,
    `日期/Date: ${options.date ?? "10/24/2025"}`,
    `關鍵字/Keywords: 經濟、稀土、第${number}號`,
  ].filter((line) => line !== null);
  const zhPoints = options.zhPoints ?? 2;
  const bullet = options.bullet ?? "•";
  return [
    header.join("\n\n"),
    "",
    "摘要:",
    `第${number}份簡報的導言。`,
    ...Array.from({ length: zhPoints }, (_, index) => `  ${bullet} 第${index + 1}點,編號${number}。`),
    "  1. 第一個子點。",
    "  2. 第二個子點。",
    "Summary:",
    `The lead of brief ${number}.`,
    `  ${bullet} Point one of brief ${number}.`,
    `  ${bullet} Point two of brief ${number}.`,
    "  1. First sub-point.",
    "  2. Second sub-point.",
    "",
  ].join("\n");
}

/** `count` generated briefs named brief-0001.txt…, so that name order is number order. */
export function manyBriefs(
  count: number,
  make: (number: number) => string = briefText,
): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, index) => [
      `brief-${String(index + 1).padStart(4, "0")}.txt`,
      make(index + 1),
    ]),
  );
}

let big5Codes: Map<string, number[]> | undefined;

/** Encodes text as Big5 (Node has only the decoder), by inverting the decoder over every two-byte code. */
export function big5(text: string): Uint8Array {
  if (big5Codes === undefined) {
    big5Codes = new Map();
    const decoder = new TextDecoder("big5");
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail > 0x7e && trail < 0xa1) continue;
        const char = decoder.decode(Uint8Array.of(lead, trail));
        if (!char.includes("\ufffd") && !big5Codes.has(char)) big5Codes.set(char, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
    else {
      const code = big5Codes.get(char);
      if (code === undefined) throw new Error(`${char} has no Big5 code`);
      bytes.push(...code);
    }
  }
  return Uint8Array.from(bytes);
}

/** UTF-16LE with its byte order mark, as Windows tools save "Unicode" text. */
export function utf16le(text: string): Uint8Array {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
}
