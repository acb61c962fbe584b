import { spawnSync } from "node:child_process";
import type { SpawnSyncOptions } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
}

/** Root ignores file permissions, so permission tests run the binary as `nobody` when the suite is root. */
export const RUNNING_AS_ROOT = process.getuid?.() === 0;

export function brief(args: readonly string[], options: RunOptions = {}): Run {
  const spawnOptions: SpawnSyncOptions = {
    cwd: options.cwd,
    input: options.input ?? "",
    env: { ...process.env, NO_COLOR: "1" },
    maxBuffer: 256 * 1024 * 1024,
  };
  if (options.unprivileged && RUNNING_AS_ROOT) Object.assign(spawnOptions, { uid: 65534, gid: 65534 });
  const result = spawnSync(process.execPath, [BIN, ...args], spawnOptions);
  if (result.error) throw result.error;
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

const folders: string[] = [];
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
