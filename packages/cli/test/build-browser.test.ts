/**
 * `brief build`'s site in Chromium, served from a sub-path as a host would serve it. With JavaScript
 * off, the server-rendered elements must already show the briefs; with it on, the bundle must take
 * them over in place: one copy of everything, nothing moved, and the elements working.
 *
 * The CLI's tsconfig has no DOM types, on purpose (its code runs on Node), so the code that runs in
 * the page is written as strings.
 */
import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { basename, extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import puppeteer from "puppeteer-core";
import type { Browser, CDPSession, Page, Protocol } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, findChromium } from "../../../scripts/chromium.mjs";
import { brief, folderWith } from "./brief.js";

type DOMNode = Protocol.DOM.Node;

const EXAMPLES = fileURLToPath(new URL("../../../examples/briefs", import.meta.url));
/** Where the site is served: not the server's root, so only relative links work. */
const PREFIX = "/briefs/";
const PAGE = "2025-10-24-foreign-policy/index.html";
/** A word that some of the example briefs hold and others do not. */
const QUERY = "nickel";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/feed+json",
  ".xml": "application/atom+xml",
};

/** The file below `root` that `url` names, or null when there is none (which is a 404). */
async function fileFor(root: string, url: string): Promise<string | null> {
  const path = decodeURIComponent(new URL(url, "http://localhost").pathname);
  if (!path.startsWith(PREFIX)) return null;
  const file = join(root, normalize(path.slice(PREFIX.length)));
  if (file !== root && !file.startsWith(root + sep)) return null;
  const found = await stat(file).catch(() => null);
  if (found === null) return null;
  return found.isDirectory() ? join(file, "index.html") : file;
}

/** Until it resolves, the server holds back the bundle (see `openBeforeUpgrade`). */
let bundleGate: Promise<void> = Promise.resolve();

function holdBundle(): () => void {
  let release = (): void => undefined;
  bundleGate = new Promise((resolve) => (release = resolve));
  return release;
}

async function served(root: string, url: string): Promise<{ file: string; body: Buffer } | null> {
  const file = await fileFor(root, url);
  if (file === null) return null;
  if (basename(file) === "briefkit.min.js") await bundleGate;
  return { file, body: await readFile(file) };
}

