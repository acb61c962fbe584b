/**
 * `brief fmt --write` over the core's real-world fixtures: briefs as Word, PDF, web pages, mail
 * clients, Markdown, Org, rST and legacy encodings leave them. Whatever the parser makes of one, fmt
 * either leaves it byte for byte (refused, or already canonical), or writes a file that still holds
 * every word and number of every brief. The fixtures are read from the core's folder, whatever it
 * holds, and copied to a temporary one.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseBriefs } from "@briefkit/core";
import type { Brief } from "@briefkit/core";
import { beforeAll, describe, expect, it } from "vitest";
import { brief, folderWith } from "./brief.js";
import type { Run } from "./brief.js";

const REAL_WORLD = fileURLToPath(new URL("../../core/test/fixtures/real-world/", import.meta.url));

/** Every input there: the `.expected.json` files beside some of them are what the core test expects. */
const FIXTURES = readdirSync(REAL_WORLD, { withFileTypes: true })
  .filter((entry) => entry.isFile() && !entry.name.endsWith(".json"))
  .map((entry) => entry.name)
  .sort();

/** The text of every field value, lead, point and sub-point, as runs of letters and digits. */
function contentRuns(briefs: readonly Brief[]): string[] {
  const texts = briefs.flatMap((b) => [
    ...b.fields.map((field) => field.value),
    ...b.summaries.flatMap((summary) => [
      summary.lead,
      ...summary.points.flatMap((point) => [point.text, ...point.children.map((child) => child.text)]),
    ]),
  ]);
  return texts.flatMap((text) => text.match(/[\p{L}\p{N}]+/gu) ?? []);
}

describe.runIf(FIXTURES.length > 0)("brief fmt --write on the real-world fixtures", () => {
  const originals = new Map(FIXTURES.map((name) => [name, readFileSync(join(REAL_WORLD, name))]));
  let folder = "";
  let run: Run;
  beforeAll(() => {
    folder = folderWith(Object.fromEntries(originals));
    // Named one by one: a folder is searched for .txt only, and some fixtures are .md, .org or .eml.
    run = brief(["fmt", "--write", ...FIXTURES.map((name) => join(folder, name))]);
  });

  it("exits 0 or 1: no file fails to be read or written", () => {
    expect([0, 1], run.stderr).toContain(run.status);
  });

  it.each(FIXTURES)("%s: refused and untouched, or rewritten with all its text", (name) => {
    const path = join(folder, name);
    const original = originals.get(name) as Buffer;
    const after = readFileSync(path);
    const written = run.stdout
      .split("\n")
      .some((line) => line === path || line.startsWith(`${path} (read as `));
    const refused = run.stderr.includes(`brief: ${path}: `);
    if (after.equals(original)) {
      // left alone: refused (or with errors), or already canonical
      expect(written).toBe(false);
      return;
    }
    expect(written && !refused, "a rewritten file is listed, and only rewritten files are").toBe(true);
    const text = after.toString("utf8");
    const missing = contentRuns(parseBriefs(original).briefs).filter((part) => !text.includes(part));
    expect(missing, "text of the brief that the written file lacks").toEqual([]);
  });
});
