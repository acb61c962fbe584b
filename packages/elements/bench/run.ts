/**
 * The elements in headless Chromium, the bundle as it was before this round of work
 * (bench/before/briefkit.min.js) against the current build (dist/briefkit.min.js), in one run: time
 * from the bundle's arrival to the first card on screen, render time against a hand-written DOM
 * baseline, DOM nodes and heap per card, and layout shift when an embed upgrades.
 * Run with `npm run bench -w @briefkit/elements` after building; writes bench/results.md.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import { format, resolveConfig } from "prettier";
import type { Browser } from "puppeteer-core";
import { launchBrowser } from "./browser.js";
import { embedPage, type EmbedVariant } from "./embed-page.js";
import { file, page, serve, type Route } from "./server.js";

interface Bundle {
  id: "before" | "after" | "floor";
  name: string;
  /** The bundle, gzipped for "before" so that lint and formatting leave the minified file alone. */
  file: URL;
}

const BUNDLES: Bundle[] = [
  { id: "before", name: "before (3e95b19)", file: new URL("./before/briefkit.min.js.gz", import.meta.url) },
  { id: "after", name: "current build", file: new URL("../dist/briefkit.min.js", import.meta.url) },
];
/** Loaded like a bundle in the start-up runs only: what the page costs with an element that does nothing. */
const FLOOR: Bundle = {
  id: "floor",
  name: "a no-op `<brief-card>`",
  file: new URL("./pages/no-op-card.js", import.meta.url),
};
// Read on each request, so a rebuilt bundle is picked up.
const bundleCode = (bundle: Bundle) =>
  bundle.file.pathname.endsWith(".gz") ? gunzipSync(readFileSync(bundle.file)) : readFileSync(bundle.file);
const bundleURL = (bundle: Bundle) => `/${bundle.id}/briefkit.min.js`;

const REFERENCE = readFileSync(
  new URL("../test/fixtures/rare-earths-2025-10-24.txt", import.meta.url),
  "utf8",
);
const RENDER_ROUNDS = 7;
const HEAP_RUNS = 3;
// The page's own cost varies from load to load on a shared machine by as much as the bundles differ.
const STARTUP_RUNS = 21;
const EMBED_RUNS = 5;
const RENDER_TARGET = 1.3;
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

// The rule packages/elements/README.md recommends ("No layout shift on upgrade"), kept in step by hand.
const README_RULE = `brief-card { display: block; box-sizing: border-box; block-size: 30rem; overflow: auto; }
brief-card:not(:defined) {
  padding: 1.25rem 1.5rem; border: 1px solid #d1d9e0; border-radius: 0.75rem; white-space: pre-line;
}`;

const VARIANTS: EmbedVariant[] = [
  { id: "bare", name: "fallback text, no rule for it on the page", css: "" },
  {
    id: "readme",
    name: "fallback text with the README's rule (one 30rem box for both states)",
    css: README_RULE,
  },
  {
    id: "src",
    name: "`src` attribute and no text, no page rule (the element's 16rem loading placeholder)",
    css: "",
    src: "/brief.txt",
  },
  {
    id: "src-readme",
    name: "`src` attribute and no text, with the README's rule",
    css: README_RULE,
    src: "/brief.txt",
  },
];

const CLS_LIMIT =
  "a `:not(:defined)` box that only approximates the card's height moves what is below it by the difference, and the card's height depends on the column width and fonts; the `src` placeholder holds 16rem while the card is taller. Only a page rule that gives the element the same box before and after it upgrades (the README's rule) measures 0 in both viewports; without it the element cannot know its final height in advance.";

