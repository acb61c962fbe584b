// Runs in Node, on the built bundles: server frameworks import every entry point, and a classic
// script can end up evaluated where there is no DOM. Neither may throw or register anything there.
// The module entry is imported last, on purpose: Lit's Node build, which it loads, puts a stand-in
// customElements on globalThis, and the bundles must first be seen in a process without one.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { test } from "node:test";
import vm from "node:vm";

const BRIEF = "作者/Author(s): A\n";
// Every tag the package registers, from the custom elements manifest the build writes.
const manifest = JSON.parse(await readFile(new URL("../../custom-elements.json", import.meta.url), "utf8"));
const TAGS = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .flatMap((declaration) => (declaration.customElement && declaration.tagName ? [declaration.tagName] : []))
  .sort();
const classic = await readFile(new URL("../../dist/briefkit.classic.min.js", import.meta.url), "utf8");

/** A registry that only records what would have been defined. */
function recordingRegistry() {
  const defined = new Map();
  return {
    defined,
    get: (tag) => defined.get(tag),
    define: (tag, ctor) => defined.set(tag, ctor),
  };
}

/** Evaluates the classic file as a <script> would, in a realm holding only `globals`. */
function runClassic(globals) {
  const context = vm.createContext({ ...globals });
  vm.runInContext(classic, context, { filename: "briefkit.classic.min.js" });
  return context;
}

const DOM_GLOBALS = ["HTMLElement", "customElements", "document", "window", "briefkit"];
const domGlobals = (realm) => DOM_GLOBALS.filter((name) => name in realm);

test("there is no DOM in this process, as on a server", () => {
  assert.deepEqual(domGlobals(globalThis), []);
  assert.ok(TAGS.includes("brief-card") && TAGS.includes("brief-outline"), TAGS.join());
});

test("@briefkit/elements/cdn imports without a DOM: inert classes, a working parser, no globals", async () => {
  const bundle = await import("@briefkit/elements/cdn");
  assert.equal(typeof bundle.BriefCard, "function");
  assert.equal(typeof bundle.BriefOutline, "function");
  assert.doesNotThrow(() => bundle.BriefCard.define());
  assert.deepEqual(bundle.parseBrief(BRIEF).brief.authors, ["A"]);
  assert.deepEqual(domGlobals(globalThis), []);
});

test("the ES bundle defines the elements where there is a registry, so the test above could fail", async () => {
  const registry = recordingRegistry();
  globalThis.customElements = registry;
  try {
    const bundle = await import(new URL("../../dist/briefkit.min.js?with-registry", import.meta.url));
    assert.deepEqual([...registry.defined.keys()].sort(), TAGS);
    assert.equal(registry.defined.get("brief-card"), bundle.BriefCard);
    assert.equal(registry.defined.get("brief-outline"), bundle.BriefOutline);
  } finally {
    delete globalThis.customElements;
  }
});

test("@briefkit/elements/classic imports and requires without a DOM, exporting and leaving nothing", async () => {
  const imported = await import("@briefkit/elements/classic");
  assert.deepEqual(Object.keys(imported), []);
  assert.doesNotThrow(() => createRequire(import.meta.url)("@briefkit/elements/classic"));
  assert.deepEqual(domGlobals(globalThis), []);
});

test("the classic script, run in a realm without customElements, registers nothing", () => {
  const context = runClassic({});
  assert.deepEqual(domGlobals(context), ["briefkit"]);
  assert.equal(typeof context.briefkit.BriefCard, "function");
  // The realm has its own Array, so compare a copy made here.
  assert.deepEqual([...context.briefkit.parseBrief(BRIEF).brief.authors], ["A"]);
});

test("the classic script, run in a realm with customElements, defines every element", () => {
  const registry = recordingRegistry();
  const { briefkit } = runClassic({ customElements: registry });
  assert.deepEqual([...registry.defined.keys()].sort(), TAGS);
  assert.equal(registry.defined.get("brief-card"), briefkit.BriefCard);
  assert.equal(registry.defined.get("brief-outline"), briefkit.BriefOutline);
});

test("the classic script leaves a tag that is already defined alone", () => {
  const registry = recordingRegistry();
  const existing = class {};
  registry.define("brief-card", existing);
  const context = runClassic({ customElements: registry, console: { warn: () => {} } });
  assert.equal(registry.defined.get("brief-card"), existing);
  assert.equal(registry.defined.get("brief-outline"), context.briefkit.BriefOutline);
});

test("the classic script starts with the licence banner and declares only its one global", () => {
  assert.match(classic, /^\/\*! @briefkit\/elements \(MIT\)[^*]*\*\/\s*var briefkit=\(function\(/);
});

test("both bundles export what src/cdn.ts promises: the module entry's exports and the parser", async () => {
  const expected = [...Object.keys(await import("@briefkit/elements")), "parseBrief", "parseBriefs"].sort();
  assert.deepEqual(Object.keys(await import("@briefkit/elements/cdn")).sort(), expected);
  assert.deepEqual(Object.keys(runClassic({}).briefkit).sort(), expected);
});