function serve(root: string): Promise<Server> {
  const server = createServer((request, response) => {
    void served(root, request.url ?? "/")
      .catch(() => null)
      .then((found) => {
        if (found === null) response.writeHead(404).end();
        else
          response
            .writeHead(200, { "content-type": TYPES[extname(found.file)] ?? "application/octet-stream" })
            .end(found.body);
      });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function launch(): Promise<Browser> {
  const { path, bundled, args } = await findChromium();
  if (!bundled) return puppeteer.launch({ executablePath: path, headless: true, args: CHROMIUM_ARGS });
  return puppeteer.launch({
    executablePath: path,
    headless: "shell",
    args: puppeteer.defaultArgs({ args: [...args, ...CHROMIUM_ARGS], headless: "shell" }),
  });
}

let site: string;
let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  site = join(folderWith(), "site");
  const run = brief(["build", EXAMPLES, "-o", site, "--title", "Policy briefs"]);
  if (run.status !== 0) throw new Error(`brief build failed: ${run.stderr}`);
  server = await serve(site);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${PREFIX}`;
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

/** Counts the elements' `brief-load` events from the start, before the bundle runs. */
const COUNT_LOADS = `window.briefLoads = 0;
document.addEventListener("brief-load", () => window.briefLoads++);`;

interface Opened {
  tab: Page;
  /** Errors and warnings from the page's console, and uncaught exceptions. */
  problems: string[];
}

async function newTab(javaScript: boolean): Promise<Opened> {
  const tab = await browser.newPage();
  const problems: string[] = [];
  tab.on("pageerror", (error) => problems.push(String(error)));
  tab.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warn") problems.push(message.text());
  });
  await tab.setJavaScriptEnabled(javaScript);
  // Tall enough that the index's digest is on screen, where a layout shift counts.
  await tab.setViewport({ width: 1000, height: 3000 });
  if (javaScript) await tab.evaluateOnNewDocument(COUNT_LOADS);
  return { tab, problems };
}

async function open(path: string, javaScript: boolean): Promise<Opened> {
  const opened = await newTab(javaScript);
  const response = await opened.tab.goto(new URL(path, base).href, { waitUntil: "load" });
  expect(response?.status(), path).toBe(200);
  return opened;
}

/** Where the page's blocks and the elements are, in document order. */
const LAYOUT = `(() => {
  const digest = document.querySelector("brief-digest");
  const boxes = [
    ...document.querySelectorAll("main > *, brief-card, brief-digest"),
    ...(digest ? digest.shadowRoot.querySelectorAll("brief-card") : []),
  ];
  return boxes.map((box) => {
    const { x, y, width, height } = box.getBoundingClientRect();
    return { box: box.localName, x, y, width, height };
  });
})()`;

/** Two frames, so that the last change has been painted and its layout shifts measured. */
const FRAMES = `new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))`;

interface Rect {
  box: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Opens a page with the bundle held back until the server-rendered page has been parsed, painted and
 * measured, so that the upgrade happens on screen, where a layout shift counts, however fast the
 * bundle would have come.
 */
async function openBeforeUpgrade(path: string): Promise<Opened & { serverLayout: Rect[] }> {
  const release = holdBundle();
  const opened = await newTab(true);
  const navigation = opened.tab.goto(new URL(path, base).href, { waitUntil: "load" });
  let serverLayout: Rect[];
  try {
    await opened.tab.waitForFunction(`document.readyState === "interactive"`, { timeout: 10_000 });
    await opened.tab.evaluate(FRAMES);
    expect(await opened.tab.evaluate(`customElements.get("brief-card") === undefined`)).toBe(true);
    serverLayout = (await opened.tab.evaluate(LAYOUT)) as Rect[];
  } finally {
    release();
  }
  expect((await navigation)?.status(), path).toBe(200);
  return { ...opened, serverLayout };
}

/** The whole tree, shadow roots included, as DevTools sees it: no page script is involved. */
async function documentTree(tab: Page): Promise<{ session: CDPSession; root: DOMNode }> {
  const session = await tab.createCDPSession();
  const { root } = await session.send("DOM.getDocument", { depth: -1, pierce: true });
  return { session, root };
}

/** Every node below `node`, through shadow roots, in document order. */
function below(node: DOMNode): DOMNode[] {
  const found: DOMNode[] = [];
  const visit = (current: DOMNode): void => {
    for (const child of [...(current.shadowRoots ?? []), ...(current.children ?? [])]) {
      found.push(child);
      visit(child);
    }
  };
  visit(node);
  return found;
}

function attribute(node: DOMNode, name: string): string | undefined {
  const attributes = node.attributes ?? [];
  for (let index = 0; index < attributes.length; index += 2)
    if (attributes[index] === name) return attributes[index + 1];
  return undefined;
}

const named = (tag: string) => (node: DOMNode) => node.localName === tag;
const withPart = (part: string) => (node: DOMNode) => attribute(node, "part") === part;

/** The one shadow root of a server-rendered host: the parser attached it and took its template. */
function shadowOf(host: DOMNode): DOMNode {
  expect(
    host.shadowRoots?.map((root) => root.shadowRootType),
    host.localName,
  ).toEqual(["open"]);
  expect((host.children ?? []).filter(named("template")), host.localName).toEqual([]);
  return host.shadowRoots?.[0] as DOMNode;
}

/** The size of a node's border box; 0 × 0 when it has none (not rendered). */
async function size(session: CDPSession, node: DOMNode): Promise<{ width: number; height: number }> {
  try {
    const { model } = await session.send("DOM.getBoxModel", { backendNodeId: node.backendNodeId });
    return { width: model.width, height: model.height };
  } catch {
    return { width: 0, height: 0 };
  }
}

async function expectShown(session: CDPSession, nodes: readonly DOMNode[], what: string): Promise<void> {
  expect(nodes.length, what).toBeGreaterThan(0);
  for (const node of nodes) {
    const { width, height } = await size(session, node);
    expect(width * height, `${what} has a box`).toBeGreaterThan(0);
  }
}

/** Every URL the page's own markup links to below the site (canonical links aside). */
function siteLinks(root: DOMNode, page: string): string[] {
  return below(root)
    .filter((node) => ["a", "link", "script"].includes(node.localName))
    .filter((node) => attribute(node, "rel") !== "canonical")
    .flatMap((node) => attribute(node, "href") ?? attribute(node, "src") ?? [])
    .map((link) => new URL(link, page).href)
    .filter((url) => url.startsWith(new URL(base).origin));
}

async function expectServed(urls: readonly string[]): Promise<void> {
  for (const url of urls) {
    expect(url.startsWith(base), `${url} stays below the site's path`).toBe(true);
    expect((await fetch(url)).status, url).toBe(200);
  }
}