const STARTUP_LIMIT = (floorMs: string, floorShare: string, ownRatio: string, ownBudget: string) =>
  `the page costs ${floorMs} ms between the script's arrival and the frame on screen even with the no-op element (laying out and painting the fallback text, CJK shaping the most of it, and waiting for the next frame), ${floorShare} of the before figure on its own. Halving the whole span would leave the bundle ${ownBudget} ms for compiling, defining the elements, parsing the text and rendering and laying out the card. The bundle's own share is ${ownRatio}× what it was: what the elements did at load is gone (zod's schemas, \`Intl.DateTimeFormat\`; Lit's templates are prepared once), and what remains in a Chromium CPU profile is compiling and evaluating the bundle, the parser's first pass over the text, and the card's first layout.`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const routes = new Map<string, Route>([
  ["/render.js", file(new URL("./pages/render.js", import.meta.url))],
  ["/baseline.js", file(new URL("./pages/baseline.js", import.meta.url))],
  [
    "/render.html",
    page(
      () =>
        '<!doctype html><html lang="en"><meta charset="utf-8"><script type="module" src="/render.js"></script>',
    ),
  ],
  ["/brief.txt", { type: "text/plain; charset=utf-8", body: () => REFERENCE }],
  ...[...BUNDLES, FLOOR].flatMap((bundle): [string, Route][] => [
    [bundleURL(bundle), { type: "text/javascript; charset=utf-8", body: () => bundleCode(bundle) }],
    ...VARIANTS.map((variant): [string, Route] => [
      `/${bundle.id}/embed-${variant.id}.html`,
      page(() => embedPage(variant, REFERENCE, bundleURL(bundle))),
    ]),
  ]),
]);

type Mode = "element" | "baseline";

interface RenderResult {
  layoutMs: number;
  paintMs: number;
  /** The renderer's main thread's CPU time over the timed run: what a loaded machine inflates least. */
  cpuMs: number;
  count: number;
  markup: string;
  nodes: number;
}

async function openRenderPage(browser: Browser, origin: string, bundle: Bundle) {
  const tab = await browser.newPage();
  await tab.setViewport(DESKTOP);
  await tab.goto(`${origin}/render.html?bundle=${encodeURIComponent(bundleURL(bundle))}`);
  await tab.waitForFunction("window.benchReady === true");
  return tab;
}

async function renderOnce(
  browser: Browser,
  origin: string,
  bundle: Bundle,
  mode: Mode,
  tag: string,
  count: number,
) {
  const tab = await openRenderPage(browser, origin, bundle);
  const cdp = await tab.createCDPSession();
  await cdp.send("Performance.enable");
  const threadTime = async () => {
    const { metrics } = await cdp.send("Performance.getMetrics");
    return metrics.find((metric) => metric.name === "ThreadTime")!.value * 1000;
  };
  const args = `${JSON.stringify(mode)}, ${JSON.stringify(tag)}`;
  await tab.evaluate(`window.bench.warm(${args})`);
  const cpuBefore = await threadTime();
  const result = (await tab.evaluate(`window.bench.render(${args}, ${count})`)) as RenderResult;
  result.cpuMs = (await threadTime()) - cpuBefore;
  await tab.close();
  if (result.count !== count)
    throw new Error(`${bundle.id} ${mode} ${tag}: rendered ${result.count} of ${count}`);
  return result;
}

/**
 * JS heap kept per copy: garbage collected, heap read, `count` copies built and kept on the page,
 * collected and read again. Blink's DOM lives in V8's heap as embedder memory, counted here too.
 */
async function heapOnce(
  browser: Browser,
  origin: string,
  bundle: Bundle,
  mode: Mode,
  tag: string,
  count: number,
) {
  const tab = await openRenderPage(browser, origin, bundle);
  const cdp = await tab.createCDPSession();
  const used = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    const usage = (await cdp.send("Runtime.getHeapUsage")) as {
      usedSize: number;
      embedderHeapUsedSize?: number;
    };
    return usage.usedSize + (usage.embedderHeapUsedSize ?? 0);
  };
  const before = await used();
  await tab.evaluate(`window.bench.keep(${JSON.stringify(mode)}, ${JSON.stringify(tag)}, ${count})`);
  const after = await used();
  await tab.close();
  return (after - before) / count;
}

interface Contender {
  render: RenderResult[];
  heap: number[];
}

