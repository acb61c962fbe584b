import type { Brief } from "@briefkit/core";
import { COMMON_OPTIONS, oneOf, parseCommandArgs } from "../args.js";
import { Batch } from "../batch.js";
import { EXIT, UsageError, worst } from "../errors.js";
import type { ExitStatus } from "../errors.js";
import { HELP } from "../help.js";
import { printable } from "../names.js";
import { Output } from "../output.js";
import type { Located } from "../reporter.js";
import { atomFeed } from "../site/atom.js";
import { elementsBundle } from "../site/bundle.js";
import type { Site } from "../site/document.js";
import { newestFirst, toEntries } from "../site/entries.js";
import type { Entry } from "../site/entries.js";
import { indexPage } from "../site/index-page.js";
import { jsonFeed } from "../site/json-feed.js";
import { OutFolder } from "../site/out-folder.js";
import { briefPage } from "../site/page.js";

const OPTIONS = {
  ...COMMON_OPTIONS,
  out: { type: "string", short: "o" },
  "base-url": { type: "string" },
  title: { type: "string" },
  errors: { type: "string" },
  force: { type: "boolean" },
} as const;

const ERROR_POLICIES = ["publish", "skip", "fail"] as const;

/** --base-url as a folder URL (ending in `/`), so that page paths resolve below it rather than beside it. */
function baseURLOption(value: string | undefined): URL | null {
  if (value === undefined) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(
      `--base-url must be an absolute URL such as https://example.org/briefs/, not ${value}`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new UsageError(`--base-url must be an http or https URL, not ${value}`);
  url.search = "";
  url.hash = "";
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url;
}

/**
 * Whether each brief of a file has an error: an error belongs to the last brief that starts at or
 * before it, and one about the whole input (no position) to every brief.
 */
function briefsWithErrors(briefs: readonly Brief[], diagnostics: readonly Located[]): boolean[] {
  const flags = briefs.map(() => false);
  const starts = briefs.map((brief) => brief.position?.start.offset ?? 0);
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity !== "error") continue;
    const offset = diagnostic.position?.start.offset;
    if (offset === undefined) {
      flags.fill(true);
      continue;
    }
    let owner = 0;
    starts.forEach((start, index) => {
      if (start <= offset) owner = index;
    });
    flags[owner] = true;
  }
  return flags;
}

interface Collected {
  entries: Entry[];
  status: ExitStatus;
  withErrors: number;
  skipped: number;
}

/** Every brief of the inputs, its errors reported as check reports them, in input order. */
async function collect(batch: Batch, skipErrors: boolean): Promise<Collected> {
  let status: ExitStatus = EXIT.ok;
  const briefs: Brief[] = [];
  /** For each brief, the name of its file when it has errors, else null. */
  const broken: (string | null)[] = [];
  for await (const [source, outcome] of batch.run({
    command: "parse",
    ...batch.read,
    positions: true,
    compact: true,
  })) {
    if (!outcome.ok) {
      await batch.fail(source, outcome.reason);
      status = worst(status, EXIT.trouble);
      continue;
    }
    if (await batch.reportErrors(source, outcome.diagnostics)) status = worst(status, EXIT.problems);
    const found = outcome.items.map((item) => JSON.parse(item) as Brief);
    briefs.push(...found);
    for (const flag of briefsWithErrors(found, outcome.diagnostics)) broken.push(flag ? source.name : null);
  }
  // Slugs come from every brief, so fixing or skipping one never moves another's URL.
  const all = toEntries(briefs);
  const entries: Entry[] = [];
  for (const [index, entry] of all.entries()) {
    const file = broken[index] ?? null;
    if (file === null || !skipErrors) entries.push(entry);
    else
      await batch.output.error(
        `brief: ${printable(file)}: left out ${printable(entry.title)} (${entry.slug}), which has errors\n`,
      );
  }
  const withErrors = broken.filter((file) => file !== null).length;
  return { entries, status, withErrors, skipped: all.length - entries.length };
}

/** Writes the pages, the index, both feeds and the bundle, with a progress line for large sites. */
async function publish(folder: OutFolder, site: Site, entries: readonly Entry[], bundle: string) {
  const progress = new Output("brief build: writing", entries.length);
  let done = 0;
  for (const entry of entries) {
    await folder.write(`${entry.slug}/index.html`, briefPage(site, entry));
    progress.progress(++done);
  }
  progress.finish();
  await folder.write("index.html", indexPage(site, entries));
  await folder.write("feed.xml", atomFeed(site, entries));
  await folder.write("feed.json", jsonFeed(site, entries));
  await folder.write("briefkit.min.js", bundle);
  await folder.finish();
}

/** `brief build`: a static site of the briefs, with Atom and JSON feeds, that any host can serve. */
export async function build(argv: string[]): Promise<ExitStatus> {
  const { values, positionals } = parseCommandArgs("build", OPTIONS, argv);
  if (values.help) {
    process.stdout.write(HELP.build);
    return EXIT.ok;
  }
  if (values.out === undefined || values.out === "")
    throw new UsageError("-o/--out is required: the folder to build the site in (see brief build --help)");
  const policy = oneOf("errors", values.errors ?? "publish", ERROR_POLICIES);
  const title = (values.title ?? "Briefs").trim();
  if (title === "") throw new UsageError("--title must not be empty");
  const site: Site = { title, baseURL: baseURLOption(values["base-url"]) };
  const batch = await Batch.open("build", positionals, values);
  // Both are checked before any brief is read, so a bad -o or a missing bundle fails at once.
  const folder = await OutFolder.open(values.out, values.force === true);
  const bundle = await elementsBundle();

  const collected = await collect(batch, policy === "skip");
  if (policy === "fail" && collected.withErrors > 0) {
    await batch.output.error(
      `brief: wrote nothing: ${collected.withErrors} ${collected.withErrors === 1 ? "brief has" : "briefs have"} errors (--errors fail)\n`,
    );
    return worst(collected.status, EXIT.problems);
  }
  const entries = newestFirst(collected.entries);
  await publish(folder, site, entries, bundle);

  if (site.baseURL === null)
    await batch.output.error(
      "brief: warning: no --base-url: pages have no canonical link, the feeds link relatively and feed.json has no URLs\n",
    );
  if (policy === "publish" && collected.withErrors > 0)
    await batch.output.error(
      `brief: warning: published ${collected.withErrors} ${collected.withErrors === 1 ? "brief" : "briefs"} with errors (--errors skip leaves them out)\n`,
    );
  const count = `${entries.length} ${entries.length === 1 ? "brief" : "briefs"}`;
  const skipped = collected.skipped > 0 ? ` (${collected.skipped} with errors left out)` : "";
  await batch.output.out(
    `built ${printable(values.out)}: ${count}${skipped}, index.html, feed.xml, feed.json\n`,
  );
  // the errors were reported and published or left out as the user chose: the site is built
  return collected.status === EXIT.problems ? EXIT.ok : collected.status;
}
