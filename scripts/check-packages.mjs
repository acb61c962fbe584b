// Checks the three published packages as npm consumers meet them: each is packed once, and the
// tarball is what publint (--strict), attw (--profile esm-only, as `attw --pack` would see it), the
// content checks below and a consumer install look at. Run after the build: `npm run check:packages`.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual, promisify } from "node:util";

const PACKAGES = ["packages/core", "packages/elements", "packages/cli"];
const REQUIRED_FILES = ["package.json", "README.md", "LICENSE"];
const REQUIRED_FIELDS = ["description", "license", "engines", "repository", "homepage", "bugs", "keywords"];
const UNWANTED_FILES = [
  [
    /(^|\/)(test|tests|__tests__|fixtures|bench|coverage|demo|scripts)\//,
    "test, fixture, bench or tooling files",
  ],
  [/\.(test|spec)\.[cm]?[jt]sx?$/, "a test file"],
  [/(^|\/)\./, "a hidden file"],
  [/\.(tsbuildinfo|tgz|log)$/, "a build or pack leftover"],
];
// The reference brief, as a consumer would feed it to the installed CLI.
const FIXTURE = "packages/core/test/fixtures/rare-earths-2025-10-24.txt";
// Run in the consumer project, so that every import resolves through its node_modules.
const CONSUMER_IMPORTS = `
import assert from "node:assert/strict";
import { parseBrief, formatBrief, toJSONLD } from "@briefkit/core";
import { BriefSchema } from "@briefkit/core/schema";
import jsonSchema from "@briefkit/core/brief.schema.json" with { type: "json" };
import { BriefCard, BriefOutline } from "@briefkit/elements/classes";
import "@briefkit/elements";
const { brief } = parseBrief("作者/Author(s): A\\n");
assert.equal(typeof formatBrief(brief), "string");
assert.equal(typeof toJSONLD(brief), "object");
assert.equal(typeof BriefSchema, "object");
assert.equal(jsonSchema.title, "Brief");
assert.doesNotThrow(() => BriefCard.define());
assert.equal(typeof BriefOutline, "function");
`;
// Server frameworks import every entry point, the bundles too. Run on their own: Lit's Node build,
// which the imports above load, puts a stand-in customElements on globalThis.
const CONSUMER_BUNDLES = `
import assert from "node:assert/strict";
import { createRequire } from "node:module";
const cdn = await import("@briefkit/elements/cdn");
assert.equal(cdn.parseBrief("作者/Author(s): A\\n").brief.authors[0], "A");
assert.deepEqual(Object.keys(await import("@briefkit/elements/classic")), []);
createRequire(import.meta.url)("@briefkit/elements/classic");
assert.equal(globalThis.customElements, undefined, "a bundle installed a customElements registry");
`;

const root = fileURLToPath(new URL("..", import.meta.url));
const exec = promisify(execFile);
const tool = (name) => join(root, "node_modules", ".bin", name);

/** Runs a command; resolves to its output and whether it exited with 0, never rejects. */
async function run(command, args, cwd) {
  try {
    const { stdout, stderr } = await exec(command, args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    return { ok: false, output: `${error.stdout ?? ""}${error.stderr ?? ""}` || String(error) };
  }
}

async function pack(directory, destination) {
  const { ok, output } = await run("npm", ["pack", "--json", "--pack-destination", destination], directory);
  if (!ok) throw new Error(`npm pack failed in ${directory}:\n${output}`);
  const [packed] = JSON.parse(output.slice(output.indexOf("[")));
  const tarball = join(destination, packed.filename);
  const extracted = join(destination, packed.filename.replace(/\.tgz$/, ""));
  await mkdir(extracted);
  const untar = await run("tar", ["-xzf", tarball, "-C", extracted]);
  if (!untar.ok) throw new Error(`could not extract ${tarball}:\n${untar.output}`);
  return {
    name: packed.name,
    tarball,
    files: new Set(packed.files.map((file) => file.path)),
    contents: join(extracted, "package"),
  };
}

function metadataProblems(manifest) {
  const problems = REQUIRED_FIELDS.filter((field) => manifest[field] === undefined).map(
    (field) => `package.json has no "${field}"`,
  );
  if (manifest.license !== "MIT") problems.push(`license is ${manifest.license}, not MIT`);
  if (!manifest.engines?.node) problems.push("engines.node is not set");
  const importable = Object.keys(manifest.exports ?? {}).some((entry) => entry !== "./package.json");
  if (importable && manifest.sideEffects === undefined) problems.push("sideEffects is not set");
  // A scoped package is private on the registry unless it says otherwise, and then the first
  // publish fails.
  if (manifest.name.startsWith("@") && manifest.publishConfig?.access !== "public") {
    problems.push('a scoped package needs publishConfig.access "public"');
  }
  return problems;
}

function contentProblems(files) {
  const problems = REQUIRED_FILES.filter((file) => !files.has(file)).map((file) => `${file} is not shipped`);
  for (const file of files) {
    for (const [pattern, what] of UNWANTED_FILES) {
      if (pattern.test(file)) problems.push(`${file} is shipped: ${what}`);
    }
  }
  return problems;
}

/** Every `sourceMappingURL` must point at a shipped map, and every map at shipped sources. */
async function sourceMapProblems({ files, contents }) {
  const problems = [];
  for (const file of files) {
    if (!/\.(js|d\.ts)$/.test(file)) continue;
    const text = await readFile(join(contents, file), "utf8");
    const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text)?.[1];
    if (!url || url.startsWith("data:")) continue;
    const map = posix.join(posix.dirname(file), url);
    if (!files.has(map)) {
      problems.push(`${file} names the source map ${map}, which is not shipped`);
      continue;
    }
    const { sources = [], sourceRoot = "" } = JSON.parse(await readFile(join(contents, map), "utf8"));
    for (const source of sources) {
      const path = posix.normalize(posix.join(posix.dirname(map), sourceRoot, source));
      if (!files.has(path)) problems.push(`${map} names the source ${path}, which is not shipped`);
    }
  }
  return problems;
}