/**
 * Element and baseline with each bundle, each on a fresh page, the order rotating each round; ratios
 * are taken within a round (element against the baseline with the same bundle) and their median kept.
 */
async function renderRace(browser: Browser, origin: string, tag: string, count: number) {
  const contenders = BUNDLES.flatMap((bundle) =>
    (["element", "baseline"] as const).map(
      (mode) => ({ bundle, mode, render: [], heap: [] }) as Contender & { bundle: Bundle; mode: Mode },
    ),
  );
  for (let round = 0; round < RENDER_ROUNDS; round++) {
    for (let i = 0; i < contenders.length; i++) {
      const c = contenders[(i + round) % contenders.length]!;
      c.render.push(await renderOnce(browser, origin, c.bundle, c.mode, tag, count));
    }
  }
  for (let run = 0; run < HEAP_RUNS; run++) {
    for (const c of contenders) c.heap.push(await heapOnce(browser, origin, c.bundle, c.mode, tag, count));
  }
  // `type="button"`, added after 3e95b19, changes nothing visible: a shadow root's button has no form
  const visible = (markup: string) => markup.replaceAll(' type="button"', "");
  const reference = visible(contenders[0]!.render[0]!.markup);
  for (const c of contenders) {
    if (visible(c.render[0]!.markup) !== reference) {
      throw new Error(
        `<${tag}>: the ${c.bundle.id} ${c.mode}'s markup differs from the before element's:\n${reference}\n---\n${c.render[0]!.markup}`,
      );
    }
  }
  return BUNDLES.map((bundle) => {
    const [element, baseline] = (["element", "baseline"] as const).map((mode) =>
      contenders.find((c) => c.bundle === bundle && c.mode === mode)!,
    ) as [Contender, Contender];
    const ratio = (pick: (r: RenderResult) => number) =>
      median(element.render.map((e, i) => pick(e) / pick(baseline.render[i]!)));
    const side = (c: Contender) => ({
      paint: median(c.render.map((r) => r.paintMs)),
      cpu: median(c.render.map((r) => r.cpuMs)),
      nodes: c.render[0]!.nodes,
      heap: median(c.heap),
    });
    return {
      bundle,
      tag,
      count,
      element: side(element),
      baseline: side(baseline),
      paintRatio: ratio((r) => r.paintMs),
      cpuRatio: ratio((r) => r.cpuMs),
    };
  });
}

interface EmbedResult {
  cls: number;
  scriptStartMs: number;
  scriptLoadedMs: number;
  loadedMs: number;
  paintedMs: number;
  /** The renderer's main thread's CPU time from its start to the card on screen. */
  cpuMs: number;
}

async function embedOnce(
  browser: Browser,
  origin: string,
  bundle: Bundle,
  variant: EmbedVariant,
  viewport: typeof DESKTOP,
  settle: number,
) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport(viewport);
  const cdp = await tab.createCDPSession();
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
  await tab.goto(`${origin}/${bundle.id}/embed-${variant.id}.html`);
  await tab.waitForFunction("window.__paintedAt !== undefined", { timeout: 30_000 });
  const { metrics } = await cdp.send("Performance.getMetrics");
  const cpuMs = metrics.find((metric) => metric.name === "ThreadTime")!.value * 1000;
  // Late shifts (a web font, a second layout pass) would land within this pause.
  await new Promise((resolve) => setTimeout(resolve, settle));
  const result = (await tab.evaluate(`(() => {
    const script = performance.getEntriesByType("resource").find((e) => e.name.endsWith(${JSON.stringify(bundleURL(bundle))}));
    return {
      cls: window.__shifts.reduce((a, b) => a + b, 0),
      scriptStartMs: script.startTime,
      scriptLoadedMs: script.responseEnd,
      loadedMs: window.__loadedAt,
      paintedMs: window.__paintedAt,
    };
  })()`)) as EmbedResult;
  await context.close();
  return { ...result, cpuMs };
}

