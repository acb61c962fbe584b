import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

const exampleDirectory = fileURLToPath(new URL("..", import.meta.url));
const briefsDirectory = fileURLToPath(new URL("../../briefs/", import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the script as `npm start` does: tsx in the example's folder, INIT_CWD = the user's folder. */
async function run(args: string[], userDirectory = exampleDirectory): Promise<Run> {
  const env = { ...process.env, INIT_CWD: userDirectory, NO_COLOR: "1" };
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "src/main.ts", ...args],
      { cwd: exampleDirectory, env },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function rowOf(stdout: string, file: string): string {
  return stdout.split("\n").find((line) => line.startsWith(file)) ?? "";
}

describe("the node example on the sample briefs", () => {
  let code: number;
  let stdout: string;
  beforeAll(async () => {
    ({ code, stdout } = await run([]));
  });

  it("prints the reference brief's authors, source, date, keywords and point counts", () => {
    expect(code).toBe(0);
    expect(rowOf(stdout, "../briefs/rare-earths-2025-10-24.txt")).toMatch(
      /Alasdair Phillips-Robin\s+Foreign Policy\s+2025-10-24\s+經濟、稀土、習近平\s+8 \(\+7\)\s+8 \(\+7\)$/,
    );
  });

  it("prints one row for each brief of the weekly digest", () => {
    expect(rowOf(stdout, "../briefs/weekly-digest-2025-w44.txt #1")).toContain("Hannah Lindqvist");
    expect(rowOf(stdout, "../briefs/weekly-digest-2025-w44.txt #2")).toContain("Kenji Morimoto");
    expect(rowOf(stdout, "../briefs/weekly-digest-2025-w44.txt #3")).toContain("Maria Teresa Santos");
  });

  it("reads the ROC date and the (1) sub-points of the LNG brief", () => {
    expect(rowOf(stdout, "../briefs/lng-security-2025-10-20.txt")).toMatch(
      /Sarah Kim, Thomas Becker\s+Energy Policy Quarterly\s+2025-10-20\s.*4 \(\+3\)\s+4 \(\+3\)$/,
    );
  });

  it("locates the impossible date of the draft brief on its line", () => {
    expect(stdout).toMatch(/^\.\.\/briefs\/lint-findings-chip-subsidies\.txt:3:\d+ +error .*invalid-date$/m);
  });

  it("reports the draft brief's missing source, orphan sub-point, numbering gap and outline mismatch", () => {
    const codes = stdout
      .split("\n")
      .filter((line) => line.startsWith("../briefs/lint-findings-chip-subsidies.txt:"))
      .map((line) => line.split(/\s+/).at(-1));
    expect(codes).toEqual(
      expect.arrayContaining(["missing-field", "orphan-subpoint", "numbering-gap", "outline-mismatch"]),
    );
  });

  it("reports no warning or error for the briefs that are written correctly", () => {
    const clean = ["rare-earths", "indonesia-nickel", "weekly-digest", "lng-security"];
    const flagged = stdout
      .split("\n")
      .filter((line) => / (error|warning) /.test(line) && clean.some((name) => line.includes(name)));
    expect(flagged).toEqual([]);
  });
});

describe("the node example on a folder the user names", () => {
  it("resolves the folder from where the user ran the command", async () => {
    const folder = await mkdtemp(join(tmpdir(), "briefkit-node-example-"));
    const reference = await readFile(join(briefsDirectory, "rare-earths-2025-10-24.txt"));
    await writeFile(join(folder, "only.txt"), reference);
    const { code, stdout } = await run(["."], folder);
    expect(code).toBe(0);
    expect(rowOf(stdout, "only.txt")).toContain("Alasdair Phillips-Robin");
    expect(stdout.split("\n").at(-2)).toBe("1 brief in 1 file: 0 errors, 0 warnings, 1 info");
  });

  it("exits with 2 and says why when the folder does not exist", async () => {
    const { code, stderr } = await run(["no/such/folder"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: cannot read .*no\/such\/folder/);
  });

  it("exits with 2 when the folder holds no brief", async () => {
    const folder = await mkdtemp(join(tmpdir(), "briefkit-node-example-"));
    const { code, stderr } = await run([folder]);
    expect(code).toBe(2);
    expect(stderr).toContain("no .txt briefs");
  });
});