/** Resolves once the elements have upgraded, read their briefs and rendered. */
const UPGRADED = `(async () => {
  const hosts = [...document.querySelectorAll("brief-card, brief-digest")];
  const digest = document.querySelector("brief-digest");
  if (digest) hosts.push(...digest.shadowRoot.querySelectorAll("brief-card"));
  await Promise.all(hosts.map((host) => host.updateComplete));
  return hosts.length;
})()`;

const WAIT_FOR_ELEMENTS = `customElements.get("brief-card") !== undefined &&
  customElements.get("brief-digest") !== undefined && window.briefLoads >= 1`;

/** The layout shifts since the page started loading, summed, two frames after the last change. */
const LAYOUT_SHIFT = `new Promise((resolve) => {
  let sum = 0;
  const add = (entries) => { for (const entry of entries) sum += entry.value; };
  const observer = new PerformanceObserver((list) => add(list.getEntries()));
  observer.observe({ type: "layout-shift", buffered: true });
  requestAnimationFrame(() => requestAnimationFrame(() => {
    add(observer.takeRecords());
    observer.disconnect();
    resolve(sum);
  }));
})`;

/** The `part` of every element in the page's card's shadow root, in order. */
const CARD_PARTS = `[...document.querySelector("main brief-card").shadowRoot.querySelectorAll("[part]")]
  .map((element) => element.getAttribute("part"))`;

/** The same, read from the server's markup: the declarative shadow root's template. */
function serverCardParts(html: string): string[] {
  const start = html.indexOf("<brief-card");
  const template = html.slice(start, html.indexOf("</template>", start));
  return [...template.matchAll(/<[a-z][^>]*?\spart="([^"]+)"/g)].map((match) => match[1] ?? "");
}

const DIGEST_STATE = `(() => {
  const root = document.querySelector("brief-digest").shadowRoot;
  const items = [...root.querySelectorAll("[part=item]")];
  return {
    digests: root.querySelectorAll("[part=digest]").length,
    items: items.length,
    shown: items.filter((item) => !item.hidden).length,
    count: root.querySelector("[part=count]").textContent.trim(),
    cards: items.map((item) => item.querySelector("brief-card").shadowRoot.querySelectorAll("[part=card]").length),
  };
})()`;

interface DigestState {
  digests: number;
  items: number;
  shown: number;
  count: string;
  cards: number[];
}

describe("brief build's site with JavaScript off", () => {
  it("shows a brief page's card from its declarative shadow root, then the outline", async () => {
    const { tab } = await open(PAGE, false);
    try {
      expect(await tab.evaluate(`customElements.get("brief-card") === undefined`)).toBe(true);
      const { session, root } = await documentTree(tab);
      const hosts = below(root).filter(named("brief-card"));
      expect(hosts).toHaveLength(1);
      const card = below(shadowOf(hosts[0] as DOMNode));
      expect(card.filter(withPart("card"))).toHaveLength(1);
      await expectShown(session, card.filter(withPart("title")), "the card's title");
      await expectShown(session, card.filter(withPart("lead")), "each of the card's leads");
      await expectShown(session, card.filter(withPart("count")), "the card's count of points");
      await expectShown(session, card.filter(withPart("keyword")), "each of the card's keywords");

      const outline = below(root).filter((node) => attribute(node, "class") === "brief");
      expect(outline.map((node) => node.localName)).toEqual(["article"]);
      const sections = below(outline[0] as DOMNode).filter(named("section"));
      expect(sections.map((section) => attribute(section, "lang"))).toEqual(["zh-Hant", "en"]);
      const points = sections.flatMap((section) => below(section).filter(named("li")));
      await expectShown(session, points, "each point of the outline");
      await expectServed(siteLinks(root, tab.url()));
    } finally {
      await tab.close();
    }
  });

  it("shows a card per brief in the index's digest, and every link there resolves", async () => {
    const { tab } = await open("index.html", false);
    try {
      const { session, root } = await documentTree(tab);
      const list = below(root).find((node) => attribute(node, "class") === "briefs");
      const pages = below(list as DOMNode).filter(named("a"));
      expect(pages.length).toBeGreaterThan(1);

      const digests = below(root).filter(named("brief-digest"));
      expect(digests).toHaveLength(1);
      const cards = below(shadowOf(digests[0] as DOMNode)).filter(named("brief-card"));
      expect(cards).toHaveLength(pages.length);
      for (const card of cards) {
        const inside = below(shadowOf(card));
        expect(inside.filter(withPart("card"))).toHaveLength(1);
        await expectShown(session, inside.filter(withPart("title")), "each digest card's title");
      }

      const links = siteLinks(root, tab.url());
      for (const page of pages)
        expect(links).toContain(new URL(attribute(page, "href") ?? "", tab.url()).href);
      await expectServed(links);
      // The server answers only below the site's path, so an absolute link would have failed above.
      expect((await fetch(new URL(`/${PAGE}`, base))).status).toBe(404);
    } finally {
      await tab.close();
    }
  });
});