/**
 * Cold loads of the README embed at 1280×800 with each bundle and with the no-op element, rotating
 * which goes first.
 */
async function startup(browser: Browser, origin: string) {
  const readme = VARIANTS.find((variant) => variant.id === "readme")!;
  const contenders = [...BUNDLES, FLOOR];
  const runs = new Map<Bundle, EmbedResult[]>(contenders.map((bundle) => [bundle, []]));
  // One load of each first, uncounted, so the browser's own start-up is not charged to any.
  for (const bundle of contenders) await embedOnce(browser, origin, bundle, readme, DESKTOP, 0);
  for (let run = 0; run < STARTUP_RUNS; run++) {
    const order = [...contenders.slice(run % 3), ...contenders.slice(0, run % 3)];
    for (const bundle of order)
      runs.get(bundle)!.push(await embedOnce(browser, origin, bundle, readme, DESKTOP, 0));
  }
  return runs;
}

async function embeds(browser: Browser, origin: string, bundle: Bundle) {
  const rows: { variant: EmbedVariant; viewport: string; cls: number[] }[] = [];
  for (const variant of VARIANTS) {
    for (const [viewport, size] of [
      ["1280×800", DESKTOP],
      ["390×844", PHONE],
    ] as const) {
      const cls: number[] = [];
      for (let run = 0; run < EMBED_RUNS; run++)
        cls.push((await embedOnce(browser, origin, bundle, variant, size, 500)).cls);
      rows.push({ variant, viewport, cls });
    }
  }
  return rows;
}

const fixed = (n: number, digits = 1) => n.toFixed(digits);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

