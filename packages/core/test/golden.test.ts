/// <reference types="node" />
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBriefs } from "../src/index.js";
import { FIXTURES, fixtureNames, readFixture } from "./fixture-files.js";

/**
 * Golden fixtures, as in mdast-util-from-markdown: each `x.txt` sits beside `x.json`, the full parse
 * (briefs with positions, and diagnostics). `UPDATE_FIXTURES=1 npx vitest run` rewrites the JSON, and
 * the diff is how a change to the grammar gets reviewed (run `npx prettier --write test/fixtures` after).
 */
const update = process.env.UPDATE_FIXTURES === "1";

describe("golden fixtures", () => {
  for (const name of fixtureNames()) {
    it(`parses ${name} as recorded`, () => {
      const actual = parseBriefs(readFixture(name));
      const expectedFile = new URL(name.replace(/\.txt$/, ".json"), FIXTURES);
      if (update || !existsSync(expectedFile)) {
        writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      }
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, "utf8")));
    });
  }
});
