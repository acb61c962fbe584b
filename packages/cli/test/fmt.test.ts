import { chmodSync, lstatSync, readFileSync, readdirSync, statSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REFERENCE, THREADED, brief, briefText, folderWith, manyBriefs, utf16le } from "./brief.js";

const BIG5 = readFileSync(new URL("./fixtures/rare-earths-2025-10-24.big5", import.meta.url));

/** The reference with a greeting before it, which the parser leaves out of the brief. */
const GREETING = `Hi all,\n\n${REFERENCE.toString("utf8")}\n`;
const REFUSED =
  / {2}error {2}Line 1: left out of the brief: text before the brief \(1 line\), so formatting would drop that text; remove it from the file first, or keep the file as it is\. {2}would-drop-outside\n/;

/** The reference brief as `brief fmt` prints it, which is canonical by definition. */
function canonicalReference(): string {
  const folder = folderWith({ "reference.txt": REFERENCE });
  return brief(["fmt", join(folder, "reference.txt")]).stdout;
}

describe("brief fmt", () => {
  it("prints the canonical text: ASCII colons, one final newline, no trailing spaces or NO-BREAK SPACEs", () => {
    const text = canonicalReference();
    expect(text).toMatch(/^作者\/Author\(s\): Alasdair Phillips-Robin\n/);
    expect(text).toMatch(/[^\n]\n$/);
    expect(text).not.toMatch(/[ \u00a0]$/m);
  });

  it("prints text that is already canonical unchanged", () => {
    const canonical = canonicalReference();
    const run = brief(["fmt", "-"], { input: canonical });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(canonical);
  });

  it("lists the files that are not canonical with --check and exits 1", () => {
    const folder = folderWith({ "canonical.txt": canonicalReference(), "reference.txt": REFERENCE });
    const run = brief(["fmt", "--check", folder]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(`${join(folder, "reference.txt")}\n`);
    expect(run.stderr).toContain("1 file is not in canonical form");
  });

  it("exits 0 with --check when every file is canonical", () => {
    const folder = folderWith({ "canonical.txt": canonicalReference() });
    const run = brief(["fmt", "--check", folder]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
  });

  it("rewrites only the files that are not canonical with --write, and lists them", async () => {
    const folder = folderWith({ "canonical.txt": canonicalReference(), "reference.txt": REFERENCE });
    const untouched = statSync(join(folder, "canonical.txt")).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    const run = brief(["fmt", "--write", folder]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${join(folder, "reference.txt")}\n`);
    expect(readFileSync(join(folder, "reference.txt"), "utf8")).toBe(canonicalReference());
    expect(statSync(join(folder, "canonical.txt")).mtimeMs).toBe(untouched);
  });

  it("leaves no temporary file behind and keeps the file's permissions after --write", () => {
    const folder = folderWith({ "reference.txt": REFERENCE });
    chmodSync(join(folder, "reference.txt"), 0o640);
    brief(["fmt", "--write", folder]);
    expect(readdirSync(folder)).toEqual(["reference.txt"]);
    expect(statSync(join(folder, "reference.txt")).mode & 0o777).toBe(0o640);
  });

  it("rewrites the file a symbolic link points to, and leaves the link a link", () => {
    const folder = folderWith({ "reference.txt": REFERENCE });
    const links = folderWith();
    symlinkSync(join(folder, "reference.txt"), join(links, "link.txt"));
    expect(brief(["fmt", "--write", join(links, "link.txt")]).status).toBe(0);
    expect(lstatSync(join(links, "link.txt")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(folder, "reference.txt"), "utf8")).toBe(canonicalReference());
  });

  it("makes a file pass --check once --write has rewritten it", () => {
    const folder = folderWith({ "reference.txt": REFERENCE, "generated.txt": briefText(1) });
    brief(["fmt", "--write", folder]);
    expect(brief(["fmt", "--check", folder]).status).toBe(0);
  });

  it("exits 2 and leaves the file as it was when --write cannot write into a read-only folder", () => {
    const folder = folderWith({ "reference.txt": REFERENCE });
    chmodSync(folder, 0o555);
    const run = brief(["fmt", "--write", folder], { unprivileged: true });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`brief: ${join(folder, "reference.txt")}: cannot write: permission denied\n`);
    expect(readFileSync(join(folder, "reference.txt"))).toEqual(REFERENCE);
    expect(readdirSync(folder)).toEqual(["reference.txt"]);
  });

  it("leaves a file with errors alone, reports them and exits 1", () => {
    const broken = briefText(1, { date: "13/45/2025" });
    const folder = folderWith({ "broken.txt": broken });
    const run = brief(["fmt", "--write", folder]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/invalid-date\n/);
    expect(run.stderr).toContain("has errors, so it was not formatted");
    expect(readFileSync(join(folder, "broken.txt"), "utf8")).toBe(broken);
  });

  it("formats every brief of a weekly digest and keeps them in one file", () => {
    const digest = `${REFERENCE.toString("utf8")}\n\n${briefText(2)}`;
    const folder = folderWith({ "digest.txt": digest });
    expect(brief(["fmt", "--write", folder]).status).toBe(0);
    const parsed = JSON.parse(brief(["parse", join(folder, "digest.txt")]).stdout) as { authors: string[] }[];
    expect(parsed.map((item) => item.authors[0])).toEqual(["Alasdair Phillips-Robin", "Author 2"]);
    expect(brief(["fmt", "--check", folder]).status).toBe(0);
  });

  it("says which files it read in another encoding than the UTF-8 it writes", () => {
    const folder = folderWith({ "big5.txt": BIG5, "utf16.txt": utf16le(REFERENCE.toString("utf8")) });
    const run = brief(["fmt", "--write", folder]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      `${join(folder, "big5.txt")} (read as Big5, written as UTF-8)\n` +
        `${join(folder, "utf16.txt")} (read as UTF-16LE, written as UTF-8)\n`,
    );
    expect(readFileSync(join(folder, "big5.txt"), "utf8")).toBe(canonicalReference());
    expect(brief(["check", join(folder, "big5.txt")]).stdout).not.toMatch(/ {2}encoding$/m);
  });

  describe("refusing to lose text", () => {
    it("leaves a file with a greeting before the brief byte for byte as it was with --write, exit 1", () => {
      const folder = folderWith({ "greeting.txt": GREETING, "reference.txt": REFERENCE });
      const run = brief(["fmt", "--write", folder]);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`^${join(folder, "greeting.txt")}:1:1${REFUSED.source}`));
      expect(run.stderr).toContain(
        `brief: ${join(folder, "greeting.txt")}: formatting would lose or change some of its text, so it was left as it is\n`,
      );
      expect(readFileSync(join(folder, "greeting.txt"), "utf8")).toBe(GREETING);
      expect(run.stdout).toBe(`${join(folder, "reference.txt")}\n`);
    });

    it("reports the refusal with --check, exit 1, and does not count the file as one --write would fix", () => {
      const folder = folderWith({ "greeting.txt": GREETING });
      const run = brief(["fmt", "--check", folder]);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(REFUSED);
      expect(run.stderr).not.toContain("not in canonical form");
    });

    it("prints nothing for a file it refuses, exit 1", () => {
      const run = brief(["fmt", "-"], { input: GREETING });
      expect(run.status).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(new RegExp(`^<stdin>:1:1${REFUSED.source}`));
    });

    it("refuses the same in worker threads as on one", () => {
      const folder = folderWith({ ...manyBriefs(600), "greeting.txt": GREETING });
      const run = brief(["fmt", "--check", "--jobs", "2", folder], { env: THREADED });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`^${join(folder, "greeting.txt")}:1:1${REFUSED.source}`, "m"));
      expect(brief(["fmt", "--check", "--jobs", "1", folder]).stderr).toBe(run.stderr);
    });
  });

  it("does not touch its input without --write", () => {
    const folder = folderWith({ "reference.txt": REFERENCE });
    const before = statSync(join(folder, "reference.txt")).mtimeMs;
    brief(["fmt", folder]);
    brief(["fmt", "--check", folder]);
    expect(readFileSync(join(folder, "reference.txt"))).toEqual(REFERENCE);
    expect(statSync(join(folder, "reference.txt")).mtimeMs).toBe(before);
  });

  it("refuses --write for standard input", () => {
    const run = brief(["fmt", "--write", "-"], { input: REFERENCE });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^brief: --write cannot rewrite standard input/);
  });

  it("refuses --write together with --check", () => {
    const run = brief(["fmt", "--write", "--check", "-"], { input: REFERENCE });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("brief: --write and --check cannot be used together\n");
  });
});