describe("brief build's site with JavaScript on", () => {
  it("takes a brief page's card over in place: one copy, no shift, an outline that unfolds", async () => {
    const { tab, problems, serverLayout } = await openBeforeUpgrade(PAGE);
    try {
      await tab.waitForFunction(WAIT_FOR_ELEMENTS, { timeout: 10_000 });
      expect(await tab.evaluate(UPGRADED)).toBe(1);
      await tab.evaluate(FRAMES);
      expect(await tab.evaluate(LAYOUT)).toEqual(serverLayout);
      const server = serverCardParts(await readFile(join(site, PAGE), "utf8"));
      expect(server).toContain("toggle");
      expect(await tab.evaluate(CARD_PARTS)).toEqual(server);
      expect(await tab.evaluate(LAYOUT_SHIFT)).toBe(0);

      // The measure can see a shift: push the page down and it reports one.
      await tab.evaluate(
        `document.body.prepend(Object.assign(document.createElement("div"), { style: "height: 200px" }))`,
      );
      expect(await tab.evaluate(LAYOUT_SHIFT)).toBeGreaterThan(0);

      await tab.locator("brief-card >>> [part=toggle]").click();
      await tab.evaluate(UPGRADED);
      const unfolded = (await tab.evaluate(`(() => {
        const root = document.querySelector("main brief-card").shadowRoot;
        return {
          expanded: root.querySelector("[part=toggle]").getAttribute("aria-expanded"),
          points: root.querySelectorAll("[part=outline] [part=point]").length,
          outlinePoints: document.querySelectorAll("article.brief section > ul > li").length,
        };
      })()`)) as { expanded: string; points: number; outlinePoints: number };
      expect(unfolded.expanded).toBe("true");
      expect(unfolded.points).toBeGreaterThan(0);
      expect(unfolded.points).toBe(unfolded.outlinePoints);
      expect(problems).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it("searches the index's digest: typing filters the cards and changes the count", async () => {
    const { tab, problems, serverLayout } = await openBeforeUpgrade("index.html");
    try {
      await tab.waitForFunction(WAIT_FOR_ELEMENTS, { timeout: 10_000 });
      expect(await tab.evaluate(UPGRADED)).toBeGreaterThan(1);
      await tab.evaluate(FRAMES);
      expect(await tab.evaluate(LAYOUT)).toEqual(serverLayout);
      expect(await tab.evaluate(LAYOUT_SHIFT)).toBe(0);
      const before = (await tab.evaluate(DIGEST_STATE)) as DigestState;
      expect(before.digests).toBe(1);
      expect(before.items).toBeGreaterThan(1);
      expect(before.shown).toBe(before.items);
      expect(before.cards).toEqual(Array.from({ length: before.items }, () => 1));

      await tab.locator("brief-digest >>> [part=search]").fill(QUERY);
      await tab.evaluate(UPGRADED);
      const after = (await tab.evaluate(DIGEST_STATE)) as DigestState;
      expect(after.items).toBe(before.items);
      expect(after.shown).toBeGreaterThan(0);
      expect(after.shown).toBeLessThan(before.shown);
      expect(after.count).not.toBe(before.count);
      expect(problems).toEqual([]);
    } finally {
      await tab.close();
    }
  });
});