const { origin, server } = await serve(routes);
const { browser, version } = await launchBrowser();
try {
  const start = await startup(browser, origin);
  const cards = await renderRace(browser, origin, "brief-card", 1000);
  const outlines = await renderRace(browser, origin, "brief-outline", 100);
  const current = BUNDLES.find((bundle) => bundle.id === "after")!;
  const embedRows = await embeds(browser, origin, current);

  const since = (bundle: Bundle, from: (r: EmbedResult) => number, to: (r: EmbedResult) => number) =>
    median(start.get(bundle)!.map((r) => to(r) - from(r)));
  const arrivalToPaint = (bundle: Bundle) =>
    since(
      bundle,
      (r) => r.scriptLoadedMs,
      (r) => r.paintedMs,
    );
  const [before, after] = BUNDLES as [Bundle, Bundle];
  const startupRatio = arrivalToPaint(after) / arrivalToPaint(before);
  const floor = arrivalToPaint(FLOOR);
  const ownShare = (bundle: Bundle) => arrivalToPaint(bundle) - floor;
  const ownRatio = ownShare(after) / ownShare(before);
  const startupCPU = (bundle: Bundle) => median(start.get(bundle)!.map((r) => r.cpuMs));
  const startupRow = (
    fromLabel: string,
    toLabel: string,
    from: (r: EmbedResult) => number,
    to: (r: EmbedResult) => number,
  ) =>
    `| ${fromLabel} | ${toLabel} | ${fixed(since(before, from, to))} | ${fixed(since(after, from, to))} | ${fixed(since(FLOOR, from, to))} |`;

  const renderRows = [...cards, ...outlines].map(
    (r) =>
      `| ${r.count} \`<${r.tag} language="${r.tag === "brief-outline" ? "both" : "en"}">\` | ${r.bundle.name} | ${fixed(r.element.paint)} | ${fixed(r.baseline.paint)} | **${fixed(r.paintRatio, 2)}×** | ${fixed(r.element.cpu)} | ${fixed(r.baseline.cpu)} | ${fixed(r.cpuRatio, 2)}× | ${r.paintRatio <= RENDER_TARGET ? "✅" : "❌"} |`,
  );
  const perCardRows = [...cards, ...outlines].map(
    (r) =>
      `| \`<${r.tag}>\` | ${r.bundle.name} | ${r.element.nodes} | ${r.baseline.nodes} | ${kib(r.element.heap)} | ${kib(r.baseline.heap)} |`,
  );
  const clsRows = embedRows.map(
    (row) =>
      `| ${row.variant.name} | ${row.viewport} | ${fixed(median(row.cls), 4)} | ${fixed(Math.max(...row.cls), 4)} | ${median(row.cls) === 0 ? "✅" : "❌"} |`,
  );
  const sizes = BUNDLES.map((bundle) => {
    const code = bundleCode(bundle);
    return `${bundle.name} \`${fileURLToPath(bundle.file).split("/elements/")[1]}\`: ${kib(code.length)}, ${kib(gzipSync(code).length)} gzipped`;
  });
  const [cardBefore, cardAfter] = cards as [(typeof cards)[0], (typeof cards)[0]];

  const markdown = `## Elements (@briefkit/elements) in headless Chromium

${version}, headless, driven by puppeteer-core against a static server on 127.0.0.1; every response is
\`no-store\`. Two bundles race in the same run: ${sizes.join("; ")}. The first is the CDN bundle as built
from commit 3e95b19, kept in \`bench/before/\` so that every run measures before and after side by side.

### Summary

| measure | before (3e95b19) | current build | change | target |
| --- | --- | --- | --- | --- |
| bundle arrived → first card on screen (ms, median of ${STARTUP_RUNS}) | ${fixed(arrivalToPaint(before))} | ${fixed(arrivalToPaint(after))} | ${fixed(startupRatio, 2)}× | ≤ 0.5× ${startupRatio <= 0.5 ? "✅" : "❌"} |
| the same with a no-op \`<brief-card>\` in place of the bundle: the page's own cost (ms) | ${fixed(floor)} | ${fixed(floor)} | | |
| the bundle's own share: arrival → on screen, less the no-op's (ms) | ${fixed(ownShare(before))} | ${fixed(ownShare(after))} | ${fixed(ownRatio, 2)}× | |
| the renderer's main-thread CPU time, navigation → first card on screen (ms) | ${fixed(startupCPU(before))} | ${fixed(startupCPU(after))} | ${fixed(startupCPU(after) / startupCPU(before), 2)}× | |
| 1,000 cards against the baseline, to the next frame | ${fixed(cardBefore.paintRatio, 2)}× | ${fixed(cardAfter.paintRatio, 2)}× | | ≤ ${RENDER_TARGET}× ${cardAfter.paintRatio <= RENDER_TARGET ? "✅" : "❌"} |
| the same in main-thread CPU time | ${fixed(cardBefore.cpuRatio, 2)}× | ${fixed(cardAfter.cpuRatio, 2)}× | | |
| DOM nodes per card (shadow root) | ${cardBefore.element.nodes} | ${cardAfter.element.nodes} | ${fixed(cardAfter.element.nodes / cardBefore.element.nodes, 2)}× | fewer ${cardAfter.element.nodes < cardBefore.element.nodes ? "✅" : "❌"} |
| heap per card | ${kib(cardBefore.element.heap)} | ${kib(cardAfter.element.heap)} | ${fixed(cardAfter.element.heap / cardBefore.element.heap, 2)}× | less ${cardAfter.element.heap < cardBefore.element.heap ? "✅" : "❌"} |

### Time from the bundle's arrival to the first card on screen

The README embed (the brief's text inside \`<brief-card language="both">\`, the README's rule) at
1280×800: medians of ${STARTUP_RUNS} cold loads per bundle, each in a fresh browser context, the bundles
rotating which goes first, after one uncounted load of each. The no-op element
(\`bench/pages/no-op-card.js\`: it defines \`<brief-card>\` and fires \`brief-load\` at once) loads in the same
rotation and shows what the page costs with no bundle work at all: the parser yielding, the fallback text
laid out and painted, the next frame. "Arrived" is the script's \`responseEnd\`;
"on screen" is a task queued from the \`requestAnimationFrame\` after \`brief-load\` (the card's
\`updateComplete\`), so the frame holding the card has been produced. In milliseconds. The clock counts
whatever else the machine runs; the renderer's main-thread CPU time for the whole load (DevTools'
\`ThreadTime\`, in the summary) does not, and is the figure to compare on a busy machine.

| from | to | before (3e95b19) | current build | no-op element |
| --- | --- | --- | --- | --- |
${startupRow(
  "navigation start",
  "the bundle's request starts",
  () => 0,
  (r) => r.scriptStartMs,
)}
${startupRow(
  "the bundle's request starts",
  "the bundle has arrived",
  (r) => r.scriptStartMs,
  (r) => r.scriptLoadedMs,
)}
${startupRow(
  "the bundle has arrived",
  "the card has rendered (`brief-load`): compile, define, parse the text, render",
  (r) => r.scriptLoadedMs,
  (r) => r.loadedMs,
)}
${startupRow(
  "**the bundle has arrived**",
  "**the card is on screen**",
  (r) => r.scriptLoadedMs,
  (r) => r.paintedMs,
)}
${startupRatio > 0.5 ? `\nNot halved. What limits it: ${STARTUP_LIMIT(fixed(floor), `${fixed((100 * floor) / arrivalToPaint(before), 0)}%`, fixed(ownRatio, 2), fixed(arrivalToPaint(before) / 2 - floor))}\n` : ""}
### Rendering, against a hand-written DOM baseline (target ≤ ${RENDER_TARGET}×)

Each copy holds the reference brief's text (4.8 KiB) as its content. The element reads and parses it
itself; the baseline (\`bench/pages/baseline.js\`) parses the same text with the same bundle's
\`parseBrief\` and builds the markup with \`createElement\`, \`setAttribute\` and \`append\` into a shadow root
that adopts the elements' own stylesheets. The run checks that all four trees (each bundle's element and
baseline) are equal in tags, attributes, classes and text. Each contender renders on a fresh page after
warm-up batches of 100 until two in a row agree within 10%. Times run from the first \`createElement\` to
the next frame; the CPU time is the renderer's main thread's over the same span (DevTools' \`ThreadTime\`),
which other work on a busy machine inflates far less than the clock. Medians of ${RENDER_ROUNDS} rounds, the
four contenders rotating their order; each ratio is the median of the per-round ratios against the
baseline with the same bundle.

| what | bundle | element to next frame (ms) | baseline (ms) | ratio | element, main-thread CPU (ms) | baseline (ms) | ratio | ≤ ${RENDER_TARGET}× |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${renderRows.join("\n")}

### Nodes and heap per copy

Nodes: every node under the shadow root, comments (Lit's markers) and whitespace text included. Heap:
V8's used heap plus Blink's (embedder) heap after a forced garbage collection, before and after building
${cards[0]!.count} cards (or ${outlines[0]!.count} outlines) and keeping them on the page, divided by the
count; median of ${HEAP_RUNS} fresh pages. The light-DOM text each copy holds is counted on both sides.

| element | bundle | nodes, element | nodes, baseline | heap, element | heap, baseline |
| --- | --- | --- | --- | --- | --- |
${perCardRows.join("\n")}

### Layout shift when an embed upgrades (target 0)

The current build. Cumulative layout shift from page load until 500 ms after the card has rendered, on an
article page with a paragraph below the card (\`bench/embed-page.ts\`); median and worst of ${EMBED_RUNS}
loads, each in a fresh browser context.

| embed | viewport | CLS median | CLS worst | 0 |
| --- | --- | --- | --- | --- |
${clsRows.join("\n")}
${embedRows.some((row) => median(row.cls) !== 0) ? `\nNot met for every embed. What limits it: ${CLS_LIMIT}\n` : ""}`;
  const path = fileURLToPath(new URL("./results.md", import.meta.url));
  const formatted = await format(markdown, { ...(await resolveConfig(path)), filepath: path });
  writeFileSync(path, formatted);
  console.log(formatted);
} finally {
  await browser.close();
  server.close();
}
