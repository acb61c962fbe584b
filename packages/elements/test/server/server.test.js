// Runs in Node, on the built package: what a server-side renderer or a bundler sees.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { test } from "node:test";

const ENTRY_POINTS = [
  "@briefkit/elements",
  "@briefkit/elements/brief-card",
  "@briefkit/elements/brief-outline",
  "@briefkit/elements/classes",
];

test("there is no DOM here, as on a server", () => {
  assert.equal(typeof globalThis.HTMLElement, "undefined");
  assert.equal(typeof globalThis.customElements, "undefined");
});

for (const entry of ENTRY_POINTS) {
  test(`${entry} imports without a DOM`, async () => {
    const module = await import(entry);
    assert.ok(Object.keys(module).length > 0);
  });
}

test("the classes can be defined without a registry and nothing happens", async () => {
  const { BriefCard, BriefOutline } = await import("@briefkit/elements/classes");
  assert.doesNotThrow(() => BriefCard.define());
  assert.doesNotThrow(() => BriefOutline.define("my-outline"));
});

test("the CDN bundle imports nothing: Lit and core are inside it", async () => {
  const bundle = await readFile(new URL("../../dist/briefkit.min.js", import.meta.url), "utf8");
  assert.doesNotMatch(bundle, /\bfrom\s*["'`]|\bimport\s*["'`(]/);
  assert.match(bundle, /brief-card/);
  assert.match(bundle, /brief-outline/);
});

test("package.json names the custom elements manifest, which lists both tags", async () => {
  const manifestPath = JSON.parse(
    await readFile(new URL("../../package.json", import.meta.url), "utf8"),
  ).customElements;
  const manifest = JSON.parse(await readFile(new URL(`../../${manifestPath}`, import.meta.url), "utf8"));
  const tags = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .map((declaration) => declaration.tagName);
  assert.ok(tags.includes("brief-card"));
  assert.ok(tags.includes("brief-outline"));
});
