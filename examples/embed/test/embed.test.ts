import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page, Viewport } from "puppeteer-core";
import { preview, type PreviewServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../../testing/browser.js";
import {
  cumulativeLayoutShift,
  DESKTOP_VIEWPORT,
  expectNoSidewaysScroll,
  PHONE_VIEWPORT,
  waitForBriefElements,
} from "../../testing/layout.js";
import { buildEmbed } from "../scripts/build.js";

const reference = await readFile(new URL("../../briefs/rare-earths-2025-10-24.txt", import.meta.url), "utf8");

let server: PreviewServer;
let url: string;
let browser: Browser;

/**
 * A fresh tab on the built page, with what it requested, logged and threw. With JavaScript, it resolves
 * once the card has upgraded and rendered the brief.
 */
async function openPage(options: { javaScript: boolean; viewport?: Viewport }): Promise<{
  page: Page;
  requests: string[];
  problems: string[];
}> {
  const page = await browser.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  page.on("pageerror", (error) => problems.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warn") problems.push(message.text());
  });
  await page.setJavaScriptEnabled(options.javaScript);
  await page.setViewport(options.viewport ?? DESKTOP_VIEWPORT);
  // Record brief-load before the bundle runs: the event fires as soon as the card reads its text.
  await page.evaluateOnNewDocument(() => {
    const loads: unknown[] = [];
    Object.assign(window, { briefLoads: loads });
    document.addEventListener("brief-load", (event) => {
      const { brief, diagnostics } = (event as CustomEvent).detail;
      loads.push({
        source: brief.source,
        date: brief.date,
        codes: diagnostics.map((d: { code: string }) => d.code),
      });
    });
  });
  // "load" waits for the stylesheet and the module script; then wait for the upgrade itself.
  await page.goto(url, { waitUntil: "load" });
  if (options.javaScript) {
    await page.waitForFunction(() =>
      document.querySelector("brief-card")?.shadowRoot?.textContent?.includes("Foreign Policy"),
    );
    await waitForBriefElements(page);
  } else {
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
  }
  return { page, requests, problems };
}

beforeAll(async () => {
  // Build into a temporary folder and serve it statically, as any static server would.
  const outDir = await buildEmbed(await mkdtemp(join(tmpdir(), "briefkit-embed-")));
  server = await preview({
    configFile: false,
    root: outDir,
    logLevel: "silent",
    build: { outDir },
    preview: { port: 0, host: "127.0.0.1" },
  });
  const local = server.resolvedUrls?.local[0];
  if (!local) throw new Error("vite preview did not report a URL");
  url = local;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the embed page without JavaScript", () => {
  it("holds the reference brief, byte for byte, as the card's text content", async () => {
    const { page } = await openPage({ javaScript: false });
    const text = await page.$eval("brief-card", (card) => card.textContent);
    expect(text).toBe(reference);
  });

  it("shows that text to the reader line by line", async () => {
    const { page } = await openPage({ javaScript: false });
    const style = await page.$eval("brief-card", (card) => {
      const { display, whiteSpace } = getComputedStyle(card);
      return { display, whiteSpace };
    });
    expect(style).toEqual({ display: "block", whiteSpace: "pre-line" });
  });
});

describe("the embed page with its one script", () => {
  it("upgrades the card and renders the reference brief in both languages", async () => {
    const { page } = await openPage({ javaScript: true });
    const rendered = await page.$eval("brief-card", (card) => card.shadowRoot?.textContent ?? "");
    expect(rendered).toContain("Alasdair Phillips-Robin");
    expect(rendered).toContain("雖然中國最新的稀土出口許可措施");
    expect(rendered).toContain("Although China's newest rare-earth licensing measures");
    expect(rendered).toContain("習近平");
  });

  it("announces the brief it read with a brief-load event", async () => {
    const { page } = await openPage({ javaScript: true });
    const loads = await page.waitForFunction(() => {
      const { briefLoads } = window as unknown as { briefLoads: unknown[] };
      return briefLoads.length > 0 && briefLoads;
    });
    expect(await loads.jsonValue()).toEqual([
      { source: "Foreign Policy", date: "2025-10-24", codes: ["unbalanced-bracket"] },
    ]);
  });

  it("loads nothing but the page, its stylesheet and the CDN bundle", async () => {
    const { requests } = await openPage({ javaScript: true });
    expect(requests.sort()).toEqual(["/", "/briefkit.min.js", "/page.css"]);
  });

  it("logs no error or warning", async () => {
    const { problems } = await openPage({ javaScript: true });
    expect(problems).toEqual([]);
  });
});

describe("the embed page's layout", () => {
  for (const [name, viewport] of [
    ["a desktop", DESKTOP_VIEWPORT],
    ["a 390 px phone", PHONE_VIEWPORT],
  ] as const) {
    it(`does not move as the card upgrades on ${name} (cumulative layout shift 0)`, async () => {
      const { page } = await openPage({ javaScript: true, viewport });
      expect(await cumulativeLayoutShift(page)).toBe(0);
    });
  }

  for (const javaScript of [true, false]) {
    it(`does not scroll sideways on a 390 px phone ${javaScript ? "with" : "without"} JavaScript`, async () => {
      const { page } = await openPage({ javaScript, viewport: PHONE_VIEWPORT });
      await expectNoSidewaysScroll(page, PHONE_VIEWPORT.width);
    });
  }
});
