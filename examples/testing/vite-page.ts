/**
 * An example served by Vite's dev server, as its `npm start` serves it, on a free port, and open in a
 * headless Chromium page that records uncaught page errors.
 */
import type { Browser, Page, Viewport } from "puppeteer-core";
import { createServer } from "vite";
import { launchBrowser } from "./browser.js";
import { DESKTOP_VIEWPORT } from "./layout.js";

export interface VitePage {
  /** The example, open at `DESKTOP_VIEWPORT` unless `openWithVite` was given another viewport. */
  page: Page;
  /** Uncaught errors of every page opened, `page` and those `openPage` opened. */
  pageErrors: string[];
  /** The example's URL on the dev server. */
  url: string;
  /** Opens the example in another tab of the same browser, at this viewport, once it has loaded. */
  openPage(viewport: Viewport): Promise<Page>;
  close(): Promise<void>;
}

export async function openWithVite(root: string, options: { viewport?: Viewport } = {}): Promise<VitePage> {
  const server = await createServer({
    root,
    logLevel: "silent",
    server: { port: 0, host: "127.0.0.1" },
  });
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await server.close();
  };
  try {
    await server.listen();
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error("Vite did not report a URL");
    const started = await launchBrowser();
    browser = started;
    const pageErrors: string[] = [];
    const openPage = async (viewport: Viewport) => {
      const page = await started.newPage();
      page.on("pageerror", (error) => pageErrors.push(String(error)));
      await page.setViewport(viewport);
      // No navigation timeout of puppeteer's own: the first load makes Vite optimise dependencies, slow on
      // a busy machine; the test runner's hook timeout bounds it.
      await page.goto(url, { waitUntil: "load", timeout: 0 });
      return page;
    };
    const page = await openPage(options.viewport ?? DESKTOP_VIEWPORT);
    return { page, pageErrors, url, openPage, close };
  } catch (error) {
    await close();
    throw error;
  }
}