/** What `npm publish` would silently rewrite in package.json (it drops a `./`-prefixed bin, say). */
async function npmFixProblems({ contents }) {
  const path = join(contents, "package.json");
  const before = JSON.parse(await readFile(path, "utf8"));
  const { ok, output } = await run("npm", ["pkg", "fix"], contents);
  if (!ok) return [`npm pkg fix failed:\n${output}`];
  const after = JSON.parse(await readFile(path, "utf8"));
  return isDeepStrictEqual(before, after) ? [] : ["npm pkg fix would change package.json: run it and commit"];
}

async function toolProblems(name, command, args) {
  const { ok, output } = await run(command, args, root);
  return ok ? [] : [`${name} found problems:\n${output.trim()}`];
}

async function checkPackage(directory, workspace) {
  const packed = await pack(join(root, directory), workspace);
  const manifest = JSON.parse(await readFile(join(packed.contents, "package.json"), "utf8"));
  const checks = await Promise.all([
    toolProblems("publint", tool("publint"), ["run", packed.tarball, "--strict"]),
    toolProblems("attw", tool("attw"), [packed.tarball, "--profile", "esm-only", "--format", "ascii"]),
    metadataProblems(manifest),
    contentProblems(packed.files),
    sourceMapProblems(packed),
    npmFixProblems(packed),
  ]);
  return { ...packed, problems: checks.flat() };
}

/** Installs the tarballs into an empty project and uses each package the way its README says. */
async function consumerProblems(packages, workspace) {
  const project = join(workspace, "consumer");
  await mkdir(project);
  await writeFile(
    join(project, "package.json"),
    JSON.stringify({ name: "briefkit-consumer", private: true, type: "module" }),
  );
  const install = await run(
    "npm",
    [
      "install",
      "--prefer-offline",
      "--no-audit",
      "--no-fund",
      "--ignore-scripts",
      ...packages.map((p) => p.tarball),
    ],
    project,
  );
  if (!install.ok) return [`installing the tarballs failed:\n${install.output}`];

  const problems = [];
  for (const script of [CONSUMER_IMPORTS, CONSUMER_BUNDLES]) {
    const imports = await run(process.execPath, ["--input-type=module", "--eval", script], project);
    if (!imports.ok) problems.push(`importing the installed packages failed:\n${imports.output}`);
  }

  const brief = join(project, "node_modules", ".bin", "brief");
  if (!existsSync(brief)) return [...problems, "the installed @briefkit/cli has no brief command"];
  const cli = packages.find((p) => p.name === "@briefkit/cli");
  const { version } = JSON.parse(await readFile(join(cli.contents, "package.json"), "utf8"));
  const printed = await run(brief, ["--version"], project);
  if (printed.output.trim() !== version) problems.push(`brief --version printed ${printed.output.trim()}`);
  const check = await run(brief, ["check", join(root, FIXTURE)], project);
  if (!check.ok) problems.push(`brief check on the reference brief failed:\n${check.output}`);
  return problems;
}

const workspace = await mkdtemp(join(tmpdir(), "briefkit-packages-"));
let failed = false;
try {
  const packages = await Promise.all(PACKAGES.map((directory) => checkPackage(directory, workspace)));
  for (const { name, files, problems } of packages) {
    failed ||= problems.length > 0;
    const summary = `${name}: ${files.size} files; publint, attw, metadata, contents, source maps, npm pkg fix`;
    console.log(problems.length === 0 ? `ok  ${summary}` : `FAIL ${name}\n  ${problems.join("\n  ")}`);
  }
  const problems = await consumerProblems(packages, workspace);
  failed ||= problems.length > 0;
  console.log(
    problems.length === 0
      ? "ok  installed from the tarballs: imports, brief --version, brief check"
      : `FAIL consumer install\n  ${problems.join("\n  ")}`,
  );
} finally {
  await rm(workspace, { recursive: true, force: true });
}
if (failed) process.exitCode = 1;
else console.log(`All ${PACKAGES.length} packages are ready to publish.`);
