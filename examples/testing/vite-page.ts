/**
 * An example served by Vite's dev server, as its `npm start` serves it, on a free port, and open in a
 * headless Chromium page that records uncaught page errors.
 */
import type { Browser, Page } from "puppeteer-core";
import { createServer } from "vite";
import { launchBrowser } from "./browser.js";

export interface VitePage {
  page: Page;
  pageErrors: string[];
  close(): Promise<void>;
}

export async function openWithVite(root: string): Promise<VitePage> {
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
    browser = await launchBrowser();
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(String(error)));
    await page.goto(url, { waitUntil: "load" });
    return { page, pageErrors, close };
  } catch (error) {
    await close();
    throw error;
  }
}
