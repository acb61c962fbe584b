// Runs size-limit and turns its JSON into the size section of BENCHMARKS.md (bench/size.md), with what
// each bundle is made of (esbuild's metafile, minified bytes by origin) so a budget that is not met
// says what limits it.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const config = JSON.parse(readFileSync(".size-limit.json", "utf8"));
// size-limit exits 1 when a budget is exceeded; that is a result to report here, not a reason to stop.
const run = spawnSync("npx", ["size-limit", "--json"], { encoding: "utf8" });
if (!run.stdout.trim().startsWith("[")) throw new Error(`size-limit failed:\n${run.stdout}${run.stderr}`);
mkdirSync("bench", { recursive: true });
writeFileSync("bench/size.json", run.stdout);
const results = JSON.parse(run.stdout);

/** size-limit counts kB of 1,000 bytes; so does this table. */
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

/** Packages as a whole; our own packages file by file, since that is where a budget can be won back. */
function partOf(path) {
  if (path.includes("node_modules/zod/")) return "zod";
  if (/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(path)) return "Lit";
  const own = /packages\/(core|elements)\/dist\/(.+)\.js$/.exec(path);
  return own ? `${own[1]}/${own[2]}` : "other";
}

/** Minified bytes of each part of an entry, bundled as size-limit bundles it. */
async function composition(entry) {
  const imported = entry.import ?? "*";
  const statement =
    imported === "*" ? `export * from "./${entry.path}";` : `export ${imported} from "./${entry.path}";`;
  const result = await build({
    stdin: { contents: statement, resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const parts = new Map();
  for (const [path, input] of Object.entries(Object.values(result.metafile.outputs)[0].inputs)) {
    parts.set(partOf(path), (parts.get(partOf(path)) ?? 0) + input.bytesInOutput);
  }
  const output = result.outputFiles[0].contents;
  const share = (bytes) => `${((100 * bytes) / output.length).toFixed(0)}%`;
  const sorted = [...parts].filter(([, bytes]) => bytes > 0).sort((a, b) => b[1] - a[1]);
  const shown = sorted.slice(0, 6).map(([part, bytes]) => `${part} ${share(bytes)}`);
  const rest = sorted.slice(6).reduce((sum, [, bytes]) => sum + bytes, 0);
  if (rest > 0) shown.push(`${sorted.length - 6} more files ${share(rest)}`);
  return `${kB(output.length)} minified, ${kB(gzipSync(output).length)} gzipped: ${shown.join(", ")}`;
}

/**
 * The targets of issue 6, issue 9's 14 kB for the parser and issue 10's 24 kB for the CDN bundle. `.size-limit.json` holds CI's ceilings
 * instead: a target not met yet cannot gate CI, but its ceiling stops the size from growing while it is
 * worked down.
 */
const TARGETS = [
  ["parseBrief", 14_000],
  ["core with schemas", 20_000],
  ["<brief-card>", 20_000],
  ["CDN bundle", 24_000],
  ["Classic-script bundle", 24_000],
];

/** What limits each budget, from taking the bundles apart; printed only for budgets that are not met. */
const LIMITS = [
  [
    "parseBrief",
    "everything the parser reads: the reference layout (about 12.2 kB before issue 9) and, since issue 9, the steps that read Markdown, Org and reStructuredText (about 1 kB), e-mail quoting, forwards and signatures (about 1.3 kB), the edit map that takes positions back to the input (0.6 kB), GBK/GB18030 scoring and broken UTF-8 (1.2 kB), the outline rules for lost, lone and alternating markers (1.7 kB), labels without colons and the digest rules (0.7 kB), weekdays and Chinese numerals (0.55 kB), the title and URL fields (0.3 kB) and the English messages (2.2 kB; `@briefkit/core/lite` leaves them out). Even with the e-mail, markup and message modules stubbed out the parser is 16.4 kB: 14 kB needs the grammar itself written smaller (rules as tables, fewer passes), not more trimming.",
  ],
  [
    "core with schemas",
    "besides the parser it holds the formatter, the three converters and zod/mini (about 6.5 kB gzipped for the schemas).",
  ],
  [
    "<brief-card>",
    "Lit (about 6 kB), core's lite parser (about 20 kB since issue 9: the message text is left out, and the `brief` property is checked by `checkBrief`, under 1 kB, instead of zod) and the three elements with their styles.",
  ],
  [
    "CDN bundle",
    "the same parts as the elements entry, minified by Vite. zod is out (checkBrief) and so are the messages (core/lite); what is left over 24 kB is the parser's grammar, about 20 kB of the bundle: 24 kB needs the grammar itself smaller, or the real-world readers (mail, markup, GBK scoring) out of the embeds' path.",
  ],
  ["Classic-script bundle", "the CDN bundle's code as a classic script: the same parts."],
];

const rows = [];
const notes = [];
for (const r of results) {
  const entry = config.find((c) => c.name === r.name);
  // A prebuilt bundle (the CDN one, by Vite) cannot be taken apart without its source map.
  const prebuilt = entry?.import === undefined;
  const limit = LIMITS.find(([prefix]) => r.name.startsWith(prefix))?.[1];
  const target = TARGETS.find(([prefix]) => r.name.startsWith(prefix))?.[1];
  const met = target !== undefined && r.size <= target;
  if (!met && limit) notes.push(`- ${r.name}: ${limit}`);
  rows.push(
    `| ${r.name} | ${kB(r.size)} | ${target === undefined ? "" : kB(target)} | ${met ? "met" : "NOT MET"} | ${entry?.limit ?? ""} | ${r.passed ? "within" : "OVER"} | ${prebuilt ? "prebuilt: not split" : await composition(entry)} |`,
  );
}
writeFileSync(
  "bench/size.md",
  `## Sizes (min + gzip, measured by size-limit with esbuild)

The targets are issues 6 and 9's; CI enforces the ceilings in \`.size-limit.json\` (\`npm run size\`), set just above
today's sizes so no change can grow a bundle unnoticed while a target is not met. "Made of" bundles each
entry again with esbuild and splits the minified output by origin: what each budget is spent on.

| what | size | target | | CI ceiling | | made of |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join("\n")}
${notes.length > 0 ? `\nWhat limits the targets not met:\n\n${notes.join("\n")}\n` : ""}`,
);
